//! Integration tests: they run the `lede` binary on files and standard input, score its
//! output on the fixtures, and check its contracts (offsets, schema, exit status).

mod adversarial;
mod cli;
mod fixtures;
mod gazetteer;
mod geo;
mod lexicon;
mod names;
mod properties;
mod readme;
mod recognizers;
mod render;
mod schema;
mod sqlite;
mod streams;
mod support;
mod tools;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every fixture article, in sorted order.
pub fn fixtures() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

/// Runs `lede` with `args`, feeding `stdin`.
pub fn lede(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lede");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for lede");
    writer.join().expect("stdin writer");
    out
}

/// Parses the stream of JSON values `lede` printed.
pub fn values(out: &Output) -> Vec<serde_json::Value> {
    serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter::<serde_json::Value>()
        .collect::<Result<_, _>>()
        .expect("lede prints JSON values")
}
