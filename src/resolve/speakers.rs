//! Full names told by their speakers: a lone surname that speaks ("Woods said") and, in
//! the text before it, a capitalised word right before the same surname that no list or
//! rule took ("Tiger Woods shot 67": two ordinary words, no name by their shape) make the
//! two words one person's name.

use super::has_space;
use crate::gazetteer::GAZETTEER;
use crate::lexicon::english::is_common_word;
use crate::lexicon::STOPWORDS;
use crate::model::{EntityType, Mention, Rule, Span};
use crate::recognize::names::person::TITLES;

/// How far before a speaker's first mention its full name is looked for, in bytes: a
/// window, so that a text of one long line is read in time linear in its length.
const WINDOW: usize = 4096;

/// The most distinct speakers' surnames looked for in one article.
const MOST_SPEAKERS: usize = 8;

/// Adds the person "Tiger Woods" where the article names a speaker "Woods" and writes
/// "Tiger Woods" before it with no entity there (or only a place or organization of the
/// surname alone, "Duffy Waldorf": dropped).
pub(super) fn full_names_of_speakers(text: &str, mentions: &mut Vec<Mention>) {
    let mut surnames: Vec<(&str, usize)> = Vec::new();
    for m in mentions.iter() {
        if m.ty == EntityType::Person && m.rule == Rule::Speaker {
            let w = m.text(text);
            if !has_space(w) && !surnames.iter().any(|&(s, _)| s == w) {
                surnames.push((w, m.span.start));
                if surnames.len() == MOST_SPEAKERS {
                    break;
                }
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // A full name held back as a guess ("Tiger Woods", tentative) is confirmed; one found
    // for sure is linked to the speaker later, and none is looked for. One walk of the
    // mentions for all the surnames.
    let mut has_full = [false; MOST_SPEAKERS];
    for m in mentions.iter_mut() {
        if m.ty != EntityType::Person || !has_space(m.text(text)) {
            continue;
        }
        let t = m.text(text);
        let last = t.rsplit(' ').next().unwrap_or_default();
        if let Some(k) = surnames.iter().position(|&(w, _)| w == last) {
            has_full[k] = true;
            if m.tentative {
                m.tentative = false;
                m.rule = Rule::SpeakerName;
            }
        }
    }
    let found: Vec<Span> = surnames
        .iter()
        .zip(has_full)
        .filter(|&(_, full)| !full)
        .filter_map(|(&(w, first), _)| full_name_before(text, w, first))
        .collect();
    if found.is_empty() {
        return;
    }
    // Nothing but a place or organization of the surname alone may lie under a full name:
    // such a mention is dropped, and the full name kept, in one walk of the mentions.
    let under = |m: &Mention, span: &Span| m.span.start < span.end && span.start < m.span.end;
    let surname_alone = |m: &Mention, span: &Span| {
        m.span.end == span.end
            && m.span.start > span.start
            && matches!(m.ty, EntityType::Place | EntityType::Organization)
    };
    // The mentions are in text order and apart (this pass follows the decision between
    // overlapping ones): those under a span are found by a search.
    let clear: Vec<Span> = found
        .into_iter()
        .filter(|span| {
            let at = mentions.partition_point(|m| m.span.end <= span.start);
            mentions[at..]
                .iter()
                .take_while(|m| m.span.start < span.end)
                .filter(|m| under(m, span))
                .all(|m| surname_alone(m, span))
        })
        .collect();
    if clear.is_empty() {
        return;
    }
    mentions.retain(|m| {
        !clear
            .iter()
            .any(|span| under(m, span) && surname_alone(m, span))
    });
    for span in clear {
        let at = mentions.partition_point(|m| m.span.start < span.start);
        mentions.insert(
            at,
            Mention::new(EntityType::Person, span, Rule::SpeakerName),
        );
    }
}

/// The span of "Tiger Woods": the first occurrence of the surname `w` in the window before
/// byte `first` with a capitalised word of no list right before it.
fn full_name_before(text: &str, w: &str, first: usize) -> Option<Span> {
    let from = crate::input::floor_char(text, first.saturating_sub(WINDOW));
    let window = &text[from..first];
    let mut at = 0;
    while let Some(k) = window[at..].find(w).map(|k| at + k) {
        at = k + w.len();
        let end = from + k + w.len();
        // The surname whole, after one space.
        if text[end..].starts_with(char::is_alphanumeric) || !window[..k].ends_with(' ') {
            continue;
        }
        let before = &window[..k - 1];
        let (given_at, given) = word_before(before, char::is_alphanumeric);
        // No name runs on before it: a clause's start, or a word in lower case.
        let prev = before[..given_at]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if is_given_like(given) && !prev.starts_with(char::is_uppercase) {
            return Some(Span::new(from + given_at, end));
        }
    }
    None
}

/// A capitalised word that could be a given name: letters, a capital and then lower case,
/// no stopword, title, calendar word, demonym or listed place or organization, and a listed
/// given name if it is an ordinary English word ("Whilst", "Singer" are not).
fn is_given_like(word: &str) -> bool {
    let mut chars = word.chars();
    word.len() >= 2
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && {
            let low = word.to_lowercase();
            !STOPWORDS.contains(low.as_str())
                && !TITLES.contains(&low)
                && !crate::lexicon::calendar::is_month_or_weekday(&low)
        }
        && !GAZETTEER.is_demonym(word)
        && GAZETTEER.lookup(word).is_empty()
        && (GAZETTEER.is_given_name(word) || !is_common_word(word))
}

/// The last word of `text` whose characters all pass `in_word`: its byte offset and the
/// word (empty when `text` ends in another character).
fn word_before(text: &str, in_word: impl Fn(char) -> bool) -> (usize, &str) {
    let start = text.rfind(|c: char| !in_word(c)).map_or(0, |k| {
        k + text[k..].chars().next().map_or(1, char::len_utf8)
    });
    (start, &text[start..])
}
