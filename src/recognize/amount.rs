//! Amounts: money, percentages, quantities with units, and counts, each with its value
//! (scale applied) and, for money, an ISO 4217 currency.
//!
//! The recognizer makes one pass over a sentence's tokens ([`lex`]). At each token it tries
//! to read `[sign] [currency] number [scale] [range] [suffix]`, where the number is digits
//! ("45,000", "3.2") or words ("two", "a million", "one and a half billion"), the scale a
//! word or abbreviation ("million", "bn", glued "m"/"k" after a currency, "lakh", "crore"),
//! the range a second number after "-", "–", "to" or (after "between") "and", and the
//! suffix a currency ("yuan", "US dollars", "USD", "cents"), a percent sign or word
//! ("%", "per cent", "percentage points", "basis points") or a unit ("km", "-metre", "°C").
//! The suffix decides the kind: money, percent, quantity; digits or a scale word with no
//! suffix are a count.
//!
//! Spans follow the annotation guide: the currency, scale and unit are inside, approximators
//! ("about", "more than", "as many as") outside and recorded as `approximate`, a sign word
//! ("minus") inside. A range whose ends share the scale or unit ("$3-5 million", "between
//! 10 and 12 percent") is one amount with `min` and `max`; ends that are complete amounts
//! ("3.5% to 3.75%", "£410m and £430m") are two.
//!
//! Not amounts: years and other parts of dates ("2017", "March 3", "11/04/2025"), times
//! ("3:30", "10am"), durations ("three years": dates), ages ("48-year-old", "aged 46",
//! "Smith, 61,"), ordinals ("19th"), numbers in names and labels ("G7", "Boeing 737",
//! "COVID-19", "No. 10", "Article 5"), scores and other bare hyphen pairs ("2-1"), phone
//! numbers, numbers inside URLs, and number words without a scale, unit or currency ("two
//! countries").

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::numbers::{
    clean, is_hyphen, lex, parse_digits, scale, to_json, words_number, Lex, Tok, NUMBER_WORDS,
};
use crate::gazetteer::{data_rows, norm_key, GAZETTEER};
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;
use crate::segment::Structure;
use crate::token::lower;

/// A map with the [`Fnv`](super::numbers::Fnv) hash, for the short keys looked up at
/// every number.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<super::numbers::Fnv>>;

/// Units of measure from `data/units.tsv`: surface (whitespace normalised) to unit, and
/// whether the surface counts only glued to the number ("30C").
struct Units {
    exact: FastMap<&'static str, (&'static str, bool)>,
    lower: FastMap<String, (&'static str, bool)>,
}

static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut u = Units {
        exact: FastMap::default(),
        lower: FastMap::default(),
    };
    for row in data_rows(include_str!("../../data/units.tsv")) {
        let mut cols = row.split('\t');
        let (Some(surface), Some(unit)) = (cols.next(), cols.next()) else {
            continue;
        };
        let glued = cols.next() == Some("glued");
        u.exact.insert(surface, (unit, glued));
        // Lower-case surfaces also match capitalised text ("Kilometres"), except single
        // letters: "5G" is not five grams.
        if surface.chars().all(|c| !c.is_uppercase()) && surface.chars().count() > 1 {
            u.lower.insert(surface.to_lowercase(), (unit, glued));
        }
    }
    u
});

/// The first token, lower-cased, of each of `surfaces`: a phrase search at a token whose
/// lower-case form is none of them cannot match, and is skipped.
fn first_tokens<'s>(
    surfaces: impl Iterator<Item = &'s str>,
) -> crate::recognize::FilteredSet<String> {
    let mut toks = Vec::new();
    surfaces
        .filter_map(|s| {
            toks.clear();
            lex(s, 0, s.len(), &mut toks);
            toks.first().map(|t| s[t.start..t.end].to_lowercase())
        })
        .collect()
}

/// False when the token `word` surely opens none of the phrases whose first tokens are
/// `firsts` (words beyond ASCII are not ruled out).
fn may_open(firsts: &crate::recognize::FilteredSet<String>, word: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(word, &mut buf).is_none_or(|w| firsts.contains(w))
}

/// The first tokens of the unit surfaces.
static UNIT_FIRST: LazyLock<crate::recognize::FilteredSet<String>> = LazyLock::new(|| {
    first_tokens(
        data_rows(include_str!("../../data/units.tsv")).filter_map(|row| row.split('\t').next()),
    )
});

/// The first tokens of the currency words.
static CURRENCY_FIRST: LazyLock<crate::recognize::FilteredSet<String>> =
    LazyLock::new(|| first_tokens(GAZETTEER.currency_words().map(|(w, _)| w)));

/// Common words that may open a sentence before a count ("About 200", "Some 15,000").
static STOPWORDS: LazyLock<crate::recognize::FilteredSet> =
    LazyLock::new(|| crate::lexicon::words::STOPWORDS.iter().copied().collect());

/// Dateline places and their local currency, from `data/currency_places.tsv`.
static LOCAL_CURRENCY: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    data_rows(include_str!("../../data/currency_places.tsv"))
        .filter_map(|row| row.split_once('\t'))
        .collect()
});

/// Currency signs and prefixes ("$", "US$", "€", "Rs.") to their ISO code.
static SYMBOLS: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    GAZETTEER
        .currency_symbols()
        .iter()
        .map(|&(s, c)| (s, c))
        .collect()
});

/// Ambiguous bare currency forms, the currencies each may stand for (the first is the
/// default), and whether wire style decides it (agency copy writes a bare "$" for US
/// dollars and marks every other dollar, so only a local paper's "$" is local).
const FAMILIES: &[(&[&str], &[&str], bool)] = &[
    (
        &["$"],
        &[
            "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "FJD", "JMD", "NAD", "LRD", "BSD",
            "BBD", "TTD", "BND", "MXN", "ARS", "CLP", "COP", "CUP", "DOP", "UYU",
        ],
        true,
    ),
    (
        &["dollar", "dollars", "cent", "cents"],
        &[
            "USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "FJD", "JMD", "NAD", "LRD", "BSD",
            "BBD", "TTD", "BND",
        ],
        true,
    ),
    (&["¥"], &["JPY", "CNY"], true),
    (
        &["peso", "pesos"],
        &["MXN", "PHP", "ARS", "CLP", "COP", "CUP", "DOP", "UYU"],
        false,
    ),
    (
        &["rupee", "rupees", "rs", "rs."],
        &["INR", "PKR", "LKR", "NPR", "MUR"],
        false,
    ),
    (
        &["shilling", "shillings"],
        &["KES", "UGX", "TZS", "SOS"],
        false,
    ),
    (
        &["franc", "francs"],
        &["CHF", "XOF", "XAF", "RWF", "BIF", "GNF", "CDF"],
        false,
    ),
    (
        &["krona", "kronor", "krone", "kroner", "kr"],
        &["SEK", "NOK", "DKK", "ISK"],
        false,
    ),
    (
        &["riyal", "riyals", "rial", "rials"],
        &["SAR", "QAR", "OMR", "YER", "IRR"],
        false,
    ),
    (
        &["pound", "pounds"],
        &["GBP", "EGP", "LBP", "SYP", "SDG", "SSP"],
        false,
    ),
    (&["dirham", "dirhams"], &["AED", "MAD"], false),
    (&["won"], &["KRW", "KPW"], false),
];

/// Minor currency units: the amount is converted to the main unit. `None`: a dollar cent,
/// whose currency follows the bare-dollar rule.
const MINOR_UNITS: &[(&str, Option<&str>)] = &[
    ("cents", None),
    ("cent", None),
    ("pence", Some("GBP")),
    ("penny", Some("GBP")),
    ("pennies", Some("GBP")),
    ("paise", Some("INR")),
    ("kopecks", Some("RUB")),
    ("kopeks", Some("RUB")),
];

/// Lower-case ISO codes accepted next to a number ("20 usd"); other codes only in capitals,
/// since many are words ("ALL", "TOP", "CUP").
const LOWER_CODES: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "cny", "inr", "aud", "cad", "chf", "hkd", "sgd", "nzd", "mxn",
];

/// Words before an amount that make it approximate; they stay outside the span.
const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "approx",
    "some",
    "over",
    "under",
    "above",
    "below",
    "circa",
    "estimated",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at least",
    "at most",
    "close to",
    "upwards of",
    "north of",
    "in excess of",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "just shy of",
];

/// [`APPROXIMATORS`] as their words, last word first.
static APPROXIMATOR_WORDS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    APPROXIMATORS
        .iter()
        .map(|a| a.split(' ').rev().collect())
        .collect()
});

/// The last word of each approximator, the one right before the amount: a word not among
/// them rules every approximator out.
static APPROXIMATOR_LAST: LazyLock<crate::recognize::FilteredSet> =
    LazyLock::new(|| APPROXIMATOR_WORDS.iter().map(|a| a[0]).collect());

/// Words before a bare number that make it a label, not a count ("Article 5", "No. 10").
static LABELS: LazyLock<crate::recognize::FilteredSet> =
    LazyLock::new(|| LABEL_WORDS.iter().copied().collect());

const LABEL_WORDS: &[&str] = &[
    "no",
    "nos",
    "number",
    "article",
    "articles",
    "section",
    "chapter",
    "page",
    "pages",
    "paragraph",
    "clause",
    "route",
    "flight",
    "platform",
    "gate",
    "room",
    "level",
    "phase",
    "stage",
    "grade",
    "category",
    "type",
    "model",
    "version",
    "episode",
    "season",
    "round",
    "game",
    "match",
    "week",
    "day",
    "highway",
    "interstate",
    "district",
    "ward",
    "bus",
    "line",
    "channel",
    "terminal",
    "pier",
    "floor",
    "item",
    "rule",
    "resolution",
    "proposition",
    "amendment",
    "figure",
    "table",
    "step",
    "row",
    "seat",
    "lane",
    "exit",
    "code",
    "pin",
    "id",
    "tel",
    "fax",
    "phone",
    "ext",
    "box",
    "unit",
    "suite",
    "apartment",
    "apt",
    "block",
    "lot",
    "plot",
    "zone",
    "sector",
    "class",
    "size",
    "track",
    "verse",
    "vol",
    "volume",
    "issue",
    "part",
    "act",
    "scene",
    "tier",
    "band",
    "form",
    "annex",
    "hole",
    "lap",
    "leg",
    "heat",
    "magnitude",
    "gen",
    "generation",
    "iphone",
    "windows",
    "galaxy",
    "pixel",
    "level",
    "term",
    "batch",
    "cohort",
    "wave",
    "camp",
    "building",
    "bed",
    "ward",
    "door",
    "pt",
    "p",
    "pp",
    "fig",
    "tab",
    "eq",
    "ch",
    "sec",
    "art",
    "para",
    "ref",
    "ticket",
    "serial",
    "marker",
];

/// Plural nouns after which a four-digit number is a count, not a year ("2000 pieces").
pub(crate) const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "jobs",
    "workers",
    "employees",
    "troops",
    "soldiers",
    "homes",
    "houses",
    "pieces",
    "units",
    "cars",
    "vehicles",
    "students",
    "children",
    "deaths",
    "cases",
    "refugees",
    "migrants",
    "residents",
    "members",
    "copies",
    "items",
    "tickets",
    "staff",
    "protesters",
    "families",
    "patients",
    "officers",
    "police",
    "flights",
    "passengers",
    "votes",
    "seats",
    "sites",
    "shares",
    "tonnes",
    "acres",
];

/// Words of time after a number: durations and ages are dates, not amounts.
fn is_time_unit(w: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower(w, &mut buf),
        Some(
            "second"
                | "seconds"
                | "minute"
                | "minutes"
                | "min"
                | "mins"
                | "hour"
                | "hours"
                | "hr"
                | "hrs"
                | "day"
                | "days"
                | "week"
                | "weeks"
                | "fortnight"
                | "fortnights"
                | "month"
                | "months"
                | "year"
                | "years"
                | "yr"
                | "yrs"
                | "decade"
                | "decades"
                | "century"
                | "centuries"
                | "night"
                | "nights"
                | "weekend"
                | "weekends"
                | "quarter"
                | "quarters"
                | "old"
        )
    )
}

fn is_month_word(w: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower(w, &mut buf),
        Some(
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
    ) && w
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || w.len() > 3)
}

/// A sentence with neither a number nor a word of [`AMOUNT_WORDS`] has no amount, and is
/// skipped: a look at each token, most of them settled by their kind or a filter.
fn may_hold_amount(text: &str, toks: &[Tok]) -> bool {
    let mut buf = [0u8; 24];
    let words: &crate::recognize::FilteredSet = &AMOUNT_WORDS;
    toks.iter().any(|t| match t.kind {
        Lex::Num => true,
        Lex::Word => {
            // The filter turns away most words before they are lower-cased and looked up.
            words.may_contain_hash(t.hash)
                && lower(&text[t.start..t.end], &mut buf).is_some_and(|w| words.contains(w))
        }
        Lex::Punct => false,
    })
}

/// Words that can carry an amount without digits ("a million", "twenty percent",
/// "five dollars", "a quarter-point").
static AMOUNT_WORDS: LazyLock<crate::recognize::FilteredSet> = LazyLock::new(|| {
    [
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "lakh",
        "crore",
        "percent",
        "percentage",
        "cent",
        "cents",
        "pence",
        "penny",
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pounds",
        "yen",
        "yuan",
        "rupees",
        "quarter",
        "half",
    ]
    .into_iter()
    .collect()
});

/// Adds the amounts of one sentence to `out`.
pub fn find(text: &str, sentence: Span, out: &mut Vec<Mention>) {
    let mut toks = Vec::new();
    lex(text, sentence.start, sentence.end, &mut toks);
    find_in_tokens(text, sentence, &toks, out);
}

/// [`find`] on the sentence's tokens from [`lex`], which the date recognizer shares (the
/// tokens carry the sentence's bounds).
pub fn find_in_tokens(text: &str, _sentence: Span, toks: &[Tok], out: &mut Vec<Mention>) {
    if may_hold_amount(text, toks) {
        scan_amounts(text, toks, out);
    }
}

fn scan_amounts(text: &str, toks: &[Tok], out: &mut Vec<Mention>) {
    let scan = Scan {
        text,
        toks,
        title_case: std::cell::OnceCell::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        if !may_start_amount(text, toks, i) {
            i += 1;
            continue;
        }
        match scan.amount_at(i) {
            Step::Found(m, next) => {
                out.push(*m);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
}

/// False where [`Scan::amount_at`] is sure to find nothing, cheaply: an amount starts at a
/// number; at a sign, currency or code right before one, or glued to one through up to
/// two more tokens ("$5", "US$5", "- 5"), or spaced as in tokenized wire text ("us $ 5");
/// or at a word that can begin a number or a fraction of a point in words ("a million",
/// "half a percentage point", "twenty", "minus five").
fn may_start_amount(text: &str, toks: &[Tok], i: usize) -> bool {
    let tok = toks[i];
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Lex::Num);
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    if tok.kind == Lex::Num
        || num(i + 1)
        || (glued(i + 1) && (num(i + 2) || (glued(i + 2) && num(i + 3))))
        || (tok.kind == Lex::Word
            && num(i + 2)
            && toks
                .get(i + 1)
                .is_some_and(|t| &text[t.start..t.end] == "$"))
    {
        return true;
    }
    let mut buf = [0u8; 24];
    tok.kind == Lex::Word
        && START_WORDS.may_contain_hash(tok.hash)
        && lower(&text[tok.start..tok.end], &mut buf).is_some_and(|w| START_WORDS.contains(w))
}

/// The words that can begin an amount in words: [`may_start_amount`] accepts these.
static START_WORDS: LazyLock<crate::recognize::FilteredSet> = LazyLock::new(|| {
    ["a", "an", "half", "quarter", "minus", "negative"]
        .into_iter()
        .chain(NUMBER_WORDS)
        .collect()
});

/// What the scan found at a token.
enum Step {
    /// An amount, and the token after it.
    Found(Box<Mention>, usize),
    /// Numbers that are not amounts (a score, a phone number), and the token after them.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// A number read at a token: digits or words, with its scale applied.
#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    /// Token after the number and its scale.
    end: usize,
    /// The scale word's multiplier, when one ends the number ("45 million", "a million").
    scale: Option<f64>,
    /// Written in words ("two billion").
    words: bool,
    /// A glued one-letter scale ("5m", "20k"): a scale only where a currency or a plural
    /// noun confirms it.
    short_scale: bool,
}

/// A currency written before the number.
#[derive(Debug, Clone, Copy)]
struct Prefix {
    code: &'static str,
    basis: &'static str,
    /// Token after the prefix.
    next: usize,
    /// "MUSD 5": the prefix carries a scale.
    factor: f64,
}

/// What follows a number and decides its kind.
#[derive(Debug, Clone, Copy)]
enum Suffix {
    Percent {
        points: bool,
        factor: f64,
    },
    Unit(&'static str),
    Currency {
        code: &'static str,
        basis: &'static str,
        factor: f64,
    },
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The sentence is a title-case headline (most words capitalised).
    title_case: std::cell::OnceCell<bool>,
}

impl<'a> Scan<'a> {
    fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn kind(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.t(i).eq_ignore_ascii_case(w)
    }

    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        self.kind(i) == Some(Lex::Word) && {
            let mut buf = [0u8; 24];
            lower(self.t(i), &mut buf).is_some_and(|w| list.contains(&w))
        }
    }

    fn is_capitalized_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Lex::Word) && self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn title_case(&self) -> bool {
        *self.title_case.get_or_init(|| {
            let words: Vec<&str> = (0..self.toks.len())
                .filter(|&i| self.kind(i) == Some(Lex::Word) && self.t(i).len() > 3)
                .map(|i| self.t(i))
                .collect();
            let caps = words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            // A headline is short and has no brackets; a run of names with numbers (a team
            // sheet, "Burns 61, Smith (Jones 70)") is not one.
            let brackets = (0..self.toks.len()).any(|i| self.t(i) == "(");
            words.len() >= 3 && words.len() <= 15 && !brackets && caps * 10 >= words.len() * 7
        })
    }

    /// The amount that starts at token `i`, if any.
    fn amount_at(&self, i: usize) -> Step {
        let tok = self.toks[i];
        let mut j = i;
        // A sign: "minus 5", "negative 0.1%", "-0.5%" (not the hyphen of "2-1").
        let sign_word = self.word_in(j, &["minus", "negative"])
            && (self.kind(j + 1) == Some(Lex::Num)
                || words_number(self.text, self.toks, j + 1).is_some());
        let sign_char = matches!(self.t(j), "-" | "−")
            && self.kind(j + 1) == Some(Lex::Num)
            && self.glued(j + 1)
            && (!tok.glued || matches!(self.t(j.wrapping_sub(1)), "(" | "[" | "/"));
        let negative = sign_word || sign_char;
        if negative {
            j += 1;
        }
        if let Some(step) = self.fraction_of_point(i) {
            return step;
        }
        let prefix = self.prefix(j);
        if let Some(p) = prefix {
            j = p.next;
        } else if j == i && tok.kind == Lex::Punct {
            return Step::Nothing;
        }
        let Some(n1) = self.number(j, prefix.is_some()) else {
            return Step::Nothing;
        };
        // Inside a URL, an e-mail address or a query string, nothing is an amount.
        if in_code(self.text, self.toks[j].start) {
            return Step::Skip(n1.end);
        }
        // Glued to a word or number before: "G7", "A320", "COVID-19", "3.5.1".
        if j == i && tok.glued && self.glued_before(i) {
            return Step::Skip(n1.end);
        }
        let sign = if negative { -1.0 } else { 1.0 };
        match prefix {
            Some(p) => self.money_with_prefix(i, p, n1, sign),
            None => self.unprefixed(i, n1, sign),
        }
    }

    /// A token before `i` that makes the number part of a word or code.
    fn glued_before(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        match self.kind(prev) {
            Some(Lex::Word) | Some(Lex::Num) => true,
            Some(Lex::Punct) => {
                let p = self.t(prev);
                let before_glued = self.glued(prev) && prev > 0;
                match p {
                    // "COVID-19", "F-16", "3.5.1", but "(5", "$5" are fine.
                    "-" | "‑" | "." | "_" | "#" | "+" | "@" | "&" | "=" | "/" | ":" => {
                        before_glued || matches!(p, "#" | "+" | "@" | "_" | "=" | "/" | ":" | "&")
                    }
                    _ => false,
                }
            }
            None => false,
        }
    }

    /// A currency written before a number: "$", "US$", "HK$", "€", "Rs.", "USD", "MUSD",
    /// and the tokenized "us $" of wire archives.
    fn prefix(&self, i: usize) -> Option<Prefix> {
        let tok = *self.toks.get(i)?;
        // Glued runs of up to three tokens: "US" "$", "U.S." "$", "Rs" ".", "$" "US".
        for k in (1..=3).rev() {
            let last = i + k - 1;
            let Some(end_tok) = self.toks.get(last) else {
                continue;
            };
            if (i + 1..=last).any(|x| !self.glued(x)) {
                continue;
            }
            if self.kind(last + 1) != Some(Lex::Num) {
                continue;
            }
            let surface = &self.text[tok.start..end_tok.end];
            let code = SYMBOLS.get(surface).copied().or_else(|| {
                // "usd$", "cad$", "nzd$" (a code glued to a dollar sign).
                let up = surface.strip_suffix('$')?;
                (up.len() == 3).then(|| code_of(up, true)).flatten()
            });
            if let Some(code) = code {
                // One-letter signs ("R") and letter codes need the number glued or a
                // capital: "R5 billion", not "grade R 5".
                let letters = surface.chars().filter(|c| c.is_ascii_alphabetic()).count();
                if letters == surface.chars().count() && letters <= 1 && !self.glued(last + 1) {
                    continue;
                }
                let basis = if family_of(surface).is_some() {
                    "default"
                } else {
                    "symbol"
                };
                return Some(Prefix {
                    code,
                    basis,
                    next: last + 1,
                    factor: 1.0,
                });
            }
        }
        if tok.kind == Lex::Word {
            let w = self.t(i);
            // "us $ 150 million", "hk $ 10 billion": spaced on both sides, as tokenized text.
            if self.t(i + 1) == "$"
                && !self.glued(i + 1)
                && self.kind(i + 2) == Some(Lex::Num)
                && !self.glued(i + 2)
                && w.len() <= 4
                && !matches!(w, "a" | "A" | "s" | "an" | "I")
            {
                let key = format!("{}$", w.to_uppercase().replace('.', ""));
                let dotted = format!("{}$", w.to_uppercase());
                if let Some(&code) = SYMBOLS
                    .get(key.as_str())
                    .or_else(|| SYMBOLS.get(dotted.as_str()))
                {
                    return Some(Prefix {
                        code,
                        basis: "symbol",
                        next: i + 2,
                        factor: 1.0,
                    });
                }
            }
            if self.kind(i + 1) == Some(Lex::Num) {
                // "usd 20", "rmb 10": lower-case codes of the major currencies too.
                let lower_symbol = (w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase()))
                    .then(|| SYMBOLS.get(w.to_ascii_uppercase().as_str()).copied())
                    .flatten();
                if let Some(code) = code_of(w, true).or(lower_symbol) {
                    return Some(Prefix {
                        code,
                        basis: "code",
                        next: i + 1,
                        factor: 1.0,
                    });
                }
                if let Some((code, factor)) = scaled_code(w) {
                    return Some(Prefix {
                        code,
                        basis: "code",
                        next: i + 1,
                        factor,
                    });
                }
            }
        }
        None
    }

    /// A number at token `i`: digits with an optional scale, or number words.
    fn number(&self, i: usize, money: bool) -> Option<Number> {
        match self.kind(i)? {
            Lex::Num => {
                let value = parse_digits(self.t(i))?;
                let mut end = i + 1;
                let mut sc = None;
                let mut short = false;
                if self.kind(end) == Some(Lex::Word) {
                    let w = self.t(end);
                    if let Some(f) = scale(w) {
                        let one_letter = w.len() == 1;
                        if one_letter {
                            // "5m", "20k", "$5bn" glued; "5 m" is five metres.
                            if self.glued(end) && !self.glued_alnum_after(end) {
                                sc = Some(f);
                                short = !money;
                                end += 1;
                            }
                        } else if w != "M" && w != "B" && !self.glued_alnum_after(end) {
                            sc = Some(f);
                            short = false;
                            end += 1;
                        }
                    }
                } else if money
                    && is_hyphen(self.t(end))
                    && self.glued(end)
                    && self.glued(end + 1)
                    && self.kind(end + 1) == Some(Lex::Word)
                    && self.t(end + 1).len() > 2
                {
                    // "$1.5-billion".
                    if let Some(f) = scale(self.t(end + 1)) {
                        sc = Some(f);
                        end += 2;
                    }
                }
                // "2.4 lakh crore", "5 thousand crore": a second, larger scale multiplies.
                if let Some(f) = sc {
                    let next = self.t(end);
                    if let Some(f2) = scale(next).filter(|f2| next.len() > 2 && *f2 > f) {
                        sc = Some(f * f2);
                        end += 1;
                    }
                }
                Some(Number {
                    value: value * sc.unwrap_or(1.0),
                    end,
                    scale: sc,
                    words: false,
                    short_scale: short,
                })
            }
            Lex::Word => {
                let wn = words_number(self.text, self.toks, i)?;
                let last = self.t(wn.end - 1);
                let tail = scale(last).filter(|_| last.len() > 2);
                Some(Number {
                    value: wn.value,
                    end: wn.end,
                    scale: if wn.scaled { tail.or(Some(1.0)) } else { None },
                    words: true,
                    short_scale: false,
                })
            }
            Lex::Punct => None,
        }
    }

    /// "half a percentage point", "a quarter of a percentage point", "a percentage point",
    /// "three-quarters of a percentage point": fractions of a point in words.
    fn fraction_of_point(&self, i: usize) -> Option<Step> {
        if self.kind(i) != Some(Lex::Word) {
            return None;
        }
        let mut buf = [0u8; 24];
        let first = lower(self.t(i), &mut buf)?;
        // "a quarter-point cut", "a half-point rise".
        let k = if first == "a" { i + 1 } else { i };
        if self.word_in(k, &["quarter", "half"])
            && is_hyphen(self.t(k + 1))
            && self.glued(k + 1)
            && self.word_in(k + 2, &["point"])
        {
            let value = if self.is(k, "half") { 0.5 } else { 0.25 };
            let mut m = self.mention(k, k + 3, "percent", "percent");
            m.q_mut().value = Some(to_json(value));
            m.q_mut().points = true;
            return Some(Step::Found(Box::new(m), k + 3));
        }
        let (value, j) = match first {
            "half" if self.is(i + 1, "a") => (0.5, i + 2),
            "a" if self.is(i + 1, "quarter") && self.is(i + 2, "of") && self.is(i + 3, "a") => {
                (0.25, i + 4)
            }
            // "a quarter percentage point", "a half percentage point".
            "a" if self.word_in(i + 1, &["quarter", "half"]) && self.is(i + 2, "percentage") => {
                (if self.is(i + 1, "half") { 0.5 } else { 0.25 }, i + 2)
            }
            "three" if is_hyphen(self.t(i + 1)) && self.is(i + 2, "quarters") => {
                if !(self.is(i + 3, "of") && self.is(i + 4, "a")) {
                    return None;
                }
                (0.75, i + 5)
            }
            "three"
                if self.is(i + 1, "quarters") && self.is(i + 2, "of") && self.is(i + 3, "a") =>
            {
                (0.75, i + 4)
            }
            "a" => (1.0, i + 1),
            _ => return None,
        };
        let end = if self.is(j, "percentage") && self.is(j + 1, "point") {
            j + 2
        } else if self.is(j, "percentage") && is_hyphen(self.t(j + 1)) && self.is(j + 2, "point") {
            j + 3
        } else {
            return None;
        };
        let mut m = self.mention(i, end, "percent", "percent");
        m.q_mut().value = Some(to_json(value));
        m.q_mut().points = true;
        m.q_mut().approximate = self.approximate(i);
        Some(Step::Found(Box::new(m), end))
    }

    /// A letter or digit glued right after token `i`.
    fn glued_alnum_after(&self, i: usize) -> bool {
        self.glued(i + 1) && matches!(self.kind(i + 1), Some(Lex::Word | Lex::Num))
    }

    /// A range connector at token `k` and the second number after it: the number and the
    /// token after any repeated currency prefix.
    fn range_end(
        &self,
        start: usize,
        k: usize,
        n1: &Number,
        prefix: Option<Prefix>,
    ) -> Option<(Number, bool, bool)> {
        let c = self.t(k);
        let hyphen = is_hyphen(c) || c == "~";
        let ok = hyphen
            || c.eq_ignore_ascii_case("to")
            || (c.eq_ignore_ascii_case("and")
                && start > 0
                && self.t(start - 1).eq_ignore_ascii_case("between"));
        if !ok {
            return None;
        }
        let mut j = k + 1;
        let mut repeated = false;
        if let Some(p) = prefix {
            if let Some(p2) = self.prefix(j) {
                if p2.code != p.code {
                    return None;
                }
                j = p2.next;
                repeated = true;
            }
        }
        let n2 = self.number(j, prefix.is_some())?;
        if n2.words != n1.words {
            return None;
        }
        // A scale after the second end is shared only when the first end is smaller as
        // written: "3 to 5 million", not "32,000 to 1.41 million".
        if n1.scale.is_none() {
            if let Some(f) = n2.scale {
                if n1.value > n2.value / f {
                    return None;
                }
            }
        }
        Some((n2, hyphen, repeated))
    }

    /// Money after a currency prefix: "US$45 million", "$3-5 million", "€3.2bn".
    fn money_with_prefix(&self, start: usize, p: Prefix, n1: Number, sign: f64) -> Step {
        let mut m = self.mention(start, n1.end, "money", "money");
        m.q_mut().currency = Some(p.code);
        m.q_mut().currency_basis = Some(p.basis);
        let mut end = n1.end;
        if let Some((n2, _, repeated)) = self.range_end(start, n1.end, &n1, Some(p)) {
            // "$3-5 million" shares the scale; "$3.0-3.2 billion" too; "$3 million to $5
            // million" and "$3 to $5" are two complete amounts.
            let shared = n1.scale.is_none() && (n2.scale.is_some() || !repeated);
            if shared {
                let lo = n1.value * n2.scale.unwrap_or(1.0);
                m.q_mut().min = Some(clean(sign * lo * p.factor));
                m.q_mut().max = Some(clean(n2.value * p.factor));
                end = n2.end;
            }
        }
        if m.q().min.is_none() {
            m.q_mut().value = Some(to_json(sign * n1.value * p.factor));
        }
        // "$10 dollars" in wire archives: the word repeats the sign.
        if self.t(end).eq_ignore_ascii_case("dollars") && p.code == "USD" {
            end += 1;
        }
        if self.glued_alnum_after(end - 1) && !self.ordinal_or_possessive_after(end) {
            return Step::Skip(end);
        }
        m.span = self.span(start, end);
        m.q_mut().approximate = self.approximate(start);
        Step::Found(Box::new(m), end)
    }

    /// An amount without a currency prefix: percent, money with a currency after, a
    /// quantity, or a count.
    fn unprefixed(&self, start: usize, n1: Number, sign: f64) -> Step {
        // A complete first end ("3.5%", "£410m" cannot reach here) or its own suffix.
        if let Some((suffix, end)) = self.suffix(n1.end) {
            return self.finish(start, end, n1.value * sign, None, suffix);
        }
        if let Some((n2, hyphen, _)) = self.range_end(start, n1.end, &n1, None) {
            let shared = n1.scale.is_none() || n2.scale.is_none();
            if let Some((suffix, end)) = self.suffix(n2.end).filter(|_| shared) {
                let lo = n1.value
                    * if n1.scale.is_none() {
                        n2.scale.unwrap_or(1.0)
                    } else {
                        1.0
                    };
                return self.finish(start, end, lo * sign, Some(n2.value), suffix);
            }
            if n1.scale.is_none() && n2.scale.is_some() && !n2.short_scale {
                // "3 to 4 million people": a count range.
                let lo = n1.value * n2.scale.unwrap_or(1.0);
                let mut m = self.mention(start, n2.end, "count", "count");
                m.q_mut().min = Some(clean(lo * sign));
                m.q_mut().max = Some(clean(n2.value));
                m.q_mut().approximate = self.approximate(start);
                return Step::Found(Box::new(m), n2.end);
            }
            if hyphen && n1.scale.is_none() && n2.scale.is_none() {
                // "2-1", "138-2010-2015", "2017-18": scores, phone numbers, years.
                let mut end = n2.end;
                while is_hyphen(self.t(end)) && self.kind(end + 1) == Some(Lex::Num) {
                    end += 2;
                }
                return Step::Skip(end);
            }
            // "5 to 4" is a tally, not a range.
            if n2.value < n1.value && n2.scale.is_none() {
                return Step::Skip(n2.end);
            }
            if !hyphen && !n1.words && n1.scale.is_none() && n2.scale.is_none() {
                // "3,000 to 4,000 people", "between 20 and 30 flights": a count range.
                if self.count_ok(start, n1.end) && self.count_ok_after(n2.end) {
                    let mut m = self.mention(start, n2.end, "count", "count");
                    m.q_mut().min = Some(clean(n1.value * sign));
                    m.q_mut().max = Some(clean(n2.value));
                    m.q_mut().approximate = self.approximate(start);
                    return Step::Found(Box::new(m), n2.end);
                }
                // "aged 10 to 13", "from 2010 to 2015": neither end is a count.
                return Step::Skip(n2.end);
            }
        }
        // A count: digits, or words with a scale ("a million").
        if n1.words && n1.scale.is_none() {
            return Step::Nothing;
        }
        let end = n1.end;
        if n1.short_scale {
            // "5m people" is five million; "400m runners" and "the 100m" are distances,
            // "10k run" nothing: a glued "m" or "k" is a scale only before what people
            // count in millions or thousands.
            let counted = !self.glued(end)
                && self.word_in(
                    end,
                    &[
                        "people",
                        "users",
                        "viewers",
                        "customers",
                        "subscribers",
                        "households",
                        "homes",
                        "jobs",
                        "workers",
                        "voters",
                        "votes",
                        "copies",
                        "units",
                        "shares",
                        "passengers",
                        "visitors",
                        "children",
                        "adults",
                        "members",
                        "listeners",
                        "readers",
                        "downloads",
                        "cars",
                        "vehicles",
                        "phones",
                        "devices",
                        "tickets",
                        "citizens",
                        "residents",
                        "patients",
                        "refugees",
                        "migrants",
                        "tourists",
                        "accounts",
                        "fans",
                        "barrels",
                        "tonnes",
                        "pounds",
                        "euros",
                        "dollars",
                        "records",
                        "albums",
                        "items",
                        "animals",
                        "trees",
                        "more",
                        "fewer",
                        "new",
                        "extra",
                        "additional",
                        "other",
                    ],
                );
            let plural = counted;
            if !plural {
                let letter = self.t(end - 1);
                if letter == "m" {
                    let mut m = self.mention(start, end, "quantity", "quantity");
                    m.q_mut().unit = Some("m");
                    m.q_mut().value = Some(to_json(sign * n1.value / 1e6));
                    m.q_mut().approximate = self.approximate(start);
                    return Step::Found(Box::new(m), end);
                }
                return Step::Skip(end);
            }
        }
        if n1.scale.is_none() {
            if !self.count_ok(start, n1.end) || !self.count_ok_after(n1.end) {
                return Step::Skip(n1.end);
            }
        } else if !self.count_ok_after(n1.end) {
            return Step::Skip(n1.end);
        }
        // "a 150-seat chamber": the count is the number alone.
        let mut m = self.mention(start, end, "count", "count");
        m.q_mut().value = Some(to_json(sign * n1.value));
        m.q_mut().approximate = self.approximate(start);
        Step::Found(Box::new(m), end)
    }

    /// Builds the amount for a number (or range) and the suffix that gives its kind.
    fn finish(&self, start: usize, end: usize, v1: f64, v2: Option<f64>, suffix: Suffix) -> Step {
        let (kind, rule, factor) = match suffix {
            Suffix::Percent { factor, .. } => ("percent", "percent", factor),
            Suffix::Unit(_) => ("quantity", "quantity", 1.0),
            Suffix::Currency { factor, basis, .. } => (
                "money",
                match basis {
                    "code" => "money:code",
                    "symbol" => "money:symbol",
                    _ => "money:word",
                },
                factor,
            ),
        };
        let mut m = self.mention(start, end, kind, rule);
        match suffix {
            Suffix::Percent { points, .. } => m.q_mut().points = points,
            Suffix::Unit(u) => m.q_mut().unit = Some(u),
            Suffix::Currency { code, basis, .. } => {
                m.q_mut().currency = Some(code);
                m.q_mut().currency_basis = Some(basis);
            }
        }
        let mut end = end;
        match v2 {
            Some(v2) => {
                m.q_mut().min = Some(clean(v1 * factor));
                m.q_mut().max = Some(clean(v2 * factor));
            }
            None => {
                let mut v = v1 * factor;
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
                if let Suffix::Currency { factor: f, .. } = suffix {
                    if f == 1.0 {
                        if let Some((cents, e)) = self.cents_after(end) {
                            v += cents;
                            end = e;
                        }
                    }
                }
                m.q_mut().value = Some(to_json(v));
            }
        }
        m.span = self.span(start, end);
        m.q_mut().approximate = self.approximate(start);
        Step::Found(Box::new(m), end)
    }

    /// "50 cents" or "and 50 cents" after a money amount: the cents as a fraction of the
    /// main unit.
    fn cents_after(&self, k: usize) -> Option<(f64, usize)> {
        let j = if self.is(k, "and") { k + 1 } else { k };
        let n = self.number(j, false)?;
        if n.scale.is_some() || n.value >= 100.0 {
            return None;
        }
        if self.word_in(n.end, &["cents", "cent", "pence", "p"]) {
            return Some((n.value / 100.0, n.end + 1));
        }
        // "15 dollars 50." at the end of a clause: the cents, unnamed.
        let two_digits = !n.words && self.t(j).len() == 2;
        let closes = self.kind(n.end) != Some(Lex::Word) && !self.glued_alnum_after(n.end - 1);
        (two_digits && closes && self.kind(n.end) != Some(Lex::Num))
            .then(|| (n.value / 100.0, n.end))
    }

    /// The suffix at token `k` that gives a number its kind, and the token after it.
    fn suffix(&self, k: usize) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        // "97-metre", "12-cent", "one-yen": a hyphenated adjective.
        if is_hyphen(self.t(k)) && tok.glued && self.glued(k + 1) {
            if self.kind(k + 1) != Some(Lex::Word) {
                return None;
            }
            return self.suffix_at(k + 1, true);
        }
        self.suffix_at(k, false)
    }

    fn suffix_at(&self, k: usize, hyphenated: bool) -> Option<(Suffix, usize)> {
        let tok = *self.toks.get(k)?;
        let w = self.t(k);
        // Percent.
        if w == "%" || w == "％" {
            let mut end = k + 1;
            let points = self.word_in(end, &["points", "point", "pts"]);
            if points {
                end += 1;
            }
            return Some((
                Suffix::Percent {
                    points,
                    factor: 1.0,
                },
                end,
            ));
        }
        if tok.kind == Lex::Word {
            let mut buf = [0u8; 24];
            let lw = lower(w, &mut buf).unwrap_or("");
            match lw {
                "percent" | "percents" | "pct" | "pc" | "percentage" => {
                    if lw == "pc" && !tok.glued && !self.glued(k + 1) {
                        // "5 pc" is British per cent only when nothing else fits; keep it.
                    }
                    let mut end = k + 1;
                    let mut points = false;
                    if lw == "percentage" {
                        if self.word_in(k + 1, &["points", "point"]) {
                            points = true;
                            end += 1;
                        } else if is_hyphen(self.t(k + 1))
                            && self.glued(k + 1)
                            && self.word_in(k + 2, &["point"])
                        {
                            points = true;
                            end += 2;
                        }
                    } else if self.word_in(k + 1, &["points", "point"]) {
                        points = true;
                        end += 1;
                    }
                    return Some((
                        Suffix::Percent {
                            points,
                            factor: 1.0,
                        },
                        end,
                    ));
                }
                "per" if self.word_in(k + 1, &["cent"]) => {
                    let mut end = k + 2;
                    let points = self.word_in(end, &["points", "point"]);
                    if points {
                        end += 1;
                    }
                    return Some((
                        Suffix::Percent {
                            points,
                            factor: 1.0,
                        },
                        end,
                    ));
                }
                "pp" | "ppt" | "ppts" => {
                    return Some((
                        Suffix::Percent {
                            points: true,
                            factor: 1.0,
                        },
                        k + 1,
                    ))
                }
                "basis" if self.word_in(k + 1, &["points", "point"]) => {
                    return Some((
                        Suffix::Percent {
                            points: true,
                            factor: 0.01,
                        },
                        k + 2,
                    ))
                }
                // "a 25-basis-point cut".
                "basis" if is_hyphen(self.t(k + 1)) && self.word_in(k + 2, &["point"]) => {
                    return Some((
                        Suffix::Percent {
                            points: true,
                            factor: 0.01,
                        },
                        k + 3,
                    ))
                }
                "bps" | "bp" => {
                    return Some((
                        Suffix::Percent {
                            points: true,
                            factor: 0.01,
                        },
                        k + 1,
                    ))
                }
                // "50p": pence.
                "p" if tok.glued && !hyphenated && !self.glued_alnum_after(k) => {
                    return Some((
                        Suffix::Currency {
                            code: "GBP",
                            basis: "symbol",
                            factor: 0.01,
                        },
                        k + 1,
                    ));
                }
                _ => {}
            }
            // "pounds of" is weight.
            if (lw == "pounds" || lw == "pound") && self.is(k + 1, "of") {
                return Some((Suffix::Unit("lb"), k + 1));
            }
            if let Some(found) = self.currency_after(k) {
                return Some(found);
            }
        }
        if let Some(found) = self.unit_after(k, hyphenated) {
            return Some(found);
        }
        // A sign after the number: "10 €", "100₾", "500 kr".
        if !hyphenated {
            for len in (1..=2).rev() {
                let Some(last) = self.toks.get(k + len - 1) else {
                    continue;
                };
                if (k + 1..k + len).any(|x| !self.glued(x)) {
                    continue;
                }
                let surface = &self.text[tok.start..last.end];
                let signlike = !surface.chars().all(|c| c.is_ascii_alphabetic())
                    || matches!(surface, "kr" | "zł" | "Kč");
                if let Some(&code) = SYMBOLS.get(surface).filter(|_| signlike) {
                    if self.kind(k + len) == Some(Lex::Num) || self.glued_alnum_after(k + len - 1) {
                        continue;
                    }
                    let basis = if family_of(surface).is_some() {
                        "default"
                    } else {
                        "symbol"
                    };
                    return Some((
                        Suffix::Currency {
                            code,
                            basis,
                            factor: 1.0,
                        },
                        k + len,
                    ));
                }
            }
        }
        None
    }

    /// A currency word or code at token `k`: "yuan", "US dollars", "Hong Kong dollars",
    /// "USD", "cents", "euro cents", "MUSD".
    fn currency_after(&self, k: usize) -> Option<(Suffix, usize)> {
        let w = self.t(k);
        if let Some(code) = code_of(w, true) {
            if !self.glued_alnum_after(k) {
                // "75 USD million": the scale after the code.
                let (factor, end) = match scale(self.t(k + 1)).filter(|_| self.t(k + 1).len() > 2) {
                    Some(f) => (f, k + 2),
                    None => (1.0, k + 1),
                };
                return Some((
                    Suffix::Currency {
                        code,
                        basis: "code",
                        factor,
                    },
                    end,
                ));
            }
        }
        if let Some((code, factor)) = scaled_code(w) {
            return Some((
                Suffix::Currency {
                    code,
                    basis: "code",
                    factor,
                },
                k + 1,
            ));
        }
        // Currency words of up to four tokens, longest first ("new Israeli shekels").
        let may_be_word = may_open(&CURRENCY_FIRST, w);
        for len in (1..=4).rev().filter(|_| may_be_word) {
            let last = k + len - 1;
            if last >= self.toks.len()
                || (k..=last).any(|x| self.kind(x) == Some(Lex::Num))
                || self.glued_alnum_after(last)
            {
                continue;
            }
            let phrase = &self.text[self.toks[k].start..self.toks[last].end];
            if len > 1 && phrase.contains([',', ';', '(', ')']) {
                continue;
            }
            if let Some(code) = GAZETTEER.currency_word(phrase) {
                let key = norm_key(phrase);
                let basis = if family_of(&key).is_some() {
                    "default"
                } else {
                    "word"
                };
                return Some((
                    Suffix::Currency {
                        code,
                        basis,
                        factor: 1.0,
                    },
                    last + 1,
                ));
            }
        }
        // Minor units: "50 cents", "470 pence", "euro cents", "US cents".
        let (qualifier, unit_at) = match self.t(k) {
            "US" | "U.S." => (Some("USD"), k + 1),
            q if q.eq_ignore_ascii_case("euro") => (Some("EUR"), k + 1),
            _ => (None, k),
        };
        let mut buf = [0u8; 24];
        let uw = lower(self.t(unit_at), &mut buf).unwrap_or("");
        // "50 Cent" is a rapper: a minor unit is written in lower case.
        let capital = self.t(unit_at).starts_with(|c: char| c.is_uppercase());
        if let Some(&(_, code)) = MINOR_UNITS
            .iter()
            .find(|(s, _)| *s == uw)
            .filter(|_| !capital)
        {
            if self.glued_alnum_after(unit_at) {
                return None;
            }
            let (code, basis) = match (qualifier, code) {
                (Some(q), _) => (q, "word"),
                (None, Some(c)) => (c, "word"),
                (None, None) => ("USD", "default"),
            };
            return Some((
                Suffix::Currency {
                    code,
                    basis,
                    factor: 0.01,
                },
                unit_at + 1,
            ));
        }
        None
    }

    /// A unit of measure at token `k` ("km", "square kilometres", "°C", glued "C").
    fn unit_after(&self, k: usize, hyphenated: bool) -> Option<(Suffix, usize)> {
        if !may_open(&UNIT_FIRST, self.t(k)) {
            return None;
        }
        let units = &*UNITS;
        let mut key = String::new();
        let mut low = String::new();
        for len in (1..=4).rev() {
            let last = k + len - 1;
            if last >= self.toks.len()
                || (k..=last).any(|x| self.kind(x) == Some(Lex::Num) && (x == k || !self.glued(x)))
            {
                continue;
            }
            if self.glued_alnum_after(last) {
                continue;
            }
            key.clear();
            for x in k..=last {
                if x > k && !self.glued(x) {
                    key.push(' ');
                }
                key.push_str(self.t(x));
            }
            let found = units.exact.get(key.as_str()).or_else(|| {
                low.clear();
                low.push_str(&key);
                low.make_ascii_lowercase();
                units.lower.get(low.as_str())
            });
            if let Some(&(unit, glued_only)) = found {
                if glued_only && (hyphenated || !self.glued(k)) {
                    continue;
                }
                // A lone letter after a space is rarely a unit ("3 C", "5 m" is kept: metres).
                return Some((Suffix::Unit(unit), last + 1));
            }
        }
        None
    }

    /// A bare number at `start..end` can be a count (not a year, time, date part, age,
    /// label or list marker).
    fn count_ok(&self, start: usize, end: usize) -> bool {
        let n = self.t(end - 1);
        let first = start;
        // Years are dates ("in 2017"), unless a count noun follows ("2000 pieces").
        if n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) {
            let y: u32 = n.parse().unwrap_or(0);
            if (1000..=2199).contains(&y) && !self.word_in(end, COUNT_NOUNS) {
                return false;
            }
        }
        let prev = first.checked_sub(1);
        if let Some(p) = prev {
            let pt = self.t(p);
            // Times, dates and codes: "10:30", "3/4", "Nov. 4", "#5", "+86".
            if matches!(pt, ":" | "/" | "#" | "+" | "№" | "×") && self.glued(first) {
                return false;
            }
            if self.kind(p) == Some(Lex::Word) && is_month_word(pt) {
                return false;
            }
            if pt == "." && p > 0 && is_month_word(self.t(p - 1)) {
                return false;
            }
            // "at the age of 31".
            if pt.eq_ignore_ascii_case("of") && p > 0 && self.word_in(p - 1, &["age"]) {
                return false;
            }
            // "The England international, 24, was hurt": an age in apposition.
            if pt == ","
                && p > 0
                && self.kind(p - 1) == Some(Lex::Word)
                && self.t(end) == ","
                && self.kind(end + 1) == Some(Lex::Word)
                && n.len() == 2
                && parse_digits(n).is_some_and(|v| (16.0..=99.0).contains(&v))
            {
                return false;
            }
            // Ages: "aged 46", "age 46", "who is 14", "turned 40".
            if self.word_in(p, &["aged", "age", "ages", "turned", "turns", "turning"]) {
                return false;
            }
            if self.word_in(p, &["is", "was"])
                && p > 0
                && self.word_in(p - 1, &["who", "he", "she"])
                && !matches!(self.kind(end), Some(Lex::Word))
            {
                return false;
            }
            // Labels: "No. 10", "Article 5", "flight 370".
            if self.kind(p) == Some(Lex::Word) && {
                let mut buf = [0u8; 24];
                lower(self.t(p), &mut buf).is_some_and(|w| LABELS.contains(w))
            } {
                return false;
            }
            if pt == "."
                && p > 0
                && self.word_in(p - 1, &["no", "nos", "p", "pp", "vol", "art", "fig"])
            {
                return false;
            }
            // A capitalised word before: "Boeing 737", "Windows 10" (at the start of the
            // sentence only when it is not a common word, "About 200"; not in a title-case
            // headline).
            let opening = p == 0 || (p == 1 && self.kind(0) == Some(Lex::Punct));
            if self.is_capitalized_word(p)
                && (!opening || !STOPWORDS.contains(self.t(p).to_lowercase().as_str()))
                && !self.glued(first)
                && !self.t(p).chars().all(|c| c.is_uppercase() || c == '.')
                && !self.title_case()
            {
                return false;
            }
            // "Smith, 61, said": an age in apposition.
            if pt == "," && p > 0 && (self.is_capitalized_word(p - 1)) {
                let nv: f64 = parse_digits(n).unwrap_or(0.0);
                let after = self.t(end);
                if nv.fract() == 0.0
                    && (1.0..=120.0).contains(&nv)
                    && matches!(after, "," | ")" | ";")
                    && !n.contains(',')
                {
                    return false;
                }
            }
            // "Smith (61)"; "(212) 555-0199".
            if pt == "("
                && self.t(end) == ")"
                && ((p > 0 && self.is_capitalized_word(p - 1))
                    || self.kind(end + 1) == Some(Lex::Num))
            {
                return false;
            }
        }
        // List markers: "1." or "2)" opening the sentence.
        if first == 0 && matches!(self.t(end), "." | ")") && self.glued(end) {
            return false;
        }
        true
    }

    /// What follows a bare number lets it be a count.
    fn count_ok_after(&self, end: usize) -> bool {
        let next = self.t(end);
        if self.glued(end) {
            match self.kind(end) {
                // "5th", "1990s", "10am", "5G", "3x".
                Some(Lex::Word) | Some(Lex::Num) => return false,
                Some(Lex::Punct) => {
                    if matches!(next, ":" | "/" | "'" | "’") && self.kind(end + 1) == Some(Lex::Num)
                    {
                        return false;
                    }
                    if next == "." && self.kind(end + 1) == Some(Lex::Num) {
                        return false;
                    }
                    if is_hyphen(next) && self.glued(end + 1) {
                        // "48-year-old", "three-year"; "a 150-seat chamber" stays a count.
                        if self.kind(end + 1) == Some(Lex::Word) && is_time_unit(self.t(end + 1)) {
                            return false;
                        }
                        if self.word_in(end + 1, &["fold", "odd", "something", "strong"]) {
                            return false;
                        }
                    }
                }
                None => {}
            }
        }
        match self.kind(end) {
            Some(Lex::Word) => {
                // "7 times" is a frequency or a multiplier, not a count of things.
                if is_time_unit(next) || is_month_word(next) || self.word_in(end, &["times"]) {
                    return false;
                }
                // An address: "10 Downing Street", "1600 Pennsylvania Avenue".
                if self.is_capitalized_word(end)
                    && (end + 1..end + 4).any(|k| {
                        self.word_in(
                            k,
                            &[
                                "street",
                                "st",
                                "road",
                                "rd",
                                "avenue",
                                "ave",
                                "lane",
                                "boulevard",
                                "blvd",
                                "drive",
                                "square",
                                "place",
                                "way",
                                "terrace",
                                "crescent",
                            ],
                        )
                    })
                {
                    return false;
                }
                // Clock times and ordinals written apart: "3 p.m.", "7 o'clock".
                if self.word_in(
                    end,
                    &[
                        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet",
                        "est", "edt", "pst", "hrs", "th", "st", "nd", "rd",
                    ],
                ) {
                    return false;
                }
                if next == "o" && self.t(end + 1).starts_with(['\'', '’']) {
                    return false;
                }
                if self.word_in(end, &["of"])
                    && self.kind(end + 1) == Some(Lex::Word)
                    && is_month_word(self.t(end + 1))
                {
                    return false;
                }
                true
            }
            _ => true,
        }
    }

    /// "5th", "'s" after a money amount are fine.
    fn ordinal_or_possessive_after(&self, end: usize) -> bool {
        matches!(self.t(end), "'" | "’")
    }

    /// An approximator right before token `start`.
    fn approximate(&self, start: usize) -> bool {
        if start > 0 && matches!(self.t(start - 1), "~" | "≈") {
            return true;
        }
        // Up to four words before the amount, nearest first (a "." right before is skipped).
        let mut words = [""; 4];
        let mut n = 0;
        let mut j = start;
        while j > 0 && n < 4 {
            j -= 1;
            match self.kind(j) {
                Some(Lex::Word) => {
                    words[n] = self.t(j);
                    n += 1;
                }
                Some(Lex::Punct) if self.t(j) == "." && n == 0 => continue,
                _ => break,
            }
        }
        // An approximator's words are the last words before the amount. (They are ASCII
        // lower case: a word that does not lower-case on the stack is none of them.)
        let mut buf = [0u8; 24];
        if !lower(words[0], &mut buf).is_some_and(|w| APPROXIMATOR_LAST.contains(w)) {
            return false;
        }
        APPROXIMATOR_WORDS.iter().any(|a| {
            a.len() <= n
                && a.iter()
                    .zip(&words)
                    .all(|(aw, w)| w.eq_ignore_ascii_case(aw))
        })
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.toks[start].start, self.toks[end - 1].end)
    }

    fn mention(&self, start: usize, end: usize, kind: &'static str, rule: &'static str) -> Mention {
        let mut m = Mention::new(EntityType::Amount, self.span(start, end), rule);
        m.kind = Some(kind);
        m
    }
}

/// The ISO code written as `w` ("USD"; "usd" too when `lower_ok` and it is a major one).
fn code_of(w: &str, lower_ok: bool) -> Option<&'static str> {
    if w.len() != 3 {
        return None;
    }
    if w.bytes().all(|b| b.is_ascii_uppercase()) {
        // Codes that are also English words in a capitalised headline ("TOP 10").
        if matches!(
            w,
            "ALL"
                | "TOP"
                | "CUP"
                | "MOP"
                | "BAM"
                | "GEL"
                | "PEN"
                | "SOS"
                | "TRY"
                | "BOB"
                | "MAD"
                | "LAK"
        ) {
            return None;
        }
        return GAZETTEER.currency_code(w);
    }
    if lower_ok && LOWER_CODES.iter().any(|c| c.eq_ignore_ascii_case(w)) {
        return GAZETTEER.currency_code(&w.to_ascii_uppercase());
    }
    None
}

/// "MUSD", "MEUR" (millions), "KUSD" (thousands), as some business writing has them.
fn scaled_code(w: &str) -> Option<(&'static str, f64)> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let factor = match &w[..1] {
        "M" => 1e6,
        "K" => 1e3,
        _ => return None,
    };
    let code = GAZETTEER.currency_code(&w[1..])?;
    LOWER_CODES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(code))
        .then_some((code, factor))
}

/// The family of an ambiguous bare currency form ("$", "pesos", "Rs").
fn family_of(
    surface: &str,
) -> Option<&'static (&'static [&'static str], &'static [&'static str], bool)> {
    let lower = surface.to_lowercase();
    FAMILIES
        .iter()
        .find(|(forms, _, _)| forms.iter().any(|f| *f == lower))
}

/// True when byte `at` lies in a white-space-free chunk that is a URL, an e-mail address
/// or a query string, whose numbers are not amounts.
pub(crate) fn in_code(text: &str, at: usize) -> bool {
    let chunk = code_chunk(text.as_bytes(), at);
    // One look at each byte for a mark of code: "://", "www.", "@", "=", "?", "_", or a
    // second "%".
    let mut percents = 0;
    for (k, &c) in chunk.iter().enumerate() {
        let code = match c {
            b'@' | b'=' | b'?' | b'_' => true,
            b'%' => {
                percents += 1;
                percents > 1
            }
            b':' => chunk[k..].starts_with(b"://"),
            b'w' => chunk[k..].starts_with(b"www."),
            _ => false,
        };
        if code {
            return true;
        }
    }
    false
}

/// The white-space-free chunk of `b` around byte `at` (at most 200 bytes either side),
/// without closing punctuation: "$10?" is a question.
fn code_chunk(b: &[u8], at: usize) -> &[u8] {
    let mut s = at;
    while s > 0 && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
        if at - s > 200 {
            break;
        }
    }
    let mut e = at;
    while e < b.len() && !b[e].is_ascii_whitespace() && e - at < 200 {
        e += 1;
    }
    while e > s
        && matches!(
            b[e - 1],
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'"' | b'\''
        )
    {
        e -= 1;
    }
    &b[s..e]
}

/// Settles the currency of bare ambiguous forms (basis "default") once the whole article
/// is known. A bare `$` is US dollars unless the dateline says otherwise:
///
/// - `dateline`: the dateline's place has its own currency of the same family (SYDNEY: AUD,
///   MANILA: PHP, NAIROBI: KES) and, for `$`, "dollars", "cents" and `¥`, the dateline
///   names no wire agency and the article never writes that currency explicitly. Wire
///   copy ("SYDNEY (Reuters) —") writes a bare `$` for US dollars and marks the local one
///   ("A$"); a local paper writes its own dollar bare and marks the US one ("US$").
/// - `context`: for currency words ("pesos", "dollars", "rupees"), the article names exactly
///   one currency of the same family explicitly ("Philippine pesos", "PHP") and never the
///   default one: the bare word repeats it.
/// - `default`: otherwise the form's usual currency (`$` USD, `¥` JPY, pesos MXN, rupees
///   and Rs INR, shillings KES, francs CHF; see `data/currencies.tsv`).
///
/// Explicit forms keep their basis: `symbol` ("US$", "€", "HK$"), `code` ("USD"), `word`
/// ("yuan", "Swiss francs").
pub fn settle_currencies(text: &str, structure: &Structure, mentions: &mut [Mention]) {
    let is_default =
        |m: &Mention| m.ty == EntityType::Amount && m.q().currency_basis == Some("default");
    if !mentions.iter().any(is_default) {
        return;
    }
    let explicit: foldhash::HashSet<&'static str> = mentions
        .iter()
        .filter(|m| {
            m.ty == EntityType::Amount
                && matches!(m.q().currency_basis, Some("symbol" | "code" | "word"))
        })
        .filter_map(|m| m.q().currency)
        .collect();
    let agency = structure
        .dateline
        .is_some_and(|d| text[d.start..d.end].contains('('));
    let local = structure.dateline_place.and_then(|p| {
        let place = &text[p.start..p.end];
        place
            .split(['/', ','])
            .map(|part| part.trim().to_lowercase())
            .find_map(|part| LOCAL_CURRENCY.get(part.as_str()).copied())
    });
    for m in mentions.iter_mut().filter(|m| is_default(m)) {
        let Some(family) = mention_family(m.text(text)) else {
            continue;
        };
        let (forms, members, wire_style) = family;
        let default = members[0];
        let is_word = forms
            .iter()
            .any(|f| f.chars().all(|c| c.is_ascii_alphabetic()))
            && !m.text(text).contains(['$', '¥']);
        if is_word && !m.text(text).contains("Rs") {
            let named: Vec<&str> = members
                .iter()
                .copied()
                .filter(|c| explicit.contains(c))
                .collect();
            if named.len() == 1 && named[0] != default {
                m.q_mut().currency = Some(named[0]);
                m.q_mut().currency_basis = Some("context");
                continue;
            }
        }
        if let Some(l) = local.filter(|l| members.contains(l) && *l != default) {
            if *wire_style && (agency || explicit.contains(&l)) {
                continue;
            }
            m.q_mut().currency = Some(l);
            m.q_mut().currency_basis = Some("dateline");
        }
    }
}

/// The currency family of a money mention's text: by its sign, else by its last word.
fn mention_family(
    text: &str,
) -> Option<&'static (&'static [&'static str], &'static [&'static str], bool)> {
    if text.contains('$') {
        return family_of("$");
    }
    if text.contains('¥') {
        return family_of("¥");
    }
    if text.starts_with("Rs") {
        return family_of("rs");
    }
    if text.starts_with("kr") || text.ends_with("kr") {
        return family_of("kr");
    }
    let last = text
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?;
    family_of(last)
}

#[cfg(test)]
mod tests {
    use super::super::numbers::small_word;
    use super::*;

    /// The approximator check lower-cases the word before an amount on the stack: every
    /// approximator word must survive that.
    #[test]
    fn approximator_words_are_short_ascii_lower_case() {
        for w in APPROXIMATORS.iter().flat_map(|a| a.split(' ')) {
            let mut buf = [0u8; 24];
            assert_eq!(lower(w, &mut buf), Some(w), "{w:?}");
        }
    }

    /// The plain reading [`in_code`] must agree with: a search for each mark in turn.
    fn in_code_reference(text: &str, at: usize) -> bool {
        let chunk = code_chunk(text.as_bytes(), at);
        let has = |needle: &[u8]| chunk.windows(needle.len()).any(|w| w == needle);
        has(b"://")
            || has(b"www.")
            || [b'@', b'=', b'?', b'_'].iter().any(|c| chunk.contains(c))
            || chunk.iter().filter(|&&c| c == b'%').count() > 1
    }

    /// Chunks of words, numbers and the marks [`in_code`] looks for, now and then split by
    /// a space.
    fn code_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            8 => "[a-z0-9]{1,3}",
            2 => Just(" ".to_string()),
            1 => Just("www.".to_string()),
            1 => Just("://".to_string()),
            1 => Just(":/".to_string()),
            1 => Just("w".to_string()),
            1 => Just("%".to_string()),
            1 => "[.:/%]",
            1 => "[@=?_,$W]",
        ];
        proptest::collection::vec(piece, 1..12).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn in_code_agrees_with_the_plain_reading(text in code_like(), at in 0usize..64) {
            let at = at % text.len();
            proptest::prop_assert_eq!(in_code(&text, at), in_code_reference(&text, at));
        }
    }

    fn amounts(text: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        find(text, Span::new(0, text.len()), &mut out);
        let out = crate::resolve::resolve(text, out);
        out.iter()
            .map(|m| {
                let q = m.q();
                let v = q
                    .value
                    .as_ref()
                    .map_or_else(|| format!("{:?}-{:?}", q.min, q.max), |v| v.to_string());
                let cur = q.currency.or(q.unit).unwrap_or("");
                (
                    m.text(text).to_string(),
                    m.kind.unwrap_or("").to_string(),
                    format!("{v} {cur}").trim().to_string(),
                )
            })
            .collect()
    }

    /// The first-token filters must not turn away any listed unit or currency word, in the
    /// case it is listed in or (where it matches case-blind) in capitals.
    #[test]
    fn suffix_filters_admit_every_listed_phrase() {
        let mut toks = Vec::new();
        let scan_after = |text: &str, toks: &mut Vec<Tok>| {
            toks.clear();
            lex(text, 0, text.len(), toks);
        };
        for row in data_rows(include_str!("../../data/units.tsv")) {
            let mut cols = row.split('\t');
            let surface = cols.next().unwrap();
            let glued = cols.nth(1) == Some("glued");
            let text = if glued {
                format!("5{surface}")
            } else {
                format!("5 {surface}")
            };
            scan_after(&text, &mut toks);
            let scan = Scan {
                text: &text,
                toks: &toks,
                title_case: std::cell::OnceCell::new(),
            };
            assert!(scan.unit_after(1, false).is_some(), "{text:?}");
        }
        for (word, _) in GAZETTEER.currency_words() {
            for form in [word.to_string(), word.to_uppercase()] {
                let text = format!("5 {form}");
                scan_after(&text, &mut toks);
                let scan = Scan {
                    text: &text,
                    toks: &toks,
                    title_case: std::cell::OnceCell::new(),
                };
                assert!(scan.currency_after(1).is_some(), "{text:?}");
            }
        }
    }

    #[test]
    fn start_word_filter_admits_every_number_word() {
        for (k, w) in NUMBER_WORDS.iter().enumerate() {
            let value = if k < 20 { k } else { 10 * (k - 18) };
            assert_eq!(small_word(w), Some(value as f64), "{w}");
            for form in [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
            ] {
                assert!(START_WORDS.may_contain(&form), "{form}");
            }
        }
    }

    #[test]
    fn money_percent_counts() {
        let a = amounts(
            "It gave US$45 million and $3-5 million, 49 percent of 100,000 people, €3.2bn and 28 others.",
        );
        let got: Vec<(&str, &str, &str)> = a
            .iter()
            .map(|(t, k, v)| (t.as_str(), k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("US$45 million", "money", "45000000 USD"),
                (
                    "$3-5 million",
                    "money",
                    "Some(3000000.0)-Some(5000000.0) USD"
                ),
                ("49 percent", "percent", "49"),
                ("100,000", "count", "100000"),
                ("€3.2bn", "money", "3200000000 EUR"),
                ("28", "count", "28"),
            ]
        );
        assert!(amounts("The 48-year-old won 2-1 in 2017.").is_empty());
        assert_eq!(amounts("almost a million workers")[0].0, "a million");
        assert_eq!(amounts("a 97-metre ship")[0].0, "97-metre");
    }
}
