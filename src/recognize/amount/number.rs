//! Reading a number at a token: digits with a scale ("45 million", "5m", "$1.5-billion",
//! "2.4 lakh crore") or words ("a million", "one and a half billion"; the words themselves
//! are read by [`words_number`]), and the second end of a range ("3-5", "3 to 5",
//! "between 10 and 12").

use super::{Prefix, Scan};
use crate::recognize::numbers::{is_hyphen, parse_digits, scale, words_number, Lex};

/// A number read at a token: digits or words, with its scale applied.
#[derive(Debug, Clone, Copy)]
pub(super) struct Number {
    pub(super) value: f64,
    /// Token after the number and its scale.
    pub(super) end: usize,
    /// The scale word's multiplier, when one ends the number ("45 million", "a million").
    pub(super) scale: Option<f64>,
    /// Written in words ("two billion").
    pub(super) words: bool,
    /// A glued one-letter scale ("5m", "20k"): a scale only where a currency or a plural
    /// noun confirms it.
    pub(super) short_scale: bool,
}

impl Number {
    /// A number written in digits, `value` before its scale `sc` (applied here), the
    /// token after it `end`.
    pub(super) fn digits(value: f64, end: usize, sc: Option<f64>, short_scale: bool) -> Self {
        Number {
            value: value * sc.unwrap_or(1.0),
            end,
            scale: sc,
            words: false,
            short_scale,
        }
    }
}

impl Scan<'_> {
    /// A number at token `i`: digits with an optional scale, or number words.
    pub(super) fn number(&self, i: usize, money: bool) -> Option<Number> {
        match self.kind(i)? {
            Lex::Number => {
                let mut value = parse_digits(self.t(i))?;
                let mut end = i + 1;
                // A whole number and a fraction: "6 1/2%", "8 13/16", "5-3/4".
                if let Some((f, e)) = self.fraction_after(i) {
                    value += f;
                    end = e;
                }
                let mut sc = None;
                let mut short = false;
                if self.kind(end) == Some(Lex::Word) {
                    let w = self.t(end);
                    if let Some(f) = scale(w) {
                        let one_letter = w.len() == 1;
                        if one_letter {
                            // "5m", "20k", "$5bn" glued; "5 m" is five metres.
                            if self.glued(end) && !self.glued_alnum_after(end) {
                                sc = Some(f);
                                short = !money;
                                end += 1;
                            }
                        } else if w != "M" && w != "B" && !self.glued_alnum_after(end) {
                            sc = Some(f);
                            short = false;
                            end += 1;
                        }
                    }
                } else if money
                    && is_hyphen(self.t(end))
                    && self.glued(end)
                    && self.glued(end + 1)
                    && self.kind(end + 1) == Some(Lex::Word)
                    && self.t(end + 1).len() > 2
                {
                    // "$1.5-billion".
                    if let Some(f) = scale(self.t(end + 1)) {
                        sc = Some(f);
                        end += 2;
                    }
                }
                // "2.4 lakh crore", "5 thousand crore": a second, larger scale multiplies.
                if let Some(f) = sc {
                    let next = self.t(end);
                    if let Some(f2) = scale(next).filter(|f2| next.len() > 2 && *f2 > f) {
                        sc = Some(f * f2);
                        end += 1;
                    }
                }
                Some(Number::digits(value, end, sc, short))
            }
            Lex::Word => {
                let wn = words_number(self.text, self.toks, i)?;
                let last = self.t(wn.end - 1);
                let tail = scale(last).filter(|_| last.len() > 2);
                Some(Number {
                    value: wn.value,
                    end: wn.end,
                    scale: if wn.scaled { tail.or(Some(1.0)) } else { None },
                    words: true,
                    short_scale: false,
                })
            }
            Lex::Punct => None,
        }
    }

    /// The fraction after the whole number at token `i` ("1/2" in "6 1/2%", "3/4" in
    /// "5-3/4", as older wire copy writes it) and the token after it: a numerator smaller
    /// than its denominator, one of the halves, thirds, quarters to sixty-fourths that
    /// prices and rates are written in.
    fn fraction_after(&self, i: usize) -> Option<(f64, usize)> {
        // "5-3/4": a hyphen glued on both sides.
        let hyphen = is_hyphen(self.t(i + 1)) && self.glued(i + 1) && self.glued(i + 2);
        let a = if hyphen { i + 2 } else { i + 1 };
        let b = a + 2;
        // The token kind first: most numbers are followed by no other number.
        if self.kind(a) != Some(Lex::Number)
            || (self.glued(a) && !hyphen)
            || self.t(i).contains(['.', ','])
        {
            return None;
        }
        if self.t(a + 1) != "/" || !self.glued(a + 1) || !self.glued(b) || self.glued_alnum_after(b)
        {
            return None;
        }
        let (n, d) = (
            self.t(a).parse::<u32>().ok()?,
            self.t(b).parse::<u32>().ok()?,
        );
        let denominators = [2, 3, 4, 8, 16, 32, 64];
        (n > 0 && n < d && denominators.contains(&d)).then(|| (f64::from(n) / f64::from(d), b + 1))
    }

    /// A range connector at token `k` and the second number after it: the number and the
    /// token after any repeated currency prefix.
    pub(super) fn range_end(
        &self,
        start: usize,
        k: usize,
        n1: &Number,
        prefix: Option<Prefix>,
    ) -> Option<(Number, bool, bool)> {
        let c = self.t(k);
        let hyphen = is_hyphen(c) || c == "~";
        let ok = hyphen
            || c.eq_ignore_ascii_case("to")
            || (c.eq_ignore_ascii_case("and")
                && start > 0
                && self.t(start - 1).eq_ignore_ascii_case("between"));
        if !ok {
            return None;
        }
        let mut j = k + 1;
        let mut repeated = false;
        if let Some(p) = prefix {
            if let Some(p2) = self.prefix(j) {
                if p2.code != p.code {
                    return None;
                }
                j = p2.next;
                repeated = true;
            }
        }
        let n2 = self.number(j, prefix.is_some())?;
        if n2.words != n1.words {
            return None;
        }
        // A scale after the second end is shared only when the first end is smaller as
        // written: "3 to 5 million", not "32,000 to 1.41 million".
        if n1.scale.is_none() {
            if let Some(f) = n2.scale {
                if n1.value > n2.value / f {
                    return None;
                }
            }
        }
        Some((n2, hyphen, repeated))
    }
}
