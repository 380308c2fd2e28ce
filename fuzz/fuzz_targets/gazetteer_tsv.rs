//! Arbitrary text as a user's TSV list (`--gazetteer FILE.tsv`): it loads or is refused
//! with a one-line error naming a line of it; a list that loads finds each of its names,
//! compiles to bytes that open to the same lists, and analyzes a text of its names within
//! the invariants of every analysis.
#![no_main]

use std::sync::Arc;

use lede::gazetteer::UserGazetteer;
use lede::{Analyzer, Options};
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|text: &str| {
    let lists = match UserGazetteer::from_tsv(&[text]) {
        Ok(lists) => lists,
        Err(e) => {
            let message = e.to_string();
            assert!(!message.contains('\n'), "{message:?}");
            assert_eq!(e.text, 0);
            assert!(e.line >= 1 && e.line <= text.len() + 1, "line {}", e.line);
            return;
        }
    };
    let again = UserGazetteer::from_compiled(lists.as_bytes().to_vec())
        .expect("the compiled form of a list opens");
    assert_eq!(again.len(), lists.len());
    assert!(lists.len() <= text.len());
    // Each name is found, the same in both forms (a later line for a name wins).
    let mut names = Vec::new();
    for line in text.split(['\n', '\r']) {
        let name = line.split('\t').next().unwrap_or("").trim();
        if name.is_empty() || line.starts_with('#') || line.split('\t').count() < 2 {
            continue;
        }
        if let Some(found) = lists.lookup(name) {
            assert_eq!(again.lookup(name), Some(found));
            names.push(name);
        }
    }
    let article = names.join(" met ");
    let analyzer = Analyzer::new(Options {
        gazetteer: Some(Arc::new(lists)),
        explain: true,
        ..Options::default()
    });
    check::check(&article, &analyzer.analyze(&article));
});
