//! Approximators: words before an amount that make it approximate ("about", "more than",
//! "as many as", "~"). They stay outside the span and set `approximate`.

use std::sync::LazyLock;

use super::Scan;
use crate::lexicon::words;
use crate::recognize::numbers::Lex;
use crate::token::lower;

/// Words before an amount that make it approximate; they stay outside the span.
static APPROXIMATORS: &[&str] = words::AMOUNT_APPROXIMATOR;

/// [`APPROXIMATORS`] as their words, last word first.
static APPROXIMATOR_WORDS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    APPROXIMATORS
        .iter()
        .map(|a| a.split(' ').rev().collect())
        .collect()
});

/// The last word of each approximator, the one right before the amount: a word not among
/// them rules every approximator out.
static APPROXIMATOR_LAST: LazyLock<crate::lexicon::FilteredSet> =
    LazyLock::new(|| APPROXIMATOR_WORDS.iter().map(|a| a[0]).collect());

impl Scan<'_> {
    /// An approximator right before token `start`.
    pub(super) fn approximate(&self, start: usize) -> bool {
        if start > 0 && matches!(self.t(start - 1), "~" | "≈") {
            return true;
        }
        // The word right before the amount (past any "."), told by its hash: most are no
        // approximator's last word, and the words before it are not read.
        let mut p = start.checked_sub(1);
        while let Some(k) = p.filter(|&k| self.kind(k) == Some(Lex::Punct) && self.t(k) == ".") {
            p = k.checked_sub(1);
        }
        let Some(near) = p.and_then(|k| self.toks.get(k)) else {
            return false;
        };
        if near.kind != Lex::Word || !APPROXIMATOR_LAST.may_contain_hash(near.hash) {
            return false;
        }
        // Up to four words before the amount, nearest first (a "." right before is skipped).
        let mut words = [""; 4];
        let mut n = 0;
        let mut j = start;
        while j > 0 && n < 4 {
            j -= 1;
            match self.kind(j) {
                Some(Lex::Word) => {
                    words[n] = self.t(j);
                    n += 1;
                }
                Some(Lex::Punct) if self.t(j) == "." && n == 0 => continue,
                _ => break,
            }
        }
        // An approximator's words are the last words before the amount. (They are ASCII
        // lower case: a word that does not lower-case on the stack is none of them.)
        let mut buf = [0u8; 24];
        if !lower(words[0], &mut buf).is_some_and(|w| APPROXIMATOR_LAST.contains(w)) {
            return false;
        }
        APPROXIMATOR_WORDS.iter().any(|a| {
            a.len() <= n
                && a.iter()
                    .zip(&words)
                    .all(|(aw, w)| w.eq_ignore_ascii_case(aw))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The approximator check lower-cases the word before an amount on the stack: every
    /// approximator word must survive that.
    #[test]
    fn approximator_words_are_short_ascii_lower_case() {
        for w in APPROXIMATORS.iter().flat_map(|a| a.split(' ')) {
            let mut buf = [0u8; 24];
            assert_eq!(lower(w, &mut buf), Some(w), "{w:?}");
        }
    }

    /// Approximators are found past any dots and in any case, and nothing else is one.
    #[test]
    fn approximators_before_amounts() {
        // Whether the first amount of `text` is approximate.
        let approximate = |text: &str| {
            let mut out = Vec::new();
            super::super::find(text, crate::model::Span::new(0, text.len()), &mut out);
            out.first().map(|m| m.q().approximate)
        };
        for (text, want) in [
            ("It cost about $5 million.", true),
            ("It cost ABOUT $5 million.", true),
            ("It cost about.. $5 million.", true),
            ("It cost more than 5%.", true),
            ("It cost them $5 million.", false),
            ("It cost, $5 million.", false),
        ] {
            assert_eq!(approximate(text), Some(want), "{text}");
        }
    }
}
