//! Seasons: "summer", "this summer", "last winter", "summer 2025", "the summer of 2025",
//! "the winter of nineteen ninety-four", "the autumn term", "the fall semester".

use super::tense::{pick_year, Tense};
use super::{value_of, Found, Scan};
use crate::calendar::Date;
use crate::lexicon::words;
use crate::model::{Kind, Rule};

/// A season (`data/words/date.tsv`, class `season`; northern hemisphere, meteorological):
/// TIMEX code and first month.
pub(super) fn season_of(w: &str) -> Option<(&'static str, u32)> {
    let code = value_of(words::DATE_SEASON, w)?;
    let first = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        _ => return None,
    };
    Some((code, first))
}

fn season_period(first_month: u32) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| {
        let start = Date::new(y, first_month, 1)?;
        let end = start.add_months(3).add_days(-1);
        Some((start, end.add_days(0)))
    }
}

impl Scan<'_> {
    /// "summer", "this summer", "last winter", "summer 2025", "the summer of 2025".
    pub(super) fn season(
        &self,
        start: usize,
        i: usize,
        code: &str,
        first: u32,
        rel: Option<&str>,
    ) -> Option<Found> {
        let w = self.w(i);
        let mut end = i + 1;
        // "the autumn term", "the fall semester": a school's or a college's part of a year,
        // told by its season.
        let term = self.any(end, &["term", "semester"]);
        if term {
            end += 1;
        }
        let mut k = end;
        if self.w(k) == "of" {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            return Some(Found::new(
                start,
                k + 1,
                Kind::Date,
                Some(format!("{y:04}-{code}")),
                Rule::DateSeason,
            ));
        }
        // "the winter of nineteen ninety-four", as broadcasts read a year.
        if k > end {
            if let Some(y) = self.spelled_year_at(k, true) {
                let value = y.value.map(|v| format!("{v}-{code}"));
                return Some(Found::new(
                    start,
                    y.end,
                    Kind::Date,
                    value,
                    Rule::DateSeason,
                ));
            }
        }
        // "the spring of last year", "summer this year".
        if let Some((y, e)) = self.year_words_at(end).filter(|_| rel.is_none()) {
            return Some(Found::new(
                start,
                e,
                Kind::Date,
                Some(format!("{y:04}-{code}")),
                Rule::DateSeason,
            ));
        }
        if rel.is_none() {
            // "fall" is a verb or a noun without a year or "last"/"this"; "the Arab Spring",
            // "Summer Olympics", "Spring Festival" are names.
            if w == "fall" && !term {
                return None;
            }
            if (start > 0 && self.cap(start - 1) && start - 1 > 0) || self.cap(end) {
                return None;
            }
            // A bare season takes a value only where the tense says which one, or, after
            // "the", where the reference date lies in it ("the winter so far", written in
            // December; "prices ease in spring" is any spring).
            let before = if start > 0 { self.w(start - 1) } else { "" };
            // "on a summer's afternoon": any summer.
            if before == "a" {
                return Some(Found::new(start, end, Kind::Date, None, Rule::DateSeason));
            }
            let the = before == "the";
            let value = self
                .r
                .and_then(|r| {
                    let tense = self.tense(start, end);
                    let period = season_period(first);
                    let y = if tense == Tense::Unknown {
                        if !the {
                            return None;
                        }
                        (r.year - 1..=r.year)
                            .find(|&y| period(y).is_some_and(|(a, b)| a <= r && r <= b))?
                    } else {
                        pick_year(r, tense, period)?.0
                    };
                    Some(format!("{y:04}-{code}"))
                })
                // No reference date: the season of an unknown year ("XXXX-SU").
                .or_else(|| self.r.is_none().then(|| format!("XXXX-{code}")));
            return Some(Found::new(start, end, Kind::Date, value, Rule::DateSeason));
        }
        let rel = rel?;
        let value = self
            .r
            .and_then(|r| {
                let days = r.to_days();
                let periods: Vec<(i32, Date, Date)> = (r.year - 2..=r.year + 1)
                    .filter_map(|y| season_period(first)(y).map(|(a, b)| (y, a, b)))
                    .collect();
                let pick = match rel {
                    "last" | "past" | "previous" => {
                        periods.iter().rev().find(|(_, _, b)| b.to_days() < days)
                    }
                    "next" | "coming" | "upcoming" => {
                        periods.iter().find(|(_, a, _)| a.to_days() > days)
                    }
                    _ => periods
                        .iter()
                        .find(|(_, a, b)| a.to_days() <= days && days <= b.to_days())
                        .or_else(|| periods.iter().find(|(y, _, _)| *y == r.year)),
                };
                pick.map(|(y, _, _)| format!("{y:04}-{code}"))
            })
            // No reference date: the season of an unknown year ("last winter": "XXXX-WI").
            .or_else(|| self.r.is_none().then(|| format!("XXXX-{code}")));
        end = end.max(i + 1);
        Some(Found::new(start, end, Kind::Date, value, Rule::DateSeason))
    }
}
