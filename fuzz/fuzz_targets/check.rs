//! The invariants every analysis must keep, shared by the fuzz targets: every span is in
//! bounds, slices the input (in code points) to exactly its `text`, and lists come in text
//! order.

use lede::Analysis;

/// Panics (a fuzz finding) when `a`, the analysis of `text`, breaks an invariant.
pub fn check(text: &str, a: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let slice = |s: usize, e: usize| -> String { chars[s..e].iter().collect() };
    let span = |what: &str, s: usize, e: usize, t: &str| {
        assert!(s <= e && e <= n, "{what} span {s}..{e} out of bounds (len {n})");
        assert_eq!(slice(s, e), t, "{what} span {s}..{e} does not slice to its text");
    };

    assert_eq!(a.stats.characters, n, "stats.characters");
    assert_eq!(a.stats.sentences, a.sentences.len(), "stats.sentences");
    assert_eq!(a.stats.paragraphs, a.paragraphs.len(), "stats.paragraphs");

    let mut prev = 0;
    for p in &a.paragraphs {
        assert!(p.start >= prev && p.start < p.end && p.end <= n, "paragraph {p:?} (len {n})");
        prev = p.end;
    }
    let mut prev = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        assert_eq!(s.index, i, "sentence index");
        assert!(s.start >= prev && s.start < s.end, "sentence {s:?} after {prev}");
        span("sentence", s.start, s.end, &s.text);
        prev = s.end;
    }
    let mut prev = 0;
    for e in &a.entities {
        assert!(e.start < e.end, "empty entity {e:?}");
        assert!(e.start >= prev, "entity {e:?} not in text order (previous start {prev})");
        span("entity", e.start, e.end, &e.text);
        assert!(
            e.sentence < a.sentences.len().max(1),
            "entity {e:?} names sentence {} of {}",
            e.sentence,
            a.sentences.len()
        );
        prev = e.start;
    }
    let mut prev = 0;
    for q in &a.quotes {
        assert!(q.start >= prev, "quote {q:?} not in text order");
        span("quote", q.start, q.end, &q.text);
        match (q.speaker_start, q.speaker_end) {
            (Some(s), Some(e)) => assert!(s < e && e <= n, "speaker span {s}..{e} (len {n})"),
            (None, None) => {}
            other => panic!("half a speaker span: {other:?}"),
        }
        prev = q.start;
    }
    for (what, t) in [
        ("title", &a.title),
        ("subtitle", &a.subtitle),
        ("byline", &a.byline),
        ("dateline", &a.dateline),
    ] {
        if let Some(t) = t {
            span(what, t.start, t.end, &t.text);
        }
    }
    // The output must serialize (NaN and infinite values included).
    serde_json::to_vec(a).expect("analysis serializes");
}
