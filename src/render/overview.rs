//! The top of a run's HTML page: the summary of the whole run (the people, places and
//! organizations most mentioned, money by currency with its sums written short, dates) and
//! an index of the articles with links to them, and the type filters.
//!
//! The page is written as the articles come, so the overview, known only at the end, is
//! written after them and shown first by the style sheet (`order` in a flex column). The
//! filters are check boxes before everything else on the page, read by CSS sibling
//! selectors: ticking a type's box in the legend takes its highlighting and summaries away,
//! with no script.

use std::fmt::Write as _;

use super::markup::escape_into;
use super::summary::{RunReport, ValueTotal};
use super::value_text;
use crate::model::EntityType;

/// One article in the page's index.
#[derive(Debug, Clone)]
pub struct IndexEntry {
    /// Its place in the page (its element's id is `doc-INDEX`).
    pub index: usize,
    /// Its headline, else its source.
    pub heading: String,
    /// Its source, when it has a headline besides.
    pub source: Option<String>,
    /// Its entities.
    pub entities: usize,
}

/// The overview's and the filters' style sheet: the filters' rules, one set a type, are
/// made by [`filter_css`].
pub(super) const CSS: &str = r#"
body { display: flex; flex-direction: column; min-height: 100vh; }
.page-head { order: -2; }
.run { order: -1; width: 100%; max-width: 80rem; margin: 1.5rem auto 0; padding: 0 2rem; }
.run > h2 { margin: 0 0 .8rem; font-size: 1.2rem; }
.run-sum { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem; }
.card {
  background: var(--paper); border: 1px solid var(--line); border-radius: .6rem;
  padding: .2rem 1.1rem .8rem; font-size: .88rem; line-height: 1.35; min-width: 0;
}
.card h4 {
  display: flex; align-items: center; gap: .45em; margin: .8rem 0 .35rem;
  font-size: .72rem; letter-spacing: .07em; text-transform: uppercase; color: var(--muted);
}
.index { margin: 1rem 0 0; background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: .6rem 1.1rem; }
.index summary { cursor: pointer; font-weight: 600; }
.index ol { margin: .6rem 0 0; padding-left: 2.2rem; columns: 2 24rem; column-gap: 2rem; }
.index li { break-inside: avoid; padding: .15em 0; }
.index a { color: inherit; }
.index .src { color: var(--muted); font-size: .8em; margin-left: .5em; overflow-wrap: anywhere; }
.toggle { position: absolute; opacity: 0; pointer-events: none; }
.legend label { cursor: pointer; user-select: none; }
"#;

/// The filters' rules for one type: its marks lose their colour and label, its summaries
/// are hidden, and its legend entry is struck through.
pub(super) fn filter_css(out: &mut String, ty: &str) {
    let _ = write!(
        out,
        "#hide-{ty}:checked ~ main mark.ent-{ty} {{ background: none; padding: 0; margin: 0; }}\n\
         #hide-{ty}:checked ~ main mark.ent-{ty}::after {{ content: none; }}\n\
         #hide-{ty}:checked ~ main .sum-{ty}, #hide-{ty}:checked ~ .run .sum-{ty} {{ display: none; }}\n\
         #hide-{ty}:checked ~ .page-head .legend .ent-{ty} {{ opacity: .4; text-decoration: line-through; }}\n\
         #hide-{ty}:focus-visible ~ .page-head .legend .ent-{ty} {{ outline: 2px solid var(--ink); }}\n"
    );
}

/// Writes the run's overview: its summary, then the index of its articles.
pub fn overview_into(out: &mut String, report: &RunReport, index: &[IndexEntry]) {
    out.push_str("<section class=\"run\">\n<h2>");
    let s = if report.articles == 1 { "" } else { "s" };
    let _ = write!(out, "{} article{s}", report.articles);
    if report.failed > 0 {
        let _ = write!(out, ", {} failed", report.failed);
    }
    out.push_str("</h2>\n<div class=\"run-sum\">\n");
    let names = [
        (EntityType::Person, "People", &report.people),
        (EntityType::Place, "Places", &report.places),
        (
            EntityType::Organization,
            "Organizations",
            &report.organizations,
        ),
    ];
    for (ty, title, list) in names {
        card_head(out, ty, title);
        for n in list {
            row_into(out, &n.name, n.mentions, &articles(n.articles));
        }
        card_end(out, list.is_empty());
    }
    card_head(out, EntityType::Amount, "Money");
    for c in &report.money {
        let tops: Vec<String> = c
            .top
            .iter()
            .map(|v| format!("{} ×{}", shown(v), v.mentions))
            .collect();
        let more = format!("{} · {}", articles(c.articles), tops.join(", "));
        row_into(out, c.currency.unwrap_or("?"), c.mentions, &more);
    }
    card_end(out, report.money.is_empty());
    card_head(out, EntityType::Date, "Dates");
    for d in &report.dates {
        row_into(out, &shown(d), d.mentions, &articles(d.articles));
    }
    card_end(out, report.dates.is_empty());
    out.push_str("</div>\n");
    if !index.is_empty() {
        // Open on a short run; a long one's index is a click away.
        let open = if index.len() <= OPEN_INDEX {
            " open"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<details class=\"index\"{open}>\n<summary>Articles ({})</summary>\n<ol>\n",
            index.len()
        );
        for e in index {
            let _ = write!(out, "<li><a href=\"#doc-{}\">", e.index);
            escape_into(out, &e.heading);
            out.push_str("</a><span class=\"src\">");
            if let Some(source) = &e.source {
                escape_into(out, source);
                out.push_str(" · ");
            }
            let _ = writeln!(out, "{} entities</span></li>", e.entities);
        }
        out.push_str("</ol>\n</details>\n");
    }
    out.push_str("</section>\n");
}

/// The most articles whose index the page shows open.
const OPEN_INDEX: usize = 12;

/// "in 3 articles".
fn articles(n: usize) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("in {n} article{s}")
}

/// A value as the overview shows it: money short ("$1.13bn"), else the normalized value,
/// else the text.
fn shown(v: &ValueTotal) -> String {
    v.shown
        .clone()
        .or_else(|| v.value.as_ref().map(value_text))
        .unwrap_or_else(|| v.text.clone())
}

fn card_head(out: &mut String, ty: EntityType, title: &str) {
    let _ = write!(
        out,
        "<section class=\"card sum-{}\">\n<h4>{title}</h4>\n<ul>\n",
        ty.name()
    );
}

fn card_end(out: &mut String, empty: bool) {
    if empty {
        out.push_str("<li><span class=\"more\">none</span></li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

fn row_into(out: &mut String, name: &str, count: usize, more: &str) {
    out.push_str("<li><span class=\"name\">");
    escape_into(out, name);
    let _ = write!(
        out,
        "</span><span class=\"count\">{count}</span><span class=\"more\">"
    );
    escape_into(out, more);
    out.push_str("</span></li>\n");
}
