//! `--format sqlite`: the database holds what the JSON says, is added to without duplicates,
//! and its full-text index finds an article's words.

use crate::{fixtures, lede, values};

fn write_db(db: &str, files: &[String]) {
    let mut args = vec!["--format", "sqlite", "--output", db, "--date", "2026-03-03"];
    args.extend(files.iter().map(String::as_str));
    let out = lede(&args, b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn the_database_holds_what_the_json_says() {
    let dir = std::env::temp_dir().join(format!("lede-sqlite-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("news.db");
    let db = db.to_str().unwrap();
    let files = fixtures();
    write_db(db, &files);
    // Twice: an article already there is replaced, not added again.
    write_db(db, &files);

    let mut args = vec!["--compact", "--date", "2026-03-03"];
    args.extend(files.iter().map(String::as_str));
    let json = values(&lede(&args, b""));

    let conn = rusqlite::Connection::open(db).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM articles"), files.len() as i64);
    let entities: usize = json
        .iter()
        .map(|a| a["entities"].as_array().unwrap().len())
        .sum();
    assert_eq!(count("SELECT count(*) FROM entities"), entities as i64);
    let quotes: usize = json
        .iter()
        .map(|a| a["quotes"].as_array().unwrap().len())
        .sum();
    assert_eq!(count("SELECT count(*) FROM quotes"), quotes as i64);
    for ty in ["person", "place", "organization", "amount", "date"] {
        let in_json = json
            .iter()
            .flat_map(|a| a["entities"].as_array().unwrap())
            .filter(|e| e["type"] == ty)
            .count();
        let sql = format!("SELECT count(*) FROM entities WHERE type = '{ty}'");
        assert_eq!(count(&sql), in_json as i64, "{ty}");
    }

    // Every entity's text and value, article by article, in order.
    let mut stmt = conn
        .prepare(
            "SELECT text, value, start, object FROM entities WHERE article_id = ?1 ORDER BY id",
        )
        .unwrap();
    for (a, file) in json.iter().zip(&files) {
        type Row = (String, rusqlite::types::Value, i64, Option<String>);
        let rows: Vec<Row> = stmt
            .query_map([file], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let expected = a["entities"].as_array().unwrap();
        assert_eq!(rows.len(), expected.len(), "{file}");
        for ((text, value, start, object), e) in rows.iter().zip(expected) {
            assert_eq!(text, e["text"].as_str().unwrap(), "{file}");
            assert_eq!(object.as_deref(), e["object"].as_str(), "{file}: {text}");
            assert_eq!(*start, e["start"].as_i64().unwrap(), "{file}");
            use rusqlite::types::Value as Sql;
            match (value, &e["value"]) {
                (Sql::Null, serde_json::Value::Null) => {}
                (Sql::Text(s), serde_json::Value::String(j)) => assert_eq!(s, j),
                (Sql::Integer(i), j) => assert_eq!(Some(*i), j.as_i64(), "{text}"),
                (Sql::Real(x), j) => assert_eq!(Some(*x), j.as_f64(), "{text}"),
                (v, j) => panic!("{file}: {text}: {v:?} against {j}"),
            }
        }
    }

    // The full-text index finds an article by a word of its text, and a quotation by a word
    // of it.
    let text = |sql: &str| -> String { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let found = text(
        "SELECT articles.id FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid \
         WHERE articles_fts MATCH 'shillings'",
    );
    assert!(found.ends_with("kenya_fuel_levy.txt"), "{found}");
    let speaker = text(
        "SELECT quotes.speaker FROM quotes_fts JOIN quotes ON quotes.id = quotes_fts.rowid \
         WHERE quotes_fts MATCH 'diesel'",
    );
    assert_eq!(speaker, "Grace Atieno");
    // The foreign keys hold.
    assert_eq!(
        count("SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)"),
        0
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A database written before the `object` column and the quotes' type, verb and kind
/// existed gets them, and takes new articles.
#[test]
fn an_older_database_gets_the_new_columns() {
    let dir = std::env::temp_dir().join(format!("lede-sqlite-old-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("old.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE [articles] ([id] TEXT PRIMARY KEY, [source] TEXT, [title] TEXT, \
         [reference_date] TEXT, [dateline] TEXT, [words] INTEGER, [sentences] INTEGER, [text] TEXT);
         CREATE TABLE [entities] ([id] INTEGER PRIMARY KEY, [article_id] TEXT NOT NULL \
         REFERENCES [articles]([id]), [sentence] INTEGER, [type] TEXT, [start] INTEGER, \
         [end] INTEGER, [text] TEXT, [canonical] TEXT, [kind] TEXT, [value], [min] REAL, \
         [max] REAL, [currency] TEXT, [unit] TEXT, [approximate] INTEGER, [points] INTEGER, \
         [rule] TEXT);
         CREATE TABLE [quotes] ([id] INTEGER PRIMARY KEY, [article_id] TEXT NOT NULL \
         REFERENCES [articles]([id]), [start] INTEGER, [end] INTEGER, [text] TEXT, \
         [speaker] TEXT, [speaker_start] INTEGER, [speaker_end] INTEGER);",
    )
    .unwrap();
    drop(conn);
    let out = lede(
        &["--format", "sqlite", "-o", db.to_str().unwrap()],
        b"Police said 5,000 protesters gathered. \"We stay,\" Ana Ruiz said.\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let object: String = conn
        .query_row(
            "SELECT object FROM entities WHERE text = '5,000'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(object, "protesters");
    let quote: (String, String, String) = conn
        .query_row("SELECT kind, speaker_type, verb FROM quotes", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(quote, ("quote".into(), "person".into(), "said".into()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn jsonl_ids_are_article_ids_and_sqlite_needs_an_output() {
    let dir = std::env::temp_dir().join(format!("lede-sqlite-ids-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("feed.db");
    let db = db.to_str().unwrap();
    let input =
        b"{\"id\": \"a1\", \"text\": \"Talks in Lima.\"}\n{\"text\": \"Quiet in Quito.\"}\n";
    let out = lede(&["--input", "jsonl", "--format", "sqlite", "-o", db], input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = rusqlite::Connection::open(db).unwrap();
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM articles ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ids, ["a1", "-:2"]);
    let out = lede(&["--format", "sqlite", "fixtures/kenya_fuel_levy.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    // --output writes the other formats to a file.
    let file = dir.join("out.jsonl");
    let out = lede(
        &[
            "--compact",
            "-o",
            file.to_str().unwrap(),
            "fixtures/kenya_fuel_levy.txt",
        ],
        b"",
    );
    assert!(out.status.success() && out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written.lines().count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}
