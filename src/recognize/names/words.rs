//! Word tests shared by the chunker and the cues of people: the stopwords that are never a
//! name when capitalized, and the month and weekday names that the date recognizer owns.
//! Imports none of the other name modules, so any of them may ask it.

use std::sync::LazyLock;

use crate::gazetteer::data_rows;
use crate::recognize::{FilteredSet, WordList};
use crate::token::lower;

/// Words that are never a name when capitalized ("The", "However"), lower case.
static STOPWORDS: LazyLock<FilteredSet> =
    LazyLock::new(|| data_rows(include_str!("../../../data/stopwords.tsv")).collect());

/// Month and weekday names, whole and abbreviated.
static CALENDAR: WordList = WordList::new(&[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]);

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

/// True for month and weekday names, which the date recognizer owns.
pub(super) fn is_calendar_word(word: &str) -> bool {
    CALENDAR.contains(word.trim_end_matches('.'))
}
