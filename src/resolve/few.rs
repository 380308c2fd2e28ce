//! Collections of an article's names that are short lists while they are short: most
//! articles ask about a few names, and searching a few costs less than hashing each; and a
//! sketch of a set of names that answers most questions before any of them ([`Sketch`]).

use foldhash::{HashMap, HashSet};

/// Past this many names a collection is hashed (one huge input has many).
const FEW: usize = 16;

/// What the article first says each name is: the first value given a name stays.
pub(super) struct FirstSaid<'t, V> {
    few: Vec<(&'t str, V)>,
    many: Option<HashMap<&'t str, V>>,
}

impl<V> Default for FirstSaid<'_, V> {
    fn default() -> Self {
        FirstSaid {
            few: Vec::new(),
            many: None,
        }
    }
}

impl<'t, V: Copy> FirstSaid<'t, V> {
    /// Gives `name` the value `v` unless it has one.
    pub(super) fn first(&mut self, name: &'t str, v: V) {
        if let Some(many) = &mut self.many {
            many.entry(name).or_insert(v);
        } else if !self.few.iter().any(|&(n, _)| n == name) {
            // Room for all the few at once, not grown a step at a time.
            if self.few.capacity() == 0 {
                self.few.reserve_exact(FEW + 1);
            }
            self.few.push((name, v));
            if self.few.len() > FEW {
                self.many = Some(self.few.drain(..).collect());
            }
        }
    }

    /// The value of `name`, if it has one.
    pub(super) fn get(&self, name: &str) -> Option<V> {
        match &self.many {
            Some(many) => many.get(name).copied(),
            None => self.few.iter().find(|&&(n, _)| n == name).map(|&(_, v)| v),
        }
    }
}

/// A set of an article's names: a short list while it is short (most articles have a few
/// names to ask about), a hash set past [`FEW`] (one huge input has many).
#[derive(Default)]
pub(super) struct Names<'t> {
    few: Vec<&'t str>,
    many: Option<HashSet<&'t str>>,
}

impl<'t> Names<'t> {
    /// Adds `name` (once).
    pub(super) fn insert(&mut self, name: &'t str) {
        if let Some(many) = &mut self.many {
            many.insert(name);
        } else if !self.few.contains(&name) {
            // Room for all the few at once, not grown a step at a time.
            if self.few.capacity() == 0 {
                self.few.reserve_exact(FEW + 1);
            }
            self.few.push(name);
            if self.few.len() > FEW {
                self.many = Some(self.few.drain(..).collect());
            }
        }
    }

    /// True when `name` was added and not removed.
    pub(super) fn contains(&self, name: &str) -> bool {
        match &self.many {
            Some(many) => many.contains(name),
            None => self.few.contains(&name),
        }
    }

    /// Takes `name` out.
    pub(super) fn remove(&mut self, name: &str) {
        match &mut self.many {
            Some(many) => {
                many.remove(name);
            }
            None => self.few.retain(|n| *n != name),
        }
    }

    /// True when no name is in.
    pub(super) fn is_empty(&self) -> bool {
        self.many
            .as_ref()
            .map_or(self.few.is_empty(), HashSet::is_empty)
    }
}

/// A set of strings told apart by length and first and last bytes only: it may hold a
/// string it was never given, never misses one it was. Asked before a hash map, it
/// answers most questions for the cost of a few instructions.
#[derive(Default)]
pub(super) struct Sketch([u64; 16]);

impl Sketch {
    /// The bit of a string of `len` bytes from `first` to `last` (0 when empty).
    fn bit(len: usize, first: u8, last: u8) -> usize {
        let mix = (len as u32) | u32::from(first) << 8 | u32::from(last) << 16;
        (mix.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    /// The bit of `s`, or of `s` in lower case; the lower case of an ASCII string has its
    /// length and its bytes lowered.
    #[inline(always)]
    fn bit_of(s: &str, lower: bool) -> usize {
        let b = s.as_bytes();
        let (first, last) = (
            b.first().copied().unwrap_or(0),
            b.last().copied().unwrap_or(0),
        );
        match lower {
            false => Self::bit(b.len(), first, last),
            true if s.is_ascii() => Self::bit(
                b.len(),
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            ),
            true => Self::wide_lower_bit_of(s),
        }
    }

    /// The bit of `s` (beyond ASCII) in lower case, which needs a copy.
    #[cold]
    #[inline(never)]
    fn wide_lower_bit_of(s: &str) -> usize {
        Self::bit_of(&s.to_lowercase(), false)
    }

    #[inline(always)]
    pub(super) fn insert(&mut self, s: &str, lower: bool) {
        let i = Self::bit_of(s, lower);
        self.0[i / 64] |= 1 << (i % 64);
    }

    #[inline(always)]
    pub(super) fn may_contain(&self, s: &str, lower: bool) -> bool {
        let i = Self::bit_of(s, lower);
        self.0[i / 64] & 1 << (i % 64) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_value_stays_short_or_hashed() {
        let words: Vec<String> = (0..60).map(|k| format!("w{}", k % 40)).collect();
        let mut few = FirstSaid::default();
        let mut map = HashMap::default();
        for (k, w) in words.iter().enumerate() {
            few.first(w, k);
            map.entry(w.as_str()).or_insert(k);
            for j in 0..41 {
                let probe = format!("w{j}");
                assert_eq!(few.get(&probe), map.get(probe.as_str()).copied());
            }
        }
    }

    #[test]
    fn names_are_a_set_short_or_hashed() {
        let words: Vec<String> = (0..40).map(|k| format!("w{}", k % 30)).collect();
        let mut names = Names::default();
        let mut set = HashSet::default();
        for w in &words {
            names.insert(w);
            set.insert(w.as_str());
            for k in 0..31 {
                let probe = format!("w{k}");
                assert_eq!(names.contains(&probe), set.contains(probe.as_str()));
            }
        }
        for w in words.iter().step_by(3) {
            names.remove(w);
            set.remove(w.as_str());
            assert!(!names.contains(w));
        }
        assert_eq!(names.is_empty(), set.is_empty());
        let mut few = Names::default();
        few.insert("Warhol");
        few.remove("Warhol");
        assert!(few.is_empty());
    }
}
