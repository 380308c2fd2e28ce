//! The one lexer: a single pass over a stretch of text that yields the token stream every
//! recognizer reads. Digit runs, letter runs and single punctuation characters, each marked
//! `glued` when no white space separates it from the token before, with a word's filter
//! hash and shape bits. "US$45m" is `US` `$` `45` `m`, all glued; "10 am" and "10am" differ
//! only in the glue. The amount and date recognizers walk this stream as it is; the name
//! recognizers read the coarser view of [`super::name_view`], built from it.

use super::is_word_char;
use crate::input::char_at;
use crate::lexicon::{WordFilter, WordMarks};
use crate::swar;

/// What a token of the stream is made of: [`super::TokenKind`], whose `Number` here is
/// ASCII digits with internal "," or "." followed by a digit ("45,000", "3.5").
pub type Lex = super::TokenKind;

/// Shape bit of a [`Tok`]: the name view may cut this token's glued group otherwise than
/// the stream does ("O'Brien", "5th", "U.S.", "abc123", a word beyond ASCII), so
/// [`super::name_view`] tokenizes that group afresh.
pub const TANGLED: u8 = 1;

/// Shape bit of a [`Tok`]: a word whose first character is upper case ("Phnom", "ASEAN",
/// "U.S."), which the name view carries as [`super::Token::is_capitalized`].
pub const CAPITALIZED: u8 = 2;

/// One token of the stream (byte offsets into the whole text): a [`super::Token`], with
/// its `glued` flag and shape bits set by the lexer.
pub type Tok = super::Token;

/// The mark bits of a [`Tok`] ([`super::Token::marks`]): a clear bit says the token surely
/// is not what the bit stands for; a set bit, that it may be. Numbers have every bit.
pub mod mark {
    /// A word or sign that may carry an amount in a sentence without digits.
    pub const AMOUNT_CARRIER: u8 = 1;
    /// A word that may begin an amount in words ("two", "a million", "minus").
    pub const AMOUNT_START: u8 = 2;
    /// A word or sign that may begin a date ("May", "last", "the", "'90s").
    pub const DATE_START: u8 = 4;
}

/// [`lex_marked`] with every mark bit set on every token: for text whose tokens no
/// filter reads by their marks.
pub fn lex(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) -> bool {
    lex_marked(text, start, end, &WordMarks::ALL, out)
}

/// Appends the tokens of `text[start..end]` to `out`, each word and ASCII sign with its
/// marks from `marks`; true when one of them is
/// [`TANGLED`] (the name view then tokenizes afresh), told where the bit is set.
pub fn lex_marked(
    text: &str,
    start: usize,
    end: usize,
    marks: &WordMarks,
    out: &mut Vec<Tok>,
) -> bool {
    let bytes = text.as_bytes();
    let b = &bytes[..end];
    let mut i = start;
    let mut glued = false;
    let mut tangled = false;
    while let Some(&byte) = b.get(i) {
        // Single spaces between words are most of the white space.
        if byte == b' ' {
            i += 1;
            glued = false;
            continue;
        }
        let from = i;
        // Most tokens are words of ASCII letters: their end, shape and hash from the bytes,
        // in one straight path.
        if byte.is_ascii_alphabetic() {
            i = letter_run_past(bytes, i + 1, end);
            // An ASCII letter below 'a' is upper case.
            let mut shape = if byte < b'a' { CAPITALIZED } else { 0 };
            // The byte after the run; the end of the stretch reads as a space (nothing
            // after the word looks at it then).
            let mut next = b' ';
            if i < end {
                next = b[i];
            } else {
                i = end;
            }
            // A letter beyond ASCII, or a dot after a single letter: the whole rule.
            let hash = if next >= 0x80 || (next == b'.' && i - from == 1) {
                let (e, word_tangled, hash) = whole_word(text, start, end, from);
                i = e;
                shape |= word_tangled;
                tangled |= word_tangled != 0;
                next = b.get(i).copied().unwrap_or(b' ');
                hash
            } else {
                // Both ends are ASCII letters, whose lower case sets one bit.
                WordFilter::hash_parts(byte | 0x20, b[i - 1] | 0x20, i - from)
            };
            let word_marks = marks.of(hash);
            // "O'Brien", "don't" are one name token; a possessive "'s" is not. "5th",
            // "abc123": one name token, two here. Most words follow white space, settled
            // by the first test.
            if glued && tangled_after(bytes, out, i - from == 1 && byte | 0x20 == b's') {
                shape |= TANGLED;
                tangled = true;
            }
            out.push(Tok {
                start: from,
                end: i,
                kind: Lex::Word,
                glued,
                shape,
                marks: word_marks,
                hash,
            });
            // Most words end at a space: stepped over at once.
            if next == b' ' {
                i += 1;
                glued = false;
            } else {
                glued = true;
            }
            continue;
        }
        let mut shape = 0;
        let mut token_marks = u8::MAX;
        // Other ASCII is told apart by the byte; only other characters are decoded.
        let kind = if byte.is_ascii_digit() {
            i += 1;
            loop {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i + 1 < b.len() && (b[i] == b',' || b[i] == b'.') && b[i + 1].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                break;
            }
            if glued && out.last().is_some_and(|t| t.kind != Lex::Punct) {
                shape = TANGLED;
                tangled = true;
            }
            Lex::Number
        } else if byte.is_ascii() {
            i += 1;
            // The ASCII white space of `char::is_whitespace`.
            if byte.is_ascii_whitespace() || byte == 0x0B {
                glued = false;
                continue;
            }
            token_marks = marks.of_ascii(byte);
            Lex::Punct
        } else {
            let Some((e, token)) = wide_token(text, start, end, i) else {
                break;
            };
            i = e;
            let Some((kind, wide_shape)) = token else {
                glued = false;
                continue;
            };
            shape = wide_shape;
            tangled |= wide_shape & TANGLED != 0;
            kind
        };
        let hash = match kind {
            Lex::Word => WordFilter::hash(&text[from..i]),
            _ => 0,
        };
        if kind == Lex::Word {
            // A word beyond ASCII is no code.
            token_marks = marks.of(hash);
        }
        out.push(Tok {
            start: from,
            end: i,
            kind,
            glued,
            shape,
            marks: token_marks,
            hash,
        });
        glued = true;
    }
    tangled
}

/// The token at byte `i` of `text[start..end]`, a character beyond ASCII: its end, and
/// its kind and shape bits unless it is white space; `None` at a broken character. Out of
/// the lexer's loop, which it would crowd.
#[cold]
#[inline(never)]
fn wide_token(
    text: &str,
    start: usize,
    end: usize,
    i: usize,
) -> Option<(usize, Option<(Lex, u8)>)> {
    let s = &text[start..end];
    let c = char_at(s, i - start)?;
    if c.is_whitespace() {
        return Some((i + c.len_utf8(), None));
    }
    if c.is_alphabetic() {
        let shape = TANGLED | if c.is_uppercase() { CAPITALIZED } else { 0 };
        return Some((start + word_end(s, i - start).0, Some((Lex::Word, shape))));
    }
    // A mark or a digit beyond ASCII continues a name token.
    let shape = if is_word_char(c) { TANGLED } else { 0 };
    Some((i + c.len_utf8(), Some((Lex::Punct, shape))))
}

/// Whether a word glued to the last token of `out` tangles its group: after a word or a
/// number always, after an apostrophe unless the word is a possessive "s".
#[inline]
fn tangled_after(bytes: &[u8], out: &[Tok], possessive_s: bool) -> bool {
    match out.last() {
        Some(t) if t.kind != Lex::Punct => true,
        Some(t) => {
            let rest = &bytes[t.start..];
            !possessive_s && (rest.starts_with(b"'") || rest.starts_with("’".as_bytes()))
        }
        None => false,
    }
}

/// The end of the run of ASCII letters at byte `i` of `bytes`, by `end` at the latest:
/// eight bytes at a time while they last.
#[inline(always)]
pub(crate) fn letter_run(bytes: &[u8], i: usize, end: usize) -> usize {
    letter_run_past(bytes, i, end).min(end)
}

/// [`letter_run`], but the end it returns may lie past `end` when the run goes on past
/// it: the caller clamps it.
#[inline(always)]
fn letter_run_past(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while let Some(block) = bytes.get(i..i + 8) {
        let w = swar::load(block);
        // A byte beyond ASCII may carry into the bytes after it, never into those before:
        // the first byte that is not a letter is found either way.
        let letters = swar::byte_range(w | (swar::LOW_BITS * 0x20), b'a', b'z');
        let stop = (!letters | w) & swar::HIGH_BITS;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
        if i >= end {
            return end;
        }
    }
    while i < end && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i.min(end)
}

/// The word at byte `from` of `text[start..end]` by the whole rule: its end, its
/// [`TANGLED`] bit and its filter hash. Out of the word path, which it would crowd.
#[cold]
#[inline(never)]
fn whole_word(text: &str, start: usize, end: usize, from: usize) -> (usize, u8, u64) {
    let (e, plain) = word_end(&text[start..end], from - start);
    let i = start + e;
    let tangled = if plain { 0 } else { TANGLED };
    (i, tangled, WordFilter::hash(&text[from..i]))
}

/// The end of the word that starts with a letter at byte `i` of `s`: letters, and single
/// letters joined by dots ("U.S.", "p.m."); and whether the word is plain ASCII letters.
#[cold]
#[inline(never)]
fn word_end(s: &str, mut i: usize) -> (usize, bool) {
    let b = s.as_bytes();
    let mut seg = 0;
    let mut dotted = false;
    let mut plain = true;
    loop {
        loop {
            // A run of ASCII letters in one tight loop; no other ASCII character is a
            // letter, so the word ends at one, and a character beyond ASCII is decoded only
            // to see whether it is a letter.
            let run = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            seg += i - run;
            if i < b.len() && !b[i].is_ascii() {
                if let Some(d) = s[i..].chars().next().filter(|d| is_letter(*d)) {
                    i += d.len_utf8();
                    seg += 1;
                    plain = false;
                    continue;
                }
            }
            break;
        }
        // "U.S.", "p.m.": single letters joined by dots.
        if seg == 1 && i < b.len() && b[i] == b'.' {
            let next = s[i + 1..].chars().next();
            if next.is_some_and(char::is_alphabetic) {
                i += 1;
                seg = 0;
                dotted = true;
                plain = false;
                continue;
            }
            if dotted {
                i += 1;
            }
        }
        return (i, plain);
    }
}

/// A letter that continues a word: alphabetic, or a combining mark or sign of the scripts
/// news text meets (decomposed accents, Devanagari, Tamil).
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x097F | 0x0B80..=0x0BFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lexer over characters, written for clarity: the oracle for [`lex`]'s byte paths.
    fn lex_oracle(s: &str) -> Vec<(usize, usize, Lex, bool)> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let at = |k: usize| chars.get(k).map(|&(_, c)| c);
        let pos = |k: usize| chars.get(k).map_or(s.len(), |&(p, _)| p);
        let (mut out, mut k, mut glued) = (Vec::new(), 0, false);
        while let Some(c) = at(k) {
            if c.is_whitespace() {
                k += 1;
                glued = false;
                continue;
            }
            let from = k;
            let kind = if c.is_ascii_digit() {
                k += 1;
                loop {
                    while at(k).is_some_and(|d| d.is_ascii_digit()) {
                        k += 1;
                    }
                    let sep = matches!(at(k), Some(',' | '.'));
                    if !(sep && at(k + 1).is_some_and(|d| d.is_ascii_digit())) {
                        break;
                    }
                    k += 1;
                }
                Lex::Number
            } else if c.is_alphabetic() {
                let (mut seg, mut dotted) = (0, false);
                loop {
                    while at(k)
                        .is_some_and(|d| d.is_ascii_alphabetic() || (!d.is_ascii() && is_letter(d)))
                    {
                        k += 1;
                        seg += 1;
                    }
                    if seg != 1 || at(k) != Some('.') {
                        break;
                    }
                    if !at(k + 1).is_some_and(char::is_alphabetic) {
                        k += usize::from(dotted);
                        break;
                    }
                    k += 1;
                    seg = 0;
                    dotted = true;
                }
                Lex::Word
            } else {
                k += 1;
                Lex::Punct
            };
            out.push((pos(from), pos(k), kind, glued));
            glued = true;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn lex_agrees_with_the_character_oracle(s in "[a-zA-Z0-9 .,$%'\\-\t\n\u{b}éÉß\u{301}\u{915}\u{93f}’€\u{a0}\u{2003}ａ１]{0,40}") {
            let mut toks = Vec::new();
            lex(&s, 0, s.len(), &mut toks);
            let got: Vec<_> = toks.iter().map(|t| (t.start, t.end, t.kind, t.glued)).collect();
            proptest::prop_assert_eq!(got, lex_oracle(&s));
            for t in toks.iter().filter(|t| t.kind == Lex::Word) {
                proptest::prop_assert_eq!(t.hash, WordFilter::hash(&s[t.start..t.end]));
            }
        }
    }

    proptest::proptest! {
        /// A stretch of a longer text lexes as that stretch alone: look-ahead stops at its
        /// end, however many bytes follow.
        #[test]
        fn lex_stops_at_the_end_of_its_stretch(
            s in "[a-zA-Z0-9 .,'’é\u{301}]{0,40}",
            skip in 0usize..20,
            cut in 0usize..20,
        ) {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let start = bounds[skip.min(bounds.len() - 1)];
            let end = bounds[bounds.len() - 1 - cut.min(bounds.len() - 1)].max(start);
            let mut whole = Vec::new();
            lex(&s, start, end, &mut whole);
            let mut alone = Vec::new();
            lex(&s[start..end], 0, end - start, &mut alone);
            let shifted: Vec<Tok> = alone
                .into_iter()
                .map(|t| Tok { start: t.start + start, end: t.end + start, ..t })
                .collect();
            proptest::prop_assert_eq!(whole, shifted);
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        toks.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn lexes_words_across_scripts_and_initialisms() {
        let text = "Zürich’s café U.S.A. a.m. ÉTÉ naïve हिन्दी x.y z.";
        assert_eq!(
            texts(text),
            [
                "Zürich",
                "’",
                "s",
                "café",
                "U.S.A.",
                "a.m.",
                "ÉTÉ",
                "naïve",
                "हिन्दी",
                "x.y",
                "z",
                "."
            ]
        );
    }

    #[test]
    fn lexes_glued_tokens() {
        let text = "US$45m at 3 p.m. on 11/04, 1.8°C";
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        let got: Vec<(&str, bool)> = toks
            .iter()
            .map(|t| (&text[t.start..t.end], t.glued))
            .collect();
        assert_eq!(
            got,
            [
                ("US", false),
                ("$", true),
                ("45", true),
                ("m", true),
                ("at", false),
                ("3", false),
                ("p.m.", false),
                ("on", false),
                ("11", false),
                ("/", true),
                ("04", true),
                (",", true),
                ("1.8", false),
                ("°", true),
                ("C", true),
            ]
        );
    }

    /// Word tokens carry their filter hash, which is also their ASCII lower-case form's
    /// (the date scan asks about the lower-cased sentence).
    #[test]
    fn tokens_carry_their_filter_hash() {
        let text = "On Tuesday, ÉLYSÉE said US$5m Was PAID in Ōsaka à la March.";
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        let low = text.to_ascii_lowercase();
        let words: Vec<_> = toks.iter().filter(|t| t.kind == Lex::Word).collect();
        assert!(words.len() >= 10);
        for t in words {
            assert_eq!(t.hash, WordFilter::hash(&text[t.start..t.end]));
            assert_eq!(t.hash, WordFilter::hash(&low[t.start..t.end]));
        }
    }
}
