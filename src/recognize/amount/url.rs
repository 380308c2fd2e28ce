//! Numbers inside URLs, e-mail addresses and query strings, which are not amounts (the
//! date recognizer asks too).

/// True when byte `at` lies in a white-space-free chunk that is a URL, an e-mail address
/// or a query string, whose numbers are not amounts.
pub(crate) fn in_code(text: &str, at: usize) -> bool {
    // Most chunks hold none of the bytes that begin a mark: the pass that finds the bounds
    // of the run the chunk lies in ([`run_around`]) settles them.
    let b = text.as_bytes();
    if !run_has_mark(b, at) {
        return false;
    }
    let chunk = code_chunk(b, at);
    // One look at each byte for a mark of code: "://", "www.", "@", "=", "?", "_", or a
    // second escape of a byte ("%20"; not the signs of "5%-6%").
    let mut percents = 0;
    for (k, &c) in chunk.iter().enumerate() {
        let code = match c {
            b'@' | b'=' | b'?' | b'_' => true,
            b'%' if is_escape(&chunk[k..]) => {
                percents += 1;
                percents > 1
            }
            b':' => chunk[k..].starts_with(b"://"),
            b'w' => chunk[k..].starts_with(b"www."),
            _ => false,
        };
        if code {
            return true;
        }
    }
    false
}

/// A byte's escape in a URL at the start of `b`: "%" and two hexadecimal digits ("%20").
fn is_escape(b: &[u8]) -> bool {
    b.len() >= 3 && b[1].is_ascii_hexdigit() && b[2].is_ascii_hexdigit()
}

/// The bytes that may begin a mark of code: '@', '=', '?', '_', '%', ':' and 'w'.
static MARK_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let marks = *b"@=?_%:w";
    let mut k = 0;
    while k < marks.len() {
        t[marks[k] as usize] = true;
        k += 1;
    }
    t
};

/// Whether the run of [`run_around`] holds a byte that may begin a mark of code, told as
/// its bounds are found.
fn run_has_mark(b: &[u8], at: usize) -> bool {
    let mut mark = false;
    let mut s = at;
    while s > 0 && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
        mark |= MARK_BYTE[usize::from(b[s])];
        if at - s > 200 {
            break;
        }
    }
    let mut e = at;
    while e < b.len() && !b[e].is_ascii_whitespace() && e - at < 200 {
        mark |= MARK_BYTE[usize::from(b[e])];
        e += 1;
    }
    mark
}

/// The bounds of the white-space-free run of `b` around byte `at` (at most 200 bytes
/// either side).
fn run_around(b: &[u8], at: usize) -> (usize, usize) {
    let mut s = at;
    while s > 0 && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
        if at - s > 200 {
            break;
        }
    }
    let mut e = at;
    while e < b.len() && !b[e].is_ascii_whitespace() && e - at < 200 {
        e += 1;
    }
    (s, e)
}

/// The white-space-free chunk of `b` around byte `at` ([`run_around`]), without closing
/// punctuation: "$10?" is a question.
fn code_chunk(b: &[u8], at: usize) -> &[u8] {
    let (s, mut e) = run_around(b, at);
    while e > s
        && matches!(
            b[e - 1],
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'"' | b'\''
        )
    {
        e -= 1;
    }
    &b[s..e]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading [`in_code`] must agree with: a search for each mark in turn.
    fn in_code_reference(text: &str, at: usize) -> bool {
        let chunk = code_chunk(text.as_bytes(), at);
        let has = |needle: &[u8]| chunk.windows(needle.len()).any(|w| w == needle);
        has(b"://")
            || has(b"www.")
            || [b'@', b'=', b'?', b'_'].iter().any(|c| chunk.contains(c))
            || chunk
                .windows(3)
                .filter(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
                .count()
                > 1
    }

    /// Chunks of words, numbers and the marks [`in_code`] looks for, now and then split by
    /// a space.
    fn code_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            8 => "[a-z0-9]{1,3}",
            2 => Just(" ".to_string()),
            1 => Just("www.".to_string()),
            1 => Just("://".to_string()),
            1 => Just(":/".to_string()),
            1 => Just("w".to_string()),
            1 => Just("%".to_string()),
            1 => "[.:/%]",
            1 => "[@=?_,$W]",
        ];
        proptest::collection::vec(piece, 1..12).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn in_code_agrees_with_the_plain_reading(text in code_like(), at in 0usize..64) {
            let at = at % text.len();
            proptest::prop_assert_eq!(in_code(&text, at), in_code_reference(&text, at));
        }
    }
}
