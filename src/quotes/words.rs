//! The words of a stretch of text around a quotation, with their byte spans, read lazily
//! from either end: what the attribution patterns match.

use crate::input::char_at;
use crate::model::Span;

/// How [`words`] reads a byte: 0 ends a word, 1 is part of one (ASCII letters and
/// digits, '-', '\'', '.'), 2 starts a character beyond ASCII, decoded to tell.
static WORD_BYTE: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.') {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether the character at byte `i` of `s` (beyond ASCII) is part of a word, and its
/// length. Kept out of line: most text is ASCII, and the word loops stay small.
#[cold]
#[inline(never)]
fn wide_part(s: &str, i: usize) -> (bool, usize) {
    let c = char_at(s, i).unwrap_or(' ');
    (c.is_alphanumeric() || c == '’', c.len_utf8())
}

/// One word of a span: its byte span in the text and its text.
pub(super) type Word<'a> = (usize, usize, &'a str);

/// The words in a span, with their byte spans, read as they are asked for: runs of letters,
/// digits, hyphens, apostrophes and dots, less the dots and apostrophes that end them. Most
/// attributions are settled by a word or two, and need not split the rest.
#[derive(Clone)]
pub(super) struct Words<'a> {
    /// The span's text.
    s: &'a str,
    /// Where the span starts in the text.
    base: usize,
    /// The byte of `s` to read next.
    i: usize,
    /// The end of the bytes not read yet from the back.
    end: usize,
}

impl<'a> Words<'a> {
    /// The words of `text[span]`.
    pub(super) fn new(text: &'a str, span: Span) -> Self {
        Words {
            s: &text[span.start..span.end],
            base: span.start,
            i: 0,
            end: span.end - span.start,
        }
    }

    /// The word of `start..stop` (a run of word characters) less the dots and apostrophes
    /// at its end, told by their bytes; `None` when nothing is left.
    #[inline(always)]
    fn trimmed(&self, start: usize, stop: usize) -> Option<Word<'a>> {
        let bytes = self.s.as_bytes();
        let mut end = stop;
        while end > start {
            if matches!(bytes[end - 1], b'.' | b'\'') {
                end -= 1;
            } else if bytes[end - 1] == 0x99 && bytes[start..end].ends_with("’".as_bytes()) {
                end -= "’".len();
            } else {
                break;
            }
        }
        (end > start).then(|| (self.base + start, self.base + end, &self.s[start..end]))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Word<'a>> {
        let s = self.s;
        let bytes = &s.as_bytes()[..self.end];
        let mut i = self.i;
        loop {
            // To the next word's first character.
            while let Some(&b) = bytes.get(i) {
                match WORD_BYTE[usize::from(b)] {
                    0 => i += 1,
                    1 => break,
                    _ => match wide_part(s, i) {
                        (true, _) => break,
                        (false, len) => i += len,
                    },
                }
            }
            if i >= bytes.len() {
                self.i = i;
                return None;
            }
            // To its end: a run of ASCII letters eight bytes at a time, then byte by byte.
            let start = i;
            i = crate::token::letter_run(bytes, i, bytes.len());
            while let Some(&b) = bytes.get(i) {
                match WORD_BYTE[usize::from(b)] {
                    0 => break,
                    1 => i += 1,
                    _ => match wide_part(s, i) {
                        (true, len) => i += len,
                        (false, _) => break,
                    },
                }
            }
            if let Some(word) = self.trimmed(start, i) {
                self.i = i;
                return Some(word);
            }
        }
    }
}

impl DoubleEndedIterator for Words<'_> {
    /// The words from the last: the same runs found from their ends.
    #[inline(always)]
    fn next_back(&mut self) -> Option<Self::Item> {
        let (s, bytes) = (self.s, self.s.as_bytes());
        // Whether the character that ends at byte `j` is part of a word, and where it starts.
        let before = |j: usize| {
            let b = bytes[j - 1];
            match WORD_BYTE[usize::from(b)] {
                0 => (false, j - 1),
                1 => (true, j - 1),
                _ => {
                    let at = crate::input::floor_char(s, j - 1);
                    (wide_part(s, at).0, at)
                }
            }
        };
        let mut j = self.end;
        loop {
            // Back to the last word's last character.
            while j > self.i {
                match before(j) {
                    (false, at) => j = at,
                    (true, _) => break,
                }
            }
            if j <= self.i {
                self.end = j;
                return None;
            }
            // Back to its first.
            let stop = j;
            while j > self.i {
                match before(j) {
                    (true, at) => j = at,
                    (false, _) => break,
                }
            }
            if let Some(word) = self.trimmed(j, stop) {
                self.end = j;
                return Some(word);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// All the words of `span`.
    fn words(text: &str, span: Span) -> Vec<Word<'_>> {
        Words::new(text, span).collect()
    }

    /// The character loop [`Words`] had before its byte table: the oracle.
    fn words_oracle(text: &str, span: Span) -> Vec<(usize, usize, &str)> {
        let s = &text[span.start..span.end];
        // About a word every six bytes: room for most spans at once.
        let mut out = Vec::with_capacity(s.len() / 6 + 1);
        let mut start = None;
        let bytes = s.as_bytes();
        let mut i = 0;
        // One step past the end, as a space, closes the last word.
        while i <= bytes.len() {
            let at = i;
            // ASCII is settled by the byte; only other characters are decoded.
            let part = match bytes.get(i) {
                Some(&b) if b < 0x80 => {
                    i += 1;
                    crate::token::ASCII_ALNUM[usize::from(b)] || matches!(b, b'-' | b'\'' | b'.')
                }
                Some(_) => {
                    let c = char_at(s, i).unwrap_or(' ');
                    i += c.len_utf8();
                    c.is_alphanumeric() || c == '’'
                }
                None => {
                    i += 1;
                    false
                }
            };
            match (start, part) {
                (None, true) => start = Some(at),
                (Some(b), false) => {
                    let w = s[b..at].trim_end_matches(['.', '’', '\'']);
                    if !w.is_empty() {
                        out.push((span.start + b, span.start + b + w.len(), w));
                    }
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_agree_with_the_character_loop(
            text in "([a-zA-Z0-9.,'’ ]|é|\u{0301}|\u{0660}|-|“|”|\"|\n|\u{00A0}|—){0,50}",
            span in (0usize..60, 0usize..60),
        ) {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let at = |k: usize| bounds[k.min(bounds.len() - 1)];
            let (a, b) = (at(span.0), at(span.1));
            let span = Span::new(a.min(b), a.max(b));
            let want = words_oracle(&text, span);
            proptest::prop_assert_eq!(&words(&text, span), &want);
            let mut back: Vec<Word> = Words::new(&text, span).rev().collect();
            back.reverse();
            proptest::prop_assert_eq!(back, want);
        }
    }
}
