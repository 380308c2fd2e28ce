//! Sets, things that recur: "every year", "every Monday", "every other day", "once a
//! week", "twice a year", "annually", "paid monthly".

use super::month::month_of;
use super::season::season_of;
use super::timex::{duration_value, unit_of, Unit};
use super::weekday::weekday_of;
use super::{value_of, Found, Scan};
use crate::lexicon::{class, words, WordList};
use crate::model::{Kind, Rule};
use crate::recognize::numbers::{is_hyphen, small_word};

/// Words after "daily", "monthly" ... that make it an adverb ("fly daily between").
static ADVERB_NEXT: WordList = WordList::new(class::DATE_CONTEXT_ADVERB_NEXT);

impl Scan<'_> {
    /// "every year", "every Monday", "each week", "every two years", "every other day";
    /// with `times`, "once a week", "twice a year".
    pub(super) fn set(&self, i: usize, times: bool) -> Option<Found> {
        if times {
            let j = i + 1;
            if !self.any(j, &["a", "an", "per", "every", "each"]) {
                return None;
            }
            // "three times a week", "10 times a year", "two to three times a day": the
            // count of times is inside.
            let i = if self.w(i) == "times" {
                self.times_count(i)?
            } else {
                i
            };
            let (unit, false) = self.unit_at(j + 1)? else {
                return None;
            };
            return Some(Found::new(
                i,
                j + 2,
                Kind::Set,
                duration_value(Some(1.0), unit),
                Rule::Set,
            ));
        }
        let mut j = i + 1;
        let mut n = 1.0;
        if self.w(j) == "other" {
            n = 2.0;
            j += 1;
        } else if let Some(v) = self.whole_count(j) {
            if self.unit_at(j + 1).is_some_and(|(_, plural)| plural) {
                n = v;
                j += 1;
            } else if let Some(f) = self.spelled_count_unit(j) {
                // "every forty-five minutes": a count in words of more than one token.
                return Some(Found::new(i, f.end, Kind::Set, f.value, Rule::Set));
            }
        }
        let t = self.w(j);
        // "every second buyer", "every third household": an ordinal before a noun.
        if t == "second" && self.is_word(j + 1) && !self.any(j + 1, &["and", "or", "of"]) {
            return None;
        }
        let value = if let Some((unit, _)) = unit_of(t) {
            if unit == Unit::Weekend {
                Some("XXXX-WXX-WE".to_string())
            } else {
                duration_value(Some(n), unit)
            }
        } else if let Some((d, false)) = weekday_of(t) {
            let mut v = format!("XXXX-WXX-{}", d + 1);
            if let Some(p) = self.part_of_day(j + 1) {
                v.push_str(p);
                j += 1;
            }
            Some(v)
        } else if let Some((m, false)) = month_of(t) {
            Some(format!("XXXX-{m:02}"))
        } else if let Some(p) = self.part_of_day(j) {
            Some(format!("XXXX-XX-XX{p}"))
        } else if let Some((code, _)) = season_of(t) {
            Some(format!("XXXX-{code}"))
        } else if t == "weekday" {
            Some("XXXX-WXX-WD".to_string())
        } else {
            return None;
        };
        Some(Found::new(i, j + 1, Kind::Set, value, Rule::Set))
    }

    /// The first token of the count before "times" at token `i` ("three", "10", "two to
    /// three", "three or four"); none when no count precedes or the word is capitalized
    /// ("The Times").
    #[cold]
    fn times_count(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if &self.text[t.start..t.end] != "times" {
            return None;
        }
        let count = |k: usize| self.whole_count(k).is_some();
        let k = i.checked_sub(1).filter(|&k| count(k))?;
        Some(match k.checked_sub(2) {
            Some(a) if count(a) && self.any(a + 1, &["or", "to"]) => a,
            _ => k,
        })
    }

    /// A count in words of more than one token and its unit at `k` ("forty-five
    /// minutes"): the duration, when its value is whole.
    #[cold]
    fn spelled_count_unit(&self, k: usize) -> Option<Found> {
        if !is_hyphen(self.t(k + 1)) || small_word(self.w(k)).is_none() {
            return None;
        }
        self.number_unit(k).filter(|f| {
            f.start == k
                && f.kind == Kind::Duration
                && f.value.as_ref().is_some_and(|v| !v.contains('X'))
        })
    }

    /// "annually", and "daily", "weekly" ... used as adverbs ("paid monthly."), not as
    /// adjectives ("a daily newspaper", "the Daily Mail"); `adjective` for a word that can
    /// also be one (`frequency`, not `frequency_adverb`, in `data/words/date.tsv`).
    pub(super) fn set_adverb(&self, i: usize, adjective: bool) -> Option<Found> {
        let w = self.w(i);
        let class = if adjective {
            words::DATE_FREQUENCY
        } else {
            words::DATE_FREQUENCY_ADVERB
        };
        let value = value_of(class, w)?;
        // A word that can also be an adjective is read only where it cannot be one.
        if adjective {
            if self.cap(i) && i > 0 {
                return None;
            }
            let next_is_word = self.is_word(i + 1) && !ADVERB_NEXT.contains(self.w(i + 1));
            if next_is_word || self.glued(i + 1) && is_hyphen(self.t(i + 1)) {
                return None;
            }
            // "the Communist Party daily.", "a weekly,": a newspaper, a noun.
            let noun_before = i > 1 && (self.cap(i - 1) || self.any(i - 1, &["the", "a", "an"]));
            if noun_before && !self.is_word(i + 1) {
                return None;
            }
        }
        Some(Found::new(
            i,
            i + 1,
            Kind::Set,
            Some(value.into()),
            Rule::Set,
        ))
    }
}
