//! Common English words (`data/common_words.tsv`, generated from SCOWL): whether a run of
//! capitalized words is an ordinary phrase ("Science Fair", "Financial Data") rather than
//! somebody's name.

use super::key;

/// The words, each after its length byte (`build.rs`); offset 0 is no word.
static WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_words.bin"));

/// The hash table's slots (`u32`, little-endian): a word's offset in [`WORDS`] in the low 24
/// bits and the low eight bits of its hash above them, or 0 for none.
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_slots.bin"));

/// True when `word`, in lower case, is a common English word ("Fair", "data"); false for
/// words the list does not hold ("Kafkas").
pub fn is_common_word(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // The hash is the word's in ASCII lower case: ASCII words need no copy.
    if word.is_ascii() {
        return find(key::key(word.as_bytes()).hash, |w| {
            w.eq_ignore_ascii_case(word.as_bytes())
        });
    }
    let lower = word.to_lowercase();
    find(key::key(lower.as_bytes()).hash, |w| w == lower.as_bytes())
}

/// Probes the table from the slot of hash `h` until `same` holds for a word or a slot is
/// empty (the build leaves three slots in eight empty).
fn find(h: u64, same: impl Fn(&[u8]) -> bool) -> bool {
    let n = SLOTS.len() / 4;
    if n == 0 {
        return false;
    }
    let bits = n.trailing_zeros();
    let mut at = (h >> (64 - bits)) as usize;
    for _ in 0..n {
        let Some(&[a, b, c, d]) = SLOTS.get(4 * at..4 * at + 4) else {
            return false;
        };
        let slot = u32::from_le_bytes([a, b, c, d]);
        if slot == 0 {
            return false;
        }
        // The tag first: most words of the slots probed are other words.
        if u64::from(slot >> 24) == h & 0xFF {
            let offset = (slot & 0xFF_FFFF) as usize;
            let len = usize::from(WORDS.get(offset).copied().unwrap_or(0));
            if WORDS.get(offset + 1..offset + 1 + len).is_some_and(&same) {
                return true;
            }
        }
        at = (at + 1) & (n - 1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_are_common_and_names_are_not() {
        for w in ["fair", "Science", "DATA", "café", "Revolution", "a", "zoos"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["Kafkas", "Zetterquist", "", "Vipheak", "a-b", "fairs-"] {
            assert!(!is_common_word(w), "{w}");
        }
    }

    /// Every word of the list is found, in lower case and capitalized.
    #[test]
    fn every_listed_word_is_found() {
        let text = include_str!("../../data/common_words.tsv");
        let mut n = 0;
        for w in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            assert!(is_common_word(w), "{w}");
            let mut cap = w.chars();
            let capitalized: String = cap
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(cap)
                .collect();
            assert!(is_common_word(&capitalized), "{capitalized}");
            n += 1;
        }
        assert!(n > 40_000);
    }
}
