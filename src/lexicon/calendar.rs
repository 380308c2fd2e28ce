//! Month and weekday names, from `data/words/calendar.tsv`: the one place the recognizers
//! learn them from ("sept" is September, "Tues" is Tuesday).

use std::sync::LazyLock;

use super::{words, FilteredMap};

/// What a calendar word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    /// A month, 1-12, and whether the word is an abbreviation.
    Month(u32, bool),
    /// A weekday, 0 (Monday) to 6, and whether the word is an abbreviation.
    Weekday(u32, bool),
}

/// The rows of one calendar list, and what a row's value names.
type Rows = &'static [(&'static str, &'static str)];
type Maker = fn(u32) -> Name;

/// Every calendar word, lower case, with what it names; behind a filter of the words,
/// which turns away nearly every other word before a hash lookup (the date scan asks
/// about most words of a sentence).
static NAMES: LazyLock<FilteredMap<&'static str, Name>> = LazyLock::new(|| {
    let value = |v: &str| v.parse::<u32>().unwrap_or(0);
    let lists: [(Rows, Maker); 4] = [
        (words::CALENDAR_MONTH, |v| Name::Month(v, false)),
        (words::CALENDAR_MONTH_ABBR, |v| Name::Month(v, true)),
        (words::CALENDAR_WEEKDAY, |v| Name::Weekday(v - 1, false)),
        (words::CALENDAR_WEEKDAY_ABBR, |v| Name::Weekday(v - 1, true)),
    ];
    lists
        .into_iter()
        .flat_map(|(rows, name)| rows.iter().map(move |&(w, v)| (w, name(value(v).max(1)))))
        .collect()
});

/// What the lower-case word `lower` names, if it is a calendar word.
#[inline]
fn name(lower: &str) -> Option<Name> {
    NAMES.get(lower).copied()
}

/// True for a month name or abbreviation or a weekday name, capitalized as in running text
/// ("March", "Sept", "Tuesday"; not "MARCH" or "march").
pub fn is_capitalized_name(word: &str) -> bool {
    // Every listed name is short lower-case ASCII: the word with its first letter lowered
    // must be one of them. The filter folds case, so it turns most words away first.
    if !NAMES.may_contain(word) {
        return false;
    }
    let b = word.as_bytes();
    let mut buf = [0u8; 24];
    if !b.first().is_some_and(u8::is_ascii_uppercase) || b.len() > buf.len() {
        return false;
    }
    buf[..b.len()].copy_from_slice(b);
    buf[0] = buf[0].to_ascii_lowercase();
    let lower = std::str::from_utf8(&buf[..b.len()]).unwrap_or("");
    matches!(name(lower), Some(Name::Month(..) | Name::Weekday(_, false)))
}

/// The month of a lower-case full or abbreviated name ("march", "mar", "sept"), 1-12, with
/// whether it was abbreviated.
pub fn month_of(lower: &str) -> Option<(u32, bool)> {
    match name(lower) {
        Some(Name::Month(m, abbr)) => Some((m, abbr)),
        _ => None,
    }
}

/// The weekday of a lower-case full or abbreviated name, 0 = Monday, with whether it was
/// abbreviated.
pub fn weekday_of(lower: &str) -> Option<(u32, bool)> {
    match name(lower) {
        Some(Name::Weekday(d, abbr)) => Some((d, abbr)),
        _ => None,
    }
}

/// True for a lower-case month name, month abbreviation or full weekday name: the words that
/// a date, not a count, follows or precedes ("March 3", "Tuesday 5").
pub fn is_month_or_weekday(lower: &str) -> bool {
    matches!(name(lower), Some(Name::Month(..) | Name::Weekday(_, false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_abbreviations_and_numbers() {
        assert_eq!(month_of("january"), Some((1, false)));
        assert_eq!(month_of("sept"), Some((9, true)));
        assert_eq!(month_of("sep"), Some((9, true)));
        assert_eq!(month_of("may"), Some((5, false)));
        assert_eq!(month_of("monday"), None);
        assert_eq!(weekday_of("monday"), Some((0, false)));
        assert_eq!(weekday_of("sunday"), Some((6, false)));
        assert_eq!(weekday_of("thurs"), Some((3, true)));
        assert!(is_month_or_weekday("dec") && is_month_or_weekday("friday"));
        assert!(!is_month_or_weekday("fri") && !is_month_or_weekday("week"));
        assert!(is_capitalized_name("March") && is_capitalized_name("Sept"));
        assert!(is_capitalized_name("Tuesday") && !is_capitalized_name("Tues"));
        assert!(!is_capitalized_name("MARCH") && !is_capitalized_name("march"));
    }

    #[test]
    fn every_month_and_day_is_named() {
        let months: Vec<u32> = words::CALENDAR_MONTH
            .iter()
            .filter_map(|(w, _)| month_of(w).map(|m| m.0))
            .collect();
        assert_eq!(months, (1..=12).collect::<Vec<_>>());
        let days: Vec<u32> = words::CALENDAR_WEEKDAY
            .iter()
            .filter_map(|(w, _)| weekday_of(w).map(|d| d.0))
            .collect();
        assert_eq!(days, (0..7).collect::<Vec<_>>());
        // Every row's value is a month or day number.
        let number = |v: &str| v.parse::<u32>().unwrap_or(0);
        for (w, v) in words::CALENDAR_MONTH_ABBR {
            assert!((1..=12).contains(&number(v)), "{w}: {v}");
        }
        for (w, v) in words::CALENDAR_WEEKDAY_ABBR {
            assert!((1..=7).contains(&number(v)), "{w}: {v}");
        }
    }
}
