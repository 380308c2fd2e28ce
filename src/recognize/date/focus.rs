//! The period in the article's focus: "the quarter", "the latest quarter", "the
//! year-earlier quarter", "the year-ago period", and "a year earlier" after a quarter.
//! Earnings news names a quarter once ("third-quarter profit") and then refers to it; the
//! value is the last quarter the article named before, shifted by the focus words' years
//! (`data/words/focus.tsv`, classes `word` and `period`), or, when none was named,
//! the last quarter that ended before the reference date ([`settle_focus`]).

use super::timex::Unit;
use super::{value_of, Found, Scan};
use crate::calendar::Date;
use crate::lexicon::words;
use crate::model::{EntityType, Kind, Mention, Rule, Span, Value};
use crate::recognize::numbers::{is_hyphen, ordinal_word};

impl Scan<'_> {
    /// "year-end", "year end" from token `j` to `end`: the end of the reference year ("by
    /// year-end"), or of the year before it after "since".
    fn end_of_year(&self, j: usize, end: usize) -> Found {
        let back = i64::from(j > 0 && self.w(j - 1) == "since");
        let value = self.shifted(-back, Unit::Year);
        Found::new(j, end, Kind::Date, value, Rule::DateBoundary)
    }

    /// The token after "year end" or "year's end" at token `j`, not glued to a word or a
    /// number after it ("year endings").
    fn year_end(&self, j: usize) -> Option<usize> {
        if self.w(j) != "year" || self.glued(j + 1) && !matches!(self.t(j + 1), "'" | "’") {
            return None;
        }
        let end = if self.w(j + 1) == "end" {
            j + 2
        } else if matches!(self.t(j + 1), "'" | "’")
            && self.w(j + 2) == "s"
            && self.w(j + 3) == "end"
        {
            j + 4
        } else {
            return None;
        };
        (!self.glued_alnum_after(end - 1)).then_some(end)
    }

    /// "latest quarter", "year-earlier quarter", "quarter" after "the" at `j - 1` (the
    /// span leaves "the" out), and "year-earlier" before a noun, with "the" or without
    /// ("year-earlier profit"). "the period" needs a focus word: alone it names nothing.
    pub(super) fn focus(&self, j: usize) -> Option<Found> {
        if let Some(y) = self.year_at(j) {
            return self.quarter_of_year(j, y);
        }
        // "a year-long inquiry": a duration.
        if let Some(f) = self.long_span(j) {
            return Some(f);
        }
        // "by year end", "by year's end": as "by year-end".
        if let Some(end) = self.year_end(j) {
            return Some(self.end_of_year(j, end));
        }
        let mut k = j;
        let (mut back, mut ended) = (false, false);
        loop {
            // A focus word of one token, or of two joined by a hyphen ("year-earlier"),
            // looked up without building the compound.
            let compound = is_hyphen(self.t(k + 1)) && self.glued(k + 1) && self.glued(k + 2);
            let (a, b) = (self.w(k), if compound { self.w(k + 2) } else { "" });
            let found = words::FOCUS_WORD
                .iter()
                .find(|(w, _)| match w.split_once('-') {
                    Some((x, y)) => compound && x == a && y == b,
                    None => *w == a,
                });
            let next = if found.is_some_and(|(w, _)| w.contains('-')) {
                k + 3
            } else {
                k + 1
            };
            match found.map(|&(_, v)| v) {
                Some("end") if k == j => return Some(self.end_of_year(j, next)),
                Some(years) => {
                    back |= years == "-1";
                    ended |= years == "ended";
                    k = next;
                }
                None => break,
            }
        }
        // "the year-ago third quarter": the quarter named, a year back.
        if back {
            if let Some(f) = self.ordinal_quarter(k) {
                let (y, q) = f.value.as_deref().and_then(quarter)?;
                let value = Some(format!("{:04}-Q{q}", y - 1));
                return Some(Found::new(
                    j,
                    f.end,
                    Kind::Date,
                    value,
                    Rule::DateFocusYearBefore,
                ));
            }
        }
        let head = self.w(k);
        if value_of(words::FOCUS_PERIOD, head).is_none() {
            // "year-earlier profit", "the year-ago results": the adjective alone.
            let adjective = back && k > j && self.is_word(k) && !self.cap(k);
            return adjective
                .then(|| Found::new(j, k, Kind::Date, None, Rule::DateFocusYearBefore));
        }
        let bare_period = k == j && head == "period";
        let compound_after = is_hyphen(self.t(k + 1)) && self.glued(k + 1);
        if bare_period || compound_after || self.w(k + 1) == "of" {
            return None;
        }
        if ended && !back {
            // "the latest quarter": the last one reported, whatever the article named.
            let value = self.r.map(|r| {
                let (y, q) = ended_before(r);
                format!("{y:04}-Q{q}")
            });
            return Some(Found::new(j, k + 1, Kind::Date, value, Rule::DateFocus));
        }
        let rule = if back {
            Rule::DateFocusYearBefore
        } else {
            Rule::DateFocus
        };
        Some(Found::new(j, k + 1, Kind::Date, None, rule))
    }
}

impl Scan<'_> {
    /// "1988 third quarter", "1988 quarter", "1989 period" after "the" at `j - 1`: a
    /// quarter of the year; without an ordinal, the quarter in focus in that year
    /// ([`settle_focus`]; the year alone until then).
    fn quarter_of_year(&self, j: usize, y: i32) -> Option<Found> {
        if self.glued_alnum_after(j) {
            return None;
        }
        if let Some(f) = self.ordinal_quarter(j + 1) {
            let (_, q) = f.value.as_deref().and_then(quarter)?;
            let value = Some(format!("{y:04}-Q{q}"));
            return Some(Found::new(j, f.end, Kind::Date, value, Rule::DateQuarter));
        }
        value_of(words::FOCUS_PERIOD, self.w(j + 1))?;
        let value = Some(format!("{y:04}"));
        Some(Found::new(
            j,
            j + 2,
            Kind::Date,
            value,
            Rule::DateFocusInYear,
        ))
    }

    /// "third quarter" at `k`: the ordinal reader's quarter, when it reads exactly that.
    fn ordinal_quarter(&self, k: usize) -> Option<Found> {
        let d = ordinal_word(self.w(k)).filter(|d| (1..=4).contains(d))?;
        if self.w(k + 1) != "quarter" {
            return None;
        }
        self.ordinal_period(k, k, d)
            .filter(|f| f.value.as_deref().and_then(quarter).is_some())
    }
}

/// A date that refers to the period in focus ("the quarter", "a year earlier"), which
/// [`settle_focus`] settles.
#[inline]
pub fn asks_focus(m: &Mention) -> bool {
    matches!(
        m.rule,
        Rule::DateFocus
            | Rule::DateFocusYearBefore
            | Rule::DateFocusInYear
            | Rule::DateYearEarlier
            | Rule::DateYearAgo
    )
}

/// Gives the article's focus references their values, in text order. The quarter in focus
/// is the last one named before that has ended by the reference date (a forecast for the
/// next quarter does not move it, nor does the same quarter of an earlier year, named to
/// compare). "the quarter" is the one in focus, else the last that
/// ended before the reference date; "the year-earlier quarter" a year before that. "a year
/// earlier" and "a year ago" count back from a quarter in focus named at most two sentences
/// before ("compared with $3 million a year ago"); otherwise they are the year before the
/// reference date.
pub fn settle_focus(mentions: &mut [Mention], sentences: &[Span], reference: Option<Date>) {
    let ended = reference.map(ended_before);
    let sentence_of = |m: &Mention| sentences.partition_point(|s| s.end <= m.span.start);
    // The quarter in focus and the sentence that named it.
    let mut focus: Option<((i32, u32), usize)> = None;
    // The last day named by its month and day ("September 30, 2024"; not a weekday, the
    // day of a report) and its sentence.
    let mut last_day: Option<(Date, usize)> = None;
    // The recognizers push an article's dates in text order: no index to sort.
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Date) {
        let day = m.q().value.as_ref().and_then(Value::as_str);
        if let Some(d) = day
            .filter(|v| v.len() == 10 && m.rule == Rule::DateMonthDay)
            .and_then(Date::parse_iso)
        {
            last_day = Some((d, sentence_of(m)));
        }
        let near = focus
            .filter(|&(_, s)| sentence_of(m) <= s + 2)
            .map(|(q, _)| q);
        let value = m.q().value.as_ref().and_then(Value::as_str);
        let (base, years) = match m.rule {
            Rule::DateFocusInYear => {
                // "the 1988 quarter": the quarter in focus, in 1988.
                let year = value.and_then(|v| v.parse::<i32>().ok());
                if let (Some(y), Some(((_, q), _))) = (year, focus) {
                    let v = format!("{y:04}-Q{q}");
                    m.q_mut().value = Some(Value::Text(v.into()));
                }
                continue;
            }
            Rule::DateFocus if value.is_none() => (focus.map(|f| f.0).or(ended), 0),
            Rule::DateFocusYearBefore if value.is_none() => (focus.map(|f| f.0).or(ended), 1),
            // "the year-ago third quarter" named its quarter.
            Rule::DateFocusYearBefore => continue,
            Rule::DateYearEarlier | Rule::DateYearAgo => (near, 1),
            _ => {
                // The same quarter of an earlier year is named to compare: "compared
                // with $43 million for the third quarter of 2025" keeps 2026's in focus.
                let compared =
                    |(y, q): (i32, u32)| focus.is_some_and(|((fy, fq), _)| fq == q && y < fy);
                let named = value.and_then(quarter);
                if let Some(q) = named.filter(|&q| ended.is_none_or(|e| q <= e) && !compared(q)) {
                    focus = Some((q, sentence_of(m)));
                }
                continue;
            }
        };
        if let Some((y, q)) = base {
            let v = format!("{:04}-Q{q}", y - years);
            m.q_mut().value = Some(Value::Text(v.into()));
            // "the quarter", "the latest period" name the quarter in focus again: "... a
            // year earlier" two sentences on still counts back from it.
            if m.rule == Rule::DateFocus {
                focus = Some(((y, q), sentence_of(m)));
            }
        } else if let Some((d, _)) =
            last_day.filter(|&(_, s)| m.rule == Rule::DateYearEarlier && s == sentence_of(m))
        {
            // "as of September 30, 2024, up 16% from a year earlier": that day a year
            // before.
            let v = d.add_months(-12).to_string();
            m.q_mut().value = Some(Value::Text(v.into()));
        } else if let (Rule::DateYearEarlier, Some(r)) = (m.rule, reference) {
            // No quarter in focus: the year before the reference, as "a year ago".
            let v = format!("{:04}", r.year - 1);
            m.q_mut().value = Some(Value::Text(v.into()));
        }
    }
}

/// A fiscal year written as a code ("FY25", "FY2025"), which makes the article's quarters
/// without a year that fiscal year's ([`settle_fiscal_quarters`]).
#[inline]
pub fn asks_fiscal(text: &str, m: &Mention) -> bool {
    m.rule == Rule::DateFiscal && m.text(text).starts_with("FY")
}

/// Gives the quarters the article names without a year ("Q2", "the second quarter") the
/// latest fiscal year it names as a code: Indian and Japanese results count quarters in
/// their fiscal year ("Q2" of "FY25", July to September 2024, is `FY2025-Q2`). A quarter
/// named by its months ("the July-September quarter") keeps its calendar value.
pub fn settle_fiscal_quarters(text: &str, mentions: &mut [Mention]) {
    let fiscal = mentions
        .iter()
        .filter(|m| asks_fiscal(text, m))
        .filter_map(|m| {
            let v = m.q().value.as_ref().and_then(Value::as_str)?;
            v.get(2..)?.parse::<i32>().ok()
        })
        .max();
    let Some(fy) = fiscal else {
        return;
    };
    for m in mentions.iter_mut() {
        let chosen = m.rule == Rule::DateQuarter && m.year.is_some();
        let value = m.q().value.as_ref().and_then(Value::as_str);
        if let Some((_, q)) = value.filter(|_| chosen).and_then(quarter) {
            let v = format!("FY{fy:04}-Q{q}");
            m.q_mut().value = Some(Value::Text(v.into()));
        }
    }
}

/// The last quarter that ended before `r`: (year, quarter).
fn ended_before(r: Date) -> (i32, u32) {
    match (r.month - 1) / 3 {
        0 => (r.year - 1, 4),
        q => (r.year, q),
    }
}

/// The year and quarter of a value "2025-Q3".
fn quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    let q = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    Some((y.parse().ok()?, q))
}

#[cfg(test)]
mod tests {
    use super::quarter;

    #[test]
    fn quarters_read() {
        assert_eq!(quarter("2025-Q3"), Some((2025, 3)));
        assert_eq!(quarter("2025-Q5"), None);
        assert_eq!(quarter("2025-H1"), None);
    }
}
