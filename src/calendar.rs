//! A proleptic Gregorian calendar date with the arithmetic that relative dates need
//! (day offsets, weekdays, ISO weeks), without a time zone.

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year (e.g. 2026).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
    pub day: u32,
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// The date, if `month` and `day` exist in `year`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The same day `n` months later (earlier when negative), clamped to the month's end.
    pub fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + self.month as i32 - 1 + n;
        let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.to_days() + 3).rem_euclid(7)) as u32
    }

    /// The ISO 8601 week: (week-numbering year, week number).
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The day of ISO 8601 week `week` of `year` and ISO weekday `weekday` (0 Monday ... 6
    /// Sunday): the inverse of [`Date::iso_week`] and [`Date::weekday`].
    pub fn from_iso_week(year: i32, week: u32, weekday: u32) -> Option<Date> {
        // Week 1 holds 4 January.
        let jan4 = Date::new(year, 1, 4)?;
        let monday = jan4.add_days(-i64::from(jan4.weekday()));
        Some(monday.add_days(7 * (i64::from(week) - 1) + i64::from(weekday)))
    }

    /// "2026-W09".
    pub fn iso_week_string(self) -> String {
        let (y, w) = self.iso_week();
        format!("{y:04}-W{w:02}")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Most dates' digits by hand, in one piece: the date recognizer writes a value for
        // most dates it finds, and three padded integers through the formatter cost several
        // times as much.
        if let (Ok(y @ 0..=9999), m @ 0..=99, d @ 0..=99) =
            (u32::try_from(self.year), self.month, self.day)
        {
            let mut b = *b"0000-00-00";
            for (at, n) in [(0, y / 100), (2, y % 100), (5, m), (8, d)] {
                b[at] = b'0' + (n / 10) as u8;
                b[at + 1] = b'0' + (n % 10) as u8;
            }
            return f.write_str(std::str::from_utf8(&b).expect("ASCII digits"));
        }
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The digits written by hand are the formatter's.
    #[test]
    fn dates_display_as_the_formatter_pads_them() {
        for (year, month, day) in [(2026, 3, 3), (1, 1, 1), (999, 12, 31), (9999, 10, 9)] {
            let d = Date { year, month, day };
            assert_eq!(d.to_string(), format!("{year:04}-{month:02}-{day:02}"));
        }
        let d = Date {
            year: -5,
            month: 1,
            day: 2,
        };
        assert_eq!(d.to_string(), "-005-01-02");
        let d = Date {
            year: 12345,
            month: 1,
            day: 2,
        };
        assert_eq!(d.to_string(), "12345-01-02");
    }

    #[test]
    fn day_arithmetic_and_weeks() {
        let d = Date::parse_iso("2026-03-03").unwrap();
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 1); // Tuesday
        assert_eq!(d.iso_week_string(), "2026-W10");
        assert_eq!(
            Date::parse_iso("2021-01-03").unwrap().iso_week(),
            (2020, 53)
        );
        assert_eq!(d.add_days(-3).to_string(), "2026-02-28");
        assert_eq!(
            Date::parse_iso("2026-03-31")
                .unwrap()
                .add_months(-1)
                .to_string(),
            "2026-02-28"
        );
        assert!(Date::parse_iso("2026-02-30").is_none());
    }
}
