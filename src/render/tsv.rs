//! Tab-separated values: one entity per line, for `cut`, `sort | uniq -c` and spreadsheets.
//!
//! A run prints [`TSV_HEADER`] once ([`write_tsv_header`]), then [`write_tsv`] for each
//! input. Every record is one line of exactly ten fields, in the order of [`TSV_COLUMNS`]:
//!
//! | column | content |
//! | --- | --- |
//! | `source` | the input's path, `-` for standard input (empty when unset) |
//! | `sentence` | index of the sentence that holds the entity |
//! | `type` | `person`, `place`, `organization`, `amount`, `date` |
//! | `start`, `end` | code point offsets, `end` exclusive |
//! | `text` | the mention as written |
//! | `canonical` | names: the fullest name of the same entity |
//! | `kind` | amounts: `money`, `percent`, `quantity`, `count`; dates: `date`, `time`, `duration`, `set` |
//! | `value` | the normalized value: numbers as JSON prints them (`45000000`, `0.5`), dates as ISO 8601 / TIMEX3 (`2026-03-03`), a range as `MIN..MAX` (`10..20`) |
//! | `currency` | money: the ISO 4217 code |
//!
//! A field that does not apply is empty. Inside a field, a backslash is written `\\`, a tab
//! `\t`, a line feed `\n` and a carriage return `\r` (the "linear TSV" convention of
//! PostgreSQL's `COPY`), so a record never spans lines; [`tsv_unescape`] reverses it.
//! Lines end with `\n`.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::Analysis;

/// The column names, in order.
pub const TSV_COLUMNS: [&str; 10] = [
    "source",
    "sentence",
    "type",
    "start",
    "end",
    "text",
    "canonical",
    "kind",
    "value",
    "currency",
];

/// The header line, without its line feed: the column names separated by tabs.
pub const TSV_HEADER: &str =
    "source\tsentence\ttype\tstart\tend\ttext\tcanonical\tkind\tvalue\tcurrency";

/// Writes the header line (with its line feed); once per run, before the first record.
pub fn write_tsv_header(w: &mut impl Write) -> io::Result<()> {
    w.write_all(TSV_HEADER.as_bytes())?;
    w.write_all(b"\n")
}

/// Writes one line per entity of `a`, in text order (nothing for an analysis without
/// entities). The header is the caller's to write, once per run.
pub fn write_tsv(w: &mut impl Write, a: &Analysis) -> io::Result<()> {
    let source = tsv_escape(a.source.as_deref().unwrap_or(""));
    let mut line = String::new();
    for e in &a.entities {
        line.clear();
        let value = super::entity_value_text(e).unwrap_or_default();
        let fields: [Cow<str>; 10] = [
            Cow::Borrowed(&source),
            Cow::Owned(e.sentence.to_string()),
            Cow::Borrowed(e.ty.name()),
            Cow::Owned(e.start.to_string()),
            Cow::Owned(e.end.to_string()),
            tsv_escape(&e.text),
            tsv_escape(e.canonical.as_deref().unwrap_or("")),
            tsv_escape(e.kind.unwrap_or("")),
            tsv_escape(&value),
            tsv_escape(e.currency.unwrap_or("")),
        ];
        for (k, field) in fields.iter().enumerate() {
            if k > 0 {
                line.push('\t');
            }
            line.push_str(field);
        }
        line.push('\n');
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Escapes one field: `\` as `\\`, tab as `\t`, line feed as `\n`, carriage return as `\r`.
pub fn tsv_escape(s: &str) -> Cow<'_, str> {
    if !s.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Reverses [`tsv_escape`]; an unknown escape or a trailing backslash is kept as written.
pub fn tsv_unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn header_names_the_columns() {
        assert_eq!(TSV_HEADER, TSV_COLUMNS.join("\t"));
    }

    #[test]
    fn escaping_round_trips() {
        for s in [
            "",
            "plain",
            "a\tb",
            "line\nbreak\r\n",
            "back\\slash\\t",
            "\\",
            "é\t日本\n",
        ] {
            let e = tsv_escape(s);
            assert!(!e.contains(['\t', '\n', '\r']), "{e:?}");
            assert_eq!(tsv_unescape(&e), s);
        }
        assert_eq!(tsv_unescape("x\\q\\"), "x\\q\\");
    }
}
