//! Listed names inside a chunk: the lookup of a chunk's words in the name lists, as written
//! (a word in capitals matches only names listed in capitals).

use std::borrow::Cow;

use super::chunk::Word;
use super::context::Context;
use crate::gazetteer::{Entries, Entry};
use crate::model::EntityType;

/// The most words of a listed name looked for inside a chunk.
const MAX_NAME_WORDS: usize = 10;

/// The listed entry for `name` as written in mixed-case text: a word in capitals ("MAGA")
/// matches only names listed in capitals ("US"), not "Maga", unless the words around it
/// are in capitals too or it is a dateline's place ([`cased`]).
pub(super) fn lookup_cased<'l>(ctx: &Context<'l>, name: &str) -> Option<Entry<'l>> {
    cased(ctx, ctx.lists.lookup(name), name)
}

/// [`lookup_cased`] of `name`, whose entries are `entries`: most names have none, told
/// without a call.
#[inline(always)]
pub(super) fn cased<'l>(ctx: &Context<'_>, entries: Entries<'l>, name: &str) -> Option<Entry<'l>> {
    if entries.is_empty() {
        return None;
    }
    cased_listed(ctx, entries, name)
}

/// [`cased`] of a listed name.
fn cased_listed<'l>(ctx: &Context<'_>, entries: Entries<'l>, name: &str) -> Option<Entry<'l>> {
    let caps = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    if caps {
        // "JAPAN", "NEW YORK" in a line of capitals, a dateline or a results row: a place's
        // name of four letters or more is that place; shorter ones collide with words
        // ("IN", "OR", "ME"). Beside words in lower case it is an acronym ("NICE", "MAGA").
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        entries.pick_where(|e| e.caps).or_else(|| {
            (letters >= 4 && (ctx.caps_run() || ctx.headline() || !ctx.lower_beside()))
                .then(|| entries.pick_where(|e| e.ty == EntityType::Place))
                .flatten()
        })
    } else if name.chars().count() <= 3 && name.chars().any(char::is_lowercase) {
        // "Pan" of "Pan-democrat" is not "PAN": a short acronym matches only in capitals
        // (longer ones are written as words too: "Nato", "Fifa").
        entries.pick_where(|e| !e.caps)
    } else {
        entries.pick()
    }
}

/// The words as one name: the text itself where words are glued or one space apart (most
/// chunks), else the words joined by single spaces. Inlined: most callers take the text.
#[inline(always)]
pub(super) fn joined<'t>(text: &'t str, words: &[Word<'t>]) -> Cow<'t, str> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Cow::Borrowed("");
    };
    let single_spaced = words.windows(2).all(|p| {
        p[1].start == p[0].end || (p[1].start == p[0].end + 1 && text.as_bytes()[p[0].end] == b' ')
    });
    if single_spaced {
        return Cow::Borrowed(&text[first.start..last.end]);
    }
    Cow::Owned(spaced(words))
}

/// The words joined by single spaces, for [`joined`] of words spaced otherwise: rare,
/// and kept out of its callers.
#[cold]
#[inline(never)]
fn spaced(words: &[Word]) -> String {
    let mut s = String::new();
    let mut prev_end = None;
    for w in words {
        if prev_end.is_some_and(|e| e < w.start) {
            s.push(' ');
        }
        s.push_str(w.text);
        prev_end = Some(w.end);
    }
    s
}

/// Listed names inside a chunk: (first word, end word) of each, longest first from the left.
pub(super) fn sub_names(ctx: &Context<'_>, words: &[Word]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut best = None;
        for j in (i + 1..=words.len().min(i + MAX_NAME_WORDS)).rev() {
            if j - i == words.len() {
                continue;
            }
            if lookup_cased(ctx, &joined(ctx.text, &words[i..j])).is_some() {
                best = Some(j);
                break;
            }
        }
        match best {
            Some(j) => {
                found.push((i, j));
                i = j;
            }
            None => i += 1,
        }
    }
    found
}
