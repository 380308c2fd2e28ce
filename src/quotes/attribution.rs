//! Attribution patterns: the speaker named after a quotation ("…," said X; "…," X, a
//! fellow at Y, said), before it (X said: "…"; according to X, "…"), or earlier in its
//! paragraph.

use super::speaker::antecedent;
use super::speaker::from_mention;
use super::speaker::is_verb;
use super::speaker::mention_at;
use super::speaker::within;
use super::speaker::PRONOUNS;
use super::words::Word;
use super::words::Words;
use super::Quote;
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;

pub(super) type Attribution = (Option<String>, Option<Span>, Vec<String>);

/// An anonymous source written as a noun phrase: "a Bangkok-based analyst", up to the next
/// comma, period or relative pronoun. `first` is its first word, `rest` the words after it.
fn noun_phrase<'a>(
    text: &str,
    first: Word<'a>,
    rest: impl Iterator<Item = Word<'a>>,
) -> Option<(String, Span)> {
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
    let mut end = first_end;
    for (s, e, w) in rest {
        let gap = &text[end..s];
        if gap.contains([',', '.', ';', ':', '(', '—', '–'])
            || matches!(
                w,
                "who" | "which" | "that" | "on" | "in" | "at" | "to" | "for" | "after" | "when"
            )
            || is_verb(w)
        {
            break;
        }
        end = e;
    }
    let span = Span::new(start, end);
    (end > first_end).then(|| (text[start..end].to_string(), span))
}

/// "…," said X / "…," X said / "…," X, a fellow at Y, wrote / "…," he said.
pub(super) fn after_attribution(
    text: &str,
    after: Span,
    mentions: &[Mention],
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
        let rest = Span::new(first_end, after.end);
        if let Some(second) = ws.next() {
            let (s, e, w) = second;
            if PRONOUNS.contains(&w) {
                return Some((
                    antecedent(text, mentions, s),
                    Some(Span::new(s, e)),
                    Vec::new(),
                ));
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
            if let Some((phrase, span)) = noun_phrase(text, second, ws) {
                return Some((Some(phrase), Some(span), Vec::new()));
            }
        }
        return None;
    }
    // X said / X, a ..., said / Assistant U.S. Attorney X said: the speaker first, a verb
    // later in the sentence.
    // The verb, among the next forty words; the words before it are read again only for a
    // noun phrase.
    let after_head = ws.clone();
    let mut between = 0;
    let verb_start = loop {
        let w = ws.next().filter(|_| between < 40)?;
        if is_verb(w.2) {
            break w.0;
        }
        between += 1;
    };
    if PRONOUNS.contains(&first) {
        return Some((
            antecedent(text, mentions, first_start),
            Some(Span::new(first_start, first_end)),
            Vec::new(),
        ));
    }
    let zone = Span::new(first_start, verb_start);
    let person = within(mentions, zone)
        .iter()
        .find(|m| m.ty == EntityType::Person && m.span.end <= zone.end);
    if let Some(m) =
        person.or_else(|| mention_at(mentions, Span::new(first_start, first_start + 1)))
    {
        return Some(from_mention(m, text));
    }
    // The phrase ends at the verb at the latest: the words before it are all it can take.
    noun_phrase(text, head, after_head.take(between))
        .map(|(phrase, span)| (Some(phrase), Some(span), Vec::new()))
}

/// X said: "…" / X told reporters, "…" / X reported that "…" / according to X, "…".
/// `no_verb` is set when the span holds no verb (nor "according").
pub(super) fn before_attribution(
    text: &str,
    before: Span,
    mentions: &[Mention],
    no_verb: &mut bool,
) -> Option<Attribution> {
    // The last verb (or "according"), with the word before it: read from the end.
    let mut ws = Words::new(text, before);
    let Some(verb) = ws.rfind(|w| is_verb(w.2) || w.2 == "according") else {
        *no_verb = true;
        return None;
    };
    let before_verb = ws.next_back();
    let subject_zone = Span::new(before.start, verb.0);
    if verb.2 == "according" {
        let m = mention_at(mentions, Span::new(verb.1, before.end))?;
        return Some(from_mention(m, text));
    }
    // The subject: the last name before the verb, or a pronoun right before it.
    if let Some((s, e, _)) = before_verb.filter(|w| PRONOUNS.contains(&w.2)) {
        return Some((
            antecedent(text, mentions, s),
            Some(Span::new(s, e)),
            Vec::new(),
        ));
    }
    let m = within(mentions, subject_zone).iter().rev().find(|m| {
        m.span.start >= subject_zone.start
            && m.span.end <= subject_zone.end
            && matches!(m.ty, EntityType::Person | EntityType::Organization)
    })?;
    Some(from_mention(m, text))
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
        return Some((
            last.speaker.clone(),
            last.speaker_span,
            last.speakers.clone(),
        ));
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
    let (speaker, at, _) = from_mention(first, text);
    Some((
        speaker,
        at,
        if names.len() > 1 { names } else { Vec::new() },
    ))
}
