//! Month names: "November 4", "4th of November 2025", "Nov. 4, 2025", "June 2022", "last
//! October", "May", "3-5 March", "the July-September quarter"; and the date of a dateline
//! ([`parse_dateline_date`]). Seasons are `season.rs`'s.

use super::tense::{pick_year, pick_year_why, Tense};
use super::timex::{month_day, push_padded, with_number, ym};
use super::weekday::weekday_of;
use super::{Found, Scan};
use crate::calendar::{days_in_month, Date};
use crate::model::{Kind, Rule, YearBasis};
use crate::recognize::amount::is_count_noun;
use crate::recognize::numbers::{is_hyphen, small_word, Lex};

/// The month of a lower-case full or abbreviated name ("march", "mar", "sept"), 1-12, with
/// whether it was abbreviated (`data/words/calendar.tsv`).
pub(super) use crate::lexicon::calendar::month_of;

fn month_period(month: u32) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| {
        Some((
            Date::new(y, month, 1)?,
            Date::new(y, month, days_in_month(y, month))?,
        ))
    }
}

/// Capitalised words of time before a month that make it no part of a name ("In May",
/// "Last March"; not "Theresa May", "Women's March").
const TIME_BEFORE_MONTH: [&str; 16] = [
    "in",
    "since",
    "until",
    "by",
    "from",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "during",
    "before",
    "after",
    "through",
    "throughout",
];

/// The words between the months of a run after "from" ("from October to March").
const RUN_TO: &[&str] = &["to", "until", "till", "through"];

/// Words that may follow the last day of "June 18 and 19" ("June 18 and 19 in Paris"); any
/// other word makes the number a count ("June 18 and 19 people").
const AFTER_LAST_DAY: [&str; 12] = [
    "in", "at", "on", "and", "or", "to", "when", "while", "with", "for", "from", "but",
];

impl Scan<'_> {
    /// A day coordinated with a day that has its month: "18" in "18 and 19 June", "4" and
    /// "5" in "4, 5 and 6 May" (the month after), "19" in "June 18 and 19" (the month
    /// before). It is that month's day, in the same year.
    pub(super) fn coordinated_day(&self, i: usize) -> Option<Found> {
        // A separator comes right before the day or right after it (past an ordinal's
        // suffix): most numbers have none, and are turned away before being read.
        let is_sep = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                matches!(
                    &self.text.as_bytes()[t.start..t.end],
                    b"," | b"and" | b"or" | b"&"
                )
            })
        };
        if !(i > 0 && is_sep(i - 1) || is_sep(i + 1) || is_sep(i + 2)) {
            return None;
        }
        let (day, end) = self.day_at(i)?;
        // The separator after token `k`'s day, and the token after it.
        let sep_after = |k: usize| match self.t(k) {
            "," if self.any(k + 1, &["and", "or"]) => Some(k + 2),
            "," => Some(k + 1),
            "and" | "or" | "&" => Some(k + 1),
            _ => None,
        };
        // Forward: days and separators up to a day with its month.
        let mut k = end;
        for _ in 0..6 {
            let Some(next) = sep_after(k) else { break };
            let (_, e) = self.day_at(next)?;
            if let Some(f) = self
                .day_month(next)
                .filter(|f| f.rule == Rule::DateMonthDay && f.end > e)
            {
                return self.same_month(i, end, day, f.value.as_deref());
            }
            k = e;
        }
        // Backward: "June 18 and 19", "June 4, 5 and 6", the day last, before no noun.
        if self.is_word(end) && !self.any(end, &AFTER_LAST_DAY) {
            return None;
        }
        let mut k = i;
        for _ in 0..6 {
            // The separator before token `k`: ", and", "and", ",".
            let p = k.checked_sub(1)?;
            let sep = match self.t(p) {
                "and" | "or" | "&" if p > 0 && self.t(p - 1) == "," => p - 1,
                "and" | "or" | "&" | "," => p,
                _ => return None,
            };
            let d = sep.checked_sub(1)?;
            self.day_at(d).filter(|&(_, e)| e == sep)?;
            if d > 0 && month_of(self.w(d - 1)).is_some() {
                let f = self
                    .at(d - 1)
                    .filter(|f| f.start == d - 1 && f.end == sep && f.rule == Rule::DateMonthDay)?;
                return self.same_month(i, end, day, f.value.as_deref());
            }
            k = d;
        }
        None
    }

    /// The date of `day` (tokens `i..end`) in the month and year of `value`
    /// ("2026-06-19", "XXXX-06-19").
    fn same_month(&self, i: usize, end: usize, day: u32, value: Option<&str>) -> Option<Found> {
        let value = match value {
            Some(v) if v.len() == 10 => {
                let month = v[5..7].parse().ok()?;
                let days = v[..4].parse().map_or(29, |y| days_in_month(y, month));
                if day > days {
                    return None;
                }
                let mut s = v[..8].to_string();
                push_padded(&mut s, day, 2);
                Some(s)
            }
            _ => None,
        };
        Some(Found::new(i, end, Kind::Date, value, Rule::DateMonthDay))
    }

    /// Whether "between" stands right before token `i`: its "and" joins a run of days
    /// ("between 7 and 9 December").
    fn after_between(&self, i: usize) -> bool {
        i > 0 && self.w(i - 1) == "between"
    }

    /// "4 November", "4th of November 2025", "4 Nov.", "14 nov 2023", "3-5 March".
    pub(super) fn day_month(&self, i: usize) -> Option<Found> {
        let (day, mut j) = self.day_at(i)?;
        let mut range_end = None;
        // "3-5 March", "3 to 5 March", "between 7 and 9 December".
        if (is_hyphen(self.t(j))
            || self.w(j) == "to"
            || (self.w(j) == "and" && self.after_between(i)))
            && self.day_at(j + 1).is_some()
        {
            let (d2, k) = self.day_at(j + 1)?;
            if month_of(self.w(k)).is_some()
                || (self.w(k) == "of" && month_of(self.w(k + 1)).is_some())
            {
                range_end = Some(d2);
                j = k;
            }
        }
        if self.w(j) == "of" {
            j += 1;
        }
        let (month, abbr) = month_of(self.w(j))?;
        if !self.is_word(j) || self.glued(j) && !self.is_word(j) {
            return None;
        }
        // "4 may": the verb; "4 Mar" fine.
        if self.w(j) == "may" && !self.cap(j) {
            return None;
        }
        let end = self.past_name(j, abbr);
        self.finish_date(i, end, month, day, range_end)
    }

    /// "last year", "of this year", "next year" at token `k` after a day, a season or a
    /// holiday ("June 28 last year", "the spring of last year", "Easter next year"): the
    /// year, counted from the reference date, and the token after the words.
    pub(super) fn year_words_at(&self, k: usize) -> Option<(i32, usize)> {
        let r = self.r?;
        let k = if self.w(k) == "of" { k + 1 } else { k };
        let shift = self.year_shift_at(k)?;
        if self.glued_alnum_after(k + 1) {
            return None;
        }
        // "last year's", a possessive, qualifies the noun after it.
        if matches!(self.t(k + 2), "'" | "’") {
            return None;
        }
        Some((r.year + shift, k + 2))
    }

    /// An ordinal day (`n`, its last token `i`) before "of" and a month: "the first of
    /// April", "the 2nd of Aug."; the date starts at `start`.
    pub(super) fn ordinal_of_month(&self, start: usize, i: usize, n: u32) -> Option<Found> {
        if self.w(i + 1) != "of" || n > 31 {
            return None;
        }
        let j = i + 2;
        let (month, abbr) = month_of(self.w(j))?;
        if !self.cap(j) && (abbr || matches!(self.w(j), "may" | "march" | "august")) {
            return None;
        }
        let end = self.past_name(j, abbr);
        self.finish_date(start, end, month, n, None)
    }

    /// A day of the month as spoken, in cardinal words: "five", "twenty five",
    /// "twenty-five"; returns the day and the next token.
    fn spoken_day_at(&self, i: usize) -> Option<(u32, usize)> {
        let word = |k: usize| small_word(self.w(k)).filter(|_| self.is_word(k));
        let first = word(i)?;
        if !(first == 20.0 || first == 30.0) {
            return (1.0..20.0)
                .contains(&first)
                .then_some((first as u32, i + 1));
        }
        let k = if is_hyphen(self.t(i + 1)) && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        match word(k).filter(|u| (1.0..10.0).contains(u)) {
            Some(u) if first + u <= 31.0 => Some(((first + u) as u32, k + 1)),
            _ => Some((first as u32, i + 1)),
        }
    }

    /// A year in words at token `k` (read as [`Scan::spelled_year_at`]).
    fn spoken_year_at(&self, k: usize) -> bool {
        self.spelled_year_at(k, true).is_some()
    }

    /// A date as spoken, day first, all in words: "twenty five January nineteen eighty
    /// six"; only with its year in words, as a day in words alone is too often a count.
    pub(super) fn spoken_day_month(&self, i: usize) -> Option<Found> {
        let (day, j) = self.spoken_day_at(i)?;
        let (month, abbr) = month_of(self.w(j))?;
        let end = self.past_name(j, abbr);
        if !self.cap(j) || !self.spoken_year_at(end) {
            return None;
        }
        self.finish_date(i, end, month, day, None)
    }

    /// A year in two digits after "of" at token `k`: "87" or "'87" ("April of 87"), read
    /// as this century's up to ten years ahead of the reference date, else the last's; a
    /// bare number only at the end of a clause ("of 87 people" is a count).
    fn short_year(&self, k: usize) -> Option<(i32, usize)> {
        let quoted = matches!(self.t(k), "'" | "’") && self.glued(k + 1);
        let n = if quoted { k + 1 } else { k };
        if self.t(n).len() != 2 || self.glued_alnum_after(n) {
            return None;
        }
        let yy = self.int(n)? as i32;
        let clause_ends = self.toks.get(n + 1).is_none_or(|t| {
            t.kind == Lex::Punct && !matches!(self.t(n + 1), "%" | "-" | "/" | ":")
                || self.any(n + 1, &["and", "when", "but", "until", "before", "after"])
        });
        if !quoted && !clause_ends {
            return None;
        }
        Some((self.two_digit_year(yy), n + 1))
    }

    /// Adds an optional year (", 2025", " 2025", " of 2025") to a month and day read up to
    /// `end`, and resolves the date.
    fn finish_date(
        &self,
        start: usize,
        end: usize,
        month: u32,
        day: u32,
        range_end: Option<u32>,
    ) -> Option<Found> {
        let mut end = end;
        let mut year = None;
        let mut k = end;
        if self.t(k) == "," || self.w(k) == "of" {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            if !self.glued_alnum_after(k) && (k == end || !self.glued(k) || self.t(k - 1) != ",") {
                year = Some(y);
                end = k + 1;
            }
        }
        // "June 28 last year", "4 July this year".
        if year.is_none() && range_end.is_none() {
            if let Some((y, e)) = self.year_words_at(end) {
                year = Some(y);
                end = e;
            }
        }
        // "15 April of 87", "13 Sept nineteen seventy two".
        if year.is_none() {
            let short = (self.w(end) == "of").then(|| self.short_year(end + 1));
            let spoken = || {
                let y = self.spelled_year_at(k, true)?;
                Some((y.value.as_deref()?.parse().ok()?, y.end))
            };
            if let Some((y, e)) = short.flatten().or_else(spoken) {
                year = Some(y);
                end = e;
            }
        }
        if day > 31
            || (year.is_some_and(|y| day > days_in_month(y, month)))
            || day > days_in_month(2024, month)
        {
            return None;
        }
        if let Some(last) = range_end {
            return Some(self.day_range(start, end, year, month, day, last));
        }
        let mut why = None;
        let value = match year {
            Some(y) => Some(Date::new(y, month, day)?.to_string()),
            None => self.r.and_then(|r| {
                let tense = self.tense(start, end);
                let ((_, d, _), basis) = self.pick_year_at(r, tense, start, |y| {
                    let d = Date::new(y, month, day.min(days_in_month(y, month)))?;
                    Some((d, d))
                })?;
                why = Some(basis);
                Some(d.to_string())
            }),
        }
        // No reference date: the day of the year the sentence opens with, else of an
        // unknown year ("XXXX-03-14").
        .or_else(|| {
            self.r
                .is_none()
                .then(|| month_day(self.frame_year(start), month, day))
        });
        Some(Found::new(start, end, Kind::Date, value, Rule::DateMonthDay).with_year(why))
    }

    /// A run of days of one month, tokens `start..end` ("12-14 June", "March 3-5, 2025",
    /// "3 to 5 May"): one date from the first day to the last, its value the ISO 8601
    /// interval `FIRST/LAST` (the output's `min` and `max`). The year is the text's, else
    /// the one the tense picks for the whole run, else left open ("XXXX-06-12").
    fn day_range(
        &self,
        start: usize,
        end: usize,
        year: Option<i32>,
        month: u32,
        first: u32,
        last: u32,
    ) -> Found {
        let fits = |y: i32| first < last && last <= days_in_month(y, month);
        let mut why = None;
        let year = match (year, self.r) {
            (Some(y), _) => fits(y).then_some(Some(y)),
            (None, Some(r)) => {
                let tense = self.tense(start, end);
                pick_year_why(r, tense, |y| {
                    if !fits(y) {
                        return None;
                    }
                    Some((Date::new(y, month, first)?, Date::new(y, month, last)?))
                })
                .map(|((y, _, _), basis)| {
                    why = Some(basis);
                    Some(y)
                })
            }
            // No reference date: the days of an unknown year.
            (None, None) => fits(2024).then_some(None),
        };
        let value = year.map(|y| {
            format!(
                "{}/{}",
                month_day(y, month, first),
                month_day(y, month, last)
            )
        });
        Found::new(start, end, Kind::Date, value, Rule::DateRange).with_year(why)
    }

    /// A run of days across months written as one token ("Nov. 18-Dec. 2", "28 June-3
    /// July 2026"): one date from the first day to the last, as a run of one month's days
    /// is. A year written at either end is the run's; the last day falls after the first,
    /// in the next year if it must ("Dec. 28-Jan. 3"). `f` as it is otherwise.
    pub(super) fn run_across_months(&self, f: Found) -> Found {
        let j = f.end;
        if f.rule != Rule::DateMonthDay
            || !(is_hyphen(self.t(j)) && self.glued(j) && self.glued(j + 1))
        {
            return f;
        }
        let Some(g) = self
            .at(j + 1)
            .filter(|g| g.start == j + 1 && g.rule == Rule::DateMonthDay)
        else {
            return f;
        };
        let (Some(a), Some(b)) = (f.value.as_deref(), g.value.as_deref()) else {
            return f;
        };
        if a.len() != 10 || b.len() != 10 || a[5..] == b[5..] {
            return f;
        }
        // The year: the one written (a chosen year has a basis), the first end's before the
        // second's.
        let wrap = b[5..] < a[5..];
        let shift = |y: &str, by: i32| {
            y.parse::<i32>()
                .map_or_else(|_| y.to_string(), |y| format!("{:04}", y + by))
        };
        let written = |v: &str, chosen: Option<YearBasis>| {
            chosen.is_none() && v[..4].bytes().all(|c| c.is_ascii_digit())
        };
        let (ya, yb) = match (written(a, f.year), written(b, g.year)) {
            (true, true) => (a[..4].to_string(), b[..4].to_string()),
            (false, true) => (shift(&b[..4], -i32::from(wrap)), b[..4].to_string()),
            _ => (a[..4].to_string(), shift(&a[..4], i32::from(wrap))),
        };
        let value = format!("{ya}{}/{yb}{}", &a[4..], &b[4..]);
        Found::new(f.start, g.end, Kind::Date, Some(value), Rule::DateRange)
            .with_year(f.year.or(g.year))
    }

    /// The month that opens a run ending at the month at token `start`: "from", a bare
    /// month name, then "to", "until" or "through" ("runs from October to March"); not a
    /// chain of changes ("from May to April to March").
    #[cold]
    fn run_from(&self, start: usize) -> Option<u32> {
        let k = start.checked_sub(2).filter(|&k| k > 0)?;
        let opens = match self.w(k - 1) {
            "from" => self.any(start - 1, RUN_TO),
            "between" => self.w(start - 1) == "and",
            _ => false,
        };
        if !opens || self.any(start + 1, RUN_TO) {
            return None;
        }
        match month_of(self.w(k)) {
            Some((m, false)) => Some(m),
            _ => None,
        }
    }

    /// The month that ends a run opened by the bare month name at token `start` (the
    /// name ends before `end`): "from January to October", "between January and October";
    /// the end is a bare month name too.
    #[cold]
    fn run_to(&self, start: usize, end: usize) -> Option<u32> {
        if start == 0 || end != start + 1 {
            return None;
        }
        let closes = match self.w(start - 1) {
            "from" => self.any(end, RUN_TO),
            "between" => self.w(end) == "and",
            _ => false,
        };
        if !closes || self.day_at(end + 2).is_some() || self.year_at(end + 2).is_some() {
            return None;
        }
        match month_of(self.w(end + 1)) {
            Some((m, false)) => Some(m),
            _ => None,
        }
    }

    /// A month name at `i` (the expression starts at `start`): "November 4", "Nov. 4, 2025",
    /// "June 2022", "June of 2022", "Dec-2018", "October last year", "last October", "May".
    pub(super) fn month(
        &self,
        start: usize,
        i: usize,
        month: u32,
        abbr: bool,
        rel: Option<&str>,
    ) -> Option<Found> {
        let capital = self.cap(i);
        let j = self.past_name(i, abbr);
        // "November 4", "Nov. 4th, 2025", "March 3-5".
        if rel.is_none() {
            if let Some(f) = self.months_quarter(start, j, month) {
                return Some(f);
            }
            let day = self.day_at(j).or_else(|| self.day_word_at(j)).or_else(|| {
                self.spoken_day_at(j)
                    .filter(|&(_, e)| self.spoken_year_at(e))
            });
            let the_day = if self.w(j) == "the" {
                self.day_at(j + 1).or_else(|| self.day_word_at(j + 1))
            } else {
                None
            };
            if let Some((day, e)) = day.or(the_day) {
                // Not "May 2025" read as a day, nor "March 3D".
                if !(self.is_num(j) && self.t(j).len() > 2) {
                    if (is_hyphen(self.t(e))
                        || self.w(e) == "to"
                        || self.w(e) == "through"
                        || (self.w(e) == "and" && self.after_between(start)))
                        && self.day_at(e + 1).is_some()
                        && month_of(self.w(e + 1)).is_none()
                    {
                        let (last, e2) = self.day_at(e + 1)?;
                        return self.finish_date(start, e2, month, day, Some(last));
                    }
                    if !self.glued(j) || self.is_num(j) {
                        return self.finish_date(start, e, month, day, None);
                    }
                }
            }
            // "June 2022", "June of 2022", "Dec-2018", "Dec/2018", "June, 2022".
            let k = if self.w(j) == "of"
                || (matches!(self.t(j), "-" | "/") && self.glued(j))
                || (self.t(j) == "," && self.year_at(j + 1).is_some() && !self.glued(j + 1))
            {
                j + 1
            } else {
                j
            };
            if let Some(y) = self.year_at(k) {
                if !self.glued_alnum_after(k) {
                    return Some(Found::new(
                        start,
                        k + 1,
                        Kind::Date,
                        Some(ym(y, month)),
                        Rule::DateMonthYear,
                    ));
                }
            }
            // "April of 87", "April of '87".
            if let Some((y, e)) = (self.w(j) == "of")
                .then(|| self.short_year(j + 1))
                .flatten()
            {
                return Some(Found::new(
                    start,
                    e,
                    Kind::Date,
                    Some(ym(y, month)),
                    Rule::DateMonthYear,
                ));
            }
            // "October two thousand and five", "June nineteen ninety-six".
            if let Some(y) = self.spelled_year(k) {
                let year = y.value.as_deref().and_then(|v| v.parse::<i32>().ok());
                let value = year.map(|y| ym(y, month));
                return Some(Found::new(
                    start,
                    y.end,
                    Kind::Date,
                    value,
                    Rule::DateMonthYear,
                ));
            }
        }
        // A bare month name: full names only, and not where it is a name or a word.
        let w = self.w(i);
        if abbr && rel.is_none() {
            // "Feb" alone only after "in", "since", "until" ...
            let before = if i > 0 { self.w(i - 1) } else { "" };
            if !capital
                || ![
                    "in", "since", "until", "till", "by", "from", "to", "through", "before",
                    "after", "during",
                ]
                .contains(&before)
                || self.glued_alnum_after(j - 1)
            {
                return None;
            }
        }
        // Lower case, "may", "march" and "august" are words, after "this" or "last" too
        // ("arrested at this march", "the last march").
        if !capital && matches!(w, "may" | "march" | "august") {
            return None;
        }
        if rel.is_none() && !self.month_is_date(i, w) {
            return None;
        }
        let mut end = j;
        // "last Oct. 23", "next June 12": the day of the month the relative word picks.
        let day = rel.and_then(|_| self.day_at(j)).filter(|&(_, e)| {
            !self.glued(j)
                && !self.is_num(e)
                && !self.any(e, &["percent", "per", "pct", "%"])
                && !self
                    .toks
                    .get(e)
                    .is_some_and(|&t| is_count_noun(self.text, t))
        });
        if let Some((_, e)) = day {
            end = e;
        }
        // "October last year", "March this year", "June of next year".
        let mut year_shift = None;
        let mut why = None;
        let of = usize::from(self.w(end) == "of");
        if let Some(shift) = self.year_shift_at(end + of) {
            year_shift = Some(shift);
            end += of + 2;
        }
        let value = self
            .r
            .and_then(|r| {
                let year = match (year_shift, rel) {
                    (Some(s), _) => r.year + s,
                    (None, Some("last" | "past" | "previous")) => {
                        if month < r.month {
                            r.year
                        } else {
                            r.year - 1
                        }
                    }
                    (None, Some("next" | "coming" | "upcoming" | "following")) => {
                        if month > r.month {
                            r.year
                        } else {
                            r.year + 1
                        }
                    }
                    (None, Some("this" | "current")) => r.year,
                    _ => {
                        let tense = self.tense(start, end);
                        // "from October to March": the end month of a run is the first
                        // one on or after its start month.
                        if let Some(first) = (day.is_none() && tense == Tense::Unknown)
                            .then(|| self.run_from(start))
                            .flatten()
                        {
                            let ((y, _, _), _) = pick_year_why(r, tense, month_period(first))?;
                            why = Some(YearBasis::RunEnd);
                            y + i32::from(month < first)
                        } else if let Some(last) = (day.is_none() && tense == Tense::Past)
                            .then(|| self.run_to(start, end))
                            .flatten()
                        {
                            // "between January and October, shipments reached": the run
                            // ends in the past, and starts at or before its end.
                            let ((y, _, _), _) =
                                self.pick_year_at(r, tense, start, month_period(last))?;
                            why = Some(YearBasis::RunStart);
                            y - i32::from(month > last)
                        } else {
                            let ((y, _, _), basis) =
                                self.pick_year_at(r, tense, start, month_period(month))?;
                            why = Some(basis);
                            y
                        }
                    }
                };
                match day {
                    Some((d, _)) => Date::new(year, month, d).map(|d| d.to_string()),
                    None => Some(ym(year, month)),
                }
            })
            // No reference date: the month of the year the sentence opens with, else of an
            // unknown year ("XXXX-12"), "last December" too.
            .or_else(|| {
                self.r.is_none().then(|| {
                    match self
                        .frame_year(start)
                        .filter(|_| rel.is_none() && year_shift.is_none())
                    {
                        Some(y) => ym(y, month),
                        None => with_number("XXXX-", month, 2),
                    }
                })
            });
        let rule = if day.is_some() {
            Rule::DateMonthDay
        } else {
            Rule::DateMonth
        };
        Some(Found::new(start, end, Kind::Date, value, rule).with_year(why))
    }

    /// "the 20th" (after "the" at `j - 1`): a day of the reference month, or of the month
    /// before or after as the tense says ("scheduled to finish on the 20th"); without a
    /// reference date, of an unknown month ("XXXX-XX-20"). Not before a
    /// word ("the 20th anniversary", "the 20th century").
    pub(super) fn day_of_month(&self, j: usize) -> Option<Found> {
        let (day, end) = self.day_at(j)?;
        if end == j + 1 || self.is_word(end) || self.is_num(end) {
            return None;
        }
        let value = match self.r {
            Some(r) => {
                let tense = self.tense(j, end);
                Some(pick_month(r, tense, day)?.to_string())
            }
            // No reference date: the day of an unknown month ("XXXX-XX-20").
            None => Some(with_number("XXXX-XX-", day, 2)),
        };
        Some(Found::new(j, end, Kind::Date, value, Rule::DateDayOfMonth))
    }

    /// A bare capitalised month is a date unless it is part of a name ("Theresa May",
    /// "Women's March", "the Long March") or "May" the verb.
    fn month_is_date(&self, i: usize, w: &str) -> bool {
        // A capitalised word before (not at the start of the sentence): part of a name.
        let mut p = i;
        while p > 0 {
            p -= 1;
            let t = self.t(p);
            if matches!(t, "'" | "’") || (self.w(p) == "s" && self.glued(p)) {
                continue;
            }
            break;
        }
        // (A word opening a quotation opens its sentence too: "\"A June cut is ...".)
        if i > 0
            && p < i
            && self.cap(p)
            && (0..p).any(|k| self.is_word(k) || self.is_num(k))
            && weekday_of(self.w(p)).is_none()
            && !self.any(p, &TIME_BEFORE_MONTH)
        {
            return false;
        }
        if w == "may" {
            // The month needs a word of time before it: "in May", "since May", "last May".
            let before = if i > 0 { self.w(i - 1) } else { "" };
            let ok = [
                "in", "since", "until", "till", "by", "from", "to", "through", "during", "before",
                "after", "of", "early", "late", "mid", "-", "and", "or", "between", "until", "on",
                "a", "an", "for",
            ]
            .contains(&before);
            // "the data for May"; not "a blow for May" where the article names a May
            // ("Theresa May", "May Department Stores").
            if !ok || (before == "for" && self.may_is_a_name(i)) {
                return false;
            }
            // "a May election" is the month too; "by May I mean" is rare enough.
        }
        // "the March for Life", "the March of the Combatant Mothers", "the March on
        // Washington": a march (not "March of 2020", "March of last year").
        if w == "march"
            && i > 0
            && self.any(i - 1, &["the", "annual", "a"])
            && (self.any(i + 1, &["for", "on", "against"])
                || (self.w(i + 1) == "of" && self.w(i + 2) == "the"))
        {
            return false;
        }
        true
    }

    /// "the July-September quarter", "the April-June quarter" (from the first month at
    /// `start`, its name ending before token `j`): a calendar quarter, its year as a
    /// month's would be.
    fn months_quarter(&self, start: usize, j: usize, first: u32) -> Option<Found> {
        if !is_hyphen(self.t(j)) || self.w(j + 2) != "quarter" || first % 3 != 1 {
            return None;
        }
        let (last, _) = month_of(self.w(j + 1))?;
        if last != first + 2 {
            return None;
        }
        let q = first.div_ceil(3);
        // (No year basis is kept: a quarter named by its months stays the calendar's, which
        // `settle_fiscal_quarters` leaves alone.)
        let value = match self.r {
            Some(r) => self
                .nearest_quarter(r, start, j + 3, q, false)
                .map(|(v, _)| v),
            None => Some(format!("XXXX-Q{q}")),
        };
        Some(Found::new(
            start,
            j + 3,
            Kind::Date,
            value,
            Rule::DateQuarter,
        ))
    }

    /// Whether the article around token `i` (a few kilobytes either side) writes "May"
    /// as a name: after a capitalised word that is no word of time ("Theresa May", "Mrs
    /// May"; not "In May", "Last May"), or before one ("May Department Stores"; not "May
    /// Day").
    fn may_is_a_name(&self, i: usize) -> bool {
        const REACH: usize = 8 * 1024;
        let at = self.toks[i].start;
        let from = crate::input::floor_char(self.text, at.saturating_sub(REACH));
        let to = crate::input::ceil_char(self.text, (at + REACH).min(self.text.len()));
        let window = &self.text[from..to];
        let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        window.match_indices("May").any(|(k, _)| {
            let head = &window[..k];
            let tail = &window[k + 3..];
            if tail.starts_with(|c: char| c.is_alphanumeric()) {
                return false;
            }
            let prev = head
                .strip_suffix(' ')
                .and_then(|h| h.rsplit(|c: char| !c.is_alphabetic()).next())
                .unwrap_or("");
            let next = tail
                .strip_prefix(' ')
                .and_then(|t| t.split(|c: char| !c.is_alphabetic()).next())
                .unwrap_or("");
            let time = TIME_BEFORE_MONTH
                .iter()
                .any(|t| prev.eq_ignore_ascii_case(t));
            (capital(prev) && !time) || (capital(next) && next != "Day" && next.len() > 1)
        })
    }
}

/// Parses the date of a dateline ("March 3, 2026", "3 March 2026", "1996-08-30", an
/// almanac's "March 12, the 71st day of 2026"); a date without a year takes the nearest
/// year to `fallback` when one is given.
pub fn parse_dateline_date(s: &str, fallback: Option<Date>) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse_iso(s) {
        return Some(d);
    }
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let month = |w: &str| month_of(&w.trim_end_matches('.').to_ascii_lowercase()).map(|m| m.0);
    let (m, day, year) = match words.as_slice() {
        [m, d, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, Some(y.parse().ok()?)),
        // An almanac's "March 12, the 71st day of 2026".
        [m, d, "the", _, "day", "of", y] => (month(m)?, d.parse().ok()?, Some(y.parse().ok()?)),
        [d, m, y] => (month(m)?, d.parse().ok()?, Some(y.parse().ok()?)),
        [m, d] if month(m).is_some() => (month(m)?, d.parse().ok()?, None),
        [d, m] => (month(m)?, d.parse().ok()?, None),
        _ => return None,
    };
    match year {
        Some(y) => Date::new(y, m, day),
        None => {
            let r = fallback?;
            pick_year(r, Tense::Unknown, |y| {
                let d = Date::new(y, m, day.min(days_in_month(y, m)))?;
                Some((d, d))
            })
            .map(|(_, d, _)| d)
        }
    }
}

/// The occurrence of day `day` in the reference month or the months around it that
/// `tense` points to, as [`pick_year`] does for years.
fn pick_month(r: Date, tense: Tense, day: u32) -> Option<Date> {
    let days = r.to_days();
    // Two months each way: a 30th or 31st skips a month without one.
    let candidates: Vec<Date> = (-2..=2)
        .filter_map(|off| {
            let m = r.add_months(off);
            Date::new(m.year, m.month, day)
        })
        .collect();
    let pick = match tense {
        Tense::Past => candidates.iter().rev().find(|d| d.to_days() <= days),
        Tense::Future => candidates.iter().find(|d| d.to_days() >= days),
        Tense::Unknown => candidates.iter().min_by_key(|d| (d.to_days() - days).abs()),
    };
    pick.copied()
}

#[cfg(test)]
mod tests {
    use crate::recognize::date::tests::check;

    #[test]
    fn month_names() {
        check(
            "2026-03-03",
            &[
                ("on November 4 he met", "November 4", "2025-11-04"),
                ("Last October, he met", "Last October", "2025-10"),
                ("going back to June 2022.", "June 2022", "2022-06"),
                ("March 3, 2026", "March 3, 2026", "2026-03-03"),
                ("born in April of 87", "April of 87", "1987-04"),
                ("in April of 87 cases", "April", "2026-04"),
                (
                    "on 13 Sept nineteen seventy two",
                    "13 Sept nineteen seventy two",
                    "1972-09-13",
                ),
            ],
        );
    }
}
