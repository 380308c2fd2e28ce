//! The user's lists on the command line: `lede gazetteer build`, a compiled file given to
//! `--gazetteer`, and the lists that are refused (corrupt files, names too long to match).

use crate::{lede, values};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A directory of its own for one test, removed at the end.
struct Dir(std::path::PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("lede-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Dir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const LIST: &str = "name\ttype\tcanonical\n# a comment\nQuellbrook Ventures\torg\nTarn Ossory\tplace\tTarn Ossory Harbour\nMira Vandell\tperson\n";
const TEXT: &[u8] = b"Mira Vandell of Quellbrook Ventures sailed from Tarn Ossory on Monday.";

#[test]
fn a_compiled_gazetteer_finds_what_its_tsv_finds() {
    let dir = Dir::new("gaz-build");
    let tsv = dir.file("names.tsv", LIST.as_bytes());
    let lgz = dir.0.join("names.lgz");
    let lgz = lgz.to_str().unwrap();
    let out = lede(&["gazetteer", "build", &tsv, "-o", lgz], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(lgz).unwrap().starts_with(b"LEDE\0GAZ"));
    let from_tsv = lede(&["--explain", "--gazetteer", &tsv], TEXT);
    let from_lgz = lede(&["--explain", "--gazetteer", lgz], TEXT);
    assert!(from_lgz.status.success(), "{}", stderr(&from_lgz));
    assert_eq!(from_tsv.stdout, from_lgz.stdout);
    let v = values(&from_lgz);
    let user: Vec<&str> = v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["rule"] == "user")
        .map(|e| e["canonical"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(user.len(), 3, "{v:?}");
    assert!(user.contains(&"Tarn Ossory Harbour"), "{user:?}");
    // Only one compiled file a run, and not beside a TSV.
    let out = lede(&["--gazetteer", lgz, "--gazetteer", &tsv], TEXT);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("only --gazetteer"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn corrupt_or_truncated_compiled_gazetteers_are_clear_errors() {
    let dir = Dir::new("gaz-corrupt");
    let tsv = dir.file("names.tsv", LIST.as_bytes());
    let lgz = dir.0.join("names.lgz");
    let lgz = lgz.to_str().unwrap();
    assert!(lede(&["gazetteer", "build", &tsv, "-o", lgz], b"")
        .status
        .success());
    let bytes = std::fs::read(lgz).unwrap();
    let mut flipped = bytes.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x20;
    let mut newer = bytes.clone();
    newer[8] = 9;
    for (name, b, says) in [
        ("truncated.lgz", &bytes[..bytes.len() / 2], "truncated"),
        ("flipped.lgz", &flipped[..], "checksum"),
        ("newer.lgz", &newer[..], "version 9"),
        ("header.lgz", &bytes[..10], "not a compiled gazetteer"),
    ] {
        let path = dir.file(name, b);
        let out = lede(&["--gazetteer", &path], TEXT);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(name) && err.contains(says), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// A name of 3,000 words is refused at once: no walk of a text reads more than 256 bytes of
/// a name, so that matching stays linear in the text.
#[test]
fn names_too_long_to_match_are_refused() {
    let dir = Dir::new("gaz-long");
    let name = vec!["Foo"; 3000].join(" ");
    let tsv = dir.file("long.tsv", format!("{name}\torganization\n").as_bytes());
    let started = std::time::Instant::now();
    let out = lede(&["--gazetteer", &tsv], TEXT);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("line 1: name of 11999 bytes; a name may have 256 at most"),
        "{}",
        stderr(&out)
    );
    assert!(started.elapsed().as_secs() < 10);
    let out = lede(
        &["gazetteer", "build", &tsv, "-o", &format!("{tsv}.lgz")],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn build_needs_lists_and_an_output() {
    let out = lede(&["gazetteer", "build", "fixtures/README.md"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = lede(&["gazetteer", "build", "-o", "x.lgz"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = lede(
        &[
            "gazetteer",
            "build",
            "/nonexistent/names.tsv",
            "-o",
            "x.lgz",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));
}
