//! Amounts: money, percentages, quantities with units, and counts, each with its value
//! (scale applied) and, for money, an ISO 4217 currency.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::numbers::{parse_number, scale, to_json, DIGITS, SCALES, WORDS};
use super::Mention;
use crate::gazetteer::GAZETTEER;
use crate::segment::Span;
use crate::EntityType;

/// Units of measure for quantities: (regex alternative, unit as output).
const UNITS: &[(&str, &str)] = &[
    (
        r"square\s+kilometres|square\s+kilometers|sq\s+km|km2|km²",
        "km2",
    ),
    (r"square\s+miles|sq\s+miles", "sq mi"),
    (r"square\s+metres|square\s+meters|sq\s+m|m2|m²", "m2"),
    (r"square\s+feet|sq\s+ft", "sq ft"),
    (r"cubic\s+metres|cubic\s+meters|m3|m³", "m3"),
    (r"kilometres|kilometers|kilometre|kilometer|km", "km"),
    (r"miles|mile", "mi"),
    (r"metres|meters|metre|meter", "m"),
    (r"centimetres|centimeters|centimetre|centimeter|cm", "cm"),
    (r"millimetres|millimeters|millimetre|millimeter|mm", "mm"),
    (r"feet|foot|ft", "ft"),
    (r"inches|inch", "in"),
    (r"kilograms|kilogram|kilos|kg", "kg"),
    (r"grams|gram", "g"),
    (r"pounds\s+of", "lb"),
    (r"lbs|lb", "lb"),
    (r"metric\s+tons|tonnes|tonne|tons|ton", "t"),
    (r"barrels\s+per\s+day|barrels\s+a\s+day|bpd", "bbl/d"),
    (r"barrels|barrel", "bbl"),
    (r"hectares|hectare|ha", "ha"),
    (r"acres|acre", "acre"),
    (r"litres|liters|litre|liter", "l"),
    (r"gallons|gallon", "gal"),
    (r"megawatts|megawatt|MW", "MW"),
    (r"gigawatts|gigawatt|GW", "GW"),
    (r"kilowatts|kilowatt|kW", "kW"),
    (r"kilowatt-hours|kWh", "kWh"),
    (r"megawatt-hours|MWh", "MWh"),
    (r"gigawatt-hours|GWh", "GWh"),
    (r"terawatt-hours|TWh", "TWh"),
    (r"°C|degrees\s+Celsius|degrees\s+centigrade|C\b", "C"),
    (r"°F|degrees\s+Fahrenheit", "F"),
    (r"mph|miles\s+per\s+hour", "mph"),
    (
        r"km/h|kph|kilometres\s+per\s+hour|kilometers\s+per\s+hour",
        "km/h",
    ),
    (r"knots", "kn"),
    (r"megabytes|MB", "MB"),
    (r"gigabytes|GB", "GB"),
    (r"terabytes|TB", "TB"),
];

/// Words before an amount that make it approximate; they stay outside the span.
const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "some",
    "over",
    "more than",
    "less than",
    "fewer than",
    "up to",
    "as many as",
    "as much as",
    "at least",
    "close to",
    "an estimated",
    "just over",
    "just under",
    "under",
    "estimated",
    "circa",
];

struct Patterns {
    money_symbol: Regex,
    money_code: Regex,
    money_word: Regex,
    percent: Regex,
    quantity: Regex,
    count: Regex,
    units: Vec<(Regex, &'static str)>,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let symbols: Vec<String> = GAZETTEER
        .currency_symbols()
        .iter()
        .map(|(s, _)| regex::escape(s))
        .collect();
    let sym = symbols.join("|");
    let mut words: Vec<&str> = GAZETTEER.currency_words().map(|(w, _)| w).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let words: Vec<String> = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    let curword = words.join("|");
    let num = format!(r"(?:{DIGITS})");
    let anynum = format!(r"(?:{DIGITS}|(?i:{WORDS}))");
    let sc = format!(r"(?:(?i:{SCALES})\b\.?)");
    let units: Vec<&str> = UNITS.iter().map(|(r, _)| *r).collect();
    let unit_alt = units.join("|");
    let build = |s: String| Regex::new(&s).expect("amount pattern");
    Patterns {
        money_symbol: build(format!(
            r"(?P<sym>{sym})\s?(?P<n1>{num})(?:\s?(?P<s1>{sc}))?(?:\s?(?:-|–|to)\s?(?P<n2>{num})(?:\s?(?P<s2>{sc}))?)?"
        )),
        money_code: build(format!(
            r"\b(?P<code>[A-Z]{{3}})\s?(?P<n1>{num})(?:\s?(?P<s1>{sc}))?"
        )),
        money_word: build(format!(
            r"(?P<n1>{anynum})(?:\s?(?:-|–|to)\s?(?P<n2>{num}))?(?:\s?(?P<s1>{sc}))?\s+(?P<cur>(?i:{curword})|[A-Z]{{3}})\b"
        )),
        percent: build(format!(
            r"(?P<n1>{anynum})(?:\s?(?:-|–|to|and)\s?(?P<n2>{num}))?\s?(?P<pct>%|(?i:percent|per\s+cent|pct)\b|(?i:percentage\s+points?)\b)"
        )),
        quantity: build(format!(
            r"(?P<n1>{num})(?:\s?(?:-|–|to)\s?(?P<n2>{num}))?(?:\s?|-)(?P<unit>{unit_alt})\b"
        )),
        count: build(format!(
            r"(?P<n1>{num})(?:\s(?P<s1>{sc}))?|(?P<w1>(?i:{WORDS}))\s(?P<s2>{sc})"
        )),
        units: UNITS
            .iter()
            .map(|(r, u)| (Regex::new(&format!(r"^(?:{r})$")).expect("unit"), *u))
            .collect(),
    }
});

/// Adds the amounts of one sentence to `out`.
pub fn find(text: &str, sentence: Span, out: &mut Vec<Mention>) {
    let s = &text[sentence.start..sentence.end];
    if !s.bytes().any(|b| b.is_ascii_digit())
        && !s.contains(" million")
        && !s.contains(" billion")
        && !s.contains(" trillion")
    {
        return;
    }
    let p = &*PATTERNS;
    let base = sentence.start;
    let mut found: Vec<Mention> = Vec::new();
    for c in p.money_symbol.captures_iter(s) {
        let sym = &c["sym"];
        let code = GAZETTEER
            .currency_symbols()
            .iter()
            .find(|(s, _)| *s == sym)
            .map(|(_, c)| *c);
        if let Some(m) = money(
            s,
            base,
            &c,
            code,
            if sym == "$" { "default" } else { "symbol" },
        ) {
            found.push(m);
        }
    }
    for c in p.money_code.captures_iter(s) {
        if GAZETTEER.is_currency_code(&c["code"]) {
            let code = GAZETTEER.currency_code(&c["code"]);
            if let Some(m) = money(s, base, &c, code, "code") {
                found.push(m);
            }
        }
    }
    for c in p.money_word.captures_iter(s) {
        let cur = &c["cur"];
        let code = if cur.len() == 3 && cur.chars().all(|ch| ch.is_ascii_uppercase()) {
            GAZETTEER.currency_code(cur)
        } else {
            GAZETTEER.currency_word(cur)
        };
        if code.is_none() {
            continue;
        }
        let word_number = !c["n1"].starts_with(|ch: char| ch.is_ascii_digit() || ch == '.');
        if word_number && parse_number(&c["n1"]).is_none() {
            continue;
        }
        if let Some(m) = money(
            s,
            base,
            &c,
            code,
            if cur.len() == 3 { "code" } else { "word" },
        ) {
            found.push(m);
        }
    }
    for c in p.percent.captures_iter(s) {
        let Some(n1) = parse_number(&c["n1"]) else {
            continue;
        };
        let whole = c.get(0).expect("match");
        // "between 10 and 12 percent" is a range; "10 and 12 percent" elsewhere is not.
        let joiner_and = c.name("n2").is_some()
            && s[c["n1"].len() + whole.start()..]
                .trim_start()
                .starts_with("and");
        if joiner_and
            && !s[..whole.start()]
                .trim_end()
                .to_ascii_lowercase()
                .ends_with("between")
        {
            continue;
        }
        let mut m = Mention::new(
            EntityType::Amount,
            span(base, whole.start(), whole.end()),
            "percent",
        );
        m.kind = Some("percent");
        m.points = c["pct"].to_ascii_lowercase().contains("point");
        set_value(
            &mut m,
            n1,
            c.name("n2").and_then(|n| parse_number(n.as_str())),
            1.0,
        );
        if boundary_ok(s, whole.start(), whole.end()) {
            found.push(approx(s, whole.start(), m));
        }
    }
    for c in p.quantity.captures_iter(s) {
        let whole = c.get(0).expect("match");
        let unit_text = &c["unit"];
        let Some(unit) = p
            .units
            .iter()
            .find(|(r, _)| r.is_match(unit_text))
            .map(|(_, u)| *u)
        else {
            continue;
        };
        // A lone "C" is a unit only right after the number ("30C"), never in "3 C".
        if unit == "C" && unit_text == "C" && s[..whole.end() - 1].ends_with(' ') {
            continue;
        }
        let Some(n1) = parse_number(&c["n1"]) else {
            continue;
        };
        if !boundary_ok(s, whole.start(), whole.end()) {
            continue;
        }
        let mut m = Mention::new(
            EntityType::Amount,
            span(base, whole.start(), whole.end()),
            "quantity",
        );
        m.kind = Some("quantity");
        m.unit = Some(unit);
        set_value(
            &mut m,
            n1,
            c.name("n2").and_then(|n| parse_number(n.as_str())),
            1.0,
        );
        found.push(approx(s, whole.start(), m));
    }
    for c in p.count.captures_iter(s) {
        let whole = c.get(0).expect("match");
        let (n, sc) = match (c.name("n1"), c.name("w1")) {
            (Some(n), _) => (n.as_str(), c.name("s1")),
            (None, Some(w)) => (w.as_str(), c.name("s2")),
            _ => continue,
        };
        let Some(v) = parse_number(n) else { continue };
        if sc.is_none() && !count_ok(s, whole.start(), whole.end()) {
            continue;
        }
        if !boundary_ok(s, whole.start(), whole.end()) {
            continue;
        }
        // "m" and "k" after a bare number are too often something else ("5 m", "10k run").
        let factor = match sc.map(|m| m.as_str().trim_end_matches('.')) {
            Some(w) if w.len() <= 2 => continue,
            Some(w) => scale(w).unwrap_or(1.0),
            None => 1.0,
        };
        let mut m = Mention::new(
            EntityType::Amount,
            span(base, whole.start(), whole.end()),
            "count",
        );
        m.kind = Some("count");
        m.value = Some(to_json(v * factor));
        found.push(approx(s, whole.start(), m));
    }
    out.extend(found);
}

fn span(base: usize, start: usize, end: usize) -> Span {
    Span::new(base + start, base + end)
}

/// Builds a money mention from a match with groups n1, optional s1, n2, s2.
fn money(
    s: &str,
    base: usize,
    c: &Captures,
    code: Option<&'static str>,
    basis: &'static str,
) -> Option<Mention> {
    let whole = c.get(0)?;
    if !boundary_ok(s, whole.start(), whole.end()) {
        return None;
    }
    let n1 = parse_number(&c["n1"])?;
    let s1 = c
        .name("s1")
        .and_then(|m| scale(m.as_str().trim_end_matches('.')));
    let n2 = c.name("n2").and_then(|m| parse_number(m.as_str()));
    let s2 = c
        .name("s2")
        .and_then(|m| scale(m.as_str().trim_end_matches('.')));
    let mut m = Mention::new(
        EntityType::Amount,
        span(base, whole.start(), whole.end()),
        "money",
    );
    m.kind = Some("money");
    m.currency = code;
    m.currency_basis = Some(basis);
    match n2 {
        // "$3-5 million": the scale of the second end applies to both.
        Some(n2) => {
            let f2 = s2.or(s1).unwrap_or(1.0);
            let f1 = s1.unwrap_or(f2);
            m.min = Some(super::numbers::clean(n1 * f1));
            m.max = Some(super::numbers::clean(n2 * f2));
        }
        None => m.value = Some(to_json(n1 * s1.unwrap_or(1.0))),
    }
    Some(approx(s, whole.start(), m))
}

fn set_value(m: &mut Mention, n1: f64, n2: Option<f64>, factor: f64) {
    match n2 {
        Some(n2) => {
            m.min = Some(super::numbers::clean(n1 * factor));
            m.max = Some(super::numbers::clean(n2 * factor));
        }
        None => m.value = Some(to_json(n1 * factor)),
    }
}

/// Marks the mention approximate when an approximator stands right before `start`.
fn approx(s: &str, start: usize, mut m: Mention) -> Mention {
    let before = s[..start].trim_end().to_ascii_lowercase();
    m.approximate = APPROXIMATORS.iter().any(|a| {
        before.ends_with(a)
            && before[..before.len() - a.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    });
    m
}

/// The match is not glued to a word or number on either side ("G7", "A320", "3.5.1").
fn boundary_ok(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let glued_before = before.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let glued_after = after.is_some_and(|c| c.is_alphanumeric() || c == '_');
    !glued_before && !glued_after
}

/// Whether a bare number is a count: not a year, age, score, time, list number or part of a
/// code.
fn count_ok(s: &str, start: usize, end: usize) -> bool {
    let n = &s[start..end];
    let before = s[..start].chars().next_back();
    let after = &s[end..];
    let after_c = after.chars().next();
    // Years are dates ("in 2017"), not counts.
    if n.len() == 4 && !n.contains(',') && (n.starts_with("19") || n.starts_with("20")) {
        return false;
    }
    // Scores, ranges of dates, phone numbers, times, versions, fractions.
    if matches!(
        before,
        Some('-' | '–' | ':' | '/' | '.' | '#' | '+' | '$' | '€' | '£' | '¥')
    ) || matches!(after_c, Some(':' | '/'))
        || (matches!(after_c, Some('-' | '–'))
            && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    // Ages: "48-year-old", "aged 46".
    let lower_after = after.to_ascii_lowercase();
    if lower_after.starts_with("-year")
        || lower_after.starts_with(" year-old")
        || lower_after.starts_with(" years old")
    {
        return false;
    }
    let lower_before = s[..start].to_ascii_lowercase();
    if lower_before.ends_with("aged ")
        || lower_before.ends_with("age ")
        || lower_before.ends_with("no. ")
    {
        return false;
    }
    // List markers: "1." or "2)" opening the sentence.
    if s[..start].trim().is_empty() && matches!(after_c, Some('.' | ')')) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(text: &str) -> Vec<(String, Option<&'static str>, String)> {
        let mut out = Vec::new();
        find(text, Span::new(0, text.len()), &mut out);
        let mut out = crate::resolve::resolve(text, out);
        out.sort_by_key(|m| m.span.start);
        out.iter()
            .map(|m| {
                let v = m
                    .value
                    .as_ref()
                    .map_or_else(|| format!("{:?}-{:?}", m.min, m.max), |v| v.to_string());
                (
                    m.text(text).to_string(),
                    m.kind,
                    format!(
                        "{v}{}",
                        m.currency.map(|c| format!(" {c}")).unwrap_or_default()
                    ),
                )
            })
            .collect()
    }

    #[test]
    fn money_percent_counts() {
        let a = amounts("It gave US$45 million and $3-5 million, 49 percent of 100,000 people, €3.2bn and 28 others.");
        let want = [
            ("US$45 million", "money", "45000000 USD"),
            (
                "$3-5 million",
                "money",
                "Some(3000000.0)-Some(5000000.0) USD",
            ),
            ("49 percent", "percent", "49"),
            ("100,000", "count", "100000"),
            ("€3.2bn", "money", "3200000000 EUR"),
            ("28", "count", "28"),
        ];
        let got: Vec<(&str, &str, &str)> = a
            .iter()
            .map(|(t, k, v)| (t.as_str(), k.unwrap_or(""), v.as_str()))
            .collect();
        assert_eq!(got, want);
        assert!(amounts("The 48-year-old won 2-1 in 2017.").is_empty());
        assert_eq!(amounts("almost a million workers")[0].0, "a million");
        assert_eq!(amounts("a 97-metre ship")[0].0, "97-metre");
    }
}
