//! The shipped JSON Schema holds for real output.

use crate::{lede, root, values};

#[test]
fn output_validates_against_the_schema() {
    let schema_path = root().join("schema/lede.schema.json");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let index = compiler
        .compile(schema_path.to_str().unwrap(), &mut schemas)
        .expect("schema compiles");
    let mut files: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    files.sort();
    let mut args: Vec<&str> = vec!["--explain", "--date", "2026-03-03"];
    args.extend(files.iter().map(String::as_str));
    let out = lede(&args, b"");
    assert!(out.status.success());
    let vals = values(&out);
    assert_eq!(vals.len(), files.len());
    // Output narrowed by --fields validates too.
    let lean = lede(&["--fields", "sentences:offsets,entities", &files[0]], b"");
    assert!(lean.status.success());
    for v in vals.iter().chain(&values(&lean)) {
        if let Err(e) = schemas.validate(v, index) {
            panic!("{}: {e:#}", v["source"]);
        }
    }
}
