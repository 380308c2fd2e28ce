//! Recognizers: one module per entity type, each adding [`Mention`]s for its type. Names
//! (people, places, organizations) share one chunker in [`names`], which asks the cues of
//! [`person`], [`place`] and [`organization`] to classify each run of capitalized words.

pub mod amount;
pub mod date;
pub mod names;
pub mod numbers;
pub mod rules;

pub use names::{organization, person, place};

use std::sync::LazyLock;

use crate::calendar::Date;
use crate::gazetteer::NameLists;
use crate::lexicon::WordMarks;
use crate::model::{EntityType, Span};
use crate::segment::Structure;
use crate::token::name_tokens_of;
use numbers::lex;

pub use crate::model::{Mention, Quantity};

/// Text lexed at a time: the sentences of about this many bytes are lexed, then read by
/// the name recognizers, then by the amount and date recognizers. The tokens of a whole
/// text would take several times its size.
const BATCH_BYTES: usize = 1 << 16;

/// The marks ([`crate::token::mark`]) the lexer sets on the tokens the amount and date
/// recognizers read: their pre-filters, asked once a word, in the lexer.
static MARKS: LazyLock<WordMarks> = LazyLock::new(|| {
    let mut marks = WordMarks::new();
    amount::add_marks(&mut marks);
    date::add_marks(&mut marks);
    marks
});

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
    // The one lexer runs once over each sentence; both stages read its tokens.
    let mut toks = Vec::with_capacity(text.len().min(BATCH_BYTES) / 4);
    // A range per sentence of a batch, and whether one of its tokens is tangled: room for
    // an article's at once.
    let mut ranges = Vec::with_capacity(sentences.len().min(1 << 10));
    let mut tokens = Vec::with_capacity(256);
    let mut scratch = names::Scratch::default();
    // The text of a batch in ASCII lower case, for the date recognizer: made once a batch,
    // not once a sentence.
    let mut low = String::with_capacity(text.len().min(2 * BATCH_BYTES));
    let mut rest = sentences;
    while !rest.is_empty() {
        // Sentences up to BATCH_BYTES of text, one at least.
        let first = rest[0].start;
        let n = 1 + rest[1..].partition_point(|s| s.end.saturating_sub(first) <= BATCH_BYTES);
        let (batch, after) = rest.split_at(n.min(rest.len()));
        rest = after;
        toks.clear();
        ranges.clear();
        for &sentence in batch {
            let from = toks.len();
            let tangled = lex(text, sentence.start, sentence.end, &mut toks);
            ranges.push((from..toks.len(), tangled));
        }
        // Names in one pass over the batch, numbers in another: each stage's code stays in
        // the instruction cache for many sentences instead of taking turns sentence by
        // sentence (a third of the instruction cache misses). Resolution does not depend on
        // how the stages' mentions interleave.
        for (&sentence, (range, tangled)) in batch.iter().zip(&ranges) {
            let tokens = name_tokens_of(text, &toks[range.clone()], *tangled, &mut tokens);
            names::find_with(text, sentence, tokens, lists, &mut scratch, &mut out);
        }
        let from = batch.iter().map(|s| s.start).min().unwrap_or(first);
        let to = batch.iter().map(|s| s.end).max().unwrap_or(from);
        low.clear();
        low.push_str(&text[from..to]);
        low.make_ascii_lowercase();
        for (&sentence, (range, _)) in batch.iter().zip(&ranges) {
            let toks = &toks[range.clone()];
            amount::find_in_tokens(text, sentence, toks, &mut out);
            let lowered = &low[sentence.start - from..sentence.end - from];
            let headline = structure
                .title
                .is_some_and(|t| t.start <= sentence.start && sentence.end <= t.end);
            date::find_in_lowered(text, sentence, toks, reference, lowered, headline, &mut out);
        }
    }
    // The article-wide passes, each run when a mention asks for it: one look at each
    // mention for all of them.
    let mut asks = [false; 8];
    for m in &out {
        match m.ty {
            EntityType::Amount => asks[0] |= amount::asks_currency(m),
            EntityType::Date => {
                asks[1] |= date::asks_numeric_order(m);
                asks[2] |= date::asks_year(m);
                asks[3] |= date::asks_day(m);
                asks[4] |= date::asks_focus(m);
                asks[5] |= date::asks_anchor(m);
                asks[6] |= date::asks_timeline(text, m);
                asks[7] |= date::asks_fiscal(text, m);
            }
            _ => {}
        }
    }
    let [currency, numeric, year, day, focus, anchor, timeline, fiscal] = asks;
    if currency {
        amount::settle_currencies(text, structure, &mut out);
    }
    if numeric {
        date::settle_numeric_order(text, &mut out);
    }
    if year {
        date::settle_repeated_days(text, &mut out);
    }
    if timeline {
        date::settle_timeline(text, &mut out);
    }
    if day {
        date::tie_times_to_days(text, &mut out, sentences, reference);
    }
    if fiscal {
        date::settle_fiscal_quarters(text, &mut out);
    }
    if focus {
        date::settle_focus(&mut out, sentences, reference);
    }
    if anchor {
        date::settle_anaphors(text, &mut out, reference);
    }
    if let Some(names) = structure.byline_names {
        person::byline(text, names, &mut out);
    }
    if let Some(place) = structure.dateline_place {
        place::dateline(text, place, &mut out);
    }
    out
}
