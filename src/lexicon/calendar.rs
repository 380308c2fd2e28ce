//! Month and weekday names, from `data/words/calendar.tsv`: the one place the recognizers
//! learn them from ("sept" is September, "Tues" is Tuesday).

use super::{class, classes, Listing, WordList};

/// The calendar words whose capitalized form counts as a name: full months and weekdays
/// and month abbreviations ("March", "Sept", "Tuesday").
static CAPITALIZED: WordList = WordList::any(&[
    class::CALENDAR_MONTH,
    class::CALENDAR_MONTH_ABBR,
    class::CALENDAR_WEEKDAY,
]);

/// What a calendar word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    /// A month, 1-12, and whether the word is an abbreviation.
    Month(u32, bool),
    /// A weekday, 0 (Monday) to 6, and whether the word is an abbreviation.
    Weekday(u32, bool),
}

/// What a calendar list's value makes of a word.
type Maker = fn(u32) -> Name;

/// What the lower-case form of a looked-up word names, if it is a calendar word: a weekday
/// abbreviation before a weekday, a month abbreviation, a month (the last list that has the
/// word wins).
fn name_of(listing: &Listing, classes: super::Classes) -> Option<Name> {
    let lists: [(super::Class, Maker); 4] = [
        (class::CALENDAR_WEEKDAY_ABBR, |v| Name::Weekday(v - 1, true)),
        (class::CALENDAR_WEEKDAY, |v| Name::Weekday(v - 1, false)),
        (class::CALENDAR_MONTH_ABBR, |v| Name::Month(v, true)),
        (class::CALENDAR_MONTH, |v| Name::Month(v, false)),
    ];
    let (c, name) = lists.into_iter().find(|(c, _)| classes.has(*c))?;
    let value = listing
        .lower_value(c)
        .map_or(0, |v| v.parse::<u32>().unwrap_or(0));
    Some(name(value.max(1)))
}

/// What the lower-case word `lower` names, if it is a calendar word.
#[inline]
fn name(lower: &str) -> Option<Name> {
    let listing = classes(lower);
    name_of(&listing, listing.exact)
}

/// True for a month name or abbreviation or a weekday name, capitalized as in running text
/// ("March", "Sept", "Tuesday"; not "MARCH" or "march").
pub fn is_capitalized_name(word: &str) -> bool {
    is_capitalized_name_hashed(word, super::WordFilter::hash(word))
}

/// [`is_capitalized_name`] for a word whose [`super::WordFilter::hash`] is `h` (tokens
/// carry it).
#[inline]
pub fn is_capitalized_name_hashed(word: &str, h: u64) -> bool {
    // Most words leave at the filter, without a call.
    CAPITALIZED.may_contain_hash(h) && is_listed_capitalized_name(word)
}

/// False when the word of [`super::WordFilter::hash`] `h` is surely no month or weekday
/// name ([`is_capitalized_name_hashed`] says no without reading the word).
#[inline]
pub fn may_be_capitalized_name(h: u64) -> bool {
    CAPITALIZED.may_contain_hash(h)
}

/// [`is_capitalized_name`] for a word that the filter of calendar words passed.
fn is_listed_capitalized_name(word: &str) -> bool {
    // Every listed name is short lower-case ASCII: the word with its first letter lowered
    // must be one of them.
    let b = word.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase)
        || b.len() > 24
        || b[1..].iter().any(u8::is_ascii_uppercase)
    {
        return false;
    }
    let listing = classes(word);
    matches!(
        name_of(&listing, listing.lower),
        Some(Name::Month(..) | Name::Weekday(_, false))
    )
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

/// True for a full weekday name in any case ("Saturday", "SATURDAY"; not "Sat"), asked
/// without lower-casing a copy.
pub fn is_full_weekday(word: &str) -> bool {
    let listing = classes(word);
    matches!(
        name_of(&listing, listing.lower),
        Some(Name::Weekday(_, false))
    )
}

/// True for a lower-case month name, month abbreviation or full weekday name: the words that
/// a date, not a count, follows or precedes ("March 3", "Tuesday 5").
pub fn is_month_or_weekday(lower: &str) -> bool {
    matches!(name(lower), Some(Name::Month(..) | Name::Weekday(_, false)))
}

/// The words of units of time, in the singular and the plural and abbreviated ("years",
/// "hrs", "fortnight"), and the nights of a stay ("two nights", days): what the date
/// recognizer reads as a unit, and what makes a number before it no count.
pub const TIME_UNIT_WORDS: [&str; 32] = [
    "second",
    "seconds",
    "secs",
    "minute",
    "minutes",
    "mins",
    "min",
    "hour",
    "hr",
    "hours",
    "hrs",
    "day",
    "days",
    "nights",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "yr",
    "years",
    "yrs",
    "decade",
    "decades",
    "century",
    "centuries",
    "weekend",
    "weekends",
];

#[cfg(test)]
mod tests {

    #[test]
    fn full_weekdays_in_any_case() {
        for w in ["Saturday", "SATURDAY", "saturday", "Tuesday"] {
            assert!(super::is_full_weekday(w), "{w}");
        }
        for w in ["Sat", "Tues", "Holiday", "Today", "March"] {
            assert!(!super::is_full_weekday(w), "{w}");
        }
    }
    use super::super::words;
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
        // The values are read from a word's lower-case form: every row is in lower case.
        for list in [
            words::CALENDAR_MONTH,
            words::CALENDAR_MONTH_ABBR,
            words::CALENDAR_WEEKDAY,
            words::CALENDAR_WEEKDAY_ABBR,
        ] {
            assert!(list.iter().all(|(w, _)| w.to_lowercase() == *w));
        }
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
