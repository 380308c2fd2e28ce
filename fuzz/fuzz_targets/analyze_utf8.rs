//! Arbitrary UTF-8 text through the whole analysis: with the default options, and with a
//! reference date, `--explain` and a `--types` subset chosen from the input, then rendered
//! as TSV and HTML as the command line would.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::{Analyzer, Date, EntityType, Options};

#[path = "check.rs"]
mod check;

fuzz_target!(|text: &str| {
    let plain = Analyzer::default().analyze(text);
    check::check(text, &plain);

    // A --types subset picked by the input (never empty), a reference date, --explain.
    let bits = text.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32)) % 31 + 1;
    let types: Vec<EntityType> = EntityType::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, t)| t)
        .collect();
    let analyzer = Analyzer::new(Options {
        reference_date: Date::new(2026, 3, 3),
        types: Some(types.clone()),
        explain: true,
        gazetteer: None,
        rules: None,
    });
    let a = analyzer.analyze(text);
    check::check(text, &a);
    for e in &a.entities {
        assert!(types.contains(&e.ty), "--types {types:?} let through {e:?}");
        assert!(e.rule.is_some(), "--explain without a rule: {e:?}");
    }
    // A reference date does not move sentences.
    assert_eq!(a.sentences.len(), plain.sentences.len());

    let mut out = Vec::new();
    lede::render::write_tsv(&mut out, &a).expect("tsv");
    lede::render::write_html_document(&mut out, 0, text, &a).expect("html");
});
