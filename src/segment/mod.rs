//! Segmentation stage: paragraphs, sentences, and the parts of a news article (title,
//! subtitle, byline, dateline).

mod headlines;
mod lists;
mod sentences;
mod structure;

pub use sentences::{split_paragraph, split_sentences};
pub use structure::{find_structure, Structure};

pub use crate::model::Span;

/// The lines of `text` with their ends: "\n", "\r\n", or a lone "\r" (old Mac files).
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(k) if bytes[start + k] == b'\r' && bytes.get(start + k + 1) == Some(&b'\n') => {
                start + k + 2
            }
            Some(k) => start + k + 1,
            None => bytes.len(),
        };
        let line = &text[start..end];
        start = end;
        Some(line)
    })
}

/// Splits the text into paragraphs: runs of text separated by line breaks.
///
/// News text comes with one paragraph a line or with blank lines between paragraphs; a line
/// that starts in lower case continues the paragraph above it (text wrapped at a fixed
/// width), so it is joined to it, unless it is only an address ("ir@acme.com").
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    // Room for a paragraph every 200 bytes, 64 at most at first: most articles need no
    // more, and grow no vector a push at a time.
    let mut paragraphs: Vec<Span> = Vec::with_capacity((text.len() / 200 + 4).min(64));
    let mut prev_blank = true;
    let mut pos = 0;
    for line in lines_inclusive(text) {
        let span = Span::new(pos, pos + line.len()).trim(text);
        pos += line.len();
        if span.is_empty() {
            prev_blank = true;
            continue;
        }
        let continues = !prev_blank
            && text[span.start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !address_line(&text[span.start..span.end]);
        match paragraphs.last_mut() {
            Some(last) if continues => last.end = span.end,
            _ => paragraphs.push(span),
        }
        prev_blank = false;
    }
    paragraphs
}

/// A line that is only an e-mail or web address ("ir@acme.com", "www.acme.com"), as a
/// contact block writes one a line: no wrapped text, though it starts in lower case.
fn address_line(line: &str) -> bool {
    !line.contains(' ')
        && (line.contains('@') || line.starts_with("www.") || line.starts_with("http"))
}

/// Splits the text into sentences, knowing the article's head: the title, subtitle and byline
/// are one sentence each, and an inline dateline ("NAIROBI, March 3, 2026 (Reuters) —") is a
/// sentence of its own.
pub fn sentences_with_structure(
    text: &str,
    paragraphs: &[Span],
    structure: &Structure,
) -> Vec<Span> {
    // Room for a sentence a paragraph plus one every 100 bytes: most articles need no more,
    // and an input of many one-line paragraphs reserves 16 bytes a line, not 48.
    let mut out = Vec::with_capacity(paragraphs.len() + text.len() / 100);
    let head = [structure.title, structure.subtitle, structure.byline];
    for &p in paragraphs {
        if head.contains(&Some(p)) {
            out.push(p);
            continue;
        }
        match structure.dateline {
            Some(d) if d.start == p.start && d.end < p.end => {
                out.push(d);
                split_paragraph(text, Span::new(d.end, p.end).trim(text), &mut out);
            }
            _ => split_paragraph(text, p, &mut out),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_by_line_and_blank_line() {
        let text = "Title\n\nFirst line\r\nsecond half.\n  \nNext.";
        let spans: Vec<&str> = split_paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(spans, ["Title", "First line\r\nsecond half.", "Next."]);
        let text = "Contact:\nAnn Lee\nann@acme.com\nwww.acme.com\nwrapped on";
        let spans: Vec<&str> = split_paragraphs(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            spans,
            [
                "Contact:",
                "Ann Lee",
                "ann@acme.com",
                "www.acme.com\nwrapped on"
            ]
        );
    }
}
