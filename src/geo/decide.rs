//! Which place of its name each place mention means, from the article's evidence asked in
//! order: a qualifier after the name ("Paris, Texas", "Cambridge, Mass.", "Washington
//! state"), the dateline's place, the other places of the article (their countries and
//! regions), and last the population. A region, island or peninsula of the features list
//! that lies in one country gets that country, off the map.

use super::division::{self, Asked};
use super::{
    candidates, candidates_by_key, country_population, demonyms, off_the_map_by_key, place, region,
    Feature, GeoBasis, GeoPlace, GeoRef,
};
use crate::gazetteer::{norm_key_into, with_norm_key};
use foldhash::{HashMap, HashSet};

use crate::gazetteer::kind_name;
use crate::model::{EntityType, Mention, Span};
use crate::segment::Structure;

/// A place outranks a namesake this many times its population only with a region's
/// evidence: "Paris" in a story from Texas is still the French capital.
const COUNTRY_EVIDENCE_RATIO: u64 = 100;

/// How far either side of a place mention a demonym counts as evidence (bytes): about
/// its sentence.
const DEMONYM_REACH: usize = 160;

/// A demonym chooses a place only this many times smaller than its most populous namesake
/// at most: weak evidence for a close call ("Valencia", "Newcastle"), not against a capital
/// ("the Americans … in Athens").
const DEMONYM_RATIO: u64 = 3;

/// Where the article has no other place evidence, a demonym may choose a place up to this
/// many times smaller than its most populous namesake, if it is a major city of its
/// country ("Lebanese troops … Tripoli").
const DEMONYM_ALONE_RATIO: u64 = 10;

/// A major city of its country holds at least one in this many of its people: Tripoli in
/// Lebanon, not Athens in Georgia.
const MAJOR_CITY_SHARE: u64 = 100;

/// The place of every place mention of the table, in text order.
pub fn locate(text: &str, mentions: &[Mention], structure: &Structure) -> Vec<GeoRef> {
    // Names repeat: each looked up once.
    let mut known: HashMap<&str, &'static [u16]> =
        HashMap::with_capacity_and_hasher(16, Default::default());
    // Most names are plain words one space apart, keyed on the stack.
    let lookup = |name: &'_ str| -> &'static [u16] { with_norm_key(name, candidates_by_key) };
    // Room for a place in every mention, up to 256: no growing a push at a time.
    let mut found: Vec<(usize, &'static [u16])> = Vec::with_capacity(mentions.len().min(256));
    found.extend(
        mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.ty == EntityType::Place && on_the_map(m))
            .filter_map(|(i, m)| {
                let name = m.name(text);
                let c = *known.entry(name).or_insert_with(|| {
                    let c = lookup(name);
                    // Without a canonical name the name is the text: asked already.
                    if c.is_empty() && m.canonical.is_some() {
                        lookup(m.text(text))
                    } else {
                        c
                    }
                });
                (!c.is_empty()).then_some((i, c))
            }),
    );
    // The regions, islands and peninsulas that lie in one country: their country only;
    // the subdivisions that a word asks for, once the evidence is in.
    let mut areas: Vec<GeoRef> = Vec::new();
    let mut asked_off: Vec<(usize, Asked)> = Vec::new();
    let mut key = String::new();
    let mut next = 0;
    for (i, m) in mentions.iter().enumerate() {
        while found.get(next).is_some_and(|&(k, _)| k < i) {
            next += 1;
        }
        if m.ty != EntityType::Place || found.get(next).is_some_and(|&(k, _)| k == i) {
            continue;
        }
        let name = m.name(text);
        // Few mentions are off the map: looked up each time, no cache to fill.
        key.clear();
        norm_key_into(name, &mut key);
        let area = off_the_map_by_key(&key)
            .iter()
            .copied()
            .find(|&p| place(p).is_area());
        if let Some(p) = area {
            areas.push(GeoRef {
                at: m.span.start,
                place: p,
                basis: GeoBasis::Only,
            });
        } else if let Some(a) = division::asked(text, m, &mut key) {
            asked_off.push((i, a));
        }
    }
    if found.is_empty() {
        for (i, a) in asked_off {
            let cc = a.on_the_map.first().map(|&p| place(p).cc);
            if let Some(p) = state_on_the_map(&a).or_else(|| a.choose(cc, |_| 0)) {
                areas.push(qualified_ref(&mentions[i], p));
            }
        }
        return areas;
    }
    let mut chosen: Vec<Option<(u16, GeoBasis)>> = vec![None; found.len()];
    let mut asked_on: Vec<(usize, Asked)> = Vec::new();
    // The qualifiers first: a qualified place is evidence as sure as a one-place name.
    for (k, &(i, cands)) in found.iter().enumerate() {
        if cands.len() == 1 {
            chosen[k] = Some((cands[0], GeoBasis::Only));
        } else if let Some(p) = qualified(text, mentions, i, cands) {
            chosen[k] = Some((p, GeoBasis::Qualifier));
        }
        // A state or country on the map is the division itself ("Washington state").
        let division = chosen[k]
            .is_some_and(|(p, _)| matches!(place(p).feature(), Feature::Admin1 | Feature::Country));
        if division {
            continue;
        }
        if let Some(a) = division::asked(text, &mentions[i], &mut key) {
            // "The state of Georgia": the US state, on the map.
            let state = (a.word() == "state")
                .then(|| {
                    cands
                        .iter()
                        .find(|&&c| place(c).feature() == Feature::Admin1)
                })
                .flatten();
            match state {
                Some(&p) => chosen[k] = Some((p, GeoBasis::Qualifier)),
                None => asked_on.push((k, a)),
            }
        }
    }
    let mut votes = Votes::default();
    for c in chosen.iter().flatten() {
        votes.add(place(c.0));
    }
    // The regions of the features list: evidence for their country, and for their
    // first-order division where its admin1 code is known ("Ontario", "Bavaria").
    let mut counted: Vec<u16> = Vec::new();
    // An island is too often part of a place already counted ("Staten Island").
    for g in &areas {
        let p = g.get();
        if p.admin1().is_some() {
            votes.add_region(p.cc, p.admin1);
        } else if p.feature() == Feature::Area && !counted.contains(&g.place) {
            counted.push(g.place);
            votes.add_country(p.cc);
        }
    }
    // The dateline's place, decided before the others that it is evidence for.
    let dateline = structure
        .dateline_place
        .or(structure.dateline)
        .and_then(|d| {
            let k = found.iter().position(|&(i, _)| {
                mentions[i].span.start >= d.start && mentions[i].span.end <= d.end
            })?;
            if chosen[k].is_none() {
                chosen[k] = Some(by_votes(found[k].1, &votes));
            }
            Some((k, place(chosen[k]?.0)))
        });
    // Countries and states first: what they decide is evidence for the cities; a place
    // far more populous than its namesakes is too.
    for cities in [false, true] {
        for (k, &(i, cands)) in found.iter().enumerate() {
            if chosen[k].is_some() || (place(cands[0]).feature() == Feature::City) != cities {
                continue;
            }
            let by_dateline = dateline
                .filter(|&(d, _)| d != k)
                .and_then(|(_, d)| best_match(cands, |p| (p.cc == d.cc, same_region(p, d))));
            let (p, basis) = match by_dateline {
                Some(p) => (p, GeoBasis::Dateline),
                None => match by_votes(cands, &votes) {
                    (_, GeoBasis::Population) if !clear(cands) => {
                        let alone = dateline.is_none() && votes.countries.is_empty();
                        by_demonym(text, mentions[i].span, cands, alone)
                            .map_or((cands[0], GeoBasis::Population), |p| (p, GeoBasis::Demonym))
                    }
                    chosen => chosen,
                },
            };
            chosen[k] = Some((p, basis));
            if !cities || basis != GeoBasis::Population || clear(cands) {
                votes.add(place(p));
            }
        }
    }
    // A subdivision asked for by a word: the one in the country the evidence chose.
    for (k, a) in asked_on {
        let cc = chosen[k].map(|(p, _)| place(p).cc);
        if let Some(p) = a.choose(cc, |cc| votes.countries.get(&cc).copied().unwrap_or(0)) {
            chosen[k] = Some((p, GeoBasis::Qualifier));
        }
    }
    for (i, a) in asked_off {
        let cc = (!a.on_the_map.is_empty()).then(|| place(by_votes(a.on_the_map, &votes).0).cc);
        let p = state_on_the_map(&a)
            .or_else(|| a.choose(cc, |cc| votes.countries.get(&cc).copied().unwrap_or(0)));
        if let Some(p) = p {
            areas.push(qualified_ref(&mentions[i], p));
        }
    }
    let mut refs: Vec<GeoRef> = found
        .iter()
        .zip(chosen)
        .filter_map(|(&(i, _), c)| {
            let (p, basis) = c?;
            Some(GeoRef {
                at: mentions[i].span.start,
                place: p,
                basis,
            })
        })
        .collect();
    if !areas.is_empty() {
        refs.extend(areas);
        refs.sort_by_key(|g| g.at);
    }
    refs
}

/// The US state on the map that a mention ending in "State" names ("New York State").
fn state_on_the_map(a: &Asked) -> Option<u16> {
    if a.word() != "state" {
        return None;
    }
    a.on_the_map
        .iter()
        .copied()
        .find(|&c| place(c).feature() == Feature::Admin1)
}

/// The place `p` of mention `m`, chosen by a qualifier.
fn qualified_ref(m: &Mention, p: u16) -> GeoRef {
    GeoRef {
        at: m.span.start,
        place: p,
        basis: GeoBasis::Qualifier,
    }
}

/// True for a place from a list of countries, states, cities or continents, or found by
/// a rule; false for the features (seas, islands, regions), which the table has not.
fn on_the_map(m: &Mention) -> bool {
    m.list_kind.is_none_or(|k| {
        matches!(
            kind_name(k),
            "country" | "state" | "city" | "continent" | "capital"
        )
    })
}

/// Two places in the same first-order division of one country.
fn same_region(a: &GeoPlace, b: &GeoPlace) -> bool {
    a.cc == b.cc && a.admin1().is_some() && a.admin1() == b.admin1()
}

/// The candidate that evidence matches, region first, then country (only where the
/// candidate is not dwarfed by the most populous place of the name).
fn best_match(cands: &[u16], matches: impl Fn(&GeoPlace) -> (bool, bool)) -> Option<u16> {
    let top = place(cands[0]);
    let mut country = None;
    for &c in cands {
        let p = place(c);
        let (cc, region) = matches(p);
        if region {
            return Some(c);
        }
        if cc && country.is_none() && !dwarfed(p, top) {
            country = Some(c);
        }
    }
    country
}

/// A city whose namesake is many times more populous: a country's evidence is not enough
/// for it. A US state (its population unknown) is never dwarfed.
fn dwarfed(p: &GeoPlace, top: &GeoPlace) -> bool {
    p.feature() != Feature::Admin1
        && u64::from(p.weight()) * COUNTRY_EVIDENCE_RATIO < u64::from(top.weight())
}

/// True when the most populous place of the name is ten times any namesake's size.
fn clear(cands: &[u16]) -> bool {
    cands
        .get(1)
        .is_none_or(|&c| u64::from(place(c).weight()) * 10 <= u64::from(place(cands[0]).weight()))
}

/// How many more of the article's places a smaller namesake's country needs than the
/// most populous place's country: one, and one more for each fourfold of the gap
/// ("Athens" in a story of Georgia, US, needs two more places of the US than of Greece).
fn margin(p: &GeoPlace, top: &GeoPlace) -> u32 {
    if p.feature() == Feature::Admin1 {
        return 1;
    }
    let ratio = top.weight() / p.weight();
    1 + ratio.max(1).ilog2() / 2
}

/// The place that a qualifier after mention `i` names: ", Texas", ", Mass.", ", Spain",
/// " state".
fn qualified(text: &str, mentions: &[Mention], i: usize, cands: &[u16]) -> Option<u16> {
    let end = mentions[i].span.end;
    let rest = &text[end..];
    if rest.starts_with(" state") || rest.starts_with(" State") {
        return cands
            .iter()
            .copied()
            .find(|&c| place(c).feature() == Feature::Admin1);
    }
    let after = rest.strip_prefix(',')?;
    let gap = after.len() - after.trim_start().len();
    let next = mentions
        .get(i + 1)
        .filter(|n| n.ty == EntityType::Place && n.span.start == end + 1 + gap)?;
    if let Some((cc, admin1)) = region(next.name(text)) {
        return cands.iter().copied().find(|&c| {
            let p = place(c);
            p.cc == cc && p.admin1 == admin1
        });
    }
    // A region of one country: "Valencia, Carabobo".
    let mut key = String::new();
    norm_key_into(next.name(text), &mut key);
    if let Some(&a) = off_the_map_by_key(&key)
        .iter()
        .find(|&&a| place(a).is_area())
    {
        return cands.iter().copied().find(|&c| place(c).cc == place(a).cc);
    }
    for &q in candidates(next.name(text)) {
        let q = place(q);
        if !matches!(q.feature(), Feature::Country | Feature::Admin1) {
            continue;
        }
        let hit = cands.iter().copied().find(|&c| {
            let p = place(c);
            p.cc == q.cc && (q.feature() == Feature::Country || same_region(p, q))
        });
        if hit.is_some() {
            return hit;
        }
    }
    None
}

/// The countries and regions of the article's places whose place is sure, each place
/// counted once however often it is named. A region counts 2 for a state or province
/// named, 1 for a city in it.
struct Votes {
    seen: HashSet<u32>,
    countries: HashMap<[u8; 2], u32>,
    regions: HashMap<([u8; 2], [u8; 8]), u32>,
}

impl Default for Votes {
    /// Room for an article's places from the start: the tables do not grow a step at a
    /// time for the first few.
    fn default() -> Self {
        Votes {
            seen: HashSet::with_capacity_and_hasher(16, Default::default()),
            countries: HashMap::with_capacity_and_hasher(8, Default::default()),
            regions: HashMap::with_capacity_and_hasher(8, Default::default()),
        }
    }
}

impl Votes {
    fn add(&mut self, p: &GeoPlace) {
        if p.cc[0] == 0 || !self.seen.insert(p.id) {
            return;
        }
        let weight = if p.feature() == Feature::Admin1 { 2 } else { 1 };
        *self.countries.entry(p.cc).or_default() += 1;
        if p.admin1().is_some() {
            *self.regions.entry((p.cc, p.admin1)).or_default() += weight;
        }
    }

    /// A region of one country named, its first-order division unknown: 1 for its country.
    fn add_country(&mut self, cc: [u8; 2]) {
        *self.countries.entry(cc).or_default() += 1;
    }

    /// A province or state named: weight 2 for its region, 1 for its country.
    fn add_region(&mut self, cc: [u8; 2], admin1: [u8; 8]) {
        *self.countries.entry(cc).or_default() += 1;
        *self.regions.entry((cc, admin1)).or_default() += 2;
    }

    fn country(&self, p: &GeoPlace) -> u32 {
        self.countries.get(&p.cc).copied().unwrap_or(0)
    }

    fn region(&self, p: &GeoPlace) -> u32 {
        if p.feature() == Feature::Country || p.admin1().is_none() {
            return 0;
        }
        self.regions.get(&(p.cc, p.admin1)).copied().unwrap_or(0)
    }
}

/// The candidate the article's other places point to, else the most populous.
/// Among places of one name that no place of the article decides: the most populous in
/// the one candidate country whose demonym stands near the mention ("Spanish officials said
/// the port of Valencia"), if that place is at least a third of the most populous namesake.
/// Only near it: a demonym anywhere in an article is too common to tell ("American"). None
/// when no country's demonym, or several, stand there. `alone`: the article has no other
/// place evidence, and a major city of its country up to a tenth of the namesake is enough.
fn by_demonym(text: &str, at: Span, cands: &[u16], alone: bool) -> Option<u16> {
    let from = crate::input::floor_char(text, at.start.saturating_sub(DEMONYM_REACH));
    let to = crate::input::floor_char(text, (at.end + DEMONYM_REACH).min(text.len()));
    let near = &text[from..to];
    let mut found: Option<[u8; 2]> = None;
    for &c in cands {
        let cc = place(c).cc;
        if cc[0] == 0 || found == Some(cc) {
            continue;
        }
        if demonyms(cc).any(|d| has_word(near, d)) {
            if found.is_some() {
                return None;
            }
            found = Some(cc);
        }
    }
    let top = u64::from(place(cands[0]).weight());
    let c = *cands.iter().find(|&&c| Some(place(c).cc) == found)?;
    let p = place(c);
    let size = u64::from(p.weight());
    let major = || {
        country_population(p.cc)
            .is_some_and(|n| u64::from(p.population) * MAJOR_CITY_SHARE >= u64::from(n))
    };
    (size * DEMONYM_RATIO >= top
        || (alone && p.feature() == Feature::City && size * DEMONYM_ALONE_RATIO >= top && major()))
    .then_some(c)
}

/// True when `word` stands in `text` as a whole word (as written: demonyms are capitalized),
/// not after a capitalized word ("Latin American" is no American).
fn has_word(text: &str, word: &str) -> bool {
    let (b, w) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = w.first() else {
        return false;
    };
    // The places of `word`, none overlapping the one before (as a substring search finds
    // them): a search for its first byte, which in a window of a few hundred bytes costs
    // less than a searcher built for each word.
    let mut from = 0;
    let mut found = std::iter::from_fn(|| {
        while let Some(k) = memchr::memchr(first, &b[from..]) {
            let at = from + k;
            if b[at..].starts_with(w) {
                from = at + w.len();
                return Some(at);
            }
            from = at + 1;
        }
        None
    });
    found.any(|at| {
        let head = &text[..at];
        let before = head.chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let named = before == Some(' ')
            && head[..head.len() - 1]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
            && !named
    })
}

fn by_votes(cands: &[u16], votes: &Votes) -> (u16, GeoBasis) {
    let top = place(cands[0]);
    let score = |p: &GeoPlace| 3 * votes.region(p) + votes.country(p);
    let mut best = (cands[0], score(top));
    for &c in &cands[1..] {
        let p = place(c);
        let s = score(p);
        let eligible = votes.region(p) >= 2
            || (votes.country(p) >= votes.country(top) + margin(p, top) && !dwarfed(p, top));
        if eligible && s > best.1 {
            best = (c, s);
        }
    }
    if best.1 > 0 {
        (best.0, GeoBasis::Article)
    } else {
        (cands[0], GeoBasis::Population)
    }
}
