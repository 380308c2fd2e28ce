//! Names confirmed and linked by the rest of the article: family names over places,
//! lone names confirmed by fuller ones, people linked to their fullest name and
//! organizations to the name their acronym spells.

use foldhash::HashMap;

use crate::lexicon::words;
use crate::model::{CanonicalName, EntityType, Mention, Rule};

/// A lone word listed as a place that is the family name of a person in the same article
/// is that person ("Jordan" after "Michael Jordan", "Washington" after "Denzel Washington").
pub(super) fn surnames_over_places(text: &str, mentions: &mut [Mention]) {
    let lone_place = |m: &Mention| {
        m.ty == EntityType::Place && m.rule != Rule::Dateline && !m.text(text).contains(' ')
    };
    if !mentions.iter().any(lone_place) {
        return;
    }
    // The lone places in lower case, end to end, and whether a person's family name is one.
    let mut lows = String::new();
    let mut ends: Vec<usize> = Vec::new();
    for m in mentions.iter().filter(|m| lone_place(m)) {
        push_lower(m.text(text), &mut lows);
        ends.push(lows.len());
    }
    let mut surname: HashMap<&str, bool> = HashMap::default();
    let mut start = 0;
    for &end in &ends {
        surname.insert(&lows[start..end], false);
        start = end;
    }
    let mut key = String::new();
    let mut any = false;
    for m in mentions.iter().filter(|m| m.ty == EntityType::Person) {
        name_key(m.text(text), &mut key);
        // The last of two or more words.
        if let Some((_, last)) = key.rsplit_once(' ') {
            if let Some(hit) = surname.get_mut(last) {
                *hit = true;
                any = true;
            }
        }
    }
    if !any {
        return;
    }
    let mut start = 0;
    for (m, &end) in mentions.iter_mut().filter(|m| lone_place(m)).zip(&ends) {
        if surname.get(&lows[start..end]) == Some(&true) {
            m.ty = EntityType::Person;
            m.list_kind = None;
            m.rule = Rule::ArticleLink;
        }
        start = end;
    }
}

/// An unconfirmed lone name followed by a role of organizations is one ("Petofi general
/// manager", "Rotor's fans").
pub(super) fn roles_of_organizations(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.tentative) {
        let after = text[m.span.end..]
            .trim_start_matches(['’', '\''])
            .trim_start_matches('s');
        let after = after.trim_start();
        // A role is lower-case ASCII: its first byte rules out most roles at once.
        let first = after.as_bytes().first().map(u8::to_ascii_lowercase);
        let role = words::CONTEXT_ORGANIZATION_ROLE.iter().any(|r| {
            r.as_bytes().first().is_none_or(|&b| Some(b) == first)
                && after
                    .get(..r.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(r))
                && !after[r.len()..].starts_with(char::is_alphabetic)
        });
        if role {
            m.ty = EntityType::Organization;
            m.tentative = false;
            m.rule = Rule::OrgRole;
        }
    }
}

/// Sets `key` to the words of a name, for matching a later surname to its full name: lower
/// case, final dots dropped, straight apostrophes, joined by single spaces (no word holds
/// white space, so the words are `key.split(' ')`).
fn name_key(s: &str, key: &mut String) {
    key.clear();
    push_name_key(s, key);
}

/// Appends the name key of `s` (see [`name_key`]) to `key`.
fn push_name_key(s: &str, key: &mut String) {
    let from = key.len();
    if s.is_ascii() {
        // Bytes are characters: split at ASCII white space without decoding, copy each word
        // whole, and lower the key once.
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if is_space(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && !is_space(b[i]) {
                i += 1;
            }
            let mut end = i;
            while end > start && b[end - 1] == b'.' {
                end -= 1;
            }
            if end > start {
                if key.len() > from {
                    key.push(' ');
                }
                key.push_str(&s[start..end]);
            }
        }
        key[from..].make_ascii_lowercase();
        return;
    }
    let words = s
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty());
    for w in words {
        if key.len() > from {
            key.push(' ');
        }
        if w.is_ascii() {
            let at = key.len();
            key.push_str(w);
            key[at..].make_ascii_lowercase();
        } else {
            key.push_str(&w.replace('’', "'").to_lowercase());
        }
    }
}

/// Appends `s` in lower case to `out`.
fn push_lower(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// The first word of a multi-word organization name when it can stand for the whole
/// ("Halcyon Semiconductor Inc." -> "Halcyon"): a capitalized word that is no common word,
/// place, demonym or given name.
fn org_short_name(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    let g = &crate::gazetteer::GAZETTEER;
    let plain =
        first.chars().all(char::is_alphabetic) && first.chars().skip(1).any(char::is_lowercase);
    (plain
        && first.chars().count() >= 3
        && first.starts_with(char::is_uppercase)
        && !crate::recognize::person::is_common(first)
        && g.lookup(first).is_empty()
        && !g.is_given_name(first)
        && !crate::recognize::organization::is_tail(first))
    .then_some(first)
}

/// A piece of text a key is made of: a slice of the article, or of a side buffer that
/// holds the keys the article does not spell out.
#[derive(Clone, Copy)]
enum Piece {
    /// `text[start..end]`.
    Text(usize, usize),
    /// `store[start..end]`.
    Store(usize, usize),
}

impl Piece {
    fn get<'a>(self, text: &'a str, store: &'a str) -> &'a str {
        match self {
            Piece::Text(a, b) => &text[a..b],
            Piece::Store(a, b) => &store[a..b],
        }
    }
}

/// A lone capitalized word stays a name only when the article names the same entity more
/// fully elsewhere ("Hegseth" after "Pete Hegseth"), or names it the same way with a type.
pub(super) fn confirm_tentative(text: &str, mentions: &mut Vec<Mention>) {
    let weak_person = |m: &Mention| {
        m.ty == EntityType::Person && matches!(m.rule, Rule::Speaker | Rule::UnknownName)
    };
    if !mentions.iter().any(|m| m.tentative || weak_person(m)) {
        return;
    }
    // The keys that are no slice of the text, end to end: each tentative mention with
    // straight apostrophes (when it has curly ones) and in lower case (when it differs), and
    // the name key of each other person.
    let mut store = String::new();
    let mut tentative: Vec<(Piece, Piece)> = Vec::new();
    let mut person_keys: Vec<Piece> = Vec::new();
    for m in mentions.iter() {
        let t = m.text(text);
        if m.tentative {
            let straight = if has_curly_apostrophe(t) {
                let from = store.len();
                store.push_str(&t.replace('’', "'"));
                Piece::Store(from, store.len())
            } else {
                Piece::Text(m.span.start, m.span.end)
            };
            let s = straight.get(text, &store);
            let lower = if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase()) {
                straight
            } else {
                let from = store.len();
                match straight {
                    Piece::Text(..) => push_lower(t, &mut store),
                    Piece::Store(a, b) => store.push_str(&store[a..b].to_lowercase()),
                }
                Piece::Store(from, store.len())
            };
            tentative.push((straight, lower));
        } else if m.ty == EntityType::Person {
            let from = store.len();
            push_name_key(t, &mut store);
            person_keys.push(Piece::Store(from, store.len()));
        }
    }
    let store = store.as_str();
    // The names the rest of the article is asked about: each tentative mention as written
    // (apostrophes straight) and in lower case, and each weakly found person as written.
    let mut wanted: foldhash::HashSet<&str> = foldhash::HashSet::default();
    let mut pieces = tentative.iter();
    for m in mentions.iter() {
        if m.tentative {
            if let Some(&(straight, lower)) = pieces.next() {
                wanted.insert(lower.get(text, store));
                wanted.insert(straight.get(text, store));
            }
        }
        if weak_person(m) {
            wanted.insert(m.text(text));
        }
    }
    // What the rest of the article says each wanted name is, the first saying it winning.
    let mut known: HashMap<&str, EntityType> = HashMap::default();
    let mut straight = String::new();
    let mut person_keys = person_keys.into_iter();
    for m in mentions.iter().filter(|m| !m.tentative) {
        let t = m.text(text);
        let key = if has_curly_apostrophe(t) {
            straight.clear();
            straight.push_str(&t.replace('’', "'"));
            straight.as_str()
        } else {
            t
        };
        if let Some(&key) = wanted.get(key) {
            known.entry(key).or_insert(m.ty);
        }
        // "Halcyon" after "Halcyon Semiconductor Inc.": a company's first word names it.
        if m.ty == EntityType::Organization
            && t.split_whitespace()
                .next()
                .is_some_and(|w| wanted.contains(w))
        {
            if let Some(short) = org_short_name(t) {
                known.entry(short).or_insert(EntityType::Organization);
            }
        }
        if m.ty == EntityType::Person {
            let key = person_keys.next().map_or("", |p| p.get(text, store));
            for w in key
                .split(' ')
                .filter(|w| !w.is_empty() && wanted.contains(*w))
            {
                known.entry(w).or_insert(EntityType::Person);
            }
        }
    }
    let mut pieces = tentative.into_iter();
    mentions.retain_mut(|m| {
        let piece = if m.tentative { pieces.next() } else { None };
        if weak_person(m) && known.get(m.text(text)) == Some(&EntityType::Organization) {
            m.ty = EntityType::Organization;
            m.rule = Rule::ArticleLink;
            return true;
        }
        let Some((straight, lower)) = piece else {
            return true;
        };
        match known
            .get(straight.get(text, store))
            .or_else(|| known.get(lower.get(text, store)))
        {
            Some(&ty) => {
                m.ty = ty;
                m.tentative = false;
                m.rule = Rule::ArticleLink;
                true
            }
            None => false,
        }
    });
}

/// Sets `canonical` on people (the fullest name containing the mention's words) and on
/// organizations known by an acronym (the name whose initials spell it). A name that is
/// its own canonical name keeps none: the output gives its text.
pub(super) fn link_names(text: &str, mentions: &mut [Mention]) {
    // The name key of every person, end to end.
    let mut keys = String::new();
    let mut key_ends: Vec<usize> = Vec::new();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Person) {
        push_name_key(m.text(text), &mut keys);
        key_ends.push(keys.len());
    }
    // Every run of consecutive words of every person's name key, with the fullest name that
    // holds it (the first in the text among the longest): one hash lookup per mention.
    let mut fullest: HashMap<&str, (usize, &str)> = HashMap::default();
    // The byte range of each word of a key (words hold no white space, so a run of words
    // is a slice of the key, unambiguous).
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut key_start = 0;
    let persons = mentions.iter().filter(|m| m.ty == EntityType::Person);
    for (m, &key_end) in persons.zip(&key_ends) {
        let key = &keys[key_start..key_end];
        key_start = key_end;
        words.clear();
        let mut at = 0;
        for w in key.split(' ').filter(|_| !key.is_empty()) {
            words.push((at, at + w.len()));
            at += w.len() + 1;
        }
        for a in 0..words.len() {
            for b in a..words.len() {
                let entry = fullest
                    .entry(&key[words[a].0..words[b].1])
                    .or_insert((0, ""));
                if words.len() > entry.0 {
                    *entry = (words.len(), m.text(text));
                }
            }
        }
    }
    // Organizations known by an acronym, with the first organization in the text whose
    // initials spell it (and which is not the acronym itself).
    let mut expansions: HashMap<&str, Option<&str>> = HashMap::default();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
        let t = m.text(text);
        if is_acronym(t) {
            expansions.insert(t, None);
        }
    }
    if !expansions.is_empty() {
        let mut i = String::new();
        for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
            let t = m.text(text);
            initials(t, &mut i);
            if i != t {
                if let Some(slot @ None) = expansions.get_mut(i.as_str()) {
                    *slot = Some(t);
                }
            }
        }
    }
    // "International Centre for Integrated Mountain Development (ICIMOD)": an acronym in
    // parentheses right after an organization is defined by it.
    let mut defined: HashMap<&str, String> = HashMap::default();
    for w in mentions.windows(2) {
        let pair = w[0].ty == EntityType::Organization && w[1].ty == EntityType::Organization;
        if pair && text[w[0].span.end..w[1].span.start].trim() == "(" {
            let full = w[0].name(text).to_string();
            defined.entry(w[1].text(text)).or_insert(full);
        }
    }
    let (mut key_ends, mut key_start) = (key_ends.into_iter(), 0);
    for m in mentions.iter_mut() {
        let t = m.text(text);
        match m.ty {
            EntityType::Person => {
                let key_end = key_ends.next().unwrap_or(key_start);
                let key = &keys[key_start..key_end];
                key_start = key_end;
                let count = if key.is_empty() {
                    0
                } else {
                    key.split(' ').count()
                };
                let full = fullest.get(key).filter(|(len, _)| *len > count);
                // A fuller name in the article wins; else a list's canonical name; else the
                // text, which is no canonical name (see `Mention::canonical`).
                if let Some((_, full)) = full {
                    m.canonical = Some((*full).into());
                }
            }
            EntityType::Organization if m.canonical.is_none() => {
                let expansion = if is_acronym(t) {
                    expansions.get(t).copied().flatten()
                } else {
                    None
                };
                m.canonical = match defined.get(t) {
                    Some(full) => Some(full.as_str().into()),
                    None => expansion.map(CanonicalName::from),
                };
            }
            _ => {}
        }
        // The name as written needs no copy.
        if m.canonical.as_deref() == Some(t) {
            m.canonical = None;
        }
    }
}

/// True for a name of capitals (and "&") of two characters or more ("CSIS", "AT&T").
fn is_acronym(t: &str) -> bool {
    t.chars().all(|c| c.is_uppercase() || c == '&') && t.chars().count() >= 2
}

/// True when `s` has a curly apostrophe, to be made straight.
fn has_curly_apostrophe(s: &str) -> bool {
    !s.is_ascii() && s.contains('’')
}

/// Sets `out` to the capital initials of a name's main words ("Center for Strategic and
/// International Studies" -> "CSIS").
fn initials(name: &str, out: &mut String) {
    out.clear();
    out.extend(
        name.split(|c: char| c.is_whitespace() || c == '-')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_are_lower_case_words_without_final_dots() {
        let mut key = String::new();
        for (name, want) in [
            ("Pete  Hegseth", "pete hegseth"),
            ("Martin Luther King Jr.", "martin luther king jr"),
            ("J.. R.\tTolkien\n", "j r tolkien"),
            ("O’Neil Ölçer", "o'neil ölçer"),
            ("...", ""),
            ("", ""),
        ] {
            name_key(name, &mut key);
            assert_eq!(key, want, "{name:?}");
        }
    }
}
