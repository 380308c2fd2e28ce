//! Word tests shared by the chunker and the cues of people: the stopwords that are never a
//! name when capitalized, and the month and weekday names that the date recognizer owns.
//! Imports none of the other name modules, so any of them may ask it.

use crate::lexicon::{calendar, class, classes, WordFilter, WordList};
use crate::token::{Token, TokenKind};

/// Particles inside people's names ("van", "de", "al"), lower case.
static PARTICLES: WordList = WordList::new(class::NAMES_PARTICLE);

/// True for a name particle as written ("van", "de la"'s "de").
pub(crate) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(word)
}

/// True for a word whose lower-case form is a name particle ("De", "Van").
pub(super) fn is_particle_lower(word: &str) -> bool {
    PARTICLES.contains_lower(word)
}

/// Prepositions after which an unlisted name is a place ("in", "near").
static LOCATIVES: WordList = WordList::new(class::NAMES_LOCATIVE);

/// True for a locative preposition, in any case ("in", "Near").
pub(crate) fn is_locative(word: &str) -> bool {
    LOCATIVES.contains_lower(word)
}

/// True for a capitalized word that may be a name no list has: lower-case letters after
/// its capital, and no ordinary word, listed name or given name ("Pampanga", "Dawanau").
pub(crate) fn is_unlisted_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !crate::lexicon::english::is_common_word(word)
        && crate::gazetteer::GAZETTEER.lookup(word).is_empty()
        && !crate::gazetteer::GAZETTEER.is_given_name(word)
}

/// Words in capitals that label the line they open ("SOURCE").
static LINE_LABELS: WordList = WordList::new(class::NAMES_LINE_LABEL);

/// True for a label in capitals ([`LINE_LABELS`]) that opens a line, no part of the name
/// after it ("SOURCE Acme Inc.").
#[cold]
#[inline(never)]
pub(super) fn is_line_label(word: &str) -> bool {
    word.len() > 3 && word.bytes().all(|b| b.is_ascii_uppercase()) && LINE_LABELS.contains(word)
}

/// The stopwords, asked about in lower case.
static STOPWORDS: WordList = WordList::new(class::STOPWORDS);

/// True for a word that is never a name when capitalized ("The", "However").
#[inline]
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

/// [`is_stopword`] for token `t` of `text`, asked with the hash it carries: its text is
/// sliced only past the filter.
#[inline(always)]
pub(super) fn is_stopword_token(text: &str, t: &Token) -> bool {
    (STOPWORDS.may_contain_hash(t.hash) || !is_ascii_token(text, t))
        && is_listed_stopword(t.text(text))
}

/// True when token `t` of `text` is ASCII: a token of up to eight bytes is told by one
/// load where eight bytes are there to read.
#[inline(always)]
fn is_ascii_token(text: &str, t: &Token) -> bool {
    let n = t.end - t.start;
    match text.as_bytes().get(t.start..t.start + 8) {
        Some(w) if n <= 8 => {
            let mask = u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0);
            crate::swar::load(w) & crate::swar::HIGH_BITS & mask == 0
        }
        _ => bytes(text, t).is_ascii(),
    }
}

/// [`is_stopword`] for a word that the filter of stopwords passed, remembered per thread.
fn is_listed_stopword(word: &str) -> bool {
    remembered(word, STOPWORD, stopword_as_written)
}

/// [`is_stopword`] for a word that the filter of stopwords passed: one look-up, then its
/// case.
fn stopword_as_written(word: &str) -> bool {
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
    calendar::is_capitalized_name(crate::lexicon::trim_dots(word))
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

/// True when every byte of `word` is an ASCII letter or digit: a word of up to sixteen
/// bytes is told eight bytes at a time, in loads that may overlap.
#[inline(always)]
pub(super) fn is_alphanumeric(word: &str) -> bool {
    use crate::swar::{byte_range, load, HIGH_BITS, LOW_BITS};
    // All eight bytes of `w` are ASCII letters or digits.
    let all = |w: u64| {
        w & HIGH_BITS == 0
            && (byte_range(w | (LOW_BITS * 0x20), b'a', b'z') | byte_range(w, b'0', b'9'))
                == HIGH_BITS
    };
    let b = word.as_bytes();
    let n = b.len();
    match n {
        0 => true,
        // The bytes of a short word, then letters.
        1..=3 => all(u64::from(b[0])
            | u64::from(b[n / 2]) << 8
            | u64::from(b[n - 1]) << 16
            | (LOW_BITS * u64::from(b'a')) << 24),
        4..=7 => {
            let at = |k: usize| {
                u64::from(u32::from_le_bytes(
                    b[k..k + 4].try_into().unwrap_or_default(),
                ))
            };
            all(at(0) | at(n - 4) << 32)
        }
        8..=16 => all(load(b)) && all(load(&b[n - 8..])),
        _ => b.iter().all(u8::is_ascii_alphanumeric),
    }
}

/// A fact about a word that [`remembered`] keeps: its bit among a slot's facts.
#[derive(Clone, Copy)]
pub(super) struct Fact(u8);

/// A title may start with the word ([`super::person::may_start_title`]).
pub(super) const TITLE_START: Fact = Fact(0);
/// The word is a title or role ([`super::person`]'s `is_title_word`).
pub(super) const TITLE_WORD: Fact = Fact(1);
/// The word is a common English word ([`is_common_word`]).
pub(super) const COMMON: Fact = Fact(2);
/// The word is capitalized for other reasons than being a name
/// ([`super::person::is_common`]).
pub(super) const CAPITALIZED_WORD: Fact = Fact(3);

/// The word is a stopword as written ([`is_stopword`]).
const STOPWORD: Fact = Fact(4);
/// Some built-in name of several tokens may open with the word
/// ([`crate::gazetteer::Gazetteer::opens_longer_name`]).
pub(super) const OPENS_LONGER: Fact = Fact(5);
/// Some built-in name of several tokens may open with the word and a space.
pub(super) const OPENS_LONGER_SPACED: Fact = Fact(6);

/// [`crate::lexicon::english::is_common_word`], remembered per thread.
pub(super) fn is_common_word(word: &str) -> bool {
    remembered(word, COMMON, crate::lexicon::english::is_common_word)
}

/// `fact` about `word`, as `compute` answers it, remembered per thread for words of up to
/// 15 bytes: classification asks the same few questions about the same words ("Mr",
/// "Minister", "Group") again and again, and a probe costs a fraction of a look-up. The
/// table is direct-mapped (a newer word takes an older one's slot) and each fact is a pure
/// function of the word, so output does not depend on what was asked before.
pub(super) fn remembered(word: &str, fact: Fact, compute: impl FnOnce(&str) -> bool) -> bool {
    /// Slots in the table (a power of two).
    const SLOTS: usize = 1 << 14;
    /// A slot: the word's bytes as two numbers, then its length, the facts known and
    /// their values, a byte each.
    type Slot = ([u64; 2], u32);
    /// The table, of a fixed size: a slot is read with no bounds test.
    type Table = Option<Box<[Slot; SLOTS]>>;
    thread_local! {
        static MEMO: std::cell::RefCell<Table> = const { std::cell::RefCell::new(None) };
    }
    let b = word.as_bytes();
    let n = b.len();
    if n == 0 || n > 15 {
        return compute(word);
    }
    // The bytes in loads that may overlap, told apart by the length.
    let key = match n {
        1..=3 => [
            u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
            0,
        ],
        4..=7 => {
            let at = |k: usize| u64::from(u32::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3]]));
            [at(0) | at(n - 4) << 32, 0]
        }
        _ => {
            let at = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().unwrap_or_default());
            [at(0), at(n - 8)]
        }
    };
    let slot = ((key[0] ^ key[1].rotate_left(29) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - SLOTS.trailing_zeros())) as usize;
    let (known, value) = (1u32 << (8 + fact.0), 1u32 << (16 + fact.0));
    let found = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let table = memo.get_or_insert_with(|| {
            // Zeroed at once on the heap, never built on the stack.
            let zeroed = vec![([0; 2], 0); SLOTS].into_boxed_slice();
            zeroed.try_into().unwrap_or_else(|_| unreachable!())
        });
        let (k, facts) = table[slot];
        (k == key && facts & 0xFF == n as u32 && facts & known != 0).then_some(facts & value != 0)
    });
    if let Some(answer) = found {
        return answer;
    }
    // Computed with the table released: a fact may ask about others.
    let answer = compute(word);
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let Some(table) = memo.as_mut() else {
            return;
        };
        let s = &mut table[slot];
        if s.0 != key || s.1 & 0xFF != n as u32 {
            *s = (key, n as u32);
        }
        s.1 |= known | if answer { value } else { 0 };
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loads of [`is_alphanumeric`] answer as the bytes do, at every length it loads
    /// and beyond, with a byte of every kind at every place.
    #[test]
    fn is_alphanumeric_agrees_with_the_bytes() {
        for n in 0..=18 {
            for at in 0..n.max(1) {
                for c in [
                    'a', 'Z', '0', '9', '-', '.', ' ', '@', '[', '`', '{', '/', ':', 'é',
                ] {
                    let mut w: Vec<char> = "aB3dEf7hIj1lMn5pQr".chars().take(n).collect();
                    if at < n {
                        w[at] = c;
                    }
                    let w: String = w.into_iter().collect();
                    let want = w.bytes().all(|b| b.is_ascii_alphanumeric());
                    assert_eq!(is_alphanumeric(&w), want, "{w:?}");
                }
            }
        }
    }

    /// A remembered fact is the computed one, asked twice, for words of every length the
    /// table keys on and beyond, which differ in one byte or in length.
    #[test]
    fn remembered_facts_answer_as_computed() {
        let words = [
            "a",
            "I",
            "Mr",
            "Ms",
            "The",
            "the",
            "Fair",
            "Fairs",
            "Minister",
            "Ministers",
            "President",
            "Presidents",
            "administration",
            "Administrations",
            "Internationalism",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "Zetterquist",
            "café",
            "",
        ];
        for _ in 0..2 {
            for w in words {
                let common = crate::lexicon::english::is_common_word(w);
                assert_eq!(is_common_word(w), common, "{w:?}");
                let long = w.len() > 8;
                assert_eq!(remembered(w, TITLE_WORD, |x| x.len() > 8), long, "{w:?}");
            }
        }
    }
}
