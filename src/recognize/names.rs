//! The name chunker shared by people, places and organizations: it finds runs of
//! capitalized words ("Secretary of War Pete Hegseth", "ISEAS - Yusof Ishak Institute"),
//! then classifies each run — whole, or split at titles and connectors — with the lists of
//! [`crate::gazetteer`] and the cues of [`super::person`], [`super::place`] and
//! [`super::organization`].

use std::borrow::Cow;

use super::{FilteredSet, WordList};
use std::sync::LazyLock;

use super::{organization, person, place};
use crate::gazetteer::{norm_key, Entry, NameLists, GAZETTEER};
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;
use crate::token::lower;
use crate::token::{Token, TokenKind};

static STOPWORDS: LazyLock<FilteredSet> =
    LazyLock::new(|| crate::lexicon::words::STOPWORDS.iter().copied().collect());

static CALENDAR: WordList = WordList::new(&[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]);

/// Lower-case words that may join capitalized words inside one name.
static CONNECTORS: WordList = WordList::new(&[
    "of", "for", "and", "&", "de", "del", "della", "der", "den", "van", "von", "da", "das", "do",
    "dos", "du", "la", "le", "al", "el", "bin", "bint", "ibn", "y", "-", "–", "on",
]);

/// The most words (connectors included) one chunk of a name may have.
const MAX_CHUNK_WORDS: usize = 16;

/// The most words of a listed name looked for inside a chunk.
const MAX_NAME_WORDS: usize = 10;

/// Particles inside people's names.
static PARTICLES: WordList = WordList::new(&[
    "van", "von", "der", "den", "de", "del", "della", "da", "das", "do", "dos", "du", "la", "le",
    "bin", "bint", "ibn", "al", "el", "y",
]);

/// Capitalized words that never open a name, even mid-sentence.
static DETERMINERS: WordList = WordList::new(&[
    "A", "An", "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those",
    "His", "Her", "Its", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "If",
    "When", "While", "As", "So",
]);

/// Last words of events, competitions and indices, which are not entities.
static EVENT_TAILS: WordList = WordList::new(&[
    "Cup",
    "Series",
    "Open",
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Tournament",
    "Prix",
    "Trophy",
    "Festival",
    "Awards",
    "Award",
    "Day",
    "Week",
    "Index",
    "Marathon",
    "Classic",
    "Masters",
    "Summit",
    "Expo",
    "Conference",
    "Treaty",
    "Accord",
    "Accords",
    "Act",
    "Bill",
    "War",
    "Prize",
    "Rally",
    "Derby",
]);

/// Nouns after which a possessive stays inside a name ("Cambodian People's Party").
const POSSESSIVE_HOSTS: &[&str] = &[
    "People", "Children", "Women", "Men", "Workers", "Farmers", "Citizens", "Veterans",
];

/// True for a word that is never a name when capitalized ("The", "However").
pub fn is_stopword(word: &str) -> bool {
    // Stopwords are short ASCII words: most other such words leave at the (case-folding)
    // filter, before any test of their letters.
    if word.is_ascii() && !STOPWORDS.may_contain(word) {
        return false;
    }
    let mut chars = word.chars();
    let titlecase =
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase());
    if !(titlecase || word.chars().all(char::is_lowercase)) {
        return false;
    }
    // Stopwords are short ASCII words: lower-case them on the stack.
    let mut buf = [0u8; 24];
    match lower(word, &mut buf) {
        Some(l) => STOPWORDS.contains(l),
        None => STOPWORDS.contains(word.to_lowercase().as_str()),
    }
}

/// True for month and weekday names, which the date recognizer owns.
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR.contains(word.trim_end_matches('.'))
}

/// One word of a chunk: its byte span and text (an initial keeps its dot: "B.").
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl Word<'_> {
    fn is_connector(&self) -> bool {
        CONNECTORS.contains(self.text)
            || self.text == "the"
            || self.text == "’s"
            || self.text == "'s"
    }
}

/// What the chunker knows about the sentence around a chunk.
#[derive(Clone, Copy)]
struct Context<'a> {
    /// The whole text the chunk's words point into.
    text: &'a str,
    /// The lists names are looked up in.
    lists: &'a NameLists,
    /// The chunk opens the sentence (capitalization says nothing).
    initial: bool,
    /// A verb of saying follows the chunk ("..., Grossman said").
    speech_follows: bool,
    /// The sentence is a title-case headline ("Cambodia to Widen Canal"): capitals say
    /// little, so only listed names and strong cues count.
    headline: bool,
    /// A common noun for an organization stands right before the chunk ("battery maker
    /// Lanhai", "Italian club Napoli").
    org_cue: bool,
}

/// Lower-case nouns that introduce an organization's name right after them.
static ORG_CUES: WordList = WordList::new(&[
    "club",
    "side",
    "team",
    "company",
    "firm",
    "group",
    "bank",
    "lender",
    "insurer",
    "carrier",
    "airline",
    "broker",
    "retailer",
    "conglomerate",
    "giant",
    "startup",
    "start-up",
    "newspaper",
    "daily",
    "broadcaster",
    "agency",
    "party",
    "brand",
    "label",
    "studio",
    "outlet",
    "publisher",
    "operator",
    "manufacturer",
    "developer",
    "producer",
    "supplier",
    "distributor",
    "automaker",
    "carmaker",
    "chipmaker",
    "designer",
    "subsidiary",
    "rival",
    "rivals",
    "unit",
    "affiliate",
    "exchange",
    "fund",
    "regulator",
    "watchdog",
]);

/// True when the word before token `i` is an organization cue ("maker", "club").
fn org_cue_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0 && {
        let w = tokens[i - 1].text(text);
        ORG_CUES.contains(w) || (w.len() > 5 && w.ends_with("maker"))
    }
}

/// Adds the people, places and organizations of one sentence to `out`.
pub fn find(
    text: &str,
    _sentence: Span,
    tokens: &[Token],
    lists: &NameLists,
    out: &mut Vec<Mention>,
) {
    if is_caps_sentence(text, tokens) {
        find_in_capitals(text, tokens, lists, out);
        return;
    }
    let n = tokens.len();
    let headline = is_title_case(text, tokens);
    // Tokens up to the first word open the sentence ("initial"): known once, not rescanned.
    let first_word = tokens
        .iter()
        .position(|t| t.kind != TokenKind::Punct)
        .unwrap_or(n);
    // One buffer for every chunk's words (a chunk has at most MAX_CHUNK_WORDS).
    let mut words = Vec::with_capacity(MAX_CHUNK_WORDS);
    let mut i = 0;
    while i < n {
        let initial = i <= first_word;
        if !starts_name(text, tokens, i, initial, lists) {
            i += 1;
            continue;
        }
        let j = extend(text, tokens, i, &mut words);
        let speech_follows = speech_after(text, tokens, j);
        // "the Treasury", "the Commission": a lone organization word after "the".
        let the_body = words.len() == 1
            && i > 0
            && matches!(tokens[i - 1].text(text), "the" | "The")
            && organization::is_tail(words[0].text);
        let org_cue = org_cue_before(text, tokens, i) || the_body;
        classify_memo(
            &words,
            &Context {
                text,
                lists,
                initial,
                speech_follows,
                headline,
                org_cue,
            },
            out,
        );
        i = j.max(i + 1);
    }
}

/// True when `w` has at least `n` characters (n <= 4), mostly without decoding: `n` ASCII
/// bytes first are `n` characters, and so are `4 * n` bytes of anything.
fn has_chars(w: &str, n: usize) -> bool {
    let b = w.as_bytes();
    b.len() >= n && (b[..n].is_ascii() || b.len() >= 4 * n || w.chars().nth(n - 1).is_some())
}

/// Headlines in capitals ("SOCCER - JAPAN GET LUCKY WIN"): only listed names count.
fn is_caps_sentence(text: &str, tokens: &[Token]) -> bool {
    let (mut words, mut caps) = (0, 0);
    for t in tokens {
        if t.kind == TokenKind::Word && has_chars(t.text(text), 2) {
            words += 1;
            caps += usize::from(t.is_all_caps(text));
            // There are at most as many words as tokens: once more than a fifth of that
            // many are not in capitals, the answer is no (most sentences stop here).
            if (words - caps) * 5 > tokens.len() {
                return false;
            }
        }
    }
    words > 0 && caps * 10 >= words * 8
}

/// A headline in title case: most words of four or more letters are capitalized.
fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    // A sentence that ends in a full stop or a closing quote is no headline: most stop here.
    let unpunctuated = tokens
        .last()
        .is_none_or(|t| !matches!(t.text(text), "." | "?" | "!" | "”" | "\"" | "’"));
    if tokens.len() > 30 || !unpunctuated {
        return false;
    }
    let (mut words, mut capitalized) = (0, 0);
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = t.text(text);
        if has_chars(w, 4) {
            words += 1;
            capitalized += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    words >= 3 && capitalized * 10 >= words * 7
}

fn find_in_capitals(text: &str, tokens: &[Token], lists: &NameLists, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind == TokenKind::Word {
            if let Some((j, entries)) = lists.longest_at(text, tokens, i, tokens.len()) {
                if let Some(e) = entries.pick() {
                    let mut m =
                        Mention::new(e.ty, Span::new(tokens[i].start, tokens[j - 1].end), e.list);
                    m.canonical = e.canonical.map(str::to_string);
                    m.kind = Some(e.kind);
                    out.push(m);
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
}

/// The listed entry for `name` as written in mixed-case text: a word in capitals ("MAGA")
/// matches only names listed in capitals ("US"), not "Maga".
fn lookup_cased(lists: &NameLists, name: &str) -> Option<Entry> {
    let entries = lists.lookup(name);
    if entries.is_empty() {
        return None;
    }
    let caps = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    if caps {
        entries.pick_where(|e| e.caps)
    } else {
        entries.pick()
    }
}

fn is_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_alphabetic)
}

fn is_initial_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].text(text);
    t.chars().count() == 1
        && t.chars().all(char::is_uppercase)
        && tokens
            .get(i + 1)
            .is_some_and(|d| d.text(text) == "." && d.start == tokens[i].end)
}

fn starts_name(text: &str, tokens: &[Token], i: usize, initial: bool, lists: &NameLists) -> bool {
    let t = &tokens[i];
    // Capitalization first: it turns away most tokens with one byte compare.
    if !t.is_capitalized(text) || !is_word(text, t) {
        return false;
    }
    let w = t.text(text);
    if is_calendar_word(w) {
        return false;
    }
    if w == "The" {
        return tokens
            .get(i + 1)
            .is_some_and(|n| n.is_capitalized(text) && !is_stopword(n.text(text)));
    }
    // Mid-sentence, a capitalized function word opens a name ("of First Union"), unless it
    // is a determiner or pronoun; "New Zealand" may open with one anywhere.
    !is_stopword(w)
        || (!initial && !DETERMINERS.contains(w))
        || lists
            .longest_at(text, tokens, i, tokens.len())
            .is_some_and(|(j, _)| j > i + 1)
}

/// A word inside a name: capitalized, or an initial. Capitalized function words continue a
/// name ("Lanhai New Energy"), but articles and "I" do not.
fn continues_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // Capitalization first: it turns away most tokens with one byte compare.
    if !t.is_capitalized(text) || !is_word(text, t) {
        return false;
    }
    let w = t.text(text);
    is_initial_at(text, tokens, i) || !matches!(w, "The" | "A" | "An" | "I" | "But" | "And" | "Or")
}

/// Words after a hyphen that make a compound, not a longer name ("Kuala Lumpur-based").
static HYPHEN_SUFFIXES: WordList = WordList::new(&[
    "based",
    "led",
    "born",
    "made",
    "owned",
    "run",
    "style",
    "wide",
    "era",
    "like",
    "type",
    "linked",
    "backed",
    "bound",
    "held",
    "born",
    "controlled",
    "funded",
    "friendly",
    "centric",
    "listed",
    "registered",
    "area",
    "region",
    "level",
    "class",
    "focused",
    "aligned",
    "allied",
    "leaning",
    "speaking",
    "flagged",
]);

/// The last token of a hyphenated name starting at token `j`: "Chia-hao", "Ji-woo",
/// "Ferreira-Moss" are one word; "Lumpur-based" and "US-Cambodian" are not.
fn hyphenated_end(text: &str, tokens: &[Token], j: usize) -> usize {
    let mut end = j;
    while let (Some(h), Some(r)) = (tokens.get(end + 1), tokens.get(end + 2)) {
        let glued = h.text(text) == "-"
            && h.start == tokens[end].end
            && r.start == h.end
            && r.kind == TokenKind::Word;
        if !glued {
            break;
        }
        let right = r.text(text);
        let left = tokens[end].text(text);
        let listed = |w: &str| !GAZETTEER.lookup(w).is_empty() || GAZETTEER.is_demonym(w);
        let merge = if right.starts_with(char::is_lowercase) {
            right.chars().count() <= 4 && !HYPHEN_SUFFIXES.contains(right)
        } else {
            right.starts_with(char::is_uppercase)
                && !listed(left)
                && !listed(right)
                && left.chars().any(char::is_lowercase)
        };
        if !merge {
            break;
        }
        end += 2;
    }
    end
}

/// Extends a chunk from token `i` into `words` (cleared first); returns the token after it.
fn extend<'t>(text: &'t str, tokens: &[Token], i: usize, words: &mut Vec<Word<'t>>) -> usize {
    words.clear();
    let mut j = i;
    let push = |words: &mut Vec<Word<'t>>, start: usize, end: usize| {
        words.push(Word {
            start,
            end,
            text: &text[start..end],
        })
    };
    let n = tokens.len();
    // Names are short: a run of capitals longer than this is cut into chunks, which keeps
    // the classification of a chunk (quadratic in its words) cheap on any input.
    while j < n && words.len() < MAX_CHUNK_WORDS {
        let t = tokens[j];
        let first = j == i;
        if first || continues_name(text, tokens, j) {
            // "B." and "Jr." and "Inc." keep their dot.
            let dot = tokens
                .get(j + 1)
                .is_some_and(|d| d.text(text) == "." && d.start == t.end);
            // A company's "Corp." that ends the sentence gives its dot to the sentence.
            let sentence_end = j + 2 == n && organization::is_legal_suffix(t.text(text));
            let keeps_dot = dot
                && !sentence_end
                && (is_initial_at(text, tokens, j)
                    || is_abbrev_in_name(t.text(text))
                    || j + 2 < n && tokens[j + 2].is_capitalized(text) && t.text(text).len() <= 3);
            if keeps_dot {
                push(words, t.start, tokens[j + 1].end);
                j += 2;
            } else {
                let end = hyphenated_end(text, tokens, j);
                push(words, t.start, tokens[end].end);
                j = end + 1;
            }
            continue;
        }
        // A connector joins only when a name word follows it ("Strait of Malacca").
        let tt = t.text(text);
        let mut k = j;
        let conn_end;
        if CONNECTORS.contains(tt) {
            k += 1;
            if tokens.get(k).is_some_and(|x| x.text(text) == "the") && tt != "-" {
                k += 1;
            }
            conn_end = k;
        } else if (tt == "’" || tt == "'")
            && tokens.get(j + 1).is_some_and(|s| s.text(text) == "s")
            && words
                .last()
                .is_some_and(|w| POSSESSIVE_HOSTS.contains(&w.text))
        {
            k += 2;
            conn_end = k;
        } else {
            break;
        }
        if k < n && continues_name(text, tokens, k) && !is_calendar_word(tokens[k].text(text)) {
            if conn_end - j == 2 && tokens[j + 1].text(text) == "s" {
                // The possessive "’s" is one word.
                push(words, tokens[j].start, tokens[j + 1].end);
            } else {
                for c in &tokens[j..conn_end] {
                    push(words, c.start, c.end);
                }
            }
            j = conn_end;
        } else {
            break;
        }
    }
    j
}

fn is_abbrev_in_name(w: &str) -> bool {
    matches!(
        w,
        "Jr" | "Sr"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "St"
            | "Mt"
            | "Ft"
            | "Bros"
            | "Plc"
            | "Dr"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Capt"
            | "Prof"
            | "Rev"
            | "Maj"
            | "Sgt"
            | "Adm"
    )
}

fn speech_after(text: &str, tokens: &[Token], j: usize) -> bool {
    let mut k = j;
    if tokens.get(k).is_some_and(|t| t.text(text) == ",") {
        k += 1;
    }
    tokens
        .get(k)
        .is_some_and(|t| person::is_speech_verb(t.text(text)))
}

fn emit(out: &mut Vec<Mention>, ty: EntityType, words: &[Word], rule: &'static str) -> bool {
    let words = trim_connectors(words);
    if words.is_empty() {
        return false;
    }
    out.push(Mention::new(
        ty,
        Span::new(words[0].start, words[words.len() - 1].end),
        rule,
    ));
    true
}

fn trim_connectors<'a, 't>(mut words: &'a [Word<'t>]) -> &'a [Word<'t>] {
    while words.first().is_some_and(|w| w.is_connector()) {
        words = &words[1..];
    }
    while words.last().is_some_and(|w| w.is_connector()) {
        words = &words[..words.len() - 1];
    }
    words
}

/// The texts of a chunk's words: on the stack for a chunk of up to
/// [`MAX_CHUNK_WORDS`] words (every chunk [`extend`] makes, bar a connector or two).
// The stack variant is large on purpose: it lives briefly, on the stack.
#[allow(clippy::large_enum_variant)]
enum Texts<'t> {
    Stack([&'t str; MAX_CHUNK_WORDS], usize),
    Heap(Vec<&'t str>),
}

impl<'t> std::ops::Deref for Texts<'t> {
    type Target = [&'t str];
    fn deref(&self) -> &[&'t str] {
        match self {
            Texts::Stack(buf, len) => &buf[..*len],
            Texts::Heap(v) => v,
        }
    }
}

fn texts<'t>(words: &[Word<'t>]) -> Texts<'t> {
    if words.len() > MAX_CHUNK_WORDS {
        return Texts::Heap(words.iter().map(|w| w.text).collect());
    }
    let mut buf = [""; MAX_CHUNK_WORDS];
    for (d, w) in buf.iter_mut().zip(words) {
        *d = w.text;
    }
    Texts::Stack(buf, words.len())
}

/// [`classify`], remembered per thread: the same chunks ("Tony Blair", "Mr Smith", "the
/// European Union") recur across the articles of a batch, and classifying one costs
/// thousands of instructions where a probe costs a hundred. The answer is a pure function
/// of the chunk's words (their text and relative positions), the context's flags and the
/// lists, which make up the key, so output does not depend on what was analyzed before.
fn classify_memo(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    /// Slots in the cache (direct-mapped: a newer chunk takes an older one's slot).
    const SLOTS: usize = 1 << 12;
    /// Chunks longer than this (bytes) are classified afresh: rare, and their word
    /// positions would not fit the key's bytes.
    const MAX_SPAN: usize = 255;
    /// A cached chunk: its key, and its mentions with spans relative to it.
    type Cached = (Vec<u8>, Vec<Mention>);
    /// The cached chunks, boxed so that the table itself is small (a pointer a slot: few
    /// pages of memory for a short run), and the key of the chunk at hand, built in place.
    #[derive(Default)]
    struct Memo {
        slots: Vec<Option<Box<Cached>>>,
        key: Vec<u8>,
    }
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::default();
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let base = first.start;
    if last.end - base > MAX_SPAN || words.len() > MAX_CHUNK_WORDS {
        return classify(words, ctx, out);
    }
    let rebase = |m: &Mention, from: usize, to: usize| {
        let mut m = m.clone();
        m.span = Span::new(m.span.start - from + to, m.span.end - from + to);
        m
    };
    // A hit is copied out at once; a miss hands back its slot and key, and the chunk is
    // classified with the cache released.
    let miss = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let Memo { slots, key } = &mut *memo;
        // The key: flags, lists, each word's span relative to the chunk, then its text.
        key.clear();
        key.push(
            u8::from(ctx.initial)
                | u8::from(ctx.speech_follows) << 1
                | u8::from(ctx.headline) << 2
                | u8::from(ctx.org_cue) << 3,
        );
        key.extend_from_slice(&ctx.lists.id().to_le_bytes());
        key.push(words.len() as u8);
        for w in words {
            key.push((w.start - base) as u8);
            key.push((w.end - base) as u8);
        }
        key.extend_from_slice(&ctx.text.as_bytes()[base..last.end]);
        let slot = {
            use std::hash::BuildHasher;
            (foldhash::fast::FixedState::with_seed(0).hash_one(&*key) as usize) % SLOTS
        };
        if slots.is_empty() {
            slots.resize_with(SLOTS, || None);
        }
        match slots[slot].as_deref() {
            Some((k, found)) if k == key => {
                out.extend(found.iter().map(|m| rebase(m, 0, base)));
                None
            }
            _ => Some((slot, key.clone())),
        }
    });
    let Some((slot, key)) = miss else {
        return;
    };
    let from = out.len();
    classify(words, ctx, out);
    let found = out[from..].iter().map(|m| rebase(m, base, 0)).collect();
    MEMO.with(|memo| memo.borrow_mut().slots[slot] = Some(Box::new((key, found))));
}

/// Classifies a chunk of words, splitting it where it holds several names.
fn classify(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    let words = trim_connectors(words);
    if words.is_empty() {
        return;
    }
    let full = joined(ctx.text, words);
    // 1. The whole chunk is a listed name ("The Diplomat", "Strait of Malacca").
    let listed = lookup_cased(ctx.lists, &full);
    // "Italian club Napoli", "the broker Sunderland Capital": the cue wins over a place.
    if ctx.org_cue
        && !ctx.headline
        && listed
            .as_ref()
            .is_none_or(|e| e.ty != EntityType::Organization)
    {
        let strong_person =
            person::classify(&texts(words), false, false).is_some_and(person::is_strong);
        if !strong_person
            && words
                .iter()
                .all(|w| !w.is_connector() || matches!(w.text, "of" | "&" | "-"))
        {
            emit(out, EntityType::Organization, words, "org-cue");
            return;
        }
    }
    if let Some(e) = listed {
        let mut m = Mention::new(
            e.ty,
            Span::new(words[0].start, words[words.len() - 1].end),
            e.list,
        );
        m.canonical = e.canonical.map(str::to_string);
        m.kind = Some(e.kind);
        out.push(m);
        return;
    }
    if words[0].text == "The" || words[0].text == "the" {
        return classify_rest(words, ctx, out);
    }
    let t = texts(words);
    // 2. A title splits the chunk: what follows is the person ("Prime Minister Hun Manet"),
    // unless the whole is an organization named after one ("Prince Holding Group").
    // A title that ends the chunk introduces nobody: "Department of Justice".
    if let Some((a, b)) = find_title(words).filter(|&(a, b)| b < words.len() || a == 0) {
        let rest = &words[b..];
        if a == 0
            && !rest.is_empty()
            && !rest[0].is_connector()
            && organization::classify(&texts(rest)).is_some()
        {
            emit(out, EntityType::Organization, words, "org-tail");
            return;
        }
        classify(
            &words[..a],
            &Context {
                speech_follows: false,
                ..*ctx
            },
            out,
        );
        if rest.first().is_some_and(Word::is_connector) {
            // "Associate Fellow for the Southeast Asia Program": only an organization
            // in the title's complement is kept.
            let complement = trim_connectors(rest);
            if !complement.is_empty() && organization::classify(&texts(complement)).is_some() {
                emit(out, EntityType::Organization, complement, "org-tail");
            }
            return;
        }
        for piece in rest.split(|w| w.text == "and" || w.text == "&") {
            emit(out, EntityType::Person, piece, "title+name");
        }
        return;
    }
    // 3. Shaped like an organization ("Human Rights Watch", "University of Phnom Penh");
    // "X Program and the Y Initiative" is two.
    if let Some(rule) = organization::classify(&t).filter(|_| !ctx.headline) {
        // "Kia Motor Corp of South Korea", "John Casesa of Schroder Wertheim & Co.": the
        // part before "of" is a whole name, so "of" joins two names.
        if let Some(k) = words.iter().position(|w| w.text == "of").filter(|&k| k > 0) {
            let before = texts(&words[..k]);
            let whole = (k >= 2 && organization::is_legal_suffix(before[k - 1]))
                || person::classify(&before, false, false).is_some_and(person::is_strong);
            if whole {
                split_at(words, k, ctx, out);
                return;
            }
        }
        // "German Foreign Ministry": a demonym before a generic name is no part of it.
        if words.len() > 2 && GAZETTEER.is_demonym(words[0].text) {
            return classify_rest(words, ctx, out);
        }
        let and = words.iter().position(|w| w.text == "and" || w.text == "&");
        let is_name = |part: &[Word]| {
            organization::classify(&texts(part)).is_some()
                || lookup_cased(ctx.lists, &joined(ctx.text, part)).is_some()
                || (part.len() == 1 && organization::is_acronym(part[0].text))
        };
        match and {
            Some(k)
                if k > 0
                    && k + 1 < words.len()
                    && is_name(&words[..k])
                    && is_name(trim_connectors(&words[k + 1..])) =>
            {
                split_at(words, k, ctx, out);
            }
            _ => {
                emit(out, EntityType::Organization, words, rule);
            }
        }
        return;
    }
    // "South Korean", "Latin American": a demonym, not a place; "World Cup", "Hong Kong
    // Open": an event, which is no entity.
    let last = words[words.len() - 1].text;
    if words.len() > 1
        && !words.iter().any(Word::is_connector)
        && (GAZETTEER.is_demonym(last) || EVENT_TAILS.contains(last))
    {
        return;
    }
    // 4. A leading demonym is no part of a name ("Cambodian Hun Manet").
    if GAZETTEER.is_demonym(words[0].text) && words.len() > 1 {
        return classify_rest(words, ctx, out);
    }
    // 5. Shaped like a place ("Ream Naval Base", "Gulf of Thailand").
    if let Some(rule) = place::classify(&t).filter(|_| !ctx.headline) {
        emit(out, EntityType::Place, words, rule);
        return;
    }
    let has_connector = words.iter().any(Word::is_connector);
    // "Pieter van Loon", "Joaquin del Olmo", "Mohammed bin Salman": name particles inside a
    // person's name.
    if has_connector
        && words
            .iter()
            .all(|w| !w.is_connector() || PARTICLES.contains(w.text))
    {
        let main: Vec<&str> = words
            .iter()
            .filter(|w| !w.is_connector())
            .map(|w| w.text)
            .collect();
        if main.len() >= 2
            && (GAZETTEER.is_given_name(main[0]) || ctx.speech_follows)
            && !ctx.headline
        {
            emit(out, EntityType::Person, words, "name-particle");
            return;
        }
    }
    // 6. A person's name ("Gregory B. Poling", "Hun Manet").
    if !has_connector {
        if words.len() > 1 && !sub_names(ctx, words).is_empty() && !person_like(&t) {
            return split_known(words, ctx, out);
        }
        if let Some(rule) = person::classify(&t, ctx.speech_follows, ctx.initial)
            .filter(|r| !ctx.headline || person::is_strong(r))
        {
            emit(out, EntityType::Person, words, rule);
            return;
        }
    }
    // 7. Several names joined by connectors: each piece on its own, split first where
    // names are coordinated ("and", "-"), so "Strait of Malacca and US" keeps its "of".
    if has_connector {
        let strong = |w: &Word| matches!(w.text, "and" | "&" | "-" | "–" | "’s" | "'s");
        let only_strong = words.iter().any(strong);
        let split_at = |w: &Word| {
            if only_strong {
                strong(w)
            } else {
                w.is_connector()
            }
        };
        let mut start = 0;
        for (k, w) in words.iter().enumerate() {
            if split_at(w) {
                if k > start {
                    classify(
                        &words[start..k],
                        &Context {
                            initial: ctx.initial && start == 0,
                            speech_follows: false,
                            ..*ctx
                        },
                        out,
                    );
                }
                start = k + 1;
            }
        }
        if start < words.len() {
            classify(
                &words[start..],
                &Context {
                    initial: ctx.initial && start == 0,
                    ..*ctx
                },
                out,
            );
        }
        return;
    }
    if words.len() > 1 {
        return split_known(words, ctx, out);
    }
    single(words[0], ctx, out);
}

/// Classifies the chunk without its first word (an article or a demonym).
fn classify_rest(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    let rest = Context {
        initial: false,
        ..*ctx
    };
    classify(&words[1..], &rest, out);
}

/// Classifies the words before and after the connector at `k` as two names.
fn split_at(words: &[Word], k: usize, ctx: &Context<'_>, out: &mut Vec<Mention>) {
    classify(&words[..k], ctx, out);
    let rest = Context {
        initial: false,
        ..*ctx
    };
    classify(&words[k + 1..], &rest, out);
}

fn person_like(t: &[&str]) -> bool {
    t.len() >= 2 && (GAZETTEER.is_given_name(t[0]) || GAZETTEER.is_family_name_first(t[0]))
}

/// The words as one name: the text itself where words are glued or one space apart (most
/// chunks), else the words joined by single spaces.
fn joined<'t>(text: &'t str, words: &[Word<'t>]) -> Cow<'t, str> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Cow::Borrowed("");
    };
    let single_spaced = words.windows(2).all(|p| {
        p[1].start == p[0].end || (p[1].start == p[0].end + 1 && text.as_bytes()[p[0].end] == b' ')
    });
    if single_spaced {
        return Cow::Borrowed(&text[first.start..last.end]);
    }
    let mut s = String::new();
    let mut prev_end = None;
    for w in words {
        if prev_end.is_some_and(|e| e < w.start) {
            s.push(' ');
        }
        s.push_str(w.text);
        prev_end = Some(w.end);
    }
    Cow::Owned(s)
}

/// Listed names inside a chunk: (first word, end word) of each, longest first from the left.
fn sub_names(ctx: &Context<'_>, words: &[Word]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut best = None;
        for j in (i + 1..=words.len().min(i + MAX_NAME_WORDS)).rev() {
            if j - i == words.len() {
                continue;
            }
            if lookup_cased(ctx.lists, &joined(ctx.text, &words[i..j])).is_some() {
                best = Some(j);
                break;
            }
        }
        match best {
            Some(j) => {
                found.push((i, j));
                i = j;
            }
            None => i += 1,
        }
    }
    found
}

/// Splits a chunk at the listed names inside it and classifies each part.
fn split_known(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    let known = sub_names(ctx, words);
    // "Texas Rangers", "Kansas City Royals": a place, then a plural nickname, is a team.
    if let Some(&(0, b)) = known.first() {
        let rest = &words[b..];
        let nickname = (1..=2).contains(&rest.len())
            && rest.iter().all(|w| {
                w.text.chars().next().is_some_and(char::is_uppercase) && !w.is_connector()
            })
            && rest[rest.len() - 1].text.ends_with('s')
            && !rest[rest.len() - 1].text.ends_with("ss")
            && lookup_cased(ctx.lists, &joined(ctx.text, rest)).is_none()
            && lookup_cased(ctx.lists, &joined(ctx.text, &words[..b]))
                .is_some_and(|e| e.ty == EntityType::Place);
        if nickname && !ctx.headline {
            emit(out, EntityType::Organization, words, "team-name");
            return;
        }
    }
    let mut pos = 0;
    for (a, b) in known {
        if a > pos {
            rest_piece(&words[pos..a], ctx, pos == 0, out);
        }
        classify(
            &words[a..b],
            &Context {
                initial: ctx.initial && a == 0,
                speech_follows: false,
                ..*ctx
            },
            out,
        );
        pos = b;
    }
    if pos == 0 {
        for (k, w) in words.iter().enumerate() {
            single(
                *w,
                &Context {
                    initial: ctx.initial && k == 0,
                    speech_follows: ctx.speech_follows && k == words.len() - 1,
                    ..*ctx
                },
                out,
            );
        }
        return;
    }
    if pos < words.len() {
        rest_piece(&words[pos..], ctx, false, out);
    }
}

fn rest_piece(words: &[Word], ctx: &Context<'_>, first: bool, out: &mut Vec<Mention>) {
    let t = texts(words);
    if words.len() > 1 {
        if let Some(rule) = person::classify(&t, false, ctx.initial)
            .filter(|r| !ctx.headline || person::is_strong(r))
        {
            emit(out, EntityType::Person, words, rule);
            return;
        }
    }
    for (k, w) in words.iter().enumerate() {
        single(
            *w,
            &Context {
                initial: ctx.initial && first && k == 0,
                speech_follows: false,
                ..*ctx
            },
            out,
        );
    }
}

/// The first run of titles inside a chunk, longest at each position: (first word, end
/// word). "Deputy Economy Minister" is one run of titles.
fn find_title(words: &[Word]) -> Option<(usize, usize)> {
    let longest_at = |a: usize| {
        if !words
            .get(a)
            .is_some_and(|w| person::may_start_title(w.text))
        {
            return None;
        }
        let max = *person::TITLE_MAX_WORDS;
        (a + 1..=(a + max).min(words.len()))
            .rev()
            .find(|&b| person::TITLES.contains(&norm_key(&texts(&words[a..b]).join(" "))))
    };
    let a = (0..words.len()).find(|&a| longest_at(a).is_some())?;
    let mut b = longest_at(a)?;
    while let Some(next) = longest_at(b) {
        b = next;
    }
    Some((a, b))
}

/// A chunk of one word.
fn single(w: Word, ctx: &Context<'_>, out: &mut Vec<Mention>) {
    if let Some(e) = lookup_cased(ctx.lists, w.text) {
        let mut m = Mention::new(e.ty, Span::new(w.start, w.end), e.list);
        m.canonical = e.canonical.map(str::to_string);
        m.kind = Some(e.kind);
        out.push(m);
        return;
    }
    if GAZETTEER.is_demonym(w.text)
        || is_calendar_word(w.text)
        || is_stopword(w.text)
        || w.text.is_empty()
    {
        return;
    }
    if ctx.org_cue && !ctx.headline && w.text.chars().any(char::is_lowercase) {
        out.push(Mention::new(
            EntityType::Organization,
            Span::new(w.start, w.end),
            "org-cue",
        ));
        return;
    }
    if organization::is_acronym(w.text) && !ctx.headline {
        out.push(Mention::new(
            EntityType::Organization,
            Span::new(w.start, w.end),
            "acronym",
        ));
        return;
    }
    if person::is_common(w.text) || !w.text.chars().any(char::is_lowercase) {
        return;
    }
    let mut m = Mention::new(
        EntityType::Person,
        Span::new(w.start, w.end),
        if ctx.speech_follows {
            "speaker"
        } else {
            "name-part"
        },
    );
    m.tentative = !ctx.speech_follows || ctx.initial;
    out.push(m);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        find(
            text,
            Span::new(0, text.len()),
            &tokens,
            &NameLists::default(),
            &mut out,
        );
        out.iter()
            .filter(|m| !m.tentative)
            .map(|m| (m.text(text).to_string(), m.ty.name()))
            .collect()
    }

    #[test]
    fn has_chars_counts_like_chars() {
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "é",
            "éé",
            "ééé",
            "éééé",
            "aé",
            "a😀",
            "😀😀",
            "日本語",
            "日本語x",
        ] {
            for n in 1..=4 {
                assert_eq!(has_chars(w, n), w.chars().count() >= n, "{w:?} {n}");
            }
        }
    }

    /// Each analyzer's lists get their own answers: a name the user lists is not answered
    /// from what the built-in lists said of it, nor the other way round.
    #[test]
    fn chunk_memo_tells_lists_apart() {
        let text = "Officials at Quellbrook Ventures said so.";
        let user = crate::gazetteer::UserGazetteer::from_tsv(&["Quellbrook Ventures\tplace"]);
        let user = NameLists::new(Some(std::sync::Arc::new(user.unwrap())));
        let types = |lists: &NameLists| {
            let tokens = tokenize(text);
            let mut out = Vec::new();
            find(text, Span::new(0, text.len()), &tokens, lists, &mut out);
            out.iter()
                .filter(|m| m.text(text) == "Quellbrook Ventures")
                .map(|m| m.ty.name())
                .collect::<Vec<_>>()
        };
        for _ in 0..2 {
            assert_eq!(types(&NameLists::default()), ["organization"]);
            assert_eq!(types(&user), ["place"]);
        }
    }

    /// The remembered classification of a chunk is the fresh one, moved to where the chunk
    /// is, whatever its context flags; asked twice, from different offsets.
    #[test]
    fn chunk_memo_answers_as_classify() {
        let sentences = [
            "Prime Minister Hun Manet met Gregory B. Poling of the Center for Strategic and International Studies.",
            "The Treasury and the Bank of England said Kuala Lumpur-based Prince Holding Group fell.",
            "Hegseth spoke to Pete Hegseth, and Texas Rangers beat Kansas City Royals.",
        ];
        let lists = NameLists::default();
        for pad in ["", "Some words first. "] {
            for s in sentences {
                let text = format!("{pad}{s}");
                let tokens = tokenize(&text);
                let (mut i, mut words) = (0, Vec::new());
                while i < tokens.len() {
                    let j = extend(&text, &tokens, i, &mut words);
                    for flags in 0..16u8 {
                        let ctx = Context {
                            text: &text,
                            lists: &lists,
                            initial: flags & 1 != 0,
                            speech_follows: flags & 2 != 0,
                            headline: flags & 4 != 0,
                            org_cue: flags & 8 != 0,
                        };
                        let (mut fresh, mut memo) = (Vec::new(), Vec::new());
                        classify(&words, &ctx, &mut fresh);
                        classify_memo(&words, &ctx, &mut memo);
                        assert_eq!(fresh, memo, "{:?} {flags}", &text[words[0].start..]);
                    }
                    i = j.max(i + 1);
                }
            }
        }
    }

    #[test]
    fn titles_split_chunks() {
        assert_eq!(
            names("Last October, Secretary of War Pete Hegseth met with Cambodian Deputy Prime Minister Tea Seiha in Kuala Lumpur to talk."),
            [("Pete Hegseth".into(), "person"), ("Tea Seiha".into(), "person"), ("Kuala Lumpur".into(), "place")]
        );
        assert_eq!(
            names("He met US Assistant Secretary of State for East Asian and Pacific Affairs, Michael George DeSombre, on trade."),
            [("US".into(), "place"), ("Michael George DeSombre".into(), "person")]
        );
    }

    #[test]
    fn organizations_and_places() {
        let got = names("Derek Grossman, a visiting Senior Fellow at ISEAS - Yusof Ishak Institute at the National University of Singapore, wrote.");
        assert_eq!(
            got,
            [
                ("Derek Grossman".into(), "person"),
                ("ISEAS - Yusof Ishak Institute".into(), "organization"),
                ("National University of Singapore".into(), "organization")
            ]
        );
        assert_eq!(
            names(
                "A visit to the Ream Naval Base near the Strait of Malacca and US-Cambodian ties."
            ),
            [
                ("Ream Naval Base".into(), "place"),
                ("Strait of Malacca".into(), "place"),
                ("US".into(), "place")
            ]
        );
    }
}
