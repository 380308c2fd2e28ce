//! Cheap pre-filters that let the scan skip what cannot hold an amount: a sentence with
//! no number and no word that carries an amount, a token that cannot start one, a token
//! that opens no unit or currency phrase.

use std::sync::LazyLock;

use super::money::{
    code_of, scaled_code, signlike, CURRENCY_FIRST, LOWER_CODES, MINOR_UNITS, SYMBOLS,
};
use super::percent::{PERCENT_SIGNS, PERCENT_WORDS, POINT_FRACTIONS};
use super::unit::spaced_surfaces;
use super::unit::UNIT_FIRST;
use super::SIGN_WORDS;
use crate::gazetteer::GAZETTEER;
use crate::lexicon::{FilteredSet, HashSlots, WordFilter, WordMarks};
use crate::recognize::numbers::{
    mark, phrase_tokens, Lex, Tok, NUMBER_OPENERS, NUMBER_WORDS, SCALE_WORDS,
};
use crate::token::{lower, CAPITALIZED};

/// A sentence with neither a number nor a token of [`CARRIERS`] has no amount, and is
/// skipped: a look at each token, most of them settled by their kind or a filter.
pub(super) fn may_hold_amount(text: &str, toks: &[Tok]) -> bool {
    let carriers = &*CARRIERS;
    let mut buf = [0u8; 24];
    // Most tokens are settled by their marks: the text is sliced only for the few that
    // pass (numbers have every mark).
    toks.iter().any(|t| {
        // A code is in capitals: a token without the mark that does not open with one is
        // none of them.
        (t.marks & mark::AMOUNT_CARRIER != 0 || t.shape & CAPITALIZED != 0)
            && match t.kind {
                Lex::Number => true,
                Lex::Word => {
                    // The mark turns away most words before they are looked up.
                    let carrier = t.marks & mark::AMOUNT_CARRIER != 0 && {
                        let s = &text[t.start..t.end];
                        if s.is_ascii() {
                            // Words longer than the stack buffer of `has_word` are none.
                            s.len() <= buf.len() && carriers.by_hash.has_lower(t.hash, s)
                        } else {
                            carriers.has_word(s, &mut buf)
                        }
                    };
                    // A code has three or four letters, all capitals.
                    carrier
                        || (t.shape & CAPITALIZED != 0
                            && matches!(t.end - t.start, 3 | 4)
                            && is_code(&text[t.start..t.end]))
                }
                Lex::Punct => match text.as_bytes()[t.start] {
                    // One ASCII byte (a punctuation token is one character).
                    b if b < 128 => carriers.ascii_signs[usize::from(b)],
                    _ => carriers.has_sign(&text[t.start..t.end]),
                },
            }
    })
}

/// Adds the marks the pre-filters read to `marks`: [`mark::AMOUNT_CARRIER`] to the words
/// and ASCII signs of [`CARRIERS`], [`mark::AMOUNT_START`] to [`START_WORDS`].
pub(crate) fn add_marks(marks: &mut WordMarks) {
    let carriers = &*CARRIERS;
    marks.add(
        mark::AMOUNT_CARRIER,
        carriers.words.iter().map(String::as_str),
    );
    for (b, _) in (0u8..).zip(carriers.ascii_signs).filter(|&(_, sign)| sign) {
        marks.add_ascii(mark::AMOUNT_CARRIER, b);
    }
    marks.add(mark::AMOUNT_START, START_WORDS.iter().copied());
}

/// A currency code in capitals, as the scan reads it after a number ("five USD", "MUSD").
/// (The lower-case codes it reads are among the [`CARRIERS`] words.)
fn is_code(w: &str) -> bool {
    matches!(w.len(), 3 | 4)
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && (code_of(w, false).is_some() || scaled_code(w).is_some())
}

/// What carries an amount in a sentence without digits. Such an amount is a number in
/// words followed by a scale word ("a million") or by a suffix that opens with a percent
/// word or sign ("twenty percent"), a currency word ("five naira"), a minor unit ("fifty
/// cents"), a code ("five USD"), a unit ("two miles") or a currency sign ("ten €"); or a
/// fraction of a point ("a quarter-point"). Built at first use from the tables the scan
/// reads these from, so that a word added to `data/currencies.tsv` or `data/units.tsv`
/// needs nothing here.
struct Carriers {
    /// Words, lower case.
    words: FilteredSet<String>,
    /// The same words by the hash that tokens carry, for ASCII tokens.
    by_hash: HashSlots<String, ()>,
    /// Single-character signs of ASCII, a flag for each byte value (one load to read).
    ascii_signs: [bool; 128],
    /// Single-character signs beyond ASCII.
    signs: foldhash::HashSet<char>,
    /// A bit for the low six bits of each code point of `signs`: most punctuation beyond
    /// ASCII (curly quotes, dashes) is turned away before the set is asked.
    sign_bits: u64,
}

impl Carriers {
    /// `word` (any case) is a carrier word.
    fn has_word(&self, word: &str, buf: &mut [u8; 24]) -> bool {
        match lower(word, buf) {
            Some(w) => self.words.contains(w),
            // Words beyond ASCII ("złoty", "colón") are rare: lower-cased in full.
            None => !word.is_ascii() && self.words.contains(&word.to_lowercase()),
        }
    }

    /// The punctuation token `sign` (one character) is a carrier sign.
    fn has_sign(&self, sign: &str) -> bool {
        match sign.as_bytes() {
            &[b] if b < 128 => self.ascii_signs[usize::from(b)],
            _ => sign.chars().next().is_some_and(|c| {
                self.sign_bits >> (u32::from(c) & 63) & 1 == 1 && self.signs.contains(&c)
            }),
        }
    }
}

/// The words and signs that carry an amount without digits.
static CARRIERS: LazyLock<Carriers> = LazyLock::new(|| {
    let mut words: foldhash::HashSet<String> = SCALE_WORDS
        .iter()
        .map(|&(w, _)| w)
        .chain(PERCENT_WORDS)
        .chain(POINT_FRACTIONS.iter().map(|&(w, _)| w))
        .chain(MINOR_UNITS.iter().map(|&(w, _)| w))
        .chain(LOWER_CODES.iter().copied())
        .map(str::to_string)
        .collect();
    let mut signs: Vec<&str> = PERCENT_SIGNS.to_vec();
    // A currency word or unit is matched whole, so one of its tokens is enough: one that
    // already carries ("dollars" of "US dollars", "kilometres" of "kilometres per hour"),
    // else the longest (the first of equals), as a rule the rarest.
    let mut phrases: Vec<Vec<&str>> = GAZETTEER
        .currency_words()
        .map(|(w, _)| w)
        .chain(spaced_surfaces())
        .map(phrase_tokens)
        .collect();
    phrases.sort_by_key(Vec::len);
    for parts in &phrases {
        if parts.iter().any(|p| words.contains(&p.to_lowercase())) {
            continue;
        }
        match parts.iter().rev().max_by_key(|p| p.chars().count()) {
            Some(w) if w.starts_with(char::is_alphabetic) => {
                words.insert(w.to_lowercase());
            }
            Some(sign) => signs.push(sign),
            None => {}
        }
    }
    // A currency sign after the number: its marks ("€", the "$" of "NZ$"), or its letters
    // where it has no mark but a dot ("kr", "Rs.").
    for (&surface, _) in SYMBOLS.iter().filter(|(s, _)| signlike(s)) {
        let parts = phrase_tokens(surface);
        let marks: Vec<&str> = parts
            .iter()
            .copied()
            .filter(|p| !p.starts_with(char::is_alphanumeric) && *p != ".")
            .collect();
        if marks.is_empty() {
            let letters = parts.iter().filter(|p| p.starts_with(char::is_alphabetic));
            words.extend(letters.map(|p| p.to_lowercase()));
        } else {
            signs.extend(marks);
        }
    }
    let words: FilteredSet<String> = words.into_iter().collect();
    let mut carriers = Carriers {
        by_hash: HashSlots::new(words.iter().map(|w| (w.clone(), ()))),
        words,
        ascii_signs: [false; 128],
        signs: foldhash::HashSet::default(),
        sign_bits: 0,
    };
    for sign in signs {
        let mut chars = sign.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii() => carriers.ascii_signs[c as usize] = true,
            (Some(c), None) => {
                carriers.signs.insert(c);
                carriers.sign_bits |= 1 << (u32::from(c) & 63);
            }
            // Punctuation is lexed one character a token: a longer mark is never one.
            _ => {}
        }
    }
    carriers
});

/// False where [`Scan::amount_at`] is sure to find nothing, cheaply: an amount starts at a
/// number; at a sign, currency or code right before one, or glued to one through up to
/// two more tokens ("$5", "US$5", "- 5"), or spaced as in tokenized wire text ("us $ 5");
/// or at a word that can begin a number or a fraction of a point in words ("a million",
/// "half a percentage point", "twenty", "minus five").
pub(super) fn may_start_amount(text: &str, toks: &[Tok], i: usize) -> bool {
    let tok = toks[i];
    if tok.kind == Lex::Number {
        return true;
    }
    // The commonest token, a word spaced before another word, starts an amount only as a
    // word that opens one: settled by the filter of such words first.
    if tok.kind == Lex::Word
        && toks
            .get(i + 1)
            .is_some_and(|t| t.kind == Lex::Word && !t.glued)
    {
        return tok.marks & mark::AMOUNT_START != 0 && start_word(text, toks, i, false);
    }
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Lex::Number);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    // The next token, read once: most tokens are settled by it and their own kind.
    let (next_num, next_glued, next_punct) = toks.get(i + 1).map_or((false, false, false), |t| {
        (t.kind == Lex::Number, t.glued, t.kind == Lex::Punct)
    });
    if (next_glued && (num(i + 2) || (glued(i + 2) && num(i + 3))))
        || (tok.kind == Lex::Word
            && next_punct
            && num(i + 2)
            && toks.get(i + 1).is_some_and(|t| t.is_byte(text, b'$')))
    {
        return true;
    }
    if next_num {
        // A word spaced before a number ("in 2004") starts an amount only as a sign, a
        // currency or code, or the first word of a number.
        return tok.kind != Lex::Word || next_glued || may_open_before_number(text, tok);
    }
    tok.kind == Lex::Word
        && tok.marks & mark::AMOUNT_START != 0
        && start_word(text, toks, i, next_glued)
}

/// [`may_start_amount`] at the word token `i` that the filter of [`START_WORDS`] passed,
/// whose next token is glued to it when `next_glued`: the word is one of them, and "a" or
/// "an" comes before a word that may follow it in an amount.
#[inline(never)]
fn start_word(text: &str, toks: &[Tok], i: usize, next_glued: bool) -> bool {
    let tok = toks[i];
    // The word's lower-case form looked up by the hash the token carries, without a copy
    // (as `lower` would make it: ASCII words of up to 24 bytes only).
    let word = &text[tok.start..tok.end];
    word.len() <= 24
        && word.is_ascii()
        && START_SLOTS.has_lower(tok.hash, word)
        && (!matches!(tok.end - tok.start, 1 | 2)
            || !matches!(
                &text.as_bytes()[tok.start..tok.end],
                b"a" | b"A" | b"an" | b"An" | b"AN" | b"aN"
            )
            || next_glued
            || toks
                .get(i + 1)
                .is_some_and(|t| t.kind == Lex::Word && AFTER_A.may_contain_hash(t.hash)))
}

/// False when the word `tok`, spaced before a number, surely starts no amount: it is no
/// sign word, no first word of a number, no currency sign or code of letters ("US", "Rs",
/// "usd", "USD", "MUSD"). Codes in capitals are let through by their shape.
fn may_open_before_number(text: &str, tok: Tok) -> bool {
    tok.marks & mark::AMOUNT_START != 0
        || LETTER_PREFIXES.may_contain_hash(tok.hash)
        || (tok.shape & CAPITALIZED != 0 && matches!(tok.end - tok.start, 3 | 4))
        || text.as_bytes()[tok.end - 1] == b'$'
}

/// The currency signs of letters and the lower-case codes that may stand before a number
/// ("US", "Rs", "usd"), for [`may_open_before_number`].
static LETTER_PREFIXES: LazyLock<WordFilter> = LazyLock::new(|| {
    WordFilter::new(
        SYMBOLS
            .iter()
            .map(|(s, _)| *s)
            .chain(LOWER_CODES.iter().copied()),
    )
});

/// The words after "a" or "an" with which it may begin an amount: a scale word ("a
/// million"), a fraction ("a quarter million", "a half-point cut"), "percentage" ("a
/// percentage point"). Before any other word, "a" starts nothing.
static AFTER_A: LazyLock<WordFilter> = LazyLock::new(|| {
    WordFilter::new(
        SCALE_WORDS
            .iter()
            .map(|&(w, _)| w)
            .chain(POINT_FRACTIONS.iter().map(|&(w, _)| w))
            .chain(["quarter", "half", "percentage"]),
    )
});

/// False when the word token `tok` surely begins no suffix of a number
/// ([`super::Scan::suffix_at`]): it is no percent word, currency word, code, minor unit,
/// first word of a unit or sign of letters. Words beyond ASCII or longer than the
/// lower-casing buffer, and codes in capitals, are let through.
pub(super) fn may_begin_suffix(text: &str, tok: Tok) -> bool {
    tok.end - tok.start > 24
        || SUFFIX_WORDS.may_contain_hash(tok.hash)
        || (tok.shape & CAPITALIZED != 0 && matches!(tok.end - tok.start, 3 | 4))
        || !text.as_bytes()[tok.start..tok.end].is_ascii()
}

/// False when the punctuation token `tok` surely begins no suffix of a number
/// ([`super::Scan::suffix_at`]): its first byte is ASCII and opens no percent sign,
/// currency sign or unit. Characters beyond ASCII are let through.
#[inline]
pub(super) fn may_begin_suffix_sign(text: &str, tok: Tok) -> bool {
    let b = text.as_bytes()[tok.start];
    b >= 128 || *SUFFIX_SIGNS >> b & 1 == 1
}

/// The first bytes, when ASCII, of the percent signs, the currency signs and the first
/// tokens of units, a bit for each byte value: for [`may_begin_suffix_sign`].
static SUFFIX_SIGNS: LazyLock<u128> = LazyLock::new(|| {
    let firsts = PERCENT_SIGNS
        .iter()
        .copied()
        .chain(SYMBOLS.iter().map(|(s, _)| *s))
        .chain(UNIT_FIRST.iter().map(String::as_str));
    let mut bits = 0u128;
    for s in firsts {
        if let Some(&b) = s.as_bytes().first().filter(|b| b.is_ascii()) {
            bits |= 1 << b.to_ascii_lowercase() | 1 << b.to_ascii_uppercase();
        }
    }
    bits
});

/// The words that may begin a suffix, for [`may_begin_suffix`]: built from the tables the
/// suffix readers use.
static SUFFIX_WORDS: LazyLock<WordFilter> = LazyLock::new(|| {
    let symbols = SYMBOLS
        .iter()
        .flat_map(|(s, _)| std::iter::once(*s).chain(phrase_tokens(s).first().copied()));
    let owned: Vec<String> = CURRENCY_FIRST
        .iter()
        .chain(UNIT_FIRST.iter())
        .cloned()
        .collect();
    WordFilter::new(
        PERCENT_WORDS
            .iter()
            .copied()
            .chain(["p", "pounds", "pound", "us", "u.s.", "euro"])
            .chain(LOWER_CODES.iter().copied())
            .chain(MINOR_UNITS.iter().map(|&(w, _)| w))
            .chain(symbols)
            .chain(owned.iter().map(String::as_str)),
    )
});

/// The words that can begin an amount in words, which [`may_start_amount`] accepts: the
/// words that open a number in words ("two", "a million", "half a million"), a sign word
/// ("minus five"), a fraction of a point ("quarter-point").
static START_WORDS: LazyLock<FilteredSet> = LazyLock::new(|| {
    NUMBER_WORDS
        .into_iter()
        .chain(NUMBER_OPENERS)
        .chain(SIGN_WORDS)
        .chain(POINT_FRACTIONS.map(|(w, _)| w))
        .collect()
});

/// [`START_WORDS`] by the hash that word tokens carry, for [`start_word`].
static START_SLOTS: LazyLock<HashSlots<&'static str, ()>> =
    LazyLock::new(|| HashSlots::new(START_WORDS.iter().map(|&w| (w, ()))));

#[cfg(test)]
mod tests {
    use super::super::tests::amounts;
    use super::super::{scan_amounts, Scan, Step};
    use super::*;
    use crate::gazetteer::data_rows;
    use crate::lexicon::WordFilter;
    use crate::recognize::numbers::{lex, small_word};

    fn lexed(text: &str) -> Vec<Tok> {
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        toks
    }

    /// The table by hash answers as the set: every carrier word in any ASCII case, and no
    /// other word.
    #[test]
    fn carrier_words_by_hash_agree_with_the_set() {
        let carriers = &*CARRIERS;
        for w in carriers.words.iter().filter(|w| w.is_ascii()) {
            for form in [w.clone(), w.to_uppercase()] {
                assert!(
                    carriers.by_hash.has_lower(WordFilter::hash(&form), &form),
                    "{form}"
                );
            }
        }
        for w in ["the", "said", "Dollar-", "centss", "PERCENTAGE"] {
            let mut buf = [0u8; 24];
            assert_eq!(
                carriers.by_hash.has_lower(WordFilter::hash(w), w),
                carriers.has_word(w, &mut buf),
                "{w}"
            );
        }
    }

    #[test]
    fn start_word_filter_admits_every_number_word() {
        for (k, w) in NUMBER_WORDS.iter().enumerate() {
            let value = if k < 20 { k } else { 10 * (k - 18) };
            assert_eq!(small_word(w), Some(value as f64), "{w}");
            for form in [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
            ] {
                assert!(START_WORDS.may_contain(&form), "{form}");
            }
        }
    }

    /// Every currency word of the gazetteer lets a sentence without digits through, in
    /// the case it is listed in, in capitals and capitalised, and is read as its currency.
    #[test]
    fn every_currency_word_passes_the_filter() {
        for (word, code) in GAZETTEER.currency_words() {
            let capitalised = word[..1].to_uppercase() + &word[1..];
            for form in [word.to_string(), word.to_uppercase(), capitalised] {
                let text = format!("It cost five {form} in all.");
                assert!(may_hold_amount(&text, &lexed(&text)), "{text:?}");
            }
            // After a scale word, as a bare "crown" needs one.
            let text = format!("It cost five million {word} in all.");
            let found = amounts(&text);
            assert!(
                found
                    .iter()
                    .any(|(_, kind, v)| kind == "money" && v.ends_with(code)),
                "{text:?}: {found:?}"
            );
        }
    }

    /// Amounts in words, with no digit in the sentence.
    #[test]
    fn amounts_in_words_without_digits() {
        for (text, want) in [
            ("He paid five naira.", ("five naira", "money", "5 NGN")),
            ("It costs five baht.", ("five baht", "money", "5 THB")),
            (
                "It was two hundred rupees.",
                ("two hundred rupees", "money", "200 INR"),
            ),
            (
                "They sold it for forty shekels.",
                ("forty shekels", "money", "40 ILS"),
            ),
            ("A fine of ten kr was paid.", ("ten kr", "money", "10 SEK")),
            ("A fee of five USD applied.", ("five USD", "money", "5 USD")),
            ("It cost five € in all.", ("five €", "money", "5 EUR")),
            (
                "It cost a million yen.",
                ("a million yen", "money", "1000000 JPY"),
            ),
            ("It cost fifty cents.", ("fifty cents", "money", "0.5 USD")),
            ("It rose twenty % in all.", ("twenty %", "percent", "20")),
            (
                "It rose twenty per cent.",
                ("twenty per cent", "percent", "20"),
            ),
            (
                "They walked six kilometres.",
                ("six kilometres", "quantity", "6 km"),
            ),
            (
                "It made a quarter-point cut.",
                ("quarter-point", "percent", "0.25"),
            ),
        ] {
            let found = amounts(text);
            let got: Vec<(&str, &str, &str)> = found
                .iter()
                .map(|(t, k, v)| (t.as_str(), k.as_str(), v.as_str()))
                .collect();
            assert_eq!(got, [want], "{text:?}");
        }
    }

    /// The filter turns away no word spaced before a number where the scan finds an
    /// amount: every currency sign and phrase, code and number word, in its case, in
    /// capitals and in lower case.
    #[test]
    fn words_before_numbers_are_turned_away_only_when_nothing_starts() {
        let symbols = SYMBOLS.iter().map(|(s, _)| s.to_string());
        for p in phrases().into_iter().chain(symbols) {
            for form in [p.clone(), p.to_uppercase(), p.to_lowercase()] {
                for template in ["It was {} 5 then.", "{} 12 million", "So {} 3.5% of a {} 7"] {
                    let text = template.replace("{}", &form);
                    let toks = lexed(&text);
                    let scan = Scan::new(&text, &toks);
                    for i in 0..toks.len() {
                        if !may_start_amount(&text, &toks, i) {
                            let step = scan.amount_at(i);
                            assert!(matches!(step, Step::Nothing), "{text:?} at {i}");
                        }
                    }
                }
            }
        }
    }

    /// [`may_begin_suffix`] turns away no word at which a suffix is read: every phrase of
    /// the tables and every currency sign after a number, in its case, in capitals and in
    /// lower case, spaced or hyphenated.
    #[test]
    fn suffix_filter_turns_away_no_suffix() {
        let symbols = SYMBOLS.iter().map(|(s, _)| s.to_string());
        for p in phrases().into_iter().chain(symbols) {
            for form in [p.clone(), p.to_uppercase(), p.to_lowercase()] {
                for template in ["5 {} then", "It was 5-{} and 7{}."] {
                    let text = template.replace("{}", &form);
                    let toks = lexed(&text);
                    let scan = Scan::new(&text, &toks);
                    for (k, &tok) in toks.iter().enumerate() {
                        if tok.kind == Lex::Word && !may_begin_suffix(&text, tok) {
                            assert!(scan.read_suffix(k, false).is_none(), "{text:?} at {k}");
                            assert!(scan.read_suffix(k, true).is_none(), "{text:?} at {k}");
                        }
                    }
                }
            }
        }
    }

    /// Phrases to put after and before numbers in words: every surface of the currency and
    /// unit lists, the common words, and the other words the scan reads.
    fn phrases() -> Vec<String> {
        let first_column = |tsv: &'static str| data_rows(tsv).filter_map(|r| r.split('\t').next());
        let others = [
            "per cent",
            "percentage points",
            "percentage point",
            "percentage-point",
            "basis points",
            "basis-point",
            "points",
            "%",
            "％",
            "pence",
            "penny",
            "paise",
            "kopeks",
            "euro cents",
            "US cents",
            "p",
            "°",
            "a percentage point",
            "quarter-point",
            "half-point",
            "quarters of a percentage point",
            "half a percentage point",
            "MUSD",
            "KEUR",
            "usd",
        ];
        first_column(include_str!("../../../data/currencies.tsv"))
            .chain(first_column(include_str!("../../../data/units.tsv")))
            .chain(crate::lexicon::words::STOPWORDS.iter().copied())
            .chain(others)
            .chain(NUMBER_WORDS)
            .chain(SCALE_WORDS.map(|(w, _)| w))
            .map(str::to_string)
            .collect()
    }

    /// The pre-filters are exact where they must be: a sentence without digits that the
    /// scan finds an amount in passes [`may_hold_amount`], and [`may_start_amount`] turns
    /// away no token where the scan finds something.
    #[test]
    fn the_filters_turn_away_no_amount() {
        let templates = [
            "It was five {} then.",
            "It was five-{} then.",
            "It was twenty {} points.",
            "It was minus five {}.",
            "It was negative twenty {} then.",
            "It was a {} then.",
            "It was half a {} then.",
            "It was {} five {} then.",
            "{} five {}.",
        ];
        for p in phrases() {
            for form in [p.clone(), p.to_uppercase()] {
                for template in templates {
                    let text = template.replace("{}", &form);
                    if text.bytes().any(|b| b.is_ascii_digit()) {
                        continue;
                    }
                    let toks = lexed(&text);
                    let mut found = Vec::new();
                    scan_amounts(&text, &toks, &mut found);
                    if !found.is_empty() {
                        assert!(may_hold_amount(&text, &toks), "{text:?}");
                    }
                    let scan = Scan::new(&text, &toks);
                    for i in 0..toks.len() {
                        if !may_start_amount(&text, &toks, i) {
                            let step = scan.amount_at(i);
                            assert!(matches!(step, Step::Nothing), "{text:?} at {i}");
                        }
                    }
                }
            }
        }
    }
}
