//! Resolution: one decision per stretch of text where recognizers overlap, confirmation of
//! guesses by the rest of the article, and the linking of mentions to one entity
//! ("Hegseth" -> "Pete Hegseth", "CSIS" -> "Center for Strategic and International Studies").

use std::collections::{BTreeMap, HashMap};

use crate::recognize::Mention;
use crate::EntityType;

/// Which type wins when two recognizers claim exactly the same span.
fn priority(m: &Mention) -> u8 {
    if m.tentative {
        return 0;
    }
    match m.ty {
        EntityType::Date => 5,
        EntityType::Amount => 4,
        EntityType::Organization => 3,
        EntityType::Place => 2,
        EntityType::Person => 1,
    }
}

/// Resolves overlaps (the longest mention wins, then the stronger type), keeps tentative
/// names only where the article confirms them, and sets `canonical` on names. Returns the
/// mentions in text order.
pub fn resolve(text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.sort_by(|a, b| {
        let (la, lb) = (a.span.end - a.span.start, b.span.end - b.span.start);
        lb.cmp(&la)
            .then(priority(b).cmp(&priority(a)))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Accepted spans by start; each new mention checks its neighbours only.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept = Vec::with_capacity(mentions.len());
    for m in mentions {
        if m.span.start >= m.span.end {
            continue;
        }
        let before = taken.range(..m.span.end).next_back();
        if before.is_some_and(|(_, &end)| end > m.span.start) {
            continue;
        }
        taken.insert(m.span.start, m.span.end);
        kept.push(m);
    }
    kept.sort_by_key(|m| (m.span.start, m.span.end));
    confirm_tentative(text, &mut kept);
    link_names(text, &mut kept);
    kept
}

/// Words of a name, for matching a later surname to its full name.
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_end_matches('.').replace('’', "'"))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A lone capitalized word stays a name only when the article names the same entity more
/// fully elsewhere ("Hegseth" after "Pete Hegseth"), or names it the same way with a type.
fn confirm_tentative(text: &str, mentions: &mut Vec<Mention>) {
    let mut known: HashMap<String, EntityType> = HashMap::new();
    for m in mentions.iter().filter(|m| !m.tentative) {
        let t = m.text(text);
        known.entry(t.replace('’', "'")).or_insert(m.ty);
        if m.ty == EntityType::Person {
            for w in name_words(t) {
                known.entry(w).or_insert(EntityType::Person);
            }
        }
    }
    mentions.retain_mut(|m| {
        if !m.tentative {
            return true;
        }
        match known.get(&m.text(text).replace('’', "'")) {
            Some(&ty) => {
                m.ty = ty;
                m.tentative = false;
                m.rule = "article-link";
                true
            }
            None => false,
        }
    });
}

/// Sets `canonical` on people (the fullest name containing the mention's words) and on
/// organizations known by an acronym (the name whose initials spell it).
fn link_names(text: &str, mentions: &mut [Mention]) {
    let people: Vec<(Vec<String>, &str)> = {
        let mut v: Vec<(Vec<String>, &str)> = mentions
            .iter()
            .filter(|m| m.ty == EntityType::Person)
            .map(|m| (name_words(m.text(text)), m.text(text)))
            .collect();
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        v.dedup();
        v
    };
    let orgs: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| m.ty == EntityType::Organization)
        .map(|m| {
            let t = m.text(text).to_string();
            (initials(&t), t)
        })
        .collect();
    for m in mentions.iter_mut() {
        let t = m.text(text);
        match m.ty {
            EntityType::Person => {
                let words = name_words(t);
                let full = people
                    .iter()
                    .find(|(p, _)| p.len() > words.len() && contains_run(p, &words));
                m.canonical = Some(full.map_or(t, |(_, full)| full).to_string());
            }
            EntityType::Organization if m.canonical.is_none() => {
                let is_acronym =
                    t.chars().all(|c| c.is_uppercase() || c == '&') && t.chars().count() >= 2;
                let expansion = is_acronym
                    .then(|| orgs.iter().find(|(i, full)| i == t && full != t))
                    .flatten();
                m.canonical =
                    Some(expansion.map_or_else(|| t.to_string(), |(_, full)| full.clone()));
            }
            EntityType::Place | EntityType::Organization if m.canonical.is_none() => {
                m.canonical = Some(t.to_string());
            }
            _ => {}
        }
    }
}

/// True when `needle` appears in `hay` as consecutive words.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The capital initials of a name's main words ("Center for Strategic and International
/// Studies" -> "CSIS").
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}
