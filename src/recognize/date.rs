//! Dates: calendar and clock expressions, absolute or relative, durations and sets, each
//! with an ISO 8601 / TIMEX3 value where the text and the reference date fix one.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::numbers::parse_number;
use super::Mention;
use crate::calendar::Date;
use crate::segment::Span;
use crate::EntityType;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
const MONTH_FULL: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?:\d+(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+few|several|a|an))";
const UNIT: &str = r"(?i:(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?)";

/// What a matched date means: its kind and, where fixed, its value; `None` rejects the match.
type Resolution = Option<(&'static str, Option<String>)>;

/// A date pattern and what a match means.
struct Rule {
    name: &'static str,
    regex: Regex,
    /// From the captures (and the reference date): the kind and value.
    resolve: fn(&Captures, Option<Date>) -> Resolution,
}

fn month_index(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&lower[..3]) && (lower.len() <= 4 || *m == lower))
        .map(|i| i as u32 + 1)
}

fn weekday_index(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    WEEKDAYS.iter().position(|w| *w == lower).map(|i| i as u32)
}

/// The year that puts month/day nearest to the reference date.
fn nearest_year(month: u32, day: u32, reference: Date) -> Option<Date> {
    let mut best: Option<Date> = None;
    for year in [reference.year - 1, reference.year, reference.year + 1] {
        if let Some(d) = Date::new(
            year,
            month,
            day.min(crate::calendar::days_in_month(year, month)),
        ) {
            let dist = (d.to_days() - reference.to_days()).abs();
            if best.is_none_or(|b| dist < (b.to_days() - reference.to_days()).abs()) {
                best = Some(d);
            }
        }
    }
    best
}

fn ym(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

fn cap<'a>(c: &'a Captures, name: &str) -> Option<&'a str> {
    c.name(name).map(|m| m.as_str())
}

fn full_date(c: &Captures, r: Option<Date>) -> Resolution {
    let month = month_index(cap(c, "month")?)?;
    let day: u32 = cap(c, "day")?.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let value = match cap(c, "year") {
        Some(y) => Date::new(y.parse().ok()?, month, day).map(|d| d.to_string()),
        None => r
            .and_then(|r| nearest_year(month, day, r))
            .map(|d| d.to_string()),
    };
    Some(("date", value))
}

fn month_year(c: &Captures, _: Option<Date>) -> Resolution {
    let month = month_index(cap(c, "month")?)?;
    let year: i32 = cap(c, "year")?.parse().ok()?;
    Some(("date", Some(ym(year, month))))
}

fn relative_month(c: &Captures, r: Option<Date>) -> Resolution {
    let word = cap(c, "month")?;
    let month = month_index(word)?;
    let rel = cap(c, "rel").map(str::to_ascii_lowercase);
    // "May" alone is too often the verb: only with a modifier.
    if word == "May" && rel.is_none() {
        return None;
    }
    let Some(r) = r else {
        return Some(("date", None));
    };
    let year = match rel.as_deref() {
        Some("last") | Some("past") | Some("previous") => {
            if month < r.month {
                r.year
            } else {
                r.year - 1
            }
        }
        Some("next") | Some("coming") => {
            if month > r.month {
                r.year
            } else {
                r.year + 1
            }
        }
        Some("this") => r.year,
        _ => nearest_year(month, 15, r)?.year,
    };
    Some(("date", Some(ym(year, month))))
}

fn year(c: &Captures, _: Option<Date>) -> Resolution {
    Some(("date", Some(cap(c, "year")?.to_string())))
}

fn decade(c: &Captures, _: Option<Date>) -> Resolution {
    Some(("date", Some(format!("{}X", cap(c, "dec")?))))
}

fn quarter(c: &Captures, r: Option<Date>) -> Resolution {
    let q = match cap(c, "q")?.to_ascii_lowercase().as_str() {
        "q1" | "first" | "1st" => 1,
        "q2" | "second" | "2nd" => 2,
        "q3" | "third" | "3rd" => 3,
        "q4" | "fourth" | "4th" => 4,
        _ => return None,
    };
    let year = match cap(c, "year") {
        Some(y) => Some(y.parse::<i32>().ok()?),
        None => r.map(|r| r.year),
    };
    Some(("date", year.map(|y| format!("{y:04}-Q{q}"))))
}

fn iso(c: &Captures, _: Option<Date>) -> Resolution {
    let d = Date::new(
        cap(c, "year")?.parse().ok()?,
        cap(c, "mm")?.parse().ok()?,
        cap(c, "dd")?.parse().ok()?,
    )?;
    Some(("date", Some(d.to_string())))
}

/// "11/04/2025": month first (US usage, as in most English news), unless the first number
/// cannot be a month ("25/12/2025").
fn numeric(c: &Captures, _: Option<Date>) -> Resolution {
    let a: u32 = cap(c, "a")?.parse().ok()?;
    let b: u32 = cap(c, "b")?.parse().ok()?;
    let y: i32 = cap(c, "year")?.parse().ok()?;
    let d = if a > 12 {
        Date::new(y, b, a)
    } else {
        Date::new(y, a, b)
    }?;
    Some(("date", Some(d.to_string())))
}

fn relative_period(c: &Captures, r: Option<Date>) -> Resolution {
    let rel = cap(c, "rel")?.to_ascii_lowercase();
    let unit = cap(c, "unit")?.to_ascii_lowercase();
    let offset: i32 = match rel.split_whitespace().last()? {
        "last" | "past" | "previous" => -1,
        "next" | "coming" => 1,
        _ => 0,
    };
    let Some(r) = r else {
        return Some(("date", None));
    };
    let value = match unit.as_str() {
        "week" => r.add_days(7 * i64::from(offset)).iso_week_string(),
        "weekend" => format!("{}-WE", r.add_days(7 * i64::from(offset)).iso_week_string()),
        "month" => {
            let d = r.add_months(offset);
            ym(d.year, d.month)
        }
        "year" => format!("{:04}", r.year + offset),
        "quarter" => {
            let q = (r.month as i32 - 1) / 3 + offset;
            let (y, q) = (r.year + q.div_euclid(4), q.rem_euclid(4) + 1);
            format!("{y:04}-Q{q}")
        }
        "decade" => format!("{:03}X", (r.year / 10 + offset)),
        _ => return Some(("date", None)),
    };
    Some(("date", Some(value)))
}

fn ago(c: &Captures, r: Option<Date>) -> Resolution {
    let n = parse_number(cap(c, "n")?);
    let unit = cap(c, "unit")?.to_ascii_lowercase();
    let (Some(r), Some(n)) = (r, n) else {
        return Some(("date", None));
    };
    if n.fract() != 0.0 {
        return Some(("date", None));
    }
    let n = n as i64;
    let value = match unit.trim_end_matches('s') {
        "day" => r.add_days(-n).to_string(),
        "week" => r.add_days(-7 * n).iso_week_string(),
        "month" => {
            let d = r.add_months(-(n as i32));
            ym(d.year, d.month)
        }
        "year" => format!("{:04}", r.year - n as i32),
        "decade" => format!("{:03}X", (r.year - 10 * n as i32) / 10),
        _ => return Some(("date", None)),
    };
    Some(("date", Some(value)))
}

fn day_word(c: &Captures, r: Option<Date>) -> Resolution {
    let w = cap(c, "w")?.to_ascii_lowercase();
    let offset = match w.as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Some(("date", r.map(|r| r.add_days(offset).to_string())))
}

fn weekday(c: &Captures, r: Option<Date>) -> Resolution {
    let wd = weekday_index(cap(c, "wd")?)?;
    let rel = cap(c, "rel").map(str::to_ascii_lowercase);
    let Some(r) = r else {
        return Some(("date", None));
    };
    let today = r.weekday() as i64;
    let back = (today - wd as i64).rem_euclid(7);
    let d = match rel.as_deref() {
        Some("next") => r.add_days(7 - back),
        Some("last") => r.add_days(-(if back == 0 { 7 } else { back })),
        Some("this") => r.add_days(wd as i64 - today),
        // In news reporting a bare weekday is the nearest past one.
        _ => r.add_days(-back),
    };
    Some(("date", Some(d.to_string())))
}

fn vague(_: &Captures, _: Option<Date>) -> Resolution {
    Some(("date", None))
}

fn time(c: &Captures, _: Option<Date>) -> Resolution {
    let mut h: u32 = cap(c, "h")?.parse().ok()?;
    let m: u32 = cap(c, "m").map_or(Some(0), |m| m.parse().ok())?;
    if let Some(ap) = cap(c, "ap") {
        let pm = ap.to_ascii_lowercase().starts_with('p');
        if h == 0 || h > 12 {
            return None;
        }
        h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    }
    if h > 23 || m > 59 {
        return None;
    }
    Some(("time", Some(format!("T{h:02}:{m:02}"))))
}

fn noon(c: &Captures, _: Option<Date>) -> Resolution {
    let v = if cap(c, "w")?.eq_ignore_ascii_case("noon") {
        "T12:00"
    } else {
        "T00:00"
    };
    Some(("time", Some(v.to_string())))
}

fn duration(c: &Captures, _: Option<Date>) -> Resolution {
    let unit = cap(c, "unit")?.to_ascii_lowercase();
    let n = parse_number(cap(c, "n")?);
    let (designator, time_part, factor) = match unit.trim_end_matches('s') {
        "second" => ("S", true, 1.0),
        "minute" => ("M", true, 1.0),
        "hour" => ("H", true, 1.0),
        "day" => ("D", false, 1.0),
        "week" => ("W", false, 1.0),
        "month" => ("M", false, 1.0),
        "year" => ("Y", false, 1.0),
        "decade" => ("Y", false, 10.0),
        "centurie" | "century" => ("Y", false, 100.0),
        _ => return None,
    };
    let value = n.map(|n| {
        let n = n * factor;
        let num = if n.fract() == 0.0 {
            format!("{}", n as i64)
        } else {
            format!("{n}")
        };
        format!("P{}{num}{designator}", if time_part { "T" } else { "" })
    });
    Some(("duration", value))
}

fn set(_: &Captures, _: Option<Date>) -> Resolution {
    Some(("set", None))
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rule = |name, pattern: String, resolve| Rule {
        name,
        regex: Regex::new(&pattern).expect("date pattern"),
        resolve,
    };
    vec![
        rule("date:iso", r"\b(?P<year>\d{4})-(?P<mm>\d{2})-(?P<dd>\d{2})\b".into(), iso),
        rule("date:numeric", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b".into(), numeric),
        rule(
            "date:month-day",
            format!(r"\b(?:{WEEKDAY},?\s+)?(?:(?i:early|mid|late)[\s-])?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?"),
            full_date,
        ),
        rule(
            "date:day-month",
            format!(r"\b(?:{WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?"),
            full_date,
        ),
        rule(
            "date:month-year",
            format!(r"\b(?:(?i:early|mid|late|end)[\s-])?(?P<month>{MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?),?\s+(?P<year>(?:1[89]|20)\d\d)\b"),
            month_year,
        ),
        rule(
            "date:month",
            format!(r"\b(?:(?P<rel>(?i:last|next|this|past|coming|previous|early|late|mid))[\s-])?(?P<month>{MONTH_FULL})\b"),
            relative_month,
        ),
        rule("date:decade", r"\b(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-])?(?P<dec>(?:1[89]|20)\d)0s\b".into(), decade),
        rule("date:year", r"\b(?:(?i:early|mid|late|fiscal)[\s-])?(?P<year>(?:1[89]|20)\d\d)\b".into(), year),
        rule(
            "date:quarter",
            r"\b(?:(?P<q>Q[1-4])\s+(?P<year>\d{4})|(?P<q2>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+quarter(?:\s+of\s+(?P<year2>\d{4}))?)\b".into(),
            |c, r| {
                if c.name("q").is_some() {
                    return quarter(c, r);
                }
                let q = cap(c, "q2")?;
                let year = cap(c, "year2").map(str::parse::<i32>).transpose().ok()?.or(r.map(|r| r.year));
                let (_, _) = (q, year);
                let qn = match q.to_ascii_lowercase().as_str() {
                    "first" | "1st" => 1,
                    "second" | "2nd" => 2,
                    "third" | "3rd" => 3,
                    _ => 4,
                };
                Some(("date", year.map(|y| format!("{y:04}-Q{qn}"))))
            },
        ),
        rule(
            "date:relative",
            r"\b(?P<rel>(?i:last|next|this|past|previous|coming|earlier\s+this|later\s+this|earlier\s+that|later\s+that))\s+(?P<unit>(?i:week|weekend|month|year|quarter|decade))\b".into(),
            relative_period,
        ),
        rule("date:ago", format!(r"\b(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+(?i:ago)\b"), ago),
        rule("date:day", r"\b(?P<w>(?i:yesterday|today|tomorrow|tonight))\b".into(), day_word),
        rule(
            "date:weekday",
            format!(r"\b(?:(?P<rel>(?i:last|next|this))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?\b"),
            weekday,
        ),
        rule("date:recent", r"\b(?i:recent|coming)\s+(?i:days|weeks|months|years|decades)\b".into(), vague),
        rule(
            "time:clock",
            r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?P<ap>a\.m\.|p\.m\.|A\.M\.|P\.M\.|am\b|pm\b|AM\b|PM\b)(?:\s+(?:GMT|UTC|ET|EST|EDT|PT|PST|BST|CET|local\s+time)\b)?".into(),
            time,
        ),
        rule("time:24h", r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s+(?:GMT|UTC|ET|EST|EDT|PT|PST|BST|CET|local\s+time)\b|\s?(?:hrs|h)\b)?".into(), time),
        rule("time:noon", r"\b(?P<w>(?i:noon|midnight))\b".into(), noon),
        rule("duration", format!(r"\b(?P<n>{NUM})(?:\s+more)?(?:\s+|-)(?P<unit>{UNIT})\b"), duration),
        rule("set:every", format!(r"\b(?i:every|each)\s+(?:{WEEKDAY}|(?i:day|week|month|year|morning|evening|night|weekend|quarter))\b"), set),
    ]
});

/// Adds the dates of one sentence to `out`, resolved against `reference`.
pub fn find(text: &str, sentence: Span, reference: Option<Date>, out: &mut Vec<Mention>) {
    let s = &text[sentence.start..sentence.end];
    for rule in RULES.iter() {
        for c in rule.regex.captures_iter(s) {
            let whole = c.get(0).expect("match");
            if !accept(rule.name, s, whole.start(), whole.end(), &c) {
                continue;
            }
            let Some((kind, value)) = (rule.resolve)(&c, reference) else {
                continue;
            };
            let mut m = Mention::new(
                EntityType::Date,
                Span::new(sentence.start + whole.start(), sentence.start + whole.end()),
                rule.name,
            );
            m.kind = Some(kind);
            m.value = value.map(serde_json::Value::String);
            out.push(m);
        }
    }
}

/// Context checks that a regex cannot express.
fn accept(rule: &str, s: &str, start: usize, end: usize, c: &Captures) -> bool {
    let before = s[..start].chars().next_back();
    let after = &s[end..];
    let after_c = after.chars().next();
    match rule {
        "date:year" => {
            // Not a count, code or amount: "2,000", "$2000", "2017-18" is fine, "2000m" is not.
            !matches!(before, Some('$' | '€' | '£' | '¥' | '.' | ',' | '#' | '/'))
                && !matches!(after_c, Some('%' | '.' | ','))
                    | after.starts_with(". ")
                    | after.starts_with(", ")
                    | after.is_empty()
                    | (after_c == Some('.') && after.len() == 1)
                && !after
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("percent")
        }
        "duration" => {
            // "48-year-old" is an age; "a year" alone is too vague without a preposition.
            let lower_after = after.to_ascii_lowercase();
            if lower_after.starts_with("-old")
                || lower_after.starts_with(" old")
                || lower_after.starts_with("s-old")
            {
                return false;
            }
            let n = c.name("n").map_or("", |m| m.as_str()).to_ascii_lowercase();
            if matches!(n.as_str(), "a" | "an") {
                let lower_before = s[..start].trim_end().to_ascii_lowercase();
                return [
                    "for", "over", "within", "in", "after", "than", "nearly", "almost", "about",
                ]
                .iter()
                .any(|p| lower_before.ends_with(p));
            }
            true
        }
        "date:day-month" | "date:month-day" => !matches!(before, Some('$' | '£' | '€')),
        "time:24h" => !matches!(before, Some(':' | '.')) && !after.starts_with(':'),
        _ => true,
    }
}

/// Parses the date of a dateline ("March 3, 2026", "3 March 2026", "1996-08-30"); a date
/// without a year takes the nearest year to `fallback` when one is given.
pub fn parse_dateline_date(s: &str, fallback: Option<Date>) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse_iso(s) {
        return Some(d);
    }
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let (month, day, year) = match words.as_slice() {
        [m, d, y] if month_index(m).is_some() => {
            (month_index(m)?, d.parse().ok()?, Some(y.parse().ok()?))
        }
        [d, m, y] => (month_index(m)?, d.parse().ok()?, Some(y.parse().ok()?)),
        [m, d] if month_index(m).is_some() => (month_index(m)?, d.parse().ok()?, None),
        [d, m] => (month_index(m)?, d.parse().ok()?, None),
        _ => return None,
    };
    match year {
        Some(y) => Date::new(y, month, day),
        None => nearest_year(month, day, fallback?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, reference: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        find(
            text,
            Span::new(0, text.len()),
            Date::parse_iso(reference),
            &mut out,
        );
        let out = crate::resolve::resolve(text, out);
        out.iter()
            .map(|m| {
                let v = m.value.as_ref().and_then(|v| v.as_str()).unwrap_or("-");
                (m.text(text).to_string(), v.to_string())
            })
            .collect()
    }

    fn one(text: &str, reference: &str) -> (String, String) {
        let d = dates(text, reference);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        d[0].clone()
    }

    #[test]
    fn absolute_and_relative() {
        let r = "2026-03-03";
        assert_eq!(
            one("on November 4 he met", r),
            ("November 4".into(), "2025-11-04".into())
        );
        assert_eq!(
            one("Last October, he met", r),
            ("Last October".into(), "2025-10".into())
        );
        assert_eq!(
            one("going back to June 2022.", r),
            ("June 2022".into(), "2022-06".into())
        );
        assert_eq!(one("ended in 2017 by", r), ("2017".into(), "2017".into()));
        assert_eq!(one("in the 1990s", r), ("the 1990s".into(), "199X".into()));
        assert_eq!(
            one("Last week, Chen", r),
            ("Last week".into(), "2026-W09".into())
        );
        assert_eq!(
            one("two years ago", r),
            ("two years ago".into(), "2024".into())
        );
        assert_eq!(
            one("met on Tuesday", "2026-03-05"),
            ("Tuesday".into(), "2026-03-03".into())
        );
        assert_eq!(
            one("for three years", r),
            ("three years".into(), "P3Y".into())
        );
        assert_eq!(
            one("at 3 p.m. local", r),
            ("3 p.m.".into(), "T15:00".into())
        );
        assert_eq!(
            one("over recent months", r),
            ("recent months".into(), "-".into())
        );
        assert_eq!(
            one("March 3, 2026", r),
            ("March 3, 2026".into(), "2026-03-03".into())
        );
        assert!(dates("The 48-year-old may go", r).is_empty());
    }
}
