//! Companies named like towns: "Magna" after "Magna International Inc" is the company.

use crate::gazetteer::kind_name;
use crate::model::{EntityType, Mention, Rule};
use crate::recognize::organization::is_legal_suffix;

/// A lone town that is the first word of a company's name in the same article, a name
/// that ends in a legal form ("Magna International Inc", "Lear Corp"), is that company
/// wherever it stands without a locative preposition before it ("in Magna" stays the
/// town) or a hyphen or the word "city" after it.
pub(super) fn companies_over_places(text: &str, mentions: &mut [Mention]) {
    // The first words of the article's company names (a set: one huge input has many).
    let mut firsts: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
        let name = m.text(text);
        let mut words = name.split_whitespace();
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            continue;
        };
        if is_legal_suffix(last) {
            firsts.insert(first);
        }
    }
    if firsts.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let town = m.ty == EntityType::Place
            && m.rule != Rule::Dateline
            && m.list_kind.is_some_and(|k| kind_name(k) == "city");
        // "the Shanghai city government", "Boston-based": the town itself.
        let after = &text[m.span.end..];
        let town_itself = after.starts_with('-') || after.starts_with(" city");
        if town && firsts.contains(m.text(text)) && !town_itself && !super::after_locative(text, m)
        {
            m.ty = EntityType::Organization;
            m.rule = Rule::ArticleLink;
            m.list_kind = None;
            m.canonical = None;
        }
    }
}
