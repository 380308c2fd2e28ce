//! Property tests: for arbitrary text the analysis never panics, and every span slices the
//! input to exactly its text, in code points.

use lede::{Analyzer, Options};
use proptest::prelude::*;

fn check(text: &str) {
    let analysis = Analyzer::new(Options::default()).analyze(text);
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> String { chars[s..e].iter().collect() };
    for e in &analysis.entities {
        assert!(e.start < e.end && e.end <= chars.len(), "{e:?}");
        assert_eq!(slice(e.start, e.end), e.text);
        assert!(e.sentence < analysis.sentences.len().max(1));
    }
    let mut prev_end = 0;
    for s in &analysis.sentences {
        assert!(s.start >= prev_end && s.start < s.end, "{s:?}");
        assert_eq!(slice(s.start, s.end), s.text);
        assert_eq!(s.text.trim(), s.text);
        prev_end = s.end;
    }
    // The JSON written from the findings is what serde_json prints for the analysis.
    let found = Analyzer::new(Options::default()).find(text, None);
    for pretty in [false, true] {
        let options = lede::render::JsonOptions {
            pretty,
            ..Default::default()
        };
        let mut fast = Vec::new();
        lede::render::write_findings_into(&mut fast, text, &found, Default::default(), options);
        let slow = if pretty {
            serde_json::to_vec_pretty(&analysis)
        } else {
            serde_json::to_vec(&analysis)
        };
        assert_eq!(fast, slow.unwrap());
    }
    // Sentences cover every non-space character.
    let covered: usize = analysis
        .sentences
        .iter()
        .map(|s| s.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
}

/// Text built from pieces that stress the recognizers: names, numbers, currency, quotes.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Prime Minister Hun Manet".to_string()),
        Just("U.S.".to_string()),
        Just("US$45 million".to_string()),
        Just("49 percent".to_string()),
        Just("last October".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("Dr.".to_string()),
        Just("-".to_string()),
        Just("Phnom Penh’s".to_string()),
        Just("1.) ".to_string()),
        Just("• ".to_string()),
        Just("Petofi’s board".to_string()),
        Just("Sunderland 2 Villa 1".to_string()),
        Just("said: “".to_string()),
        Just("été".to_string()),
        Just(" . . . ".to_string()),
        "[A-Z][a-z]{0,8}",
        "[0-9]{1,5}",
        "\\PC{0,6}",
        " {1,3}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_arbitrary_text(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn spans_slice_newsy_text(text in newsy()) {
        check(&text);
    }
}

/// The significant digits of a number written in decimal ("0.0450" → 3, "45000000" → 2).
fn significant(digits: &str) -> usize {
    let d: String = digits.chars().filter(char::is_ascii_digit).collect();
    let d = d.trim_start_matches('0');
    // A decimal point in the JSON leaves its trailing zeros insignificant too.
    d.trim_end_matches('0').len()
}

/// Amounts written with digits, a currency or not, a fraction or not, a scale or not.
fn amount() -> impl Strategy<Value = String> {
    let currency = prop_oneof![Just(""), Just("$"), Just("€"), Just("£"), Just("US$")];
    let scale = prop_oneof![
        Just(""),
        Just(" million"),
        Just(" billion"),
        Just("bn"),
        Just("m"),
        Just(" trillion"),
        Just(" percent"),
        Just(" people"),
    ];
    (
        currency,
        1u32..1000,
        proptest::option::of("[0-9]{1,3}"),
        scale,
    )
        .prop_map(|(currency, whole, fraction, scale)| match fraction {
            Some(f) => format!("{currency}{whole}.{f}{scale}"),
            None => format!("{currency}{whole}{scale}"),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Every amount's value has no more significant digits than its text gave: the value
    /// is the decimal written times its scale, with no binary floating-point noise.
    #[test]
    fn amount_values_carry_no_float_noise(amount in amount(), lead in 0usize..3) {
        let lead = ["The company said it raised ", "Officials put the figure at ", ""][lead];
        let text = format!("{lead}{amount} last year.");
        let analysis = Analyzer::new(Options::default()).analyze(&text);
        for e in analysis.entities.iter().filter(|e| e.ty == lede::EntityType::Amount) {
            let json = serde_json::to_string(&e.value).unwrap();
            let given = significant(&e.text);
            prop_assert!(
                significant(&json) <= given.max(1),
                "{:?} in {text:?}: value {json}",
                e.text
            );
        }
    }
}
