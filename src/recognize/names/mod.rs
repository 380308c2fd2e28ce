//! Names: people, places and organizations, found by one chunker. [`find`] takes a sentence
//! and finds the runs of capitalized words that may be names ("Secretary of War Pete
//! Hegseth", "ISEAS - Yusof Ishak Institute"), then classifies each run — whole, or split
//! at titles and connectors — with the lists of [`crate::gazetteer`] and the cues of
//! [`person`], [`place`] and [`organization`].
//!
//! Where a new rule goes:
//!
//! | A rule about…                                                   | goes in           |
//! |-----------------------------------------------------------------|-------------------|
//! | the kind of sentence (a headline in capitals, in title case)    | `context.rs`      |
//! | a cue beside a chunk (a verb of saying after, "club" before)    | `context.rs`      |
//! | where a name starts and ends: connectors, initials, hyphens     | `chunk.rs`        |
//! | finding the listed names inside a chunk                         | `lookup.rs`       |
//! | splitting a chunk, or deciding its type from its shape          | `classify.rs`     |
//! | a chunk of one word: a cue beside it, an acronym, a locative    | `single.rs`       |
//! | a name of a thing that is no entity (a storm, a car's model)    | `things.rs`       |
//! | a word test shared by the chunker and people (stopword, month)  | `words.rs`        |
//! | a person's cue: a title, a given name, initials; the byline     | `person.rs`       |
//! | a place's cue: a tail ("Sea"), a head ("Gulf of"); the dateline | `place.rs`        |
//! | an organization's cue: a tail ("Group"), a head, an acronym     | `organization.rs` |
//!
//! `memo.rs` only remembers what `classify.rs` answered; it holds no rules. Imports go one
//! way, never back: `words`, `place` and `organization` import no other name module;
//! `person` imports those three; then `context`, `chunk`, `lookup`, `things`, `single`,
//! `classify`, `memo`, each importing only modules before it; this entry imports the
//! stages.

mod chunk;
mod classify;
mod context;
mod lookup;
mod memo;
pub mod organization;
pub mod person;
pub mod place;
mod single;
mod things;
mod words;

pub(crate) use words::{is_locative, is_particle, is_unlisted_name};

use crate::gazetteer::NameLists;
use crate::model::{CanonicalName, EntityType, Mention, Rule, Span};
use crate::recognize::numbers::is_ordinal_digits;
use crate::token::{Token, TokenKind, CAPITALIZED};
use chunk::{extend, starts_name, Words};
use context::{
    cues_before, cues_two_before, is_caps_sentence, is_title_case, lazy_flags, org_cue_before,
    Flags,
};
use memo::classify_memo;
use words::{is_calendar_word, is_stopword};

/// The buffer [`find_with`] builds each chunk's words in: made once for the sentences of
/// a text instead of once a sentence.
pub struct Scratch<'t>(Words<'t>);

impl Default for Scratch<'_> {
    fn default() -> Self {
        Scratch(Words::new())
    }
}

/// Adds the people, places and organizations of one sentence to `out`.
pub fn find(
    text: &str,
    sentence: Span,
    tokens: &[Token],
    lists: &NameLists,
    out: &mut Vec<Mention>,
) {
    find_with(text, sentence, tokens, lists, &mut Scratch::default(), out);
}

/// [`find`], with the buffer `scratch` for the chunks' words.
pub fn find_with<'t>(
    text: &'t str,
    _sentence: Span,
    tokens: &[Token],
    lists: &NameLists,
    scratch: &mut Scratch<'t>,
    out: &mut Vec<Mention>,
) {
    if is_caps_sentence(text, tokens) {
        find_in_capitals(text, tokens, lists, out);
        return;
    }
    let n = tokens.len();
    // Whether the sentence is a title-case headline: asked only when a chunk's flags are.
    let headline = std::cell::OnceCell::new();
    // Tokens up to the first word open the sentence ("initial"): known once, not rescanned.
    let first_word = tokens
        .iter()
        .position(|t| t.kind != TokenKind::Punct)
        .unwrap_or(n);
    let words = &mut scratch.0;
    let mut i = 0;
    while i < n {
        // Most tokens are not capitalized, and no name starts with one: passed over here,
        // four at a time while they last.
        while let Some([a, b, c, d]) = tokens.get(i..i + 4) {
            if (a.shape | b.shape | c.shape | d.shape) & CAPITALIZED != 0 {
                break;
            }
            i += 4;
        }
        while tokens.get(i).is_some_and(|t| !t.is_capitalized()) {
            i += 1;
        }
        if i == n {
            break;
        }
        let initial = i <= first_word;
        if !starts_name(text, tokens, i, initial, lists) {
            i += 1;
            continue;
        }
        let j = extend(text, tokens, i, words);
        // "STS-135", "AK-47": a word glued by a hyphen to a number is a designation; "a
        // Boeing 737": a maker before a model number is a product.
        if words.len() == 1
            && (designation_at(text, tokens, j) || things::make_before_model(&words[0], text))
        {
            i = j.max(i + 1);
            continue;
        }
        // What only looks like a name: the legal form after a comma of the organization
        // before it ("Acme, Inc. and Bolt Co.": it joins that name), a ticker after its
        // exchange ("(NASDAQ: TGRA)"), a release's "the \"Company\"".
        if i > 0
            && tokens[i - 1].kind == TokenKind::Punct
            && matches!(text.as_bytes()[tokens[i - 1].start], b',' | b'"' | b':')
            && no_name_at(text, tokens, i, words, out)
        {
            i += if words.len() == 1 {
                j.max(i + 1) - i
            } else {
                1
            };
            continue;
        }
        // "the Treasury", "the Commission": a lone organization word after "the".
        let the_body = words.len() == 1
            && i > 0
            && matches!(words::bytes(text, &tokens[i - 1]), b"the" | b"The")
            && organization::is_tail(words[0].text);
        let org_cue = org_cue_before(text, tokens, i) || the_body;
        let flags = Flags::eager(
            initial,
            org_cue,
            cues_before(text, tokens, i),
            cues_two_before(text, tokens, i),
        );
        let lazy = |need: u16| {
            lazy_flags(text, tokens, (i, j), words, need, || {
                *headline.get_or_init(|| is_title_case(text, tokens))
            })
        };
        let before = out.len();
        classify_memo(words, text, lists, flags, lazy, out);
        // "125th Street", "the 28th Precinct": an ordinal in digits before a place's
        // tail or a numbered unit that nothing else took.
        if i > 0 && text.as_bytes()[tokens[i - 1].start].is_ascii_digit() {
            let bearing = i.checked_sub(2).map(|k| &tokens[k]);
            ordinal_name(text, (bearing, &tokens[i - 1]), words, before, out);
        }
        // What the words after the chunk settle, outside the memo (which knows the chunk
        // and its flags only).
        if let Some(t) = tokens.get(j) {
            match text.as_bytes()[t.start] {
                // "Irving, Texas", "Purchase, N.Y.": a name nothing settled, before a state.
                b',' => {
                    city_of_state(text, t.end, words, initial, before, out);
                    organization_appositive(text, tokens, j, words, initial, before, out);
                }
                // "the Rafah and Kerem Shalom crossings": a name before the plural of a
                // place's tail is a place.
                b'a'..=b'z'
                    if i > 0
                        && words::bytes(text, &tokens[i - 1]).eq_ignore_ascii_case(b"the")
                        && place::is_plural_tail(t.text(text)) =>
                {
                    plural_tail(words, before, out);
                }
                // "at Dawanau market", "the Zamzam camp": one name before a lower-case
                // noun for a place.
                b'a'..=b'z' if words.len() == 1 && place::is_lower_tail(t.text(text)) => {
                    lower_tail(text, tokens, i, words, before, out);
                }
                // "OPEC+", "Canal+": a plus glued to an organization's name ends it.
                b'+' if t.start == words[words.len() - 1].end => plus_suffix(text, t, before, out),
                // "BELL: ...", "ANNA REYES, HOST: ...": a transcript's speaker label.
                b':' if t.start == words[words.len() - 1].end => {
                    speaker_label(text, words, before, out);
                }
                _ => {}
            }
        }
        i = j.max(i + 1);
    }
}

/// Makes the chunk `words` a town when nothing but tentative guesses came of it (the
/// mentions of `out` from `before` on) and a comma ending at `after_comma` and a US state
/// follow it ([`place::city_before_state`]); not an ordinary word opening the sentence.
#[cold]
#[inline(never)]
fn city_of_state(
    text: &str,
    after_comma: usize,
    words: &[chunk::Word<'_>],
    initial: bool,
    before: usize,
    out: &mut Vec<Mention>,
) {
    if !only_guesses(out, before) {
        return;
    }
    let span = Span::new(words[0].start, words[words.len() - 1].end);
    if initial && crate::lexicon::english::is_common_word(words[0].text) {
        return;
    }
    if let Some(m) = place::city_before_state(text, span, after_comma) {
        out.truncate(before);
        out.push(m);
    }
}

/// Makes the last name of a chunk before the plural of a place's tail a place ("the Rafah
/// and Kerem Shalom crossings"), or the chunk when nothing was found in it.
fn plural_tail(words: &[chunk::Word<'_>], before: usize, out: &mut Vec<Mention>) {
    let end = words[words.len() - 1].end;
    match out[before..].last_mut() {
        Some(m) if m.span.end == end => {
            m.ty = EntityType::Place;
            m.rule = Rule::PlaceTail;
            m.tentative = false;
        }
        Some(_) => {}
        None => {
            let span = Span::new(words[0].start, end);
            out.push(Mention::new(EntityType::Place, span, Rule::PlaceTail));
        }
    }
}

/// Makes the one word of a chunk before a lower-case noun for a place that name's place
/// ("at Dawanau market", "in Kibera slum", "the Zamzam camp"), when nothing but guesses
/// came of it, "at", "in", "near", "from" or "the" stands before it, and it is no
/// ordinary word, listed name, given name, demonym or adjective in "-ic" ("the Trump
/// camp", "the Indian market", "the Olympic village" have none).
#[cold]
#[inline(never)]
fn lower_tail(
    text: &str,
    tokens: &[Token],
    i: usize,
    words: &[chunk::Word<'_>],
    before: usize,
    out: &mut Vec<Mention>,
) {
    let word = words[0].text;
    let cue = i
        .checked_sub(1)
        .map(|k| words::bytes(text, &tokens[k]).to_ascii_lowercase());
    if !matches!(
        cue.as_deref(),
        Some(b"at" | b"in" | b"near" | b"from" | b"the")
    ) || !only_guesses(out, before)
        || word.ends_with("ic")
        || !is_unlisted_name(word)
        || crate::gazetteer::GAZETTEER.is_demonym(word)
    {
        return;
    }
    out.truncate(before);
    let span = Span::new(words[0].start, words[0].end);
    out.push(Mention::new(EntityType::Place, span, Rule::PlaceLocative));
}

/// Takes the ordinal token `ord` right before the chunk `words` into a name: into the
/// organization found from the chunk's first word when a word of it is a numbered unit's
/// ("9th U.S. Circuit Court of Appeals", "82nd Airborne Division"; not "his 20th Premier
/// League goal"); else, when nothing but guesses came of the chunk, into a place ending
/// in a place's tail ("125th Street", "West 125th Street" with the bearing `bearing`
/// before the ordinal) or an organization of a numbered unit ("28th Precinct").
#[cold]
#[inline(never)]
fn ordinal_name(
    text: &str,
    (bearing, ord): (Option<&Token>, &Token),
    words: &[chunk::Word<'_>],
    before: usize,
    out: &mut Vec<Mention>,
) {
    if !is_ordinal_digits(&text[ord.start..ord.end])
        || text.get(ord.end..words[0].start) != Some(" ")
    {
        return;
    }
    if let Some(m) = out[before..].iter_mut().find(|m| {
        m.ty == EntityType::Organization && !m.tentative && m.span.start == words[0].start
    }) {
        if m.text(text).split(' ').any(organization::is_ordinal_unit) {
            m.span.start = ord.start;
        }
        return;
    }
    if !only_guesses(out, before) {
        return;
    }
    let (ty, rule) = if place::is_tail(words[words.len() - 1].text) {
        (EntityType::Place, Rule::PlaceTail)
    } else if words.iter().any(|w| organization::is_ordinal_unit(w.text)) {
        (EntityType::Organization, Rule::OrgTail)
    } else {
        return;
    };
    let start = match bearing {
        Some(b)
            if ty == EntityType::Place
                && b.end + 1 == ord.start
                && b.is_capitalized()
                && place::is_compass(b.text(text)) =>
        {
            b.start
        }
        _ => ord.start,
    };
    out.truncate(before);
    let span = Span::new(start, words[words.len() - 1].end);
    out.push(Mention::new(ty, span, rule));
}

/// Whether nothing but guesses (tentative mentions, or none) came of the chunk whose
/// mentions are `out[before..]`.
fn only_guesses(out: &[Mention], before: usize) -> bool {
    out[before..].iter().all(|m| m.tentative)
}

/// Takes the plus at token `plus` into the organization found right before it ("OPEC+",
/// "Canal+"), unless a letter or digit follows it ("C++" stays out).
fn plus_suffix(text: &str, plus: &Token, before: usize, out: &mut [Mention]) {
    let free = !text[plus.end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '+');
    if let [m] = &mut out[before..] {
        if free && m.ty == EntityType::Organization && m.span.end == plus.start {
            m.span.end = plus.end;
        }
    }
}

/// A name nothing settled before an appositive that calls it an organization
/// ("Harborline Security, a threat-intelligence firm in Austin").
fn organization_appositive(
    text: &str,
    tokens: &[Token],
    j: usize,
    words: &[chunk::Word<'_>],
    initial: bool,
    before: usize,
    out: &mut Vec<Mention>,
) {
    if !out[before..].iter().all(|m| m.tentative)
        || (initial && crate::lexicon::english::is_common_word(words[0].text))
        // "Rally's Inc., a fast-food company": a legal form alone names nothing.
        || organization::is_legal_suffix(words[0].text)
        || !organization::appositive(text, tokens, j)
    {
        return;
    }
    let span = Span::new(words[0].start, words[words.len() - 1].end);
    out.truncate(before);
    out.push(Mention::new(
        EntityType::Organization,
        span,
        Rule::OrganizationAppositive,
    ));
}

/// True when tokens `j` and `j + 1` are a hyphen and a number glued to the word before
/// ("STS-135"): the word names a model or a mission, no organization or place.
fn designation_at(text: &str, tokens: &[Token], j: usize) -> bool {
    match (
        j.checked_sub(1).map(|k| &tokens[k]),
        tokens.get(j),
        tokens.get(j + 1),
    ) {
        (Some(w), Some(h), Some(n)) => {
            h.start == w.end
                && n.start == h.end
                && n.kind == TokenKind::Number
                && h.is_byte(text, b'-')
        }
        _ => false,
    }
}

/// A word in capitals found as an acronym right before a colon (`out[before..]` holds it):
/// a transcript's speaker label makes it the person a listed surname opening its line is
/// ("BELL: Thank you."), and no entity for a role after a name ("ANNA REYES, HOST:").
#[cold]
#[inline(never)]
fn speaker_label(text: &str, words: &Words<'_>, before: usize, out: &mut Vec<Mention>) {
    let acronym = words.len() == 1
        && out.len() == before + 1
        && out[before].ty == EntityType::Organization
        && out[before].rule == Rule::Acronym;
    if !acronym {
        return;
    }
    match person::speaker_label(text, &words[0]) {
        Some(Some(m)) => out[before] = m,
        Some(None) => out.truncate(before),
        None => {}
    }
}

/// True when the chunk of `words` at token `i`, after a punctuation mark, is or opens with
/// what only looks like a name: a company's legal form after a comma, which joins the
/// organization before it ([`legal_form_of_last`]); one word a release capitalizes for
/// itself after "the" and a quotation mark ("the \"Company\""); a ticker after its
/// exchange in brackets, one listing or several ("(NASDAQ: TGRA)", "(TSX: TGR; NYSE: TGR)").
#[cold]
#[inline(never)]
fn no_name_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    words: &Words<'_>,
    out: &mut [Mention],
) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|k| words::bytes(text, &tokens[k]));
    match before(1) {
        Some(b",") => {
            out.last()
                .is_some_and(|m| m.span.end == tokens[i - 1].start)
                && legal_form_of_last(out, words)
        }
        Some(b"\"") => {
            words.len() == 1
                && matches!(before(2), Some(b"the" | b"The"))
                && organization::is_defined_term(words[0].text, words[0].hash)
        }
        Some(b":") => {
            words.len() == 1
                && matches!(before(3), Some(b"(" | b";"))
                && tokens[i].is_all_caps(text)
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| matches!(words::bytes(text, t), b")" | b";"))
        }
        _ => false,
    }
}

/// True when the chunk of `words` opens with a company's short legal form ("Inc.",
/// "LLC") after a comma right after the last name found: the form joins that name when
/// it is an organization ("Tallgrass Analytics, Inc.").
fn legal_form_of_last(out: &mut [Mention], words: &Words<'_>) -> bool {
    let Some(last) = out.last_mut() else {
        return false;
    };
    let form = words[0].text;
    if form.len() > 5 || !organization::is_legal_suffix(form) {
        return false;
    }
    if last.ty == EntityType::Organization {
        last.span.end = words[0].end;
    }
    true
}

/// A sentence in capitals: only listed names count, longest first.
fn find_in_capitals(text: &str, tokens: &[Token], lists: &NameLists, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind == TokenKind::Word {
            // "SHEFFIELD UNITED", "DINAMO MINSK": two words in capitals shaped like an
            // organization by a club or company word, before a town in them is looked up.
            if let Some(j) = org_in_capitals(text, tokens, i) {
                let span = Span::new(tokens[i].start, tokens[j - 1].end);
                out.push(Mention::new(EntityType::Organization, span, Rule::OrgTail));
                i = j;
                continue;
            }
            if let Some((j, entries)) = lists.longest_at(text, tokens, i, tokens.len()) {
                if let Some(e) = entries.pick() {
                    let mut m =
                        Mention::new(e.ty, Span::new(tokens[i].start, tokens[j - 1].end), e.list);
                    m.canonical = e.canonical.map(CanonicalName::from);
                    m.list_kind = Some(e.kind);
                    out.push(m);
                }
                i = j;
                continue;
            }
            // "HENKE TAKES LEAD": an unlisted word is a name only if the article names it
            // elsewhere ("Nolan Henke"), so it is kept tentatively for resolution to decide.
            let w = tokens[i].text(text);
            if w.len() >= 3 && w.is_ascii() && tokens[i].is_all_caps(text) {
                // The word as it would open a sentence ("Henke"), for the stopword and
                // month tests, which take capitalized words.
                let mut t = w.to_ascii_lowercase();
                t[..1].make_ascii_uppercase();
                if !is_stopword(&t) && !is_calendar_word(&t) {
                    let mut m = Mention::new(
                        EntityType::Person,
                        Span::new(tokens[i].start, tokens[i].end),
                        Rule::NamePart,
                    );
                    m.tentative = true;
                    out.push(m);
                }
            }
        }
        i += 1;
    }
}

/// The end of two words in capitals from token `i` that are an organization by their
/// shape once written in title case ("SHEFFIELD UNITED" -> "Sheffield United"), the word
/// beside the tail or prefix no ordinary word or demonym ("SCOTTISH LEAGUE" is none).
fn org_in_capitals(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let [a, b] = tokens.get(i..i + 2)? else {
        return None;
    };
    let word = |t: &Token| {
        let w = t.text(text);
        (t.kind == TokenKind::Word && w.len() >= 2 && w.is_ascii() && t.is_all_caps(text)).then(
            || {
                let mut t = w.to_ascii_lowercase();
                t[..1].make_ascii_uppercase();
                t
            },
        )
    };
    let (x, y) = (word(a)?, word(b)?);
    let rule = organization::classify(&[&x, &y])?;
    let name = if organization::is_tail(&y) { &x } else { &y };
    (rule != Rule::OrgHead || !organization::is_tail(&y))
        .then_some(())
        .filter(|_| {
            !crate::lexicon::english::is_common_word(name)
                && !crate::gazetteer::GAZETTEER.is_demonym(name)
                && !is_stopword(name)
                && !is_calendar_word(name)
        })
        .map(|_| i + 2)
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

    /// A run of capitals longer than a chunk, with connectors where the chunk is cut, fits
    /// the chunk's buffer wherever it starts.
    #[test]
    fn long_runs_fit_the_chunk_buffer() {
        let caps: Vec<String> = (0..15)
            .map(|k| format!("Zorv{}", char::from(b'a' + k)))
            .collect();
        for tail in [
            "of the Qel",
            "van der Berg",
            "de la Fuente",
            "’s People",
            "of Qel",
        ] {
            for skip in 0..4 {
                let text = format!("They met {} {tail} there.", caps[skip..].join(" "));
                names(&text);
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

    /// Two unknown words are a guessed person only when the last is no ordinary English
    /// word: "Xbox Live", "Nortel Networks" name products and companies.
    #[test]
    fn guessed_people_end_in_no_ordinary_word() {
        let got = names("Velmora Quistad said Dravik Live and Zentra Portable will ship.");
        assert_eq!(got, [("Velmora Quistad".into(), "person")]);
        assert!(names("They watched Finding Zolvara twice.").is_empty());
        assert!(names("Afterwards, MPs said the vote would wait.").is_empty());
        let got = names("Shares in Quorvex Networks and Tallis Interactive fell.");
        assert_eq!(
            got,
            [
                ("Quorvex Networks".into(), "organization"),
                ("Tallis Interactive".into(), "organization")
            ]
        );
    }

    /// A lone word after a preposition is its object, not the subject of the verb of
    /// saying after it: no speaker.
    #[test]
    fn objects_of_prepositions_are_no_speakers() {
        for text in [
            "Residents of Quillmarsh say the road floods.",
            "A spokesman for Zephrion said it had no plans.",
            "Jo Bale, a director at Vorlantic, said sales rose.",
        ] {
            let got = names(text);
            assert!(
                got.iter().all(|(n, ty)| *ty != "person" || n == "Jo Bale"),
                "{text}: {got:?}"
            );
        }
        assert_eq!(
            names("The road is shut, Quillmarsh said."),
            [("Quillmarsh".into(), "person")]
        );
    }

    /// An unlisted name after a noun for a settlement or its people and "of" is a place.
    #[test]
    fn names_after_settlement_nouns_are_places() {
        for (text, place) in [
            (
                "Fighting resumed in the town of Qarvela on Monday.",
                "Qarvela",
            ),
            ("Residents of Ebbsworth say the road floods.", "Ebbsworth"),
            ("Police in the village of Dorn Hallow said.", "Dorn Hallow"),
        ] {
            assert_eq!(names(text), [(place.into(), "place")], "{text}");
        }
        // A demonym, or a name capitalized inside a sentence, is no such cue's place.
        assert!(names("It is a city of Italian bankers.").is_empty());
        let got = names("She ran for City of Quarrow AC last year.");
        assert!(got.iter().all(|(_, ty)| *ty != "place"), "{got:?}");
    }

    /// A lone name right after a noun for a relative or a child is a person's.
    #[test]
    fn lone_names_after_relatives_are_people() {
        for (text, person) in [
            ("The couple lost their child, Quilla, in May.", "Quilla"),
            ("His daughter Tamsyn was unhurt.", "Tamsyn"),
            ("The boy, Kemal, was taken to hospital.", "Kemal"),
        ] {
            let got = names(text);
            assert!(got.contains(&(person.into(), "person")), "{text}: {got:?}");
        }
        // No relative before it: a lone unknown word stays no one.
        assert!(names("The ferry, Quilla, was late.").is_empty());
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
