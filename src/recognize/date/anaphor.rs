//! Dates told from the last date named: "that same day", "earlier that day", "later that
//! year", "that summer", "the following year", "the next day", "the previous month", "the
//! day before", "three days later", "a week earlier"; weekdays ("the following Monday",
//! "the previous Friday": the first after, the last before) and parts of a day ("the next
//! morning", "later that night"). The recognizers mark them ([`Rule::DateAnaphor`],
//! no value); [`settle_anaphors`] gives each the value of the date named last before it,
//! moved as its words say, once the article's dates are all known.
//!
//! A part of the day alone ("in the morning", [`Rule::TimePart`]) is a part of the last
//! day named, or of the reference date before any date is named.
//!
//! A phrase with a count ("three days later") is a day when the last date is a day, a
//! month when it is a month, a year when it is a year and the unit is years; one without
//! ("the following year", "that day") keeps its unit's granularity and needs a last date
//! at least that fine. After a date too coarse ("last week ... the next day") or without a
//! value, the phrase keeps none, unless it names a length: "an hour later" after a day,
//! "three days later" after a week, is that length, a duration (`PT1H`, `P3D`), as TimeML
//! marks it. Before any date is named ("police returned the next day" opening a story), a
//! phrase of days or weeks is told from the reference date, as TimeML tells an anchor-less
//! relative expression from the document's date; `--explain` says so
//! ([`YearBasis::Reference`]). One of months or years ("three years later") is the story's
//! own time: its length, a duration.

use super::clock::part_code;
use super::season::season_of;
use super::timex::{anchored, shift, unit_of, Unit};
use super::weekday::weekday_of;
use crate::calendar::Date;
use crate::lexicon::{class, WordList};
use crate::model::{EntityType, Kind, Mention, Rule, Value, YearBasis};
use crate::recognize::numbers::small_word;

/// How fine a date's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Grain {
    Year,
    Month,
    Day,
}

/// A date told from the last date named ("the next day", "that evening"), which
/// [`settle_anaphors`] resolves.
#[inline]
pub fn asks_anchor(m: &Mention) -> bool {
    matches!(m.rule, Rule::DateAnaphor | Rule::TimePart)
}

/// Gives the article's anaphoric dates their values, in text order: each is told from the
/// date named last before it (an anaphor that moved forward is one too: "the next day ...
/// the following day"), unless that date has no value or is a year compared with. One
/// with nothing to count from that names a length ("an hour later", "three days later")
/// is that length, a duration (`PT1H`, `P3D`).
pub fn settle_anaphors(text: &str, mentions: &mut [Mention], reference: Option<Date>) {
    let mut last: Option<(Date, Grain)> = None;
    // Where the last date named starts when it is a year, and the anchor before it.
    let mut year_at: Option<usize> = None;
    let mut before_year: Option<(Date, Grain)> = None;
    // The last date named when it is a clock time: its day and minute of the day.
    let mut last_clock: Option<(Date, i64)> = None;
    // Whether a date (not a duration) has been named yet.
    let mut named = false;
    // The recognizers push an article's dates in text order: no index to sort.
    for m in mentions.iter_mut().filter(|m| m.ty == EntityType::Date) {
        if m.rule == Rule::DateAnaphor {
            // "23 minutes later" after "6:42 p.m. on Aug. 28": that time counted on.
            if let Some(v) = last_clock.and_then(|c| clock_on(m, text, c)) {
                last_clock = clock_of(&v);
                m.q_mut().value = Some(Value::Text(v.into()));
                m.kind = Some(Kind::Time);
                named = true;
                continue;
            }
            let from_reference = !named && last.is_none() && counts_days(m.text(text));
            let anchor = match reference.filter(|_| from_reference) {
                Some(r) => Some((r, Grain::Day)),
                // "That summer it hired workers from the shipyard that had closed in 2009.
                // The following year, ...": a year in a relative clause in the past perfect
                // tells of an earlier time; the story goes on from the date before it.
                None if before_year.is_some()
                    && year_at.is_some_and(|at| background(&text[..at])) =>
                {
                    before_year
                }
                None => last,
            };
            let value = anchor.and_then(|(d, g)| resolve(m.text(text), d, g));
            if let Some((v, forward)) = value {
                m.q_mut().value = Some(Value::Text(v.into()));
                if from_reference {
                    m.year = Some(YearBasis::Reference);
                }
                // The story moves on with "the next day", not with "the previous year":
                // "11.5% in 2004, down from 17% the previous year ... up 21.3% from the
                // previous year" both count back from 2004.
                if !forward {
                    continue;
                }
            } else if m
                .q()
                .value
                .as_ref()
                .and_then(Value::as_str)
                .is_some_and(|v| v.starts_with('P'))
            {
                // "an hour later" with no time named before: how long after, a duration.
                m.kind = Some(Kind::Duration);
                continue;
            }
        }
        // "in the morning", "during the afternoon" (`TMO`): a part of the last day named;
        // without one it keeps no day and leaves the last date as it was.
        if m.rule == Rule::TimePart {
            let part = m.q().value.as_ref().and_then(Value::as_str);
            // Before any date is named, the reference date's ("By mid-afternoon, ...").
            let day = match last {
                None if !named => reference,
                _ => last.filter(|&(_, g)| g == Grain::Day).map(|(d, _)| d),
            };
            match (part.filter(|p| p.starts_with('T')), day) {
                (Some(p), Some(d)) => {
                    let v = format!("{d}{p}");
                    m.q_mut().value = Some(Value::Text(v.into()));
                }
                (Some(_), None) => continue,
                _ => {}
            }
        }
        if !matches!(m.kind, Some(Kind::Date | Kind::Time)) {
            continue;
        }
        named = true;
        // Each date is the last date named, a year compared with ("up 2.6% on 2003")
        // excepted; one without a value or at a grain not read here (a week, a decade)
        // leaves none: "last week ... the next day" has no day to count from.
        // (A run of days, "12-14 June", is read by its first day.)
        // A span of years ("2005-6") is told on from its first year.
        let first_year = match m.q().value.as_ref() {
            Some(&Value::Range(a, _)) if m.rule == Rule::DateYears => Some(format!("{a:04}")),
            _ => None,
        };
        let value = match m.q().value.as_ref() {
            Some(Value::Text(t)) => Some(t.as_str()),
            _ => first_year.as_deref(),
        };
        if value.is_some_and(|v| v.len() == 4) && compared(&text[..m.span.start]) {
            continue;
        }
        last_clock = value.and_then(clock_of);
        let anchor = value.and_then(anchor_of);
        // A year keeps the anchor before it, for an anaphor to fall back on.
        year_at = value.is_some_and(|v| v.len() == 4).then_some(m.span.start);
        if year_at.is_some() {
            before_year = last;
        }
        last = anchor;
    }
}

/// Whether an anaphoric phrase counts days or weeks ("the next day", "a fortnight
/// later"): only these are told from the reference date before any date is named; "three
/// years later" with none named is the story's own time (a duration).
fn counts_days(phrase: &str) -> bool {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_ascii_lowercase)
        .any(|w| {
            unit_of(&w).is_some_and(|(u, _)| matches!(u, Unit::Day | Unit::Week | Unit::Fortnight))
                || part_code(&w).is_some()
                || weekday_of(&w).is_some()
        })
}

/// Words that make a year after them the base of a comparison (`data/words/anaphor.tsv`).
static COMPARISON: WordList = WordList::new(class::ANAPHOR_COMPARISON);

/// Whether the text before a year makes it the base of a comparison: "on 2003", "than
/// 2003", "compared with 2003", "than in 2003".
fn compared(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let lower = |w: &str| w.to_ascii_lowercase();
    match words.next().map(lower).as_deref() {
        Some(w) if COMPARISON.contains(w) => true,
        Some("with" | "to" | "in") => words.next().is_some_and(|w| COMPARISON.contains(&lower(w))),
        _ => false,
    }
}

/// Whether a date after `before` sits in a relative clause in the past perfect: "that
/// had closed in", "which had been sold on", within the six words before it, in its
/// sentence.
fn background(before: &str) -> bool {
    let mut tail = before.len().saturating_sub(60);
    while !before.is_char_boundary(tail) {
        tail -= 1;
    }
    let before = &before[tail..];
    // Most anaphors have no "had" before their last year: the words are read only then.
    let b = before.as_bytes();
    if !memchr::memchr_iter(b'h', b).any(|k| b[k..].starts_with(b"had")) {
        return false;
    }
    let mut had = false;
    for w in before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
    {
        if had
            && ["that", "which", "who"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        {
            // Both in the date's sentence: no stop after the "had".
            let stop = before.rfind(['.', '!', '?']).map_or(0, |k| k + 1);
            return before[stop..].to_ascii_lowercase().contains(" had ");
        }
        had = w.eq_ignore_ascii_case("had");
    }
    false
}

/// The date and grain of a value: "2026-03-04", "2026-03-04T22:00", the first day of
/// "2026-06-12/2026-06-14", the Saturday of "2026-W28-WE" (a day), "2026-03" (a month),
/// "2026", "2026-Q3", "2026-SU" (a year).
fn anchor_of(v: &str) -> Option<(Date, Grain)> {
    let day = v
        .get(..10)
        .filter(|_| v.len() == 10 || matches!(v.as_bytes()[10], b'T' | b'/'));
    if let Some(d) = day.and_then(Date::parse_iso) {
        return Some((d, Grain::Day));
    }
    if let Some(d) = weekend_saturday(v) {
        return Some((d, Grain::Day));
    }
    let year = v
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let year: i32 = year.parse().ok()?;
    let rest = &v[4..];
    if let Some(month) = rest.strip_prefix('-').and_then(|m| m.parse::<u32>().ok()) {
        return Some((Date::new(year, month, 1)?, Grain::Month));
    }
    let year_part = rest.is_empty() || (rest.starts_with('-') && !rest.starts_with("-W"));
    year_part.then(|| Date::new(year, 1, 1).map(|d| (d, Grain::Year)))?
}

/// The day and the minute of the day of a clock time's value ("2026-08-28T18:42").
fn clock_of(v: &str) -> Option<(Date, i64)> {
    let b = v.as_bytes();
    if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let hour: i64 = v[11..13].parse().ok()?;
    let minute: i64 = v[14..16].parse().ok()?;
    Some((Date::parse_iso(&v[..10])?, hour * 60 + minute))
}

/// The clock time an anaphor of hours or minutes ("23 minutes later", "two hours
/// earlier", its length `PT23M` as found) names after or before the clock time `clock`.
fn clock_on(m: &Mention, text: &str, (day, minute): (Date, i64)) -> Option<String> {
    let length = m
        .q()
        .value
        .as_ref()
        .and_then(Value::as_str)?
        .strip_prefix("PT")?;
    let mut minutes = 0i64;
    let mut number = String::new();
    for c in length.chars() {
        match c {
            '0'..='9' => number.push(c),
            'H' | 'M' => {
                let n: i64 = number.parse().ok()?;
                minutes += if c == 'H' { 60 * n } else { n };
                number.clear();
            }
            _ => return None,
        }
    }
    let sign = if m.text(text).to_ascii_lowercase().ends_with("earlier") {
        -1
    } else {
        1
    };
    let at = minute + sign * minutes;
    let day = day.add_days(at.div_euclid(24 * 60));
    let at = at.rem_euclid(24 * 60);
    Some(format!("{day}T{:02}:{:02}", at / 60, at % 60))
}

/// The Saturday of a weekend's value, "2026-W28-WE".
fn weekend_saturday(v: &str) -> Option<Date> {
    let (year, week) = v.strip_suffix("-WE")?.split_once("-W")?;
    Date::from_iso_week(year.parse().ok()?, week.parse().ok()?, 5)
}

/// The value of an anaphoric phrase told from `anchor` (of grain `grain`), as its words
/// say: a count and a unit, a direction ("later", "following", "before"; "that" and
/// "same" stay on the anchor's period); with whether it moved forward.
fn resolve(phrase: &str, anchor: Date, grain: Grain) -> Option<(String, bool)> {
    let mut count: Option<f64> = None;
    let mut unit = None;
    let mut sign = 0i64;
    let mut same = false;
    // "the next morning": a day, and its part.
    let mut part = None;
    // "the following Monday": the weekday after (or before) the anchor.
    let mut weekday = None;
    // "that summer": the season of the anchor's year.
    let mut season = None;
    // "five days after that": "that" is the anchor, not its period ("later that day").
    let after_that = phrase
        .as_bytes()
        .rsplit(|&b| b == b' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"that"));
    for w in phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_ascii_lowercase();
        if let Some(code) = part_code(&w) {
            part = Some(code);
            unit = Some(Unit::Day);
            continue;
        }
        if let Some((d, false)) = weekday_of(&w) {
            weekday = Some(d);
            continue;
        }
        if let Some((code, _)) = season_of(&w) {
            season = Some(code);
            continue;
        }
        match w.as_str() {
            "later" | "after" | "next" | "following" => sign = 1,
            "earlier" | "before" | "previous" | "prior" => sign = -1,
            "that" if after_that => {}
            "that" | "same" => same = true,
            "a" | "an" => count = Some(1.0),
            // "a few days later": no number to count.
            "few" | "several" | "couple" | "many" => return None,
            w => {
                if let Some((u, _)) = unit_of(w) {
                    unit = Some(u);
                } else if let Some(n) = w.parse::<f64>().ok().or_else(|| small_word(w)) {
                    count = Some(n);
                }
            }
        }
    }
    if let Some(wd) = weekday {
        // The first such weekday after the anchor day, or the last before it.
        if grain != Grain::Day || sign == 0 {
            return None;
        }
        let mut d = anchor.add_days(sign);
        while d.weekday() != wd {
            d = d.add_days(sign);
        }
        return Some((d.to_string(), sign > 0));
    }
    if let Some(code) = season {
        return (same && sign == 0).then(|| (format!("{:04}-{code}", anchor.year), false));
    }
    let unit = unit?;
    if let Some(code) = part {
        // "the next morning", "later that night": the day (moved by one at most) and its
        // part.
        if grain != Grain::Day || count.is_some() {
            return None;
        }
        let day = if same { anchor } else { anchor.add_days(sign) };
        return Some((format!("{day}{code}"), sign > 0 && !same));
    }
    let need = match unit {
        Unit::Day | Unit::Week | Unit::Fortnight => Grain::Day,
        Unit::Month | Unit::Quarter => Grain::Month,
        Unit::Year | Unit::Decade | Unit::Century => Grain::Year,
        _ => return None,
    };
    if same {
        // "that same day", "later that year": the anchor's period.
        let v = (grain >= need).then(|| shift(anchor, 0, unit))??;
        return Some((v, false));
    }
    if sign == 0 {
        return None;
    }
    let value = match count {
        // "three days later": a day from a day; a month from a month.
        Some(n) => {
            let n = Some(n * sign as f64);
            match grain {
                Grain::Day => anchored(Some(&anchor.to_string()), n, unit),
                Grain::Month if matches!(unit, Unit::Month | Unit::Quarter | Unit::Year) => {
                    let months = match unit {
                        Unit::Month => 1.0,
                        Unit::Quarter => 3.0,
                        _ => 12.0,
                    };
                    let n = n? * months;
                    (n.fract() == 0.0).then(|| shift(anchor, n as i64, Unit::Month))?
                }
                // "a century later" after "1826": the year 1926.
                Grain::Year if matches!(unit, Unit::Year | Unit::Decade | Unit::Century) => {
                    let years = match unit {
                        Unit::Decade => 10.0,
                        Unit::Century => 100.0,
                        _ => 1.0,
                    };
                    let year = Some(format!("{:04}", anchor.year));
                    anchored(year.as_deref(), n.map(|n| n * years), Unit::Year)
                }
                _ => None,
            }
        }
        // "the following year", "the next day": the next period of the unit.
        None => (grain >= need).then(|| shift(anchor, sign, unit))?,
    };
    value.map(|v| (v, sign > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_read_at_their_grain() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(anchor_of("2026-03-04"), Some((d("2026-03-04"), Grain::Day)));
        assert_eq!(
            anchor_of("2026-03-04TNI"),
            Some((d("2026-03-04"), Grain::Day))
        );
        assert_eq!(anchor_of("2026-03"), Some((d("2026-03-01"), Grain::Month)));
        assert_eq!(anchor_of("2026-Q3"), Some((d("2026-01-01"), Grain::Year)));
        assert_eq!(anchor_of("2026"), Some((d("2026-01-01"), Grain::Year)));
        assert_eq!(anchor_of("2026-W10"), None);
        assert_eq!(anchor_of("199X"), None);
        assert_eq!(anchor_of("XXXX-03"), None);
    }

    #[test]
    fn comparisons_are_not_anchors() {
        assert!(compared("sales rose 2.6% on "));
        assert!(compared("more than in "));
        assert!(compared("compared with "));
        assert!(!compared("the plant opened in "));
        assert!(!compared("sales grew 5% in "));
    }

    #[test]
    fn phrases_move_the_anchor() {
        let day = Date::parse_iso("2023-06-12").unwrap();
        let cases = [
            ("Two days later", Grain::Day, Some("2023-06-14")),
            ("A week earlier", Grain::Day, Some("2023-06-05")),
            ("next day", Grain::Day, Some("2023-06-13")),
            ("day before", Grain::Day, Some("2023-06-11")),
            ("same day", Grain::Day, Some("2023-06-12")),
            ("Earlier that day", Grain::Day, Some("2023-06-12")),
            ("following year", Grain::Day, Some("2024")),
            ("later that year", Grain::Year, Some("2023")),
            ("following month", Grain::Month, Some("2023-07")),
            ("two months later", Grain::Month, Some("2023-08")),
            ("next day", Grain::Month, None),
            ("three days later", Grain::Year, None),
            ("a few days later", Grain::Day, None),
        ];
        for (phrase, grain, want) in cases {
            let anchor = match grain {
                Grain::Day => day,
                Grain::Month => Date::new(2023, 6, 1).unwrap(),
                Grain::Year => Date::new(2023, 1, 1).unwrap(),
            };
            let got = resolve(phrase, anchor, grain).map(|(v, _)| v);
            assert_eq!(got.as_deref(), want, "{phrase}");
        }
    }
}
