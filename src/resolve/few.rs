//! A map of an article's names that is a short list while it is short: most articles
//! ask about a few names, and searching a few costs less than hashing each.

use foldhash::HashMap;

/// Past this many names the map is hashed (one huge input has many).
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
}
