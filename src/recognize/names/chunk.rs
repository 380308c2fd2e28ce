//! Chunking: the runs of capitalized words that may be names ("Secretary of War Pete
//! Hegseth", "ISEAS - Yusof Ishak Institute"), with the connectors ("of", "van", "’s"),
//! initials, abbreviations and hyphenated words they may hold.

use super::organization;
use super::words::is_common_word;
use super::words::{
    bytes, filter_hash, is_calendar_token, is_particle, is_particle_lower, is_stopword_token,
    remembered, OPENS_LONGER, OPENS_LONGER_SPACED,
};
use crate::gazetteer::{Entries, NameLists, GAZETTEER};
use crate::lexicon::{calendar, class, words, HashSlots, WordFilter, WordList};
use crate::token::{Token, TokenKind};
use std::sync::LazyLock;

/// Lower-case words that may join capitalized words inside one name, as written, by their
/// [`WordFilter::hash`]: a few dozen short words, found in their slot without the look-up
/// of the lexicon's table (which answers alike: a class holds its rows as written).
static CONNECTORS: LazyLock<HashSlots<&'static str, ()>> =
    LazyLock::new(|| HashSlots::new(words::NAMES_CONNECTOR.iter().map(|&w| (w, ()))));

/// The most words (connectors included) one chunk of a name may have.
pub(super) const MAX_CHUNK_WORDS: usize = 16;

/// Capitalized words that never open a name, even mid-sentence.
static DETERMINERS: WordList = WordList::new(class::NAMES_DETERMINER);

/// Nouns after which a possessive stays inside a name ("Cambodian People's Party").
static POSSESSIVE_HOSTS: &[&str] = words::NAMES_POSSESSIVE_HOST;

/// One word of a chunk: its byte span and text (an initial keeps its dot: "B.").
#[derive(Debug, Clone, Copy)]
pub(super) struct Word<'t> {
    /// Where the word starts in the text.
    pub(super) start: usize,
    /// Where the word ends in the text.
    pub(super) end: usize,
    /// The word as written.
    pub(super) text: &'t str,
    /// The text's [`WordFilter::hash`], for the lists asked about the word.
    pub(super) hash: u64,
    /// The word is a connector ([`Word::is_connector`]), found once when it is made.
    connector: bool,
}

impl Word<'_> {
    /// True for a word that joins the capitalized words around it ("of", "van", "the", "’s").
    #[inline]
    pub(super) fn is_connector(&self) -> bool {
        self.connector
    }
}

/// True for a word that joins the capitalized words around it ("of", "van", "the", "’s"),
/// whose [`WordFilter::hash`] is `hash`.
fn is_connector(text: &str, hash: u64) -> bool {
    CONNECTORS.get(hash, text).is_some() || text == "the" || text == "’s" || text == "'s"
}

/// The words of one chunk, on the stack: [`extend`] makes at most [`MAX_CHUNK_WORDS`]
/// and the connectors that join the last of them (three at most) to a name.
pub(super) struct Words<'t> {
    buf: [Word<'t>; MAX_CHUNK_WORDS + 3],
    len: usize,
}

impl<'t> Words<'t> {
    /// No words.
    pub(super) fn new() -> Self {
        let none = Word {
            start: 0,
            end: 0,
            text: "",
            hash: 0,
            connector: false,
        };
        Words {
            buf: [none; MAX_CHUNK_WORDS + 3],
            len: 0,
        }
    }

    /// How many words the chunk has (without the bounds check of a slice).
    #[inline(always)]
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Empties the chunk.
    fn clear(&mut self) {
        self.len = 0;
    }

    /// Adds a word (there is always room: see [`Words`]).
    fn push(&mut self, w: Word<'t>) {
        self.buf[self.len] = w;
        self.len += 1;
    }

    /// Drops the last word, if any.
    fn pop(&mut self) {
        self.len = self.len.saturating_sub(1);
    }
}

impl<'t> std::ops::Deref for Words<'t> {
    type Target = [Word<'t>];
    fn deref(&self) -> &[Word<'t>] {
        &self.buf[..self.len]
    }
}

/// A word token that starts with a letter.
#[inline(always)]
fn is_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && match text.as_bytes().get(t.start) {
            // An ASCII byte is settled by itself; only other letters are decoded.
            Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
            _ => starts_with_letter(t.text(text)),
        }
}

/// True when `w` starts with a letter: [`is_word`] for a word beyond ASCII, out of line.
#[cold]
#[inline(never)]
fn starts_with_letter(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_alphabetic)
}

/// An initial: one capital letter glued to the dot after it ("B.").
fn is_initial_at(text: &str, tokens: &[Token], i: usize) -> bool {
    // The dot first: most words have none glued after them.
    tokens
        .get(i + 1)
        .is_some_and(|d| d.start == tokens[i].end && d.is_byte(text, b'.'))
        && {
            let t = tokens[i].text(text);
            t.chars().count() == 1 && t.chars().all(char::is_uppercase)
        }
}

/// True when token `i` may open a name: a capitalized word, no month or weekday, and no
/// stopword unless mid-sentence or opening a listed name of several words ("New Zealand").
pub(super) fn starts_name(
    text: &str,
    tokens: &[Token],
    i: usize,
    initial: bool,
    lists: &NameLists,
) -> bool {
    let t = &tokens[i];
    // Capitalization first: it turns away most tokens with one byte compare.
    if !t.is_capitalized() || !is_word(text, t) {
        return false;
    }
    if is_calendar_token(text, t) {
        return false;
    }
    // The token's text is sliced only where a list's filter lets the word through.
    let w = bytes(text, t);
    // "A. Dale", "I. Austin": an initial opens a name although the letter alone is a
    // function word.
    if w.len() == 1
        && is_initial_at(text, tokens, i)
        && tokens.get(i + 2).is_some_and(|n| n.is_capitalized())
    {
        return true;
    }
    if w == b"The" {
        return tokens
            .get(i + 1)
            .is_some_and(|n| n.is_capitalized() && !is_stopword_token(text, n));
    }
    // Mid-sentence, a capitalized function word opens a name ("of First Union"), unless it
    // is a determiner or pronoun; "New Zealand" may open with one anywhere.
    !is_stopword_token(text, t)
        || (!initial && !is_determiner(text, t))
        || ((lists.has_user() || opens_longer_name(text, tokens, i))
            && lists
                .longest_at(text, tokens, i, tokens.len())
                .is_some_and(|(j, _)| j > i + 1))
}

/// True when some built-in name of several tokens may open with token `i` and the one after
/// it: the word's key goes on in the names, with a space where the walk of the lists puts
/// one (see [`crate::gazetteer::NameLists::longest_at`]). A fact of the word, remembered.
fn opens_longer_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let (t, Some(n)) = (&tokens[i], tokens.get(i + 1)) else {
        return false;
    };
    let spaced = t.end < n.start && bytes(text, t) != b"-" && bytes(text, n) != b"-";
    let fact = if spaced {
        OPENS_LONGER_SPACED
    } else {
        OPENS_LONGER
    };
    remembered(t.text(text), fact, |w| {
        GAZETTEER.opens_longer_name(w, spaced)
    })
}

/// True for a capitalized determiner or pronoun (token `t` of `text`), which never opens a
/// name; the text is sliced only past the filter.
fn is_determiner(text: &str, t: &Token) -> bool {
    DETERMINERS.may_contain_hash(t.hash) && DETERMINERS.contains_hashed(t.text(text), t.hash)
}

/// A word inside a name: capitalized, or an initial. Capitalized function words continue a
/// name ("Lanhai New Energy"), but articles and "I" do not.
#[inline(always)]
fn continues_name(text: &str, tokens: &[Token], i: usize) -> bool {
    // Capitalization first: it turns away most tokens with one byte compare, without a call.
    tokens[i].is_capitalized() && continues_name_capitalized(text, tokens, i)
}

/// [`continues_name`] for a capitalized token.
#[inline(always)]
fn continues_name_capitalized(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !is_word(text, t) {
        return false;
    }
    let w = t.text(text);
    // "Regina Ip In the constituency": a capitalized preposition ends a name too.
    !matches!(
        w,
        "The" | "A" | "An" | "I" | "But" | "And" | "Or" | "In" | "On" | "At"
    ) || is_initial_at(text, tokens, i)
}

/// Words after a hyphen that make a compound, not a longer name ("Kuala Lumpur-based").
static HYPHEN_SUFFIXES: WordList = WordList::new(class::NAMES_HYPHEN_SUFFIX);

/// Words that label a caption's credit before a colon ("Image: Tessa Morland").
static CAPTION_LABELS: WordList = WordList::new(class::NAMES_CAPTION_LABEL);

/// The last token of a hyphenated name starting at token `j`: "Chia-hao", "Ji-woo",
/// "Ferreira-Moss" are one word; "Lumpur-based" and "US-Cambodian" are not.
#[inline(always)]
fn hyphenated_end(text: &str, tokens: &[Token], j: usize) -> usize {
    // Most words are followed by a space, and most glued tokens are no hyphen (a comma, a
    // dot): settled here, without a call.
    if tokens
        .get(j + 1)
        .is_none_or(|h| h.start != tokens[j].end || !h.is_byte(text, b'-'))
    {
        return j;
    }
    hyphenated_end_glued(text, tokens, j)
}

/// [`hyphenated_end`] for a word with a token glued after it.
fn hyphenated_end_glued(text: &str, tokens: &[Token], j: usize) -> usize {
    let mut end = j;
    while let (Some(h), Some(r)) = (tokens.get(end + 1), tokens.get(end + 2)) {
        // Most words are followed by a space: the offsets settle it before any text.
        let glued = h.start == tokens[end].end
            && r.start == h.end
            && r.kind == TokenKind::Word
            && h.is_byte(text, b'-');
        if !glued {
            break;
        }
        let right = r.text(text);
        let left = tokens[end].text(text);
        let listed = |w: &str| !GAZETTEER.lookup(w).is_empty() || GAZETTEER.is_demonym(w);
        let merge = if right.starts_with(char::is_lowercase) {
            // "Chia-hao", "Wai-ching", "Che-cheung": a short or foreign syllable; not
            // "Lumpur-based" or "Anti-corruption".
            (right.chars().count() <= 4 || !is_common_word(right))
                && !HYPHEN_SUFFIXES.contains(right)
        } else {
            // "El-Hassan", "Al-Assad": a particle before its name, listed or not.
            right.starts_with(char::is_uppercase)
                && (left.len() <= 3 && is_particle_lower(left) || !listed(left) && !listed(right))
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
pub(super) fn extend<'t>(
    text: &'t str,
    tokens: &[Token],
    i: usize,
    words: &mut Words<'t>,
) -> usize {
    words.clear();
    let mut j = i;
    // A word of several tokens, or one of the connectors' branch.
    let push = |words: &mut Words<'t>, start: usize, end: usize| {
        let (text, hash) = (&text[start..end], WordFilter::hash(&text[start..end]));
        words.push(Word {
            start,
            end,
            text,
            hash,
            connector: is_connector(text, hash),
        })
    };
    // A word from token `t` on: one that starts with a capital, as names do, is no
    // connector (they all start with a lower-case letter or a sign).
    let push_name = |words: &mut Words<'t>, t: &Token, end: usize, hash: u64| {
        let word = &text[t.start..end];
        words.push(Word {
            start: t.start,
            end,
            text: word,
            hash,
            connector: !t.is_capitalized() && is_connector(word, hash),
        })
    };
    let n = tokens.len();
    // Names are short: a run of capitals longer than this is cut into chunks, which keeps
    // the classification of a chunk (quadratic in its words) cheap on any input.
    while j < n && words.len() < MAX_CHUNK_WORDS {
        let t = &tokens[j];
        let first = j == i;
        // A weekday that ends a run of capitals after a name of two words or more is the
        // day of wire copy, not part of the name: "President Bill Clinton Saturday vowed"
        // ("The Sunday Times" goes on; "Mike Friday" is one name of two words).
        if words.len() >= 2
            && is_weekday_name(bytes(text, t))
            && !tokens.get(j + 1).is_some_and(|n| n.is_capitalized())
        {
            break;
        }
        if first || continues_name(text, tokens, j) {
            // "B." and "Jr." and "Inc." keep their dot.
            let dot = tokens
                .get(j + 1)
                .is_some_and(|d| d.start == t.end && d.is_byte(text, b'.'));
            // A company's "Corp." that ends the sentence gives its dot to the sentence (asked
            // only of a word with a dot).
            let sentence_end = || j + 2 == n && organization::is_legal_suffix(t.text(text));
            let keeps_dot = dot
                && !sentence_end()
                && (is_initial_at(text, tokens, j)
                    || is_abbrev_in_name(t.text(text))
                    || j + 2 < n && tokens[j + 2].is_capitalized() && t.text(text).len() <= 3);
            if keeps_dot {
                let end = tokens[j + 1].end;
                push_name(words, t, end, WordFilter::hash(&text[t.start..end]));
                j += 2;
            } else {
                let end = hyphenated_end(text, tokens, j);
                if end == j {
                    // One token: the word's hash is the token's.
                    push_name(words, t, t.end, t.filter_hash(text));
                } else {
                    let e = tokens[end].end;
                    push_name(words, t, e, WordFilter::hash(&text[t.start..e]));
                }
                j = end + 1;
            }
            continue;
        }
        // A connector joins only when a name word follows it ("Strait of Malacca").
        let tb = bytes(text, t);
        // "al-Mansouri", "el-Sisi": the particle, its hyphen and the name are one word.
        if matches!(tb, b"al" | b"el")
            && tokens
                .get(j + 1)
                .is_some_and(|h| h.is_byte(text, b'-') && h.start == t.end)
            && tokens.get(j + 2).is_some_and(|r| {
                r.start == tokens[j + 1].end && continues_name(text, tokens, j + 2)
            })
        {
            let end = hyphenated_end(text, tokens, j + 2);
            push(words, t.start, tokens[end].end);
            j = end + 1;
            continue;
        }
        // "BBC Radio 4", "Channel 4 News": a number of one or two digits after a word
        // that names stations by number; "San Francisco 49ers": a nickname in digits.
        if let Some(end) = numbered_word(text, tokens, j, words) {
            push(words, t.start, tokens[end].end);
            j = end + 1;
            continue;
        }
        let mut k = j;
        let conn_end;
        let h = filter_hash(text, t);
        if CONNECTORS.may_get(h) && CONNECTORS.get(h, t.text(text)).is_some() {
            let tt = t.text(text);
            k += 1;
            if tokens.get(k).is_some_and(|x| x.text(text) == "the") && tt != "-" {
                k += 1;
            }
            // "van der", "de la", "de los": particles come in runs of up to three.
            while k - j < 3
                && is_particle(tt)
                && tokens.get(k).is_some_and(|x| is_particle(x.text(text)))
            {
                k += 1;
            }
            conn_end = k;
        } else if (tb == "’".as_bytes() || tb == b"'")
            && tokens.get(j + 1).is_some_and(|s| s.is_byte(text, b's'))
            && words
                .last()
                .is_some_and(|w| POSSESSIVE_HOSTS.contains(&w.text))
        {
            k += 2;
            conn_end = k;
        } else if let Some(e) = (tb == "’".as_bytes() || tb == b"'")
            .then(|| saints_possessive(text, tokens, j, words))
            .flatten()
        {
            k = e;
            conn_end = k;
        } else {
            break;
        }
        if k < n && continues_name(text, tokens, k) && !is_calendar_token(text, &tokens[k]) {
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
    // "Daniel P. Davison Feb. 1", "in Paris Tuesday": a date after a name ends it (asked
    // once a chunk, of the words that may be a month's or weekday's name).
    if words.len() >= 2
        && words[1..]
            .iter()
            .any(|w| calendar::may_be_capitalized_name(w.hash))
    {
        if let Some(end) = date_after_name(text, tokens, i, words) {
            j = end;
        }
    }
    // "Alaska Airlines Flight 1282": a word a number makes a service's designation ends
    // the name before it, and is none of it.
    if words.len() >= 2
        && tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number)
        && words.last().is_some_and(|w| DESIGNATED.contains(w.text))
    {
        words.pop();
    }
    // "Owen Pritchard Image: Tessa Morland": a caption's label right before its colon ends
    // the name before it (asked once a chunk, only before a colon).
    if words.len() >= 2 && tokens.get(j).is_some_and(|c| c.is_byte(text, b':')) {
        j -= usize::from(drop_caption_label(text, tokens, j, words));
    }
    j
}

/// Words that a number after them makes a designation that ends a name ("Flight").
static DESIGNATED: WordList = WordList::new(class::NAMES_DESIGNATION);

/// Words that a number after them continues in a name ("Radio", "Channel").
static NUMBERED_HEADS: WordList = WordList::new(class::NAMES_NUMBERED_HEAD);

/// The last token of a word of digits at token `j` that continues the name in `words`:
/// one or two digits after a [`NUMBERED_HEADS`] word ("Radio 4"), or digits glued to
/// "ers" after a capitalized word ("49ers").
#[inline]
fn numbered_word(text: &str, tokens: &[Token], j: usize, words: &Words<'_>) -> Option<usize> {
    let t = &tokens[j];
    let b = bytes(text, t);
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let last = words.last()?;
    let digits = b.iter().all(u8::is_ascii_digit);
    let next = tokens.get(j + 1).filter(|n| n.start == t.end);
    // Nothing glued after it but punctuation: "Radio 4's", "Channel 4,"; not "Radio 4G".
    let alone = next.is_none_or(|n| !bytes(text, n)[0].is_ascii_alphanumeric());
    if digits && b.len() <= 2 && alone && NUMBERED_HEADS.contains(last.text) {
        return Some(j);
    }
    if digits && b.len() == 2 && next.is_some_and(|n| bytes(text, n) == b"ers") {
        return Some(j + 1);
    }
    // A token of digits and letters: "49ers" read as one.
    (b.len() == 5 && b[..2].iter().all(u8::is_ascii_digit) && &b[2..] == b"ers").then_some(j)
}

/// Drops the last word of `words` when it is a caption's label ([`CAPTION_LABELS`]) glued
/// to the colon at token `colon`; true when it did.
#[cold]
#[inline(never)]
fn drop_caption_label(text: &str, tokens: &[Token], colon: usize, words: &mut Words<'_>) -> bool {
    let Some(label) = colon.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let drop = tokens[colon].start == label.end
        && words.last().is_some_and(|w| w.start == label.start)
        && CAPTION_LABELS.contains(label.text(text));
    if drop {
        words.pop();
    }
    drop
}

/// Abbreviations that keep their dot inside a name ("Jr.", "Inc.", "Gen.").
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

/// The chunk without the connectors at either end.
pub(super) fn trim_connectors<'a, 't>(mut words: &'a [Word<'t>]) -> &'a [Word<'t>] {
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
pub(super) enum Texts<'t> {
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

/// The texts of `words`, on the stack when they fit (built in the caller's frame: the
/// buffer is not copied out).
#[inline(always)]
pub(super) fn texts<'t>(words: &[Word<'t>]) -> Texts<'t> {
    if words.len() > MAX_CHUNK_WORDS {
        return Texts::Heap(words.iter().map(|w| w.text).collect());
    }
    let mut buf = [""; MAX_CHUNK_WORDS];
    for (d, w) in buf.iter_mut().zip(words) {
        *d = w.text;
    }
    Texts::Stack(buf, words.len())
}

/// The first month or weekday name among `words` (after the first) that is a date, no part
/// of the name begun at token `i`: a month or weekday before a day's number ("Daniel P.
/// Davison Feb. 1", "Smith March 3"), a weekday after one word that follows "in" ("trading
/// in Paris Tuesday"; "Mike Friday" stays one name). The chunk ends before it: its token is
/// returned.
#[cold]
#[inline(never)]
fn date_after_name(text: &str, tokens: &[Token], i: usize, words: &mut Words<'_>) -> Option<usize> {
    let m = (1..words.len()).find(|&m| {
        let w = words[m];
        calendar::may_be_capitalized_name(w.hash) && calendar::is_capitalized_name(w.text)
    })?;
    let start = words[m].start;
    let j = (i..tokens.len()).find(|&k| tokens[k].start == start)?;
    let t = &tokens[j];
    let dot = tokens
        .get(j + 1)
        .is_some_and(|d| d.start == t.end && d.is_byte(text, b'.'));
    let k = if dot { j + 2 } else { j + 1 };
    let day = tokens.get(k).is_some_and(|d| {
        d.kind == TokenKind::Number
            && d.end - d.start <= 2
            && !tokens
                .get(k + 1)
                .is_some_and(|e| e.start == d.end && e.kind != TokenKind::Punct)
    });
    // ("in Sheffield Wednesday", a listed club, stays one name.)
    let in_place = m == 1
        && i > 0
        && is_weekday_name(words[m].text.as_bytes())
        && super::words::is_locative(&text[tokens[i - 1].start..tokens[i - 1].end])
        && text
            .get(words[0].start..words[m].start + words[m].text.len())
            .is_none_or(|name| matches!(GAZETTEER.lookup(name), Entries::None));
    if !(day || in_place) {
        return None;
    }
    while words.len() > m {
        words.pop();
    }
    Some(j)
}

/// "St Mary's Church", "St. Peter's Square", "St Thomas' Hospital": a saint's possessive at token `j` (an
/// apostrophe) stays inside the name of what is named after the saint; returns the token
/// after it.
#[cold]
#[inline(never)]
fn saints_possessive(text: &str, tokens: &[Token], j: usize, words: &Words<'_>) -> Option<usize> {
    if words.len() != 2 || !matches!(words[0].text, "St" | "St." | "Saint") {
        return None;
    }
    if tokens.get(j + 1).is_some_and(|s| s.is_byte(text, b's')) {
        Some(j + 2)
    } else {
        words[1].text.ends_with('s').then_some(j + 1)
    }
}

/// A full weekday name in any case ("Saturday"): told by its "day" ending first.
fn is_weekday_name(b: &[u8]) -> bool {
    (6..=9).contains(&b.len())
        && b[b.len() - 3..].eq_ignore_ascii_case(b"day")
        && std::str::from_utf8(b).is_ok_and(crate::lexicon::calendar::is_full_weekday)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The connectors by hash answer as the lexicon's class does, for its rows as written
    /// and in other cases, and for other words.
    #[test]
    fn connectors_by_hash_answer_as_their_class() {
        let class = WordList::new(class::NAMES_CONNECTOR);
        let others = [
            "the", "Of", "OF", "And", "Van", "de la", "", "é", "ofs", "zu-",
        ];
        for w in words::NAMES_CONNECTOR.iter().copied().chain(others) {
            let h = WordFilter::hash(w);
            assert_eq!(CONNECTORS.get(h, w).is_some(), class.contains(w), "{w:?}");
        }
    }
}
