//! Percentages: a percent sign or word after the number ("5%", "49 percent", "3 per cent",
//! "2 percentage points", "25 basis points", "10 bps") and fractions of a point in words
//! ("half a percentage point", "a quarter-point cut").

use super::{Scan, Step, Suffix};
use crate::model::{Kind, Rule};
use crate::recognize::numbers::{is_hyphen, to_value, Lex};
use crate::token::lower;

/// The percent signs.
pub(super) const PERCENT_SIGNS: [&str; 2] = ["%", "％"];

/// The words that open a percent suffix: "percent", "per cent", "percentage points",
/// "basis points", "pp", "bps". [`Scan::percent_at`] reads no other word.
pub(super) const PERCENT_WORDS: [&str; 12] = [
    "percent",
    "percents",
    "pct",
    "pc",
    "percentage",
    "per",
    "pp",
    "ppt",
    "ppts",
    "basis",
    "bps",
    "bp",
];

/// Fractions of a point written before "point" or "percentage point" ("a quarter-point
/// cut", "a half percentage point").
pub(super) const POINT_FRACTIONS: [(&str, f64); 2] = [("half", 0.5), ("quarter", 0.25)];

impl Scan<'_> {
    /// "half a percentage point", "a quarter of a percentage point", "a percentage point",
    /// "three-quarters of a percentage point": fractions of a point in words.
    pub(super) fn fraction_of_point(&self, i: usize) -> Option<Step> {
        if self.kind(i) != Some(Lex::Word) {
            return None;
        }
        let mut buf = [0u8; 24];
        let first = lower(self.t(i), &mut buf)?;
        // "a quarter-point cut", "a half-point rise".
        let k = if first == "a" { i + 1 } else { i };
        if let Some(value) = self.point_fraction(k).filter(|_| {
            is_hyphen(self.t(k + 1)) && self.glued(k + 1) && self.word_in(k + 2, &["point"])
        }) {
            let mut m = self.mention(k, k + 3, Kind::Percent, Rule::Percent);
            m.q_mut().value = Some(to_value(value));
            m.q_mut().points = true;
            return Some(Step::Found(Box::new(m), k + 3));
        }
        let (value, j) = match first {
            "half" if self.is(i + 1, "a") => (0.5, i + 2),
            "a" if self.is(i + 1, "quarter") && self.is(i + 2, "of") && self.is(i + 3, "a") => {
                (0.25, i + 4)
            }
            // "a quarter percentage point", "a half percentage point".
            "a" if self.is(i + 2, "percentage") && self.point_fraction(i + 1).is_some() => {
                (self.point_fraction(i + 1)?, i + 2)
            }
            "three" if is_hyphen(self.t(i + 1)) && self.is(i + 2, "quarters") => {
                if !(self.is(i + 3, "of") && self.is(i + 4, "a")) {
                    return None;
                }
                (0.75, i + 5)
            }
            "three"
                if self.is(i + 1, "quarters") && self.is(i + 2, "of") && self.is(i + 3, "a") =>
            {
                (0.75, i + 4)
            }
            "a" => (1.0, i + 1),
            _ => return None,
        };
        let end = if self.is(j, "percentage") && self.is(j + 1, "point") {
            j + 2
        } else if self.is(j, "percentage") && is_hyphen(self.t(j + 1)) && self.is(j + 2, "point") {
            j + 3
        } else {
            return None;
        };
        let mut m = self.mention(i, end, Kind::Percent, Rule::Percent);
        m.q_mut().value = Some(to_value(value));
        m.q_mut().points = true;
        m.q_mut().approximate = self.approximate(i);
        Some(Step::Found(Box::new(m), end))
    }

    /// The fraction of [`POINT_FRACTIONS`] that token `i` is.
    fn point_fraction(&self, i: usize) -> Option<f64> {
        let mut buf = [0u8; 24];
        let w = lower(self.t(i), &mut buf)?;
        POINT_FRACTIONS
            .iter()
            .find(|&&(f, _)| f == w)
            .map(|&(_, v)| v)
    }

    /// A percent suffix that ends before token `end`, or after it when that token is one of
    /// `points` ("5% points"): percentage points then.
    fn points_after(&self, end: usize, points: &[&str]) -> (Suffix, usize) {
        let points = self.word_in(end, points);
        let percent = Suffix::Percent {
            points,
            factor: 1.0,
        };
        (percent, end + usize::from(points))
    }

    /// A percent sign or word at token `k`, and the token after it (and after "points").
    pub(super) fn percent_at(&self, k: usize) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        let w = self.t(k);
        if PERCENT_SIGNS.contains(&w) {
            return Some(self.points_after(k + 1, &["points", "point", "pts"]));
        }
        if tok.kind != Lex::Word {
            return None;
        }
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf).unwrap_or("");
        if !PERCENT_WORDS.contains(&lw) {
            return None;
        }
        match lw {
            "percent" | "percents" | "pct" | "pc" | "percentage" => {
                if lw == "pc" && !tok.glued && !self.glued(k + 1) {
                    // "5 pc" is British per cent only when nothing else fits; keep it.
                }
                let mut end = k + 1;
                let mut points = false;
                if lw == "percentage" {
                    if self.word_in(k + 1, &["points", "point"]) {
                        points = true;
                        end += 1;
                    } else if is_hyphen(self.t(k + 1))
                        && self.glued(k + 1)
                        && self.word_in(k + 2, &["point"])
                    {
                        points = true;
                        end += 2;
                    }
                } else if self.word_in(k + 1, &["points", "point"]) {
                    points = true;
                    end += 1;
                }
                return Some((
                    Suffix::Percent {
                        points,
                        factor: 1.0,
                    },
                    end,
                ));
            }
            "per" if self.word_in(k + 1, &["cent"]) => {
                return Some(self.points_after(k + 2, &["points", "point"]));
            }
            "pp" | "ppt" | "ppts" => {
                return Some((
                    Suffix::Percent {
                        points: true,
                        factor: 1.0,
                    },
                    k + 1,
                ))
            }
            "basis" if self.word_in(k + 1, &["points", "point"]) => {
                return Some((
                    Suffix::Percent {
                        points: true,
                        factor: 0.01,
                    },
                    k + 2,
                ))
            }
            // "a 25-basis-point cut".
            "basis" if is_hyphen(self.t(k + 1)) && self.word_in(k + 2, &["point"]) => {
                return Some((
                    Suffix::Percent {
                        points: true,
                        factor: 0.01,
                    },
                    k + 3,
                ))
            }
            "bps" | "bp" => {
                return Some((
                    Suffix::Percent {
                        points: true,
                        factor: 0.01,
                    },
                    k + 1,
                ))
            }
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::numbers::{lex, Tok};

    /// Each word of [`PERCENT_WORDS`] opens a percent suffix.
    #[test]
    fn every_percent_word_opens_a_percent() {
        let mut toks: Vec<Tok> = Vec::new();
        for w in PERCENT_WORDS {
            let found = ["5 {w}", "5 {w} cent", "5 {w} points"].iter().any(|form| {
                let text = form.replace("{w}", w);
                toks.clear();
                lex(&text, 0, text.len(), &mut toks);
                let scan = Scan::new(&text, &toks);
                scan.percent_at(1).is_some()
            });
            assert!(found, "{w}");
        }
    }
}
