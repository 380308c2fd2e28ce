//! Arbitrary bytes as a compiled gazetteer (`--gazetteer FILE.lgz`): they open or are
//! refused with a one-line error, never a panic. As random bytes seldom pass the checksum,
//! the bytes are also opened with a checksum made right, so that the checks behind it (the
//! FST's header and root, the entry table) and the walks of an FST that passes them are
//! fuzzed too; a list that opens is looked up and matched against a text.
#![no_main]

use std::sync::Arc;

use lede::gazetteer::UserGazetteer;
use lede::{Analyzer, Options};
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

/// The header's size, and where its checksum lies (see src/gazetteer/compiled.rs).
const HEADER: usize = 56;

/// The checksum of the bytes after the header, as src/gazetteer/compiled.rs computes it.
fn checksum(bytes: &[u8]) -> u64 {
    let step = |h: u64, w: u64| (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(23);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0x9E37_79B9_7F4A_7C15 ^ bytes.len() as u64;
    for c in &mut chunks {
        h = step(h, u64::from_le_bytes(c.try_into().unwrap()));
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    step(h, u64::from_le_bytes(last))
}

const TEXT: &str =
    "ACME RAIL and Le Havre: Jo Bex of Acme Rail met Zed in Acme. Acme Rail Acme Rail.";

fn try_open(bytes: Vec<u8>) {
    let lists = match UserGazetteer::from_compiled(bytes) {
        Ok(lists) => lists,
        Err(message) => {
            assert!(!message.contains('\n'), "{message:?}");
            return;
        }
    };
    for name in ["Acme", "acme rail", "Le Havre", "Jo Bex", "Zed", "x"] {
        let _ = lists.lookup(name);
    }
    let analyzer = Analyzer::new(Options {
        gazetteer: Some(Arc::new(lists)),
        explain: true,
        ..Options::default()
    });
    check::check(TEXT, &analyzer.analyze(TEXT));
}

fuzz_target!(|data: &[u8]| {
    try_open(data.to_vec());
    // The same bytes behind a header that fits them, checksum and sizes made right: the
    // first 24 bytes of the input split into the sizes of the FST and the entry table.
    if data.len() >= 24 {
        let (sizes, body) = data.split_at(24);
        let fst = usize::from(u16::from_le_bytes([sizes[0], sizes[1]])).min(body.len());
        let entries = usize::from(u16::from_le_bytes([sizes[2], sizes[3]])).min(body.len() - fst);
        let mut file = Vec::with_capacity(HEADER + body.len());
        file.extend_from_slice(b"LEDE\0GAZ");
        file.extend_from_slice(&1u32.to_le_bytes());
        file.extend_from_slice(&[0; 4]);
        let names = u64::from(sizes[4]);
        for n in [
            fst as u64,
            entries as u64,
            (body.len() - fst - entries) as u64,
            names,
        ] {
            file.extend_from_slice(&n.to_le_bytes());
        }
        file.extend_from_slice(&checksum(body).to_le_bytes());
        file.extend_from_slice(body);
        try_open(file);
    }
});
