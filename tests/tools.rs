//! The run's summary (`--summary`), the user's rules (`--rules`), the terminal view
//! (`--format text`) and the quotes table: each checked against the JSON of the same run.

use std::collections::HashMap;

use crate::{fixtures, lede, root, values};

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

/// A file of `text` in a folder of its own, for one test.
fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("lede-tools-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn user_rules_win_over_built_in_findings_and_are_explained() {
    let rules = temp_file(
        "good-rules.tsv",
        "type\tpattern\tcanonical\tkind\n\
         ORG\t\\bTreasury\\b\tNational Treasury\n\
         amount\t\\bfuel levy\\b\t\tquantity\n",
    );
    let out = run(
        &["--rules", &rules, "--explain", "--compact"],
        &["fixtures/kenya_fuel_levy.txt".to_string()],
    );
    let v = values(&out);
    let ruled: Vec<(&str, &str, Option<&str>)> = v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["rule"] == "user-rule")
        .map(|e| {
            (
                e["type"].as_str().unwrap(),
                e["text"].as_str().unwrap(),
                e["canonical"].as_str(),
            )
        })
        .collect();
    assert!(ruled.contains(&("organization", "Treasury", Some("National Treasury"))));
    assert!(ruled.contains(&("amount", "fuel levy", None)));
    // The built-in finding of the same words is gone.
    let treasury = v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["text"] == "Treasury")
        .count();
    assert_eq!(treasury, 1);
}

#[test]
fn bad_rules_name_their_file_and_line() {
    let bad = temp_file("bad-pattern.tsv", "# rules\nperson\tJo\norg\t(unclosed\n");
    let out = lede(&["--rules", &bad], b"text");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!("lede: {bad}: line 3: bad pattern: ")),
        "{err}"
    );
    let bad = temp_file("bad-type.tsv", "company\tAcme\n");
    let out = lede(&["--rules", &bad], b"text");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 1: type 'company'"), "{err}");
    let out = lede(&["--rules", "-"], b"text");
    assert_eq!(out.status.code(), Some(2));
}

/// `(a+)+$` over a long run of "a"s and a "b" takes exponential time in a backtracking
/// engine; the rules' engine is linear.
#[test]
fn a_catastrophic_pattern_for_backtracking_returns_fast() {
    let rules = temp_file("catastrophic.tsv", "person\t(a+)+$\nplace\t(x+x+)+y\n");
    let mut text = "a".repeat(50_000);
    text.push_str("b\n\n");
    text.push_str(&"x".repeat(50_000));
    let start = std::time::Instant::now();
    let out = lede(&["--rules", &rules, "--compact"], text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
    let v = values(&out);
    assert!(v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["type"] != "place"));
}

const KENYA: &str = "fixtures/kenya_fuel_levy.txt";

#[test]
fn text_view_colours_entities_only_when_asked() {
    let text = |args: &[&str]| {
        let mut all = vec!["--format", "text"];
        all.extend_from_slice(args);
        all.push(KENYA);
        String::from_utf8(run(&all, &[]).stdout).unwrap()
    };
    let always = text(&["--color", "always"]);
    assert!(
        always.contains("\x1b[1;32mKenya\x1b[0m raises fuel levy"),
        "{always}"
    );
    let never = text(&["--color", "never"]);
    assert!(!never.contains('\x1b'));
    assert!(never.contains("[Kenya PLACE] raises fuel levy"), "{never}");
    // The table: each distinct entity once, with its mentions.
    let row = never
        .lines()
        .find(|l| l.starts_with("organization  IMF "))
        .unwrap();
    assert!(row.contains("International Monetary Fund"), "{row}");
    assert!(never
        .lines()
        .any(|l| l.starts_with("TYPE ") && l.ends_with(" n")));
    // In a pipe, auto is without colour.
    assert!(!text(&[]).contains('\x1b'));
}

/// On a terminal (made by `script`, where it is installed), auto colours, unless NO_COLOR
/// is set.
#[test]
fn no_color_turns_colour_off_on_a_terminal() {
    let script = |no_color: Option<&str>| {
        let mut cmd = std::process::Command::new("script");
        let line = format!("{} --format text {KENYA}", env!("CARGO_BIN_EXE_lede"));
        cmd.args(["-qec", &line, "/dev/null"])
            .current_dir(root())
            .env_remove("NO_COLOR")
            .stdin(std::process::Stdio::null());
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        cmd.output().ok().filter(|o| o.status.success())
    };
    let Some(auto) = script(None) else {
        eprintln!("no `script` to make a terminal with: skipped");
        return;
    };
    let auto = String::from_utf8_lossy(&auto.stdout);
    if !auto.contains("\r\n") {
        // A terminal writes its line ends as CR LF: `script` made none here.
        eprintln!("`script` gave no terminal: skipped");
        return;
    }
    assert!(auto.contains("\x1b[1;32mKenya"), "{auto}");
    let off = script(Some("1")).unwrap();
    let off = String::from_utf8_lossy(&off.stdout);
    assert!(
        !off.contains('\x1b') && off.contains("[Kenya PLACE]"),
        "{off}"
    );
}

/// A long run in a pipe writes no progress line: standard error stays empty.
#[test]
fn no_progress_line_in_a_pipe() {
    let files: Vec<String> = std::iter::repeat_n(fixtures(), 20).flatten().collect();
    let out = run(&["--summary", "--format", "text", "--jobs", "1"], &files);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The page of a run opens with its overview: the run's summary, an index linking every
/// article, and type filters made of check boxes and CSS alone.
#[test]
fn html_page_has_an_overview_an_index_and_filters() {
    let files = fixtures();
    let html = String::from_utf8(run(&["--format", "html"], &files).stdout).unwrap();
    assert!(!html.to_ascii_lowercase().contains("<script"));
    let run_at = html.find("<section class=\"run\">").expect("the overview");
    assert!(
        run_at > html.rfind("</article>").unwrap(),
        "written after the articles"
    );
    assert!(html.contains(".run { order: -1;"), "and shown first");
    let overview = &html[run_at..];
    assert!(overview.contains(&format!("<h2>{} articles</h2>", files.len())));
    for k in 0..files.len() {
        assert!(overview.contains(&format!("<a href=\"#doc-{k}\">")));
        assert!(html.contains(&format!("<article class=\"doc\" id=\"doc-{k}\">")));
    }
    // Money of the run, written short, in the overview and in an article's panel.
    assert!(overview.contains("<span class=\"name\">USD</span>"));
    assert!(overview.contains("$212m ×3"), "{overview}");
    assert!(html.contains("<span class=\"more\">$212m · money</span>"));
    // A filter per type: a check box before the page, its label in the legend, its rules.
    for ty in ["person", "place", "organization", "amount", "date"] {
        let input = format!("<input type=\"checkbox\" class=\"toggle\" id=\"hide-{ty}\"");
        assert!(html.find(&input).unwrap() < html.find("<header").unwrap());
        assert!(html.contains(&format!("<label for=\"hide-{ty}\"")));
        assert!(html.contains(&format!("#hide-{ty}:checked ~ main mark.ent-{ty} {{")));
    }
    // One article: no overview.
    let one = run(&["--format", "html"], &files[..1]);
    assert!(!String::from_utf8(one.stdout)
        .unwrap()
        .contains("class=\"run\""));
}

/// The quotes table holds each quotation of the JSON, its fields as the JSON has them.
#[test]
fn tsv_quotes_table_matches_the_json() {
    let files = fixtures();
    let json = values(&run(&["--compact"], &files));
    let out = run(&["--format", "tsv", "--tsv-table", "quotes"], &files);
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "source\tid\ttext\tstart\tend\tkind\tspeaker\tspeaker_type\tverb\tspeaker_start\tspeaker_end\tspeakers"
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    let quotes: Vec<(&serde_json::Value, &serde_json::Value)> = json
        .iter()
        .flat_map(|a| a["quotes"].as_array().unwrap().iter().map(move |q| (a, q)))
        .collect();
    assert_eq!(rows.len(), quotes.len());
    assert!(rows.len() > 20);
    for (row, (a, q)) in rows.iter().zip(&quotes) {
        assert_eq!(row.len(), 12);
        assert_eq!(row[0], a["source"].as_str().unwrap());
        assert_eq!(
            ::lede::render::tsv_unescape(row[2]),
            q["text"].as_str().unwrap()
        );
        assert_eq!(row[3], q["start"].to_string());
        assert_eq!(row[5], q["kind"].as_str().unwrap());
        assert_eq!(row[6], q["speaker"].as_str().unwrap_or(""));
        assert_eq!(row[7], q["speaker_type"].as_str().unwrap_or(""));
        assert_eq!(row[8], q["verb"].as_str().unwrap_or(""));
    }
}
