//! The user's own lists (`--gazetteer FILE`): a TSV of names with their type and optional
//! canonical name, compiled into an FST at load time and matched by the same walk as the
//! built-in lists, which they win over.

use std::fmt;

use super::{norm_key, walk_longest, Entry, Names};
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
    /// Which of the texts given to [`UserGazetteer::from_tsv`] (0-based).
    pub text: usize,
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

/// The lines of `text`, ended by LF, CRLF or CR alone (as old Mac files end them).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let after = if rest[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = rest.get(end + after..).unwrap_or("");
        Some(line)
    })
}

/// The entity type a gazetteer line names: lede's own type names, or the labels of other
/// tools (CoNLL's `PER`, `LOC`, `ORG`; spaCy's `PERSON`, `GPE`), in any case.
fn type_of(label: &str) -> Option<EntityType> {
    match label.to_ascii_lowercase().as_str() {
        "person" | "per" => Some(EntityType::Person),
        "place" | "loc" | "location" | "gpe" => Some(EntityType::Place),
        "organization" | "organisation" | "org" => Some(EntityType::Organization),
        _ => None,
    }
}

/// True for a header line: `name`, `type` and optionally `canonical`, in any case.
fn is_header(cols: &[&str]) -> bool {
    let names = ["name", "type", "canonical"];
    (2..=3).contains(&cols.len())
        && cols
            .iter()
            .zip(names)
            .all(|(c, n)| c.trim().eq_ignore_ascii_case(n))
}

impl UserGazetteer {
    /// Reads lines `name<TAB>type[<TAB>canonical]`; empty lines and `#` comments are
    /// skipped, and so is a header line `name<TAB>type[<TAB>canonical]`. The type is
    /// `person`, `place` or `organization`, or a label of other tools for them (`PER`,
    /// `PERSON`, `LOC`, `GPE`, `ORG`, in any case). Lines end with LF, CRLF or CR alone. A
    /// later line for the same name wins.
    pub fn from_tsv(texts: &[&str]) -> Result<UserGazetteer, UserListError> {
        let mut rows: std::collections::BTreeMap<String, Entry> = std::collections::BTreeMap::new();
        for (t, text) in texts.iter().enumerate() {
            for (k, line) in lines(text).enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let err = |message: &str| UserListError {
                    text: t,
                    line: k + 1,
                    message: message.to_string(),
                };
                let cols: Vec<&str> = line.split('\t').collect();
                if k == 0 && is_header(&cols) {
                    continue;
                }
                if cols.len() > 3 {
                    return Err(err(&format!(
                        "{} columns; expected name<TAB>type[<TAB>canonical]",
                        cols.len()
                    )));
                }
                let name = cols[0].trim();
                if name.is_empty() {
                    return Err(err("empty name"));
                }
                let ty = match cols.get(1).map(|t| t.trim()) {
                    Some(label) => match type_of(label) {
                        Some(ty) => ty,
                        None => {
                            return Err(err(&format!(
                                "type '{label}' is not person, place or organization"
                            )))
                        }
                    },
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
        walk_longest(
            Names::new(self.map.as_fst(), None),
            text,
            tokens,
            i,
            limit,
            |_| true,
        )
        .map(|(j, v)| (j, &self.entries[v as usize]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_with_lf_crlf_or_cr() {
        let got: Vec<&str> = lines("a\nb\r\nc\rd\r\re").collect();
        assert_eq!(got, ["a", "b", "c", "d", "", "e"]);
    }

    #[test]
    fn headers_labels_and_line_ends_of_other_tools() {
        let g = UserGazetteer::from_tsv(&[
            "Name\tType\r\nAcme Rail\tORG\r\nLe Havre\tGPE\rJo Bex\tper\tJoanna Bex\r",
        ])
        .unwrap();
        assert_eq!(g.len(), 3);
        assert_eq!(g.lookup("Acme Rail").unwrap().ty, EntityType::Organization);
        assert_eq!(g.lookup("Le Havre").unwrap().ty, EntityType::Place);
        assert_eq!(g.lookup("Jo Bex").unwrap().canonical, Some("Joanna Bex"));
    }

    #[test]
    fn bad_lines_name_their_text_and_line() {
        let e =
            UserGazetteer::from_tsv(&["Acme\torg", "\nAcme\torg\tAcme Inc\textra"]).unwrap_err();
        assert_eq!((e.text, e.line), (1, 2));
        assert!(e.message.contains("4 columns"), "{}", e.message);
        let e = UserGazetteer::from_tsv(&["Acme\tcompany"]).unwrap_err();
        assert!(e.message.contains("'company'"), "{}", e.message);
        // A header is only a header on the first line.
        assert!(UserGazetteer::from_tsv(&["Acme\torg\nname\ttype"]).is_err());
    }
}
