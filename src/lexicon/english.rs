//! Common English words (`data/common_words.tsv`, generated from SCOWL): whether a run of
//! capitalized words is an ordinary phrase ("Science Fair", "Financial Data") rather than
//! somebody's name.

use std::sync::LazyLock;

/// The words, compiled by `build.rs` into an FST set.
static COMMON_WORDS: LazyLock<fst::Set<&'static [u8]>> = LazyLock::new(|| {
    fst::Set::new(&include_bytes!(concat!(env!("OUT_DIR"), "/common_words.fst"))[..])
        .expect("the build writes a valid set")
});

/// True when `word`, in lower case, is a common English word ("Fair", "data"); false for
/// words the list does not hold ("Kafkas").
pub fn is_common_word(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if bytes.is_empty() {
        return false;
    }
    if bytes.len() <= buf.len() && word.is_ascii() {
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        return COMMON_WORDS.contains(&buf[..bytes.len()]);
    }
    COMMON_WORDS.contains(word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_are_common_and_names_are_not() {
        for w in ["fair", "Science", "DATA", "café", "Revolution"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["Kafkas", "Zetterquist", "", "Vipheak", "a-b"] {
            assert!(!is_common_word(w), "{w}");
        }
    }
}
