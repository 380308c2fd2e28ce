//! Input stage: turning raw bytes into text, and converting byte offsets into the code point
//! offsets of the output contract.

use std::fmt;

/// Why a byte buffer could not be analyzed as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not valid UTF-8; `offset` is the byte offset of the first bad byte in the
    /// input as given (a byte-order mark included).
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input holds NUL bytes or other signs of binary data, not text.
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// A UTF-16 byte-order mark, but the code units do not form valid UTF-16.
    InvalidUtf16 {
        /// Byte offset of the first bad code unit.
        offset: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte offset {offset}")
            }
            DecodeError::Binary { offset } => {
                write!(f, "binary input (NUL byte at byte offset {offset})")
            }
            DecodeError::InvalidUtf16 { offset } => {
                write!(f, "invalid UTF-16 at byte offset {offset}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// How an input's bytes are read as text, for [`decode_as`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 (UTF-16 too when a byte-order mark says so); other bytes are an error.
    #[default]
    Utf8,
    /// Windows-1252, which the web reads every "Latin-1" label as: one character a byte.
    Windows1252,
    /// UTF-8 when the bytes are UTF-8 (or carry a byte-order mark), else Windows-1252.
    Auto,
}

/// Decodes an input's bytes into text in `encoding` ([`decode`] for [`Encoding::Utf8`]). A
/// NUL byte marks the input as binary in every encoding.
pub fn decode_as(bytes: Vec<u8>, encoding: Encoding) -> Result<String, DecodeError> {
    let bom = [&[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]]
        .iter()
        .any(|b| bytes.starts_with(b));
    let latin = match encoding {
        Encoding::Utf8 => false,
        Encoding::Windows1252 => true,
        Encoding::Auto => !bom && simdutf8::basic::from_utf8(&bytes).is_err(),
    };
    if !latin {
        return decode(bytes);
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(DecodeError::Binary { offset });
    }
    Ok(bytes.iter().map(|&b| windows_1252(b)).collect())
}

/// The character of byte `b` in Windows-1252: ASCII and Latin-1 as they are, the bytes
/// 0x80–0x9F as the punctuation and letters Windows puts there (the five it leaves
/// undefined as the C1 controls of the same value, as web browsers read them).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Decodes an input file's bytes into text.
///
/// UTF-8 is the expected encoding; a leading UTF-8 byte-order mark is removed (offsets are
/// counted without it). A UTF-16 byte-order mark (LE or BE) decodes the input as UTF-16.
/// A NUL byte marks the input as binary.
pub fn decode(bytes: impl Into<Vec<u8>>) -> Result<String, DecodeError> {
    let mut bytes = bytes.into();
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let skipped = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
        3
    } else {
        0
    };
    if let Some(nul) = memchr::memchr(0, &bytes) {
        return Err(DecodeError::Binary {
            offset: nul + skipped,
        });
    }
    // The bytes become the text without a copy, validated with SIMD instructions: several
    // times faster than the standard library's test, which only a bad input runs, for the
    // offset of its first bad byte.
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: the bytes were just validated as UTF-8.
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    String::from_utf8(bytes).map_err(|e| DecodeError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to() + skipped,
    })
}

fn decode_utf16(body: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units = body.chunks(2).map(|c| match c {
        [a, b] => Ok(unit([*a, *b])),
        _ => Err(()),
    });
    let mut out = String::with_capacity(body.len() / 2);
    let mut pending: Vec<u16> = Vec::new();
    for (i, u) in units.enumerate() {
        let offset = 2 + 2 * i;
        let u = u.map_err(|_| DecodeError::InvalidUtf16 { offset })?;
        if u == 0 {
            return Err(DecodeError::Binary { offset });
        }
        pending.push(u);
        if (0xD800..0xDC00).contains(&u) {
            continue;
        }
        let s = String::from_utf16(&pending).map_err(|_| DecodeError::InvalidUtf16 { offset })?;
        out.push_str(&s);
        pending.clear();
    }
    if !pending.is_empty() {
        return Err(DecodeError::InvalidUtf16 { offset: body.len() });
    }
    Ok(out)
}

/// Converts byte offsets of one text into code point offsets in O(1) time for most.
///
/// A code point offset is the byte offset less the UTF-8 continuation bytes before it. For
/// ASCII text there are none; otherwise a count of them before each 256-byte block, without
/// a table the size of the text, answers at once for an offset in a block that holds none
/// (most blocks of most texts), and bounds the others to a short count: from the block's
/// start, or on from the last answer when offsets are asked in ascending order.
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    /// Continuation bytes before each 256-byte block, then the total twice (so that the
    /// block after any offset's has an entry); empty when the text is ASCII.
    before: Vec<usize>,
    /// The last conversion in a block with continuation bytes: byte and code point offsets.
    last: std::cell::Cell<(usize, usize)>,
}

const BLOCK: usize = 256;

impl<'a> CharOffsets<'a> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        // Continuation bytes are counted only in blocks that are not ASCII, and kept only
        // from the first of those on (the blocks before it hold none).
        let mut before = Vec::new();
        let mut count = 0;
        for (k, block) in bytes.chunks(BLOCK).enumerate() {
            if is_ascii(block) {
                if !before.is_empty() {
                    before.push(count);
                }
                continue;
            }
            if before.is_empty() {
                before.reserve(bytes.len().div_ceil(BLOCK) + 2);
                before.resize(k, 0);
            }
            before.push(count);
            count += continuations(block);
        }
        if !before.is_empty() {
            before.extend([count, count]);
        }
        CharOffsets {
            bytes,
            before,
            last: std::cell::Cell::new((0, 0)),
        }
    }

    /// The code point offset of byte offset `byte` (which must be a char boundary).
    #[inline]
    pub fn to_char(&self, byte: usize) -> usize {
        if self.before.is_empty() {
            return byte;
        }
        let k = byte / BLOCK;
        match (self.before.get(k), self.before.get(k + 1)) {
            (Some(&here), Some(&next)) if here == next => byte - here,
            _ => self.to_char_in_block(byte),
        }
    }

    /// [`CharOffsets::to_char`] in a block that holds continuation bytes.
    fn to_char_in_block(&self, byte: usize) -> usize {
        let start = byte / BLOCK * BLOCK;
        let (last_byte, last_chars) = self.last.get();
        let chars = if (start..=byte).contains(&last_byte) {
            last_chars + code_points(&self.bytes[last_byte..byte])
        } else {
            start - self.before[byte / BLOCK] + code_points(&self.bytes[start..byte])
        };
        self.last.set((byte, chars));
        chars
    }
}

/// The character that starts at byte `i` of `s` (a char boundary), if any: ASCII is read
/// without decoding, which is most of any text.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b < 0x80 => Some(char::from(b)),
        _ => s[i..].chars().next(),
    }
}

/// White space in ASCII, as `char::is_whitespace` has it: tab to carriage return, space.
#[inline(always)]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `s.trim_start()`, with the ASCII white space in front skipped by bytes (characters are
/// decoded only from a byte beyond ASCII on).
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    let b = s.as_bytes();
    let mut k = 0;
    while k < b.len() && is_ascii_space(b[k]) {
        k += 1;
    }
    match b.get(k) {
        Some(&c) if c >= 0x80 => s[k..].trim_start(),
        _ => &s[k..],
    }
}

/// The largest char boundary of `s` at or before byte `i` (`i <= s.len()`).
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after byte `i` (`i <= s.len()`).
pub(crate) fn ceil_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Whether `bytes` is ASCII: its bytes OR-ed together thirty-two at a time (a loop the
/// compiler turns into vector instructions), the high bit tested once.
fn is_ascii(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(32);
    let mut any = [0u8; 32];
    for chunk in &mut chunks {
        for (a, b) in any.iter_mut().zip(chunk) {
            *a |= b;
        }
    }
    let rest = chunks.remainder().iter().fold(0, |a, &b| a | b);
    any.iter().fold(rest, |a, &b| a | b) < 0x80
}

/// The code points that start in `bytes`: the bytes that are not UTF-8 continuation bytes.
fn code_points(bytes: &[u8]) -> usize {
    bytes.len() - continuations(bytes)
}

/// The UTF-8 continuation bytes (`10xxxxxx`) in `bytes`, counted eight at a time.
fn continuations(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for c in &mut chunks {
        let w = crate::swar::load(c);
        // Bit 7 set and bit 6 (moved up to bit 7 by the shift) clear, in each byte; the
        // flags summed into the top byte by a multiply (cheaper than counting bits without
        // a population count instruction).
        let flags = (w & !(w << 1) & crate::swar::HIGH_BITS) >> 7;
        count += (flags.wrapping_mul(crate::swar::LOW_BITS) >> 56) as usize;
    }
    count
        + chunks
            .remainder()
            .iter()
            .filter(|&&b| is_continuation(b))
            .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Trimming by bytes trims as the characters do, white space beyond ASCII included.
        #[test]
        fn trims_as_the_characters_do(s in "[ \t\n\r\u{b}\u{c}a.é\u{85}\u{a0}\u{2003}]{0,12}") {
            proptest::prop_assert_eq!(trim_start(&s), s.trim_start());
            let span = crate::model::Span::new(0, s.len()).trim(&s);
            let t = s.trim();
            let want = if t.is_empty() { 0..0 } else { s.len() - s.trim_start().len()..s.trim_end().len() };
            proptest::prop_assert_eq!(span.start..span.end, want);
        }
    }

    #[test]
    fn strips_bom_and_reports_offsets() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        assert_eq!(
            decode(b"ab\xFFc"),
            Err(DecodeError::InvalidUtf8 { offset: 2 })
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\xFF"),
            Err(DecodeError::InvalidUtf8 { offset: 5 })
        );
        assert_eq!(decode(b"a\0b"), Err(DecodeError::Binary { offset: 1 }));
    }

    #[test]
    fn decodes_utf16_by_bom() {
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap(), "hi");
        assert!(decode(b"\xFF\xFEh").is_err());
    }

    #[test]
    fn code_points_count_like_chars() {
        let text = "aé“x”€😀 Phnom Penh’s ₭10 ".repeat(9);
        for a in 0..40 {
            for b in a..text.len() {
                if text.is_char_boundary(a) && text.is_char_boundary(b) {
                    let s = &text[a..b];
                    assert_eq!(code_points(s.as_bytes()), s.chars().count(), "{s:?}");
                    assert_eq!(is_ascii(s.as_bytes()), s.is_ascii(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn ascii_test_sees_every_byte() {
        let mut bytes = [b'a'; 100];
        assert!(is_ascii(&bytes));
        for i in 0..bytes.len() {
            bytes[i] = 0x80;
            assert!(!is_ascii(&bytes), "{i}");
            bytes[i] = b'a';
        }
    }

    #[test]
    fn char_offsets_match_char_indices() {
        // Blocks with continuation bytes and blocks without, a character across a block's
        // end, and a text that ends at a block's end.
        let text = "é“x”".repeat(50)
            + "Phnom Penh’s"
            + &"ascii ".repeat(100)
            + "€"
            + &"x".repeat(256 * 5 - 1067);
        assert_eq!(text.len() % 256, 0);
        let conv = CharOffsets::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(conv.to_char(bi), ci);
        }
        assert_eq!(conv.to_char(text.len()), text.chars().count());
        // Out of order, near and far: each answer is the same.
        let indices: Vec<(usize, usize)> =
            text.char_indices().map(|(b, _)| b).enumerate().collect();
        let mut k = 7;
        for _ in 0..2_000 {
            k = (k * 31 + 17) % indices.len();
            let (ci, bi) = indices[k];
            assert_eq!(conv.to_char(bi), ci, "byte {bi}");
        }
    }

    #[test]
    fn windows_1252_and_auto() {
        let bytes = b"Caf\xe9 \x93quoted\x94 \x80 5 \x96 Z\xfcrich".to_vec();
        let text = "Café “quoted” € 5 – Zürich";
        assert!(decode_as(bytes.clone(), Encoding::Utf8).is_err());
        assert_eq!(
            decode_as(bytes.clone(), Encoding::Windows1252).unwrap(),
            text
        );
        assert_eq!(decode_as(bytes, Encoding::Auto).unwrap(), text);
        // Auto keeps UTF-8 that is UTF-8, and byte-order marks.
        assert_eq!(
            decode_as("Zürich".into(), Encoding::Auto).unwrap(),
            "Zürich"
        );
        assert_eq!(
            decode_as(b"\xEF\xBB\xBFok".to_vec(), Encoding::Auto).unwrap(),
            "ok"
        );
        assert_eq!(
            decode_as(b"a\x00\xe9".to_vec(), Encoding::Auto),
            Err(DecodeError::Binary { offset: 1 })
        );
        for b in 0..=255u8 {
            assert_eq!(windows_1252(b).len_utf8() > 1, b >= 0x80);
        }
    }
}
