//! The summary's groups: entities grouped by type, names by canonical name, amounts and
//! dates by value, each group counted, the most mentioned first. The groups borrow from the
//! text and the mentions; [`super::summarize`] copies them into the output's
//! [`Summary`](super::Summary), and the JSON writer writes them as they are.

use std::borrow::Cow;

use foldhash::HashMap;

use crate::geo::GeoRef;
use crate::model::{self, EntityType, Kind, Mention};

/// What makes two amounts or dates one entry of the summary: the same kind, currency, unit
/// and value (or range), or, without a value, the same text in lower case.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ValueKey<'e> {
    Value(
        Option<Kind>,
        Option<&'static str>,
        Option<&'static str>,
        &'e model::Value,
    ),
    Text(Cow<'e, str>),
}

impl ValueKey<'_> {
    /// A number that is the same for equal keys (and mostly differs for others): the value's
    /// bits as the key compares them, or a text's length and end bytes.
    fn fingerprint(&self) -> u64 {
        fn number(x: f64) -> u64 {
            // As `model::Value` compares: 0 and -0 alike, all NaNs alike (an integral
            // number is equal as an integer exactly when it is equal as a float).
            if x.is_nan() {
                f64::NAN.to_bits()
            } else {
                (x + 0.0).to_bits()
            }
        }
        fn text(b: &[u8]) -> u64 {
            let end = |k: Option<&u8>| u64::from(k.copied().unwrap_or(0));
            b.len() as u64 | end(b.first()) << 32 | end(b.last()) << 40 | 1 << 48
        }
        match self {
            ValueKey::Value(.., model::Value::Number(x)) => number(*x),
            ValueKey::Value(.., model::Value::Range(min, max)) => {
                number(*min) ^ number(*max).rotate_left(1)
            }
            ValueKey::Value(.., model::Value::Text(t)) => text(t.as_bytes()),
            ValueKey::Text(t) => text(t.as_bytes()),
        }
    }
}

/// True for a date value that leaves its year open ("XXXX-12", "XXXX-WXX" without a
/// reference date) or fixes no time at all ("PAST_REF"): two such mentions may name
/// different times, so they are grouped by their text, as dates without a value are.
fn unfixed(v: &model::Value) -> bool {
    match v {
        // By bytes: the value as `str` would check them as UTF-8 first.
        model::Value::Text(t) => {
            let b = t.as_bytes();
            b.starts_with(b"XXXX") || !b.iter().any(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The summary borrowed from the text and the mentions: what [`super::summarize`] copies
/// into a [`super::Summary`], and what the JSON writer writes as it is.
pub(crate) struct Groups<'a> {
    /// People, places and organizations, each most mentioned first.
    names: [Vec<NameGroup<'a>>; 3],
    /// Amounts and dates, each most mentioned first.
    values: [Vec<ValueGroup<'a>>; 2],
    /// The names' other forms, each name's chained through `next`.
    aliases: Vec<Alias<'a>>,
}

/// A named entity and how often the article mentions it (a [`super::NameCount`],
/// borrowed).
pub(crate) struct NameGroup<'a> {
    /// The canonical name.
    pub name: &'a str,
    /// Mentions.
    pub count: usize,
    /// Places: the country of its first mention on the map.
    pub country: Option<&'static str>,
    /// The first and the last of its aliases in [`Groups::aliases`], or [`NO_ALIAS`].
    first_alias: u32,
    last_alias: u32,
}

/// One other form of a name, and the index of the name's next one (or [`NO_ALIAS`]).
struct Alias<'a> {
    text: &'a str,
    next: u32,
}

/// The end of a chain of aliases.
const NO_ALIAS: u32 = u32::MAX;

/// An amount or date and how often it appears (a [`super::ValueCount`], borrowed).
pub(crate) struct ValueGroup<'a> {
    key: ValueKey<'a>,
    /// The key's [`ValueKey::fingerprint`], compared before the key.
    fingerprint: u64,
    /// The first mention's text.
    pub text: &'a str,
    /// The kind.
    pub kind: Option<&'static str>,
    /// The normalized value.
    pub value: Option<&'a model::Value>,
    /// Money: ISO 4217 code.
    pub currency: Option<&'static str>,
    /// Quantities: the unit.
    pub unit: Option<&'static str>,
    /// Mentions.
    pub count: usize,
}

impl<'a> Groups<'a> {
    /// The names of type `ty`, most mentioned first.
    pub fn names(&self, ty: EntityType) -> &[NameGroup<'a>] {
        NAMES
            .iter()
            .position(|&t| t == ty)
            .map_or(&[], |k| &self.names[k])
    }

    /// The amounts or dates (`ty`), most mentioned first.
    pub fn values(&self, ty: EntityType) -> &[ValueGroup<'a>] {
        VALUES
            .iter()
            .position(|&t| t == ty)
            .map_or(&[], |k| &self.values[k])
    }

    /// The other ways the article writes a name, in order of appearance.
    pub fn aliases<'g>(&'g self, name: &NameGroup) -> impl Iterator<Item = &'a str> + 'g {
        let mut k = name.first_alias;
        std::iter::from_fn(move || {
            let alias = self.aliases.get(k as usize)?;
            k = alias.next;
            Some(alias.text)
        })
    }
}

/// The types of names, in the order of [`Groups::names`].
const NAMES: [EntityType; 3] = [
    EntityType::Person,
    EntityType::Place,
    EntityType::Organization,
];

/// The types of amounts and dates, in the order of [`Groups::values`].
const VALUES: [EntityType; 2] = [EntityType::Amount, EntityType::Date];

/// The length of a group list past which its entries are found through a hash index
/// rather than by a linear search (an article's lists are short, a huge input's long).
const SHORT: usize = 32;

/// The index of the entry of `list` whose key is `key` (`key_of` gives an entry's), through
/// `index` once the list is long (made then).
fn find<T, K: Eq + std::hash::Hash>(
    list: &[T],
    index: &mut Option<HashMap<K, usize>>,
    key: &K,
    is: impl Fn(&T, &K) -> bool,
    key_of: impl Fn(&T) -> K,
) -> Option<usize> {
    if list.len() <= SHORT {
        return list.iter().position(|t| is(t, key));
    }
    index
        .get_or_insert_with(|| {
            let mut index = HashMap::with_capacity_and_hasher(4 * SHORT, Default::default());
            index.extend(list.iter().enumerate().map(|(k, t)| (key_of(t), k)));
            index
        })
        .get(key)
        .copied()
}

/// Groups entities: names by canonical name, amounts and dates by value; each type's group
/// lists the most mentioned first, in order of first appearance among equal counts.
pub(crate) fn group<'a>(text: &'a str, mentions: &'a [Mention], geo: &[GeoRef]) -> Groups<'a> {
    // The places on the map, in text order as the mentions are.
    let mut geo = geo.iter().peekable();
    // Room for every entry of a type from the start, up to 4,096: a huge input repeats its
    // names far more than that.
    let mut counts = [0; EntityType::ALL.len()];
    for m in mentions {
        counts[m.ty as usize] += 1;
    }
    let room = |ty: EntityType| counts[ty as usize].min(1 << 12);
    let mut groups = Groups {
        names: NAMES.map(|t| Vec::with_capacity(room(t))),
        values: VALUES.map(|t| Vec::with_capacity(room(t))),
        aliases: Vec::new(),
    };
    let mut name_index: [Option<HashMap<&str, usize>>; 3] = Default::default();
    let mut value_index: [Option<HashMap<ValueKey, usize>>; 2] = Default::default();
    for m in mentions {
        let (e_text, q) = (m.text(text), m.q());
        if let Some(t) = NAMES.iter().position(|&t| t == m.ty) {
            // Keys borrow from the mentions and the text (`Mention::name`, written out here
            // to be inlined: it is asked once per name).
            let name = m.canonical.as_deref().unwrap_or(e_text);
            let (list, index) = (&mut groups.names[t], &mut name_index[t]);
            // Names of one length are told apart by their last byte before their bytes are
            // compared (a call).
            let same = |g: &NameGroup, k: &&str| {
                g.name.len() == k.len()
                    && g.name.as_bytes().last() == k.as_bytes().last()
                    && g.name == *k
            };
            let found = find(list, index, &name, same, |g| g.name);
            let k = found.unwrap_or_else(|| {
                if let Some(index) = index {
                    index.insert(name, list.len());
                }
                list.push(NameGroup {
                    name,
                    count: 0,
                    country: None,
                    first_alias: NO_ALIAS,
                    last_alias: NO_ALIAS,
                });
                list.len() - 1
            });
            let entry = &mut list[k];
            entry.count += 1;
            if m.ty == EntityType::Place {
                while geo.next_if(|g| g.at < m.span.start).is_some() {}
                if let Some(g) = geo.next_if(|g| g.at == m.span.start) {
                    entry.country = entry.country.or_else(|| g.get().country());
                }
            }
            let aliases = &mut groups.aliases;
            let mut a = entry.first_alias;
            // A mention without a canonical name is keyed by its own text: the group's name.
            let mut known = m.canonical.is_none() || e_text == entry.name;
            while !known && a != NO_ALIAS {
                known = aliases[a as usize].text == e_text;
                a = aliases[a as usize].next;
            }
            if !known {
                let new = aliases.len() as u32;
                aliases.push(Alias {
                    text: e_text,
                    next: NO_ALIAS,
                });
                match entry.last_alias {
                    NO_ALIAS => entry.first_alias = new,
                    last => aliases[last as usize].next = new,
                }
                entry.last_alias = new;
            }
        } else if let Some(t) = VALUES.iter().position(|&t| t == m.ty) {
            let key = match &q.value {
                Some(v) if !unfixed(v) => ValueKey::Value(m.kind, q.currency, q.unit, v),
                _ if e_text
                    .bytes()
                    .any(|b| b.is_ascii_uppercase() || !b.is_ascii()) =>
                {
                    ValueKey::Text(Cow::Owned(e_text.to_lowercase()))
                }
                _ => ValueKey::Text(Cow::Borrowed(e_text)),
            };
            let (list, index) = (&mut groups.values[t], &mut value_index[t]);
            let fingerprint = key.fingerprint();
            let is = |g: &ValueGroup, k: &ValueKey| g.fingerprint == fingerprint && g.key == *k;
            let found = find(list, index, &key, is, |g| g.key.clone());
            let k = found.unwrap_or_else(|| {
                // The key is copied (a text key may own its letters) only for the index.
                if let Some(index) = index {
                    index.insert(key.clone(), list.len());
                }
                list.push(ValueGroup {
                    key,
                    fingerprint,
                    text: e_text,
                    kind: m.kind.map(Kind::name),
                    value: q.value.as_ref(),
                    currency: q.currency,
                    unit: q.unit,
                    count: 0,
                });
                list.len() - 1
            });
            list[k].count += 1;
        }
    }
    // Stable sorts keep first appearance among equal counts.
    for list in &mut groups.names {
        list.sort_by_key(|n| std::cmp::Reverse(n.count));
    }
    for list in &mut groups.values {
        list.sort_by_key(|n| std::cmp::Reverse(n.count));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::output::summarize;

    /// Lists past [`SHORT`] entries (found through a hash index) group as the short ones:
    /// by name or lower-case text, most mentioned first, then in order of appearance.
    #[test]
    fn long_group_lists_group_as_short_ones() {
        use crate::model::Rule;
        let (mut text, mut mentions) = (String::new(), Vec::new());
        for round in 0..4 {
            for k in 0..80 {
                if round > 0 && (k * 7 + round) % 3 == 0 {
                    continue;
                }
                let word = if round == 2 {
                    format!("w{k}")
                } else {
                    format!("W{k}")
                };
                let start = text.len();
                text.push_str(&word);
                text.push(' ');
                let ty = [EntityType::Person, EntityType::Amount][k % 2];
                mentions.push(Mention::new(
                    ty,
                    Span::new(start, start + word.len()),
                    Rule::Places,
                ));
            }
        }
        let oracle = |ty: EntityType, fold: bool| {
            let mut list: Vec<(String, usize)> = Vec::new();
            for m in mentions.iter().filter(|m| m.ty == ty) {
                let t = m.text(&text);
                let key = |s: &str| {
                    if fold {
                        s.to_lowercase()
                    } else {
                        s.to_string()
                    }
                };
                match list.iter_mut().find(|(n, _)| key(n) == key(t)) {
                    Some(entry) => entry.1 += 1,
                    None => list.push((t.to_string(), 1)),
                }
            }
            list.sort_by_key(|e| std::cmp::Reverse(e.1));
            list
        };
        let summary = summarize(&text, &mentions, &[]);
        let people: Vec<(String, usize)> = summary
            .people
            .iter()
            .map(|n| (n.name.clone(), n.count))
            .collect();
        let amounts: Vec<(String, usize)> = summary
            .amounts
            .iter()
            .map(|v| (v.text.clone(), v.count))
            .collect();
        assert!(people.len() > SHORT && amounts.len() > SHORT);
        assert_eq!(people, oracle(EntityType::Person, false));
        assert_eq!(amounts, oracle(EntityType::Amount, true));
    }

    #[test]
    fn equal_value_keys_have_equal_fingerprints() {
        use model::Value as V;
        let values = [
            V::Number(0.0),
            V::Number(-0.0),
            V::Number(3.0),
            V::Number(3.5),
            V::Number(f64::NAN),
            V::Number(-f64::NAN),
            V::Number(f64::INFINITY),
            V::Number(9e15),
            V::Range(-0.0, 2.0),
            V::Range(0.0, 2.0),
            V::Text("P3Y".into()),
        ];
        let mut equal = 0;
        for a in &values {
            for b in &values {
                let key = |v| ValueKey::Value(None, None, None, v);
                if key(a) == key(b) {
                    equal += 1;
                    assert_eq!(key(a).fingerprint(), key(b).fingerprint(), "{a:?} {b:?}");
                }
            }
        }
        assert!(
            equal > values.len(),
            "some keys of different values are equal"
        );
    }
}
