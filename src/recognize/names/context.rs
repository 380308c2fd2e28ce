//! What the sentence around a chunk says: whether it is a headline (in capitals or in title
//! case), whether a verb of saying follows the chunk, whether a cue for an organization
//! ("club", "carmaker") stands before it.

use std::cell::Cell;

use super::person;
use super::words::{bytes, filter_hash};
use crate::gazetteer::NameLists;
use crate::lexicon::{class, classes, Classes, WordList};
use crate::token::{Token, TokenKind};

/// What the chunker knows about the sentence around a chunk: the text, the lists, and
/// flags ([`Flags`]) read through methods that note each flag asked about, so that the
/// chunk memo can tell which flags an answer depends on.
#[derive(Clone, Copy)]
pub(super) struct Context<'a> {
    /// The whole text the chunk's words point into.
    pub(super) text: &'a str,
    /// The lists names are looked up in.
    pub(super) lists: &'a NameLists,
    /// Where the chunk starts: which of its words opens it.
    pub(super) chunk_start: usize,
    /// The values of the flags this context sets itself.
    flags: Flags,
    /// The flags this context sets itself (a split's "not initial"): asking about them
    /// reads nothing of the chunk's own flags.
    own: u16,
    /// The chunk's flags asked about so far, shared by the contexts derived from one.
    reads: &'a Cell<u16>,
    /// The chunk's own flags, shared by the contexts derived from one.
    chunk: &'a ChunkFlags<'a>,
}

/// A chunk's flags: those worked out so far, and a way to work out the others (bits of
/// [`LAZY`]) when first read.
pub(super) struct ChunkFlags<'a> {
    /// The values of the flags worked out.
    values: Cell<u16>,
    /// The flags worked out.
    known: Cell<u16>,
    /// The flags of a set of bits, those on among them.
    lazy: &'a dyn Fn(u16) -> u16,
}

impl<'a> ChunkFlags<'a> {
    /// The flags `known`, of values `values`, and `lazy` for the others.
    pub(super) fn new(values: u16, known: u16, lazy: &'a dyn Fn(u16) -> u16) -> Self {
        ChunkFlags {
            values: Cell::new(values & known),
            known: Cell::new(known),
            lazy,
        }
    }

    /// The flag `bit`, worked out if it was not.
    #[inline]
    fn get(&self, bit: u16) -> bool {
        if self.known.get() & bit == 0 {
            self.values
                .set(self.values.get() | ((self.lazy)(bit) & bit));
            self.known.set(self.known.get() | bit);
        }
        self.values.get() & bit != 0
    }

    /// The values of the flags worked out so far (the others read as off).
    pub(super) fn values(&self) -> Flags {
        Flags(self.values.get())
    }
}

/// The flags of a chunk's [`Context`], one bit each: the chunk memo keys on them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Flags(pub(super) u16);

/// The chunk opens the sentence (capitalization says nothing).
const INITIAL: u16 = 1;
/// A verb of saying follows the chunk ("..., Grossman said").
const SPEECH_FOLLOWS: u16 = 1 << 1;
/// The sentence is a title-case headline ("Cambodia to Widen Canal"): capitals say
/// little, so only listed names and strong cues count.
const HEADLINE: u16 = 1 << 2;
/// A common noun for an organization stands right before the chunk ("battery maker
/// Lanhai", "Italian club Napoli").
const ORG_CUE: u16 = 1 << 3;
/// A noun and a preposition that introduce an organization stand before the chunk
/// ("shares of Time Warner", "analysts at Merrill Lynch"): a weaker cue than [`ORG_CUE`],
/// which a listed name or a title outweighs.
const ORG_AFTER_PREP: u16 = 1 << 4;
/// A locative preposition stands right before the chunk ("in", "near", "outside").
const LOCATIVE: u16 = 1 << 5;
/// A comma after a word stands right before the chunk ("Fresno, Calif.").
const AFTER_COMMA: u16 = 1 << 6;
/// A dot follows the chunk right after its last letter.
const DOT_AFTER: u16 = 1 << 7;
/// A possessive follows the chunk ("Tony Blair's office").
const POSSESSIVE_AFTER: u16 = 1 << 8;
/// The chunk is among words in capitals: two of its own, or one beside it.
const CAPS_RUN: u16 = 1 << 9;
/// A noun for a work stands right before the chunk ("the film Vera Drake").
const WORK_BEFORE: u16 = 1 << 10;
/// A noun for a vehicle stands right before the chunk ("the tanker Kota Sejati").
const VEHICLE_BEFORE: u16 = 1 << 11;
/// An appositive about a person follows the chunk: a comma, "a" or "an", and a noun for a
/// person within four words ("Valeska Paris, an Australian woman").
const PERSON_APPOSITIVE: u16 = 1 << 12;
/// A word in lower case stands right before the chunk or right after its first word, over
/// punctuation ("by NICE last week", "NICE, which"; not "NAIROBI, Kenya (AP)", "6
/// MILWAUKEE 1").
const LOWER_BESIDE: u16 = 1 << 13;
/// A noun for a settlement or its people and "of" stand right before the chunk ("the town
/// of Tavildara", "residents of Ebbsworth").
const PLACE_OF: u16 = 1 << 14;
/// A noun for a relative or a child stands right before the chunk, or before its comma
/// ("their daughter Gloria", "the boy, Kemal").
const KIN_BEFORE: u16 = 1 << 15;

/// The flags worked out only when asked ([`lazy_flags`]): most answers of the chunk memo
/// read few of them, and a remembered answer needs only those it read. The others (the
/// chunk opens the sentence, the cues right before it) nearly every answer reads.
pub(super) const LAZY: u16 = SPEECH_FOLLOWS
    | HEADLINE
    | ORG_AFTER_PREP
    | AFTER_COMMA
    | DOT_AFTER
    | POSSESSIVE_AFTER
    | CAPS_RUN
    | PERSON_APPOSITIVE
    | LOWER_BESIDE;

impl Flags {
    /// The flags of a chunk outside [`LAZY`]: whether it opens the sentence, whether an
    /// organization's cue stands before it, the cues of the word before it
    /// ([`cues_before`]) and those of the two tokens before it ([`cues_two_before`]).
    pub(super) fn eager(
        initial: bool,
        org_cue: bool,
        cues: Classes,
        (place_of, kin_comma): (bool, bool),
    ) -> Self {
        let on = |bit: u16, on: bool| u16::from(on) * bit;
        Flags(
            on(INITIAL, initial)
                | on(ORG_CUE, org_cue)
                | on(PLACE_OF, place_of)
                | on(KIN_BEFORE, kin_comma || cues.has(class::NAMES_KIN_NOUN))
                | on(LOCATIVE, cues.has(class::NAMES_LOCATIVE))
                | on(WORK_BEFORE, cues.has(class::NAMES_WORK_CUE))
                | on(VEHICLE_BEFORE, cues.has(class::NAMES_VEHICLE_CUE)),
        )
    }
}

impl<'a> Context<'a> {
    /// The context of a chunk starting at `chunk_start` with the flags of `chunk`; the
    /// flags asked about are noted in `reads`.
    pub(super) fn new(
        text: &'a str,
        lists: &'a NameLists,
        chunk_start: usize,
        chunk: &'a ChunkFlags<'a>,
        reads: &'a Cell<u16>,
    ) -> Self {
        Context {
            text,
            lists,
            chunk_start,
            flags: Flags(0),
            own: 0,
            reads,
            chunk,
        }
    }

    /// The flag `bit`, noted as read unless this context set it.
    #[inline]
    fn get(&self, bit: u16) -> bool {
        if self.own & bit != 0 {
            return self.flags.0 & bit != 0;
        }
        self.reads.set(self.reads.get() | bit);
        self.chunk.get(bit)
    }

    /// This context with the flag `bit` set to `on` by itself.
    #[inline]
    fn with(&self, bit: u16, on: bool) -> Self {
        Context {
            flags: Flags((self.flags.0 & !bit) | (u16::from(on) * bit)),
            own: self.own | bit,
            ..*self
        }
    }

    /// The chunk opens the sentence (capitalization says nothing).
    pub(super) fn initial(&self) -> bool {
        self.get(INITIAL)
    }

    /// A verb of saying follows the chunk ("..., Grossman said").
    pub(super) fn speech_follows(&self) -> bool {
        self.get(SPEECH_FOLLOWS)
    }

    /// The sentence is a title-case headline.
    pub(super) fn headline(&self) -> bool {
        self.get(HEADLINE)
    }

    /// A common noun for an organization stands right before the chunk.
    pub(super) fn org_cue(&self) -> bool {
        self.get(ORG_CUE)
    }

    /// A noun and a preposition that introduce an organization stand before the chunk.
    pub(super) fn org_after_prep(&self) -> bool {
        self.get(ORG_AFTER_PREP)
    }

    /// A locative preposition stands right before the chunk.
    pub(super) fn locative(&self) -> bool {
        self.get(LOCATIVE)
    }

    /// A comma after a word stands right before the chunk ("Fresno, Calif.").
    pub(super) fn after_comma(&self) -> bool {
        self.get(AFTER_COMMA)
    }

    /// A dot follows the chunk right after its last letter.
    pub(super) fn dot_after(&self) -> bool {
        self.get(DOT_AFTER)
    }

    /// A possessive follows the chunk ("Tony Blair's office").
    pub(super) fn possessive_after(&self) -> bool {
        self.get(POSSESSIVE_AFTER)
    }

    /// The chunk is among words in capitals: two of its own, or one beside it.
    pub(super) fn caps_run(&self) -> bool {
        self.get(CAPS_RUN)
    }

    /// A noun for a work stands right before the chunk ("the film Vera Drake").
    pub(super) fn work_before(&self) -> bool {
        self.get(WORK_BEFORE)
    }

    /// A noun for a vehicle stands right before the chunk.
    pub(super) fn vehicle_before(&self) -> bool {
        self.get(VEHICLE_BEFORE)
    }

    /// An appositive about a person follows the chunk ("Valeska Paris, an Australian woman").
    pub(super) fn person_appositive(&self) -> bool {
        self.get(PERSON_APPOSITIVE)
    }

    /// A word in lower case stands right before the chunk or right after its first word.
    pub(super) fn lower_beside(&self) -> bool {
        self.get(LOWER_BESIDE)
    }

    /// This context with [`Context::initial`] set to `on`.
    pub(super) fn with_initial(&self, on: bool) -> Self {
        self.with(INITIAL, on)
    }

    /// This context with [`Context::speech_follows`] set to `on`.
    pub(super) fn with_speech_follows(&self, on: bool) -> Self {
        self.with(SPEECH_FOLLOWS, on)
    }

    /// A noun for a settlement or its people and "of" stand right before the chunk.
    pub(super) fn place_of(&self) -> bool {
        self.get(PLACE_OF)
    }

    /// A noun for a relative or a child stands right before the chunk, or before its comma.
    pub(super) fn kin_before(&self) -> bool {
        self.get(KIN_BEFORE)
    }

    /// This context with [`Context::place_of`] set to `on`.
    pub(super) fn with_place_of(&self, on: bool) -> Self {
        self.with(PLACE_OF, on)
    }

    /// This context with [`Context::org_after_prep`] set to `on`.
    pub(super) fn with_org_after_prep(&self, on: bool) -> Self {
        self.with(ORG_AFTER_PREP, on)
    }
}

/// Lower-case nouns that introduce an organization's name right after them.
static ORG_CUES: WordList = WordList::new(class::NAMES_ORGANIZATION_CUE);

/// True when the word before token `i` is an organization cue ("maker", "club"), or is
/// "known as" or "called" after one ("militias known as Wazalendo", "a firm called Zeta").
pub(super) fn org_cue_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0 && (is_org_cue(text, &tokens[i - 1]) || org_cue_before_name_word(text, tokens, i))
}

/// Whether `t` is an organization cue ("maker", "club").
#[inline(always)]
fn is_org_cue(text: &str, t: &Token) -> bool {
    let h = filter_hash(text, t);
    let b = bytes(text, t);
    (ORG_CUES.may_contain_hash(h) && ORG_CUES.contains_hashed(t.text(text), h))
        || (b.len() > 5 && b.ends_with(b"maker"))
}

/// Whether "called" or "known as" after an organization cue ends right before token `i`.
#[inline]
fn org_cue_before_name_word(text: &str, tokens: &[Token], i: usize) -> bool {
    match bytes(text, &tokens[i - 1]) {
        b"called" => i > 1 && is_org_cue(text, &tokens[i - 2]),
        b"as" => {
            i > 2 && bytes(text, &tokens[i - 2]) == b"known" && is_org_cue(text, &tokens[i - 3])
        }
        _ => false,
    }
}

/// The words that may stand right before a chunk as a cue: prepositions after which an
/// unlisted name is a place ("in", "near"), nouns for works before their titles ("film"),
/// and nouns for vehicles before their names ("tanker").
static BEFORE_CUES: WordList = WordList::any(&[
    class::NAMES_KIN_NOUN,
    class::NAMES_LOCATIVE,
    class::NAMES_WORK_CUE,
    class::NAMES_VEHICLE_CUE,
]);

/// Nouns for vehicles, before their names.
static VEHICLE_CUES: WordList = WordList::new(class::NAMES_VEHICLE_CUE);

/// True for a noun for a ship, spacecraft or other vehicle ("tanker", "Shuttle"), whose
/// [`crate::lexicon::WordFilter::hash`] is `h`: the filter, which folds ASCII case, turns
/// most words away before the lower-case copy (a word beyond ASCII has none).
pub(super) fn is_vehicle_cue(word: &str, h: u64) -> bool {
    VEHICLE_CUES.may_contain_hash(h)
        && crate::token::lower(word, &mut [0; 24]).is_some_and(|w| VEHICLE_CUES.contains(w))
}

/// Nouns for people in an appositive ("woman", "father").
static PERSON_NOUNS: WordList = WordList::new(class::NAMES_PERSON_NOUN);

/// True when tokens from `j` on are a comma, an article or none, and a noun for a person
/// within the next four words ("…, an Australian woman and former member", "…, the
/// bank's chief economist", "…, senior media analyst for Comscore"); without an article,
/// the words before the noun are lower-case and no function words.
fn person_appositive(text: &str, tokens: &[Token], j: usize) -> bool {
    if !tokens.get(j).is_some_and(|t| t.is_byte(text, b',')) {
        return false;
    }
    let article = tokens
        .get(j + 1)
        .is_some_and(|t| matches!(bytes(text, t), b"a" | b"an" | b"the"));
    tokens
        .iter()
        .skip(j + 1 + usize::from(article))
        .take(4)
        .take_while(|t| {
            t.kind == TokenKind::Word
                && (article
                    || (t.text(text).starts_with(|c: char| c.is_ascii_lowercase())
                        && !crate::lexicon::STOPWORDS.contains(t.text(text))))
        })
        .any(|t| PERSON_NOUNS.contains(t.text(text)))
}

/// The cues of the word right before token `i` (a locative preposition, a noun for a work
/// or for a vehicle): one filter for their three lists, then one look-up.
pub(super) fn cues_before(text: &str, tokens: &[Token], i: usize) -> Classes {
    i.checked_sub(1)
        .map(|k| &tokens[k])
        .filter(|t| BEFORE_CUES.may_contain_hash(filter_hash(text, t)))
        .map_or(Classes::default(), |t| classes(t.text(text)).exact)
}

/// The cues two tokens before the chunk at token `i`, a word and a token between: a noun
/// for a settlement or its people and "of" or "at" ("the town of", "residents of", "a camp
/// at"), and a noun for
/// a relative or a child and a comma ("their daughter, Gloria"). Told first by the token
/// between, which is rarely either.
pub(super) fn cues_two_before(text: &str, tokens: &[Token], i: usize) -> (bool, bool) {
    if i < 2 {
        return (false, false);
    }
    let (between, word) = (&tokens[i - 1], &tokens[i - 2]);
    match bytes(text, between) {
        b"of" => (place_of_before(text, tokens, i - 2), false),
        // "a displacement camp at Kanyaruchinya".
        b"at" if word.kind == TokenKind::Word => (is_place_of_cue(word.text(text)), false),
        b"," if word.kind == TokenKind::Word => (
            false,
            KIN_NOUNS.contains_hashed(word.text(text), filter_hash(text, word))
                || (bytes(text, word) == b"years" && kin_of_years(text, tokens, i - 2)),
        ),
        _ => (false, false),
    }
}

/// Whether token `k`, before "of", makes the name after "of" a place: a noun for a
/// settlement or its people ("the town of"), or the comma after an age ("Ramon Delgado,
/// 41, of Tolleson": the town the person is from).
#[inline(never)]
fn place_of_before(text: &str, tokens: &[Token], k: usize) -> bool {
    let word = &tokens[k];
    if bytes(text, word) == b"," {
        return k >= 2
            && tokens[k - 1].kind == TokenKind::Number
            && tokens[k - 1].end - tokens[k - 1].start <= 3;
    }
    is_place_of_cue(word.text(text))
}

/// "his wife of 64 years, Margaret": a noun for a relative, "of" and a count before
/// "years" at token `k`, then the comma and the name.
#[cold]
fn kin_of_years(text: &str, tokens: &[Token], k: usize) -> bool {
    k >= 3
        && tokens[k - 1].kind == TokenKind::Number
        && bytes(text, &tokens[k - 2]) == b"of"
        && KIN_NOUNS.contains_hashed(tokens[k - 3].text(text), filter_hash(text, &tokens[k - 3]))
}

/// The flags of `need` (bits of [`LAZY`]) of the chunk of tokens `i..j` whose words are
/// `words`, each worked out only when asked; `headline` says whether the sentence is a
/// title-case headline. Returns the bits of `need` that are on.
pub(super) fn lazy_flags(
    text: &str,
    tokens: &[Token],
    (i, j): (usize, usize),
    words: &[super::chunk::Word],
    need: u16,
    headline: impl FnOnce() -> bool,
) -> u16 {
    let asked = |bit: u16| need & bit != 0;
    let mut bits = 0;
    let mut set = |bit: u16, on: bool| bits |= u16::from(on) * bit;
    if asked(SPEECH_FOLLOWS) {
        // "Residents of Ebbsworth say", "a spokesman for Fox said": a lone word after a
        // preposition is its object, and the verb has another subject.
        set(
            SPEECH_FOLLOWS,
            speech_after(text, tokens, j) && !(j == i + 1 && object_of_prep(text, tokens, i)),
        );
    }
    if asked(ORG_AFTER_PREP) {
        set(ORG_AFTER_PREP, org_prep_cue_before(text, tokens, i));
    }
    if asked(AFTER_COMMA) {
        // "Fresno, Calif.": a word ending in a letter, its comma, then the chunk.
        set(
            AFTER_COMMA,
            i >= 2
                && tokens[i - 1].is_byte(text, b',')
                && tokens[i - 2].kind == TokenKind::Word
                && tokens[i - 1].start == tokens[i - 2].end
                && text[..tokens[i - 1].start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic),
        );
    }
    if asked(DOT_AFTER | POSSESSIVE_AFTER) {
        let end = words.last().map_or(0, |w| w.end);
        let after = &text.as_bytes()[end.min(text.len())..];
        set(DOT_AFTER, asked(DOT_AFTER) && after.starts_with(b"."));
        set(
            POSSESSIVE_AFTER,
            asked(POSSESSIVE_AFTER)
                && (after.starts_with(b"'s") || after.starts_with("’s".as_bytes())),
        );
    }
    if asked(CAPS_RUN) {
        set(CAPS_RUN, caps_run(text, tokens, (i, j), words));
    }
    if asked(PERSON_APPOSITIVE) {
        set(PERSON_APPOSITIVE, person_appositive(text, tokens, j));
    }
    if asked(LOWER_BESIDE) {
        // The words either side of the chunk's first word, over punctuation: is one of
        // them in lower case? ("by NICE last week", "NICE, which advises"; not "6
        // MILWAUKEE 1").
        let lower = |t: Option<&Token>| {
            t.is_some_and(|t| {
                t.kind == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_lowercase())
            })
        };
        let not_punct = |t: &&Token| t.kind != TokenKind::Punct;
        set(
            LOWER_BESIDE,
            lower(tokens[..i].iter().rev().find(not_punct))
                || lower(
                    tokens
                        .get(i + 1..)
                        .unwrap_or_default()
                        .iter()
                        .find(not_punct),
                ),
        );
    }
    if need & HEADLINE != 0 && headline() {
        bits |= HEADLINE;
    }
    bits
}

/// Whether the chunk of tokens `i..j` whose words are `words` is among words in capitals:
/// two of its own, or one beside it.
fn caps_run(
    text: &str,
    tokens: &[Token],
    (i, j): (usize, usize),
    words: &[super::chunk::Word],
) -> bool {
    // Two capitals first: most words leave at their second letter.
    let caps_word = |t: &Token| {
        t.kind == TokenKind::Word
            && text
                .as_bytes()
                .get(t.start + 1)
                .is_some_and(u8::is_ascii_uppercase)
            && t.is_all_caps(text)
    };
    words
        .iter()
        .filter(|w| {
            w.text.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase)
                && w.text.chars().all(|c| c.is_uppercase())
        })
        .count()
        >= 2
        || i.checked_sub(1).is_some_and(|k| caps_word(&tokens[k]))
        || tokens.get(j).is_some_and(caps_word)
}

/// Nouns that, with a preposition after them, introduce an organization's name.
static ORG_PREP_CUES: WordList = WordList::new(class::NAMES_ORGANIZATION_CUE_PREP);

/// True when the two words before token `i` are such a noun and of/at/in/for ("shares of").
pub(super) fn org_prep_cue_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i >= 2
        && matches!(bytes(text, &tokens[i - 1]), b"of" | b"at" | b"in" | b"for")
        && is_org_prep_cue(tokens[i - 2].text(text))
}

/// Nouns for a relative or a child, right before a lone name ("daughter", "boy").
static KIN_NOUNS: WordList = WordList::new(class::NAMES_KIN_NOUN);

/// Nouns for a settlement or its people, before "of" and a place's name ("town").
static PLACE_OF_CUES: WordList = WordList::new(class::NAMES_PLACE_OF_CUE);

/// True when `word`, in lower case as written, is such a noun ("town", "residents").
pub(super) fn is_place_of_cue(word: &str) -> bool {
    PLACE_OF_CUES.contains(word)
}

/// Prepositions whose object a lone name right after them is ("of", "for").
static OBJECT_PREPS: WordList = WordList::new(class::NAMES_OBJECT_PREP);

/// True when the word right before token `i` is such a preposition, in lower case.
fn object_of_prep(text: &str, tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1).map(|k| &tokens[k]).is_some_and(|t| {
        t.kind == TokenKind::Word
            && OBJECT_PREPS.contains_hashed(t.text(text), filter_hash(text, t))
    })
}

/// True when `word` is such a preposition, in lower case ("of" inside "Residents of
/// Ebbsworth").
pub(super) fn is_object_prep(word: &str) -> bool {
    OBJECT_PREPS.contains(word)
}

/// True when `word`, in lower case, is such a noun ("Shares", "analysts").
pub(super) fn is_org_prep_cue(word: &str) -> bool {
    // The filter folds ASCII case, and a word beyond ASCII has no lower-case copy: most
    // words leave at the filter, before the copy.
    ORG_PREP_CUES.may_contain(word)
        && crate::token::lower(word, &mut [0; 24]).is_some_and(|w| ORG_PREP_CUES.contains(w))
}

/// True when `w` has at least `n` characters (n <= 4), mostly without decoding: `n` ASCII
/// bytes first are `n` characters, and so are `4 * n` bytes of anything.
fn has_chars(w: &str, n: usize) -> bool {
    let b = w.as_bytes();
    b.len() >= n && (b[..n].is_ascii() || b.len() >= 4 * n || w.chars().nth(n - 1).is_some())
}

/// True when the word `t` has at least two characters: settled by its length when its
/// first byte is ASCII (the byte after it starts a second character), else counted.
#[inline]
fn has_two_chars(text: &str, t: &Token) -> bool {
    if text.as_bytes()[t.start].is_ascii() {
        t.end - t.start >= 2
    } else {
        has_chars(t.text(text), 2)
    }
}

/// Headlines in capitals ("SOCCER - JAPAN GET LUCKY WIN"): only listed names count.
pub(super) fn is_caps_sentence(text: &str, tokens: &[Token]) -> bool {
    // The words of two characters or more, in capitals and not.
    let (mut plain, mut caps) = (0, 0);
    // The answer asks for four words in capitals for each one not, and each token left
    // adds one at most: once four times the words not in capitals pass the words in
    // capitals and the tokens left, the answer is no (most sentences stop here).
    let b = text.as_bytes();
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        // Most words start with a lower-case ASCII letter: no capitals, and two
        // characters when two bytes.
        if b[t.start].is_ascii_lowercase() {
            if t.end - t.start < 2 {
                continue;
            }
        } else if !has_two_chars(text, t) {
            continue;
        } else if t.is_all_caps(text) {
            caps += 1;
            continue;
        }
        plain += 1;
        if 4 * plain > caps + (tokens.len() - k - 1) {
            return false;
        }
    }
    let words = plain + caps;
    words > 0 && caps * 10 >= words * 8
}

/// A headline in title case: most words of four or more letters are capitalized.
pub(super) fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    // A sentence that ends in a full stop or a closing quote is no headline: most stop here.
    let unpunctuated = tokens.last().is_none_or(|t| {
        // ".", "?", "!", a straight quote, "”" or "’", as bytes.
        !matches!(
            bytes(text, t),
            b"." | b"?" | b"!" | b"\"" | b"\xe2\x80\x9d" | b"\xe2\x80\x99"
        )
    });
    if tokens.len() > 30 || !unpunctuated || is_table_row(text, tokens) {
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

/// A row of results or a list of names, not a headline, though most of its words are
/// capitalized: it opens with a rank ("4. Geir Moen (Norway) 20.41"), ends with a figure,
/// holds a parenthesis ("Falk Balzer (Germany)") or lists names with two commas or more
/// ("Given, Breen, Staunton").
fn is_table_row(text: &str, tokens: &[Token]) -> bool {
    let number = |t: Option<&Token>| t.is_some_and(|t| t.kind == TokenKind::Number);
    number(tokens.first())
        || number(tokens.last())
        || tokens.iter().any(|t| t.is_byte(text, b'('))
        || tokens.iter().filter(|t| t.is_byte(text, b',')).count() >= 2
}

/// True when a verb of saying follows token `j`, after a comma or not ("Grossman said").
pub(super) fn speech_after(text: &str, tokens: &[Token], j: usize) -> bool {
    let mut k = j;
    if tokens.get(k).is_some_and(|t| t.is_byte(text, b',')) {
        k += 1;
    }
    tokens.get(k).is_some_and(|t| {
        let h = filter_hash(text, t);
        person::may_be_speech_verb(h) && person::is_speech_verb_hashed(t.text(text), h)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
