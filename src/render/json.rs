//! Compact JSON of an [`Analysis`], written by hand for speed: byte for byte what
//! `serde_json::to_writer` prints for the same value (a test holds it to that), in about a
//! third of the time. Keys are written as literals, integers with `itoa`, strings escaped a
//! clean run at a time; numbers that are floats and `id`/`value` fields (arbitrary JSON)
//! still go through `serde_json`, so their formatting is serde_json's own.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::EntityType;
use crate::output::{
    Analysis, Entity, NameCount, QuoteOut, Range, ReferenceDate, Sentence, Stats, Summary,
    TextSpan, ValueCount,
};
use crate::swar::{self, zero_byte, HIGH_BITS, LOW_BITS};

/// Appends the compact JSON of `a` (no trailing newline) to `out`.
pub fn write_json(out: &mut Vec<u8>, a: &Analysis) {
    let mut w = Writer {
        out,
        sink: None,
        error: None,
    };
    w.analysis(a);
}

/// Writes the compact JSON of `a` (no trailing newline) to `sink` in pieces of about 64 KiB,
/// so that the JSON of a large input is never held in memory whole.
pub fn write_json_to(sink: &mut dyn Write, a: &Analysis) -> io::Result<()> {
    let mut buf = Vec::with_capacity(SPILL_AT + 4096);
    let mut w = Writer {
        out: &mut buf,
        sink: Some(sink),
        error: None,
    };
    w.analysis(a);
    w.spill(0);
    match w.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The buffered size at which [`write_json_to`] writes out.
const SPILL_AT: usize = 1 << 16;

struct Writer<'a, 'w> {
    out: &'a mut Vec<u8>,
    /// Where [`write_json_to`] spills the buffer; `None` keeps everything in `out`.
    sink: Option<&'w mut dyn Write>,
    /// The first write error; later writes are skipped.
    error: Option<io::Error>,
}

/// True when one of the eight bytes of `w` is a control character, `"` or `\\`: the bytes
/// JSON strings escape. (Bytes of 0x80 and up never set the high bit of a test.)
#[inline]
fn needs_escape(w: u64) -> bool {
    let control = w.wrapping_sub(LOW_BITS * 0x20) & !w & HIGH_BITS;
    let quote = zero_byte(w ^ (LOW_BITS * u64::from(b'"')));
    control | quote | zero_byte(w ^ (LOW_BITS * u64::from(b'\\'))) != 0
}

impl Writer<'_, '_> {
    /// Writes the buffer out to the sink once it holds `at` bytes or more.
    fn spill(&mut self, at: usize) {
        let Some(sink) = self.sink.as_mut() else {
            return;
        };
        if self.out.len() < at.max(1) {
            return;
        }
        if self.error.is_none() {
            if let Err(e) = sink.write_all(self.out) {
                self.error = Some(e);
            }
        }
        self.out.clear();
    }

    fn analysis(&mut self, a: &Analysis) {
        self.raw(b"{\"source\":");
        self.opt_str(a.source.as_deref());
        self.some_serde(b",\"id\":", a.id.as_ref());
        self.int_at(b",\"version\":", a.version as usize);
        self.raw(b",\"reference_date\":");
        match &a.reference_date {
            Some(r) => self.reference_date(r),
            None => self.raw(b"null"),
        }
        for (key, span) in [
            (&b",\"title\":"[..], &a.title),
            (b",\"subtitle\":", &a.subtitle),
            (b",\"byline\":", &a.byline),
            (b",\"dateline\":", &a.dateline),
        ] {
            self.raw(key);
            match span {
                Some(s) => self.text_span(s),
                None => self.raw(b"null"),
            }
        }
        self.raw(b",\"stats\":");
        self.stats(&a.stats);
        self.list_at(b",\"paragraphs\":", &a.paragraphs, Writer::range);
        self.list_at(b",\"sentences\":", &a.sentences, Writer::sentence);
        self.list_at(b",\"entities\":", &a.entities, Writer::entity);
        self.list_at(b",\"quotes\":", &a.quotes, Writer::quote);
        self.raw(b",\"summary\":");
        self.summary(&a.summary);
        self.raw(b"}");
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn int(&mut self, n: usize) {
        self.raw(itoa::Buffer::new().format(n).as_bytes());
    }

    fn opt_int(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.int(n),
            None => self.raw(b"null"),
        }
    }

    /// A JSON string, escaped as serde_json escapes: `"` and `\`, the short escapes for
    /// backspace, form feed, newline, carriage return and tab, `\u00XX` for the other
    /// control characters; everything else as is.
    fn str(&mut self, s: &str) {
        self.out.push(b'"');
        let bytes = s.as_bytes();
        // Most strings need no escape at all: settled eight bytes at a time, the last eight
        // (or a short string, padded) at once, and copied whole. Otherwise the escapes are
        // looked for from the first eight bytes that hold one: the bytes before are clean.
        let tail = match bytes.len() {
            n if n >= 8 => swar::load(&bytes[n - 8..]),
            n => {
                let mut w = [b'a'; 8];
                w[..n].copy_from_slice(bytes);
                u64::from_le_bytes(w)
            }
        };
        let first_dirty = bytes
            .chunks_exact(8)
            .position(|c| needs_escape(swar::load(c)));
        if first_dirty.is_none() && !needs_escape(tail) {
            self.out.extend_from_slice(bytes);
            self.out.push(b'"');
            return;
        }
        let mut clean = 0;
        let mut i = 8 * first_dirty.unwrap_or(bytes.len() / 8);
        while i < bytes.len() {
            // Eight bytes at a time past runs that need no escape (most of any text).
            if i + 8 <= bytes.len() && !needs_escape(swar::load(&bytes[i..i + 8])) {
                i += 8;
                continue;
            }
            let b = bytes[i];
            i += 1;
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            let i = i - 1;
            self.out.extend_from_slice(&bytes[clean..i]);
            match b {
                b'"' => self.raw(b"\\\""),
                b'\\' => self.raw(b"\\\\"),
                0x08 => self.raw(b"\\b"),
                0x0C => self.raw(b"\\f"),
                b'\n' => self.raw(b"\\n"),
                b'\r' => self.raw(b"\\r"),
                b'\t' => self.raw(b"\\t"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.raw(b"\\u00");
                    self.out.push(HEX[(b >> 4) as usize]);
                    self.out.push(HEX[(b & 0xF) as usize]);
                }
            }
            clean = i + 1;
        }
        self.out.extend_from_slice(&bytes[clean..]);
        self.out.push(b'"');
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw(b"null"),
        }
    }

    /// Any value through serde_json (floats, arbitrary JSON).
    fn serde(&mut self, v: &impl Serialize) {
        // Writing to a vector fails only for values that are not JSON, which ours are.
        let _ = serde_json::to_writer(&mut *self.out, v);
    }

    fn int_at(&mut self, key: &[u8], n: usize) {
        self.raw(key);
        self.int(n);
    }

    fn str_at(&mut self, key: &[u8], s: &str) {
        self.raw(key);
        self.str(s);
    }

    /// A string field that is left out when it is `None` (serde's `skip_serializing_if`).
    fn some_str(&mut self, key: &[u8], s: Option<&str>) {
        if let Some(s) = s {
            self.str_at(key, s);
        }
    }

    /// A field through serde_json, left out when it is `None`.
    fn some_serde(&mut self, key: &[u8], v: Option<&impl Serialize>) {
        if let Some(v) = v {
            self.raw(key);
            self.serde(v);
        }
    }

    /// A `"key":true` field, left out when false.
    fn flag(&mut self, key_true: &[u8], on: bool) {
        if on {
            self.raw(key_true);
        }
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.out.push(b'[');
        for (k, x) in items.iter().enumerate() {
            if k > 0 {
                self.out.push(b',');
            }
            item(self, x);
            self.spill(SPILL_AT);
        }
        self.out.push(b']');
    }

    /// A key, then a list.
    fn list_at<T>(&mut self, key: &[u8], items: &[T], item: impl FnMut(&mut Self, &T)) {
        self.raw(key);
        self.list(items, item);
    }

    fn strings(&mut self, items: &[String]) {
        self.list(items, |w, s| w.str(s));
    }

    fn reference_date(&mut self, r: &ReferenceDate) {
        self.str_at(b"{\"date\":", &r.date);
        self.raw(b",\"source\":");
        self.serde(&r.source);
        self.raw(b"}");
    }

    fn text_span(&mut self, s: &TextSpan) {
        self.str_at(b"{\"text\":", &s.text);
        self.int_at(b",\"start\":", s.start);
        self.int_at(b",\"end\":", s.end);
        self.raw(b"}");
    }

    fn stats(&mut self, s: &Stats) {
        self.int_at(b"{\"characters\":", s.characters);
        self.int_at(b",\"words\":", s.words);
        self.int_at(b",\"sentences\":", s.sentences);
        self.int_at(b",\"paragraphs\":", s.paragraphs);
        self.raw(b"}");
    }

    fn range(&mut self, r: &Range) {
        self.int_at(b"{\"start\":", r.start);
        self.int_at(b",\"end\":", r.end);
        self.raw(b"}");
    }

    fn sentence(&mut self, s: &Sentence) {
        self.int_at(b"{\"index\":", s.index);
        self.int_at(b",\"start\":", s.start);
        self.int_at(b",\"end\":", s.end);
        self.str_at(b",\"text\":", &s.text);
        self.raw(b"}");
    }

    fn entity_type(&mut self, t: EntityType) {
        self.raw(match t {
            EntityType::Person => b"\"person\"",
            EntityType::Place => b"\"place\"",
            EntityType::Organization => b"\"organization\"",
            EntityType::Amount => b"\"amount\"",
            EntityType::Date => b"\"date\"",
        });
    }

    fn entity(&mut self, e: &Entity) {
        self.raw(b"{\"type\":");
        self.entity_type(e.ty);
        self.str_at(b",\"text\":", &e.text);
        self.int_at(b",\"start\":", e.start);
        self.int_at(b",\"end\":", e.end);
        self.int_at(b",\"sentence\":", e.sentence);
        self.some_str(b",\"canonical\":", e.canonical.as_deref());
        self.some_str(b",\"kind\":", e.kind);
        self.some_serde(b",\"value\":", e.value.as_ref());
        self.some_serde(b",\"min\":", e.min.as_ref());
        self.some_serde(b",\"max\":", e.max.as_ref());
        self.some_str(b",\"currency\":", e.currency);
        self.some_str(b",\"unit\":", e.unit);
        self.flag(b",\"approximate\":true", e.approximate);
        self.flag(b",\"points\":true", e.points);
        self.some_str(b",\"rule\":", e.rule.as_deref());
        self.raw(b"}");
    }

    fn quote(&mut self, q: &QuoteOut) {
        self.str_at(b"{\"text\":", &q.text);
        self.int_at(b",\"start\":", q.start);
        self.int_at(b",\"end\":", q.end);
        self.raw(b",\"speaker\":");
        self.opt_str(q.speaker.as_deref());
        self.raw(b",\"speaker_start\":");
        self.opt_int(q.speaker_start);
        self.raw(b",\"speaker_end\":");
        self.opt_int(q.speaker_end);
        if !q.speakers.is_empty() {
            self.raw(b",\"speakers\":");
            self.strings(&q.speakers);
        }
        self.raw(b"}");
    }

    fn name_count(&mut self, n: &NameCount) {
        self.str_at(b"{\"name\":", &n.name);
        self.int_at(b",\"count\":", n.count);
        self.raw(b",\"aliases\":");
        self.strings(&n.aliases);
        self.raw(b"}");
    }

    fn value_count(&mut self, v: &ValueCount) {
        self.str_at(b"{\"text\":", &v.text);
        self.some_str(b",\"kind\":", v.kind);
        self.some_serde(b",\"value\":", v.value.as_ref());
        self.some_str(b",\"currency\":", v.currency);
        self.int_at(b",\"count\":", v.count);
        self.raw(b"}");
    }

    fn summary(&mut self, s: &Summary) {
        self.list_at(b"{\"people\":", &s.people, Writer::name_count);
        self.list_at(b",\"places\":", &s.places, Writer::name_count);
        self.list_at(b",\"organizations\":", &s.organizations, Writer::name_count);
        self.list_at(b",\"amounts\":", &s.amounts, Writer::value_count);
        self.list_at(b",\"dates\":", &s.dates, Writer::value_count);
        self.raw(b"}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Options};

    #[test]
    fn eight_byte_escape_test_is_exact() {
        let escaped = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b' ', 0x7F, 0x80, 0xFF] {
                    let mut w = [fill; 8];
                    w[at] = b;
                    assert_eq!(
                        needs_escape(u64::from_le_bytes(w)),
                        escaped(b),
                        "{b:#x} at {at}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "[a-z \"\\\\\u{0}-\u{1f}\u{7f}é€]{0,40}") {
            let mut out = Vec::new();
            let mut w = Writer { out: &mut out, sink: None, error: None };
            w.str(&s);
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }

    fn same_as_serde(text: &str, explain: bool) {
        let analyzer = Analyzer::new(Options {
            explain,
            ..Options::default()
        });
        let mut a = analyzer.analyze(text);
        a.source = Some("in\"put\\.txt".to_string());
        a.id = Some(serde_json::json!({"n": 1.5, "k": [1, "x"]}));
        let mut fast = Vec::new();
        write_json(&mut fast, &a);
        let slow = serde_json::to_vec(&a).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&fast),
            String::from_utf8_lossy(&slow)
        );
    }

    #[test]
    fn writes_what_serde_json_writes() {
        same_as_serde(
            "PHNOM PENH, March 3 (Reuters) — Prime Minister Hun Manet said on Tuesday the \
             \"Ream\" base\twould cost $45.5 million, about 3-5% of the budget.\n\n\
             “We are ready,” he said. Control\u{1}chars\u{7f} and \\ backslashes.",
            true,
        );
        same_as_serde("", false);
        same_as_serde("Word.\r\nWord.\u{8}\u{c}", false);
    }

    #[test]
    fn written_in_pieces_is_the_same() {
        let text = "Prime Minister Hun Manet said on Tuesday that $45 million was spent.\n\n"
            .repeat(2_000);
        let a = Analyzer::new(Options::default()).analyze(&text);
        let mut whole = Vec::new();
        write_json(&mut whole, &a);
        assert!(whole.len() > 4 * SPILL_AT);
        let mut pieces = Vec::new();
        write_json_to(&mut pieces, &a).unwrap();
        assert!(whole == pieces);
    }
}
