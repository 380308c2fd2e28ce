//! Numeric dates: "2025-11-04", "11/04/2025", "23.08.2025", "12-2015", "2014-18",
//! "2017-q1", and the one order (month or day first) that an article's numeric dates
//! follow ([`settle_numeric_order`]).

use super::month::month_of;
use super::tense::pick_year;
use super::timex::ym;
use super::{Found, Scan};
use crate::calendar::{days_in_month, Date};
use crate::model::{Kind, Mention, Rule, Value};

impl Scan<'_> {
    /// "2025-11-04", "2025/11/04", "2015-12", "2014-18", "2025/26", "11/04/2025",
    /// "04-11-2025", "23.08.2025", "11/4" (after "on"), "2017-q1".
    pub(super) fn iso_or_numeric(&self, i: usize) -> Option<Found> {
        let a_text = self.t(i);
        // European dotted dates lex as one number: "23.08.2025".
        if a_text.bytes().filter(|&b| b == b'.').count() == 2 {
            let mut parts = a_text.split('.');
            let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
            if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
                let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                return Some(Found::new(
                    i,
                    i + 1,
                    Kind::Date,
                    Some(date.to_string()),
                    Rule::DateNumeric,
                ));
            }
            return None;
        }
        let sep = self.t(i + 1);
        if !(self.glued(i + 1) && matches!(sep, "-" | "/" | "–") && self.glued(i + 2)) {
            return None;
        }
        if let Some(y) = self.year_at(i) {
            // Year first.
            if let Some(mm) = self.int(i + 2) {
                let mm_len = self.t(i + 2).len();
                if self.t(i + 3) == sep && self.glued(i + 3) && self.glued(i + 4) {
                    let dd = self.int(i + 4)?;
                    if self.glued_alnum_after(i + 4) || sep == "–" {
                        return None;
                    }
                    let d = Date::new(y, mm, dd)?;
                    return Some(Found::new(
                        i,
                        i + 5,
                        Kind::Date,
                        Some(d.to_string()),
                        Rule::DateIso,
                    ));
                }
                if self.glued_alnum_after(i + 2) {
                    return None;
                }
                // "2014-18", "2017-2018", "2025/26", "2005-6": a span of years.
                let y2 = match mm_len {
                    1 => Some(y / 10 * 10 + mm as i32),
                    2 => Some(y / 100 * 100 + mm as i32),
                    4 => Some(mm as i32),
                    _ => None,
                };
                let later = y2.is_some_and(|y2| y2 > y && y2 - y < 100);
                let next = |m: i32| mm as i32 == (y + 1) % m;
                if later
                    && (mm_len == 4 || next(100) || (mm_len == 1 && next(10)) || mm as i32 > 12)
                {
                    // An interval of years, "2014/2018" (ISO 8601), given as `min` and
                    // `max` ([`super::find_in`]).
                    let span = y2.map(|y2| format!("{y:04}/{y2:04}"));
                    return Some(Found::new(i, i + 3, Kind::Date, span, Rule::DateYears));
                }
                // "2015-12": a month.
                if mm_len == 2 && (1..=12).contains(&mm) && sep == "-" {
                    return Some(Found::new(
                        i,
                        i + 3,
                        Kind::Date,
                        Some(ym(y, mm)),
                        Rule::DateIso,
                    ));
                }
                return None;
            }
            // "2017-q1".
            if self.w(i + 2) == "q" && self.glued(i + 3) && self.t(i + 3).len() == 1 {
                let q = self.int(i + 3)?;
                if (1..=4).contains(&q) && !self.glued_alnum_after(i + 3) {
                    return Some(Found::new(
                        i,
                        i + 4,
                        Kind::Date,
                        Some(format!("{y:04}-Q{q}")),
                        Rule::DateQuarter,
                    ));
                }
            }
            // "2019-aug-01", "2019/Sep/23".
            if let Some((m, _)) = month_of(self.w(i + 2)) {
                if self.t(i + 3) == sep && self.glued(i + 3) {
                    let (dd, e) = self.day_at(i + 4)?;
                    let d = Date::new(y, m, dd)?;
                    return Some(Found::new(
                        i,
                        e,
                        Kind::Date,
                        Some(d.to_string()),
                        Rule::DateIso,
                    ));
                }
            }
            return None;
        }
        let a = self.int(i)?;
        if self.t(i).len() > 2 {
            return None;
        }
        // "05-Aug-2016", "23/Sep/2020".
        if let Some((m, _)) = month_of(self.w(i + 2)) {
            if self.t(i + 3) == sep && self.glued(i + 3) {
                let y = self.year_at(i + 4)?;
                let d = Date::new(y, m, a)?;
                return Some(Found::new(
                    i,
                    i + 5,
                    Kind::Date,
                    Some(d.to_string()),
                    Rule::DateNumeric,
                ));
            }
            return None;
        }
        // "12-2015", "03/2019": a month and year.
        if let Some(y) = self.year_at(i + 2) {
            let next_sep = self.t(i + 3) == sep && self.glued(i + 3);
            if (1..=12).contains(&a) && sep != "–" && !next_sep && !self.glued_alnum_after(i + 2)
            {
                return Some(Found::new(
                    i,
                    i + 3,
                    Kind::Date,
                    Some(ym(y, a)),
                    Rule::DateNumeric,
                ));
            }
            return None;
        }
        let b = self.int(i + 2)?;
        if self.t(i + 2).len() > 2 || sep == "–" {
            return None;
        }
        let has_year =
            self.t(i + 3) == sep && self.glued(i + 3) && self.glued(i + 4) && self.is_num(i + 4);
        if has_year {
            let yt = self.t(i + 4);
            let y: i32 = match yt.len() {
                4 => self.year_at(i + 4)?,
                2 => self.two_digit_year(yt.parse().ok()?),
                _ => return None,
            };
            if self.glued_alnum_after(i + 4) {
                return None;
            }
            let (d, rule) = numeric_order(a, b, y)?;
            return Some(Found::new(i, i + 5, Kind::Date, Some(d.to_string()), rule));
        }
        // "11/20" without a year: only as a date after "on", "from", "by", "until".
        if sep == "/"
            && i > 0
            && self.any(
                i - 1,
                &[
                    "on", "from", "by", "until", "till", "since", "before", "after",
                ],
            )
            && !self.glued_alnum_after(i + 2)
            && !(self.t(i + 3) == "/" && self.glued(i + 3))
        {
            let r = self.r?;
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            if !(1..=12).contains(&m) || d == 0 || d > days_in_month(2024, m) {
                return None;
            }
            let tense = self.tense(i, i + 3);
            let value = pick_year(r, tense, |y| {
                let d = Date::new(y, m, d.min(days_in_month(y, m)))?;
                Some((d, d))
            })
            .map(|(_, d, _)| d.to_string());
            return Some(Found::new(i, i + 3, Kind::Date, value, Rule::DateNumeric));
        }
        None
    }
}

/// Reads a numeric date `a/b/year`. Month first, as in US usage and most English-language
/// news wires, unless `a` cannot be a month ("25/12/2025"); an ambiguous reading (both
/// numbers 12 or less) gets rule `date:numeric-mdy`, which
/// [`settle_numeric_order`] turns day first when the same article writes another numeric
/// date that can only be day first.
fn numeric_order(a: u32, b: u32, y: i32) -> Option<(Date, Rule)> {
    if a > 12 {
        return Date::new(y, b, a).map(|d| (d, Rule::DateNumericDmy));
    }
    if b > 12 {
        return Date::new(y, a, b).map(|d| (d, Rule::DateNumeric));
    }
    if a == b {
        return Date::new(y, a, b).map(|d| (d, Rule::DateNumeric));
    }
    Date::new(y, a, b).map(|d| (d, Rule::DateNumericMdy))
}

/// A date that makes [`settle_numeric_order`] read the article's numeric dates day first:
/// one that can only be day first.
#[inline]
pub fn asks_numeric_order(m: &Mention) -> bool {
    m.rule == Rule::DateNumericDmy
}

/// Numeric dates follow one order within an article: when one of them can only be day
/// first ("25/12/2025") and none can only be month first ("12/25/2025"), the ambiguous
/// ones ("04/11/2025") are read day first too (4 November).
pub fn settle_numeric_order(text: &str, mentions: &mut [Mention]) {
    if mentions
        .iter()
        .any(|m| m.rule == Rule::DateNumeric && is_slashed_mdy(m.text(text)))
    {
        return;
    }
    for m in mentions
        .iter_mut()
        .filter(|m| m.rule == Rule::DateNumericMdy)
    {
        let parts: Vec<&str> = m.text(text).split(['/', '-']).collect();
        let (Some(a), Some(b), Some(y)) = (
            parts.first().and_then(|p| p.parse::<u32>().ok()),
            parts.get(1).and_then(|p| p.parse::<u32>().ok()),
            m.q()
                .value
                .as_ref()
                .and_then(|v| v.as_str())
                .and_then(|v| v.get(..4))
                .and_then(|v| v.parse::<i32>().ok()),
        ) else {
            continue;
        };
        if let Some(d) = Date::new(y, a, b) {
            m.q_mut().value = Some(Value::Text(d.to_string().into()));
            m.rule = Rule::DateNumericDmy;
        }
    }
}

/// A numeric date whose second number is over 12: it can only be month first.
fn is_slashed_mdy(s: &str) -> bool {
    s.split(['/', '-'])
        .nth(1)
        .and_then(|b| b.parse::<u32>().ok())
        .is_some_and(|b| b > 12)
}
