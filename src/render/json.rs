//! The JSON of the output contract, written by hand from the pipeline's [`Findings`]: byte
//! for byte what `serde_json` prints for the [`crate::Analysis`] built from them (a test holds it
//! to that), in about a third of the time, and without the analysis's copies of the text:
//! sentence and entity texts are slices of the input, written as they are reached. The
//! output goes out in pieces of about 64 KiB, so a large input's JSON is never held whole.
//!
//! Each item is written at a cursor (`render/cursor.rs`): keys as literals, integers from
//! a table of digit pairs, strings escaped a clean run at a time, the summary from borrowed
//! groups; numbers that are floats and `id`/`value` fields (arbitrary JSON) still go
//! through `serde_json`, so their formatting is serde_json's own. Pretty output is the compact
//! output re-indented on its way out (`render/pretty.rs`). [`Fields`] leaves out top-level
//! fields that a pipeline does not need.

use std::io::{self, Write};

use super::cursor::Cursor;
pub use super::fields::Fields;
use super::pretty::Pretty;
use crate::input::CharOffsets;
use crate::model::{EntityType, Span, Value};
use crate::output::{
    count_words, group, rule_text, EntityRef, EntityRefs, Findings, Groups, NameGroup, ValueGroup,
    FORMAT_VERSION,
};
use crate::quotes::Quote;

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
    // text it is about four and a half times the text, rarely over six (a short text's
    // takes more: its summary and keys).
    if options.fields.sentence_text() {
        out.reserve(6 * text.len() + 4096);
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
    /// A cursor at the end of the buffer, for the pieces of one item.
    #[inline(always)]
    fn c(&mut self) -> Cursor<'_> {
        Cursor::new(self.out)
    }

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
        let mut c = self.c();
        c.raw(b"{\"source\":");
        c.opt_str(head.source);
        if let Some(id) = head.id {
            // As the input wrote it: a number of any size stays exact.
            c.raw(b",\"id\":");
            c.raw(id.get().as_bytes());
        }
        c.int_at(b",\"version\":", FORMAT_VERSION as usize);
        if fields.has("reference_date") {
            c.raw(b",\"reference_date\":");
            match found.reference {
                Some((date, source)) => {
                    c.str_at(b"{\"date\":\"", &date.to_string());
                    c.raw(b",\"source\":");
                    c.serde(&source);
                    c.raw(b"}");
                }
                None => c.raw(b"null"),
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
                c.raw(key);
                match span {
                    Some(span) => text_span(&mut c, text, &offsets, span),
                    None => c.raw(b"null"),
                }
            }
        }
        if fields.has("stats") {
            c.int_at(b",\"stats\":{\"characters\":", offsets.to_char(text.len()));
            c.int_at(b",\"words\":", count_words(text));
            c.int_at(b",\"sentences\":", found.sentences.len());
            c.int_at(b",\"paragraphs\":", found.paragraphs.len());
            c.raw(b"}");
        }
        drop(c);
        if fields.has("paragraphs") {
            self.raw(b",\"paragraphs\":");
            self.list(&found.paragraphs, |c, p| {
                c.int_at(b"{\"start\":", offsets.to_char(p.start));
                c.int_at(b",\"end\":", offsets.to_char(p.end));
                c.byte(b'}');
            });
        }
        if fields.has("sentences") {
            self.raw(b",\"sentences\":");
            let with_text = fields.sentence_text();
            self.list(found.sentences.iter().enumerate(), |c, (index, s)| {
                c.int_at(b"{\"index\":", index);
                c.int_at(b",\"start\":", offsets.to_char(s.start));
                c.int_at(b",\"end\":", offsets.to_char(s.end));
                if with_text {
                    c.str_at(b",\"text\":\"", &text[s.start..s.end]);
                }
                c.byte(b'}');
            });
        }
        if fields.has("entities") {
            self.raw(b",\"entities\":");
            let mut refs = EntityRefs::new(text, found, &offsets, options.explain);
            self.list(&found.mentions, |c, m| entity(c, refs.get(m)));
        }
        if fields.has("quotes") {
            self.raw(b",\"quotes\":");
            self.list(&found.quotes, |c, q| quote(c, text, &offsets, q));
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

    /// A list, its items written at one cursor, and out to the sink as it grows.
    fn list<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut item: impl FnMut(&mut Cursor, T),
    ) {
        let spills = self.sink.is_some();
        let mut c = Cursor::new(self.out);
        c.byte(b'[');
        for (k, x) in items.into_iter().enumerate() {
            c.item();
            if k > 0 {
                c.byte(b',');
            }
            item(&mut c, x);
            if spills && c.written() >= SPILL_AT {
                drop(c);
                self.spill_now();
                c = Cursor::new(self.out);
            }
        }
        c.byte(b']');
    }

    fn summary(&mut self, g: &Groups) {
        for (ty, key) in [
            (EntityType::Person, &b"{\"people\":"[..]),
            (EntityType::Place, b",\"places\":"),
            (EntityType::Organization, b",\"organizations\":"),
        ] {
            self.raw(key);
            self.list(g.names(ty), |c, n| name_count(c, g, n));
        }
        self.raw(b",\"amounts\":");
        self.list(g.values(EntityType::Amount), value_count);
        self.raw(b",\"dates\":");
        self.list(g.values(EntityType::Date), value_count);
        self.raw(b"}");
    }
}

/// A span's text and offsets. (The item writers are inlined where they are called: a
/// cursor passed to a call would be kept in memory, and read back after each byte stored.)
#[inline(always)]
fn text_span(c: &mut Cursor, text: &str, offsets: &CharOffsets, s: Span) {
    c.str_at(b"{\"text\":\"", &text[s.start..s.end]);
    c.int_at(b",\"start\":", offsets.to_char(s.start));
    c.int_at(b",\"end\":", offsets.to_char(s.end));
    c.byte(b'}');
}

/// The opening of an entity of type `t`, up to its text's opening quote.
#[inline(always)]
fn entity_head(c: &mut Cursor, t: EntityType) {
    // A literal each (not one slice of several lengths): copies of known size.
    match t {
        EntityType::Person => c.raw(b"{\"type\":\"person\",\"text\":\""),
        EntityType::Place => c.raw(b"{\"type\":\"place\",\"text\":\""),
        EntityType::Organization => c.raw(b"{\"type\":\"organization\",\"text\":\""),
        EntityType::Amount => c.raw(b"{\"type\":\"amount\",\"text\":\""),
        EntityType::Date => c.raw(b"{\"type\":\"date\",\"text\":\""),
    }
}

/// An entity.
#[inline(always)]
fn entity(c: &mut Cursor, e: EntityRef) {
    let q = e.quantity;
    entity_head(c, e.ty);
    let written = c.written() - 1;
    c.str_rest(e.text.as_bytes());
    let written = written..c.written();
    c.int_at(b",\"start\":", e.start);
    c.int_at(b",\"end\":", e.end);
    c.int_at(b",\"sentence\":", e.sentence);
    match e.canonical {
        // Most names are their own canonical name: their text is copied, not escaped
        // again.
        Some(name)
            if name.len() == e.text.len()
                && (name.as_ptr() == e.text.as_ptr() || name == e.text) =>
        {
            c.raw(b",\"canonical\":");
            c.again(written);
        }
        name => c.some_str(b",\"canonical\":\"", name),
    }
    c.some_name(b",\"kind\":", e.kind);
    if let Some(g) = e.geo {
        let p = g.get();
        c.some_name(b",\"country\":", p.country());
    }
    if let Some(p) = e.geo.map(|g| g.get()).filter(|p| p.on_the_map()) {
        c.raw(b",\"geo\":{\"lat\":");
        c.hundredths(p.lat_hundredths());
        c.raw(b",\"lon\":");
        c.hundredths(p.lon_hundredths());
        c.raw(b",\"geonames_id\":");
        c.int(p.id as usize);
        c.some_name(b",\"feature\":", Some(p.feature().name()));
        c.byte(b'}');
    }
    // The value and attributes: a name has none, all of them left out at once.
    if !q.is_none_at_all() {
        match &q.value {
            Some(Value::Range(min, max)) => {
                c.some_value(b",\"min\":", Some(&Value::Number(*min)));
                c.some_value(b",\"max\":", Some(&Value::Number(*max)));
            }
            // A run of days: its first and last day.
            Some(v @ Value::Text(t)) if t.is_interval() => {
                if let Some((min, max)) = v.ends() {
                    c.some_value(b",\"min\":", Some(&min));
                    c.some_value(b",\"max\":", Some(&max));
                }
            }
            v => c.some_value(b",\"value\":", v.as_ref()),
        }
        c.some_str(b",\"currency\":\"", q.currency);
        c.some_str(b",\"unit\":\"", q.unit);
        c.some_str(b",\"object\":\"", e.object);
        c.flag(b",\"approximate\":true", q.approximate);
        c.flag(b",\"points\":true", q.points);
    }
    // Only with --explain: the rule's text is built out of line.
    if let Some(rule) = e.rule {
        c.str_at(b",\"rule\":\"", &rule_text(rule, e.geo, e.quantity));
    }
    c.byte(b'}');
}

/// A quotation.
#[inline(always)]
fn quote(c: &mut Cursor, text: &str, offsets: &CharOffsets, q: &Quote) {
    c.str_at(b"{\"text\":\"", &text[q.span.start..q.span.end]);
    c.int_at(b",\"start\":", offsets.to_char(q.span.start));
    c.int_at(b",\"end\":", offsets.to_char(q.span.end));
    c.raw(b",\"speaker\":");
    c.opt_str(q.speaker.as_deref());
    c.raw(b",\"speaker_start\":");
    c.opt_int(q.speaker_span.map(|s| offsets.to_char(s.start)));
    c.raw(b",\"speaker_end\":");
    c.opt_int(q.speaker_span.map(|s| offsets.to_char(s.end)));
    if !q.speakers.is_empty() {
        c.raw(b",\"speakers\":[");
        for (k, s) in q.speakers.iter().enumerate() {
            if k > 0 {
                c.byte(b',');
            }
            c.str(s);
        }
        c.byte(b']');
    }
    c.raw(b",\"speaker_type\":");
    c.opt_str(q.speaker_type.map(|t| t.name()));
    c.raw(b",\"verb\":");
    match q.verb.map(|v| &text[v.start..v.end]) {
        // Verbs are short ASCII words, lowered on the stack.
        Some(v) if v.len() <= 24 && v.is_ascii() => {
            let mut buf = [0u8; 24];
            buf[..v.len()].copy_from_slice(v.as_bytes());
            buf[..v.len()].make_ascii_lowercase();
            c.byte(b'"');
            c.str_rest(&buf[..v.len()]);
        }
        v => c.opt_str(v.map(str::to_lowercase).as_deref()),
    }
    c.str_at(b",\"kind\":\"", q.kind.name());
    c.byte(b'}');
}

/// A named entity, its count and its aliases.
#[inline(always)]
fn name_count(c: &mut Cursor, groups: &Groups, n: &NameGroup) {
    c.str_at(b"{\"name\":\"", n.name);
    c.int_at(b",\"count\":", n.count);
    c.raw(b",\"aliases\":[");
    for (k, a) in groups.aliases(n).enumerate() {
        if k > 0 {
            c.byte(b',');
        }
        c.str(a);
    }
    c.byte(b']');
    c.some_name(b",\"country\":", n.country);
    c.byte(b'}');
}

/// A group of amounts or dates of one value.
#[inline(always)]
fn value_count(c: &mut Cursor, v: &ValueGroup) {
    c.str_at(b"{\"text\":\"", v.text);
    c.some_name(b",\"kind\":", v.kind);
    c.some_value(b",\"value\":", v.value);
    c.some_str(b",\"currency\":\"", v.currency);
    c.int_at(b",\"count\":", v.count);
    c.byte(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Options};

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
