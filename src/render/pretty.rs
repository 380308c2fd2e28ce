//! Pretty JSON from compact JSON, a piece at a time: the layout of
//! `serde_json::to_writer_pretty` (two spaces an indent, `"key": value`, `[]` and `{}` for
//! empty lists and objects), so that one writer serves both forms and a large input's
//! pretty JSON is never held whole either.

/// The state of the re-indentation between pieces.
#[derive(Debug, Default)]
pub(crate) struct Pretty {
    /// Open lists and objects.
    depth: usize,
    /// Inside a string.
    in_string: bool,
    /// Inside a string, right after a backslash.
    escaped: bool,
    /// A `[` or `{` not yet written: whether it is empty shows at the next byte.
    open: Option<u8>,
}

impl Pretty {
    /// Re-indents `input`, the next piece of compact JSON, into `out`.
    pub(crate) fn feed(&mut self, input: &[u8], out: &mut Vec<u8>) {
        let mut i = 0;
        while i < input.len() {
            let b = input[i];
            if let Some(open) = self.open.take() {
                out.push(open);
                if b == open + 2 {
                    // `[]` or `{}` (`]` and `}` are two past their openers in ASCII).
                    out.push(b);
                    i += 1;
                    continue;
                }
                self.depth += 1;
                self.newline(out);
            }
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                    out.push(b);
                    i += 1;
                    continue;
                }
                // The rest of the string up to its closing quote or next escape, at once.
                let run = memchr::memchr2(b'"', b'\\', &input[i..]).unwrap_or(input.len() - i);
                out.extend_from_slice(&input[i..i + run]);
                i += run;
                if let Some(&b) = input.get(i) {
                    out.push(b);
                    self.escaped = b == b'\\';
                    self.in_string = b == b'\\';
                    i += 1;
                }
                continue;
            }
            match b {
                b'"' => {
                    self.in_string = true;
                    out.push(b);
                }
                b'[' | b'{' => self.open = Some(b),
                b']' | b'}' => {
                    self.depth = self.depth.saturating_sub(1);
                    self.newline(out);
                    out.push(b);
                }
                b',' => {
                    out.push(b);
                    self.newline(out);
                }
                b':' => out.extend_from_slice(b": "),
                _ => out.push(b),
            }
            i += 1;
        }
    }

    fn newline(&self, out: &mut Vec<u8>) {
        out.push(b'\n');
        for _ in 0..self.depth {
            out.extend_from_slice(b"  ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reindents_as_serde_json_does_in_any_pieces() {
        let v = json!({
            "a": [], "b": {}, "c": [[], {}, [1, {"x": "q\"uo:te,[{"}]],
            "d": "back\\slash\\\"", "e": null, "f": 1.5, "g": {"h": [true, false]}
        });
        let compact = serde_json::to_vec(&v).unwrap();
        let pretty = serde_json::to_vec_pretty(&v).unwrap();
        for size in [1, 2, 3, 7, compact.len()] {
            let mut p = Pretty::default();
            let mut out = Vec::new();
            for piece in compact.chunks(size) {
                p.feed(piece, &mut out);
            }
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(pretty.clone()).unwrap()
            );
        }
    }
}
