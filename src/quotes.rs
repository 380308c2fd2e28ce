//! Quotations and who said them: every direct quotation in the text, with its speaker found
//! from attribution patterns ("…," said X; X said: "…"; according to X; "…," X, a senior
//! fellow at Y, wrote) and resolved to the person's canonical name when the attribution uses
//! a pronoun or a bare surname. An anonymous source is kept as written.

use crate::input::char_at;
use crate::model::EntityType;
use crate::model::Mention;
use crate::model::Span;

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
}

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

/// Finds every quotation of every paragraph and attributes it.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    mentions: &[Mention],
) -> Vec<Quote> {
    let mut out = Vec::new();
    // The sentences of quotes' openings and of their last bytes: both move forward only, as
    // the quotes do (paragraphs in text order, quotes in order within each).
    let (mut at_open, mut at_close) = (Containing::default(), Containing::default());
    // The quotations of one paragraph at a time, in one buffer for all.
    let mut spans = Vec::new();
    for &para in paragraphs {
        quote_spans(text, para, &mut spans);
        // The last quote of the paragraph with an attribution (its place in `out`): its
        // speakers are kept there once, not copied again for the quotes after it.
        let mut last: Option<usize> = None;
        for (k, &(open, inner, close)) in spans.iter().enumerate() {
            let next_open = spans.get(k + 1).map_or(para.end, |s| s.0);
            let prev_close = if k == 0 { para.start } else { spans[k - 1].2 };
            let sentence_end = at_close
                .sentence(sentences, close.saturating_sub(1))
                .map_or(para.end, |s| s.end);
            let sentence_start = at_open
                .sentence(sentences, open)
                .map_or(para.start, |s| s.start);
            let after = Span::new(close, sentence_end.min(next_open).max(close));
            let before = Span::new(sentence_start.max(prev_close).min(open), open);
            // Set when the words before the quote, back to its sentence's start, hold no verb.
            let mut no_verb = false;
            let found = after_attribution(text, after, mentions)
                .or_else(|| before_attribution(text, before, mentions, &mut no_verb))
                .or_else(|| {
                    // Words from the quote before (or the paragraph's start) on, read just
                    // now without a verb: with no attributed quote before, nothing to take.
                    if no_verb && last.is_none() && before.start == prev_close {
                        return None;
                    }
                    earlier_in_paragraph(
                        text,
                        Span::new(para.start, open),
                        mentions,
                        last.map(|i| &out[i]),
                        &spans[..k],
                    )
                });
            let mut q = Quote {
                span: inner,
                speaker: None,
                speaker_span: None,
                speakers: Vec::new(),
            };
            if let Some((speaker, at, speakers)) = found {
                q.speaker = speaker;
                q.speaker_span = at;
                q.speakers = speakers;
                last = Some(out.len());
            }
            out.push(q);
        }
    }
    out
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

/// Sets `out` to the quotations of one paragraph: (position of the opening mark, the quoted
/// words, position after the closing mark). An unclosed quotation runs to the paragraph's
/// end.
fn quote_spans(text: &str, para: Span, out: &mut Vec<(usize, Span, usize)>) {
    let s = &text[para.start..para.end];
    out.clear();
    // Where the last closing single quote is (one not followed by a letter, so not an
    // apostrophe): a single quote opens only before it. Found once, so that a paragraph of
    // many single quotes stays linear.
    // Looked for at the first single quote only: most paragraphs have none.
    let mut last_closing: Option<Option<usize>> = None;
    let mut open: Option<(usize, char)> = None;
    let bytes = s.as_bytes();
    let mut pos = 0;
    // Only quotation marks matter: jump from one byte that may start one to the next ('"',
    // and the lead bytes of '“', '”', '‘', '’', '«', '»').
    while let Some(off) = memchr::memchr3(b'"', 0xE2, 0xC2, &bytes[pos..]) {
        let i = pos + off;
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        pos = i + c.len_utf8();
        let next = s[pos..].chars().next();
        let at = para.start + i;
        match (open, c) {
            (None, '“') | (None, '«') => open = Some((at, c)),
            (None, '"') if next.is_some_and(|n| !n.is_whitespace()) => open = Some((at, c)),
            // A single quote opens only if a closing one follows that is not an apostrophe.
            (None, '‘')
                if !s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && last_closing
                        .get_or_insert_with(|| last_closing_single(s))
                        .is_some_and(|k| k >= pos) =>
            {
                open = Some((at, c));
            }
            (Some((start, '“')), '”') | (Some((start, '"')), '"') | (Some((start, '«')), '»') =>
            {
                push_quote(text, out, start, at, at + c.len_utf8());
                open = None;
            }
            (Some((start, '‘')), '’') if !next.is_some_and(char::is_alphanumeric) => {
                push_quote(text, out, start, at, at + c.len_utf8());
                open = None;
            }
            // A new paragraph-internal opening mark while one is open: the first was unclosed.
            (Some((start, '“')), '“') => {
                push_quote(text, out, start, at, at);
                open = Some((at, c));
            }
            _ => {}
        }
    }
    if let Some((start, _)) = open {
        push_quote(text, out, start, para.end, para.end);
    }
}

/// The byte offset of the last '’' in `s` that no letter or digit follows.
fn last_closing_single(s: &str) -> Option<usize> {
    // From the end, one quote mark to the next (a byte search), not character by character.
    let mut end = s.len();
    while let Some(i) = s[..end].rfind('’') {
        let after = s[i + '’'.len_utf8()..].chars().next();
        if !after.is_some_and(char::is_alphanumeric) {
            return Some(i);
        }
        end = i;
    }
    None
}

fn push_quote(
    text: &str,
    out: &mut Vec<(usize, Span, usize)>,
    open: usize,
    inner_end: usize,
    close: usize,
) {
    let start = open + text[open..].chars().next().map_or(1, char::len_utf8);
    let inner = Span::new(start, inner_end.max(start)).trim(text);
    if !inner.is_empty() {
        out.push((open, inner, close));
    }
}

type Attribution = (Option<String>, Option<Span>, Vec<String>);

/// How [`words`] reads a byte: 0 ends a word, 1 is part of one (ASCII letters and
/// digits, '-', '\'', '.'), 2 starts a character beyond ASCII, decoded to tell.
static WORD_BYTE: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.') {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether the character at byte `i` of `s` (beyond ASCII) is part of a word, and its
/// length. Kept out of line: most text is ASCII, and the word loops stay small.
#[cold]
#[inline(never)]
fn wide_part(s: &str, i: usize) -> (bool, usize) {
    let c = char_at(s, i).unwrap_or(' ');
    (c.is_alphanumeric() || c == '’', c.len_utf8())
}

/// One word of a span: its byte span in the text and its text.
type Word<'a> = (usize, usize, &'a str);

/// The words in a span, with their byte spans, read as they are asked for: runs of letters,
/// digits, hyphens, apostrophes and dots, less the dots and apostrophes that end them. Most
/// attributions are settled by a word or two, and need not split the rest.
#[derive(Clone)]
struct Words<'a> {
    /// The span's text.
    s: &'a str,
    /// Where the span starts in the text.
    base: usize,
    /// The byte of `s` to read next.
    i: usize,
    /// The end of the bytes not read yet from the back.
    end: usize,
}

impl<'a> Words<'a> {
    /// The words of `text[span]`.
    fn new(text: &'a str, span: Span) -> Self {
        Words {
            s: &text[span.start..span.end],
            base: span.start,
            i: 0,
            end: span.end - span.start,
        }
    }

    /// The word of `start..stop` (a run of word characters) less the dots and apostrophes
    /// at its end, told by their bytes; `None` when nothing is left.
    #[inline(always)]
    fn trimmed(&self, start: usize, stop: usize) -> Option<Word<'a>> {
        let bytes = self.s.as_bytes();
        let mut end = stop;
        while end > start {
            if matches!(bytes[end - 1], b'.' | b'\'') {
                end -= 1;
            } else if bytes[end - 1] == 0x99 && bytes[start..end].ends_with("’".as_bytes()) {
                end -= "’".len();
            } else {
                break;
            }
        }
        (end > start).then(|| (self.base + start, self.base + end, &self.s[start..end]))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Word<'a>> {
        let s = self.s;
        let bytes = &s.as_bytes()[..self.end];
        let mut i = self.i;
        loop {
            // To the next word's first character.
            while let Some(&b) = bytes.get(i) {
                match WORD_BYTE[usize::from(b)] {
                    0 => i += 1,
                    1 => break,
                    _ => match wide_part(s, i) {
                        (true, _) => break,
                        (false, len) => i += len,
                    },
                }
            }
            if i >= bytes.len() {
                self.i = i;
                return None;
            }
            // To its end: a run of ASCII letters eight bytes at a time, then byte by byte.
            let start = i;
            i = crate::token::letter_run(bytes, i, bytes.len());
            while let Some(&b) = bytes.get(i) {
                match WORD_BYTE[usize::from(b)] {
                    0 => break,
                    1 => i += 1,
                    _ => match wide_part(s, i) {
                        (true, len) => i += len,
                        (false, _) => break,
                    },
                }
            }
            if let Some(word) = self.trimmed(start, i) {
                self.i = i;
                return Some(word);
            }
        }
    }
}

impl DoubleEndedIterator for Words<'_> {
    /// The words from the last: the same runs found from their ends.
    #[inline(always)]
    fn next_back(&mut self) -> Option<Self::Item> {
        let (s, bytes) = (self.s, self.s.as_bytes());
        // Whether the character that ends at byte `j` is part of a word, and where it starts.
        let before = |j: usize| {
            let b = bytes[j - 1];
            match WORD_BYTE[usize::from(b)] {
                0 => (false, j - 1),
                1 => (true, j - 1),
                _ => {
                    let at = crate::input::floor_char(s, j - 1);
                    (wide_part(s, at).0, at)
                }
            }
        };
        let mut j = self.end;
        loop {
            // Back to the last word's last character.
            while j > self.i {
                match before(j) {
                    (false, at) => j = at,
                    (true, _) => break,
                }
            }
            if j <= self.i {
                self.end = j;
                return None;
            }
            // Back to its first.
            let stop = j;
            while j > self.i {
                match before(j) {
                    (true, at) => j = at,
                    (false, _) => break,
                }
            }
            if let Some(word) = self.trimmed(j, stop) {
                self.end = j;
                return Some(word);
            }
        }
    }
}

fn is_verb(w: &str) -> bool {
    crate::recognize::person::is_speech_verb(w)
}

/// How many mentions back a pronoun's antecedent is looked for.
const ANTECEDENT_WINDOW: usize = 200;

/// The mentions that start within `span` (mentions are in text order): a binary search, so
/// that attribution stays linear in the text however many quotes it has.
fn within(mentions: &[Mention], span: Span) -> &[Mention] {
    let lo = mentions.partition_point(|m| m.span.start < span.start);
    let hi = mentions
        .partition_point(|m| m.span.start < span.end)
        .max(lo);
    &mentions[lo..hi]
}

/// The name or speaker mention starting at byte `at` (or the first within `span`).
fn mention_at(mentions: &[Mention], span: Span) -> Option<&Mention> {
    within(mentions, span).iter().find(|m| {
        m.span.start >= span.start
            && m.span.start < span.end
            && matches!(m.ty, EntityType::Person | EntityType::Organization)
    })
}

fn from_mention(m: &Mention, text: &str) -> Attribution {
    (Some(m.name(text).to_string()), Some(m.span), Vec::new())
}

/// The person a pronoun at byte `at` refers to: the last person named before it.
fn antecedent(text: &str, mentions: &[Mention], at: usize) -> Option<String> {
    // A pronoun refers to someone named recently: look back a bounded number of mentions.
    mentions[..mentions.partition_point(|m| m.span.start < at)]
        .iter()
        .rev()
        .take(ANTECEDENT_WINDOW)
        .find(|m| m.ty == EntityType::Person && m.span.end <= at)
        .map(|m| m.name(text).to_string())
}

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
fn after_attribution(text: &str, after: Span, mentions: &[Mention]) -> Option<Attribution> {
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
fn before_attribution(
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
fn earlier_in_paragraph(
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unclosed_quote_runs_to_paragraph_end() {
        let text = "He wrote: “First part. Second part\nNext paragraph.";
        let a = crate::Analyzer::default().analyze(text);
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].text, "First part. Second part");
    }

    /// All the words of `span`.
    fn words(text: &str, span: Span) -> Vec<Word<'_>> {
        Words::new(text, span).collect()
    }

    /// The character loop [`Words`] had before its byte table: the oracle.
    fn words_oracle(text: &str, span: Span) -> Vec<(usize, usize, &str)> {
        let s = &text[span.start..span.end];
        // About a word every six bytes: room for most spans at once.
        let mut out = Vec::with_capacity(s.len() / 6 + 1);
        let mut start = None;
        let bytes = s.as_bytes();
        let mut i = 0;
        // One step past the end, as a space, closes the last word.
        while i <= bytes.len() {
            let at = i;
            // ASCII is settled by the byte; only other characters are decoded.
            let part = match bytes.get(i) {
                Some(&b) if b < 0x80 => {
                    i += 1;
                    crate::token::ASCII_ALNUM[usize::from(b)] || matches!(b, b'-' | b'\'' | b'.')
                }
                Some(_) => {
                    let c = char_at(s, i).unwrap_or(' ');
                    i += c.len_utf8();
                    c.is_alphanumeric() || c == '’'
                }
                None => {
                    i += 1;
                    false
                }
            };
            match (start, part) {
                (None, true) => start = Some(at),
                (Some(b), false) => {
                    let w = s[b..at].trim_end_matches(['.', '’', '\'']);
                    if !w.is_empty() {
                        out.push((span.start + b, span.start + b + w.len(), w));
                    }
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_agree_with_the_character_loop(
            text in "([a-zA-Z0-9.,'’ ]|é|\u{0301}|\u{0660}|-|“|”|\"|\n|\u{00A0}|—){0,50}",
            span in (0usize..60, 0usize..60),
        ) {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let at = |k: usize| bounds[k.min(bounds.len() - 1)];
            let (a, b) = (at(span.0), at(span.1));
            let span = Span::new(a.min(b), a.max(b));
            let want = words_oracle(&text, span);
            proptest::prop_assert_eq!(&words(&text, span), &want);
            let mut back: Vec<Word> = Words::new(&text, span).rev().collect();
            back.reverse();
            proptest::prop_assert_eq!(back, want);
        }
    }

    #[test]
    fn last_closing_single_skips_apostrophes() {
        for (s, at) in [
            ("", None),
            ("no quotes", None),
            ("it’s", None),
            ("‘yes’ he said", Some(6)),
            ("‘yes’ and it’s", Some(6)),
            ("the Smiths’ house and ‘no’", Some(29)),
            ("’", Some(0)),
            ("a’b’", Some(5)),
        ] {
            assert_eq!(last_closing_single(s), at, "{s:?}");
        }
    }
}
