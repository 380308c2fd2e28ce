//! Lone names confirmed by the rest of the article: a tentative name stays only when the
//! article names the same entity more fully elsewhere, or the same way with a type.

use super::few::Sketch;
use super::names::{push_lower, spaces, Key, NameKeys, Offset};
use crate::gazetteer::GAZETTEER;
use crate::model::{EntityType, Mention, Rule};

/// The first word of a multi-word organization name when it can stand for the whole
/// ("Halcyon Semiconductor Inc." -> "Halcyon"): a capitalized word that is no common word,
/// place, demonym or given name.
fn org_short_name(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let second = words.next()?;
    let g = &crate::gazetteer::GAZETTEER;
    let plain =
        first.chars().all(char::is_alphabetic) && first.chars().skip(1).any(char::is_lowercase);
    (plain
        && first.chars().count() >= 3
        && first.starts_with(char::is_uppercase)
        && !crate::recognize::person::is_common(first)
        && g.lookup(first).is_empty()
        && !g.is_given_name(first)
        && !crate::recognize::organization::is_tail(first)
        // "Glanmorfa Canal Trust" is named after a place ("Glanmorfa Canal"): its first
        // word is the place's.
        && !crate::recognize::place::is_tail(second))
    .then_some(first)
}

/// A piece of text a key is made of: a slice of the article, or of the store of
/// [`NameKeys`], which holds the keys the article does not spell out.
#[derive(Clone, Copy)]
enum Piece<O> {
    /// `text[start..end]`.
    Text(usize, usize),
    /// A string of the store.
    Store(Key<O>),
}

impl<O: Offset> Piece<O> {
    #[inline]
    fn get<'a>(self, text: &'a str, store: &'a str) -> &'a str {
        match self {
            Piece::Text(a, b) => &text[a..b],
            Piece::Store(key) => key.get(store),
        }
    }
}

/// A lone capitalized word stays a name only when the article names the same entity more
/// fully elsewhere ("Hegseth" after "Pete Hegseth"), or names it the same way with a type.
#[inline(never)]
pub(super) fn confirm_tentative<O: Offset>(
    text: &str,
    mentions: &mut Vec<Mention>,
    keys: &mut NameKeys<O>,
) {
    let weak_person = |m: &Mention| {
        m.ty == EntityType::Person && matches!(m.rule, Rule::Speaker | Rule::UnknownName)
    };
    if !mentions.iter().any(|m| m.tentative || weak_person(m)) {
        return;
    }
    // The mentions with curly apostrophes, made straight in the store (by position: the
    // others are their text as it stands, and a list of every mention would cost memory
    // in proportion to a huge input), and the name key of each person found for sure.
    let mut straights = std::mem::take(&mut keys.straights);
    let mut person_keys = std::mem::take(&mut keys.person_keys);
    straights.clear();
    person_keys.clear();
    // The names the rest of the article is asked about: each tentative mention as written
    // (apostrophes straight) and in lower case, and each weakly found person as written.
    // Only their sketch is kept: a name wrongly taken for one of them is looked for in
    // vain, and the passes below ask only about them.
    let mut wanted = Sketch::default();
    let mut cursor = 0;
    // Most articles have no curly apostrophe: their mentions are not searched for one.
    let curly = memchr::memchr("’".as_bytes()[0], text.as_bytes()).is_some();
    for (k, m) in mentions.iter().enumerate() {
        // Most mentions are found for sure and not weak, in an article without a curly
        // apostrophe: only a person's key is asked for, the text not read.
        let weak = weak_person(m);
        if !(curly || m.tentative || weak) {
            if m.ty == EntityType::Person {
                person_keys.push(keys.of(&mut cursor, text, m));
            }
            continue;
        }
        let t = m.text(text);
        let straight = if curly && has_curly_apostrophe(t) {
            let key = keys.push_str(&t.replace('’', "'"));
            straights.push((k, key));
            Piece::Store(key)
        } else {
            Piece::Text(m.span.start, m.span.end)
        };
        if m.tentative {
            let s = straight.get(text, &keys.store);
            wanted.insert(s, false);
            wanted.insert(s, true);
        } else if m.ty == EntityType::Person {
            person_keys.push(keys.of(&mut cursor, text, m));
        }
        if weak {
            wanted.insert(t, false);
        }
    }
    let store = keys.store.as_str();
    // What the rest of the article says each wanted name is, the first saying it winning.
    let mut known = super::few::FirstSaid::default();
    let mut known_sketch = Sketch::default();
    // The names said to be organizations: only they may make a weak person one.
    let mut org_sketch = Sketch::default();
    let mut person_key = person_keys.iter();
    // The names known as a team's name without its town ("Eagles"): they confirm no word
    // of a longer run ("Rovers" of "Land Rovers").
    let mut team_names: foldhash::HashSet<&str> = foldhash::HashSet::default();
    // The mention at `k` with straight apostrophes, `next` walking `straights` along (asked
    // in increasing `k`, not necessarily each).
    let piece = |k: usize, m: &Mention, next: &mut usize| {
        while straights.get(*next).is_some_and(|&(at, _)| at < k) {
            *next += 1;
        }
        match straights.get(*next) {
            Some(&(at, key)) if at == k => Piece::Store(key),
            _ => Piece::Text(m.span.start, m.span.end),
        }
    };
    let mut next = 0;
    for (k, m) in mentions.iter().enumerate() {
        // Only names confirm a name: "Years" at a sentence's start is no date because
        // "for years" is one.
        if m.tentative
            || !matches!(
                m.ty,
                EntityType::Person | EntityType::Place | EntityType::Organization
            )
        {
            continue;
        }
        let t = m.text(text);
        let key = match piece(k, m, &mut next) {
            Piece::Store(key) => key.get(store),
            Piece::Text(..) => t,
        };
        if wanted.may_contain(key, false) {
            known.first(key, m.ty);
            known_sketch.insert(key, false);
            if m.ty == EntityType::Organization {
                org_sketch.insert(key, false);
            }
        }
        // "Halcyon" after "Halcyon Semiconductor Inc.": a company's first word names it.
        if m.ty == EntityType::Organization
            && super::first_word(t).is_some_and(|w| wanted.may_contain(w, false))
        {
            if let Some(short) = org_short_name(t) {
                known.first(short, EntityType::Organization);
                known_sketch.insert(short, false);
                org_sketch.insert(short, false);
            }
        }
        // The names of an organization without its first or its last words, one pass over
        // its spaces (each gives the value organization: their order changes nothing).
        if m.ty == EntityType::Organization {
            for (n, k) in spaces(t).enumerate() {
                let (head, rest) = (&t[..k], &t[k + 1..]);
                // "Eagles" after "Philadelphia Eagles": a team's name without its town.
                if wanted.may_contain(rest, false)
                    && GAZETTEER
                        .lookup(head)
                        .iter()
                        .any(|e| e.ty == EntityType::Place)
                {
                    known.first(rest, EntityType::Organization);
                    known_sketch.insert(rest, false);
                    org_sketch.insert(rest, false);
                    team_names.insert(rest);
                }
                // "Van Dijk" after "Van Dijk Lines": a company's name without its last word
                // (at a space after the first).
                if n > 0 && wanted.may_contain(head, false) {
                    known.first(head, EntityType::Organization);
                    known_sketch.insert(head, false);
                    org_sketch.insert(head, false);
                }
            }
        }
        if m.ty == EntityType::Person {
            let Some(key) = person_key.next() else {
                continue;
            };
            // The pieces of the key between its spaces, in one pass (each gives the value
            // person: their order changes nothing).
            let key = key.get(store);
            let mut start = 0;
            loop {
                let end = key.as_bytes()[start..]
                    .iter()
                    .position(|&c| c == b' ')
                    .map_or(key.len(), |p| start + p);
                // A word. "Image" of "Ahmed Mohamed Image": an ordinary word confirms no
                // person unless a name list has it ("Brown").
                let word = &key[start..end];
                if !word.is_empty()
                    && wanted.may_contain(word, false)
                    && !GAZETTEER.is_ordinary_word(word)
                {
                    known.first(word, EntityType::Person);
                    known_sketch.insert(word, false);
                }
                if end == key.len() {
                    break;
                }
                // "de la fuente" after "Álvaro de la Fuente": the surname with its
                // particles, a run that starts after a space and holds another.
                let run = &key[start..];
                if start > 0 && wanted.may_contain(run, false) {
                    known.first(run, EntityType::Person);
                    known_sketch.insert(run, false);
                }
                start = end + 1;
            }
        }
    }
    // The buffer for a name in lower case, kept from one article to the next.
    let mut lower = std::mem::take(&mut keys.lows);
    let mut known_as = |s: &str, lowered: bool| {
        if !known_sketch.may_contain(s, lowered) {
            return None;
        }
        if !lowered {
            return known.get(s);
        }
        lower.clear();
        push_lower(s, &mut lower);
        known.get(lower.as_str())
    };
    // Most mentions are neither weak nor tentative, and stay as they are: only the others
    // are decided, in text order, and the positions of those dropped kept (in a buffer of
    // the keys, free until the names are linked) for one removal at the end, if any.
    let mut dropped = std::mem::take(&mut keys.positions);
    dropped.clear();
    let mut next = 0;
    for (at, m) in mentions.iter_mut().enumerate() {
        let weak = weak_person(m);
        if !(weak || m.tentative) {
            continue;
        }
        if weak
            && org_sketch.may_contain(m.text(text), false)
            && known_as(m.text(text), false) == Some(EntityType::Organization)
        {
            m.ty = EntityType::Organization;
            m.rule = Rule::ArticleLink;
            continue;
        }
        if !m.tentative {
            continue;
        }
        let s = piece(at, m, &mut next).get(text, store);
        let in_run = || {
            let before = text[..m.span.start].strip_suffix(' ').unwrap_or("");
            before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| {
                    w.starts_with(char::is_uppercase) && !crate::recognize::person::is_common(w)
                })
        };
        match known_as(s, false).or_else(|| known_as(s, true)) {
            Some(_) if team_names.contains(s) && in_run() => dropped.push(at),
            Some(ty) => {
                m.ty = ty;
                m.tentative = false;
                m.rule = Rule::ArticleLink;
            }
            None => dropped.push(at),
        }
    }
    if !dropped.is_empty() {
        let (mut k, mut d) = (0, 0);
        mentions.retain(|_| {
            let drop = dropped.get(d) == Some(&k);
            d += usize::from(drop);
            k += 1;
            !drop
        });
    }
    keys.positions = dropped;
    keys.straights = straights;
    keys.person_keys = person_keys;
    keys.lows = lower;
}

/// True when `s` has a curly apostrophe, to be made straight.
fn has_curly_apostrophe(s: &str) -> bool {
    !s.is_ascii() && s.contains('’')
}
