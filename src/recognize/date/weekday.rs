//! Weekdays and weekends: "Tuesday", "last Tuesday", "Tuesday morning", "Tuesday,
//! March 3", "Mon 13th", "Tuesday of next week", "on Mondays" (a set), "the weekend".

use super::tense::Tense;
use super::timex::{week_of_day, with_number};
use super::{Found, Scan};
use crate::calendar::Date;
use crate::lexicon::words;
use crate::lexicon::{class, WordList};
use crate::model::{Kind, Rule};

/// The words that put a weekday after them ahead of the report's day
/// (`data/words/tense_ahead.tsv`).
static AHEAD: WordList = WordList::new(class::TENSE_AHEAD_CUE);

/// Function words: after a bare "weekend", one of them leaves it a noun ("weekend and").
static FUNCTION_WORDS: WordList = WordList::new(class::STOPWORDS);

/// The weekday of a lower-case full or abbreviated name, 0 = Monday, with whether it was
/// abbreviated (`data/words/calendar.tsv`).
pub(super) use crate::lexicon::calendar::weekday_of;

impl Scan<'_> {
    /// A weekday at `i`: "Tuesday", "last Tuesday", "Tuesday morning", "Tuesday, March 3",
    /// "Mon 13th".
    pub(super) fn weekday(
        &self,
        start: usize,
        i: usize,
        wd: u32,
        abbr: bool,
        rel: Option<&str>,
    ) -> Option<Found> {
        let j = self.past_name(i, abbr);
        if self.glued_alnum_after(i) {
            return None;
        }
        // "Tuesday, March 3, 2026", "Tuesday 3 March": the date decides.
        if rel.is_none() {
            let k = if self.t(j) == "," { j + 1 } else { j };
            if let Some(f) = self
                .at(k)
                .filter(|f| f.start == k && f.rule == Rule::DateMonthDay)
            {
                return Some(Found::new(start, f.end, f.kind, f.value, f.rule));
            }
            // "Mon 13th", "Friday the 13th", "Tuesday the eleventh": a weekday and a day
            // of the month (an abbreviated weekday needs one; "Mon 9 am" is a time).
            let the = self.w(k) == "the";
            let k2 = if the { k + 1 } else { k };
            let day = self.day_at(k2).or_else(|| self.day_word_at(k2));
            let ordinal = the || self.any(k2 + 1, &["st", "nd", "rd", "th"]);
            match day {
                // "Friday, the fourth decline in a row": an ordinal in words before a
                // word counts something else.
                Some((day, e))
                    if (abbr || ordinal)
                        && !self.any(e, &["am", "pm", "a.m.", "p.m."])
                        && self.t(e) != ":"
                        && !(self.is_word(k2) && self.is_word(e) && self.w(e) != "of") =>
                {
                    let value = self
                        .r
                        .and_then(|r| {
                            // The nearest month where that day falls on that weekday.
                            [0, -1, 1, -2, 2, -3, 3]
                                .into_iter()
                                .map(|off| r.add_months(off))
                                .find_map(|m| {
                                    Date::new(m.year, m.month, day).filter(|d| d.weekday() == wd)
                                })
                        })
                        .map(|d| d.to_string());
                    return Some(Found::new(start, e, Kind::Date, value, Rule::DateWeekday));
                }
                _ if abbr => return None,
                _ => {}
            }
        }
        // A weekday that names something: after a word of
        // `data/words/weekday_names.tsv` ("Man Friday", "Super Tuesday"; "Black Friday" and "Good
        // Friday" are holidays, matched first), or between capitalised words ("Joe Friday
        // Show"). After other capitalised words it is the day of wire copy: "The World
        // Court Friday rejected", "in Kenya and Tanzania Friday".
        if rel.is_none()
            && i > 0
            && self.cap(i - 1)
            && (words::WEEKDAY_NAMES.contains(&self.w(i - 1))
                || (self.cap(j) && self.is_word(j) && i - 1 > 0))
        {
            return None;
        }
        // "the Sunday Times", "Saturday Night Live", "Super Tuesday": names.
        if self.cap(j)
            && self.any(
                j,
                &[
                    "times",
                    "telegraph",
                    "mirror",
                    "post",
                    "express",
                    "herald",
                    "mail",
                    "independent",
                    "tribune",
                    "star",
                    "sport",
                    "review",
                    "night",
                    "magazine",
                    "observer",
                    "people",
                    "sun",
                    "business",
                    "record",
                    "gazette",
                    "journal",
                    "league",
                    "club",
                    "edition",
                    "service",
                ],
            )
        {
            return None;
        }
        let (part, end) = match self.part_after(j) {
            Some((p, e)) => (Some(p), e),
            None => (None, j),
        };
        // "every Friday and Saturday night": the second day recurs too.
        if rel.is_none()
            && start >= 3
            && self.any(start - 1, &["and", "or"])
            && weekday_of(self.w(start - 2)).is_some_and(|(_, plural)| !plural)
            && self.any(start - 3, &["every", "each"])
        {
            let mut v = with_number("XXXX-WXX-", wd + 1, 1);
            v.push_str(part.unwrap_or(""));
            return Some(Found::new(start, end, Kind::Set, Some(v), Rule::Set));
        }
        // "Tuesday of next week", "Monday of the following week", "Thursday next week",
        // "Monday last week".
        if rel.is_none() {
            let k = match self.w(end) {
                "of" if self.w(end + 1) == "the" => end + 2,
                "of" => end + 1,
                _ => end,
            };
            let off = match self.w(k) {
                "next" | "following" => Some(1),
                "last" | "previous" => Some(-1),
                "this" => Some(0),
                _ => None,
            };
            // The day `day` finds from the reference date, with the part of the day;
            // without a reference date, the weekday of an unknown week.
            let found = |end: usize, day: &dyn Fn(Date) -> Date| {
                let mut value = match self.r {
                    Some(r) => day(r).to_string(),
                    None => with_number("XXXX-WXX-", wd + 1, 1),
                };
                value.push_str(part.unwrap_or(""));
                Some(Found::new(
                    start,
                    end,
                    Kind::Date,
                    Some(value),
                    Rule::DateWeekday,
                ))
            };
            if let (Some(off), "week") = (off, self.w(k + 1)) {
                return found(k + 2, &|r| {
                    r.add_days(-i64::from(r.weekday()) + 7 * off + i64::from(wd))
                });
            }
            // "on Tuesday week" (British): a week after the coming Tuesday.
            if self.w(end) == "week"
                && (!self.is_word(end + 1) || FUNCTION_WORDS.contains(self.w(end + 1)))
            {
                return found(end + 1, &|r| {
                    let ahead = (i64::from(wd) - i64::from(r.weekday())).rem_euclid(7);
                    r.add_days(if ahead == 0 { 7 } else { ahead } + 7)
                });
            }
        }
        let value = self
            .r
            .map(|r| {
                let today = i64::from(r.weekday());
                let wd = i64::from(wd);
                let monday = r.add_days(-today);
                let d = match rel {
                    Some("last" | "previous") => monday.add_days(wd - 7),
                    Some("past") => {
                        let back = (today - wd).rem_euclid(7);
                        r.add_days(-(if back == 0 { 7 } else { back }))
                    }
                    Some("week-of") => monday.add_days(wd),
                    Some("next" | "following") => monday.add_days(wd + 7),
                    Some("this" | "current") => monday.add_days(wd),
                    Some("coming" | "upcoming") => {
                        let fwd = (wd - today).rem_euclid(7);
                        r.add_days(if fwd == 0 { 7 } else { fwd })
                    }
                    // "Stocks fell ahead of Wednesday's vote": the next one, whatever the
                    // verbs say.
                    _ if self.ahead_cue(start) => r.add_days((wd - today).rem_euclid(7)),
                    _ => match self.tense(start, end) {
                        Tense::Future => r.add_days((wd - today).rem_euclid(7)),
                        _ => r.add_days(-(today - wd).rem_euclid(7)),
                    },
                };
                let mut s = d.to_string();
                s.push_str(part.unwrap_or(""));
                s
            })
            // No reference date: the weekday of an unknown week ("XXXX-WXX-2"), "next
            // Tuesday" too.
            .or_else(|| {
                self.r.is_none().then(|| {
                    let mut s = with_number("XXXX-WXX-", wd + 1, 1);
                    s.push_str(part.unwrap_or(""));
                    s
                })
            });
        Some(Found::new(start, end, Kind::Date, value, Rule::DateWeekday))
    }

    /// A word of `data/words/tense_ahead.tsv` right before token `start`, or before its
    /// "of", "to" or "for": "ahead of Wednesday's vote", "on the eve of Friday's budget",
    /// "traders waited for Friday's report".
    fn ahead_cue(&self, start: usize) -> bool {
        let Some(mut k) = start.checked_sub(1) else {
            return false;
        };
        if self.any(k, &["of", "to", "for"]) && k > 0 {
            k -= 1;
        }
        AHEAD.contains(self.w(k))
    }

    /// "the weekend of 18-19 July", "weekend of June 6": the weekend of that date
    /// (`2026-W29-WE`; of an unknown week without a year).
    fn weekend_of(&self, i: usize) -> Option<Found> {
        if self.w(i + 1) != "of" {
            return None;
        }
        let f = self.at(i + 2).filter(|f| {
            f.start == i + 2 && matches!(f.rule, Rule::DateMonthDay | Rule::DateRange)
        })?;
        let value = f.value.as_deref().map(|v| week_of_day(v) + "-WE");
        // "the weekend of 9 and 10 July": both days.
        let end = match self.at(f.end + 1) {
            Some(g) if self.w(f.end) == "and" && g.start == f.end + 1 && g.kind == Kind::Date => {
                g.end
            }
            _ => f.end,
        };
        Some(Found::new(i, end, Kind::Date, value, Rule::DateWeekend))
    }

    /// "on Mondays", "Tuesdays and Thursdays": a set.
    pub(super) fn weekday_set(&self, i: usize, wd: u32) -> Option<Found> {
        if !self.cap(i) {
            return None;
        }
        Some(Found::new(
            i,
            i + 1,
            Kind::Set,
            Some(with_number("XXXX-WXX-", wd + 1, 1)),
            Rule::SetWeekday,
        ))
    }

    /// "the weekend", "this weekend", "last weekend", "over the weekend" (the most recent
    /// one unless the tense says future).
    pub(super) fn weekend(&self, i: usize, start: usize, rel: Option<&str>) -> Option<Found> {
        // "at weekends", "on weekends": a set; other plurals are counted or no date.
        if self.w(i) == "weekends" {
            let set = rel.is_none() && i > 0 && self.any(i - 1, &["at", "on", "during"]);
            let value = Some("XXXX-WXX-WE".to_string());
            return set.then(|| Found::new(i, i + 1, Kind::Set, value, Rule::SetWeekday));
        }
        if rel.is_none() {
            if let Some(f) = self.weekend_of(i) {
                return Some(f);
            }
            // "Weekend tickets cost", "a morning weekend show": a bare "weekend" before a
            // noun qualifies it and names no weekend ("the weekend decision" does).
            let bare = start == i && (i == 0 || self.w(i - 1) != "the");
            if bare
                && self.is_word(i + 1)
                && !self.cap(i + 1)
                && !FUNCTION_WORDS.contains(self.w(i + 1))
            {
                return None;
            }
            // "plan a weekend", "a long weekend": no weekend of the calendar, a
            // weekend's length (TIMEX3 `P1WE`).
            if start == i && i > 0 {
                let a = match i.checked_sub(2) {
                    Some(a) if self.w(a) == "a" && self.w(i - 1) == "long" => a,
                    _ => i - 1,
                };
                if self.w(a) == "a" {
                    let value = Some("P1WE".to_string());
                    return Some(Found::new(a, i + 1, Kind::Duration, value, Rule::Duration));
                }
            }
        }
        let span_start = if rel.is_some() { start } else { i };
        let value = self
            .r
            .map(|r| {
                let wd = r.weekday();
                let week = match rel {
                    Some("last" | "past" | "previous") => -1,
                    Some("next" | "coming" | "following") => 1,
                    Some(_) => 0,
                    None => match self.tense(span_start, i + 1) {
                        Tense::Future => 0,
                        _ => {
                            if wd >= 5 {
                                0
                            } else {
                                -1
                            }
                        }
                    },
                };
                format!("{}-WE", r.add_days(7 * week).iso_week_string())
            })
            // No reference date: the weekend of an unknown week.
            .or_else(|| Some("XXXX-WXX-WE".to_string()));
        Some(Found::new(
            span_start,
            i + 1,
            Kind::Date,
            value,
            Rule::DateWeekend,
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::date::tests::check;

    #[test]
    fn weekday_without_a_cue_is_the_latest() {
        check("2026-03-05", &[("met on Tuesday", "Tuesday", "2026-03-03")]);
    }
}
