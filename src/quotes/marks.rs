//! Where quotations are: the spans between opening and closing marks of every style in
//! a paragraph, telling closing single quotes from apostrophes.

use crate::model::Span;

/// Sets `out` to the quotations of one paragraph: (position of the opening mark, the quoted
/// words, position after the closing mark). An unclosed quotation runs to the paragraph's
/// end.
pub(super) fn quote_spans(text: &str, para: Span, out: &mut Vec<(usize, Span, usize)>) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
