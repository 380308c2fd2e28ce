//! Sentence boundaries inside paragraphs: terminal punctuation, decided by the word before it
//! (abbreviations, initials, numbers) and the text after it (case, quotes, list markers).

use foldhash::HashMap;
use std::sync::LazyLock;

use super::lists::list_items;
use super::split_paragraphs;
use crate::input::{ceil_char, char_at};
use crate::lexicon::{words, WordFilter};
use crate::model::Span;
use crate::token::lower;

/// How an abbreviation behaves before a following word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbbrevClass {
    /// Before a name or noun: never ends a sentence ("Dr.", "Gen.", "Mt.").
    Title,
    /// Before a numeral: ends no sentence when a digit follows ("No. 5", "p. 55").
    Number,
    /// May end a sentence: only when a typical sentence opener follows ("Co.", "Jr.").
    General,
}

static ABBREVIATIONS: LazyLock<HashMap<&'static str, AbbrevClass>> = LazyLock::new(|| {
    let classes = [
        (words::ABBREVIATIONS_TITLE, AbbrevClass::Title),
        (words::ABBREVIATIONS_NUMBER, AbbrevClass::Number),
        (words::ABBREVIATIONS_GENERAL, AbbrevClass::General),
    ];
    classes
        .into_iter()
        .flat_map(|(list, class)| list.iter().map(move |&abbr| (abbr, class)))
        .collect()
});

static STARTERS: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| words::STARTERS.iter().copied().collect());

/// The filter of [`ABBREVIATIONS`], which folds ASCII case: an ASCII word it turns away
/// is no abbreviation in any case.
static ABBREVIATION_FILTER: LazyLock<WordFilter> =
    LazyLock::new(|| WordFilter::new(ABBREVIATIONS.keys().copied()));

fn abbreviation(word: &str) -> Option<AbbrevClass> {
    if word.is_ascii() && !ABBREVIATION_FILTER.may_contain(word) {
        return None;
    }
    if let Some(&c) = ABBREVIATIONS.get(word) {
        return Some(c);
    }
    // Short ASCII words (every abbreviation's lower-case form) are lowered on the stack.
    let mut buf = [0u8; 24];
    match lower(word, &mut buf) {
        Some(l) => ABBREVIATIONS.get(l).copied(),
        None => ABBREVIATIONS.get(word.to_lowercase().as_str()).copied(),
    }
}

/// Splits the whole text into sentences (byte spans, trimmed of white space).
///
/// No sentence crosses a paragraph boundary, so a headline or caption without final
/// punctuation is a sentence of its own.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for para in split_paragraphs(text) {
        split_paragraph(text, para, &mut out);
    }
    out
}

/// Appends the sentences of one paragraph to `out`.
pub fn split_paragraph(text: &str, para: Span, out: &mut Vec<Span>) {
    match list_items(text, para) {
        Some(items) => {
            for (item, marker_len) in items {
                split_run(text, item, item.start + marker_len, out);
            }
        }
        None => split_run(text, para, para.start, out),
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›' | '}')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '“' | '‘' | '(' | '[' | '«' | '‹' | '¿' | '¡'
    )
}

/// Splits `span` into sentences; candidate boundaries are looked for from `scan_from` on
/// (after a list marker).
fn split_run(text: &str, span: Span, scan_from: usize, out: &mut Vec<Span>) {
    let s = &text[..span.end];
    let mut start = span.start;
    let mut i = scan_from;
    let bytes = s.as_bytes();
    // The next byte that may start a terminal mark: '.', '?' or '!', and the lead byte 0xE2
    // of '…', '‼', '⁇', '⁈' and '⁉'; each found again only once the scan has passed it.
    let find = |from: usize, ascii: bool| {
        let rest = &bytes[from..];
        let found = if ascii {
            memchr::memchr3(b'.', b'?', b'!', rest)
        } else {
            memchr::memchr(0xE2, rest)
        };
        found.map_or(usize::MAX, |k| from + k)
    };
    let (mut next_ascii, mut next_e2) = (find(i, true), find(i, false));
    while i < span.end {
        if next_ascii < i {
            next_ascii = find(i, true);
        }
        if next_e2 < i {
            next_e2 = find(i, false);
        }
        i = next_ascii.min(next_e2);
        if i >= span.end {
            break;
        }
        let Some(c) = char_at(s, i) else {
            break;
        };
        if !is_terminal(c) {
            i += c.len_utf8();
            continue;
        }
        let (boundary, next) = decide(s, span.start, i);
        if let Some(end) = boundary {
            let sent = Span::new(start, end).trim(text);
            if !sent.is_empty() {
                out.push(sent);
            }
            start = end;
        }
        i = next;
    }
    let last = Span::new(start, span.end).trim(text);
    if !last.is_empty() {
        out.push(last);
    }
}

/// At the terminal punctuation at byte `i` of `s`, decides whether a sentence ends, and where
/// scanning goes on. Returns (end of the sentence if one ends, next byte to scan).
fn decide(s: &str, floor: usize, i: usize) -> (Option<usize>, usize) {
    let bytes = s.as_bytes();
    // The word before the mark, looked for only when the text after it leaves the
    // decision open.
    let word = || word_before(s, floor, i);
    // The common case, a lone period, a space and an ASCII letter ("said. The",
    // "U.S. officials"): no run of marks, no closer, no spaced ellipsis to look for.
    if let [b'.', b' ', next, ..] = bytes[i..] {
        if next.is_ascii_lowercase() {
            return (None, i + 1);
        }
        if next.is_ascii_uppercase() && (i == 0 || bytes[i - 1] != b'[') {
            let ends = single_dot_ends(word(), &s[i + 2..]);
            return (ends.then_some(i + 1), i + 1);
        }
    }
    // "compounds. . . . The": the sentence ends at the first dot; the spaced ellipsis that
    // follows opens the next one.
    if bytes[i..].starts_with(b". . . . ") && !word().is_empty() {
        let after = &s[i + 8..];
        if after.starts_with(|c: char| c.is_uppercase()) {
            return (Some(i + 1), i + 1);
        }
    }
    // The run of terminal marks, spaced ellipses included (". . .").
    let mut j = i;
    let mut dots = 0;
    let mut other = false;
    while let Some(c) = char_at(s, j) {
        if c == '.' {
            dots += 1;
            j += 1;
        } else if c == '…' {
            dots += 3;
            j += c.len_utf8();
        } else if is_terminal(c) {
            other = true;
            j += c.len_utf8();
        } else if c == ' ' && bytes.get(j + 1) == Some(&b'.') && dots > 0 {
            j += 1;
        } else {
            break;
        }
    }
    let run_end = j;
    // Closing quotes and brackets stay with the sentence they close.
    while let Some(c) = char_at(s, j).filter(|&c| is_closer(c)) {
        j += c.len_utf8();
    }
    let end = j;
    let rest = &s[end..];
    if rest.is_empty() {
        return (Some(end), end);
    }
    if !char_at(s, end).is_some_and(char::is_whitespace) {
        // "Jane.Doe@example.com", "3.5", "Yahoo!'s": no boundary inside a token; but
        // "world.Today is" is two sentences run together.
        let glued = glued_sentences(word, rest, dots, other);
        return (glued.then_some(end), run_end.max(i + 1));
    }
    let next_word = crate::input::trim_start(rest);
    let Some(next) = next_word.chars().next() else {
        return (Some(end), end);
    };
    if next.is_lowercase() {
        return (None, end);
    }
    let opens =
        next.is_uppercase() || is_opener(next) || (next.is_alphabetic() && !next.is_lowercase());
    let bracketed = i > 0 && bytes[i - 1] == b'[';
    let boundary = if other {
        // "“Where is it?” Whitfield asked.": a quoted question and its attribution.
        (opens && !(end > run_end && attribution_follows(next_word))) || next.is_ascii_digit()
    } else if dots >= 4 {
        opens
    } else if dots == 3 || bracketed {
        false
    } else {
        opens && single_dot_ends(word(), next_word)
    };
    (boundary.then_some(end), end)
}

/// Verbs of saying.
static SPEECH_VERBS: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| words::SPEECH_VERBS.iter().copied().collect());

/// Whether `rest` (after a quoted question or exclamation) opens with its attribution: one
/// to three capitalized words and a verb of saying ("Whitfield asked", "Maria Santos said").
fn attribution_follows(rest: &str) -> bool {
    let rest = &rest[..ceil_char(rest, MAX_WORD.min(rest.len()))];
    let mut words = rest.split(' ');
    for k in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        if k > 0 && SPEECH_VERBS.contains(w.trim_end_matches(['.', ','])) {
            // Not "Mr Blair said he would …": a verb that opens reported speech of its own.
            let then = words.next().unwrap_or("");
            return w.ends_with(['.', ','])
                || !matches!(
                    then,
                    "that" | "he" | "she" | "they" | "it" | "we" | "I" | "you" | "there"
                );
        }
        if !w.starts_with(char::is_uppercase) || w.ends_with(['.', ',', '!', '?']) {
            return false;
        }
    }
    false
}

/// Two sentences without a space between them: "Hello world.Today is Tuesday." — a plain
/// word of three or more letters (or a number) before the mark, a capitalized word after it,
/// and nothing that makes the whole an address or a name ("Jane.Doe@example.com"). The word
/// before the mark is found (by `word`) only when the text after it leaves the answer open.
fn glued_sentences<'s>(word: impl Fn() -> &'s str, rest: &str, dots: usize, other: bool) -> bool {
    if dots != 1 && !other {
        return false;
    }
    // Both ways to a boundary need a letter after the mark ("3.5" has none).
    if !rest.starts_with(char::is_alphabetic) {
        return false;
    }
    let rest = &rest[..ceil_char(rest, MAX_WORD.min(rest.len()))];
    let next: &str = rest.split(char::is_whitespace).next().unwrap_or("");
    // The letters it opens with, a slice of it (no copy).
    let letters = next
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(next.len(), |(k, _)| k);
    let first_word = &next[..letters];
    let word = word();
    if abbreviation(first_word).is_some() && next.len() > first_word.len() && !next.contains('@') {
        // "Tuesday.Mr. Smith": the abbreviation opens the next sentence.
        return plain_word(word);
    }
    let mut chars = next.chars();
    let opens = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    let plain_before = plain_word(word);
    let address = next.contains(['@', '/', ':']) || word.contains(['@', '/', ':']);
    opens && plain_before && !address
}

fn plain_word(word: &str) -> bool {
    word.chars().count() >= 3
        && (word.chars().all(char::is_alphabetic)
            || word.chars().all(|c| c.is_ascii_digit() || c == ','))
        && abbreviation(word).is_none()
}

/// How far, in bytes, the words on either side of a mark are looked at.
const MAX_WORD: usize = 256;

/// The word right before byte `i`, without leading brackets and quotes.
fn word_before(s: &str, floor: usize, i: usize) -> &str {
    // Look back a bounded way: a "word" of punctuation with no space in it must not make
    // every mark rescan the whole run (quadratic time).
    let head = &s[ceil_char(s, floor.max(i.saturating_sub(MAX_WORD)))..i];
    // Back over ASCII bytes that are no white space; a byte beyond ASCII hands over to
    // the search by characters.
    let bytes = head.as_bytes();
    let mut k = bytes.len();
    while k > 0
        && bytes[k - 1].is_ascii()
        && !bytes[k - 1].is_ascii_whitespace()
        && bytes[k - 1] != 0x0B
    {
        k -= 1;
    }
    let start = if k > 0 && !bytes[k - 1].is_ascii() {
        head.rfind(char::is_whitespace).map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        })
    } else {
        k
    };
    let word = &head[start..];
    // Most words open with a letter or digit: nothing to trim.
    if word
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return word;
    }
    word.trim_start_matches(|c: char| is_opener(c) || c == '-' || c == '—')
}

/// Whether a single period after `word` ends the sentence, given that `next_word` opens with
/// an upper-case letter or an opening quote.
fn single_dot_ends(word: &str, next_word: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    // "Tuesday.Mr": two sentences glued together; the last part is the word. Whether the
    // word holds a dot is known from here on: the last part holds none.
    let last_dot = word.bytes().rposition(|b| b == b'.');
    let (word, has_dot) = match last_dot {
        Some(k) if k + 1 < word.len() && abbreviation(&word[k + 1..]).is_some() => {
            (&word[k + 1..], false)
        }
        _ => (word, last_dot.is_some()),
    };
    let starter = || {
        let w: String = next_word
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '\'')
            .collect();
        STARTERS.contains(w.as_str())
    };
    match abbreviation(word) {
        Some(AbbrevClass::Title) => return false,
        Some(AbbrevClass::Number) => {
            return !next_word.starts_with(|c: char| c.is_ascii_digit()) && starter()
        }
        Some(AbbrevClass::General) => return starter(),
        None => {}
    }
    // An initial ("Gregory B. Poling": one character, a letter) or an initialism ("U.S.",
    // "a.m.").
    // One ASCII byte is one character; a word that opens with one and goes on has two.
    let initial = match word.as_bytes() {
        [b] => b.is_ascii_alphabetic(),
        [b, _, ..] if b.is_ascii() => false,
        _ => {
            let mut chars = word.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
        }
    };
    let dotted = has_dot && word.split('.').all(|p| p.chars().count() <= 1);
    if initial || dotted {
        return starter();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn news_abbreviations_and_quotes() {
        assert_eq!(
            sents("Sen. Warren met Gen. Lee. They spoke."),
            ["Sen. Warren met Gen. Lee.", "They spoke."]
        );
        // A quoted question and its attribution are one sentence; a question and the next
        // sentence are two.
        assert_eq!(
            sents(
                "\u{201c}Is it fair?\u{201d} Ana Ruiz asked. \u{201c}Never.\u{201d} Then she left."
            ),
            [
                "\u{201c}Is it fair?\u{201d} Ana Ruiz asked.",
                "\u{201c}Never.\u{201d}",
                "Then she left."
            ]
        );
        assert_eq!(
            sents("Acme Inc. makes drones. It grew."),
            ["Acme Inc. makes drones.", "It grew."]
        );
        assert_eq!(
            sents("Gregory B. Poling said so."),
            ["Gregory B. Poling said so."]
        );
        assert_eq!(
            sents("He works at Acme Inc. The firm grew."),
            ["He works at Acme Inc.", "The firm grew."]
        );
        assert_eq!(
            sents("“Why now?” she asked. Nobody knew."),
            ["“Why now?” she asked.", "Nobody knew."]
        );
        assert_eq!(
            sents("It rose 3.5 percent. Then it fell."),
            ["It rose 3.5 percent.", "Then it fell."]
        );
        assert_eq!(
            sents("Headline here\nBody text. More."),
            ["Headline here", "Body text.", "More."]
        );
        assert_eq!(
            sents("It was on Jan. 5 in the U.S. Congress."),
            ["It was on Jan. 5 in the U.S. Congress."]
        );
        assert_eq!(sents("“A. B.” He said."), ["“A. B.”", "He said."]);
        assert_eq!(
            sents("Hello world.Today is Tuesday.Mr. Smith paid 1,000.That is a lot."),
            [
                "Hello world.",
                "Today is Tuesday.",
                "Mr. Smith paid 1,000.",
                "That is a lot."
            ]
        );
        assert_eq!(
            sents("Mail Jane.Doe@example.com now."),
            ["Mail Jane.Doe@example.com now."]
        );
    }

    #[test]
    fn lists() {
        assert_eq!(
            sents("1.) The first item 2.) The second item"),
            ["1.) The first item", "2.) The second item"]
        );
        assert_eq!(
            sents("a. The first item b. The second item"),
            ["a. The first item", "b. The second item"]
        );
        assert_eq!(
            sents("• 9. The first item • 10. The second item"),
            ["• 9. The first item", "• 10. The second item"]
        );
    }
}
