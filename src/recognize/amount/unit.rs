//! Units of measure after a number: "12 km", "square kilometres", "97-metre", "1.8°C",
//! glued "30C". The surfaces and their units are in `data/units.tsv`; a quantity is a
//! number followed by one of them.

use std::sync::LazyLock;

use super::{first_tokens, may_open, FastMap, Scan, Suffix};
use crate::gazetteer::amounts;
use crate::recognize::numbers::Lex;

/// Units of measure from `data/units.tsv`: surface (whitespace normalised) to unit, and
/// whether the surface counts only glued to the number ("30C").
struct Units {
    exact: FastMap<&'static str, (&'static str, bool)>,
    lower: FastMap<String, (&'static str, bool)>,
}

static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut u = Units {
        exact: FastMap::default(),
        lower: FastMap::default(),
    };
    for &(surface, unit, glued) in amounts::UNITS {
        u.exact.insert(surface, (unit, glued));
        // Lower-case surfaces also match capitalised text ("Kilometres"), except single
        // letters: "5G" is not five grams.
        if surface.chars().all(|c| !c.is_uppercase()) && surface.chars().count() > 1 {
            u.lower.insert(surface.to_lowercase(), (unit, glued));
        }
    }
    u
});

/// The first tokens of the unit surfaces.
pub(super) static UNIT_FIRST: LazyLock<crate::lexicon::FilteredSet<String>> =
    LazyLock::new(|| first_tokens(amounts::UNITS.iter().map(|&(surface, ..)| surface)));

/// The unit surfaces that may follow the number after a space or a hyphen (not the ones
/// that count only glued to it, "30C"), in the order of `data/units.tsv`.
pub(super) fn spaced_surfaces() -> impl Iterator<Item = &'static str> {
    amounts::UNITS
        .iter()
        .filter(|&&(_, _, glued)| !glued)
        .map(|&(surface, ..)| surface)
}

impl Scan<'_> {
    /// A unit of measure at token `k` ("km", "square kilometres", "°C", glued "C").
    pub(super) fn unit_after(&self, k: usize, hyphenated: bool) -> Option<(Suffix, usize)> {
        if !may_open(&UNIT_FIRST, self.t(k)) {
            return None;
        }
        let units = &*UNITS;
        let mut key = String::new();
        let mut low = String::new();
        for len in (1..=4).rev() {
            let last = k + len - 1;
            if last >= self.toks.len()
                || (k..=last)
                    .any(|x| self.kind(x) == Some(Lex::Number) && (x == k || !self.glued(x)))
            {
                continue;
            }
            if self.glued_alnum_after(last) {
                continue;
            }
            key.clear();
            for x in k..=last {
                if x > k && !self.glued(x) {
                    key.push(' ');
                }
                key.push_str(self.t(x));
            }
            let found = units.exact.get(key.as_str()).or_else(|| {
                // A unit capitalised in running text is a name ("the Three Degrees",
                // "Eight Mile"); in a title-case headline it is a unit.
                if self.t(k).starts_with(char::is_uppercase) && !self.title_case() {
                    return None;
                }
                low.clear();
                low.push_str(&key);
                low.make_ascii_lowercase();
                units.lower.get(low.as_str())
            });
            if let Some(&(unit, glued_only)) = found {
                if glued_only && (hyphenated || !self.glued(k)) {
                    continue;
                }
                // A lone letter after a space is rarely a unit ("3 C", "5 m" is kept: metres).
                return Some((Suffix::Unit(unit), last + 1));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::numbers::{lex, Tok};

    /// The first-token filter must not turn away any listed unit, in the case it is listed
    /// in.
    #[test]
    fn unit_filter_admits_every_listed_unit() {
        let mut toks: Vec<Tok> = Vec::new();
        for &(surface, _, glued) in amounts::UNITS {
            let text = if glued {
                format!("5{surface}")
            } else {
                format!("5 {surface}")
            };
            toks.clear();
            lex(&text, 0, text.len(), &mut toks);
            let scan = Scan::new(&text, &toks);
            assert!(scan.unit_after(1, false).is_some(), "{text:?}");
        }
    }
}
