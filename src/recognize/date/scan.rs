//! The scanner over one sentence's tokens and its readers of single tokens: words in
//! lower case, plain integers, days of the month, four-digit years.

use std::cell::Cell;

use super::clock::{MERIDIEM_WORDS, ZONE_WORDS};
use super::timex::{placeholder, shift, unit_of, Unit, UNIT_WORDS};
use super::Found;
use crate::lexicon::calendar::may_be_capitalized_name;
use crate::lexicon::{hash_bits, set_hash_bit};

use crate::calendar::Date;
use crate::recognize::numbers::{
    is_hyphen, ordinal_word, small_word, Lex, Tok, NUMBER_WORDS, SCALE_WORDS,
};

/// The words of units of time ([`unit_of`]) as a set of 1,024 bits keyed by ten bits of
/// a word's [`crate::lexicon::WordFilter::hash`] ([`set_hash_bit`]), built at compile
/// time: [`Scan::unit_at`] turns away nearly every other word with one bit test.
const UNIT_BITS: [u64; 16] = hash_bits(&UNIT_WORDS);

/// The words a number in words may run over after its first ([`words_number`]): number
/// and scale words, "a", "an", "half", "quarter", "and"; as a set of 1,024 bits keyed like
/// [`UNIT_BITS`].
const NUMBER_RUN_BITS: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut k = 0;
    while k < NUMBER_WORDS.len() + SCALE_WORDS.len() + 5 {
        let n = NUMBER_WORDS.len();
        let word = if k < n {
            NUMBER_WORDS[k]
        } else if k < n + SCALE_WORDS.len() {
            SCALE_WORDS[k - n].0
        } else {
            ["a", "an", "half", "quarter", "and"][k - n - SCALE_WORDS.len()]
        };
        set_hash_bit(&mut bits, word);
        k += 1;
    }
    bits
};

/// The words other than a month that the readers of a number, but those of a year and of
/// a number and its unit, look for right after it ([`Scan::more_after_number`]): an
/// ordinal's suffix, a decade's "s", a range's joiner, "of", "a.m.", "o'clock", "in the
/// morning", "at night", a time zone; as a set of 1,024 bits keyed like [`UNIT_BITS`].
const AFTER_NUMBER_BITS: [u64; 16] = {
    const OTHER: &[&str] = &[
        "st", "nd", "rd", "th", "s", "to", "until", "till", "and", "of", "o", "local", "in", "at",
    ];
    let lists = [OTHER, MERIDIEM_WORDS, ZONE_WORDS];
    let mut bits = [0u64; 16];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            set_hash_bit(&mut bits, lists[l][k]);
            k += 1;
        }
        l += 1;
    }
    bits
};

/// Whether token `t` begins with an ASCII capital (a month name does).
#[inline]
pub(super) fn text_upper(text: &str, t: &Tok) -> bool {
    text.as_bytes()[t.start].is_ascii_uppercase()
}

/// A scan of one sentence's tokens for dates, resolved against the reference date `r`.
pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    /// The sentence in ASCII lower case (same byte offsets).
    pub(super) low: &'a str,
    pub(super) base: usize,
    pub(super) toks: &'a [Tok],
    pub(super) r: Option<Date>,
    /// How deep [`Scan::at`] is nested: expressions look for a date after them ("Tuesday,
    /// March 3", "the end of next month"), and a run of such words ("Monday Monday ...",
    /// "end of end of ...") must not nest one call per word.
    pub(super) depth: Cell<u8>,
    /// Set when a read was cut at [`MAX_DEPTH`] (its "nothing" may then
    /// be the depth's, not the text's).
    pub(super) cut: Cell<bool>,
    /// A token where the scan, asked at the top level, surely finds nothing: "the" before
    /// it read it in full and found none (`usize::MAX` while there is none).
    pub(super) empty: Cell<usize>,
    /// Whether the sentence is the article's headline (its structure's title).
    pub(super) headline: bool,
}

/// The deepest [`Scan::at`] nests; real expressions need three or four levels.
const MAX_DEPTH: u8 = 8;

impl<'a> Scan<'a> {
    /// `read` one level deeper, nothing past [`MAX_DEPTH`].
    #[inline]
    pub(super) fn nested(&self, read: impl FnOnce() -> Option<Found>) -> Option<Found> {
        let depth = self.depth.get();
        if depth >= MAX_DEPTH {
            self.cut.set(true);
            return None;
        }
        self.depth.set(depth + 1);
        let found = read();
        self.depth.set(depth);
        found
    }

    pub(super) fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` in lower case ("" past the end).
    pub(super) fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.low[t.start - self.base..t.end - self.base])
    }

    pub(super) fn kind(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Lex::Word)
    }

    pub(super) fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Lex::Number)
    }

    pub(super) fn any(&self, i: usize, words: &[&str]) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // The lower-case bytes, compared length and first byte first: no slice of the text
        // as a string, and few calls to compare.
        let low = &self.low.as_bytes()[t.start - self.base..t.end - self.base];
        words.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == low.len() && w[0] == low[0] && w == low
        })
    }

    pub(super) fn cap(&self, i: usize) -> bool {
        self.is_word(i) && self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether tokens `start..end` read as the title of a show or a work in running text
    /// rather than a time ("on CBS's 60 Minutes", ABC's "This Week"): a unit of time from
    /// seconds to months written with a capital past the sentence's start ("Day", "Year"
    /// and "Century" are capitalised in holidays and in some styles), no year among the
    /// tokens, in a sentence that is no headline and is not written in title case.
    pub(super) fn titled(&self, start: usize, end: usize) -> bool {
        if self.headline || start == 0 {
            return false;
        }
        // Most dates have no such unit: told by the first byte and the units' filter.
        let capital_unit = self.toks[start..end].iter().enumerate().any(|(k, t)| {
            t.kind == Lex::Word
                && text_upper(self.text, t)
                && self.unit_at(start + k).is_some_and(|(u, _)| {
                    matches!(
                        u,
                        Unit::Second | Unit::Minute | Unit::Hour | Unit::Week | Unit::Month
                    )
                })
        });
        capital_unit && self.titled_sentence(start, end)
    }

    /// [`Scan::titled`] past its capitalised unit: no year among tokens `start..end`, and
    /// the sentence in running text, not title case.
    #[cold]
    fn titled_sentence(&self, start: usize, end: usize) -> bool {
        if (start..end).any(|k| self.year_at(k).is_some()) {
            return false;
        }
        // Running text has words in lower case; a title-case line has few or none.
        let lower = (0..self.toks.len())
            .filter(|&k| {
                self.is_word(k)
                    && self.t(k).len() > 3
                    && self.t(k).starts_with(|c: char| c.is_ascii_lowercase())
            })
            .count();
        lower >= 2
    }

    /// A whole count at token `k`, in digits or a word ("10", "three").
    pub(super) fn whole_count(&self, k: usize) -> Option<f64> {
        self.int(k).map(f64::from).or_else(|| small_word(self.w(k)))
    }

    /// Whether tokens from `j` on are "o'clock" (straight or curly apostrophe).
    pub(super) fn oclock(&self, j: usize) -> bool {
        self.w(j) == "o" && matches!(self.t(j + 1), "'" | "’") && self.w(j + 2) == "clock"
    }

    /// An integer written in plain digits (no separators).
    pub(super) fn int(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Lex::Number || t.end - t.start > 9 {
            return None;
        }
        // Nine digits at most: the value fits, and is read without `str::parse`.
        let digits = &self.text.as_bytes()[t.start..t.end];
        let mut n = 0u32;
        for &b in digits {
            let d = b.wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            n = n * 10 + u32::from(d);
        }
        (!digits.is_empty()).then_some(n)
    }

    /// The unit of time that token `k` names ("years", "hr"), as [`unit_of`] reads it: most
    /// tokens are turned away by a filter of the units' words before their text is sliced.
    #[inline(always)]
    pub(super) fn unit_at(&self, k: usize) -> Option<(Unit, bool)> {
        let t = self.toks.get(k)?;
        // Units are words of letters (numbers start with a digit, punctuation is one
        // character); a word's hash folds ASCII case, as the lower-case text does.
        let h = t.hash >> 54;
        if t.kind != Lex::Word || UNIT_BITS[(h >> 6) as usize] >> (h & 63) & 1 == 0 {
            return None;
        }
        self.unit_named(k)
    }

    /// False when no unit of time can follow the number in words that starts at token
    /// `i`: none is among the tokens it may run over ([`NUMBER_RUN_BITS`], hyphens) and the
    /// two after them, where [`Scan::number_unit`] looks for one.
    pub(super) fn unit_after_number_words(&self, i: usize) -> bool {
        let mut m = i + 1;
        while let Some(t) = self.toks.get(m) {
            let h = t.hash >> 54;
            let more = match t.kind {
                Lex::Word => NUMBER_RUN_BITS[(h >> 6) as usize] >> (h & 63) & 1 != 0,
                Lex::Punct => t.glued && is_hyphen(&self.text[t.start..t.end]),
                Lex::Number => false,
            };
            if !more {
                break;
            }
            m += 1;
        }
        (i + 1..=m + 1).any(|k| self.unit_at(k).is_some())
    }

    /// False when no reader of the number at `i` but those of a year and of a number and
    /// its unit can find anything: the token after it is none of a colon, a hyphen, a
    /// slash, a month or the words of [`AFTER_NUMBER_BITS`]. (A dotted date, "23.08.2025",
    /// is one token and is asked for apart.)
    #[inline]
    pub(super) fn more_after_number(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i + 1) else {
            return false;
        };
        match t.kind {
            Lex::Number => false,
            // ":", "/", "-" and the dashes, which start with byte 0xE2.
            Lex::Punct => matches!(self.text.as_bytes()[t.start], b':' | b'/' | b'-' | 0xE2),
            Lex::Word => {
                let h = t.hash >> 54;
                AFTER_NUMBER_BITS[(h >> 6) as usize] >> (h & 63) & 1 != 0
                    || may_be_capitalized_name(t.hash)
            }
        }
    }

    /// [`unit_of`] token `k`, past the filter of [`Scan::unit_at`].
    #[inline(never)]
    fn unit_named(&self, k: usize) -> Option<(Unit, bool)> {
        unit_of(self.w(k))
    }

    /// The token after a month's or weekday's name at `i`, past the glued dot of an
    /// abbreviation (`abbr`: "Aug.", "Tue.").
    pub(super) fn past_name(&self, i: usize, abbr: bool) -> usize {
        if abbr && self.t(i + 1) == "." && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    /// A year written in two digits (`yy`): this century's up to ten years ahead of the
    /// reference date (or of 2026 without one), else the last century's.
    pub(super) fn two_digit_year(&self, yy: i32) -> i32 {
        let now = self.r.map_or(2026, |r| r.year);
        let c = now / 100 * 100;
        if c + yy <= now + 10 {
            c + yy
        } else {
            c - 100 + yy
        }
    }

    /// The reference date moved by `n` units ([`shift`]); without a reference date, the
    /// placeholder of the unit's granularity ([`placeholder`]: "last year" is `XXXX`).
    pub(super) fn shifted(&self, n: i64, unit: Unit) -> Option<String> {
        match self.r {
            Some(r) => shift(r, n, unit),
            None => placeholder(unit),
        }
    }

    /// The reference date moved by `n` days, in ISO 8601; without a reference date, the
    /// placeholder of a day (`XXXX-XX-XX`).
    pub(super) fn day(&self, n: i64) -> String {
        match self.r {
            Some(r) => r.add_days(n).to_string(),
            None => "XXXX-XX-XX".to_string(),
        }
    }

    /// "last year", "this year", "next year" at token `k`: the shift from the reference
    /// year (-1, 0, 1).
    pub(super) fn year_shift_at(&self, k: usize) -> Option<i32> {
        if self.w(k + 1) != "year" {
            return None;
        }
        match self.w(k) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        }
    }

    /// A glued letter or digit after token `i` (the expression would end inside a word).
    pub(super) fn glued_alnum_after(&self, i: usize) -> bool {
        self.glued(i + 1) && matches!(self.kind(i + 1), Some(Lex::Word | Lex::Number))
    }

    /// A day of the month at `i`: "4", "4th", "04"; returns the day and the next token.
    pub(super) fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        // One or two digits (a number token that short has no separator), read from the
        // bytes.
        let t = self.toks.get(i)?;
        if t.kind != Lex::Number || t.end - t.start > 2 {
            return None;
        }
        let d = self.text.as_bytes()[t.start..t.end]
            .iter()
            .fold(0, |n, &b| n * 10 + u32::from(b - b'0'));
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) && self.any(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        }
        if self.glued_alnum_after(j - 1) {
            return None;
        }
        Some((d, j))
    }

    /// An ordinal day in words: "first", "twenty-first", "thirtieth".
    pub(super) fn day_word_at(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if let Some(d) = ordinal_word(w) {
            return Some((d, i + 1));
        }
        let tens = match w {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        let j = if is_hyphen(self.t(i + 1)) && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let unit = ordinal_word(self.w(j)).filter(|u| *u < 10)?;
        (tens + unit <= 31).then_some((tens + unit, j + 1))
    }

    /// A four-digit year at `i` (1000-2199, plausible as a calendar year here).
    pub(super) fn year_at(&self, i: usize) -> Option<i32> {
        // Four digits, read from the bytes (a number token that short with a separator,
        // "3.14", is turned away by its digits).
        let t = self.toks.get(i)?;
        if t.kind != Lex::Number || t.end - t.start != 4 {
            return None;
        }
        let mut y = 0;
        for &b in &self.text.as_bytes()[t.start..t.end] {
            let d = b.wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            y = y * 10 + i32::from(d);
        }
        (1000..=2199).contains(&y).then_some(y)
    }
}

/// The best of the candidates offered so far: the longest (the earliest start among
/// equals, then the first offered).
#[derive(Default)]
pub(super) struct Longest(pub(super) Option<Found>);

impl Longest {
    pub(super) fn offer(&mut self, f: Option<Found>) {
        let Some(f) = f else { return };
        if self
            .0
            .as_ref()
            .is_none_or(|b| f.end > b.end || (f.end == b.end && f.start < b.start))
        {
            self.0 = Some(f);
        }
    }
}
