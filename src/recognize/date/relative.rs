//! Dates relative to the reference date: "last week", "next month", "this year", "the
//! past three years", "the coming weeks", "earlier this month", "yesterday", "tonight",
//! "recent years".

use super::season::season_of;
use super::timex::{duration_value, unit_of, week_of_day, with_number, Unit, FUTURE_REF, PAST_REF};
use super::weekday::weekday_of;
use super::{value_of, Found, Scan, STARTERS};
use crate::lexicon::{class, words, WordList};
use crate::model::{Kind, Rule};
use crate::recognize::numbers::{is_hyphen, ordinal_word, small_word, Lex};

/// Words before "last" that make it the verb ("set to last 48 hours").
static VERB_BEFORE: WordList = WordList::new(class::DATE_CONTEXT_VERB_BEFORE);

impl Scan<'_> {
    /// "that day", "that year", "that night" (a singular unit of a day or longer, or a part
    /// of the day, not glued to a hyphen): the last date named ([`settle_anaphors`]); "that
    /// summer" is read at the season.
    pub(super) fn that_first(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let unit = self.unit_at(j).filter(|&(u, plural)| {
            !plural && !matches!(u, Unit::Hour | Unit::Minute | Unit::Second | Unit::Weekend)
        });
        if unit.is_none() && self.part_of_day(j).is_none() {
            return None;
        }
        if is_hyphen(self.t(j + 1)) && self.glued(j + 1) || self.glued_alnum_after(j) {
            return None;
        }
        Some(Found::anaphor(i, j + 1))
    }

    /// "last week", "next month", "this year", "the past three years", "the coming weeks",
    /// "last Tuesday", "next October", "this morning", "last night", "the previous year".
    /// `i` is the relative word, `start` where the span starts (a "the" stays outside).
    pub(super) fn relative(&self, i: usize, start: usize, rel: &str) -> Option<Found> {
        let with_the = start < i;
        let start = i;
        let j = i + 1;
        let w = self.w(j);
        // "set to last 48 hours", "could last weeks": the verb, before a count or a plural
        // unit (not "rose to last year's level").
        if rel == "last"
            && i > 0
            && VERB_BEFORE.contains(self.w(i - 1))
            && (self.is_num(j)
                || matches!(w, "a" | "an" | "several" | "few" | "many")
                || small_word(w).is_some()
                || unit_of(w).is_some_and(|(_, plural)| plural))
        {
            return None;
        }
        // "last Tuesday", "next October", "this summer", "last Christmas".
        // Months, weekdays, seasons and the first words of holidays are starters: the
        // table read once tells them all (most words after "this" are none).
        let starter = self
            .toks
            .get(j)
            .and_then(|t| STARTERS.get(t.hash, w))
            .filter(|_| !with_the);
        if let Some(starter) = starter {
            if let Some((m, abbr)) = starter.month {
                // "This may take longer": the verb.
                if (!abbr || self.cap(j)) && (w != "may" || self.cap(j)) {
                    return self.month(start, j, m, abbr, Some(rel));
                }
            }
            if let Some((d, false)) = starter.weekday {
                // "the following Monday", "the previous Friday": the last date named
                // (`settle_anaphors`).
                let told =
                    i > 0 && self.w(i - 1) == "the" && matches!(rel, "following" | "previous");
                if told && !self.glued_alnum_after(j) {
                    return Some(Found::anaphor(start, j + 1));
                }
                return self.weekday(start, j, d, false, Some(rel));
            }
        }
        if !with_the {
            // "this past Wednesday".
            if rel == "this" && w == "past" {
                if let Some((d, false)) = weekday_of(self.w(j + 1)) {
                    return self.weekday(start, j + 1, d, false, Some("past"));
                }
            }
            // "last fiscal year", "this calendar year".
            if matches!(
                w,
                "fiscal" | "financial" | "calendar" | "school" | "academic" | "tax"
            ) && self.w(j + 1) == "year"
            {
                let off = match rel {
                    "last" | "past" | "previous" => Some(-1),
                    "next" | "coming" => Some(1),
                    "this" | "current" => Some(0),
                    _ => None,
                };
                let value = off
                    .filter(|_| w == "calendar")
                    .and_then(|o| self.shifted(o, Unit::Year));
                return Some(Found::new(
                    start,
                    j + 2,
                    Kind::Date,
                    value,
                    Rule::DateRelative,
                ));
            }
        }
        if let Some(starter) = starter {
            if let Some((code, first)) = season_of(w) {
                return self.season(start, j, code, first, Some(rel));
            }
            if starter.holiday {
                if let Some(f) = self.holiday(start, j, Some(rel)) {
                    return Some(f);
                }
            }
        }
        // "this morning", "last night".
        if !with_the {
            let part = match (rel, w) {
                ("this", "morning") => Some((0, "TMO")),
                ("this", "afternoon") => Some((0, "TAF")),
                ("this", "evening") => Some((0, "TEV")),
                ("this", "night") => Some((0, "TNI")),
                ("last", "night") => Some((-1, "TNI")),
                ("last", "evening") => Some((-1, "TEV")),
                _ => None,
            };
            if let Some((off, code)) = part {
                let value = Some(format!("{}{code}", self.day(off)));
                return Some(Found::new(
                    start,
                    j + 1,
                    Kind::Date,
                    value,
                    Rule::DateRelative,
                ));
            }
        }
        // "the next morning", "the following night", "the previous evening": a part of a day
        // told from the last date named (`settle_anaphors`).
        if with_the
            && matches!(rel, "next" | "following" | "previous")
            && self.part_of_day(j).is_some()
        {
            return Some(Found::anaphor(start, j + 1));
        }
        if w == "weekend" {
            return self.weekend(j, start, Some(rel));
        }
        // "the past three years", "the next few weeks", "last 2 quarters": durations
        // ("following 38 years in power" is a preposition, not "the following").
        if rel == "last" && unit_of(w).is_some() {
            if let Some(mut f) = self.part_of(start, j + 1) {
                // "the last quarter of 2024" is its fourth quarter.
                if w == "quarter" {
                    if let Some(y) = self.year_at(j + 2).filter(|_| f.end == j + 3) {
                        f.value = Some(format!("{y:04}-Q4"));
                    }
                }
                return Some(f);
            }
        }
        if matches!(rel, "past" | "last" | "next" | "coming" | "upcoming")
            || (with_the && matches!(rel, "previous" | "following"))
        {
            if let Some((n, k)) = if self.is_num(j) {
                self.t(j).parse::<f64>().ok().map(|v| (Some(v), j + 1))
            } else if matches!(w, "few" | "several" | "couple" | "many") || small_word(w).is_some()
            {
                self.word_count(j)
            } else {
                None
            } {
                // "the last 20 trading days": a word between the count and its unit.
                let k = if self.unit_at(k).is_none() && super::duration::between(self.w(k)) {
                    k + 1
                } else {
                    k
                };
                if let Some((u, _)) = self.unit_at(k) {
                    if rel == "last" {
                        if let Some(f) = self.part_of(start, k + 1) {
                            return Some(f);
                        }
                    }
                    if !self.glued_alnum_after(k) {
                        return Some(Found::new(
                            start,
                            k + 1,
                            Kind::Duration,
                            duration_value(n, u),
                            Rule::Duration,
                        ));
                    }
                }
            }
        }
        let (unit, plural) = unit_of(w)?;
        if self.glued_alnum_after(j) {
            return None;
        }
        // "next week Wednesday", "this week on Monday", "previous week - Monday".
        if unit == Unit::Week && !plural && !with_the {
            let k = if self.any(j + 1, &["on", "-", ","]) {
                j + 2
            } else {
                j + 1
            };
            if let Some((wd, false)) = weekday_of(self.w(k)) {
                let off = match rel {
                    "last" | "past" | "previous" => Some(-1),
                    "next" | "coming" | "following" => Some(1),
                    "this" | "current" => Some(0),
                    _ => None,
                };
                if let Some(off) = off {
                    let value = Some(match self.r {
                        Some(r) => {
                            let monday = r.add_days(-i64::from(r.weekday()) + 7 * off);
                            monday.add_days(i64::from(wd)).to_string()
                        }
                        None => with_number("XXXX-WXX-", wd + 1, 1),
                    });
                    return Some(Found::new(
                        start,
                        k + 1,
                        Kind::Date,
                        value,
                        Rule::DateWeekday,
                    ));
                }
            }
        }
        if plural {
            // "the coming weeks", "the past months": a vague stretch, before or after the
            // time of writing.
            let value = match rel {
                "past" | "last" | "recent" => PAST_REF,
                "coming" | "next" | "upcoming" => FUTURE_REF,
                _ => return None,
            };
            return Some(Found::new(
                start,
                j + 1,
                Kind::Date,
                Some(value.to_string()),
                Rule::DateVague,
            ));
        }
        // "the past year", "the last week": the stretch of time up to now.
        // "the past decade", "over the next decade": ten years up to now or from it (or
        // from a date told before), a length either way.
        if with_the
            && (matches!(rel, "past" | "last")
                || (rel == "next" && matches!(unit, Unit::Decade | Unit::Century)))
        {
            return Some(Found::new(
                start,
                j + 1,
                Kind::Duration,
                duration_value(Some(1.0), unit),
                Rule::Duration,
            ));
        }
        // "the following year", "the same day", "the next day": the last date named
        // (`settle_anaphors`).
        if matches!(rel, "previous" | "following" | "same")
            || (with_the && rel == "next" && unit != Unit::Year)
        {
            return Some(Found::anaphor(start, j + 1));
        }
        let offset = match rel {
            "last" | "past" => -1,
            "next" | "coming" | "upcoming" => 1,
            _ => 0,
        };
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        let value = self.shifted(offset, unit);
        // "this year's third quarter", "next year's first half": that part of the year.
        if unit == Unit::Year
            && !plural
            && matches!(self.t(j + 1), "'" | "’")
            && self.glued(j + 1)
            && self.w(j + 2) == "s"
        {
            let n = ordinal_word(self.w(j + 3)).unwrap_or(0);
            let part = match self.w(j + 4) {
                "quarter" if (1..=4).contains(&n) => Some('Q'),
                "half" if (1..=2).contains(&n) => Some('H'),
                _ => None,
            };
            if let Some(p) = part {
                let year = self.shifted(offset, Unit::Year).unwrap_or_default();
                let value = Some(format!("{year}-{p}{n}"));
                return Some(Found::new(
                    start,
                    j + 5,
                    Kind::Date,
                    value,
                    Rule::DateQuarter,
                ));
            }
        }
        Some(Found::new(
            start,
            j + 1,
            Kind::Date,
            value,
            Rule::DateRelative,
        ))
    }

    /// "earlier this month", "later this year", "earlier this week", "later in the day".
    pub(super) fn earlier_later(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        if self.w(j) == "this" {
            let (unit, _) = self.unit_at(j + 1)?;
            let value = self.shifted(0, unit);
            return Some(Found::new(i, j + 2, Kind::Date, value, Rule::DateRelative));
        }
        // "earlier that day", "later that year", "later that night": the last date named
        // (`settle_anaphors`).
        if self.w(j) == "that"
            && (self.unit_at(j + 1).is_some() || self.part_of_day(j + 1).is_some())
        {
            return Some(Found::anaphor(i, j + 2));
        }
        // "later in the year", "earlier in the week", "later in the day".
        if self.w(j) == "in" && self.w(j + 1) == "the" {
            if let Some((unit, false)) = self.unit_at(j + 2) {
                let value = self.shifted(0, unit);
                return Some(Found::new(i, j + 3, Kind::Date, value, Rule::DateRelative));
            }
        }
        // "earlier today", "later today", "later yesterday", "earlier Sunday": the day's
        // value, the words inside the span.
        if let Some((wd, false)) = super::weekday::weekday_of(self.w(j)).filter(|_| self.cap(j)) {
            return self.weekday(i, j, wd, false, None);
        }
        if self.any(j, &["today", "tonight", "yesterday", "tomorrow"]) {
            return self.day_word(j).map(|mut f| {
                f.start = i;
                f
            });
        }
        None
    }

    /// "yesterday", "today", "tomorrow", "tonight", "yesterday morning".
    pub(super) fn day_word(&self, i: usize) -> Option<Found> {
        // "Radio 4's Today programme", "USA Today": a capitalised "Today" inside a
        // sentence is a name.
        if self.cap(i) && i > 0 && matches!(self.kind(i - 1), Some(Lex::Word | Lex::Number)) {
            return None;
        }
        if self.cap(i) && i > 1 && self.w(i - 1) == "s" && matches!(self.t(i - 2), "'" | "’") {
            return None;
        }
        // The offset in days and the part of the day: "-1", "0TNI".
        let v = value_of(words::DATE_DAY, self.w(i)).unwrap_or("0");
        let (off, part) = v.split_at(v.find('T').unwrap_or(v.len()));
        let off: i64 = off.parse().unwrap_or(0);
        let mut part = (!part.is_empty()).then_some(part);
        let mut end = i + 1;
        if part.is_none() {
            if let Some(p) = self.part_of_day(end) {
                part = Some(p);
                end += 1;
            }
        }
        let value = Some(format!("{}{}", self.day(off), part.unwrap_or("")));
        Some(Found::new(i, end, Kind::Date, value, Rule::DateDay))
    }

    /// After "the", a week, month or year (token `j`) told by the words after it: "the
    /// week after next" and "the month before last", two from this one; "the year to
    /// date", this year; "up from 3% the year before", "the week after.", the last date
    /// named, moved ([`settle_anaphors`](super::anaphor::settle_anaphors)). "The year
    /// after the war" is told by an event: no date.
    pub(super) fn period_told(&self, j: usize) -> Option<Found> {
        let (unit, _) = self.unit_at(j)?;
        let offset = match (self.w(j + 1), self.w(j + 2)) {
            ("after", "next") => 2,
            ("before", "last") => -2,
            ("to", "date") => 0,
            ("before" | "after", _) if !self.is_word(j + 2) && !self.is_num(j + 2) => {
                return Some(Found::anaphor(j, j + 2));
            }
            _ => return None,
        };
        if self.glued_alnum_after(j + 2) {
            return None;
        }
        let value = self.shifted(offset, unit);
        Some(Found::new(j, j + 3, Kind::Date, value, Rule::DateRelative))
    }

    /// "week" at token `j` after "the", then "of", "beginning", "starting (on)" or
    /// "commencing" and a day: the ISO week of that day ("the week of March 6", "the week
    /// beginning 4 February", "the week of the 18th").
    pub(super) fn week_of(&self, j: usize) -> Option<Found> {
        let k = if self.w(j + 1) == "starting" && self.w(j + 2) == "on" {
            j + 3
        } else {
            j + 2
        };
        // "the week of the 18th": the day's reading leaves "the" out.
        let first = if self.w(k) == "the" { k + 1 } else { k };
        let f = self.at(k).filter(|f| {
            f.start == first && matches!(f.rule, Rule::DateMonthDay | Rule::DateDayOfMonth)
        })?;
        // Without a year, a week of some year ("XXXX-03-06": `XXXX-WXX`).
        let value = f.value.as_deref().map(week_of_day);
        Some(Found::new(j, f.end, Kind::Date, value, Rule::DateRelative))
    }

    /// "recent months", "recent years": a vague stretch before the time of writing.
    pub(super) fn vague_plural(&self, start: usize, j: usize) -> Option<Found> {
        let (_, plural) = self.unit_at(j)?;
        if !plural || self.glued_alnum_after(j) {
            return None;
        }
        let value = Some(PAST_REF.to_string());
        Some(Found::new(start, j + 1, Kind::Date, value, Rule::DateVague))
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::date::tests::check;

    #[test]
    fn relative_to_the_reference() {
        check(
            "2026-03-03",
            &[
                ("Last week, Chen", "Last week", "2026-W09"),
                ("over recent months", "recent months", "PAST_REF"),
                ("in the coming weeks", "coming weeks", "FUTURE_REF"),
            ],
        );
    }
}
