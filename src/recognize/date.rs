//! Dates: calendar and clock expressions, absolute or relative, durations and sets, each
//! with an ISO 8601 / TIMEX3 value where the text and the reference date fix one.
//!
//! The recognizer makes one pass over a sentence's tokens ([`lex`]); at each token that can
//! begin a date (a number, a month or weekday name, a relative word such as "last" or
//! "yesterday", a number word, "every", a holiday) it reads the longest expression it can
//! and moves past it. Values keep the granularity the text gives:
//!
//! | text | value |
//! | --- | --- |
//! | "November 4", "4 Nov. 2025", "2025-11-04", "11/04/2025" | `2025-11-04` |
//! | "June 2022", "last October", "earlier this month" | `2022-06`, `2025-10`, `2026-03` |
//! | "2017", "last year", "later this year", "mid-2025" | `2017`, `2025`, `2026`, `2025` |
//! | "last week", "two weeks ago" | `2026-W09`, `2026-W08` |
//! | "Q3 2025", "fourth-quarter", "the first half of 2025" | `2025-Q3`, `2025-Q4`, `2025-H1` |
//! | "the 1990s", "the 21st century", "this summer" | `199X`, `20XX`, `2026-SU` |
//! | "Tuesday morning", "last night" | `2026-03-03TMO`, `2026-03-02TNI` |
//! | "3 p.m.", "15:30 GMT" (kind `time`) | `T15:00`, `T15:30` |
//! | "three years", "an hour", "a three-week" (kind `duration`) | `P3Y`, `PT1H`, `P3W` |
//! | "every year", "every Monday" (kind `set`) | `P1Y`, `XXXX-WXX-1` |
//! | "recent months", "the coming weeks", "days ago" | no value |
//!
//! Relative expressions are resolved against the reference date (the dateline, else the
//! `--date` option). An expression without a year ("on Tuesday", "in June", "May 14",
//! "fourth-quarter") takes the occurrence the sentence's tense points to: the verbs before
//! it ("said", "was", "-ed" forms: past; "will", "would", "is due to", "expected", "next":
//! future), and failing those the verbs right after it. News reports the past, so a weekday
//! with no tense cue is the most recent one (today included); a month, date or quarter with
//! no cue is the nearest one, a future one counting half as far again. "last Tuesday" and
//! "next Tuesday" are the Tuesdays of the previous and the next ISO week.
//!
//! Numeric dates ("11/04/2025") are read month first, as in US usage and most
//! English-language wire copy, unless the first number cannot be a month ("25/12/2025" is
//! 25 December); an article that writes an unambiguous day-first date and no unambiguous
//! month-first one has its ambiguous dates read day first too ([`settle_numeric_order`]).
//! Dotted dates ("23.08.2025") are day first; two-digit years are this century up to ten
//! years ahead of the reference date, else the last.
//!
//! Spans follow the annotation guide: relative words that belong to the expression are
//! inside ("last week", "earlier this month", "two years ago"), prepositions and a leading
//! "the" outside, except in "the 1990s" and "the 21st century"; modifiers stay inside
//! ("mid-2025", "late December") and keep the unmodified period's value. A range inside one
//! month or of years written as one token ("March 10-12", "2014-18") is one date without a
//! value; ends that are complete dates ("from 2014 to 2018") are two dates.

use super::{FilteredSet, WordFilter, WordList};
use std::cell::RefCell;
use std::sync::LazyLock;

use super::amount::{in_code, COUNT_NOUNS};
use super::numbers::{
    is_hyphen, lex, ordinal_word, small_word, words_number, FastSet, Lex, Tok, NUMBER_WORDS,
    ORDINAL_WORDS,
};
use crate::calendar::{days_in_month, Date};
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;

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

/// The month of a full or abbreviated name ("march", "mar", "sept"), 1-12, with whether it
/// was abbreviated.
fn month_of(w: &str) -> Option<(u32, bool)> {
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some((i as u32 + 1, false));
    }
    let m = match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some((m, true))
}

/// The weekday of a full or abbreviated name, 0 = Monday, with whether it was abbreviated.
fn weekday_of(w: &str) -> Option<(u32, bool)> {
    if let Some(i) = WEEKDAYS.iter().position(|d| *d == w) {
        return Some((i as u32, false));
    }
    let d = match w {
        "mon" => 0,
        "tue" | "tues" => 1,
        "wed" => 2,
        "thu" | "thur" | "thurs" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return None,
    };
    Some((d, true))
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

/// The unit of a word ("years", "hrs", "fortnight"), with whether it is plural.
fn unit_of(w: &str) -> Option<(Unit, bool)> {
    let u = match w {
        "second" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" | "mins" | "min" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "fortnight" => (Unit::Fortnight, false),
        "fortnights" => (Unit::Fortnight, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        _ => return None,
    };
    Some(u)
}

/// "P3Y", "PT2H", "P2W" for `n` units; `None` for `n` means an unspecified number ("PXY").
fn duration_value(n: Option<f64>, unit: Unit) -> Option<String> {
    let (factor, designator, time) = match unit {
        Unit::Second => (1.0, 'S', true),
        Unit::Minute => (1.0, 'M', true),
        Unit::Hour => (1.0, 'H', true),
        Unit::Day => (1.0, 'D', false),
        Unit::Week => (1.0, 'W', false),
        Unit::Fortnight => (2.0, 'W', false),
        Unit::Month => (1.0, 'M', false),
        Unit::Quarter => (3.0, 'M', false),
        Unit::Year => (1.0, 'Y', false),
        Unit::Decade => (10.0, 'Y', false),
        Unit::Century => (100.0, 'Y', false),
        Unit::Weekend => return None,
    };
    let t = if time { "T" } else { "" };
    Some(match n {
        // "half an hour": PT30M rather than PT0.5H.
        Some(n)
            if matches!(unit, Unit::Hour | Unit::Minute)
                && (n * 60.0).fract() == 0.0
                && n.fract() != 0.0 =>
        {
            let smaller = if unit == Unit::Hour { 'M' } else { 'S' };
            format!("PT{}{smaller}", fmt_num(n * 60.0))
        }
        Some(n) => format!("P{t}{}{designator}", fmt_num(n * factor)),
        None => format!("P{t}X{designator}"),
    })
}

fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn ym(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// The reference date moved by `n` units, at the unit's granularity ("two weeks ago":
/// a week, "two years ago": a year). `None` for clock units and weekends.
fn shift(r: Date, n: i64, unit: Unit) -> Option<String> {
    // "99999999 years ago" is no date; the bound also keeps the calendar arithmetic in range.
    if n.abs() > 10_000 {
        return None;
    }
    Some(match unit {
        Unit::Day => r.add_days(n).to_string(),
        Unit::Week => r.add_days(7 * n).iso_week_string(),
        Unit::Fortnight => r.add_days(14 * n).iso_week_string(),
        Unit::Month => {
            let d = r.add_months(i32::try_from(n).ok()?);
            ym(d.year, d.month)
        }
        Unit::Quarter => {
            let q = i64::from((r.month - 1) / 3) + n;
            let year = i64::from(r.year) + q.div_euclid(4);
            format!("{year:04}-Q{}", q.rem_euclid(4) + 1)
        }
        Unit::Year => format!("{:04}", i64::from(r.year) + n),
        Unit::Decade => format!("{:03}X", (i64::from(r.year) + 10 * n).div_euclid(10)),
        Unit::Century => format!("{:02}XX", (i64::from(r.year) + 100 * n).div_euclid(100)),
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Weekend => return None,
    })
}

/// Where the sentence's tense points a date without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words that put what follows them in the future ("will visit on Friday").
static FUTURE_CUES: WordList = WordList::new(&[
    "will",
    "shall",
    "ll",
    "would",
    "could",
    "might",
    "should",
    "can",
    "going",
    "due",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "slated",
    "planned",
    "plans",
    "plan",
    "planning",
    "intends",
    "aims",
    "upcoming",
    "next",
    "coming",
    "tomorrow",
    "forthcoming",
    "visit",
    "visits",
    "host",
    "hosts",
    "play",
    "plays",
    "face",
    "faces",
    "meet",
    "meets",
    "travel",
    "travels",
    "resume",
    "resumes",
    "begin",
    "begins",
    "start",
    "starts",
    "open",
    "opens",
    "vote",
    "votes",
    "launch",
    "launches",
    "return",
    "returns",
    "proposed",
    "until",
    "awaits",
    "await",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    "projected",
    "anticipated",
    "anticipates",
]);

/// Words that put what follows them in the past ("said on Monday"), besides "-ed" forms.
static PAST_CUES: WordList = WordList::new(&[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "been",
    "ago",
    "last",
    "earlier",
    "previously",
    "already",
    "has",
    "have",
    "rose",
    "fell",
    "came",
    "went",
    "took",
    "made",
    "gave",
    "saw",
    "met",
    "won",
    "lost",
    "held",
    "left",
    "got",
    "began",
    "grew",
    "paid",
    "sold",
    "bought",
    "sent",
    "spent",
    "led",
    "ran",
    "brought",
    "found",
    "became",
    "kept",
    "struck",
    "stood",
    "drew",
    "flew",
    "fled",
    "fought",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "threw",
    "sank",
    "shot",
    "since",
    "yesterday",
    "wrote",
    "beat",
    "knew",
    "thought",
    "felt",
    "heard",
    "lay",
    "sat",
    "slid",
    "swung",
    "won",
    "hit",
    "quit",
    "declined",
    "unveiled",
]);

/// "-ed" words that are not past tense, or point to the future.
static NOT_PAST_ED: WordList = WordList::new(&[
    "scheduled",
    "expected",
    "planned",
    "slated",
    "proposed",
    "need",
    "speed",
    "seed",
    "bed",
    "red",
    "shed",
    "feed",
    "breed",
    "proceed",
    "exceed",
    "succeed",
    "indeed",
    "based",
    "related",
    "united",
    "limited",
    "advanced",
    "hundred",
    "embed",
    "deed",
    "weed",
    "greed",
    "heed",
    "creed",
    "reed",
    "med",
    "fed",
    "ted",
    "wed",
    "shred",
    "sled",
    "bled",
    "fled",
    "tied",
    "sacred",
    "wicked",
    "naked",
    "rugged",
    "ragged",
    "aged",
    "skilled",
    "talented",
    "detailed",
    "interested",
    "concerned",
    "required",
    "alleged",
    "so-called",
    "supposed",
]);

/// The holidays by first word, their places in [`HOLIDAYS`] in order; behind a filter of
/// the first words, which turns most words away before a hash lookup.
static HOLIDAY_FIRST: LazyLock<(WordFilter, foldhash::HashMap<&str, Vec<usize>>)> =
    LazyLock::new(|| {
        let mut index = foldhash::HashMap::<&str, Vec<usize>>::default();
        for (k, (words, _)) in HOLIDAYS.iter().enumerate() {
            index.entry(words[0]).or_default().push(k);
        }
        (WordFilter::new(index.keys().copied()), index)
    });

/// The words after "the" that [`Scan::after_the`] reads a date from: the starters, the
/// parts of the day, "day", decades in words and ordinals. "the" before any other word
/// starts nothing.
static AFTER_THE: LazyLock<WordFilter> = LazyLock::new(|| {
    let parts_of_day = ["morning", "afternoon", "evening", "day"];
    let decades = DECADE_WORDS.iter().map(|&(w, _)| w);
    let ordinals = ORDINAL_WORDS.iter().map(|&(w, _)| w);
    WordFilter::new(
        STARTERS
            .iter()
            .copied()
            .chain(parts_of_day)
            .chain(decades)
            .chain(ordinals),
    )
});

/// Decades in words after "the", with their values ("the nineties": "199X").
const DECADE_WORDS: [(&str, &str); 8] = [
    ("nineties", "199X"),
    ("eighties", "198X"),
    ("seventies", "197X"),
    ("sixties", "196X"),
    ("fifties", "195X"),
    ("forties", "194X"),
    ("thirties", "193X"),
    ("twenties", "192X"),
];

/// Words that can begin a date expression; any other word is skipped at once.
static STARTERS: LazyLock<FilteredSet> = LazyLock::new(|| {
    let mut s = FastSet::default();
    s.extend(MONTHS);
    s.extend(WEEKDAYS);
    s.extend([
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
    ]);
    // Number words ("three weeks ago"); "zero" starts no date.
    s.extend(&NUMBER_WORDS[1..]);
    s.extend([
        "last",
        "next",
        "this",
        "past",
        "previous",
        "coming",
        "current",
        "following",
        "upcoming",
        "earlier",
        "later",
        "early",
        "late",
        "mid",
        "end",
        "start",
        "beginning",
        "middle",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "tonite",
        "the",
        "a",
        "an",
        "hundred",
        "several",
        "few",
        "couple",
        "half",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "q",
        "h",
        "fy",
        "fiscal",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "every",
        "each",
        "once",
        "twice",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annually",
        "quarterly",
        "hourly",
        "nightly",
        "biannually",
        "semiannually",
        "fortnightly",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "recent",
        "noon",
        "midnight",
        "midday",
        "overnight",
        "weekend",
        "many",
        "same",
    ]);
    s.extend(HOLIDAYS.iter().map(|h| h.0[0]));
    s.into_iter().collect()
});

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// Days after Easter Sunday.
    Easter(i64),
    /// The nth weekday (0 = Monday) of a month; n = 5 is the last.
    Nth(u32, u32, u32),
    /// Days after the fourth Thursday of November (US Thanksgiving).
    Thanksgiving(i64),
    /// A holiday that moves with a lunar calendar: a date without a value.
    Lunar,
}

/// Holidays: the words (lower case, as tokens), and how to date them.
const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year", "'", "s", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "’", "s", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "'", "s", "day"], Rule::Fixed(1, 1)),
    (&["new", "year", "’", "s", "day"], Rule::Fixed(1, 1)),
    (&["new", "year", "'", "s"], Rule::Fixed(1, 1)),
    (&["new", "year", "’", "s"], Rule::Fixed(1, 1)),
    (&["new", "year", "day"], Rule::Fixed(1, 1)),
    (&["lunar", "new", "year"], Rule::Lunar),
    (&["chinese", "new", "year"], Rule::Lunar),
    (&["valentine", "'", "s", "day"], Rule::Fixed(2, 14)),
    (&["valentine", "’", "s", "day"], Rule::Fixed(2, 14)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["thanksgiving", "day"], Rule::Thanksgiving(0)),
    (&["thanksgiving"], Rule::Thanksgiving(0)),
    (&["black", "friday"], Rule::Thanksgiving(1)),
    (&["cyber", "monday"], Rule::Thanksgiving(4)),
    (&["labor", "day"], Rule::Nth(9, 0, 1)),
    (&["memorial", "day"], Rule::Nth(5, 0, 5)),
    (&["independence", "day"], Rule::Lunar),
    (&["fourth", "of", "july"], Rule::Fixed(7, 4)),
    (&["bastille", "day"], Rule::Fixed(7, 14)),
    (&["canada", "day"], Rule::Fixed(7, 1)),
    (&["australia", "day"], Rule::Fixed(1, 26)),
    (&["anzac", "day"], Rule::Fixed(4, 25)),
    (&["remembrance", "day"], Rule::Fixed(11, 11)),
    (&["armistice", "day"], Rule::Fixed(11, 11)),
    (&["earth", "day"], Rule::Fixed(4, 22)),
    (&["st", "patrick", "'", "s", "day"], Rule::Fixed(3, 17)),
    (&["st", "patrick", "’", "s", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick", "'", "s", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick", "’", "s", "day"], Rule::Fixed(3, 17)),
    (
        &["international", "women", "'", "s", "day"],
        Rule::Fixed(3, 8),
    ),
    (
        &["international", "women", "’", "s", "day"],
        Rule::Fixed(3, 8),
    ),
    (&["ramadan"], Rule::Lunar),
    (&["eid", "al", "-", "fitr"], Rule::Lunar),
    (&["eid", "al", "-", "adha"], Rule::Lunar),
    (&["eid"], Rule::Lunar),
    (&["diwali"], Rule::Lunar),
    (&["hanukkah"], Rule::Lunar),
    (&["passover"], Rule::Lunar),
    (&["yom", "kippur"], Rule::Lunar),
    (&["rosh", "hashanah"], Rule::Lunar),
    (&["nowruz"], Rule::Lunar),
    (&["songkran"], Rule::Fixed(4, 13)),
    (&["hogmanay"], Rule::Fixed(12, 31)),
    (&["juneteenth"], Rule::Fixed(6, 19)),
];

/// Easter Sunday of `year` (Gregorian computus).
fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

fn holiday_date(rule: Rule, year: i32) -> Option<Date> {
    match rule {
        Rule::Fixed(m, d) => Date::new(year, m, d),
        Rule::Easter(off) => easter(year).map(|e| e.add_days(off)),
        Rule::Nth(month, wd, n) => {
            if n == 5 {
                let last = Date::new(year, month, days_in_month(year, month))?;
                let back = (i64::from(last.weekday()) - i64::from(wd)).rem_euclid(7);
                Some(last.add_days(-back))
            } else {
                let first = Date::new(year, month, 1)?;
                let fwd = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
                Some(first.add_days(fwd + 7 * (i64::from(n) - 1)))
            }
        }
        Rule::Thanksgiving(off) => holiday_date(Rule::Nth(11, 3, 4), year).map(|d| d.add_days(off)),
        Rule::Lunar => None,
    }
}

/// The occurrence of a yearly period (given by its first and last day in a year) that the
/// tense points to: the latest that has begun for the past, the first that has not ended
/// for the future, else the nearest.
fn pick_year(
    r: Date,
    tense: Tense,
    period: impl Fn(i32) -> Option<(Date, Date)>,
) -> Option<(i32, Date, Date)> {
    let days = r.to_days();
    let candidates: Vec<(i32, Date, Date)> = (r.year - 1..=r.year + 1)
        .filter_map(|y| period(y).map(|(a, b)| (y, a, b)))
        .collect();
    match tense {
        Tense::Past => candidates
            .iter()
            .rev()
            .find(|(_, a, _)| a.to_days() <= days)
            .copied(),
        Tense::Future => candidates
            .iter()
            .find(|(_, _, b)| b.to_days() >= days)
            .copied(),
        // The nearest, with a lean to the past, which news reports more often: a future
        // occurrence counts half as far again.
        Tense::Unknown => candidates
            .iter()
            .min_by_key(|(_, a, b)| {
                if days < a.to_days() {
                    (a.to_days() - days) * 3 / 2
                } else if days > b.to_days() {
                    days - b.to_days()
                } else {
                    0
                }
            })
            .copied(),
    }
}

fn month_period(month: u32) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| {
        Some((
            Date::new(y, month, 1)?,
            Date::new(y, month, days_in_month(y, month))?,
        ))
    }
}

/// Seasons (northern hemisphere, meteorological): TIMEX code and first month.
fn season_of(w: &str) -> Option<(&'static str, u32)> {
    Some(match w {
        "spring" => ("SP", 3),
        "summer" => ("SU", 6),
        "autumn" | "fall" => ("FA", 9),
        "winter" => ("WI", 12),
        _ => return None,
    })
}

fn season_period(first_month: u32) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| {
        let start = Date::new(y, first_month, 1)?;
        let end = start.add_months(3).add_days(-1);
        Some((start, end.add_days(0)))
    }
}

/// One clock reading: hour and minute (24-hour), the token after it, whether "a.m."/"p.m."
/// or "o'clock" fixed it, and whether it had minutes after a colon.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    end: usize,
    meridiem: bool,
    colon: bool,
}

/// A date found in the tokens: `start..end` (token indices), kind, value, rule.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    kind: &'static str,
    value: Option<String>,
    rule: &'static str,
}

impl Found {
    fn new(
        start: usize,
        end: usize,
        kind: &'static str,
        value: Option<String>,
        rule: &'static str,
    ) -> Self {
        Found {
            start,
            end,
            kind,
            value,
            rule,
        }
    }
}

/// Adds the dates of one sentence to `out`, resolved against `reference`.
pub fn find(text: &str, sentence: Span, reference: Option<Date>, out: &mut Vec<Mention>) {
    let mut toks = Vec::new();
    lex(text, sentence.start, sentence.end, &mut toks);
    find_in_tokens(text, sentence, &toks, reference, out);
}

/// [`find`] on the sentence's tokens from [`lex`], which the amount recognizer shares.
pub fn find_in_tokens(
    text: &str,
    sentence: Span,
    toks: &[Tok],
    reference: Option<Date>,
    out: &mut Vec<Mention>,
) {
    thread_local! {
        static LOWER: RefCell<String> = const { RefCell::new(String::new()) };
    }
    LOWER.with(|low| {
        let mut low = low.borrow_mut();
        low.clear();
        low.push_str(&text[sentence.start..sentence.end]);
        low.make_ascii_lowercase();
        find_in(text, sentence, reference, toks, &low, out);
    });
}

fn find_in(
    text: &str,
    sentence: Span,
    reference: Option<Date>,
    toks: &[Tok],
    low: &str,
    out: &mut Vec<Mention>,
) {
    let scan = Scan {
        text,
        low,
        base: sentence.start,
        toks,
        r: reference,
        depth: std::cell::Cell::new(0),
    };
    let starters: &FilteredSet = &STARTERS;
    let mut i = 0;
    while i < toks.len() {
        // Most tokens start nothing: tell them apart before the full scan.
        let may_start = match toks[i].kind {
            Lex::Num => true,
            // The token's hash is its lower-case form's: the filter folds ASCII case.
            Lex::Word => starters.may_contain_hash(toks[i].hash),
            Lex::Punct => matches!(scan.t(i), "'" | "’"),
        };
        if !may_start {
            i += 1;
            continue;
        }
        match scan.at(i) {
            // Numbers inside a URL or a query string are not dates.
            Some(f)
                if f.end > f.start
                    && f.end <= toks.len()
                    && !in_code(text, toks[f.start].start) =>
            {
                let mut m = Mention::new(
                    EntityType::Date,
                    Span::new(toks[f.start].start, toks[f.end - 1].end),
                    f.rule,
                );
                m.kind = Some(f.kind);
                if let Some(v) = f.value {
                    m.q_mut().value = Some(serde_json::Value::String(v));
                }
                out.push(m);
                i = f.end;
            }
            _ => i += 1,
        }
    }
}

struct Scan<'a> {
    text: &'a str,
    /// The sentence in ASCII lower case (same byte offsets).
    low: &'a str,
    base: usize,
    toks: &'a [Tok],
    r: Option<Date>,
    /// How deep [`Scan::at`] is nested: expressions look for a date after them ("Tuesday,
    /// March 3", "the end of next month"), and a run of such words ("Monday Monday ...",
    /// "end of end of ...") must not nest one call per word.
    depth: std::cell::Cell<u8>,
}

/// The deepest [`Scan::at`] nests; real expressions need three or four levels.
const MAX_DEPTH: u8 = 8;

impl<'a> Scan<'a> {
    fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` in lower case ("" past the end).
    fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.low[t.start - self.base..t.end - self.base])
    }

    fn kind(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Lex::Word)
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Lex::Num)
    }

    fn any(&self, i: usize, words: &[&str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && words.contains(&w)
    }

    fn cap(&self, i: usize) -> bool {
        self.is_word(i) && self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// An integer written in plain digits (no separators).
    fn int(&self, i: usize) -> Option<u32> {
        let t = self.t(i);
        if self.is_num(i) && t.len() <= 9 && t.bytes().all(|b| b.is_ascii_digit()) {
            t.parse().ok()
        } else {
            None
        }
    }

    /// A glued letter or digit after token `i` (the expression would end inside a word).
    fn glued_alnum_after(&self, i: usize) -> bool {
        self.glued(i + 1) && matches!(self.kind(i + 1), Some(Lex::Word | Lex::Num))
    }

    /// A day of the month at `i`: "4", "4th", "04"; returns the day and the next token.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let d = self.int(i)?;
        if !(1..=31).contains(&d) || self.t(i).len() > 2 {
            return None;
        }
        let mut j = i + 1;
        if self.glued(j) && self.any(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        }
        if self.glued_alnum_after(j - 1) {
            return None;
        }
        Some((d, j))
    }

    /// An ordinal day in words: "first", "twenty-first", "thirtieth".
    fn day_word_at(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if let Some(d) = ordinal_word(w) {
            return Some((d, i + 1));
        }
        let tens = match w {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        let j = if is_hyphen(self.t(i + 1)) && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let unit = ordinal_word(self.w(j)).filter(|u| *u < 10)?;
        (tens + unit <= 31).then_some((tens + unit, j + 1))
    }

    /// A four-digit year at `i` (1000-2199, plausible as a calendar year here).
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.t(i);
        if t.len() != 4 || !self.is_num(i) || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = t.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// The tense around tokens `start..end`: the nearest cue before them in the sentence,
    /// else the first verb cue after them.
    fn tense(&self, start: usize, end: usize) -> Tense {
        // "by June", "by the summer": a deadline, ahead unless a verb puts it behind.
        let by = start > 0
            && (self.w(start - 1) == "by"
                || (self.w(start - 1) == "the" && start > 1 && self.w(start - 2) == "by"));
        let t = self.tense_cues(start, end);
        if by && t == Tense::Unknown {
            Tense::Future
        } else {
            t
        }
    }

    fn tense_cues(&self, start: usize, end: usize) -> Tense {
        let mut j = start;
        let mut seen = 0;
        while j > 0 && seen < 16 {
            j -= 1;
            seen += 1;
            if let Some(t) = self.cue(j) {
                return t;
            }
        }
        for j in end..(end + 6).min(self.toks.len()) {
            if self.any(j, &["will", "ll", "would", "shall"]) {
                return Tense::Future;
            }
            if let Some(Tense::Past) = self.cue(j) {
                return Tense::Past;
            }
        }
        Tense::Unknown
    }

    fn cue(&self, j: usize) -> Option<Tense> {
        if !self.is_word(j) {
            return None;
        }
        let w = self.w(j);
        // "than expected", "as planned": a comparison, not a tense.
        if j > 0 && self.any(j - 1, &["than", "as"]) {
            return None;
        }
        // "May" with a capital is the month; "may" the verb.
        if w == "may" && !self.cap(j) {
            return Some(Tense::Future);
        }
        if FUTURE_CUES.contains(w) {
            return Some(Tense::Future);
        }
        if PAST_CUES.contains(w) {
            return Some(Tense::Past);
        }
        if w.len() > 4 && w.ends_with("ed") && !self.cap(j) && !NOT_PAST_ED.contains(w) {
            return Some(Tense::Past);
        }
        None
    }

    /// The date that starts at token `i`, if any.
    fn at(&self, i: usize) -> Option<Found> {
        let depth = self.depth.get();
        if depth >= MAX_DEPTH {
            return None;
        }
        self.depth.set(depth + 1);
        let found = self.at_depth(i);
        self.depth.set(depth);
        found
    }

    fn at_depth(&self, i: usize) -> Option<Found> {
        match self.kind(i)? {
            Lex::Num => self.number_first(i),
            Lex::Word => {
                let w = self.w(i);
                // "the", the commonest starter, is settled without a set lookup.
                if w == "the" {
                    return self.the_first(i);
                }
                if !STARTERS.contains(w) {
                    return None;
                }
                self.word_first(i, w)
            }
            Lex::Punct => {
                // "'90s".
                if matches!(self.t(i), "'" | "’") && self.glued(i + 1) {
                    return self.decade(i, i + 1);
                }
                None
            }
        }
    }

    // ----- Expressions that start with a number -----

    fn number_first(&self, i: usize) -> Option<Found> {
        // A number glued to a word or code before it is part of it ("G7", "COVID-19").
        if i > 0 && self.glued(i) {
            let p = self.t(i - 1);
            if matches!(self.kind(i - 1), Some(Lex::Word | Lex::Num))
                || matches!(
                    p,
                    "$" | "€" | "£" | "¥" | "#" | "+" | "." | "," | "/" | ":" | "@"
                )
                || (is_hyphen(p) && self.glued(i - 1) && i > 1)
            {
                return None;
            }
        }
        let cands = [
            self.century(i),
            self.iso_or_numeric(i),
            self.day_month(i),
            self.time(i),
            self.number_unit(i),
            self.decade(i, i),
            self.year(i),
        ];
        longest(cands)
    }

    /// "2025-11-04", "2025/11/04", "2015-12", "2014-18", "2025/26", "11/04/2025",
    /// "04-11-2025", "23.08.2025", "11/4" (after "on"), "2017-q1".
    fn iso_or_numeric(&self, i: usize) -> Option<Found> {
        let a_text = self.t(i);
        // European dotted dates lex as one number: "23.08.2025".
        if a_text.matches('.').count() == 2 {
            let mut parts = a_text.split('.');
            let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
            if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
                let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                return Some(Found::new(
                    i,
                    i + 1,
                    "date",
                    Some(date.to_string()),
                    "date:numeric",
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
                        "date",
                        Some(d.to_string()),
                        "date:iso",
                    ));
                }
                if self.glued_alnum_after(i + 2) {
                    return None;
                }
                // "2014-18", "2017-2018", "2025/26": a span of years.
                let y2 = match mm_len {
                    2 => Some(y / 100 * 100 + mm as i32),
                    4 => Some(mm as i32),
                    _ => None,
                };
                let later = y2.is_some_and(|y2| y2 > y && y2 - y < 100);
                if later && (mm_len == 4 || mm as i32 == (y + 1) % 100 || mm as i32 > 12) {
                    return Some(Found::new(i, i + 3, "date", None, "date:years"));
                }
                // "2015-12": a month.
                if mm_len == 2 && (1..=12).contains(&mm) && sep == "-" {
                    return Some(Found::new(i, i + 3, "date", Some(ym(y, mm)), "date:iso"));
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
                        "date",
                        Some(format!("{y:04}-Q{q}")),
                        "date:quarter",
                    ));
                }
            }
            // "2019-aug-01", "2019/Sep/23".
            if let Some((m, _)) = month_of(self.w(i + 2)) {
                if self.t(i + 3) == sep && self.glued(i + 3) {
                    let (dd, e) = self.day_at(i + 4)?;
                    let d = Date::new(y, m, dd)?;
                    return Some(Found::new(i, e, "date", Some(d.to_string()), "date:iso"));
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
                    "date",
                    Some(d.to_string()),
                    "date:numeric",
                ));
            }
            return None;
        }
        // "12-2015", "03/2019": a month and year.
        if let Some(y) = self.year_at(i + 2) {
            let next_sep = self.t(i + 3) == sep && self.glued(i + 3);
            if (1..=12).contains(&a) && sep != "–" && !next_sep && !self.glued_alnum_after(i + 2)
            {
                return Some(Found::new(i, i + 3, "date", Some(ym(y, a)), "date:numeric"));
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
                2 => {
                    // Two-digit years: this century up to ten years ahead, else the last.
                    let yy: i32 = yt.parse().ok()?;
                    let now = self.r.map_or(2026, |r| r.year);
                    let c = now / 100 * 100;
                    if c + yy <= now + 10 {
                        c + yy
                    } else {
                        c - 100 + yy
                    }
                }
                _ => return None,
            };
            if self.glued_alnum_after(i + 4) {
                return None;
            }
            let (d, rule) = numeric_order(a, b, y)?;
            return Some(Found::new(i, i + 5, "date", Some(d.to_string()), rule));
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
            return Some(Found::new(i, i + 3, "date", value, "date:numeric"));
        }
        None
    }

    /// "4 November", "4th of November 2025", "4 Nov.", "14 nov 2023", "3-5 March".
    fn day_month(&self, i: usize) -> Option<Found> {
        let (day, mut j) = self.day_at(i)?;
        let mut range_end = None;
        // "3-5 March", "3 to 5 March".
        if (is_hyphen(self.t(j)) || self.w(j) == "to") && self.day_at(j + 1).is_some() {
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
        let mut end = j + 1;
        if abbr && self.t(end) == "." && self.glued(end) {
            end += 1;
        }
        self.finish_date(i, end, month, day, range_end)
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
        if day > 31
            || (year.is_some_and(|y| day > days_in_month(y, month)))
            || day > days_in_month(2024, month)
        {
            return None;
        }
        if range_end.is_some() {
            return Some(Found::new(start, end, "date", None, "date:range"));
        }
        let value = match year {
            Some(y) => Some(Date::new(y, month, day)?.to_string()),
            None => self.r.and_then(|r| {
                let tense = self.tense(start, end);
                pick_year(r, tense, |y| {
                    let d = Date::new(y, month, day.min(days_in_month(y, month)))?;
                    Some((d, d))
                })
                .map(|(_, d, _)| d.to_string())
            }),
        };
        Some(Found::new(start, end, "date", value, "date:month-day"))
    }

    /// Clock times: "3 p.m.", "3pm", "10:30 a.m. ET", "15:30 GMT", "0900 GMT", "9.30am",
    /// "7 o'clock"; a range whose ends share "a.m."/"p.m." ("2:00 to 2:30 pm", "5-6 pm",
    /// "from 7 to 7:30pm") is one time without a value.
    fn time(&self, i: usize) -> Option<Found> {
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
                if let Some(second) = self.clock(k + 1).filter(|c| c.meridiem || c.colon) {
                    if second.meridiem || first.is_some() {
                        let end = self.zone_after(second.end);
                        return Some(Found::new(i, end, "time", None, "time:range"));
                    }
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
        Some(Found::new(
            i,
            end,
            "time",
            Some(format!("T{:02}:{:02}", c.hour, c.minute)),
            "time:clock",
        ))
    }

    /// A time zone after a time ("GMT", "local time"): the token after it.
    fn zone_after(&self, j: usize) -> usize {
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
        let (h, m, mut j, colon) = if let Some((hs, ms)) = t.split_once('.') {
            // "9.30am" lexes as one number; a dotted time needs its "am"/"pm".
            if ms.len() != 2 || hs.len() > 2 || ms.contains('.') {
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
        if self.any(j, &["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "a", "p"]) {
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
        } else if self.w(j) == "o" && matches!(self.t(j + 1), "'" | "’") && self.w(j + 2) == "clock"
        {
            j += 3;
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
            end: j,
            meridiem,
            colon,
        })
    }

    fn is_zone(&self, i: usize) -> bool {
        (self.any(
            i,
            &[
                "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt",
                "pst", "pdt", "et", "pt", "ct", "jst", "ist", "hkt", "sgt", "aest", "aedt", "msk",
                "eet", "wib", "ict",
            ],
        ) && self.t(i).chars().all(|c| c.is_ascii_uppercase()))
            || (self.w(i) == "local" && self.w(i + 1) == "time")
    }

    /// A number and a unit of time: durations ("three years", "a three-week", "48 hours"),
    /// "two years ago", "in two weeks", "two weeks from now", "three years later".
    fn number_unit(&self, i: usize) -> Option<Found> {
        let (n, j) = if self.is_num(i) {
            let t = self.t(i);
            if t.contains(',') {
                return None;
            }
            (Some(t.parse::<f64>().ok()?), i + 1)
        } else {
            self.word_count(i)?
        };
        // "three-year", "24-hour": a hyphenated adjective.
        let (unit, mut end, hyphenated) =
            if is_hyphen(self.t(j)) && self.glued(j) && self.glued(j + 1) {
                (unit_of(self.w(j + 1))?.0, j + 2, true)
            } else {
                // "three more years", "five straight years".
                let k = if self.any(
                    j,
                    &[
                        "more",
                        "straight",
                        "consecutive",
                        "full",
                        "long",
                        "whole",
                        "successive",
                        "additional",
                        "extra",
                    ],
                ) && unit_of(self.w(j + 1)).is_some()
                {
                    j + 1
                } else {
                    j
                };
                if self.glued(k) && self.is_num(i) && !matches!(self.t(k), "-") {
                    return None;
                }
                (unit_of(self.w(k))?.0, k + 1, false)
            };
        if unit == Unit::Weekend {
            return None;
        }
        if self.glued_alnum_after(end - 1) {
            return None;
        }
        // "a quarter-point cut", "a year-end bonus": part of a compound word.
        if !hyphenated && is_hyphen(self.t(end)) && self.glued(end) {
            return None;
        }
        // "£111 a year", "5 million a month": a rate, not a duration.
        if matches!(self.w(i), "a" | "an" | "per")
            && i > 0
            && (self.is_num(i - 1)
                || self.t(i - 1) == "%"
                || self.any(
                    i - 1,
                    &[
                        "million", "billion", "trillion", "thousand", "bn", "m", "k", "percent",
                        "cents", "pence",
                    ],
                ))
        {
            return None;
        }
        // Ages: "48-year-old", "20 years old", "years of age".
        if (hyphenated && is_hyphen(self.t(end)) && self.any(end + 1, &["old", "olds"]))
            || self.any(end, &["old", "olds"])
            || (self.w(end) == "of" && self.w(end + 1) == "age")
            || (hyphenated && self.w(end) == "olds")
        {
            return None;
        }
        if i > 0 && self.glued(i) && matches!(self.kind(i - 1), Some(Lex::Word | Lex::Num)) {
            return None;
        }
        let mut n = n;
        // "an hour and a half", "a year and a half".
        if !hyphenated
            && self.w(end) == "and"
            && self.w(end + 1) == "a"
            && self.w(end + 2) == "half"
        {
            n = n.map(|v| v + 0.5);
            end += 3;
        }
        let r = self.r;
        if !hyphenated {
            // "three days after Christmas", "two weeks before May 13", "4 months from
            // tomorrow": a date counted from another.
            if self.any(end, &["from", "after", "before"]) {
                if let Some(anchor) = self
                    .at(end + 1)
                    .filter(|f| f.start == end + 1 && f.kind == "date")
                {
                    let sign = if self.w(end) == "before" { -1.0 } else { 1.0 };
                    let value = anchored(anchor.value.as_deref(), n.map(|v| v * sign), unit);
                    return Some(Found::new(i, anchor.end, "date", value, "date:anchored"));
                }
            }
            // "two years ago".
            if self.w(end) == "ago" {
                let value = match (r, n) {
                    (Some(r), Some(n)) if n.fract() == 0.0 => shift(r, -(n as i64), unit),
                    _ => None,
                };
                let kind = if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    "time"
                } else {
                    "date"
                };
                return Some(Found::new(i, end + 1, kind, value, "date:ago"));
            }
            // "two weeks from now", "three days from today".
            if self.w(end) == "from" && self.any(end + 1, &["now", "today"]) {
                let value = match (r, n) {
                    (Some(r), Some(n)) if n.fract() == 0.0 => shift(r, n as i64, unit),
                    _ => None,
                };
                return Some(Found::new(i, end + 2, "date", value, "date:from-now"));
            }
            // "three years later", "a week earlier": relative to the story, no value.
            if self.any(end, &["later", "earlier"]) {
                return Some(Found::new(i, end + 1, "date", None, "date:relative"));
            }
            // "in two weeks" with a future verb: a date.
            if i > 0
                && self.w(i - 1) == "in"
                && n.is_some()
                && self.tense(i - 1, end) == Tense::Future
            {
                let value = match (r, n) {
                    (Some(r), Some(n)) if n.fract() == 0.0 => shift(r, n as i64, unit),
                    _ => None,
                };
                return Some(Found::new(i, end, "date", value, "date:in"));
            }
        }
        // "a year" alone is too vague: only after words that make it a duration.
        if matches!(self.w(i), "a" | "an") && !hyphenated {
            let before = i.checked_sub(1).map_or("", |p| self.w(p));
            let ok = [
                "for", "over", "within", "in", "after", "than", "nearly", "almost", "about",
                "under", "around", "roughly", "only", "just", "took", "lasted", "last", "lasts",
                "spent", "least", "to", "take", "takes", "taking", "spend", "spends", "wait",
                "waited", "lasting",
            ]
            .contains(&before);
            if !ok {
                return None;
            }
        }
        // Compound durations: "two years and three months", "1 hour 30 minutes".
        let mut parts = vec![(n, unit)];
        loop {
            let k = if self.any(end, &["and"]) || self.t(end) == "," {
                end + 1
            } else {
                end
            };
            let Some((n2, j2)) = (if self.is_num(k) {
                self.t(k).parse::<f64>().ok().map(|v| (Some(v), k + 1))
            } else {
                self.word_count(k)
            }) else {
                break;
            };
            let Some((u2, _)) = unit_of(self.w(j2)) else {
                break;
            };
            if u2 == Unit::Weekend || parts.iter().any(|(_, u)| *u == u2) {
                break;
            }
            parts.push((n2, u2));
            end = j2 + 1;
        }
        // "2 weeks and 2 days ago".
        if parts.len() > 1 && self.w(end) == "ago" {
            let days: Option<f64> = parts
                .iter()
                .map(|&(n, u)| match u {
                    Unit::Day => n,
                    Unit::Week => n.map(|n| n * 7.0),
                    _ => None,
                })
                .sum();
            let value = match (r, days) {
                (Some(r), Some(d)) if d.fract() == 0.0 && d < 1e6 => {
                    Some(r.add_days(-(d as i64)).to_string())
                }
                _ => None,
            };
            return Some(Found::new(i, end + 1, "date", value, "date:ago"));
        }
        let value = if parts.len() == 1 {
            duration_value(n, unit)
        } else {
            compound_duration(&parts)
        };
        Some(Found::new(i, end, "duration", value, "duration"))
    }

    /// A count in words before a unit: "three", "a", "several" (no value), "a few",
    /// "a couple of", "one and a half", "half an".
    fn word_count(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(i);
        match w {
            "a" | "an" => {
                if self.w(i + 1) == "few" {
                    return Some((None, i + 2));
                }
                if self.w(i + 1) == "couple" {
                    let j = if self.w(i + 2) == "of" { i + 3 } else { i + 2 };
                    return Some((Some(2.0), j));
                }
                Some((Some(1.0), i + 1))
            }
            "several" | "few" | "many" => Some((None, i + 1)),
            "couple" => {
                let j = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
                Some((Some(2.0), j))
            }
            "half" => {
                // "half an hour", "half a day".
                if matches!(self.w(i + 1), "a" | "an") {
                    return Some((Some(0.5), i + 2));
                }
                None
            }
            _ => {
                let wn = words_number(self.text, self.toks, i)?;
                if wn.scaled && wn.value >= 1000.0 {
                    return None;
                }
                Some((Some(wn.value), wn.end))
            }
        }
    }

    /// "1990s", "the 1990s", "the '90s", "the early 2000s", "mid-1990s", "the 1800s".
    fn decade(&self, start: usize, i: usize) -> Option<Found> {
        let t = self.t(i);
        if !self.is_num(i)
            || !self.glued(i + 1)
            || self.w(i + 1) != "s"
            || self.glued_alnum_after(i + 1)
        {
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
                if matches!(
                    before,
                    "his" | "her" | "their" | "its" | "my" | "your" | "our"
                ) {
                    return None;
                }
                let century = if n <= 10 { 200 } else { 190 };
                format!("{:03}X", century + n / 10)
            }
            _ => return None,
        };
        Some(Found::new(start, i + 2, "date", Some(value), "date:decade"))
    }

    /// A bare year: "2017", "2025's", "in 1492"; not a count, amount or code.
    fn year(&self, i: usize) -> Option<Found> {
        let y = self.year_at(i)?;
        let next = self.t(i + 1);
        if self.glued(i + 1)
            && (matches!(self.kind(i + 1), Some(Lex::Word | Lex::Num))
                || matches!(next, "%" | "/" | ":"))
        {
            return None;
        }
        if self.glued(i + 1) && matches!(next, "." | ",") && self.is_num(i + 2) && self.glued(i + 2)
        {
            return None;
        }
        if self.any(i + 1, COUNT_NOUNS) || self.any(i + 1, &["percent", "per", "pct"]) {
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
        // "2025 Q3", "2025 first half".
        if let Some(q) = self.quarter_word(i + 1) {
            let (n, e) = q;
            return Some(Found::new(
                i,
                e,
                "date",
                Some(format!("{y:04}-{n}")),
                "date:quarter",
            ));
        }
        Some(Found::new(
            i,
            i + 1,
            "date",
            Some(format!("{y:04}")),
            "date:year",
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
        if !(1..=max).contains(&n) || self.t(i + 1).len() != 1 || self.glued_alnum_after(i + 1) {
            return None;
        }
        Some((format!("{}{n}", w.to_ascii_uppercase()), i + 2))
    }

    // ----- Expressions that start with a word -----

    /// "the" at `i`: nothing when a word follows that no reading after "the" can use.
    fn the_first(&self, i: usize) -> Option<Found> {
        let next_is_other_word = self.kind(i + 1) == Some(Lex::Word)
            && !AFTER_THE.may_contain_hash(self.toks[i + 1].hash);
        if next_is_other_word {
            None
        } else {
            self.after_the(i)
        }
    }

    fn word_first(&self, i: usize, w: &str) -> Option<Found> {
        let mut cands = Longest::default();
        if let Some((m, abbr)) = month_of(w) {
            cands.offer(self.month(i, i, m, abbr, None));
        }
        if let Some((d, abbr)) = weekday_of(w) {
            cands.offer(self.weekday(i, i, d, abbr, None));
        }
        if w.len() > 6 && w.ends_with('s') {
            if let Some((d, false)) = weekday_of(&w[..w.len() - 1]) {
                cands.offer(self.weekday_set(i, d));
            }
        }
        match w {
            "last" | "next" | "this" | "past" | "previous" | "coming" | "current" | "following"
            | "upcoming" | "same" => cands.offer(self.relative(i, i, w)),
            "earlier" | "later" => cands.offer(self.earlier_later(i)),
            "early" | "late" | "mid" => cands.offer(self.modified(i)),
            "end" | "start" | "beginning" | "middle" => cands.offer(self.boundary(i)),
            "yesterday" | "today" | "tomorrow" | "tonight" | "tonite" => {
                cands.offer(self.day_word(i))
            }
            "every" | "each" | "once" | "twice" => cands.offer(self.set(i)),
            "daily" | "weekly" | "monthly" | "yearly" | "annually" | "quarterly" | "hourly"
            | "nightly" | "biannually" | "semiannually" | "fortnightly" => {
                cands.offer(self.set_adverb(i))
            }
            "recent" => cands.offer(self.vague_plural(i, i + 1)),
            "noon" | "midnight" | "midday" => {
                let v = if w == "midnight" { "T00:00" } else { "T12:00" };
                cands.offer(Some(Found::new(
                    i,
                    i + 1,
                    "time",
                    Some(v.into()),
                    "time:noon",
                )));
            }
            "q" | "h" => cands.offer(self.quarter_code(i)),
            "final" => cands.offer(self.final_period(i)),
            "fy" | "fiscal" => cands.offer(self.fiscal(i)),
            "weekend" => cands.offer(self.weekend(i, i, None)),
            _ => {}
        }
        if let Some((code, first)) = season_of(w) {
            cands.offer(self.season(i, i, code, first, None));
        }
        // "days ago", "years later": no number, no value.
        if unit_of(w).is_some_and(|(_, plural)| plural)
            && self.any(i + 1, &["ago", "later", "earlier"])
        {
            cands.offer(Some(Found::new(i, i + 2, "date", None, "date:relative")));
        }
        if let Some(d) = ordinal_word(w) {
            cands.offer(self.ordinal_period(i, i, d));
        }
        cands.offer(self.holiday(i, i, None));
        if self.kind(i) == Some(Lex::Word)
            && (small_word(w).is_some()
                || matches!(
                    w,
                    "a" | "an" | "several" | "few" | "couple" | "half" | "many"
                ))
        {
            cands.offer(self.number_unit(i));
        }
        cands.0
    }

    /// After "the": the expression without it, except "the 1990s", which keeps it.
    fn after_the(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let w = self.w(j);
        if self.is_num(j) {
            if let Some(f) = self.decade(i, j) {
                return Some(f);
            }
            // "the 21st century" keeps its "the", like "the 1990s".
            if let Some(f) = self.century(j) {
                return Some(Found { start: i, ..f });
            }
            return None;
        }
        if matches!(self.t(j), "'" | "’") {
            return self.decade(i, j + 1);
        }
        if matches!(w, "early" | "mid" | "late") && self.is_num(j + 1) {
            return self
                .decade(i, j + 1)
                .map(|mut f| {
                    f.start = i;
                    f
                })
                .or_else(|| self.modified(j));
        }
        if matches!(w, "early" | "mid" | "late") && is_hyphen(self.t(j + 1)) && self.is_num(j + 2) {
            return self.modified(j).map(|mut f| {
                if f.rule == "date:decade" {
                    f.start = i;
                }
                f
            });
        }
        // "the nineties": the decade keeps its "the".
        if let Some(&(_, d)) = DECADE_WORDS.iter().find(|(name, _)| *name == w) {
            return Some(Found::new(i, j + 1, "date", Some(d.into()), "date:decade"));
        }
        match w {
            "past" | "last" | "next" | "coming" | "previous" | "following" | "same" | "current"
            | "upcoming" => self.relative(j, i, w),
            "end" | "start" | "beginning" | "middle" => self.boundary(j),
            "weekend" => self.weekend(j, i, None),
            // "in the morning", "during the afternoon": a part of the day.
            "morning" | "afternoon" | "evening"
                if i > 0
                    && self.any(
                        i - 1,
                        &["in", "during", "throughout", "that", "early", "late"],
                    ) =>
            {
                let code = self.part_of_day(j)?;
                Some(Found::new(j, j + 1, "time", Some(code.into()), "time:part"))
            }
            "day" => {
                // "the day before yesterday", "the day after tomorrow".
                let v = match (self.w(j + 1), self.w(j + 2)) {
                    ("before", "yesterday") => -2,
                    ("after", "tomorrow") => 2,
                    // "the day before", "the day after": relative to the story.
                    ("before" | "after", _) if !self.is_word(j + 2) && !self.is_num(j + 2) => {
                        return Some(Found::new(j, j + 2, "date", None, "date:relative"));
                    }
                    _ => return None,
                };
                let value = self.r.map(|r| r.add_days(v).to_string());
                Some(Found::new(j, j + 3, "date", value, "date:day"))
            }
            _ => {
                if let Some(d) = ordinal_word(w) {
                    return self.ordinal_period(j, j, d);
                }
                let f = self.at(j)?;
                (f.start == j).then_some(f)
            }
        }
    }

    /// "the 21st century", "the 19th-century".
    fn century(&self, i: usize) -> Option<Found> {
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
            "date",
            Some(format!("{:02}XX", n - 1)),
            "date:century",
        ))
    }

    /// A month name at `i` (the expression starts at `start`): "November 4", "Nov. 4, 2025",
    /// "June 2022", "June of 2022", "Dec-2018", "October last year", "last October", "May".
    fn month(
        &self,
        start: usize,
        i: usize,
        month: u32,
        abbr: bool,
        rel: Option<&str>,
    ) -> Option<Found> {
        let capital = self.cap(i);
        let mut j = i + 1;
        if abbr && self.t(j) == "." && self.glued(j) {
            j += 1;
        }
        // "November 4", "Nov. 4th, 2025", "March 3-5".
        if rel.is_none() {
            let day = self.day_at(j).or_else(|| self.day_word_at(j));
            let the_day = if self.w(j) == "the" {
                self.day_at(j + 1).or_else(|| self.day_word_at(j + 1))
            } else {
                None
            };
            if let Some((day, e)) = day.or(the_day) {
                // Not "May 2025" read as a day, nor "March 3D".
                if !(self.is_num(j) && self.t(j).len() > 2) {
                    if (is_hyphen(self.t(e)) || self.w(e) == "to" || self.w(e) == "through")
                        && self.day_at(e + 1).is_some()
                        && month_of(self.w(e + 1)).is_none()
                    {
                        let (_, e2) = self.day_at(e + 1)?;
                        return self.finish_date(start, e2, month, day, Some(0));
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
                        "date",
                        Some(ym(y, month)),
                        "date:month-year",
                    ));
                }
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
        if !capital && matches!(w, "may" | "march" | "august") && rel.is_none() {
            return None;
        }
        if rel.is_none() && !self.month_is_date(i, w) {
            return None;
        }
        let mut end = j;
        // "October last year", "March this year", "June next year".
        let mut year_shift = None;
        if self.any(end, &["last", "this", "next"]) && self.w(end + 1) == "year" {
            year_shift = Some(match self.w(end) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            });
            end += 2;
        }
        let value = self.r.and_then(|r| {
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
                    pick_year(r, tense, month_period(month))?.0
                }
            };
            Some(ym(year, month))
        });
        Some(Found::new(start, end, "date", value, "date:month"))
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
        if i > 0
            && p < i
            && self.cap(p)
            && p > 0
            && weekday_of(self.w(p)).is_none()
            && !self.any(
                p,
                &[
                    "in", "since", "until", "by", "from", "last", "next", "this", "early", "late",
                    "mid",
                ],
            )
        {
            return false;
        }
        if w == "may" {
            // The month needs a word of time before it: "in May", "since May", "last May".
            let before = if i > 0 { self.w(i - 1) } else { "" };
            let ok = [
                "in", "since", "until", "till", "by", "from", "to", "through", "during", "before",
                "after", "of", "early", "late", "mid", "-", "and", "or", "between", "until", "on",
                "a", "an",
            ]
            .contains(&before);
            if !ok {
                return false;
            }
            // "a May election" is the month too; "by May I mean" is rare enough.
        }
        true
    }

    /// A weekday at `i`: "Tuesday", "last Tuesday", "Tuesday morning", "Tuesday, March 3",
    /// "Mon 13th".
    fn weekday(
        &self,
        start: usize,
        i: usize,
        wd: u32,
        abbr: bool,
        rel: Option<&str>,
    ) -> Option<Found> {
        let mut j = i + 1;
        if abbr && self.t(j) == "." && self.glued(j) {
            j += 1;
        }
        if self.glued_alnum_after(i) {
            return None;
        }
        // "Tuesday, March 3, 2026", "Tuesday 3 March": the date decides.
        if rel.is_none() {
            let k = if self.t(j) == "," { j + 1 } else { j };
            if let Some(f) = self
                .at(k)
                .filter(|f| f.start == k && f.rule == "date:month-day")
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
                Some((day, e))
                    if (abbr || ordinal)
                        && !self.any(e, &["am", "pm", "a.m.", "p.m."])
                        && self.t(e) != ":" =>
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
                    return Some(Found::new(start, e, "date", value, "date:weekday"));
                }
                _ if abbr => return None,
                _ => {}
            }
        }
        // A weekday that names something ("Black Friday" is a holiday, "Good Friday" too,
        // both matched first; "Man Friday" or "Joe Friday" are names).
        if rel.is_none()
            && i > 0
            && self.cap(i - 1)
            && i - 1 > 0
            && weekday_of(self.w(i - 1)).is_none()
            && !self.any(
                i - 1,
                &["on", "by", "until", "since", "last", "next", "this", "from"],
            )
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
        let mut end = j;
        let part = self.part_of_day(end);
        if part.is_some() {
            end += 1;
        }
        // "Tuesday of next week", "Monday of the following week".
        if rel.is_none() && self.w(end) == "of" {
            let k = if self.w(end + 1) == "the" {
                end + 2
            } else {
                end + 1
            };
            let off = match self.w(k) {
                "next" | "following" => Some(1),
                "last" | "previous" => Some(-1),
                "this" => Some(0),
                _ => None,
            };
            if let (Some(off), "week") = (off, self.w(k + 1)) {
                let value = self.r.map(|r| {
                    let monday = r.add_days(-i64::from(r.weekday()) + 7 * off);
                    monday.add_days(i64::from(wd)).to_string()
                });
                return Some(Found::new(start, k + 2, "date", value, "date:weekday"));
            }
        }
        let value = self.r.map(|r| {
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
                _ => match self.tense(start, end) {
                    Tense::Future => r.add_days((wd - today).rem_euclid(7)),
                    _ => r.add_days(-(today - wd).rem_euclid(7)),
                },
            };
            format!("{d}{}", part.unwrap_or(""))
        });
        Some(Found::new(start, end, "date", value, "date:weekday"))
    }

    /// "on Mondays", "Tuesdays and Thursdays": a set.
    fn weekday_set(&self, i: usize, wd: u32) -> Option<Found> {
        if !self.cap(i) {
            return None;
        }
        Some(Found::new(
            i,
            i + 1,
            "set",
            Some(format!("XXXX-WXX-{}", wd + 1)),
            "set:weekday",
        ))
    }

    /// A part of the day after a day: "morning" -> "TMO".
    fn part_of_day(&self, i: usize) -> Option<&'static str> {
        Some(match self.w(i) {
            "morning" => "TMO",
            "afternoon" => "TAF",
            "evening" => "TEV",
            "night" => "TNI",
            _ => return None,
        })
    }

    /// "last week", "next month", "this year", "the past three years", "the coming weeks",
    /// "last Tuesday", "next October", "this morning", "last night", "the previous year".
    /// `i` is the relative word, `start` where the span starts (a "the" stays outside).
    fn relative(&self, i: usize, start: usize, rel: &str) -> Option<Found> {
        let with_the = start < i;
        let start = i;
        let j = i + 1;
        let w = self.w(j);
        // "last Tuesday", "next October", "this summer", "last Christmas".
        if !with_the {
            if let Some((m, abbr)) = month_of(w) {
                // "This may take longer": the verb.
                if (!abbr || self.cap(j)) && (w != "may" || self.cap(j)) {
                    return self.month(start, j, m, abbr, Some(rel));
                }
            }
            if let Some((d, false)) = weekday_of(w) {
                return self.weekday(start, j, d, false, Some(rel));
            }
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
                    .and_then(|o| self.r.map(|r| format!("{:04}", r.year + o)));
                return Some(Found::new(start, j + 2, "date", value, "date:relative"));
            }
            if let Some((code, first)) = season_of(w) {
                return self.season(start, j, code, first, Some(rel));
            }
            if let Some(f) = self.holiday(start, j, Some(rel)) {
                return Some(f);
            }
        }
        // "this morning", "last night".
        if !with_the {
            let part = match (rel, w) {
                ("this", "morning") => Some((0, "TMO")),
                ("this", "afternoon") => Some((0, "TAF")),
                ("this", "evening") => Some((0, "TEV")),
                ("last", "night") => Some((-1, "TNI")),
                ("last", "evening") => Some((-1, "TEV")),
                _ => None,
            };
            if let Some((off, code)) = part {
                let value = self.r.map(|r| format!("{}{code}", r.add_days(off)));
                return Some(Found::new(start, j + 1, "date", value, "date:relative"));
            }
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
                if let Some((u, _)) = unit_of(self.w(k)) {
                    if rel == "last" {
                        if let Some(f) = self.part_of(start, k + 1) {
                            return Some(f);
                        }
                    }
                    if !self.glued_alnum_after(k) {
                        return Some(Found::new(
                            start,
                            k + 1,
                            "duration",
                            duration_value(n, u),
                            "duration",
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
                    let value = self.r.map(|r| {
                        let monday = r.add_days(-i64::from(r.weekday()) + 7 * off);
                        monday.add_days(i64::from(wd)).to_string()
                    });
                    return Some(Found::new(start, k + 1, "date", value, "date:weekday"));
                }
            }
        }
        if plural {
            // "the coming weeks", "the past months": a vague stretch, no value.
            return matches!(
                rel,
                "coming" | "past" | "last" | "next" | "upcoming" | "recent"
            )
            .then(|| Found::new(start, j + 1, "date", None, "date:vague"));
        }
        // "the past year", "the last week": the stretch of time up to now.
        if with_the && matches!(rel, "past" | "last") {
            return Some(Found::new(
                start,
                j + 1,
                "duration",
                duration_value(Some(1.0), unit),
                "duration",
            ));
        }
        if matches!(rel, "previous" | "following" | "same")
            || (with_the && rel == "next" && unit != Unit::Year)
        {
            return Some(Found::new(start, j + 1, "date", None, "date:relative"));
        }
        let offset = match rel {
            "last" | "past" => -1,
            "next" | "coming" | "upcoming" => 1,
            _ => 0,
        };
        let value = self.r.and_then(|r| match unit {
            Unit::Day => Some(r.add_days(offset).to_string()),
            Unit::Hour | Unit::Minute | Unit::Second => None,
            u => shift(r, offset, u),
        });
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        Some(Found::new(start, j + 1, "date", value, "date:relative"))
    }

    /// "the weekend", "this weekend", "last weekend", "over the weekend" (the most recent
    /// one unless the tense says future).
    fn weekend(&self, i: usize, start: usize, rel: Option<&str>) -> Option<Found> {
        let span_start = if rel.is_some() { start } else { i };
        let value = self.r.map(|r| {
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
        });
        Some(Found::new(span_start, i + 1, "date", value, "date:weekend"))
    }

    /// "earlier this month", "later this year", "earlier this week", "later in the day".
    fn earlier_later(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        if self.w(j) == "this" {
            let (unit, _) = unit_of(self.w(j + 1))?;
            let value = self.r.and_then(|r| shift(r, 0, unit));
            return Some(Found::new(i, j + 2, "date", value, "date:relative"));
        }
        if self.w(j) == "that" && unit_of(self.w(j + 1)).is_some() {
            return Some(Found::new(i, j + 2, "date", None, "date:relative"));
        }
        // "later in the year", "earlier in the week", "later in the day".
        if self.w(j) == "in" && self.w(j + 1) == "the" {
            if let Some((unit, false)) = unit_of(self.w(j + 2)) {
                let value = self.r.and_then(|r| match unit {
                    Unit::Day => Some(r.to_string()),
                    u => shift(r, 0, u),
                });
                return Some(Found::new(i, j + 3, "date", value, "date:relative"));
            }
        }
        // "earlier today", "later today".
        if self.any(j, &["today", "tonight"]) {
            return self.day_word(j).map(|mut f| {
                f.start = i;
                f
            });
        }
        None
    }

    /// "mid-2025", "early 2025", "late December", "early next year", "late last year",
    /// "mid-March", "the early 1990s" (with `after_the`).
    fn modified(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        if is_hyphen(self.t(j)) && self.glued(j) {
            j += 1;
        } else if self.w(i) == "mid" {
            return None;
        }
        if self.is_num(j) {
            if let Some(f) = self.decade(i, j) {
                return Some(f);
            }
            let y = self.year_at(j)?;
            if self.glued_alnum_after(j) {
                return None;
            }
            return Some(Found::new(
                i,
                j + 1,
                "date",
                Some(format!("{y:04}")),
                "date:year",
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
        if matches!(w, "last" | "next" | "this") {
            let f = self.relative(j, j, w)?;
            return Some(Found { start: i, ..f });
        }
        // "late summer", "early spring".
        if let Some((code, first)) = season_of(w) {
            let f = self.season(j, j, code, first, None)?;
            return Some(Found { start: i, ..f });
        }
        // "early morning", "late afternoon".
        if self.w(i) != "mid" {
            if let Some(code) = self.part_of_day(j).filter(|c| *c != "TNI") {
                return Some(Found::new(i, j + 1, "time", Some(code.into()), "time:part"));
            }
        }
        None
    }

    /// "the final quarter of 2004" (its fourth quarter), "the final week of July", "the
    /// final months of 2004".
    fn final_period(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let (unit, plural) = unit_of(self.w(j))?;
        if unit == Unit::Quarter && !plural {
            if let Some(y) = self.year_at(j + 2).filter(|_| self.w(j + 1) == "of") {
                return Some(Found::new(
                    i,
                    j + 3,
                    "date",
                    Some(format!("{y:04}-Q4")),
                    "date:quarter",
                ));
            }
            return None;
        }
        self.part_of(i, j + 1)
    }

    /// "of July", "of 2021", "of next month" after "the first week", "the last three
    /// days": one date from the first word to the end of the period, without a value.
    fn part_of(&self, start: usize, k: usize) -> Option<Found> {
        if self.w(k) != "of" {
            return None;
        }
        let anchor = self
            .at(k + 1)
            .filter(|f| f.start == k + 1 && f.kind == "date")?;
        Some(Found::new(start, anchor.end, "date", None, "date:part-of"))
    }

    /// "end of 2025", "the end of the year", "end-March", "the start of next month",
    /// "the beginning of the decade": the value is the period's.
    fn boundary(&self, i: usize) -> Option<Found> {
        let glued_hyphen = is_hyphen(self.t(i + 1)) && self.glued(i + 1);
        if !glued_hyphen && self.w(i + 1) != "of" {
            return None;
        }
        let j = i + 2;
        // "the end of the year", "end of year", "the start of the month".
        let k = if self.w(j) == "the" { j + 1 } else { j };
        if let Some((unit, false)) = unit_of(self.w(k)) {
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            let value = self.r.and_then(|r| match unit {
                Unit::Day => Some(r.to_string()),
                u => shift(r, 0, u),
            });
            return Some(Found::new(i, k + 1, "date", value, "date:boundary"));
        }
        let f = self.at(j)?;
        if f.start != j || f.kind != "date" {
            return None;
        }
        Some(Found { start: i, ..f })
    }

    /// "yesterday", "today", "tomorrow", "tonight", "yesterday morning".
    fn day_word(&self, i: usize) -> Option<Found> {
        // "Radio 4's Today programme", "USA Today": a capitalised "Today" inside a
        // sentence is a name.
        if self.cap(i) && i > 0 && matches!(self.kind(i - 1), Some(Lex::Word | Lex::Num)) {
            return None;
        }
        if self.cap(i) && i > 1 && self.w(i - 1) == "s" && matches!(self.t(i - 2), "'" | "’") {
            return None;
        }
        let (off, mut part) = match self.w(i) {
            "yesterday" => (-1, None),
            "tomorrow" => (1, None),
            "tonight" | "tonite" => (0, Some("TNI")),
            _ => (0, None),
        };
        let mut end = i + 1;
        if part.is_none() {
            if let Some(p) = self.part_of_day(end) {
                part = Some(p);
                end += 1;
            }
        }
        let value = self
            .r
            .map(|r| format!("{}{}", r.add_days(off), part.unwrap_or("")));
        Some(Found::new(i, end, "date", value, "date:day"))
    }

    /// "every year", "every Monday", "each week", "every two years", "every other day",
    /// "once a week", "twice a year".
    fn set(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        if matches!(w, "once" | "twice") {
            let j = i + 1;
            if !self.any(j, &["a", "an", "per", "every", "each"]) {
                return None;
            }
            let (unit, false) = unit_of(self.w(j + 1))? else {
                return None;
            };
            return Some(Found::new(
                i,
                j + 2,
                "set",
                duration_value(Some(1.0), unit),
                "set",
            ));
        }
        let mut j = i + 1;
        let mut n = 1.0;
        if self.w(j) == "other" {
            n = 2.0;
            j += 1;
        } else if let Some(v) = self.int(j).map(f64::from).or_else(|| small_word(self.w(j))) {
            if unit_of(self.w(j + 1)).is_some_and(|(_, plural)| plural) {
                n = v;
                j += 1;
            }
        }
        let t = self.w(j);
        let value = if let Some((unit, _)) = unit_of(t) {
            if unit == Unit::Weekend {
                Some("XXXX-WXX-WE".to_string())
            } else {
                duration_value(Some(n), unit)
            }
        } else if let Some((d, false)) = weekday_of(t) {
            let mut v = format!("XXXX-WXX-{}", d + 1);
            if let Some(p) = self.part_of_day(j + 1) {
                v.push_str(p);
                j += 1;
            }
            Some(v)
        } else if let Some((m, false)) = month_of(t) {
            Some(format!("XXXX-{m:02}"))
        } else if let Some(p) = self.part_of_day(j) {
            Some(format!("XXXX-XX-XX{p}"))
        } else if let Some((code, _)) = season_of(t) {
            Some(format!("XXXX-{code}"))
        } else if t == "weekday" {
            Some("XXXX-WXX-WD".to_string())
        } else {
            return None;
        };
        Some(Found::new(i, j + 1, "set", value, "set"))
    }

    /// "annually", and "daily", "weekly" ... used as adverbs ("paid monthly."), not as
    /// adjectives ("a daily newspaper", "the Daily Mail").
    fn set_adverb(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        let value = match w {
            "daily" | "nightly" => "P1D",
            "weekly" => "P1W",
            "fortnightly" => "P2W",
            "monthly" => "P1M",
            "quarterly" => "P3M",
            "yearly" | "annually" => "P1Y",
            "biannually" | "semiannually" => "P6M",
            "hourly" => "PT1H",
            _ => return None,
        };
        if w != "annually" && w != "biannually" && w != "semiannually" {
            if self.cap(i) && i > 0 {
                return None;
            }
            let next_is_word = self.is_word(i + 1)
                && !self.any(
                    i + 1,
                    &[
                        "and", "or", "but", "in", "at", "on", "for", "from", "to", "since",
                        "until", "with", "by", "as", "per", "basis", "while", "over", "after",
                        "before", "during", "than", "since", "so",
                    ],
                );
            if next_is_word || self.glued(i + 1) && is_hyphen(self.t(i + 1)) {
                return None;
            }
        }
        Some(Found::new(i, i + 1, "set", Some(value.into()), "set"))
    }

    /// "recent months", "recent years": a date without a value.
    fn vague_plural(&self, start: usize, j: usize) -> Option<Found> {
        let (_, plural) = unit_of(self.w(j))?;
        if !plural || self.glued_alnum_after(j) {
            return None;
        }
        Some(Found::new(start, j + 1, "date", None, "date:vague"))
    }

    /// "Q3", "Q3 2025", "Q3 of 2025", "H1 2025", "Q4'25".
    fn quarter_code(&self, i: usize) -> Option<Found> {
        let (code, mut end) = self.quarter_word(i)?;
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
        let value = match year {
            Some(y) => Some(format!("{y:04}-{code}")),
            None => self
                .r
                .and_then(|r| self.nearest_quarter(r, i, end, n, false)),
        };
        Some(Found::new(i, end, "date", value, "date:quarter"))
    }

    /// The year of quarter (or half) `n` that the tense points to, as "2025-Q4".
    fn nearest_quarter(
        &self,
        r: Date,
        start: usize,
        end: usize,
        n: u32,
        half: bool,
    ) -> Option<String> {
        let months = if half { 6 } else { 3 };
        let first = (n - 1) * months + 1;
        let tense = self.tense(start, end);
        let (y, _, _) = pick_year(r, tense, |y| {
            let a = Date::new(y, first, 1)?;
            let b = a.add_months(months as i32).add_days(-1);
            Some((a, b))
        })?;
        Some(format!("{y:04}-{}{n}", if half { 'H' } else { 'Q' }))
    }

    /// "first quarter", "fourth-quarter", "the third quarter of 2025", "second half of
    /// 2025", "the first half", "first quarter of last year".
    fn ordinal_period(&self, start: usize, i: usize, n: u32) -> Option<Found> {
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
        if unit_of(self.w(k)).is_some_and(|(u, _)| !matches!(u, Unit::Quarter)) {
            return self.part_of(start, k + 1);
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
            let explicit = matches!(self.w(j + 1), "of" | ",")
                && (self.year_at(j + 2).is_some()
                    || matches!(self.w(j + 2), "the" | "this" | "last" | "next"))
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
            } else if self.any(end + 1, &["last", "this", "next"]) && self.w(end + 2) == "year" {
                let r = self.r;
                year = r.map(|r| {
                    r.year
                        + match self.w(end + 1) {
                            "last" => -1,
                            "next" => 1,
                            _ => 0,
                        }
                });
                if year.is_none() {
                    return Some(Found::new(start, end + 3, "date", None, "date:quarter"));
                }
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
        let value = match year {
            Some(y) => Some(format!("{y:04}-{code}{n}")),
            None => self
                .r
                .and_then(|r| self.nearest_quarter(r, start, end, n, half)),
        };
        Some(Found::new(start, end, "date", value, "date:quarter"))
    }

    /// "fiscal 2025", "FY2025", "FY25", "fiscal year 2025": the value names the fiscal year.
    fn fiscal(&self, i: usize) -> Option<Found> {
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
        // "fiscal 2024-25".
        if is_hyphen(self.t(end))
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
            "date",
            Some(format!("FY{y:04}")),
            "date:fiscal",
        ))
    }

    /// "summer", "this summer", "last winter", "summer 2025", "the summer of 2025".
    fn season(
        &self,
        start: usize,
        i: usize,
        code: &str,
        first: u32,
        rel: Option<&str>,
    ) -> Option<Found> {
        let w = self.w(i);
        let mut end = i + 1;
        let mut k = end;
        if self.w(k) == "of" {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            return Some(Found::new(
                start,
                k + 1,
                "date",
                Some(format!("{y:04}-{code}")),
                "date:season",
            ));
        }
        if rel.is_none() {
            // "fall" is a verb or a noun without a year or "last"/"this"; "the Arab Spring",
            // "Summer Olympics", "Spring Festival" are names.
            if w == "fall" {
                return None;
            }
            if (start > 0 && self.cap(start - 1) && start - 1 > 0) || self.cap(end) {
                return None;
            }
            // A bare season takes a value only where the tense says which one.
            let value = self.r.and_then(|r| {
                let tense = self.tense(start, end);
                if tense == Tense::Unknown {
                    return None;
                }
                let (y, _, _) = pick_year(r, tense, season_period(first))?;
                Some(format!("{y:04}-{code}"))
            });
            return Some(Found::new(start, end, "date", value, "date:season"));
        }
        let rel = rel?;
        let value = self.r.and_then(|r| {
            let days = r.to_days();
            let periods: Vec<(i32, Date, Date)> = (r.year - 2..=r.year + 1)
                .filter_map(|y| season_period(first)(y).map(|(a, b)| (y, a, b)))
                .collect();
            let pick = match rel {
                "last" | "past" | "previous" => {
                    periods.iter().rev().find(|(_, _, b)| b.to_days() < days)
                }
                "next" | "coming" | "upcoming" => {
                    periods.iter().find(|(_, a, _)| a.to_days() > days)
                }
                _ => periods
                    .iter()
                    .find(|(_, a, b)| a.to_days() <= days && days <= b.to_days())
                    .or_else(|| periods.iter().find(|(y, _, _)| *y == r.year)),
            };
            pick.map(|(y, _, _)| format!("{y:04}-{code}"))
        });
        end = end.max(i + 1);
        Some(Found::new(start, end, "date", value, "date:season"))
    }

    /// Holidays: "Christmas", "Easter 2018", "last Christmas", "Thanksgiving", "Ramadan".
    fn holiday(&self, start: usize, i: usize, rel: Option<&str>) -> Option<Found> {
        let first = self.w(i);
        let (filter, index) = &*HOLIDAY_FIRST;
        if !filter.may_contain(first) {
            return None;
        }
        for (words, rule) in index.get(first)?.iter().map(|&k| &HOLIDAYS[k]) {
            let n = words.len();
            if !(0..n).all(|k| self.w(i + k) == words[k]) {
                continue;
            }
            // "Independence Day" and "New Year" need their capitals (a new year).
            if !self.cap(i) && matches!(words[0], "independence" | "new") && !self.cap(i + 1) {
                continue;
            }
            let mut end = i + n;
            if self.glued_alnum_after(end - 1) {
                continue;
            }
            let mut year = None;
            let k = if self.w(end) == "of" || self.t(end) == "," {
                end + 1
            } else {
                end
            };
            if let Some(y) = self.year_at(k) {
                year = Some(y);
                end = k + 1;
            }
            let value = self.r.and_then(|r| {
                let rule = *rule;
                if let Some(y) = year {
                    return holiday_date(rule, y);
                }
                let period = |y| holiday_date(rule, y).map(|d| (d, d));
                let tense = match rel {
                    Some("last" | "past" | "previous") => Tense::Past,
                    Some("next" | "coming" | "upcoming" | "following") => Tense::Future,
                    _ => self.tense(start, end),
                };
                let (_, d, _) = pick_year(r, tense, period)?;
                // "last Christmas" on Christmas Day is a year ago.
                if rel == Some("last") && d == r {
                    return holiday_date(rule, r.year - 1);
                }
                Some(d)
            });
            let value = match (value, year) {
                (Some(d), _) => Some(d.to_string()),
                (None, Some(y)) if matches!(rule, Rule::Lunar) => Some(format!("{y:04}")),
                _ => None,
            };
            return Some(Found::new(start, end, "date", value, "date:holiday"));
        }
        None
    }
}

/// The longest candidate (the earliest start among equals, then the first listed).
fn longest<I: IntoIterator<Item = Option<Found>>>(cands: I) -> Option<Found> {
    let mut best = Longest::default();
    for f in cands {
        best.offer(f);
    }
    best.0
}

/// The best of the candidates offered so far, as [`longest`] picks it.
#[derive(Default)]
struct Longest(Option<Found>);

impl Longest {
    fn offer(&mut self, f: Option<Found>) {
        let Some(f) = f else { return };
        if self
            .0
            .as_ref()
            .is_none_or(|b| f.end > b.end || (f.end == b.end && f.start < b.start))
        {
            self.0 = Some(f);
        }
    }
}

/// A date `n` units after the anchor's value (before it when `n` is negative): a day
/// stays a day ("2026-03-06"), a year moved by years stays a year.
fn anchored(anchor: Option<&str>, n: Option<f64>, unit: Unit) -> Option<String> {
    let (anchor, n) = (anchor?, n?);
    if n.fract() != 0.0 {
        return None;
    }
    let n = n as i64;
    if n.abs() > 10_000 {
        return None;
    }
    if let Some(d) = Date::parse_iso(anchor) {
        let moved = match unit {
            Unit::Day => d.add_days(n),
            Unit::Week => d.add_days(7 * n),
            Unit::Fortnight => d.add_days(14 * n),
            Unit::Month => d.add_months(i32::try_from(n).ok()?),
            Unit::Quarter => d.add_months(i32::try_from(3 * n).ok()?),
            Unit::Year => d.add_months(i32::try_from(12 * n).ok()?),
            _ => return None,
        };
        return Some(moved.to_string());
    }
    if anchor.len() == 4 && unit == Unit::Year {
        let y: i64 = anchor.parse().ok()?;
        return Some(format!("{:04}", y + n));
    }
    None
}

fn compound_duration(parts: &[(Option<f64>, Unit)]) -> Option<String> {
    let mut date = String::new();
    let mut time = String::new();
    let mut order: Vec<(u8, String, bool)> = Vec::new();
    for &(n, u) in parts {
        let n = n?;
        let (rank, d, t, f) = match u {
            Unit::Century => (0, 'Y', false, 100.0),
            Unit::Decade => (0, 'Y', false, 10.0),
            Unit::Year => (0, 'Y', false, 1.0),
            Unit::Quarter => (1, 'M', false, 3.0),
            Unit::Month => (1, 'M', false, 1.0),
            Unit::Fortnight => (2, 'W', false, 2.0),
            Unit::Week => (2, 'W', false, 1.0),
            Unit::Day => (3, 'D', false, 1.0),
            Unit::Hour => (4, 'H', true, 1.0),
            Unit::Minute => (5, 'M', true, 1.0),
            Unit::Second => (6, 'S', true, 1.0),
            Unit::Weekend => return None,
        };
        order.push((rank, format!("{}{d}", fmt_num(n * f)), t));
    }
    order.sort_by_key(|(r, _, _)| *r);
    for (_, s, t) in order {
        if t {
            time.push_str(&s);
        } else {
            date.push_str(&s);
        }
    }
    Some(if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    })
}

/// Reads a numeric date `a/b/year`. Month first, as in US usage and most English-language
/// news wires, unless `a` cannot be a month ("25/12/2025"); an ambiguous reading (both
/// numbers 12 or less) gets rule `date:numeric-mdy`, which
/// [`settle_numeric_order`] turns day first when the same article writes another numeric
/// date that can only be day first.
fn numeric_order(a: u32, b: u32, y: i32) -> Option<(Date, &'static str)> {
    if a > 12 {
        return Date::new(y, b, a).map(|d| (d, "date:numeric-dmy"));
    }
    if b > 12 {
        return Date::new(y, a, b).map(|d| (d, "date:numeric"));
    }
    if a == b {
        return Date::new(y, a, b).map(|d| (d, "date:numeric"));
    }
    Date::new(y, a, b).map(|d| (d, "date:numeric-mdy"))
}

/// Numeric dates follow one order within an article: when one of them can only be day
/// first ("25/12/2025") and none can only be month first ("12/25/2025"), the ambiguous
/// ones ("04/11/2025") are read day first too (4 November).
pub fn settle_numeric_order(text: &str, mentions: &mut [Mention]) {
    let dmy = mentions.iter().any(|m| m.rule == "date:numeric-dmy");
    if !dmy
        || mentions
            .iter()
            .any(|m| m.rule == "date:numeric" && is_slashed_mdy(m.text(text)))
    {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.rule == "date:numeric-mdy") {
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
            m.q_mut().value = Some(serde_json::Value::String(d.to_string()));
            m.rule = "date:numeric-dmy";
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

/// Parses the date of a dateline ("March 3, 2026", "3 March 2026", "1996-08-30"); a date
/// without a year takes the nearest year to `fallback` when one is given.
pub fn parse_dateline_date(s: &str, fallback: Option<Date>) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse_iso(s) {
        return Some(d);
    }
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let month = |w: &str| month_of(&w.trim_end_matches('.').to_ascii_lowercase()).map(|m| m.0);
    let (m, day, year) = match words.as_slice() {
        [m, d, y] if month(m).is_some() => (month(m)?, d.parse().ok()?, Some(y.parse().ok()?)),
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
                let v = m.q().value.as_ref().and_then(|v| v.as_str()).unwrap_or("-");
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
        let cases = [
            ("on November 4 he met", "November 4", "2025-11-04"),
            ("Last October, he met", "Last October", "2025-10"),
            ("going back to June 2022.", "June 2022", "2022-06"),
            ("ended in 2017 by", "2017", "2017"),
            ("in the 1990s", "the 1990s", "199X"),
            ("Last week, Chen", "Last week", "2026-W09"),
            ("two years ago", "two years ago", "2024"),
            ("for three years", "three years", "P3Y"),
            ("at 3 p.m. local", "3 p.m.", "T15:00"),
            ("over recent months", "recent months", "-"),
            ("March 3, 2026", "March 3, 2026", "2026-03-03"),
        ];
        for (text, span, value) in cases {
            assert_eq!(
                one(text, r),
                (span.to_string(), value.to_string()),
                "{text}"
            );
        }
        assert_eq!(
            one("met on Tuesday", "2026-03-05"),
            ("Tuesday".into(), "2026-03-03".into())
        );
        assert!(dates("The 48-year-old may go", r).is_empty());
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2024).unwrap().to_string(), "2024-03-31");
        assert_eq!(easter(2026).unwrap().to_string(), "2026-04-05");
        assert_eq!(
            holiday_date(Rule::Thanksgiving(0), 2025)
                .unwrap()
                .to_string(),
            "2025-11-27"
        );
    }
}
