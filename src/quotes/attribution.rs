//! Attribution patterns: the speaker named after a quotation ("…," said X; "…," X, a
//! fellow at Y, said; "…," the ministry said), before it (X said: "…"; according to X,
//! "…"; X, a researcher at Y, said: "…"), or earlier in its paragraph.

use super::speaker::as_written;
use super::speaker::from_mention;
use super::speaker::is_auxiliary;
use super::speaker::is_it;
use super::speaker::is_verb;
use super::speaker::last_body;
use super::speaker::mention_at;
use super::speaker::named_by_noun;
use super::speaker::paragraph_start;
use super::speaker::pronoun;
use super::speaker::referent;
use super::speaker::speaks;
use super::speaker::titled_name;
use super::speaker::titled_words;
use super::speaker::within;
use super::speaker::Attribution;
use super::speaker::Referent;
use super::speaker::SpeakerType;
use super::speaker::PRONOUNS;
use super::words::Word;
use super::words::Words;
use super::Quote;
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;

/// An anonymous source written as a noun phrase: "a Bangkok-based analyst", up to the next
/// comma, period or relative pronoun. `first` is its first word, `rest` the words after it.
/// The phrase's span and its last word.
fn noun_phrase<'a>(
    text: &str,
    first: Word<'a>,
    rest: impl Iterator<Item = Word<'a>>,
) -> Option<(Span, &'a str)> {
    let (start, first_end, first) = first;
    if !matches!(
        first,
        "a" | "an"
            | "the"
            | "A"
            | "An"
            | "The"
            | "one"
            | "One"
            | "another"
            | "two"
            | "three"
            | "several"
    ) {
        return None;
    }
    let (mut end, mut last) = (first_end, first);
    for (s, e, w) in rest {
        let gap = &text[end..s];
        if gap.contains([',', '.', ';', ':', '(', '—', '–'])
            || matches!(
                w,
                "who" | "which" | "that" | "on" | "in" | "at" | "to" | "for" | "after" | "when"
            )
            || is_verb(w)
            || is_auxiliary(w)
        {
            break;
        }
        (end, last) = (e, w);
    }
    let span = Span::new(start, end);
    (end > first_end).then_some((span, last))
}

/// A noun phrase at the start of `span` as a speaker: "the ministry" resolved to the
/// body named before `limit`, "a senior official" as written.
fn phrase_speaker(
    text: &str,
    mentions: &[Mention],
    span: Span,
    limit: usize,
    resolve: bool,
) -> Option<Attribution> {
    let mut ws = Words::new(text, span);
    let first = ws.next()?;
    let (phrase, head) = noun_phrase(text, first, ws)?;
    Some(described(text, mentions, phrase, head, limit, resolve))
}

/// A noun phrase as a speaker: "the ministry" or "the minister" stands for the body or
/// person the paragraph names by that noun, or the one who spoke last in it ("X said in a
/// statement that …; “…,” the company said"), or the last one named before `limit`; any
/// other phrase is an anonymous source kept as written ("a senior official").
fn described(
    text: &str,
    mentions: &[Mention],
    phrase: Span,
    head: &str,
    limit: usize,
    resolve: bool,
) -> Attribution {
    let at = limit.min(phrase.start);
    let Some(referent) = referent(text, phrase, head) else {
        return as_written(text, phrase);
    };
    let found = named_by_noun(text, mentions, head, referent, at)
        .or_else(|| {
            if referent != Referent::Body || !resolve {
                return None;
            }
            // The speaker of the paragraph's last verb of saying before the phrase.
            let para_start = paragraph_start(text, at);
            let mut no_verb = false;
            before_attribution_in(
                text,
                Span::new(para_start, at),
                mentions,
                &mut no_verb,
                false,
            )
            .filter(|a| a.ty.is_some_and(|t| t != SpeakerType::Description))
        })
        .or_else(|| {
            (referent == Referent::Body)
                .then(|| last_body(text, mentions, head, at))
                .flatten()
        });
    match found {
        Some(a) => Attribution {
            span: Some(phrase),
            verb: None,
            ..a
        },
        None => as_written(text, phrase),
    }
}

/// The subject of a verb when an appositive stands between them (`zone` runs from the
/// subject to the verb and ends with a comma): "X, a researcher at Y University," is X,
/// "The leader of the group, X," is X, "The judges, chaired by X," is "The judges".
fn appositive_subject(
    text: &str,
    mentions: &[Mention],
    zone: Span,
    limit: usize,
    resolve: bool,
) -> Option<Attribution> {
    let z = &text[zone.start..zone.end];
    if !z.trim_end().ends_with(',') {
        return None;
    }
    let first_comma = zone.start + z.find(',')?;
    let people = within(mentions, zone)
        .iter()
        .filter(|m| m.ty == EntityType::Person && m.span.end <= zone.end);
    // A name standing alone between commas after a role: the name, not the role.
    for m in people {
        // Between the comma and the name, a title at most ("…, Gen. Thomas R. Whitaker,").
        let gap = text[..m.span.start]
            .rfind(',')
            .map_or("", |k| &text[k + 1..m.span.start]);
        if m.span.start > first_comma
            && text[..m.span.start].contains(',')
            && (gap.trim().is_empty() || crate::recognize::person::is_title(gap.trim()))
            && text[m.span.end..zone.end].trim_start().starts_with(',')
        {
            return Some(from_mention(m, text));
        }
        // "…, Tory MP Michael Mates, who is a member of the Commons committee, told": the
        // name a relative clause opens after, not a name inside the clause.
        if text[m.span.end..zone.end].starts_with(", who ") {
            return Some(from_mention(m, text));
        }
    }
    let head = Span::new(zone.start, first_comma);
    let named = within(mentions, head)
        .iter()
        .rev()
        .filter(|m| speaks(m) && m.span.end <= head.end);
    if let Some(m) = named.clone().find(|m| m.ty == EntityType::Person) {
        return Some(from_mention(m, text));
    }
    // "Lord Faulkner of Worcester, who chaired …": the titled name, not the place.
    if let Some(name) = titled_words(Words::new(text, head), 1) {
        return Some(Attribution {
            speaker: Some(text[name.start..name.end].to_string()),
            span: Some(name),
            ty: Some(SpeakerType::Person),
            ..Attribution::default()
        });
    }
    if let Some(m) = named.clone().next() {
        // "Munich Re, the reinsurer, said": a name in capitals that holds a place.
        let whole = text[head.start..head.end].trim();
        if m.ty == EntityType::Place
            && whole != m.text(text)
            && whole.split(' ').all(|w| w.starts_with(char::is_uppercase))
        {
            let start = head.start
                + (text[head.start..head.end].len()
                    - text[head.start..head.end].trim_start().len());
            let span = Span::new(start, start + whole.len());
            return Some(Attribution {
                speaker: Some(whole.to_string()),
                span: Some(span),
                ty: Some(SpeakerType::Organization),
                ..Attribution::default()
            });
        }
        return Some(from_mention(m, text));
    }
    phrase_speaker(text, mentions, head, limit, resolve)
}

/// A place right before the verb speaks for its government ("Beijing said", "Bern has
/// said"): at most one word between them.
fn place_subject<'m>(text: &str, mentions: &'m [Mention], zone: Span) -> Option<&'m Mention> {
    let m = within(mentions, zone)
        .iter()
        .rev()
        .find(|m| m.span.end <= zone.end)?;
    let before = text[zone.start..m.span.start].trim_end();
    let mut between = Words::new(text, Span::new(m.span.end, zone.end));
    (m.ty == EntityType::Place
        && (before.is_empty() || before.ends_with(','))
        && between.all(|w| is_auxiliary(w.2)))
    .then_some(m)
}

/// "…," said X / "…," X said / "…," X, a fellow at Y, wrote / "…," he said. `open` is the
/// quote's opening mark: a pronoun refers to no name inside the quotation.
pub(super) fn after_attribution(
    text: &str,
    after: Span,
    mentions: &[Mention],
    open: usize,
) -> Option<Attribution> {
    let mut ws = Words::new(text, after);
    let head = ws.next()?;
    let (first_start, first_end, first) = head;
    // Only attribution right after the quote: nothing but punctuation before it.
    if !text[after.start..first_start]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'))
    {
        return None;
    }
    if is_verb(first) {
        // said X / said a Bangkok-based analyst / said he
        let verb = Span::new(first_start, first_end);
        let rest = Span::new(first_end, after.end);
        let found = (|| {
            let second = ws.clone().next()?;
            let (s, e, w) = second;
            if PRONOUNS.contains(&w) {
                return Some(pronoun(text, mentions, Span::new(s, e), open));
            }
            // "said Tsubame chief financial officer Kenji Arakawa": the person in the phrase
            // after the verb, before its first comma, wins over the organization.
            let phrase_end = text[s..after.end]
                .find([',', '.', ';', '('])
                .map_or(after.end, |k| s + k);
            if let Some(m) = within(mentions, Span::new(s, phrase_end))
                .iter()
                .find(|m| m.ty == EntityType::Person)
            {
                return Some(from_mention(m, text));
            }
            if let Some(m) = mention_at(mentions, Span::new(s, (s + 1).max(rest.start))) {
                return Some(from_mention(m, text));
            }
            // "says Phnom Penh": a capital speaking for its government.
            if let Some(m) = within(mentions, Span::new(s, s + 1))
                .iter()
                .find(|m| m.ty == EntityType::Place)
            {
                return Some(from_mention(m, text));
            }
            // "said Tea Seiha's spokesman" or a title before the name: "said Prime Minister X".
            if let Some(m) = within(mentions, Span::new(s, rest.end.max(s)))
                .iter()
                .find(|m| {
                    m.span.start >= s
                        && m.span.start < rest.end
                        && m.ty == EntityType::Person
                        && !text[s..m.span.start].contains(',')
                })
            {
                return Some(from_mention(m, text));
            }
            // "said the council's leader, Harriet Okonedo": the name in apposition.
            if let Some(m) = within(mentions, Span::new(phrase_end, after.end))
                .first()
                .filter(|m| {
                    m.ty == EntityType::Person
                        && text[phrase_end..m.span.start].trim() == ","
                        && noun_phrase(text, second, Words::new(text, Span::new(e, phrase_end)))
                            .is_some()
                })
            {
                return Some(from_mention(m, text));
            }
            if let Some(name) = titled_name(Words::new(text, Span::new(s, phrase_end))) {
                return Some(Attribution {
                    speaker: Some(text[name.start..name.end].to_string()),
                    span: Some(name),
                    ty: Some(SpeakerType::Person),
                    ..Attribution::default()
                });
            }
            phrase_speaker(text, mentions, Span::new(s, after.end), open, true)
        })();
        return found.map(|a| a.with_verb(verb));
    }
    // X said / X, a ..., said / Assistant U.S. Attorney X said: the speaker first, a verb
    // later in the sentence.
    // The verb, among the next forty words; the words before it are read again only for a
    // noun phrase.
    let after_head = ws.clone();
    let mut between = 0;
    let verb = loop {
        let w = ws.next().filter(|_| between < 40)?;
        if is_verb(w.2) {
            break Span::new(w.0, w.1);
        }
        between += 1;
    };
    let verb_start = verb.start;
    if PRONOUNS.contains(&first) || is_it(first) {
        return Some(
            pronoun(text, mentions, Span::new(first_start, first_end), open).with_verb(verb),
        );
    }
    let zone = Span::new(first_start, verb_start);
    if let Some(a) = appositive_subject(text, mentions, zone, open, true) {
        return Some(a.with_verb(verb));
    }
    let person = within(mentions, zone)
        .iter()
        .find(|m| m.ty == EntityType::Person && m.span.end <= zone.end);
    if let Some(m) = person
        .or_else(|| mention_at(mentions, Span::new(first_start, first_start + 1)))
        .or_else(|| place_subject(text, mentions, zone).filter(|m| m.span.start == first_start))
    {
        return Some(from_mention(m, text).with_verb(verb));
    }
    if let Some(name) = titled_name(Words::new(text, zone)) {
        return Some(
            Attribution {
                speaker: Some(text[name.start..name.end].to_string()),
                span: Some(name),
                ty: Some(SpeakerType::Person),
                ..Attribution::default()
            }
            .with_verb(verb),
        );
    }
    // The phrase ends at the verb at the latest: the words before it are all it can take.
    let (phrase, last) = noun_phrase(text, head, after_head.take(between))?;
    Some(described(text, mentions, phrase, last, open, true).with_verb(verb))
}

/// X said: "…" / X told reporters, "…" / X reported that "…" / according to X, "…".
/// `no_verb` is set when the span holds no verb (nor "according").
pub(super) fn before_attribution(
    text: &str,
    before: Span,
    mentions: &[Mention],
    no_verb: &mut bool,
) -> Option<Attribution> {
    before_attribution_in(text, before, mentions, no_verb, true)
}

/// [`before_attribution`]; `resolve` lets a noun phrase subject ("the company") be
/// resolved by an earlier verb of saying (once: not from within that resolution).
fn before_attribution_in(
    text: &str,
    before: Span,
    mentions: &[Mention],
    no_verb: &mut bool,
    resolve: bool,
) -> Option<Attribution> {
    // The last verb (or "according"), with the word before it: read from the end.
    let mut ws = Words::new(text, before);
    let Some(verb) = ws.rfind(|w| is_verb(w.2) || w.2.eq_ignore_ascii_case("according")) else {
        *no_verb = true;
        return None;
    };
    let before_verb = ws.next_back();
    let subject_zone = Span::new(before.start, verb.0);
    let verb_span = Span::new(verb.0, verb.1);
    if verb.2.eq_ignore_ascii_case("according") {
        let mut rest = Words::new(text, Span::new(verb.1, before.end));
        let to = rest.next().filter(|w| w.2 == "to")?;
        let verb_span = Span::new(verb.0, to.1);
        let after_to = Span::new(to.1, before.end);
        if let Some(m) = mention_at(mentions, after_to) {
            return Some(from_mention(m, text).with_verb(verb_span));
        }
        return phrase_speaker(text, mentions, after_to, before.start, resolve)
            .map(|a| a.with_verb(verb_span));
    }
    // The subject: the last name before the verb, or a pronoun right before it.
    if let Some((s, e, _)) = before_verb.filter(|w| PRONOUNS.contains(&w.2) || is_it(w.2)) {
        return Some(pronoun(text, mentions, Span::new(s, e), s).with_verb(verb_span));
    }
    // "it praised behaviour but said": the subject of the first of two verbs joined by
    // "and" or "but", a pronoun (a name is found below).
    if let Some(join) = before_verb.filter(|w| matches!(w.2, "and" | "but")) {
        // Within the clause: after its last comma.
        let clause = text[before.start..join.0]
            .rfind(',')
            .map_or(before.start, |c| before.start + c);
        let first = ws.rfind(|w| PRONOUNS.contains(&w.2) || is_it(w.2));
        if let Some((s, e, _)) = first.filter(|w| w.0 > clause) {
            return Some(pronoun(text, mentions, Span::new(s, e), s).with_verb(verb_span));
        }
    }
    if let Some(a) = appositive_subject(text, mentions, subject_zone, subject_zone.start, resolve) {
        return Some(a.with_verb(verb_span));
    }
    let m = within(mentions, subject_zone).iter().rev().find(|m| {
        m.span.start >= subject_zone.start
            && m.span.end <= subject_zone.end
            && matches!(m.ty, EntityType::Person | EntityType::Organization)
    });
    if let Some(m) = m.or_else(|| place_subject(text, mentions, subject_zone)) {
        return Some(from_mention(m, text).with_verb(verb_span));
    }
    // "The company said: …": a noun phrase that is the whole subject, right before the verb
    // ("The plan was called …" has none).
    phrase_speaker(text, mentions, subject_zone, subject_zone.start, resolve)
        .filter(|a| {
            a.span
                .is_some_and(|p| text[p.end..verb.0].trim().is_empty())
        })
        .map(|a| a.with_verb(verb_span))
}

/// A quote with no attribution of its own continues the last attributed quote of its
/// paragraph, or takes the speakers of an earlier attributing sentence there ("…, wrote X,
/// … and Y, …").
pub(super) fn earlier_in_paragraph(
    text: &str,
    head: Span,
    mentions: &[Mention],
    last: Option<&Quote>,
    earlier_quotes: &[(usize, Span, usize)],
) -> Option<Attribution> {
    if let Some(last) = last {
        return Some(Attribution {
            speaker: last.speaker.clone(),
            span: last.speaker_span,
            speakers: last.speakers.clone(),
            ty: last.speaker_type,
            verb: last.verb,
        });
    }
    // Text of the paragraph before the quote, outside earlier quotes.
    let from = earlier_quotes.last().map_or(head.start, |q| q.2);
    let verb = Words::new(text, Span::new(from, head.end)).find(|w| is_verb(w.2))?;
    let after_verb = Span::new(verb.1, head.end);
    let people: Vec<&Mention> = within(mentions, after_verb)
        .iter()
        .filter(|m| {
            m.ty == EntityType::Person
                && m.span.start >= after_verb.start
                && m.span.end <= after_verb.end
        })
        .collect();
    let first = people.first()?;
    let mut names: Vec<String> = Vec::new();
    for m in &people {
        let name = m.name(text);
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    let mut a = from_mention(first, text).with_verb(Span::new(verb.0, verb.1));
    if names.len() > 1 {
        a.speakers = names;
    }
    Some(a)
}
