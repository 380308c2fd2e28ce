//! A number and a unit of time: durations ("three years", "a three-week", "48 hours",
//! "two years and three months") and dates counted from now or from another date ("two
//! years ago", "in two weeks", "two weeks from now", "three days after Christmas").

use super::tense::Tense;
use super::timex::{anchored, compound_duration, duration_value, Unit, PAST_REF};
use super::{Found, Scan};
use crate::lexicon::{class, WordList};
use crate::model::{Kind, Rule};
use crate::recognize::numbers::{is_hyphen, small_word, words_number, Lex};

/// The words before a plural unit with no count that make it a vague duration ("for
/// weeks"), and before "a"/"an" and a unit ("for a year"): `data/words/duration_cues.tsv`.
static BARE_CUES: WordList = WordList::new(class::DURATION_CUES_BARE);
static ONE_CUES: WordList = WordList::new(class::DURATION_CUES_ONE);

/// The words between a count and its unit ("five straight years", "20 trading days").
static BETWEEN: WordList = WordList::new(class::DURATION_CUES_BETWEEN);

/// A word between a count and its unit of time ("five straight years", "20 trading days").
pub(super) fn between(word: &str) -> bool {
    BETWEEN.contains(word)
}

/// Words that make an amount approximate ("about", "nearly"): before "a quarter", a
/// fraction (`data/words/amount.tsv`, class `approximator`).
static APPROXIMATORS: WordList = WordList::new(class::AMOUNT_APPROXIMATOR);

/// Words after "a second" that keep it a second of time ("a second later").
static SECOND_OF_TIME: WordList = WordList::new(class::DATE_CONTEXT_TIME_AFTER);

/// Superlatives that look back over a span after "in" ("the first time in 11 years"),
/// besides the "-est" words of more than five letters, and the "-est" words that are none.
static SUPERLATIVES: WordList = WordList::new(class::DATE_CONTEXT_SUPERLATIVE);
static NOT_SUPERLATIVES: WordList = WordList::new(class::DATE_CONTEXT_NOT_SUPERLATIVE);

impl Scan<'_> {
    /// Whether a superlative stands among the few words before token `k` in its clause:
    /// "for the first time in 11 years", "its highest level in five years" look back over
    /// the span, which is then a length, not a date ahead.
    fn superlative_before(&self, k: usize) -> bool {
        (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&j| self.is_word(j))
            .any(|j| {
                let w = self.w(j);
                SUPERLATIVES.contains(w)
                    || (w.len() > 5 && w.ends_with("est") && !NOT_SUPERLATIVES.contains(w))
            })
    }

    /// A number and a unit of time: durations ("three years", "a three-week", "48 hours"),
    /// "two years ago", "in two weeks", "two weeks from now", "three years later".
    /// A plural unit with no count, a vague duration: "for weeks", "within days", "over
    /// the years", "in the days before the vote", "days after the attack" (`PXW`, `PXD`).
    pub(super) fn bare_units(&self, i: usize) -> Option<Found> {
        let (unit, plural) = self.unit_at(i)?;
        if !plural || self.cap(i) || unit == Unit::Weekend {
            return None;
        }
        let before = |k: usize| k.checked_sub(1).map_or("", |p| self.w(p));
        let opened = BARE_CUES.contains(before(i))
            || (before(i) == "the" && BARE_CUES.contains(before(i - 1)))
            || self.any(i + 1, &["after", "before"]);
        // "in days of old", "for years to come" read the same; "the days when" does too.
        if !opened || self.w(i + 1) == "of" {
            return None;
        }
        // "serving drinks after hours": outside the hours allowed, no length.
        if unit == Unit::Hour && before(i) == "after" {
            return None;
        }
        let value = duration_value(None, unit);
        Some(Found::new(i, i + 1, Kind::Duration, value, Rule::Duration))
    }

    /// A number and its noun right before token `i`, one to four lower-case words: "12
    /// flights", "7.4 fewer days" (a rate follows: "12 flights a week"); or such a count
    /// and what it is of: "250 million litres of water".
    #[cold]
    fn counted_before(&self, i: usize) -> bool {
        // The noun, a plural, right before ("65 lives a year", "two trains an hour"), or
        // one of it ("one train an hour"); not "in 2003 after a decade".
        let noun = i > 1
            && self.is_word(i - 1)
            && (self.w(i - 1).ends_with('s') || self.w(i - 2).eq_ignore_ascii_case("one"));
        // The words between are a noun phrase: "7.4 fewer migraine days", not "two buses
        // and it takes" (a conjunction or a pronoun opens another clause).
        let counted = |i: usize| {
            (2..=5).any(|k| {
                i >= k
                    && (self.is_num(i - k) || small_word(self.w(i - k)).is_some())
                    && (i - k + 1..i).all(|j| {
                        self.is_word(j)
                            && !self.cap(j)
                            && !self.any(j, &["and", "or", "but", "it", "he", "she", "they", "we"])
                    })
            })
        };
        if noun && counted(i) {
            return true;
        }
        // "of" and one lower-case word after the count: "litres of water a day".
        i > 2
            && self.w(i - 2) == "of"
            && self.is_word(i - 1)
            && !self.cap(i - 1)
            && self.w(i - 3).ends_with('s')
            && counted(i - 2)
    }

    /// A unit before "-long": "a week-long strike" `P1W`, "a year-long inquiry" `P1Y`,
    /// "a decades-long dispute" `PXY`: a duration, as "a three-week trial" is.
    pub(super) fn long_span(&self, i: usize) -> Option<Found> {
        let (unit, plural) = self.unit_at(i)?;
        let hyphen = is_hyphen(self.t(i + 1)) && self.glued(i + 1) && self.glued(i + 2);
        if !hyphen || self.w(i + 2) != "long" || self.glued_alnum_after(i + 2) {
            return None;
        }
        let value = duration_value((!plural).then_some(1.0), unit);
        Some(Found::new(i, i + 3, Kind::Duration, value, Rule::Duration))
    }

    /// A range of durations read from its second count, at token `i` after a dash glued
    /// to the first: "10-15 minutes".
    #[cold]
    pub(super) fn dash_range(&self, i: usize) -> Option<Found> {
        if i < 2 || !self.is_num(i - 2) {
            return None;
        }
        if self.unit_at(i + 1).is_none() && self.unit_at(i + 2).is_none() {
            return None;
        }
        self.number_unit(i).filter(|f| f.start == i - 2)
    }

    /// Whether token `k` can join the ends of a range: "to", "or", "and", a dash.
    #[inline]
    fn range_sep(&self, k: usize) -> bool {
        let t = self.toks[k];
        t.end - t.start <= 3
            && matches!(
                self.t(k).as_bytes(),
                b"to" | b"or" | b"and" | b"-" | [0xE2, 0x80, 0x91 | 0x93 | 0x94]
            )
    }

    /// A range of durations that ends with the duration `f`, from the count two tokens
    /// before it, a [`Scan::range_sep`] between: "12 to 24 months", "two or three weeks",
    /// "10-15 minutes", "between 2 and 3 hours" (after "between"). One duration whose value
    /// is the interval of its ends (`P12M/P24M`, written as `min` and `max`), as an amount's
    /// range shares its unit.
    #[cold]
    fn duration_range(&self, f: &Found) -> Option<Found> {
        // The joining word, "to", "or", "and" or a dash, is [`Scan::range_sep`]'s.
        let (i, k) = (f.start - 2, f.start - 1);
        if is_hyphen(self.t(k)) && !(self.glued(k) && self.glued(f.start)) {
            return None;
        }
        if self.w(k) == "and" && (i == 0 || self.w(i - 1) != "between") {
            return None;
        }
        let count = |k: usize| {
            if self.is_num(k) {
                self.t(k).parse::<f64>().ok()
            } else {
                small_word(self.w(k))
            }
        };
        let (lo, hi) = (count(i)?, count(f.start)?);
        if lo >= hi {
            return None;
        }
        let (unit, _) = (f.start + 1..f.end).rev().find_map(|k| self.unit_at(k))?;
        let value = format!(
            "{}/{}",
            duration_value(Some(lo), unit)?,
            f.value.as_deref()?
        );
        Some(Found::new(
            i,
            f.end,
            Kind::Duration,
            Some(value),
            Rule::Duration,
        ))
    }

    /// A half, third or quarter written in digits after the whole number at token `i`
    /// ("1/2" in "2 1/2 years"): its value and the token after it.
    fn fraction_after(&self, i: usize) -> Option<(f64, usize)> {
        let (a, b) = (i + 1, i + 3);
        if !self.is_num(a) || self.glued(a) || self.t(a + 1) != "/" || !self.glued(a + 1) {
            return None;
        }
        if !self.glued(b) || self.glued_alnum_after(b) || self.t(i).contains('.') {
            return None;
        }
        let (n, d) = (self.int(a)?, self.int(b)?);
        (n > 0 && n < d && (2..=4).contains(&d)).then(|| (f64::from(n) / f64::from(d), b + 1))
    }

    pub(super) fn number_unit(&self, i: usize) -> Option<Found> {
        let (n, j) = if self.is_num(i) {
            // "2 1/2 years": a whole number and a fraction.
            let frac = self.fraction_after(i);
            let j = frac.map_or(i + 1, |(_, e)| e);
            // The unit's test below, before the number is parsed.
            if self.unit_at(j).is_none() && self.unit_at(j + 1).is_none() {
                return None;
            }
            let t = self.t(i);
            if t.contains(',') {
                return None;
            }
            // "at 1400 hours": a time of day, not a duration.
            if t.len() == 4 && self.w(i + 1).starts_with('h') {
                if let Some(f) = self.military_clock(i) {
                    return Some(f);
                }
            }
            let n = t.parse::<f64>().ok()? + frac.map_or(0.0, |(f, _)| f);
            (Some(n), j)
        } else {
            // A count of one to three tokens ("a", "a couple of", "half an") is followed by
            // its unit at once or a token later: without a unit in the four tokens after
            // it, nothing is read (the commonest case, "a" before any noun).
            let short = matches!(
                self.w(i),
                "a" | "an" | "several" | "few" | "many" | "couple" | "half"
            );
            if short && (i + 1..=i + 4).all(|k| self.unit_at(k).is_none()) {
                return None;
            }
            // Any other count is a number in words, whose unit follows it.
            if !short && !self.unit_after_number_words(i) {
                return None;
            }
            self.word_count(i)?
        };
        // Every reading needs a unit of time right after the count or one token later.
        if self.unit_at(j).is_none() && self.unit_at(j + 1).is_none() {
            return None;
        }
        // "three-year", "24-hour": a hyphenated adjective.
        // `worded`: a word stands between the count and its unit.
        let (unit, mut end, hyphenated, worded) =
            if is_hyphen(self.t(j)) && self.glued(j) && self.glued(j + 1) {
                (self.unit_at(j + 1)?.0, j + 2, true, false)
            } else {
                // "three more years", "five straight years", "20 trading days".
                // The unit's bit test first: most counts have no word between them and it.
                let k = if self.unit_at(j + 1).is_some() && between(self.w(j)) {
                    j + 1
                } else {
                    j
                };
                if self.glued(k) && self.is_num(i) && !matches!(self.t(k), "-") {
                    return None;
                }
                (self.unit_at(k)?.0, k + 1, false, k > j)
            };
        // "three weekends": so many weekends' length (P3WE, as "a weekend" is P1WE); a
        // weekend otherwise is read as a date.
        if unit == Unit::Weekend {
            let n = n.filter(|n| n.fract() == 0.0 && *n > 1.0 && self.w(end - 1) == "weekends");
            let n = n.filter(|_| !self.any(end, &["ago", "later", "earlier"]))?;
            let value = Some(format!("P{n}WE"));
            return Some(Found::new(i, end, Kind::Duration, value, Rule::Duration));
        }
        // "the 1988 second quarter": an ordinal, not seconds.
        if unit == Unit::Second && self.any(end, &["quarter", "half"]) {
            return None;
        }
        // "a quarter of the market", "three-quarters of its food": a fraction, not a time
        // ("a quarter of an hour" is one).
        // "a quarter past two": a clock time ([`Scan::spoken_clock`]).
        if unit == Unit::Quarter && self.w(end) == "past" {
            return None;
        }
        // "fell a quarter point": a fraction of a point.
        if unit == Unit::Quarter && self.any(end, &["point", "points", "percentage"]) {
            return None;
        }
        // "20 minutes past eight": a clock time too.
        if unit == Unit::Minute && self.w(end) == "past" && self.spoken_clock(end - 1).is_some() {
            return None;
        }
        if unit == Unit::Quarter
            && self.w(end) == "of"
            && self.unit_at(end + 2).is_none()
            && (hyphenated || end == j + 1)
            && n.is_some_and(|n| n <= 3.0)
        {
            return None;
        }
        if self.glued_alnum_after(end - 1) {
            return None;
        }
        // "a quarter-point cut", "a year-end bonus": part of a compound word.
        if !hyphenated && is_hyphen(self.t(end)) && self.glued(end) {
            return None;
        }
        // "£111 a year", "5 million a month", "12 flights a week": a rate, a set of one a
        // period (TIMEX3 `P1Y`), not a duration ("$10 million a year ago" is a date); in a
        // compound adjective, "a £40,000-a-year job", none. A count of things a second is
        // a speed ("one gigabit a second"), which TIMEX3 does not mark.
        let joined = i > 1 && is_hyphen(self.t(i - 1)) && self.glued(i - 1) && self.glued(i);
        let before = if joined { i - 1 } else { i };
        if matches!(self.w(i), "a" | "an" | "per")
            && i > 0
            && !self.any(end, &["ago", "earlier", "later"])
            && (self.is_num(before - 1)
                || self.t(before - 1) == "%"
                || self.any(
                    before - 1,
                    &[
                        "million", "billion", "trillion", "thousand", "bn", "m", "k", "percent",
                        "cents", "pence",
                    ],
                )
                || (unit != Unit::Second && self.counted_before(before)))
        {
            let singular = self.unit_at(end - 1).is_some_and(|(_, plural)| !plural);
            if !singular || hyphenated || joined {
                return None;
            }
            let value = duration_value(Some(1.0), unit);
            return Some(Found::new(i, end, Kind::Set, value, Rule::Set));
        }
        // Ages: "48-year-old", "20 years old", "years of age".
        if (hyphenated && is_hyphen(self.t(end)) && self.any(end + 1, &["old", "olds"]))
            || self.any(end, &["old", "olds"])
            || (self.w(end) == "of" && self.w(end + 1) == "age")
            || (hyphenated && self.w(end) == "olds")
        {
            return None;
        }
        if i > 0 && self.glued(i) && matches!(self.kind(i - 1), Some(Lex::Word | Lex::Number)) {
            return None;
        }
        let mut n = n;
        // "an hour and a half", "a year and a half".
        if !hyphenated
            && self.w(end) == "and"
            && self.w(end + 1) == "a"
            && self.w(end + 2) == "half"
        {
            n = n.map(|v| v + 0.5);
            end += 3;
        }
        // "eight trading days after Oct. 12": days of trading or work are no calendar's, so
        // nothing is counted from another date; the words are a duration.
        if !hyphenated && !worded {
            // "three days after Christmas", "two weeks before May 13", "4 months from
            // tomorrow": a date counted from another.
            if self.any(end, &["from", "after", "before"]) {
                if let Some(anchor) = self
                    .at(end + 1)
                    .filter(|f| f.start == end + 1 && f.kind == Kind::Date)
                {
                    let sign = if self.w(end) == "before" { -1.0 } else { 1.0 };
                    let value = anchored(anchor.value.as_deref(), n.map(|v| v * sign), unit);
                    return Some(Found::new(
                        i,
                        anchor.end,
                        Kind::Date,
                        value,
                        Rule::DateAnchored,
                    ));
                }
                // "five days after that", "a week before that": told from the last date
                // named, as "five days later" is.
                if self.w(end + 1) == "that" && self.w(end) != "from" && !self.is_word(end + 2) {
                    let value = duration_value(n, unit);
                    return Some(Found::new(i, end + 2, Kind::Date, value, Rule::DateAnaphor));
                }
            }
            // "two years ago"; "several years ago", a vague time before the time of
            // writing.
            if self.w(end) == "ago" {
                let value = match n {
                    Some(n) if n.fract() == 0.0 => self.shifted(-(n as i64), unit),
                    Some(_) => None,
                    None => Some(PAST_REF.to_string()),
                };
                let kind = if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    Kind::Time
                } else {
                    Kind::Date
                };
                let rule = if n == Some(1.0) && unit == Unit::Year {
                    Rule::DateYearAgo
                } else {
                    Rule::DateAgo
                };
                return Some(Found::new(i, end + 1, kind, value, rule));
            }
            // "two weeks from now", "three days from today".
            if self.w(end) == "from" && self.any(end + 1, &["now", "today"]) {
                let value = match n {
                    Some(n) if n.fract() == 0.0 => self.shifted(n as i64, unit),
                    _ => None,
                };
                return Some(Found::new(i, end + 2, Kind::Date, value, Rule::DateFromNow));
            }
            // "three years later", "a week earlier": told from the last date named
            // (`settle_anaphors`); "a year earlier" after a quarter is that quarter
            // a year before ([`settle_focus`]). Before "than" they compare, and the length
            // is all ("20 minutes earlier than usual").
            if self.any(end, &["later", "earlier"]) && self.w(end + 1) != "than" {
                if n == Some(1.0) && unit == Unit::Year && self.w(end) == "earlier" {
                    return Some(Found::new(
                        i,
                        end + 1,
                        Kind::Date,
                        None,
                        Rule::DateYearEarlier,
                    ));
                }
                // Its length, kept if no date is there to count from.
                let value = duration_value(n, unit);
                return Some(Found::new(i, end + 1, Kind::Date, value, Rule::DateAnaphor));
            }
            // "in two weeks" with a future verb, "in three weeks' time" with any: a date.
            let time = self.time_after(end);
            if i > 0
                && self.w(i - 1) == "in"
                && n.is_some()
                && (time.is_some() || self.tense(i - 1, end) == Tense::Future)
                && !self.superlative_before(i - 1)
                // "for the fourth time in five months", "three times in two years": a
                // count over a span, its length.
                && !(i > 1 && self.any(i - 2, &["time", "times"]))
            {
                let value = match n {
                    Some(n) if n.fract() == 0.0 => self.shifted(n as i64, unit),
                    _ => None,
                };
                let end = time.unwrap_or(end);
                return Some(Found::new(i, end, Kind::Date, value, Rule::DateIn));
            }
        }
        // "a year" alone is too vague: only after words that make it a duration ("a
        // decade", "a century", "a fortnight" are spans wherever they stand).
        let long = matches!(unit, Unit::Decade | Unit::Century | Unit::Fortnight);
        // "a hundred years" has its count.
        let scaled = n.is_some_and(|n| n >= 12.0);
        // "a second term", "for a second year running": the ordinal before a noun, no
        // second of time ("paused for a second, then", "a second or two" stay one).
        let half = || i > 0 && (self.w(i - 1) == "half" || (i > 1 && self.w(i - 2) == "half"));
        if unit == Unit::Second
            && matches!(self.w(i), "a" | "an")
            && self.w(end - 1) == "second"
            && self.is_word(end)
            && !SECOND_OF_TIME.contains(self.w(end))
            && !half()
        {
            return None;
        }
        if matches!(self.w(i), "a" | "an") && !scaled && !hyphenated && !long {
            let before = i.checked_sub(1).map_or("", |p| self.w(p));
            // "less than a quarter are", "grew by a quarter", "made up about a quarter": a
            // fraction.
            if unit == Unit::Quarter
                && (matches!(before, "than" | "by" | "up") || APPROXIMATORS.contains(before))
            {
                return None;
            }
            let ok = ONE_CUES.contains(before)
                // "barely a month after the strike", "a week before the vote".
                || self.any(end, &["after", "before"]);
            if !ok {
                return None;
            }
        }
        // "six days a week", "24 hours a day": a rate, a set of the period after "a".
        if self.any(end, &["a", "an", "per"])
            && !self.any(end + 2, &["ago", "later", "earlier", "before", "after"])
        {
            if let Some((per, false)) = self.unit_at(end + 1) {
                let value = duration_value(Some(1.0), per);
                return Some(Found::new(i, end + 2, Kind::Set, value, Rule::Set));
            }
        }
        // Compound durations: "two years and three months", "1 hour 30 minutes".
        let mut parts = vec![(n, unit)];
        loop {
            let k = if self.any(end, &["and"]) || self.t(end) == "," {
                end + 1
            } else {
                end
            };
            let Some((n2, j2)) = (if self.is_num(k) {
                self.t(k).parse::<f64>().ok().map(|v| (Some(v), k + 1))
            } else {
                self.word_count(k)
            }) else {
                break;
            };
            let Some((u2, _)) = self.unit_at(j2) else {
                break;
            };
            if u2 == Unit::Weekend || parts.iter().any(|(_, u)| *u == u2) {
                break;
            }
            parts.push((n2, u2));
            end = j2 + 1;
        }
        // "2 weeks and 2 days ago".
        if parts.len() > 1 && self.w(end) == "ago" {
            let days: Option<f64> = parts
                .iter()
                .map(|&(n, u)| match u {
                    Unit::Day => n,
                    Unit::Week => n.map(|n| n * 7.0),
                    _ => None,
                })
                .sum();
            let value = match days {
                Some(d) if d.fract() == 0.0 && d < 1e6 => Some(self.day(-(d as i64))),
                _ => None,
            };
            return Some(Found::new(i, end + 1, Kind::Date, value, Rule::DateAgo));
        }
        let value = if parts.len() == 1 {
            duration_value(n, unit)
        } else {
            compound_duration(&parts)
        };
        let f = Found::new(i, end, Kind::Duration, value, Rule::Duration);
        // "12 to 24 months": a range of durations that ends with this one.
        if i >= 2 && self.range_sep(i - 1) {
            if let Some(r) = self.duration_range(&f) {
                return Some(r);
            }
        }
        Some(f)
    }

    /// A count in words before a unit: "three", "a", "several" (no value), "a few",
    /// "a couple of", "one and a half", "half an".
    pub(super) fn word_count(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(i);
        match w {
            "a" | "an" => {
                if self.w(i + 1) == "few" {
                    return Some((None, i + 2));
                }
                if self.w(i + 1) == "couple" {
                    let j = if self.w(i + 2) == "of" { i + 3 } else { i + 2 };
                    return Some((Some(2.0), j));
                }
                // "a hundred years", "a thousand years", "a dozen years".
                // ("Anne of a Thousand Days" is a title.)
                let scale = match self.w(i + 1) {
                    _ if self.cap(i + 1) => 1.0,
                    "hundred" => 100.0,
                    "thousand" => 1000.0,
                    "dozen" => 12.0,
                    _ => 1.0,
                };
                let j = if scale > 1.0 { i + 2 } else { i + 1 };
                Some((Some(scale), j))
            }
            "several" | "few" | "many" => Some((None, i + 1)),
            "couple" => {
                let j = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
                Some((Some(2.0), j))
            }
            "half" => {
                // "half an hour", "half a day".
                if matches!(self.w(i + 1), "a" | "an") {
                    return Some((Some(0.5), i + 2));
                }
                None
            }
            _ => {
                let wn = words_number(self.text, self.toks, i)?;
                // "two thousand years" is a stretch of time; "three million hours" of work
                // is a quantity.
                if wn.scaled && wn.value >= 1e6 {
                    return None;
                }
                Some((Some(wn.value), wn.end))
            }
        }
    }
}

impl Scan<'_> {
    /// The end of "' time" or "'s time" right after a count and its unit ending before
    /// token `end` ("three weeks' time", "a fortnight's time"), if the text has it.
    fn time_after(&self, end: usize) -> Option<usize> {
        if !matches!(self.t(end), "'" | "’") {
            return None;
        }
        let s = usize::from(self.w(end + 1) == "s");
        (self.w(end + 1 + s) == "time").then_some(end + 2 + s)
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::date::tests::{check, dates};

    #[test]
    fn durations_and_ago() {
        let r = "2026-03-03";
        check(
            r,
            &[
                ("two years ago", "two years ago", "2024"),
                ("for three years", "three years", "P3Y"),
            ],
        );
        assert!(dates("The 48-year-old may go", r).is_empty());
    }

    /// Counts in words of any length reach their unit past the filters that turn away
    /// counts without one.
    #[test]
    fn long_counts_in_words_reach_their_unit() {
        let r = "2026-03-03";
        for (text, span) in [
            (
                "for one hundred and twenty-five years",
                "one hundred and twenty-five years",
            ),
            (
                "for two hundred and fifty years",
                "two hundred and fifty years",
            ),
            ("for a couple of weeks", "a couple of weeks"),
            ("within half an hour", "half an hour"),
            ("for three more years", "three more years"),
            ("for twenty-one days", "twenty-one days"),
        ] {
            let found = dates(text, r);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].0, span, "{text}");
        }
        assert!(dates("one of the many people and a few others", r).is_empty());
    }
}
