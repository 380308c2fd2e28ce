//! Holidays: "Christmas", "Easter 2018", "last Christmas", "Thanksgiving", "Ramadan",
//! dated by a fixed day, by Easter, by the nth weekday of a month, or left without a value.

use std::sync::LazyLock;

use super::tense::{pick_year, Tense};
use super::{Found, Scan};
use crate::calendar::{days_in_month, Date};
use crate::recognize::WordFilter;

/// The holidays by first word, their places in [`HOLIDAYS`] in order; behind a filter of
/// the first words, which turns most words away before a hash lookup.
static HOLIDAY_FIRST: LazyLock<(WordFilter, foldhash::HashMap<&str, Vec<usize>>)> =
    LazyLock::new(|| {
        let mut index = foldhash::HashMap::<&str, Vec<usize>>::default();
        for (k, (words, _)) in HOLIDAYS.iter().enumerate() {
            index.entry(words[0]).or_default().push(k);
        }
        (WordFilter::new(index.keys().copied()), index)
    });

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy)]
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

/// Holidays: the words (lower case, as tokens), and how to date them.
pub(super) const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year", "'", "s", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "’", "s", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "'", "s", "day"], Rule::Fixed(1, 1)),
    (&["new", "year", "’", "s", "day"], Rule::Fixed(1, 1)),
    (&["new", "year", "'", "s"], Rule::Fixed(1, 1)),
    (&["new", "year", "’", "s"], Rule::Fixed(1, 1)),
    (&["new", "year", "day"], Rule::Fixed(1, 1)),
    (&["lunar", "new", "year"], Rule::Lunar),
    (&["chinese", "new", "year"], Rule::Lunar),
    (&["valentine", "'", "s", "day"], Rule::Fixed(2, 14)),
    (&["valentine", "’", "s", "day"], Rule::Fixed(2, 14)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["thanksgiving", "day"], Rule::Thanksgiving(0)),
    (&["thanksgiving"], Rule::Thanksgiving(0)),
    (&["black", "friday"], Rule::Thanksgiving(1)),
    (&["cyber", "monday"], Rule::Thanksgiving(4)),
    (&["labor", "day"], Rule::Nth(9, 0, 1)),
    (&["memorial", "day"], Rule::Nth(5, 0, 5)),
    (&["independence", "day"], Rule::Lunar),
    (&["fourth", "of", "july"], Rule::Fixed(7, 4)),
    (&["bastille", "day"], Rule::Fixed(7, 14)),
    (&["canada", "day"], Rule::Fixed(7, 1)),
    (&["australia", "day"], Rule::Fixed(1, 26)),
    (&["anzac", "day"], Rule::Fixed(4, 25)),
    (&["remembrance", "day"], Rule::Fixed(11, 11)),
    (&["armistice", "day"], Rule::Fixed(11, 11)),
    (&["earth", "day"], Rule::Fixed(4, 22)),
    (&["st", "patrick", "'", "s", "day"], Rule::Fixed(3, 17)),
    (&["st", "patrick", "’", "s", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick", "'", "s", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick", "’", "s", "day"], Rule::Fixed(3, 17)),
    (
        &["international", "women", "'", "s", "day"],
        Rule::Fixed(3, 8),
    ),
    (
        &["international", "women", "’", "s", "day"],
        Rule::Fixed(3, 8),
    ),
    (&["ramadan"], Rule::Lunar),
    (&["eid", "al", "-", "fitr"], Rule::Lunar),
    (&["eid", "al", "-", "adha"], Rule::Lunar),
    (&["eid"], Rule::Lunar),
    (&["diwali"], Rule::Lunar),
    (&["hanukkah"], Rule::Lunar),
    (&["passover"], Rule::Lunar),
    (&["yom", "kippur"], Rule::Lunar),
    (&["rosh", "hashanah"], Rule::Lunar),
    (&["nowruz"], Rule::Lunar),
    (&["songkran"], Rule::Fixed(4, 13)),
    (&["hogmanay"], Rule::Fixed(12, 31)),
    (&["juneteenth"], Rule::Fixed(6, 19)),
];

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
        let (filter, index) = &*HOLIDAY_FIRST;
        if !filter.may_contain(first) {
            return None;
        }
        for (words, rule) in index.get(first)?.iter().map(|&k| &HOLIDAYS[k]) {
            let n = words.len();
            if !(0..n).all(|k| self.w(i + k) == words[k]) {
                continue;
            }
            // "Independence Day" and "New Year" need their capitals (a new year).
            if !self.cap(i) && matches!(words[0], "independence" | "new") && !self.cap(i + 1) {
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
            }
            let value = self.r.and_then(|r| {
                let rule = *rule;
                if let Some(y) = year {
                    return holiday_date(rule, y);
                }
                let period = |y| holiday_date(rule, y).map(|d| (d, d));
                let tense = match rel {
                    Some("last" | "past" | "previous") => Tense::Past,
                    Some("next" | "coming" | "upcoming" | "following") => Tense::Future,
                    _ => self.tense(start, end),
                };
                let (_, d, _) = pick_year(r, tense, period)?;
                // "last Christmas" on Christmas Day is a year ago.
                if rel == Some("last") && d == r {
                    return holiday_date(rule, r.year - 1);
                }
                Some(d)
            });
            let value = match (value, year) {
                (Some(d), _) => Some(d.to_string()),
                (None, Some(y)) if matches!(rule, Rule::Lunar) => Some(format!("{y:04}")),
                _ => None,
            };
            return Some(Found::new(start, end, "date", value, "date:holiday"));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
