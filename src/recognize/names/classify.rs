//! Classification: whether a chunk is a person, a place, an organization or nothing, whole
//! or split — at a title, at the listed names inside it, at connectors — with the cues of
//! [`super::person`], [`super::place`] and [`super::organization`].

use super::chunk::{texts, trim_connectors, Word};
use super::context::{is_object_prep, is_org_prep_cue, is_place_of_cue, is_vehicle_cue, Context};
use super::lookup::{cased, joined, lookup_cased, sub_names};
use super::single::{single, single_with};
use super::things::{named_storm, vehicle_model};
use super::words::is_common_word;
use super::words::{is_line_label, is_particle, is_particle_lower};
use super::{organization, person, place};
use crate::gazetteer::GAZETTEER;
use crate::lexicon::{class, trim_dots, WordList};
use crate::model::{CanonicalName, EntityType, Mention, Rule, Span};

/// Last words of events, competitions and indices, which are not entities.
static EVENT_TAILS: WordList = WordList::new(class::NAMES_EVENT_TAIL);

/// Nouns for a party's members, which stand before a person's name as a role ("Democrat").
static PARTY_MEMBERS: WordList = WordList::new(class::NAMES_PARTY_MEMBER);

/// The surnames of the US Census list this common or more (rank by frequency: about one
/// person in 100,000 bears the last of them) read as names after a given name even when
/// they are also demonyms ("Peter Zulu", "Dawn French"); the hand-written lists rank first.
const COMMON_SURNAME_RANK: u32 = 20_000;

/// Adds the chunk, without its end connectors, as a mention of type `ty` by `rule`;
/// false when nothing is left of it.
fn emit(out: &mut Vec<Mention>, ty: EntityType, words: &[Word], rule: Rule) -> bool {
    let mut words = trim_connectors(words);
    // "Democrat John Kerry", "Tory Liam Fox": a party's member before a person's name is
    // a role, outside the span.
    if let [w, rest @ ..] = words {
        if ty == EntityType::Person
            && !rest.is_empty()
            && PARTY_MEMBERS.contains_hashed(w.text, w.hash)
        {
            // "Tory MP", "Tory Shadow": no name is left after the role.
            if let [one] = rest {
                if person::is_title_word(one.text) || is_common_word(one.text) {
                    return false;
                }
            }
            words = rest;
        }
    }
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

/// Classifies a chunk of words, splitting it where it holds several names.
pub(super) fn classify(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    let words = trim_connectors(words);
    if words.is_empty() {
        return;
    }
    // "Tate Modern and the Natural History Museum", "the Irving Independent School
    // District and the Irving Police Department": "and the" joins two names, unless the
    // whole is listed.
    if let Some(k) = words
        .windows(2)
        .position(|p| p[0].text == "and" && p[1].text == "the")
        .filter(|&k| k > 0 && k + 2 < words.len())
    {
        if lookup_cased(ctx, &joined(ctx.text, words)).is_none() {
            classify(&words[..k], &ctx.with_speech_follows(false), out);
            let rest = ctx.with_initial(false);
            classify(&words[k + 2..], &rest, out);
            return;
        }
    }
    // "Governor of Washington Chris Gregoire", "Minister of Education Stefania Giannini": a
    // title and the "of" part of its office, then a person by a listed given name.
    // ("Secretary of State Madeleine Albright": the office is a title as a whole; "...
    // Committee Peter Ainsworth MP": the letters after the name are no part of it, unlike
    // a numeral, "III".)
    if words.len() >= 5 && words[1].text == "of" && person::is_title_word(words[0].text) {
        let letters = |w: &Word| {
            w.text.len() <= 4
                && w.text.bytes().all(|b| b.is_ascii_uppercase())
                && !w.text.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        };
        let n = words.len() - usize::from(letters(&words[words.len() - 1]));
        if let Some(k) = [3, 2].into_iter().find(|&k| {
            n >= k + 3 && {
                let name = &words[n - k..n];
                !name.iter().any(Word::is_connector)
                    && person::classify(&texts(name), false, false) == Some(Rule::GivenName)
            }
        }) {
            let (office, name) = (&words[..n - k], &words[n - k..n]);
            if !person::is_title_word(&joined(ctx.text, office)) {
                let inner = ctx.with_initial(false).with_speech_follows(false);
                classify(&office[2..], &inner, out);
            }
            emit(out, EntityType::Person, name, Rule::TitleName);
            return;
        }
    }
    // "SOURCE Acme Inc.": a label in capitals is no part of the name after it.
    if words.len() > 1
        && words[0]
            .text
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_uppercase)
        && is_line_label(words[0].text)
    {
        return classify(&words[1..], &ctx.with_initial(false), out);
    }
    // "Hurricane Katrina": an event, marked for the resolver, which drops it and the later
    // mentions of "Katrina".
    if named_storm(words) {
        emit(out, EntityType::Person, words, Rule::NamedStorm);
        return;
    }
    // "the tanker Kota Sejati": a vehicle's name is no entity, though a place has it.
    if ctx.vehicle_before() && words[0].start == ctx.chunk_start {
        return;
    }
    // "Space Shuttle Atlantis", "HMS Ocean": the words after a noun for a vehicle name it;
    // only the words before may be a name of their own.
    // "P&O Ferry Services" is a company.
    if let Some(k) = words[..words.len() - 1]
        .iter()
        .position(|w| is_vehicle_cue(w.text, w.hash))
        .filter(|&k| k > 0 && organization::classify(&texts(&words[k..])).is_none())
    {
        // "Space" of "Space Shuttle Endeavour" is no name.
        if words[..k].iter().all(|w| is_common_word(w.text)) {
            return;
        }
        return classify(&words[..k], ctx, out);
    }
    let full = joined(ctx.text, words);
    // 1. The whole chunk is a listed name ("The Diplomat", "Strait of Malacca"). What
    // the embedded lists know of it is asked once: a demonym is told below.
    // A chunk of several words is remembered with its answer: its own look-up is not.
    let facts = match words.len() {
        1 => GAZETTEER.listed(&full),
        _ => GAZETTEER.listed_once(&full),
    };
    let listed = cased(ctx, ctx.lists.lookup_listed(&full, facts), &full);
    // "the film Vera Drake", "the novel The Quiet Year": a title of a work is no entity,
    // unless it is a listed place or organization.
    if ctx.work_before()
        && words[0].start == ctx.chunk_start
        && listed.as_ref().is_none_or(|e| e.ty == EntityType::Person)
    {
        return;
    }
    // "Italian club Napoli", "the broker Sunderland Capital": the cue wins over a place.
    if ctx.org_cue()
        && listed
            .as_ref()
            .is_none_or(|e| e.ty != EntityType::Organization)
        && !ctx.headline()
    {
        let strong_person =
            person::classify(&texts(words), false, false).is_some_and(person::is_strong);
        if !strong_person
            && words
                .iter()
                .all(|w| !w.is_connector() || matches!(w.text, "of" | "&" | "-"))
        {
            // "the Company" of a company's own release is no name.
            if !(words.len() == 1 && organization::is_defined_term(words[0].text, words[0].hash)) {
                emit(out, EntityType::Organization, words, Rule::OrgCue);
            }
            return;
        }
    }
    if listed.is_none() && vehicle_model(words) {
        return;
    }
    if let Some(e) = listed {
        let mut m = Mention::new(
            e.ty,
            Span::new(words[0].start, words[words.len() - 1].end),
            e.list,
        );
        m.canonical = e.canonical.map(CanonicalName::from);
        m.list_kind = Some(e.kind);
        out.push(m);
        return;
    }
    // "Sri Lankan", "Costa Rican": a demonym of several words names no one, as one word
    // does not.
    if words.len() >= 2 && facts.is_demonym() {
        return;
    }
    if words[0].text == "The" || words[0].text == "the" {
        return classify_rest(words, ctx, out);
    }
    let t = texts(words);
    // "shares of Time Warner", "analysts at Merrill Lynch": an unlisted name after a noun
    // and a preposition that introduce an organization, unless it is a titled or strong
    // person's name.
    // A possessive after the name makes it the owner of what follows ("analysts at Tony
    // Blair's office"), which is no cue.
    // Both tests below ask for the chunk's title: found once.
    let title = find_title(words);
    if title.is_none()
        && ctx.org_after_prep()
        && !ctx.headline()
        && !ctx.possessive_after()
        && !person::classify(&t, false, false)
            .is_some_and(|r| r != Rule::GivenName && person::is_strong(r))
        && words
            .iter()
            .all(|w| !w.is_connector() || matches!(w.text, "of" | "&" | "-"))
    {
        emit(out, EntityType::Organization, words, Rule::OrgCue);
        return;
    }
    // "the town of Tavildara", "residents of Ebbsworth": an unlisted name of up to three
    // words after a noun for a settlement or its people and "of" is a place, unless it
    // is a demonym ("the city of Italian banks"), an owner ("the town of Hope's mayor")
    // or a titled person's name.
    if words.len() <= 3
        && ctx.place_of()
        && !ctx.headline()
        && !ctx.possessive_after()
        && title.is_none()
        && words
            .iter()
            .all(|w| !w.is_connector() && !GAZETTEER.listed(w.text).is_demonym())
    {
        emit(out, EntityType::Place, words, Rule::PlaceOfCue);
        return;
    }
    // "New Mexico Governor", "Dona Ana County Sheriff": a title that ends the chunk after a
    // place's name is the place's officer, outside it; not after a given name ("Jordan
    // King" may be a person).
    if let Some((a, _)) = title.filter(|&(a, b)| a > 0 && b == words.len()) {
        let place = &words[..a];
        if !place[a - 1].is_connector()
            && (a >= 2 || !GAZETTEER.is_given_name(place[0].text))
            && (place::classify(&texts(place)).is_some()
                || lookup_cased(ctx, &joined(ctx.text, place))
                    .is_some_and(|e| e.ty == EntityType::Place))
        {
            classify(place, &ctx.with_speech_follows(false), out);
            return;
        }
    }
    // 2. A title splits the chunk: what follows is the person ("Prime Minister Hun Manet"),
    // unless the whole is an organization named after one ("Prince Holding Group").
    // A title that ends the chunk introduces nobody: "Department of Justice".
    if let Some((a, b)) = title.filter(|&(a, b)| b < words.len() || a == 0) {
        let rest = &words[b..];
        // "the General Court", "General Assembly": a word that can be a title before an
        // organization's tail alone names the organization.
        if let (0, [tail]) = (a, rest) {
            if organization::is_tail(tail.text) && !ctx.headline() {
                emit(out, EntityType::Organization, words, Rule::OrgTail);
                return;
            }
        }
        // "Economist Joel Naroff of First Union" is a person of an organization.
        if a == 0
            && !rest.is_empty()
            && !rest[0].is_connector()
            && organization::classify(&texts(rest)).is_some()
            && person_before_of(rest).is_none()
        {
            emit(out, EntityType::Organization, words, Rule::OrgTail);
            return;
        }
        classify(&words[..a], &ctx.with_speech_follows(false), out);
        if rest.first().is_some_and(Word::is_connector) {
            // "Associate Fellow for the Southeast Asia Program": only an organization
            // in the title's complement is kept.
            let complement = trim_connectors(rest);
            if !complement.is_empty() && organization::classify(&texts(complement)).is_some() {
                emit(out, EntityType::Organization, complement, Rule::OrgTail);
            } else if let Some(last) = complement.last() {
                // "the former CEO of Austin-based Solvara": a place in a hyphenated
                // compound is a place.
                if ctx.text[last.end..].starts_with('-') && places_only(ctx, complement) {
                    classify(complement, &ctx.with_speech_follows(false), out);
                }
            }
            return;
        }
        for piece in rest.split(|w| w.text == "and" || w.text == "&") {
            // "Mr Blair and Mr Brown": each person after the "and" has a title of their own.
            let piece = match find_title(piece) {
                Some((0, b)) if b < piece.len() => &piece[b..],
                // "Former Philippine President Rodrigo Duterte": a place or its people's
                // word between two titles is classified on its own.
                Some((a, b)) if a <= 2 && b < piece.len() && places_only(ctx, &piece[..a]) => {
                    classify(&piece[..a], &ctx.with_speech_follows(false), out);
                    &piece[b..]
                }
                _ => piece,
            };
            // "the General Election", "Major Works": one ordinary word after a word that
            // can be a title is no name.
            if let [w] = piece {
                if GAZETTEER.is_ordinary_word(w.text) {
                    continue;
                }
            }
            // "the Republican National Convention": an event after a word that can be a
            // title is no name.
            if piece.last().is_some_and(|w| EVENT_TAILS.contains(w.text)) {
                continue;
            }
            // "Chancellor Brown on UK economy": the name ends at a connector that is no
            // particle; what follows is classified on its own.
            match piece
                .iter()
                .position(|w| w.is_connector() && !is_particle(w.text))
            {
                Some(k) if k > 0 => {
                    emit(out, EntityType::Person, &piece[..k], Rule::TitleName);
                    classify(
                        &piece[k + 1..],
                        &ctx.with_initial(false).with_speech_follows(false),
                        out,
                    );
                }
                _ => {
                    emit(out, EntityType::Person, piece, Rule::TitleName);
                }
            }
        }
        return;
    }
    // 3. Shaped like an organization ("Human Rights Watch", "University of Phnom Penh");
    // "X Program and the Y Initiative" is two.
    if let Some(rule) =
        organization::classify(&t).filter(|_| !place::is_facility(&t) && !ctx.headline())
    {
        // "Shares of Douglas & Lomason Co", "Representatives of First Bank": an ordinary
        // word capitalized only because it opens the sentence, then a preposition, is no
        // part of the organization named after them.
        if words[0].start == ctx.chunk_start
            && words.len() >= 3
            && matches!(words[1].text, "of" | "on" | "at" | "in" | "for" | "from")
            && ctx.initial()
            && is_common_word(words[0].text)
            && !organization::is_head(words[0].text)
            && !organization::is_tail(words[0].text)
            && !place::is_tail(words[0].text)
            && lookup_cased(ctx, words[0].text).is_none()
        {
            let rest = match &words[2..] {
                [the, rest @ ..] if the.text == "the" => rest,
                rest => rest,
            };
            if !rest.is_empty()
                && (organization::classify(&texts(rest)).is_some()
                    || lookup_cased(ctx, &joined(ctx.text, rest)).is_some())
            {
                let after = ctx.with_initial(false).with_org_after_prep(true);
                return classify(rest, &after, out);
            }
        }
        // "Kia Motor Corp of South Korea", "John Casesa of Schroder Wertheim & Co.": the
        // part before "of" is a whole name, so "of" joins two names.
        if let Some(k) = words.iter().position(|w| w.text == "of").filter(|&k| k > 0) {
            let before = texts(&words[..k]);
            let whole = (k >= 2 && organization::is_legal_suffix(before[k - 1]))
                || person_before_of(words) == Some(k);
            if whole {
                split_at(words, k, ctx, out);
                return;
            }
            // "Economist Joel Naroff of First Union": the same after a role noun that is
            // capitalized only because it opens the sentence.
            if words[0].start == ctx.chunk_start
                && ctx.initial()
                && is_common_word(words[0].text)
                && !organization::is_head(words[0].text)
                && person_before_of(&words[1..]) == Some(k - 1)
            {
                return classify_rest(words, ctx, out);
            }
        }
        // "Greek Ministry of Culture": a demonym before a name complete by itself (a head
        // and "of") is no part of it; "Indonesian Democratic Party", "Iraqi News Agency"
        // keep theirs.
        if words.len() > 3
            && GAZETTEER.is_demonym(words[0].text)
            && organization::is_head(words[1].text)
            && words[2].text == "of"
        {
            return classify_rest(words, ctx, out);
        }
        // "the Council on American-Islamic Relations Alia Salem said": a person by a given
        // name right after a complete organization's name is no part of it.
        let n = words.len();
        if n >= 4 && !words[n - 2].is_connector() {
            let (org, person) = words.split_at(n - 2);
            if person::classify(&texts(person), false, false) == Some(Rule::GivenName)
                && !org[org.len() - 1].is_connector()
                && organization::classify(&texts(org)).is_some()
            {
                emit(out, EntityType::Organization, org, rule);
                emit(out, EntityType::Person, person, Rule::GivenName);
                return;
            }
        }
        let and = words.iter().position(|w| w.text == "and" || w.text == "&");
        // "Malcolm Glazer and Manchester United": a person is a name of its own too.
        let is_name = |part: &[Word]| {
            organization::classify(&texts(part)).is_some()
                || lookup_cased(ctx, &joined(ctx.text, part)).is_some()
                || (part.len() == 1 && organization::is_acronym(part[0].text))
                || person::classify(&texts(part), false, false) == Some(Rule::GivenName)
        };
        // "Department of Health and Human Services": the words after an "and" in the "of"
        // part of a head's name are that part's, unless they are a name of their own
        // ("Bank of England and Barclays", "... and State University", "... and Dan Smith").
        let of_part = |k: usize| {
            let right = trim_connectors(&words[k + 1..]);
            words[..k]
                .windows(2)
                .any(|p| organization::is_head(p[0].text) && p[1].text == "of")
                && !right.is_empty()
                && !right.iter().any(|w| organization::is_head(w.text))
                && person::classify(&texts(right), false, false) != Some(Rule::GivenName)
                && lookup_cased(ctx, &joined(ctx.text, right)).is_none()
                && !(right.len() == 1 && organization::is_acronym(right[0].text))
        };
        match and {
            Some(k)
                if k > 0
                    && k + 1 < words.len()
                    && is_name(&words[..k])
                    && is_name(trim_connectors(&words[k + 1..]))
                    && !of_part(k) =>
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
    // "Peter Zulu", "Dawn French": a given name and a demonym that is also a common
    // surname (not "Roman Catholic": "Catholic" is among the rarest).
    let given_and_surname = || {
        words.len() == 2
            && GAZETTEER.is_given_name(words[0].text)
            && !GAZETTEER.is_demonym(words[0].text)
            && GAZETTEER
                .surname_rank(last)
                .is_some_and(|r| r <= COMMON_SURNAME_RANK)
    };
    if words.len() > 1
        && !words.iter().any(Word::is_connector)
        && (GAZETTEER.is_demonym(last) && !given_and_surname() || EVENT_TAILS.contains(last))
    {
        return;
    }
    // 4. A leading demonym is no part of a name ("Cambodian Hun Manet"), unless it opens a
    // listed name before an "and" ("Western Australia and Queensland": two places), or is
    // a bearing before a place's tail or another bearing ("the Western Isles", Ghana's
    // "Western North" region).
    if words.len() > 1
        && GAZETTEER.is_demonym(words[0].text)
        && !family_first_hyphened(words)
        && !(place::is_compass(words[0].text)
            && (place::classify(&t) == Some(Rule::PlaceTail)
                || t[1..].iter().all(|w| place::is_compass(w))))
    {
        if let Some(k) = words
            .iter()
            .position(|w| w.text == "and")
            .filter(|&k| k >= 2)
        {
            if lookup_cased(ctx, &joined(ctx.text, &words[..k])).is_some() {
                split_at(words, k, ctx, out);
                return;
            }
        }
        return classify_rest(words, ctx, out);
    }
    // 5. Shaped like a place ("Ream Naval Base", "Gulf of Thailand"); two names each
    // complete by its shape, joined by "and", are two ("the Newport Jazz Festival and
    // Carnegie Hall": an event and a hall).
    if let Some(k) = words
        .iter()
        .position(|w| w.text == "and")
        .filter(|&k| k >= 2 && k + 2 < words.len())
    {
        if EVENT_TAILS.contains(words[k - 1].text) || place::classify(&t[..k]).is_some() {
            split_at(words, k, ctx, out);
            return;
        }
    }
    if let Some(rule) = place::classify(&t).filter(|_| !ctx.headline()) {
        // "said Lena Park, senior media analyst for Comscore": a listed given name and a
        // place's tail word before an appositive about a person are a person's name.
        if rule == Rule::PlaceTail
            && words.len() == 2
            && GAZETTEER.is_given_name(words[0].text)
            && lookup_cased(ctx, words[0].text).is_none()
            && ctx.person_appositive()
        {
            emit(out, EntityType::Person, words, Rule::PersonAppositive);
            return;
        }
        emit(out, EntityType::Place, words, rule);
        return;
    }
    let has_connector = words.iter().any(Word::is_connector);
    // "Pieter van Loon", "Joaquin del Olmo", "Mohammed bin Salman": name particles inside a
    // person's name.
    if has_connector
        && words
            .iter()
            .all(|w| !w.is_connector() || is_particle(w.text))
    {
        let main: Vec<&str> = words
            .iter()
            .filter(|w| !w.is_connector())
            .map(|w| w.text)
            .collect();
        // "Joost van der Westhuizen", "Aravinda de Silva": without a listed given name, the
        // particle is the evidence, as long as no part is an ordinary word or a listed
        // place or organization ("Bank of", "Universidad de Chile").
        let foreign = |w: &&str| !is_common_word(w) && GAZETTEER.lookup(w).is_empty();
        let particle_led = is_capitalized_particle(main[0]);
        if main.len() >= 2
            && (GAZETTEER.is_given_name(main[0])
                || ctx.speech_follows()
                || (!particle_led && main.iter().all(foreign)))
            && !ctx.headline()
        {
            emit(out, EntityType::Person, words, Rule::NameParticle);
            return;
        }
        // "De la Fuente", "Van der Meulen": a later mention by the particle form, kept when
        // the article gives the full name.
        if particle_led && main.len() >= 2 && main[1..].iter().all(foreign) {
            tentative_person(out, words);
            return;
        }
    }
    // "Ter Horst", "Dos Santos", "Van Dijk": the same without a lower-case particle.
    if !has_connector
        && words.len() == 2
        && is_capitalized_particle(words[0].text)
        && words[1].text.chars().any(char::is_lowercase)
        && facts.entries().is_empty()
        && !organization::is_tail(words[1].text)
        && !place::is_tail(words[1].text)
    {
        tentative_person(out, words);
        return;
    }
    // "Valeska Paris, an Australian woman": an appositive about a person makes a person of
    // two or three words that no rule above took, a listed place among them or not.
    if (2..=3).contains(&words.len())
        && !has_connector
        && ctx.person_appositive()
        && !ctx.headline()
        && lookup_cased(ctx, words[0].text).is_none()
        && words
            .iter()
            .all(|w| w.text.chars().any(char::is_lowercase) && !is_common_word(w.text))
    {
        emit(out, EntityType::Person, words, Rule::PersonAppositive);
        return;
    }
    // 6. A person's name ("Gregory B. Poling", "Hun Manet").
    // The listed names inside a chunk of several words, found once and only when asked:
    // a person's name that opens with a given name ("Tony Blair") never asks.
    let known = std::cell::OnceCell::new();
    let known = || known.get_or_init(|| sub_names(ctx, words));
    if !has_connector {
        // "Lawmakers Leung Che-cheung", "Actress Nicole Kidman": a role noun capitalized
        // only because it opens the sentence is no part of the name after it.
        if words.len() >= 3
            && ctx.initial()
            && is_common_word(words[0].text)
            && !GAZETTEER.is_given_name(words[0].text)
            && person::classify(&t[1..], false, false).is_some_and(person::is_strong)
        {
            return classify_rest(words, ctx, out);
        }
        if words.len() > 1 && !person_like(&t) && !known().is_empty() {
            return split_known(words, known(), ctx, out);
        }
        if let Some(rule) = person_in(&t, ctx).filter(|r| person::is_strong(*r) || !ctx.headline())
        {
            emit(out, EntityType::Person, words, rule);
            return;
        }
        // "Red Star", "Science Fair": ordinary words are no person, but the article may
        // show them to be a team or an organization; kept tentatively for it to decide.
        if (2..=3).contains(&words.len())
            && t.iter()
                .all(|w| is_common_word(w) && w.chars().any(char::is_lowercase))
            && !ctx.headline()
            && known().is_empty()
        {
            tentative_person(out, words);
            return;
        }
    }
    // "Douglas & Lomason", "Barrow & Finch": names joined by an ampersand are a firm,
    // unless each side is a listed name of its own ("US & UK").
    if let Some(k) = words.iter().position(|w| w.text == "&") {
        // "Matt Lucas & David Walliams" are two people.
        let plain = |part: &[Word]| {
            !part.is_empty()
                && part.len() <= 3
                && part.iter().all(|w| !w.is_connector())
                && lookup_cased(ctx, &joined(ctx.text, part)).is_none()
                && !person::classify(&texts(part), false, false).is_some_and(person::is_strong)
        };
        // "Morgan Stanley and Barrow & Finch": the firm runs from the "and" before it.
        let a = words[..k]
            .iter()
            .rposition(|w| w.text == "and")
            .map_or(0, |p| p + 1);
        let b = words[k + 1..]
            .iter()
            .position(|w| w.text == "and")
            .map_or(words.len(), |p| k + 1 + p);
        // "R&B", "R&D", "Q&A": pairs of letters listed as no organization.
        if !ctx.headline()
            && plain(&words[a..k])
            && plain(&words[k + 1..b])
            && !organization::is_not_acronym(trim_dots(&joined(ctx.text, &words[a..b])))
        {
            if a > 0 {
                let before = ctx.with_speech_follows(false);
                classify(&words[..a - 1], &before, out);
            }
            emit(
                out,
                EntityType::Organization,
                &words[a..b],
                Rule::OrgAmpersand,
            );
            if b < words.len() {
                let after = ctx.with_initial(false);
                classify(&words[b + 1..], &after, out);
            }
            return;
        }
    }
    // 7. Several names joined by connectors: each piece on its own, split first where
    // names are coordinated ("and", "-"), so "Strait of Malacca and US" keeps its "of".
    if has_connector {
        // A saint's possessive is inside the name after it ("St. Peter's Square for the
        // Angelus" splits at "for").
        let saints = |w: &Word| {
            matches!(words[0].text, "St" | "St." | "Saint")
                && words.get(2).is_some_and(|p| p.start == w.start)
        };
        let strong = |w: &Word| {
            matches!(w.text, "and" | "&" | "-" | "–")
                || (matches!(w.text, "’s" | "'s") && !saints(w))
        };
        let only_strong = words.iter().any(strong);
        let split_at = |w: &Word| {
            if only_strong {
                strong(w)
            } else {
                w.is_connector() && !saints(w)
            }
        };
        // A saint's possessive alone is no split (below).
        if words.iter().any(split_at) {
            let mut start = 0;
            // "Shares of Time Warner" opening a sentence: the cue is inside the chunk.
            let mut org_after_prep = ctx.org_after_prep();
            let mut place_of = ctx.place_of();
            for (k, w) in words.iter().enumerate() {
                if split_at(w) {
                    if k > start {
                        classify(
                            &words[start..k],
                            &ctx.with_initial(start == 0 && ctx.initial())
                                .with_speech_follows(false)
                                .with_org_after_prep(org_after_prep)
                                .with_place_of(place_of),
                            out,
                        );
                    }
                    org_after_prep = k == start + 1
                        && matches!(w.text, "of" | "at" | "in" | "for")
                        && is_org_prep_cue(words[start].text);
                    // "Residents of Ebbsworth" opening a sentence: the cue is inside the chunk
                    // ("City of Plymouth AC" inside a sentence is one name).
                    place_of = start == 0
                        && k == 1
                        && ctx.initial()
                        && w.text == "of"
                        && is_place_of_cue(&words[start].text.to_lowercase());
                    start = k + 1;
                }
            }
            if start < words.len() {
                // "Residents of Ebbsworth say": the words after "of" are its object, and the
                // verb has another subject.
                let object = start > 0 && is_object_prep(words[start - 1].text);
                let mut last = ctx
                    .with_initial(start == 0 && ctx.initial())
                    .with_org_after_prep(org_after_prep)
                    .with_place_of(place_of);
                if object {
                    last = last.with_speech_follows(false);
                }
                classify(&words[start..], &last, out);
            }
            return;
        }
        // "St. Michael's Church": what is named after a saint, that no tail above told
        // (a college's "College" is an organization's), is a place.
        if words.len() > 3 && words.get(2).is_some_and(saints) {
            emit(out, EntityType::Place, words, Rule::PlaceHead);
            return;
        }
    }
    if words.len() > 1 {
        return split_known(words, known(), ctx, out);
    }
    // The word is the whole chunk, which the lists were asked about above: not listed.
    single_with(words[0], ctx, out, Some(facts));
}

/// [`person::classify`] with the context's flags, which only a lone word is asked about:
/// read only then, so that the chunk memo keys on no more flags than the answer needs.
fn person_in(t: &[&str], ctx: &Context<'_>) -> Option<Rule> {
    let speech = t.len() == 1 && ctx.speech_follows();
    person::classify(t, speech, speech && ctx.initial())
}

/// A capitalized name particle opening a name ("De", "Van", "Al", "Dos").
fn is_capitalized_particle(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.len() <= 4
        && word.is_ascii()
        && is_particle_lower(word)
}

/// Adds the chunk as a person the rest of the article must confirm (a full name that ends
/// the same way).
fn tentative_person(out: &mut Vec<Mention>, words: &[Word]) {
    let mut m = Mention::new(
        EntityType::Person,
        Span::new(words[0].start, words[words.len() - 1].end),
        Rule::NameParticle,
    );
    m.tentative = true;
    out.push(m);
}

/// Classifies the chunk without its first word (an article or a demonym).
fn classify_rest(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    let rest = ctx.with_initial(false);
    classify(&words[1..], &rest, out);
}

/// Classifies the words before and after the connector at `k` as two names.
fn split_at(words: &[Word], k: usize, ctx: &Context<'_>, out: &mut Vec<Mention>) {
    classify(&words[..k], ctx, out);
    let rest = ctx.with_initial(false);
    classify(&words[k + 1..], &rest, out);
}

/// Where the first "of" of `words` stands when the words before it are a person's name
/// by a strong rule ("John Casesa of Schroder Wertheim & Co.").
fn person_before_of(words: &[Word]) -> Option<usize> {
    let k = words
        .iter()
        .position(|w| w.text == "of")
        .filter(|&k| k > 0)?;
    person::classify(&texts(&words[..k]), false, false)
        .is_some_and(person::is_strong)
        .then_some(k)
}

/// Two or more words, the first a listed given name or family name that comes first.
fn person_like(t: &[&str]) -> bool {
    t.len() >= 2 && {
        // The lists are asked about the word once, for both tests.
        let first = GAZETTEER.listed(t[0]);
        first.is_given_name() || first.is_family_name_first()
    }
}

/// Splits a chunk at the listed names inside it (`known`, of [`sub_names`]) and classifies
/// each part.
fn split_known(
    words: &[Word],
    known: &[(usize, usize)],
    ctx: &Context<'_>,
    out: &mut Vec<Mention>,
) {
    // "Texas Rangers", "Kansas City Royals": a place, then a plural nickname, is a team.
    if let Some(&(0, b)) = known.first() {
        let rest = &words[b..];
        let nickname = (1..=2).contains(&rest.len())
            && rest.iter().all(|w| {
                w.text.chars().next().is_some_and(char::is_uppercase) && !w.is_connector()
            })
            && rest[rest.len() - 1].text.ends_with('s')
            && !rest[rest.len() - 1].text.ends_with("ss")
            && lookup_cased(ctx, &joined(ctx.text, rest)).is_none()
            && lookup_cased(ctx, &joined(ctx.text, &words[..b]))
                .is_some_and(|e| e.ty == EntityType::Place);
        if nickname && !ctx.headline() {
            emit(out, EntityType::Organization, words, Rule::TeamName);
            return;
        }
    }
    let mut pos = 0;
    for &(a, b) in known {
        if a > pos {
            rest_piece(&words[pos..a], ctx, pos == 0, out);
        }
        classify(
            &words[a..b],
            &ctx.with_initial(a == 0 && ctx.initial())
                .with_speech_follows(false),
            out,
        );
        pos = b;
    }
    if pos == 0 {
        for (k, w) in words.iter().enumerate() {
            single(
                *w,
                &ctx.with_initial(k == 0 && ctx.initial())
                    .with_speech_follows(k == words.len() - 1 && ctx.speech_follows()),
                out,
            );
        }
        return;
    }
    if pos < words.len() {
        rest_piece(&words[pos..], ctx, false, out);
    }
}

/// Classifies a part of a chunk that holds no listed name: a person's name whole, else
/// word by word.
fn rest_piece(words: &[Word], ctx: &Context<'_>, first: bool, out: &mut Vec<Mention>) {
    let t = texts(words);
    if words.len() > 1 {
        // Only a lone word is asked about the flags.
        if let Some(rule) =
            person::classify(&t, false, false).filter(|r| person::is_strong(*r) || !ctx.headline())
        {
            emit(out, EntityType::Person, words, rule);
            return;
        }
    }
    for (k, w) in words.iter().enumerate() {
        single(
            *w,
            &ctx.with_initial(first && k == 0 && ctx.initial())
                .with_speech_follows(false),
            out,
        );
    }
}

/// The first run of titles inside a chunk, longest at each position: (first word, end
/// word). "Deputy Economy Minister" is one run of titles.
fn find_title(words: &[Word]) -> Option<(usize, usize)> {
    // Most words start no title: told here, before the longer search is called.
    let may_start = |a: usize| {
        words
            .get(a)
            .is_some_and(|w| person::may_start_title_hashed(w.text, w.hash))
    };
    // The longest title from word `a`, which may start one.
    let longest_at = |a: usize| {
        let max = *person::TITLE_MAX_WORDS;
        // A run whose last word ends no title is none, unless the word before it ends with
        // a hyphen or a character beyond ASCII (a dash), which the key joins to it.
        let may_end = |b: usize| {
            let last = &words[b - 1];
            let joined =
                b - a >= 2 && matches!(words[b - 2].text.as_bytes().last(), Some(b'-' | 0x80..));
            joined || person::may_end_title_hashed(last.text, last.hash)
        };
        (a + 1..=(a + max).min(words.len()))
            .rev()
            .find(|&b| may_end(b) && with_spaced(&words[a..b], person::is_title))
    };
    let (a, mut b) = (0..words.len())
        .filter(|&a| may_start(a))
        .find_map(|a| Some((a, longest_at(a)?)))?;
    while let Some(next) = Some(b).filter(|&b| may_start(b)).and_then(longest_at) {
        b = next;
    }
    // "the Queen Elizabeth Hospital", "Massachusetts General Hospital": a title inside a
    // facility's name is part of it, no title (a name after it, or before it).
    let last = &words[words.len() - 1];
    if b < words.len()
        && (a > 0 || words.len() - b >= 2)
        && place::may_end_name(last.text, last.hash)
        && titled_facility(words)
    {
        return None;
    }
    Some((a, b))
}

/// Whether `words` are each a place's name or its people's word ("Philippine", "U.S.").
#[cold]
fn places_only(ctx: &Context, words: &[Word]) -> bool {
    words.iter().all(|w| {
        !w.is_connector()
            && (GAZETTEER.listed(w.text).is_demonym()
                || lookup_cased(ctx, w.text).is_some_and(|e| e.ty == EntityType::Place))
    })
}

/// Calls `f` with the words' texts one space apart ("Deputy Prime Minister"), joined on
/// the stack when they fit.
fn with_spaced<R>(words: &[Word], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    let mut n = 0;
    for (k, w) in words.iter().enumerate() {
        let sep = usize::from(k > 0);
        let Some(dst) = buf.get_mut(n..n + sep + w.text.len()) else {
            return f(&texts(words).join(" "));
        };
        dst[..sep].fill(b' ');
        dst[sep..].copy_from_slice(w.text.as_bytes());
        n += sep + w.text.len();
    }
    // Whole words and spaces: UTF-8, so this never takes the fallback.
    f(std::str::from_utf8(&buf[..n]).unwrap_or(""))
}

/// A family name written first that is also a demonym, and a hyphenated given name:
/// "Han Dong-hoon", a person ("Han" is also the Chinese people).
#[cold]
fn family_first_hyphened(words: &[Word]) -> bool {
    let [family, given] = words else {
        return false;
    };
    GAZETTEER.is_family_name_first(family.text)
        && given
            .text
            .split_once('-')
            .is_some_and(|(a, b)| a.len() >= 2 && b.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// A facility's name by its last word, with a title inside ("Massachusetts General
/// Hospital", "King Edward VII Hospital"), unless that word is also a family name.
#[cold]
fn titled_facility(words: &[Word]) -> bool {
    place::classify(&texts(words)) == Some(Rule::PlaceTail)
        && GAZETTEER
            .surname_rank(words[words.len() - 1].text)
            .is_none()
}
