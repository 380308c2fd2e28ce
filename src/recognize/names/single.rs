//! A chunk of one capitalised word: a listed name, a state's abbreviation after a city, a
//! relative's or an organization cue's name, an acronym, an unlisted name after a locative
//! preposition (a place), else a tentative person the article may confirm.

use super::chunk::Word;
use super::context::Context;
use super::lookup::cased;
use super::words::{is_calendar_word, is_common_word, is_stopword};
use super::{organization, person, place};
use crate::gazetteer::{Listed, GAZETTEER};
use crate::model::{CanonicalName, EntityType, Mention, Rule, Span};

/// A chunk of one word.
pub(super) fn single(w: Word, ctx: &Context<'_>, out: &mut Vec<Mention>) {
    single_with(w, ctx, out, None);
}

/// [`single`], told by `unlisted` when the caller found that no list names the word as
/// written and what the embedded lists say of it ([`crate::gazetteer::Gazetteer::listed`]).
pub(super) fn single_with(
    w: Word,
    ctx: &Context<'_>,
    out: &mut Vec<Mention>,
    unlisted: Option<Listed>,
) {
    // The whole chunk, after a city and a comma, ending at a dot.
    let whole = w.start == ctx.chunk_start;
    let state = whole
        && place::may_be_state_abbreviation(w.text)
        && ctx.after_comma()
        && (ctx.dot_after() || w.text.ends_with('.'));
    if let Some(m) = state
        .then(|| place::state_abbreviation(ctx.text, w.start, w.end))
        .flatten()
    {
        out.push(m);
        return;
    }
    // The lists are asked about the word once, for its entries and the tests below.
    let listed = match unlisted {
        Some(listed) => listed,
        None => {
            let listed = GAZETTEER.listed(w.text);
            if let Some(e) = cased(ctx, ctx.lists.lookup_listed(w.text, listed), w.text) {
                let mut m = Mention::new(e.ty, Span::new(w.start, w.end), e.list);
                m.canonical = e.canonical.map(CanonicalName::from);
                m.list_kind = Some(e.kind);
                out.push(m);
                return;
            }
            listed
        }
    };
    if listed.is_demonym() || is_calendar_word(w.text) || is_stopword(w.text) || w.text.is_empty() {
        return;
    }
    // "their daughter, Gloria", "the boy Kemal": a lone name, no ordinary word, right after
    // a noun for a relative or a child is that person's.
    if w.text.chars().any(char::is_lowercase)
        && ctx.kin_before()
        && !ctx.headline()
        && !is_common_word(w.text)
    {
        push(out, &w, EntityType::Person, Rule::KinName);
        return;
    }
    if w.text.chars().any(char::is_lowercase) && ctx.org_cue() && !ctx.headline() {
        push(out, &w, EntityType::Organization, Rule::OrgCue);
        return;
    }
    // "CRUDE OIL", "CALL ORDERS" in a line of capitals: an ordinary word among other
    // words in capitals is no acronym ("DAB" among lower-case words is). The words around
    // are asked about only for an ordinary word shaped like an acronym.
    if organization::is_acronym(w.text)
        && !ctx.headline()
        && !(is_common_word(w.text) && ctx.caps_run())
    {
        push(out, &w, EntityType::Organization, Rule::Acronym);
        return;
    }
    // The other tests of `person::is_common` failed above. "MPs said": an acronym in the
    // plural is people in number, not one person.
    if person::is_title_word(w.text)
        || !w.text.chars().any(char::is_lowercase)
        || person::is_plural_acronym(w.text)
    {
        return;
    }
    // "fighting near Tavildara", "a blast in Arbil": an unlisted name after a locative
    // preposition is a place when it is no ordinary word or given name.
    let locative = whole && ctx.locative();
    if locative
        && !is_common_word(w.text)
        && !listed.is_given_name()
        && !ctx.speech_follows()
        && !ctx.headline()
    {
        push(out, &w, EntityType::Place, Rule::PlaceLocative);
        return;
    }
    // "Image", "Shuttle", "Polaroids": an ordinary word alone is no person unless a name
    // list says it can be one ("Brown", "Rose"); the article may still show it to be an
    // organization ("Mercantile" after "Mercantile Bancorp Inc.").
    let mut m = Mention::new(
        EntityType::Person,
        Span::new(w.start, w.end),
        if ctx.speech_follows() {
            Rule::Speaker
        } else {
            Rule::NamePart
        },
    );
    // The flags first: the word is asked whether it is ordinary only when they leave it
    // open.
    m.tentative =
        !ctx.speech_follows() || ctx.initial() || listed.is_ordinary(is_common_word(w.text));
    out.push(m);
}

/// Adds the word `w` as a mention of type `ty` by `rule`.
fn push(out: &mut Vec<Mention>, w: &Word, ty: EntityType, rule: Rule) {
    out.push(Mention::new(ty, Span::new(w.start, w.end), rule));
}
