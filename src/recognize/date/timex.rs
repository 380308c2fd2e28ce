//! Units of time and the TIMEX3 values built from them: durations ("P3Y", "PT2H"),
//! the reference date moved by some units ("2026-W08"), dates counted from another.

use crate::calendar::Date;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
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

/// Every word [`unit_of`] reads, for the filter of [`super::Scan::unit_at`].
pub(super) const UNIT_WORDS: [&str; 32] = crate::lexicon::calendar::TIME_UNIT_WORDS;

/// The unit of a word ("years", "hrs", "fortnight"), with whether it is plural.
pub(super) fn unit_of(w: &str) -> Option<(Unit, bool)> {
    let u = match w {
        "second" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" | "mins" | "min" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        // The nights of a stay are days; a night alone is a part of the day.
        "days" | "nights" => (Unit::Day, true),
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
pub(super) fn duration_value(n: Option<f64>, unit: Unit) -> Option<String> {
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
        // "half an hour": PT30M rather than PT0.5H; "an hour and a half", "2 1/2 years",
        // "a day and a half": the whole units and the rest in the next smaller one, as
        // TIMEX3 writes them (PT1H30M, P2Y6M, P1DT12H).
        Some(n) if n.fract() != 0.0 && n > 0.0 => {
            let (per, smaller) = match unit {
                Unit::Hour => (60.0, "M"),
                Unit::Minute => (60.0, "S"),
                Unit::Year => (12.0, "M"),
                Unit::Day => (24.0, "TH"),
                _ => (0.0, ""),
            };
            let rest = n.fract() * per;
            if per == 0.0 || rest.fract() != 0.0 {
                format!("P{t}{}{designator}", fmt_num(n * factor))
            } else {
                // "TH": a day's rest in hours after the time designator.
                let (sep, last) = smaller.split_at(smaller.len() - 1);
                let whole = match n.trunc() {
                    0.0 => String::new(),
                    w => format!("{}{designator}", fmt_num(w)),
                };
                format!("P{t}{whole}{sep}{}{last}", fmt_num(rest))
            }
        }
        Some(n) => {
            // The commonest value, built without the formatting machinery.
            let mut v = String::with_capacity(8);
            v.push('P');
            v.push_str(t);
            push_num(&mut v, n * factor);
            v.push(designator);
            v
        }
        None => format!("P{t}X{designator}"),
    })
}

/// Appends [`fmt_num`] of `n` to `out`; whole numbers are written digit by digit.
fn push_num(out: &mut String, n: f64) {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        let v = n as i64;
        if v < 0 {
            out.push('-');
        }
        let mut digits = [0u8; 20];
        let mut k = digits.len();
        let mut m = v.unsigned_abs();
        loop {
            k -= 1;
            digits[k] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        out.extend(digits[k..].iter().map(|&d| char::from(d)));
    } else {
        out.push_str(&fmt_num(n));
    }
}

/// A number as TIMEX3 values write it: whole numbers without a point, others with up to
/// four decimals and no trailing zeros.
fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// True unless `value` starts with a year of more than four digits or a minus sign
/// ("10000-W01", "-0001"): values with a year ISO 8601 and TIMEX3 write in four digits,
/// durations ("P3Y") and placeholders ("XXXX-12").
pub(super) fn four_digit_year(value: &str) -> bool {
    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
    digits <= 4 && !value.starts_with('-')
}

/// A day of a month, of year `year` or of an unknown one: "2026-03-14", "XXXX-03-14".
pub(super) fn month_day(year: Option<i32>, month: u32, day: u32) -> String {
    let mut s = match year {
        Some(y) => ym(y, month),
        None => with_number("XXXX-", month, 2),
    };
    s.push('-');
    push_padded(&mut s, day, 2);
    s
}

/// The ISO week of the day a value opens with ("2026-07-18", the first day of
/// "2026-07-18/2026-07-19"): "2026-W29"; of an unknown week ("XXXX-WXX") when its year is
/// unknown ("XXXX-07-18").
pub(super) fn week_of_day(v: &str) -> String {
    match Date::parse_iso(v.get(..10).unwrap_or(v)) {
        Some(d) => d.iso_week_string(),
        None => "XXXX-WXX".to_string(),
    }
}

pub(super) fn ym(year: i32, month: u32) -> String {
    let mut s = year_text(year);
    s.push('-');
    push_padded(&mut s, month, 2);
    s
}

/// `prefix` and then `n` in `width` digits at least, as `format!("{prefix}{n:0width$}")`
/// writes it ("XXXX-03", "XXXX-WXX-2"): the one or two digits of most by hand.
pub(super) fn with_number(prefix: &str, n: u32, width: usize) -> String {
    let mut s = String::with_capacity(prefix.len() + 8);
    s.push_str(prefix);
    push_padded(&mut s, n, width);
    s
}

/// Appends `n` in `width` digits at least, as `{n:0width$}` writes it.
pub(super) fn push_padded(s: &mut String, n: u32, width: usize) {
    let digit = |d: u32| char::from(b'0' + d as u8);
    match n {
        0..=9 if width <= 1 => s.push(digit(n)),
        0..=99 if width <= 2 => {
            s.push(digit(n / 10));
            s.push(digit(n % 10));
        }
        _ => {
            use std::fmt::Write;
            let _ = write!(s, "{n:0width$}");
        }
    }
}

/// A year as TIMEX3 writes it, `format!("{year:04}")`: the four digits of most years by
/// hand (a value is written for most years found).
pub(super) fn year_text(year: i32) -> String {
    match u32::try_from(year) {
        Ok(y @ 0..=9999) => {
            let mut s = String::with_capacity(10);
            for n in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
                s.push(char::from(b'0' + n as u8));
            }
            s
        }
        _ => format!("{year:04}"),
    }
}

/// The value of a vague stretch before the time of writing ("recent years", "several
/// years ago"): TIMEX3's `PAST_REF`.
pub(super) const PAST_REF: &str = "PAST_REF";

/// The value of a vague stretch after the time of writing ("the coming months"): TIMEX3's
/// `FUTURE_REF`.
pub(super) const FUTURE_REF: &str = "FUTURE_REF";

/// A date counted from the time of writing when no reference date is known: the TIMEX3
/// placeholder of its granularity ("last year": `XXXX`, "two weeks ago": `XXXX-WXX`,
/// "yesterday": `XXXX-XX-XX`). `None` for clock units, weekends, decades and centuries.
pub(super) fn placeholder(unit: Unit) -> Option<String> {
    let p = match unit {
        Unit::Day => "XXXX-XX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        _ => return None,
    };
    Some(p.to_string())
}

/// The reference date moved by `n` units, at the unit's granularity ("two weeks ago":
/// a week, "two years ago": a year). `None` for clock units and weekends.
pub(super) fn shift(r: Date, n: i64, unit: Unit) -> Option<String> {
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

/// A date `n` units after the anchor's value (before it when `n` is negative): a day
/// stays a day ("2026-03-06"), a year moved by years stays a year.
pub(super) fn anchored(anchor: Option<&str>, n: Option<f64>, unit: Unit) -> Option<String> {
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

/// The TIMEX3 duration of counted units taken together ("2 years 1 month" `P2Y1M`, "2:18:40"
/// `PT2H18M40S`), largest first; `None` when a count is unknown or a unit has no letter.
pub(super) fn compound_duration(parts: &[(Option<f64>, Unit)]) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The digits written by hand are the formatter's.
    #[test]
    fn numbers_and_years_are_padded_as_the_formatter_pads_them() {
        for n in [0, 1, 7, 9, 10, 12, 31, 99, 100, 123, 4567] {
            assert_eq!(with_number("XXXX-", n, 2), format!("XXXX-{n:02}"));
            assert_eq!(with_number("XXXX-WXX-", n, 1), format!("XXXX-WXX-{n}"));
        }
        for y in [-12, 0, 7, 999, 1000, 2026, 9999, 10_000] {
            assert_eq!(year_text(y), format!("{y:04}"));
            assert_eq!(ym(y, 3), format!("{y:04}-03"));
        }
        assert_eq!(ym(2026, 123), "2026-123");
    }

    /// [`push_num`] writes what [`fmt_num`] does.
    #[test]
    fn numbers_are_pushed_as_formatted() {
        for n in [
            0.0,
            1.0,
            3.0,
            10.0,
            120.0,
            -4.0,
            0.5,
            2.25,
            1e14,
            1e15,
            123456789.0,
            -0.0,
        ] {
            let mut s = String::new();
            push_num(&mut s, n);
            assert_eq!(s, fmt_num(n), "{n}");
        }
    }

    /// [`UNIT_WORDS`] lists exactly the words of [`unit_of`]'s arms.
    #[test]
    fn unit_words_are_the_words_of_unit_of() {
        let src = include_str!("timex.rs");
        let body = src.split("let u = match w {").nth(1).unwrap();
        let body = body.split("_ => return None").next().unwrap();
        let mut arms: Vec<&str> = body.split('"').skip(1).step_by(2).collect();
        let mut listed = UNIT_WORDS.to_vec();
        arms.sort_unstable();
        listed.sort_unstable();
        assert_eq!(arms, listed);
        assert!(UNIT_WORDS.iter().all(|w| unit_of(w).is_some()));
    }
}
