//! What `build.rs`, which compiles the word lists into one table, and the lexicon, which
//! looks words up in it, must agree on: how a word is read into a key, and the hash that
//! places the key in the table.

/// The high bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// The low bit of each byte.
const LOW: u64 = 0x0101_0101_0101_0101;

/// A word read for the table: its hash, and for a word of up to 16 bytes its bytes as two
/// numbers, as written and in ASCII lower case, which tell it from every other word of its
/// length.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    /// The hash of the word in ASCII lower case ("Sept" and "sept" hash alike).
    pub hash: u64,
    /// The word's bytes (see [`read`]): the first eight and the last eight.
    pub raw: [u64; 2],
    /// `raw` in ASCII lower case.
    pub lower: [u64; 2],
    /// The word has ASCII capitals.
    pub upper: bool,
    /// The word is all ASCII.
    pub ascii: bool,
}

/// `w` with its ASCII capitals in lower case, eight bytes at once; and which bytes were
/// capitals (their high bits). Other bytes, UTF-8 ones too, are left as they are: each byte
/// is tested on its low seven bits, so no sum carries into the next byte.
#[inline]
fn lower(w: u64) -> (u64, u64) {
    let low7 = w & !HIGH;
    let at_least_a = low7.wrapping_add(LOW * u64::from(0x80 - b'A'));
    let over_z = low7.wrapping_add(LOW * u64::from(0x7F - b'Z'));
    let upper = at_least_a & !over_z & !w & HIGH;
    (w | upper >> 2, upper)
}

/// Up to eight bytes as a `u64`, from loads that may overlap (bytes 0-3 and 1-4 of a word
/// of five): not the bytes in place, but different for different words of one length.
#[inline]
fn read(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |k: usize| {
        let four: [u8; 4] = b[k..k + 4].try_into().unwrap_or_default();
        u64::from(u32::from_le_bytes(four))
    };
    match n {
        0 => 0,
        1..=3 => u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
        4..=7 => u32_at(0) | u32_at(n - 4) << 32,
        _ => u64::from_le_bytes(b[..8].try_into().unwrap_or_default()),
    }
}

/// The [`Key`] of `word`: a few instructions for a word of up to 16 bytes.
#[inline(always)]
pub fn key(word: &[u8]) -> Key {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let n = word.len();
    let mix = |h: u64, w: u64| {
        let h = (h ^ w).wrapping_mul(K);
        h ^ h >> 29
    };
    // Most words: one number, and the second lane zero.
    if n <= 8 {
        let w = read(word);
        let (l, u) = lower(w);
        return Key {
            hash: mix(mix((n as u64).wrapping_mul(K), l), 0).wrapping_mul(K),
            raw: [w, 0],
            lower: [l, 0],
            upper: u != 0,
            ascii: w & HIGH == 0,
        };
    }
    let raw = [read(&word[..8]), read(&word[n - 8..])];
    let (l0, u0) = lower(raw[0]);
    let (l1, u1) = lower(raw[1]);
    let mut h = mix(mix((n as u64).wrapping_mul(K), l0), l1);
    let (mut upper, mut high) = (u0 | u1, raw[0] | raw[1]);
    // Past 16 bytes, the bytes between the first eight and the last eight.
    let mut at = 8;
    while n > 16 && at < n - 8 {
        let w = read(&word[at..(at + 8).min(n)]);
        let (l, u) = lower(w);
        h = mix(h, l);
        upper |= u;
        high |= w;
        at += 8;
    }
    Key {
        hash: h.wrapping_mul(K),
        raw,
        lower: [l0, l1],
        upper: upper != 0,
        ascii: high & HIGH == 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word and its lower-case form hash alike; capitals and other bytes are told; words
    /// of one length read differently.
    #[test]
    fn words_hash_as_their_lower_case() {
        let words = [
            "",
            "a",
            "Of",
            "the",
            "SEPT",
            "March",
            "Tuesday",
            "Kuala Lumpur",
            "New Year's Eve",
            "Ab",
            "abcdefgh",
            "ABCDEFGHI",
            "é",
            "Émile",
            "[@`{",
            "International Women's Day",
            "abcdefghijklmnopqrstuvwxyz",
        ];
        for w in words {
            let k = key(w.as_bytes());
            let lower = w.to_ascii_lowercase();
            let l = key(lower.as_bytes());
            assert_eq!(
                (l.hash, l.raw, l.lower),
                (k.hash, k.lower, k.lower),
                "{w:?}"
            );
            assert_eq!(k.upper, w != lower, "{w:?}");
            assert_eq!(k.ascii, w.is_ascii(), "{w:?}");
        }
        assert_ne!(key(b"of").hash, key(b"on").hash);
        assert_ne!(key(b"abcdefgh").hash, key(b"abcdefghi").hash);
        for (a, b) in [
            ("ab", "ba"),
            ("abc", "acc"),
            ("abcde", "abdde"),
            ("abcdefghij", "abcdefgxij"),
        ] {
            assert_ne!(key(a.as_bytes()).raw, key(b.as_bytes()).raw);
        }
        let long = "abcdefghijklmnopqrstuvwxyz";
        assert_ne!(
            key(long.as_bytes()).hash,
            key(long.replace('m', "n").as_bytes()).hash
        );
    }
}
