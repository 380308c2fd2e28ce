//! Tab-separated values: one entity per line, for `cut`, `sort | uniq -c` and spreadsheets.
//!
//! A run prints [`TSV_HEADER`] once ([`write_tsv_header`]), then [`write_tsv`] for each
//! input. Every record is one line of exactly seventeen fields, in the order of
//! [`TSV_COLUMNS`] (the first ten as they have always been, the others after them):
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
//! | `id` | with `--input jsonl`: the line's `id` (a string as it is, anything else as JSON) |
//! | `min`, `max` | ranges: the ends, numbers as JSON prints them |
//! | `unit` | quantities: the unit (`km`, `C`) |
//! | `approximate` | amounts: `true` when an approximator ("about") stands before it, else empty |
//! | `rule` | with `--explain`: the rule or list that found it |
//! | `object` | counts and quantities: the noun counted, as written (`protesters`, `oil`) |
//! | `country` | places on the map: ISO 3166-1 alpha-2 code of the country |
//! | `lat`, `lon`, `geonames_id`, `feature` | places on the map: the JSON's `geo` |
//!
//! A field that does not apply is empty. Inside a field, a backslash is written `\\`, a tab
//! `\t`, a line feed `\n` and a carriage return `\r` (the "linear TSV" convention of
//! PostgreSQL's `COPY`), a vertical tab `\v`, a form feed `\f`, and the other characters
//! some readers end a line at as `\u` and four hex digits ([`tsv_escape`]), so a record never
//! spans lines; [`tsv_unescape`] reverses it.
//! Lines end with `\n`.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::Analysis;

/// The column names, in order.
pub const TSV_COLUMNS: [&str; 22] = [
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
    "id",
    "min",
    "max",
    "unit",
    "approximate",
    "rule",
    "object",
    "country",
    "lat",
    "lon",
    "geonames_id",
    "feature",
];

/// The header line, without its line feed: the column names separated by tabs.
pub const TSV_HEADER: &str = "source\tsentence\ttype\tstart\tend\ttext\tcanonical\tkind\tvalue\tcurrency\tid\tmin\tmax\tunit\tapproximate\trule\tobject\tcountry\tlat\tlon\tgeonames_id\tfeature";

/// Writes the header line (with its line feed); once per run, before the first record.
pub fn write_tsv_header(w: &mut impl Write) -> io::Result<()> {
    w.write_all(TSV_HEADER.as_bytes())?;
    w.write_all(b"\n")
}

/// Writes one line per entity of `a`, in text order (nothing for an analysis without
/// entities). The header is the caller's to write, once per run.
pub fn write_tsv(w: &mut impl Write, a: &Analysis) -> io::Result<()> {
    let source = tsv_escape(a.source.as_deref().unwrap_or(""));
    let id = a.id.as_deref().map(id_text).unwrap_or_default();
    let id = tsv_escape(&id);
    let number = |n: Option<f64>| n.map(super::number_text).unwrap_or_default();
    let mut line = String::new();
    for e in &a.entities {
        line.clear();
        let value = super::entity_value_text(e).unwrap_or_default();
        let fields: [Cow<str>; 22] = [
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
            Cow::Borrowed(&id),
            Cow::Owned(e.min.as_ref().map(super::value_text).unwrap_or_default()),
            Cow::Owned(e.max.as_ref().map(super::value_text).unwrap_or_default()),
            tsv_escape(e.unit.unwrap_or("")),
            Cow::Borrowed(if e.approximate { "true" } else { "" }),
            tsv_escape(e.rule.as_deref().unwrap_or("")),
            tsv_escape(e.object.as_deref().unwrap_or("")),
            Cow::Borrowed(e.country.unwrap_or("")),
            Cow::Owned(number(e.geo.map(|g| g.lat))),
            Cow::Owned(number(e.geo.map(|g| g.lon))),
            Cow::Owned(e.geo.map(|g| g.geonames_id.to_string()).unwrap_or_default()),
            Cow::Borrowed(e.geo.map_or("", |g| g.feature)),
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

/// The columns of the quotes table (`--tsv-table quotes`): the input's source and id, then
/// the fields of a quotation as the JSON has them ([`QuoteOut`](crate::output::QuoteOut)),
/// in its order. A list (`speakers`) is its items joined by `; `.
pub const QUOTE_COLUMNS: [&str; 12] = [
    "source",
    "id",
    "text",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_type",
    "verb",
    "speaker_start",
    "speaker_end",
    "speakers",
];

/// Writes the quotes table's header line (with its line feed).
pub fn write_quotes_tsv_header(w: &mut impl Write) -> io::Result<()> {
    w.write_all(QUOTE_COLUMNS.join("\t").as_bytes())?;
    w.write_all(b"\n")
}

/// Writes one line per quotation of `a`, in text order: its fields read from its JSON, so
/// that the table shows what the JSON shows.
pub fn write_quotes_tsv(w: &mut impl Write, a: &Analysis) -> io::Result<()> {
    let source = tsv_escape(a.source.as_deref().unwrap_or("")).into_owned();
    let id = a.id.as_deref().map(id_text).unwrap_or_default();
    let mut line = String::new();
    for q in &a.quotes {
        let json = serde_json::to_value(q).map_err(io::Error::other)?;
        line.clear();
        line.push_str(&source);
        line.push('\t');
        line.push_str(&tsv_escape(&id));
        for column in &QUOTE_COLUMNS[2..] {
            line.push('\t');
            line.push_str(&tsv_escape(&field_text(json.get(column))));
        }
        line.push('\n');
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// A JSON field as a TSV field: nothing for null or absent, a string as it is, a list as its
/// items joined by `; `, anything else as its JSON text.
fn field_text(value: Option<&serde_json::Value>) -> String {
    use serde_json::Value;
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| field_text(Some(v)))
            .collect::<Vec<_>>()
            .join("; "),
        Some(other) => other.to_string(),
    }
}

/// The characters [`tsv_escape`] writes as escapes: the backslash, and every character that
/// some reader takes for the end of a line or a field (tab, line feed, carriage return,
/// vertical tab, form feed, the information separators U+001C–U+001E, next line U+0085,
/// the line and paragraph separators U+2028, U+2029: Python's `str.splitlines` breaks at
/// each of them).
const TSV_SPECIAL: [char; 12] = [
    '\\', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\u{85}', '\u{2028}',
    '\u{2029}',
];

/// A JSON Lines id as a field: a string as it is, anything else as its JSON text.
pub fn id_text(id: &serde_json::value::RawValue) -> String {
    serde_json::from_str::<String>(id.get()).unwrap_or_else(|_| id.get().to_string())
}

/// Escapes one field: `\` as `\\`, tab as `\t`, line feed as `\n`, carriage return as `\r`,
/// vertical tab as `\v`, form feed as `\f`, and the other line breaks of `TSV_SPECIAL` as
/// `\u` and four hexadecimal digits (`\u2028`).
pub fn tsv_escape(s: &str) -> Cow<'_, str> {
    if !s.contains(TSV_SPECIAL) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\x0b' => out.push_str("\\v"),
            '\x0c' => out.push_str("\\f"),
            c if TSV_SPECIAL.contains(&c) => out.push_str(&format!("\\u{:04x}", u32::from(c))),
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
    let mut rest = s;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (c, used) = match after.chars().next() {
            Some('\\') => (Some('\\'), 1),
            Some('t') => (Some('\t'), 1),
            Some('n') => (Some('\n'), 1),
            Some('r') => (Some('\r'), 1),
            Some('v') => (Some('\x0b'), 1),
            Some('f') => (Some('\x0c'), 1),
            Some('u') => match after
                .get(1..5)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
            {
                Some(c) => (Some(c), 5),
                None => (None, 0),
            },
            _ => (None, 0),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push('\\'),
        }
        rest = &after[used..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn header_names_the_columns() {
        assert_eq!(TSV_HEADER, TSV_COLUMNS.join("\t"));
    }

    /// Every field of a quotation has its column: a new field cannot be left out unseen.
    #[test]
    fn the_quotes_table_has_every_field_of_a_quotation() {
        let q = crate::output::QuoteOut {
            text: "We will\tgo".into(),
            start: 3,
            end: 12,
            speaker: Some("Ana Ruiz".into()),
            speaker_start: Some(20),
            speaker_end: Some(28),
            speakers: vec!["Ana Ruiz".into(), "Tom Lee".into()],
            speaker_type: Some("person"),
            verb: Some("said".into()),
            kind: "quote",
        };
        let json = serde_json::to_value(&q).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut columns = QUOTE_COLUMNS[2..].to_vec();
        columns.sort_unstable();
        assert_eq!(keys, columns);
        let mut a = crate::Analyzer::default().analyze("");
        a.source = Some("a.txt".into());
        a.quotes.push(q);
        let mut out = Vec::new();
        write_quotes_tsv(&mut out, &a).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a.txt\t\tWe will\\tgo\t3\t12\tquote\tAna Ruiz\tperson\tsaid\t20\t28\tAna Ruiz; Tom Lee\n"
        );
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
            "v\x0bf\x0cfs\x1cgs\x1drs\x1e",
            "nel\u{85}ls\u{2028}ps\u{2029}",
            "\\u2028 written out",
        ] {
            let e = tsv_escape(s);
            assert!(!e.contains(&TSV_SPECIAL[1..]), "{e:?}");
            assert!(e.lines().count() <= 1, "{e:?}");
            assert_eq!(tsv_unescape(&e), s);
        }
        assert_eq!(tsv_unescape("x\\q\\"), "x\\q\\");
        assert_eq!(tsv_unescape("\\u20"), "\\u20");
        assert_eq!(tsv_escape("a\u{2028}b"), "a\\u2028b");
    }
}
