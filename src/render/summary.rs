//! The run's summary (`--summary`): the people, places and organizations most mentioned
//! across every input, money by currency and the dates most mentioned, each with its
//! mentions and the articles it is in.
//!
//! One pass, streaming: each article is reduced to a small [`Digest`] (its summary's groups,
//! owned) where it is analyzed, and the digests are added to a [`RunSummary`] in input
//! order; [`RunSummary::report`] gives the totals at the end.

use std::io::{self, Write};

use foldhash::HashMap;
use serde::Serialize;
use serde_json::Value;

use super::value_text;
use crate::geo::GeoRef;
use crate::model::{EntityType, Kind, Mention};
use crate::output::{group, Summary, ValueCount, ValueGroup};

/// One article's contribution to the run's summary: its groups, owned.
#[derive(Debug, Clone, Default)]
pub struct Digest {
    /// People, places and organizations: canonical name and mentions.
    names: [Vec<(String, usize)>; 3],
    /// Place mentions by country code, in order of first appearance.
    countries: Vec<(&'static str, usize)>,
    /// Money: currency, and the value's key, first text, value and mentions.
    money: Vec<(Option<&'static str>, Item)>,
    /// Calendar dates with a resolved value: the value as key, first text, value and
    /// mentions.
    dates: Vec<Item>,
}

/// A value of the digest: its key, the first mention's text, its value, its mentions.
#[derive(Debug, Clone)]
struct Item {
    key: String,
    text: String,
    value: Option<Value>,
    count: usize,
}

/// The types of names, in the order of [`Digest::names`].
/// Place mentions by country, in order of first appearance: from the places' groups.
fn countries(
    places: impl Iterator<Item = (Option<&'static str>, usize)>,
) -> Vec<(&'static str, usize)> {
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    for (cc, count) in places {
        let Some(cc) = cc else { continue };
        match out.iter_mut().find(|(c, _)| *c == cc) {
            Some(e) => e.1 += count,
            None => out.push((cc, count)),
        }
    }
    out
}

const NAMES: [EntityType; 3] = [
    EntityType::Person,
    EntityType::Place,
    EntityType::Organization,
];

impl Digest {
    /// The digest of one article's mentions, grouped as its own summary groups them.
    pub fn new(text: &str, mentions: &[Mention], geo: &[GeoRef]) -> Digest {
        let groups = group(text, mentions, geo);
        let countries = countries(
            groups
                .names(EntityType::Place)
                .iter()
                .map(|n| (n.country, n.count)),
        );
        let names = NAMES.map(|ty| {
            groups
                .names(ty)
                .iter()
                .map(|n| (n.name.to_string(), n.count))
                .collect()
        });
        let item = |v: &ValueGroup| {
            let value = v.value.map(crate::model::Value::to_json);
            Item {
                key: value
                    .as_ref()
                    .map_or_else(|| v.text.to_lowercase(), value_text),
                text: v.text.to_string(),
                value,
                count: v.count,
            }
        };
        let amounts = groups.values(EntityType::Amount);
        let money = amounts
            .iter()
            .filter(|v| v.kind == Some(Kind::Money.name()))
            .map(|v| (v.currency, item(v)))
            .collect();
        let dates = groups
            .values(EntityType::Date)
            .iter()
            .filter(|v| v.kind == Some(Kind::Date.name()))
            // Only dates the article placed in time: not an unresolved "Monday".
            .filter(|v| matches!(v.value, Some(crate::model::Value::Text(t)) if !t.contains('X')))
            .map(item)
            .collect();
        Digest {
            names,
            countries,
            money,
            dates,
        }
    }

    /// The digest of an article's [`Summary`], grouped as [`Digest::new`] groups its
    /// mentions.
    pub fn from_summary(summary: &Summary) -> Digest {
        let countries = countries(summary.places.iter().map(|n| (n.country, n.count)));
        let names = [&summary.people, &summary.places, &summary.organizations]
            .map(|list| list.iter().map(|n| (n.name.clone(), n.count)).collect());
        let item = |v: &ValueCount| Item {
            key: v
                .value
                .as_ref()
                .map_or_else(|| v.text.to_lowercase(), value_text),
            text: v.text.clone(),
            value: v.value.clone(),
            count: v.count,
        };
        let money = summary
            .amounts
            .iter()
            .filter(|v| v.kind == Some(Kind::Money.name()))
            .map(|v| (v.currency, item(v)))
            .collect();
        let dates = summary
            .dates
            .iter()
            .filter(|v| v.kind == Some(Kind::Date.name()))
            .filter(|v| matches!(&v.value, Some(Value::String(t)) if !t.contains('X')))
            .map(item)
            .collect();
        Digest {
            names,
            countries,
            money,
            dates,
        }
    }
}

/// Entries counted over the run: by key, with mentions and articles, in order of first
/// appearance.
#[derive(Debug, Clone, Default)]
struct Tally {
    index: HashMap<String, usize>,
    entries: Vec<Entry>,
}

/// One entry of a [`Tally`].
#[derive(Debug, Clone)]
struct Entry {
    text: String,
    value: Option<Value>,
    mentions: usize,
    articles: usize,
}

impl Tally {
    /// Counts `mentions` of `key` in one more article; a new entry takes `text` and
    /// `value`.
    fn add(&mut self, key: &str, text: &str, value: Option<&Value>, mentions: usize) {
        let k = match self.index.get(key) {
            Some(&k) => k,
            None => {
                self.index.insert(key.to_string(), self.entries.len());
                self.entries.push(Entry {
                    text: text.to_string(),
                    value: value.cloned(),
                    mentions: 0,
                    articles: 0,
                });
                self.entries.len() - 1
            }
        };
        self.entries[k].mentions += mentions;
        self.entries[k].articles += 1;
    }

    /// The `n` most mentioned entries: ties by articles, then by first appearance.
    fn top(&self, n: usize) -> Vec<&Entry> {
        let mut order: Vec<&Entry> = self.entries.iter().collect();
        order.sort_by_key(|e| std::cmp::Reverse((e.mentions, e.articles)));
        order.truncate(n);
        order
    }
}

/// Money of one currency over the run.
#[derive(Debug, Clone, Default)]
struct Currency {
    mentions: usize,
    articles: usize,
    values: Tally,
}

/// The run's summary, added to one article at a time.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    articles: usize,
    names: [Tally; 3],
    /// Place mentions by country code.
    countries: Tally,
    /// By currency code (`None` for money of no known currency), in order of first
    /// appearance.
    currencies: Vec<(Option<&'static str>, Currency)>,
    dates: Tally,
}

impl RunSummary {
    /// An empty summary.
    pub fn new() -> RunSummary {
        RunSummary::default()
    }

    /// Adds one article.
    pub fn add(&mut self, digest: &Digest) {
        self.articles += 1;
        for (tally, names) in self.names.iter_mut().zip(&digest.names) {
            for (name, count) in names {
                tally.add(name, name, None, *count);
            }
        }
        for (cc, count) in &digest.countries {
            self.countries.add(cc, cc, None, *count);
        }
        // The currencies this article has counted already.
        let mut seen: Vec<Option<&str>> = Vec::new();
        for (code, item) in &digest.money {
            let k = match self.currencies.iter().position(|(c, _)| c == code) {
                Some(k) => k,
                None => {
                    self.currencies.push((*code, Currency::default()));
                    self.currencies.len() - 1
                }
            };
            let currency = &mut self.currencies[k].1;
            currency.mentions += item.count;
            if !seen.contains(code) {
                seen.push(*code);
                currency.articles += 1;
            }
            let value = item.value.as_ref();
            currency
                .values
                .add(&item.key, &item.text, value, item.count);
        }
        for item in &digest.dates {
            let value = item.value.as_ref();
            self.dates.add(&item.key, &item.text, value, item.count);
        }
    }

    /// The totals: at most `top` entries a list, the most mentioned first.
    pub fn report(&self, top: usize, failed: usize) -> RunReport {
        let names = |tally: &Tally| -> Vec<NameTotal> {
            tally
                .top(top)
                .into_iter()
                .map(|e| NameTotal {
                    name: e.text.clone(),
                    mentions: e.mentions,
                    articles: e.articles,
                })
                .collect()
        };
        let values = |tally: &Tally, currency: Option<&'static str>| -> Vec<ValueTotal> {
            tally
                .top(top)
                .into_iter()
                .map(|e| ValueTotal {
                    shown: e
                        .value
                        .as_ref()
                        .and_then(|v| currency.and_then(|c| money_text(c, v))),
                    text: e.text.clone(),
                    value: e.value.clone(),
                    mentions: e.mentions,
                    articles: e.articles,
                })
                .collect()
        };
        let mut currencies: Vec<&(Option<&'static str>, Currency)> =
            self.currencies.iter().collect();
        currencies.sort_by_key(|(_, c)| std::cmp::Reverse((c.mentions, c.articles)));
        RunReport {
            articles: self.articles,
            failed,
            people: names(&self.names[0]),
            places: names(&self.names[1]),
            countries: names(&self.countries),
            organizations: names(&self.names[2]),
            money: currencies
                .into_iter()
                .take(top)
                .map(|(code, c)| CurrencyTotal {
                    currency: *code,
                    mentions: c.mentions,
                    articles: c.articles,
                    top: values(&c.values, *code),
                })
                .collect(),
            dates: values(&self.dates, None),
        }
    }
}

/// The run's totals, as `--summary` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    /// Articles analyzed.
    pub articles: usize,
    /// Inputs that failed (not counted in `articles`).
    pub failed: usize,
    /// People, the most mentioned first.
    pub people: Vec<NameTotal>,
    /// Places.
    pub places: Vec<NameTotal>,
    /// Place mentions by country (ISO 3166-1 alpha-2 code), the most mentioned first.
    pub countries: Vec<NameTotal>,
    /// Organizations.
    pub organizations: Vec<NameTotal>,
    /// Money by currency, the most mentioned currency first.
    pub money: Vec<CurrencyTotal>,
    /// Calendar dates by value.
    pub dates: Vec<ValueTotal>,
}

/// A name over the run.
#[derive(Debug, Clone, Serialize)]
pub struct NameTotal {
    /// The canonical name.
    pub name: String,
    /// Mentions in all articles.
    pub mentions: usize,
    /// Articles that mention it.
    pub articles: usize,
}

/// Money of one currency over the run.
#[derive(Debug, Clone, Serialize)]
pub struct CurrencyTotal {
    /// ISO 4217 code, or null for money of no known currency.
    pub currency: Option<&'static str>,
    /// Mentions of money in this currency.
    pub mentions: usize,
    /// Articles that mention it.
    pub articles: usize,
    /// Its values, the most mentioned first.
    pub top: Vec<ValueTotal>,
}

/// An amount or a date over the run.
#[derive(Debug, Clone, Serialize)]
pub struct ValueTotal {
    /// The first mention's text.
    pub text: String,
    /// The normalized value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Money: the value written short ("$1.13bn").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
    /// Mentions in all articles.
    pub mentions: usize,
    /// Articles that mention it.
    pub articles: usize,
}

/// A sum of money written short: its currency's symbol or code, and the number with at
/// most three significant digits and a scale ("$1.13bn", "€450m", "KES 12,500"); a range
/// as two amounts ("$3m-$5m").
pub fn money_text(currency: &str, value: &Value) -> Option<String> {
    let symbol = match currency {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        _ => "",
    };
    let one = |x: f64| {
        let number = short_number(x);
        if symbol.is_empty() {
            format!("{currency} {number}")
        } else {
            format!("{symbol}{number}")
        }
    };
    match value {
        Value::Number(n) => n.as_f64().map(one),
        Value::Object(o) => {
            let min = o.get("min")?.as_f64()?;
            let max = o.get("max")?.as_f64()?;
            Some(format!("{}-{}", one(min), one(max)))
        }
        _ => None,
    }
}

/// A number written short: "1.13bn", "450m", "12,500", "0.5".
pub fn short_number(x: f64) -> String {
    let scaled = |v: f64, suffix: &str| {
        let digits = if v >= 100.0 {
            0
        } else if v >= 10.0 {
            1
        } else {
            2
        };
        let s = format!("{v:.digits$}");
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        };
        format!("{s}{suffix}")
    };
    let a = x.abs();
    if a >= 1e12 {
        scaled(x / 1e12, "tn")
    } else if a >= 1e9 {
        scaled(x / 1e9, "bn")
    } else if a >= 1e6 {
        scaled(x / 1e6, "m")
    } else if x.fract() == 0.0 {
        grouped(x as i64)
    } else {
        super::number_text(x)
    }
}

/// An integer with thousands separated by commas ("12,500").
fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Writes the report as a table for a terminal: a heading per list, then one line an
/// entry with its mentions and articles.
pub fn write_table(out: &mut dyn Write, report: &RunReport) -> io::Result<()> {
    let failed = if report.failed > 0 {
        format!(", {} failed", report.failed)
    } else {
        String::new()
    };
    let s = if report.articles == 1 { "" } else { "s" };
    writeln!(out, "{} article{s}{failed}", report.articles)?;
    let lists: [(&str, Vec<Row>); 4] = [
        ("people", &report.people),
        ("places", &report.places),
        ("places by country", &report.countries),
        ("organizations", &report.organizations),
    ]
    .map(|(title, list)| {
        let rows = list
            .iter()
            .map(|n| (n.name.clone(), n.mentions, n.articles))
            .collect();
        (title, rows)
    });
    let value_row = |v: &ValueTotal| {
        let label = v
            .shown
            .clone()
            .or_else(|| v.value.as_ref().map(value_text))
            .unwrap_or_else(|| v.text.clone());
        (label, v.mentions, v.articles)
    };
    let mut money = Vec::new();
    for c in &report.money {
        money.push((
            c.currency.unwrap_or("?").to_string(),
            c.mentions,
            c.articles,
        ));
        for v in &c.top {
            let (label, m, a) = value_row(v);
            money.push((format!("  {label}"), m, a));
        }
    }
    let dates = report.dates.iter().map(value_row).collect();
    let sections: Vec<(&str, Vec<Row>)> = lists
        .into_iter()
        .chain([("money by currency", money), ("dates", dates)])
        .collect();
    // One width for every list, so that the counts line up down the table.
    let width = sections
        .iter()
        .flat_map(|(title, rows)| {
            let labels = rows.iter().map(|(l, ..)| l.chars().count().min(LABEL));
            labels.chain([title.len()])
        })
        .max()
        .unwrap_or(0);
    for (title, rows) in &sections {
        writeln!(out)?;
        write_rows(out, title, rows, width)?;
    }
    Ok(())
}

/// A line of the table: its label, mentions and articles.
type Row = (String, usize, usize);

/// The widest label a table line shows; longer ones end in "…".
const LABEL: usize = 40;

/// One list of the table: its title over the counts' headings, then its rows, the labels
/// `width` characters wide.
fn write_rows(out: &mut dyn Write, title: &str, rows: &[Row], width: usize) -> io::Result<()> {
    writeln!(
        out,
        "{:width$}  {:>8}  {:>8}",
        title.to_uppercase(),
        "mentions",
        "articles"
    )?;
    if rows.is_empty() {
        return writeln!(out, "  (none)");
    }
    for (label, mentions, articles) in rows {
        let shown: String = if label.chars().count() > LABEL {
            label.chars().take(LABEL - 1).chain(['…']).collect()
        } else {
            label.clone()
        };
        let pad = width - shown.chars().count();
        writeln!(out, "{shown}{:pad$}  {mentions:>8}  {articles:>8}", "")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A digest made from an article's summary is the one made from its mentions.
    #[test]
    fn digests_of_mentions_and_of_summaries_agree() {
        let text = "Maria Santos paid $3 million in Lisbon on March 3, 2026. Santos said \
                    Lisbon paid $3 million on Monday and another $2m last year.";
        let analyzer = crate::Analyzer::default();
        let found = analyzer.find(text, None);
        let a = analyzer.analyze(text);
        let (one, two) = (
            Digest::new(text, &found.mentions, &found.geo),
            Digest::from_summary(&a.summary),
        );
        assert_eq!(format!("{one:?}"), format!("{two:?}"));
        assert!(!one.money.is_empty() && !one.dates.is_empty());
    }

    #[test]
    fn money_is_written_short() {
        assert_eq!(money_text("USD", &json!(1_130_000_000)).unwrap(), "$1.13bn");
        assert_eq!(money_text("EUR", &json!(450_000_000)).unwrap(), "€450m");
        assert_eq!(money_text("KES", &json!(12_500)).unwrap(), "KES 12,500");
        assert_eq!(money_text("GBP", &json!(2.5)).unwrap(), "£2.5");
        assert_eq!(money_text("USD", &json!(3e12)).unwrap(), "$3tn");
        assert_eq!(
            money_text("USD", &json!({"min": 3e6, "max": 5e6})).unwrap(),
            "$3m-$5m"
        );
        assert_eq!(short_number(-1234.0), "-1,234");
        assert_eq!(short_number(10_500_000.0), "10.5m");
    }
}
