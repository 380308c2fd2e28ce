//! The project's own articles (`fixtures/`), scored with the rules of the shared harness.

use crate::support::score::Tally;
use crate::{lede, root, values};

/// Runs lede on every fixture (with its reference date) and tallies the scores.
fn score_fixtures() -> Tally {
    let dir = root().join("fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".txt"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 6, "at least six fixtures");
    let mut tally = Tally::default();
    for name in names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.gold.json"))).unwrap(),
        )
        .unwrap();
        let path = format!("fixtures/{name}.txt");
        let out = lede(&[&path], b"");
        assert!(out.status.success());
        tally.add(&text, &gold, &values(&out)[0]);
    }
    tally
}

#[test]
fn fixtures_meet_thresholds() {
    let t = score_fixtures();
    let report = t.report();
    println!("{report}");
    assert_eq!(t.offset_mismatches(), 0, "{report}");
    let f1 = |ty: Option<&str>| t.strict(ty).f1().unwrap_or(0.0);
    assert!(
        f1(None) >= THRESHOLD_MICRO,
        "micro strict F1 below {THRESHOLD_MICRO}\n{report}"
    );
    for (ty, min) in THRESHOLDS {
        assert!(f1(Some(ty)) >= *min, "{ty} strict F1 below {min}\n{report}");
    }
    assert!(
        t.sentences().f1().unwrap_or(0.0) >= THRESHOLD_SENTENCES,
        "{report}"
    );
}

const THRESHOLD_MICRO: f64 = 0.0;
const THRESHOLD_SENTENCES: f64 = 0.0;
const THRESHOLDS: &[(&str, f64)] = &[
    ("person", 0.0),
    ("place", 0.0),
    ("organization", 0.0),
    ("amount", 0.0),
    ("date", 0.0),
];
