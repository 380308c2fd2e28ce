//! SQLite output (`--format sqlite --output FILE.db`): the analyses of a run as tables that
//! `datasette FILE.db` browses at once, laid out as sqlite-utils lays tables out.
//!
//! | table | one row per | columns |
//! | --- | --- | --- |
//! | `articles` | input | `id` (primary key: the JSON Lines `id`, else the source), `source`, `title`, `reference_date`, `dateline`, `words`, `sentences`, `text` |
//! | `entities` | entity mention | `id`, `article_id` (foreign key), `sentence`, `type`, `start`, `end`, `text`, `canonical`, `kind`, `value` (a number for amounts, TIMEX3 text for dates), `min`, `max` (numbers, or dates for a run of days), `currency`, `unit`, `approximate`, `points`, `rule`, `object` (counts and quantities: the noun counted), `country`, `lat`, `lon`, `geonames_id`, `feature` (places on the map) |
//! | `quotes` | direct quotation | `id`, `article_id` (foreign key), `start`, `end`, `text`, `speaker`, `speaker_start`, `speaker_end`, `speaker_type`, `verb`, `kind` |
//!
//! Offsets are code points, as in the JSON. Indexes cover `article_id` and entities by
//! `type` and `canonical`; full-text indexes (`articles_fts` on title and text,
//! `quotes_fts` on quotation and speaker) are kept up to date by triggers, as
//! `sqlite-utils enable-fts --create-triggers` makes them. Writing into an existing
//! database adds to it; an article whose id is already there is replaced, so a run can be
//! repeated without duplicating anything.

use std::path::Path;

use rusqlite::{params, Connection};
use serde_json::Value;

use crate::Analysis;

/// The tables and indexes; each only if absent. The full-text indexes are [`fts`]'s.
const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS [articles] (
   [id] TEXT PRIMARY KEY,
   [source] TEXT,
   [title] TEXT,
   [reference_date] TEXT,
   [dateline] TEXT,
   [words] INTEGER,
   [sentences] INTEGER,
   [text] TEXT
);
CREATE TABLE IF NOT EXISTS [entities] (
   [id] INTEGER PRIMARY KEY,
   [article_id] TEXT NOT NULL REFERENCES [articles]([id]),
   [sentence] INTEGER,
   [type] TEXT,
   [start] INTEGER,
   [end] INTEGER,
   [text] TEXT,
   [canonical] TEXT,
   [kind] TEXT,
   [value],
   [min],
   [max],
   [currency] TEXT,
   [unit] TEXT,
   [approximate] INTEGER,
   [points] INTEGER,
   [rule] TEXT,
   [object] TEXT,
   [country] TEXT,
   [lat] REAL,
   [lon] REAL,
   [geonames_id] INTEGER,
   [feature] TEXT
);
CREATE TABLE IF NOT EXISTS [quotes] (
   [id] INTEGER PRIMARY KEY,
   [article_id] TEXT NOT NULL REFERENCES [articles]([id]),
   [start] INTEGER,
   [end] INTEGER,
   [text] TEXT,
   [speaker] TEXT,
   [speaker_start] INTEGER,
   [speaker_end] INTEGER,
   [speaker_type] TEXT,
   [verb] TEXT,
   [kind] TEXT
);
CREATE INDEX IF NOT EXISTS [idx_entities_article_id] ON [entities] ([article_id]);
CREATE INDEX IF NOT EXISTS [idx_entities_type_canonical] ON [entities] ([type], [canonical]);
CREATE INDEX IF NOT EXISTS [idx_quotes_article_id] ON [quotes] ([article_id]);
"#;

/// The full-text index `TABLE_fts` on `columns` of `table`, kept by triggers after each
/// insert, delete and update, as `sqlite-utils enable-fts --create-triggers` makes it;
/// only if absent.
fn fts(table: &str, columns: &[&str]) -> String {
    let cols = columns
        .iter()
        .map(|c| format!("[{c}]"))
        .collect::<Vec<_>>()
        .join(", ");
    let new = columns
        .iter()
        .map(|c| format!("new.[{c}]"))
        .collect::<Vec<_>>()
        .join(", ");
    let old = columns
        .iter()
        .map(|c| format!("old.[{c}]"))
        .collect::<Vec<_>>()
        .join(", ");
    let insert = format!("INSERT INTO [{table}_fts] (rowid, {cols}) VALUES (new.rowid, {new});");
    let delete = format!(
        "INSERT INTO [{table}_fts] ([{table}_fts], rowid, {cols}) VALUES('delete', old.rowid, {old});"
    );
    format!(
        "CREATE VIRTUAL TABLE IF NOT EXISTS [{table}_fts] USING FTS5 ({cols}, content=[{table}]);
CREATE TRIGGER IF NOT EXISTS [{table}_ai] AFTER INSERT ON [{table}] BEGIN {insert} END;
CREATE TRIGGER IF NOT EXISTS [{table}_ad] AFTER DELETE ON [{table}] BEGIN {delete} END;
CREATE TRIGGER IF NOT EXISTS [{table}_au] AFTER UPDATE ON [{table}] BEGIN {delete} {insert} END;
"
    )
}

/// Columns added to the tables after their first layout, each with its type: a database
/// written by an older version gets them when it is opened.
const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("entities", "object", "TEXT"),
    ("quotes", "speaker_type", "TEXT"),
    ("quotes", "verb", "TEXT"),
    ("quotes", "kind", "TEXT"),
    ("entities", "country", "TEXT"),
    ("entities", "lat", "REAL"),
    ("entities", "lon", "REAL"),
    ("entities", "geonames_id", "INTEGER"),
    ("entities", "feature", "TEXT"),
];

/// Adds the [`ADDED_COLUMNS`] that the database's tables lack.
fn add_missing_columns(conn: &Connection) -> rusqlite::Result<()> {
    for (table, column, ty) in ADDED_COLUMNS {
        let mut info = conn.prepare(&format!("PRAGMA table_info([{table}])"))?;
        let names = info.query_map([], |row| row.get::<_, String>(1))?;
        let mut present = false;
        for name in names {
            present |= name? == *column;
        }
        if !present {
            conn.execute_batch(&format!("ALTER TABLE [{table}] ADD COLUMN [{column}] {ty}"))?;
        }
    }
    Ok(())
}

/// Articles written in one transaction: many rows a commit, and a crash loses at most these.
const BATCH: usize = 500;

/// A database being written: analyses go in with [`SqliteWriter::add`], and
/// [`SqliteWriter::finish`] commits the last of them.
pub struct SqliteWriter {
    conn: Connection,
    /// Articles added since the last commit.
    pending: usize,
}

impl SqliteWriter {
    /// Opens (or creates) the database at `path` and its tables.
    pub fn open(path: &Path) -> rusqlite::Result<SqliteWriter> {
        let conn = Connection::open(path)?;
        // A write-ahead log, synced at checkpoints: safe against a crash of lede, and
        // several times faster than a journal synced at every commit.
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
        )?;
        conn.execute_batch(SCHEMA)?;
        add_missing_columns(&conn)?;
        conn.execute_batch(&fts("articles", &["title", "text"]))?;
        conn.execute_batch(&fts("quotes", &["text", "speaker"]))?;
        conn.execute_batch("BEGIN")?;
        Ok(SqliteWriter { conn, pending: 0 })
    }

    /// Adds the analysis `a` of `text` as the article `id`, replacing any article of that id
    /// with its entities and quotes.
    pub fn add(&mut self, id: &str, text: &str, a: &Analysis) -> rusqlite::Result<()> {
        let c = &self.conn;
        for table in ["entities", "quotes"] {
            c.prepare_cached(&format!("DELETE FROM [{table}] WHERE [article_id] = ?1"))?
                .execute([id])?;
        }
        c.prepare_cached("DELETE FROM [articles] WHERE [id] = ?1")?
            .execute([id])?;
        c.prepare_cached(
            "INSERT INTO [articles] ([id], [source], [title], [reference_date], [dateline], \
             [words], [sentences], [text]) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            id,
            a.source,
            a.title.as_ref().map(|t| &t.text),
            a.reference_date.as_ref().map(|d| &d.date),
            a.dateline.as_ref().map(|t| &t.text),
            a.stats.words as i64,
            a.stats.sentences as i64,
            text,
        ])?;
        let mut insert = c.prepare_cached(
            "INSERT INTO [entities] ([article_id], [sentence], [type], [start], [end], [text], \
             [canonical], [kind], [value], [min], [max], [currency], [unit], [approximate], \
             [points], [rule], [object], [country], [lat], [lon], [geonames_id], [feature]) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
             ?18, ?19, ?20, ?21, ?22)",
        )?;
        for e in &a.entities {
            insert.execute(params![
                id,
                e.sentence as i64,
                e.ty.name(),
                e.start as i64,
                e.end as i64,
                e.text,
                e.canonical,
                e.kind,
                e.value.as_ref().map(sql_value),
                e.min.as_ref().map(sql_value),
                e.max.as_ref().map(sql_value),
                e.currency,
                e.unit,
                e.approximate,
                e.points,
                e.rule,
                e.object,
                e.country,
                e.geo.map(|g| g.lat),
                e.geo.map(|g| g.lon),
                e.geo.map(|g| i64::from(g.geonames_id)),
                e.geo.map(|g| g.feature),
            ])?;
        }
        let mut insert = c.prepare_cached(
            "INSERT INTO [quotes] ([article_id], [start], [end], [text], [speaker], \
             [speaker_start], [speaker_end], [speaker_type], [verb], [kind]) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for q in &a.quotes {
            insert.execute(params![
                id,
                q.start as i64,
                q.end as i64,
                q.text,
                q.speaker,
                q.speaker_start.map(|s| s as i64),
                q.speaker_end.map(|s| s as i64),
                q.speaker_type,
                q.verb,
                q.kind,
            ])?;
        }
        self.pending += 1;
        if self.pending >= BATCH {
            self.conn.execute_batch("COMMIT; BEGIN")?;
            self.pending = 0;
        }
        Ok(())
    }

    /// Commits what is not yet committed and closes the database.
    pub fn finish(self) -> rusqlite::Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.conn.close().map_err(|(_, e)| e)
    }
}

/// An entity's value as SQLite stores it: numbers as numbers (integers exactly), TIMEX3
/// values as text, anything else as its JSON.
fn sql_value(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as Sql;
    match v {
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Sql::Integer(i),
            (None, Some(f)) => Sql::Real(f),
            _ => Sql::Text(n.to_string()),
        },
        Value::String(s) => Sql::Text(s.clone()),
        Value::Null => Sql::Null,
        other => Sql::Text(other.to_string()),
    }
}
