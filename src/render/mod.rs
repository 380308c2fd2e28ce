//! Renderers of an [`Analysis`](crate::Analysis) for the user's other tools, beside the JSON
//! of the output contract:
//!
//! - [`json`]: the JSON of the output contract, fast, from the pipeline's findings;
//! - [`tsv`]: one entity per line under a header, for `cut`, `sort | uniq -c` and
//!   spreadsheets;
//! - [`html`]: one self-contained page per run, the articles with their entities highlighted
//!   by type, their quotations marked with their speakers and a summary beside each, with
//!   a small map of the article's places (`map.rs`);
//! - [`overview`]: the run's summary, index and type filters atop the HTML page;
//! - [`sqlite`]: a database for SQL and Datasette;
//! - [`summary`]: the run's summary (`--summary`), added up one article at a time;
//! - [`text`]: the articles for a terminal, entities coloured by type, and a table;
//! - [`geojson`]: the places on the map, one GeoJSON Feature a line.
//!
//! They write to any [`std::io::Write`] and never panic, whatever the analysis holds: offsets
//! past the text's end are clamped and empty spans are skipped.

mod cursor;
mod fields;
pub mod geojson;
pub mod html;
pub mod json;
mod map;
mod markup;
pub mod overview;
mod pretty;
pub mod sqlite;
pub mod summary;
pub mod text;
pub mod tsv;

pub use geojson::write_geojson;
pub use html::{
    index_entry, write_html, write_html_document, write_html_end, write_html_start, OVERVIEW_TOP,
};
pub use json::{write_findings, write_findings_into, Fields, Head, JsonOptions};
pub use overview::IndexEntry;
pub use sqlite::SqliteWriter;
pub use summary::{Digest, RunReport, RunSummary};
pub use text::write_text;
pub use tsv::{
    tsv_escape, tsv_unescape, write_quotes_tsv, write_quotes_tsv_header, write_tsv,
    write_tsv_header, QUOTE_COLUMNS, TSV_COLUMNS, TSV_HEADER,
};

use serde_json::Value;

/// A normalized value as one line of text: strings as they are (`2026-03-03`), numbers as
/// JSON prints them (`45000000`, `0.5`), a `{min, max}` range as `MIN..MAX`, anything else
/// as compact JSON.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        // A float with no fraction as an integer, as the output writes numbers.
        Value::Number(n) => match n.as_f64() {
            Some(x) if n.is_f64() => number_text(x),
            _ => n.to_string(),
        },
        Value::Object(o) => match (o.get("min"), o.get("max")) {
            (Some(min), Some(max)) if o.len() == 2 => {
                format!("{}..{}", value_text(min), value_text(max))
            }
            _ => value.to_string(),
        },
        other => other.to_string(),
    }
}

/// A range of numbers as `MIN..MAX` (`10..20`, `-5..-3`, `1.5..2`): `..` rather than `-`
/// keeps negative ends unambiguous.
pub fn range_text(min: f64, max: f64) -> String {
    format!("{}..{}", number_text(min), number_text(max))
}

/// A number as JSON would print it: integral values without a fraction (`12`, not `12.0`).
pub fn number_text(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{}", x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or_else(|| "null".to_string(), |n| n.to_string())
    }
}

/// The normalized value of an entity as text: its `value`, else its `min..max` range, else
/// `None`.
pub fn entity_value_text(e: &crate::output::Entity) -> Option<String> {
    match (&e.value, &e.min, &e.max) {
        (Some(v), _, _) => Some(value_text(v)),
        (None, Some(min), Some(max)) => Some(format!("{}..{}", value_text(min), value_text(max))),
        (None, Some(min), None) => Some(format!("{}..", value_text(min))),
        (None, None, Some(max)) => Some(format!("..{}", value_text(max))),
        (None, None, None) => None,
    }
}

#[cfg(test)]
mod unit {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_print_on_one_line() {
        assert_eq!(value_text(&json!("2026-03-03")), "2026-03-03");
        assert_eq!(value_text(&json!(45000000)), "45000000");
        assert_eq!(value_text(&json!(0.5)), "0.5");
        assert_eq!(value_text(&json!({"min": 10.0, "max": 20.0})), "10..20");
        assert_eq!(value_text(&json!({"min": -5, "max": -3})), "-5..-3");
        assert_eq!(value_text(&json!([1, 2])), "[1,2]");
        assert_eq!(number_text(f64::NAN), "null");
        assert_eq!(number_text(1.25), "1.25");
    }
}
