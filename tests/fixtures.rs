//! The project's own articles (`fixtures/`), scored with the rules of the shared harness.

use crate::support::score::Tally;
use crate::{lede, root, values};

/// Runs lede on every fixture (with its gold reference date as `--date`; a dateline's own
/// date still wins) and tallies the scores.
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
        // As the harness's --date-flag: the article's date, for those whose dateline lacks one.
        let date = gold["reference_date"].as_str().unwrap_or("");
        let args: Vec<&str> = if date.is_empty() {
            vec![&path]
        } else {
            vec!["--date", date, &path]
        };
        let out = lede(&args, b"");
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
    for key in ["amount.value", "amount.currency", "date.value"] {
        let accuracy = t.attribute_accuracy(key).unwrap_or(0.0);
        assert!(
            accuracy >= THRESHOLD_VALUES,
            "{key} accuracy {accuracy} below {THRESHOLD_VALUES}\n{report}"
        );
    }
    assert!(
        t.sentences().f1().unwrap_or(0.0) >= THRESHOLD_SENTENCES,
        "{report}"
    );
    // The fixtures that annotate objects: every count and quantity of them has one.
    let objects = t.object_accuracy().expect("some fixtures annotate objects");
    assert!(
        objects >= THRESHOLD_OBJECTS,
        "object accuracy {objects} below {THRESHOLD_OBJECTS}\n{report}"
    );
}

// Floors a little under the current figures: a change that loses accuracy fails here.
const THRESHOLD_MICRO: f64 = 0.95;
const THRESHOLD_SENTENCES: f64 = 0.99;
const THRESHOLD_VALUES: f64 = 0.97;
const THRESHOLD_OBJECTS: f64 = 0.9;
const THRESHOLDS: &[(&str, f64)] = &[
    ("person", 0.97),
    ("place", 0.93),
    ("organization", 0.89),
    ("amount", 0.97),
    ("date", 0.97),
];

/// Quotations and speakers against the fixtures' gold quotes: a gold quote is found when a
/// predicted quote has the same span; its speaker is right when the names are equal.
#[test]
fn quotes_and_speakers() {
    let dir = root().join("fixtures");
    let (mut gold_n, mut found, mut speaker_ok, mut pred_n) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{stem}.gold.json"))).unwrap(),
        )
        .unwrap();
        let out = lede(&[&format!("fixtures/{name}")], b"");
        let pred = &values(&out)[0]["quotes"];
        let pred = pred.as_array().unwrap();
        pred_n += pred.len();
        for g in gold["quotes"].as_array().unwrap() {
            gold_n += 1;
            let same = pred
                .iter()
                .find(|p| p["start"] == g["start"] && p["end"] == g["end"]);
            match same {
                Some(p) => {
                    found += 1;
                    if p["speaker"] == g["speaker"] {
                        speaker_ok += 1;
                    } else {
                        misses.push(format!(
                            "{stem}: {:?}: speaker {} != gold {}",
                            g["text"], p["speaker"], g["speaker"]
                        ));
                    }
                }
                None => misses.push(format!("{stem}: {:?} not found", g["text"])),
            }
        }
    }
    let recall = found as f64 / gold_n as f64;
    let precision = found as f64 / pred_n.max(1) as f64;
    let accuracy = speaker_ok as f64 / found.max(1) as f64;
    let report = format!(
        "quotes: gold {gold_n}, predicted {pred_n}, same span {found} (P {precision:.3} R {recall:.3}); speakers right {speaker_ok}/{found} ({accuracy:.3})\n{}",
        misses.join("\n")
    );
    println!("{report}");
    assert!(gold_n >= 20, "the fixtures have gold quotes");
    assert!(
        recall >= QUOTE_RECALL && precision >= QUOTE_PRECISION,
        "{report}"
    );
    assert!(accuracy >= SPEAKER_ACCURACY, "{report}");
}

const QUOTE_RECALL: f64 = 0.97;
const QUOTE_PRECISION: f64 = 0.95;
const SPEAKER_ACCURACY: f64 = 0.95;
