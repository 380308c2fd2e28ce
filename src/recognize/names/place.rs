//! Places: the cues that make a run of capitalized words a place — a geographic or facility
//! word at its end ("Sea", "Naval Base"), a head ("Gulf of", "Mount"), a compass prefix.

use crate::lexicon::english::is_common_word;
use std::sync::LazyLock;

use crate::lexicon::{class, trim_dots, WordFilter, WordList};
use crate::model::Span;
use crate::model::{CanonicalName, Mention};
use crate::model::{EntityType, Rule};

/// The place of a dateline ("NAIROBI", "TAIPEI/SAN FRANCISCO") as places.
pub fn dateline(text: &str, place: Span, out: &mut Vec<Mention>) {
    let s = &text[place.start..place.end];
    // "WASHINGTON, D.C." and "AUSTIN, Texas": the state after the comma is a place too;
    // an AP abbreviation ("HARRISBURG, Pa.") names its state, as in running text.
    let mut pos = 0;
    for part in s.split(['/', ',']) {
        let offset = pos;
        pos += part.len() + 1;
        let span = Span::new(place.start + offset, place.start + offset + part.len()).trim(text);
        if !span.is_empty() {
            let mut m = Mention::new(EntityType::Place, span, Rule::Dateline);
            if offset > 0 && text.as_bytes().get(place.start + offset - 1) == Some(&b',') {
                m.canonical = state_abbreviation(text, span.start, span.end)
                    .and_then(|state| state.canonical);
            }
            out.push(m);
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/us_states.rs"));

/// A US state by its AP abbreviation, the word at `start..end` of `text` with the dot
/// after it when it has none ("Calif.", "N.Y."); the mention names the state. The caller
/// knows that a city and a comma come before it ("Fresno, Calif.").
pub fn state_abbreviation(text: &str, start: usize, end: usize) -> Option<Mention> {
    let end = if text[start..end].ends_with('.') {
        end
    } else if text[end..].starts_with('.') {
        end + 1
    } else {
        return None;
    };
    let abbr = &text[start..end];
    let i = US_STATES.binary_search_by(|(a, _)| a.cmp(&abbr)).ok()?;
    let mut m = Mention::new(
        EntityType::Place,
        Span::new(start, end),
        Rule::StateAbbreviation,
    );
    m.canonical = Some(CanonicalName::from(US_STATES[i].1));
    Some(m)
}

/// The name at `span`, before a comma ending at `after_comma` and a US state named in full
/// or by its AP abbreviation, then a comma, a full stop, a semicolon, a closing bracket or
/// the end ("Irving, Texas,", "Purchase, N.Y."): a city ([`Rule::CityOfState`]). "New
/// York" after a comma is more often the city ("Jayark, New York, distributes"), and a
/// state before a capitalized word is an adjective ("Smith, Texas Republican").
pub fn city_before_state(text: &str, span: Span, after_comma: usize) -> Option<Mention> {
    let rest = text.get(after_comma..)?.strip_prefix(' ')?;
    let first = *rest.as_bytes().first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let ends = |tail: &str, abbreviation: bool| match tail.as_bytes().first() {
        None | Some(b',' | b'.' | b';' | b')') => true,
        Some(b) => abbreviation && b.is_ascii_whitespace(),
    };
    let by = |s: &str, abbreviation: bool| {
        rest.strip_prefix(s)
            .is_some_and(|tail| ends(tail, abbreviation))
    };
    // Both lists are sorted: only the entries with the first letter are compared.
    let names = {
        let a = US_STATE_NAMES.partition_point(|n| n.as_bytes()[0] < first);
        let b = US_STATE_NAMES.partition_point(|n| n.as_bytes()[0] <= first);
        &US_STATE_NAMES[a..b]
    };
    let abbrs = {
        let a = US_STATES.partition_point(|(s, _)| s.as_bytes()[0] < first);
        let b = US_STATES.partition_point(|(s, _)| s.as_bytes()[0] <= first);
        &US_STATES[a..b]
    };
    let named = names
        .iter()
        .any(|&name| name != "New York" && by(name, false))
        || abbrs.iter().any(|&(abbr, _)| by(abbr, true));
    named.then(|| Mention::new(EntityType::Place, span, Rule::CityOfState))
}

/// False when `word`, with a dot after it or without, is surely no AP abbreviation of a
/// state: [`state_abbreviation`] of it finds none, whatever follows it. Most words leave
/// at a filter of the abbreviations.
pub fn may_be_state_abbreviation(word: &str) -> bool {
    static FILTER: LazyLock<WordFilter> =
        LazyLock::new(|| WordFilter::new(US_STATES.iter().map(|(a, _)| *a)));
    let b = word.as_bytes();
    let dotted = b.ends_with(b".");
    let h = match b.first() {
        None => return false,
        Some(_) if dotted => WordFilter::hash(word),
        Some(&first) => WordFilter::hash_parts(first, b'.', b.len() + 1),
    };
    if !FILTER.may_contain_hash(h) {
        return false;
    }
    // Abbreviations compare as bytes, as they sort.
    let listed = |abbr: &[u8]| {
        US_STATES
            .binary_search_by(|(a, _)| a.as_bytes().cmp(abbr))
            .is_ok()
    };
    if dotted {
        return listed(b);
    }
    let mut buf = [0u8; 16];
    let Some(dst) = buf.get_mut(..b.len() + 1) else {
        return false;
    };
    dst[..b.len()].copy_from_slice(b);
    dst[b.len()] = b'.';
    listed(dst)
}

/// Last words of place names: geographic features and named facilities.
static TAILS: WordList = WordList::new(class::PLACE_TAIL);

/// First words of place names followed by a name ("Gulf of Thailand", "Mount Everest").
static HEADS: WordList = WordList::new(class::PLACE_HEAD);

/// Words that a place name can open with but a person's name cannot.
static COMPASS: WordList = WordList::new(class::PLACE_COMPASS);

/// Generic words that need a proper name beside them ("the Naval Base" is no place).
static GENERIC: WordList = WordList::new(class::PLACE_GENERIC);

/// Last words of facilities' names after a name or a cue ("Staples Center").
static FACILITY_TAILS: WordList = WordList::new(class::PLACE_FACILITY_TAIL);

/// Words that make a facility of the facility tail after them ("Space Center").
static FACILITY_CUES: WordList = WordList::new(class::PLACE_FACILITY_CUE);

/// True when `words` name a facility: a facility tail after a name that is no ordinary
/// word nor a lone given name, or after a cue ("Staples Center", "Kennedy Space Center",
/// "City Hall"; "Pew Research Center" is an organization).
pub fn is_facility(words: &[&str]) -> bool {
    let n = words.len();
    n >= 2 && FACILITY_TAILS.contains(words[n - 1]) && {
        let before = words[n - 2];
        FACILITY_CUES.contains(before)
            || (before.starts_with(char::is_uppercase)
                && !is_common_word(before)
                // "Stuart Hall", "Jerry Hall": a given name and a tail that is a common
                // surname too make a person ("Carnegie Hall" stays a hall, "Dana Centre" a
                // centre).
                && !(n == 2
                    && crate::gazetteer::GAZETTEER.is_given_name(before)
                    && crate::gazetteer::GAZETTEER
                        .surname_rank(words[1])
                        .is_some_and(|r| r <= 5_000)))
    }
}

/// True for a first word a place name can have but a person's cannot ("North", "Western").
pub fn is_compass(word: &str) -> bool {
    COMPASS.contains(word)
}

/// Whether `words` name a place by their shape; returns the rule.
pub fn classify(words: &[&str]) -> Option<Rule> {
    let n = words.len();
    if n < 2 {
        return None;
    }
    let last = words[n - 1];
    let proper = || {
        words[..n - 1]
            .iter()
            .any(|w| !GENERIC.contains(w) && !TAILS.contains(w))
    };
    // "Taikoo of the Hong Kong Island": a tail ends one place, not two joined by "of".
    let joined = || words.contains(&"of");
    if (TAILS.contains(last) && proper() && !joined()) || is_facility(words) {
        return Some(Rule::PlaceTail);
    }
    let head = HEADS.contains(trim_dots(words[0]));
    let of_name = n >= 3
        && words[1] == "of"
        && words[2..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if head && (of_name || (n == 2 && !TAILS.contains(last))) {
        return Some(Rule::PlaceHead);
    }
    // "New Year", "New Deal": a compass word before ordinary words alone names no place
    // (an unlisted one; "New Forest" and "Cape Town" are listed), but "North East" does.
    // ("St Mary's Church": a saint's possessive is no word of its own here.)
    let possessive = |w: &&str| matches!(*w, "'s" | "’s" | "'" | "’");
    let rest = || words[1..].iter().filter(|w| !possessive(w));
    if COMPASS.contains(words[0])
        && rest().count() <= 2
        && rest().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !rest().all(|w| is_common_word(w) && !COMPASS.contains(w))
    {
        return Some(Rule::PlaceCompass);
    }
    None
}

/// True for a word that ends place names ("Sea", "Base").
#[inline]
pub fn is_tail(word: &str) -> bool {
    TAILS.contains(word)
}

/// Lower-case nouns after which one unlisted name is a place's (`lower_tail`: "market",
/// "camp").
static LOWER_TAILS: WordList = WordList::new(class::PLACE_LOWER_TAIL);

/// True for a lower-case noun after which one unlisted name is a place's ("at Dawanau
/// market", "the Zamzam camp").
pub fn is_lower_tail(word: &str) -> bool {
    LOWER_TAILS.contains(word)
}

/// True for a lower-case plural of a place's tail after names that share it ("the Rafah and
/// Kerem Shalom crossings", "the Tigris and Euphrates rivers").
pub fn is_plural_tail(word: &str) -> bool {
    let Some(one) = word.strip_suffix('s') else {
        return false;
    };
    let mut cap = [0u8; 24];
    let b = one.as_bytes();
    if b.is_empty() || b.len() > cap.len() || !b[0].is_ascii_lowercase() || !one.is_ascii() {
        return false;
    }
    cap[..b.len()].copy_from_slice(b);
    cap[0] = cap[0].to_ascii_uppercase();
    std::str::from_utf8(&cap[..b.len()]).is_ok_and(|w| TAILS.contains(w))
}

/// True for a word that may end a place's name by its shape, a tail or a facility's
/// ("Hospital", "Airport"), told first by its hash `h`.
#[inline]
pub fn may_end_name(word: &str, h: u64) -> bool {
    TAILS.contains_hashed(word, h) || FACILITY_TAILS.contains_hashed(word, h)
}
