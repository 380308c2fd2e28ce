//! Speakers from mentions: the names near an attribution, typed (person, organization,
//! place, description), the person or body a pronoun or "the ministry" refers to, and a
//! titled name in no list ("Dr. X Y").

use super::words::Word;
use crate::lexicon::class;
use crate::lexicon::WordList;
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;

/// What a quotation's speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerType {
    /// A person, by canonical name.
    Person,
    /// A company, ministry, embassy, publication or other body.
    Organization,
    /// A government named by its capital or country ("Beijing said").
    Place,
    /// An anonymous source as written ("a senior official").
    Description,
}

impl SpeakerType {
    /// The type's name in the output: "person", "organization", "place", "description".
    pub fn name(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organization => "organization",
            SpeakerType::Place => "place",
            SpeakerType::Description => "description",
        }
    }
}

/// Who a quotation is attributed to, where the text names them, and the verb.
#[derive(Debug, Clone, Default)]
pub(super) struct Attribution {
    /// The canonical name or the description as written.
    pub speaker: Option<String>,
    /// Where the text names the speaker.
    pub span: Option<Span>,
    /// All speakers, when several.
    pub speakers: Vec<String>,
    /// What the speaker is.
    pub ty: Option<SpeakerType>,
    /// The attribution verb (or "according to") in the text.
    pub verb: Option<Span>,
}

impl Attribution {
    /// The same attribution with its verb at `verb`.
    pub fn with_verb(mut self, verb: Span) -> Self {
        self.verb = Some(verb);
        self
    }
}

/// Pronouns that stand for the last person named.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

/// True for "it": the last organization or place named.
pub(super) fn is_it(w: &str) -> bool {
    matches!(w, "it" | "It")
}

/// True for a verb of saying.
pub(super) fn is_verb(w: &str) -> bool {
    crate::recognize::person::is_speech_verb(w)
}

/// Head nouns of "the company said".
static ORGANIZATION_NOUNS: WordList = WordList::new(class::SPEAKERS_ORGANIZATION);
/// Head nouns of "the spokesman said" beside the titles.
static PERSON_NOUNS: WordList = WordList::new(class::SPEAKERS_PERSON);
/// Words after a straight single quote that make it an apostrophe.
static ELISIONS: WordList = WordList::new(class::SPEAKERS_ELISION);

/// Words between a place and its verb of saying ("Beijing has said").
static AUXILIARIES: WordList = WordList::new(class::SPEAKERS_AUXILIARY);

/// True for a word that may stand between a speaking place and its verb.
pub(super) fn is_auxiliary(w: &str) -> bool {
    AUXILIARIES.contains_lower(w)
}

/// True for a word that a straight single quote before it elides ("'til", "'n'").
pub(super) fn is_elision(w: &str) -> bool {
    ELISIONS.contains_lower(w)
}

/// How many mentions back a pronoun's antecedent is looked for.
const ANTECEDENT_WINDOW: usize = 200;

/// The mentions that start within `span` (mentions are in text order): a binary search, so
/// that attribution stays linear in the text however many quotes it has.
pub(super) fn within(mentions: &[Mention], span: Span) -> &[Mention] {
    let lo = mentions.partition_point(|m| m.span.start < span.start);
    let hi = mentions
        .partition_point(|m| m.span.start < span.end)
        .max(lo);
    &mentions[lo..hi]
}

/// True for a mention that can speak: a person, an organization or a place.
pub(super) fn speaks(m: &Mention) -> bool {
    matches!(
        m.ty,
        EntityType::Person | EntityType::Organization | EntityType::Place
    )
}

/// The person or organization mention starting first within `span`.
pub(super) fn mention_at(mentions: &[Mention], span: Span) -> Option<&Mention> {
    within(mentions, span).iter().find(|m| {
        m.span.start >= span.start
            && m.span.start < span.end
            && matches!(m.ty, EntityType::Person | EntityType::Organization)
    })
}

/// The type of a mention's speaker.
fn type_of(m: &Mention) -> SpeakerType {
    match m.ty {
        EntityType::Organization => SpeakerType::Organization,
        EntityType::Place => SpeakerType::Place,
        _ => SpeakerType::Person,
    }
}

/// The attribution to a mention, by its canonical name.
pub(super) fn from_mention(m: &Mention, text: &str) -> Attribution {
    Attribution {
        speaker: Some(m.name(text).to_string()),
        span: Some(m.span),
        ty: Some(type_of(m)),
        ..Attribution::default()
    }
}

/// The last mention before byte `at` (within a bounded number) that `fits`.
fn last_before(
    mentions: &[Mention],
    at: usize,
    fits: impl Fn(&Mention) -> bool,
) -> Option<&Mention> {
    mentions[..mentions.partition_point(|m| m.span.start < at)]
        .iter()
        .rev()
        .take(ANTECEDENT_WINDOW)
        .find(|m| m.span.end <= at && fits(m))
}

/// The speaker a pronoun at `span` stands for: the last person named before `limit` (the
/// quote's opening, so that no name inside the quotation is taken), or for "it" the last
/// organization or place.
pub(super) fn pronoun(text: &str, mentions: &[Mention], span: Span, limit: usize) -> Attribution {
    let it = is_it(&text[span.start..span.end]);
    let at = limit.min(span.start);
    let m = if it {
        last_before(mentions, at, |m| {
            matches!(m.ty, EntityType::Organization | EntityType::Place)
        })
    } else {
        // A person who opens a sentence (its subject) nearby, before a later one named
        // inside a sentence: "Adeyemi beat five writers, among them Daly. … “…,” she said."
        mentions[..mentions.partition_point(|m| m.span.start < at)]
            .iter()
            .rev()
            .take_while(|m| m.span.end + SUBJECT_REACH >= at)
            .find(|m| {
                m.ty == EntityType::Person
                    && m.span.end <= at
                    && (opens_sentence(text, m) || says(text, m))
            })
            .or_else(|| last_before(mentions, at, |m| m.ty == EntityType::Person))
    };
    Attribution {
        speaker: m.map(|m| m.name(text).to_string()),
        span: Some(span),
        ty: m.map(type_of),
        ..Attribution::default()
    }
}

/// How far back (in bytes) a pronoun looks for a person who opens a sentence.
const SUBJECT_REACH: usize = 400;

/// How far back the paragraph of a speaker phrase is read: news paragraphs are shorter, and a
/// text of one huge line stays linear.
const PARAGRAPH_REACH: usize = 4_000;

/// Where the paragraph holding byte `at` starts, read no further back than
/// [`PARAGRAPH_REACH`].
pub(super) fn paragraph_start(text: &str, at: usize) -> usize {
    let floor = crate::input::floor_char(text, at.saturating_sub(PARAGRAPH_REACH));
    text[floor..at].rfind('\n').map_or(floor, |k| floor + k + 1)
}

/// Whether a mention opens its sentence or paragraph, after a title in capitals at most
/// ("Mr Smith", "Prime Minister Hun Manet").
fn opens_sentence(text: &str, m: &Mention) -> bool {
    let ends = |b: &str| b.is_empty() || b.ends_with(['.', '!', '?', '\n', '"', '”', '’']);
    let mut before = text[..m.span.start].trim_end_matches(' ');
    for _ in 0..4 {
        if ends(before) {
            return true;
        }
        let last = before.rsplit([' ', '\n']).next().unwrap_or("");
        if last.is_empty() || !last.starts_with(char::is_uppercase) {
            break;
        }
        before = before[..before.len() - last.len()].trim_end_matches(' ');
    }
    ends(before)
}

/// Whether a verb of saying follows a mention ("…, Callum Reith, said"): its subject.
fn says(text: &str, m: &Mention) -> bool {
    let after = text[m.span.end..].trim_start_matches([',', ' ']);
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    is_verb(word)
}

/// What "the <noun>" stands for: a body ("the ministry") or a person ("the minister").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Referent {
    /// An organization named before, or a place for "the government".
    Body,
    /// A person named before.
    Person,
}

/// What a noun phrase refers back to, if it is definite ("the …") and its head `head` is a
/// noun for a body or a person (a role, a title, "the 30-year-old", "the American").
pub(super) fn referent(text: &str, phrase: Span, head: &str) -> Option<Referent> {
    let words = &text[phrase.start..phrase.end];
    let definite = words
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    // "the rapper's spokesperson" is someone else than the rapper.
    if !definite || words.contains(['\'', '’']) {
        None
    } else if ORGANIZATION_NOUNS.contains_lower(head) {
        Some(Referent::Body)
    } else if PERSON_NOUNS.contains_lower(head)
        || crate::recognize::person::is_title(head)
        || head.ends_with("-year-old")
        || (head.starts_with(char::is_uppercase) && crate::gazetteer::GAZETTEER.is_demonym(head))
    {
        Some(Referent::Person)
    } else {
        None
    }
}

/// The body or person a definite noun phrase names by its noun, before byte `at`: an
/// organization whose name holds the noun ("the ministry": "Ministry of Commerce") or that
/// the noun introduced ("the chipmaker Veltrix"), else a capitalized name ending in the
/// noun that no list holds ("the Japanese Embassy"); for a person, the last one named.
pub(super) fn named_by_noun(
    text: &str,
    mentions: &[Mention],
    head: &str,
    referent: Referent,
    at: usize,
) -> Option<Attribution> {
    if referent == Referent::Person {
        return last_before(mentions, at, |m| m.ty == EntityType::Person)
            .map(|m| from_mention(m, text));
    }
    let holds = |m: &Mention| {
        m.ty == EntityType::Organization
            && (m
                .text(text)
                .split(' ')
                .any(|w| w.eq_ignore_ascii_case(head))
                || text[..m.span.start]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(head)))
    };
    if let Some(m) = last_before(mentions, at, holds) {
        return Some(from_mention(m, text));
    }
    // "The Japanese Embassy in Beijing said …": the capitalized noun and the capitalized
    // words before it, within the paragraph.
    let para_start = paragraph_start(text, at);
    let zone = &text[para_start..at];
    let mut end = zone.len();
    while let Some(k) = zone[..end].rfind(|c: char| c.is_uppercase()) {
        let word_end = k + zone[k..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(zone.len() - k);
        let word = &zone[k..word_end];
        if word.eq_ignore_ascii_case(head) && k > 0 {
            let mut start = k;
            for w in zone[..k].split(' ').rev().skip(1) {
                if !w.starts_with(char::is_uppercase)
                    || start < w.len() + 1
                    || matches!(w, "The" | "A" | "An")
                {
                    break;
                }
                start -= w.len() + 1;
            }
            if start < k {
                let span = Span::new(para_start + start, para_start + word_end);
                return Some(Attribution {
                    speaker: Some(text[span.start..span.end].to_string()),
                    span: Some(span),
                    ty: Some(SpeakerType::Organization),
                    ..Attribution::default()
                });
            }
        }
        end = k;
    }
    None
}

/// The last organization named before byte `at` (or place, for "the government").
pub(super) fn last_body(
    text: &str,
    mentions: &[Mention],
    head: &str,
    at: usize,
) -> Option<Attribution> {
    last_before(mentions, at, |m| m.ty == EntityType::Organization)
        .or_else(|| {
            head.eq_ignore_ascii_case("government")
                .then(|| last_before(mentions, at, |m| m.ty == EntityType::Place))
                .flatten()
        })
        .map(|m| from_mention(m, text))
}

/// A noun phrase as written, an anonymous source ("a senior official").
pub(super) fn as_written(text: &str, phrase: Span) -> Attribution {
    Attribution {
        speaker: Some(text[phrase.start..phrase.end].to_string()),
        span: Some(phrase),
        ty: Some(SpeakerType::Description),
        ..Attribution::default()
    }
}

/// A person's name in no list after a title ("Dr. Keoni Falaniko"): the capitalized words
/// after the title words at the start of `words`, two at least.
pub(super) fn titled_name<'a>(words: impl Iterator<Item = Word<'a>>) -> Option<Span> {
    titled_words(words, 2)
}

/// The capitalized words after the title words at the start of `words`, `least` at least
/// ("Lord Faulkner" of "Lord Faulkner of Worcester", with one).
pub(super) fn titled_words<'a>(
    words: impl Iterator<Item = Word<'a>>,
    least: usize,
) -> Option<Span> {
    let (mut titled, mut name): (bool, Option<Span>) = (false, None);
    let mut n = 0;
    for (s, e, w) in words {
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if name.is_none() && cap && crate::recognize::person::is_title(w) {
            titled = true;
            continue;
        }
        if !titled || !cap || w.chars().all(|c| !c.is_lowercase()) {
            break;
        }
        name = Some(Span::new(name.map_or(s, |n| n.start), e));
        n += 1;
    }
    name.filter(|_| n >= least)
}
