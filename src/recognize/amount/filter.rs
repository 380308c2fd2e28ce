//! Cheap pre-filters that let the scan skip what cannot hold an amount: a sentence with
//! no number and no word that carries an amount, a token that cannot start one, a token
//! that opens no unit or currency phrase.

use std::sync::LazyLock;

use crate::recognize::numbers::{lex, Lex, Tok, NUMBER_WORDS};
use crate::token::lower;

/// The first token, lower-cased, of each of `surfaces`: a phrase search at a token whose
/// lower-case form is none of them cannot match, and is skipped.
pub(super) fn first_tokens<'s>(
    surfaces: impl Iterator<Item = &'s str>,
) -> crate::recognize::FilteredSet<String> {
    let mut toks = Vec::new();
    surfaces
        .filter_map(|s| {
            toks.clear();
            lex(s, 0, s.len(), &mut toks);
            toks.first().map(|t| s[t.start..t.end].to_lowercase())
        })
        .collect()
}

/// False when the token `word` surely opens none of the phrases whose first tokens are
/// `firsts` (words beyond ASCII are not ruled out).
pub(super) fn may_open(firsts: &crate::recognize::FilteredSet<String>, word: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(word, &mut buf).is_none_or(|w| firsts.contains(w))
}

/// A sentence with neither a number nor a word of [`AMOUNT_WORDS`] has no amount, and is
/// skipped: a look at each token, most of them settled by their kind or a filter.
pub(super) fn may_hold_amount(text: &str, toks: &[Tok]) -> bool {
    let mut buf = [0u8; 24];
    let words: &crate::recognize::FilteredSet = &AMOUNT_WORDS;
    toks.iter().any(|t| match t.kind {
        Lex::Num => true,
        Lex::Word => {
            // The filter turns away most words before they are lower-cased and looked up.
            words.may_contain_hash(t.hash)
                && lower(&text[t.start..t.end], &mut buf).is_some_and(|w| words.contains(w))
        }
        Lex::Punct => false,
    })
}

/// Words that can carry an amount without digits ("a million", "twenty percent",
/// "five dollars", "a quarter-point").
static AMOUNT_WORDS: LazyLock<crate::recognize::FilteredSet> = LazyLock::new(|| {
    [
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "lakh",
        "crore",
        "percent",
        "percentage",
        "cent",
        "cents",
        "pence",
        "penny",
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pounds",
        "yen",
        "yuan",
        "rupees",
        "quarter",
        "half",
    ]
    .into_iter()
    .collect()
});

/// False where [`Scan::amount_at`] is sure to find nothing, cheaply: an amount starts at a
/// number; at a sign, currency or code right before one, or glued to one through up to
/// two more tokens ("$5", "US$5", "- 5"), or spaced as in tokenized wire text ("us $ 5");
/// or at a word that can begin a number or a fraction of a point in words ("a million",
/// "half a percentage point", "twenty", "minus five").
pub(super) fn may_start_amount(text: &str, toks: &[Tok], i: usize) -> bool {
    let tok = toks[i];
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Lex::Num);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    if tok.kind == Lex::Num
        || num(i + 1)
        || (glued(i + 1) && (num(i + 2) || (glued(i + 2) && num(i + 3))))
        || (tok.kind == Lex::Word
            && num(i + 2)
            && toks
                .get(i + 1)
                .is_some_and(|t| &text[t.start..t.end] == "$"))
    {
        return true;
    }
    let mut buf = [0u8; 24];
    tok.kind == Lex::Word
        && START_WORDS.may_contain_hash(tok.hash)
        && lower(&text[tok.start..tok.end], &mut buf).is_some_and(|w| START_WORDS.contains(w))
}

/// The words that can begin an amount in words: [`may_start_amount`] accepts these.
static START_WORDS: LazyLock<crate::recognize::FilteredSet> = LazyLock::new(|| {
    ["a", "an", "half", "quarter", "minus", "negative"]
        .into_iter()
        .chain(NUMBER_WORDS)
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::numbers::small_word;

    #[test]
    fn start_word_filter_admits_every_number_word() {
        for (k, w) in NUMBER_WORDS.iter().enumerate() {
            let value = if k < 20 { k } else { 10 * (k - 18) };
            assert_eq!(small_word(w), Some(value as f64), "{w}");
            for form in [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
            ] {
                assert!(START_WORDS.may_contain(&form), "{form}");
            }
        }
    }
}
