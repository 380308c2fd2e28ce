//! Amounts: money, percentages, quantities with units, and counts, each with its value
//! (scale applied) and, for money, an ISO 4217 currency.
//!
//! The recognizer makes one pass over a sentence's tokens ([`lex`]). At each token it tries
//! to read `[sign] [currency] number [scale] [range] [suffix]`, where the number is digits
//! ("45,000", "3.2") or words ("two", "a million", "one and a half billion"), the scale a
//! word or abbreviation ("million", "bn", glued "m"/"k" after a currency, "lakh", "crore"),
//! the range a second number after "-", "–", "to" or (after "between") "and", and the
//! suffix a currency ("yuan", "US dollars", "USD", "cents"), a percent sign or word
//! ("%", "per cent", "percentage points", "basis points") or a unit ("km", "-metre", "°C").
//! The suffix decides the kind: money, percent, quantity; digits or a scale word with no
//! suffix are a count. A count or quantity then gets its object, the noun it counts
//! ("5,000 protesters", "3 million barrels of oil"), where the text names one.
//!
//! Spans follow the annotation guide: the currency, scale and unit are inside, approximators
//! ("about", "more than", "as many as") outside and recorded as `approximate`, a sign word
//! ("minus") inside. A range whose ends share the scale or unit ("$3-5 million", "between
//! 10 and 12 percent") is one amount with `min` and `max`; ends that are complete amounts
//! ("3.5% to 3.75%", "£410m and £430m") are two.
//!
//! Not amounts: years and other parts of dates ("2017", "March 3", "11/04/2025"), times
//! ("3:30", "10am"), durations ("three years": dates), ages ("48-year-old", "aged 46",
//! "Smith, 61,"), ordinals ("19th"), numbers in names and labels ("G7", "Boeing 737",
//! "COVID-19", "No. 10", "Article 5"), scores and other bare hyphen pairs ("2-1"), phone
//! numbers, numbers inside URLs, and number words without a scale, unit or currency ("two
//! countries").
//!
//! # Where a new rule goes
//!
//! | The rule is about | Module |
//! |---|---|
//! | which sentences or tokens are skipped unread (built from the tables of the others) | `filter.rs` |
//! | reading a number, its scale or a range ("3-5 million") | `number.rs` (number words: [`super::numbers`]) |
//! | a currency before or after the number, codes, minor units | `money.rs` (forms: `data/currencies.tsv`) |
//! | which currency an ambiguous "$", "pesos", "rupees" stands for | `currency.rs` (places: `data/currency_places.tsv`) |
//! | a percent sign or word, points, basis points | `percent.rs` |
//! | a unit of measure | `data/units.tsv`; matching in `unit.rs` |
//! | when a bare number is a count, not a year, age, label or time | `count.rs` |
//! | a word that makes an amount approximate ("about") | `approximate.rs` |
//! | the noun a count or quantity counts (its `object`) | `object.rs` (words: `data/words/object.tsv`) |
//! | numbers in URLs and e-mail addresses | `url.rs` |
//! | how sign, prefix, number, range and suffix combine into one amount | this module |

mod approximate;
mod count;
mod currency;
mod filter;
mod money;
mod number;
mod object;
mod percent;
mod unit;
mod url;

use super::numbers::{clean, is_hyphen, lex, phrase_tokens, to_value, words_number, Lex, Tok};
use crate::lexicon::FilteredSet;
use crate::model::Mention;
use crate::model::Span;
use crate::model::{CurrencyBasis, EntityType, Kind, Rule, Value};
use crate::token::{lower, CAPITALIZED};
use filter::{may_begin_suffix, may_begin_suffix_sign, may_hold_amount, may_start_amount};
use number::Number;

pub(crate) use count::is_count_noun;
pub use currency::{asks_currency, settle_currencies};
pub(crate) use filter::add_marks;
pub(crate) use url::in_code;

/// A map with the crate's one hasher (foldhash), for the short keys looked up at every
/// number.
type FastMap<K, V> = foldhash::HashMap<K, V>;

/// Verbs of change before a number, after which "to" gives the level reached
/// ("fell 12.34 to 2,645.08"): `AMOUNT_CHANGE_VERB`.
static CHANGE_VERBS: crate::lexicon::WordList =
    crate::lexicon::WordList::new(crate::lexicon::class::AMOUNT_CHANGE_VERB);

/// Adds the amounts of one sentence to `out`.
pub fn find(text: &str, sentence: Span, out: &mut Vec<Mention>) {
    let mut toks = Vec::new();
    lex(text, sentence.start, sentence.end, &mut toks);
    find_in_tokens(text, sentence, &toks, out);
}

/// [`find`] on the sentence's tokens from [`lex`], which the date recognizer shares (the
/// tokens carry the sentence's bounds).
pub fn find_in_tokens(text: &str, _sentence: Span, toks: &[Tok], out: &mut Vec<Mention>) {
    if may_hold_amount(text, toks) {
        scan_amounts(text, toks, out);
    }
}

fn scan_amounts(text: &str, toks: &[Tok], out: &mut Vec<Mention>) {
    let scan = Scan::new(text, toks);
    let found = out.len();
    let mut i = 0;
    while i < toks.len() {
        if !may_start_amount(text, toks, i) {
            i += 1;
            continue;
        }
        match scan.amount_at(i) {
            Step::Found(m, next) => {
                out.push(*m);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
    // The objects of the counts and quantities, once the sentence is read: the scan of
    // every token stays as it was.
    if out.len() > found {
        object::add_objects(&scan, &mut out[found..]);
        drop_row_scores(text, toks, out, found);
    }
}

/// Drops the bare counts of a results row, a sentence of names and numbers with no word in
/// lower case ("132 Mikael Lundqvist (Sweden) 66 66, Ross Drummond 67 65"): scores, ranks
/// and totals, no amounts. Two such counts at least; money, percentages and quantities
/// stay.
#[cold]
fn drop_row_scores(text: &str, toks: &[Tok], out: &mut Vec<Mention>, found: usize) {
    let bare = |m: &Mention| m.kind == Some(Kind::Count) && m.q().object.get().is_none();
    let lower = |t: &Tok| {
        let w = &text[t.start..t.end];
        t.kind == Lex::Word
            && w.starts_with(|c: char| c.is_lowercase())
            && !crate::recognize::names::is_particle(w)
    };
    if out[found..].iter().filter(|m| bare(m)).nth(1).is_none() || toks.iter().any(lower) {
        return;
    }
    let mut i = 0;
    out.retain(|m| {
        i += 1;
        i <= found || !bare(m)
    });
}

/// Words before a number that make it negative ("minus 5", "negative 0.1%").
const SIGN_WORDS: [&str; 2] = ["minus", "negative"];

/// Imperial units written with a smaller one after them ("6ft 1in", "7lb 4oz"): the
/// larger unit, the smaller, and how many of the smaller make one of the larger.
const MIXED_UNITS: [(&str, &str, f64); 2] = [("ft", "in", 12.0), ("lb", "oz", 16.0)];

/// A currency written before the number.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prefix {
    pub(super) code: &'static str,
    pub(super) basis: CurrencyBasis,
    /// Token after the prefix.
    pub(super) next: usize,
    /// "MUSD 5": the prefix carries a scale.
    pub(super) factor: f64,
}

/// The first token, lower-cased, of each of `surfaces`: a phrase search at a token whose
/// lower-case form is none of them cannot match, and is skipped.
pub(super) fn first_tokens<'s>(surfaces: impl Iterator<Item = &'s str>) -> FilteredSet<String> {
    surfaces
        .filter_map(|s| phrase_tokens(s).first().map(|t| t.to_lowercase()))
        .collect()
}

/// False when the token `word` surely opens none of the phrases whose first tokens are
/// `firsts` (words beyond ASCII are not ruled out).
pub(super) fn may_open(firsts: &FilteredSet<String>, word: &str) -> bool {
    // The set's filter folds ASCII case: most words it turns away before a lower-case copy
    // is made (the words the copy is made of: ASCII, up to 24 bytes).
    if word.len() <= 24 && word.is_ascii() && !firsts.may_contain(word) {
        return false;
    }
    let mut buf = [0u8; 24];
    lower(word, &mut buf).is_none_or(|w| firsts.contains(w))
}

/// What the scan found at a token.
enum Step {
    /// An amount, and the token after it.
    Found(Box<Mention>, usize),
    /// Numbers that are not amounts (a score, a phone number), and the token after them.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// What follows a number and decides its kind.
#[derive(Debug, Clone, Copy)]
enum Suffix {
    Percent {
        points: bool,
        factor: f64,
    },
    Unit(&'static str),
    Currency {
        code: &'static str,
        basis: CurrencyBasis,
        factor: f64,
    },
}

/// The scan of one sentence's tokens. The token helpers and the assembly of an amount
/// are here; each rule family adds its own methods in its module.
struct Scan<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The sentence is a title-case headline (most words capitalised).
    title_case: std::cell::OnceCell<bool>,
}

impl<'a> Scan<'a> {
    /// A scan of the sentence whose tokens are `toks`.
    fn new(text: &'a str, toks: &'a [Tok]) -> Self {
        Scan {
            text,
            toks,
            title_case: std::cell::OnceCell::new(),
        }
    }

    fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn kind(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.t(i).eq_ignore_ascii_case(w)
    }

    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        if self.kind(i) != Some(Lex::Word) {
            return false;
        }
        let t = self.t(i).as_bytes();
        // The lists hold short ASCII words in lower case: each is compared by length and
        // first byte before its bytes, and no byte beyond ASCII equals one of theirs.
        list.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == t.len() && w[0] == t[0].to_ascii_lowercase() && w.eq_ignore_ascii_case(t)
        })
    }

    fn is_capitalized_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Lex::Word) && self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn title_case(&self) -> bool {
        *self.title_case.get_or_init(|| {
            // The words longer than three letters, and those of them capitalised: counted
            // in one pass, without a list.
            // (A word opens with a letter, upper case exactly when the lexer marked it
            // capitalized.)
            let (mut words, mut caps) = (0usize, 0usize);
            for t in self.toks {
                if t.kind == Lex::Word && t.end - t.start > 3 {
                    words += 1;
                    caps += usize::from(t.shape & CAPITALIZED != 0);
                }
            }
            // A headline is short and has no brackets; a run of names with numbers (a team
            // sheet, "Burns 61, Smith (Jones 70)") is not one.
            let brackets = self.toks.iter().any(|t| t.is_byte(self.text, b'('));
            (3..=15).contains(&words) && !brackets && caps * 10 >= words * 7
        })
    }

    /// The amount that starts at token `i`, if any.
    fn amount_at(&self, i: usize) -> Step {
        let tok = self.toks[i];
        let mut j = i;
        // A sign: "minus 5", "negative 0.1%", "-0.5%" (not the hyphen of "2-1").
        let sign_word = tok.kind == Lex::Word
            && self.word_in(j, &SIGN_WORDS)
            && (self.kind(j + 1) == Some(Lex::Number)
                || words_number(self.text, self.toks, j + 1).is_some());
        let sign_char = matches!(self.t(j), "-" | "−")
            && self.kind(j + 1) == Some(Lex::Number)
            && self.glued(j + 1)
            && (!tok.glued || matches!(self.t(j.wrapping_sub(1)), "(" | "[" | "/"));
        let negative = sign_word || sign_char;
        if negative {
            j += 1;
        }
        if let Some(step) = self.fraction_of_point(i) {
            return step;
        }
        let prefix = self.prefix(j);
        if let Some(p) = prefix {
            // "$(3.1) million": a loss as accounts write it.
            if let Some(n) = self.bracketed_negative(p.next) {
                return self.money_with_prefix(i, p, n, -1.0);
            }
            j = p.next;
        } else if j == i && tok.kind == Lex::Punct {
            return Step::Nothing;
        }
        let Some(n1) = self.number(j, prefix.is_some()) else {
            return Step::Nothing;
        };
        // Inside a URL, an e-mail address or a query string, nothing is an amount.
        if in_code(self.text, self.toks[j].start) {
            return Step::Skip(n1.end);
        }
        // Glued to a word or number before: "G7", "A320", "COVID-19", "3.5.1".
        if j == i && tok.glued && self.glued_before(i) {
            return Step::Skip(n1.end);
        }
        let sign = if negative { -1.0 } else { 1.0 };
        match prefix {
            Some(p) => self.money_with_prefix(i, p, n1, sign),
            None => self.unprefixed(i, n1, sign),
        }
    }

    /// A token before `i` that makes the number part of a word or code.
    fn glued_before(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        match self.kind(prev) {
            Some(Lex::Word) | Some(Lex::Number) => true,
            Some(Lex::Punct) => {
                let p = self.t(prev);
                let before_glued = self.glued(prev) && prev > 0;
                match p {
                    // "3.50%-3.75%": the second end of a range of percentages.
                    "-" | "‑" if prev > 0 && percent::PERCENT_SIGNS.contains(&self.t(prev - 1)) => {
                        false
                    }
                    // "COVID-19", "F-16", "3.5.1", but "(5", "$5" are fine.
                    "-" | "‑" | "." | "_" | "#" | "+" | "@" | "&" | "=" | "/" | ":" => {
                        before_glued || matches!(p, "#" | "+" | "@" | "_" | "=" | "/" | ":" | "&")
                    }
                    _ => false,
                }
            }
            None => false,
        }
    }

    /// A letter or digit glued right after token `i`.
    fn glued_alnum_after(&self, i: usize) -> bool {
        self.glued(i + 1) && matches!(self.kind(i + 1), Some(Lex::Word | Lex::Number))
    }

    /// An amount without a currency prefix: percent, money with a currency after, a
    /// quantity, or a count.
    fn unprefixed(&self, start: usize, n1: Number, sign: f64) -> Step {
        // "a magnitude 6.4 earthquake": the scale's name before its number.
        if start > 0
            && n1.scale.is_none()
            && n1.value < 10.0
            && self.word_in(start - 1, &["magnitude"])
            && self.suffix(n1.end).is_none()
        {
            let mut m = self.mention(start - 1, n1.end, Kind::Quantity, Rule::Quantity);
            m.q_mut().unit = Some("magnitude");
            m.q_mut().value = Some(to_value(sign * n1.value));
            return Step::Found(Box::new(m), n1.end);
        }
        // "Australian dollars 648m", "euros 38m": a currency word before a scaled number.
        if let Some(p) = self.currency_word_before(start, &n1) {
            return self.money_with_prefix(p.next, p, n1, sign);
        }
        // A complete first end ("3.5%", "£410m" cannot reach here) or its own suffix.
        if let Some((suffix, end)) = self.suffix(n1.end) {
            return self.finish(start, end, n1.value * sign, None, suffix);
        }
        if let Some((n2, hyphen, _)) = self.range_end(start, n1.end, &n1, None) {
            let shared = n1.scale.is_none() || n2.scale.is_none();
            if let Some((suffix, end)) = self.suffix(n2.end).filter(|_| shared) {
                let lo = n1.value
                    * if n1.scale.is_none() {
                        n2.scale.unwrap_or(1.0)
                    } else {
                        1.0
                    };
                return self.finish(start, end, lo * sign, Some(n2.value), suffix);
            }
            if n1.scale.is_none() && n2.scale.is_some() && !n2.short_scale {
                // "3 to 4 million people": a count range.
                let lo = n1.value * n2.scale.unwrap_or(1.0);
                let mut m = self.mention(start, n2.end, Kind::Count, Rule::Count);
                m.q_mut().value = Some(Value::Range(clean(lo * sign), clean(n2.value)));
                m.q_mut().approximate = self.approximate(start);
                return Step::Found(Box::new(m), n2.end);
            }
            if hyphen && n1.scale.is_none() && n2.scale.is_none() {
                // "2-1", "138-2010-2015", "2017-18": scores, phone numbers, years.
                let mut end = n2.end;
                while is_hyphen(self.t(end)) && self.kind(end + 1) == Some(Lex::Number) {
                    end += 2;
                }
                // A tie-break's points after a set's score: "7-6 (5)".
                if self.t(end) == "("
                    && self.kind(end + 1) == Some(Lex::Number)
                    && self.t(end + 2) == ")"
                {
                    end += 3;
                }
                return Step::Skip(end);
            }
            // "fell 12.34 to 2,645.08": the change and the level reached, two amounts.
            let change = !hyphen && n1.scale.is_none() && n2.scale.is_none() && {
                let by = usize::from(start > 1 && self.word_in(start - 1, &["by"]));
                start > by && CHANGE_VERBS.contains_lower(self.t(start - 1 - by))
            };
            // "5 to 4" is a tally, not a range.
            if n2.value < n1.value && n2.scale.is_none() && !change {
                return Step::Skip(n2.end);
            }
            if !hyphen && !change && !n1.words && n1.scale.is_none() && n2.scale.is_none() {
                // "3,000 to 4,000 people", "between 20 and 30 flights": a count range.
                if self.count_ok(start, n1.end) && self.count_ok_after(n2.end) {
                    let mut m = self.mention(start, n2.end, Kind::Count, Rule::Count);
                    m.q_mut().value = Some(Value::Range(clean(n1.value * sign), clean(n2.value)));
                    m.q_mut().approximate = self.approximate(start);
                    return Step::Found(Box::new(m), n2.end);
                }
                // "aged 10 to 13", "from 2010 to 2015": neither end is a count.
                return Step::Skip(n2.end);
            }
        }
        // A count: digits, or words with a scale ("a million").
        if n1.words && n1.scale.is_none() {
            return Step::Nothing;
        }
        let end = n1.end;
        if n1.short_scale {
            // "5m people" is five million; "400m runners" and "the 100m" are distances,
            // "10k run" nothing: a glued "m" or "k" is a scale only before what people
            // count in millions or thousands.
            if !self.counted_in_millions(end) {
                let letter = self.t(end - 1);
                if letter == "m" {
                    let mut m = self.mention(start, end, Kind::Quantity, Rule::Quantity);
                    m.q_mut().unit = Some("m");
                    m.q_mut().value = Some(to_value(sign * n1.value / 1e6));
                    m.q_mut().approximate = self.approximate(start);
                    return Step::Found(Box::new(m), end);
                }
                return Step::Skip(end);
            }
        }
        if n1.scale.is_none() {
            if !self.count_ok(start, n1.end) || !self.count_ok_after(n1.end) {
                return Step::Skip(n1.end);
            }
        } else if !self.count_ok_after(n1.end) {
            return Step::Skip(n1.end);
        }
        // "a 150-seat chamber": the count is the number alone.
        let mut m = self.mention(start, end, Kind::Count, Rule::Count);
        m.q_mut().value = Some(to_value(sign * n1.value));
        m.q_mut().approximate = self.approximate(start);
        Step::Found(Box::new(m), end)
    }

    /// Builds the amount for a number (or range) and the suffix that gives its kind.
    fn finish(&self, start: usize, end: usize, v1: f64, v2: Option<f64>, suffix: Suffix) -> Step {
        let (kind, rule, factor) = match suffix {
            Suffix::Percent { factor, .. } => (Kind::Percent, Rule::Percent, factor),
            Suffix::Unit(_) => (Kind::Quantity, Rule::Quantity, 1.0),
            Suffix::Currency { factor, basis, .. } => (
                Kind::Money,
                match basis {
                    CurrencyBasis::Code => Rule::MoneyCode,
                    CurrencyBasis::Symbol => Rule::MoneySymbol,
                    _ => Rule::MoneyWord,
                },
                factor,
            ),
        };
        let mut m = self.mention(start, end, kind, rule);
        match suffix {
            Suffix::Percent { points, .. } => m.q_mut().points = points,
            Suffix::Unit(u) => m.q_mut().unit = Some(u),
            Suffix::Currency { code, basis, .. } => {
                m.q_mut().currency = Some(code);
                m.q_mut().currency_basis = Some(basis);
            }
        }
        let mut end = end;
        match v2 {
            Some(v2) => {
                m.q_mut().value = Some(Value::Range(clean(v1 * factor), clean(v2 * factor)));
            }
            None => {
                let mut v = v1 * factor;
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
                if let Suffix::Currency { factor: f, .. } = suffix {
                    if f == 1.0 {
                        if let Some((cents, e)) = self.cents_after(end) {
                            v += cents;
                            end = e;
                        }
                    }
                }
                // "6ft 1in", "7lb 4oz": feet and inches, pounds and ounces, in the
                // smaller unit, which keeps the value exact.
                if let Suffix::Unit(u) = suffix {
                    if let Some((unit, small, per, e)) = self.smaller_unit_after(u, end) {
                        v = v * per + small;
                        m.q_mut().unit = Some(unit);
                        end = e;
                    }
                }
                m.q_mut().value = Some(to_value(v));
            }
        }
        m.span = self.span(start, end);
        m.q_mut().approximate = self.approximate(start);
        Step::Found(Box::new(m), end)
    }

    /// The number and smaller unit at token `k` after a quantity in unit `u` ("1in" after
    /// "6ft"): the smaller unit, the number, how many of the unit make one `u`, and the
    /// token after it.
    fn smaller_unit_after(&self, u: &str, k: usize) -> Option<(&'static str, f64, f64, usize)> {
        let &(_, small, per) = MIXED_UNITS.iter().find(|x| x.0 == u)?;
        let n = self.number(k, false)?;
        if n.words || n.scale.is_some() || n.value >= per || n.end == k {
            return None;
        }
        match self.unit_after(n.end, false) {
            Some((Suffix::Unit(s), e)) if s == small => Some((small, n.value, per, e)),
            _ => None,
        }
    }

    /// The suffix at token `k` that gives a number its kind, and the token after it.
    fn suffix(&self, k: usize) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        // "97-metre", "12-cent", "one-yen": a hyphenated adjective.
        if is_hyphen(self.t(k)) && tok.glued && self.glued(k + 1) {
            if self.kind(k + 1) != Some(Lex::Word) {
                return None;
            }
            return self.suffix_at(k + 1, true);
        }
        self.suffix_at(k, false)
    }

    /// The suffix at token `k` itself (after the hyphen of a hyphenated adjective when
    /// `hyphenated`).
    fn suffix_at(&self, k: usize, hyphenated: bool) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        match tok.kind {
            Lex::Word if !may_begin_suffix(self.text, tok) => return None,
            Lex::Punct if !may_begin_suffix_sign(self.text, tok) => return None,
            _ => {}
        }
        self.read_suffix(k, hyphenated)
    }

    /// [`Scan::suffix_at`] past its filter.
    fn read_suffix(&self, k: usize, hyphenated: bool) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        if let Some(found) = self.percent_at(k) {
            return Some(found);
        }
        if tok.kind == Lex::Word {
            if let Some(found) = self.money_word_after(k, hyphenated) {
                return Some(found);
            }
        }
        if let Some(found) = self.unit_after(k, hyphenated) {
            return Some(found);
        }
        if !hyphenated {
            return self.sign_after(k);
        }
        None
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.toks[start].start, self.toks[end - 1].end)
    }

    fn mention(&self, start: usize, end: usize, kind: Kind, rule: Rule) -> Mention {
        let mut m = Mention::new(EntityType::Amount, self.span(start, end), rule);
        m.kind = Some(kind);
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The amounts [`find`] reads in `text`, resolved: (text, kind, "value currency").
    pub(super) fn amounts(text: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        find(text, Span::new(0, text.len()), &mut out);
        let out = crate::resolve::resolve(text, out);
        out.iter()
            .map(|m| {
                let q = m.q();
                let v = match q.range() {
                    Some((min, max)) => format!("{min}-{max}"),
                    None => q.value.as_ref().map_or(String::new(), Value::to_string),
                };
                let cur = q.currency.or(q.unit).unwrap_or("");
                (
                    m.text(text).to_string(),
                    m.kind.map_or("", Kind::name).to_string(),
                    format!("{v} {cur}").trim().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn money_percent_counts() {
        let a = amounts(
            "It gave US$45 million and $3-5 million, 49 percent of 100,000 people, €3.2bn and 28 others.",
        );
        let got: Vec<(&str, &str, &str)> = a
            .iter()
            .map(|(t, k, v)| (t.as_str(), k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("US$45 million", "money", "45000000 USD"),
                ("$3-5 million", "money", "3000000-5000000 USD"),
                ("49 percent", "percent", "49"),
                ("100,000", "count", "100000"),
                ("€3.2bn", "money", "3200000000 EUR"),
                ("28", "count", "28"),
            ]
        );
        assert!(amounts("The 48-year-old won 2-1 in 2017.").is_empty());
        assert_eq!(amounts("almost a million workers")[0].0, "a million");
        assert_eq!(amounts("a 97-metre ship")[0].0, "97-metre");
    }
}
