//! One entity per article: a name the article shows to be an organization is one wherever
//! a weaker guess made it a person or a place.

use foldhash::HashMap;

use super::few::Names;
use crate::lexicon::{class, words, WordList};
use crate::model::{EntityType, Mention, Rule};
use std::sync::LazyLock;

/// Evidence that a mention names an organization: a cue beside it ("Scientology
/// officials", "the club Napoli"), its shape, or a list.
fn organization_evidence(m: &Mention) -> bool {
    m.ty == EntityType::Organization
        && matches!(
            m.rule,
            Rule::OrgRole | Rule::OrgCue | Rule::OrgTail | Rule::OrgHead | Rule::Organizations
        )
}

/// A guess that yields to evidence: a lone word taken for a speaker or confirmed by
/// itself, or a place only for the preposition before it ("in Scientology jargon").
#[inline]
fn weak_guess(m: &Mention, text: &str) -> bool {
    weak_rule(m) && (m.ty != EntityType::Person || !super::has_space(m.text(text)))
}

/// [`weak_guess`] less its one-word test of people: true of every weak guess, and of a
/// person of several words found the same way. A name of the evidence is one word, so
/// among them this tells the weak guesses without reading the text.
#[inline]
fn weak_rule(m: &Mention) -> bool {
    match m.ty {
        EntityType::Person => matches!(m.rule, Rule::Speaker | Rule::NamePart | Rule::ArticleLink),
        EntityType::Place => m.rule == Rule::PlaceLocative,
        _ => false,
    }
}

/// The one-word name after an organization's comma and "known as" (`after` starts at
/// the comma): "Cocobod" of ", known as Cocobod", ", also known as", ", which was
/// formerly known as" (`data/words/names.tsv`, class `known_as`).
#[cold]
fn known_as(after: &str) -> Option<&str> {
    /// The first bytes the words may open with, to turn most commas away at once.
    static FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut t = [false; 256];
        for l in words::NAMES_KNOWN_AS {
            t[usize::from(l.as_bytes()[0])] = true;
        }
        t
    });
    let b = after.as_bytes().get(2..)?;
    if !FIRST[usize::from(*b.first()?)] {
        return None;
    }
    let lead = words::NAMES_KNOWN_AS
        .iter()
        .find(|l| b.starts_with(l.as_bytes()) && b.get(l.len()) == Some(&b' '))?;
    let rest = &after[2 + lead.len() + 1..];
    let end = rest
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|w| w.starts_with(char::is_uppercase))
}

/// Makes an organization of every weak guess at a name that the article shows, by
/// evidence elsewhere, to be an organization ("Scientology called it" after "Scientology
/// officials said"), unless the word is part of a person's fuller name in the article
/// ("Montalvo" of "Daniel Montalvo").
pub(super) fn organizations_by_evidence(text: &str, mentions: &mut [Mention]) {
    // Most articles have no weak guess: nothing to decide.
    if !mentions.iter().any(|m| weak_guess(m, text)) {
        return;
    }
    // The article's names with organization evidence (a set: one huge input has many).
    let mut orgs = Names::default();
    for m in mentions.iter().filter(|m| organization_evidence(m)) {
        // "the Ghana Cocoa Board, known as Cocobod, said": the name after "known as"
        // beside an organization is its other name.
        if text.as_bytes().get(m.span.end) == Some(&b',') {
            if let Some(alias) = known_as(&text[m.span.end..]) {
                orgs.insert(alias);
            }
        }
        let t = m.text(text);
        // "Church of Scientology": the one word after "of" names the organization too.
        let t = if matches!(m.rule, Rule::OrgHead | Rule::Organizations) {
            last_after_of(t).unwrap_or(t)
        } else {
            t
        };
        if !super::has_space(t) {
            orgs.insert(t);
        }
    }
    if orgs.is_empty() {
        return;
    }
    // The weak guesses that the evidence names: only they can change, so only they are
    // looked for among the words of people's names (most articles have none).
    let mut named = Names::default();
    for m in mentions.iter().filter(|m| weak_rule(m)) {
        // One word when the evidence names it: a weak guess.
        let t = m.text(text);
        if orgs.contains(t) {
            named.insert(t);
        }
    }
    // A word of a fuller person's name stays that person's.
    for m in mentions.iter().filter(|m| m.ty == EntityType::Person) {
        if named.is_empty() {
            return;
        }
        let t = m.text(text);
        if super::has_space(t) {
            for w in t.split_whitespace() {
                named.remove(w);
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        // `named` holds one-word names only: a weak guess where it holds the text.
        if weak_rule(m) && named.contains(m.text(text)) {
            m.ty = EntityType::Organization;
            m.tentative = false;
            m.rule = Rule::ArticleLink;
            m.list_kind = None;
            m.canonical = None;
        }
    }
}

/// A name of several words that a cue beside one mention shows to be an organization's
/// ("the band Harbour Lights") is one at every mention where only its shape made it a
/// person's (a family name last: "Harbour Lights hold off ..."), the headline's too.
pub(super) fn cued_names_of_several_words(text: &str, mentions: &mut [Mention]) {
    let cued = |m: &Mention| m.rule == Rule::OrgCue && super::has_space(m.text(text));
    if !mentions.iter().any(cued) {
        return;
    }
    // A set: a huge input may have many.
    let mut names = Names::default();
    for m in mentions.iter().filter(|m| cued(m)) {
        names.insert(m.text(text));
    }
    for m in mentions.iter_mut() {
        if m.ty == EntityType::Person && m.rule == Rule::Surname && names.contains(m.text(text)) {
            m.ty = EntityType::Organization;
            m.tentative = false;
            m.rule = Rule::ArticleLink;
            m.list_kind = None;
            m.canonical = None;
        }
    }
}

/// What follows the last " of " of `name` ("Scientology" of "Church of Scientology"),
/// found by bytes.
fn last_after_of(name: &str) -> Option<&str> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(3))
        .rev()
        .find(|&i| b[i + 1] == b'o' && &b[i..i + 4] == b" of ")
        .map(|i| &name[i + 4..])
}

/// An acronym defined in parentheses right after a place whose initials spell it is that
/// place wherever the article uses it ("the Kennedy Space Center (KSC) ... KSC
/// employees"), though an acronym alone reads as an organization.
pub(super) fn acronyms_of_places(text: &str, mentions: &mut [Mention]) {
    let mut defined: HashMap<&str, &str> = HashMap::default();
    let mut spelled = String::new();
    for w in mentions.windows(2) {
        let (place, acronym) = (&w[0], &w[1]);
        if place.ty != EntityType::Place
            || acronym.ty != EntityType::Organization
            || acronym.rule != Rule::Acronym
            || text[place.span.end..acronym.span.start].trim() != "("
        {
            continue;
        }
        super::names::initials(place.text(text), &mut spelled);
        if spelled == acronym.text(text) {
            defined
                .entry(acronym.text(text))
                .or_insert(place.text(text));
        }
    }
    if defined.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.ty != EntityType::Organization || m.rule != Rule::Acronym {
            continue;
        }
        if let Some(&place) = defined.get(m.text(text)) {
            m.ty = EntityType::Place;
            m.rule = Rule::ArticleLink;
            m.canonical = Some(place.into());
        }
    }
}

/// An acronym of no list that the article uses as a common noun, after "a" or "an" and
/// before no noun ("made an OBE in 2001", "He becomes an OBE."), is no organization
/// anywhere in the article; "a DUP spokesman" keeps it, a modifier of the noun after it.
pub(super) fn acronyms_as_nouns(text: &str, mentions: &mut Vec<Mention>) {
    let acronym = |m: &Mention| m.ty == EntityType::Organization && m.rule == Rule::Acronym;
    if !mentions.iter().any(acronym) {
        return;
    }
    let noun = |m: &Mention| {
        // "a UFJ-MTFG merger", "a CSI:NY logo": part of a compound.
        let rest = &text[m.span.end..];
        if rest.starts_with(|c: char| !c.is_whitespace() && !".,;)!?".contains(c)) {
            return false;
        }
        let before = text[..m.span.start].trim_end();
        let article = before
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
        let after = rest.trim_start();
        let next = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let no_noun = next.is_empty()
            || matches!(
                next,
                "in" | "for" | "from" | "of" | "at" | "and" | "or" | "last" | "this"
            );
        article && no_noun
    };
    let nouns: Vec<&str> = mentions
        .iter()
        .filter(|m| acronym(m) && noun(m))
        .map(|m| m.text(text))
        .collect();
    if !nouns.is_empty() {
        mentions.retain(|m| !(acronym(m) && nouns.contains(&m.text(text))));
    }
}

/// An acronym defined in parentheses right after lower-case words whose initials spell it
/// ("respiratory syncytial virus (RSV)", "liquefied natural gas (LNG)") is a common noun's,
/// no organization anywhere in the article; "the World Health Organization (WHO)" is
/// written in capitals.
pub(super) fn acronyms_of_common_nouns(text: &str, mentions: &mut Vec<Mention>) {
    let acronym = |m: &Mention| m.ty == EntityType::Organization && m.rule == Rule::Acronym;
    // A set: a huge input may define many.
    let mut common = Names::default();
    let defined = mentions
        .iter()
        .filter(|m| acronym(m) && m.text(text).len() >= 2)
        .filter(|m| {
            let Some(before) = text[..m.span.start].strip_suffix('(') else {
                return false;
            };
            let a = m.text(text).as_bytes();
            let mut words = before.trim_end().rsplit(char::is_whitespace);
            a.iter().rev().enumerate().all(|(k, &c)| {
                words.next().is_some_and(|w| {
                    let first = w.as_bytes().first().copied().unwrap_or(0);
                    // The first word may open the sentence; the others are lower case.
                    let case_ok = k + 1 == a.len() || first.is_ascii_lowercase();
                    case_ok && first.eq_ignore_ascii_case(&c)
                })
            })
        })
        .map(|m| m.text(text));
    for a in defined {
        common.insert(a);
    }
    if !common.is_empty() {
        mentions.retain(|m| !(acronym(m) && common.contains(m.text(text))));
    }
}

/// The first word of a name of two words (split at one space), else `None`. A space is
/// one byte that no longer character holds: the name is searched by bytes.
fn first_of_two(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let at = b.iter().position(|&c| c == b' ')?;
    (!b[at + 1..].contains(&b' ')).then(|| &t[..at])
}

/// What follows the last space of `t`, found by bytes (see [`first_of_two`]).
fn after_last_space(t: &str) -> Option<&str> {
    let at = t.as_bytes().iter().rposition(|&c| c == b' ')?;
    Some(&t[at + 1..])
}

/// A name of two unknown words that opens with the family name of a person the article
/// names in full is that person's name used as a modifier ("Warhol Polaroids", "Warhol
/// Factory" after "Andy Warhol"): the mention keeps only the family name, and the word
/// after it is no person of its own (nor confirms one, "the Polaroids").
pub(super) fn surnames_as_modifiers(text: &str, mentions: &mut [Mention]) {
    let guessed =
        |m: &Mention| m.ty == EntityType::Person && m.rule == Rule::UnknownName && !m.tentative;
    // Only a guessed name of two words can change.
    if !mentions
        .iter()
        .any(|m| guessed(m) && first_of_two(m.text(text)).is_some())
    {
        return;
    }
    // The family names of the people named in full by a stronger rule.
    let mut families = Names::default();
    for m in mentions
        .iter()
        .filter(|m| m.ty == EntityType::Person && !guessed(m))
    {
        let t = m.text(text);
        if let Some(family) = after_last_space(t) {
            families.insert(family);
        }
    }
    for m in mentions.iter_mut().filter(|m| guessed(m)) {
        let Some(first) = first_of_two(m.text(text)) else {
            continue;
        };
        if families.contains(first) {
            m.span.end = m.span.start + first.len();
            m.rule = Rule::ArticleLink;
        }
    }
}

/// Names of stock indices (`data/words/context.tsv`, index_name), in lower case.
static INDEX_NAMES: WordList = WordList::new(class::CONTEXT_INDEX_NAME);

/// Words after an index's name that make it the index (index_tail): "average".
static INDEX_TAILS: WordList = WordList::new(class::CONTEXT_INDEX_TAIL);

/// A stock index is no entity: an index's name with a number or an index word after it
/// ("FTSE 100", "the Nikkei average", "the Dow Jones industrial average": not the
/// newspaper, the exchange or a person), and its number is no amount. Run where
/// [`no_guessed_people`] found one.
fn stock_indices(text: &str, mentions: &mut Vec<Mention>) {
    let numbers: Vec<usize> = mentions
        .iter()
        .filter(|m| m.ty != EntityType::Amount && maybe_index(text, m))
        .filter_map(|m| index_after(text, m).flatten())
        .collect();
    let index = |m: &Mention| {
        maybe_index(text, m) && is_index(text, m)
            || m.ty == EntityType::Amount && numbers.contains(&m.span.start)
    };
    mentions.retain(|m| !index(m));
}

/// A first look at the bytes around a mention, which turns nearly all away from
/// [`is_index`]: a person's or an organization's name before a space and a digit or the
/// first three letters of an index word ("ind", "ave", "com", "fut"), a count after a
/// word in capitals and a space.
#[inline(always)]
fn maybe_index(text: &str, m: &Mention) -> bool {
    let b = text.as_bytes();
    match m.ty {
        // (An index's name before its number that is no mention of its own is written in
        // capitals: "FTSE 100", "CAC 40"; "Nasdaq 100" is told by its name's mention.)
        EntityType::Amount => {
            m.kind == Some(crate::model::Kind::Count)
                && m.span.start >= 2
                && b[m.span.start - 1] == b' '
                && b[m.span.start - 2].is_ascii_uppercase()
        }
        EntityType::Date | EntityType::Place => false,
        // The names are short ("S&P", "Dow Jones", "Euro Stoxx").
        EntityType::Person | EntityType::Organization => {
            m.span.end - m.span.start <= 10
                && b.get(m.span.end) == Some(&b' ')
                && b.get(m.span.end + 1..).is_some_and(may_open_index_tail)
        }
    }
}

/// Whether `after` opens with a digit or with the first three letters of a word of
/// index_tail ("ind"ex, "ave"rage, "com"posite, "fut"ures), in either case: a filter of
/// bytes for the list's words, which a test holds to the list.
#[inline(always)]
fn may_open_index_tail(after: &[u8]) -> bool {
    match after {
        [d, ..] if d.is_ascii_digit() => true,
        [x, y, z, ..] => matches!(
            [x | 0x20, y | 0x20, z | 0x20],
            [b'i', b'n', b'd'] | [b'a', b'v', b'e'] | [b'c', b'o', b'm'] | [b'f', b'u', b't']
        ),
        _ => false,
    }
}

/// Whether mention `m`, past [`maybe_index`], is an index's name or its number.
#[cold]
#[inline(never)]
fn is_index(text: &str, m: &Mention) -> bool {
    match m.ty {
        EntityType::Amount => index_name_before(text, m.span.start - 1),
        _ => index_after(text, m).is_some(),
    }
}

/// Whether name mention `m`, past [`maybe_index`], is an index's name before its number
/// or word; with the number's start, if a number follows.
#[cold]
#[inline(never)]
fn index_after(text: &str, m: &Mention) -> Option<Option<usize>> {
    let at = m.span.end + 1;
    let after = text.as_bytes().get(at..)?;
    if after.first()?.is_ascii_digit() {
        return index_name_and_tail(text, m, at, 0).then_some(Some(at));
    }
    let len = after
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    index_name_and_tail(text, m, at, len).then_some(None)
}

/// Whether `m` names an index and the `len` bytes at `at` (none when `len` is 0) are an
/// index word.
#[cold]
#[inline(never)]
fn index_name_and_tail(text: &str, m: &Mention, at: usize, len: usize) -> bool {
    let mut buf = [0; 24];
    if len > 0 {
        let tail = text
            .get(at..at + len)
            .and_then(|w| crate::token::lower(w, &mut buf));
        if !tail.is_some_and(|w| INDEX_TAILS.contains(w)) {
            return false;
        }
    }
    crate::token::lower(m.text(text), &mut buf).is_some_and(|w| INDEX_NAMES.contains(w))
}

/// Whether the word ending at byte `end` (before a space) is an index's name, capitalised.
#[cold]
#[inline(never)]
fn index_name_before(text: &str, end: usize) -> bool {
    let before = &text.as_bytes()[..end];
    let start = before
        .iter()
        .rposition(|&c| !(c.is_ascii_alphabetic() || c == b'&'))
        .map_or(0, |k| k + 1);
    let Some(word) = text.get(start..end) else {
        return false;
    };
    let mut buf = [0; 24];
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && crate::token::lower(word, &mut buf).is_some_and(|w| INDEX_NAMES.contains(w))
}

/// A guessed person: a name found by a weak rule, which the text around it may undo.
fn guessed_person(m: &Mention) -> bool {
    m.ty == EntityType::Person
        && matches!(
            m.rule,
            Rule::GivenName | Rule::Surname | Rule::UnknownName | Rule::NamedStorm
        )
}

/// Drops the guessed people the text around them shows to be none, in one walk of the
/// mentions (most articles drop none, and are walked once): first those after "the" (see
/// [`after_the_no_person`]), then every mention of a name a work's noun follows (see
/// [`named_by_a_work`]), among the guesses left, and those before a facility's noun turn
/// places ([`named_by_a_facility`]); then named storms ("Hurricane Katrina")
/// and every mention of their names, whatever its type; then stock indices (see
/// [`stock_indices`]).
pub(super) fn no_guessed_people(text: &str, mentions: &mut Vec<Mention>) {
    let mut after_the = false;
    // Sets: a huge input may have many, and names again and again.
    let mut works = Names::default();
    let mut facilities = Names::default();
    let mut storms = Names::default();
    // The one walk of all mentions also looks for a stock index (see [`stock_indices`]).
    let mut indices = false;
    for m in mentions.iter() {
        indices |= maybe_index(text, m) && is_index(text, m);
        if !guessed_person(m) {
            continue;
        }
        if m.rule == Rule::NamedStorm {
            // "Hurricane Katrina": its name, "Katrina".
            storms.insert(after_last_space(m.text(text)).unwrap_or_default());
        } else if after_the_no_person(text, m) {
            after_the = true;
        } else if named_by_a_work(text, m) {
            works.insert(m.text(text));
        } else if named_by_a_facility(text, m) {
            facilities.insert(m.text(text));
        }
    }
    // "the Kalulu Hill mine": a facility, a place in every mention.
    if !facilities.is_empty() {
        for m in mentions.iter_mut() {
            if guessed_person(m) && facilities.contains(m.text(text)) {
                m.ty = EntityType::Place;
                m.rule = Rule::PlaceTail;
            }
        }
    }
    if after_the {
        mentions.retain(|m| !(guessed_person(m) && after_the_no_person(text, m)));
    }
    if !works.is_empty() {
        mentions.retain(|m| !(m.ty == EntityType::Person && works.contains(m.text(text))));
    }
    // A named storm is an event, no entity, and so is its name alone, whatever a list
    // says of it ("Forecasters said Dara would bring", not the Syrian town).
    if !storms.is_empty() {
        mentions.retain(|m| {
            m.rule != Rule::NamedStorm
                && !(matches!(
                    m.ty,
                    EntityType::Person | EntityType::Place | EntityType::Organization
                ) && storms.contains(m.text(text)))
        });
    }
    if indices {
        stock_indices(text, mentions);
    }
}

/// A guessed name of two words or more right after "the", with a function word, a
/// capitalized word or punctuation after it, is no person: people are named without an
/// article ("at the Royal Marsden in London", "the Marshall Plan,", "the Golden Bear."),
/// while "the Mike Leigh film" keeps its person. A title or a listed full name is not
/// guessed, and stays. `m` is a guessed person.
fn after_the_no_person(text: &str, m: &Mention) -> bool {
    let no_noun_after = |m: &Mention| {
        let rest = text[m.span.end..].trim_start_matches([' ', '\t']);
        if rest.starts_with("'s") || rest.starts_with("’s") {
            return false;
        }
        let word: &str = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        match word.chars().next() {
            None => true,
            Some(c) if !c.is_lowercase() => true,
            Some(_) => crate::lexicon::STOPWORDS.contains(word),
        }
    };
    super::has_space(m.text(text)) && after_the(text, m) && no_noun_after(m)
}

/// Whether the word right before `m`, after one space, is "the" or "The".
fn after_the(text: &str, m: &Mention) -> bool {
    let before = text.as_bytes()[..m.span.start].strip_suffix(b" ");
    before.is_some_and(|b| {
        (b.ends_with(b"the") || b.ends_with(b"The"))
            && !b[..b.len() - 3]
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// A guessed person's name of two words or more after "the" and before a noun of a
/// facility (`data/words/context.tsv`, facility_noun): "the Kalulu Hill mine", "the
/// Olkiluoto nuclear plant". `m` is a guessed person.
fn named_by_a_facility(text: &str, m: &Mention) -> bool {
    let rest = text[m.span.end..].strip_prefix(' ').unwrap_or_default();
    after_the(text, m)
        && super::has_space(m.text(text))
        && crate::lexicon::words::CONTEXT_FACILITY_NOUN
            .iter()
            .any(|noun| {
                rest.len() >= noun.len()
                    && rest.is_char_boundary(noun.len())
                    && rest[..noun.len()].eq_ignore_ascii_case(noun)
                    && !rest[noun.len()..].starts_with(char::is_alphanumeric)
            })
}

/// A guessed person's name that the article shows to be a work's, a show's or a band's —
/// a noun of `data/words/context.tsv` (work_tail) right after one of its mentions: "the
/// Vera Drake star Imelda Staunton", "the Harry Potter series" — is no person, in any of
/// its mentions. True when such a noun follows `m`.
fn named_by_a_work(text: &str, m: &Mention) -> bool {
    let rest = text[m.span.end..].strip_prefix(' ').unwrap_or_default();
    // The word's end read by bytes while they are ASCII; a character beyond it may be
    // alphanumeric, and hands over to the characters.
    let b = rest.as_bytes();
    let end = b
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-'))
        .unwrap_or(b.len());
    let word = if b.get(end).is_some_and(|c| !c.is_ascii()) {
        rest.split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or_default()
    } else {
        &rest[..end]
    };
    crate::lexicon::words::CONTEXT_WORK_TAIL.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_index_word_passes_the_filter_of_bytes() {
        for w in crate::lexicon::words::CONTEXT_INDEX_TAIL {
            assert!(may_open_index_tail(w.as_bytes()), "{w}");
            assert!(may_open_index_tail(w.to_uppercase().as_bytes()), "{w}");
        }
        assert!(may_open_index_tail(b"100"));
        assert!(!may_open_index_tail(b"and"));
    }

    #[test]
    fn works_told_by_bytes_as_by_character() {
        use crate::model::{EntityType, Span};
        for rest in [
            " star",
            " star.",
            " stars",
            " staré",
            " star-studded",
            " série",
            " sequel,",
            "star",
            " spin-off ",
            " ",
        ] {
            let text = format!("Vera Drake{rest}");
            let m = Mention::new(EntityType::Person, Span::new(0, 10), Rule::UnknownName);
            let word = rest
                .strip_prefix(' ')
                .unwrap_or_default()
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or_default();
            let want = crate::lexicon::words::CONTEXT_WORK_TAIL.contains(&word);
            assert_eq!(named_by_a_work(&text, &m), want, "{rest:?}");
        }
    }

    #[test]
    fn spaces_found_by_bytes_as_by_character() {
        for t in [
            "",
            "Warhol",
            "Warhol Polaroids",
            "Andy Warhol Jr",
            " Zoë",
            "Zoë Ball ",
            "é é",
        ] {
            assert_eq!(
                first_of_two(t),
                t.split_once(' ')
                    .filter(|(_, rest)| !rest.contains(' '))
                    .map(|(first, _)| first),
                "{t:?}"
            );
            assert_eq!(
                after_last_space(t),
                t.rsplit_once(' ').map(|(_, r)| r),
                "{t:?}"
            );
        }
    }
}
