//! Names read against the rest of the article: the name keys the passes share, family
//! names over places, roles of organizations, people linked to their fullest name and
//! organizations to the name their acronym spells (lone names are confirmed in
//! `confirm.rs`).

use std::sync::LazyLock;

use foldhash::HashMap;

use super::few::Sketch;
use crate::gazetteer::GAZETTEER;
use crate::lexicon::words;
use crate::model::{CanonicalName, EntityType, Mention, Rule};

/// An offset or position kept in `u32` where it fits, which halves the buffers of a huge
/// input, and in `usize` past that: offsets into the store of [`NameKeys`] (`u32` for a text
/// small enough that its store stays under 4 GiB, see [`NARROW_TEXT`]), positions of
/// mentions.
pub(super) trait Offset: Copy + Default {
    /// The offset `n` (which fits: the caller chose the type by the text's size).
    fn at(n: usize) -> Self;
    /// The offset as a `usize`.
    fn get(self) -> usize;
}

impl Offset for u32 {
    fn at(n: usize) -> Self {
        debug_assert!(u32::try_from(n).is_ok());
        n as u32
    }
    fn get(self) -> usize {
        self as usize
    }
}

impl Offset for usize {
    fn at(n: usize) -> Self {
        n
    }
    fn get(self) -> usize {
        self
    }
}

/// The longest text whose store fits `u32` offsets. Mentions no longer overlap, and for
/// each byte of them the store holds at most four name keys (one a pass), each at most
/// three times as long in lower case, and one copy with straight apostrophes: sixteen
/// times the text stays under 4 GiB.
pub(super) const NARROW_TEXT: usize = (u32::MAX / 16) as usize;

/// A string kept in [`NameKeys::store`]: its bytes and, for a name key, its words.
#[derive(Clone, Copy)]
pub(super) struct Key<O> {
    start: O,
    end: O,
    words: O,
}

impl<O: Offset> Key<O> {
    pub(super) fn get(self, store: &str) -> &str {
        &store[self.start.get()..self.end.get()]
    }

    /// The number of words of a name key.
    pub(super) fn words(self) -> usize {
        self.words.get()
    }
}

/// The name keys of an article's people (see [`push_name_key`]), built once for the passes
/// that ask, end to end in one buffer with the other strings those passes build. Each
/// kept key has the start of its mention: kept mentions never overlap, so a start names
/// one, and they stay in text order. Holds the passes' other buffers too, all kept from
/// one article to the next. Offsets are `O` (see [`Offset`]).
#[derive(Default)]
pub(super) struct NameKeys<O> {
    pub(super) store: String,
    kept: Vec<(O, Key<O>)>,
    pub(super) positions: Vec<usize>,
    pub(super) lows: String,
    pub(super) straights: Vec<(usize, Key<O>)>,
    pub(super) person_keys: Vec<Key<O>>,
    words: Vec<(usize, usize)>,
}

impl<O: Offset> NameKeys<O> {
    /// Keeps the keys of the people of `mentions` found for sure (a guess is asked about
    /// less often), forgetting the last article's.
    #[inline(never)]
    pub(super) fn reset(&mut self, text: &str, mentions: &[Mention]) {
        self.store.clear();
        self.kept.clear();
        let sure = |m: &Mention| m.ty == EntityType::Person && !m.tentative;
        room_for(&mut self.kept, mentions, sure);
        for m in mentions.iter() {
            if sure(m) {
                let key = self.push_key(m.text(text));
                self.kept.push((O::at(m.span.start), key));
            }
        }
    }

    /// Empties the buffers, freeing those a huge input grew.
    pub(super) fn give_back(&mut self) {
        for s in [&mut self.store, &mut self.lows] {
            if s.capacity() > super::KEEP_AT_MOST {
                *s = String::new();
            }
            s.clear();
        }
        super::give_back(&mut self.kept);
        super::give_back(&mut self.positions);
        super::give_back(&mut self.straights);
        super::give_back(&mut self.person_keys);
        super::give_back(&mut self.words);
    }

    /// Appends the name key of `name` to the store.
    fn push_key(&mut self, name: &str) -> Key<O> {
        let start = self.store.len();
        let words = push_name_key(name, &mut self.store);
        Key {
            start: O::at(start),
            end: O::at(self.store.len()),
            words: O::at(words),
        }
    }

    /// The name key of `m`: the kept one, else a new one. `cursor` is a place in the kept
    /// keys that only moves forward: ask about mentions in text order.
    pub(super) fn of(&mut self, cursor: &mut usize, text: &str, m: &Mention) -> Key<O> {
        while self
            .kept
            .get(*cursor)
            .is_some_and(|&(s, _)| s.get() < m.span.start)
        {
            *cursor += 1;
        }
        match self.kept.get(*cursor) {
            Some(&(s, key)) if s.get() == m.span.start => key,
            _ => self.push_key(m.text(text)),
        }
    }

    /// Appends `s` to the store.
    pub(super) fn push_str(&mut self, s: &str) -> Key<O> {
        let start = self.store.len();
        self.store.push_str(s);
        Key {
            start: O::at(start),
            end: O::at(self.store.len()),
            words: O::at(0),
        }
    }
}

/// False when `s` holds one word at most: it has no white space (nor a character below
/// "!" or beyond ASCII, which might be).
fn may_be_several_words(s: &str) -> bool {
    // White space is below "!"; a character beyond ASCII has its high bit. Eight bytes at
    // a time (two overlapping words from eight bytes on, two halves of four below), a
    // byte at a time below four.
    let b = s.as_bytes();
    let n = b.len();
    if n >= 8 {
        let (head, tail) = (crate::swar::load(b), crate::swar::load(&b[n - 8..]));
        // The bytes between the first eight and the last eight, if any.
        let middle = b.get(8..n - 8).unwrap_or_default();
        return below_bang_or_wide(head)
            || below_bang_or_wide(tail)
            || middle.iter().any(|&c| c <= b' ' || !c.is_ascii());
    }
    if n >= 4 {
        let word = |at: usize| u64::from(u32::from_le_bytes(b[at..at + 4].try_into().expect("4")));
        return below_bang_or_wide(word(0) | word(n - 4) << 32);
    }
    b.iter().any(|&c| c <= b' ' || !c.is_ascii())
}

/// True when one of the eight bytes of `w` is below "!" or beyond ASCII (a zero byte is
/// below "!": the halves of four bytes put together have none).
#[inline(always)]
fn below_bang_or_wide(w: u64) -> bool {
    use crate::swar::{HIGH_BITS, LOW_BITS};
    // The low seven bits plus 0x5F reach 0x80 from "!" on; a byte with its high bit set is
    // beyond ASCII either way.
    (!((w & !HIGH_BITS).wrapping_add(LOW_BITS * 0x5F)) | w) & HIGH_BITS != 0
}

/// A lone word listed as a place that is the family name of a person in the same article
/// is that person ("Jordan" after "Michael Jordan", "Washington" after "Denzel Washington").
#[inline(never)]
pub(super) fn surnames_over_places<O: Offset>(
    text: &str,
    mentions: &mut [Mention],
    keys: &mut NameKeys<O>,
) {
    if mentions.iter().any(may_be_surname) {
        family_names(text, mentions, keys);
    }
}

/// A place that may be a family name, by its type and rule (a dateline's is none); whether
/// it is one word is asked later, and of fewer.
fn may_be_surname(m: &Mention) -> bool {
    m.ty == EntityType::Place && m.rule != Rule::Dateline
}

/// Makes room in `v` for one item per mention of `mentions` that `counts` holds, at once,
/// when there are so many that doubling would overshoot by megabytes (see
/// [`super::room`]); a usual article's mentions are not counted.
fn room_for<T>(v: &mut Vec<T>, mentions: &[Mention], counts: impl Fn(&Mention) -> bool) {
    if mentions.len() > 1 << 12 {
        super::room(v, mentions.iter().filter(|m| counts(m)).count());
    }
}

/// Makes people of the lone places that are the family name of a person: the last word of
/// a name key of two words or more. The family names are gathered first (most articles
/// have few), and only a place that may be one of them is looked at further: whether it is
/// one word, then in lower case among them.
fn family_names<O: Offset>(text: &str, mentions: &mut [Mention], keys: &mut NameKeys<O>) {
    // The family names, as byte ranges of the store (which grows as they are gathered).
    let mut lasts = std::mem::take(&mut keys.words);
    lasts.clear();
    let mut sketch = Sketch::default();
    let mut cursor = 0;
    for m in mentions.iter().filter(|m| m.ty == EntityType::Person) {
        if m.tentative && !may_be_several_words(m.text(text)) {
            continue;
        }
        let key = keys.of(&mut cursor, text, m);
        // The last of two or more words.
        if key.words() < 2 {
            continue;
        }
        let (start, end) = (key.start.get(), key.end.get());
        let name = &keys.store[start..end];
        let last = name
            .bytes()
            .rposition(|b| b == b' ')
            .map_or(start, |p| start + p + 1);
        sketch.insert(&keys.store[last..end], false);
        lasts.push((last, end));
    }
    if !lasts.is_empty() {
        let store = keys.store.as_str();
        let mut lower = std::mem::take(&mut keys.lows);
        let mut surnames: Option<foldhash::HashSet<&str>> = None;
        for m in mentions.iter_mut().filter(|m| may_be_surname(m)) {
            let t = m.text(text);
            if !sketch.may_contain(t, true) || super::has_space(t) {
                continue;
            }
            lower.clear();
            push_lower(t, &mut lower);
            // Grown by insertion, not sized to every name: a huge input's names repeat.
            let surnames = surnames.get_or_insert_with(|| {
                let mut set = foldhash::HashSet::default();
                for &(a, b) in &lasts {
                    set.insert(&store[a..b]);
                }
                set
            });
            if surnames.contains(lower.as_str()) {
                m.ty = EntityType::Person;
                m.list_kind = None;
                m.rule = Rule::ArticleLink;
            }
        }
        keys.lows = lower;
    }
    // One per name of a huge input: not kept for the short runs of words it lends later.
    super::give_back(&mut lasts);
    keys.words = lasts;
}

/// The roles of organizations by their first byte (ASCII lower case): a role can follow a
/// name only when the next word starts with that byte. The list at 256 is of the empty
/// roles (none is), which would follow anything: each list ends with them, and it is the
/// list of a name followed by nothing.
static ROLES_BY_FIRST_BYTE: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut by_first = vec![Vec::new(); 257];
    for r in words::CONTEXT_ORGANIZATION_ROLE {
        let at = r
            .as_bytes()
            .first()
            .map_or(256, |b| usize::from(b.to_ascii_lowercase()));
        by_first[at].push(*r);
    }
    let empty = by_first[256].clone();
    for list in &mut by_first[..256] {
        list.extend(&empty);
    }
    by_first
});

/// An unconfirmed lone name followed by a role of organizations is one ("Petofi general
/// manager", "Rotor's fans").
pub(super) fn roles_of_organizations(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.tentative) {
        // Apostrophes, then "s", then white space: "Rotor's fans".
        let rest = &text.as_bytes()[m.span.end..];
        let mut p = 0;
        loop {
            if rest[p..].starts_with("’".as_bytes()) {
                p += "’".len();
            } else if rest.get(p) == Some(&b'\'') {
                p += 1;
            } else {
                break;
            }
        }
        while rest.get(p) == Some(&b's') {
            p += 1;
        }
        let after = crate::input::trim_start(&text[m.span.end + p..]);
        let first = after.as_bytes().first().map(u8::to_ascii_lowercase);
        let candidates = &ROLES_BY_FIRST_BYTE[first.map_or(256, usize::from)];
        let role = candidates.iter().any(|r| {
            // The second byte first: it turns most candidates away for one comparison.
            let (a, b) = (after.as_bytes(), r.as_bytes());
            a.len() >= b.len()
                && (b.len() < 2 || a[1].eq_ignore_ascii_case(&b[1]))
                && after
                    .get(..r.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(r))
                && !after[r.len()..].starts_with(char::is_alphabetic)
        });
        // "Museum officials said": an ordinary word names no organization by itself;
        // nor does a common word that opens a sentence ("Head coach Alasdair Fenwick",
        // "Harbor board backs"), capitalised only for that, unless the article writes it
        // capitalised inside a sentence too ("Forest manager" after "Nottingham Forest").
        let name = m.text(text);
        if role
            && !GAZETTEER.is_ordinary_word(name)
            && !(opens_sentence(text, m.span.start)
                && crate::lexicon::english::is_common_word(name)
                && !capitalised_inside(text, m.span.start, name))
        {
            m.ty = EntityType::Organization;
            m.tentative = false;
            m.rule = Rule::OrgRole;
        }
    }
}

/// Whether byte `at` of `text` opens a sentence or a line: nothing before it but white
/// space since a full stop, a question or exclamation mark, a line break or a quotation
/// mark.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '“'])
}

/// How far either side of a mention [`capitalised_inside`] looks: an article's length, so
/// that one line of many articles is not read again for each mention.
const INSIDE_REACH: usize = 8 * 1024;

/// Whether `word` stands in `text` alone, a name of its own, somewhere inside a sentence
/// within [`INSIDE_REACH`] of byte `near`: a whole word with no capitalised word right
/// before or after it ("He joined Forest"; not "City Council", "Nottingham Forest").
#[cold]
fn capitalised_inside(text: &str, near: usize, word: &str) -> bool {
    let capital_word = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    let from = crate::input::floor_char(text, near.saturating_sub(INSIDE_REACH));
    let to = crate::input::ceil_char(text, (near + INSIDE_REACH).min(text.len()));
    text[from..to].match_indices(word).any(|(at, _)| {
        let at = from + at;
        let end = at + word.len();
        let (before, after) = (&text[..at], &text[end..]);
        let whole =
            !before.ends_with(char::is_alphanumeric) && !after.starts_with(char::is_alphanumeric);
        let name_before =
            before.ends_with(' ') && capital_word(before.trim_end().rsplit(' ').next());
        let name_after =
            after.starts_with(' ') && capital_word(after.trim_start().split(' ').next());
        whole && !opens_sentence(text, at) && !name_before && !name_after
    })
}

/// Appends the words of a name to `key`, for matching a later surname to its full name:
/// lower case, final dots dropped, straight apostrophes, joined by single spaces (no word
/// holds white space, so the words are split at `' '`). Returns the number of words.
#[inline(always)]
fn push_name_key(s: &str, key: &mut String) -> usize {
    // Most names: the key is the name lowered.
    let plain = push_plain_lower(s, key);
    if plain > 0 {
        return plain;
    }
    let from = key.len();
    let mut words = 0;
    if s.is_ascii() {
        // Bytes are characters: split at ASCII white space without decoding, copy each word
        // whole, and lower the key once.
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if is_space(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && !is_space(b[i]) {
                i += 1;
            }
            let mut end = i;
            while end > start && b[end - 1] == b'.' {
                end -= 1;
            }
            if end > start {
                if words > 0 {
                    key.push(' ');
                }
                key.push_str(&s[start..end]);
                words += 1;
            }
        }
        key[from..].make_ascii_lowercase();
        return words;
    }
    let split = s
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty());
    for w in split {
        if words > 0 {
            key.push(' ');
        }
        words += 1;
        if w.is_ascii() {
            let at = key.len();
            key.push_str(w);
            key[at..].make_ascii_lowercase();
        } else {
            key.push_str(&w.replace('’', "'").to_lowercase());
        }
    }
    words
}

/// Appends `s` lowered to `key` when its words are split by single spaces and hold no
/// dot, no byte below a space and none beyond ASCII (most names), and returns the number
/// of words; else appends nothing and returns 0. Eight bytes at a time: each is tested,
/// its spaces counted and its capitals lowered at once.
#[inline(always)]
fn push_plain_lower(s: &str, key: &mut String) -> usize {
    use crate::swar::{byte_range, load, HIGH_BITS, LOW_BITS};
    let b = s.as_bytes();
    let n = b.len();
    if n == 0 || b[0] == b' ' || b[n - 1] == b' ' {
        return 0;
    }
    let from = key.len();
    // SAFETY: only ASCII bytes are pushed (a chunk is pushed after its high bits are
    // tested clear, and lowering sets no high bit), and an ASCII byte is a whole UTF-8
    // character: the string stays UTF-8 at every step.
    let v = unsafe { key.as_mut_vec() };
    // Room for a whole last chunk: it is pushed whole, then cut to the name's length.
    v.reserve(n + 8);
    let (mut spaces, mut before) = (0u64, 0u64);
    // The bytes past the end read as letters: no space, nothing refused.
    let letters = LOW_BITS * u64::from(b'a');
    let mut p = 0;
    while p < n {
        let len = (n - p).min(8);
        let w = if len == 8 {
            load(&b[p..])
        } else if n >= 8 {
            // The last eight bytes, moved down to the tail's.
            load(&b[n - 8..]) >> (8 * (8 - len)) | letters << (8 * len)
        } else if n >= 4 {
            // Two words of four that overlap on the same bytes.
            let word =
                |at: usize| u64::from(u32::from_le_bytes(b[at..at + 4].try_into().expect("4")));
            word(0) | word(n - 4) << (8 * (n - 4)) | letters << (8 * n)
        } else {
            let mut tail = [b'a'; 8];
            tail[..n].copy_from_slice(b);
            u64::from_le_bytes(tail)
        };
        // The byte tests read ASCII right; a byte beyond it is refused by its high bit.
        let space = byte_range(w, b' ', b' ');
        let refused = (w & HIGH_BITS)
            | (!byte_range(w, b' ', 0x7F) & HIGH_BITS)
            | byte_range(w, b'.', b'.')
            // Two spaces in a row, in the chunk or across the last one's end.
            | space & (space >> 8)
            | space & (before >> 56);
        if refused != 0 {
            v.truncate(from);
            return 0;
        }
        spaces += (space >> 7).wrapping_mul(LOW_BITS) >> 56;
        v.extend_from_slice(&(w | byte_range(w, b'A', b'Z') >> 2).to_le_bytes());
        before = space;
        p += 8;
    }
    v.truncate(from + n);
    spaces as usize + 1
}

/// Appends `s` in lower case to `out`.
pub(super) fn push_lower(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// The words of a name key, as byte ranges (words are split at `' '`, which no word holds).
fn key_words(key: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = key.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < b.len() {
            let end = b[start..]
                .iter()
                .position(|&c| c == b' ')
                .map_or(b.len(), |p| start + p);
            let word = (start, end);
            start = end + 1;
            if word.0 < word.1 {
                return Some(word);
            }
        }
        None
    })
}

/// Sets `canonical` on people (the fullest name containing the mention's words) and on
/// organizations known by an acronym (the name whose initials spell it). A name that is
/// its own canonical name keeps none: the output gives its text.
#[inline(never)]
pub(super) fn link_names<O: Offset>(text: &str, mentions: &mut [Mention], keys: &mut NameKeys<O>) {
    // The name key of every person, in text order.
    let mut cursor = 0;
    let mut person_keys = std::mem::take(&mut keys.person_keys);
    let mut words = std::mem::take(&mut keys.words);
    person_keys.clear();
    room_for(&mut person_keys, mentions, |m| m.ty == EntityType::Person);
    for m in mentions.iter().filter(|m| m.ty == EntityType::Person) {
        person_keys.push(keys.of(&mut cursor, text, m));
    }
    let store = keys.store.as_str();
    // Every run of consecutive words of every person's name key, with the fullest name that
    // holds it (the first in the text among the longest): one hash lookup per mention.
    let runs: usize = person_keys
        .iter()
        .map(|k| k.words() * (k.words() + 1) / 2)
        .sum();
    // Room for every run of a usual article at once; a huge input's runs repeat (the same
    // people), so its map grows to the distinct ones instead of holding room for all.
    // Each run has a slot of `fullest`, found through `slot_of`; each slot makes its
    // canonical name once, which the mentions it names share.
    let room = runs.min(1 << 12);
    let mut slot_of: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(room, Default::default());
    let mut fullest: Vec<(usize, &str, Option<CanonicalName>)> = Vec::with_capacity(room);
    // The slot of each person's own key, in text order: asked once, not again at the end.
    let mut own = std::mem::take(&mut keys.positions);
    own.clear();
    super::room(&mut own, person_keys.len());
    // The byte range of each word of a key (a run of words is a slice of the key).
    let persons = mentions.iter().filter(|m| m.ty == EntityType::Person);
    for (m, key) in persons.zip(&person_keys) {
        let (key, n) = (key.get(store), key.words());
        let k = slot(&mut slot_of, &mut fullest, key);
        own.push(k);
        // A name met before, or a run of a fuller one, has each of its runs in the map at
        // least as full already: it would change nothing.
        if fullest[k].0 >= n {
            continue;
        }
        let name = m.text(text);
        words.clear();
        words.extend(key_words(key));
        for a in 0..words.len() {
            for b in a..words.len() {
                let k = slot(&mut slot_of, &mut fullest, &key[words[a].0..words[b].1]);
                if words.len() > fullest[k].0 {
                    fullest[k] = (words.len(), name, None);
                }
            }
        }
    }
    // Organizations known by an acronym, with the first organization in the text whose
    // initials spell it (and which is not the acronym itself).
    let mut expansions: HashMap<&str, Option<&str>> = HashMap::default();
    for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
        let t = m.text(text);
        if is_acronym(t) {
            expansions.insert(t, None);
        }
    }
    if !expansions.is_empty() {
        // The first bytes of the acronyms. A name that opens with an ASCII capital has it
        // for its first initial: unless an acronym opens with it, it spells none.
        let mut opens = [false; 256];
        for a in expansions.keys() {
            opens[usize::from(a.as_bytes()[0])] = true;
        }
        let mut i = String::new();
        for m in mentions.iter().filter(|m| m.ty == EntityType::Organization) {
            let t = m.text(text);
            if t.as_bytes()
                .first()
                .is_some_and(|&b| b.is_ascii_uppercase() && !opens[usize::from(b)])
            {
                continue;
            }
            // One ASCII word has one initial at most: no acronym (two or more).
            let split = |b: u8| matches!(b, b'\t'..=b'\r' | b' ' | b'-');
            if t.bytes().all(|b| b.is_ascii() && !split(b)) {
                continue;
            }
            initials(t, &mut i);
            if i != t {
                if let Some(slot @ None) = expansions.get_mut(i.as_str()) {
                    *slot = Some(t);
                }
            }
        }
    }
    // "International Centre for Integrated Mountain Development (ICIMOD)": an acronym in
    // parentheses right after an organization is defined by it.
    let mut defined: HashMap<&str, String> = HashMap::default();
    for w in mentions.windows(2) {
        let pair = w[0].ty == EntityType::Organization && w[1].ty == EntityType::Organization;
        // "(NASDAQ: TGRA)" names an exchange, no acronym of the company.
        if pair
            && text[w[0].span.end..w[1].span.start].trim() == "("
            && text[w[1].span.end..].trim_start().starts_with(')')
        {
            let full = w[0].name(text).to_string();
            defined.entry(w[1].text(text)).or_insert(full);
        }
    }
    let mut person_key = person_keys.iter().zip(&own);
    // A link by a first word that the text may go on to write in full.
    let mut goes_on = false;
    for m in mentions.iter_mut() {
        match m.ty {
            EntityType::Person => {
                let Some((&key, &k)) = person_key.next() else {
                    continue;
                };
                let full = Some(&mut fullest[k]).filter(|(len, ..)| *len > key.words());
                // A fuller name in the article wins; else a list's canonical name; else the
                // text, which is no canonical name (see `Mention::canonical`).
                if let Some((_, full, shared)) = full {
                    let name = shared.get_or_insert_with(|| CanonicalName::from(*full));
                    m.canonical = Some(name.clone());
                }
            }
            // The article's own expansion of an acronym beats a list's: "Council for the
            // Development of Cambodia (CDC)" is no Centers for Disease Control.
            EntityType::Organization => {
                goes_on |= super::companies::goes_on(text, m);
                let t = m.text(text);
                let expansion = if !expansions.is_empty() && is_acronym(t) {
                    expansions.get(t).copied().flatten()
                } else {
                    None
                };
                match defined.get(t) {
                    Some(full) => m.canonical = Some(full.as_str().into()),
                    None => {
                        if let Some(full) = expansion {
                            m.canonical = Some(CanonicalName::from(full));
                        }
                    }
                }
            }
            _ => {}
        }
        // The name as written needs no copy.
        if m.canonical.as_deref().is_some_and(|c| c == m.text(text)) {
            m.canonical = None;
        }
    }
    keys.person_keys = person_keys;
    keys.words = words;
    keys.positions = own;
    if goes_on {
        super::companies::linked_names_in_full(text, mentions);
    }
}

/// The slot of `run` in `slots` (found through `slot_of`), a new one made empty the first
/// time `run` is asked for.
#[inline(always)]
fn slot<'t, T: Default>(
    slot_of: &mut HashMap<&'t str, usize>,
    slots: &mut Vec<T>,
    run: &'t str,
) -> usize {
    let next = slots.len();
    let k = *slot_of.entry(run).or_insert(next);
    if k == next {
        slots.push(T::default());
    }
    k
}

/// True for a name of capitals (and "&") of two characters or more ("CSIS", "AT&T").
#[inline(always)]
fn is_acronym(t: &str) -> bool {
    // A byte at a time while ASCII: any other ASCII byte answers for the whole name; a byte
    // beyond ASCII hands over to the characters.
    for &b in t.as_bytes() {
        if !(b.is_ascii_uppercase() || b == b'&') {
            return !b.is_ascii()
                && t.chars().all(|c| c.is_uppercase() || c == '&')
                && t.chars().count() >= 2;
        }
    }
    t.len() >= 2
}

/// The byte offsets of the spaces of `s`, a byte at a time (names are short: a search
/// would cost more to start than the bytes to read).
pub(super) fn spaces(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.bytes()
        .enumerate()
        .filter_map(|(k, b)| (b == b' ').then_some(k))
}

/// Sets `out` to the capital initials of a name's main words ("Center for Strategic and
/// International Studies" -> "CSIS").
pub(super) fn initials(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        // Words split at ASCII white space and hyphens, read a byte at a time.
        let mut at_start = true;
        for b in name.bytes() {
            let split = matches!(b, b'\t'..=b'\r' | b' ' | b'-');
            if at_start && !split && b.is_ascii_uppercase() {
                out.push(char::from(b));
            }
            at_start = split;
        }
        return;
    }
    out.extend(
        name.split(|c: char| c.is_whitespace() || c == '-')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_are_lower_case_words_without_final_dots() {
        for (name, want, words) in [
            ("Pete  Hegseth", "pete hegseth", 2),
            ("Martin Luther King Jr.", "martin luther king jr", 4),
            ("J.. R.\tTolkien\n", "j r tolkien", 3),
            ("O’Neil Ölçer", "o'neil ölçer", 2),
            ("...", "", 0),
            ("", "", 0),
        ] {
            let mut key = String::from("before");
            assert_eq!(push_name_key(name, &mut key), words, "{name:?}");
            assert_eq!(&key["before".len()..], want, "{name:?}");
            let got: Vec<&str> = key_words(&key["before".len()..])
                .map(|(a, b)| &want[a..b])
                .collect();
            assert_eq!(got.join(" "), want, "{name:?}");
            assert_eq!(got.len(), words, "{name:?}");
        }
    }

    #[test]
    fn initials_of_ascii_names_read_by_byte_as_by_character() {
        let mut got = String::new();
        for name in [
            "Center for Strategic and International Studies",
            "Anglo-American  Tobacco\tCo",
            " -X- Y\u{b}Z\r\nW ",
            "lower case only",
            "",
            "A",
            "Gaz de France",
        ] {
            initials(name, &mut got);
            let want: String = name
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            assert_eq!(got, want, "{name:?}");
        }
    }

    #[test]
    fn acronyms_read_by_byte_as_by_character() {
        for t in [
            "CSIS", "AT&T", "A", "&&", "Ab", "", "ÉU", "UN ", "U.N.", "É", "AÉ", "Éa", "aÉ",
        ] {
            let want = t.chars().all(|c| c.is_uppercase() || c == '&') && t.chars().count() >= 2;
            assert_eq!(is_acronym(t), want, "{t:?}");
        }
    }

    #[test]
    fn several_words_told_eight_bytes_at_a_time_as_by_byte() {
        let mut next = crate::resolve::tests::rng(3);
        for n in 0..30 {
            for _ in 0..3000 {
                let b: Vec<u8> = (0..n)
                    .map(|_| {
                        let r = next() as u8;
                        // Mostly letters, at times a byte around "!" or beyond ASCII.
                        match r % 16 {
                            0 => b' ',
                            1 => b'!',
                            2 => r / 16 + 0x18,
                            3 => 0x80 | r,
                            _ => b'a' + r % 26,
                        }
                    })
                    .collect();
                let Ok(s) = std::str::from_utf8(&b) else {
                    continue;
                };
                let want = s.bytes().any(|c| c <= b' ' || !c.is_ascii());
                assert_eq!(may_be_several_words(s), want, "{s:?}");
            }
        }
    }

    /// The words of a plain name read a byte at a time, else 0.
    fn plain_words(b: &[u8]) -> usize {
        let mut words = 0;
        let mut after_space = true;
        for &c in b {
            if c == b' ' {
                if after_space {
                    return 0;
                }
                after_space = true;
            } else if c < b' ' || c == b'.' || c >= 0x80 {
                return 0;
            } else {
                words += usize::from(after_space);
                after_space = false;
            }
        }
        if after_space {
            0
        } else {
            words
        }
    }

    #[test]
    fn plain_names_pushed_eight_bytes_at_a_time_as_by_byte() {
        let pieces = [
            "Pete", " ", "  ", "Hegseth", "O'Neil", "Jr.", "é", "\t", "\u{7f}", "@", "[", "Z", "a",
            "-", "x",
        ];
        let mut next = crate::resolve::tests::rng(9);
        for _ in 0..20_000 {
            let name = crate::resolve::tests::pieces_text(&mut next, &pieces, 7);
            let mut key = String::from("before");
            let words = push_plain_lower(&name, &mut key);
            assert_eq!(words, plain_words(name.as_bytes()), "{name:?}");
            let want = if words > 0 {
                name.to_ascii_lowercase()
            } else {
                String::new()
            };
            assert_eq!(&key["before".len()..], want, "{name:?}");
        }
    }

    #[test]
    fn plain_names_are_their_own_keys() {
        for (name, words) in [
            ("Pete Hegseth", 2),
            ("O'Neil", 1),
            ("Jean-Luc Picard", 2),
            ("Pete  Hegseth", 0),
            (" Pete", 0),
            ("Pete ", 0),
            ("Jr.", 0),
            ("A\tB", 0),
            ("", 0),
        ] {
            assert_eq!(plain_words(name.as_bytes()), words, "{name:?}");
        }
    }
}
