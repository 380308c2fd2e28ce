//! The TSV and HTML renderers: TSV records are one line of ten fields that give back the
//! entity; the HTML page is well-formed, self-contained, and marks every entity exactly once
//! with its offsets and text; neither panics on odd text or an odd analysis.

use lede::output::{Entity, QuoteOut, Range};
use lede::render::{self, tsv_unescape, TSV_COLUMNS, TSV_HEADER};
use lede::{Analysis, Analyzer, EntityType};
use proptest::prelude::*;

use super::root;

/// Short original articles that exercise names, amounts, dates, quotes and odd text.
const TEXTS: &[&str] = &[
    "Harbour Board Approves Dredging\n\nVALPARAISO, June 2, 2025 (Reuters) — Chile's harbour \
     board approved a $120 million dredging plan on Monday, port director Elena Ruiz said. \
     “The channel must be deeper by 2027,” Ruiz said at the Port Authority of Valparaiso.\n",
    "“Prices rose 4.5 percent in May,” said Tomas Berg, an economist at Nordbank in Oslo. \
     He added that the central bank “will wait for the June figures”.",
    "Ministers from Japan and Brazil met in Geneva on 3 March 2026.\r\nThe talks, led by \
     Akira Sato, ended without a deal.\r\n\r\nA second round is planned for next week.",
    "Émilie Dubois paid €2.3 billion for the Zürich tower — about 15% above the asking \
     price, according to Crédit Suisse. 日本 🇯🇵 👩‍👩‍👧 e\u{301}té",
    "The report was published by the World Health Organization",
    "",
    "   \n\n  \r\n ",
    "<script>alert(1)</script> & \"Acme Corp\" paid $5 <b>bonus</b> to Jane Doe in Paris.",
    "“An unclosed quotation by Maria Lopez in Madrid on Friday",
];

fn analyze(text: &str) -> Analysis {
    let mut a = Analyzer::default().analyze(text);
    a.source = Some("test.txt".to_string());
    a
}

/// Every text above and every fixture article.
fn corpus() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = TEXTS
        .iter()
        .enumerate()
        .map(|(k, t)| (format!("text-{k}"), t.to_string()))
        .collect();
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    fixtures.sort();
    for p in fixtures {
        let text = std::fs::read_to_string(&p).expect("fixture");
        out.push((p.file_name().unwrap().to_string_lossy().into_owned(), text));
    }
    out
}

// ---------------------------------------------------------------------------------- TSV

fn tsv(a: &Analysis) -> String {
    let mut out = Vec::new();
    render::write_tsv_header(&mut out).unwrap();
    render::write_tsv(&mut out, a).unwrap();
    String::from_utf8(out).expect("TSV is UTF-8")
}

/// Checks the TSV of `a`: the header, one line of twenty-two fields per entity, fields that
/// give back the entity.
fn check_tsv(a: &Analysis) {
    let out = tsv(a);
    assert!(out.ends_with('\n'));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], TSV_HEADER);
    assert_eq!(lines.len(), 1 + a.entities.len(), "{out}");
    for (line, e) in lines[1..].iter().zip(&a.entities) {
        let fields: Vec<String> = line
            .split('\t')
            .map(|f| tsv_unescape(f).into_owned())
            .collect();
        assert_eq!(fields.len(), TSV_COLUMNS.len(), "{line:?}");
        let expect_value = match (&e.value, &e.min, &e.max) {
            (Some(v), _, _) => render::value_text(v),
            (None, Some(a), Some(b)) => {
                format!("{}..{}", render::value_text(a), render::value_text(b))
            }
            _ => String::new(),
        };
        let expected = [
            a.source.clone().unwrap_or_default(),
            e.sentence.to_string(),
            e.ty.name().to_string(),
            e.start.to_string(),
            e.end.to_string(),
            e.text.clone(),
            e.canonical.clone().unwrap_or_default(),
            e.kind.unwrap_or("").to_string(),
            expect_value,
            e.currency.unwrap_or("").to_string(),
            a.id.as_deref()
                .map(render::tsv::id_text)
                .unwrap_or_default(),
            e.min.as_ref().map(render::value_text).unwrap_or_default(),
            e.max.as_ref().map(render::value_text).unwrap_or_default(),
            e.unit.unwrap_or("").to_string(),
            if e.approximate { "true" } else { "" }.to_string(),
            e.rule.clone().unwrap_or_default(),
            e.object.clone().unwrap_or_default(),
            e.country.unwrap_or("").to_string(),
            e.geo
                .map(|g| render::number_text(g.lat))
                .unwrap_or_default(),
            e.geo
                .map(|g| render::number_text(g.lon))
                .unwrap_or_default(),
            e.geo.map(|g| g.geonames_id.to_string()).unwrap_or_default(),
            e.geo.map_or("", |g| g.feature).to_string(),
        ];
        assert_eq!(fields, expected, "{line:?}");
        // Numbers print as the JSON prints them.
        if let Some(v @ serde_json::Value::Number(_)) = &e.value {
            assert_eq!(fields[8], v.to_string());
        }
    }
}

#[test]
fn tsv_has_a_header_and_one_line_of_twenty_two_fields_per_entity() {
    let mut entities = 0;
    for (_, text) in corpus() {
        let a = analyze(&text);
        entities += a.entities.len();
        check_tsv(&a);
    }
    assert!(entities > 100, "the corpus has entities");
}

#[test]
fn tsv_values_are_plain_text() {
    let a = analyze(TEXTS[0]);
    let out = tsv(&a);
    // Money as a number with its currency, dates as ISO 8601.
    assert!(
        out.lines().any(|l| l.contains("\tamount\t")
            && l.contains("\t$120 million\t")
            && l.contains("\tmoney\t120000000\tUSD\t")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains("\tdate\t") && l.contains("\tdate\t2025-06-02\t")),
        "{out}"
    );
}

#[test]
fn tsv_escapes_tabs_newlines_and_backslashes_inside_fields() {
    let mut a = analyze(TEXTS[1]);
    assert!(!a.entities.is_empty());
    a.source = Some("dir\\with\ttab\nand\r\nbreaks.txt".to_string());
    a.entities[0].text = "odd\ttext\nhere\\".to_string();
    a.entities[0].canonical = Some("canon\r\n".to_string());
    a.entities[0].value = Some(serde_json::json!("v\tv"));
    let out = tsv(&a);
    assert_eq!(out.matches('\n').count(), 1 + a.entities.len());
    assert!(out.contains("dir\\\\with\\ttab\\nand\\r\\nbreaks.txt\t"));
    check_tsv(&a);
}

#[test]
fn tsv_writes_ranges_as_min_dot_dot_max() {
    let mut a = analyze(TEXTS[1]);
    let e = &mut a.entities[0];
    e.value = None;
    e.min = Some(serde_json::json!(-5.0));
    e.max = Some(serde_json::json!(2.5));
    let out = tsv(&a);
    let line = out.lines().nth(1).unwrap();
    assert_eq!(line.split('\t').nth(8), Some("-5..2.5"));
}

#[test]
fn ranges_of_days_and_years_write_their_ends_in_json_and_tsv() {
    let a = analyze("The fair, on 12-14 June 2026, marks the 2019-20 restoration.");
    let days = a
        .entities
        .iter()
        .find(|e| e.text == "12-14 June 2026")
        .unwrap();
    let json = serde_json::to_value(days).unwrap();
    assert_eq!(json["min"], "2026-06-12");
    assert_eq!(json["max"], "2026-06-14");
    assert!(json.get("value").is_none());
    let years = a.entities.iter().find(|e| e.text == "2019-20").unwrap();
    let json = serde_json::to_string(years).unwrap();
    assert!(json.contains(r#""min":2019,"max":2020"#), "{json}");
    let out = tsv(&a);
    let line = out.lines().find(|l| l.contains("12-14 June")).unwrap();
    let fields: Vec<&str> = line.split('\t').collect();
    assert_eq!(fields[8], "2026-06-12..2026-06-14");
    assert_eq!(&fields[11..13], ["2026-06-12", "2026-06-14"]);
    check_tsv(&a);
}

#[test]
fn tsv_without_entities_writes_the_header_only() {
    for text in ["", "   ", "lowercase words only."] {
        let out = tsv(&analyze(text));
        assert_eq!(out, format!("{TSV_HEADER}\n"));
    }
}

// --------------------------------------------------------------------------------- HTML

/// A mark for an entity as found in the page.
#[derive(Debug, PartialEq)]
struct FoundMark {
    class: String,
    start: String,
    end: String,
    text: String,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Attributes of a start tag's inside (`mark class="a" data-start="1"`).
fn attributes(inside: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = inside.trim_end_matches('/');
    // Skip the tag name.
    rest = rest.trim_start_matches(|c: char| !c.is_whitespace());
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').expect("attribute values are quoted");
            out.push((name, unescape(&after[..close])));
            rest = &after[close + 1..];
        } else {
            assert!(!rest.starts_with('='), "unquoted attribute in <{inside}>");
            out.push((name, String::new()));
        }
    }
    out
}

/// Scans the page: checks that tags balance, attributes are quoted, no mark nests in a
/// mark, and returns the entity marks.
fn scan(html: &str) -> Vec<FoundMark> {
    let mut marks = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    // Open entity mark: its attributes and text so far, with the depth it opened at.
    let mut open: Option<(FoundMark, usize)> = None;
    let mut rest = html;
    assert!(
        rest.starts_with("<!doctype html>"),
        "the page starts with a doctype"
    );
    rest = &rest["<!doctype html>".len()..];
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        assert!(!text.contains('>'), "a stray '>' in text: {text:?}");
        if let Some((m, _)) = open.as_mut() {
            m.text.push_str(&unescape(text));
        }
        rest = &rest[lt..];
        let gt = rest.find('>').expect("tags close");
        let inside = &rest[1..gt];
        rest = &rest[gt + 1..];
        assert!(!inside.contains('<'), "a '<' inside a tag: {inside:?}");
        if let Some(name) = inside.strip_prefix('/') {
            let top = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(top, name, "</{name}> closes <{top}>");
            if let Some((m, depth)) = open.take() {
                if depth == stack.len() {
                    marks.push(m);
                } else {
                    open = Some((m, depth));
                }
            }
            continue;
        }
        let name = inside
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap()
            .to_ascii_lowercase();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "tag name {name:?}"
        );
        assert_ne!(name, "script", "no script");
        let attrs = attributes(inside);
        for (a, v) in &attrs {
            assert!(!a.starts_with("on"), "no event handler: {a}");
            // Links only within the page.
            let local = a == "href" && v.starts_with('#');
            assert!(a != "src" && (a != "href" || local), "no resource: {a}={v}");
        }
        if VOID.contains(&name.as_str()) {
            continue;
        }
        if name == "style" {
            let end = rest.find("</style>").expect("style closes");
            let css = &rest[..end];
            assert!(!css.contains("url("), "no resource in the style sheet");
            assert!(!css.contains("@import"), "no import in the style sheet");
            rest = &rest[end + "</style>".len()..];
            continue;
        }
        let get = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
        let class = get("class").unwrap_or_default();
        if name == "mark" && class.split(' ').any(|c| c == "ent") {
            assert!(open.is_none(), "a mark inside a mark");
            open = Some((
                FoundMark {
                    class,
                    start: get("data-start").expect("data-start"),
                    end: get("data-end").expect("data-end"),
                    text: String::new(),
                },
                stack.len(),
            ));
        }
        stack.push(name);
    }
    assert!(!rest.contains('>'), "a stray '>' after the last tag");
    assert!(rest.trim().is_empty(), "text after </html>: {rest:?}");
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert!(open.is_none());
    marks
}

/// Checks one page: well-formed, self-contained, each entity marked exactly once with its
/// type, offsets and text (the texts' characters HTML forbids shown as U+FFFD).
fn check_html(docs: &[(&str, &Analysis)]) -> String {
    let mut out = Vec::new();
    render::write_html(&mut out, docs).unwrap();
    let html = String::from_utf8(out).expect("HTML is UTF-8");
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(!html.to_ascii_lowercase().contains("<script"));
    let marks = scan(&html);
    let entities: Vec<&Entity> = docs.iter().flat_map(|(_, a)| &a.entities).collect();
    assert_eq!(marks.len(), entities.len(), "one mark per entity");
    let forbidden = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
            || (c as u32 & 0xFFFE) == 0xFFFE
            || (0xFDD0..=0xFDEF).contains(&(c as u32))
    };
    for (m, e) in marks.iter().zip(&entities) {
        let text: String = e
            .text
            .chars()
            .map(|c| if forbidden(c) { '\u{fffd}' } else { c })
            .collect();
        let expected = FoundMark {
            class: format!("ent ent-{}", e.ty.name()),
            start: e.start.to_string(),
            end: e.end.to_string(),
            text,
        };
        assert_eq!(m, &expected);
    }
    html
}

#[test]
fn html_marks_every_entity_exactly_once() {
    let corpus = corpus();
    let analyses: Vec<Analysis> = corpus.iter().map(|(_, t)| analyze(t)).collect();
    let docs: Vec<(&str, &Analysis)> = corpus
        .iter()
        .zip(&analyses)
        .map(|((_, t), a)| (t.as_str(), a))
        .collect();
    // One page for the whole run, and one page per document.
    let html = check_html(&docs);
    assert_eq!(html.matches("<article").count(), docs.len());
    assert_eq!(html.matches("<!doctype html>").count(), 1);
    for doc in &docs {
        check_html(&[*doc]);
    }
    let types: std::collections::BTreeSet<EntityType> = analyses
        .iter()
        .flat_map(|a| &a.entities)
        .map(|e| e.ty)
        .collect();
    assert_eq!(types.len(), 5, "the corpus has every type");
}

#[test]
fn html_is_self_contained() {
    let text = TEXTS[0];
    let html = check_html(&[(text, &analyze(text))]);
    assert!(html.starts_with("<!doctype html>\n<html"));
    assert!(!html.contains("http"), "no URL at all");
    assert!(!html.contains("<link"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("@font-face"));
}

#[test]
fn html_escapes_the_article() {
    let text = TEXTS[7];
    let html = check_html(&[(text, &analyze(text))]);
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains("&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;bonus&lt;/b&gt;"));
}

#[test]
fn html_marks_quotations_with_their_speakers() {
    let text = TEXTS[1];
    let a = analyze(text);
    assert!(
        a.quotes.iter().any(|q| q.speaker.is_some()),
        "{:?}",
        a.quotes
    );
    let html = check_html(&[(text, &a)]);
    assert!(html.contains("class=\"quote\""));
    assert!(html.contains("data-speaker=\"Tomas Berg\""), "{html}");
    // The quotation holds whole entity marks ("4.5 percent", "May").
    let quote = html.find("class=\"quote\"").unwrap();
    let quote_end = quote + html[quote..].find("</span>").unwrap();
    assert!(html[quote..quote_end].contains("<mark class=\"ent ent-amount\""));
}

#[test]
fn html_shows_the_summary_with_counts() {
    let text = TEXTS[0];
    let a = analyze(text);
    let html = check_html(&[(text, &a)]);
    let side = &html[html.find("<aside").unwrap()..html.find("</aside>").unwrap()];
    for name in a.summary.people.iter().chain(&a.summary.places) {
        assert!(side.contains(&format!(
            "<span class=\"name\">{}</span><span class=\"count\">{}</span>",
            name.name, name.count
        )));
    }
    assert!(side.contains("sum-amount"));
    assert!(side.contains("sum-date"));
}

#[test]
fn html_keeps_paragraphs() {
    let text = TEXTS[2];
    let a = analyze(text);
    let html = check_html(&[(text, &a)]);
    let body = &html[html.find("<div class=\"text\">").unwrap()..html.find("</div>").unwrap()];
    assert_eq!(body.matches("<p ").count(), a.paragraphs.len());
}

/// Quotation spans that straddle entity boundaries, overlapping quotations, overlapping
/// and out-of-range entities, paragraphs past the end: the page stays well-formed and marks
/// every valid entity once.
#[test]
fn html_handles_overlapping_and_odd_spans() {
    let text = TEXTS[0];
    let base = analyze(text);
    let n = text.chars().count();
    assert!(base.entities.len() >= 4);
    let quote = |start: usize, end: usize, speaker: Option<&str>| QuoteOut {
        text: text
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect(),
        start,
        end,
        speaker: speaker.map(str::to_string),
        speaker_start: None,
        speaker_end: None,
        speakers: Vec::new(),
        speaker_type: speaker.map(|_| "person"),
        verb: None,
        kind: "quote",
    };
    let e = |k: usize| &base.entities[k];

    // A quotation from inside one entity to inside another, and one that ends inside an
    // entity; quotations overlapping each other.
    let mut a = base.clone();
    let (e1, e3) = (e(1), e(3));
    a.quotes = vec![
        quote(e1.start + 1, e3.end - 1, Some("Someone <b>")),
        quote(e1.start + 2, e3.start + 1, None),
        quote(e3.start, n, Some("Other")),
    ];
    check_html(&[(text, &a)]);

    // Quotations covering exactly one entity, or all of the text.
    let mut a = base.clone();
    a.quotes = vec![
        quote(e(0).start, e(0).end, Some("X")),
        quote(0, n, Some("Y")),
    ];
    check_html(&[(text, &a)]);

    // Paragraphs that cut through entities or lie past the end.
    let mut a = base.clone();
    a.paragraphs = vec![
        Range {
            start: 0,
            end: e(1).start + 1,
        },
        Range {
            start: e(2).end - 1,
            end: n + 50,
        },
        Range {
            start: n + 10,
            end: n + 20,
        },
    ];
    check_html(&[(text, &a)]);
    a.paragraphs.clear();
    check_html(&[(text, &a)]);

    // Entities out of range, empty or overlapping are left unmarked, never a panic.
    let mut a = base.clone();
    let mut bogus = e(0).clone();
    bogus.start = n + 5;
    bogus.end = n + 9;
    let mut empty = e(0).clone();
    empty.end = empty.start;
    let mut overlapping = e(1).clone();
    overlapping.start += 1;
    overlapping.end += 3;
    a.entities.extend([bogus, empty, overlapping]);
    let mut out = Vec::new();
    render::write_html(&mut out, &[(text, &a)]).unwrap();
    let marks = scan(&String::from_utf8(out).unwrap());
    assert_eq!(marks.len(), base.entities.len());
}

#[test]
fn html_handles_empty_and_odd_text() {
    for text in [
        "",
        "\n",
        "\r\n\r\n",
        "\0\u{1}\u{7f}\u{85} Paris",
        "Paris",
        "Paris\r",
        "Angela Merkel",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 in Berlin 🇩🇪 said Olaf Scholz",
        "“",
        "”Oslo“",
        "שלום \u{200f}Jerusalem\u{200e} مرحبا Cairo",
    ] {
        check_html(&[(text, &analyze(text))]);
    }
    // No documents at all is still a page.
    let html = check_html(&[]);
    assert!(html.contains("</main>"));
}

fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Prime Minister Lena Holm".to_string()),
        Just("$3.5 billion".to_string()),
        Just("12 to 15 percent".to_string()),
        Just("on 4 May 2024".to_string()),
        Just("the United Nations".to_string()),
        Just("in Lisbon".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("said".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("<&>".to_string()),
        Just("é👍🏽".to_string()),
        "[A-Z][a-z]{0,8}",
        "[0-9]{1,4}",
        "\\PC{0,5}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn renderers_never_panic_and_stay_well_formed(text in newsy()) {
        let a = analyze(&text);
        check_tsv(&a);
        check_html(&[(text.as_str(), &a)]);
    }

    #[test]
    fn renderers_handle_any_text(text in "\\PC{0,80}|[\\x00-\\x7f]{0,80}") {
        let a = analyze(&text);
        check_tsv(&a);
        check_html(&[(text.as_str(), &a)]);
    }
}
