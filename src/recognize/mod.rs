//! Recognizers: one module per entity type, each adding [`Mention`]s for its type. Names
//! (people, places, organizations) share one chunker in [`names`], which asks the cues of
//! [`person`], [`place`] and [`organization`] to classify each run of capitalized words.

pub mod amount;
pub mod date;
pub mod names;
pub mod numbers;

pub use names::{organization, person, place};

use crate::calendar::Date;
use crate::gazetteer::NameLists;
use crate::model::Span;
use crate::segment::Structure;
use crate::token::tokenize_into;

pub use crate::model::{Mention, Quantity};

/// Runs every recognizer over every sentence; the result may overlap (see [`crate::resolve`]).
pub fn recognize(
    text: &str,
    sentences: &[Span],
    structure: &Structure,
    reference: Option<Date>,
    lists: &NameLists,
) -> Vec<Mention> {
    // About one mention per 60 bytes of news text: room for most articles at once. Not
    // capped: a huge input reserves its vector once instead of copying it at each doubling,
    // and the pages it never fills are never touched.
    let mut out = Vec::with_capacity(text.len() / 48);
    let mut tokens = Vec::with_capacity(256);
    let mut number_tokens = Vec::with_capacity(256);
    // Names in one pass over the sentences, numbers in another: each stage's code stays in
    // the instruction cache for the whole text instead of taking turns sentence by sentence
    // (a third of the instruction cache misses). Resolution does not depend on how the
    // stages' mentions interleave.
    for &sentence in sentences {
        tokens.clear();
        tokenize_into(text, sentence.start, sentence.end, &mut tokens);
        names::find(text, sentence, &tokens, lists, &mut out);
    }
    for &sentence in sentences {
        number_tokens.clear();
        numbers::lex(text, sentence.start, sentence.end, &mut number_tokens);
        amount::find_in_tokens(text, sentence, &number_tokens, &mut out);
        date::find_in_tokens(text, sentence, &number_tokens, reference, &mut out);
    }
    amount::settle_currencies(text, structure, &mut out);
    date::settle_numeric_order(text, &mut out);
    if let Some(names) = structure.byline_names {
        person::byline(text, names, &mut out);
    }
    if let Some(place) = structure.dateline_place {
        place::dateline(text, place, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::WordFilter;

    /// Word tokens carry their filter hash, which is also their ASCII lower-case form's
    /// (the date scan asks about the lower-cased sentence).
    #[test]
    fn tokens_carry_their_filter_hash() {
        let text = "On Tuesday, ÉLYSÉE said US$5m Was PAID in Ōsaka à la March.";
        let mut toks = Vec::new();
        numbers::lex(text, 0, text.len(), &mut toks);
        let low = text.to_ascii_lowercase();
        let words: Vec<_> = toks
            .iter()
            .filter(|t| t.kind == numbers::Lex::Word)
            .collect();
        assert!(words.len() >= 10);
        for t in words {
            assert_eq!(t.hash, WordFilter::hash(&text[t.start..t.end]));
            assert_eq!(t.hash, WordFilter::hash(&low[t.start..t.end]));
        }
    }
}
