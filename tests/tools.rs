//! The run's summary (`--summary`), the user's rules (`--rules`), the terminal view
//! (`--format text`) and the quotes table: each checked against the JSON of the same run.

use std::collections::HashMap;

use crate::{lede, root, values};

/// Every fixture article, in sorted order.
fn fixtures() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

fn run(args: &[&str], files: &[String]) -> std::process::Output {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(files.iter().map(String::as_str));
    let out = lede(&all, b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The summary's totals are the sums of the articles' own summaries.
#[test]
fn the_run_summary_adds_up_the_articles() {
    let files = fixtures();
    let articles = values(&run(&["--compact"], &files));
    let summary = &values(&run(&["--summary", "--top", "1000"], &files))[0];
    assert_eq!(summary["articles"], files.len());
    assert_eq!(summary["failed"], 0);
    for list in ["people", "places", "organizations"] {
        let mut want: HashMap<String, (u64, u64)> = HashMap::new();
        for a in &articles {
            for n in a["summary"][list].as_array().unwrap() {
                let e = want
                    .entry(n["name"].as_str().unwrap().to_string())
                    .or_default();
                e.0 += n["count"].as_u64().unwrap();
                e.1 += 1;
            }
        }
        let got = summary[list].as_array().unwrap();
        assert_eq!(got.len(), want.len(), "{list}");
        let mut last = u64::MAX;
        for n in got {
            let (m, a) = (
                n["mentions"].as_u64().unwrap(),
                n["articles"].as_u64().unwrap(),
            );
            assert_eq!(want[n["name"].as_str().unwrap()], (m, a), "{list}: {n}");
            assert!(m <= last, "{list}: most mentioned first");
            last = m;
        }
    }
    // Money by currency: every money mention of the articles, in its currency.
    let mut money: HashMap<String, (u64, u64)> = HashMap::new();
    for a in &articles {
        let mut seen = Vec::new();
        for e in a["entities"].as_array().unwrap() {
            if e["kind"] == "money" {
                let c = e["currency"].as_str().unwrap_or("?").to_string();
                let entry = money.entry(c.clone()).or_default();
                entry.0 += 1;
                if !seen.contains(&c) {
                    entry.1 += 1;
                    seen.push(c);
                }
            }
        }
    }
    for c in summary["money"].as_array().unwrap() {
        let code = c["currency"].as_str().unwrap_or("?");
        let got = (
            c["mentions"].as_u64().unwrap(),
            c["articles"].as_u64().unwrap(),
        );
        assert_eq!(money[code], got, "{code}");
    }
    let usd = &summary["money"][0];
    assert_eq!(usd["currency"], "USD");
    assert!(usd["top"][0]["shown"].as_str().unwrap().starts_with('$'));
}

#[test]
fn the_run_summary_is_a_table_with_format_text() {
    let files = fixtures();
    let out = run(&["--summary", "--format", "text", "--top", "3"], &files);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("{} articles\n", files.len())),
        "{text}"
    );
    for heading in [
        "PEOPLE",
        "PLACES",
        "ORGANIZATIONS",
        "MONEY BY CURRENCY",
        "DATES",
    ] {
        let line = text.lines().find(|l| l.starts_with(heading)).unwrap();
        assert!(line.ends_with("mentions  articles"), "{line}");
    }
    // Three entries a list at most.
    let people: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("PEOPLE"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(people.len(), 3, "{text}");
    // A failed input is counted, and the run's status says so.
    let out = lede(
        &[
            "--summary",
            "--format",
            "text",
            "fixtures/none.txt",
            &files[0],
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("1 article, 1 failed\n"), "{text}");
}

#[test]
fn the_run_summary_refuses_formats_it_cannot_print() {
    for format in ["tsv", "sqlite", "html"] {
        let out = lede(&["--summary", "--format", format], b"text");
        assert_eq!(out.status.code(), Some(2), "{format}");
    }
    let out = lede(&["--top", "3"], b"text");
    assert_eq!(out.status.code(), Some(2));
}
