//! Article structure: the title, subtitle (standfirst), byline and dateline that open a news
//! article, found from the shape of its first paragraphs.

use super::headlines::{byline, date_line, date_statement, dateline, published_line};
use crate::model::Span;

/// The parts of an article's head that were found (byte spans).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Structure {
    /// The headline: a short first line without final punctuation, or in capitals.
    pub title: Option<Span>,
    /// The standfirst under the headline: a short line without final period, or quoted.
    pub subtitle: Option<Span>,
    /// A "By ..." line.
    pub byline: Option<Span>,
    /// The names inside the byline.
    pub byline_names: Option<Span>,
    /// "NAIROBI, March 3, 2026 (Reuters) —": the whole dateline, dash included.
    pub dateline: Option<Span>,
    /// The dateline's place ("NAIROBI").
    pub dateline_place: Option<Span>,
    /// The dateline's date ("March 3, 2026"), when it has one; without a dated dateline,
    /// the day an almanac says it is ("March 12, the 71st day of 2026" of "Today is
    /// Thursday, March 12, the 71st day of 2026."), or the day a closing line says the
    /// article was published ("This report by The Canadian Press was first published Dec.
    /// 15, 2026.").
    pub dateline_date: Option<Span>,
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…'])
}

fn is_caps(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3 && s.chars().all(|c| !c.is_lowercase())
}

fn is_quoted(s: &str) -> bool {
    s.starts_with(['"', '“', '‘', '\''])
        && s.chars()
            .filter(|&c| matches!(c, '"' | '”' | '’' | '\''))
            .count()
            >= 1
}

/// Finds the title, subtitle, byline and dateline among the first paragraphs.
pub fn find_structure(text: &str, paragraphs: &[Span]) -> Structure {
    let mut st = Structure::default();
    let para = |k: usize| paragraphs.get(k).map(|p| &text[p.start..p.end]);
    let mut k = 0;
    if paragraphs.len() >= 2 {
        let first = para(0).unwrap_or_default();
        let short = chars_at_most(first, 200);
        if short && !is_dateline_only(first) && (!ends_sentence(first) || is_caps(first)) {
            st.title = Some(paragraphs[0]);
            k = 1;
            if let Some(second) = para(1) {
                let standfirst = chars_at_most(second, 320)
                    && (!ends_sentence(second) || is_quoted(second))
                    && byline(second).is_none()
                    && dateline(second).is_none()
                    && date_line(second).is_none()
                    && paragraphs.len() >= 3;
                if standfirst {
                    st.subtitle = Some(paragraphs[1]);
                    k = 2;
                }
            }
        }
    }
    // A byline among the next lines.
    for (j, line) in paragraphs.iter().enumerate().skip(k).take(2) {
        let p = &text[line.start..line.end];
        if !chars_at_most(p, 100) {
            continue;
        }
        if let Some(names) = byline(p) {
            let base = line.start;
            st.byline = Some(*line);
            st.byline_names = Some(Span::new(base + names.start, base + names.end).trim(text));
            k = j + 1;
            break;
        }
    }
    // The dateline opens the first body paragraph (or is a line of its own).
    for para in paragraphs.iter().skip(k).take(2) {
        let p = &text[para.start..para.end];
        if let Some(date) = date_line(p) {
            st.dateline = Some(*para);
            st.dateline_date = Some(Span::new(para.start + date.start, para.start + date.end));
            break;
        }
        if let Some(d) = dateline(p) {
            // A whole line is a dateline only with a date ("LONDON 1996-08-30").
            if d.alone && d.date.is_none() {
                continue;
            }
            let base = para.start;
            st.dateline = Some(Span::new(base, base + d.end).trim(text));
            st.dateline_place = Some(Span::new(base + d.place.start, base + d.place.end));
            st.dateline_date = d.date.map(|r| Span::new(base + r.start, base + r.end));
            break;
        }
        // "Today is Thursday, March 12, the 71st day of 2026.": no dateline, the date.
        if let Some(d) = p
            .starts_with("Today is ")
            .then(|| date_statement(p))
            .flatten()
        {
            st.dateline_date = Some(Span::new(para.start + d.start, para.start + d.end));
            break;
        }
    }
    // "This report by The Canadian Press was first published Dec. 15, 2026.": an agency's
    // closing line dates an article whose dateline has no date.
    if st.dateline_date.is_none() {
        if let Some(last) = paragraphs.last().filter(|_| paragraphs.len() >= 2) {
            let p = &text[last.start..last.end];
            if let Some(d) = published_line(p) {
                st.dateline_date = Some(Span::new(last.start + d.start, last.start + d.end));
            }
        }
    }
    st
}

/// True when `s` has `n` characters or fewer, told by its length in bytes when that settles
/// it (a character is one to four bytes), counted only otherwise.
fn chars_at_most(s: &str, n: usize) -> bool {
    s.len() <= n || (s.len() <= 4 * n && s.chars().count() <= n)
}

fn is_dateline_only(s: &str) -> bool {
    dateline(s).is_some_and(|d| d.alone && d.date.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split_paragraphs;

    #[test]
    fn characters_at_most_as_counted() {
        for s in [
            "",
            "abc",
            "ééé",
            "日本語のテキスト",
            "a😀b",
            &"é".repeat(150),
            &"x".repeat(401),
        ] {
            for n in [0, 1, 2, 3, 5, 100, 200, 320] {
                assert_eq!(chars_at_most(s, n), s.chars().count() <= n, "{s:?} {n}");
            }
        }
    }

    fn parts(text: &str) -> Vec<Option<&str>> {
        let st = find_structure(text, &split_paragraphs(text));
        let get = |s: Option<Span>| s.map(|s| &text[s.start..s.end]);
        vec![
            get(st.title),
            get(st.subtitle),
            get(st.byline_names),
            get(st.dateline),
            get(st.dateline_date),
        ]
    }

    #[test]
    fn head_of_an_article() {
        let text = "Rains Return to Kenya\n‘A welcome relief’ for farmers\nBy Amina Odhiambo\nNAIROBI, March 3, 2026 (Reuters) — Rain fell.\nMore.";
        assert_eq!(
            parts(text),
            [
                Some("Rains Return to Kenya"),
                Some("‘A welcome relief’ for farmers"),
                Some("Amina Odhiambo"),
                Some("NAIROBI, March 3, 2026 (Reuters) —"),
                Some("March 3, 2026")
            ]
        );
        let bbc = "Moldova Gets Aid\n29 January 2026\nThe EU agreed.\nMore.";
        assert_eq!(
            parts(bbc),
            [
                Some("Moldova Gets Aid"),
                None,
                None,
                Some("29 January 2026"),
                Some("29 January 2026")
            ]
        );
        let wire = "SOCCER - LATE GOAL WINS IT.\nLONDON 1996-08-30\nA goal.";
        assert_eq!(
            parts(wire),
            [
                Some("SOCCER - LATE GOAL WINS IT."),
                None,
                None,
                Some("LONDON 1996-08-30"),
                Some("1996-08-30")
            ]
        );
    }
}
