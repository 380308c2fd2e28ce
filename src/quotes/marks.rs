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
            // Or at the paragraph's start, a quotation that runs on into the next paragraph.
            (None, '‘')
                if !s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && (i == 0
                        || last_closing
                            .get_or_insert_with(|| last_closing_single(s))
                            .is_some_and(|k| k >= pos)) =>
            {
                open = Some((at, c));
            }
            // A straight mark after a space and before a word opens a new quotation: the
            // one before ran on unclosed ("… the Empire. "The problems …").
            (Some((start, '"')), '"')
                if s[..i].ends_with(char::is_whitespace)
                    && next.is_some_and(|n| !n.is_whitespace()) =>
            {
                push_quote(text, out, start, at, at);
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
    // ASCII wire copy ("``Yes,'' he said."): two backticks open, two straight single
    // quotes close.
    if memchr::memchr_iter(b'`', bytes).any(|i| bytes.get(i + 1) == Some(&b'`')) {
        backtick_quotes(text, para, out);
    }
    // Most straight single quotes are apostrophes inside words ("it's"): only a mark at
    // the paragraph's start or after a space or a bracket may open a quotation.
    if memchr::memchr_iter(b'\'', bytes)
        .any(|i| i == 0 || matches!(bytes[i - 1], b' ' | b'\n' | b'(' | b'[' | b'"' | 0x80..))
    {
        straight_singles(text, para, out);
    }
}

/// Adds to `out` (the quotations of double and curly marks, in order) the quotations of
/// one paragraph in straight single quotes, the British style, outside those: an opening
/// mark after a space or the paragraph's start and before a word that is no elision
/// ("'90s", "'til"); a closing mark after a character that is no space and before one that
/// is no letter, unless it ends a plural possessive ("the Smiths' boatyard") and another
/// closing mark follows. A quotation left open at the paragraph's start or after a colon
/// runs to the paragraph's end (it goes on in the next).
fn straight_singles(text: &str, para: Span, out: &mut Vec<(usize, Span, usize)>) {
    let s = &text[para.start..para.end];
    let bytes = s.as_bytes();
    // The quotations in `out` are in order and apart: only the last to open at or before
    // `at` may hold it (a search, so that a paragraph of many marks stays linear).
    let inside = |at: usize, out: &[(usize, Span, usize)]| {
        let k = out.partition_point(|q| q.0 <= at);
        k > 0 && at < out[k - 1].2
    };
    let closes = |i: usize| {
        let prev = s[..i].chars().next_back();
        let next = s[i + 1..].chars().next();
        prev.is_some_and(|c| !c.is_whitespace()) && !next.is_some_and(char::is_alphanumeric)
    };
    // A mark that may open a quotation: after a space (or the paragraph's start) and
    // before a letter or digit.
    let opens_at = |i: usize| {
        s[..i].chars().next_back().is_none_or(char::is_whitespace)
            && s[i + 1..].starts_with(char::is_alphanumeric)
    };
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    let mut marks = memchr::memchr_iter(b'\'', bytes).peekable();
    while let Some(i) = marks.next() {
        if inside(para.start + i, out) {
            continue;
        }
        match open {
            None => {
                let prev = s[..i].chars().next_back();
                let rest = &s[i + 1..];
                let word: &str = rest
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let opens = prev.is_none_or(|c| c.is_whitespace() || "([{—–-\"“".contains(c))
                    && rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '‘')
                    // "'90s", "'08": a decade or a year.
                    && !(word.trim_end_matches('s').len() == 2
                        && word.bytes().take(2).all(|b| b.is_ascii_digit()))
                    && !super::speaker::is_elision(word);
                if opens {
                    open = Some(i);
                }
            }
            Some(o) if closes(i) => {
                // "the Smiths' boatyard": a plural possessive, when a later mark closes
                // before any other opens.
                let possessive = s[..i].ends_with(['s', 'S'])
                    && s[i + 1..].starts_with(' ')
                    && s[i + 2..].starts_with(|c: char| c.is_lowercase())
                    && marks
                        .clone()
                        .filter(|&j| !inside(para.start + j, out))
                        .find(|&j| closes(j) || opens_at(j))
                        .is_some_and(|j| !opens_at(j));
                if !possessive {
                    found.push((o, i));
                    open = None;
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        if o == 0 || s[..o].trim_end().ends_with(':') {
            found.push((o, s.len()));
        }
    }
    if found.is_empty() {
        return;
    }
    let doubles = out.len();
    for (o, c) in found {
        let (open, close) = (
            para.start + o,
            para.start + if c == s.len() { c } else { c + 1 },
        );
        // Never around a quotation in other marks.
        let next = out[..doubles].partition_point(|q| q.0 <= open);
        if out[..doubles].get(next).is_none_or(|q| q.0 >= close) {
            push_quote(text, out, open, para.start + c, close);
        }
    }
    out.sort_by_key(|q| q.0);
}

/// Adds to `out` the quotations of one paragraph opened by two backticks and closed by two
/// straight single quotes, as wire copy in ASCII writes them (``Yes,'' he said); one left
/// open runs to the paragraph's end. Outside quotations in other marks.
fn backtick_quotes(text: &str, para: Span, out: &mut Vec<(usize, Span, usize)>) {
    let s = &text[para.start..para.end];
    let others = out.len();
    let mut pos = 0;
    let b = s.as_bytes();
    // The next pair of `mark` from byte `from` on.
    let pair = |mark: u8, from: usize| {
        memchr::memchr_iter(mark, &b[from..])
            .map(|i| from + i)
            .find(|&i| b.get(i + 1) == Some(&mark))
    };
    while let Some(o) = pair(b'`', pos) {
        let (inner_end, close) = match pair(b'\'', o + 2) {
            Some(c) => (c, c + 2),
            None => (s.len(), s.len()),
        };
        let (open, start) = (para.start + o, para.start + o + 2);
        let inner = Span::new(start, (para.start + inner_end).max(start)).trim(text);
        let k = out[..others].partition_point(|q| q.0 <= open);
        let apart = (k == 0 || out[k - 1].2 <= open)
            && out[..others]
                .get(k)
                .is_none_or(|q| q.0 >= para.start + close);
        if !inner.is_empty() && apart {
            out.push((open, inner, para.start + close));
        }
        pos = close.max(o + 2);
    }
    out.sort_by_key(|q| q.0);
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

    /// The quoted words of each quotation of `text`, one paragraph.
    fn quoted(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        quote_spans(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|q| &text[q.1.start..q.1.end]).collect()
    }

    #[test]
    fn straight_single_quotes_and_apostrophes() {
        assert_eq!(
            quoted("'We can't wait,' she said. 'The Smiths' boat is old.'"),
            ["We can't wait,", "The Smiths' boat is old."]
        );
        assert_eq!(
            quoted("'In the '90s it was fine,' he said of the consultants' report."),
            ["In the '90s it was fine,"]
        );
        // A title and a scare quote; rock 'n' roll and a possessive are no quotations.
        assert_eq!(
            quoted("Its report, 'A River Link', backs 'water taxis' and rock 'n' roll."),
            ["A River Link", "water taxis"]
        );
        // Left open at the paragraph's start: it goes on in the next paragraph.
        assert_eq!(
            quoted("'I've lived here for years."),
            ["I've lived here for years."]
        );
        // Left open mid-paragraph: an apostrophe, no quotation.
        assert_eq!(quoted("Rock 'em all."), Vec::<&str>::new());
        // Single quotes inside double ones belong to them.
        assert_eq!(
            quoted("He said \"it was 'fine' then\" and 'Veritas' won."),
            ["it was 'fine' then", "Veritas"]
        );
    }

    #[test]
    fn a_straight_mark_before_a_word_opens_a_new_quotation() {
        // The first quotation runs on unclosed into the second, as news copy writes a
        // quotation's new paragraph run into one.
        assert_eq!(
            quoted("He said: \"One thing. \"Another thing,\" he added, \"and more\"."),
            ["One thing.", "Another thing,", "and more"]
        );
    }

    #[test]
    fn backticks_and_two_single_quotes() {
        assert_eq!(
            quoted("``We will not rush this,'' he said. ``Nobody listened.''"),
            ["We will not rush this,", "Nobody listened."]
        );
        assert_eq!(quoted("He said: ``It goes on"), ["It goes on"]);
        // The closing marks are no apostrophes or single quotations of their own.
        assert_eq!(
            quoted("``The '90s were the miners' best years,'' she said."),
            ["The '90s were the miners' best years,"]
        );
    }

    #[test]
    fn guillemets_and_curly_singles() {
        assert_eq!(
            quoted("\u{ab}Oui,\u{bb} dit-il. \u{2018}It\u{2019}s done,\u{2019} she said."),
            ["Oui,", "It\u{2019}s done,"]
        );
        assert_eq!(quoted("\u{2018}We were told"), ["We were told"]);
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
