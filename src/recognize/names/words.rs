//! Word tests shared by the chunker and the cues of people: the stopwords that are never a
//! name when capitalized, and the month and weekday names that the date recognizer owns.
//! Imports none of the other name modules, so any of them may ask it.

use crate::lexicon::{calendar, class, classes, WordFilter, WordList};
use crate::token::{Token, TokenKind};

/// Particles inside people's names ("van", "de", "al"), lower case.
static PARTICLES: WordList = WordList::new(class::NAMES_PARTICLE);

/// True for a name particle as written ("van", "de la"'s "de").
pub(super) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(word)
}

/// True for a word whose lower-case form is a name particle ("De", "Van").
pub(super) fn is_particle_lower(word: &str) -> bool {
    PARTICLES.contains_lower(word)
}

/// The stopwords, asked about in lower case.
static STOPWORDS: WordList = WordList::new(class::STOPWORDS);

/// True for a word that is never a name when capitalized ("The", "However").
pub(super) fn is_stopword(word: &str) -> bool {
    is_stopword_hashed(word, WordFilter::hash(word))
}

/// [`is_stopword`] for a word whose [`WordFilter::hash`] is `h` (tokens carry it).
#[inline]
pub(super) fn is_stopword_hashed(word: &str, h: u64) -> bool {
    // Most words leave at the lexicon's filter, without a call; the filter folds ASCII
    // case only, so a word beyond ASCII is looked up.
    (STOPWORDS.may_contain_hash(h) || !word.is_ascii()) && is_listed_stopword(word)
}

/// [`is_stopword`] for a word that the filter of stopwords passed: one look-up, then its
/// case.
fn is_listed_stopword(word: &str) -> bool {
    if !classes(word).lower.has(class::STOPWORDS) {
        return false;
    }
    let mut chars = word.chars();
    let titlecase =
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase());
    titlecase || word.chars().all(char::is_lowercase)
}

/// True for month and weekday names, whole or abbreviated, capitalized ("March", "Sept.",
/// "Tuesday"): the date recognizer owns them (`data/words/calendar.tsv`).
pub(super) fn is_calendar_word(word: &str) -> bool {
    calendar::is_capitalized_name(word.trim_end_matches('.'))
}

/// [`is_calendar_word`] for a token of `text`, asked with the hash it carries: its text
/// is read only past the filter.
#[inline(always)]
pub(super) fn is_calendar_token(text: &str, t: &Token) -> bool {
    if bytes(text, t).ends_with(b".") {
        return is_calendar_word(t.text(text));
    }
    let h = filter_hash(text, t);
    calendar::may_be_capitalized_name(h) && calendar::is_capitalized_name_hashed(t.text(text), h)
}

/// The bytes of token `t` of `text`: for comparisons that need no `str` (and none of its
/// checks of character boundaries).
#[inline(always)]
pub(super) fn bytes<'t>(text: &'t str, t: &Token) -> &'t [u8] {
    &text.as_bytes()[t.start..t.end]
}

/// [`Token::filter_hash`], read from the bytes of a token that is no word.
#[inline(always)]
pub(super) fn filter_hash(text: &str, t: &Token) -> u64 {
    if t.kind == TokenKind::Word {
        return t.hash;
    }
    let b = bytes(text, t);
    let (first, last) = match b {
        [] => (0, 0),
        [a, .., z] => (*a, *z),
        [a] => (*a, *a),
    };
    WordFilter::hash_parts(first, last, b.len())
}
