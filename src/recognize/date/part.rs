//! Parts and edges of a period: "mid-2025", "early next year", "late December", "late
//! Wednesday", "the end of the year", "end-March", "the first week of March", "the final
//! months of 2004".

use super::month::month_of;
use super::season::season_of;
use super::timex::{week_of_day, Unit};
use super::weekday::weekday_of;
use super::{Found, Scan};
use crate::model::{Kind, Rule};
use crate::recognize::numbers::{is_hyphen, Lex};

impl Scan<'_> {
    /// "mid-2025", "early 2025", "late December", "early next year", "late last year",
    /// "mid-March", "the early 1990s" (with `after_the`).
    pub(super) fn modified(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        if is_hyphen(self.t(j)) && self.glued(j) {
            j += 1;
        } else if self.w(i) == "mid" && !self.any(j, &["morning", "afternoon"]) {
            // "mid afternoon" is read apart; "mid" before anything else is a word.
            return None;
        }
        if self.is_num(j) {
            if let Some(f) = self.decade(i, j) {
                return Some(f);
            }
            // "late 19th century", "mid-20th century".
            if let Some(f) = self.century(j) {
                return Some(Found { start: i, ..f });
            }
            let y = self.year_at(j)?;
            if self.glued_alnum_after(j) {
                return None;
            }
            return Some(Found::new(
                i,
                j + 1,
                Kind::Date,
                Some(format!("{y:04}")),
                Rule::DateYear,
            ));
        }
        let w = self.w(j);
        if let Some((m, abbr)) = month_of(w) {
            if abbr && !self.cap(j) {
                return None;
            }
            return self.month(j, j, m, abbr, None).map(|mut f| {
                f.start = i;
                f
            });
        }
        // "late Wednesday", "early Thursday": the day's value.
        if let Some((wd, abbr)) = weekday_of(w).filter(|_| self.cap(j) && self.w(i) != "mid") {
            return self.weekday(i, j, wd, abbr, None);
        }
        if matches!(w, "last" | "next" | "this") {
            let f = self.relative(j, j, w)?;
            return Some(Found { start: i, ..f });
        }
        // "late yesterday", "early tomorrow": the day's value.
        if self.w(i) != "mid" && self.any(j, &["yesterday", "today", "tomorrow", "tonight"]) {
            return self.day_word(j).map(|f| Found { start: i, ..f });
        }
        // "late summer", "early spring".
        if let Some((code, first)) = season_of(w) {
            let f = self.season(j, j, code, first, None)?;
            return Some(Found { start: i, ..f });
        }
        // "early morning", "late afternoon", "mid-afternoon".
        if self.w(i) != "mid" || self.any(j, &["morning", "afternoon"]) {
            if let Some(code) = self.part_of_day(j).filter(|c| *c != "TNI") {
                return Some(Found::new(
                    i,
                    j + 1,
                    Kind::Time,
                    Some(code.into()),
                    Rule::TimePart,
                ));
            }
        }
        None
    }

    /// "the final quarter of 2004" (its fourth quarter), "the final week of July", "the
    /// final months of 2004".
    pub(super) fn final_period(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let (unit, plural) = self.unit_at(j)?;
        if unit == Unit::Quarter && !plural {
            if let Some(y) = self.year_at(j + 2).filter(|_| self.w(j + 1) == "of") {
                return Some(Found::new(
                    i,
                    j + 3,
                    Kind::Date,
                    Some(format!("{y:04}-Q4")),
                    Rule::DateQuarter,
                ));
            }
            return None;
        }
        self.part_of(i, j + 1)
    }

    /// "of July", "of 2021", "of next month" after "the first week", "the last three
    /// days": one date from the first word to the end of the period, without a value.
    pub(super) fn part_of(&self, start: usize, k: usize) -> Option<Found> {
        if self.w(k) != "of" {
            return None;
        }
        let anchor = self
            .at(k + 1)
            .filter(|f| f.start == k + 1 && f.kind == Kind::Date)?;
        Some(Found::new(
            start,
            anchor.end,
            Kind::Date,
            None,
            Rule::DatePartOf,
        ))
    }

    /// The `n`th month or day (`unit`) of the period that `f` ([`Scan::part_of`]) ends
    /// with: "the third month of 2021" `2021-03`, "the 15th day of next month"; other
    /// units and periods keep no value.
    pub(super) fn nth_of(&self, f: &Found, n: u32, unit: Unit) -> Option<Found> {
        let anchor = self.at(self.of_end(f)?)?;
        let v = anchor.value.as_deref()?;
        // The year and month of a month's value ("2026-03").
        let year_month = || Some((v[..4].parse().ok()?, v[5..].parse().ok()?));
        let value = match (unit, v.len()) {
            (Unit::Month, 4) if (1..=12).contains(&n) => format!("{v}-{n:02}"),
            // Without a reference date: "the 15th day of June" `XXXX-06-15`.
            (Unit::Day, 7) if v.starts_with("XXXX") && (1..=31).contains(&n) => {
                format!("{v}-{n:02}")
            }
            (Unit::Day, 7) => {
                let (y, m) = year_month()?;
                crate::calendar::Date::new(y, m, n)?.to_string()
            }
            // "the first day of 2025": that day of the year.
            (Unit::Day, 4) => nth_day_of_year(v.parse().ok()?, i64::from(n))?,
            // "the second week of March": the ISO week of its eighth day (`2027-W10`).
            (Unit::Week, 7) if !v.starts_with("XXXX") && (1..=4).contains(&n) => {
                let (y, m) = year_month()?;
                week_of_day(&crate::calendar::Date::new(y, m, 1 + 7 * (n - 1))?.to_string())
            }
            _ => return None,
        };
        Some(Found::new(
            f.start,
            f.end,
            Kind::Date,
            Some(value),
            Rule::DatePartOf,
        ))
    }

    /// "the 71st day of 2026" at the ordinal's digits `j`: that day of the year, as
    /// almanacs count it (`2026-03-12`).
    pub(super) fn day_of_year(&self, j: usize) -> Option<Found> {
        let t = self.toks.get(j)?;
        if t.kind != Lex::Number || t.end - t.start > 3 || !self.glued(j + 1) {
            return None;
        }
        if !self.any(j + 1, &["st", "nd", "rd", "th"]) || self.w(j + 2) != "day" {
            return None;
        }
        let year = (self.w(j + 3) == "of").then(|| self.year_at(j + 4))??;
        let day = nth_day_of_year(year, self.t(j).parse().ok()?)?;
        Some(Found::new(
            j,
            j + 5,
            Kind::Date,
            Some(day),
            Rule::DatePartOf,
        ))
    }

    /// The token after "of" in a date read by [`Scan::part_of`].
    fn of_end(&self, f: &Found) -> Option<usize> {
        (f.start..f.end).find(|&k| self.w(k) == "of").map(|k| k + 1)
    }

    /// "end of 2025", "the end of the year", "end-March", "the start of next month",
    /// "the beginning of the decade": the value is the period's.
    pub(super) fn boundary(&self, i: usize) -> Option<Found> {
        let glued_hyphen = is_hyphen(self.t(i + 1)) && self.glued(i + 1);
        if !glued_hyphen && self.w(i + 1) != "of" {
            return None;
        }
        let j = i + 2;
        // "the end of the year", "end of year", "the start of the month".
        let k = if self.w(j) == "the" { j + 1 } else { j };
        if let Some((unit, false)) = self.unit_at(k) {
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            let value = self.shifted(0, unit);
            return Some(Found::new(i, k + 1, Kind::Date, value, Rule::DateBoundary));
        }
        let f = self.at(j)?;
        if f.start != j || f.kind != Kind::Date {
            return None;
        }
        Some(Found { start: i, ..f })
    }
}

/// Day `n` of the year `year` (`2026-03-12` for day 71 of 2026), if the year has it.
#[inline(always)]
fn nth_day_of_year(year: i32, n: i64) -> Option<String> {
    let first = crate::calendar::Date::new(year, 1, 1)?;
    let day = first.add_days(n - 1);
    (n >= 1 && day.year == year).then(|| day.to_string())
}
