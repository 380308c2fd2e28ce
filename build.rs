//! Compiles the gazetteers in `data/` into an FST (a finite state transducer: an automaton
//! that maps every listed name to its entries) and a compact entry table, embedded in the
//! binary with `include_bytes!`; the currencies, units and dateline currencies, and the word
//! lists of `data/words/`, into Rust statics; so that start-up parses nothing. Every row of
//! every file is checked here: a bad row stops the build with its file and line.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;

#[path = "src/gazetteer/layout.rs"]
#[allow(dead_code)]
mod layout;

#[path = "src/lexicon/rows.rs"]
mod rows;

#[path = "src/lexicon/key.rs"]
#[allow(dead_code)]
mod key;

use layout::{
    bloom_probes, norm_key, DEMONYM, FAMILY_FIRST, GIVEN, NO_ENTRIES, RANK_SHIFT, SURNAME,
};

/// Origins in `surnames_extra.tsv` whose names put the family name first ("Hun Manet").
const FAMILY_NAME_FIRST: &[&str] = &[
    "chinese",
    "khmer",
    "cambodian",
    "vietnamese",
    "korean",
    "taiwan",
];

/// Bits of the Bloom filter of names per name (rounded up to a power of two in all): with
/// six probes, under 1% of unlisted names pass.
const BLOOM_BITS_PER_KEY: usize = 12;

/// Entity types as stored: 0 person, 1 place, 2 organization.
const PLACE: u8 = 1;
const ORGANIZATION: u8 = 2;

struct Entry {
    ty: u8,
    kind: String,
    list: &'static str,
    caps: bool,
    canonical: Option<String>,
}

#[derive(Default)]
struct Name {
    entries: Vec<Entry>,
    flags: u64,
    rank: u64,
}

/// [`checked_rows`] without their places.
fn data_rows(path: &str, min: usize, max: usize) -> Vec<Vec<String>> {
    checked_rows(path, min, max)
        .into_iter()
        .map(|(_, r)| r)
        .collect()
}

fn add(
    names: &mut BTreeMap<String, Name>,
    raw: &str,
    ty: u8,
    kind: &str,
    list: &'static str,
    canonical: Option<&str>,
) {
    let name = names.entry(norm_key(raw)).or_default();
    let caps = !raw.chars().any(char::is_lowercase);
    match name.entries.iter_mut().find(|e| e.ty == ty) {
        Some(e) => e.caps |= caps,
        None => name.entries.push(Entry {
            ty,
            kind: kind.to_string(),
            list,
            caps,
            canonical: canonical.filter(|c| !c.is_empty()).map(str::to_string),
        }),
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/layout.rs");
    println!("cargo:rerun-if-changed=src/lexicon/rows.rs");
    println!("cargo:rerun-if-changed=src/lexicon/key.rs");
    let mut names: BTreeMap<String, Name> = BTreeMap::new();
    for r in data_rows("data/places.tsv", 4, 5) {
        let kind = r.get(1).map_or("city", String::as_str);
        let kind = if matches!(kind, "country" | "state" | "continent") {
            kind
        } else {
            "city"
        };
        // A country's other name carries the country's name ("US" -> "United States").
        add(
            &mut names,
            &r[0],
            PLACE,
            kind,
            "places",
            r.get(4).map(String::as_str),
        );
    }
    for r in data_rows("data/features.tsv", 2, 2) {
        add(
            &mut names,
            &r[0],
            PLACE,
            r.get(1).map_or("region", String::as_str),
            "features",
            None,
        );
    }
    for r in data_rows("data/organizations.tsv", 2, 2) {
        add(
            &mut names,
            &r[0],
            ORGANIZATION,
            "organization",
            "organizations",
            r.get(1).map(String::as_str),
        );
        // "US Geological Survey" and "U.S. Geological Survey": both styles of the
        // country's initials, one listed, the other found too; canonical, the listed one's
        // (or the listed name).
        let other = if let Some(rest) = r[0].strip_prefix("US ") {
            Some(format!("U.S. {rest}"))
        } else {
            r[0].strip_prefix("U.S. ").map(|rest| format!("US {rest}"))
        };
        if let Some(other) = other {
            let canonical = r.get(1).filter(|c| !c.is_empty()).unwrap_or(&r[0]);
            add(
                &mut names,
                &other,
                ORGANIZATION,
                "organization",
                "organizations",
                Some(canonical.as_str()),
            );
        }
    }
    for path in ["data/given_names.tsv", "data/given_names_extra.tsv"] {
        for r in data_rows(path, 2, 3) {
            names.entry(norm_key(&r[0])).or_default().flags |= GIVEN;
        }
    }
    // Ranked by frequency, most common first (the file is in code-point order).
    let mut surnames = data_rows("data/surnames.tsv", 2, 2);
    surnames.sort_by(|a, b| {
        let f = |r: &Vec<String>| r[1].parse::<f64>().unwrap_or(0.0);
        f(b).total_cmp(&f(a))
    });
    for (i, r) in surnames.iter().enumerate() {
        let name = names.entry(norm_key(&r[0])).or_default();
        if name.flags & SURNAME == 0 {
            name.flags |= SURNAME;
            name.rank = (i as u64 + 1).min((1 << 20) - 1);
        }
    }
    for r in data_rows("data/surnames_extra.tsv", 2, 2) {
        let name = names.entry(norm_key(&r[0])).or_default();
        let origin = r.get(1).map_or(String::new(), |o| o.to_ascii_lowercase());
        if FAMILY_NAME_FIRST.iter().any(|o| origin.contains(o)) {
            name.flags |= FAMILY_FIRST;
        }
        if name.flags & SURNAME == 0 {
            name.flags |= SURNAME;
            name.rank = 1;
        }
    }
    for r in data_rows("data/demonyms.tsv", 2, 2) {
        names.entry(norm_key(&r[0])).or_default().flags |= DEMONYM;
    }

    // Entry table: per name, a count byte then 8-byte records
    // [type, kind id, list id, caps, canonical offset (u32 LE, u32::MAX for none)].
    let mut kinds: Vec<String> = Vec::new();
    let lists = ["places", "features", "organizations"];
    let mut entries: Vec<u8> = Vec::new();
    let mut strings: Vec<u8> = Vec::new();
    let mut builder = fst::MapBuilder::memory();
    for (key, name) in &names {
        let offset = if name.entries.is_empty() {
            NO_ENTRIES
        } else {
            let offset = entries.len() as u64;
            entries.push(name.entries.len() as u8);
            for e in &name.entries {
                let kind = kinds.iter().position(|k| *k == e.kind).unwrap_or_else(|| {
                    kinds.push(e.kind.clone());
                    kinds.len() - 1
                });
                let list = lists.iter().position(|l| *l == e.list).expect("known list");
                let canonical = match &e.canonical {
                    Some(c) => {
                        let at = strings.len() as u32;
                        strings.extend_from_slice(&(c.len() as u16).to_le_bytes());
                        strings.extend_from_slice(c.as_bytes());
                        at
                    }
                    None => u32::MAX,
                };
                entries.extend_from_slice(&[e.ty, kind as u8, list as u8, e.caps as u8]);
                entries.extend_from_slice(&canonical.to_le_bytes());
            }
            offset
        };
        let value = offset | name.flags | (name.rank << RANK_SHIFT);
        builder
            .insert(key.as_bytes(), value)
            .expect("keys are sorted and unique");
    }
    // A Bloom filter of the keys: most names asked about are not listed, and the filter
    // turns nearly all of those away before a walk of the FST.
    let bits = (names.len() * BLOOM_BITS_PER_KEY)
        .next_power_of_two()
        .max(64);
    let mut bloom = vec![0u8; bits / 8];
    for key in names.keys() {
        for bit in bloom_probes(key.as_bytes(), bits as u64) {
            bloom[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    fs::write(out.join("names.fst"), builder.into_inner().expect("fst")).expect("write fst");
    fs::write(out.join("names.bloom"), &bloom).expect("write bloom");
    fs::write(out.join("entries.bin"), &entries).expect("write entries");
    fs::write(out.join("strings.bin"), &strings).expect("write strings");
    let kinds_src = format!(
        "/// Kinds of listed names, indexed by the entry table.\npub static KINDS: &[&str] = &{kinds:?};\n/// Lists, indexed by the entry table.\npub static LISTS: &[&str] = &{lists:?};\n"
    );
    fs::write(out.join("kinds.rs"), kinds_src).expect("write kinds");
    fs::write(out.join("currencies.rs"), currencies()).expect("write currencies");
    let (lists, classes, table) = lexicon();
    fs::write(out.join("lexicon.rs"), lists).expect("write lexicon");
    fs::write(out.join("lexicon_classes.rs"), classes).expect("write lexicon classes");
    fs::write(out.join("lexicon_table.rs"), table).expect("write lexicon table");
    fs::write(out.join("amounts.rs"), amount_tables()).expect("write amount tables");
    let (common, common_slots) = common_words();
    fs::write(out.join("common_words.bin"), common).expect("write common words");
    fs::write(out.join("common_slots.bin"), common_slots).expect("write common word slots");
    fs::write(out.join("us_states.rs"), us_states()).expect("write us states");
    fs::write(out.join("geo.rs"), geo_table()).expect("write geo table");
}

/// Writes a key table's rows as `{PREFIX}_KEYS` (per key, where its text and its places
/// start; a last row closes both) and its places as `{PREFIX}_CANDIDATES` (indices into
/// `GEO_PLACES`).
fn push_key_rows(src: &mut String, prefix: &str, rows: &[(usize, usize)], cands: &[usize]) {
    src.push_str(&format!(
        "/// Per key: where its text and its places start.\npub static {prefix}_KEYS: &[(u32, u32)] = &["
    ));
    for (t, c) in rows {
        src.push_str(&format!("({t},{c}),"));
    }
    src.push_str(&format!(
        "];\n/// Indices into `GEO_PLACES`.\npub static {prefix}_CANDIDATES: &[u16] = &["
    ));
    for c in cands {
        src.push_str(&format!("{c},"));
    }
    src.push_str("];\n");
}

/// The words after a place's name that ask for a subdivision of that type ("Córdoba
/// province"), from `data/division_words.tsv`, in its order: one word a row, lower-case
/// ASCII letters, no word twice.
fn division_words() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (at, r) in checked_rows("data/division_words.tsv", 1, 1) {
        assert!(
            r[0].bytes().all(|b| b.is_ascii_lowercase()),
            "{at}: a division word is lower-case ASCII letters"
        );
        assert!(!words.contains(&r[0]), "{at}: a division word twice");
        words.push(r[0].clone());
    }
    assert!(
        (1..255).contains(&words.len()),
        "data/division_words.tsv: 1 to 254 words"
    );
    words
}

/// A place of the geo table as `build.rs` collects it: GeoNames id, population, latitude
/// and longitude in hundredths, country, admin1 code, feature, division word.
type GeoRow = (u32, u32, i16, i16, String, String, usize, usize);

/// `data/geo.tsv` as Rust statics: `GEO_PLACES`, one per GeoNames id; `GEO_KEY_TEXT`, the
/// name keys (as `norm_key` makes them) one after another in byte order; `GEO_KEYS`, per
/// key where its text and its candidates start (a last row closes both); `GEO_CANDIDATES`,
/// indices into `GEO_PLACES`, each key's most populous first. A table of its own, beside
/// the gazetteer's entries, so that their layout does not change. The places off the map
/// of `data/divisions.tsv` follow in `GEO_PLACES` (GeoNames id 0, no coordinates), with
/// their own keys (`GEO_DIV_KEY_TEXT`, `GEO_DIV_KEYS`, `GEO_DIV_CANDIDATES`, in the
/// file's order); a region of `data/admin1.tsv` carries its admin1 code.
fn geo_table() -> String {
    const FEATURES: &[&str] = &[
        "country", "admin1", "city", "region", "division", "area", "island",
    ];
    let mut places: Vec<GeoRow> = Vec::new();
    let mut by_id: BTreeMap<u32, usize> = BTreeMap::new();
    let mut keys: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let hundredths = |at: &str, v: &str| -> i16 {
        let x: f64 = v
            .parse()
            .unwrap_or_else(|_| panic!("{at}: bad coordinate {v}"));
        (x * 100.0).round() as i16
    };
    for (at, r) in checked_rows("data/geo.tsv", 8, 8) {
        let id: u32 = r[1].parse().unwrap_or_else(|_| panic!("{at}: bad id"));
        let feature = FEATURES
            .iter()
            .position(|f| *f == r[2])
            .unwrap_or_else(|| panic!("{at}: unknown feature {}", r[2]));
        assert!(
            r[3] == "-" || r[3].len() == 2,
            "{at}: a country is two letters"
        );
        assert!(
            r[4].len() <= 8,
            "{at}: an admin1 code has at most eight bytes"
        );
        let place = (
            id,
            r[7].parse()
                .unwrap_or_else(|_| panic!("{at}: bad population")),
            hundredths(&at, &r[5]),
            hundredths(&at, &r[6]),
            r[3].clone(),
            r[4].clone(),
            feature,
            0,
        );
        let i = *by_id.entry(id).or_insert_with(|| {
            places.push(place);
            places.len() - 1
        });
        let cands = keys.entry(norm_key(&r[0])).or_default();
        if !cands.contains(&i) {
            cands.push(i);
        }
    }
    // The regions of `data/admin1.tsv`, by key: evidence for the places in them.
    let mut regions = BTreeMap::new();
    for (at, r) in checked_rows("data/admin1.tsv", 3, 3) {
        assert!(
            r[1].len() == 2 && r[2].len() <= 8,
            "{at}: bad country or admin1"
        );
        let mut a1 = r[2].clone().into_bytes();
        a1.resize(8, 0);
        let old = regions.insert(norm_key(&r[0]), (r[1].clone().into_bytes(), a1));
        assert!(old.is_none(), "{at}: a region twice");
    }
    // The places of `data/divisions.tsv`, off the map (no coordinates, no GeoNames id): the
    // regions and islands of the features list, and the subdivisions named like a place.
    let division_words = division_words();
    let mut div_keys: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    for (at, r) in checked_rows("data/divisions.tsv", 5, 5) {
        assert!(r[2].len() == 2, "{at}: a country is two letters");
        let feature = match r[1].as_str() {
            "division" => 4,
            "island" => 6,
            _ => 5,
        };
        let word = division_words
            .iter()
            .position(|w| *w == r[3])
            .map_or(0, |i| i + 1);
        let key = norm_key(&r[0]);
        let admin1 = match regions.get(&key) {
            Some((cc, a1)) if *cc == r[2].as_bytes() && feature == 5 => {
                String::from_utf8(a1.iter().copied().take_while(|&b| b != 0).collect())
                    .expect("admin1 is ASCII")
            }
            _ => "-".to_string(),
        };
        let row = (0, 0, 0, 0, r[2].clone(), admin1, feature, word);
        // A subdivision is one place under each form of its name.
        let i = match by_code.get(&r[4]) {
            Some(&i) if feature == 4 && places[i] == row => i,
            _ => {
                places.push(row);
                if feature == 4 {
                    by_code.insert(r[4].clone(), places.len() - 1);
                }
                places.len() - 1
            }
        };
        let list = div_keys.entry(key).or_default();
        if !list.contains(&i) {
            list.push(i);
        }
    }
    assert!(
        places.len() < u16::MAX as usize,
        "geo: too many places for u16"
    );
    let mut src = String::from(
        "/// The places of `data/geo.tsv`.\npub static GEO_PLACES: &[GeoPlace] = &[\n",
    );
    for (id, pop, lat, lon, cc, a1, f, w) in &places {
        let pad = |s: &str, n: usize| {
            let mut b: Vec<u8> = if s == "-" {
                vec![]
            } else {
                s.bytes().collect()
            };
            b.resize(n, 0);
            format!("{b:?}")
        };
        src.push_str(&format!(
            "GeoPlace::new({id},{pop},{lat},{lon},{},{},{f},{w}),\n",
            pad(cc, 2),
            pad(a1, 8)
        ));
    }
    src.push_str("];\n");
    let mut text = String::new();
    let mut rows = Vec::new();
    let mut cands = Vec::new();
    for (key, mut list) in keys {
        // A population of 0 is unknown (US states): ranked as `geo::UNKNOWN_POPULATION`.
        list.sort_by_key(|&i| {
            let pop = if places[i].1 == 0 {
                500_000
            } else {
                places[i].1
            };
            (std::cmp::Reverse(pop), places[i].0)
        });
        rows.push((text.len(), cands.len()));
        text.push_str(&key);
        cands.extend(list);
    }
    rows.push((text.len(), cands.len()));
    // The keys by hash (`layout::geo_slot`): an open-addressed table of key numbers plus one,
    // at most half full, so that a name is found in a probe or two.
    let bits = ((rows.len() - 1) * 2).next_power_of_two().trailing_zeros();
    let mut slots = vec![0u32; 1 << bits];
    for (i, w) in rows.windows(2).enumerate() {
        let key = &text.as_bytes()[w[0].0..w[1].0];
        let mut at = layout::geo_slot(key, bits);
        while slots[at] != 0 {
            at = (at + 1) & (slots.len() - 1);
        }
        slots[at] = i as u32 + 1;
    }
    src.push_str(&format!(
        "/// The name keys, one after another.\npub static GEO_KEY_TEXT: &str = {text:?};\n"
    ));
    src.push_str(&format!(
        "/// The keys by hash: a key's number plus one, at the slot of its hash or after.\npub static GEO_SLOTS: &[u32; {}] = &{slots:?};\n",
        slots.len()
    ));
    push_key_rows(&mut src, "GEO", &rows, &cands);
    // The places off the map by key, in the order of the file.
    let mut text = String::new();
    let mut rows = Vec::new();
    let mut cands = Vec::new();
    for (key, list) in div_keys {
        rows.push((text.len(), cands.len()));
        text.push_str(&key);
        cands.extend(list);
    }
    rows.push((text.len(), cands.len()));
    src.push_str(&format!(
        "/// The name keys of the places off the map.\npub static GEO_DIV_KEY_TEXT: &str = {text:?};\n"
    ));
    push_key_rows(&mut src, "GEO_DIV", &rows, &cands);
    // The division words, and what a word must be to be one of them: its length and first
    // letter, the run-time pre-filter.
    let lens = division_words.iter().map(String::len);
    let (shortest, longest) = (lens.clone().min().unwrap_or(0), lens.max().unwrap_or(0));
    let mut firsts: Vec<u8> = division_words.iter().map(|w| w.as_bytes()[0]).collect();
    firsts.sort_unstable();
    firsts.dedup();
    src.push_str(&format!(
        "/// The words that ask for a subdivision of their type (`data/division_words.tsv`).\npub static DIVISION_WORDS: &[&str] = &{division_words:?};\n/// The shortest and the longest division word.\npub const DIVISION_LENS: (usize, usize) = ({shortest}, {longest});\n/// The first letters of the division words.\npub static DIVISION_FIRSTS: &[u8] = &{firsts:?};\n"
    ));
    src.push_str("/// First-order divisions by key: country and admin1 code.\npub static GEO_REGIONS: &[(&str, [u8; 2], [u8; 8])] = &[");
    for (k, (cc, a1)) in regions {
        src.push_str(&format!("({k:?},{cc:?},{a1:?}),"));
    }
    src.push_str("];\n");
    // The demonyms of one country (`data/demonyms.tsv`), by country: evidence for its places.
    let mut demonyms: Vec<(Vec<u8>, String)> = data_rows("data/demonyms.tsv", 2, 2)
        .into_iter()
        .filter(|r| r[1] != "-")
        .map(|r| (r[1].clone().into_bytes(), r[0].clone()))
        .collect();
    demonyms.sort();
    src.push_str("/// Demonyms of one country, by country code.\npub static GEO_DEMONYMS: &[([u8; 2], &str)] = &[");
    for (cc, d) in demonyms {
        assert!(cc.len() == 2, "data/demonyms.tsv: {d}: bad country code");
        src.push_str(&format!("({cc:?},{d:?}),"));
    }
    src.push_str("];\n");
    src
}

/// The rows of a gazetteer file (`#` comments and empty lines skipped), each checked to
/// have `min..=max` tab-separated columns with no empty first one; a bad row stops the
/// build with its file and line.
fn checked_rows(path: &str, min: usize, max: usize) -> Vec<(String, Vec<String>)> {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(str::to_string).collect();
        let at = format!("{path}:{}", n + 1);
        assert!(
            (min..=max).contains(&cols.len()),
            "{at}: a row has {min} to {max} tab-separated columns, this one {}",
            cols.len()
        );
        assert!(
            !cols[0].is_empty() && cols[0].trim() == cols[0],
            "{at}: the first column is empty or has spaces around it"
        );
        out.push((at, cols));
    }
    out
}

/// The words of `data/common_words.tsv` as an open-addressing hash table, checked row by
/// row (one column, lower-case letters only, sorted, no row twice): the words one after
/// another, each after its length byte, and a table of slots (`u32`, little-endian) that
/// hold a word's offset in the low 24 bits and a tag of the word's hash above them (see
/// [`common_tag`]), or 0 for none, placed by the lexicon's hash of the word (`key::key`)
/// and probed linearly. At most five slots in eight are taken.
fn common_words() -> (Vec<u8>, Vec<u8>) {
    let mut words: Vec<String> = Vec::new();
    for (at, r) in checked_rows("data/common_words.tsv", 1, 1) {
        let w = &r[0];
        assert!(
            w.chars().all(|c| c.is_alphabetic() && !c.is_uppercase()) && w.len() < 256,
            "{at}: a common word is lower-case letters only, under 256 bytes"
        );
        assert!(
            words.last().is_none_or(|last| *w > *last),
            "{at}: rows are sorted and distinct"
        );
        words.push(w.clone());
    }
    let n = (words.len() * 8 / 5 + 1).next_power_of_two();
    let bits = n.trailing_zeros();
    let mut slots = vec![0u32; n];
    let mut blob = vec![0u8];
    for w in &words {
        let offset = u32::try_from(blob.len()).expect("the words fit in 4 GiB");
        assert!(offset < 1 << 24, "the common words fit in 16 MiB");
        blob.push(w.len() as u8);
        blob.extend_from_slice(w.as_bytes());
        let hash = key::key(w.as_bytes()).hash;
        let mut at = (hash >> (64 - bits)) as usize;
        while slots[at] != 0 {
            at = (at + 1) & (n - 1);
        }
        slots[at] = offset | common_tag(hash) << 24;
    }
    let slots = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    (blob, slots)
}

/// The tag of a common word's slot: eight low bits of its hash (the slot is placed by the
/// high ones), which a probe compares before it reads the word. `lexicon::english` reads
/// it alike.
fn common_tag(hash: u64) -> u32 {
    (hash & 0xFF) as u32
}

/// The AP abbreviations of US states (`data/us_states.tsv`) as a sorted static, checked
/// row by row: an abbreviation that ends with its dot (or is the name itself, for a state
/// AP never abbreviates), the state's name, in order. `US_STATES` has the abbreviations
/// with a dot; `US_STATE_NAMES` every state's name, sorted.
fn us_states() -> String {
    let mut src = String::from(
        "/// AP abbreviations of US states and the states' names, sorted by abbreviation.\n",
    );
    src.push_str("pub static US_STATES: &[(&str, &str)] = &[\n");
    let mut last = String::new();
    let mut names = Vec::new();
    for (at, r) in checked_rows("data/us_states.tsv", 2, 2) {
        assert!(
            r[0].ends_with('.') || r[0] == r[1],
            "{at}: an abbreviation ends with its dot, or is the name"
        );
        assert!(r[0] > last, "{at}: rows are sorted and distinct");
        if r[0].ends_with('.') {
            src.push_str(&format!("    ({:?}, {:?}),\n", r[0], r[1]));
        }
        names.push(r[1].clone());
        last.clone_from(&r[0]);
    }
    names.sort();
    src.push_str("];\n/// The names of the US states, sorted.\n");
    src.push_str(&format!(
        "pub static US_STATE_NAMES: &[&str] = &{names:?};\n"
    ));
    src
}

/// The units of `data/units.tsv` and the dateline places of `data/currency_places.tsv` as
/// Rust statics, checked row by row: a unit's third column, when present, is `glued`; a
/// place's currency is an ISO 4217 code listed in `data/currencies.tsv`.
fn amount_tables() -> String {
    let mut units: Vec<(String, String, bool)> = Vec::new();
    for (at, r) in checked_rows("data/units.tsv", 2, 3) {
        let glued = match r.get(2).map(String::as_str) {
            None => false,
            Some("glued") => true,
            Some(other) => panic!("{at}: the third column is `glued`, not `{other}`"),
        };
        assert!(!r[1].is_empty(), "{at}: no unit");
        units.push((r[0].clone(), r[1].clone(), glued));
    }
    let codes: Vec<String> = checked_rows("data/currencies.tsv", 3, 3)
        .into_iter()
        .map(|(_, r)| r[1].clone())
        .collect();
    let mut places: Vec<(String, String)> = Vec::new();
    for (at, r) in checked_rows("data/currency_places.tsv", 2, 2) {
        assert!(
            codes.contains(&r[1]),
            "{at}: `{}` is no currency of data/currencies.tsv",
            r[1]
        );
        places.push((r[0].clone(), r[1].clone()));
    }
    format!(
        "/// Units of measure: surface, unit, and whether the surface counts only glued to the\n\
         /// number (\"30C\"), in file order.\n\
         pub static UNITS: &[(&str, &str, bool)] = &{units:?};\n\
         /// Dateline places (lower case) and their local currency, in file order.\n\
         pub static CURRENCY_PLACES: &[(&str, &str)] = &{places:?};\n"
    )
}

/// The word lists of `data/words/`: each file, and the classes its rows may have. A file
/// feeds one list per class, `FILE_CLASS` in `lexicon::words` ("place" + "tail" →
/// `PLACE_TAIL`); a file without classes is one list, `FILE` ("stopwords" → `STOPWORDS`).
const LEXICON: &[(&str, &[&str])] = &[
    ("abbreviations", &["title", "number", "general"]),
    (
        "amount",
        &[
            "approximator",
            "label",
            "count_noun",
            "counted_in_millions",
            "phone_cue",
            "emergency_number",
            "age_group",
            "national_agency",
            "currency_before_number",
            "currency_after_scale",
            "change_verb",
            "score_noun",
        ],
    ),
    (
        "calendar",
        &["month", "month_abbr", "weekday", "weekday_abbr"],
    ),
    (
        "date",
        &[
            "relative",
            "earlier_later",
            "modifier",
            "boundary",
            "day",
            "count",
            "ordinal",
            "final",
            "fiscal",
            "season",
            "every",
            "times",
            "frequency",
            "frequency_adverb",
            "recent",
            "clock",
            "weekend",
            "ago_unit",
            "long_unit",
        ],
    ),
    ("holidays", &[]),
    ("speech_verbs", &[]),
    ("starters", &[]),
    ("stopwords", &[]),
    (
        "tense",
        &[
            "future",
            "past",
            "not_past_ed",
            "past_at_date",
            "future_after_name",
        ],
    ),
    ("team_nicknames", &[]),
    ("titles", &[]),
    (
        "organization",
        &[
            "tail",
            "head",
            "head_anywhere",
            "legal_suffix",
            "not_acronym",
            "prefix",
            "club_prefix",
            "club_tail",
            "defined_term",
            "ordinal_unit",
        ],
    ),
    (
        "names",
        &[
            "connector",
            "particle",
            "determiner",
            "possessive_host",
            "hyphen_suffix",
            "vehicle_cue",
            "person_noun",
            "event_tail",
            "organization_cue",
            "organization_cue_prep",
            "work_cue",
            "locative",
            "object_prep",
            "place_of_cue",
            "kin_noun",
            "caption_label",
            "line_label",
            "storm_head",
            "storm_qualifier",
            "vehicle_make",
            "vehicle_company",
            "party_member",
            "byline_role",
            "known_as",
            "numbered_head",
            "designation",
        ],
    ),
    (
        "place",
        &[
            "tail",
            "head",
            "compass",
            "generic",
            "facility_tail",
            "facility_cue",
            "lower_tail",
        ],
    ),
    (
        "context",
        &[
            "sport",
            "locative",
            "team_verb",
            "organization_role",
            "work_tail",
            "index_name",
            "index_tail",
            "facility_noun",
        ],
    ),
    // Last: a file added later takes the next class numbers, and those before keep theirs.
    ("object", &["modifier", "plural", "never", "determiner"]),
    ("focus", &["word", "period"]),
    ("weekday_names", &[]),
    ("duration_cues", &["bare", "one", "between"]),
    (
        "speakers",
        &["organization", "person", "elision", "auxiliary"],
    ),
    (
        "tense_context",
        &[
            "noun",
            "clause",
            "weak_future",
            "adverb",
            "determiner",
            "comparison",
        ],
    ),
    ("anaphor", &["comparison"]),
    ("teams", &["role", "verb"]),
    ("tense_ahead", &["cue"]),
    (
        "date_context",
        &[
            "adverb_next",
            "verb_before",
            "time_after",
            "superlative",
            "not_superlative",
            "zone_region",
        ],
    ),
];

/// Reads and checks every file of [`LEXICON`] and writes its lists as Rust statics, then
/// every class as a [`Class`] constant and all lists as one table of class bit-sets (see
/// [`lexicon_table`]). Any bad row stops the build with the file and line: a missing
/// header, a row without exactly a word and a class, a word with spaces around it, an
/// unknown class, a repeated row.
fn lexicon() -> (String, String, String) {
    println!("cargo:rerun-if-changed=data/words");
    let mut listed: Vec<String> = fs::read_dir("data/words")
        .expect("data/words")
        .map(|e| {
            e.expect("data/words entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    listed.sort();
    for name in &listed {
        let stem = name.strip_suffix(".tsv").unwrap_or(name);
        if !LEXICON.iter().any(|(file, _)| *file == stem) {
            panic!("data/words/{name}: not a known word list (add it to LEXICON in build.rs)");
        }
    }
    let mut src = String::new();
    let mut index = String::new();
    let mut consts = String::new();
    let mut all_classes = String::new();
    // Every row of every list: (class id, word, value).
    let mut all: Vec<(u8, String, String)> = Vec::new();
    let mut n_classes = 0usize;
    for (file, classes) in LEXICON {
        let path = format!("data/words/{file}.tsv");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let (lists, valued) = rows::parse(&path, &text, classes).unwrap_or_else(|e| panic!("{e}"));
        let single: &[&str] = &[""];
        let classes = if classes.is_empty() { single } else { classes };
        for (class, rows) in classes.iter().zip(&lists) {
            let name = if class.is_empty() {
                file.to_ascii_uppercase()
            } else {
                format!("{file}_{class}").to_ascii_uppercase()
            };
            let doc = if class.is_empty() {
                format!("/// `data/words/{file}.tsv`.")
            } else {
                format!("/// `data/words/{file}.tsv`, the rows of class `{class}`.")
            };
            if valued {
                src += &format!("{doc}\npub static {name}: &[(&str, &str)] = &{rows:?};\n");
            } else {
                let words: Vec<&str> = rows.iter().map(|(w, _)| *w).collect();
                src += &format!("{doc}\npub static {name}: &[&str] = &{words:?};\n");
                index += &format!("    (\"{file}\", \"{class}\", {name}),\n");
            }
            consts += &format!("{doc}\npub const {name}: Class = Class({n_classes});\n");
            all_classes += &format!("    (\"{file}\", \"{class}\", {name}),\n");
            for (w, v) in rows {
                all.push((n_classes as u8, w.to_string(), v.to_string()));
            }
            n_classes += 1;
        }
    }
    assert!(
        n_classes <= 256,
        "LEXICON has {n_classes} classes, a bit-set holds 256"
    );
    let lists = src
        + "/// Every list without values: file, class and words.\npub static LISTS: &[(&str, &str, &[&str])] = &[\n"
        + &index
        + "];\n";
    let consts = consts
        + "/// Every class: its file and class name.\npub static ALL: &[(&str, &str, Class)] = &[\n"
        + &all_classes + "];\n";
    (lists, consts, lexicon_table(&all))
}

/// The rows of every word list as one hash table from the lower-case word to the bit-set of
/// the classes that list it so, the values their rows give it, and its other forms as
/// written ("Co" beside "co") with theirs: `ENTRIES`, and `SLOTS` (a power of two, linear
/// probing), each the hash ([`key::key`]) of its entry's key with the entry's index plus one in
/// the low 16 bits (0 for an empty slot).
fn lexicon_table(rows: &[(u8, String, String)]) -> String {
    type Forms = BTreeMap<String, ([u128; 2], Vec<(u8, String)>)>;
    let mut entries: BTreeMap<String, Forms> = BTreeMap::new();
    for (class, word, value) in rows {
        let form = entries
            .entry(word.to_lowercase())
            .or_default()
            .entry(word.clone())
            .or_default();
        form.0[usize::from(*class >> 7)] |= 1 << (class & 127);
        if !value.is_empty() {
            form.1.push((*class, value.clone()));
        }
    }
    let n = (2 * entries.len()).next_power_of_two().max(64);
    assert!(
        entries.len() < usize::from(u16::MAX),
        "too many words for the lexicon table"
    );
    let mut slots = vec![0u64; n];
    let mut src =
        String::from("/// The words of the lists, by entry.\npub static ENTRIES: &[Entry] = &[\n");
    for (k, (key, forms)) in entries.iter().enumerate() {
        let k_key = key::key(key.as_bytes());
        let h = k_key.hash;
        let mut at = (h >> (64 - n.trailing_zeros())) as usize;
        while slots[at] != 0 {
            at = (at + 1) & (n - 1);
        }
        slots[at] = (h & !0xFFFF) | (k as u64 + 1);
        let (lower, values) = forms.get(key).cloned().unwrap_or_default();
        src += &format!(
            "    Entry {{ key: {key:?}, words: {:?}, lower: Classes([{:#x}, {:#x}]), values: &{values:?}, cased: &[",
            k_key.lower, lower[0], lower[1]
        );
        for (surface, (bits, values)) in forms.iter().filter(|(s, _)| *s != key) {
            src += &format!(
                "Form {{ surface: {surface:?}, words: {:?}, classes: Classes([{:#x}, {:#x}]), values: &{values:?} }}, ",
                key::key(surface.as_bytes()).raw,
                bits[0],
                bits[1]
            );
        }
        src += "] },\n";
    }
    src += &format!(
        "];\n/// The hash table: a key's hash, with its entry's index plus one in the low 16 bits; 0 for an empty slot.\npub static SLOTS: [u64; {n}] = {slots:?};\n"
    );
    src
}

/// The currency tables as Rust statics: symbols longest first (in file order among equal
/// lengths, so "US$" is tried before "$"), codes sorted, and words by their lookup key,
/// sorted (the last row wins for a key), for binary search.
fn currencies() -> String {
    let mut symbols: Vec<(String, String)> = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    let mut words: BTreeMap<String, String> = BTreeMap::new();
    for (at, r) in checked_rows("data/currencies.tsv", 3, 3) {
        let surface = r[0].clone();
        let code = r[1].clone();
        assert!(
            code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
            "{at}: `{code}` is no ISO 4217 code"
        );
        match r[2].as_str() {
            "symbol" => symbols.push((surface, code)),
            "code" => codes.push(code),
            "word" => {
                words.insert(norm_key(&surface), code);
            }
            other => panic!("{at}: the form is symbol, code or word, not `{other}`"),
        }
    }
    symbols.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
    codes.sort();
    codes.dedup();
    let words: Vec<(String, String)> = words.into_iter().collect();
    format!(
        "/// Currency symbols with their ISO 4217 codes, longest first.\n\
         pub static SYMBOLS: &[(&str, &str)] = &{symbols:?};\n\
         /// ISO 4217 codes, sorted.\n\
         pub static CODES: &[&str] = &{codes:?};\n\
         /// Currency words by lookup key ([`super::layout::norm_key`]), sorted, with codes.\n\
         pub static WORDS: &[(&str, &str)] = &{words:?};\n"
    )
}
