//! The user's own lists (`--gazetteer FILE`): a TSV of names with their type and optional
//! canonical name, compiled into an FST at load time and matched by the same walk as the
//! built-in lists, which they win over.

use std::fmt;

use super::{norm_key, walk_longest, Entry};
use crate::model::{EntityType, Rule};
use crate::token::Token;

/// Names from the user's files.
#[derive(Debug)]
pub struct UserGazetteer {
    map: fst::Map<Vec<u8>>,
    entries: Vec<Entry>,
}

/// A line of a user gazetteer that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserListError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for UserListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for UserListError {}

impl UserGazetteer {
    /// Reads lines `name<TAB>type[<TAB>canonical]` (type: person, place or organization);
    /// empty lines and `#` comments are skipped. A later line for the same name wins.
    pub fn from_tsv(texts: &[&str]) -> Result<UserGazetteer, UserListError> {
        let mut rows: std::collections::BTreeMap<String, Entry> = std::collections::BTreeMap::new();
        for text in texts {
            for (k, line) in text.lines().enumerate() {
                let line = line.trim_end_matches('\r');
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let err = |message: &str| UserListError {
                    line: k + 1,
                    message: message.to_string(),
                };
                let cols: Vec<&str> = line.split('\t').collect();
                let name = cols[0].trim();
                if name.is_empty() {
                    return Err(err("empty name"));
                }
                let ty = match cols.get(1).map(|t| t.trim()) {
                    Some("person") => EntityType::Person,
                    Some("place") => EntityType::Place,
                    Some("organization") => EntityType::Organization,
                    Some(other) => {
                        return Err(err(&format!(
                            "type '{other}' is not person, place or organization"
                        )))
                    }
                    None => return Err(err("no type (name<TAB>type[<TAB>canonical])")),
                };
                // The list lives as long as the process that loaded it.
                let canonical = cols
                    .get(2)
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .map(|c| &*Box::leak(c.into()));
                let caps = !name.chars().any(char::is_lowercase);
                rows.insert(
                    norm_key(name),
                    Entry {
                        ty,
                        kind: super::USER_KIND,
                        canonical,
                        list: Rule::User,
                        caps,
                    },
                );
            }
        }
        let mut builder = fst::MapBuilder::memory();
        let mut entries = Vec::with_capacity(rows.len());
        for (i, (key, entry)) in rows.into_iter().enumerate() {
            builder
                .insert(key, i as u64)
                .expect("keys come sorted from a BTreeMap");
            entries.push(entry);
        }
        let map = fst::Map::new(builder.into_inner().expect("in-memory FST")).expect("valid FST");
        Ok(UserGazetteer { map, entries })
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the lists hold no name.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry for exactly this name.
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        self.map
            .get(norm_key(name))
            .map(|i| &self.entries[i as usize])
    }

    /// The longest name from token `i` on: its end token and entry.
    pub fn longest_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        limit: usize,
    ) -> Option<(usize, &Entry)> {
        walk_longest(self.map.as_fst(), None, text, tokens, i, limit, |_| true)
            .map(|(j, v)| (j, &self.entries[v as usize]))
    }
}
