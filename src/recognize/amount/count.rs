//! When a bare number is a count ("100,000 people", "28 others", "3 to 4 million"): not a
//! year, a time, a part of a date, an age, a label ("Article 5", "No. 10"), a list marker
//! or an address, and not followed by a word of time ("three years" is a duration).

use std::sync::LazyLock;

use super::Scan;
use crate::lexicon::calendar::TIME_UNIT_WORDS;
use crate::lexicon::words;
use crate::lexicon::{calendar, class, hash_bits, set_hash_bit, WordFilter, WordList, STOPWORDS};
use crate::recognize::numbers::{is_hyphen, parse_digits, small_word, Lex, Tok};
use crate::token::lower;

/// Words before a bare number that make it a label, not a count ("Article 5", "No. 10").
static LABELS: LazyLock<crate::lexicon::FilteredSet> =
    LazyLock::new(|| LABEL_WORDS.iter().copied().collect());

static LABEL_WORDS: &[&str] = words::AMOUNT_LABEL;

/// The month and weekday names and abbreviations, for [`is_month_word`].
static CALENDAR_WORDS: LazyLock<WordFilter> = LazyLock::new(|| {
    let lists = [
        words::CALENDAR_MONTH,
        words::CALENDAR_MONTH_ABBR,
        words::CALENDAR_WEEKDAY,
        words::CALENDAR_WEEKDAY_ABBR,
    ];
    WordFilter::new(lists.iter().flat_map(|l| l.iter().map(|&(w, _)| w)))
});

/// Plural nouns after which a four-digit number is a count, not a year ("2000 pieces"):
/// `AMOUNT_COUNT_NOUN` in the one table of the lexicon, behind a filter of their hashes.
static COUNT_NOUN_LIST: WordList = WordList::new(class::AMOUNT_COUNT_NOUN);

/// Nouns for a score before "of" and a number, which is no count ("a score of 9.8"):
/// `AMOUNT_SCORE_NOUN`.
static SCORE_NOUNS: WordList = WordList::new(class::AMOUNT_SCORE_NOUN);

/// Words for people before "over"/"under" and an age ("people over 65"): `AMOUNT_AGE_GROUP`.
static AGE_GROUPS: WordList = WordList::new(class::AMOUNT_AGE_GROUP);

/// The token `tok` of `text` is a word whose ASCII lower-case form is one of
/// the count nouns ([`COUNT_NOUN_LIST`]): most words are told by their hash, without a look at the list.
pub(crate) fn is_count_noun(text: &str, tok: Tok) -> bool {
    let w = &text[tok.start..tok.end];
    tok.kind == Lex::Word
        && COUNT_NOUN_LIST.may_contain_hash(tok.hash)
        && w.is_ascii()
        && COUNT_NOUN_LIST.contains_lower_hashed(w, tok.hash)
}

/// Nouns after which a glued "m" or "k" is a scale ("5m people", "20k copies"): what people
/// count in millions or thousands.
static COUNTED_IN_MILLIONS: &[&str] = words::AMOUNT_COUNTED_IN_MILLIONS;

/// Words of time after a number: durations and ages are dates, not amounts. The units of
/// time ([`TIME_UNIT_WORDS`]) and the words of [`NOT_UNITS`].
fn is_time_unit(w: &str) -> bool {
    // Nearly every word is turned away by one bit test of its filter hash, which folds
    // ASCII case as the comparisons below do.
    let h = WordFilter::hash(w) >> 54;
    let same = |u: &&str| u.len() == w.len() && u.eq_ignore_ascii_case(w);
    TIME_UNIT_BITS[(h >> 6) as usize] >> (h & 63) & 1 != 0
        && (TIME_UNIT_WORDS.iter().any(same) || NOT_UNITS.iter().any(same))
}

/// Words after a number that are no unit of time but still make it no count: a night of a
/// stay ("one night") and "old" after an age.
const NOT_UNITS: [&str; 2] = ["night", "old"];

/// The words of [`is_time_unit`] as a set of 1,024 bits keyed by ten bits of a word's
/// [`WordFilter::hash`], built at compile time.
const TIME_UNIT_BITS: [u64; 16] = {
    let mut bits = hash_bits(&TIME_UNIT_WORDS);
    let mut k = 0;
    while k < NOT_UNITS.len() {
        set_hash_bit(&mut bits, NOT_UNITS[k]);
        k += 1;
    }
    bits
};

/// A month name or abbreviation or a weekday (`data/words/calendar.tsv`), capitalized or
/// longer than three letters: "March 3" and "Tuesday 5" are dates, not counts.
fn is_month_word(w: &str) -> bool {
    // Most words are turned away by the filter of the calendar words, without a look-up.
    if !CALENDAR_WORDS.may_contain(w) {
        return false;
    }
    let mut buf = [0u8; 24];
    lower(w, &mut buf).is_some_and(calendar::is_month_or_weekday)
        && w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || w.len() > 3)
}

/// Digits that begin with a zero ("0800", "007"), as no count is written; not "0.5".
fn leading_zero(t: &str) -> bool {
    t.len() > 1 && t.starts_with('0') && t.bytes().all(|b| b.is_ascii_digit())
}

impl Scan<'_> {
    /// A glued "m" or "k" before token `end` is a scale: what follows is counted in
    /// millions or thousands ("5m people"), not a distance ("400m runners").
    pub(super) fn counted_in_millions(&self, end: usize) -> bool {
        !self.glued(end) && self.word_in(end, COUNTED_IN_MILLIONS)
    }

    /// Whether a number after token `p` is an end of a range of ages: `p` is the
    /// "between"/"from" of "aged between 25", or the "to"/"and" after the first end.
    fn in_age_range(&self, p: usize) -> bool {
        let aged = |k: usize| self.word_in(k, &["aged", "ages"]);
        // The word before the range's first end: "aged", or "aged between"/"aged from".
        let opens =
            |k: usize| aged(k) || (k > 0 && self.word_in(k, &["between", "from"]) && aged(k - 1));
        let first_end =
            |k: usize| self.kind(k) == Some(Lex::Number) || small_word(self.t(k)).is_some();
        (self.word_in(p, &["between", "from"]) && p > 0 && aged(p - 1))
            || (self.word_in(p, &["to", "and"]) && p >= 2 && first_end(p - 1) && opens(p - 2))
    }

    /// Token `k` is a word that makes a bare number after it a label ([`LABELS`]).
    fn is_label(&self, k: usize) -> bool {
        let mut buf = [0u8; 24];
        self.kind(k) == Some(Lex::Word)
            && lower(self.t(k), &mut buf).is_some_and(|w| LABELS.contains(w))
    }

    /// The "of" at token `p` follows a noun for a score ("a score of"), or is the "out of"
    /// after a number that does ("a score of 9.8 out of").
    fn score_before(&self, p: usize) -> bool {
        let noun = |k: usize| SCORE_NOUNS.contains_lower(self.t(k));
        p > 0
            && (noun(p - 1)
                || (self.word_in(p - 1, &["out"])
                    && p >= 4
                    && self.kind(p - 2) == Some(Lex::Number)
                    && self.word_in(p - 3, &["of"])
                    && noun(p - 4)))
    }

    /// A bare number at `start..end` can be a count (not a year, time, date part, age,
    /// label or list marker).
    pub(super) fn count_ok(&self, start: usize, end: usize) -> bool {
        let n = self.t(end - 1);
        let first = start;
        // Years are dates ("in 2017"), unless a count noun follows ("2000 pieces").
        if n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) {
            let y: u32 = n.parse().unwrap_or(0);
            let noun = self
                .toks
                .get(end)
                .is_some_and(|&t| t.end - t.start <= 24 && is_count_noun(self.text, t));
            if (1000..=2199).contains(&y) && !noun {
                return false;
            }
        }
        // A number written with a leading zero is a code or a phone number ("0800 555 111").
        if leading_zero(n) {
            return false;
        }
        // A score against a mark: "12 under par", "three-over-par".
        let mut after = end;
        if is_hyphen(self.t(after)) {
            after += 1;
        }
        if self.word_in(after, &["under", "over"]) {
            let mut k = after + 1;
            if is_hyphen(self.t(k)) {
                k += 1;
            }
            if SCORE_NOUNS.contains_lower(self.t(k)) {
                return false;
            }
        }
        let prev = first.checked_sub(1);
        if let Some(p) = prev {
            let pt = self.t(p);
            // Most counts have their noun after them: only a number without one is asked.
            if (self.kind(p) == Some(Lex::Number)
                || self.kind(end) != Some(Lex::Word)
                || n.len() == 3)
                && self.phone_number(p, end)
            {
                return false;
            }
            // Times, dates and codes: "10:30", "3/4", "Nov. 4", "#5", "+86".
            if matches!(pt, ":" | "/" | "#" | "+" | "№" | "×") && self.glued(first) {
                return false;
            }
            if self.kind(p) == Some(Lex::Word) && is_month_word(pt) {
                return false;
            }
            if pt == "." && p > 0 && is_month_word(self.t(p - 1)) {
                return false;
            }
            // "at the age of 31".
            if pt.eq_ignore_ascii_case("of") && p > 0 && self.word_in(p - 1, &["age"]) {
                return false;
            }
            // "The England international, 24, was hurt": an age in apposition.
            if pt == ","
                && p > 0
                && self.kind(p - 1) == Some(Lex::Word)
                && self.t(end) == ","
                && self.kind(end + 1) == Some(Lex::Word)
                && n.len() == 2
                && parse_digits(n).is_some_and(|v| (16.0..=99.0).contains(&v))
            {
                return false;
            }
            // Ages: "people over 65", "children under 5", "aged under 30".
            if matches!(pt, "over" | "under") && self.age_bound(p, end) {
                return false;
            }
            // Ages: "aged 46", "age 46", "who is 14", "turned 40".
            if self.word_in(p, &["aged", "age", "ages", "turned", "turns", "turning"]) {
                return false;
            }
            // "aged between 25 and 30", "aged from 18 to 24", "aged five to 14": a range
            // of ages, either end.
            if self.in_age_range(p) {
                return false;
            }
            // "He was 84.", "Liza Minnelli is 80.", "She was 91 when she retired": a whole
            // number after a person and a verb, with no noun after it, is an age.
            if self.word_in(p, &["is", "was"])
                && p > 0
                && (self.word_in(p - 1, &["who", "he", "she"])
                    || (p > 1
                        && self.is_capitalized_word(p - 1)
                        && self.kind(p - 2) == Some(Lex::Word)
                        && self.is_capitalized_word(p - 2)))
                && (!matches!(self.kind(end), Some(Lex::Word))
                    || self.word_in(end, &["when", "and", "but", "at"]))
                && n.len() <= 3
                && parse_digits(n).is_some_and(|v| (1.0..=120.0).contains(&v) && v.fract() == 0.0)
            {
                return false;
            }
            // Labels: "No. 10", "Article 5", "flight 370".
            if self.is_label(p) {
                return false;
            }
            // "Article 6(4)", "section 2(1)": a subsection's number in brackets, glued.
            if pt == "("
                && self.glued(first)
                && self.glued(p)
                && p > 0
                && self.kind(p - 1) == Some(Lex::Number)
            {
                return false;
            }
            // "Years 10 and 11", "Articles 3 and 5", "pages 10 to 12": a label's list.
            if p >= 2
                && self.word_in(p, &["and", "or", "to", "&"])
                && self.kind(p - 1) == Some(Lex::Number)
                && (self.is_label(p - 2)
                    || (p > 2 && self.is_capitalized_word(p - 2) && !self.title_case()))
            {
                return false;
            }
            // Scores: "a severity score of 9.8", and its scale ("9.8 out of 10"); a
            // score right after its noun ("one-over-par 143").
            if (pt.eq_ignore_ascii_case("of") && self.score_before(p))
                || SCORE_NOUNS.contains_lower(pt)
            {
                return false;
            }
            if pt == "."
                && p > 0
                && self.word_in(p - 1, &["no", "nos", "p", "pp", "vol", "art", "fig"])
            {
                return false;
            }
            // A capitalised word before: "Boeing 737", "Windows 10" (at the start of the
            // sentence only when it is not a common word, "About 200"; not in a title-case
            // headline).
            let opening = p == 0 || (p == 1 && self.kind(0) == Some(Lex::Punct));
            if self.is_capitalized_word(p)
                && (!opening || !STOPWORDS.contains(self.t(p).to_lowercase().as_str()))
                && !self.glued(first)
                && !self.t(p).chars().all(|c| c.is_uppercase() || c == '.')
                && !self.title_case()
            {
                return false;
            }
            // "Smith, 61, said": an age in apposition.
            if pt == "," && p > 0 && (self.is_capitalized_word(p - 1)) {
                let nv: f64 = parse_digits(n).unwrap_or(0.0);
                let after = self.t(end);
                if nv.fract() == 0.0
                    && (1.0..=120.0).contains(&nv)
                    && matches!(after, "," | ")" | ";")
                    && !n.contains(',')
                {
                    return false;
                }
            }
            // "Smith (61)"; "(212) 555-0199".
            if pt == "("
                && self.t(end) == ")"
                && ((p > 0 && self.is_capitalized_word(p - 1))
                    || self.kind(end + 1) == Some(Lex::Number))
            {
                return false;
            }
        }
        // List markers: "1." or "2)" opening the sentence.
        if first == 0 && matches!(self.t(end), "." | ")") && self.glued(end) {
            return false;
        }
        true
    }

    /// The bare number ending before token `end`, after "over" or "under" at token `p`,
    /// is an age bound: a word for people before ([`AGE_GROUPS`]), a whole number up to
    /// 120, and no noun after it ("people over 65 were", not "children in over 60
    /// countries").
    #[cold]
    fn age_bound(&self, p: usize, end: usize) -> bool {
        let mut buf = [0u8; 24];
        p > 0
            && self.kind(p - 1) == Some(Lex::Word)
            && lower(self.t(p - 1), &mut buf).is_some_and(|w| AGE_GROUPS.contains(w))
            && end - p == 2
            && parse_digits(self.t(end - 1))
                .is_some_and(|v| (1.0..=120.0).contains(&v) && v.fract() == 0.0)
            && (self.kind(end) != Some(Lex::Word)
                || STOPWORDS.contains(self.t(end).to_lowercase().as_str()))
    }

    /// The bare number ending before token `end`, after token `p`, is a phone number or
    /// part of one: after another group of digits that begins with a zero ("0800 555
    /// 111"), or after a word for calling, alone or before "on" ("call 999", "call police
    /// on 101", "ring 111"), with no word after it unless it is an emergency number.
    #[cold]
    fn phone_number(&self, p: usize, end: usize) -> bool {
        // The groups before, one space apart.
        let spaced = |k: usize| {
            k > 0
                && self
                    .toks
                    .get(k)
                    .is_some_and(|b| &self.text[self.toks[k - 1].end..b.start] == " ")
        };
        let mut k = p + 1;
        while spaced(k) && self.kind(k - 1) == Some(Lex::Number) {
            k -= 1;
            if leading_zero(self.t(k)) {
                return true;
            }
        }
        let cue = |k: usize| self.word_in(k, words::AMOUNT_PHONE_CUE);
        let after_cue =
            || cue(p) || (self.word_in(p, &["on"]) && (p.saturating_sub(4)..p).rev().any(cue));
        // The emergency and police numbers need no more ("called 999 at 10pm").
        let emergency = words::AMOUNT_EMERGENCY_NUMBER.contains(&self.t(p + 1));
        (emergency || self.kind(end) != Some(Lex::Word)) && after_cue()
    }

    /// What follows a bare number lets it be a count.
    pub(super) fn count_ok_after(&self, end: usize) -> bool {
        let next = self.t(end);
        if self.glued(end) {
            match self.kind(end) {
                // "5th", "1990s", "10am", "5G", "3x".
                Some(Lex::Word) | Some(Lex::Number) => return false,
                Some(Lex::Punct) => {
                    if matches!(next, ":" | "/" | "'" | "’")
                        && self.kind(end + 1) == Some(Lex::Number)
                    {
                        return false;
                    }
                    if next == "." && self.kind(end + 1) == Some(Lex::Number) {
                        return false;
                    }
                    if is_hyphen(next) && self.glued(end + 1) {
                        // "48-year-old", "three-year"; "a 150-seat chamber" stays a count.
                        if self.kind(end + 1) == Some(Lex::Word) && is_time_unit(self.t(end + 1)) {
                            return false;
                        }
                        if self.word_in(end + 1, &["fold", "odd", "something", "strong"]) {
                            return false;
                        }
                    }
                }
                None => {}
            }
        }
        match self.kind(end) {
            Some(Lex::Word) => {
                // "7 times" is a frequency or a multiplier, not a count of things.
                if is_time_unit(next) || is_month_word(next) || self.word_in(end, &["times"]) {
                    return false;
                }
                // An address: "10 Downing Street", "1600 Pennsylvania Avenue".
                if self.is_capitalized_word(end)
                    && (end + 1..end + 4).any(|k| {
                        self.word_in(
                            k,
                            &[
                                "street",
                                "st",
                                "road",
                                "rd",
                                "avenue",
                                "ave",
                                "lane",
                                "boulevard",
                                "blvd",
                                "drive",
                                "square",
                                "place",
                                "way",
                                "terrace",
                                "crescent",
                            ],
                        )
                    })
                {
                    return false;
                }
                // Clock times and ordinals written apart: "3 p.m.", "7 o'clock".
                if self.word_in(
                    end,
                    &[
                        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet",
                        "est", "edt", "pst", "hrs", "th", "st", "nd", "rd",
                    ],
                ) {
                    return false;
                }
                if next == "o" && self.t(end + 1).starts_with(['\'', '’']) {
                    return false;
                }
                if self.word_in(end, &["of"])
                    && self.kind(end + 1) == Some(Lex::Word)
                    && is_month_word(self.t(end + 1))
                {
                    return false;
                }
                true
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::numbers::lex;

    /// [`is_count_noun`] answers as the list: every count noun in any ASCII case, no other
    /// word, no number or sign.
    #[test]
    fn count_nouns_by_hash_answer_as_the_list() {
        let others = [
            "people", "the", "years", "pieces.", "Z", "naïve", "€", "2000",
        ];
        let nouns = words::AMOUNT_COUNT_NOUN.iter();
        for w in nouns.chain(others.iter()) {
            for form in [w.to_string(), w.to_uppercase()] {
                let mut toks = Vec::new();
                lex(&form, 0, form.len(), &mut toks);
                let t = toks[0];
                let low = form[t.start..t.end].to_ascii_lowercase();
                let listed = t.kind == Lex::Word
                    && form[t.start..t.end].is_ascii()
                    && words::AMOUNT_COUNT_NOUN.contains(&low.as_str());
                assert_eq!(is_count_noun(&form, t), listed, "{form}");
            }
        }
    }
}
