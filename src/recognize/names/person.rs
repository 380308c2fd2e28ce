//! People: the cues that make a run of capitalized words a person's name — a title before
//! it, a listed given name, initials, a family-name-first pattern — and the byline.

use std::sync::LazyLock;

use super::chunk::Word;
use super::words::{
    is_alphanumeric, is_calendar_word, is_common_word, is_stopword, remembered, CAPITALIZED_WORD,
    TITLE_START, TITLE_WORD,
};
use super::{organization, place};
use crate::gazetteer::{norm_key, with_norm_key, GAZETTEER};
use crate::lexicon::{class, trim_dots, FilteredSet, WordList};
use crate::model::Mention;
use crate::model::Span;
use crate::model::{EntityType, Rule};
use crate::recognize::numbers::small_word;

/// Titles and roles, lower case, as token sequences ("prime minister").
pub static TITLES: LazyLock<FilteredSet<String>> = LazyLock::new(|| {
    crate::lexicon::words::TITLES
        .iter()
        .copied()
        .map(norm_key)
        .collect()
});

/// The most words a title has.
pub static TITLE_MAX_WORDS: LazyLock<usize> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|t| t.split(' ').count())
        .max()
        .unwrap_or(1)
});

/// The first word of every title, up to a space or hyphen ("prime", "vice"): a word that is
/// none of these starts no title, which spares building the longer keys.
static TITLE_FIRST_WORDS: LazyLock<FilteredSet> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|t| t.split([' ', '-']).next().unwrap_or(""))
        .collect()
});

/// The last word of every title, after its last space ("minister" of "prime minister"):
/// a run of words that ends with none of these is no title, which spares building its key.
static TITLE_LAST_WORDS: LazyLock<FilteredSet> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|t| t.rsplit(' ').next().unwrap_or(""))
        .collect()
});

/// False when a title's key cannot end with the word `word` (of hash `h`), told by the
/// filter of [`TITLE_LAST_WORDS`]: a plain ASCII word is its own key's last piece, lower
/// case, unless a hyphen or dash before it joins it to the word before (the caller's
/// test).
pub(super) fn may_end_title_hashed(word: &str, h: u64) -> bool {
    TITLE_LAST_WORDS.may_contain_hash(h) || !is_alphanumeric(word)
}

/// True when `set`'s filter rules `word` out before its key is built: a plain ASCII word
/// is its own key, lower-cased, and the filter folds ASCII case.
fn turned_away<S>(set: &FilteredSet<S>, word: &str) -> bool
where
    S: std::borrow::Borrow<str> + std::hash::Hash + Eq,
{
    !set.may_contain(word) && is_alphanumeric(word)
}

/// False when no title can start with `word`.
pub fn may_start_title(word: &str) -> bool {
    may_start_title_hashed(word, crate::lexicon::WordFilter::hash(word))
}

/// [`may_start_title`] for a word whose [`crate::lexicon::WordFilter::hash`] is `h`,
/// remembered per thread.
#[inline(always)]
pub(super) fn may_start_title_hashed(word: &str, h: u64) -> bool {
    // Most words leave at the filter, which costs less than a probe of the memo.
    if !TITLE_FIRST_WORDS.may_contain_hash(h) && is_alphanumeric(word) {
        return false;
    }
    may_start_title_remembered(word)
}

/// [`may_start_title_hashed`] of a word its filter let through, remembered per thread.
fn may_start_title_remembered(word: &str) -> bool {
    remembered(word, TITLE_START, |word| {
        with_norm_key(word, |key| {
            TITLE_FIRST_WORDS.contains(key.split('-').next().unwrap_or(""))
        })
    })
}

/// True when `words` (one space apart, as written) are a title ("Deputy Prime Minister").
pub fn is_title(words: &str) -> bool {
    with_norm_key(words, |key| TITLES.contains(key))
}

/// Verbs that attribute words to a speaker ("Grossman said", "…," said X, "X called it").
static SPEECH_VERBS: LazyLock<FilteredSet> = LazyLock::new(|| {
    crate::lexicon::words::SPEECH_VERBS
        .iter()
        .copied()
        .collect()
});

/// True for a verb that attributes words to a speaker.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
}

/// False when the word of [`crate::lexicon::WordFilter::hash`] `h` is surely no verb of
/// saying, told without the word.
pub(super) fn may_be_speech_verb(h: u64) -> bool {
    SPEECH_VERBS.may_contain_hash(h)
}

/// [`is_speech_verb`] for a word whose [`crate::lexicon::WordFilter::hash`] is `h`.
pub(super) fn is_speech_verb_hashed(word: &str, h: u64) -> bool {
    SPEECH_VERBS.contains_hashed(word, h)
}

/// Words that look like names in capitals but name roles or groups ("Fellow", "Senior"),
/// remembered per thread.
#[inline(always)]
pub(super) fn is_title_word(word: &str) -> bool {
    // Most words leave at the filter, which costs less than a probe of the memo.
    if turned_away(&TITLES, trim_dots(word)) {
        return false;
    }
    is_title_word_remembered(word)
}

/// [`is_title_word`] of a word its filter let through, remembered per thread.
fn is_title_word_remembered(word: &str) -> bool {
    remembered(word, TITLE_WORD, |word| {
        with_norm_key(trim_dots(word), |key| TITLES.contains(key))
    })
}

/// Whether the words `words` (already known not to be a place or organization) look like a
/// person's name; returns the rule that says so.
pub fn classify(words: &[&str], speech_follows: bool, initial: bool) -> Option<Rule> {
    let n = words.len();
    // A lone word is a person only as a speaker (the last rule below): without a verb of
    // saying after it, no list is asked about it.
    if n == 0 || (n == 1 && !speech_follows) || words.iter().all(|w| is_title_word(w)) {
        return None;
    }
    let first = words[0];
    let last = words[n - 1];
    // "Naval Base", "Holding Group": the last word names a kind of place or organization.
    if is_any_tail(last) {
        return None;
    }
    // The lists are asked about the first word once, and about the last at most once, for
    // all the cues below.
    let listed = GAZETTEER.listed(first);
    let last_known = std::cell::OnceCell::new();
    let last_listed = || {
        *last_known.get_or_init(|| {
            if n == 1 {
                listed
            } else {
                GAZETTEER.listed(last)
            }
        })
    };
    // The dot first: most words have none.
    let is_initial = |w: &str| {
        let t = trim_dots(w);
        w.ends_with('.')
            && t.chars().count() <= 3
            && t.chars().all(|c| c.is_uppercase() || c == '.')
    };
    // Without a listed given name, a run of ordinary English words is a phrase, not a
    // person: "Science Fair", "Financial Data", "Constitution Hall".
    let ordinary = |ws: &[&str]| ws.iter().all(|w| is_common_word(w));
    // A given name that is also an ordinary word ("Golden", "Hope") needs a name after it:
    // "Golden Globe" is no person, "Grace Kelly" is.
    let ordinary_phrase = || ordinary(words) && last_listed().surname_rank().is_none();
    if n >= 2 && listed.is_given_name() && !is_initial(last) && !ordinary_phrase() {
        return Some(Rule::GivenName);
    }
    // "A. Dale", but not "I. Introduction": the name after the initials is no ordinary
    // word unless a list has it.
    if n >= 2
        && is_initial(first)
        && !is_initial(last)
        && !last_listed().is_ordinary(is_common_word(last))
    {
        return Some(Rule::Initials);
    }
    if (2..=3).contains(&n) && listed.is_family_name_first() {
        return Some(Rule::FamilyNameFirst);
    }
    // Whether each word is common, each asked at most once.
    let known: [std::cell::Cell<u8>; 4] = Default::default();
    let common = |k: usize| match known.get(k) {
        Some(c) if c.get() != 0 => c.get() == 2,
        Some(c) => {
            let common = is_common(words[k]);
            c.set(1 + u8::from(common));
            common
        }
        None => is_common(words[k]),
    };
    // "RBS Six Nations": an acronym or a number word is no part of a person's name.
    let acronym_or_number = || {
        words.iter().any(|w| {
            (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
                || (w.len() <= 9
                    && crate::token::lower(w, &mut [0; 24])
                        .is_some_and(|l| small_word(l).is_some()))
        })
    };
    // "Asymmetric Digital Subscriber Line", "Old Billingsgate Fish Market": two ordinary
    // words and no given name before the surname make a phrase, not a name.
    let ordinary_pair = || {
        let before = &words[..n - 1];
        before.iter().filter(|w| is_common_word(w)).count() >= 2
            && !before.iter().any(|w| GAZETTEER.listed(w).is_given_name())
    };
    if (2..=4).contains(&n)
        && last_listed().surname_rank().is_some()
        && !(0..n).any(common)
        && !ordinary(&words[..n - 1])
        && !acronym_or_number()
        && !ordinary_pair()
    {
        return Some(Rule::Surname);
    }
    // "Nortel Networks", "Xbox Live": a name of unknown words that ends in an ordinary
    // English word is a company's or a product's far more often than a person's.
    if (2..=3).contains(&n)
        && (0..n).all(|k| !common(k) && words[k].chars().any(char::is_lowercase))
        && !is_common_word(last)
        && !ordinary(words)
        && !opens_with_participle(first)
    {
        return Some(Rule::UnknownName);
    }
    // "…, Grossman said" — but not "Officials said" opening a sentence.
    let known = listed.surname_rank().is_some() || listed.is_given_name();
    // "Shuttle said", "Scientology called": an ordinary word is no speaker by itself.
    if n == 1
        && speech_follows
        && (!initial || known)
        && !common(0)
        && (known || !is_common_word(first))
        && first.chars().any(char::is_lowercase)
        && !is_plural_acronym(first)
    {
        return Some(Rule::Speaker);
    }
    None
}

/// True when `word` is an acronym in the plural ("MPs", "DJs", "CEOs"): people in
/// number, never one person's name.
pub(super) fn is_plural_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// True when `word` is an ordinary English word in "-ing" ("Finding", "Chasing"): it
/// opens the title of a film, a book or a game, never an unknown person's name.
fn opens_with_participle(word: &str) -> bool {
    word.len() >= 5
        && word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"ing")
        && is_common_word(word)
}

/// Last words of places' or organizations' names, clubs' among them ("Sea", "Group",
/// "United"): one filter and one look-up for [`place::is_tail`] and
/// [`organization::is_tail`] of a word without a dot at its end.
static ANY_TAILS: WordList = WordList::any(&[
    class::PLACE_TAIL,
    class::ORGANIZATION_TAIL,
    class::ORGANIZATION_CLUB_TAIL,
]);

/// True when `word` ends places' or organizations' names: [`place::is_tail`] or
/// [`organization::is_tail`].
fn is_any_tail(word: &str) -> bool {
    if word.ends_with('.') {
        return place::is_tail(word) || organization::is_tail(word);
    }
    ANY_TAILS.contains(word)
}

/// Rules strong enough to hold in a title-case headline, where every word is capitalized.
pub fn is_strong(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::GivenName | Rule::Initials | Rule::FamilyNameFirst
    )
}

/// Words that are capitalized for other reasons than being a name; remembered per thread.
pub fn is_common(word: &str) -> bool {
    remembered(word, CAPITALIZED_WORD, |word| {
        is_stopword(word)
            || is_title_word(word)
            || GAZETTEER.is_demonym(word)
            || is_calendar_word(word)
    })
}

/// A byline's role at `start` ("AP Medical Writer"): the listed organization its first
/// words name, if any.
#[cold]
fn byline_role(part: &str, start: usize, out: &mut Vec<Mention>) {
    let ends = part.match_indices(' ').map(|(k, _)| k);
    if let Some(end) = ends.rev().find(|&k| listed_organization(&part[..k])) {
        let span = Span::new(start, start + end);
        out.push(Mention::new(
            EntityType::Organization,
            span,
            Rule::Organizations,
        ));
    }
}

/// A byline's part that is a listed organization ("By The Associated Press", "By
/// Reuters"): its span, without a leading "The" unless the list has it ("The Economist").
#[cold]
fn byline_organization(text: &str, part: Span) -> Option<Span> {
    let is_org = |s: Span| listed_organization(&text[s.start..s.end]);
    if is_org(part) {
        return Some(part);
    }
    let rest = text[part.start..part.end].strip_prefix("The ")?;
    Some(Span::new(part.end - rest.len(), part.end)).filter(|&s| is_org(s))
}

/// Whether the lists have `name` as an organization ("Associated Press").
fn listed_organization(name: &str) -> bool {
    GAZETTEER
        .lookup(name)
        .iter()
        .any(|e| e.ty == EntityType::Organization)
}

/// Last words of a byline's part that make it a role ("AP Medical Writer").
static BYLINE_ROLES: WordList = WordList::new(class::NAMES_BYLINE_ROLE);

/// The names of a byline ("By Maria Santos and Li Wei") as people; a part that ends in a
/// role ("AP Medical Writer", "Reuters Staff") is none, and a listed organization that
/// opens it is one.
#[inline(never)]
pub fn byline(text: &str, names: Span, out: &mut Vec<Mention>) {
    let s = &text[names.start..names.end];
    let mut pos = 0;
    for part in s.split([',', '&']).flat_map(|p| p.split(" and ")) {
        let offset = s[pos..].find(part).map_or(pos, |k| pos + k);
        pos = offset + part.len();
        let trimmed = Span::new(names.start + offset, names.start + offset + part.len()).trim(text);
        let part = &text[trimmed.start..trimmed.end];
        if part
            .split(' ')
            .next_back()
            .is_some_and(|w| BYLINE_ROLES.contains(w))
        {
            byline_role(part, trimmed.start, out);
        } else if let Some(org) = byline_organization(text, trimmed) {
            out.push(Mention::new(
                EntityType::Organization,
                org,
                Rule::Organizations,
            ));
        } else if !trimmed.is_empty() && part.chars().next().is_some_and(char::is_uppercase) {
            out.push(Mention::new(EntityType::Person, trimmed, Rule::Byline));
        }
    }
}

/// A part of a transcript's speaker label ("BELL: ...", "ANNA REYES, HOST: ...").
enum Label {
    /// A listed surname that opens its line before the colon.
    Name,
    /// A word after the name's comma, before the colon.
    Role,
}

/// The part of a speaker label the word `w` in capitals, a colon after it, is, if any:
/// the person a name is, no entity for a role.
#[cold]
pub(super) fn speaker_label(text: &str, w: &Word) -> Option<Option<Mention>> {
    let name = || Mention::new(EntityType::Person, Span::new(w.start, w.end), Rule::Speaker);
    Some(match label_part(text, w)? {
        Label::Name => Some(name()),
        Label::Role => None,
    })
}

/// How far back (in bytes) a speaker label's line may start.
const LABEL_REACH: usize = 160;

/// [`speaker_label`]'s part.
fn label_part(text: &str, w: &Word) -> Option<Label> {
    // The line's start, looked for a short way back only: a label's role and name are
    // short, and a document that is one long line must stay linear.
    let from = crate::input::floor_char(text, w.start.saturating_sub(LABEL_REACH));
    let line = match text[from..w.start].rfind('\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    if line == w.start {
        // The words spoken open with a capital ("CALL: 11/1/05" is a field of a table).
        let spoken = text[w.end + 1..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        return (spoken && GAZETTEER.listed(w.text).surname_rank().is_some())
            .then_some(Label::Name);
    }
    let name = text[line..w.start].strip_suffix(", ")?;
    let caps = |c: char| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-');
    (!name.is_empty() && name.chars().all(caps)).then_some(Label::Role)
}
