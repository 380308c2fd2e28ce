//! The README's examples of `--summary`, `--rules`, `--format text` and the SQLite recipe,
//! run as written over the shipped fixtures: each prints what the README shows.

use crate::root;

/// The README's example that starts with `$ COMMAND`: the command, and the output lines
/// after it up to the next command or the end of the block (trailing white space and
/// blank lines at its end dropped).
fn example(prefix: &str) -> (String, Vec<String>) {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut lines = readme.lines();
    let command = lines
        .find_map(|l| l.strip_prefix("    $ ").filter(|c| c.starts_with(prefix)))
        .unwrap_or_else(|| panic!("the README shows `{prefix}`"))
        .to_string();
    let mut shown: Vec<String> = lines
        .take_while(|l| l.is_empty() || (l.starts_with("    ") && !l.starts_with("    $ ")))
        .map(|l| l.strip_prefix("    ").unwrap_or(l).trim_end().to_string())
        .collect();
    while shown.last().is_some_and(|l| l.is_empty()) {
        shown.pop();
    }
    (command, shown)
}

/// Runs a shell command line in the project's root, with the `lede` under test first on
/// the path.
fn shell(command: &str) -> Vec<String> {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_lede"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", command])
        .current_dir(root())
        .env("PATH", path)
        .env_remove("NO_COLOR")
        .output()
        .expect("run sh");
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect()
}

fn reproduces(prefix: &str) {
    let (command, shown) = example(prefix);
    assert_eq!(shell(&command), shown, "{command}");
}

#[test]
fn the_summary_example_reproduces() {
    reproduces("lede --summary --format text");
}

#[test]
fn the_text_examples_reproduce() {
    reproduces("lede --format text --color never fixtures/museum_space_exhibit.txt | head");
    reproduces("lede --format text --color never fixtures/museum_space_exhibit.txt | grep");
}

#[test]
fn the_rules_example_reproduces() {
    reproduces("lede --rules fixtures/rules.tsv");
    // The README shows the file's rules as they are.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let file = std::fs::read_to_string(root().join("fixtures/rules.tsv")).unwrap();
    for line in file.lines().filter(|l| !l.starts_with('#')) {
        assert!(readme.contains(&format!("\n    {line}\n")), "{line}");
    }
}

/// The SQLite recipe: the database the README's command writes, asked the README's
/// questions (through SQLite itself, as `sqlite3` would), answers what the README shows.
#[test]
fn the_sqlite_recipe_reproduces() {
    let (command, shown) = example("lede --format sqlite --output news.db");
    assert!(shown.is_empty());
    let dir = std::env::temp_dir().join(format!("lede-readme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("news.db");
    let _ = std::fs::remove_file(&db);
    shell(&command.replace("news.db", &db.to_string_lossy()));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let queries: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("    $ sqlite3 news.db \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert_eq!(queries.len(), 3);
    for sql in queries {
        let (_, shown) = example(&format!("sqlite3 news.db \"{}", &sql[..20]));
        let mut stmt = conn.prepare(sql).unwrap();
        let columns = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |row| {
                let cells: Vec<String> = (0..columns)
                    .map(|k| {
                        let v: rusqlite::types::Value = row.get(k)?;
                        Ok(match v {
                            rusqlite::types::Value::Integer(i) => i.to_string(),
                            rusqlite::types::Value::Text(t) => t,
                            rusqlite::types::Value::Real(r) => r.to_string(),
                            _ => String::new(),
                        })
                    })
                    .collect::<rusqlite::Result<_>>()?;
                Ok(cells.join("|"))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(rows, shown, "{sql}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
