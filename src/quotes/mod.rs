//! Quotations and who said them: every direct quotation in the text, in every style of
//! mark (curly and straight, double and single, guillemets; over several paragraphs; left
//! unclosed), with its speaker found from attribution patterns ("…," said X; X said: "…";
//! according to X; "…," X, a senior fellow at Y, wrote; "…," the ministry said) and resolved
//! to the canonical name of the person, organization or place when the attribution uses a
//! pronoun, a bare surname or "the company". An anonymous source is kept as written; scare
//! quotes and titles get no speaker.

mod attribution;
mod marks;
mod speaker;
mod words;

use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;
use attribution::after_attribution;
use attribution::before_attribution;
use attribution::earlier_in_paragraph;
use marks::quote_spans;
pub use speaker::SpeakerType;
use speaker::{from_mention, within, Attribution};
use words::Words;

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words someone said or wrote.
    Quote,
    /// Scare quotes or a title in quotation marks: no one's words.
    Scare,
}

impl QuoteKind {
    /// The kind's name in the output: "quote" or "scare".
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Quote => "quote",
            QuoteKind::Scare => "scare",
        }
    }
}

/// One quotation (byte spans).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The speaker's canonical name, or an anonymous source as written.
    pub speaker: Option<String>,
    /// Where the text names the speaker for this quote.
    pub speaker_span: Option<Span>,
    /// All speakers, when the words are attributed to several ("wrote X … and Y").
    pub speakers: Vec<String>,
    /// What the speaker is, when there is one.
    pub speaker_type: Option<SpeakerType>,
    /// The attribution verb as written ("said", "according to"), when there is one.
    pub verb: Option<Span>,
    /// A quotation or scare quotes.
    pub kind: QuoteKind,
}

impl Quote {
    /// The attribution verb, lower case.
    pub fn verb_text(&self, text: &str) -> Option<String> {
        self.verb.map(|v| text[v.start..v.end].to_lowercase())
    }
}

/// Finds every quotation of every paragraph and attributes it.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    mentions: &[Mention],
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    // The sentences of quotes' openings and of their last bytes: both move forward only, as
    // the quotes do (paragraphs in text order, quotes in order within each).
    let (mut at_open, mut at_close) = (Containing::default(), Containing::default());
    // The quotations of one paragraph at a time, in one buffer for all.
    let mut spans = Vec::with_capacity(8);
    // The paragraph before: its span and the last attributed quote in it (its place in
    // `out`).
    let mut prev: Option<(Span, Option<usize>)> = None;
    for &para in paragraphs {
        quote_spans(text, para, &mut spans);
        if spans.is_empty() {
            prev = Some((para, None));
            continue;
        }
        // At the first quotation, room for a quote in each paragraph, up to 32: most
        // articles need no more.
        if out.capacity() == 0 {
            out.reserve(paragraphs.len().min(32).max(spans.len()));
        }
        // The last quote of the paragraph with an attribution (its place in `out`): its
        // speakers are kept there once, not copied again for the quotes after it.
        let mut last: Option<usize> = None;
        for (k, &(open, inner, close)) in spans.iter().enumerate() {
            let next_open = spans.get(k + 1).map_or(para.end, |s| s.0);
            let prev_close = if k == 0 { para.start } else { spans[k - 1].2 };
            let sentence_end = at_close
                .sentence(sentences, close.saturating_sub(1))
                .map_or(para.end, |s| s.end);
            let sentence = at_open.sentence(sentences, open);
            let sentence_start = sentence.map_or(para.start, |s| s.start);
            let after = Span::new(close, sentence_end.min(next_open).max(close));
            let before = Span::new(sentence_start.max(prev_close).min(open), open);
            let mut q = Quote {
                span: inner,
                speaker: None,
                speaker_span: None,
                speakers: Vec::new(),
                speaker_type: None,
                verb: None,
                kind: QuoteKind::Quote,
            };
            // Set when the words before the quote, back to its sentence's start, hold no verb.
            let mut no_verb = false;
            // Words in running text with no verb of saying shortly before them in their
            // sentence: scare quotes.
            if scare_in_running_text(text, open, inner, close) && {
                let mut none = false;
                let in_sentence = Span::new(sentence_start.min(open), open);
                let said = before_attribution(text, in_sentence, mentions, &mut none);
                // No one said them, or a name far from the verb ("said the firm would
                // spend the money on its “Linewalker” drone").
                none || said.as_ref().is_none_or(|a| {
                    a.speaker.is_none()
                        || (text[inner.start..].starts_with(char::is_uppercase)
                            && !verb_near(text, Some(a), open))
                })
            } {
                q.kind = QuoteKind::Scare;
                out.push(q);
                continue;
            }
            let opens_paragraph = text[para.start..open].trim().is_empty();
            let mut found = after_attribution(text, after, mentions, open)
                .or_else(|| before_attribution(text, before, mentions, &mut no_verb));
            if found.is_none() && para.end - para.start <= HEADLINE_MAX {
                found = headline_speaker(text, para, open, mentions);
            }
            if found.is_none() && title_like(&text[inner.start..inner.end]) {
                q.kind = QuoteKind::Scare;
                out.push(q);
                continue;
            }
            let starts_sentence = Words::new(text, before).next().is_none();
            if found.is_none() && starts_sentence && !opens_paragraph {
                found =
                    sentence_before_subject(text, sentences, Span::new(prev_close, open), mentions);
            }
            if found.is_none() && !(no_verb && last.is_none() && before.start == prev_close) {
                found = earlier_in_paragraph(
                    text,
                    Span::new(para.start, open),
                    mentions,
                    last.map(|i| &out[i]),
                    &spans[..k],
                );
            }
            if found.is_none() && k == 0 && opens_paragraph {
                found = previous_paragraph(text, sentences, mentions, &out, prev);
            }
            if let Some(a) = found {
                q.speaker = a.speaker;
                q.speaker_span = a.span;
                q.speakers = a.speakers;
                q.speaker_type = q.speaker.as_ref().and(a.ty);
                q.verb = a.verb;
                last = Some(out.len());
            } else if fragment(&text[inner.start..inner.end]) {
                q.kind = QuoteKind::Scare;
            }
            out.push(q);
        }
        prev = Some((para, last));
    }
    out
}

/// Drops the places and organizations guessed from their shape inside a title or scare
/// quotes (`"Hollow Creek 2,"`, `"Marigold Lane"`): a name in quotation marks that no list
/// knows names a work, a product or a nickname, no entity. Listed names and people stay
/// ("the report \"Britain in 2030\"").
pub fn drop_names_in_titles(quotes: &[Quote], mentions: &mut Vec<Mention>) {
    let titles: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Scare)
        .map(|q| q.span)
        .collect();
    if titles.is_empty() {
        return;
    }
    // The quotes are in text order and do not nest: the one that may hold a mention is
    // the last to open at or before it.
    mentions.retain(|m| {
        let k = titles.partition_point(|t| t.start <= m.span.start);
        !(matches!(m.ty, EntityType::Place | EntityType::Organization)
            && m.rule.is_shape_guess()
            && k > 0
            && m.span.end <= titles[k - 1].end)
    });
}

/// The longest paragraph, in bytes, read as a headline or crosshead by [`headline_speaker`].
const HEADLINE_MAX: usize = 120;

/// The speaker a headline or crosshead names before a colon ("Goldsmith: 'I was not
/// leant on'", "Campbell: E-mail row 'silly fuss'"): a person or organization that opens
/// a short paragraph, the colon right after it, before the quote at byte `open`.
#[cold]
fn headline_speaker(
    text: &str,
    para: Span,
    open: usize,
    mentions: &[Mention],
) -> Option<Attribution> {
    let colon = para.start + memchr::memchr(b':', &text.as_bytes()[para.start..open])?;
    let m = speaker::mention_at(mentions, Span::new(para.start, colon))?;
    let starts = text[para.start..m.span.start].trim().is_empty();
    (starts && m.span.end == colon).then(|| from_mention(m, text))
}

/// Whether an attribution's verb stands within six words before the quote's opening mark
/// ("called the plan “a disaster”", not "said the firm sold 41,000 “smart” braces").
fn verb_near(text: &str, said: Option<&Attribution>, open: usize) -> bool {
    said.and_then(|a| a.verb)
        .is_some_and(|v| Words::new(text, Span::new(v.end, open.max(v.end))).count() <= 6)
}

/// Scare quotes in running text: a word or three between words, with no punctuation of
/// their own ("41,000 “smart” knee braces", "the ‘water towers’ of Asia").
fn scare_in_running_text(text: &str, open: usize, inner: Span, close: usize) -> bool {
    let words = &text[inner.start..inner.end];
    let mut after = text[close..].chars();
    let before = text[..open].chars().next_back();
    // The marks around first: most quotations end a clause, and their words need no count.
    after.next() == Some(' ')
        && after.next().is_some_and(char::is_lowercase)
        && before.is_some_and(char::is_whitespace)
        && !words.ends_with(['.', ',', '!', '?', ';', ':', '…'])
        && words.split_whitespace().nth(3).is_none()
}

/// A title in quotation marks: up to eight words, each significant one capitalized, and no
/// sentence inside ("Crossing the Tame: Options for a River Link").
fn title_like(words: &str) -> bool {
    let body = words.trim_end_matches(',');
    // The tests that read a byte or search for one first: most quotes are sentences, and
    // are settled before their words are split.
    if body.ends_with(['.', '!', '?']) || body.contains(", ") {
        return false;
    }
    let mut w = words.split_whitespace();
    if w.clone().nth(1).is_none() || w.clone().nth(8).is_some() {
        return false;
    }
    w.by_ref().enumerate().all(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_none_or(|c| !c.is_lowercase())
            || (i > 0
                && matches!(
                    w,
                    "a" | "an" | "the" | "of" | "for" | "and" | "or" | "in" | "on" | "to" | "at"
                ))
    })
}

/// A fragment in quotation marks, no sentence of its own: short, and no sentence-ending
/// punctuation inside (a comma only after a word or three).
fn fragment(words: &str) -> bool {
    let few = |n: usize| words.split_whitespace().nth(n).is_none();
    // A word or three in lower case or a title before their comma ("the next
    // “halving,” expected in April") is one too; a clause before a comma ("I've
    // surprised myself,") is someone's words.
    let term = || words.starts_with(char::is_lowercase) || title_like(words);
    !words.ends_with(['.', '!', '?', '…'])
        && few(6)
        && (!words.ends_with(',') || (few(3) && term()))
}

/// A quote that starts a sentence with no attribution of its own, after a sentence of its
/// paragraph naming a person ("X disagreed. “…”"): the first person of that sentence.
fn sentence_before_subject(
    text: &str,
    sentences: &[Span],
    gap: Span,
    mentions: &[Mention],
) -> Option<Attribution> {
    let k = sentences.partition_point(|s| s.start < gap.end);
    let s = sentences[..k].last()?;
    let zone = Span::new(s.start.max(gap.start), gap.end.min(s.end));
    // A sentence of its own between the quotes, not the tail of the one before.
    if zone.start >= zone.end || Words::new(text, zone).nth(2).is_none() {
        return None;
    }
    within(mentions, zone)
        .iter()
        .find(|m| m.ty == EntityType::Person && m.span.end <= zone.end)
        .map(|m| from_mention(m, text))
}

/// A quotation that opens its paragraph and names no speaker: the speaker of the paragraph
/// before, its last attributed quote (a quotation running on from it, or a quote-only
/// paragraph), or the subject of its last verb of saying ("X said the plan …").
fn previous_paragraph(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    out: &[Quote],
    prev: Option<(Span, Option<usize>)>,
) -> Option<Attribution> {
    let (para, last) = prev?;
    if let Some(q) = last.map(|i| &out[i]) {
        return Some(Attribution {
            speaker: q.speaker.clone(),
            span: q.speaker_span,
            speakers: q.speakers.clone(),
            ty: q.speaker_type,
            verb: q.verb,
        });
    }
    // Only a paragraph without quotations of its own: "X said the plan …".
    if out.last().is_some_and(|q| q.span.end > para.start) {
        return None;
    }
    // Its last sentence.
    let k = sentences.partition_point(|s| s.start < para.end);
    let last = sentences[..k].last().map_or(para, |s| {
        Span::new(s.start.clamp(para.start, para.end), para.end)
    });
    let mut no_verb = false;
    before_attribution(text, last, mentions, &mut no_verb)
        .filter(|a| a.ty != Some(SpeakerType::Description))
}

/// The sentence holding a byte, asked of bytes that do not move back: the number of
/// sentences that start at or before the last byte asked about, moved forward from there
/// (a step or two from one quote to the next) rather than searched for anew.
#[derive(Default)]
struct Containing {
    /// The sentences that start at or before the last byte asked about.
    started: usize,
}

impl Containing {
    /// The sentence of `sentences` (in text order) that holds `byte`, if any; `byte` is no
    /// less than the one asked about before.
    fn sentence(&mut self, sentences: &[Span], byte: usize) -> Option<Span> {
        while sentences.get(self.started).is_some_and(|s| s.start <= byte) {
            self.started += 1;
        }
        debug_assert_eq!(self.started, sentences.partition_point(|s| s.start <= byte));
        self.started
            .checked_sub(1)
            .map(|k| sentences[k])
            .filter(|s| byte < s.end.max(s.start + 1))
    }
}

#[cfg(test)]
mod tests {
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        let a = crate::Analyzer::default().analyze(text);
        a.quotes
            .iter()
            .map(|q| (q.text.clone(), q.speaker.clone()))
            .collect()
    }

    #[test]
    fn attribution_patterns() {
        let got = speakers(
            "Derek Grossman met aides. “It works,” Grossman said. “We will see.”\n\
             “Why now?” she asked. Maria Santos said: “Because.”\n\
             “Not yet,” said a Nairobi-based analyst.\n\
             The plan was called a “reset” by officials.\n\
             Prime Minister Hun Manet spoke. “We are ready,” he said.",
        );
        let want = [
            ("It works,", Some("Derek Grossman")),
            ("We will see.", Some("Derek Grossman")),
            ("Why now?", Some("Derek Grossman")),
            ("Because.", Some("Maria Santos")),
            ("Not yet,", Some("a Nairobi-based analyst")),
            ("reset", None),
            ("We are ready,", Some("Hun Manet")),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(q, s)| (q.to_string(), s.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn headline_colons_and_relative_clauses() {
        let got = speakers(
            "Pryce: 'Passengers deserve better'\n\n\
             Transport Secretary Joanna Pryce spoke in the Commons.\n\n\
             On the question of pay, Tory MP Ann Hale, who sits on a Commons committee, \
             told the BBC: \"It is right.\"\n\n\
             Fares: 'A rise of 5%'",
        );
        let want = [
            ("Passengers deserve better", Some("Joanna Pryce")),
            ("It is right.", Some("Ann Hale")),
            ("A rise of 5%", None),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(q, s)| (q.to_string(), s.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }

    /// A quotation as the tests see it: words, speaker, speaker_type, verb and kind.
    type Described = (
        String,
        Option<String>,
        Option<&'static str>,
        Option<String>,
        &'static str,
    );

    /// (quote, speaker, speaker_type, verb, kind) of every quotation of `text`.
    fn described(text: &str) -> Vec<Described> {
        let a = crate::Analyzer::default().analyze(text);
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.text.clone(),
                    q.speaker.clone(),
                    q.speaker_type,
                    q.verb.clone(),
                    q.kind,
                )
            })
            .collect()
    }

    #[test]
    fn institutional_speakers_appositives_and_scare_quotes() {
        let got = described(
            "The Ministry of Finance said on Monday it would act.\n\
             \u{201c}We will not wait,\u{201d} the ministry said in a statement.\n\
             Beijing said the rules were fair. \u{201c}It is our right,\u{201d} it said.\n\
             Marta Lindqvist, a researcher at Uppsala University, said: \u{201c}It is slow.\u{201d}\n\
             According to a senior European diplomat, the bloc will \u{201c}respond firmly\u{201d}.\n\
             Critics called the plan \u{201c}optimistic\u{201d} at best.",
        );
        let speaker = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            [
                (
                    "We will not wait,".to_string(),
                    speaker("Ministry of Finance"),
                    Some("organization"),
                    speaker("said"),
                    "quote"
                ),
                (
                    "It is our right,".to_string(),
                    speaker("Beijing"),
                    Some("place"),
                    speaker("said"),
                    "quote"
                ),
                (
                    "It is slow.".to_string(),
                    speaker("Marta Lindqvist"),
                    Some("person"),
                    speaker("said"),
                    "quote"
                ),
                (
                    "respond firmly".to_string(),
                    speaker("a senior European diplomat"),
                    Some("description"),
                    speaker("according to"),
                    "quote"
                ),
                ("optimistic".to_string(), None, None, None, "scare"),
            ]
        );
    }

    #[test]
    fn subject_of_the_first_of_two_joined_verbs() {
        let got = described(
            "Ofsted rated the school good in 2019. In its last inspection, it praised \
             behaviour but said pupils were \u{201c}too often distracted\u{201d}.",
        );
        assert_eq!(
            got,
            [(
                "too often distracted".to_string(),
                Some("Ofsted".to_string()),
                Some("organization"),
                Some("said".to_string()),
                "quote"
            )]
        );
    }

    #[test]
    fn quotation_over_paragraphs_and_quote_only_paragraphs() {
        let got = speakers(
            "Aroha Tamihana told the rally: \u{201c}We were told it was coming.\n\
             \u{201c}It never came.\u{201d}\n\
             Graham Pettersen said the offer was late.\n\
             \u{201c}I lost two nurses.\u{201d}\n\
             Dana Ruiz spoke first. \u{201c}Fine,\u{201d} Ruiz said. Omar Haddad disagreed. \u{201c}It is not fine.\u{201d}",
        );
        let who = |s: &str| Some(s.to_string());
        let want = [
            ("We were told it was coming.", who("Aroha Tamihana")),
            ("It never came.", who("Aroha Tamihana")),
            ("I lost two nurses.", who("Graham Pettersen")),
            ("Fine,", who("Dana Ruiz")),
            ("It is not fine.", who("Omar Haddad")),
        ];
        let want: Vec<(String, Option<String>)> =
            want.into_iter().map(|(q, s)| (q.to_string(), s)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let text = "He wrote: “First part. Second part\nNext paragraph.";
        let a = crate::Analyzer::default().analyze(text);
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].text, "First part. Second part");
    }
}
