//! Word tests shared by the chunker and the cues of people: the stopwords that are never a
//! name when capitalized, and the month and weekday names that the date recognizer owns.
//! Imports none of the other name modules, so any of them may ask it.

use crate::lexicon::{calendar, STOPWORDS};
use crate::token::lower;

/// True for a word that is never a name when capitalized ("The", "However").
pub(super) fn is_stopword(word: &str) -> bool {
    // Stopwords are short ASCII words: most other such words leave at the (case-folding)
    // filter, before any test of their letters.
    if word.is_ascii() && !STOPWORDS.may_contain(word) {
        return false;
    }
    let mut chars = word.chars();
    let titlecase =
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase());
    if !(titlecase || word.chars().all(char::is_lowercase)) {
        return false;
    }
    // Stopwords are short ASCII words: lower-case them on the stack.
    let mut buf = [0u8; 24];
    match lower(word, &mut buf) {
        Some(l) => STOPWORDS.contains(l),
        None => STOPWORDS.contains(word.to_lowercase().as_str()),
    }
}

/// True for month and weekday names, whole or abbreviated, capitalized ("March", "Sept.",
/// "Tuesday"): the date recognizer owns them (`data/words/calendar.tsv`).
pub(super) fn is_calendar_word(word: &str) -> bool {
    calendar::is_capitalized_name(word.trim_end_matches('.'))
}
