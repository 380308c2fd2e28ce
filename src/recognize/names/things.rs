//! Names of things that are no entities though they look like names: storms ("Hurricane
//! Katrina", an event) and products by maker and model ("a silver Vauxhall Corsa", "a
//! Boeing 737-800"). `classify.rs` asks these before it classifies a chunk.

use super::chunk::{texts, Word};
use super::{organization, place};
use crate::gazetteer::GAZETTEER;
use crate::lexicon::{class, WordList};

/// Words that make the one name after them a storm's ("Hurricane", "Typhoon").
static STORM_HEADS: WordList = WordList::new(class::NAMES_STORM_HEAD);

/// Words before a storm's head word that belong to it ("Tropical Storm").
static STORM_QUALIFIERS: WordList = WordList::new(class::NAMES_STORM_QUALIFIER);

/// A named storm: one name after its head words ("Hurricane Katrina", "Tropical Storm
/// Fay"), found first by the filters of the words' hashes.
pub(super) fn named_storm(words: &[Word]) -> bool {
    let head = |w: &Word| STORM_HEADS.contains_hashed(w.text, w.hash);
    match words {
        [h, _] => head(h),
        [q, h, _] => STORM_QUALIFIERS.contains_hashed(q.text, q.hash) && head(h),
        _ => false,
    }
}

/// Makers of cars, motorcycles and aircraft, whose names open their models' ("Vauxhall
/// Corsa", "Boeing 737").
static VEHICLE_MAKES: WordList = WordList::new(class::NAMES_VEHICLE_MAKE);

/// A maker of cars, motorcycles or aircraft, told first by the word's hash.
fn is_make(w: &Word) -> bool {
    VEHICLE_MAKES.contains_hashed(w.text, w.hash)
}

/// Words after a maker's name that make the words a company's ("Fiat Auto").
static VEHICLE_COMPANY: WordList = WordList::new(class::NAMES_VEHICLE_COMPANY);

/// A car, a motorcycle or an aircraft by its make and model ("a silver Vauxhall Corsa", "a
/// Ford Focus ST"): a product, no entity, unless the words are shaped like an organization
/// ("Ford Motor Company", "Fiat Auto") or a place ("Toyota City"), a word after the make is
/// a listed name ("Mitsubishi Tokyo"), or they are a given name and a family name
/// ("Mercedes Sosa"). A maker alone before a model number is [`make_before_model`].
#[inline]
pub(super) fn vehicle_model(words: &[Word]) -> bool {
    // Most chunks leave at the filter of the first word's hash.
    (2..=3).contains(&words.len())
        && VEHICLE_MAKES.may_contain_hash(words[0].hash)
        && vehicle_model_listed(words)
}

/// A maker alone before a model number of three digits or more, or a letter and a digit
/// ("a Boeing 737-800", "the Airbus A320", "a BMW X5"): a product, no entity; not before a
/// year ("Boeing 2025 results") or a score ("Hyundai 2 Lotte 5"). Told by the text after
/// the word, outside the chunk memo.
#[inline]
pub(super) fn make_before_model(w: &Word, text: &str) -> bool {
    // Most words are followed by a space and a lower-case letter.
    let b = text.as_bytes();
    b.get(w.end) == Some(&b' ')
        && b.get(w.end + 1)
            .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && model_after_make(w, text)
}

/// [`make_before_model`] for a word a space and a digit or a capital follow.
#[cold]
fn model_after_make(w: &Word, text: &str) -> bool {
    if !is_make(w) {
        return false;
    }
    let after = text[w.end..].strip_prefix(' ').unwrap_or("").as_bytes();
    let year = after.len() >= 4
        && (after.starts_with(b"19") || after.starts_with(b"20"))
        && after[..4].iter().all(u8::is_ascii_digit)
        && !after.get(4).is_some_and(u8::is_ascii_alphanumeric);
    match after {
        [a, b, c, ..] if [a, b, c].iter().all(|d| d.is_ascii_digit()) => !year,
        [c, d, ..] => c.is_ascii_uppercase() && d.is_ascii_digit(),
        _ => false,
    }
}

/// [`vehicle_model`] for a chunk whose first word passed the filter.
#[cold]
fn vehicle_model_listed(words: &[Word]) -> bool {
    match words {
        [m, rest @ ..] if is_make(m) => {
            let company_or_name = |w: &Word| {
                w.is_connector()
                    || is_make(w)
                    || VEHICLE_COMPANY.contains(w.text)
                    || !GAZETTEER.lookup(w.text).is_empty()
            };
            let person =
                GAZETTEER.is_given_name(m.text) && GAZETTEER.surname_rank(rest[0].text).is_some();
            let t = texts(words);
            !person
                && !rest.iter().any(company_or_name)
                && organization::classify(&t).is_none()
                && place::classify(&t).is_none()
        }
        _ => false,
    }
}
