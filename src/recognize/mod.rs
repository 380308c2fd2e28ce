//! Recognizers: one module per entity type, each adding [`Mention`]s for its type. Names
//! (people, places, organizations) share one chunker in [`names`], which asks the cues of
//! [`person`], [`place`] and [`organization`] to classify each run of capitalized words.

pub mod amount;
pub mod date;
pub mod names;
pub mod numbers;

pub use names::{organization, person, place};

use crate::calendar::Date;
use crate::gazetteer::NameLists;
use crate::model::Span;
use crate::segment::Structure;
use crate::token::tokenize_into;

/// A fixed list of words, asked about as a [`FilteredSet`] built on first use: the
/// recognizers ask "is this word a title, a tail, a cue" of nearly every word.
pub struct WordList {
    words: &'static [&'static str],
    set: std::sync::OnceLock<FilteredSet>,
}

impl WordList {
    /// The list of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    /// True when `word` is in the list, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// A hash set of words behind a [`WordFilter`]: for the lists built at run time (from the
/// embedded data files) that are asked about nearly every word.
pub struct FilteredSet<S = &'static str> {
    filter: WordFilter,
    set: foldhash::HashSet<S>,
}

impl<S: std::borrow::Borrow<str> + std::hash::Hash + Eq> FilteredSet<S> {
    /// True when `word` is in the set, exactly as written.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.filter.may_contain(word) && self.set.contains(word)
    }

    /// False when neither `word` nor its ASCII lower-case form is in the set; true when
    /// either may be. Lets a caller skip lower-casing most words.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.filter.may_contain(word)
    }

    /// [`FilteredSet::may_contain`] for the word of hash `h` ([`WordFilter::hash`]).
    #[inline]
    pub fn may_contain_hash(&self, h: u64) -> bool {
        self.filter.may_contain_hash(h)
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &S> {
        self.set.iter()
    }
}

impl<S: std::borrow::Borrow<str> + std::hash::Hash + Eq> FromIterator<S> for FilteredSet<S> {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> Self {
        let set: foldhash::HashSet<S> = words.into_iter().collect();
        let filter = WordFilter::new(set.iter().map(|w| w.borrow()));
        FilteredSet { filter, set }
    }
}

/// An 8,192-bit Bloom filter (two bits a word) keyed by a word's first and last bytes
/// (ASCII case folded) and its length: a word with a bit clear is surely not in the set it
/// was built from. It costs a few instructions where a hash lookup costs a hundred, and
/// turns away most words of running text.
pub struct WordFilter([u64; 128]);

impl WordFilter {
    /// The filter of `words`.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut bits = [0u64; 128];
        for w in words {
            for b in Self::bits(Self::hash(w)) {
                bits[b / 64] |= 1 << (b % 64);
            }
        }
        WordFilter(bits)
    }

    /// The hash that places `word` in any filter: tokens carry it, so that the filters a
    /// word is asked about hash it once.
    #[inline]
    pub fn hash(word: &str) -> u64 {
        let b = word.as_bytes();
        let (first, last) = match b {
            [] => (0, 0),
            [a, .., z] => (*a, *z),
            [a] => (*a, *a),
        };
        // ASCII case is folded, so the filter also answers for a word's lower-case form.
        let key = u64::from(first.to_ascii_lowercase())
            | u64::from(last.to_ascii_lowercase()) << 8
            | (b.len() as u64) << 16;
        // A multiplicative hash: the top bits of the product mix every bit of the key.
        key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    #[inline]
    fn bits(h: u64) -> [usize; 2] {
        [(h >> 51) as usize, (h >> 38) as usize & 8191]
    }

    /// False when `word` is surely not in the set, nor its ASCII lower-case form; true when
    /// either may be.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_hash(Self::hash(word))
    }

    /// [`WordFilter::may_contain`] for the word of hash `h` ([`WordFilter::hash`]).
    #[inline]
    pub fn may_contain_hash(&self, h: u64) -> bool {
        let [a, b] = Self::bits(h);
        self.0[a / 64] & (1 << (a % 64)) != 0 && self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

pub use crate::model::{Mention, Quantity};

/// Runs every recognizer over every sentence; the result may overlap (see [`crate::resolve`]).
pub fn recognize(
    text: &str,
    sentences: &[Span],
    structure: &Structure,
    reference: Option<Date>,
    lists: &NameLists,
) -> Vec<Mention> {
    // About one mention per 60 bytes of news text: room for most articles at once. Not
    // capped: a huge input reserves its vector once instead of copying it at each doubling,
    // and the pages it never fills are never touched.
    let mut out = Vec::with_capacity(text.len() / 48);
    let mut tokens = Vec::with_capacity(256);
    let mut number_tokens = Vec::with_capacity(256);
    // Names in one pass over the sentences, numbers in another: each stage's code stays in
    // the instruction cache for the whole text instead of taking turns sentence by sentence
    // (a third of the instruction cache misses). Resolution does not depend on how the
    // stages' mentions interleave.
    for &sentence in sentences {
        tokens.clear();
        tokenize_into(text, sentence.start, sentence.end, &mut tokens);
        names::find(text, sentence, &tokens, lists, &mut out);
    }
    for &sentence in sentences {
        number_tokens.clear();
        numbers::lex(text, sentence.start, sentence.end, &mut number_tokens);
        amount::find_in_tokens(text, sentence, &number_tokens, &mut out);
        date::find_in_tokens(text, sentence, &number_tokens, reference, &mut out);
    }
    amount::settle_currencies(text, structure, &mut out);
    date::settle_numeric_order(text, &mut out);
    if let Some(names) = structure.byline_names {
        person::byline(text, names, &mut out);
    }
    if let Some(place) = structure.dateline_place {
        place::dateline(text, place, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Word tokens carry their filter hash, which is also their ASCII lower-case form's
    /// (the date scan asks about the lower-cased sentence).
    #[test]
    fn tokens_carry_their_filter_hash() {
        let text = "On Tuesday, ÉLYSÉE said US$5m Was PAID in Ōsaka à la March.";
        let mut toks = Vec::new();
        numbers::lex(text, 0, text.len(), &mut toks);
        let low = text.to_ascii_lowercase();
        let words: Vec<_> = toks
            .iter()
            .filter(|t| t.kind == numbers::Lex::Word)
            .collect();
        assert!(words.len() >= 10);
        for t in words {
            assert_eq!(t.hash, WordFilter::hash(&text[t.start..t.end]));
            assert_eq!(t.hash, WordFilter::hash(&low[t.start..t.end]));
        }
    }

    #[test]
    fn filtered_sets_answer_as_their_sets() {
        let words = ["the", "a", "January", "Jan.", "", "é", "mid-year", "x"];
        let set: FilteredSet = words.iter().copied().collect();
        let plain: std::collections::HashSet<&str> = words.iter().copied().collect();
        let probes = "the a an January Jan. Jan  é e mid-year midyear x y The THE of said";
        for w in probes.split(' ').chain(words) {
            assert_eq!(set.contains(w), plain.contains(w), "{w:?}");
        }
        // The filter turns away most words it was not built from.
        let filter = WordFilter::new(words);
        let mut seed = 7u32;
        let mut letter = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + (seed >> 16) as u8 % 26)
        };
        let others: Vec<String> = (0..1000)
            .map(|n| (0..2 + n % 9).map(|_| letter()).collect())
            .collect();
        let passed = others.iter().filter(|w| filter.may_contain(w)).count();
        assert!(passed < 20, "{passed} of 1000 passed");
        // A set of hundreds of words still turns away nearly all others.
        let (set, rest) = others.split_at(400);
        let filter = WordFilter::new(set.iter().map(String::as_str));
        assert!(set.iter().all(|w| filter.may_contain(w)));
        let passed = rest.iter().filter(|w| filter.may_contain(w)).count();
        assert!(passed < 60, "{passed} of 600 passed");
    }
}
