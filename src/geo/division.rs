//! Qualifiers by division type: a word next to a place's name that asks for the
//! subdivision of that type ("Córdoba province", "the province of Córdoba", "Bolívar
//! state", "Fukushima prefecture"), which the place off the map of that name and type
//! answers (`data/divisions.tsv`, ISO 3166-2 types).

use super::table::{DIVISION_FIRSTS, DIVISION_LENS};
use super::{candidates_by_key, off_the_map_by_key, place, Feature, DIVISION_WORDS};
use crate::gazetteer::norm_key_into;
use crate::model::{Mention, Span};

/// A mention that a division word qualifies: the places off the map of its name, and the
/// word (1 + its index in [`DIVISION_WORDS`], as places store it).
#[derive(Debug, Clone, Copy)]
pub(super) struct Asked {
    /// The places off the map of the name.
    places: &'static [u16],
    /// The places on the map of the name without the word, when the mention holds it
    /// ("Córdoba Province"): their country is the hint where no other place is.
    pub(super) on_the_map: &'static [u16],
    /// The word's number.
    word: u8,
}

/// The number of a division word (`Province`, `state`), any case of its first letter.
fn word_number(w: &str) -> Option<u8> {
    // Most words are none of them: by their length and first letter (both derived from
    // the list at build time), without a comparison.
    let first = w.as_bytes().first()?.to_ascii_lowercase();
    let (shortest, longest) = DIVISION_LENS;
    if !(shortest..=longest).contains(&w.len()) || !DIVISION_FIRSTS.contains(&first) {
        return None;
    }
    let (first, rest) = w.split_at(1);
    DIVISION_WORDS
        .iter()
        .position(|d| d[..1].eq_ignore_ascii_case(first) && &d[1..] == rest)
        .map(|i| i as u8 + 1)
}

/// The division word that qualifies mention `m`, if any: after it ("Córdoba province"),
/// before it with "of" ("the province of Córdoba"), or the mention's own last word
/// ("Córdoba Province", found whole); with the places off the map of the name without it.
pub(super) fn asked(text: &str, m: &Mention, key: &mut String) -> Option<Asked> {
    let name = m.name(text);
    let (name, word, own) = match own_word(name) {
        Some((name, word)) => (name, word, true),
        None => (
            name,
            after(text, m.span).or_else(|| before(text, m.span))?,
            false,
        ),
    };
    key.clear();
    norm_key_into(name, key);
    let places = off_the_map_by_key(key);
    let on_the_map = if own { candidates_by_key(key) } else { &[] };
    places.iter().any(|&p| matches(p, word)).then_some(Asked {
        places,
        on_the_map,
        word,
    })
}

/// A name that ends in a division word: the name before it and the word's number.
fn own_word(name: &str) -> Option<(&str, u8)> {
    let (head, last) = name.rsplit_once(' ')?;
    Some((head, word_number(last)?))
}

/// The division word right after the span: " province", " State".
fn after(text: &str, at: Span) -> Option<u8> {
    let rest = text[at.end..].strip_prefix(' ')?;
    let n = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    word_number(&rest[..n])
}

/// The division word before the span with "of": "the province of ".
fn before(text: &str, at: Span) -> Option<u8> {
    let head = text[..at.start].strip_suffix(" of ")?;
    let n = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    word_number(&head[n..])
}

/// True for a subdivision of the word's type.
fn matches(p: u16, word: u8) -> bool {
    let p = place(p);
    p.feature() == Feature::Division && p.division == word
}

impl Asked {
    /// The division word ("province").
    pub(super) fn word(&self) -> &'static str {
        DIVISION_WORDS[usize::from(self.word) - 1]
    }

    /// The subdivision asked for: the one in `country` (the country the rest of the
    /// evidence chose), else the only one of the type, else the one in the country with
    /// the most votes (`votes`, none for no vote), else none.
    pub(super) fn choose(
        &self,
        country: Option<[u8; 2]>,
        votes: impl Fn([u8; 2]) -> u32,
    ) -> Option<u16> {
        let mut of_type = self
            .places
            .iter()
            .copied()
            .filter(|&p| matches(p, self.word));
        if let Some(p) = of_type.clone().find(|&p| Some(place(p).cc) == country) {
            return Some(p);
        }
        let first = of_type.next()?;
        if of_type.clone().next().is_none() {
            return Some(first);
        }
        let mut best: Option<(u16, u32)> = None;
        let mut tie = false;
        for p in std::iter::once(first).chain(of_type) {
            let v = votes(place(p).cc);
            match best {
                Some((_, b)) if v == b => tie = true,
                Some((_, b)) if v < b => {}
                _ => {
                    best = Some((p, v));
                    tie = false;
                }
            }
        }
        best.filter(|&(_, v)| v > 0 && !tie).map(|(p, _)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_words_in_any_case_of_their_first_letter() {
        assert_eq!(word_number("province"), Some(1));
        assert_eq!(word_number("Province"), Some(1));
        assert_eq!(word_number("Prefecture"), Some(6));
        assert_eq!(word_number("PROVINCE"), None);
        assert_eq!(word_number("provinces"), None);
        assert_eq!(word_number("states"), None);
        assert_eq!(word_number("Éstado"), None);
    }

    #[test]
    fn words_before_and_after_a_span() {
        let text = "the province of Córdoba and Nakuru county";
        let cordoba = Span::new(16, 16 + "Córdoba".len());
        assert_eq!(before(text, cordoba), Some(1));
        assert_eq!(after(text, cordoba), None);
        let nakuru = Span::new(text.len() - "Nakuru county".len(), text.len() - 7);
        assert_eq!(after(text, nakuru), Some(5));
        assert_eq!(own_word("Córdoba Province"), Some(("Córdoba", 1)));
        assert_eq!(own_word("Córdoba"), None);
    }
}
