//! Speakers from mentions: the names near an attribution, and the person a pronoun
//! refers to.

use super::attribution::Attribution;
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

pub(super) fn is_verb(w: &str) -> bool {
    crate::recognize::person::is_speech_verb(w)
}

/// How many mentions back a pronoun's antecedent is looked for.
const ANTECEDENT_WINDOW: usize = 200;

/// The mentions that start within `span` (mentions are in text order): a binary search, so
/// that attribution stays linear in the text however many quotes it has.
pub(super) fn within(mentions: &[Mention], span: Span) -> &[Mention] {
    let lo = mentions.partition_point(|m| m.span.start < span.start);
    let hi = mentions
        .partition_point(|m| m.span.start < span.end)
        .max(lo);
    &mentions[lo..hi]
}

/// The name or speaker mention starting at byte `at` (or the first within `span`).
pub(super) fn mention_at(mentions: &[Mention], span: Span) -> Option<&Mention> {
    within(mentions, span).iter().find(|m| {
        m.span.start >= span.start
            && m.span.start < span.end
            && matches!(m.ty, EntityType::Person | EntityType::Organization)
    })
}

pub(super) fn from_mention(m: &Mention, text: &str) -> Attribution {
    (Some(m.name(text).to_string()), Some(m.span), Vec::new())
}

/// The person a pronoun at byte `at` refers to: the last person named before it.
pub(super) fn antecedent(text: &str, mentions: &[Mention], at: usize) -> Option<String> {
    // A pronoun refers to someone named recently: look back a bounded number of mentions.
    mentions[..mentions.partition_point(|m| m.span.start < at)]
        .iter()
        .rev()
        .take(ANTECEDENT_WINDOW)
        .find(|m| m.ty == EntityType::Person && m.span.end <= at)
        .map(|m| m.name(text).to_string())
}
