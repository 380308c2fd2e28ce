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
//! | "3 p.m.", "15:30 GMT" (kind `time`), on the reference date | `2026-03-03T15:00` |
//! | "10 p.m. Wednesday", "Tuesday at noon" (kind `time`) | `2026-02-25T22:00` |
//! | "three years", "an hour", "a three-week" (kind `duration`) | `P3Y`, `PT1H`, `P3W` |
//! | "every year", "every Monday" (kind `set`) | `P1Y`, `XXXX-WXX-1` |
//! | "recent months", "several years ago" / "the coming weeks" | `PAST_REF` / `FUTURE_REF` |
//!
//! Without a reference date, what the text fixes is written with TIMEX3 placeholders:
//! "December" `XXXX-12`, "March 14" `XXXX-03-14`, "Tuesday" `XXXX-WXX-2`, "summer"
//! `XXXX-SU`, "Christmas" `XXXX-12-25` (a holiday on a fixed day); what is counted from
//! the reference has the placeholder of its granularity ("last year" `XXXX`, "two weeks
//! ago" `XXXX-WXX`, "yesterday" `XXXX-XX-XX`, "last December" `XXXX-12`): `--date` with the
//! article's date resolves them. A bare clock time is on the day its sentence names, else
//! on the reference date ([`tie_times_to_days`]).
//!
//! Relative expressions are resolved against the reference date (the dateline, else the
//! `--date` option). An expression without a year ("on Tuesday", "in June", "May 14",
//! "fourth-quarter") takes the occurrence the sentence's tense points to: the verbs before
//! it ("said", "was", "-ed" forms: past; "will", "would", "is due to", "expected", "next":
//! future; not a cue noun after a determiner, "announced the plan"), and failing those the
//! verbs right after it (first, in a clause opened after a comma: ", where the fire
//! destroyed"; and over a weak "until": "Until Thursday, it had"). News reports the past,
//! so a weekday with no tense cue is the most recent one (today included); a month, date or
//! quarter with no cue is the nearest one, a future one counting half as far again. "last
//! Tuesday" and "next Tuesday" are the Tuesdays of the previous and the next ISO week; "ahead of
//! Wednesday's vote" is the coming Wednesday. "The next day", "the following year", "three
//! days later", "that night", "the next morning", "the following Monday" are told from the
//! last date named, and those of days and weeks from the reference date before any date
//! is named ([`settle_anaphors`]).
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
//! month ("March 10-12") is one date without a value; years written as one token
//! ("2014-18", "2009-2010") are one date with `min` and `max` (2014, 2018); ends that are
//! complete dates ("from 2014 to 2018") are two dates. A range of durations that share a
//! unit ("12 to 24 months") is one duration with `min` and `max` (`P12M`, `P24M`).
//!
//! ## Where a new rule goes
//!
//! The scan (`Scan::at`, in this file) offers each token to the rule families that can
//! start there and keeps the longest reading. Each family is one file with its own
//! `impl Scan` block:
//!
//! | rule family | file |
//! | --- | --- |
//! | "2025-11-04", "11/04/2025", "23.08.2025"; day or month first | `numeric.rs` |
//! | month names: "November 4", "June 2022", "May"; datelines | `month.rs` |
//! | seasons: "summer", "last winter", "the summer of 2025", "the autumn term" | `season.rs` |
//! | weekdays and weekends: "last Tuesday", "Mon 13th", "on Mondays" | `weekday.rs` |
//! | years and their parts: "2017", "the 1990s", "Q3 2025", "FY2025" | `year.rs` |
//! | relative words: "last week", "earlier this month", "yesterday" | `relative.rs` |
//! | parts and edges: "mid-2025", "late December", "the end of the year" | `part.rs` |
//! | a number and a unit: "three years", "two years ago", "in two weeks" | `duration.rs` |
//! | sets: "every year", "twice a week", "annually" | `set.rs` |
//! | clock times and parts of the day: "3 p.m.", "15:30 GMT", "morning" | `clock.rs` |
//! | holidays: "Christmas", "Easter 2018", "Ramadan" | `holiday.rs` |
//! | the quarter in focus: "the latest quarter", "the year-ago period" | `focus.rs` |
//! | told from the last date named: "the next day", "three days later" | `anaphor.rs` |
//! | the tense that picks the year of a date written without one | `tense.rs` |
//! | units of time and TIMEX3 values ("P3Y", "2026-W08") | `timex.rs` |
//! | reading one token: a word, an integer, a day of the month, a year | `scan.rs` |
//! | which family tries where; "the" before a date; the longest wins | `mod.rs` |
//!
//! The words that begin a date are rows of `data/words/date.tsv`, a class per family of
//! rules: a row is all a new word of a family needs. A rule that starts at a new family of
//! words also needs a class there (and in `LEXICON`, `build.rs`), a `Family`, and a branch in
//! `Scan::word_first`.

mod anaphor;
mod clock;
mod duration;
mod focus;
mod holiday;
mod month;
mod numeric;
mod part;
mod relative;
mod scan;
mod season;
mod set;
mod tense;
mod timex;
mod weekday;
mod year;

pub use anaphor::{asks_anchor, settle_anaphors};
pub use clock::{asks_day, tie_times_to_days};
pub use focus::{asks_fiscal, asks_focus, settle_fiscal_quarters, settle_focus};
pub use month::parse_dateline_date;
pub use numeric::{asks_numeric_order, settle_numeric_order};
pub use year::{asks_timeline, asks_year, settle_repeated_days, settle_timeline};

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::sync::LazyLock;

use super::amount::in_code;
use super::numbers::{
    is_hyphen, lex, mark, ordinal_word, small_word, Lex, Tok, NUMBER_WORDS, ORDINAL_WORDS,
};
use crate::calendar::Date;
use crate::lexicon::words;
use crate::lexicon::{HashSlots, WordFilter, WordMarks};
use crate::model::{EntityType, Kind, Mention, Rule, Span, Value, YearBasis};
use holiday::HOLIDAYS;
use month::month_of;
use scan::{text_upper, Longest, Scan};
use season::season_of;
use timex::Unit;
use weekday::weekday_of;
use year::DECADE_WORDS;

/// The words after "the" that [`Scan::after_the`] reads a date from: the starters, parts
/// of the day, "day", decades in words and ordinals; before any other word, nothing.
static AFTER_THE: LazyLock<WordFilter> = LazyLock::new(|| {
    // Parts of the day, "day", "week", and "full" of "for the full year".
    let parts_of_day = [
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "week",
        "full",
    ];
    let decades = DECADE_WORDS.iter().map(|&(w, _)| w);
    let ordinals = ORDINAL_WORDS.iter().map(|&(w, _)| w);
    // The focus words' first tokens ("year" of "year-earlier") and periods.
    let focus = FOCUS_FIRST.iter().copied();
    WordFilter::new(
        STARTERS
            .words()
            .chain(parts_of_day)
            .chain(decades)
            .chain(ordinals)
            .chain(focus),
    )
});

/// The first tokens of the focus words and periods of `data/words/focus.tsv` ("year" of
/// "year-earlier", "latest", "quarter"): only these after "the" can begin [`Scan::focus`].
static FOCUS_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let words = words::FOCUS_WORD.iter().chain(words::FOCUS_PERIOD);
    let mut first: Vec<&str> = words
        .map(|&(w, _)| w.split('-').next().unwrap_or(w))
        .collect();
    first.sort_unstable();
    first.dedup();
    first
});

/// The family of rules a starter word begins ([`Scan::word_first`]); `Other` for the
/// calendar words, number words and holidays, which are asked about by their own lookups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Other,
    Relative,
    EarlierLater,
    Modifier,
    Boundary,
    Day,
    Count,
    Ordinal,
    Final,
    Fiscal,
    Season,
    Set,
    Times,
    Frequency,
    FrequencyAdverb,
    Recent,
    Clock,
    Weekend,
    AgoUnit,
    LongUnit,
    QuarterCode,
    /// The first word of a hyphenated focus word ("year" of "year-earlier").
    Focus,
}

/// The classes of `data/words/date.tsv` and the family of rules each word begins.
const DATE_CLASSES: [(&[(&str, &str)], Family); 19] = [
    (words::DATE_RELATIVE, Family::Relative),
    (words::DATE_EARLIER_LATER, Family::EarlierLater),
    (words::DATE_MODIFIER, Family::Modifier),
    (words::DATE_BOUNDARY, Family::Boundary),
    (words::DATE_DAY, Family::Day),
    (words::DATE_COUNT, Family::Count),
    (words::DATE_ORDINAL, Family::Ordinal),
    (words::DATE_FINAL, Family::Final),
    (words::DATE_FISCAL, Family::Fiscal),
    (words::DATE_SEASON, Family::Season),
    (words::DATE_EVERY, Family::Set),
    (words::DATE_TIMES, Family::Times),
    (words::DATE_FREQUENCY, Family::Frequency),
    (words::DATE_FREQUENCY_ADVERB, Family::FrequencyAdverb),
    (words::DATE_RECENT, Family::Recent),
    (words::DATE_CLOCK, Family::Clock),
    (words::DATE_WEEKEND, Family::Weekend),
    (words::DATE_AGO_UNIT, Family::AgoUnit),
    (words::DATE_LONG_UNIT, Family::LongUnit),
];

/// The value of `w` in a class of `data/words/date.tsv` ("noon" in `DATE_CLOCK` → "T12:00").
fn value_of(class: &'static [(&'static str, &'static str)], w: &str) -> Option<&'static str> {
    class.iter().find(|(word, _)| *word == w).map(|&(_, v)| v)
}

/// What a starter word is, settled once when the table is built: the family of rules it
/// begins and its readings as a month, a weekday, weekdays in the plural, a number word
/// and the first word of a holiday, so that the scan asks no other table about it.
#[derive(Debug, Clone, Copy)]
struct Starter {
    family: Family,
    month: Option<(u32, bool)>,
    weekday: Option<(u32, bool)>,
    /// "mondays": the weekday of a set.
    weekdays: Option<u32>,
    /// A number word ("three weeks").
    number: bool,
    /// The first word of a holiday.
    holiday: bool,
}

/// Words that can begin a date expression, each with what it is ([`Starter`]), looked up
/// by the hash that tokens carry: any other word is skipped at once.
type Starters = HashSlots<Cow<'static, str>, Starter>;

/// The starters: the words of `data/words/date.tsv`, month and weekday names, number
/// words, the first words of holidays, and a few words read by their token shape.
static STARTERS: LazyLock<Starters> = LazyLock::new(|| {
    let mut family = foldhash::HashMap::<Cow<'static, str>, Family>::default();
    for (class, f) in DATE_CLASSES {
        family.extend(class.iter().map(|&(w, _)| (Cow::Borrowed(w), f)));
    }
    // Words read by their shape, not listed: "the" ([`Scan::the_first`]); "q" and "h" glued
    // to a digit ("Q3", "H1"); "fy" glued to a year ("FY2025", "FY25").
    family.insert("the".into(), Family::Other);
    // "that day", "that night": the last date named ([`Scan::that_first`]).
    family.insert("that".into(), Family::Other);
    family.insert("q".into(), Family::QuarterCode);
    family.insert("h".into(), Family::QuarterCode);
    family.insert("fy".into(), Family::Fiscal);
    // "year-earlier profit": the hyphenated focus words begin a date on their own.
    for &(w, _) in words::FOCUS_WORD {
        if let Some((first, _)) = w.split_once('-') {
            family.entry(first.into()).or_insert(Family::Focus);
        }
    }
    let mut other = |w: Cow<'static, str>| {
        family.entry(w).or_insert(Family::Other);
    };
    // Month and weekday names and abbreviations, and weekdays in the plural ("on Mondays").
    let calendar = [
        words::CALENDAR_MONTH,
        words::CALENDAR_MONTH_ABBR,
        words::CALENDAR_WEEKDAY,
        words::CALENDAR_WEEKDAY_ABBR,
    ];
    calendar
        .iter()
        .flat_map(|l| l.iter().map(|&(w, _)| Cow::Borrowed(w)))
        .for_each(&mut other);
    let plurals = words::CALENDAR_WEEKDAY
        .iter()
        .map(|&(w, _)| format!("{w}s"));
    plurals.map(Cow::Owned).for_each(&mut other);
    // Number words ("three weeks ago"); "zero" starts no date.
    NUMBER_WORDS[1..]
        .iter()
        .map(|&w| Cow::Borrowed(w))
        .for_each(&mut other);
    HOLIDAYS
        .iter()
        .map(|h| Cow::Borrowed(h.0[0].as_str()))
        .for_each(&mut other);
    Starters::new(family.into_iter().map(|(w, family)| {
        let weekdays = (w.len() > 6 && w.ends_with('s'))
            .then(|| weekday_of(&w[..w.len() - 1]))
            .flatten()
            .and_then(|(d, abbr)| (!abbr).then_some(d));
        let starter = Starter {
            family,
            month: month_of(&w),
            weekday: weekday_of(&w),
            weekdays,
            number: small_word(&w).is_some(),
            holiday: holiday::starts_holiday(&w),
        };
        (w, starter)
    }))
});

/// Adds [`mark::DATE_START`] to the [`STARTERS`] and to the apostrophe of "'90s": a token
/// without it begins no date.
pub(crate) fn add_marks(marks: &mut WordMarks) {
    marks.add(mark::DATE_START, STARTERS.words());
    marks.add_ascii(mark::DATE_START, b'\'');
}

/// A date found in the tokens: `start..end` (token indices), kind, value, rule.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    kind: Kind,
    value: Option<String>,
    rule: Rule,
    /// How the year was chosen, for a date written without one.
    year: Option<YearBasis>,
}

impl Found {
    fn new(start: usize, end: usize, kind: Kind, value: Option<String>, rule: Rule) -> Self {
        Found {
            start,
            end,
            kind,
            value,
            rule,
            year: None,
        }
    }

    /// A date told from the last date named ([`Rule::DateAnaphor`]): its value is set
    /// after the sentence's scan (`settle_anaphors`).
    fn anaphor(start: usize, end: usize) -> Self {
        Found::new(start, end, Kind::Date, None, Rule::DateAnaphor)
    }

    /// The date with how its year was chosen.
    fn with_year(self, year: Option<YearBasis>) -> Self {
        Found { year, ..self }
    }
}

/// Adds the dates of one sentence to `out`, resolved against `reference` (the sentence
/// read as no headline).
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
        find_in(text, sentence, reference, toks, &low, false, out);
    });
}

/// [`find_in_tokens`] with the sentence's text in ASCII lower case, `low`, made by the
/// caller (for many sentences at once), and whether the sentence is the article's
/// headline ([`crate::segment::Structure::title`]), whose present tells of the past.
pub fn find_in_lowered(
    text: &str,
    sentence: Span,
    toks: &[Tok],
    reference: Option<Date>,
    low: &str,
    headline: bool,
    out: &mut Vec<Mention>,
) {
    debug_assert_eq!(low.len(), sentence.end - sentence.start);
    find_in(text, sentence, reference, toks, low, headline, out);
}

fn find_in(
    text: &str,
    sentence: Span,
    reference: Option<Date>,
    toks: &[Tok],
    low: &str,
    headline: bool,
    out: &mut Vec<Mention>,
) {
    let scan = Scan {
        text,
        low,
        base: sentence.start,
        toks,
        r: reference,
        depth: Cell::new(0),
        cut: Cell::new(false),
        empty: Cell::new(usize::MAX),
        headline,
    };
    let starters: &Starters = &STARTERS;
    let mut i = 0;
    while i < toks.len() {
        // Most tokens start nothing: told by their marks (numbers have them all); and the
        // word after "the" that was read in full with it.
        if toks[i].marks & mark::DATE_START == 0 || i == scan.empty.get() {
            i += 1;
            continue;
        }
        // The others are told apart before the full scan.
        let found = match toks[i].kind {
            Lex::Number => scan.at(i),
            // The token's hash is its lower-case form's: the hash folds ASCII case.
            Lex::Word
                if starters.may_get(toks[i].hash) && !the_before_other_word(text, toks, i) =>
            {
                scan.at_word(i)
            }
            // An apostrophe, told by its bytes ("'", "’"), glued to a number ("'90s").
            Lex::Punct
                if matches!(text.as_bytes()[toks[i].start], b'\'' | 0xE2)
                    && matches!(
                        &text.as_bytes()[toks[i].start..toks[i].end],
                        b"'" | b"\xE2\x80\x99"
                    )
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| t.glued && t.kind == Lex::Number) =>
            {
                scan.at(i)
            }
            // Most tokens: on to the next at once.
            _ => {
                i += 1;
                continue;
            }
        };
        match found
            .map(|f| scan.with_day(f))
            .map(|f| scan.run_across_months(f))
        {
            // Numbers inside a URL or a query string are not dates.
            Some(f)
                if f.end > f.start
                    && f.end <= toks.len()
                    && !in_code(text, toks[f.start].start)
                    && (f.rule == Rule::DateHoliday || !scan.titled(f.start, f.end)) =>
            {
                let mut m = Mention::new(
                    EntityType::Date,
                    Span::new(toks[f.start].start, toks[f.end - 1].end),
                    f.rule,
                );
                m.kind = Some(f.kind);
                m.year = f.year.filter(|_| f.value.is_some());
                // A value is kept when its year has four digits: a reference date near
                // 0001 or 9999 can move "next week" to a year ISO 8601 cannot write.
                let years = f.value.as_deref().filter(|_| f.rule == Rule::DateYears);
                if let Some((a, b)) = years.and_then(|v| v.split_once('/')) {
                    // "2009-2010": one date from 2009 to 2010.
                    if let (Ok(a), Ok(b)) = (a.parse::<f64>(), b.parse::<f64>()) {
                        m.q_mut().value = Some(Value::Range(a, b));
                    }
                } else if let Some(v) = f.value.filter(|v| timex::four_digit_year(v)) {
                    m.q_mut().value = Some(Value::Text(v.into()));
                }
                out.push(m);
                i = f.end;
            }
            _ => i += 1,
        }
    }
}

/// "the" at token `i` before a word that no reading after "the" can use
/// ([`Scan::the_first`]): nothing starts there, told without the scan.
#[inline]
fn the_before_other_word(text: &str, toks: &[Tok], i: usize) -> bool {
    let t = toks[i];
    t.hash == WordFilter::hash_parts(b't', b'e', 3)
        && text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(b"the")
        && toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Lex::Word && !AFTER_THE.may_contain_hash(n.hash))
}

impl Scan<'_> {
    /// The date that starts at token `i`, if any.
    fn at(&self, i: usize) -> Option<Found> {
        self.nested(|| self.at_depth(i))
    }

    /// [`Scan::at`] at a word: a count word that no unit of time follows ("a", "many") is
    /// settled before the readers are asked.
    fn at_word(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        if w == "the" {
            return self.nested(|| self.the_first(i));
        }
        if w == "that" {
            return self.that_first(i);
        }
        let starter = STARTERS.get(self.toks[i].hash, w)?;
        // A count word begins only a number and a unit ([`Scan::word_first`]), and the unit
        // must come within four tokens ([`Scan::number_unit`]).
        let count_only = starter.family == Family::Count
            && !starter.number
            && !starter.holiday
            && starter.month.is_none()
            && starter.weekday.is_none()
            && starter.weekdays.is_none()
            && matches!(
                w,
                "a" | "an" | "several" | "few" | "many" | "couple" | "half"
            );
        if count_only && (i + 1..=i + 4).all(|k| self.unit_at(k).is_none()) {
            return None;
        }
        self.nested(|| self.word_first(i, w, starter))
    }

    fn at_depth(&self, i: usize) -> Option<Found> {
        match self.kind(i)? {
            Lex::Number => self.number_first(i),
            Lex::Word => {
                let w = self.w(i);
                // "the", the commonest starter, is settled without a set lookup.
                if w == "the" {
                    return self.the_first(i);
                }
                if w == "that" {
                    return self.that_first(i);
                }
                let starter = STARTERS.get(self.toks[i].hash, w)?;
                self.word_first(i, w, starter)
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
        // A number glued to a word or code before it is part of it ("G7", "COVID-19"); not
        // the second end of "9am-5pm", a time of its own.
        if i > 0 && self.glued(i) {
            let p = self.t(i - 1);
            if matches!(self.kind(i - 1), Some(Lex::Word | Lex::Number))
                || matches!(
                    p,
                    "$" | "€" | "£" | "¥" | "#" | "+" | "." | "," | "/" | ":" | "@"
                )
                || (is_hyphen(p)
                    && self.glued(i - 1)
                    && i > 1
                    && !(matches!(self.w(i - 2).as_bytes().last(), Some(b'm' | b'.'))
                        && self.any(i - 2, clock::MERIDIEM_WORDS)))
            {
                // "10-15 minutes": a range of durations, read from its second count.
                return is_hyphen(p).then(|| self.dash_range(i)).flatten();
            }
        }
        // Most numbers are followed by a word that only a year's or a unit's reader can
        // use: the others, which would find nothing, are not asked.
        if !self.more_after_number(i) {
            let dotted = self.text.as_bytes()[self.toks[i].start..self.toks[i].end].contains(&b'.');
            let mut cands = Longest::default();
            if dotted {
                cands.offer(self.iso_or_numeric(i));
            }
            cands.offer(self.number_unit(i));
            cands.offer(self.year(i));
            // "18 and 19 June", "June 18 and 19": a day after or before another.
            if self.t(i).len() <= 2 {
                cands.offer(self.coordinated_day(i));
            }
            return cands.0;
        }
        // Offered one by one: no array of candidates to move.
        let mut cands = Longest::default();
        cands.offer(self.century(i));
        cands.offer(self.iso_or_numeric(i));
        cands.offer(self.day_month(i));
        cands.offer(self.time(i));
        cands.offer(self.number_unit(i));
        cands.offer(self.decade(i, i));
        cands.offer(self.year(i));
        if self.t(i).len() <= 2 {
            cands.offer(self.coordinated_day(i));
        }
        cands.0
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

    /// The date that starts at the word `w` (token `i`), of the family `family`.
    fn word_first(&self, i: usize, w: &str, starter: &Starter) -> Option<Found> {
        let mut cands = Longest::default();
        if let Some((m, abbr)) = starter.month {
            cands.offer(self.month(i, i, m, abbr, None));
        }
        if let Some((d, abbr)) = starter.weekday {
            cands.offer(self.weekday(i, i, d, abbr, None));
        }
        if let Some(d) = starter.weekdays {
            cands.offer(self.weekday_set(i, d));
        }
        let family = starter.family;
        match family {
            Family::Relative => {
                // "half past nine", "twenty past eight": read from the "past".
                if w == "past" && i > 0 {
                    cands.offer(self.spoken_clock(i - 1));
                }
                cands.offer(self.relative(i, i, w));
            }
            Family::EarlierLater => cands.offer(self.earlier_later(i)),
            Family::Modifier => cands.offer(self.modified(i)),
            Family::Boundary => cands.offer(self.boundary(i)),
            Family::Day => cands.offer(self.day_word(i)),
            Family::Set => cands.offer(self.set(i, false)),
            Family::Times => cands.offer(self.set(i, true)),
            Family::Frequency => cands.offer(self.set_adverb(i, true)),
            Family::FrequencyAdverb => cands.offer(self.set_adverb(i, false)),
            Family::Recent => cands.offer(self.vague_plural(i, i + 1)),
            Family::Clock => {
                let v = value_of(words::DATE_CLOCK, w);
                cands.offer(Some(Found::new(
                    i,
                    i + 1,
                    Kind::Time,
                    v.map(String::from),
                    Rule::TimeNoon,
                )));
            }
            Family::QuarterCode => cands.offer(self.quarter_code(i)),
            Family::Focus => cands.offer(self.focus(i)),
            Family::Final => cands.offer(self.final_period(i)),
            Family::Fiscal => cands.offer(self.fiscal(i)),
            Family::Weekend => cands.offer(self.weekend(i, i, None)),
            Family::Season => {
                // "that summer": the last date named's ([`settle_anaphors`]).
                if i > 0 && self.w(i - 1) == "that" && !self.glued_alnum_after(i) {
                    cands.offer(Some(Found::anaphor(i - 1, i + 1)));
                } else if let Some((code, first)) = season_of(w) {
                    cands.offer(self.season(i, i, code, first, None));
                }
            }
            // "days ago", a vague time before the time of writing; "years later", no
            // value.
            Family::AgoUnit => {
                if self.any(i + 1, &["ago", "later", "earlier"]) {
                    let value = (self.w(i + 1) == "ago").then(|| timex::PAST_REF.to_string());
                    cands.offer(Some(Found::new(
                        i,
                        i + 2,
                        Kind::Date,
                        value,
                        Rule::DateRelative,
                    )));
                } else {
                    cands.offer(self.long_span(i).or_else(|| self.bare_units(i)));
                }
            }
            Family::LongUnit => cands.offer(self.long_span(i)),
            Family::Ordinal => {
                if let Some(d) = ordinal_word(w) {
                    cands.offer(self.ordinal_period(i, i, d));
                }
            }
            Family::Count | Family::Other => {}
        }
        if starter.number {
            cands.offer(self.spelled_year(i));
            // A day in words needs its month, capitalised, within three tokens; an hour in
            // words its "o'clock", "in" or "at" right after it.
            let capital = |t: &Tok| t.kind == Lex::Word && text_upper(self.text, t);
            if self.toks[i + 1..(i + 4).min(self.toks.len())]
                .iter()
                .any(capital)
            {
                cands.offer(self.spoken_day_month(i));
            }
            if self.any(i + 1, &["o", "in", "at"]) {
                cands.offer(self.word_clock(i));
            }
        }
        if starter.holiday {
            cands.offer(self.holiday(i, i, None));
        }
        if self.kind(i) == Some(Lex::Word) && (starter.number || family == Family::Count) {
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
            // "the 71st day of 2026".
            if let Some(f) = (self.t(j + 2) == "day")
                .then(|| self.day_of_year(j))
                .flatten()
            {
                return Some(f);
            }
            // "the 9th month of 2027", "the 15th day of next month".
            let nth = self
                .day_at(j)
                .filter(|&(_, e)| e > j + 1 && self.any(e, &["day", "month"]));
            if let Some(f) = nth.and_then(|(n, e)| self.ordinal_period(j, e - 1, n)) {
                return Some(f);
            }
            // "the 20th"; "the 1988 third quarter", "the 1988 period".
            return self.day_of_month(j).or_else(|| self.focus(j));
        }
        if matches!(self.t(j), "'" | "’") {
            return self.decade(i, j + 1);
        }
        let family = (self.kind(j) == Some(Lex::Word))
            .then(|| STARTERS.get(self.toks[j].hash, w))
            .flatten()
            .map(|s| s.family);
        let modifier = family == Some(Family::Modifier);
        // "the mid-1990s", "the late 19th century" keep their "the" too.
        let with_the = |mut f: Found| {
            if matches!(f.rule, Rule::DateDecade | Rule::DateCentury) {
                f.start = i;
            }
            f
        };
        if modifier && self.is_num(j + 1) {
            return self
                .decade(i, j + 1)
                .map(|mut f| {
                    f.start = i;
                    f
                })
                .or_else(|| self.modified(j).map(with_the));
        }
        if modifier && is_hyphen(self.t(j + 1)) && self.is_num(j + 2) {
            return self.modified(j).map(with_the);
        }
        // "the nineties", "the early noughties": the decade keeps its "the" and its
        // modifier, and its value.
        let k = if modifier { j + 1 } else { j };
        if let Some(&(_, d)) = DECADE_WORDS.iter().find(|(name, _)| *name == self.w(k)) {
            let f = Found::new(i, k + 1, Kind::Date, Some(d.into()), Rule::DateDecade);
            return Some(f);
        }
        // The focus words and periods are few: the commonest "the" + word skips the reader.
        if FOCUS_FIRST.contains(&w) {
            if let Some(f) = self.focus(j) {
                return Some(f);
            }
        }
        match family {
            // "the this" is read as "this" alone, below.
            Some(Family::Relative) if w != "this" => return self.relative(j, i, w),
            Some(Family::Boundary) => return self.boundary(j),
            Some(Family::Weekend) => return self.weekend(j, i, None),
            _ => {}
        }
        match w {
            // "the year before", "the week after next", "the year to date".
            "week" | "month" | "year" if self.any(j + 1, &["before", "after", "to"]) => {
                self.period_told(j)
            }
            // "in the morning", "during the afternoon": a part of the day.
            "morning" | "afternoon" | "evening"
                if i > 0
                    && self.any(
                        i - 1,
                        &["in", "during", "throughout", "that", "early", "late"],
                    ) =>
            {
                let code = self.part_of_day(j)?;
                Some(Found::new(
                    j,
                    j + 1,
                    Kind::Time,
                    Some(code.into()),
                    Rule::TimePart,
                ))
            }
            // "for the year ended Sept. 30", "during the year": a year's span; "For the
            // year, sales rose", "a high for the year.", "nine months of the year": the
            // year of the report, as results use it (a bare "the year" elsewhere is no date).
            "year" | "fiscal" | "full"
                if i > 0
                    && self.any(i - 1, &["for", "in", "during", "over", "through", "of"])
                    && (w == "year" || self.w(j + 1) == "year") =>
            {
                let end = if w == "year" { j + 1 } else { j + 2 };
                // "the fiscal year that starts in July" is a year to come, not a span.
                let ended = self.any(end, &["ended", "ending", "through"]);
                if (self.is_word(end) && !ended) || self.is_num(end) || self.any(end, &["-", "'"]) {
                    return None;
                }
                // "Footballer of the Year": a title's word, no date.
                if self.cap(j) {
                    return None;
                }
                if !ended && self.any(i - 1, &["for", "in", "of"]) {
                    let value = self.shifted(0, Unit::Year);
                    return Some(Found::new(j, end, Kind::Date, value, Rule::DateRelative));
                }
                let value = Some("P1Y".to_string());
                Some(Found::new(j, end, Kind::Duration, value, Rule::Duration))
            }
            // "the week of March 6", "the week beginning 4 February".
            "week" if self.any(j + 1, &["of", "beginning", "starting", "commencing"]) => {
                self.week_of(j)
            }
            // "For the week, the index fell", "the week's busiest session": the week of the
            // reference date, as market reports use it.
            "week"
                if (i > 0 && self.any(i - 1, &["for", "during"]))
                    || (matches!(self.t(j + 1), "'" | "’") && self.w(j + 2) == "s") =>
            {
                let value = self.shifted(0, Unit::Week);
                Some(Found::new(j, j + 1, Kind::Date, value, Rule::DateRelative))
            }
            "day" => {
                // "the day before yesterday", "the day after tomorrow".
                let v = match (self.w(j + 1), self.w(j + 2)) {
                    ("before", "yesterday") => -2,
                    ("after", "tomorrow") => 2,
                    // "the day before", "the day after": the last date named
                    // (`settle_anaphors`).
                    ("before" | "after", _) if !self.is_word(j + 2) && !self.is_num(j + 2) => {
                        return Some(Found::anaphor(j, j + 2));
                    }
                    // "the day after his death": a day told by an event, no value.
                    ("before" | "after", _) if self.is_word(j + 2) => {
                        return Some(Found::new(j, j + 1, Kind::Date, None, Rule::DateRelative));
                    }
                    _ => return None,
                };
                let value = Some(self.day(v));
                Some(Found::new(j, j + 3, Kind::Date, value, Rule::DateDay))
            }
            // "the night before", "the morning after": that part of the day before or
            // after the last date named (`settle_anaphors`).
            "morning" | "afternoon" | "evening" | "night"
                if self.any(j + 1, &["before", "after"])
                    && !self.is_word(j + 2)
                    && !self.is_num(j + 2) =>
            {
                Some(Found::anaphor(j, j + 2))
            }
            _ => {
                if let Some(d) = ordinal_word(w) {
                    return self.ordinal_period(j, j, d);
                }
                // Read at the top level ("the" there), nothing found and nothing cut: the
                // scan's own turn at `j` would find nothing either, and is skipped.
                let cut = self.cut.replace(false);
                let f = self.at(j);
                if f.is_none() && self.depth.get() == 1 && !self.cut.get() {
                    self.empty.set(j);
                }
                self.cut.set(cut || self.cut.get());
                let f = f?;
                (f.start == j).then_some(f)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dates of `text` read against `reference`: each one's text and value ("-" for
    /// none), after the resolver, as the pipeline reports them.
    pub(super) fn dates(text: &str, reference: &str) -> Vec<(String, String)> {
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
                let v = m.q().value.as_ref().and_then(Value::as_str).unwrap_or("-");
                (m.text(text).to_string(), v.to_string())
            })
            .collect()
    }

    #[test]
    fn every_date_word_is_a_starter_of_its_family() {
        for (class, family) in DATE_CLASSES {
            assert!(!class.is_empty());
            for &(w, _) in class {
                let starter = STARTERS.get(WordFilter::hash(w), w);
                assert_eq!(starter.map(|s| s.family), Some(family), "{w}");
                assert!(AFTER_THE.may_contain(w), "{w}");
            }
        }
    }

    #[test]
    fn every_date_value_is_read() {
        for &(w, _) in words::DATE_SEASON {
            assert!(season::season_of(w).is_some(), "{w}");
        }
        for &(w, v) in words::DATE_DAY {
            let (off, part) = v.split_at(v.find('T').unwrap_or(v.len()));
            assert!(off.parse::<i64>().is_ok(), "{w}: {v}");
            assert!(
                matches!(part, "" | "TMO" | "TAF" | "TEV" | "TNI"),
                "{w}: {v}"
            );
        }
        for list in [words::DATE_FREQUENCY, words::DATE_FREQUENCY_ADVERB] {
            assert!(list.iter().all(|(_, v)| v.starts_with('P')), "{list:?}");
        }
        assert!(words::DATE_CLOCK.iter().all(|(_, v)| v.starts_with('T')));
        let dates = dates(
            "We met at noon, then every summer and twice a year, paid monthly.",
            "2026-03-03",
        );
        let texts: Vec<&str> = dates.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["noon", "every summer", "twice a year", "monthly"]);
    }

    /// The one date of `text`, as [`dates`] reads it.
    pub(super) fn one(text: &str, reference: &str) -> (String, String) {
        let d = dates(text, reference);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        d[0].clone()
    }

    /// Asserts that each `(text, span, value)` has that one date.
    pub(super) fn check(reference: &str, cases: &[(&str, &str, &str)]) {
        for &(text, span, value) in cases {
            assert_eq!(
                one(text, reference),
                (span.to_string(), value.to_string()),
                "{text}"
            );
        }
    }
}
