//! The user's own lists (`--gazetteer FILE`): a TSV of names with their type and optional
//! canonical name, or the same compiled ahead (`lede gazetteer build`), held in the layout
//! of the built-in lists (see [`super::compiled`]) and matched by the same walk, which they
//! win over.

use std::fmt;
use std::ops::Range;

use super::compiled::{self, Row};
use super::reader::Reader;
use super::walk::MAX_KEY_BYTES;
use super::{decode_entry, norm_key, walk_longest, Entry, Names};
use crate::model::EntityType;
use crate::token::Token;

/// Names from the user's files: the bytes of their compiled form, and where its parts lie.
/// Canonical names are borrowed from its string table.
pub struct UserGazetteer {
    data: Vec<u8>,
    fst: Range<usize>,
    entries: Range<usize>,
    strings: Range<usize>,
    root: usize,
    len: usize,
}

impl fmt::Debug for UserGazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UserGazetteer {{ names: {} }}", self.len)
    }
}

/// A line of a user gazetteer that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserListError {
    /// Which of the texts given to [`UserGazetteer::from_tsv`] (0-based).
    pub text: usize,
    /// 1-based line number (0 for an error of the lists as a whole).
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for UserListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => f.write_str(&self.message),
            line => write!(f, "line {line}: {}", self.message),
        }
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
    /// later line for the same name wins. A name may be up to 256 bytes once normalized
    /// (lower case, single spaces), a canonical name up to 65,535 bytes.
    pub fn from_tsv(texts: &[&str]) -> Result<UserGazetteer, UserListError> {
        let mut rows: Vec<(String, Row)> = Vec::new();
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
                let canonical = cols.get(2).map(|c| c.trim()).filter(|c| !c.is_empty());
                if canonical.is_some_and(|c| c.len() > usize::from(u16::MAX)) {
                    return Err(err("canonical name longer than 65,535 bytes"));
                }
                let key = norm_key(name);
                if key.len() > MAX_KEY_BYTES {
                    return Err(err(&format!(
                        "name of {} bytes; a name may have {MAX_KEY_BYTES} at most",
                        key.len()
                    )));
                }
                let caps = !name.chars().any(char::is_lowercase);
                rows.push((
                    key,
                    Row {
                        ty,
                        caps,
                        canonical: canonical.map(str::to_string),
                    },
                ));
            }
        }
        // By key, a later line for the same name winning: the sort is stable, so the last
        // row of a run of one key is the last line that gave it.
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let mut kept: Vec<(String, Row)> = Vec::with_capacity(rows.len());
        for row in rows {
            match kept.last_mut() {
                Some(last) if last.0 == row.0 => *last = row,
                _ => kept.push(row),
            }
        }
        let data = compiled::compile(&kept).map_err(|message| UserListError {
            text: texts.len().saturating_sub(1),
            line: 0,
            message,
        })?;
        UserGazetteer::from_compiled(data).map_err(|message| UserListError {
            text: 0,
            line: 0,
            message,
        })
    }

    /// True when `bytes` start as a compiled gazetteer does (a TSV never does).
    pub fn is_compiled(bytes: &[u8]) -> bool {
        bytes.starts_with(&compiled::MAGIC)
    }

    /// Opens the bytes of a compiled gazetteer ([`UserGazetteer::as_bytes`], as `lede
    /// gazetteer build` writes them), checked whole but not parsed: the error says what is
    /// wrong with them (another version, truncated, corrupt).
    pub fn from_compiled(data: Vec<u8>) -> Result<UserGazetteer, String> {
        let parts = compiled::open(&data)?;
        Ok(UserGazetteer {
            data,
            fst: parts.fst,
            entries: parts.entries,
            strings: parts.strings,
            root: parts.root,
            len: parts.names,
        })
    }

    /// The compiled form of these lists, as [`UserGazetteer::from_compiled`] reads it.
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the lists hold no name.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The walks of the names FST.
    fn names(&self) -> Names<'_> {
        Names {
            reader: Reader::new(&self.data[self.fst.clone()]),
            root: self.root,
            prefixes: None,
        }
    }

    /// The entry an FST value points to, in the entry table (a count byte, then the record).
    fn entry(&self, value: u64) -> Option<Entry<'_>> {
        let table = &self.data[self.entries.clone()];
        let at = usize::try_from(value).ok()?.checked_add(1)?;
        let record = table.get(at..at.checked_add(8)?)?;
        Some(decode_entry(record, &self.data[self.strings.clone()]))
    }

    /// The entry for exactly this name.
    pub fn lookup(&self, name: &str) -> Option<Entry<'_>> {
        let names = self.names();
        let key = norm_key(name);
        let (node, out) = names.reader.feed(names.root, 0, key.as_bytes())?;
        self.entry(out.wrapping_add(names.reader.final_output(node)?))
    }

    /// The longest name from token `i` on: its end token and entry.
    pub fn longest_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        limit: usize,
    ) -> Option<(usize, Entry<'_>)> {
        let (j, v) = walk_longest(self.names(), text, tokens, i, limit, |_| true)?;
        Some((j, self.entry(v)?))
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
        assert_eq!(g.lookup("Jo Bex").unwrap().list, crate::model::Rule::User);
        assert_eq!(g.lookup("Jo Bex").unwrap().kind, super::super::USER_KIND);
        // The compiled form opens to the same lists.
        let again = UserGazetteer::from_compiled(g.as_bytes().to_vec()).unwrap();
        assert_eq!(again.lookup("jo  bex"), g.lookup("Jo Bex"));
        assert_eq!(again.lookup("Jo"), None);
    }

    /// A later line for a name wins, in one text or a later one, whatever the case.
    #[test]
    fn later_lines_win() {
        let g = UserGazetteer::from_tsv(&["Acme\torg\nZed\tplace\nAcme\tplace", "ACME\tper\tA P"])
            .unwrap();
        assert_eq!(g.len(), 2);
        let acme = g.lookup("Acme").unwrap();
        assert_eq!(
            (acme.ty, acme.canonical, acme.caps),
            (EntityType::Person, Some("A P"), true)
        );
        assert_eq!(g.lookup("zed").unwrap().ty, EntityType::Place);
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

    /// A walk reads no more than 256 tokens: a longer key, in a compiled file made by other
    /// means than `from_tsv`, is never matched, and a text of its words costs little.
    #[test]
    fn walks_stop_after_the_longest_key() {
        let words = vec!["foo"; 3000].join(" ");
        let row = Row {
            ty: EntityType::Organization,
            caps: false,
            canonical: None,
        };
        let rows = [("foo foo".into(), row.clone()), (words.clone(), row)];
        let g = UserGazetteer::from_compiled(compiled::compile(&rows).unwrap()).unwrap();
        let text = vec!["FOO"; 4000].join(" ");
        let tokens = crate::token::tokenize(&text);
        let started = std::time::Instant::now();
        for i in 0..tokens.len() {
            let found = g
                .longest_at(&text, &tokens, i, tokens.len())
                .map(|(j, _)| j);
            assert_eq!(found, (i + 2 <= tokens.len()).then_some(i + 2), "{i}");
        }
        // 4,000 walks of at most 256 tokens each, not of 3,000.
        assert!(started.elapsed().as_secs() < 20);
        assert!(g.lookup(&words).is_some());
    }

    #[test]
    fn names_over_256_bytes_are_refused() {
        let name = vec!["Foo"; 64].join(" ");
        assert!(UserGazetteer::from_tsv(&[&format!("{name}\torg")]).is_ok());
        let e = UserGazetteer::from_tsv(&[&format!("{name} Ba\torg")]).unwrap_err();
        assert!(e.message.contains("258 bytes"), "{}", e.message);
        let long = "x".repeat(70_000);
        let e = UserGazetteer::from_tsv(&[&format!("Acme\torg\t{long}")]).unwrap_err();
        assert!(e.message.contains("65,535"), "{}", e.message);
    }
}
