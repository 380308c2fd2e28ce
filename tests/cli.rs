//! The command line: files, standard input, several inputs, output modes and every error case.

use crate::{lede, values};

const ARTICLE: &str = "fixtures/kenya_fuel_levy.txt";

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn analyzes_a_file() {
    let out = lede(&[ARTICLE], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = values(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["source"], ARTICLE);
    assert!(v[0]["entities"].as_array().unwrap().len() > 20);
    assert!(v[0]["sentences"].as_array().unwrap().len() > 10);
}

#[test]
fn reads_stdin_with_and_without_dash() {
    let text = "Prime Minister Hun Manet met Pete Hegseth in Phnom Penh on Tuesday.";
    for args in [&[][..], &["-"][..]] {
        let out = lede(args, text.as_bytes());
        assert!(out.status.success());
        let v = values(&out);
        assert_eq!(v[0]["source"], "-");
        let people: Vec<&str> = v[0]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "person")
            .map(|e| e["text"].as_str().unwrap())
            .collect();
        assert_eq!(people, ["Hun Manet", "Pete Hegseth"]);
    }
}

#[test]
fn compact_output_is_json_lines_and_pretty_is_indented() {
    let out = lede(&["--compact", ARTICLE, ARTICLE], b"");
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(text.lines().count(), 2);
    let out = lede(&["--pretty", ARTICLE], b"");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("\n  \"source\""));
}

/// The dates of one analysis, as (text, value).
fn dates_of(v: &serde_json::Value) -> Vec<(&str, &str)> {
    v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "date")
        .map(|e| (e["text"].as_str().unwrap(), e["value"].as_str().unwrap()))
        .collect()
}

#[test]
fn date_option_resolves_relative_dates() {
    let out = lede(
        &["--date", "2026-03-05"],
        b"The minister resigned last week and left on Tuesday.",
    );
    let v = values(&out);
    assert_eq!(v[0]["reference_date"]["date"], "2026-03-05");
    assert_eq!(v[0]["reference_date"]["source"], "option");
    let dates = dates_of(&v[0]);
    assert_eq!(
        dates,
        [("last week", "2026-W09"), ("Tuesday", "2026-03-03")]
    );
}

#[test]
fn an_agency_closing_line_dates_the_article() {
    let text = "OTTAWA — Housing starts fell in November, the agency said Tuesday.\n\n\
                This report by The Canadian Press was first published Dec. 15, 2026.";
    let v = values(&lede(&[], text.as_bytes()));
    assert_eq!(v[0]["reference_date"]["date"], "2026-12-15");
    let dates = dates_of(&v[0]);
    assert_eq!(
        dates,
        [
            ("November", "2026-11"),
            ("Tuesday", "2026-12-15"),
            ("Dec. 15, 2026", "2026-12-15")
        ]
    );
}

#[test]
fn dateline_wins_over_the_option() {
    let text = "NAIROBI, March 3, 2026 (Reuters) — Kenya raised fuel prices yesterday.";
    let v = values(&lede(&["--date", "2020-01-01"], text.as_bytes()));
    assert_eq!(v[0]["reference_date"]["date"], "2026-03-03");
    assert_eq!(v[0]["reference_date"]["source"], "dateline");
}

#[test]
fn types_option_filters_entities() {
    let v = values(&lede(&["--types", "place,amount", ARTICLE], b""));
    let types: std::collections::BTreeSet<&str> = v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(types.into_iter().collect::<Vec<_>>(), ["amount", "place"]);
    // Speakers are found whatever types are reported.
    let all = values(&lede(&[ARTICLE], b""));
    assert!(all[0]["quotes"].as_array().unwrap().len() >= 2);
    assert_eq!(v[0]["quotes"], all[0]["quotes"]);
    assert!(v[0]["quotes"][0]["speaker"].is_string());
}

#[test]
fn explain_names_the_rule() {
    let v = values(&lede(
        &["--explain"],
        b"Secretary of War Pete Hegseth spoke.",
    ));
    assert_eq!(v[0]["entities"][0]["rule"], "title+name");
}

#[test]
fn explain_names_how_a_year_was_chosen() {
    let rules = |text: &[u8]| -> Vec<String> {
        let v = values(&lede(&["--explain", "--date", "2026-11-10"], text));
        v[0]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "date")
            .map(|e| e["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        rules(b"Talks collapsed on Nov. 4."),
        ["date:month-day (year: past tense)"]
    );
    assert_eq!(
        rules(b"The summit opens on November 4."),
        ["date:month-day (year: future tense)"]
    );
    // A deadline six days gone rather than a year ahead.
    assert_eq!(
        rules(b"Applications are due by November 4."),
        ["date:month-day (year: just gone, the deadline reaching a year ahead)"]
    );
    assert_eq!(
        rules(b"The firm will report third-quarter profit."),
        ["date:quarter (year: the period just reported)"]
    );
    // A year in the text leaves nothing to choose.
    assert_eq!(
        rules(b"It was signed on 4 November 2025."),
        ["date:month-day"]
    );
}

#[test]
fn empty_input_is_analyzed() {
    let out = lede(&[], b"");
    assert!(out.status.success());
    let v = values(&out);
    assert_eq!(v[0]["entities"].as_array().unwrap().len(), 0);
    assert_eq!(v[0]["sentences"].as_array().unwrap().len(), 0);
}

#[test]
fn failures_are_reported_and_other_inputs_still_analyzed() {
    let dir = std::env::temp_dir().join(format!("lede-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Caf\xC3\xA9 ok \xFF broken").unwrap();
    let binary = dir.join("bin.dat");
    std::fs::write(&binary, b"PK\x03\x04\x00\x00binary").unwrap();
    let bad = bad.to_str().unwrap();
    let binary = binary.to_str().unwrap();
    let dir_s = dir.to_str().unwrap();
    let out = lede(&["missing.txt", bad, dir_s, binary, ARTICLE], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("lede: missing.txt: no such file"), "{err}");
    assert!(
        err.contains(&format!("lede: {bad}: invalid UTF-8 at byte offset 9")),
        "{err}"
    );
    assert!(
        err.contains(&format!("lede: {dir_s}: is a directory")),
        "{err}"
    );
    assert!(
        err.contains(&format!("lede: {binary}: binary input")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 4, "one line per failure: {err}");
    assert!(!err.contains("panicked"));
    let v = values(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["source"], ARTICLE);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(lede(&["--date", "March 3"], b"").status.code(), Some(2));
    assert_eq!(lede(&["--types", "people"], b"").status.code(), Some(2));
    assert_eq!(lede(&["--no-such-flag"], b"").status.code(), Some(2));
}

#[test]
fn closed_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let args: Vec<&str> = std::iter::repeat_n(ARTICLE, 200).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(&args)
        .current_dir(crate::root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn bom_is_removed_before_counting_offsets() {
    let v = values(&lede(&[], "\u{FEFF}Talks in Phnom Penh.".as_bytes()));
    let e = &v[0]["entities"][0];
    assert_eq!(
        (e["text"].as_str().unwrap(), e["start"].as_u64().unwrap()),
        ("Phnom Penh", 9)
    );
}

#[test]
fn user_gazetteer_wins_over_built_in_lists() {
    let dir = std::env::temp_dir().join(format!("lede-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("names.tsv");
    std::fs::write(
        &list,
        "# my names\nRiem\tplace\tRiem Naval Base\nWashington\tperson\tGeorge Washington\n",
    )
    .unwrap();
    let list = list.to_str().unwrap();
    let v = values(&lede(
        &["--gazetteer", list, "--explain"],
        b"Ships dock at Riem, Washington said.",
    ));
    let got: Vec<(&str, &str, &str, &str)> = v[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or("");
            (s("text"), s("type"), s("rule"), s("canonical"))
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Riem", "place", "user", "Riem Naval Base"),
            ("Washington", "person", "user", "George Washington")
        ]
    );
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "Riem\tbuilding\n").unwrap();
    let out = lede(&["--gazetteer", bad.to_str().unwrap()], b"text");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out)
        .contains("bad.tsv: line 1: type 'building' is not person, place or organization"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn jsonl_input_carries_ids_and_dates_and_reports_bad_lines() {
    let input = "{\"id\": 7, \"text\": \"Talks resumed last week.\", \"date\": \"2026-03-05\"}\nnot json\n{\"text\": 5}\n\n{\"id\": \"b\", \"text\": \"Nothing here.\"}\n";
    let out = lede(&["--input", "jsonl", "--jobs", "2"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let v = values(&out);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["id"], 7);
    assert_eq!(v[0]["entities"][0]["value"], "2026-W09");
    assert_eq!(v[1]["id"], "b");
    let err = stderr(&out);
    assert!(err.contains("lede: -: line 2: not JSON"), "{err}");
    assert!(err.contains("lede: -: line 3: no \"text\" string"), "{err}");
}

#[test]
fn jsonl_input_skips_a_byte_order_mark_before_the_first_line() {
    let input = "\u{feff}{\"id\": 1, \"text\": \"Talks resumed in Lima.\"}\n{\"id\": 2, \"text\": \"Quiet.\"}\n";
    let out = lede(&["--input", "jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let v = values(&out);
    assert_eq!(
        (v[0]["id"].clone(), v[1]["id"].clone()),
        (1.into(), 2.into())
    );
    // Only before the first line: elsewhere it is not JSON.
    let input = "{\"text\": \"a\"}\n\u{feff}{\"text\": \"b\"}\n";
    let out = lede(&["--input", "jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("-: line 2: not JSON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn jobs_are_at_least_one_and_at_most_256() {
    for n in ["0", "257", "18446744073709551615"] {
        let out = lede(&["--jobs", n, ARTICLE], b"");
        assert_eq!(out.status.code(), Some(2), "--jobs {n}");
        assert!(stderr(&out).contains("--jobs"), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
    let out = lede(&["--jobs", "256", "--compact", ARTICLE, ARTICLE], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(values(&out).len(), 2);
}

/// File names that are not UTF-8, or hold a line break, are read like any other; the
/// JSON shows them with U+FFFD, an error message on one line with the break escaped.
#[cfg(unix)]
#[test]
fn any_file_name_the_system_allows() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir().join(format!("lede-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join(OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(&latin1, "Talks resumed in Lima on Tuesday.").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lede"))
        .arg("--compact")
        .arg(&latin1)
        .arg("-r")
        .arg(&dir)
        .arg(dir.join("missing\nname.txt"))
        .output()
        .unwrap();
    let v = values(&out);
    assert_eq!(v.len(), 2, "{}", stderr(&out));
    for x in &v {
        assert!(x["source"].as_str().unwrap().ends_with("caf\u{fffd}.txt"));
        assert_eq!(x["entities"][0]["text"], "Lima");
    }
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.ends_with("missing\\nname.txt: no such file\n"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_gazetteer_cannot_be_standard_input() {
    let out = lede(&["--gazetteer", "-", ARTICLE], b"Lima\tplace\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--gazetteer -"), "{}", stderr(&out));
}

#[test]
fn inputs_over_the_size_limit_are_refused_one_by_one() {
    let dir = std::env::temp_dir().join(format!("lede-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.txt");
    std::fs::write(&big, "Talks resumed in Lima. ".repeat(100)).unwrap();
    let big = big.to_str().unwrap();
    let out = lede(
        &["--compact", "--max-input", "2K", ARTICLE, big, "-"],
        b"Quiet in Quito.",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        values(&out).len(),
        1,
        "the article (over 2K) and big.txt are refused"
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{big}: input larger than 2KiB (see --max-input)")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
    // Standard input is refused once it passes the limit.
    let out = lede(&["--max-input", "100"], "x ".repeat(1000).as_bytes());
    assert!(
        stderr(&out).contains("-: input larger than 100 bytes"),
        "{}",
        stderr(&out)
    );
    for bad in ["0", "1.5G", "ten"] {
        let out = lede(&["--max-input", bad, ARTICLE], b"");
        assert_eq!(out.status.code(), Some(2), "--max-input {bad}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn jsonl_lines_over_the_limit_or_binary_are_errors_and_the_rest_goes_on() {
    let long = format!("{{\"text\": \"{}\"}}", "word ".repeat(1000));
    let input = format!(
        "{{\"text\": \"Lima.\"}}\n{long}\n{{\"text\": \"a\u{0}b\"}}\n{{\"text\": \"Quito.\"}}\n"
    );
    let out = lede(&["--input", "jsonl", "--max-input", "1K"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(values(&out).len(), 2);
    let err = stderr(&out);
    assert!(err.contains("-: line 2: input larger than 1KiB"), "{err}");
    assert!(err.contains("-: line 3: binary data (a NUL byte)"), "{err}");
    // Binary data that never ends a line ("< /dev/zero") stops the reading at the limit.
    let out = lede(
        &["--input", "jsonl", "--max-input", "64K"],
        &vec![0u8; 1 << 20],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("-: line 1: binary data (NUL bytes) larger than 64KiB (see --max-input): the rest of this input is not read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn binary_input_is_refused_at_its_first_block() {
    let out = lede(&["-"], &vec![0u8; 1 << 20]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("binary input (NUL byte at byte offset 0)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn jsonl_files_are_read_line_by_line_like_standard_input() {
    let dir = std::env::temp_dir().join(format!("lede-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let feed = dir.join("feed.jsonl");
    std::fs::write(
        &feed,
        "{\"id\": 1, \"text\": \"Talks in Lima.\"}\nnot json\n",
    )
    .unwrap();
    let feed = feed.to_str().unwrap();
    let d = dir.to_str().unwrap();
    let out = lede(
        &[
            "--input",
            "jsonl",
            "--compact",
            feed,
            "-",
            d,
            "/nonexistent.jsonl",
        ],
        b"{\"id\": 2, \"text\": \"Quiet in Quito.\"}\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let v = values(&out);
    let got: Vec<(String, i64)> = v
        .iter()
        .map(|x| {
            (
                x["source"].as_str().unwrap().to_string(),
                x["id"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, [(feed.to_string(), 1), ("-".to_string(), 2)]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("lede: {feed}: line 2: not JSON")),
        "{err}"
    );
    assert!(err.contains(&format!("lede: {d}: is a directory")), "{err}");
    assert!(
        err.contains("lede: /nonexistent.jsonl: no such file"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn latin1_and_windows_1252_inputs_with_encoding() {
    let bytes = b"Jos\xe9 Mart\xednez arrived in Z\xfcrich on \x93Tuesday\x94.";
    let out = lede(&["-"], bytes);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte offset 3 (if it is Latin-1"),
        "{}",
        stderr(&out)
    );
    for encoding in ["windows-1252", "latin1", "auto"] {
        let out = lede(&["--encoding", encoding, "--compact"], bytes);
        assert!(out.status.success(), "{}", stderr(&out));
        let v = values(&out);
        assert_eq!(v[0]["entities"][0]["text"], "José Martínez");
        assert_eq!(
            v[0]["sentences"][0]["text"],
            "José Martínez arrived in Zürich on “Tuesday”."
        );
    }
    // Auto leaves UTF-8 as it is.
    let out = lede(
        &["--encoding", "auto", "--compact"],
        "Zürich’s mayor".as_bytes(),
    );
    assert_eq!(values(&out)[0]["sentences"][0]["text"], "Zürich’s mayor");
}

#[test]
fn tsv_carries_id_range_ends_unit_approximation_and_rule() {
    let input = "{\"id\": \"a1\", \"text\": \"Crews repaired about 12 km of road at a cost of $3-5 million.\"}\n";
    let out = lede(
        &["--input", "jsonl", "--format", "tsv", "--explain"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let rows: Vec<std::collections::HashMap<&str, &str>> = lines
        .map(|l| header.iter().copied().zip(l.split('\t')).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{text}");
    let (km, money) = (&rows[0], &rows[1]);
    assert_eq!(
        (km["text"], km["unit"], km["approximate"]),
        ("12 km", "km", "true")
    );
    assert_eq!((km["id"], km["rule"]), ("a1", "quantity"));
    assert_eq!(
        (money["min"], money["max"], money["value"]),
        ("3000000", "5000000", "3000000..5000000")
    );
    assert_eq!((money["approximate"], money["currency"]), ("", "USD"));
}

#[test]
fn jsonl_ids_of_any_size_come_back_exactly() {
    let input = "{\"id\": 18446744073709551617, \"text\": \"Lima.\"}\n{\"id\": -9.999999999999999999e-7, \"text\": \"Quito.\"}\n";
    let out = lede(&["--input", "jsonl", "--compact"], input.as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"id\":18446744073709551617,"), "{text}");
    assert!(text.contains("\"id\":-9.999999999999999999e-7,"), "{text}");
}

#[test]
fn recursive_walks_directories_in_sorted_order() {
    let dir = std::env::temp_dir().join(format!("lede-walk-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("b/two.txt"), "Second story from Nairobi.").unwrap();
    std::fs::write(dir.join("a.txt"), "First story from Lima.").unwrap();
    std::fs::write(dir.join("skip.md"), "not an article").unwrap();
    let d = dir.to_str().unwrap();
    let v = values(&lede(&["--recursive", d], b""));
    let sources: Vec<String> = v
        .iter()
        .map(|x| x["source"].as_str().unwrap().replace(d, ""))
        .collect();
    assert_eq!(sources, ["/a.txt", "/b/two.txt"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_is_identical_for_any_number_of_jobs() {
    let mut files: Vec<String> = std::fs::read_dir(crate::root().join("fixtures"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.extend(args.clone());
    let run = |jobs: &str| {
        let mut a = vec!["--compact", "--jobs", jobs];
        a.extend(&args);
        lede(&a, b"").stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}

#[test]
fn schema_completions_man_and_version() {
    let schema = lede(&["--schema"], b"");
    assert!(schema.status.success());
    let shipped = std::fs::read(crate::root().join("schema/lede.schema.json")).unwrap();
    assert_eq!(schema.stdout, shipped);
    let bash = lede(&["completions", "bash"], b"");
    assert!(bash.status.success() && String::from_utf8_lossy(&bash.stdout).contains("--gazetteer"));
    // Values are completed from what the option takes, not from file names.
    let bash = String::from_utf8_lossy(&bash.stdout).into_owned();
    let types = bash.split("--types)").nth(1).unwrap_or("");
    assert!(
        types
            .trim_start()
            .starts_with("COMPREPLY=($(compgen -W \"person place organization amount date\""),
        "{bash}"
    );
    let man = lede(&["man"], b"");
    let page = String::from_utf8_lossy(&man.stdout).into_owned();
    assert!(man.status.success() && page.contains(".TH lede 1"));
    // The exit statuses are in the page, and it points to no page that is not installed.
    assert!(page.contains(".SH \"EXIT STATUS\"") && page.contains(".SH COMMANDS"));
    assert!(!page.contains("lede\\-completions(1)") && !page.contains(".SH EXTRA"));
    let version = lede(&["--version"], b"");
    let text = String::from_utf8_lossy(&version.stdout).into_owned();
    assert!(
        text.contains("GeoNames") && text.contains("Census"),
        "{text}"
    );
}

/// A long run of capitalized words once made chunk classification cubic (8 KB took 46 s):
/// chunks are now capped, so this returns at once.
#[test]
fn long_runs_of_capitals_stay_fast() {
    let text = "HCambodia Turns ".repeat(2_000);
    let out = lede(&["--compact"], text.as_bytes());
    assert!(out.status.success());
    assert_eq!(values(&out).len(), 1);
}

#[test]
fn fields_keep_only_what_is_asked_for() {
    let full = values(&lede(&["--compact", ARTICLE], b""));
    let out = lede(&["--compact", "--fields", "entities,quotes", ARTICLE], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = values(&out);
    let mut keys: Vec<&str> = v[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["entities", "quotes", "source", "version"]);
    assert_eq!(v[0]["entities"], full[0]["entities"]);
    assert_eq!(v[0]["quotes"], full[0]["quotes"]);
    // In the output's own order, whatever the list's.
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!(
        "{{\"source\":\"{ARTICLE}\",\"version\":1,\"entities\":["
    )));
}

#[test]
fn fields_give_sentences_without_text() {
    let full = values(&lede(&["--compact", ARTICLE], b""));
    let v = values(&lede(
        &["--fields", "sentences:offsets,stats", "--pretty", ARTICLE],
        b"",
    ));
    assert_eq!(v[0]["stats"], full[0]["stats"]);
    let sentences = v[0]["sentences"].as_array().unwrap();
    assert_eq!(
        sentences.len(),
        full[0]["sentences"].as_array().unwrap().len()
    );
    for (s, f) in sentences
        .iter()
        .zip(full[0]["sentences"].as_array().unwrap())
    {
        assert_eq!(s.as_object().unwrap().len(), 3);
        for key in ["index", "start", "end"] {
            assert_eq!(s[key], f[key]);
        }
    }
    assert!(v[0].get("summary").is_none());
}

#[test]
fn fields_keep_the_batch_id_and_reject_what_is_not_json() {
    let line = br#"{"id": 7, "text": "Hun Manet spoke on Tuesday.", "date": "2026-03-03"}"#;
    let v = values(&lede(
        &["--input", "jsonl", "--fields", "entities,reference_date"],
        line,
    ));
    assert_eq!(v[0]["id"], 7);
    assert_eq!(v[0]["reference_date"]["date"], "2026-03-03");
    assert_eq!(v[0]["entities"].as_array().unwrap().len(), 2);
    let bad = lede(&["--fields", "entitys", ARTICLE], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("'entitys' is not a field"),
        "{}",
        stderr(&bad)
    );
    let tsv = lede(&["--format", "tsv", "--fields", "entities", ARTICLE], b"");
    assert_eq!(tsv.status.code(), Some(2));
    assert!(stderr(&tsv).contains("--fields applies to JSON output"));
}

/// The README's TSV example prints what its text shows: the counts of canonical names in a
/// shipped fixture, most frequent first.
#[test]
fn the_readme_tsv_example_reproduces() {
    let readme = std::fs::read_to_string(crate::root().join("README.md")).unwrap();
    let start = readme
        .find("    $ lede --format tsv fixtures/kenya_fuel_levy.txt")
        .expect("the example is in the README");
    // The three result lines after the two command lines.
    let shown: Vec<String> = readme[start..]
        .lines()
        .skip(2)
        .take(3)
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let out = lede(&["--format", "tsv", "fixtures/kenya_fuel_levy.txt"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut counts: std::collections::BTreeMap<(String, String), usize> = Default::default();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if !f[6].is_empty() {
            *counts
                .entry((f[2].to_string(), f[6].to_string()))
                .or_default() += 1;
        }
    }
    let mut rows: Vec<(usize, String, String)> =
        counts.into_iter().map(|((t, c), n)| (n, t, c)).collect();
    // `sort | uniq -c | sort -rn`: by count, ties in reverse order of the line.
    rows.sort_by(|a, b| b.cmp(a));
    let got: Vec<String> = rows
        .iter()
        .take(3)
        .map(|(n, t, c)| format!("{n} {t} {c}"))
        .collect();
    assert_eq!(got, shown);
}

/// A reference date at the ends of the calendar: a relative date that would leave the years
/// ISO 8601 writes in four digits has no value, the others keep theirs.
#[test]
fn relative_dates_at_the_ends_of_the_calendar() {
    let text = b"It happened last week and resumes next week; tomorrow is the deadline.";
    let values_at = |date: &str| -> Vec<(String, Option<String>)> {
        let out = lede(&["--compact", "--date", date], text);
        values(&out)[0]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let v = e["value"].as_str().map(str::to_string);
                (e["text"].as_str().unwrap().to_string(), v)
            })
            .collect()
    };
    let some = |t: &str, v: &str| (t.to_string(), Some(v.to_string()));
    let none = |t: &str| (t.to_string(), None);
    assert_eq!(
        values_at("9999-12-31"),
        [
            some("last week", "9999-W51"),
            none("next week"),
            none("tomorrow")
        ]
    );
    assert_eq!(
        values_at("2026-03-05"),
        [
            some("last week", "2026-W09"),
            some("next week", "2026-W11"),
            some("tomorrow", "2026-03-06")
        ]
    );
}
