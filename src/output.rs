//! The output contract (version 1): the serde types printed as JSON, built from the
//! pipeline's byte spans with code point offsets.
//!
//! Offsets (`start`, `end`) are Unicode code point offsets into the input text as read (a
//! leading byte-order mark removed), `end` exclusive, so that `text[start:end] == text` in
//! Python. Fields that do not apply are omitted; consumers must ignore fields they do not
//! know, as later versions may add some. The README shows a full example and
//! `schema/lede.schema.json` is the JSON Schema.

use std::borrow::Cow;

use foldhash::HashMap;

use serde::Serialize;
use serde_json::Value;

use crate::calendar::Date;
use crate::input::{char_at, CharOffsets};
use crate::model::EntityType;
use crate::model::Span;
use crate::model::{self, Kind, Mention, Quantity};
use crate::quotes::Quote;
use crate::segment::Structure;
use crate::swar::{self, byte_range, HIGH_BITS, LOW_BITS};

/// The JSON Schema of the output (`lede --schema`).
pub const JSON_SCHEMA: &str = include_str!("../schema/lede.schema.json");

/// The version of the output format.
pub const FORMAT_VERSION: u32 = 1;

/// The analysis of one text.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// The input's path, or "-" for standard input; set by the caller.
    pub source: Option<String>,
    /// The input's identifier from a JSON Lines batch; set by the caller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Value>,
    /// The output format's version.
    pub version: u32,
    /// The date that relative dates were resolved against, and where it came from.
    pub reference_date: Option<ReferenceDate>,
    /// The headline.
    pub title: Option<TextSpan>,
    /// The standfirst under the headline.
    pub subtitle: Option<TextSpan>,
    /// The byline's names ("Maria Santos").
    pub byline: Option<TextSpan>,
    /// The dateline ("NAIROBI, March 3, 2026 (Reuters) —").
    pub dateline: Option<TextSpan>,
    /// Counts.
    pub stats: Stats,
    /// Paragraphs, in order.
    pub paragraphs: Vec<Range>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Every entity mention, in text order.
    pub entities: Vec<Entity>,
    /// Every direct quotation, in text order, with its speaker.
    pub quotes: Vec<QuoteOut>,
    /// Entities grouped and counted.
    pub summary: Summary,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// The article's own dateline.
    Dateline,
    /// The `--date` option (or a batch line's `date`).
    Option,
}

/// The reference date with its source.
#[derive(Debug, Clone, Serialize)]
pub struct ReferenceDate {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// `dateline` or `option`.
    pub source: DateSource,
}

/// A stretch of text with its offsets.
#[derive(Debug, Clone, Serialize)]
pub struct TextSpan {
    /// The text.
    pub text: String,
    /// Code point offset of its start.
    pub start: usize,
    /// Code point offset of its end (exclusive).
    pub end: usize,
}

/// Offsets only.
#[derive(Debug, Clone, Serialize)]
pub struct Range {
    /// Code point offset of the start.
    pub start: usize,
    /// Code point offset of the end (exclusive).
    pub end: usize,
}

/// Counts of the text.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Unicode code points.
    pub characters: usize,
    /// Words: runs of letters and digits, with inner apostrophes, hyphens and periods
    /// ("don't", "Kuala Lumpur-based", "3.5" are one word each).
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
}

/// One sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    /// Position among the sentences, from 0.
    pub index: usize,
    /// Code point offset of the start.
    pub start: usize,
    /// Code point offset of the end (exclusive).
    pub end: usize,
    /// The sentence's text.
    pub text: String,
}

/// One entity mention.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// person, place, organization, amount or date.
    #[serde(rename = "type")]
    pub ty: EntityType,
    /// The mention as written.
    pub text: String,
    /// Code point offset of the start.
    pub start: usize,
    /// Code point offset of the end (exclusive).
    pub end: usize,
    /// Index of the sentence that holds it.
    pub sentence: usize,
    /// Names: the fullest name of the same entity in the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Amounts: money, percent, quantity, count. Dates: date, time, duration, set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// Amounts: the number, scale applied. Dates: ISO 8601 / TIMEX3 value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Ranges: the lower end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Ranges: the upper end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Money: ISO 4217 code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// Quantities: the unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// Amounts: an approximator ("about", "almost") stood before it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// Percentages: percentage points.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub points: bool,
    /// With `--explain`: the rule or list that found it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// One direct quotation.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteOut {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Code point offset of the start.
    pub start: usize,
    /// Code point offset of the end (exclusive).
    pub end: usize,
    /// The speaker's canonical name, an anonymous source as written, or null.
    pub speaker: Option<String>,
    /// Where the text names the speaker (code points), or null.
    pub speaker_start: Option<usize>,
    /// End of the speaker's mention (exclusive), or null.
    pub speaker_end: Option<usize>,
    /// All speakers, when the words are attributed to several.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<String>,
}

/// Entities grouped by type and counted.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Summary {
    /// People, most mentioned first.
    pub people: Vec<NameCount>,
    /// Places.
    pub places: Vec<NameCount>,
    /// Organizations.
    pub organizations: Vec<NameCount>,
    /// Amounts, grouped by value.
    pub amounts: Vec<ValueCount>,
    /// Dates, grouped by value.
    pub dates: Vec<ValueCount>,
}

/// A named entity and how often the article mentions it.
#[derive(Debug, Clone, Serialize)]
pub struct NameCount {
    /// The canonical name.
    pub name: String,
    /// Mentions.
    pub count: usize,
    /// Other ways the article writes it, in order of appearance.
    pub aliases: Vec<String>,
}

/// An amount or date and how often it appears.
#[derive(Debug, Clone, Serialize)]
pub struct ValueCount {
    /// The first mention's text.
    pub text: String,
    /// The kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The normalized value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Money: ISO 4217 code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// Mentions.
    pub count: usize,
}

/// What the pipeline found in one text, in byte spans, before conversion to the output:
/// small beside the text, which the output's strings are slices of.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Paragraphs.
    pub paragraphs: Vec<Span>,
    /// Sentences.
    pub sentences: Vec<Span>,
    /// Title, subtitle, byline, dateline.
    pub structure: Structure,
    /// Resolved entity mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// The reference date and where it came from.
    pub reference: Option<(Date, DateSource)>,
}

/// One entity mention as the output shows it, borrowed from the text and the mention.
#[derive(Debug, Clone, Copy)]
pub struct EntityRef<'a> {
    /// The type.
    pub ty: EntityType,
    /// The mention as written.
    pub text: &'a str,
    /// Code point offset of the start.
    pub start: usize,
    /// Code point offset of the end (exclusive).
    pub end: usize,
    /// Index of the sentence that holds it.
    pub sentence: usize,
    /// Names: the fullest name of the same entity.
    pub canonical: Option<&'a str>,
    /// Amounts and dates: the kind.
    pub kind: Option<&'static str>,
    /// Value, range, currency, unit and flags (all empty for a name).
    pub quantity: &'a Quantity,
    /// With `--explain`: the rule or list that found it.
    pub rule: Option<&'static str>,
}

impl EntityRef<'_> {
    /// The `rule` field: the rule, and for money how its currency was decided.
    pub fn rule_text(&self) -> Option<Cow<'static, str>> {
        let rule = self.rule?;
        Some(match self.quantity.currency_basis {
            Some(b) => Cow::Owned(format!("{rule} (currency: {})", b.name())),
            None => Cow::Borrowed(rule),
        })
    }
}

impl From<EntityRef<'_>> for Entity {
    fn from(e: EntityRef<'_>) -> Self {
        let q = e.quantity;
        Entity {
            ty: e.ty,
            text: e.text.to_string(),
            start: e.start,
            end: e.end,
            sentence: e.sentence,
            canonical: e.canonical.map(str::to_string),
            kind: e.kind,
            value: q.single().map(model::Value::to_json),
            min: q.range().map(|r| r.0),
            max: q.range().map(|r| r.1),
            currency: q.currency,
            unit: q.unit,
            approximate: q.approximate,
            points: q.points,
            rule: e.rule_text().map(Cow::into_owned),
        }
    }
}

/// The entities of `found` as the output shows them, in text order.
pub fn entity_refs<'a>(
    text: &'a str,
    found: &'a Findings,
    offsets: &'a CharOffsets,
    explain: bool,
) -> impl Iterator<Item = EntityRef<'a>> + 'a {
    let mut refs = EntityRefs::new(text, found, offsets, explain);
    found.mentions.iter().map(move |m| refs.get(m))
}

/// Turns the mentions of one text into [`EntityRef`]s, asked in text order.
pub(crate) struct EntityRefs<'a> {
    text: &'a str,
    sentences: &'a [Span],
    offsets: &'a CharOffsets<'a>,
    explain: bool,
    /// The sentence of the mention before: mentions in text order move it forward only.
    sentence: usize,
}

impl<'a> EntityRefs<'a> {
    /// Prepares the entities of `found`, a finding in `text`.
    pub(crate) fn new(
        text: &'a str,
        found: &'a Findings,
        offsets: &'a CharOffsets,
        explain: bool,
    ) -> Self {
        EntityRefs {
            text,
            sentences: &found.sentences,
            offsets,
            explain,
            sentence: 0,
        }
    }

    /// The entity of mention `m`.
    #[inline(always)]
    pub(crate) fn get(&mut self, m: &'a Mention) -> EntityRef<'a> {
        let (text, sentences) = (self.text, self.sentences);
        let at = m.span.start;
        if sentences.get(self.sentence).is_some_and(|s| s.start > at) {
            self.sentence = sentences
                .partition_point(|s| s.start <= at)
                .saturating_sub(1);
        }
        while sentences
            .get(self.sentence + 1)
            .is_some_and(|s| s.start <= at)
        {
            self.sentence += 1;
        }
        EntityRef {
            ty: m.ty,
            text: &text[m.span.start..m.span.end],
            start: self.offsets.to_char(m.span.start),
            end: self.offsets.to_char(m.span.end),
            sentence: self.sentence,
            // A name without a canonical name is its own.
            canonical: m.canonical.as_deref().or_else(|| {
                matches!(
                    m.ty,
                    EntityType::Person | EntityType::Place | EntityType::Organization
                )
                .then(|| m.text(text))
            }),
            kind: m.kind.map(Kind::name),
            quantity: m.q(),
            rule: self.explain.then(|| m.rule.name()),
        }
    }
}

/// Builds the output from the pipeline's results.
pub fn build(text: &str, found: Findings, explain: bool) -> Analysis {
    let offsets = CharOffsets::new(text);
    let text_span = |s: Option<Span>| {
        s.map(|s| TextSpan {
            text: text[s.start..s.end].to_string(),
            start: offsets.to_char(s.start),
            end: offsets.to_char(s.end),
        })
    };
    let entities: Vec<Entity> = entity_refs(text, &found, &offsets, explain)
        .map(Entity::from)
        .collect();
    let summary = summarize(text, &found.mentions);
    let structure = &found.structure;
    Analysis {
        source: None,
        id: None,
        version: FORMAT_VERSION,
        reference_date: found.reference.map(|(d, source)| ReferenceDate {
            date: d.to_string(),
            source,
        }),
        title: text_span(structure.title),
        subtitle: text_span(structure.subtitle),
        byline: text_span(structure.byline_names),
        dateline: text_span(structure.dateline),
        stats: Stats {
            characters: offsets.to_char(text.len()),
            words: count_words(text),
            sentences: found.sentences.len(),
            paragraphs: found.paragraphs.len(),
        },
        paragraphs: found
            .paragraphs
            .iter()
            .map(|p| Range {
                start: offsets.to_char(p.start),
                end: offsets.to_char(p.end),
            })
            .collect(),
        sentences: found
            .sentences
            .iter()
            .enumerate()
            .map(|(index, s)| Sentence {
                index,
                start: offsets.to_char(s.start),
                end: offsets.to_char(s.end),
                text: text[s.start..s.end].to_string(),
            })
            .collect(),
        entities,
        quotes: found
            .quotes
            .into_iter()
            .map(|q| QuoteOut {
                text: text[q.span.start..q.span.end].to_string(),
                start: offsets.to_char(q.span.start),
                end: offsets.to_char(q.span.end),
                speaker_start: q.speaker_span.map(|s| offsets.to_char(s.start)),
                speaker_end: q.speaker_span.map(|s| offsets.to_char(s.end)),
                speaker: q.speaker,
                speakers: q.speakers,
            })
            .collect(),
        summary,
    }
}

/// Counts words: runs of letters and digits, joined by single inner apostrophes, hyphens,
/// periods or commas ("don't", "Kuala Lumpur-based", "3.5" are one word each). A letter or
/// digit starts a word unless the character before it is one too, or is a joiner right
/// after one. ASCII is read eight bytes at a time, other text a character at a time.
pub(crate) fn count_words(text: &str) -> usize {
    // Whether the last character was a letter or digit (`a1`) or a joiner (`j1`), and
    // whether the one before it was a letter or digit (`a2`).
    let (mut a1, mut a2, mut j1) = (false, false, false);
    let mut count = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(block) = bytes.get(i..i + 8) {
            let w = swar::load(block);
            if w & HIGH_BITS == 0 {
                // One flag a byte (its high bit): letter or digit, joiner; and the same for
                // the byte before and the one before that.
                let alnum =
                    byte_range(w, b'0', b'9') | byte_range(w | (LOW_BITS * 0x20), b'a', b'z');
                let join = byte_range(w, b',', b'.') | byte_range(w, b'\'', b'\'');
                let before = (alnum << 8) | (u64::from(a1) << 7);
                let joined = (join << 8) | (u64::from(j1) << 7);
                let two_before = (alnum << 16) | (u64::from(a1) << 15) | (u64::from(a2) << 7);
                let starts = alnum & !before & !(joined & two_before);
                count += starts.count_ones() as usize;
                (a1, a2, j1) = (alnum >> 63 != 0, (alnum >> 55) & 1 != 0, join >> 63 != 0);
                i += 8;
                continue;
            }
        }
        let c = char_at(text, i).unwrap_or(' ');
        i += c.len_utf8();
        let alnum = c.is_alphanumeric();
        if alnum && !a1 && !(j1 && a2) {
            count += 1;
        }
        (a2, a1, j1) = (a1, alnum, matches!(c, '\'' | '’' | '-' | '.' | ','));
    }
    count
}

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
        fn text(t: &str) -> u64 {
            let b = t.as_bytes();
            let end = |k: Option<&u8>| u64::from(k.copied().unwrap_or(0));
            b.len() as u64 | end(b.first()) << 32 | end(b.last()) << 40 | 1 << 48
        }
        match self {
            ValueKey::Value(.., model::Value::Number(x)) => number(*x),
            ValueKey::Value(.., model::Value::Range(min, max)) => {
                number(*min) ^ number(*max).rotate_left(1)
            }
            ValueKey::Value(.., model::Value::Text(t)) => text(t),
            ValueKey::Text(t) => text(t),
        }
    }
}

/// Groups entities into the summary: names by canonical name, amounts and dates by value.
pub fn summarize(text: &str, mentions: &[Mention]) -> Summary {
    let groups = group(text, mentions);
    let names = |ty: EntityType| -> Vec<NameCount> {
        groups
            .names(ty)
            .iter()
            .map(|n| NameCount {
                name: n.name.to_string(),
                count: n.count,
                aliases: groups.aliases(n).map(str::to_string).collect(),
            })
            .collect()
    };
    let values = |ty: EntityType| -> Vec<ValueCount> {
        groups
            .values(ty)
            .iter()
            .map(|v| ValueCount {
                text: v.text.to_string(),
                kind: v.kind,
                value: v.value.map(model::Value::to_json),
                currency: v.currency,
                count: v.count,
            })
            .collect()
    };
    Summary {
        people: names(EntityType::Person),
        places: names(EntityType::Place),
        organizations: names(EntityType::Organization),
        amounts: values(EntityType::Amount),
        dates: values(EntityType::Date),
    }
}

/// The summary borrowed from the text and the mentions: what [`summarize`] copies into a
/// [`Summary`], and what the JSON writer writes as it is.
pub(crate) struct Groups<'a> {
    /// People, places and organizations, each most mentioned first.
    names: [Vec<NameGroup<'a>>; 3],
    /// Amounts and dates, each most mentioned first.
    values: [Vec<ValueGroup<'a>>; 2],
    /// The names' other forms, each name's chained through `next`.
    aliases: Vec<Alias<'a>>,
}

/// A named entity and how often the article mentions it (a [`NameCount`], borrowed).
pub(crate) struct NameGroup<'a> {
    /// The canonical name.
    pub name: &'a str,
    /// Mentions.
    pub count: usize,
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

/// An amount or date and how often it appears (a [`ValueCount`], borrowed).
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
pub(crate) fn group<'a>(text: &'a str, mentions: &'a [Mention]) -> Groups<'a> {
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
            // Keys borrow from the mentions and the text.
            let name = m.name(text);
            let (list, index) = (&mut groups.names[t], &mut name_index[t]);
            let found = find(list, index, &name, |g, k| g.name == *k, |g| g.name);
            let k = found.unwrap_or_else(|| {
                if let Some(index) = index {
                    index.insert(name, list.len());
                }
                list.push(NameGroup {
                    name,
                    count: 0,
                    first_alias: NO_ALIAS,
                    last_alias: NO_ALIAS,
                });
                list.len() - 1
            });
            let entry = &mut list[k];
            entry.count += 1;
            let aliases = &mut groups.aliases;
            let mut a = entry.first_alias;
            let mut known = e_text == entry.name;
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
                Some(v) => ValueKey::Value(m.kind, q.currency, q.unit, v),
                None if e_text
                    .bytes()
                    .any(|b| b.is_ascii_uppercase() || !b.is_ascii()) =>
                {
                    ValueKey::Text(Cow::Owned(e_text.to_lowercase()))
                }
                None => ValueKey::Text(Cow::Borrowed(e_text)),
            };
            let (list, index) = (&mut groups.values[t], &mut value_index[t]);
            let fingerprint = key.fingerprint();
            let is = |g: &ValueGroup, k: &ValueKey| g.fingerprint == fingerprint && g.key == *k;
            let found = find(list, index, &key, is, |g| g.key.clone());
            let k = found.unwrap_or_else(|| {
                list.push(ValueGroup {
                    key: key.clone(),
                    fingerprint,
                    text: e_text,
                    kind: m.kind.map(Kind::name),
                    value: q.value.as_ref(),
                    currency: q.currency,
                    count: 0,
                });
                if let Some(index) = index {
                    index.insert(key, list.len() - 1);
                }
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

    /// The word count as a state machine over characters: the oracle for [`count_words`].
    fn count_words_oracle(text: &str) -> usize {
        let (mut count, mut in_word, mut joiner) = (0, false, false);
        for c in text.chars() {
            if c.is_alphanumeric() {
                count += usize::from(!in_word);
                (in_word, joiner) = (true, false);
            } else if in_word && !joiner && matches!(c, '\'' | '’' | '-' | '.' | ',') {
                joiner = true;
            } else {
                (in_word, joiner) = (false, false);
            }
        }
        count
    }

    #[test]
    fn words_are_counted_as_the_stats_say() {
        assert_eq!(count_words("don't stop: Kuala Lumpur-based, 3.5 -- x"), 6);
        assert_eq!(count_words("a--b a-.b 1,000,000 U.S. ’quoted’ café’s"), 8);
    }

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
        let summary = summarize(&text, &mentions);
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

    proptest::proptest! {
        #[test]
        fn count_words_agrees_with_the_oracle(s in "[a-zA-Z0-9 ',.\\-:;!\\t\\né’\\u{301}ß１]{0,60}") {
            proptest::prop_assert_eq!(count_words(&s), count_words_oracle(&s));
        }
    }
}
