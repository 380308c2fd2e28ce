//! Numbered, lettered and bulleted lists inside one paragraph ("1.) The first item 2.) The
//! second item"): each item is its own sentence, and its marker ends no sentence.

use crate::model::Span;

/// How list items are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// A bullet character ("•", "⁃", "▪", "*").
    Bullet(char),
    /// A number or letter followed by ".)", ")" or "."; `letter` marks "a.", "b.", ...
    Ordinal { suffix: &'static str, letter: bool },
}

const SUFFIXES: [&str; 3] = [".)", ")", "."];
const BULLETS: [char; 5] = ['•', '⁃', '▪', '◦', '‣'];

/// A list marker found at byte `pos` of a paragraph: its style, ordinal and byte length.
fn marker_at(s: &str) -> Option<(Style, u32, usize)> {
    let first = s.chars().next()?;
    if BULLETS.contains(&first) {
        // "• 9. The first item": a number after the bullet belongs to the marker too.
        let mut len = first.len_utf8();
        let rest = &s[len..];
        let ws = rest.len() - rest.trim_start().len();
        // Not past another bullet: "• • • ..." recursed once per bullet (a stack overflow).
        let after = Some(&rest[ws..]).filter(|r| !r.starts_with(BULLETS));
        if let Some((Style::Ordinal { .. }, _, n)) = after.and_then(marker_at) {
            len += ws + n;
        }
        return Some((Style::Bullet(first), 0, len));
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (ordinal, letter, len) = if (1..=3).contains(&digits) {
        (s[..digits].parse().ok()?, false, digits)
    } else if first.is_ascii_lowercase() && !s[1..].starts_with(|c: char| c.is_alphanumeric()) {
        (first as u32 - 'a' as u32 + 1, true, 1)
    } else {
        return None;
    };
    let suffix = SUFFIXES.iter().find(|suf| s[len..].starts_with(**suf))?;
    let after = s[len + suffix.len()..].chars().next();
    if !after.is_some_and(char::is_whitespace) {
        return None;
    }
    Some((
        Style::Ordinal { suffix, letter },
        ordinal,
        len + suffix.len(),
    ))
}

/// When a paragraph opens with a list marker, the items of the list (each from its marker
/// on) and the byte length of each item's marker; `None` when it is no list.
pub fn list_items(text: &str, para: Span) -> Option<Vec<(Span, usize)>> {
    let s = &text[para.start..para.end];
    let (style, mut ordinal, first_len) = marker_at(s)?;
    let mut starts = vec![(0, first_len)];
    let mut prev_ws = false;
    for (i, c) in s.char_indices() {
        if i > 0 && prev_ws {
            if let Some((st, ord, len)) = marker_at(&s[i..]) {
                let next = match style {
                    Style::Bullet(_) => st == style,
                    Style::Ordinal { .. } => st == style && ord == ordinal + 1,
                };
                if next {
                    ordinal = ord;
                    starts.push((i, len));
                }
            }
        }
        prev_ws = c.is_whitespace();
    }
    if starts.len() < 2 {
        // A single numbered line ("1. Introduction") is still an item with a marker.
        if matches!(style, Style::Ordinal { letter: true, .. }) {
            return None;
        }
    }
    let mut items = Vec::with_capacity(starts.len());
    for (k, &(start, len)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(s.len(), |&(next, _)| next);
        items.push((
            Span::new(para.start + start, para.start + end).trim(text),
            len,
        ));
    }
    Some(items)
}
