//! Hostile inputs at moderate size (the full-size versions, with timings, are
//! `scripts/adversarial.py`): each ends with a result or a clear one-line error, never a
//! panic, and every span slices the input.

use crate::{lede, values};

/// Runs lede on `input` through stdin and checks the result's spans against `text`.
fn analyzed(input: &[u8], text: &str) -> serde_json::Value {
    let out = lede(&["--compact"], input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {err}", out.status);
    assert!(!err.contains("panicked"), "{err}");
    let v = values(&out).remove(0);
    let chars: Vec<char> = text.chars().collect();
    for list in ["entities", "sentences", "quotes"] {
        for e in v[list].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert!(s <= t && t <= chars.len(), "{list} span out of bounds: {e}");
            assert_eq!(
                chars[s..t].iter().collect::<String>(),
                e["text"].as_str().unwrap(),
                "{list}: {e}"
            );
        }
    }
    v
}

fn news() -> String {
    std::fs::read_to_string(crate::root().join("fixtures/kenya_fuel_levy.txt")).unwrap()
}

#[test]
fn one_long_line_without_newlines() {
    let text = news().replace('\n', " ").repeat(60);
    let v = analyzed(text.as_bytes(), &text);
    assert!(v["entities"].as_array().unwrap().len() > 1000);
}

#[test]
fn many_one_word_lines() {
    let text = "Word.\n".repeat(20_000);
    let v = analyzed(text.as_bytes(), &text);
    assert_eq!(v["stats"]["paragraphs"], 20_000);
}

#[test]
fn punctuation_quotes_initialisms_and_brackets() {
    for text in [
        "!?.,;:—–-…\"'“”‘’()[]{}".repeat(2_000),
        "U.S. ".repeat(20_000),
        "“".repeat(20_000),
        format!("{}x{}", "(".repeat(20_000), ")".repeat(20_000)),
        ". . . ".repeat(10_000),
        "HCambodia Turns ".repeat(5_000),
        "• ".repeat(100_000),
        "the ".repeat(50_000),
        "‘ ".repeat(50_000),
        ".é".repeat(50_000),
        "Monday ".repeat(50_000),
        "end of ".repeat(50_000),
        "1. • ".repeat(20_000),
    ] {
        analyzed(text.as_bytes(), &text);
    }
}

#[test]
fn capitals_and_mixed_scripts() {
    let caps = news().to_uppercase();
    analyzed(caps.as_bytes(), &caps);
    let mixed = "北京 (Beijing) said \u{200F}שלום\u{200F} and مرحبا on Tuesday; नमस्ते 👩\u{200D}👩\u{200D}👧 e\u{0301}te\u{0301} $5 million. ".repeat(500);
    analyzed(mixed.as_bytes(), &mixed);
}

#[test]
fn line_endings_and_byte_order_marks() {
    let cr = "Title Line\rFirst paragraph in Nairobi.\rSecond one.";
    let v = analyzed(cr.as_bytes(), cr);
    assert_eq!(v["stats"]["paragraphs"], 3);
    let crlf = "Title Line\r\nFirst paragraph in Nairobi.\r\n";
    analyzed(crlf.as_bytes(), crlf);
    let text = "Talks in Nairobi.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    for bytes in [le, be] {
        let v = analyzed(&bytes, text);
        assert_eq!(v["entities"][0]["text"], "Nairobi");
    }
}

#[test]
fn nul_bytes_are_binary_input() {
    let out = lede(&[], b"Some text\0with a NUL");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("lede: -: binary input (NUL byte at byte offset 9)"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_with_a_writer_is_read() {
    let dir = std::env::temp_dir().join(format!("lede-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("in.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to test
    }
    let path = fifo.clone();
    let writer = std::thread::spawn(move || {
        std::fs::write(path, "Talks resumed in Lima on Tuesday.").unwrap()
    });
    let out = lede(&["--compact", fifo.to_str().unwrap()], b"");
    writer.join().unwrap();
    assert!(out.status.success());
    assert_eq!(values(&out)[0]["entities"][0]["text"], "Lima");
    std::fs::remove_dir_all(&dir).unwrap();
}
