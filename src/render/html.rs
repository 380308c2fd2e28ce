//! One self-contained HTML page per run: each article with every entity highlighted by type
//! (the way displaCy shows spaCy's entities), its quotations marked with their speakers, and
//! a summary of its people, places, organizations, amounts and dates beside it.
//!
//! The page is UTF-8 with its CSS inline: no script, no font, image or other resource, no
//! network. Each entity is one `<mark class="ent ent-TYPE" data-start="S" data-end="E">`
//! holding exactly the mention's text (the type label is CSS generated content, so copying
//! the text copies the article) with a `title` tooltip giving its canonical name, kind,
//! value, currency and unit. Each quotation is one or more `<span class="quote">` pieces:
//! a quotation is split where a paragraph ends or where an entity straddles its boundary,
//! and holds whole entities otherwise, so the markup stays well-formed; its speaker is shown
//! after it ("— Derek Grossman") and in its tooltip. Paragraphs come from the analysis; text
//! outside every paragraph that is not blank is shown as a paragraph too, so every entity
//! is marked exactly once.
//!
//! [`write_html`] writes a whole page; [`write_html_start`], [`write_html_document`] and
//! [`write_html_end`] write it one document at a time, without holding every text.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::markup::escape_into;
use super::overview::{self, IndexEntry};
use super::summary::{money_text, Digest, RunReport, RunSummary};
use crate::output::{Entity, NameCount, ValueCount};
use crate::Analysis;

/// The page's style sheet: one colour per entity type, marks as rounded labels.
const CSS: &str = r#"
:root {
  --person: #c5b8ff; --place: #fed27f; --organization: #8eeaea; --amount: #c9e79c; --date: #ffc0d6;
  --ink: #1d1d24; --muted: #6b6b78; --line: #e6e6ec; --paper: #ffffff; --ground: #f3f3f6;
  --quote: #b7791f; --quote-bg: rgba(255, 214, 102, .16);
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--ground); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
.page-head {
  display: flex; flex-wrap: wrap; align-items: center; gap: .6rem 1.5rem;
  padding: .8rem 2rem; background: var(--paper); border-bottom: 1px solid var(--line);
}
.page-head h1 { margin: 0; font-size: 1.05rem; letter-spacing: .02em; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0; padding: 0; list-style: none; font-size: .8rem; }
.legend li { padding: .15em .6em; border-radius: .35em; background: var(--c); font-weight: 600; }
.legend li.q { background: var(--quote-bg); box-shadow: inset 0 -2px 0 var(--quote); border-radius: 0; }
.doc {
  display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 1.5rem 2rem;
  max-width: 80rem; margin: 1.5rem auto 2.5rem; padding: 0 2rem;
}
.doc-head { grid-column: 1 / -1; }
.doc-head h2 { margin: 0; font-size: 1.2rem; overflow-wrap: anywhere; }
.stats { margin: .2rem 0 0; color: var(--muted); font-size: .85rem; }
.text {
  background: var(--paper); border: 1px solid var(--line); border-radius: .6rem;
  padding: 1.6rem 2.2rem; line-height: 2.45; overflow-wrap: break-word; min-width: 0;
}
.text p { margin: 0 0 .9rem; }
.text p:last-child { margin-bottom: 0; }
.text p.headline { font-size: 1.55rem; font-weight: 700; line-height: 1.9; }
.text p.standfirst { font-size: 1.1rem; font-style: italic; color: #3c3c48; }
.text p.empty { color: var(--muted); font-style: italic; }
mark.ent {
  color: inherit; background: var(--c); padding: .3em .45em; margin: 0 .08em;
  line-height: 1; border-radius: .35em; white-space: nowrap;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.ent::after {
  content: var(--label); margin-left: .4em; vertical-align: middle; line-height: 1;
  font-size: .58em; font-weight: 700; letter-spacing: .04em; text-transform: uppercase;
  font-style: normal; color: rgba(0, 0, 0, .62);
}
.ent-person, .sum-person, .legend .ent-person { --c: var(--person); --label: "person"; }
.ent-place, .sum-place, .legend .ent-place { --c: var(--place); --label: "place"; }
.ent-organization, .sum-organization, .legend .ent-organization { --c: var(--organization); --label: "org"; }
.ent-amount, .sum-amount, .legend .ent-amount { --c: var(--amount); --label: "amount"; }
.ent-date, .sum-date, .legend .ent-date { --c: var(--date); --label: "date"; }
.quote {
  background: var(--quote-bg); box-shadow: inset 0 -2px 0 var(--quote);
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.quote.unattributed { background: none; box-shadow: inset 0 -1px 0 #c9c9d2; }
.said::before {
  content: "\2014\00a0" attr(data-speaker); margin: 0 .15em 0 .35em; padding: .15em .5em;
  border-radius: .35em; background: #fff3d4; color: #7a5410; border: 1px solid #f0d9a0;
  font-size: .72em; font-weight: 600; line-height: 1; white-space: nowrap; vertical-align: middle;
}
.side {
  align-self: start; position: sticky; top: 1rem; background: var(--paper);
  border: 1px solid var(--line); border-radius: .6rem; padding: .4rem 1.1rem 1rem;
  font-size: .88rem; line-height: 1.35; min-width: 0;
}
.side h3 { margin: .6rem 0 .2rem; font-size: .95rem; }
.side h4 {
  display: flex; align-items: center; gap: .45em; margin: 1rem 0 .35rem;
  font-size: .72rem; letter-spacing: .07em; text-transform: uppercase; color: var(--muted);
}
.side h4 .n { margin-left: auto; font-weight: 600; }
/* The lists of names and values, beside an article and in the run's overview (.card). */
:is(.side, .card) h4::before { content: ""; width: .85em; height: .85em; border-radius: .25em; background: var(--c); }
:is(.side, .card) ul { margin: 0; padding: 0; list-style: none; }
:is(.side, .card) li {
  display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: .6em;
  padding: .28em 0; border-bottom: 1px solid #f1f1f4;
}
:is(.side, .card) li:last-child { border-bottom: 0; }
:is(.side, .card) .name { overflow-wrap: anywhere; }
:is(.side, .card) .count {
  grid-column: 2; grid-row: 1 / span 2; align-self: center; min-width: 1.8em; text-align: center;
  padding: .1em .45em; border-radius: 1em; background: var(--c); font-weight: 700; font-size: .8em;
}
:is(.side, .card) .more { grid-column: 1; color: var(--muted); font-size: .8em; overflow-wrap: anywhere; }
.side .none { color: var(--muted); font-style: italic; }
@media (max-width: 62rem) {
  .doc { grid-template-columns: minmax(0, 1fr); padding: 0 1rem; }
  .side { position: static; }
  .text { padding: 1.2rem 1.2rem; }
  mark.ent { white-space: normal; }
}
"#;

/// Writes a whole page for the documents of one run: each as its text and its analysis, the
/// text being the one that was analyzed (offsets refer to it).
/// A page of several documents opens with the run's overview (see [`super::overview`]).
pub fn write_html(w: &mut impl Write, docs: &[(&str, &Analysis)]) -> io::Result<()> {
    write_html_start(w)?;
    let mut run = RunSummary::new();
    let mut index = Vec::with_capacity(docs.len());
    for (k, (text, analysis)) in docs.iter().enumerate() {
        write_html_document(w, k, text, analysis)?;
        run.add(&Digest::from_summary(&analysis.summary));
        index.push(index_entry(k, analysis));
    }
    let report = run.report(OVERVIEW_TOP, 0);
    write_html_end(w, (docs.len() > 1).then_some((&report, &index[..])))
}

/// Entries a list of the run's overview shows.
pub const OVERVIEW_TOP: usize = 10;

/// A document's entry in the page's index: its headline (else its source, else its number),
/// its source and its number of entities.
pub fn index_entry(index: usize, a: &Analysis) -> IndexEntry {
    let title = a.title.as_ref().map(|t| t.text.trim().to_string());
    let source = a.source.clone();
    let (heading, source) = match (title.filter(|t| !t.is_empty()), source) {
        (Some(t), source) => (t, source),
        (None, Some(s)) => (s, None),
        (None, None) => (format!("document {}", index + 1), None),
    };
    IndexEntry {
        index,
        heading,
        source,
        entities: a.entities.len(),
    }
}

/// Writes the page's head, style sheet and legend: once, before the first document.
pub fn write_html_start(w: &mut impl Write) -> io::Result<()> {
    let mut out = String::with_capacity(CSS.len() + 1024);
    out.push_str(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"lede\">\n<title>lede</title>\n<style>",
    );
    out.push_str(CSS);
    out.push_str(overview::CSS);
    out.push_str(super::map::CSS);
    for ty in crate::EntityType::ALL {
        overview::filter_css(&mut out, ty.name());
    }
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(super::map::land_symbol());
    // The filters: check boxes before everything they act on, ticked through the legend.
    for ty in crate::EntityType::ALL {
        let _ = writeln!(
            out,
            "<input type=\"checkbox\" class=\"toggle\" id=\"hide-{0}\" aria-label=\"hide {0}\">",
            ty.name()
        );
    }
    out.push_str("<header class=\"page-head\">\n<h1>lede</h1>\n");
    out.push_str("<ul class=\"legend\">");
    for ty in crate::EntityType::ALL {
        let _ = write!(
            out,
            "<li class=\"ent-{0}\"><label for=\"hide-{0}\" title=\"show or hide\">{0}</label></li>",
            ty.name()
        );
    }
    out.push_str("<li class=\"q\">quotation</li></ul>\n</header>\n<main>\n");
    w.write_all(out.as_bytes())
}

/// Writes the end of the page: once, after the last document, with the run's overview
/// (its summary and the index of its documents), which the page shows on top.
pub fn write_html_end(
    w: &mut impl Write,
    overview: Option<(&RunReport, &[IndexEntry])>,
) -> io::Result<()> {
    let mut out = String::from("</main>\n");
    if let Some((report, index)) = overview {
        overview::overview_into(&mut out, report, index);
    }
    out.push_str("</body>\n</html>\n");
    w.write_all(out.as_bytes())
}

/// Writes one document: its source as a heading, its text with entities and quotations
/// marked, and its summary. `index` (from 0) numbers the document in the page (its `id` is
/// `doc-INDEX`, its heading falls back to "document INDEX+1" without a source).
pub fn write_html_document(
    w: &mut impl Write,
    index: usize,
    text: &str,
    a: &Analysis,
) -> io::Result<()> {
    let mut out = String::with_capacity(text.len() * 2 + 4096);
    let _ = write!(
        out,
        "<article class=\"doc\" id=\"doc-{index}\">\n<header class=\"doc-head\">\n<h2>"
    );
    match a.source.as_deref() {
        Some(source) => escape_into(&mut out, source),
        None => {
            let _ = write!(out, "document {}", index + 1);
        }
    }
    out.push_str("</h2>\n<p class=\"stats\">");
    let _ = write!(
        out,
        "{} words · {} sentences · {} paragraphs · {} entities · {} quotations",
        a.stats.words,
        a.stats.sentences,
        a.stats.paragraphs,
        a.entities.len(),
        a.quotes.len()
    );
    if let Some(r) = &a.reference_date {
        let from = match r.source {
            crate::output::DateSource::Dateline => "dateline",
            crate::output::DateSource::Option => "option",
        };
        out.push_str(" · reference date ");
        escape_into(&mut out, &r.date);
        let _ = write!(out, " ({from})");
    }
    out.push_str("</p>\n</header>\n<div class=\"text\">\n");
    body_into(&mut out, text, a);
    out.push_str("</div>\n");
    summary_into(&mut out, a);
    out.push_str("</article>\n");
    w.write_all(out.as_bytes())
}

/// An entity to mark, in code points, clamped to the text.
struct Mark<'a> {
    start: usize,
    end: usize,
    entity: &'a Entity,
}

/// A quotation as shown: its words and the quotation marks around them.
struct Shown {
    start: usize,
    end: usize,
    quote: usize,
}

/// One element of a paragraph's markup.
struct Element {
    start: usize,
    end: usize,
    what: What,
}

enum What {
    /// A piece of a quotation; `last` when the quotation ends with it.
    Quote { quote: usize, last: bool },
    /// An entity, by its position among the marks.
    Entity(usize),
}

/// The text with its paragraphs, entities and quotations.
fn body_into(out: &mut String, text: &str, a: &Analysis) {
    let index = CharIndex::new(text);
    let n = index.chars;
    let byte = |c: usize| index.byte(c);
    let slice = |s: usize, e: usize| &text[byte(s)..byte(e.max(s))];
    let char_at = |c: usize| text[byte(c)..].chars().next();

    // Entities never overlap in an analysis; should one, the first keeps its mark.
    let mut marks: Vec<Mark> = a
        .entities
        .iter()
        .filter(|e| e.start < e.end && e.start < n)
        .map(|e| Mark {
            start: e.start,
            end: e.end.min(n),
            entity: e,
        })
        .collect();
    marks.sort_by_key(|m| (m.start, m.end));
    let mut reach = 0;
    marks.retain(|m| {
        let keep = m.start >= reach;
        if keep {
            reach = m.end;
        }
        keep
    });
    // Index of the first mark ending after `c`.
    let first_mark_after = |c: usize| marks.partition_point(|m| m.end <= c);

    // Quotations with their marks, made disjoint.
    let mut shown: Vec<Shown> = Vec::new();
    for (k, q) in a.quotes.iter().enumerate() {
        let (mut s, mut e) = (q.start.min(n), q.end.min(n));
        if s >= e {
            continue;
        }
        if s > 0 && char_at(s - 1).is_some_and(opens_quotation) {
            s -= 1;
        }
        if e < n && char_at(e).is_some_and(closes_quotation) {
            e += 1;
        }
        shown.push(Shown {
            start: s,
            end: e,
            quote: k,
        });
    }
    shown.sort_by_key(|q| (q.start, q.end));
    let mut reach = 0;
    shown.retain_mut(|q| {
        q.start = q.start.max(reach);
        reach = reach.max(q.end);
        q.start < q.end
    });

    // Paragraph boundaries, except inside an entity.
    let mut cuts: Vec<usize> = vec![0, n];
    for p in &a.paragraphs {
        cuts.push(p.start.min(n));
        cuts.push(p.end.min(n));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.retain(|&c| {
        let k = marks.partition_point(|m| m.start < c);
        k == 0 || marks[k - 1].end <= c
    });

    let mut wrote = false;
    for pair in cuts.windows(2) {
        let (bs, be) = (pair[0], pair[1]);
        let first = first_mark_after(bs);
        let has_mark = marks.get(first).is_some_and(|m| m.start < be);
        let body = slice(bs, be);
        if body.trim().is_empty() && !has_mark {
            continue;
        }
        wrote = true;

        let mut elements: Vec<Element> = Vec::new();
        let mut k = first;
        while let Some(m) = marks.get(k).filter(|m| m.start < be) {
            elements.push(Element {
                start: m.start,
                end: m.end,
                what: What::Entity(k),
            });
            k += 1;
        }
        let mut q = shown.partition_point(|q| q.end <= bs);
        while let Some(s) = shown.get(q).filter(|s| s.start < be) {
            let (ps, pe) = (s.start.max(bs), s.end.min(be));
            // Cut the piece where an entity straddles its boundary, so that every piece and
            // every entity are either nested or apart.
            let mut cut: Vec<usize> = vec![ps];
            let mut j = first_mark_after(ps);
            while let Some(m) = marks.get(j).filter(|m| m.start < pe) {
                if m.start < ps && m.end < pe {
                    cut.push(m.end);
                } else if m.end > pe && m.start > ps {
                    cut.push(m.start);
                }
                j += 1;
            }
            cut.push(pe);
            cut.dedup();
            for w in cut.windows(2) {
                elements.push(Element {
                    start: w[0],
                    end: w[1],
                    what: What::Quote {
                        quote: s.quote,
                        last: w[1] == s.end,
                    },
                });
            }
            q += 1;
        }
        // Outer elements first; a quotation piece and an entity of the same extent: the
        // quotation outside.
        elements.sort_by_key(|e| {
            (
                e.start,
                std::cmp::Reverse(e.end),
                matches!(e.what, What::Entity(_)),
            )
        });

        out.push_str("<p dir=\"auto\"");
        if let Some(class) = block_class(a, bs, be, body) {
            let _ = write!(out, " class=\"{class}\"");
        }
        out.push('>');
        let mut pos = bs;
        let mut stack: Vec<(usize, &'static str)> = Vec::new();
        let mut said: Vec<usize> = Vec::new();
        let close_to = |out: &mut String,
                        pos: &mut usize,
                        stack: &mut Vec<(usize, &'static str)>,
                        said: &mut Vec<usize>,
                        upto: Option<usize>| {
            while let Some(&(end, tag)) = stack.last() {
                if upto.is_some_and(|at| end > at) {
                    break;
                }
                escape_into(out, slice(*pos, end));
                *pos = end;
                out.push_str(tag);
                stack.pop();
                if stack.is_empty() {
                    for q in said.drain(..) {
                        said_into(out, &a.quotes[q]);
                    }
                }
            }
        };
        for e in &elements {
            close_to(out, &mut pos, &mut stack, &mut said, Some(e.start));
            let end = stack.last().map_or(e.end, |&(top, _)| e.end.min(top));
            if e.start < pos || end <= e.start {
                continue;
            }
            escape_into(out, slice(pos, e.start));
            pos = e.start;
            match e.what {
                What::Entity(k) => {
                    mark_open_into(out, marks[k].entity);
                    stack.push((end, "</mark>"));
                }
                What::Quote { quote, last } => {
                    quote_open_into(out, &a.quotes[quote]);
                    stack.push((end, "</span>"));
                    if last && has_speaker(&a.quotes[quote]) {
                        said.push(quote);
                    }
                }
            }
        }
        close_to(out, &mut pos, &mut stack, &mut said, None);
        escape_into(out, slice(pos, be));
        out.push_str("</p>\n");
    }
    if !wrote {
        out.push_str("<p class=\"empty\">(no text)</p>\n");
    }
}

/// Code point offsets to byte offsets: the byte offset of every 64th code point, and a
/// short scan from there (an eighth of the memory of a full table).
struct CharIndex<'a> {
    text: &'a str,
    every: Vec<usize>,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 64;

    fn new(text: &'a str) -> Self {
        let mut every = Vec::with_capacity(text.len() / Self::STEP + 1);
        let mut chars = 0;
        for (k, (b, _)) in text.char_indices().enumerate() {
            if k % Self::STEP == 0 {
                every.push(b);
            }
            chars = k + 1;
        }
        CharIndex { text, every, chars }
    }

    /// The byte offset of code point `c`; the text's length at or past its end.
    fn byte(&self, c: usize) -> usize {
        if c >= self.chars {
            return self.text.len();
        }
        let from = self.every[c / Self::STEP];
        self.text[from..]
            .char_indices()
            .nth(c % Self::STEP)
            .map_or(self.text.len(), |(i, _)| from + i)
    }
}

/// `headline` or `standfirst` when the paragraph is the article's title or subtitle.
fn block_class(a: &Analysis, bs: usize, be: usize, body: &str) -> Option<&'static str> {
    let is = |span: &Option<crate::output::TextSpan>| {
        span.as_ref()
            .is_some_and(|t| bs <= t.start && t.end <= be && body.trim() == t.text.trim())
    };
    if is(&a.title) {
        Some("headline")
    } else if is(&a.subtitle) {
        Some("standfirst")
    } else {
        None
    }
}

fn opens_quotation(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '「' | '『' | '‟' | '‛'
    )
}

fn closes_quotation(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | '」' | '』' | '“' | '‘'
    )
}

fn has_speaker(q: &crate::output::QuoteOut) -> bool {
    q.speaker.is_some() || !q.speakers.is_empty()
}

/// The speaker, or the speakers joined.
fn speaker_text(q: &crate::output::QuoteOut) -> String {
    if q.speakers.len() > 1 {
        q.speakers.join(", ")
    } else {
        q.speaker
            .clone()
            .or_else(|| q.speakers.first().cloned())
            .unwrap_or_default()
    }
}

fn mark_open_into(out: &mut String, e: &Entity) {
    let ty = e.ty.name();
    let _ = write!(
        out,
        "<mark class=\"ent ent-{ty}\" data-start=\"{}\" data-end=\"{}\" title=\"",
        e.start, e.end
    );
    let mut tip = String::from(ty);
    let mut line = |label: &str, v: &str| {
        let _ = write!(tip, "\n{label}: {v}");
    };
    if let Some(c) = &e.canonical {
        line("canonical", c);
    }
    if let Some(k) = e.kind {
        line("kind", k);
    }
    if let Some(v) = super::entity_value_text(e) {
        line("value", &v);
    }
    if let Some(c) = e.currency {
        line("currency", c);
    }
    if let Some(u) = e.unit {
        line("unit", u);
    }
    if e.approximate {
        line("approximate", "yes");
    }
    if e.points {
        line("percentage points", "yes");
    }
    if let Some(r) = &e.rule {
        line("rule", r);
    }
    escape_into(out, &tip);
    out.push_str("\">");
}

fn quote_open_into(out: &mut String, q: &crate::output::QuoteOut) {
    if has_speaker(q) {
        out.push_str("<span class=\"quote\" title=\"quotation — ");
        escape_into(out, &speaker_text(q));
    } else {
        out.push_str("<span class=\"quote unattributed\" title=\"quotation, no speaker");
    }
    out.push_str("\">");
}

/// The speaker's label after a quotation: CSS generated content, so it adds no text.
fn said_into(out: &mut String, q: &crate::output::QuoteOut) {
    out.push_str("<span class=\"said\" data-speaker=\"");
    escape_into(out, &speaker_text(q));
    out.push_str("\"></span>");
}

/// The side panel: names and values with their counts.
fn summary_into(out: &mut String, a: &Analysis) {
    let s = &a.summary;
    out.push_str("<aside class=\"side\">\n<h3>Summary</h3>\n");
    let empty = s.people.is_empty()
        && s.places.is_empty()
        && s.organizations.is_empty()
        && s.amounts.is_empty()
        && s.dates.is_empty();
    if empty {
        out.push_str("<p class=\"none\">No entities.</p>\n");
    }
    super::map::map_into(out, a);
    names_into(out, "person", "People", &s.people);
    names_into(out, "place", "Places", &s.places);
    names_into(out, "organization", "Organizations", &s.organizations);
    values_into(out, "amount", "Amounts", &s.amounts);
    values_into(out, "date", "Dates", &s.dates);
    out.push_str("</aside>\n");
}

fn section_head(out: &mut String, ty: &str, title: &str, count: usize) {
    let _ = write!(
        out,
        "<section class=\"sum sum-{ty}\">\n<h4>{title}<span class=\"n\">{count}</span></h4>\n<ul>\n"
    );
}

fn names_into(out: &mut String, ty: &str, title: &str, names: &[NameCount]) {
    if names.is_empty() {
        return;
    }
    section_head(out, ty, title, names.len());
    for n in names {
        out.push_str("<li><span class=\"name\">");
        escape_into(out, &n.name);
        let _ = write!(out, "</span><span class=\"count\">{}</span>", n.count);
        if !n.aliases.is_empty() {
            out.push_str("<span class=\"more\">also ");
            escape_into(out, &n.aliases.join(", "));
            out.push_str("</span>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

fn values_into(out: &mut String, ty: &str, title: &str, values: &[ValueCount]) {
    if values.is_empty() {
        return;
    }
    section_head(out, ty, title, values.len());
    for v in values {
        out.push_str("<li><span class=\"name\">");
        escape_into(out, &v.text);
        let _ = write!(out, "</span><span class=\"count\">{}</span>", v.count);
        let mut more: Vec<String> = Vec::new();
        if let Some(value) = &v.value {
            let short = v.currency.and_then(|c| money_text(c, value));
            let mut t = short.unwrap_or_else(|| super::value_text(value));
            if let Some(unit) = v.unit {
                t = format!("{t} {unit}");
            }
            more.push(t);
        }
        if let Some(k) = v.kind {
            more.push(k.to_string());
        }
        if !more.is_empty() {
            out.push_str("<span class=\"more\">");
            escape_into(out, &more.join(" · "));
            out.push_str("</span>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn code_points_map_to_bytes() {
        let text: String = "aé日🇯🇵".repeat(40);
        let index = CharIndex::new(&text);
        let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        assert_eq!(index.chars, expected.len());
        for (c, &b) in expected.iter().enumerate() {
            assert_eq!(index.byte(c), b);
        }
        assert_eq!(index.byte(expected.len()), text.len());
        assert_eq!(index.byte(usize::MAX), text.len());
        assert_eq!(CharIndex::new("").byte(0), 0);
    }
}
