//! Sports results: towns and unknown names that are teams in an article of scores.

use std::sync::LazyLock;

use crate::gazetteer::kind_name;
use crate::input::{ceil_char, floor_char};
use crate::lexicon::{class, words, WordList};
use crate::model::{EntityType, Mention, Rule};
use crate::swar;

/// The nicknames of teams ("Mets", "Lakers").
static NICKNAMES: WordList = WordList::new(class::TEAM_NICKNAMES);

/// The words after a town that make it a club: a team's roles and plural verbs.
static CLUB_WORDS: WordList = WordList::any(&[class::TEAMS_ROLE, class::TEAMS_VERB]);

/// How far around a mention its line is looked at, in bytes.
const LINE_WINDOW: usize = 256;

/// The words of a match report (ASCII lower case), each with its searcher, built once.
static SPORT_WORDS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    words::CONTEXT_SPORT
        .iter()
        .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
        .collect()
});

/// True when at least `need` of `words` (ASCII lower case) occur in `text`, ASCII case
/// folded. The text is lowered a window at a time (windows overlap by a word's length),
/// never copied whole, and the search stops once `need` are found, or too few words are
/// left to find them.
fn words_present(text: &[u8], words: &[memchr::memmem::Finder<'_>], need: usize) -> bool {
    const WINDOW: usize = 1 << 16;
    let overlap = words.iter().map(|w| w.needle().len()).max().unwrap_or(1) - 1;
    // The words found so far, a bit each (no allocation: the list is short).
    assert!(words.len() <= 64, "at most 64 sport words");
    let mut found = 0u64;
    let mut lower = Vec::with_capacity(text.len().min(WINDOW + overlap));
    let mut start = 0;
    loop {
        let end = (start + WINDOW + overlap).min(text.len());
        lower.clear();
        push_ascii_lower(&text[start..end], &mut lower);
        let mut count = 0;
        for (k, w) in words.iter().enumerate() {
            if found & 1 << k == 0 && w.find(&lower).is_some() {
                found |= 1 << k;
            }
            count += usize::from(found & 1 << k != 0);
            if count >= need {
                return true;
            }
            // In the last window, once the words left could not make up the number, the
            // answer is no.
            if end == text.len() && count + (words.len() - k - 1) < need {
                return false;
            }
        }
        if end == text.len() {
            return false;
        }
        start += WINDOW;
    }
}

/// Appends `bytes` to `out` with ASCII capitals lowered, a byte for a byte from a slice of
/// known length (room made once, nothing zeroed first; a loop the compiler vectorizes).
fn push_ascii_lower(bytes: &[u8], out: &mut Vec<u8>) {
    out.extend(bytes.iter().map(u8::to_ascii_lowercase));
}

/// In a sport story without scores, a town followed by a team's role or a plural verb
/// ("Newcastle boss", "Leeds's captain", "Sunderland have offered") is a club, and so is
/// every mention of it not after a locative ("grew up in Leeds" stays the town). Countries
/// stay places (national sides), like the towns of a story with no sport in it.
/// `report` is what [`words_present`] answered for the sport words when it was asked
/// already: not asked twice.
fn clubs_by_evidence(text: &str, mentions: &mut [Mention], report: Option<bool>) {
    let town = |m: &Mention| {
        m.ty == EntityType::Place
            && m.rule != Rule::Dateline
            && m.list_kind.is_some_and(|k| kind_name(k) == "city")
    };
    let mut clubs: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for m in mentions.iter().filter(|m| town(m)) {
        if club_word_follows(&text[m.span.end..]) {
            clubs.insert(m.text(text));
        }
    }
    if clubs.is_empty()
        || !report.unwrap_or_else(|| words_present(text.as_bytes(), &SPORT_WORDS, 3))
    {
        return;
    }
    for m in mentions.iter_mut() {
        if town(m) && clubs.contains(m.text(text)) && !super::after_locative(text, m) {
            m.ty = EntityType::Organization;
            m.rule = Rule::SportsTeam;
            m.tentative = false;
            m.list_kind = None;
        }
    }
}

/// Whether `rest`, the text after a town, opens with a word of [`CLUB_WORDS`], after a
/// possessive if any ("'s captain", "’s boss").
fn club_word_follows(rest: &str) -> bool {
    let rest = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("’s"))
        .unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or_default();
    !word.is_empty() && CLUB_WORDS.contains_lower(word)
}

/// Sports results name clubs after their towns ("Surrey 429-7", "Leicestershire beat
/// Somerset", "Pohang 3 Ulsan 2"): in an article with several scores, a town or an unknown
/// name followed by a score on its line, after "v", or on either side of "beat", is a team —
/// an organization — and so is every other such mention of it in the article. Countries
/// stay places (national teams), and names found by strong person rules stay people.
pub(super) fn sports_teams(text: &str, mentions: &mut Vec<Mention>) {
    // Only a candidate becomes a team or a club (a town is one): an article without one
    // has nothing to change, and its text is not searched for scores.
    if !mentions.iter().any(is_candidate) {
        return;
    }
    let bytes = text.as_bytes();
    let scores = memchr::memchr_iter(b'-', bytes)
        .filter(|&i| {
            i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        })
        // Only "none", "one or two" and "three or more" matter below.
        .take(3)
        .count();
    // A match report: a score and the vocabulary of sport (looked for only after a score).
    let report = scores >= 1 && words_present(bytes, &SPORT_WORDS, 3);
    // Standings and results lines, counted only when the scores leave it open, and only up
    // to three. Each line's end is one memchr search (a carriage return left at a line's
    // end changes no count below).
    if scores < 3 && !report {
        let (mut start, mut result_lines) = (0, 0);
        loop {
            // An empty line is no result line: passed over without a search.
            while bytes.get(start) == Some(&b'\n') {
                start += 1;
            }
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |p| start + p);
            let line = &text[start..end];
            result_lines += usize::from(is_result_line(line) && !is_prose(line));
            if result_lines == 3 || end == bytes.len() {
                break;
            }
            start = end + 1;
        }
        if result_lines < 3 {
            // With a score, the sport words were looked for already (and not found).
            clubs_by_evidence(text, mentions, (scores >= 1).then_some(report));
            return;
        }
    }
    // Which mentions may be teams, decided once each.
    let candidates: Vec<bool> = mentions.iter().map(is_candidate).collect();
    // "the Mets", "the Lakers": a team's nickname alone is the team in an article of scores.
    let nickname =
        |m: &Mention| m.ty == EntityType::Person && m.tentative && NICKNAMES.contains(m.text(text));
    let candidate = |k: usize| candidates[k];
    let between = |a: usize, b: usize| words::CONTEXT_TEAM_VERB.contains(&text[a..b].trim());
    let mut teams: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for (k, m) in mentions.iter().enumerate() {
        if !candidate(k) {
            continue;
        }
        // Only the neighbourhood of the mention counts: a bounded window keeps a document
        // that is one long line linear.
        let window_end = floor_char(text, (m.span.end + LINE_WINDOW).min(text.len()));
        let line_end = memchr::memchr(b'\n', &bytes[m.span.end..window_end])
            .map_or(window_end, |p| m.span.end + p);
        let rest = crate::input::trim_start(&text[m.span.end..line_end]);
        // A score, not the date of a dateline ("LONDON 1996-08-30").
        let is_date = rest.len() >= 10 && rest.as_bytes()[4] == b'-' && rest.as_bytes()[7] == b'-';
        // Bowling figures ("Gough 10-2-45-3") follow players, not teams.
        let figures =
            m.ty == EntityType::Person && super::first_word(rest).is_some_and(|w| w.contains('-'));
        let score_follows = rest.starts_with(|c: char| c.is_ascii_digit()) && !is_date && !figures;
        let window_start = ceil_char(text, m.span.start.saturating_sub(LINE_WINDOW));
        let line_start = memchr::memrchr(b'\n', &bytes[window_start..m.span.start])
            .map_or(window_start, |p| window_start + p + 1);
        let prefix = text[line_start..m.span.start].trim_end();
        let versus = prefix.ends_with(" v") || prefix.ends_with(" vs");
        let next_is_team = mentions
            .get(k + 1)
            .is_some_and(|n| candidate(k + 1) && between(m.span.end, n.span.start));
        let prev_is_team =
            k > 0 && candidate(k - 1) && between(mentions[k - 1].span.end, m.span.start);
        // In results a team opens its line or follows another result ("Pohang 3 Ulsan 2",
        // "Leicester: Leicestershire 296"); a name after "b" in a scorecard is a bowler.
        let opens_result = prefix.is_empty()
            || prefix.ends_with([':', ',', ';', ')'])
            || prefix.ends_with(|c: char| c.is_ascii_digit());
        // In a match report a town that is not where something happens is a club
        // ("Sunderland came from behind", "visit Brighton"), unlike "in Sunderland".
        // Not a place by its shape: "Millennium Stadium", "Ewood Park" are grounds.
        let club = report
            && m.ty == EntityType::Place
            && m.list_kind.is_some()
            && !super::after_locative(text, m);
        if (score_follows && opens_result)
            || versus
            || next_is_team
            || prev_is_team
            || club
            || nickname(m)
        {
            teams.insert(m.text(text));
        }
    }
    if teams.is_empty() {
        return;
    }
    let mut joined = false;
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if !(candidate(k) && teams.contains(m.text(text)) && !super::after_locative(text, m)) {
            continue;
        }
        // "Rotor Volgograd": an unconfirmed word right before the town, no given name
        // ("Jonny Weston"), is the club's name.
        let name_before = k > 0 && {
            let p = &mentions[k - 1];
            p.tentative
                && p.ty == EntityType::Person
                && p.span.end + 1 == m.span.start
                && text.as_bytes()[p.span.end] == b' '
                && !p.text(text).contains(' ')
                && !crate::gazetteer::GAZETTEER.is_given_name(p.text(text))
        };
        let start = if name_before {
            joined = true;
            let p = &mut mentions[k - 1];
            p.span.end = p.span.start;
            p.span.start
        } else {
            m.span.start
        };
        let m = &mut mentions[k];
        m.span.start = start;
        m.ty = EntityType::Organization;
        m.rule = Rule::SportsTeam;
        m.tentative = false;
        m.list_kind = None;
        m.canonical = None;
    }
    if joined {
        mentions.retain(|m| m.span.start < m.span.end);
    }
}

/// Whether `m` may be a team: a listed town, state or region, a place by its shape or
/// compass word ("Bristol City", "Notts County", "East Stirling"), not a dateline's; or an
/// unconfirmed name.
fn is_candidate(m: &Mention) -> bool {
    match m.ty {
        EntityType::Place => {
            (m.list_kind
                .is_some_and(|k| matches!(kind_name(k), "city" | "state" | "region"))
                || matches!(m.rule, Rule::PlaceTail | Rule::PlaceCompass))
                && m.rule != Rule::Dateline
        }
        EntityType::Person => m.tentative,
        _ => false,
    }
}

/// The ASCII bytes a team's name in a result line is made of: letters, space, ". ' -".
static NAME_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        table[c] = b.is_ascii_alphabetic() || matches!(b, b' ' | b'.' | b'\'' | b'-');
        c += 1;
    }
    table
};

/// True when each byte of `chunk` is an ASCII name byte (see [`NAME_BYTE`]).
#[inline(always)]
fn all_name_bytes(chunk: &[u8; 16]) -> bool {
    let mut other = 0u8;
    for &c in chunk {
        // Bitwise, not short-circuit: one vector test per kind of byte.
        let name = u8::from((c | 0x20).wrapping_sub(b'a') < 26)
            | u8::from(c == b' ')
            | u8::from(c == b'\'')
            | u8::from(c.wrapping_sub(b'-') < 2);
        other |= name ^ 1;
    }
    other == 0
}

/// True when `line` reads as prose: four or more words in lower case of three letters or
/// more ("Halo 2 has broken video game records"), which a line of results or standings
/// ("Arsenal 2 Chelsea 1", "Essex 532-8 declared") does not hold.
fn is_prose(line: &str) -> bool {
    // Split at the space byte a byte at a time: words are short, a search for each would
    // cost more to start than the bytes to read.
    line.as_bytes()
        .split(|&c| c == b' ')
        .filter(|w| w.len() >= 3 && w[0].is_ascii_lowercase())
        .nth(3)
        .is_some()
}

/// A line of standings or results: a name, then numbers ("CHICAGO 71 64 .526 10"). The
/// name is letters, spaces and ". ' -", one space before the first digit; the line is read
/// only until another character, ASCII without decoding.
#[inline(always)]
fn is_result_line(l: &str) -> bool {
    let b = l.as_bytes();
    let mut p = 0;
    // Sixteen bytes at a time while all are ASCII name bytes (a test the compiler turns
    // into vector instructions), then eight.
    while let Some(chunk) = b.get(p..p + 16) {
        if !all_name_bytes(chunk.try_into().expect("sixteen bytes")) {
            break;
        }
        p += 16;
    }
    while let Some(chunk) = b.get(p..p + 8) {
        let w = swar::load(chunk);
        if w & swar::HIGH_BITS != 0 {
            break;
        }
        let name = swar::byte_range(w | (swar::LOW_BITS * 0x20), b'a', b'z')
            | swar::byte_range(w, b' ', b' ')
            | swar::byte_range(w, b'\'', b'\'')
            | swar::byte_range(w, b'-', b'.');
        let other = !name & swar::HIGH_BITS;
        if other != 0 {
            p += other.trailing_zeros() as usize / 8;
            break;
        }
        p += 8;
    }
    while let Some(&c) = b.get(p) {
        if NAME_BYTE[usize::from(c)] {
            p += 1;
        } else if c.is_ascii() {
            break;
        } else {
            match l[p..].chars().next() {
                Some(ch) if ch.is_alphabetic() => p += ch.len_utf8(),
                _ => break,
            }
        }
    }
    b.get(p).is_some_and(u8::is_ascii_digit) && p > 2 && l[..p].trim_end().len() + 1 == p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_lines_are_a_name_then_a_number() {
        for line in [
            "CHICAGO 71 64 .526 10",
            "Pohang 3 Ulsan 2",
            "Zürich-Nord 2",
            "St. Kilda 9",
        ] {
            assert!(is_result_line(line), "{line:?}");
        }
        for line in [
            "",
            "Ab",
            "No number here.",
            "Two  3",
            "Leeds: 3",
            "71 64",
            "Léon, 3",
            "X 1",
        ] {
            assert!(!is_result_line(line), "{line:?}");
        }
    }

    /// A paragraph that opens with a name and a number is no line of results.
    #[test]
    fn prose_is_no_result_line() {
        assert!(is_prose(
            "Halo 2 has broken video game records, with pre-orders."
        ));
        assert!(!is_prose("Essex 532-8 declared"));
        assert!(!is_prose(
            "Arsenal 2 (Wright 23, Bergkamp 67) Chelsea 1 (Zola 12)"
        ));
    }

    /// The result line test read a character at a time.
    fn is_result_line_slowly(l: &str) -> bool {
        let p = l
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-')))
            .map_or(l.len(), |(p, _)| p);
        l[p..].starts_with(|c: char| c.is_ascii_digit())
            && p > 2
            && l[..p].trim_end().len() + 1 == p
    }

    #[test]
    fn result_lines_read_eight_bytes_at_a_time_as_one() {
        let pieces = [
            "Manchester",
            " ",
            "United",
            "St.",
            "O'Neil",
            "-",
            "Zürich",
            "2",
            "71 64",
            ",",
            "  ",
            "\t",
            "é",
            "[",
            "`",
            "@",
            "{",
            "Z",
            "z",
            "A",
            "a",
            "/",
            ":",
            "9",
        ];
        let mut next = crate::resolve::tests::rng(3);
        for _ in 0..20_000 {
            let line = crate::resolve::tests::pieces_text(&mut next, &pieces, 9);
            assert_eq!(
                is_result_line(&line),
                is_result_line_slowly(&line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn lowering_eight_bytes_at_a_time_lowers_ascii_capitals_only() {
        let text = "Half-Time: ÉCOLE Zürich @[`{ AZ az 0-9 ÀÖ \u{c1}x".repeat(3);
        for start in 0..9 {
            let mut got = Vec::new();
            push_ascii_lower(&text.as_bytes()[start..], &mut got);
            assert_eq!(got, text.as_bytes()[start..].to_ascii_lowercase());
        }
    }
}
