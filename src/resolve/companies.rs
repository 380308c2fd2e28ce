//! Companies as their own releases and wire copy name them: "Magna" after "Magna
//! International Inc" is the company; a headline's "Acme" is "Acme Systems" where the
//! text writes it so.

use crate::gazetteer::kind_name;
use crate::model::{EntityType, Mention, Rule};
use crate::recognize::organization::is_legal_suffix;

/// A name linked by its first word that the text goes on to write in full ("Tallgrass" of
/// the headline "Tallgrass Analytics Reports ..." where the article names "Tallgrass
/// Analytics"): the full name. The words after the link are tried one to five at a time
/// against a set of the article's organizations of several words, so the pass stays
/// linear in the number of mentions; [`super::names::link_names`] calls it for an article
/// with such a link ([`goes_on`]).
pub(super) fn linked_names_in_full(text: &str, mentions: &mut [Mention]) {
    let full: foldhash::HashSet<&str> = mentions
        .iter()
        .filter(|o| o.ty == EntityType::Organization)
        .map(|o| o.text(text))
        .filter(|t| t.contains(' '))
        .collect();
    for i in 0..mentions.len() {
        if !(mentions[i].ty == EntityType::Organization && goes_on(text, &mentions[i])) {
            continue;
        }
        let (start, mut at) = (mentions[i].span.start, mentions[i].span.end);
        let mut longest = None;
        for _ in 0..5 {
            let Some(rest) = text[at..].strip_prefix(' ') else {
                break;
            };
            // The next word, up to a space or a mark that ends it.
            let len = rest
                .find(|c: char| {
                    c == ' ' || (!c.is_alphanumeric() && !matches!(c, '-' | '\'' | '&'))
                })
                .unwrap_or(rest.len());
            if len == 0 {
                break;
            }
            at += 1 + len;
            if full.contains(&text[start..at]) {
                longest = Some(at);
            }
        }
        if let Some(end) = longest {
            if mentions.get(i + 1).is_none_or(|n| n.span.start >= end) {
                mentions[i].span.end = end;
                // The name as written is its own.
                mentions[i].canonical = None;
            }
        }
    }
}

/// A link by a name's first word with a capitalized word right after it, which
/// [`linked_names_in_full`] may find written in full.
#[inline]
pub(super) fn goes_on(text: &str, m: &Mention) -> bool {
    let b = text.as_bytes();
    m.rule == Rule::ArticleLink
        && b.get(m.span.end) == Some(&b' ')
        && b.get(m.span.end + 1).is_some_and(u8::is_ascii_uppercase)
}

/// A lone town that is the first word of a company's name in the same article, a name
/// that ends in a legal form ("Magna International Inc", "Lear Corp"), is that company
/// wherever it stands without a locative preposition before it ("in Magna" stays the
/// town) or a hyphen or the word "city" after it.
pub(super) fn companies_over_places(text: &str, mentions: &mut [Mention]) {
    let town = |m: &Mention| {
        m.ty == EntityType::Place
            && m.rule != Rule::Dateline
            && m.list_kind.is_some_and(|k| kind_name(k) == "city")
    };
    // Only a town changes: an article without one has its companies' names not read.
    if !mentions.iter().any(town) {
        return;
    }
    // The first words of the article's company names (a set: one huge input has many).
    let mut firsts: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
        let Some((first, last)) = first_and_last(m.text(text)) else {
            continue;
        };
        if is_legal_suffix(last) {
            firsts.insert(first);
        }
    }
    if firsts.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if !town(m) {
            continue;
        }
        // "the Shanghai city government", "Boston-based": the town itself.
        let after = &text[m.span.end..];
        let town_itself = after.starts_with('-') || after.starts_with(" city");
        if firsts.contains(m.text(text)) && !town_itself && !super::after_locative(text, m) {
            m.ty = EntityType::Organization;
            m.rule = Rule::ArticleLink;
            m.list_kind = None;
            m.canonical = None;
        }
    }
}

/// The first and the last word of a name of two words or more (split at white space):
/// bytes for an ASCII name, characters for others.
fn first_and_last(name: &str) -> Option<(&str, &str)> {
    if !name.is_ascii() {
        let mut words = name.split_whitespace();
        return Some((words.next()?, words.next_back()?));
    }
    let b = name.as_bytes();
    let space = crate::input::is_ascii_space;
    let start = b.iter().position(|&c| !space(c))?;
    let end = b.iter().rposition(|&c| !space(c))? + 1;
    let first_end = start + b[start..end].iter().position(|&c| space(c))?;
    let last_start = b[..end].iter().rposition(|&c| space(c))? + 1;
    Some((&name[start..first_end], &name[last_start..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_and_last_words_as_split_at_white_space() {
        for name in [
            "",
            " ",
            "Magna",
            "Magna International Inc",
            " Lear  Corp ",
            "a\tb",
            "Société Générale SA",
            "x\u{a0}y z",
            "one two",
        ] {
            let mut words = name.split_whitespace();
            let want = words.next().zip(words.next_back());
            assert_eq!(first_and_last(name), want, "{name:?}");
        }
    }
}
