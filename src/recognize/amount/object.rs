//! The object of a count or a quantity: the noun it counts, as written ("5,000 protesters"
//! -> `protesters`, "28 other leaders" -> `leaders`, "two million Chinese warships" ->
//! `warships`, "3 million barrels of oil" -> `oil`).
//!
//! After a count, the object is the plural noun that heads the words right after the number
//! (a word ending in s, or one of class `plural`: "people"), past at most three modifiers:
//! words of `modifier` in `data/words/object.tsv` ("other", "more", "new"), nationality words ("Chinese"),
//! hyphenated words ("well-armed"), short acronyms ("US", "EU") and at most two other lower
//! case words ("community support officers"), or after "of" and a determiner ("1,200 of its
//! homes"; not "28 of them") or a number ("28 of 35 seats"). After a quantity, it is the noun after the
//! unit and "of" ("12 km of road"), past modifiers ("crude oil"); none after a determiner
//! ("within 30mg of the limit": a part of something, or a distance). It is left out rather
//! than guessed: none after a preposition, a verb or a stopword, a number or a number word,
//! a word of `never` ("others", "years"), a capitalized name in the plural or of more than
//! two words (in running text; a title-case headline capitalizes its nouns), a currency
//! word, or a count of one. A name of one or two words before the noun is a modifier ("1.3
//! million Ford vehicles" -> `vehicles`).

use std::sync::LazyLock;

use super::Scan;
use crate::gazetteer::GAZETTEER;
use crate::lexicon::{class, classes_hashed, Classes, FilteredSet};
use crate::model::{Kind, Mention, ObjectSpan, Span, Value};
use crate::recognize::numbers::{words_number, Lex};
use crate::token::lower;

/// Words skipped before the noun, at most.
const MAX_MODIFIERS: usize = 3;

/// Of them, lower-case words of no list, at most.
const MAX_OTHER_MODIFIERS: usize = 2;

/// Of them, capitalized words of a name, at most ("Chevrolet Bolt electric cars").
const MAX_NAME_MODIFIERS: usize = 2;

/// What one word after the number says of the object.
struct Word {
    /// The word's span (a hyphenated word's whole span).
    span: Span,
    /// The token after the word.
    next: usize,
    /// Several words joined by hyphens ("well-armed").
    hyphenated: bool,
    /// The last of them (the word itself when it is one).
    last: Span,
    /// Every letter is lower case.
    lower: bool,
    /// The lists of `data/words/` that have the word in lower case.
    classes: Classes,
    /// The first word's filter hash ([`crate::lexicon::WordFilter::hash`]).
    hash: u64,
}

/// Adds their objects to the counts and quantities among `found`, the amounts of the
/// sentence that `scan` read, where the text names what they count. Not inlined: only
/// sentences with amounts pay for it.
#[inline(never)]
pub(super) fn add_objects(scan: &Scan, found: &mut [Mention]) {
    for m in found {
        if !matches!(m.kind, Some(Kind::Count | Kind::Quantity)) {
            continue;
        }
        // The token after the amount.
        let next = scan.toks.partition_point(|t| t.start < m.span.end);
        let span = match m.kind {
            Some(Kind::Count) if !is_one(m) => scan
                .counted_noun(next)
                .or_else(|| scan.partitive_noun(next)),
            Some(Kind::Quantity) => scan.noun_after_of(next),
            _ => None,
        };
        if let Some(span) = span {
            m.q_mut().object = ObjectSpan::new(span);
        }
    }
}

/// The currency words of one word ("dinars", "yen"), lower case, as a set behind a filter.
static CURRENCY_WORDS: LazyLock<FilteredSet> = LazyLock::new(|| {
    GAZETTEER
        .currency_words()
        .map(|(w, _)| w)
        .filter(|w| !w.contains(' '))
        .collect()
});

/// A count of one: its noun is singular, and nothing here reads singular nouns.
fn is_one(m: &Mention) -> bool {
    matches!(m.q().value, Some(Value::Number(v)) if v == 1.0)
}

/// A plural by its ending: ASCII letters, at least three, ending in s but not in "ss", "us",
/// "is" ("protesters", "jobs"; not "business", "bonus", "crisis").
fn looks_plural(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b.iter().all(u8::is_ascii_alphabetic)
        && b[b.len() - 1].eq_ignore_ascii_case(&b's')
        && !matches!(b[b.len() - 2].to_ascii_lowercase(), b's' | b'u' | b'i')
}

/// An acronym in the plural ("MPs", "DVDs"): two or more capitals and a lower-case s.
fn acronym_plural(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// A short acronym that may stand before a noun ("US", "EU", "NCCI").
fn acronym(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

impl Scan<'_> {
    /// The word (or hyphenated words) at token `k`, after white space: `None` for anything
    /// else, and for a word glued to a letter or a digit after it ("abc123").
    fn object_word(&self, k: usize) -> Option<Word> {
        let tok = *self.toks.get(k)?;
        if tok.kind != Lex::Word || tok.glued {
            return None;
        }
        let mut end = k + 1;
        // Hyphens join words; dashes ("people—many") do not.
        while matches!(self.t(end), "-" | "‑")
            && self.glued(end)
            && self.glued(end + 1)
            && self.kind(end + 1) == Some(Lex::Word)
        {
            end += 2;
        }
        if self.glued_alnum_after(end - 1) {
            return None;
        }
        let span = Span::new(tok.start, self.toks[end - 1].end);
        let text = &self.text[span.start..span.end];
        let hyphenated = end > k + 1;
        Some(Word {
            span,
            next: end,
            hyphenated,
            last: Span::new(self.toks[end - 1].start, span.end),
            lower: !text.bytes().any(|b| b.is_ascii_uppercase()) && text.is_ascii(),
            classes: if hyphenated {
                Classes::default()
            } else {
                classes_hashed(text, tok.hash).lower
            },
            hash: tok.hash,
        })
    }

    fn word_text(&self, w: &Word) -> &str {
        &self.text[w.span.start..w.span.end]
    }

    /// The noun a count counts, at token `k` right after it (see the module's doc).
    pub(super) fn counted_noun(&self, k: usize) -> Option<Span> {
        let mut at = k;
        let (mut skipped, mut others, mut names) = (0, 0, 0);
        // A plural modifier that is the noun itself when no other follows ("12 sports").
        let mut fallback = None;
        while skipped <= MAX_MODIFIERS {
            // A word in quotation marks is a modifier ("41,000 “smart” knee braces").
            if let Some(after) = self.quoted_word(at) {
                if others == MAX_OTHER_MODIFIERS {
                    return fallback;
                }
                others += 1;
                skipped += 1;
                at = after;
                continue;
            }
            let Some(w) = self.object_word(at) else {
                return fallback;
            };
            let text = self.word_text(&w);
            let plural = looks_plural(text);
            let listed = |c| w.classes.has(c);
            if w.hyphenated {
                // "well-armed", "with-profits"; "by-elections" alone is the noun.
                let last = &self.text[w.last.start..w.last.end];
                if w.lower && looks_plural(last) {
                    fallback = fallback.or(Some(w.span));
                }
            } else if acronym(text) {
                // "US banks", "EU members": skipped, whatever word it also spells ("us").
            } else if acronym_plural(text) {
                return self.head(&w);
            } else if w.lower || self.headline_word(&w, at) {
                if listed(class::OBJECT_MODIFIER) {
                    if plural && !listed(class::OBJECT_NEVER) {
                        fallback = fallback.or(Some(w.span));
                    }
                } else if listed(class::OBJECT_NEVER) || listed(class::STOPWORDS) {
                    return fallback;
                } else if listed(class::OBJECT_PLURAL) || plural {
                    return self.head(&w).filter(|_| !self.is_currency_word(&w));
                } else if others == MAX_OTHER_MODIFIERS
                    || words_number(self.text, self.toks, at).is_some()
                {
                    return fallback;
                } else {
                    others += 1;
                }
            } else if GAZETTEER.is_demonym(text) {
                // "Americans" counts; "Chinese" stands before what does.
                if plural {
                    return self.head(&w);
                }
            } else if names < MAX_NAME_MODIFIERS && !plural && at > 0 {
                // "1.3 million Ford vehicles", "46,000 Chevrolet Bolt electric cars": a
                // name before the noun is a modifier; a plural one may be what is counted
                // ("40 Republicans"), and is left out.
                names += 1;
            } else {
                return fallback;
            }
            skipped += 1;
            at = w.next;
        }
        fallback
    }

    /// The noun a quantity measures, after its unit and "of" at token `k` ("12 km of road",
    /// "3 million barrels of crude oil").
    pub(super) fn noun_after_of(&self, k: usize) -> Option<Span> {
        if !self.is(k, "of") || self.glued(k) {
            return None;
        }
        let mut at = k + 1;
        if let Some(formula) = self.formula(at) {
            return Some(formula);
        }
        let mut w = self.object_word(at)?;
        // "within 30mg of the limit", "the last 200m of the race": a part of something, or
        // how far from it.
        if w.classes.has(class::OBJECT_DETERMINER) {
            return None;
        }
        let mut skipped = 0;
        while skipped < MAX_MODIFIERS && (w.hyphenated || w.classes.has(class::OBJECT_MODIFIER)) {
            at = w.next;
            w = self.object_word(at)?;
            skipped += 1;
        }
        let title = !w.lower && self.is_capitalized_word(at) && self.title_case();
        if !self.may_be_noun(&w, at) || !(w.lower || title) {
            return None;
        }
        // A second word: the noun when it is a plural after a singular ("fresh
        // vegetables"), or a singular that ends the phrase ("hydropower capacity"), unless
        // it reads as a verb or an adverb ("road built", "water daily").
        let Some(next) = self.object_word(w.next) else {
            return Some(w.span);
        };
        let ends = |x: &Word| {
            x.classes.has(class::STOPWORDS)
                || x.classes.has(class::OBJECT_NEVER)
                || !(x.lower || title)
        };
        if ends(&next) {
            return Some(w.span);
        }
        let plural = |w: &Word| looks_plural(self.word_text(w));
        if plural(&w) {
            return Some(w.span);
        }
        if !self.may_be_noun(&next, w.next) {
            return None;
        }
        let third = self.object_word(next.next);
        let verb_like = ["ed", "ly", "ing"]
            .iter()
            .any(|e| self.word_text(&next).ends_with(e));
        (plural(&next) || (!verb_like && third.is_none_or(|x| ends(&x)))).then_some(next.span)
    }

    /// A chemical formula at token `k`, capitals and digits glued ("90,000 tonnes of CO2",
    /// "of NO2", "of CH4"): a gas measured, which no word list names.
    fn formula(&self, k: usize) -> Option<Span> {
        let caps = |x: usize| {
            self.kind(x) == Some(Lex::Word)
                && (1..=3).contains(&self.t(x).len())
                && self.t(x).bytes().all(|b| b.is_ascii_uppercase())
        };
        if !caps(k) || self.glued(k) {
            return None;
        }
        let mut end = k + 1;
        let mut digits = false;
        while end < k + 4 && self.glued(end) {
            match self.kind(end) {
                Some(Lex::Number) if self.t(end).bytes().all(|b| b.is_ascii_digit()) => {
                    digits = true;
                }
                _ if caps(end) => {}
                // A full stop or a comma after it ends it.
                Some(Lex::Punct) => break,
                _ => return None,
            }
            end += 1;
        }
        if !digits || self.glued_alnum_after(end - 1) {
            return None;
        }
        Some(Span::new(self.toks[k].start, self.toks[end - 1].end))
    }

    /// The word `w` as the noun counted, unless a possessive makes it a modifier of another
    /// ("the top 10 of the men's rankings", "5,000 workers' homes").
    fn head(&self, w: &Word) -> Option<Span> {
        let possessive = matches!(self.t(w.next), "'" | "’") && self.glued(w.next);
        (!possessive).then_some(w.span)
    }

    /// The noun of a count that a part of something names after "of" and a determiner
    /// ("1,200 of its homes", "28 of the victims"; not "28 of them"), or a number ("28 of
    /// 35 seats", "1,482 of the 2,105 wards").
    pub(super) fn partitive_noun(&self, k: usize) -> Option<Span> {
        if !self.is(k, "of") || self.glued(k) {
            return None;
        }
        if self.kind(k + 1) == Some(Lex::Number) && !self.glued(k + 2) {
            return self.counted_noun(k + 2);
        }
        let det = self.object_word(k + 1)?;
        if !det.lower || !det.classes.has(class::OBJECT_DETERMINER) {
            return None;
        }
        // "1,482 of the 2,105 wards": the whole's count after the determiner.
        let at = if self.kind(det.next) == Some(Lex::Number) && !self.glued(det.next + 1) {
            det.next + 1
        } else {
            det.next
        };
        self.counted_noun(at)
    }

    /// A word in quotation marks at token `k` ("41,000 “smart” braces"), and the token
    /// after it.
    fn quoted_word(&self, k: usize) -> Option<usize> {
        let open = matches!(self.t(k), "“" | "\"" | "‘") && !self.glued(k);
        let word = self.kind(k + 1) == Some(Lex::Word) && self.glued(k + 1);
        let close = matches!(self.t(k + 2), "”" | "\"" | "’") && self.glued(k + 2);
        (open && word && close).then_some(k + 3)
    }

    /// The word `w` at token `at` may be a noun: no stopword, word of `never`, number
    /// word or currency word.
    fn may_be_noun(&self, w: &Word, at: usize) -> bool {
        !w.hyphenated
            && !w.classes.has(class::STOPWORDS)
            && !w.classes.has(class::OBJECT_NEVER)
            && words_number(self.text, self.toks, at).is_none()
            && !self.is_currency_word(w)
    }

    /// A currency word ("dinars"): what it counts is money, and money has no object.
    fn is_currency_word(&self, w: &Word) -> bool {
        let text = self.word_text(w);
        if w.lower {
            return CURRENCY_WORDS.contains_hashed(text, w.hash);
        }
        let mut buf = [0u8; 24];
        match lower(text, &mut buf) {
            Some(low) => CURRENCY_WORDS.contains_hashed(low, w.hash),
            // Beyond ASCII, the list's own look-up, which folds more than case.
            None => GAZETTEER.currency_word(text).is_some(),
        }
    }

    /// A capitalized word at token `at` that a title-case headline may capitalize as a noun
    /// or a modifier ("5,000 New Jobs"): listed, or a plural by its ending. The headline is
    /// looked at only for these.
    fn headline_word(&self, w: &Word, at: usize) -> bool {
        (!w.classes.is_empty() || looks_plural(self.word_text(w)))
            && self.is_capitalized_word(at)
            && self.title_case()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::numbers::{lex, Tok};

    /// The filter of currency words turns away none of them, in any ASCII case.
    #[test]
    fn every_currency_word_is_one() {
        let mut toks: Vec<Tok> = Vec::new();
        for (word, _) in GAZETTEER.currency_words() {
            if word.contains(' ') {
                continue;
            }
            for form in [word.to_string(), word.to_uppercase()] {
                let text = format!("5 {form}");
                toks.clear();
                lex(&text, 0, text.len(), &mut toks);
                if toks.len() != 2 {
                    continue;
                }
                let scan = Scan::new(&text, &toks);
                let w = scan.object_word(1).expect("a word");
                assert!(scan.is_currency_word(&w), "{text:?}");
            }
        }
    }

    #[test]
    fn plurals_by_their_ending() {
        for w in ["jobs", "MPs", "warships", "Americans"] {
            assert!(looks_plural(w) || acronym_plural(w), "{w}");
        }
        for w in ["business", "bonus", "crisis", "as", "5s", "naïves"] {
            assert!(!looks_plural(w), "{w}");
        }
        assert!(acronym_plural("DVDs") && !acronym_plural("Ds") && !acronym_plural("DVD"));
        assert!(acronym("EU") && acronym("NCCI") && !acronym("UNESCO") && !acronym("Us"));
    }
}
