//! Places on the map: every place mention resolved to one GeoNames place — its country,
//! coordinates and GeoNames id — from the embedded table that `build.rs` compiles out of
//! `data/geo.tsv`, a table of its own beside the gazetteer's entries. Which of the places
//! of one name a mention means is decided from the article's evidence (`decide.rs`).
//! Beside them, off the map (no coordinates, no GeoNames id), the regions and islands that
//! lie in one country and the ISO 3166-2 subdivisions named like a place
//! (`data/divisions.tsv`): their country only.

mod decide;
mod division;

pub use decide::locate;

use crate::gazetteer::{geo_slot, norm_key_into, with_norm_key};

/// The population a place of unknown population (a US state, one of the UK's countries)
/// counts as among the places of its name: more than most namesake cities ("Wyoming",
/// "Delaware"), fewer than a capital ("Washington") or a country ("Georgia"). `build.rs`
/// ranks the candidates with the same number.
pub const UNKNOWN_POPULATION: u32 = 500_000;

/// One place of the embedded table, as GeoNames knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeoPlace {
    /// The GeoNames id.
    pub id: u32,
    /// Population; 0 when unknown (US states, the UK's countries).
    pub population: u32,
    /// Latitude in hundredths of a degree.
    lat: i16,
    /// Longitude in hundredths of a degree.
    lon: i16,
    /// ISO 3166-1 alpha-2 country code, zeros for none (continents).
    cc: [u8; 2],
    /// GeoNames first-order division code ("TX", "ENG", "08"), zero-padded.
    admin1: [u8; 8],
    /// Index into [`Feature::ALL`].
    feature: u8,
    /// For a place off the map: 1 + the index of its subdivision type in
    /// [`DIVISION_WORDS`], 0 for none.
    division: u8,
}

/// What kind of place a [`GeoPlace`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// A country.
    Country,
    /// A first-order division: a US state, one of the UK's countries.
    Admin1,
    /// A city or town.
    City,
    /// A region across borders (a continent).
    Region,
    /// Off the map: an ISO 3166-2 subdivision named like a place ("Córdoba" the province),
    /// which a word after the name asks for.
    Division,
    /// Off the map: a region or peninsula of the features list that lies in one country
    /// ("Bavaria", "Sinai").
    Area,
    /// Off the map: an island of the features list that lies in one country ("Sicily").
    Island,
}

/// The words after a place's name that ask for a subdivision of that type ("Córdoba
/// province"), from `data/division_words.tsv`, in the order `build.rs` numbers them.
pub use table::DIVISION_WORDS;

impl Feature {
    /// The features in the table's order.
    pub const ALL: [Feature; 7] = [
        Feature::Country,
        Feature::Admin1,
        Feature::City,
        Feature::Region,
        Feature::Division,
        Feature::Area,
        Feature::Island,
    ];

    /// The name the output shows ("city").
    pub fn name(self) -> &'static str {
        match self {
            Feature::Country => "country",
            Feature::Admin1 => "admin1",
            Feature::City => "city",
            Feature::Region => "region",
            Feature::Division => "division",
            Feature::Area => "area",
            Feature::Island => "island",
        }
    }
}

impl GeoPlace {
    /// A place as the generated table writes it.
    #[allow(clippy::too_many_arguments)]
    const fn new(
        id: u32,
        population: u32,
        lat: i16,
        lon: i16,
        cc: [u8; 2],
        admin1: [u8; 8],
        feature: u8,
        division: u8,
    ) -> Self {
        GeoPlace {
            id,
            population,
            lat,
            lon,
            cc,
            admin1,
            feature,
            division,
        }
    }

    /// True for a region, peninsula or island of the features list (off the map).
    pub fn is_area(&self) -> bool {
        matches!(self.feature(), Feature::Area | Feature::Island)
    }

    /// True for a place on the map (coordinates and a GeoNames id); false for a region,
    /// island or subdivision known only by its country.
    pub fn on_the_map(&self) -> bool {
        self.id != 0
    }

    /// The subdivision type of a place off the map ("province"), if known.
    pub fn division(&self) -> Option<&'static str> {
        DIVISION_WORDS
            .get(usize::from(self.division).checked_sub(1)?)
            .copied()
    }

    /// The population, or [`UNKNOWN_POPULATION`] where it is unknown.
    pub fn weight(&self) -> u32 {
        if self.population == 0 {
            UNKNOWN_POPULATION
        } else {
            self.population
        }
    }

    /// The country code, when the place lies in one country.
    pub fn country(&'static self) -> Option<&'static str> {
        (self.cc[0] != 0)
            .then(|| std::str::from_utf8(&self.cc).ok())
            .flatten()
    }

    /// The first-order division code, if any.
    pub fn admin1(&self) -> Option<&[u8]> {
        let n = self.admin1.iter().position(|&b| b == 0).unwrap_or(8);
        (n > 0).then(|| &self.admin1[..n])
    }

    /// Latitude in hundredths of a degree.
    pub fn lat_hundredths(&self) -> i16 {
        self.lat
    }

    /// Longitude in hundredths of a degree.
    pub fn lon_hundredths(&self) -> i16 {
        self.lon
    }

    /// Latitude in degrees (0.01° precision).
    pub fn lat(&self) -> f64 {
        f64::from(self.lat) / 100.0
    }

    /// Longitude in degrees (0.01° precision).
    pub fn lon(&self) -> f64 {
        f64::from(self.lon) / 100.0
    }

    /// The kind of place.
    pub fn feature(&self) -> Feature {
        Feature::ALL[usize::from(self.feature)]
    }
}

mod table {
    use super::GeoPlace;
    include!(concat!(env!("OUT_DIR"), "/geo.rs"));
}

/// Every place of the table.
pub fn all_places() -> &'static [GeoPlace] {
    table::GEO_PLACES
}

/// A place of the table by its index.
pub fn place(index: u16) -> &'static GeoPlace {
    &table::GEO_PLACES[usize::from(index)]
}

/// The places named `name` (any case, spacing as `norm_key` folds it), most populous
/// first; empty when the table has none.
pub fn candidates(name: &str) -> &'static [u16] {
    let mut key = String::with_capacity(name.len());
    norm_key_into(name, &mut key);
    candidates_by_key(&key)
}

/// [`candidates`] of a key already normalized: found by its hash in the table's index.
pub fn candidates_by_key(key: &str) -> &'static [u16] {
    let keys = table::GEO_KEYS;
    let text = table::GEO_KEY_TEXT.as_bytes();
    let slots = table::GEO_SLOTS;
    let key = key.as_bytes();
    let mut at = geo_slot(key, slots.len().trailing_zeros());
    loop {
        let Some(i) = (slots[at] as usize).checked_sub(1) else {
            return &[];
        };
        if &text[keys[i].0 as usize..keys[i + 1].0 as usize] == key {
            return &table::GEO_CANDIDATES[keys[i].1 as usize..keys[i + 1].1 as usize];
        }
        at = (at + 1) & (slots.len() - 1);
    }
}

/// The places of `key` in a key table sorted by key (the places off the map, looked up
/// rarely): the keys' text one after another, per key where its text and its places start
/// (a last row closes both), the places.
fn find(
    keys: &[(u32, u32)],
    text: &'static str,
    places: &'static [u16],
    key: &str,
) -> &'static [u16] {
    let text = text.as_bytes();
    let key = key.as_bytes();
    let key_at = |i: usize| &text[keys[i].0 as usize..keys[i + 1].0 as usize];
    let (mut lo, mut hi) = (0, keys.len() - 1);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match key_at(mid).cmp(key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                return &places[keys[mid].1 as usize..keys[mid + 1].1 as usize]
            }
        }
    }
    &[]
}

/// The places off the map named `key` (a key `norm_key` made): the region, island or
/// peninsula of the features list that lies in one country, then the subdivisions of that
/// name; empty when there are none.
pub fn off_the_map_by_key(key: &str) -> &'static [u16] {
    find(
        table::GEO_DIV_KEYS,
        table::GEO_DIV_KEY_TEXT,
        table::GEO_DIV_CANDIDATES,
        key,
    )
}

/// The country and admin1 code of a first-order division that the place lists have as a
/// region ("Ontario", "Queensland"; `data/admin1.tsv`): evidence, not a place of the map.
pub fn region(name: &str) -> Option<([u8; 2], [u8; 8])> {
    let r = table::GEO_REGIONS;
    with_norm_key(name, |key| {
        r.binary_search_by(|(k, _, _)| (*k).cmp(key)).ok()
    })
    .map(|i| (r[i].1, r[i].2))
}

/// The population of the country `cc`, where the table has it.
pub fn country_population(cc: [u8; 2]) -> Option<u32> {
    static COUNTRIES: std::sync::LazyLock<Vec<([u8; 2], u32)>> = std::sync::LazyLock::new(|| {
        let mut c: Vec<([u8; 2], u32)> = all_places()
            .iter()
            .filter(|p| p.feature() == Feature::Country && p.population > 0)
            .map(|p| (p.cc, p.population))
            .collect();
        c.sort_unstable();
        c.dedup_by_key(|x| x.0);
        c
    });
    let c = &*COUNTRIES;
    c.binary_search_by_key(&cc, |x| x.0).ok().map(|i| c[i].1)
}

/// The demonyms of the country `cc` ("Spanish", "Spaniards"): words that point an article
/// to it (`data/demonyms.tsv`).
pub fn demonyms(cc: [u8; 2]) -> impl Iterator<Item = &'static str> {
    let d = table::GEO_DEMONYMS;
    let from = d.partition_point(|(c, _)| *c < cc);
    d[from..]
        .iter()
        .take_while(move |(c, _)| *c == cc)
        .map(|(_, w)| *w)
}

/// How the place of a mention was chosen among the places of its name, in the order the
/// evidence is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeoBasis {
    /// The name has one place.
    Only,
    /// A qualifier after the name: "Paris, Texas", "Cambridge, Mass.", "Washington state".
    Qualifier,
    /// The article's dateline place (its country or region).
    Dateline,
    /// The other places of the article (their countries and regions).
    Article,
    /// A demonym of the place's country in the article ("Spanish officials"), and of no
    /// other candidate's, where no place is evidence.
    Demonym,
    /// The most populous place of the name.
    Population,
}

impl GeoBasis {
    /// The name `--explain` shows.
    pub fn name(self) -> &'static str {
        match self {
            GeoBasis::Only => "only place of the name",
            GeoBasis::Qualifier => "qualifier",
            GeoBasis::Dateline => "dateline",
            GeoBasis::Article => "other places of the article",
            GeoBasis::Demonym => "demonym of its country",
            GeoBasis::Population => "population",
        }
    }
}

/// The place a mention was resolved to, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeoRef {
    /// Byte offset of the mention's start (mentions are in text order).
    pub at: usize,
    /// Index of the place in the table (see [`place`]).
    pub place: u16,
    /// How it was chosen.
    pub basis: GeoBasis,
}

impl GeoRef {
    /// The place.
    pub fn get(&self) -> &'static GeoPlace {
        place(self.place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_have_their_places() {
        let paris = candidates("Paris");
        assert!(paris.len() >= 2);
        assert_eq!(place(paris[0]).country(), Some("FR"));
        assert_eq!(place(paris[0]).id, 2988507);
        assert!(candidates("Nowhere-in-particular").is_empty());
        let us = candidates("U.S.");
        assert_eq!(place(us[0]).id, 6252001);
        assert_eq!(place(us[0]).feature(), Feature::Country);
        assert_eq!(candidates("united states"), us);
    }
}
