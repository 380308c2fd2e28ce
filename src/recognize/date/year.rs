//! Years and their parts: bare years ("2017", "in 1492"), decades ("the 1990s", "the
//! nineties"), centuries ("the 21st century"), quarters and halves ("Q3 2025", "the
//! fourth quarter", "first-half profit") and fiscal years ("FY2025").

use super::month::month_of;
use super::season::season_of;
use super::tense::{pick_year_why, Tense};
use super::timex::{year_text, Unit};
use super::{Found, Scan};
use crate::calendar::Date;
use crate::model::{EntityType, Kind, Mention, Rule, Value, YearBasis};
use crate::recognize::amount::is_count_noun;
use crate::recognize::numbers::{is_hyphen, small_word, Lex, Tok};

/// Decades in words after "the", with their values ("the nineties": "199X").
pub(super) const DECADE_WORDS: [(&str, &str); 9] = [
    ("noughties", "200X"),
    ("nineties", "199X"),
    ("eighties", "198X"),
    ("seventies", "197X"),
    ("sixties", "196X"),
    ("fifties", "195X"),
    ("forties", "194X"),
    ("thirties", "193X"),
    ("twenties", "192X"),
];

impl Scan<'_> {
    /// "1990s", "the 1990s", "the '90s", "the early 2000s", "mid-1990s", "the 1800s".
    pub(super) fn decade(&self, start: usize, i: usize) -> Option<Found> {
        let t = self.t(i);
        // "the 1980's": an apostrophe before the "s" of a four-digit decade, which a
        // possessive year ("2000's budget") does not follow "the" with.
        let apostrophe_s = t.len() == 4
            && matches!(self.t(i + 1), "'" | "’")
            && self.glued(i + 1)
            && (start > 0 && self.any(start - 1, &["the", "early", "mid", "late"])
                || !t.ends_with("00"));
        let s = i + 1 + usize::from(apostrophe_s);
        if !self.is_num(i) || !self.glued(s) || self.w(s) != "s" || self.glued_alnum_after(s) {
            return None;
        }
        let n: u32 = t.parse().ok()?;
        let value = match t.len() {
            4 if n % 10 == 0 && (1000..=2190).contains(&n) => {
                if n % 100 == 0 && n < 2000 {
                    format!("{:02}XX", n / 100)
                } else {
                    format!("{:03}X", n / 10)
                }
            }
            2 if n % 10 == 0 => {
                // "the 90s", "'90s": the last century for the 20s-90s, this one for "00s".
                // Not an age ("in his 60s").
                let before = if start > 0 { self.w(start - 1) } else { "" };
                let apostrophe = start < i;
                let modified =
                    start > 0 && matches!(before, "the" | "early" | "mid" | "late" | "-");
                if !(apostrophe || modified) {
                    return None;
                }
                // "in his early 20s", "in their mid-30s": the words before the modifier.
                let mut k = start;
                while k > 0 && self.any(k - 1, &["early", "mid", "late", "-"]) {
                    k -= 1;
                }
                if k > 0 && self.any(k - 1, &["his", "her", "their", "its", "my", "your", "our"]) {
                    return None;
                }
                let century = if n <= 10 { 200 } else { 190 };
                format!("{:03}X", century + n / 10)
            }
            _ => return None,
        };
        Some(Found::new(
            start,
            s + 1,
            Kind::Date,
            Some(value),
            Rule::DateDecade,
        ))
    }

    /// A bare year: "2017", "2025's", "in 1492"; not a count, amount or code.
    pub(super) fn year(&self, i: usize) -> Option<Found> {
        let y = self.year_at(i)?;
        let next = self.t(i + 1);
        if self.glued(i + 1)
            && (matches!(self.kind(i + 1), Some(Lex::Word | Lex::Number))
                || matches!(next, "%" | "/" | ":"))
        {
            return None;
        }
        if self.glued(i + 1) && matches!(next, "." | ",") && self.is_num(i + 2) && self.glued(i + 2)
        {
            return None;
        }
        // "Ordinance 2026-14", "Case 2025-1187": digits glued after a hyphen that make no
        // range of years nor a month ("2009-10", "2026-03" are read before) are a code's.
        if self.glued(i + 1) && is_hyphen(next) && self.is_num(i + 2) && self.glued(i + 2) {
            return None;
        }
        let noun = self
            .toks
            .get(i + 1)
            .is_some_and(|&t| is_count_noun(self.text, t));
        if noun || self.any(i + 1, &["percent", "per", "pct"]) {
            return None;
        }
        // Years far from now need a word that makes them years: "in 1492", "by 2150".
        if !(1800..=2099).contains(&y) {
            let before = if i > 0 { self.w(i - 1) } else { "" };
            if ![
                "in", "since", "by", "until", "from", "of", "year", "before", "after", "around",
                "circa", "c",
            ]
            .contains(&before)
            {
                return None;
            }
        }
        // "the 2023 financial year", "its 2024 fiscal year": the fiscal year, as "fiscal
        // 2024" is.
        if self.any(i + 1, &["financial", "fiscal"]) && self.w(i + 2) == "year" {
            let value = Some(format!("FY{y:04}"));
            return Some(Found::new(i, i + 3, Kind::Date, value, Rule::DateFiscal));
        }
        // "2025 Q3", "2025 first half".
        if let Some(q) = self.quarter_word(i + 1) {
            let (n, e) = q;
            return Some(Found::new(
                i,
                e,
                Kind::Date,
                Some(format!("{y:04}-{n}")),
                Rule::DateQuarter,
            ));
        }
        Some(Found::new(
            i,
            i + 1,
            Kind::Date,
            Some(year_text(y)),
            Rule::DateYear,
        ))
    }

    /// "Q3", "H1" at `i`: "Q3"/"H1" and the next token.
    fn quarter_word(&self, i: usize) -> Option<(String, usize)> {
        let w = self.w(i);
        if !matches!(w, "q" | "h") || !self.glued(i + 1) {
            return None;
        }
        let n = self.int(i + 1)?;
        let max = if w == "q" { 4 } else { 2 };
        // "H1FY25", "Q2FY2025": a fiscal year glued after.
        let fiscal_after = self.w(i + 2) == "fy" && self.glued(i + 2);
        if !(1..=max).contains(&n)
            || self.t(i + 1).len() != 1
            || (self.glued_alnum_after(i + 1) && !fiscal_after)
        {
            return None;
        }
        Some((format!("{}{n}", w.to_ascii_uppercase()), i + 2))
    }

    /// "the 21st century", "the 19th-century".
    pub(super) fn century(&self, i: usize) -> Option<Found> {
        let n = self.int(i)?;
        if !(self.glued(i + 1) && self.any(i + 1, &["st", "nd", "rd", "th"])) {
            return None;
        }
        let mut j = i + 2;
        if is_hyphen(self.t(j)) && self.glued(j) {
            j += 1;
        }
        if self.w(j) != "century" || !(1..=30).contains(&n) {
            return None;
        }
        Some(Found::new(
            i,
            j + 1,
            Kind::Date,
            Some(format!("{:02}XX", n - 1)),
            Rule::DateCentury,
        ))
    }

    /// "Q3", "Q3 2025", "Q3 of 2025", "H1 2025", "Q4'25".
    pub(super) fn quarter_code(&self, i: usize) -> Option<Found> {
        let (code, mut end) = self.quarter_word(i)?;
        // "Q2FY25", "H1 FY25", "Q2 FY2025": the quarter or half of that fiscal year.
        if self.w(end) == "fy" {
            let fy = self.fiscal(end).filter(|f| f.rule == Rule::DateFiscal)?;
            let value = fy.value.map(|v| format!("{v}-{code}"));
            return Some(Found::new(i, fy.end, Kind::Date, value, Rule::DateQuarter));
        }
        let is_half = code.starts_with('H');
        let mut k = end;
        if self.w(k) == "of" || self.t(k) == "," {
            k += 1;
        }
        let year = if let Some(y) = self.year_at(k) {
            end = k + 1;
            Some(y)
        } else if matches!(self.t(end), "'" | "’") && self.glued(end) && self.t(end + 1).len() == 2
        {
            let yy = self.int(end + 1)? as i32;
            end += 2;
            Some(2000 + yy)
        } else {
            None
        };
        // "H1" alone is too often a visa or a heading.
        if is_half && year.is_none() {
            return None;
        }
        let n: u32 = code[1..].parse().ok()?;
        let (value, why) = match year {
            Some(y) => (Some(format!("{y:04}-{code}")), None),
            None => self
                .r
                .and_then(|r| self.nearest_quarter(r, i, end, n, false))
                .map_or((None, None), |(v, b)| (Some(v), Some(b))),
        };
        Some(Found::new(i, end, Kind::Date, value, Rule::DateQuarter).with_year(why))
    }

    /// A year in words: "nineteen ninety-six", "nineteen ninety six", "nineteen
    /// seventy-nine", "nineteen hundred", "seventeen hundred thirty three", "two thousand",
    /// "two thousand and five" (after "the year" or a month).
    pub(super) fn spelled_year(&self, i: usize) -> Option<Found> {
        self.spelled_year_at(i, false)
    }

    /// [`Scan::spelled_year`], `named` when the caller has read a day and month before it
    /// ("January first two thousand and thirty two").
    pub(super) fn spelled_year_at(&self, i: usize, named: bool) -> Option<Found> {
        let word = |k: usize| small_word(self.w(k)).filter(|_| self.is_word(k));
        // "twenty-five", "twenty five": a tens word, its hyphen or a space, and a unit.
        let tens_at = |k: usize| -> Option<(u32, usize)> {
            let t = word(k).filter(|t| *t >= 20.0 && *t % 10.0 == 0.0)? as u32;
            let unit = |k: usize| word(k).filter(|u| (1.0..10.0).contains(u));
            if is_hyphen(self.t(k + 1)) && self.glued(k + 1) && self.glued(k + 2) {
                let u = unit(k + 2)? as u32;
                return Some((t + u, k + 3));
            }
            if let Some(u) = unit(k + 1) {
                return Some((t + u as u32, k + 2));
            }
            Some((t, k + 1))
        };
        // The last two digits: "ninety-six", "ninety six", "seventy", "twelve".
        let rest_at = |k: usize| {
            tens_at(k).or_else(|| {
                let teen = word(k).filter(|t| (1.0..20.0).contains(t))? as u32;
                Some((teen, k + 1))
            })
        };
        let first = word(i)? as u32;
        // Centuries 17 to 20 only: "eleven twenty" is a time, "twelve hundred" a count.
        let (year, end) = if (17..=20).contains(&first) {
            if self.w(i + 1) == "hundred" {
                // "seventeen hundred thirty three", "nineteen hundred and five", after a
                // month or "year" ("seventeen hundred and fifty workers" is a count).
                let k = i + 2 + usize::from(self.w(i + 2) == "and");
                let after_month =
                    named || i > 0 && (self.w(i - 1) == "year" || self.month_before(i));
                match rest_at(k).filter(|_| after_month) {
                    Some((rest, end)) => (first * 100 + rest, end),
                    None => (first * 100, i + 2),
                }
            } else {
                let (rest, end) = tens_at(i + 1).or_else(|| {
                    let teen = word(i + 1).filter(|t| (10.0..20.0).contains(t))? as u32;
                    Some((teen, i + 2))
                })?;
                (first * 100 + rest, end)
            }
        } else if first == 2 && self.w(i + 1) == "thousand" {
            // "two thousand", "two thousand and five", "two thousand ten".
            let k = i + 2 + usize::from(self.w(i + 2) == "and");
            match word(k).filter(|v| *v >= 1.0 && *v < 20.0) {
                Some(v) => (2000 + v as u32, k + 1),
                None => match tens_at(k) {
                    Some((v, end)) => (2000 + v, end),
                    None => (2000, i + 2),
                },
            }
        } else {
            return None;
        };
        // "in two thousand and fifteen." ends its clause: no count of something.
        let after_in = first == 2
            && end > i + 2
            && i > 0
            && self.any(i - 1, &["in", "since", "until", "by"])
            && self.toks.get(end).is_none_or(|t| t.kind == Lex::Punct);
        let named = named
            || after_in
            || i > 0 && (self.w(i - 1) == "year" || self.month_before(i) || first != 2);
        if !named || !(1100..=2099).contains(&year) {
            return None;
        }
        // "On 4 July two thousand people marched": a count of a plural noun (not after
        // "the year": "the year two thousand has ...").
        let counts = |t: &Tok| {
            let w = &self.text[t.start..t.end];
            t.kind == Lex::Word
                && (is_count_noun(self.text, *t)
                    || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !self.cap(end))
        };
        let after_year = i > 0 && self.w(i - 1) == "year";
        if first == 2 && !after_year && self.toks.get(end).is_some_and(counts) {
            return None;
        }
        let value = Some(format!("{year:04}"));
        Some(Found::new(i, end, Kind::Date, value, Rule::DateYear))
    }

    /// A month name (or its abbreviation's dot) right before token `i`: "June", "Sept.".
    fn month_before(&self, i: usize) -> bool {
        let k = if self.t(i - 1) == "." && i > 1 {
            i - 2
        } else {
            i - 1
        };
        month_of(self.w(k)).is_some()
    }

    /// The year of quarter (or half) `n` that the tense points to, as "2025-Q4".
    pub(super) fn nearest_quarter(
        &self,
        r: Date,
        start: usize,
        end: usize,
        n: u32,
        half: bool,
    ) -> Option<(String, YearBasis)> {
        let months = if half { 6 } else { 3 };
        let first = (n - 1) * months + 1;
        let mut tense = self.tense(start, end);
        // A quarter or half that ended within the last four months is the one a future
        // verb reports on: "expects to report third-quarter profit" in late October.
        let just_ended = [r.year - 1, r.year].into_iter().any(|y| {
            Date::new(y, first, 1)
                .map(|a| a.add_months(months as i32))
                .is_some_and(|e| e.to_days() <= r.to_days() && r.to_days() - e.to_days() <= 122)
        });
        let reported = tense == Tense::Future && just_ended;
        if reported {
            tense = Tense::Past;
        }
        let ((y, _, _), basis) = pick_year_why(r, tense, |y| {
            let a = Date::new(y, first, 1)?;
            let b = a.add_months(months as i32).add_days(-1);
            Some((a, b))
        })?;
        let basis = if reported { YearBasis::Reported } else { basis };
        Some((format!("{y:04}-{}{n}", if half { 'H' } else { 'Q' }), basis))
    }

    /// "first quarter", "fourth-quarter", "the third quarter of 2025", "second half of
    /// 2025", "the first half", "first quarter of last year", "the first nine months".
    pub(super) fn ordinal_period(&self, start: usize, i: usize, n: u32) -> Option<Found> {
        // "the first of April", "the second of Aug.": that day.
        if let Some(f) = self.ordinal_of_month(start, i, n) {
            return Some(f);
        }
        // "the first day of the trial", "the eighth day": a day told by the story ("added
        // a third day", "entered a second day" count days, they name none).
        // "for the third day in a row", "the fifth day running" count days too.
        let counted = (start == i && i > 0 && matches!(self.w(i - 1), "a" | "an"))
            || (self.w(i + 2) == "in" && self.w(i + 3) == "a" && self.w(i + 4) == "row")
            || self.w(i + 2) == "running";
        if self.w(i + 1) == "day" && !(is_hyphen(self.t(i + 2)) && self.glued(i + 2)) {
            if counted {
                return None;
            }
            // "the first day of March": that day.
            let of_month = self.part_of(start, i + 2);
            if let Some(f) = of_month.and_then(|f| self.nth_of(&f, n, Unit::Day)) {
                return Some(f);
            }
            return Some(Found::new(
                start,
                i + 2,
                Kind::Date,
                None,
                Rule::DateRelative,
            ));
        }
        // "the first nine months": a span from the start of a period; "the first two or
        // three weeks", whose range is read at its second count.
        if n == 1 && (self.is_num(i + 1) || self.is_word(i + 1)) {
            let second = || {
                self.any(i + 2, &["or", "to"])
                    .then(|| self.number_unit(i + 3))
                    .flatten()
            };
            if let Some(f) = self
                .number_unit(i + 1)
                .or_else(second)
                .filter(|f| f.start == i + 1 && f.kind == Kind::Duration)
            {
                return Some(Found { start, ..f });
            }
        }
        let mut j = i + 1;
        if is_hyphen(self.t(j)) && self.glued(j) {
            j += 1;
        }
        // "the first week of March", "the first two weeks of 2021".
        let k = if self.is_num(j) || small_word(self.w(j)).is_some() {
            j + 1
        } else {
            j
        };
        if let Some((unit, plural)) = self.unit_at(k).filter(|(u, _)| *u != Unit::Quarter) {
            let f = self.part_of(start, k + 1)?;
            // "the third month of 2021", "the 15th day of next month": one month or day.
            let nth = (k == j && !plural)
                .then(|| self.nth_of(&f, n, unit))
                .flatten();
            return Some(nth.unwrap_or(f));
        }
        let half = match self.w(j) {
            "quarter" => false,
            "half" => true,
            _ => return None,
        };
        if (half && n > 2) || n > 4 || self.glued_alnum_after(j) {
            return None;
        }
        // "the second half" of a match is no date: a half needs a year, "of the year", or
        // a financial noun ("first-half profit").
        if half {
            // "of this year", "of the fiscal year"; not "of last week's win", "of the
            // season".
            let of_year = |k: usize| {
                matches!(self.w(k), "year" | "decade" | "century")
                    || (matches!(self.w(k), "fiscal" | "financial" | "current" | "calendar")
                        && self.any(k + 1, &["year", "fiscal", "financial"]))
            };
            let explicit = matches!(self.w(j + 1), "of" | ",")
                && (self.year_at(j + 2).is_some()
                    || (matches!(self.w(j + 2), "the" | "this" | "last" | "next")
                        && of_year(j + 3)))
                || self.year_at(j + 1).is_some();
            let financial = self.any(
                j + 1,
                &[
                    "profit",
                    "profits",
                    "revenue",
                    "revenues",
                    "sales",
                    "earnings",
                    "results",
                    "net",
                    "loss",
                    "losses",
                    "growth",
                    "output",
                    "income",
                    "deliveries",
                    "shipments",
                    "margin",
                    "margins",
                    "operating",
                    "guidance",
                    "forecast",
                ],
            );
            if !explicit && !financial {
                return None;
            }
        }
        let mut end = j + 1;
        let mut year = None;
        if self.w(end) == "of" || self.t(end) == "," {
            if let Some(y) = self.year_at(end + 1) {
                year = Some(y);
                end += 2;
            } else if let Some(shift) = self.year_shift_at(end + 1) {
                year = self.r.map(|r| r.year + shift);
                end += 3;
            } else if self.w(end + 1) == "the" && self.w(end + 2) == "year" {
                year = self.r.map(|r| r.year);
                end += 3;
            }
        } else if let Some(y) = self.year_at(end) {
            year = Some(y);
            end += 1;
        }
        let code = if half { 'H' } else { 'Q' };
        let (value, why) = match (year, self.r) {
            (Some(y), _) => (Some(format!("{y:04}-{code}{n}")), None),
            (None, Some(r)) => self
                .nearest_quarter(r, start, end, n, half)
                .map_or((None, None), |(v, b)| (Some(v), Some(b))),
            // No reference date: the quarter of an unknown year ("XXXX-Q3").
            (None, None) => (Some(format!("XXXX-{code}{n}")), None),
        };
        Some(Found::new(start, end, Kind::Date, value, Rule::DateQuarter).with_year(why))
    }

    /// "fiscal 2025", "FY2025", "FY25", "fiscal year 2025": the value names the fiscal year.
    pub(super) fn fiscal(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        if self.w(i) == "fiscal" && self.w(j) == "year" {
            j += 1;
        }
        let t = self.t(j);
        let y = if let Some(y) = self.year_at(j) {
            y
        } else if self.w(i) == "fy" && self.glued(j) && t.len() == 2 {
            2000 + self.int(j)? as i32
        } else {
            return None;
        };
        let mut end = j + 1;
        // "fiscal 2024-25", "FY2026/27".
        if (is_hyphen(self.t(end)) || self.t(end) == "/")
            && self.glued(end)
            && self.is_num(end + 1)
            && self.t(end + 1).len() == 2
        {
            end += 2;
        }
        if self.glued_alnum_after(end - 1) {
            return None;
        }
        Some(Found::new(
            i,
            end,
            Kind::Date,
            Some(format!("FY{y:04}")),
            Rule::DateFiscal,
        ))
    }
}

/// A date whose year was chosen, not written, which [`settle_repeated_days`] may change.
#[inline]
pub fn asks_year(m: &Mention) -> bool {
    m.year.is_some()
}

/// A date that opens a line ("June 2022 - ..."), which may head a timeline's entry or
/// section ([`settle_timeline`]).
#[inline]
pub fn asks_timeline(text: &str, m: &Mention) -> bool {
    let (b, s) = (text.as_bytes(), m.span.start);
    // A newline before, or a bullet and a space ("* June 2022 - ...").
    s < 2 || b[s - 1] == b'\n' || (b[s - 1] == b' ' && b[s - 2] == b'*' && opens_line(text, s))
}

/// Whether the text before byte `start` back to the line's start holds only blanks and
/// a bullet.
#[inline]
fn opens_line(text: &str, start: usize) -> bool {
    let lead = text[..start].trim_end_matches([' ', '\t', '*', '-', '•']);
    lead.is_empty() || lead.ends_with('\n')
}

/// A day named again without its year is the day named before: "quoting log 2145 of 14
/// March" after "on Saturday 14 March" takes that mention's year, whatever its own tense
/// chose ([`YearBasis::Repeated`]). Only days whose year was chosen change; the first
/// mention of each month and day is the one kept.
///
/// A month or day whose year the tense chose, the next date named after a day written
/// with its year on the same line, takes that day's year as the story goes on ("On March
/// 12, 1930, Gandhi set out ... On April 6, he picked up salt": 1930-04-06,
/// [`YearBasis::Narrative`]).
pub fn settle_repeated_days(text: &str, mentions: &mut [Mention]) {
    // The days named so far, first mention of each month and day only. The recognizers
    // push an article's dates in text order: no index to sort.
    let mut named: Vec<Date> = Vec::new();
    // The last day written with its year, and where it ends.
    let mut written: Option<(Date, usize)> = None;
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Date) {
        // The day written before, if this is the next date named after it (a duration
        // between them names none).
        let before = written;
        if m.kind != Some(Kind::Duration) {
            written = None;
        }
        let Some(v) = m.q().value.as_ref().and_then(Value::as_str) else {
            continue;
        };
        if let (
            Some((w, end)),
            Some(
                YearBasis::Past
                | YearBasis::PastTooFar
                | YearBasis::Nearest
                | YearBasis::Future
                | YearBasis::JustGone,
            ),
        ) = (before, m.year)
        {
            // On the same line, and near: a line of a few sentences.
            let same_line = text
                .as_bytes()
                .get(end..m.span.start)
                .is_some_and(|between| between.len() < 1000 && !between.contains(&b'\n'));
            // A month before the written day's own is left to the tense (the story may
            // have turned a year).
            let month: Option<u32> = v.get(5..7).and_then(|k| k.parse().ok());
            let moved = (same_line
                && matches!(m.rule, Rule::DateMonthDay | Rule::DateMonth)
                && month.is_some_and(|k| k >= w.month))
            .then(|| in_year(v, w.year, None))
            .flatten()
            .filter(|n| n != v);
            if let Some(n) = moved {
                m.q_mut().value = Some(Value::Text(n.into()));
                m.year = Some(YearBasis::Narrative);
            }
        }
        let Some(v) = m.q().value.as_ref().and_then(Value::as_str) else {
            continue;
        };
        let Some(d) = v.get(..10).and_then(Date::parse_iso) else {
            continue;
        };
        // A day whose year the text writes ("March 12, 1930").
        if m.year.is_none()
            && m.kind == Some(Kind::Date)
            && m.rule == Rule::DateMonthDay
            && writes_year(&text[m.span.start..m.span.end], d.year)
        {
            written = Some((d, m.span.end));
        }
        match named.iter().find(|n| (n.month, n.day) == (d.month, d.day)) {
            None => named.push(d),
            Some(n) if n.year != d.year && m.year.is_some() => {
                let v = format!("{:04}{}", n.year, &v[4..]);
                m.q_mut().value = Some(Value::Text(v.into()));
                m.year = Some(YearBasis::Repeated);
            }
            Some(_) => {}
        }
    }
}

/// Whether `s` writes the year `year` in four digits ("March 12, 1930").
fn writes_year(s: &str, year: i32) -> bool {
    let Ok(y) = u32::try_from(year) else {
        return false;
    };
    let digits = [y / 1000 % 10, y / 100 % 10, y / 10 % 10, y % 10].map(|d| b'0' + d as u8);
    s.as_bytes().windows(4).any(|w| w == digits)
}

/// Where a timeline's entry or section starts: a date at the start of a line, before a
/// dash or a colon ("June 2022 - The government names ...", "Jan. 20: ..."), or alone on
/// its line ("2025", a section's year).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    Entry,
    Section,
}

/// The head a date spanning bytes `start..end` is, if any.
fn head_at(text: &str, start: usize, end: usize) -> Option<Head> {
    if !opens_line(text, start) {
        return None;
    }
    let after = text[end..].trim_start_matches([' ', '\t', '\r']);
    if after.is_empty() || after.starts_with('\n') {
        return Some(Head::Section);
    }
    ["- ", "– ", "— ", ": "]
        .iter()
        .any(|sep| after.starts_with(sep) && after.len() > sep.len())
        .then_some(Head::Entry)
}

/// The year (and month, if any) a date's value gives: "2023", "2023-03", "2023-03-29".
fn year_month(v: &str) -> Option<(i32, Option<u32>)> {
    let b = v.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year = v[..4].parse().ok()?;
    let month = match b.get(4) {
        None => None,
        Some(b'-') if b.len() >= 7 => Some(v.get(5..7)?.parse().ok()?),
        _ => return None,
    };
    Some((year, month))
}

/// A timeline's dates take the year of their entry or section: "March 2023 - The
/// department approves the project. ... on March 29" is 2023-03-29, and under a line
/// "2025", "Jan. 20 - The court rejects the case" is 2025-01-20, whatever the
/// (historical present) tense chose ([`YearBasis::Timeline`]). A month before the entry's
/// own is of the year after ("Dec. 2023 - ... talks set for January"); a season no tense
/// placed is of the entry's year. Only an article with at least two entries is a
/// timeline, and only months and days whose year was chosen (or left open) change.
pub fn settle_timeline(text: &str, mentions: &mut [Mention]) {
    let dated = |m: &Mention| m.ty == EntityType::Date && m.kind == Some(Kind::Date);
    let entries = mentions
        .iter()
        .filter(|m| dated(m) && head_at(text, m.span.start, m.span.end) == Some(Head::Entry))
        .take(2)
        .count();
    if entries < 2 {
        return;
    }
    // The section's year; the entry's year and month, and where its line ends.
    let mut section: Option<i32> = None;
    let mut entry: Option<(i32, Option<u32>, usize)> = None;
    for m in mentions.iter_mut().filter(|m| dated(m)) {
        let (start, end) = (m.span.start, m.span.end);
        if entry.is_some_and(|(_, _, line_end)| start >= line_end) {
            entry = None;
        }
        let head = head_at(text, start, end);
        // A date inside an entry is read in its year, any other in its section's.
        let frame = match (head, entry) {
            (None, Some((y, month, _))) => Some((y, month)),
            _ => section.map(|y| (y, None)),
        };
        let value = m.q().value.as_ref().and_then(Value::as_str);
        let chosen = matches!(m.rule, Rule::DateMonthDay | Rule::DateMonth)
            && value.is_some_and(|v| m.year.is_some() || v.starts_with("XXXX-"));
        let moved = match (value, frame) {
            (Some(v), Some((y, from))) if chosen => in_year(v, y, from),
            // "Late 2023 - The drought eases after the wettest spring": a season no tense
            // placed is the entry's.
            (None, _) if m.rule == Rule::DateSeason => {
                let season = text[start..end].rsplit(' ').next().unwrap_or_default();
                entry
                    .zip(season_of(&season.to_ascii_lowercase()))
                    .map(|((y, _, _), (code, _))| format!("{y:04}-{code}"))
            }
            _ => None,
        };
        let opens = head.zip(moved.as_deref().or(value).and_then(year_month));
        if let Some(v) = moved {
            m.q_mut().value = Some(Value::Text(v.into()));
            m.year = Some(YearBasis::Timeline);
        }
        match opens {
            Some((Head::Section, (y, None))) => {
                section = Some(y);
                entry = None;
            }
            Some((Head::Entry, (y, month))) => {
                let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
                entry = Some((y, month, line_end));
            }
            _ => {}
        }
    }
}

/// The month or day `v` ("2026-03-29", "XXXX-03") in the year `y`, or the year after when
/// its month comes before the frame's month `from`; none for a day the year lacks
/// ("Feb. 29").
fn in_year(v: &str, y: i32, from: Option<u32>) -> Option<String> {
    let month: u32 = v.get(5..7)?.parse().ok()?;
    let year = if from.is_some_and(|f| month < f) {
        y + 1
    } else {
        y
    };
    let v = format!("{year:04}{}", v.get(4..)?);
    (v.len() < 10 || Date::parse_iso(v.get(..10)?).is_some()).then_some(v)
}

#[cfg(test)]
mod tests {
    use crate::recognize::date::tests::check;

    #[test]
    fn years_and_decades() {
        check(
            "2026-03-03",
            &[
                ("ended in 2017 by", "2017", "2017"),
                ("in the 1990s", "the 1990s", "199X"),
                ("left in nineteen ninety six", "nineteen ninety six", "1996"),
                (
                    "in the third month of 2027",
                    "third month of 2027",
                    "2027-03",
                ),
            ],
        );
    }
}
