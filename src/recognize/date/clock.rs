//! Clock times and parts of the day: "3 p.m.", "10:30 a.m. ET", "15:30 GMT", "0900 GMT",
//! "7 o'clock", "5-6 pm", and "morning", "night" after a day ("TMO", "TNI").

use super::timex::{compound_duration, Unit};
use super::{Found, Scan};
use crate::calendar::Date;
use crate::lexicon::{class, WordList};
use crate::model::{EntityType, Kind, Mention, Rule, Span, Value};
use crate::recognize::numbers::{is_hyphen, small_word, SCALE_WORDS};

/// One clock reading: hour and minute (24-hour), the token after it, whether "a.m."/"p.m."
/// or "o'clock" fixed it, and whether it had minutes after a colon.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    /// The seconds of "7:56:30".
    second: Option<u32>,
    end: usize,
    meridiem: bool,
    colon: bool,
}

/// The time zones read after a time, in lower case ("GMT", "ET").
pub(super) const ZONE_WORDS: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
    "et", "pt", "ct", "jst", "ist", "hkt", "sgt", "aest", "aedt", "msk", "eet", "wib", "ict",
];

/// The regions of the North American zones spelled out before "Time" ("Eastern Time").
static ZONE_REGIONS: WordList = WordList::new(class::DATE_CONTEXT_ZONE_REGION);

/// The words of "a.m." and "p.m." after an hour, in lower case.
pub(super) const MERIDIEM_WORDS: &[&str] = &["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "a", "p"];

impl Scan<'_> {
    /// Clock times: "3 p.m.", "3pm", "10:30 a.m. ET", "15:30 GMT", "0900 GMT", "9.30am",
    /// "7 o'clock"; a range whose ends share "a.m."/"p.m." ("2:00 to 2:30 pm", "5-6 pm",
    /// "from 7 to 7:30pm") is one time without a value; complete ends are two times.
    pub(super) fn time(&self, i: usize) -> Option<Found> {
        let first = self.clock(i);
        // A range: the first end may lack the meridiem it shares with the second.
        let k = first.as_ref().map_or(i + 1, |c| c.end);
        let first_bare =
            first.is_none() && self.int(i).is_some_and(|h| h <= 24) && self.t(i).len() <= 2;
        if first.as_ref().is_some_and(|c| !c.meridiem) || first_bare {
            let joiner = is_hyphen(self.t(k))
                || self.any(k, &["to", "until", "till"])
                || (self.w(k) == "and" && i > 0 && self.w(i - 1) == "between");
            if joiner {
                // Only a second end with "a.m."/"p.m." lends it to the first: "06:00 until
                // 23:30" is two complete times.
                if let Some(second) = self.clock(k + 1).filter(|c| c.meridiem) {
                    let end = self.zone_after(second.end);
                    return Some(Found::new(i, end, Kind::Time, None, Rule::TimeRange));
                }
            }
        }
        let c = first?;
        if !c.meridiem && !c.colon {
            return None;
        }
        // "10:30" alone: a time only when it looks like one (not a ratio, or a verse "3:16"
        // after a name).
        if !c.meridiem
            && i > 0
            && self.cap(i - 1)
            && !self.any(i - 1, &["at", "by", "from", "until", "around", "since"])
        {
            return None;
        }
        let end = self.zone_after(c.end);
        // "won in 2:18:40", "a record of 2:03:23": hours, minutes and seconds with no
        // "a.m.", zone or preposition of a time of day are a race's time, a duration.
        if let Some(sec) = c.second.filter(|_| {
            !c.meridiem
                && end == c.end
                && c.hour < 10
                && !(i > 0 && self.any(i - 1, &["at", "by", "until", "till", "since", "around"]))
        }) {
            let parts = [
                (c.hour, Unit::Hour),
                (c.minute, Unit::Minute),
                (sec, Unit::Second),
            ];
            let nonzero: Vec<(Option<f64>, Unit)> = parts
                .iter()
                .filter(|&&(n, u)| n > 0 || u == Unit::Hour)
                .map(|&(n, u)| (Some(f64::from(n)), u))
                .collect();
            let value = compound_duration(&nonzero)?;
            return Some(Found::new(
                i,
                c.end,
                Kind::Duration,
                Some(value),
                Rule::Duration,
            ));
        }
        Some(Found::new(
            i,
            end,
            Kind::Time,
            Some(format!("T{:02}:{:02}", c.hour, c.minute)),
            Rule::TimeClock,
        ))
    }

    /// Four digits at `i` that tell a time of day in hours after a preposition of time,
    /// with a zone after it: "at 1400 hrs" (`T14:00`), "by 0930 hours GMT" (not "1400
    /// hours of community service"). The caller asks first whether the next word starts
    /// with "h": most four digits are years before other words.
    #[cold]
    #[inline(never)]
    pub(super) fn military_clock(&self, i: usize) -> Option<Found> {
        if i == 0
            || !self.any(i + 1, &["hours", "hrs", "hr"])
            || !self.any(
                i - 1,
                &["at", "by", "from", "until", "till", "before", "after"],
            )
        {
            return None;
        }
        let h = self.int(i).filter(|h| h / 100 < 24 && h % 100 < 60)?;
        let end = self.zone_after(i + 2);
        let value = format!("T{:02}:{:02}", h / 100, h % 100);
        Some(Found::new(i, end, Kind::Time, Some(value), Rule::TimeClock))
    }

    /// A time zone after a time ("GMT", "local time", "Eastern Time", "Pacific Standard
    /// Time"): the token after it.
    fn zone_after(&self, j: usize) -> usize {
        if ZONE_REGIONS.contains(self.w(j))
            && self.t(j).starts_with(|c: char| c.is_ascii_uppercase())
        {
            let k = j + 1 + usize::from(self.any(j + 1, &["standard", "daylight"]));
            if self.w(k) == "time" {
                return k + 1;
            }
        }
        if self.is_zone(j) {
            if self.w(j) == "local" {
                j + 2
            } else {
                j + 1
            }
        } else {
            j
        }
    }

    /// One clock reading at `i`: "3 p.m.", "10:30", "9.30am", "0900 GMT", "7 o'clock".
    fn clock(&self, i: usize) -> Option<Clock> {
        let t = self.t(i);
        let dot = t.bytes().position(|b| b == b'.');
        let mut second = None;
        let (h, m, mut j, colon) = if let Some((hs, ms)) = dot.map(|k| (&t[..k], &t[k + 1..])) {
            // "9.30am" lexes as one number; a dotted time needs its "am"/"pm".
            if ms.len() != 2 || hs.len() > 2 || ms.bytes().any(|b| b == b'.') {
                return None;
            }
            (
                hs.parse::<u32>().ok()?,
                ms.parse::<u32>().ok()?,
                i + 1,
                false,
            )
        } else {
            let h = self.int(i)?;
            if self.t(i + 1) == ":"
                && self.glued(i + 1)
                && self.glued(i + 2)
                && self.t(i + 2).len() == 2
            {
                let m = self.int(i + 2)?;
                let mut j = i + 3;
                // Seconds: "7:56:30".
                if self.t(j) == ":"
                    && self.glued(j)
                    && self.t(j + 1).len() == 2
                    && self.int(j + 1).is_some()
                {
                    second = self.int(j + 1).filter(|s| *s < 60);
                    j += 2;
                }
                (h, m, j, true)
            } else if t.len() == 4 && self.is_zone(i + 1) {
                // "0900 GMT".
                (h / 100, h % 100, i + 1, true)
            } else if t.len() <= 2 {
                (h, 0, i + 1, false)
            } else {
                return None;
            }
        };
        // "1:1", "4:3": ratios and scores, not times.
        if self.t(i + 1) == ":" && self.glued(i + 1) && !colon {
            return None;
        }
        let mut hour = h;
        let mut meridiem = false;
        if self.any(j, MERIDIEM_WORDS) {
            let w = self.w(j);
            // A lone "a"/"p" only glued and dotted ("9 a . m ." is too rare to guess at).
            if matches!(w, "a" | "p") {
                if !(self.glued(j)
                    && self.t(j + 1) == "."
                    && self.glued(j + 1)
                    && self.any(j + 2, &["m"]))
                {
                    return None;
                }
                j += 3;
                if self.t(j) == "." && self.glued(j) {
                    j += 1;
                }
            } else {
                j += 1;
            }
            if !(1..=12).contains(&h) || self.glued_alnum_after(j - 1) {
                return None;
            }
            let pm = w.starts_with('p');
            hour = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            meridiem = true;
        } else if self.oclock(j) {
            j += 3;
            meridiem = true;
            // "3 o'clock in the morning".
            if let Some((h24, e)) = self.hour_of_part(h, j) {
                hour = h24;
                j = e;
            }
        } else if let Some((h24, e)) = self.hour_of_part(h, j).filter(|_| !colon && dot.is_none()) {
            // "4 in the morning", "6 in the evening", "11 at night".
            hour = h24;
            j = e;
            meridiem = true;
        } else if self.glued_alnum_after(j - 1) {
            return None;
        }
        if hour > 23 || m > 59 {
            return None;
        }
        Some(Clock {
            hour,
            minute: m,
            second,
            end: j,
            meridiem,
            colon,
        })
    }

    /// A clock time joined to the day it is on, one date and time: "10 p.m. Wednesday",
    /// "noon Monday", "6 a.m., Thursday", "Wednesday at 10 p.m.", "Tuesday, 3 p.m.". The
    /// value is the day's followed by the time's ("2026-03-04T22:00"); `f` as it is when
    /// no day and time meet.
    pub(super) fn with_day(&self, f: Found) -> Found {
        let is_day = |d: &Found| {
            d.kind == Kind::Date && d.value.as_deref().is_some_and(|v| day_or_part(v).is_some())
        };
        let is_clock =
            |t: &Found| t.kind == Kind::Time && t.value.as_deref().is_some_and(|v| v.len() == 6);
        let joined = |day: &Found, time: &Found, start: usize, end: usize| {
            let (d, part) = day_or_part(day.value.as_deref()?)?;
            let value = on_part(d, part, time.value.as_deref()?, self.meridiem_in(time))?;
            Some(Found::new(
                start,
                end,
                Kind::Time,
                Some(value),
                Rule::TimeOnDay,
            ))
        };
        let mut j = f.end;
        // Most dates stand alone: the scan after them runs only where a word or number that
        // can begin the other half follows.
        let may_follow = |j: usize| {
            self.is_num(j) || (self.is_word(j) && super::STARTERS.may_get(self.toks[j].hash))
        };
        if is_clock(&f) {
            j += usize::from(self.t(j) == "," || self.w(j) == "on");
            if !may_follow(j) {
                return f;
            }
            if let Some(day) = self.at(j).filter(|d| d.start == j) {
                if is_day(&day) {
                    return joined(&day, &f, f.start, day.end).unwrap_or(f);
                }
                // "7pm every day", "9am on Sundays": a set of times.
                return self.set_at_time(&day, &f, f.start, day.end).unwrap_or(f);
            }
        } else if f.kind == Kind::Set {
            // "every day at 7pm", "Tuesdays at 9am".
            j += usize::from(self.w(j) == "at");
            if j > f.end && may_follow(j) {
                if let Some(time) = self.at(j).filter(|t| t.start == j && is_clock(t)) {
                    return self.set_at_time(&f, &time, f.start, time.end).unwrap_or(f);
                }
            }
        } else if is_day(&f) {
            j += usize::from(self.t(j) == "," || self.w(j) == "at");
            if !may_follow(j) {
                return f;
            }
            if let Some(time) = self.at(j).filter(|t| t.start == j && is_clock(t)) {
                return joined(&f, &time, f.start, time.end).unwrap_or(f);
            }
            // "this afternoon at 3.": a bare hour on a part of the day, ending the clause.
            let part = f.value.as_deref().is_some_and(|v| v.len() == 13);
            let hour = self
                .int(j)
                .filter(|h| (1..=12).contains(h) && self.t(j).len() <= 2);
            if let Some(h) = hour.filter(|_| part && self.w(j - 1) == "at") {
                if self.any(j + 1, &[".", ",", ";", ")"]) || j + 1 >= self.toks.len() {
                    let time = Found::new(
                        j,
                        j + 1,
                        Kind::Time,
                        Some(format!("T{h:02}:00")),
                        Rule::TimeClock,
                    );
                    return joined(&f, &time, f.start, j + 1).unwrap_or(f);
                }
            }
        }
        f
    }

    /// A set of days (`set`: "every day" `P1D`, "Tuesdays" `XXXX-WXX-2`, "every evening"
    /// `XXXX-XX-XXTEV`) and a clock time (`time`) on each, one set from token `start` to
    /// `end`: "XXXX-XX-XXT19:00", "XXXX-WXX-2T09:00".
    fn set_at_time(&self, set: &Found, time: &Found, start: usize, end: usize) -> Option<Found> {
        if set.kind != Kind::Set {
            return None;
        }
        let v = set.value.as_deref()?;
        // Every day, or every one part of a day, is any day's; a weekday's is its own.
        let any_day = if v == "P1D" {
            Some("")
        } else {
            v.strip_prefix("XXXX-XX-XX")
        };
        let (day, part) = match any_day {
            Some(p) => ("XXXX-XX-XX", (!p.is_empty()).then_some(p)),
            None => day_or_part(v)?,
        };
        let value = on_part(day, part, time.value.as_deref()?, self.meridiem_in(time))?;
        Some(Found::new(start, end, Kind::Set, Some(value), Rule::Set))
    }

    /// An hour in words: "nine o'clock", "six in the evening", "eleven at night".
    pub(super) fn word_clock(&self, i: usize) -> Option<Found> {
        let h = small_word(self.w(i)).filter(|h| (1.0..=12.0).contains(h) && h.fract() == 0.0)?;
        let j = i + 1;
        // ("o'" without "clock" reads as no part of the day below: none.)
        let (hour, end) = if self.oclock(j) {
            // "three o'clock in the morning".
            self.hour_of_part(h as u32, j + 3)
                .unwrap_or((h as u32, j + 3))
        } else {
            self.hour_of_part(h as u32, j)?
        };
        let value = Some(format!("T{hour:02}:00"));
        Some(Found::new(i, end, Kind::Time, value, Rule::TimeClock))
    }

    /// A clock time told in minutes past the hour, with the token before "past" at `i`:
    /// "a quarter past two" (`T02:15`, its article outside the span), "half past nine"
    /// (`T09:30`), "twenty past eight", "10 minutes past six", with a part of the day
    /// after it ("in the evening") when one follows.
    #[cold]
    pub(super) fn spoken_clock(&self, i: usize) -> Option<Found> {
        let minute_unit = self.any(i, &["minute", "minutes", "min", "mins"]);
        let (i, past) = if minute_unit {
            (i.checked_sub(1)?, i + 1)
        } else {
            (i, i + 1)
        };
        if self.w(past) != "past" {
            return None;
        }
        let minutes = match self.w(i) {
            "quarter" if !minute_unit => 15,
            "half" if !minute_unit => 30,
            // A count of minutes, not the end of a hyphenated number ("twenty-five").
            _ if i == 0 || !(self.glued(i) && is_hyphen(self.t(i - 1))) => {
                let n = self
                    .whole_count(i)
                    .filter(|n| (1.0..60.0).contains(n) && n.fract() == 0.0)?;
                n as u32
            }
            _ => return None,
        };
        // The hour in words or digits, no scale after it ("half past two million").
        let h = self
            .whole_count(past + 1)
            .filter(|h| (1.0..=12.0).contains(h) && h.fract() == 0.0)? as u32;
        let after = self.w(past + 2);
        if after == "percent" || SCALE_WORDS.iter().any(|&(s, _)| s == after) {
            return None;
        }
        // "past seven o'clock".
        let j = past + 2 + if self.oclock(past + 2) { 3 } else { 0 };
        let (hour, end) = self.hour_of_part(h, j).unwrap_or((h, j));
        let value = Some(format!("T{hour:02}:{minutes:02}"));
        Some(Found::new(i, end, Kind::Time, value, Rule::TimeClock))
    }

    /// An hour `h` (1-12) before "in the morning", "in the afternoon", "in the evening" or
    /// "at night" at token `j`: the hour on a 24-hour clock and the token after the words.
    fn hour_of_part(&self, h: u32, j: usize) -> Option<(u32, usize)> {
        let (part, end) = match self.w(j) {
            "in" if self.w(j + 1) == "the" => (self.w(j + 2), j + 3),
            "at" if self.w(j + 1) == "night" => ("night", j + 2),
            _ => return None,
        };
        Some((hour_in_part(h, part_code(part)?)?, end))
    }

    /// Whether the time `t` says its half of the day: "a.m.", "pm", "noon", "midnight".
    fn meridiem_in(&self, t: &Found) -> bool {
        (t.start..t.end)
            .any(|k| self.any(k, MERIDIEM_WORDS) || self.any(k, &["noon", "midnight", "midday"]))
    }

    fn is_zone(&self, i: usize) -> bool {
        (self.any(i, ZONE_WORDS) && self.t(i).chars().all(|c| c.is_ascii_uppercase()))
            || (self.w(i) == "local" && self.w(i + 1) == "time")
    }

    /// A part of the day after a day: "morning" -> "TMO".
    pub(super) fn part_of_day(&self, i: usize) -> Option<&'static str> {
        part_code(self.w(i))
    }

    /// A part of the day after a day's name, at token `i`: "morning", "in the morning",
    /// "early morning", "late evening" ("Tuesday in the morning", "Sunday early morning"):
    /// its code and the token after it.
    pub(super) fn part_after(&self, i: usize) -> Option<(&'static str, usize)> {
        if let Some(p) = self.part_of_day(i) {
            return Some((p, i + 1));
        }
        let k = match self.w(i) {
            "in" if self.w(i + 1) == "the" => i + 2,
            "early" | "late" => i + 1,
            _ => return None,
        };
        let p = self.part_of_day(k)?;
        Some((p, k + 1))
    }
}

/// The TIMEX3 code of a part of the day, a word in lower case ("morning" `TMO`).
pub(super) fn part_code(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        "night" => "TNI",
        _ => return None,
    })
}

/// A clock time without its day ("at 2:15 a.m.", value `T02:15`), which
/// [`tie_times_to_days`] ties to one.
#[inline]
pub fn asks_day(m: &Mention) -> bool {
    m.kind == Some(Kind::Time)
        && m.q()
            .value
            .as_ref()
            .and_then(Value::as_str)
            .is_some_and(|v| v.len() == 6)
}

/// Ties the article's bare clock times ("at 2:15 a.m.", value `T02:15`) to a day: the
/// nearest day named in the same sentence ("at 2:15 a.m. ... Thursday afternoon"), else the
/// reference date. A time with no day to tie to keeps its bare value.
pub fn tie_times_to_days(
    text: &str,
    mentions: &mut [Mention],
    sentences: &[Span],
    reference: Option<Date>,
) {
    // The days named, by position.
    let mut days: Vec<DayNamed> = mentions
        .iter()
        .filter(|m| m.ty == EntityType::Date)
        .filter_map(|m| {
            let v = m.q().value.as_ref().and_then(Value::as_str)?;
            let d = v.get(..10).filter(|d| day_value(d))?;
            Some(DayNamed {
                span: m.span,
                day: d.as_bytes().try_into().ok()?,
                hour: v.get(11..13).and_then(|h| h.parse().ok()),
            })
        })
        .collect();
    days.sort_unstable_by_key(|d| (d.span.start, d.span.end));
    // The last time tied to a day named in its sentence: its sentence's index, its day and
    // its hour.
    let mut last: Option<(usize, String, u32)> = None;
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Date) {
        let at = m.span.start;
        let index = sentences.partition_point(|s| s.end <= at);
        if !asks_day(m) {
            // A time on its own day ("7:52 p.m. on Aug. 14, 2023"): the last one.
            let v = m.q().value.as_ref().and_then(Value::as_str).unwrap_or("");
            let hour = v.get(11..13).and_then(|h| h.parse().ok());
            if let (Some(d), Some(h)) = (v.get(..10).filter(|d| day_value(d)), hour) {
                last = Some((index, d.to_string(), h));
            }
            continue;
        }
        let sentence = sentences.get(index).copied().unwrap_or(m.span);
        let v = m.q().value.as_ref().and_then(Value::as_str).unwrap_or("");
        // The nearest day in the sentence, on either side, outside any aside the time
        // is not in ("fiscal 2027, the year that begins Oct. 1, after a meeting that ran
        // past midnight": not October's midnight).
        let in_sentence = days.partition_point(|d| d.span.start < sentence.start)
            ..days.partition_point(|d| d.span.start < sentence.end);
        let nearest = days[in_sentence]
            .iter()
            .filter(|d| d.span.end <= sentence.end && !aside_without(text, sentence, d.span, at))
            .min_by_key(|d| d.span.start.abs_diff(at))
            .and_then(|d| {
                let day = std::str::from_utf8(&d.day).ok()?;
                Some(match converted_shift(text, m.span.end, d, v) {
                    0 => day.to_string(),
                    n => Date::parse_iso(day)?.add_days(n).to_string(),
                })
            });
        let hour: Option<u32> = v.get(1..3).and_then(|h| h.parse().ok());
        if let (Some(d), Some(h)) = (&nearest, hour) {
            last = Some((index, d.clone(), h));
        }
        // "at 7:52 p.m. on Aug. 14 ... landing at 8:21 p.m.": a point in a timeline later
        // in the day than the time a sentence or three before, on a day named, is on
        // that day (not "buses run between 06:00 and 23:30").
        let before = text[..at].trim_end();
        let point = [" at", " after", " before", " around", " about", " until"]
            .iter()
            .any(|w| before.ends_with(w));
        let earlier = last.as_ref().filter(|(k, _, h)| {
            nearest.is_none()
                && point
                && index > *k
                && index - k <= 3
                && hour.is_some_and(|me| *h <= me)
        });
        // "... left two wounded early Sunday. Officers were called shortly after 1:45
        // a.m.": a point of time with no day of its own takes the last day the sentence
        // before names, when that day lies in the week before the article's (not
        // "sentencing was set for May 14", nor "restrictions until Monday").
        let before_sentence = index
            .checked_sub(1)
            .and_then(|k| sentences.get(k))
            .filter(|_| point);
        let told = before_sentence.zip(reference).and_then(|(s, r)| {
            let range = days.partition_point(|d| d.span.start < s.start)
                ..days.partition_point(|d| d.span.start < s.end);
            let d = days[range].last()?;
            let day = Date::parse_iso(std::str::from_utf8(&d.day).ok()?)?;
            (0..=7)
                .contains(&(r.to_days() - day.to_days()))
                .then(|| day.to_string())
        });
        let nearest = nearest
            .or_else(|| earlier.map(|(_, d, _)| d.clone()))
            .or(told);
        if let Some(d) = nearest.or_else(|| reference.map(|r| r.to_string())) {
            let tied = format!("{d}{v}");
            m.q_mut().value = Some(Value::Text(tied.into()));
            m.rule = Rule::TimeOnDay;
        }
    }
}

/// Whether the day at `day` lies in an aside between commas (or a comma and the end of
/// the sentence) that opens with a determiner or a relative word (", the year that begins
/// Oct. 1,", ", which began on Friday,") and does not hold byte `at`.
fn aside_without(text: &str, sentence: Span, day: Span, at: usize) -> bool {
    let Some(open) = text[sentence.start..day.start].rfind(',') else {
        return false;
    };
    let open = sentence.start + open + 1;
    let close = text[day.end..sentence.end]
        .find(',')
        .map_or(sentence.end, |k| day.end + k);
    if (open..close).contains(&at) {
        return false;
    }
    let first = text[open..day.start]
        .split_whitespace()
        .next()
        .unwrap_or_default();
    [
        "the", "a", "an", "which", "who", "when", "where", "that", "whose",
    ]
    .iter()
    .any(|w| first.eq_ignore_ascii_case(w))
}

/// A day named in the article, for [`tie_times_to_days`]: where, the day's ten bytes
/// ("2026-03-04"), and the hour of its clock time, if it has one.
struct DayNamed {
    span: Span,
    day: [u8; 10],
    hour: Option<i32>,
}

/// Days to add to the day of a time in brackets after a clock time (value `v`, ending at
/// byte `end`) to get the clock time's own day: "3:12 a.m. local time (1812 GMT Tuesday)"
/// is Wednesday, the zones more than twelve hours apart on the clock; "4 in the morning
/// (4 a.m. EDT Thursday)" is Thursday. A day outside brackets adds none.
fn converted_shift(text: &str, end: usize, day: &DayNamed, v: &str) -> i64 {
    let between = text.as_bytes().get(end..day.span.start).unwrap_or_default();
    let (Some(theirs), Some(ours)) = (day.hour, v.get(1..3).and_then(|h| h.parse::<i32>().ok()))
    else {
        return 0;
    };
    if !between.contains(&b'(') || between.contains(&b')') {
        return 0;
    }
    match theirs - ours {
        d if d > 12 => 1,
        d if d < -12 => -1,
        _ => 0,
    }
}

/// A value that names one day, alone or with a part of it ("2026-03-04TNI"): the day and
/// the part's code, if any.
fn day_or_part(v: &str) -> Option<(&str, Option<&str>)> {
    let (day, part) = match v.get(10..) {
        Some("") => (v, None),
        Some(p @ ("TMO" | "TAF" | "TEV" | "TNI")) => (&v[..10], Some(p)),
        _ => return None,
    };
    day_value(day).then_some((day, part))
}

/// An hour of the clock face `h` (1-12) in the part of the day of TIMEX3 code `part`, on a
/// 24-hour clock: "4 in the morning" 4, "3 in the afternoon" 15, "7 in the evening" 19;
/// `None` for an hour the part has not ("11 in the afternoon").
fn hour_in_part(h: u32, part: &str) -> Option<u32> {
    match part {
        "TMO" if (1..=11).contains(&h) => Some(h),
        "TAF" if (1..=6).contains(&h) => Some(h + 12),
        "TAF" if h == 12 => Some(12),
        "TEV" | "TNI" if (5..=11).contains(&h) => Some(h + 12),
        _ => None,
    }
}

/// A clock time (`T19:30`) on a day (`2026-03-04`) or on a part of it: an hour without
/// "a.m."/"p.m." is read in that part ([`hour_in_part`]: "this evening at 7:30" `T19:30`),
/// and an hour before five at night is in the small hours of the next day ("tonight at
/// 1am", "midnight tonight").
fn on_part(day: &str, part: Option<&str>, time: &str, meridiem: bool) -> Option<String> {
    let hour: u32 = time.get(1..3)?.parse().ok()?;
    let minute = time.get(3..)?;
    let hour = part
        .filter(|_| !meridiem)
        .and_then(|p| hour_in_part(hour, p))
        .unwrap_or(hour);
    let small_hours = part == Some("TNI") && hour < 5;
    let day = match Date::parse_iso(day).filter(|_| small_hours) {
        Some(d) => d.add_days(1).to_string(),
        None => day.to_string(),
    };
    Some(format!("{day}T{hour:02}{minute}"))
}

/// A value that names one day: "2026-03-04", "XXXX-03-04", "XXXX-WXX-3".
fn day_value(v: &str) -> bool {
    let b = v.as_bytes();
    (b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b[8..].iter().all(u8::is_ascii_digit))
        || (b.len() == 10 && v.starts_with("XXXX-WXX-"))
}

#[cfg(test)]
mod tests {
    use crate::recognize::date::tests::check;

    #[test]
    fn clock_times() {
        check("2026-03-03", &[("at 3 p.m. local", "3 p.m.", "T15:00")]);
    }
}
