//! What the build script that compiles the gazetteers and the matcher that reads them must
//! agree on: the normalization of names, and the flags packed into each FST value (above a
//! 32-bit offset into the entry table).

/// The name is a listed given name.
pub const GIVEN: u64 = 1 << 32;
/// The name is a listed surname; its rank sits at `RANK_SHIFT`.
pub const SURNAME: u64 = 1 << 33;
/// The surname is written before the given name ("Hun Manet").
pub const FAMILY_FIRST: u64 = 1 << 34;
/// The name is a nationality or demonym.
pub const DEMONYM: u64 = 1 << 35;
/// Where a surname's rank (20 bits) starts.
pub const RANK_SHIFT: u32 = 40;
/// The offset meaning "no entries": the name is only a given name, surname or demonym.
pub const NO_ENTRIES: u64 = 0xFFFF_FFFF;

/// Normalizes a name for lookup: lower case, single spaces, straight apostrophes, no space
/// around hyphens.
pub fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    norm_key_into(s, &mut out);
    out
}

/// A plain ASCII word whose key is its lower-case form ("Smith", "U.S.", "O'Neil").
#[inline]
fn is_plain(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'\'')
}

/// [`norm_key`] appended to `out`: what is already in `out` does not affect the key.
pub fn norm_key_into(s: &str, out: &mut String) {
    // Most names are one plain ASCII word: lower-case it in one go.
    if is_plain(s) {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    let from = out.len();
    // Room for the key at once (it is rarely longer than the name), not a push at a time.
    out.reserve(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = out.len() > from;
            continue;
        }
        // `space` implies this key has a character, so `out`'s last one is the key's.
        if space && !out.ends_with('-') && c != '-' {
            out.push(' ');
        }
        space = false;
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            '’' | '‘' => out.push('\''),
            '–' | '—' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// What a byte is to a plain word or phrase: 1 for a letter, digit, dot or apostrophe, 2
/// for a space, 0 for anything else.
static PLAIN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'\'' {
            t[b] = 1;
        }
        b += 1;
    }
    t[b' ' as usize] = 2;
    t
};

/// [`PLAIN`] as one bit a class: 1 for a letter, digit, dot or apostrophe, 2 for a space,
/// 4 for anything else.
static CLASS_BIT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match PLAIN[b] {
            1 => 1,
            2 => 2,
            _ => 4,
        };
        b += 1;
    }
    t
};

/// Each byte in ASCII lower case, one load a byte in the hot loops below.
static LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    t
};

/// Calls `f` with the [`norm_key`] of `s`; a short plain word, or plain words one space
/// apart ("Tony Blair", "U.S. Steel"), is lower-cased on the stack in one pass, as its key
/// is itself in lower case.
#[inline]
pub fn with_norm_key<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = s.as_bytes();
    let mut buf = [0u8; 48];
    if b.len() <= buf.len() && !b.starts_with(b" ") && !b.ends_with(b" ") {
        // Each byte's class as a bit ([`CLASS_BIT`]): a byte of no class, or two spaces in a
        // row, is not plain.
        let (mut seen, mut twice, mut prev) = (0u8, 0u8, 0u8);
        for (d, &c) in buf.iter_mut().zip(b) {
            let class = CLASS_BIT[usize::from(c)];
            seen |= class;
            twice |= class & prev;
            prev = class;
            *d = LOWER[usize::from(c)];
        }
        if seen & 4 == 0 && twice & 2 == 0 {
            // Lower-cased ASCII is UTF-8, so this never takes the fallback.
            return f(std::str::from_utf8(&buf[..b.len()]).unwrap_or(s));
        }
    }
    f(&norm_key(s))
}

/// [`with_norm_key`] for a look-up behind a Bloom filter: `f` gets the key's bytes only when
/// `listed` passes the FNV-1a hash of the key ([`bloom_step`]); else none. A short plain word
/// or phrase is lower-cased and hashed in one pass, and handed on with no UTF-8 check.
#[inline]
pub fn with_listed_key<R>(
    s: &str,
    listed: impl Fn(u64) -> bool,
    f: impl FnOnce(&[u8]) -> Option<R>,
) -> Option<R> {
    let b = s.as_bytes();
    let mut buf = [0u8; 48];
    if b.len() <= buf.len() && !b.starts_with(b" ") && !b.ends_with(b" ") {
        // Each byte's class as a bit (letter 1, space 2, other 4): the classes seen, and
        // those seen right after the same class, tell a plain name in one pass.
        let (mut seen, mut twice, mut prev, mut h) = (0u8, 0u8, 0u8, BLOOM_SEED);
        for (d, &c) in buf.iter_mut().zip(b) {
            let class = CLASS_BIT[usize::from(c)];
            seen |= class;
            twice |= class & prev;
            prev = class;
            *d = LOWER[usize::from(c)];
            h = bloom_step(h, *d);
        }
        if seen & 4 == 0 && twice & 2 == 0 {
            if !listed(h) {
                return None;
            }
            return f(&buf[..b.len()]);
        }
    }
    let key = norm_key(s);
    let h = key.bytes().fold(BLOOM_SEED, bloom_step);
    if !listed(h) {
        return None;
    }
    f(key.as_bytes())
}

/// The slot of the geo table's hash index (`bits` bits) where the search for `key`, a name
/// key as [`norm_key`] makes it, starts: FNV-1a, mixed so that its high bits count.
#[inline]
pub fn geo_slot(key: &[u8], bits: u32) -> usize {
    let h = key.iter().fold(BLOOM_SEED, |h, &b| bloom_step(h, b));
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// Bits set per key in the Bloom filter of names.
pub const BLOOM_PROBES: u64 = 6;

/// The bit positions `key` sets in a Bloom filter of `bits` bits (a power of two): FNV-1a,
/// then a second hash mixed from it, combined as `h1 + i * h2`.
#[allow(dead_code)] // The build script's: the matcher hashes as it lower-cases.
pub fn bloom_probes(key: &[u8], bits: u64) -> impl Iterator<Item = u64> {
    let mut h = BLOOM_SEED;
    for &b in key {
        h = bloom_step(h, b);
    }
    bloom_probes_of(h, bits)
}

/// The FNV-1a hash that [`bloom_probes`] starts from, before any byte.
pub const BLOOM_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a hash `h` fed one more byte of a key.
#[inline]
pub fn bloom_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// The bit positions of the key whose FNV-1a hash is `h` (see [`bloom_probes`]).
#[inline]
pub fn bloom_probes_of(h: u64, bits: u64) -> impl Iterator<Item = u64> {
    let h2 = (h.rotate_left(29) ^ 0x9E37_79B9_7F4A_7C15).wrapping_mul(0xff51_afd7_ed55_8ccd) | 1;
    (0..BLOOM_PROBES).map(move |i| h.wrapping_add(i.wrapping_mul(h2)) & (bits - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stack paths give the same key as the general one, on every string of up to five
    /// characters from an alphabet of the cases that matter.
    #[test]
    fn with_norm_key_agrees_with_norm_key() {
        let alphabet = ["a", "B", "7", ".", "'", " ", "  ", "-", "É", "’", "\t"];
        let mut strings = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
            strings.sort();
            strings.dedup();
        }
        strings.push("Sam Houston State University Bearkats".into());
        for s in &strings {
            assert_eq!(with_norm_key(s, str::to_string), norm_key(s), "{s:?}");
            // The key's hash as the Bloom filter of names reads it, and the key.
            let h = norm_key(s).bytes().fold(BLOOM_SEED, bloom_step);
            let key = with_listed_key(
                s,
                |g| g == h,
                |k| Some(String::from_utf8(k.to_vec()).unwrap()),
            );
            assert_eq!(key, Some(norm_key(s)), "{s:?}");
        }
    }
}
