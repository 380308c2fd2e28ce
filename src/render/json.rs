//! The JSON of the output contract, written by hand from the pipeline's [`Findings`]: byte
//! for byte what `serde_json` prints for the [`crate::Analysis`] built from them (a test holds it
//! to that), in about a third of the time, and without the analysis's copies of the text:
//! sentence and entity texts are slices of the input, written as they are reached. The
//! output goes out in pieces of about 64 KiB, so a large input's JSON is never held whole.
//!
//! Keys are written as literals, integers from a table of digit pairs, strings escaped a
//! clean run at a time, the summary from borrowed groups; numbers that are floats and
//! `id`/`value` fields (arbitrary JSON) still go through `serde_json`, so their formatting
//! is serde_json's own. Pretty output is the compact
//! output re-indented on its way out (`render/pretty.rs`). [`Fields`] leaves out top-level
//! fields that a pipeline does not need.

use std::io::{self, Write};

use serde::Serialize;

use crate::input::CharOffsets;
use crate::model::{EntityType, Span, Value};
use crate::output::{
    count_words, group, EntityRef, EntityRefs, Findings, Groups, NameGroup, ValueGroup,
    FORMAT_VERSION,
};
use crate::quotes::Quote;
use crate::swar::{self, zero_byte, HIGH_BITS, LOW_BITS};

pub use super::fields::Fields;
use super::pretty::Pretty;

/// How [`write_findings`] writes.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonOptions {
    /// Add to each entity the rule or list that found it.
    pub explain: bool,
    /// Pretty-print (as `serde_json::to_writer_pretty`) rather than one line.
    pub pretty: bool,
    /// The top-level fields to write.
    pub fields: Fields,
}

/// What the caller knows of an input beyond its text: its name and batch id.
#[derive(Debug, Clone, Copy, Default)]
pub struct Head<'a> {
    /// The input's path, or "-" for standard input (`null` when `None`).
    pub source: Option<&'a str>,
    /// The input's id from a JSON Lines batch (left out when `None`).
    pub id: Option<&'a serde_json::value::RawValue>,
}

/// Writes the JSON of what was found in `text` (no trailing newline) to `sink`, in pieces
/// of about 64 KiB.
pub fn write_findings(
    sink: &mut dyn Write,
    text: &str,
    found: &Findings,
    head: Head,
    options: JsonOptions,
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(SPILL_AT + 4096);
    let mut w = Writer {
        out: &mut buf,
        sink: Some(sink),
        pretty: options.pretty.then(Pretty::default),
        scratch: Vec::new(),
        error: None,
    };
    w.document(text, found, head, options);
    w.spill(0);
    match w.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Appends the JSON of what was found in `text` (no trailing newline) to `out`.
pub fn write_findings_into(
    out: &mut Vec<u8>,
    text: &str,
    found: &Findings,
    head: Head,
    options: JsonOptions,
) {
    if options.pretty {
        // Writing to a vector does not fail.
        let _ = write_findings(out, text, found, head, options);
        return;
    }
    // Room for the whole JSON at once, no copies as the buffer grows: with the sentences'
    // text it is about four and a half times the text, rarely over six.
    if options.fields.sentence_text() {
        out.reserve(6 * text.len() + 1024);
    }
    Writer::in_memory(out).document(text, found, head, options);
}

/// The buffered size at which the writer writes out.
const SPILL_AT: usize = 1 << 16;

struct Writer<'a, 'w> {
    out: &'a mut Vec<u8>,
    /// Where the buffer is written out; `None` keeps everything in `out`.
    sink: Option<&'w mut dyn Write>,
    /// Re-indents the compact JSON on its way out, for pretty output.
    pretty: Option<Pretty>,
    /// The re-indented piece.
    scratch: Vec<u8>,
    /// The first write error; later writes are skipped.
    error: Option<io::Error>,
}

/// The numbers below [`SMALL`]: most offsets and counts.
const SMALL: usize = 10_000;

/// The digits of each number below [`SMALL`] as written (no zeros in front), the first in
/// the lowest byte, and how many there are.
static DIGITS: ([u32; SMALL], [u8; SMALL]) = {
    let (mut digits, mut counts) = ([0; SMALL], [0; SMALL]);
    let mut n = 0;
    while n < SMALL {
        let (mut word, mut count, mut rest) = (0u32, 0u8, n);
        // From the last digit to the first, each shifting the ones after it up a byte: the
        // first lands in the lowest.
        loop {
            word = word << 8 | (b'0' + (rest % 10) as u8) as u32;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        digits[n] = word;
        counts[n] = count;
        n += 1;
    }
    (digits, counts)
};

/// The bytes a string is tested in at once.
const CHUNK: usize = 16;

/// Whether JSON strings escape `b`: a control character, `"` or `\\`.
#[inline]
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// True when one of the bytes of `chunk` is one that JSON strings escape (a test the
/// compiler turns into vector instructions; of thirty-two bytes, two vectors folded into
/// one mask).
#[inline(always)]
fn any_escape<const N: usize>(chunk: &[u8; N]) -> bool {
    // Three separate folds: the compiler makes each one vector test.
    let (mut control, mut quote, mut backslash) = (0u8, 0u8, 0u8);
    for &b in chunk {
        control |= u8::from(b < 0x20);
        quote |= u8::from(b == b'"');
        backslash |= u8::from(b == b'\\');
    }
    control | quote | backslash != 0
}

/// Where the bytes to escape in `bytes` may start: its length when it holds none, else the
/// start of the first thirty-two or sixteen bytes that hold one (0 for a string shorter
/// than sixteen).
///
/// Thirty-two bytes are tested at a time, then sixteen, the last sixteen overlapping the
/// ones before; a short string eight bytes at a time (two overlapping halves of four below
/// eight), or a byte at a time below four.
#[inline(never)]
fn dirty_from(bytes: &[u8]) -> usize {
    let n = bytes.len();
    let dirty = if n >= CHUNK {
        let mut at = 0;
        while at + 2 * CHUNK <= n {
            let pair: &[u8; 2 * CHUNK] = bytes[at..at + 2 * CHUNK].try_into().expect("two chunks");
            if any_escape(pair) {
                return at;
            }
            at += 2 * CHUNK;
        }
        while at + CHUNK <= n {
            if any_escape::<CHUNK>(bytes[at..at + CHUNK].try_into().expect("a chunk")) {
                return at;
            }
            at += CHUNK;
        }
        if at < n && any_escape::<CHUNK>(bytes[n - CHUNK..].try_into().expect("a chunk")) {
            return at;
        }
        false
    } else {
        short_needs_escape(bytes)
    };
    if dirty {
        0
    } else {
        n
    }
}

/// True when `bytes`, shorter than [`CHUNK`], holds a byte that JSON strings escape: eight
/// bytes at a time (two overlapping words), two overlapping halves of four below eight, a
/// byte at a time below four. Inlined where strings are written: most are short names.
#[inline(always)]
fn short_needs_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    debug_assert!(n < CHUNK);
    if n >= 8 {
        needs_escape(swar::load(bytes)) || needs_escape(swar::load(&bytes[n - 8..]))
    } else if n >= 4 {
        // The first four bytes and the last four (overlapping) as one word.
        let word =
            |at: usize| u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4")));
        needs_escape(word(0) | (word(n - 4) << 32))
    } else {
        bytes.iter().any(|&b| escaped(b))
    }
}

/// The high bit of each of the eight bytes of `w` that JSON strings escape, exactly (no
/// carries between bytes: each sum stays below 0x100).
#[inline]
fn escape_flags(w: u64) -> u64 {
    const LOW7: u64 = !HIGH_BITS;
    // Below 0x80, and below 0x20: the low seven bits plus 0x60 stay under 0x80.
    let control = !((w & LOW7).wrapping_add(LOW_BITS * 0x60) | w) & HIGH_BITS;
    // Zero bytes of `x`: the low seven bits plus 0x7F stay under 0x80, the high bit clear.
    let zero = |x: u64| !((x & LOW7).wrapping_add(LOW7) | x) & HIGH_BITS;
    control | zero(w ^ (LOW_BITS * u64::from(b'"'))) | zero(w ^ (LOW_BITS * u64::from(b'\\')))
}

/// True when one of the eight bytes of `w` is one that JSON strings escape. (Bytes of 0x80
/// and up never set the high bit of a test.)
#[inline]
fn needs_escape(w: u64) -> bool {
    let control = w.wrapping_sub(LOW_BITS * 0x20) & !w & HIGH_BITS;
    let quote = zero_byte(w ^ (LOW_BITS * u64::from(b'"')));
    control | quote | zero_byte(w ^ (LOW_BITS * u64::from(b'\\'))) != 0
}

impl<'a> Writer<'a, '_> {
    /// A compact writer that keeps everything in `out`.
    fn in_memory(out: &'a mut Vec<u8>) -> Self {
        Writer {
            out,
            sink: None,
            pretty: None,
            scratch: Vec::new(),
            error: None,
        }
    }
}

impl Writer<'_, '_> {
    /// Writes the buffer out to the sink once it holds `at` bytes or more.
    #[inline(always)]
    fn spill(&mut self, at: usize) {
        if self.out.len() >= at.max(1) {
            self.spill_now();
        }
    }

    /// Writes the buffer out to the sink, if there is one.
    #[inline(never)]
    fn spill_now(&mut self) {
        let Some(sink) = self.sink.as_mut() else {
            return;
        };
        if self.error.is_none() {
            let piece = match &mut self.pretty {
                Some(p) => {
                    self.scratch.clear();
                    p.feed(self.out, &mut self.scratch);
                    &self.scratch
                }
                None => &*self.out,
            };
            if let Err(e) = sink.write_all(piece) {
                self.error = Some(e);
            }
        }
        self.out.clear();
    }

    fn document(&mut self, text: &str, found: &Findings, head: Head, options: JsonOptions) {
        let fields = options.fields;
        let offsets = CharOffsets::new(text);
        self.raw(b"{\"source\":");
        self.opt_str(head.source);
        if let Some(id) = head.id {
            // As the input wrote it: a number of any size stays exact.
            self.raw(b",\"id\":");
            self.raw(id.get().as_bytes());
        }
        self.int_at(b",\"version\":", FORMAT_VERSION as usize);
        if fields.has("reference_date") {
            self.raw(b",\"reference_date\":");
            match found.reference {
                Some((date, source)) => {
                    self.str_at(b"{\"date\":\"", &date.to_string());
                    self.raw(b",\"source\":");
                    self.serde(&source);
                    self.raw(b"}");
                }
                None => self.raw(b"null"),
            }
        }
        let s = &found.structure;
        for (name, key, span) in [
            ("title", &b",\"title\":"[..], s.title),
            ("subtitle", b",\"subtitle\":", s.subtitle),
            ("byline", b",\"byline\":", s.byline_names),
            ("dateline", b",\"dateline\":", s.dateline),
        ] {
            if fields.has(name) {
                self.raw(key);
                match span {
                    Some(span) => self.text_span(text, &offsets, span),
                    None => self.raw(b"null"),
                }
            }
        }
        if fields.has("stats") {
            self.int_at(b",\"stats\":{\"characters\":", offsets.to_char(text.len()));
            self.int_at(b",\"words\":", count_words(text));
            self.int_at(b",\"sentences\":", found.sentences.len());
            self.int_at(b",\"paragraphs\":", found.paragraphs.len());
            self.raw(b"}");
        }
        if fields.has("paragraphs") {
            self.raw(b",\"paragraphs\":");
            self.list(&found.paragraphs, |w, p| {
                w.int_at(b"{\"start\":", offsets.to_char(p.start));
                w.int_at(b",\"end\":", offsets.to_char(p.end));
                w.raw(b"}");
            });
        }
        if fields.has("sentences") {
            self.raw(b",\"sentences\":");
            let with_text = fields.sentence_text();
            self.list(found.sentences.iter().enumerate(), |w, (index, s)| {
                w.int_at(b"{\"index\":", index);
                w.int_at(b",\"start\":", offsets.to_char(s.start));
                w.int_at(b",\"end\":", offsets.to_char(s.end));
                if with_text {
                    w.str_at(b",\"text\":\"", &text[s.start..s.end]);
                }
                w.raw(b"}");
            });
        }
        if fields.has("entities") {
            self.raw(b",\"entities\":");
            let mut refs = EntityRefs::new(text, found, &offsets, options.explain);
            self.list(&found.mentions, |w, m| w.entity(refs.get(m)));
        }
        if fields.has("quotes") {
            self.raw(b",\"quotes\":");
            self.list(&found.quotes, |w, q| w.quote(text, &offsets, q));
        }
        // The summary needs no offsets: their table (a word per 256 bytes of text past the
        // first one beyond ASCII) makes room for its groups.
        drop(offsets);
        if fields.has("summary") {
            self.raw(b",\"summary\":");
            self.summary(&group(text, &found.mentions, &found.geo));
        }
        self.raw(b"}");
    }

    #[inline(always)]
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// An integer. Below [`SMALL`] (most offsets and counts) its digits are read from a
    /// table and copied as four bytes (a copy of known size needs no call), the copy then
    /// cut to the digits.
    #[inline(always)]
    fn int(&mut self, n: usize) {
        if n < SMALL {
            let at = self.out.len();
            self.out.extend_from_slice(&DIGITS.0[n].to_le_bytes());
            self.out.truncate(at + usize::from(DIGITS.1[n]));
        } else {
            self.long_int(n);
        }
    }

    /// An integer of five digits or more.
    #[inline(never)]
    fn long_int(&mut self, n: usize) {
        self.raw(itoa::Buffer::new().format(n).as_bytes());
    }

    #[inline(always)]
    fn opt_int(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.int(n),
            None => self.raw(b"null"),
        }
    }

    /// A JSON string, escaped as serde_json escapes: `"` and `\`, the short escapes for
    /// backspace, form feed, newline, carriage return and tab, `\u00XX` for the other
    /// control characters; everything else as is.
    ///
    /// A string without escapes (most) is tested by [`dirty_from`] and copied whole, the
    /// rest inlined at each use; otherwise clean runs are copied whole, and only the bytes
    /// of a test that found an escape are looked at one by one.
    #[inline(always)]
    fn str(&mut self, s: &str) {
        self.out.push(b'"');
        self.str_rest(s.as_bytes());
    }

    /// A JSON string's bytes, its opening quote written already: the rest of [`Writer::str`].
    #[inline(always)]
    fn str_rest(&mut self, bytes: &[u8]) {
        self.out.reserve(bytes.len() + 1);
        let from = match bytes.len() {
            n if n >= CHUNK => dirty_from(bytes),
            _ if short_needs_escape(bytes) => 0,
            n => n,
        };
        match from {
            clean if clean == bytes.len() => self.out.extend_from_slice(bytes),
            from => self.escape_from(bytes, from),
        }
        self.out.push(b'"');
    }

    /// Writes `bytes` with its escapes, all of them at `from` or after: clean runs of
    /// sixteen bytes skipped at once, the others eight bytes at a time, each escape found
    /// from the word's flags; the last few bytes one by one.
    #[cold]
    #[inline(never)]
    fn escape_from(&mut self, bytes: &[u8], from: usize) {
        let n = bytes.len();
        let (mut clean, mut at) = (0, from);
        while at + 8 <= n {
            if at + CHUNK <= n
                && !any_escape::<CHUNK>(bytes[at..at + CHUNK].try_into().expect("a chunk"))
            {
                at += CHUNK;
                continue;
            }
            let mut flags = escape_flags(swar::load(&bytes[at..]));
            while flags != 0 {
                let i = at + flags.trailing_zeros() as usize / 8;
                self.out.extend_from_slice(&bytes[clean..i]);
                self.escape(bytes[i]);
                clean = i + 1;
                flags &= flags - 1;
            }
            at += 8;
        }
        clean = self.escape_run(bytes, clean, at, n);
        self.out.extend_from_slice(&bytes[clean..]);
    }

    /// Writes `b`, a byte that JSON strings escape, escaped.
    fn escape(&mut self, b: u8) {
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
    }

    /// Writes `bytes[clean..end]` with its escapes (all of them in `from..end`), and returns
    /// where the clean bytes after the last escape start.
    #[cold]
    #[inline(never)]
    fn escape_run(&mut self, bytes: &[u8], mut clean: usize, from: usize, end: usize) -> usize {
        for (i, &b) in bytes[..end].iter().enumerate().skip(from) {
            if escaped(b) {
                self.out.extend_from_slice(&bytes[clean..i]);
                self.escape(b);
                clean = i + 1;
            }
        }
        clean
    }

    #[inline(always)]
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

    /// A number of hundredths as serde_json writes it as an `f64` in degrees: the shortest
    /// decimal that reads back ("48.85", "38.9", "12.0", "-0.13").
    fn hundredths(&mut self, v: i16) {
        if v < 0 {
            self.out.push(b'-');
        }
        let a = v.unsigned_abs();
        self.int(usize::from(a / 100));
        let f = a % 100;
        self.out.push(b'.');
        if f % 10 == 0 {
            self.out.push(b'0' + (f / 10) as u8);
        } else {
            self.out.push(b'0' + (f / 10) as u8);
            self.out.push(b'0' + (f % 10) as u8);
        }
    }

    /// A key and an integer. A key of twelve bytes at most (all of the output's) and a
    /// number below [`SMALL`] go out as one copy of sixteen bytes, cut to their length.
    #[inline(always)]
    fn int_at(&mut self, key: &[u8], n: usize) {
        let k = key.len();
        if k <= 12 && n < SMALL {
            let mut piece = [0u8; 16];
            piece[..k].copy_from_slice(key);
            piece[k..k + 4].copy_from_slice(&DIGITS.0[n].to_le_bytes());
            let at = self.out.len();
            self.out.extend_from_slice(&piece);
            self.out.truncate(at + k + usize::from(DIGITS.1[n]));
        } else {
            self.raw(key);
            self.int(n);
        }
    }

    /// A key and a string; `key` ends with the string's opening quote (one literal).
    #[inline(always)]
    fn str_at(&mut self, key: &[u8], s: &str) {
        debug_assert!(key.ends_with(b"\""));
        self.raw(key);
        self.str_rest(s.as_bytes());
    }

    /// A string field that is left out when it is `None` (serde's `skip_serializing_if`);
    /// `key` ends with the string's opening quote.
    #[inline(always)]
    fn some_str(&mut self, key: &[u8], s: Option<&str>) {
        if let Some(s) = s {
            self.str_at(key, s);
        }
    }

    /// A field whose value is one of the output's names (a kind: `money`, `date`), which
    /// need no escapes, left out when it is `None`.
    #[inline(always)]
    fn some_name(&mut self, key: &[u8], name: Option<&'static str>) {
        if let Some(name) = name {
            debug_assert!(!name.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\'));
            self.raw(key);
            self.out.push(b'"');
            self.raw(name.as_bytes());
            self.out.push(b'"');
        }
    }

    /// A value field, left out when it is `None`: an integer or a date's text as serde_json
    /// writes it, without serde_json; a float or a range through it.
    fn some_value(&mut self, key: &[u8], v: Option<&Value>) {
        let Some(v) = v else {
            return;
        };
        self.raw(key);
        match v {
            Value::Number(x) => match Value::integer(*x) {
                Some(i) => {
                    if i < 0 {
                        self.out.push(b'-');
                    }
                    self.int(i.unsigned_abs() as usize);
                }
                None => self.serde(v),
            },
            Value::Text(t) => {
                self.out.push(b'"');
                self.str_rest(t.as_bytes());
            }
            Value::Range(..) => self.serde(v),
        }
    }

    /// A field through serde_json, left out when it is `None`.
    #[inline(always)]
    fn some_serde(&mut self, key: &[u8], v: Option<&impl Serialize>) {
        if let Some(v) = v {
            self.raw(key);
            self.serde(v);
        }
    }

    /// A `"key":true` field, left out when false.
    #[inline(always)]
    fn flag(&mut self, key_true: &[u8], on: bool) {
        if on {
            self.raw(key_true);
        }
    }

    /// A list, written out to the sink as it grows.
    fn list<T>(&mut self, items: impl IntoIterator<Item = T>, mut item: impl FnMut(&mut Self, T)) {
        self.out.push(b'[');
        for (k, x) in items.into_iter().enumerate() {
            if k > 0 {
                self.out.push(b',');
            }
            item(self, x);
            self.spill(SPILL_AT);
        }
        self.out.push(b']');
    }

    fn strings(&mut self, items: &[String]) {
        self.list(items, |w, s| w.str(s));
    }

    fn text_span(&mut self, text: &str, offsets: &CharOffsets, s: Span) {
        self.str_at(b"{\"text\":\"", &text[s.start..s.end]);
        self.int_at(b",\"start\":", offsets.to_char(s.start));
        self.int_at(b",\"end\":", offsets.to_char(s.end));
        self.raw(b"}");
    }

    /// The opening of an entity of type `t`, up to its text's opening quote.
    fn entity_head(&mut self, t: EntityType) {
        // A literal each (not one slice of several lengths): copies of known size.
        match t {
            EntityType::Person => self.raw(b"{\"type\":\"person\",\"text\":\""),
            EntityType::Place => self.raw(b"{\"type\":\"place\",\"text\":\""),
            EntityType::Organization => self.raw(b"{\"type\":\"organization\",\"text\":\""),
            EntityType::Amount => self.raw(b"{\"type\":\"amount\",\"text\":\""),
            EntityType::Date => self.raw(b"{\"type\":\"date\",\"text\":\""),
        }
    }

    fn entity(&mut self, e: EntityRef) {
        let q = e.quantity;
        self.entity_head(e.ty);
        let written = self.out.len() - 1;
        self.str_rest(e.text.as_bytes());
        let written = written..self.out.len();
        self.int_at(b",\"start\":", e.start);
        self.int_at(b",\"end\":", e.end);
        self.int_at(b",\"sentence\":", e.sentence);
        match e.canonical {
            // Most names are their own canonical name: their text is copied, not escaped
            // again.
            Some(c)
                if c.len() == e.text.len() && (c.as_ptr() == e.text.as_ptr() || c == e.text) =>
            {
                self.raw(b",\"canonical\":");
                self.out.extend_from_within(written);
            }
            c => self.some_str(b",\"canonical\":\"", c),
        }
        self.some_name(b",\"kind\":", e.kind);
        if let Some(g) = e.geo {
            let p = g.get();
            self.some_name(b",\"country\":", p.country());
        }
        if let Some(p) = e.geo.map(|g| g.get()).filter(|p| p.on_the_map()) {
            self.raw(b",\"geo\":{\"lat\":");
            self.hundredths(p.lat_hundredths());
            self.raw(b",\"lon\":");
            self.hundredths(p.lon_hundredths());
            self.raw(b",\"geonames_id\":");
            self.int(p.id as usize);
            self.some_name(b",\"feature\":", Some(p.feature().name()));
            self.raw(b"}");
        }
        // The value and attributes: a name has none, all of them left out at once.
        if !q.is_none_at_all() {
            self.some_value(b",\"value\":", q.single());
            let range = q.range();
            self.some_serde(b",\"min\":", range.map(|r| r.0).as_ref());
            self.some_serde(b",\"max\":", range.map(|r| r.1).as_ref());
            self.some_str(b",\"currency\":\"", q.currency);
            self.some_str(b",\"unit\":\"", q.unit);
            self.some_str(b",\"object\":\"", e.object);
            self.flag(b",\"approximate\":true", q.approximate);
            self.flag(b",\"points\":true", q.points);
        }
        // Only with --explain: the rule's text is built out of line.
        if e.rule.is_some() {
            self.some_str(b",\"rule\":\"", e.rule_text().as_deref());
        }
        self.raw(b"}");
    }

    fn quote(&mut self, text: &str, offsets: &CharOffsets, q: &Quote) {
        self.str_at(b"{\"text\":\"", &text[q.span.start..q.span.end]);
        self.int_at(b",\"start\":", offsets.to_char(q.span.start));
        self.int_at(b",\"end\":", offsets.to_char(q.span.end));
        self.raw(b",\"speaker\":");
        self.opt_str(q.speaker.as_deref());
        self.raw(b",\"speaker_start\":");
        self.opt_int(q.speaker_span.map(|s| offsets.to_char(s.start)));
        self.raw(b",\"speaker_end\":");
        self.opt_int(q.speaker_span.map(|s| offsets.to_char(s.end)));
        if !q.speakers.is_empty() {
            self.raw(b",\"speakers\":");
            self.strings(&q.speakers);
        }
        self.raw(b",\"speaker_type\":");
        self.opt_str(q.speaker_type.map(|t| t.name()));
        self.raw(b",\"verb\":");
        match q.verb.map(|v| &text[v.start..v.end]) {
            // Verbs are short ASCII words, lowered on the stack.
            Some(v) if v.len() <= 24 && v.is_ascii() => {
                let mut buf = [0u8; 24];
                buf[..v.len()].copy_from_slice(v.as_bytes());
                buf[..v.len()].make_ascii_lowercase();
                self.str(std::str::from_utf8(&buf[..v.len()]).unwrap_or(v));
            }
            v => self.opt_str(v.map(str::to_lowercase).as_deref()),
        }
        self.str_at(b",\"kind\":\"", q.kind.name());
        self.raw(b"}");
    }

    fn name_count(&mut self, groups: &Groups, n: &NameGroup) {
        self.str_at(b"{\"name\":\"", n.name);
        self.int_at(b",\"count\":", n.count);
        self.raw(b",\"aliases\":");
        self.list(groups.aliases(n), Writer::str);
        self.some_name(b",\"country\":", n.country);
        self.raw(b"}");
    }

    fn value_count(&mut self, v: &ValueGroup) {
        self.str_at(b"{\"text\":\"", v.text);
        self.some_name(b",\"kind\":", v.kind);
        self.some_value(b",\"value\":", v.value);
        self.some_str(b",\"currency\":\"", v.currency);
        self.int_at(b",\"count\":", v.count);
        self.raw(b"}");
    }

    fn summary(&mut self, g: &Groups) {
        for (ty, key) in [
            (EntityType::Person, &b"{\"people\":"[..]),
            (EntityType::Place, b",\"places\":"),
            (EntityType::Organization, b",\"organizations\":"),
        ] {
            self.raw(key);
            self.list(g.names(ty), |w, n| w.name_count(g, n));
        }
        self.raw(b",\"amounts\":");
        self.list(g.values(EntityType::Amount), Writer::value_count);
        self.raw(b",\"dates\":");
        self.list(g.values(EntityType::Date), Writer::value_count);
        self.raw(b"}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Options};

    #[test]
    fn small_numbers_are_written_as_itoa_writes_them() {
        for n in (0..SMALL + 20).chain([99_999, 100_000, usize::MAX]) {
            let mut out = vec![b'x'];
            let mut w = Writer::in_memory(&mut out);
            w.int(n);
            assert_eq!(&out[1..], itoa::Buffer::new().format(n).as_bytes());
        }
    }

    #[test]
    fn escape_tests_are_exact() {
        for b in 0..=255u8 {
            let want = b < 0x20 || b == b'"' || b == b'\\';
            assert_eq!(escaped(b), want);
            for fill in [b'a', b' ', 0x7F, 0x80, 0xFF] {
                for at in 0..CHUNK {
                    let mut w = [fill; CHUNK];
                    w[at] = b;
                    assert_eq!(any_escape(&w), want, "{b:#x} at {at}");
                }
                for at in 0..8 {
                    let mut w = [fill; 8];
                    w[at] = b;
                    assert_eq!(needs_escape(u64::from_le_bytes(w)), want, "{b:#x} at {at}");
                    let fill_flag = u64::from(escaped(fill));
                    let flags = (0..8).fold(0, |f, k| {
                        f | (if k == at { u64::from(want) } else { fill_flag }) << (8 * k + 7)
                    });
                    assert_eq!(escape_flags(u64::from_le_bytes(w)), flags, "{b:#x} at {at}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "[a-z \"\\\\\u{0}-\u{1f}\u{7f}é€]{0,70}") {
            let mut out = Vec::new();
            let mut w = Writer { out: &mut out, sink: None, pretty: None, scratch: Vec::new(), error: None };
            w.str(&s);
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }

    /// The findings written directly, compact and pretty, in memory and in pieces, are what
    /// serde_json writes for the analysis built from them.
    fn same_as_serde(text: &str, explain: bool) {
        let analyzer = Analyzer::new(Options {
            explain,
            ..Options::default()
        });
        let mut a = analyzer.analyze(text);
        let found = analyzer.find(text, None);
        a.source = Some("in\"put\\.txt".to_string());
        // An integer no machine type holds, as the input wrote it.
        let id = "123456789012345678901234567890";
        a.id = serde_json::value::RawValue::from_string(id.to_string()).ok();
        let head = Head {
            source: a.source.as_deref(),
            id: a.id.as_deref(),
        };
        for pretty in [false, true] {
            let options = JsonOptions {
                explain,
                pretty,
                fields: Fields::ALL,
            };
            let mut fast = Vec::new();
            write_findings_into(&mut fast, text, &found, head, options);
            let slow = if pretty {
                serde_json::to_vec_pretty(&a).unwrap()
            } else {
                serde_json::to_vec(&a).unwrap()
            };
            assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&slow)
            );
            let mut pieces = Vec::new();
            write_findings(&mut pieces, text, &found, head, options).unwrap();
            assert!(pieces == fast);
        }
    }

    #[test]
    fn hundredths_as_serde_json_writes_degrees() {
        for v in -18000i16..=18000 {
            let mut out = Vec::new();
            let mut w = Writer::in_memory(&mut out);
            w.hundredths(v);
            let want = serde_json::to_string(&(f64::from(v) / 100.0)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "{v}");
        }
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
        let long = "Prime Minister Hun Manet said on Tuesday that $45 million was spent.\n\n"
            .repeat(2_000);
        same_as_serde(&long, false);
    }

    #[test]
    fn fields_leave_out_what_is_not_asked_for() {
        let text = "Cambodia to Widen Canal\n\nHun Manet said “We are ready” on Tuesday.";
        let analyzer = Analyzer::new(Options::default());
        let found = analyzer.find(text, None);
        let json = |list: &str| {
            let options = JsonOptions {
                fields: Fields::parse(list).unwrap(),
                ..JsonOptions::default()
            };
            let mut out = Vec::new();
            write_findings_into(&mut out, text, &found, Head::default(), options);
            serde_json::from_slice::<serde_json::Value>(&out).unwrap()
        };
        let v = json("entities,version");
        assert_eq!(v.as_object().unwrap().len(), 3);
        assert!(
            v.to_string().starts_with(r#"{"entities":[{"#),
            "keys sorted by serde_json"
        );
        let options = JsonOptions {
            fields: Fields::parse("summary,entities").unwrap(),
            ..JsonOptions::default()
        };
        let mut out = Vec::new();
        write_findings_into(&mut out, text, &found, Head::default(), options);
        // The output's own order, whatever the list's.
        assert!(out.starts_with(br#"{"source":null,"version":1,"entities":[{"#));
        let v = json("sentences:offsets");
        assert_eq!(
            v["sentences"][1],
            serde_json::json!({"index": 1, "start": 25, "end": 66})
        );
        let v = json("sentences:offsets,sentences");
        assert!(v["sentences"][1]["text"].is_string());
        assert_eq!(
            Fields::parse("summary,entities,title").unwrap(),
            Fields::parse("title , entities,summary").unwrap()
        );
        assert!(Fields::parse("entity")
            .unwrap_err()
            .contains("'entity' is not a field"));
        assert_eq!(json("").as_object().unwrap().len(), 2);
    }
}
