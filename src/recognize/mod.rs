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
use crate::token::{name_view, Lexed};

pub use crate::model::{Mention, Quantity};

/// Runs every recognizer over every sentence, reading the tokens of `lexed` (the sentences'
/// tokens); the result may overlap (see [`crate::resolve`]).
pub fn recognize(
    text: &str,
    sentences: &[Span],
    lexed: &Lexed,
    structure: &Structure,
    reference: Option<Date>,
    lists: &NameLists,
) -> Vec<Mention> {
    // About one mention per 60 bytes of news text: room for most articles at once. Not
    // capped: a huge input reserves its vector once instead of copying it at each doubling,
    // and the pages it never fills are never touched.
    let mut out = Vec::with_capacity(text.len() / 48);
    let mut tokens = Vec::with_capacity(256);
    // Names in one pass over the sentences, numbers in another: each stage's code stays in
    // the instruction cache for the whole text instead of taking turns sentence by sentence
    // (a third of the instruction cache misses). Resolution does not depend on how the
    // stages' mentions interleave.
    for (k, &sentence) in sentences.iter().enumerate() {
        tokens.clear();
        name_view(text, lexed.sentence(k), &mut tokens);
        names::find(text, sentence, &tokens, lists, &mut out);
    }
    for (k, &sentence) in sentences.iter().enumerate() {
        let toks = lexed.sentence(k);
        amount::find_in_tokens(text, sentence, toks, &mut out);
        date::find_in_tokens(text, sentence, toks, reference, &mut out);
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
