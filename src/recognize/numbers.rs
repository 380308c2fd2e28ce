//! Numbers as news writes them: digits with separators ("45,000", "12,34,567.89", "3.5"),
//! number words ("two", "twenty-five", "one hundred and five", "a million", "one and a half
//! billion"), and scale words and abbreviations ("million", "bn", "lakh", "crore").
//!
//! The amount and date recognizers read the stream of the one lexer, [`lex`]: digit runs,
//! letter runs and single punctuation characters, each marked `glued` when no white space
//! separates it from the token before. "US$45m" is `US` `$` `45` `m`, all glued; "10 am"
//! and "10am" differ only in the glue. The recognizers walk the tokens once, left to right,
//! instead of running one regex per pattern over the sentence.

use crate::lexicon::{set_hash_bit, WordFilter};
use crate::model::Value;
use crate::token::lower;
pub use crate::token::{mark, Lex, Tok};

/// The one lexer ([`crate::token::lex_marked`]) with the marks the amount and date
/// recognizers read ([`super::MARKS`]): appends the tokens of `text[start..end]` to `out`,
/// true when one of them is tangled.
pub fn lex(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) -> bool {
    crate::token::lex_marked(text, start, end, &super::MARKS, out)
}

/// The tokens of a phrase from a data file as [`lex`] splits text ("New Year's Eve" →
/// "New", "Year", "'", "s", "Eve"), for the tables built from the data at first use
/// (which the marks are built from: lexed without them).
pub fn phrase_tokens(phrase: &str) -> Vec<&str> {
    let mut toks = Vec::new();
    crate::token::lex(phrase, 0, phrase.len(), &mut toks);
    toks.iter().map(|t| &phrase[t.start..t.end]).collect()
}

/// The value of a number written in digits: "45,000", "3.5", "12,34,567.89" (lakh
/// grouping). `None` when the commas are not thousands groups ("20,30" is a list).
pub fn parse_digits(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    // Plain digits, most numbers: the value at once, exact below 2^53 as parsing gives it,
    // told plain in the same pass (another byte adds at most 255 to a place: no overflow).
    if (1..=15).contains(&b.len()) {
        let (mut n, mut plain) = (0u64, true);
        for &c in b {
            let d = c.wrapping_sub(b'0');
            plain &= d < 10;
            n = n * 10 + u64::from(d);
        }
        if plain {
            return Some(n as f64);
        }
    }
    // The dot and the commas found by their bytes: a number is short, and a character
    // search costs more to start than these loops.
    let (int, frac) = match b.iter().position(|&c| c == b'.') {
        Some(k) if !b[k + 1..].iter().any(|&c| c == b'.' || c == b',') => {
            (&s[..k], Some(&s[k + 1..]))
        }
        Some(_) => return None,
        None => (s, None),
    };
    if int.bytes().any(|c| c == b',') {
        // Thousands groups: three digits last, one to three first, lakh pairs between.
        let mut groups = int.split(',');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        let last_ok = groups.next_back().is_some_and(|g| g.len() == 3);
        if !(first_ok && last_ok && groups.all(|g| g.len() == 3 || g.len() == 2)) {
            return None;
        }
    }
    // The number without its commas, on the stack when it fits.
    let mut buf = [0u8; 40];
    let frac_len = frac.map_or(0, |f| 1 + f.len());
    if int.len() + frac_len > buf.len() || !s.is_ascii() {
        return parse_digits_owned(int, frac);
    }
    let mut len = 0;
    for &c in int.as_bytes().iter().filter(|&&c| c != b',') {
        buf[len] = c;
        len += 1;
    }
    if let Some(f) = frac {
        buf[len] = b'.';
        buf[len + 1..len + frac_len].copy_from_slice(f.as_bytes());
        len += frac_len;
    }
    if let Some(v) = decimal_value(&buf[..len], frac.map_or(0, str::len)) {
        return Some(v);
    }
    std::str::from_utf8(&buf[..len]).ok()?.parse().ok()
}

/// The value of `b`, one to fifteen ASCII digits with at most one dot before the last
/// `places` of them, as `str::parse` gives it: the digits as a whole number, exact below
/// 2^53, divided by an exact power of ten is the correctly rounded value. `None` for
/// anything else, left to the parser.
fn decimal_value(b: &[u8], places: usize) -> Option<f64> {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let (mut n, mut digits) = (0u64, 0usize);
    for &c in b {
        if c == b'.' {
            continue;
        }
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        n = n * 10 + u64::from(d);
        digits += 1;
        if digits > 15 {
            return None;
        }
    }
    let dots = b.len() - digits;
    if digits == 0 || dots > 1 || (dots == 0 && places > 0) {
        return None;
    }
    Some(n as f64 / POWERS[places])
}

/// [`parse_digits`] for long or non-ASCII input, through an owned string.
fn parse_digits_owned(int: &str, frac: Option<&str>) -> Option<f64> {
    let mut clean: String = int.chars().filter(|&c| c != ',').collect();
    if let Some(f) = frac {
        clean.push('.');
        clean.push_str(f);
    }
    clean.parse().ok()
}

/// The number words that [`small_word`] reads, in order of value: "zero" to "nineteen",
/// then the tens. Word lists that must admit every number word are built from it; a test
/// holds it to [`small_word`].
pub const NUMBER_WORDS: [&str; 28] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// The value of a single number word: "one" to "nineteen" and the tens.
pub fn small_word(w: &str) -> Option<f64> {
    let v = match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    };
    Some(v)
}

/// The ordinal words [`ordinal_word`] reads, with their values; word lists that must
/// admit every ordinal are built from it.
pub const ORDINAL_WORDS: [(&str, u32); 21] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// True for an ordinal written in digits with its suffix, as one word ("9th", "125th",
/// "82nd").
pub fn is_ordinal_digits(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// The value of an ordinal word ("first" -> 1, "twenty-first" is two tokens, see callers).
pub fn ordinal_word(w: &str) -> Option<u32> {
    ORDINAL_WORDS
        .iter()
        .find(|(word, _)| *word == w)
        .map(|&(_, v)| v)
}

/// The multiplier of a scale word or abbreviation ("million" -> 1e6, "bn" -> 1e9,
/// "lakh" -> 1e5, "crore" -> 1e7). Case-insensitive; single letters ("m", "k", "b") are
/// scales only where the caller allows them (glued to a number after a currency).
pub fn scale(word: &str) -> Option<f64> {
    // Nearly every word is turned away by one bit test of its filter hash, which folds
    // ASCII case as the comparison below does.
    let h = WordFilter::hash(word) >> 54;
    if SCALE_BITS[(h >> 6) as usize] >> (h & 63) & 1 == 0 {
        return None;
    }
    SCALES
        .iter()
        .find(|(w, _)| w.len() == word.len() && w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// The scale words and abbreviations that [`scale`] reads, with their multipliers.
const SCALES: [(&str, f64); 22] = [
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
];

/// [`SCALES`] as a set of 1,024 bits keyed by ten bits of a word's [`WordFilter::hash`],
/// built at compile time.
const SCALE_BITS: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut k = 0;
    while k < SCALES.len() {
        set_hash_bit(&mut bits, SCALES[k].0);
        k += 1;
    }
    bits
};

/// The scale words of a number in words, with their multipliers: "hundred", then the
/// scales that may follow it ("two hundred thousand"). [`words_number`] reads them; word
/// lists that must admit every number in words are built from it.
pub const SCALE_WORDS: [(&str, f64); 7] = [
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
];

/// The words besides [`NUMBER_WORDS`] that can open a number in words, each only before a
/// scale word: "a million", "half a million", "quarter million". [`words_number`] reads
/// them; word lists that must admit every number in words are built from it.
pub const NUMBER_OPENERS: [&str; 4] = ["a", "an", "half", "quarter"];

/// A number spelled out in words, as parsed by [`words_number`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordNumber {
    /// The value, scale applied ("two billion" -> 2e9).
    pub value: f64,
    /// Index of the token after the number.
    pub end: usize,
    /// A scale word (hundred, thousand, million ...) is part of it.
    pub scaled: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    A,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
}

/// The value of "half" or "quarter" after "and a" ("one and a half", "two and a quarter").
fn fraction_word(w: &str) -> Option<f64> {
    if w.eq_ignore_ascii_case("half") {
        Some(0.5)
    } else if w.eq_ignore_ascii_case("quarter") {
        Some(0.25)
    } else {
        None
    }
}

/// Parses number words at token `i`: "twenty-five", "one hundred and five", "two thousand
/// five hundred", "a million", "half a million", "one and a half billion", "a quarter
/// million", "one point three". "a"/"an" and "half" count only before a scale word.
pub fn words_number(text: &str, toks: &[Tok], i: usize) -> Option<WordNumber> {
    let word = |j: usize| -> Option<&str> {
        toks.get(j)
            .filter(|t| t.kind == Lex::Word)
            .map(|t| &text[t.start..t.end])
    };
    let is_scale_word = |j: usize| {
        word(j).is_some_and(|w| {
            let mut buf = [0u8; 24];
            lower(w, &mut buf).is_some_and(|w| SCALE_WORDS.iter().any(|&(s, _)| s == w))
        })
    };
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut last_scale = f64::INFINITY;
    let mut last = Last::None;
    let mut scaled = false;
    let mut j = i;
    let mut end = i;
    let mut buf = [0u8; 24];
    while let Some(w) = word(j) {
        let Some(lw) = lower(w, &mut buf) else {
            break;
        };
        match lw {
            "a" | "an" if last == Last::None => {
                // "a million", "a hundred", "a half million", "a quarter million".
                let next_ok = is_scale_word(j + 1)
                    || word(j + 1).is_some_and(|n| {
                        (n.eq_ignore_ascii_case("quarter") || n.eq_ignore_ascii_case("half"))
                            && is_scale_word(j + 2)
                    });
                if !next_ok {
                    break;
                }
                last = Last::A;
            }
            "a" if last == Last::And => {
                // "one and a half", "two and a quarter".
                if let Some(part) = word(j + 1).and_then(fraction_word) {
                    cur += part;
                    j += 2;
                    end = j;
                    last = Last::Unit;
                    continue;
                }
                break;
            }
            "half" if matches!(last, Last::None | Last::A) => {
                // "half a million", "half million", "a half million".
                let k = if word(j + 1).is_some_and(|n| n.eq_ignore_ascii_case("a")) {
                    j + 2
                } else {
                    j + 1
                };
                if !is_scale_word(k) {
                    break;
                }
                cur = 0.5;
                j = k;
                last = Last::Unit;
                continue;
            }
            "point" if matches!(last, Last::Unit | Last::Teen | Last::Tens) => {
                // "one point three", "two point five billion": digits said one by one.
                let digit = |k: usize| {
                    word(k).and_then(|d| {
                        let mut b2 = [0u8; 24];
                        lower(d, &mut b2).and_then(small_word).filter(|v| *v < 10.0)
                    })
                };
                let (mut k, mut place) = (j + 1, 0.1);
                while let Some(d) = digit(k) {
                    cur += d * place;
                    place /= 10.0;
                    k += 1;
                }
                if k == j + 1 {
                    break;
                }
                j = k;
                end = j;
                last = Last::Unit;
                continue;
            }
            "quarter" if matches!(last, Last::None | Last::A) => {
                if !is_scale_word(j + 1) {
                    break;
                }
                cur = 0.25;
                last = Last::Unit;
            }
            "hundred" => {
                if !matches!(last, Last::Unit | Last::Teen | Last::A | Last::Tens) {
                    break;
                }
                cur = if cur == 0.0 { 1.0 } else { cur } * 100.0;
                last = Last::Hundred;
                scaled = true;
            }
            "and" => {
                if !matches!(last, Last::Hundred | Last::Scale | Last::Unit) {
                    break;
                }
                let next = word(j + 1);
                let next_ok = next.is_some_and(|n| {
                    let mut b2 = [0u8; 24];
                    let ln = lower(n, &mut b2);
                    ln.is_some_and(|ln| small_word(ln).is_some())
                        || (ln == Some("a") && word(j + 2).and_then(fraction_word).is_some())
                });
                // After a unit only "and a half" (or "a quarter") continues: "three and
                // four" is two numbers.
                let half_next = word(j + 1).is_some_and(|n| n.eq_ignore_ascii_case("a"));
                if !next_ok || (last == Last::Unit && !half_next) {
                    break;
                }
                last = Last::And;
            }
            _ => {
                if let Some(sc) = scale_word(lw) {
                    if last == Last::None || last == Last::And {
                        break;
                    }
                    let base = if cur == 0.0 && total == 0.0 { 1.0 } else { cur };
                    if sc > last_scale {
                        total = (total + base) * sc;
                    } else {
                        total += base * sc;
                    }
                    last_scale = sc;
                    cur = 0.0;
                    last = Last::Scale;
                    scaled = true;
                } else if let Some(v) = small_word(lw) {
                    let ok = match last {
                        Last::None | Last::Hundred | Last::Scale | Last::And => true,
                        Last::Tens => v < 10.0,
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    cur += v;
                    last = if v < 10.0 {
                        Last::Unit
                    } else if v < 20.0 {
                        Last::Teen
                    } else {
                        Last::Tens
                    };
                    // "twenty-five": a glued hyphen and unit.
                    if last == Last::Tens
                        && toks.get(j + 1).is_some_and(|t| {
                            t.glued && t.kind == Lex::Punct && is_hyphen(&text[t.start..t.end])
                        })
                        && toks.get(j + 2).is_some_and(|t| t.glued)
                    {
                        if let Some(u) = word(j + 2).and_then(|u| {
                            let mut b2 = [0u8; 24];
                            lower(u, &mut b2).and_then(small_word)
                        }) {
                            if u < 10.0 {
                                cur += u;
                                last = Last::Unit;
                                j += 2;
                            }
                        }
                    }
                } else {
                    break;
                }
            }
        }
        j += 1;
        if last != Last::And && last != Last::A {
            end = j;
        }
    }
    if end == i {
        return None;
    }
    Some(WordNumber {
        value: total + cur,
        end,
        scaled,
    })
}

/// The multiplier of a scale word of [`SCALE_WORDS`] after "hundred" ("thousand",
/// "million").
fn scale_word(w: &str) -> Option<f64> {
    SCALE_WORDS[1..]
        .iter()
        .find(|&&(s, _)| s == w)
        .map(|&(_, v)| v)
}

/// A hyphen or dash that joins words or ranges ("-", "–", "‑").
pub fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "–" | "‑" | "—")
}

/// Rounds away binary noise from scaling ("16.6" * 1e9 is 16600000000.000002 in binary
/// floating point): the value keeps fifteen significant digits, more than news text writes,
/// and is the float nearest to that decimal, which JSON then writes as the text wrote it.
pub fn clean(v: f64) -> f64 {
    if !v.is_finite() {
        return 0.0;
    }
    // Whole numbers below 2^53 are exact: no noise to round away (most values).
    if v.fract() == 0.0 && v.abs() < 9e15 {
        return v + 0.0;
    }
    // Powers of ten up to 1e22 are exact floats, so one rounding to an integer of at most
    // fifteen digits and one exact division or product give the nearest float.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let shift = 14 - v.abs().log10().floor() as i32;
    match POW10.get(shift.unsigned_abs() as usize) {
        Some(&p) if shift >= 0 => (v * p).round() / p,
        Some(&p) => (v / p).round() * p,
        None => v,
    }
}

/// A number as an amount's value, rounding noise removed ([`clean`]).
pub fn to_value(v: f64) -> Value {
    Value::Number(clean(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Option<(f64, bool)> {
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        words_number(text, &toks, 0).map(|w| (w.value, w.scaled))
    }

    /// The plain reading [`parse_digits`] must agree with: split, check, strip, parse.
    fn parse_digits_reference(s: &str) -> Option<f64> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) if !f.contains(['.', ',']) => (i, Some(f)),
            Some(_) => return None,
            None => (s, None),
        };
        let groups: Vec<&str> = int.split(',').collect();
        if groups.len() > 1
            && !(groups[groups.len() - 1].len() == 3
                && (1..=3).contains(&groups[0].len())
                && groups[1..groups.len() - 1]
                    .iter()
                    .all(|g| g.len() == 3 || g.len() == 2))
        {
            return None;
        }
        let mut clean: String = int.chars().filter(|&c| c != ',').collect();
        if let Some(f) = frac {
            clean.push('.');
            clean.push_str(f);
        }
        clean.parse().ok()
    }

    proptest::proptest! {
        #[test]
        fn parse_digits_agrees_with_the_plain_reading(s in "[0-9,.]{0,45}|[0-9]{1,20}|[0-9]{0,9}\\.[0-9]{0,9}|[0-9a-z,.é+-]{0,12}") {
            let bits = |v: Option<f64>| v.map(f64::to_bits);
            proptest::prop_assert_eq!(bits(parse_digits(&s)), bits(parse_digits_reference(&s)));
        }
    }

    /// [`NUMBER_WORDS`] and [`NUMBER_OPENERS`] are the words that open a number in words:
    /// each of them does, before a scale word, and no other word of a long list does.
    #[test]
    fn number_words_and_openers_are_what_opens_a_number() {
        let stopwords = crate::lexicon::words::STOPWORDS.iter().copied();
        let others = [
            "dozen", "couple", "several", "hundreds", "millions", "minus", "point",
        ];
        for w in stopwords
            .chain(others)
            .chain(NUMBER_WORDS)
            .chain(NUMBER_OPENERS)
            .chain(SCALE_WORDS.map(|(w, _)| w))
        {
            let opens = SCALE_WORDS.iter().any(|(scale, _)| {
                words(&format!("{w} {scale}")).is_some()
                    || words(&format!("{w} a {scale}")).is_some()
            });
            let listed = NUMBER_WORDS.contains(&w) || NUMBER_OPENERS.contains(&w);
            assert_eq!(opens, listed, "{w}");
        }
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(parse_digits("45,000"), Some(45000.0));
        assert_eq!(parse_digits("12,34,567.89"), Some(1234567.89));
        assert_eq!(parse_digits("3.5"), Some(3.5));
        assert_eq!(parse_digits("20,30"), None);
        assert_eq!(words("twenty-five people"), Some((25.0, false)));
        assert_eq!(words("one hundred and five"), Some((105.0, true)));
        assert_eq!(words("a million"), Some((1e6, true)));
        assert_eq!(words("half a million"), Some((5e5, true)));
        assert_eq!(words("one and a half billion"), Some((1.5e9, true)));
        assert_eq!(words("two thousand five hundred"), Some((2500.0, true)));
        assert_eq!(words("a thousand million"), Some((1e9, true)));
        assert_eq!(words("a man"), None);
        assert_eq!(words("several"), None);
        assert_eq!(to_value(3.2 * 1e9).to_string(), "3200000000");
        assert_eq!(to_value(0.5).to_string(), "0.5");
    }
}
