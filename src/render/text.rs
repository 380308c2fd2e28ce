//! Text for a terminal (`--format text`): each article with its entities marked by type,
//! as displaCy shows them in a notebook, then a compact table of its entities.
//!
//! With colour, an entity is written in its type's colour (ANSI escapes); without, it is
//! bracketed with its type's name (`[Kenya PLACE]`), so that the view reads the same in a
//! pipe, a file or a terminal that shows no colour.

use std::io::{self, Write};

use super::{entity_value_text, summary::money_text};
use crate::model::EntityType;
use crate::Analysis;

/// The ANSI colour of a type, bold: people magenta, places green, organizations blue,
/// amounts yellow, dates cyan.
fn colour(ty: EntityType) -> &'static str {
    match ty {
        EntityType::Person => "\x1b[1;35m",
        EntityType::Place => "\x1b[1;32m",
        EntityType::Organization => "\x1b[1;34m",
        EntityType::Amount => "\x1b[1;33m",
        EntityType::Date => "\x1b[1;36m",
    }
}

/// Ends a colour.
const RESET: &str = "\x1b[0m";

/// Dim text, for headings and the table's header.
const DIM: &str = "\x1b[2m";

/// Writes one article: a heading with its source and title, its text with the entities
/// marked, and a table of its entities (type, text, value, mentions), each distinct entity
/// once, in order of first mention.
pub fn write_text(
    out: &mut dyn Write,
    text: &str,
    analysis: &Analysis,
    colour_on: bool,
) -> io::Result<()> {
    let (dim, reset) = if colour_on { (DIM, RESET) } else { ("", "") };
    let source = analysis.source.as_deref().unwrap_or("-");
    let id = analysis
        .id
        .as_ref()
        .map(|id| format!(" ({})", super::tsv::id_text(id)))
        .unwrap_or_default();
    writeln!(out, "{dim}== {source}{id} =={reset}")?;
    // The text, one pass over its characters: entities are in text order and do not
    // overlap.
    let mut entities = analysis.entities.iter().peekable();
    let mut open: Option<EntityType> = None;
    let mut end = 0;
    for (k, c) in text.chars().enumerate() {
        if open.is_some() && k == end {
            close(out, open.take(), colour_on)?;
        }
        while entities
            .peek()
            .is_some_and(|e| e.end <= k || e.start == e.end)
        {
            entities.next();
        }
        if open.is_none() {
            if let Some(e) = entities.next_if(|e| e.start == k) {
                open = Some(e.ty);
                end = e.end;
                if colour_on {
                    write!(out, "{}", colour(e.ty))?;
                } else {
                    write!(out, "[")?;
                }
            }
        }
        write!(out, "{c}")?;
    }
    close(out, open, colour_on)?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    writeln!(out)?;
    write_table(out, analysis, colour_on)
}

/// Ends an entity's marking.
fn close(out: &mut dyn Write, ty: Option<EntityType>, colour_on: bool) -> io::Result<()> {
    match ty {
        Some(_) if colour_on => write!(out, "{RESET}"),
        Some(ty) => write!(out, " {}]", ty.name().to_uppercase()),
        None => Ok(()),
    }
}

/// The article's entities as a table: each distinct type, text and value once, with its
/// mentions.
fn write_table(out: &mut dyn Write, analysis: &Analysis, colour_on: bool) -> io::Result<()> {
    let mut rows: Vec<(EntityType, &str, String, usize)> = Vec::new();
    for e in &analysis.entities {
        let value = match (&e.value, e.currency) {
            (Some(v), Some(c)) => money_text(c, v),
            _ => None,
        }
        .or_else(|| e.canonical.clone().filter(|c| *c != e.text))
        .or_else(|| entity_value_text(e))
        .unwrap_or_default();
        let value = match e.unit {
            Some(unit) if !value.is_empty() => format!("{value} {unit}"),
            _ => value,
        };
        match rows
            .iter_mut()
            .find(|r| r.0 == e.ty && r.1 == e.text && r.2 == value)
        {
            Some(row) => row.3 += 1,
            None => rows.push((e.ty, &e.text, value, 1)),
        }
    }
    if rows.is_empty() {
        return writeln!(out, "(no entities)\n");
    }
    let width = |k: usize| {
        let cells = rows.iter().map(|r| match k {
            0 => r.0.name().len(),
            1 => r.1.chars().count().min(WIDEST),
            _ => r.2.chars().count().min(WIDEST),
        });
        cells.max().unwrap_or(0)
    };
    let (tw, xw, vw) = (width(0).max(4), width(1).max(4), width(2).max(5));
    let (dim, reset) = if colour_on { (DIM, RESET) } else { ("", "") };
    writeln!(
        out,
        "{dim}{:tw$}  {:xw$}  {:vw$}  n{reset}",
        "TYPE", "TEXT", "VALUE"
    )?;
    for (ty, text, value, n) in &rows {
        let (on, off) = if colour_on {
            (colour(*ty), RESET)
        } else {
            ("", "")
        };
        let text = cut(text);
        let value = cut(value);
        let pad = |s: &str, w: usize| w.saturating_sub(s.chars().count());
        writeln!(
            out,
            "{on}{:tw$}{off}  {text}{:p$}  {value}{:q$}  {n}",
            ty.name(),
            "",
            "",
            p = pad(&text, xw),
            q = pad(&value, vw),
        )?;
    }
    writeln!(out)
}

/// The widest cell of the table; longer ones end in "…".
const WIDEST: usize = 40;

/// A cell cut to [`WIDEST`] characters, on one line.
fn cut(s: &str) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() > WIDEST {
        one_line.chars().take(WIDEST - 1).chain(['…']).collect()
    } else {
        one_line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn entities_are_bracketed_without_colour_and_coloured_with_it() {
        let text = "Maria Santos flew to Lisbon on Monday with $2 million.";
        let mut a = Analyzer::default().analyze(text);
        a.source = Some("note.txt".into());
        let mut plain = Vec::new();
        write_text(&mut plain, text, &a, false).unwrap();
        let plain = String::from_utf8(plain).unwrap();
        assert!(
            plain.starts_with("== note.txt ==\n[Maria Santos PERSON] flew to [Lisbon PLACE]"),
            "{plain}"
        );
        assert!(!plain.contains('\x1b'));
        assert!(plain.contains("$2m"), "{plain}");
        let mut coloured = Vec::new();
        write_text(&mut coloured, text, &a, true).unwrap();
        let coloured = String::from_utf8(coloured).unwrap();
        assert!(
            coloured.contains("\x1b[1;35mMaria Santos\x1b[0m"),
            "{coloured}"
        );
        assert!(coloured.contains("\x1b[1;32mLisbon\x1b[0m"), "{coloured}");
    }
}
