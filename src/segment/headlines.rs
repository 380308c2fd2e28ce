//! Hand-written matchers for the lines that open an article — datelines ("NAIROBI, March 3,
//! 2026 (Reuters) —"), date-only lines ("29 January 2026") and bylines ("By Maria Santos") —
//! so that start-up compiles no Unicode regex.

use std::ops::Range;

/// A dateline found at the start of a paragraph (byte ranges within it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// "NAIROBI", "TAIPEI/SAN FRANCISCO", "AUSTIN, Texas".
    pub place: Range<usize>,
    /// "March 3, 2026", "3 March 2026", "1996-08-30".
    pub date: Option<Range<usize>>,
    /// Where the dateline ends (after its dash or colon, or at the end of the line).
    pub end: usize,
    /// The dateline is the whole line (no dash follows it).
    pub alone: bool,
}

/// A small cursor over a line.
struct Cursor<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s[self.at..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, prefix: &str) -> bool {
        if self.s[self.at..].starts_with(prefix) {
            self.at += prefix.len();
            true
        } else {
            false
        }
    }

    fn spaces(&mut self) -> usize {
        let n = self.s[self.at..].len() - self.s[self.at..].trim_start_matches(' ').len();
        self.at += n;
        n
    }

    /// Consumes characters while `f` holds; returns how many.
    fn take_while(&mut self, f: impl Fn(char) -> bool) -> usize {
        let mut n = 0;
        while let Some(c) = self.peek().filter(|&c| f(c)) {
            self.at += c.len_utf8();
            n += 1;
        }
        n
    }

    fn digits(&mut self, min: usize, max: usize) -> bool {
        let start = self.at;
        let n = self.take_while(|c| c.is_ascii_digit());
        if (min..=max).contains(&n) {
            true
        } else {
            self.at = start;
            false
        }
    }

    /// A weekday's name and the spaces after it ("Tuesday, "), its comma optional unless
    /// `comma`; nothing consumed otherwise.
    fn weekday(&mut self, comma: bool) -> bool {
        let probe = self.at;
        if self.peek().is_some_and(char::is_uppercase) {
            self.take_while(char::is_alphabetic);
            if self.s[probe..self.at].ends_with("day") && (self.eat(',') || !comma) {
                self.spaces();
                return true;
            }
        }
        self.at = probe;
        false
    }

    /// A capitalized word of 3 to 9 letters, with an optional final dot ("March", "Feb.").
    fn month_like(&mut self) -> bool {
        let start = self.at;
        if !self.peek().is_some_and(char::is_uppercase) {
            return false;
        }
        self.take_while(char::is_uppercase);
        let lower = self.take_while(char::is_lowercase);
        if !(2..=8).contains(&lower) {
            self.at = start;
            return false;
        }
        self.eat('.');
        true
    }
}

fn is_place_char(c: char) -> bool {
    c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-')
}

/// A date as datelines write it: "March 3, 2026", "Feb 26", "3 March 2026", "1996-08-30".
fn date(cur: &mut Cursor) -> Option<Range<usize>> {
    let start = cur.at;
    // 1996-08-30
    if cur.digits(4, 4) && cur.eat('-') && cur.digits(2, 2) && cur.eat('-') && cur.digits(2, 2) {
        return Some(start..cur.at);
    }
    cur.at = start;
    // March 3, 2026 / Feb. 18
    if cur.month_like() && cur.eat(' ') && cur.digits(1, 2) {
        let end = cur.at;
        if cur.eat_str(", ") && cur.digits(4, 4) {
            return Some(start..cur.at);
        }
        cur.at = end;
        return Some(start..end);
    }
    cur.at = start;
    // 3 March 2026
    if cur.digits(1, 2) && cur.eat(' ') && cur.month_like() {
        let end = cur.at;
        if cur.eat(' ') && cur.digits(4, 4) {
            return Some(start..cur.at);
        }
        cur.at = end;
        return Some(start..end);
    }
    cur.at = start;
    None
}

/// Matches a dateline at the start of `p`.
pub fn dateline(p: &str) -> Option<Dateline> {
    dateline_in_capitals(p).or_else(|| agency_dateline(p))
}

/// A dateline whose place is written in title case, as Indian and some Asian agencies
/// write them, with the date and the agency in brackets and no dash before the story:
/// "Jaipur, Dec 4 (PTI) The BJP on Friday won", "New Delhi, March 3 (IANS) -". The date
/// and the agency are required: a sentence may open with a place and a comma.
fn agency_dateline(p: &str) -> Option<Dateline> {
    let mut cur = Cursor { s: p, at: 0 };
    let mut words = 0;
    let mut place_end = 0;
    while words < 4 {
        if !cur.peek().is_some_and(char::is_uppercase) {
            break;
        }
        let n = cur.take_while(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''));
        if n < 2 {
            return None;
        }
        words += 1;
        place_end = cur.at;
        let before = cur.at;
        if !(cur.eat(' ') && cur.peek().is_some_and(char::is_uppercase)) {
            cur.at = before;
            break;
        }
    }
    if words == 0 || !cur.eat_str(", ") {
        return None;
    }
    let date_range = date(&mut cur)?;
    if cur.spaces() == 0 || !cur.eat('(') {
        return None;
    }
    let n = cur.take_while(|c| c != '(' && c != ')' && c != '\n');
    if !(2..=20).contains(&n) || !cur.eat(')') {
        return None;
    }
    let agency_end = cur.at;
    cur.spaces();
    let rest = &p[cur.at..];
    let end = match dash_len(rest) {
        Some(n) => cur.at + n,
        None if rest.starts_with(char::is_uppercase) || rest.starts_with(['"', '“']) => {
            agency_end
        }
        None if rest.is_empty() => agency_end,
        None => return None,
    };
    Some(Dateline {
        place: 0..place_end,
        date: Some(date_range),
        end,
        alone: rest.is_empty(),
    })
}

/// The length of the dash or colon that ends a dateline at the start of `rest`.
fn dash_len(rest: &str) -> Option<usize> {
    ["—", "–", "--", "-", ":"]
        .iter()
        .find(|d| rest.starts_with(**d))
        .map(|d| d.len())
}

/// [`dateline`] with the place in capitals: "NAIROBI, March 3 (Reuters) -".
fn dateline_in_capitals(p: &str) -> Option<Dateline> {
    let mut cur = Cursor { s: p, at: 0 };
    // The place: words in capitals, joined by single spaces or slashes.
    if !cur.peek().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut place_end;
    let mut words = 0;
    loop {
        if !cur.peek().is_some_and(char::is_uppercase) || cur.take_while(is_place_char) == 0 {
            return None;
        }
        words += 1;
        place_end = cur.at;
        let before = cur.at;
        if words < 5 && (cur.eat(' ') || cur.eat('/')) && cur.peek().is_some_and(char::is_uppercase)
        {
            let probe = cur.at;
            // Only another word in capitals continues the place.
            let n = cur.take_while(is_place_char);
            let next = cur.peek();
            cur.at = probe;
            if n >= 2 || (n == 1 && !next.is_some_and(char::is_lowercase)) {
                if next.is_some_and(char::is_lowercase) {
                    cur.at = before;
                    break;
                }
                continue;
            }
        }
        cur.at = before;
        break;
    }
    // ", Calif." / ", Texas": a state after the city.
    let after_city = cur.at;
    if cur.eat_str(", ") && cur.peek().is_some_and(char::is_uppercase) {
        let probe = cur.at;
        let mut d = Cursor { s: p, at: probe };
        if date(&mut d).is_some() {
            cur.at = after_city;
        } else {
            cur.take_while(|c| c.is_alphabetic() || c == '.');
            place_end = cur.at;
        }
    } else {
        cur.at = after_city;
    }
    let place = 0..place_end;
    if p[place.clone()]
        .chars()
        .filter(|c| c.is_alphabetic())
        .count()
        < 2
    {
        return None;
    }
    // ", March 3, 2026" or " 1996-08-30".
    let before_date = cur.at;
    cur.eat(',');
    let date = if cur.spaces() > 0 {
        date(&mut cur)
    } else {
        None
    };
    if date.is_none() {
        cur.at = before_date;
    }
    // " (Reuters)", a press release's distributor " /PRNewswire/" or "--(BUSINESS WIRE)".
    let before_agency = cur.at;
    cur.spaces();
    let dashed = cur.eat_str("--");
    let close = if cur.eat('(') {
        Some(')')
    } else if !dashed && cur.eat('/') {
        Some('/')
    } else {
        None
    };
    match close {
        Some(close) => {
            let n = cur.take_while(|c| c != '(' && c != close && c != '\n');
            if !(1..=40).contains(&n) || !cur.eat(close) {
                cur.at = before_agency;
            }
        }
        None => cur.at = before_agency,
    }
    cur.spaces();
    let rest = &p[cur.at..];
    let end_len = dash_len(rest);
    // "ANNA REYES, HOST:": a transcript's speaker and role before a colon, no place.
    if end_len == Some(1) && rest.starts_with(':') && p[place.clone()].contains(", ") {
        return None;
    }
    match end_len {
        Some(n) => Some(Dateline {
            place,
            date,
            end: cur.at + n,
            alone: false,
        }),
        None if rest.is_empty() => Some(Dateline {
            place,
            date,
            end: cur.at,
            alone: true,
        }),
        None => None,
    }
}

/// A line that is only a date ("29 January 2026", "Tuesday, March 3, 2026", "Updated: 3
/// March 2026"): the range of the date.
pub fn date_line(p: &str) -> Option<Range<usize>> {
    // The date ends the line, with its year: a line that does not end with a digit is none
    // (most are told by their last byte).
    if !p.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut cur = Cursor { s: p, at: 0 };
    for prefix in ["Updated", "Published", "Posted"] {
        if cur.eat_str(prefix) {
            cur.eat(':');
            if cur.spaces() == 0 {
                return None;
            }
            break;
        }
    }
    // An optional weekday: "Tuesday, ".
    cur.weekday(false);
    let start = cur.at;
    let d = date(&mut cur)?;
    // Only a full date with a year, then nothing.
    let has_year =
        p[d.clone()].len() >= 8 && p[d.clone()].ends_with(|c: char| c.is_ascii_digit()) && {
            let tail: String = p[d.clone()].chars().rev().take(4).collect();
            tail.chars().all(|c| c.is_ascii_digit())
        };
    (has_year && cur.at == p.len() && d.start == start).then_some(d)
}

/// An almanac's statement of its own day, opening a paragraph ("Today is Thursday, March
/// 12, the 71st day of 2026."): the range of its date, from the month to the year when
/// the day of the year gives it ("March 12, the 71st day of 2026").
#[cold]
pub fn date_statement(p: &str) -> Option<Range<usize>> {
    let mut cur = Cursor { s: p, at: 0 };
    if !cur.eat_str("Today is ") {
        return None;
    }
    // An optional weekday: "Thursday, ".
    cur.weekday(true);
    let day = date(&mut cur)?;
    // ", the 71st day of 2026".
    let year = cur.eat_str(", the ")
        && cur.digits(1, 3)
        && cur.take_while(|c| c.is_ascii_lowercase()) == 2
        && cur.eat_str(" day of ")
        && cur.digits(4, 4);
    Some(if year { day.start..cur.at } else { day })
}

/// A closing line that says when the article was published ("This report by The Canadian
/// Press was first published Dec. 15, 2026.", "This article was first published on 15
/// December 2026."): the range of its date, which has its year.
#[cold]
pub fn published_line(p: &str) -> Option<Range<usize>> {
    if p.len() > 200 {
        return None;
    }
    let at = p.rfind("published ")? + "published ".len();
    let mut cur = Cursor { s: p, at };
    cur.eat_str("on ");
    let d = date(&mut cur)?;
    // A year ends the date: "Dec. 15, 2026", "15 December 2026".
    let year = d.len() >= 8
        && p.as_bytes()[d.end - 4..d.end]
            .iter()
            .all(u8::is_ascii_digit);
    cur.eat('.');
    (year && cur.at == p.len()).then_some(d)
}

/// A byline ("By Maria Santos and Li Wei"): the range of the names.
pub fn byline(p: &str) -> Option<Range<usize>> {
    let rest = ["By ", "BY ", "by "]
        .iter()
        .find_map(|b| p.strip_prefix(b))?;
    let names = rest.trim_start();
    let start = p.len() - names.len();
    let ok = names.starts_with(char::is_uppercase)
        && names
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | ','))
        && names
            .split([',', ' '])
            .filter(|w| !w.is_empty())
            .all(|w| w == "and" || w.starts_with(char::is_uppercase));
    ok.then_some(start..p.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(p: &str) -> Option<(&str, Option<&str>, &str)> {
        dateline(p).map(|d| (&p[d.place], d.date.map(|r| &p[r]), &p[..d.end]))
    }

    #[test]
    fn almanac_date_statements() {
        fn ds(p: &str) -> Option<&str> {
            date_statement(p).map(|d| &p[d])
        }
        assert_eq!(
            ds("Today is Thursday, March 12, the 71st day of 2026. There are 294 days left."),
            Some("March 12, the 71st day of 2026")
        );
        assert_eq!(ds("Today is Friday, Dec. 4, 2026."), Some("Dec. 4, 2026"));
        assert_eq!(ds("Today is March 12."), Some("March 12"));
        assert_eq!(ds("Today is a holiday in Ghana."), None);
        assert_eq!(ds("Now is Thursday, March 12."), None);
    }

    #[test]
    fn datelines() {
        // In title case, with the date and the agency in brackets, no dash.
        assert_eq!(
            dl("Jaipur, Dec 4 (PTI) The BJP won."),
            Some(("Jaipur", Some("Dec 4"), "Jaipur, Dec 4 (PTI)"))
        );
        assert_eq!(
            dl("New Delhi, March 3 (IANS) - The court"),
            Some(("New Delhi", Some("March 3"), "New Delhi, March 3 (IANS) -"))
        );
        // A sentence that opens with a place and a comma is none.
        assert_eq!(dl("Jaipur, the capital, voted (mostly) early."), None);
        assert_eq!(dl("Paris, March 3 was cold."), None);
        assert_eq!(
            dl("NAIROBI, March 3, 2026 (Reuters) — Rain fell."),
            Some((
                "NAIROBI",
                Some("March 3, 2026"),
                "NAIROBI, March 3, 2026 (Reuters) —"
            ))
        );
        assert_eq!(
            dl("PHNOM PENH — The port"),
            Some(("PHNOM PENH", None, "PHNOM PENH —"))
        );
        assert_eq!(
            dl("TAIPEI/SAN FRANCISCO, Feb 26 — x"),
            Some((
                "TAIPEI/SAN FRANCISCO",
                Some("Feb 26"),
                "TAIPEI/SAN FRANCISCO, Feb 26 —"
            ))
        );
        assert_eq!(
            dl("NEW YORK (AP) — A jury"),
            Some(("NEW YORK", None, "NEW YORK (AP) —"))
        );
        assert_eq!(
            dl("LONDON 1996-08-30"),
            Some(("LONDON", Some("1996-08-30"), "LONDON 1996-08-30"))
        );
        assert_eq!(
            dl("AUSTIN, Texas (AP) — x"),
            Some(("AUSTIN, Texas", None, "AUSTIN, Texas (AP) —"))
        );
        assert_eq!(
            dl("SÃO PAULO, 3 March 2026 — x"),
            Some((
                "SÃO PAULO",
                Some("3 March 2026"),
                "SÃO PAULO, 3 March 2026 —"
            ))
        );
        assert_eq!(
            dl("OMAHA, Neb., Nov. 5, 2026 /PRNewswire/ -- Acme"),
            Some((
                "OMAHA, Neb.",
                Some("Nov. 5, 2026"),
                "OMAHA, Neb., Nov. 5, 2026 /PRNewswire/ --"
            ))
        );
        assert_eq!(
            dl("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme"),
            Some((
                "SAN JOSE, Calif.",
                None,
                "SAN JOSE, Calif.--(BUSINESS WIRE)--"
            ))
        );
        assert_eq!(
            dl("TORONTO, Nov. 05, 2026 (GLOBE NEWSWIRE) -- Acme"),
            Some((
                "TORONTO",
                Some("Nov. 05, 2026"),
                "TORONTO, Nov. 05, 2026 (GLOBE NEWSWIRE) --"
            ))
        );
        assert_eq!(dl("The US is worried."), None);
        assert_eq!(dl("US Cozies Up to Cambodia"), None);
    }

    #[test]
    fn publication_lines() {
        let p = "This report by The Canadian Press was first published Dec. 15, 2026.";
        assert_eq!(published_line(p).map(|d| &p[d]), Some("Dec. 15, 2026"));
        let p = "This article was first published on 15 December 2026";
        assert_eq!(published_line(p).map(|d| &p[d]), Some("15 December 2026"));
        assert_eq!(published_line("It was published Dec. 15."), None);
        assert_eq!(
            published_line("The book was published Dec. 15, 2026, to acclaim."),
            None
        );
    }

    #[test]
    fn date_lines_and_bylines() {
        assert_eq!(date_line("29 January 2026"), Some(0..15));
        assert_eq!(
            date_line("Tuesday, March 3, 2026").map(|r| r.start),
            Some(9)
        );
        assert_eq!(date_line("March 3"), None);
        assert_eq!(date_line("29 January 2026 was cold"), None);
        let b = "By Mei-ling Chou and David Okafor";
        assert_eq!(
            byline(b).map(|r| &b[r]),
            Some("Mei-ling Chou and David Okafor")
        );
        assert_eq!(byline("By the way, it rained."), None);
    }
}
