//! Token stage: words, numbers and punctuation with byte offsets. One lexer, [`lex`], runs
//! once over each sentence and yields the stream that the amount and date recognizers walk;
//! the name recognizers and the gazetteer matcher read its name view ([`name_view`]), which
//! joins what names keep whole ("O'Brien", "5th", "U.S.") into one [`Token`].

mod lex;

pub(crate) use lex::letter_run;
pub use lex::{lex, lex_marked, mark, Lex, Tok, CAPITALIZED, TANGLED};

use crate::input::char_at;
use crate::lexicon::WordFilter;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters; a dotted initialism is one word ("U.S.", "p.m."). In the name view, also
    /// with internal apostrophes ("O'Brien").
    Word,
    /// Digits, with internal separators ("45,000", "3.5"). In the name view, also with the
    /// letters glued after them ("5th", "1990s").
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// One token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is made of.
    pub kind: TokenKind,
    /// No white space between this token and the one before (false for the first). Set
    /// by [`lex`]; false on the tokens [`name_view`] makes afresh.
    pub glued: bool,
    /// Shape bits: [`CAPITALIZED`] on every token; [`TANGLED`] set by [`lex`] only.
    pub shape: u8,
    /// Mark bits ([`mark`]): what the lexer's [`crate::lexicon::WordMarks`] table says of the token, for
    /// the recognizers' filters to read without a lookup; all set where no table was
    /// asked (numbers, the tokens [`name_view`] makes afresh).
    pub marks: u8,
    /// A word's [`WordFilter::hash`], for the lists the recognizers ask about it (hashed
    /// once, by the lexer); 0 for numbers and punctuation.
    pub hash: u64,
}

impl Token {
    /// The token `text[start..end]` of kind `kind` and filter hash `hash` (0 but for
    /// words), its capitalization read from the text.
    pub fn new(text: &str, start: usize, end: usize, kind: TokenKind, hash: u64) -> Self {
        let capitalized = kind == TokenKind::Word
            && match text.as_bytes().get(start) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => text[start..end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase),
            };
        Token {
            start,
            end,
            kind,
            glued: false,
            shape: if capitalized { CAPITALIZED } else { 0 },
            marks: u8::MAX,
            hash,
        }
    }

    /// The [`WordFilter::hash`] of the token's text, for a token of any kind.
    #[inline]
    pub fn filter_hash(&self, text: &str) -> u64 {
        match self.kind {
            TokenKind::Word => self.hash,
            _ => WordFilter::hash(self.text(text)),
        }
    }

    /// True when the token is the one ASCII character `b` ("."), told without slicing the
    /// text.
    #[inline]
    pub fn is_byte(&self, text: &str, b: u8) -> bool {
        self.end == self.start + 1 && text.as_bytes()[self.start] == b
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True for a word whose first character is upper case ("Phnom", "ASEAN", "U.S.").
    #[inline(always)]
    pub fn is_capitalized(&self) -> bool {
        self.shape & CAPITALIZED != 0
    }

    /// True for a word of two or more letters, all of them upper case ("ASEAN", "U.S.").
    #[inline(always)]
    pub fn is_all_caps(&self, text: &str) -> bool {
        // Most words start with a lower-case letter, and most others have one second:
        // settled by those bytes (a byte after a token of one byte is another token's, and
        // one character is never all capitals).
        let b = text.as_bytes();
        self.kind == TokenKind::Word
            && !b.get(self.start).is_some_and(u8::is_ascii_lowercase)
            && !b.get(self.start + 1).is_some_and(u8::is_ascii_lowercase)
            && self.all_caps(text)
    }

    #[inline(never)]
    fn all_caps(&self, text: &str) -> bool {
        let t = self.text(text);
        // ASCII words are settled byte by byte, most at their first lower-case letter.
        let mut letters = 0;
        for &b in t.as_bytes() {
            if !b.is_ascii() {
                return Self::all_caps_unicode(t);
            }
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        letters >= 2
    }

    fn all_caps_unicode(t: &str) -> bool {
        t.chars().all(|c| !c.is_lowercase()) && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks continue a word (decomposed accents, Devanagari vowel signs).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x097F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        && !c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into name tokens ([`name_view`] of [`lex`]). White space separates tokens
/// and is not a token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    lex(text, 0, text.len(), &mut toks);
    let mut tokens = Vec::with_capacity(toks.len());
    name_view(text, &toks, &mut tokens);
    tokens
}

/// The name tokens of a sentence's tokens of [`lex`]: those tokens themselves when none
/// is [`TANGLED`] (most sentences), borrowed; else [`name_view`] of them, written into
/// `buf`.
pub fn name_tokens<'a>(text: &str, toks: &'a [Tok], buf: &'a mut Vec<Token>) -> &'a [Token] {
    let tangled = toks.iter().any(|t| t.shape & TANGLED != 0);
    name_tokens_of(text, toks, tangled, buf)
}

/// [`name_tokens`] of tokens whose [`TANGLED`] bits the caller knows already: `tangled`
/// when one is set ([`lex`] tells it).
#[inline]
pub fn name_tokens_of<'a>(
    text: &str,
    toks: &'a [Tok],
    tangled: bool,
    buf: &'a mut Vec<Token>,
) -> &'a [Token] {
    debug_assert_eq!(tangled, toks.iter().any(|t| t.shape & TANGLED != 0));
    if !tangled {
        return toks;
    }
    buf.clear();
    name_view(text, toks, buf);
    buf
}

/// Appends the name tokens of a sentence to `out`, from the sentence's tokens of [`lex`]:
/// the same tokens where the stream's glued group has no [`TANGLED`] token (most groups),
/// and the group tokenized afresh by [`tokenize_into`] where it has. White space separates
/// name tokens as it does the stream's, so a group is tokenized alone as within the
/// sentence.
pub fn name_view(text: &str, toks: &[Tok], out: &mut Vec<Token>) {
    let mut k = 0;
    while k < toks.len() {
        // The tokens before the next tangled one go out one for one.
        let tangled = toks[k..]
            .iter()
            .position(|t| t.shape & TANGLED != 0)
            .map_or(toks.len(), |p| k + p);
        out.extend_from_slice(&toks[k..tangled]);
        if tangled == toks.len() {
            break;
        }
        // Those of its group went out too: take them back.
        let mut first = tangled;
        while first > 0 && toks[first].glued {
            first -= 1;
        }
        out.truncate(out.len() - (tangled - first));
        let mut last = tangled;
        while toks.get(last + 1).is_some_and(|t| t.glued) {
            last += 1;
        }
        tokenize_into(text, toks[first].start, toks[last].end, out);
        k = last + 1;
    }
}

/// ASCII letters and digits, by byte value (a table lookup is cheaper than the ranges).
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character at byte `i` of `text`, if `i < end` (`end` is a char boundary, so the
/// character ends by it).
#[inline(always)]
fn peek(text: &str, i: usize, end: usize) -> Option<char> {
    if i >= end {
        return None;
    }
    char_at(text, i)
}

/// Lower-cases a short ASCII word into `buf`; `None` for longer or non-ASCII words, which
/// are never keywords, so callers can match on the result without allocating.
pub fn lower<'b>(word: &'b str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    // Most words are lower case already: no copy, no validation.
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// Appends the name tokens of `text[start..end]` to `out`, reading the bytes: what
/// [`name_view`] does for a tangled group.
///
/// Works on byte positions with a fast path for ASCII; look-ahead never passes `end`.
pub fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        // Single spaces between words are most of the white space.
        if i < end && bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let Some(c) = peek(text, i, end) else {
            break;
        };
        let tok_start = i;
        let len = c.len_utf8();
        // Most tokens are words: an ASCII letter goes straight to them.
        let letter = c.is_ascii_alphabetic();
        if !letter && c.is_whitespace() {
            i += len;
            continue;
        }
        if !letter && c.is_ascii_digit() {
            let mut j = i + 1;
            // Digits with internal "," or "." followed by a digit.
            loop {
                match peek(text, j, end) {
                    Some(d) if d.is_ascii_digit() => j += 1,
                    Some(',' | '.')
                        if peek(text, j + 1, end).is_some_and(|a| a.is_ascii_digit()) =>
                    {
                        j += 2
                    }
                    _ => break,
                }
            }
            // "5th", "1990s", "10am": letters glued to digits stay in the token.
            while let Some(d) = peek(text, j, end).filter(|d| d.is_alphabetic()) {
                j += d.len_utf8();
            }
            out.push(Token::new(text, tok_start, j, TokenKind::Number, 0));
            i = j;
        } else if letter || is_word_char(c) {
            let mut j = i + len;
            // Whether the word so far is one character, or single letters separated by dots
            // ("U.S", "a.m"), kept as it grows: asking it of the whole word at every dot
            // made "U.S.U.S...." quadratic.
            let mut one_char = true;
            let mut dotted = c.is_alphabetic();
            let mut has_dot = false;
            // The common case first: a run of ASCII letters and digits.
            let run = j;
            j += bytes[j..end]
                .iter()
                .position(|&b| !ASCII_ALNUM[usize::from(b)])
                .unwrap_or(end - j);
            if j > run {
                one_char = false;
                dotted = false;
            }
            // A space ends the word: no apostrophe or dot to look at.
            while let Some(d) = peek(text, j, end).filter(|&d| d != ' ') {
                if is_word_char(d) {
                    j += d.len_utf8();
                    one_char = false;
                    dotted = false;
                } else if is_apostrophe(d) {
                    // Internal apostrophe ("O'Brien", "don't"), but not a possessive "'s".
                    let after = j + d.len_utf8();
                    let a = peek(text, after, end);
                    let possessive = matches!(a, Some('s') | Some('S'))
                        && !peek(text, after + 1, end).is_some_and(is_word_char);
                    if a.is_some_and(char::is_alphabetic) && !possessive {
                        // The letter after it is a word character: the next turn takes it.
                        j = after;
                        one_char = false;
                        dotted = false;
                    } else {
                        break;
                    }
                } else if d == '.' {
                    // Dotted initialisms: "U.S.", "U.S.A.", "a.m.", "E.U.".
                    let single = one_char || dotted;
                    let next_letter = peek(text, j + 1, end).filter(|c| c.is_alphabetic());
                    let next_is_single = next_letter.is_some_and(|l| {
                        !peek(text, j + 1 + l.len_utf8(), end).is_some_and(is_word_char)
                    });
                    if single && next_is_single {
                        j += 1 + next_letter.map_or(0, char::len_utf8);
                        one_char = false;
                        has_dot = true;
                    } else if dotted && has_dot {
                        // Closing dot of an initialism: "U.S." keeps its last dot.
                        j += 1;
                        break;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Token::new(
                text,
                tok_start,
                j,
                TokenKind::Word,
                WordFilter::hash(&text[tok_start..j]),
            ));
            i = j;
        } else {
            out.push(Token::new(
                text,
                tok_start,
                tok_start + len,
                TokenKind::Punct,
                0,
            ));
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-iterator tokenizer this module had before the byte-level one: the oracle.
    fn reference_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
        let s = &text[start..end];
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            let tok_start = start + i;
            if c.is_ascii_digit() {
                let mut tok_end = tok_start + c.len_utf8();
                // Digits with internal "," or "." followed by a digit.
                loop {
                    match iter.peek() {
                        Some(&(_, d)) if d.is_ascii_digit() => {
                            let (j, d) = iter.next().unwrap();
                            tok_end = start + j + d.len_utf8();
                        }
                        Some(&(j, sep)) if sep == ',' || sep == '.' => {
                            let after = s[j + 1..].chars().next();
                            if after.is_some_and(|a| a.is_ascii_digit()) {
                                iter.next();
                            } else {
                                let _ = j;
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                // "5th", "1990s", "10am": letters glued to digits stay in the token.
                while let Some(&(j, d)) = iter.peek() {
                    if d.is_alphabetic() {
                        iter.next();
                        tok_end = start + j + d.len_utf8();
                    } else {
                        break;
                    }
                }
                out.push(Token::new(text, tok_start, tok_end, TokenKind::Number, 0));
            } else if is_word_char(c) {
                let mut tok_end = tok_start + c.len_utf8();
                // Whether the word so far is one character, or single letters separated by dots
                // ("U.S", "a.m"), kept as it grows: asking it of the whole word at every dot
                // made "U.S.U.S...." quadratic.
                let mut one_char = true;
                let mut dotted = c.is_alphabetic();
                let mut has_dot = false;
                while let Some(&(j, d)) = iter.peek() {
                    if is_word_char(d) {
                        iter.next();
                        tok_end = start + j + d.len_utf8();
                        one_char = false;
                        dotted = false;
                    } else if is_apostrophe(d) {
                        // Internal apostrophe ("O'Brien", "don't"), but not a possessive "'s".
                        let rest = &s[j + d.len_utf8()..];
                        let mut after = rest.chars();
                        let a = after.next();
                        let possessive = matches!(a, Some('s') | Some('S'))
                            && !after.next().is_some_and(is_word_char);
                        if a.is_some_and(char::is_alphabetic) && !possessive {
                            iter.next();
                            one_char = false;
                            dotted = false;
                        } else {
                            break;
                        }
                    } else if d == '.' {
                        // Dotted initialisms: "U.S.", "U.S.A.", "a.m.", "E.U.".
                        let rest = &s[j + 1..];
                        let single = one_char || dotted;
                        let next_letter = rest.chars().next().filter(|c| c.is_alphabetic());
                        let next_is_single =
                            next_letter.is_some() && !rest.chars().nth(1).is_some_and(is_word_char);
                        if single && next_is_single {
                            iter.next();
                            let (k, l) = iter.next().unwrap();
                            tok_end = start + k + l.len_utf8();
                            one_char = false;
                            has_dot = true;
                        } else if dotted && has_dot {
                            // Closing dot of an initialism: "U.S." keeps its last dot.
                            iter.next();
                            tok_end = start + j + 1;
                            break;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                out.push(Token::new(
                    text,
                    tok_start,
                    tok_end,
                    TokenKind::Word,
                    WordFilter::hash(&text[tok_start..tok_end]),
                ));
            } else {
                out.push(Token::new(
                    text,
                    tok_start,
                    tok_start + c.len_utf8(),
                    TokenKind::Punct,
                    0,
                ));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_level_tokenizer_matches_the_reference(
            text in "([a-zA-Z0-9.,'’ ]|U\\.S\\.|é|\u{0301}|’s|\\$|-|\u{00A0}|\u{0660}|\n){0,60}",
            cut in 0usize..8,
        ) {
            let mut a = Vec::new();
            let mut b = Vec::new();
            let end = text.char_indices().rev().nth(cut).map_or(text.len(), |(i, _)| i);
            tokenize_into(&text, 0, end, &mut a);
            reference_into(&text, 0, end, &mut b);
            proptest::prop_assert_eq!(a, b);
        }
    }

    proptest::proptest! {
        /// The name view of the one stream is what the byte-level name tokenizer reads.
        #[test]
        fn name_view_matches_the_name_tokenizer(
            text in "([a-zA-Z0-9.,'’ ]|[sS]|U\\.S\\.|é|\u{0301}|\u{20D0}|\u{0BCD}|’s|'s|\\$|-|\u{00A0}|\u{0660}|\n|\u{b}){0,60}",
            cut in 0usize..8,
            skip in 0usize..4,
        ) {
            let end = text.char_indices().rev().nth(cut).map_or(text.len(), |(i, _)| i);
            let start = text.char_indices().nth(skip).map_or(end, |(i, _)| i).min(end);
            let mut a = Vec::new();
            let mut b = Vec::new();
            let mut toks = Vec::new();
            lex(&text, start, end, &mut toks);
            name_view(&text, &toks, &mut a);
            tokenize_into(&text, start, end, &mut b);
            // The lexer's glue and tangle marks stay on the tokens it made; the rest is
            // the name tokenizer's.
            let names = |v: &[Token]| {
                v.iter()
                    .map(|t| (t.start, t.end, t.kind, t.hash, t.is_capitalized()))
                    .collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(names(&a), names(&b));
            let mut c = Vec::new();
            proptest::prop_assert_eq!(names(name_tokens(&text, &toks, &mut c)), names(&b));
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("A Kuala Lumpur-based analyst’s 45,000.5 U.S. O'Brien."),
            [
                "A", "Kuala", "Lumpur", "-", "based", "analyst", "’", "s", "45,000.5", "U.S.",
                "O'Brien", "."
            ]
        );
        assert_eq!(
            words("at 5 a.m. Mr. Smith"),
            ["at", "5", "a.m.", "Mr", ".", "Smith"]
        );
        assert_eq!(
            words("in the U.S.A. today"),
            ["in", "the", "U.S.A.", "today"]
        );
        assert_eq!(words("Gregory B. Poling"), ["Gregory", "B", ".", "Poling"]);
        assert_eq!(words("the 1990s, 5th"), ["the", "1990s", ",", "5th"]);
        assert_eq!(words("$100.00."), ["$", "100.00", "."]);
    }

    /// Words in capitals are told as their characters tell them, whatever their first
    /// bytes and the token glued after them.
    #[test]
    fn tells_words_in_capitals() {
        let text = "ASEAN U.S. Ab aB A b Ab7 ÉTÉ Été éTÉ É AbC NATO's Xi O'NEIL A-b";
        for t in tokenize(text) {
            let w = t.text(text);
            let want = t.kind == TokenKind::Word
                && w.chars().all(|c| !c.is_lowercase())
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            assert_eq!(t.is_all_caps(text), want, "{w:?}");
        }
    }
}
