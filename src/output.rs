//! The output contract (version 1): the serde types printed as JSON, built from the
//! pipeline's byte spans with code point offsets.
//!
//! Offsets (`start`, `end`) are Unicode code point offsets into the input text as read (a
//! leading byte-order mark removed), `end` exclusive, so that `text[start:end] == text` in
//! Python. Fields that do not apply are omitted; consumers must ignore fields they do not
//! know, as later versions may add some. The README shows a full example and
//! `schema/lede.schema.json` is the JSON Schema.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::Value;

use crate::calendar::Date;
use crate::geo::{GeoPlace, GeoRef};
use crate::input::{char_at, CharOffsets};
use crate::model::EntityType;
use crate::model::Span;
use crate::model::{self, Kind, Mention, Quantity, Rule, YearBasis};
use crate::quotes::Quote;
use crate::segment::Structure;
use crate::swar::{self, byte_range, HIGH_BITS, LOW_BITS};

mod summary;

pub(crate) use summary::{group, Groups, NameGroup, ValueGroup};

/// The JSON Schema of the output (`lede --schema`).
pub const JSON_SCHEMA: &str = include_str!("../schema/lede.schema.json");

/// The version of the output format.
pub const FORMAT_VERSION: u32 = 1;

/// The analysis of one text.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// The input's path, or "-" for standard input; set by the caller.
    pub source: Option<String>,
    /// The input's identifier from a JSON Lines batch, as its JSON text (a number of any
    /// size kept exactly); set by the caller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Box<serde_json::value::RawValue>>,
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
    /// The article's own date: its dateline, or an almanac's statement of its day ("Today
    /// is Thursday, March 12, the 71st day of 2026.").
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
    /// Places: ISO 3166-1 alpha-2 code of the country the place lies in (none for a
    /// region across borders).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'static str>,
    /// Places: where the place is on the map, and its GeoNames id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
    /// Amounts: the number, scale applied. Dates: ISO 8601 / TIMEX3 value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Ranges: the lower end, a number (amounts, years), a date ("12-14 June") or a
    /// duration ("12 to 24 months").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<Value>,
    /// Ranges: the upper end, as `min`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Value>,
    /// Money: ISO 4217 code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// Quantities: the unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// Counts and quantities: the noun counted, as written ("protesters", "oil").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
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

/// A place on the map: the `geo` field of a place entity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Geo {
    /// Latitude in degrees, to 0.01°.
    pub lat: f64,
    /// Longitude in degrees, to 0.01°.
    pub lon: f64,
    /// The GeoNames id.
    pub geonames_id: u32,
    /// What kind of place: country, admin1, city, region.
    pub feature: &'static str,
}

impl Geo {
    /// The `geo` field of a place of the table.
    pub fn of(p: &GeoPlace) -> Self {
        Geo {
            lat: p.lat(),
            lon: p.lon(),
            geonames_id: p.id,
            feature: p.feature().name(),
        }
    }
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
    /// What the speaker is: "person", "organization", "place" or "description"; null
    /// without a speaker.
    pub speaker_type: Option<&'static str>,
    /// The attribution verb as written, lower case ("said", "according to"), or null.
    pub verb: Option<String>,
    /// "quote", or "scare" for scare quotes and titles (no speaker).
    pub kind: &'static str,
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
    /// Places: the ISO 3166-1 alpha-2 code of its country (see the entity's `country`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'static str>,
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
    /// Quantities: the unit, for renderers (not a field of the JSON, whose summary groups
    /// by it without showing it).
    #[serde(skip)]
    pub unit: Option<&'static str>,
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
    /// The place on the map of each place mention the table knows, in text order.
    pub geo: Vec<GeoRef>,
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
    /// Counts and quantities: the noun counted, as written.
    pub object: Option<&'a str>,
    /// With `--explain`: the rule or list that found it, and for a date written without its
    /// year how the year was chosen.
    pub rule: Option<(Rule, Option<YearBasis>)>,
    /// Places: the place on the map, and how it was chosen.
    pub geo: Option<GeoRef>,
}

impl EntityRef<'_> {
    /// The `rule` field: the rule, and for money how its currency was decided, for a date
    /// without a year how the year was chosen ("date:month-day (year: past tense)").
    pub fn rule_text(&self) -> Option<Cow<'static, str>> {
        self.rule.map(|r| rule_text(r, self.geo, self.quantity))
    }
}

/// [`EntityRef::rule_text`] from the fields it reads, for a writer that keeps the entity's
/// other fields in registers (a call given the entity would need it whole in memory).
#[cold]
pub(crate) fn rule_text(
    (rule, year): (Rule, Option<YearBasis>),
    geo: Option<GeoRef>,
    quantity: &Quantity,
) -> Cow<'static, str> {
    let rule = rule.name();
    if let Some(g) = geo {
        return Cow::Owned(format!("{rule} (geo: {})", g.basis.name()));
    }
    match (quantity.currency_basis, year) {
        (Some(b), _) => Cow::Owned(format!("{rule} (currency: {})", b.name())),
        (None, Some(y)) => Cow::Owned(format!("{rule} (year: {})", y.name())),
        (None, None) => Cow::Borrowed(rule),
    }
}

impl From<EntityRef<'_>> for Entity {
    fn from(e: EntityRef<'_>) -> Self {
        let q = e.quantity;
        let (min, max) = q.range().map_or((None, None), |(a, b)| {
            (Some(a.to_json()), Some(b.to_json()))
        });
        Entity {
            ty: e.ty,
            text: e.text.to_string(),
            start: e.start,
            end: e.end,
            sentence: e.sentence,
            canonical: e.canonical.map(str::to_string),
            kind: e.kind,
            country: e.geo.and_then(|g| g.get().country()),
            geo: e
                .geo
                .map(|g| g.get())
                .filter(|p| p.on_the_map())
                .map(Geo::of),
            value: q.single().map(model::Value::to_json),
            min,
            max,
            currency: q.currency,
            unit: q.unit,
            object: e.object.map(str::to_string),
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
    /// The places on the map, in text order.
    geo: &'a [GeoRef],
    /// The next place on the map to look at: mentions in text order move it forward only.
    next_geo: usize,
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
            geo: &found.geo,
            next_geo: 0,
        }
    }

    /// The place on the map of the place mention that starts at byte `at`.
    fn geo_at(&mut self, at: usize) -> Option<GeoRef> {
        if self.geo.get(self.next_geo).is_some_and(|g| g.at > at) {
            self.next_geo = self.geo.partition_point(|g| g.at < at);
        }
        while self.geo.get(self.next_geo).is_some_and(|g| g.at < at) {
            self.next_geo += 1;
        }
        self.geo.get(self.next_geo).filter(|g| g.at == at).copied()
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
            // Names have no quantity, and so no object: not looked for.
            object: m.quantity.as_deref().and_then(|q| q.object(text)),
            rule: self.explain.then_some((m.rule, m.year)),
            geo: if m.ty == EntityType::Place {
                self.geo_at(at)
            } else {
                None
            },
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
    let summary = summarize(text, &found.mentions, &found.geo);
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
                speaker_type: q.speaker_type.map(|t| t.name()),
                verb: q.verb_text(text),
                kind: q.kind.name(),
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
/// after one. ASCII is read sixty-four or eight bytes at a time, other text a character
/// at a time.
pub(crate) fn count_words(text: &str) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("popcnt")
    {
        // SAFETY: the processor has AVX2 and POPCNT, as just checked.
        return unsafe { count_words_avx2(text) };
    }
    count_words_with::<false>(text)
}

/// [`count_words`] with AVX2 and POPCNT: thirty-two bytes a vector, the bits counted by one
/// instruction.
///
/// # Safety
///
/// The processor has AVX2 and POPCNT.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
unsafe fn count_words_avx2(text: &str) -> usize {
    count_words_with::<true>(text)
}

/// [`count_words`], its sixty-four bytes at a time read with AVX2 when `AVX2` (only where
/// the processor has it).
#[inline(always)]
fn count_words_with<const AVX2: bool>(text: &str) -> usize {
    // The flags of the last eight bytes, one a byte (its high bit): letter or digit (`pa`),
    // joiner (`pj`). Only the last byte's (bit 63) and, for letters and digits, the one's
    // before it (bit 55) are read.
    let (mut pa, mut pj) = (0u64, 0u64);
    let mut count = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Sixty-four bytes of ASCII at a time while they last, as masks of one bit a byte
        // (vector instructions): the flags of the character before them come from `pa`, `pj`.
        let (mut a1, mut a2, mut j1) = (pa >> 63, (pa >> 55) & 1, pj >> 63);
        let mut blocks = 0;
        for block in bytes[i..].chunks_exact(64) {
            let block = block.try_into().expect("64 bytes");
            #[cfg(target_arch = "x86_64")]
            let masks = if AVX2 {
                // SAFETY: `AVX2` is set only where the processor has it.
                unsafe { ascii_masks_avx2(block) }
            } else {
                ascii_masks(block)
            };
            #[cfg(not(target_arch = "x86_64"))]
            let masks = ascii_masks(block);
            let Some((alnum, join)) = masks else {
                break;
            };
            let before = (alnum << 1) | a1;
            let two_before = (alnum << 2) | (a1 << 1) | a2;
            let joined = (join << 1) | j1;
            count += (alnum & !before & !(joined & two_before)).count_ones() as usize;
            (a1, a2, j1) = (alnum >> 63, (alnum >> 62) & 1, join >> 63);
            blocks += 1;
        }
        if blocks > 0 {
            i += 64 * blocks;
            // The flags of the last two bytes, for the ways below.
            (pa, pj) = (a1 << 63 | a2 << 55, j1 << 63);
            continue;
        }
        // Thirty-two bytes of ASCII at a time while they last (the loop's test and the
        // constants are paid once for four blocks), then eight.
        if let Some(chunk) = bytes.get(i..i + 32) {
            let w = [0, 8, 16, 24].map(|k| swar::load(&chunk[k..]));
            if (w[0] | w[1] | w[2] | w[3]) & HIGH_BITS == 0 {
                for w in w {
                    count += ascii_word_starts(w, &mut pa, &mut pj);
                }
                i += 32;
                continue;
            }
        }
        if let Some(block) = bytes.get(i..i + 8) {
            let w = swar::load(block);
            if w & HIGH_BITS == 0 {
                count += ascii_word_starts(w, &mut pa, &mut pj);
                i += 8;
                continue;
            }
        }
        let c = char_at(text, i).unwrap_or(' ');
        i += c.len_utf8();
        let alnum = c.is_alphanumeric();
        let (a1, a2, j1) = (pa >> 63 != 0, (pa >> 55) & 1 != 0, pj >> 63 != 0);
        if alnum && !a1 && !(j1 && a2) {
            count += 1;
        }
        pa = ((pa >> 8) & (1 << 55)) | (u64::from(alnum) << 63);
        pj = u64::from(matches!(c, '\'' | '’' | '-' | '.' | ',')) << 63;
    }
    count
}

/// 1 for an ASCII letter or digit (`b` ASCII), else 0.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn ascii_alnum(b: u8) -> u8 {
    u8::from((b.wrapping_sub(b'0') < 10) | ((b | 0x20).wrapping_sub(b'a') < 26))
}

/// 1 for a joiner of words in ASCII (`'`, `,`, `-`, `.`), else 0.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn ascii_join(b: u8) -> u8 {
    u8::from((b.wrapping_sub(b',') < 3) | (b == b'\''))
}

/// The flags of sixty-four bytes, one bit a byte (bit `k` for byte `k`): ASCII letters or
/// digits, and joiners (`'`, `,`, `-`, `.`); `None` when a byte is not ASCII.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn ascii_masks(b: &[u8; 64]) -> Option<(u64, u64)> {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of every x86_64 processor; each load reads sixteen bytes of `b`.
    unsafe {
        // Whether the bytes lie in `lo..=hi`: shifted so that the range starts at the
        // smallest signed byte, then one signed comparison.
        let within = |v: __m128i, lo: u8, hi: u8| {
            let shifted = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(shifted, _mm_set1_epi8((0x80u8 + (hi - lo) + 1) as i8))
        };
        let (mut high, mut alnum, mut join) = (0u64, 0u64, 0u64);
        for k in 0..4 {
            let v = _mm_loadu_si128(b.as_ptr().add(16 * k).cast());
            let letter = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
            let a = _mm_or_si128(within(v, b'0', b'9'), letter);
            let j = _mm_or_si128(
                within(v, b',', b'.'),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\'' as i8)),
            );
            let bits = |m: __m128i| u64::from(_mm_movemask_epi8(m) as u16) << (16 * k);
            (high, alnum, join) = (high | bits(v), alnum | bits(a), join | bits(j));
        }
        (high == 0).then_some((alnum, join))
    }
}

/// [`ascii_masks`] with AVX2: two vectors of thirty-two bytes.
///
/// # Safety
///
/// The processor has AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn ascii_masks_avx2(b: &[u8; 64]) -> Option<(u64, u64)> {
    use std::arch::x86_64::*;
    /// Whether the bytes lie in `lo..=hi`, as in [`ascii_masks`].
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn within(v: __m256i, lo: u8, hi: u8) -> __m256i {
        let shifted = _mm256_add_epi8(v, _mm256_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
        _mm256_cmpgt_epi8(_mm256_set1_epi8((0x80u8 + (hi - lo) + 1) as i8), shifted)
    }
    // SAFETY: the processor has AVX2, as the caller promises; each load reads thirty-two
    // bytes of `b`.
    unsafe {
        let (mut high, mut alnum, mut join) = (0u64, 0u64, 0u64);
        for k in 0..2 {
            let v = _mm256_loadu_si256(b.as_ptr().add(32 * k).cast());
            let letter = within(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), b'a', b'z');
            let a = _mm256_or_si256(within(v, b'0', b'9'), letter);
            let j = _mm256_or_si256(
                within(v, b',', b'.'),
                _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b'\'' as i8)),
            );
            let shift = 32 * k;
            high |= u64::from(_mm256_movemask_epi8(v) as u32) << shift;
            alnum |= u64::from(_mm256_movemask_epi8(a) as u32) << shift;
            join |= u64::from(_mm256_movemask_epi8(j) as u32) << shift;
        }
        (high == 0).then_some((alnum, join))
    }
}

/// The flags of sixty-four bytes, as the vector version above.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn ascii_masks(b: &[u8; 64]) -> Option<(u64, u64)> {
    if !b.is_ascii() {
        return None;
    }
    let (mut alnum, mut join) = (0u64, 0u64);
    for (k, &c) in b.iter().enumerate() {
        alnum |= u64::from(ascii_alnum(c)) << k;
        join |= u64::from(ascii_join(c)) << k;
    }
    Some((alnum, join))
}

/// The words of [`count_words`] that start in the eight ASCII bytes `w`, given the flags of
/// the bytes before them (`pa`, `pj`), which become the flags of `w`.
#[inline(always)]
fn ascii_word_starts(w: u64, pa: &mut u64, pj: &mut u64) -> usize {
    // The flags of these bytes, of the bytes before them, and of the bytes two before them.
    let alnum = byte_range(w, b'0', b'9') | byte_range(w | (LOW_BITS * 0x20), b'a', b'z');
    let join = byte_range(w, b',', b'.') | byte_range(w, b'\'', b'\'');
    let before = (alnum << 8) | (*pa >> 56);
    let joined = (join << 8) | (*pj >> 56);
    let two_before = (alnum << 16) | (*pa >> 48);
    let starts = alnum & !before & !(joined & two_before);
    (*pa, *pj) = (alnum, join);
    // One bit a byte: their sum lands in the top byte (a multiply is cheaper than counting
    // bits without a population count instruction).
    ((starts >> 7).wrapping_mul(LOW_BITS) >> 56) as usize
}

/// Groups entities into the summary: names by canonical name, amounts and dates by value.
pub fn summarize(text: &str, mentions: &[Mention], geo: &[GeoRef]) -> Summary {
    let groups = group(text, mentions, geo);
    let names = |ty: EntityType| -> Vec<NameCount> {
        groups
            .names(ty)
            .iter()
            .map(|n| NameCount {
                name: n.name.to_string(),
                count: n.count,
                aliases: groups.aliases(n).map(str::to_string).collect(),
                country: n.country,
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
                unit: v.unit,
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
    fn long_runs_cross_the_blocks() {
        for unit in ["a ", "ab ", "a-b ", "x'", "1,2 ", "é a "] {
            for n in [1, 100, 1_000, 5_000] {
                let text = unit.repeat(n);
                assert_eq!(
                    count_words(&text),
                    count_words_oracle(&text),
                    "{unit:?} {n}"
                );
            }
        }
    }

    #[test]
    fn words_are_counted_as_the_stats_say() {
        assert_eq!(count_words("don't stop: Kuala Lumpur-based, 3.5 -- x"), 6);
        assert_eq!(count_words("a--b a-.b 1,000,000 U.S. ’quoted’ café’s"), 8);
    }

    proptest::proptest! {
        #[test]
        fn count_words_agrees_with_the_oracle(s in "[a-zA-Z0-9 ',.\\-:;!\\t\\né’\\u{301}ß１]{0,60}") {
            proptest::prop_assert_eq!(count_words(&s), count_words_oracle(&s));
        }

        /// Long runs of ASCII, read sixty-four bytes at a time, at any offset.
        #[test]
        fn count_words_agrees_with_the_oracle_on_long_ascii(s in "[a-zA-Z0-9 ',.\\-:\t]{0,300}", pre in "[é’a ]{0,3}") {
            let s = format!("{pre}{s}");
            proptest::prop_assert_eq!(count_words(&s), count_words_oracle(&s));
            // The way without AVX2 too, where the processor has it.
            proptest::prop_assert_eq!(count_words_with::<false>(&s), count_words_oracle(&s));
        }

        /// Long runs of ASCII, read thirty-two bytes at a time, with a rare character
        /// beyond it.
        #[test]
        fn count_words_agrees_with_the_oracle_on_ascii_runs(s in "([a-zA-Z0-9 ',.\\-:;!]{0,40}[é’]?){0,8}") {
            proptest::prop_assert_eq!(count_words(&s), count_words_oracle(&s));
        }
    }
}
