//! The user's rules (`--rules FILE`): regular expressions, each naming the type (and
//! optionally the canonical name or kind) of what it matches, like spaCy's EntityRuler.
//!
//! The patterns are compiled once into one [`RegexSet`], which tells in one pass over a
//! text which of them match at all, and one [`Regex`] each, run only where the set says
//! they match, for the spans. The `regex` crate runs in time linear in the text, whatever
//! the pattern: no pattern backtracks catastrophically. A rule's match wins over the
//! built-in mentions it overlaps, as the user's gazetteer does.

use std::fmt;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use crate::model::{CanonicalName, EntityType, Kind, Mention, Rule, Span};

/// The largest compiled program a rules file may make, in bytes (the `regex` crate's own
/// limit is 10 MB a pattern): a pattern past it is refused with its line.
const SIZE_LIMIT: usize = 32 << 20;

/// The user's patterns, compiled.
#[derive(Debug, Clone)]
pub struct UserRules {
    set: RegexSet,
    rules: Vec<UserRule>,
}

/// One pattern and what its matches are.
#[derive(Debug, Clone)]
struct UserRule {
    ty: EntityType,
    regex: Regex,
    canonical: Option<CanonicalName>,
    kind: Option<Kind>,
}

/// A line of a rules file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesError {
    /// 1-based line number; 0 for an error of the rules together.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => f.write_str(&self.message),
            line => write!(f, "line {line}: {}", self.message),
        }
    }
}

impl std::error::Error for RulesError {}

/// The type a rules line names, and the kind its label implies: lede's type names, or
/// the labels of other tools (`PER`, `PERSON`, `LOC`, `GPE`, `ORG`, `MONEY`, `PERCENT`,
/// `QUANTITY`, `CARDINAL`, `DATE`, `TIME`), in any case.
fn type_of(label: &str) -> Option<(EntityType, Option<Kind>)> {
    let found = match label.to_ascii_lowercase().as_str() {
        "person" | "per" => (EntityType::Person, None),
        "place" | "loc" | "location" | "gpe" => (EntityType::Place, None),
        "organization" | "organisation" | "org" => (EntityType::Organization, None),
        "amount" => (EntityType::Amount, None),
        "money" => (EntityType::Amount, Some(Kind::Money)),
        "percent" => (EntityType::Amount, Some(Kind::Percent)),
        "quantity" => (EntityType::Amount, Some(Kind::Quantity)),
        "cardinal" | "count" => (EntityType::Amount, Some(Kind::Count)),
        "date" => (EntityType::Date, None),
        "time" => (EntityType::Date, Some(Kind::Time)),
        _ => return None,
    };
    Some(found)
}

/// The kinds of each type that has them.
const KINDS: [(EntityType, &[Kind]); 2] = [
    (
        EntityType::Amount,
        &[Kind::Money, Kind::Percent, Kind::Quantity, Kind::Count],
    ),
    (
        EntityType::Date,
        &[Kind::Date, Kind::Time, Kind::Duration, Kind::Set],
    ),
];

/// True for a header line: `type`, `pattern` and optionally `canonical` and `kind`.
fn is_header(cols: &[&str]) -> bool {
    let names = ["type", "pattern", "canonical", "kind"];
    (2..=4).contains(&cols.len())
        && cols
            .iter()
            .zip(names)
            .all(|(c, n)| c.trim().eq_ignore_ascii_case(n))
}

impl UserRules {
    /// Reads lines `type<TAB>pattern[<TAB>canonical[<TAB>kind]]`; empty lines, `#`
    /// comments and a header line (`type<TAB>pattern...`) are skipped. The type is one of
    /// lede's or a label of other tools; the kind, for amounts and dates, one of theirs
    /// (`money`, `percent`, `quantity`, `count`; `date`, `time`, `duration`, `set`). An
    /// earlier line wins over a later one where their matches overlap.
    pub fn from_tsv(text: &str) -> Result<UserRules, RulesError> {
        let mut patterns = Vec::new();
        let mut rules = Vec::new();
        for (k, line) in text.lines().enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| RulesError {
                line: k + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if k == 0 && is_header(&cols) {
                continue;
            }
            if !(2..=4).contains(&cols.len()) {
                return Err(err(format!(
                    "{} columns; expected type<TAB>pattern[<TAB>canonical[<TAB>kind]]",
                    cols.len()
                )));
            }
            let label = cols[0].trim();
            let Some((ty, mut kind)) = type_of(label) else {
                return Err(err(format!(
                    "type '{label}' is not person, place, organization, amount or date"
                )));
            };
            let pattern = cols[1];
            if pattern.is_empty() {
                return Err(err("empty pattern".to_string()));
            }
            let regex = RegexBuilder::new(pattern)
                .size_limit(SIZE_LIMIT)
                .build()
                .map_err(|e| err(format!("bad pattern: {}", one_line(&e.to_string()))))?;
            if regex.is_match("") {
                return Err(err(format!("pattern '{pattern}' matches empty text")));
            }
            let canonical = cols
                .get(2)
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .map(CanonicalName::from);
            if let Some(name) = cols.get(3).map(|c| c.trim()).filter(|c| !c.is_empty()) {
                let kinds = KINDS
                    .iter()
                    .find(|(t, _)| *t == ty)
                    .map_or(&[][..], |k| k.1);
                match kinds.iter().find(|k| k.name() == name.to_ascii_lowercase()) {
                    Some(&k) => kind = Some(k),
                    None if kinds.is_empty() => {
                        return Err(err(format!("a {} has no kind", ty.name())))
                    }
                    None => {
                        let names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
                        return Err(err(format!(
                            "kind '{name}' is not one of a {}'s: {}",
                            ty.name(),
                            names.join(", ")
                        )));
                    }
                }
            }
            patterns.push(pattern.to_string());
            rules.push(UserRule {
                ty,
                regex,
                canonical,
                kind,
            });
        }
        let set = RegexSetBuilder::new(&patterns)
            .size_limit(SIZE_LIMIT.saturating_mul(patterns.len().max(1)))
            .build()
            .map_err(|e| RulesError {
                line: 0,
                message: format!("the patterns together: {}", one_line(&e.to_string())),
            })?;
        Ok(UserRules { set, rules })
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there is no rule.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Every match of the rules in `text`, as mentions found by [`Rule::UserRule`], in text
    /// order and not overlapping: of overlapping matches, the one that starts first wins,
    /// then the longer, then the earlier rule.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut found: Vec<(Span, usize)> = Vec::new();
        for k in self.set.matches(text).into_iter() {
            let spans = self.rules[k].regex.find_iter(text);
            found.extend(
                spans
                    .filter(|m| !m.is_empty())
                    .map(|m| (Span::new(m.start(), m.end()), k)),
            );
        }
        found.sort_by_key(|&(s, k)| (s.start, std::cmp::Reverse(s.end), k));
        let mut out: Vec<Mention> = Vec::with_capacity(found.len());
        let mut end = 0;
        for (span, k) in found {
            if span.start < end {
                continue;
            }
            end = span.end;
            let rule = &self.rules[k];
            let mut m = Mention::new(rule.ty, span, Rule::UserRule);
            m.canonical = rule.canonical.clone();
            m.kind = rule.kind.or(match rule.ty {
                EntityType::Amount => Some(Kind::Count),
                EntityType::Date => Some(Kind::Date),
                _ => None,
            });
            out.push(m);
        }
        out
    }

    /// Adds the rules' matches to `mentions` (in text order), dropping the mentions they
    /// overlap.
    pub fn apply(&self, text: &str, mentions: &mut Vec<Mention>) {
        let found = self.find(text);
        if found.is_empty() {
            return;
        }
        // Both lists are in text order: one walk drops the overlapped.
        let mut k = 0;
        mentions.retain(|m| {
            while k < found.len() && found[k].span.end <= m.span.start {
                k += 1;
            }
            found.get(k).is_none_or(|f| f.span.start >= m.span.end)
        });
        mentions.extend(found);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// The first line of a message (the `regex` crate's errors draw the pattern over several).
fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message.lines().map(str::trim).collect();
    // Its last line says what is wrong; the ones before show where.
    match lines.iter().rev().find(|l| l.starts_with("error:")) {
        Some(l) => l.trim_start_matches("error:").trim().to_string(),
        None => lines.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_find_their_matches_and_win_over_overlaps() {
        let rules = UserRules::from_tsv(
            "type\tpattern\tcanonical\tkind\n\
             # a comment\n\
             ORG\t\\bACME(?: Corp)?\\b\tAcme Corporation\n\
             amount\t\\b\\d+ widgets\\b\t\tquantity\n\
             person\tACME Corp\n",
        )
        .unwrap();
        assert_eq!(rules.len(), 3);
        let text = "ACME Corp sold 40 widgets to ACME.";
        let found = rules.find(text);
        let got: Vec<(&str, EntityType, Option<&str>)> = found
            .iter()
            .map(|m| (m.text(text), m.ty, m.canonical.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "ACME Corp",
                    EntityType::Organization,
                    Some("Acme Corporation")
                ),
                ("40 widgets", EntityType::Amount, None),
                ("ACME", EntityType::Organization, Some("Acme Corporation")),
            ]
        );
        assert_eq!(found[1].kind, Some(Kind::Quantity));
        let mut mentions = vec![
            Mention::new(EntityType::Person, Span::new(0, 4), Rule::Acronym),
            Mention::new(EntityType::Amount, Span::new(15, 17), Rule::Count),
            Mention::new(EntityType::Place, Span::new(18, 25), Rule::Places),
        ];
        rules.apply(text, &mut mentions);
        let rules_of: Vec<Rule> = mentions.iter().map(|m| m.rule).collect();
        assert_eq!(rules_of, [Rule::UserRule; 3]);
    }

    #[test]
    fn bad_lines_are_named() {
        let e = UserRules::from_tsv("person\tJo\nthing\tx\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("'thing'"), "{e}");
        let e = UserRules::from_tsv("\n\norg\t(unclosed\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.starts_with("bad pattern: "), "{e}");
        assert!(!e.message.contains('\n'), "{e}");
        let e = UserRules::from_tsv("date\ta*\n").unwrap_err();
        assert!(e.message.contains("matches empty text"), "{e}");
        let e = UserRules::from_tsv("person\tJo\t\tmoney\n").unwrap_err();
        assert!(e.message.contains("a person has no kind"), "{e}");
        let e = UserRules::from_tsv("amount\t\\d+\t\tyears\n").unwrap_err();
        assert!(e.message.contains("money, percent"), "{e}");
        // A pattern whose program would be too large is refused, not compiled.
        let e = UserRules::from_tsv("person\tJo\nperson\t(?:\\w{1000}){1000}\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("size limit"), "{e}");
        let e = UserRules::from_tsv("person\n").unwrap_err();
        assert!(e.message.contains("1 columns"), "{e}");
    }
}
