//! Holidays: "Christmas", "Easter 2018", "last Christmas", "Thanksgiving", "Ramadan",
//! dated by a fixed day, by Easter, by the nth weekday of a month, or left without a value.

use crate::model::{self, Kind};
use std::sync::LazyLock;

use super::tense::pick_year;
use super::timex::month_day;
use super::{Found, Scan};
use crate::calendar::{days_in_month, Date};
use crate::lexicon::{calendar, words, FilteredMap};
use crate::recognize::numbers::phrase_tokens;

/// The holidays by first word, their places in [`HOLIDAYS`] in order; behind a filter of
/// the first words, which turns most words away before a hash lookup.
static HOLIDAY_FIRST: LazyLock<FilteredMap<&str, Vec<usize>>> = LazyLock::new(|| {
    let mut index = foldhash::HashMap::<&str, Vec<usize>>::default();
    for (k, (words, _)) in HOLIDAYS.iter().enumerate() {
        index.entry(words[0].as_str()).or_default().push(k);
    }
    index.into()
});

/// True when the lower-case word `w` begins a holiday's name.
pub(super) fn starts_holiday(w: &str) -> bool {
    HOLIDAY_FIRST.get(w).is_some()
}

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// Days after Easter Sunday.
    Easter(i64),
    /// The nth weekday (0 = Monday) of a month; n = 5 is the last.
    Nth(u32, u32, u32),
    /// Days after the fourth Thursday of November (US Thanksgiving).
    Thanksgiving(i64),
    /// A holiday that moves with a lunar calendar: a date without a value.
    Lunar,
}

impl Rule {
    /// The rule of a value of `data/words/holidays.tsv` ("12-25", "easter-2", "09-mon-1",
    /// "thanksgiving+1", "lunar"; see the file's header).
    fn parse(value: &str) -> Option<Rule> {
        let offset = |s: &str| -> Option<i64> {
            if s.is_empty() {
                Some(0)
            } else {
                s.strip_prefix('+').unwrap_or(s).parse().ok()
            }
        };
        if value == "lunar" {
            return Some(Rule::Lunar);
        }
        if let Some(off) = value.strip_prefix("easter") {
            return offset(off).map(Rule::Easter);
        }
        if let Some(off) = value.strip_prefix("thanksgiving") {
            return offset(off).map(Rule::Thanksgiving);
        }
        let month_of = |s: &str| s.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
        match value.split('-').collect::<Vec<_>>()[..] {
            [m, d] => {
                let (m, d) = (month_of(m)?, d.parse::<u32>().ok()?);
                (1..=days_in_month(2024, m))
                    .contains(&d)
                    .then_some(Rule::Fixed(m, d))
            }
            [m, day, n] => {
                let (weekday, _) = calendar::weekday_of(day).filter(|w| w.1)?;
                let n = match n {
                    "last" => 5,
                    n => n.parse().ok().filter(|n| (1..=4).contains(n))?,
                };
                Some(Rule::Nth(month_of(m)?, weekday, n))
            }
            _ => None,
        }
    }
}

/// Holidays: the words (lower case, as the lexer splits them) and how to date them, from
/// `data/words/holidays.tsv`. A name with an apostrophe is listed twice, with a straight
/// and with a curly one.
pub(super) static HOLIDAYS: LazyLock<Vec<(Vec<String>, Rule)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for &(name, value) in words::HOLIDAYS {
        let Some(rule) = Rule::parse(value) else {
            continue;
        };
        let marks: &[&str] = if name.contains('\'') {
            &["'", "’"]
        } else {
            &["'"]
        };
        for mark in marks {
            let name = name.replace('\'', mark);
            let words = phrase_tokens(&name)
                .iter()
                .map(|w| w.to_lowercase())
                .collect();
            out.push((words, rule));
        }
    }
    out
});

/// Easter Sunday of `year` (Gregorian computus).
fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

fn holiday_date(rule: Rule, year: i32) -> Option<Date> {
    match rule {
        Rule::Fixed(m, d) => Date::new(year, m, d),
        Rule::Easter(off) => easter(year).map(|e| e.add_days(off)),
        Rule::Nth(month, wd, n) => {
            if n == 5 {
                let last = Date::new(year, month, days_in_month(year, month))?;
                let back = (i64::from(last.weekday()) - i64::from(wd)).rem_euclid(7);
                Some(last.add_days(-back))
            } else {
                let first = Date::new(year, month, 1)?;
                let fwd = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
                Some(first.add_days(fwd + 7 * (i64::from(n) - 1)))
            }
        }
        Rule::Thanksgiving(off) => holiday_date(Rule::Nth(11, 3, 4), year).map(|d| d.add_days(off)),
        Rule::Lunar => None,
    }
}

impl Scan<'_> {
    /// Holidays: "Christmas", "Easter 2018", "last Christmas", "Thanksgiving", "Ramadan".
    pub(super) fn holiday(&self, start: usize, i: usize, rel: Option<&str>) -> Option<Found> {
        let first = self.w(i);
        for (words, rule) in HOLIDAY_FIRST.get(first)?.iter().map(|&k| &HOLIDAYS[k]) {
            let n = words.len();
            // The first word is `first` (the index's key); the others are compared by their
            // length before their text.
            let same_len = |k: usize| {
                self.toks
                    .get(i + k)
                    .is_some_and(|t| t.end - t.start == words[k].len())
            };
            if !(1..n).all(same_len) || !(1..n).all(|k| self.w(i + k) == words[k]) {
                continue;
            }
            // "in the new year", "in the New Year": the year that comes next (from July on),
            // not its first day.
            if n == 2 && words[0] == "new" && i > 0 && self.w(i - 1) == "the" {
                if matches!(self.t(i + 2), "'" | "’") || self.glued_alnum_after(i + 1) {
                    continue;
                }
                let value = match self.r {
                    Some(r) => format!("{:04}", r.year + i32::from(r.month >= 7)),
                    None => "XXXX".to_string(),
                };
                return Some(Found::new(
                    i,
                    i + 2,
                    Kind::Date,
                    Some(value),
                    model::Rule::DateRelative,
                ));
            }
            // "Independence Day" and "New Year" need their capitals (a new year).
            if !self.cap(i)
                && matches!(words[0].as_str(), "independence" | "new")
                && !self.cap(i + 1)
            {
                continue;
            }
            let mut end = i + n;
            if self.glued_alnum_after(end - 1) {
                continue;
            }
            let mut year = None;
            let k = if self.w(end) == "of" || self.t(end) == "," {
                end + 1
            } else {
                end
            };
            if let Some(y) = self.year_at(k) {
                year = Some(y);
                end = k + 1;
            } else if let Some((y, e)) = self.year_words_at(end).filter(|_| rel.is_none()) {
                // "Christmas last year", "Independence Day of this year".
                year = Some(y);
                end = e;
            }
            let rule = *rule;
            // A year in the text fixes the day with or without a reference date.
            let value = match (year, self.r) {
                (Some(y), _) => holiday_date(rule, y),
                (None, None) => None,
                (None, Some(r)) => self.holiday_near(r, rule, rel, start, end),
            };
            // "the Easter weekend", "the Labor Day weekend": the weekend the holiday is on
            // or, on a Monday, the one before it; one in midweek has none.
            if self.w(end) == "weekend" && !self.glued_alnum_after(end) {
                let weekend = |d: Date| match d.weekday() {
                    0 => Some(d.add_days(-2)),
                    4..=6 => Some(d),
                    _ => None,
                };
                let value = match value {
                    Some(d) => weekend(d).map(|d| format!("{}-WE", d.iso_week_string())),
                    None if self.r.is_none() => Some("XXXX-WXX-WE".to_string()),
                    None => None,
                };
                return Some(Found::new(
                    start,
                    end + 1,
                    Kind::Date,
                    value,
                    model::Rule::DateHoliday,
                ));
            }
            let value = match (value, year) {
                (Some(d), _) => Some(d.to_string()),
                (None, Some(y)) if matches!(rule, Rule::Lunar) => Some(format!("{y:04}")),
                // Without a reference date, a fixed day keeps its month and day
                // ("Christmas" `XXXX-12-25`).
                (None, None) if self.r.is_none() => match rule {
                    Rule::Fixed(m, d) => Some(month_day(None, m, d)),
                    _ => None,
                },
                _ => None,
            };
            return Some(Found::new(
                start,
                end,
                Kind::Date,
                value,
                model::Rule::DateHoliday,
            ));
        }
        None
    }

    /// The occurrence of a holiday without a year that the reference date `r`, the word
    /// `rel` before it ("last", "next") or the tense of tokens `start..end` points to.
    fn holiday_near(
        &self,
        r: Date,
        rule: Rule,
        rel: Option<&str>,
        start: usize,
        end: usize,
    ) -> Option<Date> {
        // "last Easter": the latest before the reference date, however far back;
        // "next Christmas": the first after it.
        let days = r.to_days();
        let around = || (r.year - 1..=r.year + 1).filter_map(|y| holiday_date(rule, y));
        match rel {
            Some("last" | "past" | "previous") => {
                return around().rev().find(|d| d.to_days() < days);
            }
            Some("next" | "coming" | "upcoming" | "following") => {
                return around().find(|d| d.to_days() > days);
            }
            _ => {}
        }
        let period = |y| holiday_date(rule, y).map(|d| (d, d));
        let (_, d, _) = pick_year(r, self.tense(start, end), period)?;
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_holiday_row_has_a_rule() {
        for (name, value) in words::HOLIDAYS {
            assert!(Rule::parse(value).is_some(), "{name}: {value}");
        }
        assert_eq!(Rule::parse("09-mon-1"), Some(Rule::Nth(9, 0, 1)));
        assert_eq!(Rule::parse("05-mon-last"), Some(Rule::Nth(5, 0, 5)));
        assert_eq!(Rule::parse("easter-2"), Some(Rule::Easter(-2)));
        assert_eq!(Rule::parse("thanksgiving+4"), Some(Rule::Thanksgiving(4)));
        assert_eq!(Rule::parse("02-29"), Some(Rule::Fixed(2, 29)));
        for bad in [
            "13-01",
            "02-30",
            "09-monday-1",
            "09-mon-6",
            "easter+x",
            "xmas",
        ] {
            assert_eq!(Rule::parse(bad), None, "{bad}");
        }
        // Names are split as text is: "New Year's Eve" with both apostrophes.
        let eve: Vec<&Vec<String>> = HOLIDAYS
            .iter()
            .filter(|(_, r)| *r == Rule::Fixed(12, 31))
            .map(|(w, _)| w)
            .collect();
        assert_eq!(eve[0], &["new", "year", "'", "s", "eve"]);
        assert_eq!(eve[1], &["new", "year", "’", "s", "eve"]);
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2024).unwrap().to_string(), "2024-03-31");
        assert_eq!(easter(2026).unwrap().to_string(), "2026-04-05");
        assert_eq!(
            holiday_date(Rule::Thanksgiving(0), 2025)
                .unwrap()
                .to_string(),
            "2025-11-27"
        );
    }
}
