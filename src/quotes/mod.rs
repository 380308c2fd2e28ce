//! Quotations and who said them: every direct quotation in the text, with its speaker found
//! from attribution patterns ("…," said X; X said: "…"; according to X; "…," X, a senior
//! fellow at Y, wrote) and resolved to the person's canonical name when the attribution uses
//! a pronoun or a bare surname. An anonymous source is kept as written.

mod attribution;
mod marks;
mod speaker;
mod words;

use crate::model::Mention;
use crate::model::Span;
use attribution::after_attribution;
use attribution::before_attribution;
use attribution::earlier_in_paragraph;
use marks::quote_spans;

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
    fn unclosed_quote_runs_to_paragraph_end() {
        let text = "He wrote: “First part. Second part\nNext paragraph.";
        let a = crate::Analyzer::default().analyze(text);
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].text, "First part. Second part");
    }
}
