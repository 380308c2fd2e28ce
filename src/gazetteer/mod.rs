//! Embedded gazetteers: the lists of places, organizations, names, currencies and demonyms
//! that ship inside the binary, and the one matcher that looks token n-grams up in them.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::token::{Token, TokenKind};
use crate::EntityType;

/// A name from a list: what it is, and the fuller name it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The entity type the list gives the name.
    pub ty: EntityType,
    /// The list's kind for it ("country", "city", "sea", "organization", ...).
    pub kind: &'static str,
    /// The full name, when the listed name is a short form ("UN" -> "United Nations").
    pub canonical: Option<&'static str>,
    /// The list the entry comes from, for `--explain`.
    pub list: &'static str,
    /// The listed name is written in capitals ("US", "NATO"), so a word in capitals matches it.
    pub caps: bool,
}

/// All embedded lists, built once.
pub struct Gazetteer {
    names: HashMap<String, Vec<Entry>>,
    max_tokens: usize,
    given: HashSet<String>,
    surnames: HashMap<String, u32>,
    family_first: HashSet<String>,
    demonyms: HashSet<String>,
    currency_words: HashMap<String, &'static str>,
    currency_symbols: Vec<(&'static str, &'static str)>,
    currency_codes: HashSet<&'static str>,
}

/// The rows of an embedded data file: lines that are neither empty nor `#` comments.
pub fn data_rows(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Normalizes a name for lookup: lower case, single spaces, straight apostrophes, no space
/// around hyphens.
pub fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space && !out.ends_with('-') && c != '-' {
            out.push(' ');
        }
        space = false;
        match c {
            '’' | '‘' => out.push('\''),
            '–' | '—' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Origins (in `surnames_extra.tsv`) whose names put the family name first.
const FAMILY_NAME_FIRST: &[&str] = &[
    "chinese",
    "khmer",
    "cambodian",
    "vietnamese",
    "korean",
    "taiwan",
];

/// The embedded gazetteer, built on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::embedded);

fn columns(row: &'static str) -> Vec<&'static str> {
    row.split('\t').collect()
}

impl Gazetteer {
    fn embedded() -> Self {
        let mut g = Gazetteer {
            names: HashMap::new(),
            max_tokens: 1,
            given: HashSet::new(),
            surnames: HashMap::new(),
            family_first: HashSet::new(),
            demonyms: HashSet::new(),
            currency_words: HashMap::new(),
            currency_symbols: Vec::new(),
            currency_codes: HashSet::new(),
        };
        for row in data_rows(include_str!("../../data/places.tsv")) {
            let cols = columns(row);
            let kind = match cols.get(1).copied().unwrap_or("city") {
                "country" => "country",
                "state" => "state",
                "continent" => "continent",
                _ => "city",
            };
            g.add(cols[0], EntityType::Place, kind, None, "places");
        }
        for row in data_rows(include_str!("../../data/features.tsv")) {
            let cols = columns(row);
            let kind: &'static str = cols.get(1).copied().unwrap_or("region");
            g.add(cols[0], EntityType::Place, kind, None, "features");
        }
        for row in data_rows(include_str!("../../data/organizations.tsv")) {
            let cols = columns(row);
            let canonical = cols.get(1).copied().filter(|c| !c.is_empty());
            g.add(
                cols[0],
                EntityType::Organization,
                "organization",
                canonical,
                "organizations",
            );
        }
        for data in [
            include_str!("../../data/given_names.tsv"),
            include_str!("../../data/given_names_extra.tsv"),
        ] {
            for row in data_rows(data) {
                g.given.insert(norm_key(columns(row)[0]));
            }
        }
        for row in data_rows(include_str!("../../data/surnames.tsv")) {
            let cols = columns(row);
            let rank = g.surnames.len() as u32 + 1;
            g.surnames.entry(norm_key(cols[0])).or_insert(rank);
        }
        for row in data_rows(include_str!("../../data/surnames_extra.tsv")) {
            let cols = columns(row);
            let key = norm_key(cols[0]);
            let origin = cols.get(1).copied().unwrap_or("").to_ascii_lowercase();
            if FAMILY_NAME_FIRST.iter().any(|o| origin.contains(o)) {
                g.family_first.insert(key.clone());
            }
            g.surnames.entry(key).or_insert(1);
        }
        for row in data_rows(include_str!("../../data/demonyms.tsv")) {
            g.demonyms.insert(norm_key(columns(row)[0]));
        }
        for row in data_rows(include_str!("../../data/currencies.tsv")) {
            let cols = columns(row);
            let (surface, code, form) = (
                cols[0],
                cols.get(1).copied().unwrap_or(""),
                cols.get(2).copied().unwrap_or(""),
            );
            match form {
                "symbol" => g.currency_symbols.push((surface, code)),
                "code" => {
                    g.currency_codes.insert(code);
                }
                _ => {
                    g.currency_words.insert(norm_key(surface), code);
                }
            }
        }
        // Longest symbols first, so "US$" wins over "$".
        g.currency_symbols
            .sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        g
    }

    fn add(
        &mut self,
        name: &str,
        ty: EntityType,
        kind: &'static str,
        canonical: Option<&'static str>,
        list: &'static str,
    ) {
        let key = norm_key(name);
        let caps = !name.chars().any(char::is_lowercase);
        let tokens = crate::token::tokenize(&key).len();
        self.max_tokens = self.max_tokens.max(tokens);
        let entries = self.names.entry(key).or_default();
        match entries.iter_mut().find(|e| e.ty == ty) {
            Some(e) => e.caps |= caps,
            None => entries.push(Entry {
                ty,
                kind,
                canonical,
                list,
                caps,
            }),
        }
    }

    /// The entries for exactly this name, if any list has it.
    pub fn lookup(&self, name: &str) -> &[Entry] {
        self.names.get(&norm_key(name)).map_or(&[], Vec::as_slice)
    }

    /// The longest listed name that starts at token `i` and ends no later than token `limit`
    /// (exclusive): its end token (exclusive) and entries.
    pub fn longest_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        limit: usize,
    ) -> Option<(usize, &[Entry])> {
        let hi = limit.min(i + self.max_tokens);
        for j in (i + 1..=hi).rev() {
            let last = &tokens[j - 1];
            if last.kind == TokenKind::Punct && !text[last.start..last.end].ends_with('.') {
                continue;
            }
            let entries = self.lookup(&text[tokens[i].start..last.end]);
            if !entries.is_empty() {
                return Some((j, entries));
            }
        }
        None
    }

    /// True when `word` is a listed given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(&norm_key(word))
    }

    /// The rank of `word` among listed surnames (1 = most common), if listed.
    pub fn surname_rank(&self, word: &str) -> Option<u32> {
        self.surnames.get(&norm_key(word)).copied()
    }

    /// True when `word` is a family name of a culture that writes it first ("Hun Manet").
    pub fn is_family_name_first(&self, word: &str) -> bool {
        self.family_first.contains(&norm_key(word))
    }

    /// True when `word` is a nationality or demonym ("Chinese", "Cambodians").
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(&norm_key(word))
    }

    /// The ISO 4217 code for a currency word ("yuan", "Hong Kong dollars").
    pub fn currency_word(&self, word: &str) -> Option<&'static str> {
        self.currency_words.get(&norm_key(word)).copied()
    }

    /// Currency symbols with their codes, longest first ("US$" before "$").
    pub fn currency_symbols(&self) -> &[(&'static str, &'static str)] {
        &self.currency_symbols
    }

    /// True for an ISO 4217 code in use ("USD", "EUR").
    pub fn is_currency_code(&self, code: &str) -> bool {
        self.currency_codes.contains(code)
    }

    /// The listed ISO 4217 code equal to `code`, if it is one.
    pub fn currency_code(&self, code: &str) -> Option<&'static str> {
        self.currency_codes.get(code).copied()
    }

    /// Currency words, for building the amount patterns.
    pub fn currency_words(&self) -> impl Iterator<Item = (&str, &'static str)> {
        self.currency_words.iter().map(|(k, v)| (k.as_str(), *v))
    }
}
