//! Arbitrary bytes as JSON Lines input (`--input jsonl`), read by the binary's own reader
//! (src/inputs.rs) under a size limit picked by the input: every line is a job or a
//! one-line error naming its line, ids come back as compact JSON, and lines are numbered
//! in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/inputs.rs"]
mod inputs;

use inputs::Job;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    // Mostly a limit that fits, sometimes one that lines pass.
    let max = if pick < 200 {
        1 << 20
    } else {
        u64::from(pick - 190)
    };
    let lines = body.split(|&b| b == b'\n').count();
    let mut last = 0;
    for job in inputs::jsonl_lines(std::io::Cursor::new(body.to_vec()), "fuzz".into(), max) {
        match job {
            Job::Line {
                number, text, id, ..
            } => {
                assert!(
                    number > last && number <= lines,
                    "line {number} after {last}"
                );
                last = number;
                assert!(text.len() as u64 <= max.max(body.len() as u64));
                if let Some(id) = id {
                    // JSON as written: a number past any float's range stays as it is.
                    let raw: &serde_json::value::RawValue =
                        serde_json::from_str(id.get()).expect("an id is JSON");
                    assert_eq!(raw.get(), id.get());
                    assert!(!id.get().contains('\n'), "{id}");
                }
            }
            Job::Failed(message) => {
                assert!(!message.contains('\n'), "{message:?}");
                assert!(message.starts_with("fuzz:"), "{message}");
            }
            Job::Path(_) => panic!("a JSON Lines source gives lines"),
        }
    }
});
