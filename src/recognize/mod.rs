//! Recognizers: one module per entity type, each adding [`Mention`]s for its type. Names
//! (people, places, organizations) share one chunker in [`names`], which asks the cues of
//! [`person`], [`place`] and [`organization`] to classify each run of capitalized words.

pub mod amount;
pub mod date;
pub mod names;
pub mod numbers;
pub mod organization;
pub mod person;
pub mod place;

use serde_json::Value;

use crate::calendar::Date;
use crate::gazetteer::NameLists;
use crate::segment::{Span, Structure};
use crate::token::tokenize_into;
use crate::EntityType;

/// A fixed list of words, asked about with one hash lookup (the set is built on first use):
/// the recognizers ask "is this word a title, a tail, a cue" of nearly every word.
pub struct WordList {
    words: &'static [&'static str],
    set: std::sync::OnceLock<foldhash::HashSet<&'static str>>,
}

impl WordList {
    /// The list of `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    /// True when `word` is in the list, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// One entity mention found in the text, before resolution (byte offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The entity type.
    pub ty: EntityType,
    /// Where the mention is (bytes).
    pub span: Span,
    /// The rule or list that found it ("title+name", "list:places", "money:symbol", ...).
    pub rule: &'static str,
    /// The fullest name of the same entity, set during resolution or from a list.
    pub canonical: Option<String>,
    /// Amounts: money / percent / quantity / count; dates: date / time / duration / set.
    pub kind: Option<&'static str>,
    /// The normalized value: a number for amounts, an ISO 8601 string for dates.
    pub value: Option<Value>,
    /// Lower end of a range ("$3-5 million").
    pub min: Option<f64>,
    /// Upper end of a range.
    pub max: Option<f64>,
    /// ISO 4217 currency code of money.
    pub currency: Option<&'static str>,
    /// How the currency was decided ("symbol", "code", "word", "default", "context",
    /// "dateline"; see [`amount::settle_currencies`]).
    pub currency_basis: Option<&'static str>,
    /// Unit of a quantity ("km").
    pub unit: Option<&'static str>,
    /// An approximator ("about", "almost") stood before the amount.
    pub approximate: bool,
    /// Percentage points rather than percent.
    pub points: bool,
    /// A guess to keep only if the rest of the article confirms it (a lone surname).
    pub tentative: bool,
}

impl Mention {
    /// A mention of `ty` at `span`, found by `rule`, with no attributes.
    pub fn new(ty: EntityType, span: Span, rule: &'static str) -> Self {
        Mention {
            ty,
            span,
            rule,
            canonical: None,
            kind: None,
            value: None,
            min: None,
            max: None,
            currency: None,
            currency_basis: None,
            unit: None,
            approximate: false,
            points: false,
            tentative: false,
        }
    }

    /// The mention's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }
}

/// Runs every recognizer over every sentence; the result may overlap (see [`crate::resolve`]).
pub fn recognize(
    text: &str,
    sentences: &[Span],
    structure: &Structure,
    reference: Option<Date>,
    lists: &NameLists,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    let mut number_tokens = Vec::new();
    for &sentence in sentences {
        tokens.clear();
        tokenize_into(text, sentence.start, sentence.end, &mut tokens);
        names::find(text, sentence, &tokens, lists, &mut out);
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
