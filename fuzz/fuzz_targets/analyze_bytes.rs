//! Arbitrary bytes, as a file would give them: decode (UTF-8, BOM, UTF-16, binary and
//! invalid-UTF-8 errors), then, when the bytes are text, the whole analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    match lede::input::decode(data) {
        Ok(text) => {
            let a = lede::Analyzer::default().analyze(&text);
            check::check(&text, &a);
        }
        Err(e) => {
            // Every error is one line, and its offset lies within the input.
            let message = e.to_string();
            assert!(!message.contains('\n'), "{message:?}");
            let offset = match e {
                lede::input::DecodeError::InvalidUtf8 { offset }
                | lede::input::DecodeError::Binary { offset }
                | lede::input::DecodeError::InvalidUtf16 { offset } => offset,
            };
            assert!(offset <= data.len(), "{message}: offset past the end ({})", data.len());
        }
    }
});
