//! Resolution: one decision per stretch of text where recognizers overlap, confirmation of
//! guesses by the rest of the article, and the linking of mentions to one entity
//! ("Hegseth" -> "Pete Hegseth", "CSIS" -> "Center for Strategic and International Studies").

use std::borrow::Cow;

use foldhash::HashMap;

use crate::gazetteer::{kind_name, GAZETTEER};
use crate::input::{ceil_char, floor_char};
use crate::lexicon::words;
use crate::model::Mention;
use crate::model::Span;
use crate::model::{CanonicalName, EntityType, Rule};

/// Which type wins when two recognizers claim exactly the same span.
fn priority(m: &Mention) -> u8 {
    if m.tentative {
        return 0;
    }
    if m.rule == Rule::Dateline {
        return 6;
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
pub fn resolve(text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    // Longest first, then the stronger type, then the earlier; ties keep recognizer order.
    // One 128-bit key a mention, compared as one number, with the mention's position in
    // its low bits.
    let mut order: Vec<u128> = mentions
        .iter()
        .enumerate()
        .map(|(k, m)| overlap_key(m, k))
        .collect();
    order.sort_unstable();
    // The bytes accepted spans cover; each new mention checks its own bytes.
    let mut taken = Taken::new(&mentions);
    let mut keep = vec![false; mentions.len()];
    for &key in &order {
        let k = (key & u128::from(u32::MAX)) as usize;
        let span = mentions[k].span;
        if span.start >= span.end || taken.any(span) {
            continue;
        }
        taken.mark(span);
        keep[k] = true;
    }
    // Freed before the passes below allocate theirs: on a huge input they add up.
    drop((order, taken));
    let mut kept = mentions;
    let mut k = 0;
    kept.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    sort_in_place(&mut kept);
    surnames_over_places(text, &mut kept);
    sports_teams(text, &mut kept);
    roles_of_organizations(text, &mut kept);
    confirm_tentative(text, &mut kept);
    link_names(text, &mut kept);
    kept
}

/// The order in which overlapping mentions are decided, as one number: the longer first
/// (lengths past 4 GiB count as equal), then the stronger type, then the earlier start, then
/// the earlier found; the low 32 bits are the mention's position `k`.
fn overlap_key(m: &Mention, k: usize) -> u128 {
    let len = u32::try_from(m.span.end.saturating_sub(m.span.start)).unwrap_or(u32::MAX);
    let start = (m.span.start as u128) & ((1 << 56) - 1);
    u128::from(u32::MAX - len) << 96
        | u128::from(u8::MAX - priority(m)) << 88
        | start << 32
        | (k as u128 & u128::from(u32::MAX))
}

/// A bit per byte of the stretch of text the mentions cover: set where an accepted mention
/// is. Mentions are short, so checking one costs a word or two of bits.
struct Taken {
    base: usize,
    bits: Vec<u64>,
}

impl Taken {
    fn new(mentions: &[Mention]) -> Self {
        let base = mentions.iter().map(|m| m.span.start).min().unwrap_or(0);
        let end = mentions.iter().map(|m| m.span.end).max().unwrap_or(0);
        Taken {
            base,
            bits: vec![0; end.saturating_sub(base).div_ceil(64)],
        }
    }

    /// The bit words `span` touches, each with the mask of its bytes in that word.
    fn words(base: usize, span: Span) -> impl Iterator<Item = (usize, u64)> {
        let (a, b) = (span.start - base, span.end - base);
        (a / 64..b.div_ceil(64)).map(move |w| {
            let lo = a.max(w * 64) - w * 64;
            let hi = b.min(w * 64 + 64) - w * 64;
            let mask = if hi - lo == 64 {
                u64::MAX
            } else {
                ((1u64 << (hi - lo)) - 1) << lo
            };
            (w, mask)
        })
    }

    /// True when a byte of `span` (non-empty) is taken.
    fn any(&self, span: Span) -> bool {
        Self::words(self.base, span).any(|(w, mask)| self.bits[w] & mask != 0)
    }

    /// Takes the bytes of `span` (non-empty).
    fn mark(&mut self, span: Span) {
        for (w, mask) in Self::words(self.base, span) {
            self.bits[w] |= mask;
        }
    }
}

/// Sorts mentions by (start, end), which orders kept mentions completely (they never
/// overlap). The mentions are large and mostly in order already: the positions are sorted,
/// then each mention is moved by at most one swap (following the permutation's cycles).
fn sort_in_place(mentions: &mut [Mention]) {
    // Kept mentions never overlap and are never empty: their starts alone order them. Each
    // key is the start with the position in its low 32 bits; the recognizers' passes each
    // give mentions in text order, runs that a stable sort finds and merges.
    let mut order: Vec<u128> = mentions
        .iter()
        .enumerate()
        .map(|(k, m)| (m.span.start as u128) << 32 | (k as u128 & u128::from(u32::MAX)))
        .collect();
    order.sort();
    let at = |key: u128| (key & u128::from(u32::MAX)) as usize;
    // Position i takes the mention first at order[i]; earlier swaps moved some mentions on,
    // so follow where each went.
    for i in 0..order.len() {
        let mut from = at(order[i]);
        while from < i {
            from = at(order[from]);
        }
        order[i] = from as u128;
        mentions.swap(i, from);
    }
}

/// A lone word listed as a place that is the family name of a person in the same article
/// is that person ("Jordan" after "Michael Jordan", "Washington" after "Denzel Washington").
fn surnames_over_places(text: &str, mentions: &mut [Mention]) {
    let lone_place = |m: &Mention| {
        m.ty == EntityType::Place && m.rule != Rule::Dateline && !m.text(text).contains(' ')
    };
    if !mentions.iter().any(lone_place) {
        return;
    }
    let mut key = String::new();
    let surnames: foldhash::HashSet<String> = mentions
        .iter()
        .filter(|m| m.ty == EntityType::Person)
        .filter_map(|m| {
            name_key(m.text(text), &mut key);
            // The last of two or more words.
            key.rsplit_once(' ').map(|(_, last)| last.to_string())
        })
        .collect();
    if surnames.is_empty() {
        return;
    }
    let mut buf = [0u8; 24];
    for m in mentions.iter_mut().filter(|m| lone_place(m)) {
        let t = m.text(text);
        let owned;
        let low = match crate::token::lower(t, &mut buf) {
            Some(low) => low,
            None => {
                owned = t.to_lowercase();
                owned.as_str()
            }
        };
        if surnames.contains(low) {
            m.ty = EntityType::Person;
            m.list_kind = None;
            m.rule = Rule::ArticleLink;
        }
    }
}

/// How far around a mention its line is looked at, in bytes.
const LINE_WINDOW: usize = 256;

/// True when at least `need` of `words` (ASCII lower case) occur in `text`, ASCII case
/// folded. The text is lowered a window at a time (windows overlap by a word's length),
/// never copied whole, and the search stops once `need` are found.
fn words_present(text: &[u8], words: &[&str], need: usize) -> bool {
    const WINDOW: usize = 1 << 16;
    let overlap = words.iter().map(|w| w.len()).max().unwrap_or(1) - 1;
    let mut found = vec![false; words.len()];
    let mut lower = Vec::with_capacity(text.len().min(WINDOW + overlap));
    let mut start = 0;
    loop {
        let end = (start + WINDOW + overlap).min(text.len());
        lower.clear();
        lower.extend(text[start..end].iter().map(u8::to_ascii_lowercase));
        for (seen, w) in found.iter_mut().zip(words) {
            *seen = *seen || memchr::memmem::find(&lower, w.as_bytes()).is_some();
        }
        let count = found.iter().filter(|&&f| f).count();
        if count >= need || end == text.len() {
            return count >= need;
        }
        start += WINDOW;
    }
}

/// Sports results name clubs after their towns ("Surrey 429-7", "Leicestershire beat
/// Somerset", "Pohang 3 Ulsan 2"): in an article with several scores, a town or an unknown
/// name followed by a score on its line, after "v", or on either side of "beat", is a team —
/// an organization — and so is every other such mention of it in the article. Countries
/// stay places (national teams), and names found by strong person rules stay people.
fn sports_teams(text: &str, mentions: &mut [Mention]) {
    let bytes = text.as_bytes();
    let scores = memchr::memchr_iter(b'-', bytes)
        .filter(|&i| {
            i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        })
        .count();
    // A match report: a score and the vocabulary of sport (looked for only after a score).
    let report = scores >= 1 && words_present(bytes, words::CONTEXT_SPORT, 3);
    // Standings and results lines, counted only when the scores leave it open, and only up
    // to three. The lines come from one memchr pass over the text (`str::lines` searches
    // afresh for each line; a carriage return left at a line's end changes no count below).
    if scores < 3 && !report {
        let mut start = 0;
        let result_lines = memchr::memchr_iter(b'\n', bytes)
            .chain([bytes.len()])
            .map(|end| {
                let line = &text[start..end];
                start = end + 1;
                line
            })
            .filter(|l| is_result_line(l))
            .take(3)
            .count();
        if result_lines < 3 {
            return;
        }
    }
    let candidate = |m: &Mention| match m.ty {
        EntityType::Place => {
            m.list_kind
                .is_some_and(|k| matches!(kind_name(k), "city" | "state" | "region"))
                && m.rule != Rule::Dateline
        }
        EntityType::Person => m.tentative,
        _ => false,
    };
    let between = |a: usize, b: usize| words::CONTEXT_TEAM_VERB.contains(&text[a..b].trim());
    let locative = |m: &Mention| {
        let before = text[..m.span.start]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        words::CONTEXT_LOCATIVE.contains(&before.to_lowercase().as_str())
    };
    let mut teams: foldhash::HashSet<String> = foldhash::HashSet::default();
    for (k, m) in mentions.iter().enumerate() {
        if !candidate(m) {
            continue;
        }
        // Only the neighbourhood of the mention counts: a bounded window keeps a document
        // that is one long line linear.
        let window_end = floor_char(text, (m.span.end + LINE_WINDOW).min(text.len()));
        let line_rest = text[m.span.end..window_end]
            .split('\n')
            .next()
            .unwrap_or("");
        let rest = line_rest.trim_start();
        // A score, not the date of a dateline ("LONDON 1996-08-30").
        let is_date = rest.len() >= 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-';
        // Bowling figures ("Gough 10-2-45-3") follow players, not teams.
        let figures = m.ty == EntityType::Person
            && rest.split_whitespace().next().unwrap_or("").contains('-');
        let score_follows = rest.starts_with(|c: char| c.is_ascii_digit()) && !is_date && !figures;
        let window_start = ceil_char(text, m.span.start.saturating_sub(LINE_WINDOW));
        let line_start = text[window_start..m.span.start]
            .rfind('\n')
            .map_or(window_start, |p| window_start + p + 1);
        let versus = text[line_start..m.span.start].trim_end().ends_with(" v")
            || text[line_start..m.span.start].trim_end().ends_with(" vs");
        let next_is_team = mentions
            .get(k + 1)
            .is_some_and(|n| candidate(n) && between(m.span.end, n.span.start));
        let prev_is_team =
            k > 0 && candidate(&mentions[k - 1]) && between(mentions[k - 1].span.end, m.span.start);
        // In results a team opens its line or follows another result ("Pohang 3 Ulsan 2",
        // "Leicester: Leicestershire 296"); a name after "b" in a scorecard is a bowler.
        let prefix = text[line_start..m.span.start].trim_end();
        let opens_result = prefix.is_empty()
            || prefix.ends_with([':', ',', ';', ')'])
            || prefix.ends_with(|c: char| c.is_ascii_digit());
        // In a match report a town that is not where something happens is a club
        // ("Sunderland came from behind", "visit Brighton"), unlike "in Sunderland".
        let club = report && m.ty == EntityType::Place && !locative(m);
        if (score_follows && opens_result) || versus || next_is_team || prev_is_team || club {
            teams.insert(m.text(text).to_string());
        }
    }
    for m in mentions.iter_mut() {
        if candidate(m) && !locative(m) && teams.contains(m.text(text)) {
            m.ty = EntityType::Organization;
            m.rule = Rule::SportsTeam;
            m.tentative = false;
            m.list_kind = None;
            m.canonical = None;
        }
    }
}

/// A line of standings or results: a name, then numbers ("CHICAGO 71 64 .526 10"). The
/// name is letters, spaces and ". ' -", one space before the first digit; the line is read
/// only until another character, ASCII without decoding.
fn is_result_line(l: &str) -> bool {
    let b = l.as_bytes();
    let mut p = 0;
    while let Some(&c) = b.get(p) {
        if c.is_ascii() {
            if !(c.is_ascii_alphabetic() || matches!(c, b' ' | b'.' | b'\'' | b'-')) {
                break;
            }
            p += 1;
        } else {
            match l[p..].chars().next() {
                Some(ch) if ch.is_alphabetic() => p += ch.len_utf8(),
                _ => break,
            }
        }
    }
    b.get(p).is_some_and(u8::is_ascii_digit) && p > 2 && l[..p].trim_end().len() + 1 == p
}

/// An unconfirmed lone name followed by a role of organizations is one ("Petofi general
/// manager", "Rotor's fans").
fn roles_of_organizations(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.tentative) {
        let after = text[m.span.end..]
            .trim_start_matches(['’', '\''])
            .trim_start_matches('s');
        let after = after.trim_start();
        let role = words::CONTEXT_ORGANIZATION_ROLE.iter().any(|r| {
            after
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
    if s.is_ascii() {
        // Bytes are characters: split at ASCII white space without decoding.
        let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        for w in s.as_bytes().split(is_space) {
            let w = w.strip_suffix(b".").map_or(w, |_| {
                let n = w.iter().rev().take_while(|&&b| b == b'.').count();
                &w[..w.len() - n]
            });
            if w.is_empty() {
                continue;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            key.extend(w.iter().map(|b| char::from(b.to_ascii_lowercase())));
        }
        return;
    }
    let words = s
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty());
    for w in words {
        if !key.is_empty() {
            key.push(' ');
        }
        if w.is_ascii() {
            let from = key.len();
            key.push_str(w);
            key[from..].make_ascii_lowercase();
        } else {
            key.push_str(&w.replace('’', "'").to_lowercase());
        }
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

/// A lone capitalized word stays a name only when the article names the same entity more
/// fully elsewhere ("Hegseth" after "Pete Hegseth"), or names it the same way with a type.
fn confirm_tentative(text: &str, mentions: &mut Vec<Mention>) {
    let weak_person = |m: &Mention| {
        m.ty == EntityType::Person && matches!(m.rule, Rule::Speaker | Rule::UnknownName)
    };
    // The names the rest of the article is asked about: each tentative mention as written
    // (apostrophes straight) and in lower case, and each weakly found person as written.
    // Only they need a type from it, and most articles ask about few.
    let mut wanted: foldhash::HashSet<Cow<str>> = foldhash::HashSet::default();
    for m in mentions.iter() {
        if m.tentative {
            let t = straight_apostrophes(m.text(text));
            wanted.insert(Cow::Owned(t.to_lowercase()));
            wanted.insert(t);
        }
        if weak_person(m) {
            wanted.insert(Cow::Borrowed(m.text(text)));
        }
    }
    if wanted.is_empty() {
        return;
    }
    // Keys borrow the text where they can: most are a mention as written.
    let mut known: HashMap<Cow<str>, EntityType> = HashMap::default();
    let mut words = String::new();
    for m in mentions.iter().filter(|m| !m.tentative) {
        let t = m.text(text);
        let key = straight_apostrophes(t);
        if wanted.contains(key.as_ref()) {
            known.entry(key).or_insert(m.ty);
        }
        // "Halcyon" after "Halcyon Semiconductor Inc.": a company's first word names it.
        if m.ty == EntityType::Organization
            && t.split_whitespace()
                .next()
                .is_some_and(|w| wanted.contains(w))
        {
            if let Some(short) = org_short_name(t) {
                known
                    .entry(Cow::Borrowed(short))
                    .or_insert(EntityType::Organization);
            }
        }
        // "Van Dijk" after "Van Dijk Lines": a company's name without its last word.
        if m.ty == EntityType::Organization {
            for (k, _) in t.match_indices(' ').skip(1) {
                let prefix = &t[..k];
                if wanted.contains(prefix) && !known.contains_key(prefix) {
                    known.insert(Cow::Borrowed(prefix), EntityType::Organization);
                }
            }
        }
        if m.ty == EntityType::Person {
            name_key(t, &mut words);
            for w in words
                .split(' ')
                .filter(|w| !w.is_empty() && wanted.contains(*w))
            {
                // "Image" of "Ahmed Mohamed Image": an ordinary word confirms no person
                // unless a name list has it ("Brown").
                if ordinary_word(w) {
                    continue;
                }
                if !known.contains_key(w) {
                    known.insert(Cow::Owned(w.to_string()), EntityType::Person);
                }
            }
            // "de la fuente" after "Álvaro de la Fuente": the surname with its particles.
            for (k, _) in words.match_indices(' ') {
                let run = &words[k + 1..];
                if run.contains(' ') && wanted.contains(run) && !known.contains_key(run) {
                    known.insert(Cow::Owned(run.to_string()), EntityType::Person);
                }
            }
        }
    }
    mentions.retain_mut(|m| {
        if weak_person(m) && known.get(m.text(text)) == Some(&EntityType::Organization) {
            m.ty = EntityType::Organization;
            m.rule = Rule::ArticleLink;
            return true;
        }
        if !m.tentative {
            return true;
        }
        let t = straight_apostrophes(m.text(text));
        match known
            .get(t.as_ref())
            .or_else(|| known.get(t.to_lowercase().as_str()))
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
fn link_names(text: &str, mentions: &mut [Mention]) {
    // Every run of consecutive words of every person's name key, with the fullest name that
    // holds it (the first in the text among the longest): one hash lookup per mention. Only
    // distinct runs are stored; the keys are kept end to end in one buffer, to be looked up.
    let mut fullest: HashMap<String, (usize, &str)> = HashMap::default();
    let mut key = String::new();
    let mut keys = String::new();
    let mut key_ends: Vec<usize> = Vec::new();
    // The byte range of each word of `key` (words hold no white space, so a run of words
    // is a slice of the key, unambiguous).
    let mut words: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Person) {
        name_key(m.text(text), &mut key);
        keys.push_str(&key);
        key_ends.push(keys.len());
        words.clear();
        let mut at = 0;
        for w in key.split(' ').filter(|_| !key.is_empty()) {
            words.push((at, at + w.len()));
            at += w.len() + 1;
        }
        for a in 0..words.len() {
            for b in a..words.len() {
                let run = &key[words[a].0..words[b].1];
                let entry = match fullest.get_mut(run) {
                    Some(entry) => entry,
                    None => fullest.entry(run.to_string()).or_insert((0, "")),
                };
                if words.len() > entry.0 {
                    *entry = (words.len(), m.text(text));
                }
            }
        }
    }
    // Organizations by the initials of their names, the first in the text for each.
    let mut by_initials: HashMap<String, String> = HashMap::default();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
        let t = m.text(text);
        let i = initials(t);
        if i != t {
            by_initials.entry(i).or_insert_with(|| t.to_string());
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
            // The article's own expansion of an acronym beats a list's: "Council for the
            // Development of Cambodia (CDC)" is no Centers for Disease Control.
            EntityType::Organization => {
                let is_acronym =
                    t.chars().all(|c| c.is_uppercase() || c == '&') && t.chars().count() >= 2;
                let expansion = is_acronym.then(|| by_initials.get(t).cloned()).flatten();
                if let Some(full) = defined.get(t).cloned().or(expansion) {
                    m.canonical = Some(CanonicalName::from(full));
                }
            }
            _ => {}
        }
        // The name as written needs no copy.
        if m.canonical.as_deref() == Some(t) {
            m.canonical = None;
        }
    }
}

/// An ordinary English word that no name list has ("image", "shuttle"; not "brown").
fn ordinary_word(w: &str) -> bool {
    crate::lexicon::english::is_common_word(w)
        && !GAZETTEER.is_given_name(w)
        && GAZETTEER.surname_rank(w).is_none()
}

/// `s` with curly apostrophes made straight, copied only when it has one.
fn straight_apostrophes(s: &str) -> Cow<'_, str> {
    if !s.is_ascii() && s.contains('’') {
        s.replace('’', "'").into()
    } else {
        s.into()
    }
}

/// The capital initials of a name's main words ("Center for Strategic and International
/// Studies" -> "CSIS").
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_lines_are_a_name_then_a_number() {
        for line in [
            "CHICAGO 71 64 .526 10",
            "Pohang 3 Ulsan 2",
            "Zürich-Nord 2",
            "St. Kilda 9",
        ] {
            assert!(is_result_line(line), "{line:?}");
        }
        for line in [
            "",
            "Ab",
            "No number here.",
            "Two  3",
            "Leeds: 3",
            "71 64",
            "Léon, 3",
            "X 1",
        ] {
            assert!(!is_result_line(line), "{line:?}");
        }
    }

    #[test]
    fn taken_bytes_are_exact_across_bit_words() {
        let m = |a, b| Mention::new(EntityType::Place, Span::new(a, b), Rule::UnknownName);
        let mut taken = Taken::new(&[m(10, 20), m(300, 310)]);
        taken.mark(Span::new(70, 140));
        for (a, b, hit) in [
            (10, 70, false),
            (69, 71, true),
            (139, 141, true),
            (140, 300, false),
            (100, 101, true),
            (10, 300, true),
        ] {
            assert_eq!(taken.any(Span::new(a, b)), hit, "{a}..{b}");
        }
        taken.mark(Span::new(10, 74));
        assert!(taken.any(Span::new(10, 11)));
        assert!(!taken.any(Span::new(140, 310)));
    }

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
    use crate::model::Span;

    #[test]
    fn sort_in_place_orders_any_permutation() {
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for n in [0, 1, 2, 3, 5, 8, 50, 333] {
            for _ in 0..50 {
                let mut mentions: Vec<Mention> = (0..n)
                    .map(|k| {
                        Mention::new(
                            EntityType::Place,
                            Span::new(3 * k, 3 * k + 2),
                            Rule::UnknownName,
                        )
                    })
                    .collect();
                for k in (1..n).rev() {
                    let j = next() % (k + 1);
                    mentions.swap(k, j);
                }
                sort_in_place(&mut mentions);
                let starts: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
                assert_eq!(starts, (0..n).map(|k| 3 * k).collect::<Vec<_>>());
            }
        }
    }
}
