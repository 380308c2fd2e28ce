//! Money: a currency before the number (a sign "$", "US$", "€", "Rs."; a code "USD",
//! "usd", "MUSD"; spaced wire text "us $ 5") or after it (a word "yuan", "US dollars",
//! "Hong Kong dollars"; a code; a minor unit "cents", "50p"; a sign "10 €", "500 kr"). The
//! forms and their codes are in `data/currencies.tsv`; which currency an ambiguous form
//! stands for is settled in [`super::currency`].

use crate::model::{CurrencyBasis, Kind, Rule, Value};
use std::sync::LazyLock;

use super::currency::family_of;
use super::number::Number;
use super::{first_tokens, may_open, Prefix, Scan, Step, Suffix};
use crate::gazetteer::{norm_key, GAZETTEER};
use crate::lexicon::FilteredMap;
use crate::recognize::numbers::{clean, is_hyphen, scale, to_value, Lex};
use crate::token::lower;

/// Currency words that wire copy writes before a number with no scale ("dlrs 230"):
/// `AMOUNT_CURRENCY_BEFORE_NUMBER`.
static BEFORE_ANY_NUMBER: crate::lexicon::WordList =
    crate::lexicon::WordList::new(crate::lexicon::class::AMOUNT_CURRENCY_BEFORE_NUMBER);

/// Currency words that are money after a number only with a scale word between
/// ("a 4.2 billion crown project"): `AMOUNT_CURRENCY_AFTER_SCALE`.
static AFTER_SCALE_ONLY: crate::lexicon::WordList =
    crate::lexicon::WordList::new(crate::lexicon::class::AMOUNT_CURRENCY_AFTER_SCALE);

/// The first tokens of the currency words.
pub(super) static CURRENCY_FIRST: LazyLock<crate::lexicon::FilteredSet<String>> =
    LazyLock::new(|| first_tokens(GAZETTEER.currency_words().map(|(w, _)| w)));

/// Currency signs and prefixes ("$", "US$", "€", "Rs.") to their ISO code, behind a word
/// filter: the prefix scan asks about most words before a number ("in 2004"), and the
/// filter turns most of them away before the map hashes them.
pub(super) static SYMBOLS: LazyLock<FilteredMap<&'static str, &'static str>> =
    LazyLock::new(|| {
        GAZETTEER
            .currency_symbols()
            .iter()
            .map(|&(s, c)| (s, c))
            .collect()
    });

/// Minor currency units: the amount is converted to the main unit. `None`: a dollar cent,
/// whose currency follows the bare-dollar rule.
pub(super) const MINOR_UNITS: &[(&str, Option<&str>)] = &[
    ("cents", None),
    ("cent", None),
    ("pence", Some("GBP")),
    ("penny", Some("GBP")),
    ("pennies", Some("GBP")),
    ("paise", Some("INR")),
    ("kopecks", Some("RUB")),
    ("kopeks", Some("RUB")),
];

/// Lower-case ISO codes accepted next to a number ("20 usd"); other codes only in capitals,
/// since many are words ("ALL", "TOP", "CUP").
pub(super) const LOWER_CODES: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "cny", "inr", "aud", "cad", "chf", "hkd", "sgd", "nzd", "mxn",
];

impl Scan<'_> {
    /// A currency written before a number: "$", "US$", "HK$", "€", "Rs.", "USD", "MUSD",
    /// and the tokenized "us $" of wire archives.
    pub(super) fn prefix(&self, i: usize) -> Option<Prefix> {
        let tok = *self.toks.get(i)?;
        // No currency sign or code opens with a digit: a number (the commonest token asked)
        // is none.
        if tok.kind == Lex::Number {
            return None;
        }
        // Every prefix below stands before a number within three tokens: most tokens have
        // none there, and are settled by their kinds.
        if !self.toks[i + 1..]
            .iter()
            .take(3)
            .any(|t| t.kind == Lex::Number)
        {
            return None;
        }
        // Glued runs of up to three tokens: "US" "$", "U.S." "$", "Rs" ".", "$" "US".
        for k in (1..=3).rev() {
            let last = i + k - 1;
            let Some(end_tok) = self.toks.get(last) else {
                continue;
            };
            if (i + 1..=last).any(|x| !self.glued(x)) {
                continue;
            }
            if self.kind(last + 1) != Some(Lex::Number)
                && !(k == 1 && self.accounts_negative(i + 1))
            {
                continue;
            }
            let surface = &self.text[tok.start..end_tok.end];
            let code = SYMBOLS.get(surface).copied().or_else(|| {
                // "usd$", "cad$", "nzd$" (a code glued to a dollar sign).
                let up = surface.strip_suffix('$')?;
                (up.len() == 3).then(|| code_of(up, true)).flatten()
            });
            if let Some(code) = code {
                // One-letter signs ("R", "N") and letter codes need the number glued or a
                // capital: "R5 billion", not "grade R 5". A one-letter sign needs a number
                // shaped like money too: grouped or with decimals ("N1,612.45"), or
                // before a scale word ("N9.2 trillion"); not a form "R85" or an "N95" mask.
                let letters = surface.chars().filter(|c| c.is_ascii_alphabetic()).count();
                if letters == surface.chars().count() && letters <= 1 {
                    let n = self.t(last + 1);
                    // The scale word after the number, or after its hyphen ("P20-billion").
                    let scale_at =
                        |k: usize| self.kind(k) == Some(Lex::Word) && scale(self.t(k)).is_some();
                    let money_shaped = n.contains([',', '.'])
                        || scale_at(last + 2)
                        || (is_hyphen(self.t(last + 2)) && scale_at(last + 3));
                    if !self.glued(last + 1) || (letters == 1 && !money_shaped) {
                        continue;
                    }
                }
                let basis = if family_of(surface).is_some() {
                    CurrencyBasis::Default
                } else {
                    CurrencyBasis::Symbol
                };
                return Some(Prefix {
                    code,
                    basis,
                    next: last + 1,
                    factor: 1.0,
                });
            }
        }
        if tok.kind == Lex::Word {
            let w = self.t(i);
            // "us $ 150 million", "hk $ 10 billion": spaced on both sides, as tokenized text.
            if self.t(i + 1) == "$"
                && !self.glued(i + 1)
                && self.kind(i + 2) == Some(Lex::Number)
                && !self.glued(i + 2)
                && w.len() <= 4
                && !matches!(w, "a" | "A" | "s" | "an" | "I")
            {
                let key = format!("{}$", w.to_uppercase().replace('.', ""));
                let dotted = format!("{}$", w.to_uppercase());
                if let Some(&code) = SYMBOLS
                    .get(key.as_str())
                    .or_else(|| SYMBOLS.get(dotted.as_str()))
                {
                    return Some(Prefix {
                        code,
                        basis: CurrencyBasis::Symbol,
                        next: i + 2,
                        factor: 1.0,
                    });
                }
            }
            if self.kind(i + 1) == Some(Lex::Number) {
                // "usd 20", "rmb 10": lower-case codes of the major currencies too.
                let lower_symbol = (w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase()))
                    .then(|| SYMBOLS.get(w.to_ascii_uppercase().as_str()).copied())
                    .flatten();
                if let Some(code) = code_of(w, true).or(lower_symbol) {
                    return Some(Prefix {
                        code,
                        basis: CurrencyBasis::Code,
                        next: i + 1,
                        factor: 1.0,
                    });
                }
                if let Some((code, factor)) = scaled_code(w) {
                    return Some(Prefix {
                        code,
                        basis: CurrencyBasis::Code,
                        next: i + 1,
                        factor,
                    });
                }
            }
        }
        None
    }

    /// An accountant's negative after a currency sign, its number in brackets glued to
    /// it: the "(3.1)" of "$(3.1) million", "$(0.08)".
    #[inline]
    fn accounts_negative(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Lex::Punct && self.text.as_bytes()[t.start] == b'(')
            && self.glued(i)
            && self.kind(i + 1) == Some(Lex::Number)
            && self.glued(i + 1)
            && self.t(i + 2) == ")"
            && self.glued(i + 2)
    }

    /// The number of an accountant's negative at token `i` ([`Self::accounts_negative`]),
    /// with the scale word after its closing bracket: "(3.1) million".
    pub(super) fn bracketed_negative(&self, i: usize) -> Option<Number> {
        if !self.accounts_negative(i) {
            return None;
        }
        let value = crate::recognize::numbers::parse_digits(self.t(i + 1))?;
        let mut end = i + 3;
        let sc = scale(self.t(end)).filter(|_| {
            self.kind(end) == Some(Lex::Word) && self.t(end).len() > 2 && !self.glued(end)
        });
        if sc.is_some() {
            end += 1;
        }
        Some(Number::digits(value, end, sc, false))
    }

    /// Money after a currency prefix: "US$45 million", "$3-5 million", "€3.2bn".
    pub(super) fn money_with_prefix(&self, start: usize, p: Prefix, n1: Number, sign: f64) -> Step {
        let mut m = self.mention(start, n1.end, Kind::Money, Rule::Money);
        m.q_mut().currency = Some(p.code);
        m.q_mut().currency_basis = Some(p.basis);
        let mut end = n1.end;
        if let Some((n2, _, repeated)) = self.range_end(start, n1.end, &n1, Some(p)) {
            // "$3-5 million" shares the scale; "$3.0-3.2 billion" too; "$3 million to $5
            // million" and "$3 to $5" are two complete amounts.
            let shared = n1.scale.is_none() && (n2.scale.is_some() || !repeated);
            if shared {
                let lo = n1.value * n2.scale.unwrap_or(1.0);
                m.q_mut().value = Some(Value::Range(
                    clean(sign * lo * p.factor),
                    clean(n2.value * p.factor),
                ));
                end = n2.end;
            }
        }
        if m.q().value.is_none() {
            m.q_mut().value = Some(to_value(sign * n1.value * p.factor));
        }
        // "$10 dollars" in wire archives: the word repeats the sign.
        if self.t(end).eq_ignore_ascii_case("dollars") && p.code == "USD" {
            end += 1;
        }
        if self.glued_alnum_after(end - 1) && !self.ordinal_or_possessive_after(end) {
            return Step::Skip(end);
        }
        m.span = self.span(start, end);
        m.q_mut().approximate = self.approximate(start);
        Step::Found(Box::new(m), end)
    }

    /// "50 cents" or "and 50 cents" after a money amount: the cents as a fraction of the
    /// main unit.
    pub(super) fn cents_after(&self, k: usize) -> Option<(f64, usize)> {
        let j = if self.is(k, "and") { k + 1 } else { k };
        let n = self.number(j, false)?;
        if n.scale.is_some() || n.value >= 100.0 {
            return None;
        }
        if self.word_in(n.end, &["cents", "cent", "pence", "p"]) {
            return Some((n.value / 100.0, n.end + 1));
        }
        // "15 dollars 50." at the end of a clause: the cents, unnamed.
        let two_digits = !n.words && self.t(j).len() == 2;
        let closes = self.kind(n.end) != Some(Lex::Word) && !self.glued_alnum_after(n.end - 1);
        (two_digits && closes && self.kind(n.end) != Some(Lex::Number))
            .then(|| (n.value / 100.0, n.end))
    }

    /// Money named by a word at token `k` after the number: "50p", a currency word or code
    /// ("yuan", "US dollars", "USD"), a minor unit ("cents"); "pounds of" is weight.
    pub(super) fn money_word_after(&self, k: usize, hyphenated: bool) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        let mut buf = [0u8; 24];
        let lw = lower(self.t(k), &mut buf).unwrap_or("");
        // "50p": pence.
        if lw == "p" && tok.glued && !hyphenated && !self.glued_alnum_after(k) {
            return Some((
                Suffix::Currency {
                    code: "GBP",
                    basis: CurrencyBasis::Symbol,
                    factor: 0.01,
                },
                k + 1,
            ));
        }
        // "pounds of" is weight.
        if (lw == "pounds" || lw == "pound") && self.is(k + 1, "of") {
            return Some((Suffix::Unit("lb"), k + 1));
        }
        self.currency_after(k)
    }

    /// A currency word of one to three tokens that ends right before the number at `i`,
    /// when the number has a scale ("Australian dollars 648m", "euros 38 million"): the
    /// prefix, its `next` the word's first token (where the money starts).
    pub(super) fn currency_word_before(&self, i: usize, n: &Number) -> Option<Prefix> {
        if i == 0 || self.glued(i) {
            return None;
        }
        // Wire copy writes some before any number: "(dlrs 230)".
        if n.scale.is_none() && !BEFORE_ANY_NUMBER.contains_lower(self.t(i - 1)) {
            return None;
        }
        // One bare word in the singular is too often something else: "won 200m gold".
        let clear = |k: usize| k + 1 < i || self.t(k).ends_with('s');
        (i.saturating_sub(3)..i).find_map(|k| match self.currency_after(k)? {
            (
                Suffix::Currency {
                    code,
                    basis,
                    factor,
                },
                end,
            ) if end == i && factor == 1.0 && clear(k) => Some(Prefix {
                code,
                basis,
                next: k,
                factor,
            }),
            _ => None,
        })
    }

    /// A currency word or code at token `k`: "yuan", "US dollars", "Hong Kong dollars",
    /// "USD", "cents", "euro cents", "MUSD".
    fn currency_after(&self, k: usize) -> Option<(Suffix, usize)> {
        let w = self.t(k);
        if let Some(code) = code_of(w, true) {
            if !self.glued_alnum_after(k) {
                // "75 USD million": the scale after the code.
                let (factor, end) = match scale(self.t(k + 1)).filter(|_| self.t(k + 1).len() > 2) {
                    Some(f) => (f, k + 2),
                    None => (1.0, k + 1),
                };
                return Some((
                    Suffix::Currency {
                        code,
                        basis: CurrencyBasis::Code,
                        factor,
                    },
                    end,
                ));
            }
        }
        if let Some((code, factor)) = scaled_code(w) {
            return Some((
                Suffix::Currency {
                    code,
                    basis: CurrencyBasis::Code,
                    factor,
                },
                k + 1,
            ));
        }
        // Currency words of up to four tokens, longest first ("new Israeli shekels").
        let may_be_word = may_open(&CURRENCY_FIRST, w);
        for len in (1..=4).rev().filter(|_| may_be_word) {
            let last = k + len - 1;
            if last >= self.toks.len()
                || (k..=last).any(|x| self.kind(x) == Some(Lex::Number))
                || self.glued_alnum_after(last)
            {
                continue;
            }
            let phrase = &self.text[self.toks[k].start..self.toks[last].end];
            if len > 1 && phrase.contains([',', ';', '(', ')']) {
                continue;
            }
            if let Some(code) = GAZETTEER.currency_word(phrase) {
                let key = norm_key(phrase);
                // Some bare words are money only after a scale word ("a 4.2 billion crown
                // project"); after a count or a distance they are something else ("3 crown
                // titles", "the world 5,000m crown").
                if len == 1
                    && AFTER_SCALE_ONLY.contains_lower(phrase)
                    && !(k > 0 && self.t(k - 1).len() > 1 && scale(self.t(k - 1)).is_some())
                {
                    continue;
                }
                let basis = if family_of(&key).is_some() {
                    CurrencyBasis::Default
                } else {
                    CurrencyBasis::Word
                };
                return Some((
                    Suffix::Currency {
                        code,
                        basis,
                        factor: 1.0,
                    },
                    last + 1,
                ));
            }
        }
        // Minor units: "50 cents", "470 pence", "euro cents", "US cents".
        let (qualifier, unit_at) = match self.t(k) {
            "US" | "U.S." => (Some("USD"), k + 1),
            q if q.eq_ignore_ascii_case("euro") => (Some("EUR"), k + 1),
            _ => (None, k),
        };
        let mut buf = [0u8; 24];
        let uw = lower(self.t(unit_at), &mut buf).unwrap_or("");
        // "50 Cent" is a rapper: a minor unit is written in lower case.
        let capital = self.t(unit_at).starts_with(|c: char| c.is_uppercase());
        if let Some(&(_, code)) = MINOR_UNITS
            .iter()
            .find(|(s, _)| *s == uw)
            .filter(|_| !capital)
        {
            if self.glued_alnum_after(unit_at) {
                return None;
            }
            let (code, basis) = match (qualifier, code) {
                (Some(q), _) => (q, CurrencyBasis::Word),
                (None, Some(c)) => (c, CurrencyBasis::Word),
                (None, None) => ("USD", CurrencyBasis::Default),
            };
            return Some((
                Suffix::Currency {
                    code,
                    basis,
                    factor: 0.01,
                },
                unit_at + 1,
            ));
        }
        None
    }

    /// A currency sign after the number at token `k`: "10 €", "100₾", "500 kr".
    pub(super) fn sign_after(&self, k: usize) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        for len in (1..=2).rev() {
            let Some(last) = self.toks.get(k + len - 1) else {
                continue;
            };
            if (k + 1..k + len).any(|x| !self.glued(x)) {
                continue;
            }
            let surface = &self.text[tok.start..last.end];
            if let Some(&code) = SYMBOLS.get(surface).filter(|_| signlike(surface)) {
                if self.kind(k + len) == Some(Lex::Number) || self.glued_alnum_after(k + len - 1) {
                    continue;
                }
                let basis = if family_of(surface).is_some() {
                    CurrencyBasis::Default
                } else {
                    CurrencyBasis::Symbol
                };
                return Some((
                    Suffix::Currency {
                        code,
                        basis,
                        factor: 1.0,
                    },
                    k + len,
                ));
            }
        }
        None
    }

    /// "5th", "'s" after a money amount are fine.
    fn ordinal_or_possessive_after(&self, end: usize) -> bool {
        matches!(self.t(end), "'" | "’")
    }
}

/// A currency form that may follow the number as a sign ("10 €", "500 kr"): not letters
/// only, or one of the few lettered signs written after it.
pub(super) fn signlike(surface: &str) -> bool {
    !surface.chars().all(|c| c.is_ascii_alphabetic()) || matches!(surface, "kr" | "zł" | "Kč")
}

/// The ISO code written as `w` ("USD"; "usd" too when `lower_ok` and it is a major one).
pub(super) fn code_of(w: &str, lower_ok: bool) -> Option<&'static str> {
    if w.len() != 3 {
        return None;
    }
    if w.bytes().all(|b| b.is_ascii_uppercase()) {
        // Codes that are also English words in a capitalised headline ("TOP 10").
        if matches!(
            w,
            "ALL"
                | "TOP"
                | "CUP"
                | "MOP"
                | "BAM"
                | "GEL"
                | "PEN"
                | "SOS"
                | "TRY"
                | "BOB"
                | "MAD"
                | "LAK"
        ) {
            return None;
        }
        return GAZETTEER.currency_code(w);
    }
    if lower_ok && LOWER_CODES.iter().any(|c| c.eq_ignore_ascii_case(w)) {
        return GAZETTEER.currency_code(&w.to_ascii_uppercase());
    }
    None
}

/// "MUSD", "MEUR" (millions), "KUSD" (thousands), as some business writing has them.
pub(super) fn scaled_code(w: &str) -> Option<(&'static str, f64)> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let factor = match &w[..1] {
        "M" => 1e6,
        "K" => 1e3,
        _ => return None,
    };
    let code = GAZETTEER.currency_code(&w[1..])?;
    LOWER_CODES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(code))
        .then_some((code, factor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::numbers::{lex, Tok};

    /// [`Scan::prefix`] turns numbers away at once: no sign opens with a digit.
    #[test]
    fn no_currency_sign_opens_with_a_digit() {
        for (surface, _) in SYMBOLS.iter() {
            assert!(
                !surface.starts_with(|c: char| c.is_ascii_digit()),
                "{surface}"
            );
        }
    }

    /// The first-token filter must not turn away any listed currency word, in the case it
    /// is listed in or in capitals.
    #[test]
    fn currency_filter_admits_every_listed_word() {
        let mut toks: Vec<Tok> = Vec::new();
        for (word, _) in GAZETTEER.currency_words() {
            for form in [word.to_string(), word.to_uppercase()] {
                // After a scale word, as a bare "crown" needs one.
                let text = format!("5 million {form}");
                toks.clear();
                lex(&text, 0, text.len(), &mut toks);
                let scan = Scan::new(&text, &toks);
                assert!(scan.currency_after(2).is_some(), "{text:?}");
            }
        }
    }
}
