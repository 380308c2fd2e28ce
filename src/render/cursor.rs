//! The pieces of JSON the writer of `json.rs` is made of, written at a cursor: a vector's
//! end held in two pointers of the writing function, in registers, not read back from the
//! vector after each byte stored (as `Vec::extend_from_slice` must: a byte stored may be
//! any memory). A piece of unbounded length (a string, a long number, serde's) checks its
//! room, growing the vector out of line when short, and leaves [`SLACK`] bytes of room
//! past it; the short pieces between two of them (keys, small numbers, names, single
//! bytes: [`UNCHECKED_MAX`] bytes at most each, a few hundred in all) are written into that
//! room without a check. Debug builds count that room down and panic before it runs out.
//! The vector's length is set when the cursor is dropped.
//!
//! Keys are written as literals, integers from a table of digit pairs, strings escaped a
//! clean run at a time; floats and arbitrary JSON go through `serde_json`.

use std::ptr;

use serde::Serialize;

use crate::model::Value;
use crate::swar;

/// The room a cursor keeps past each checked piece, for the short pieces written after it
/// without a check: more than the longest run of them in any item (an entity's with a
/// place on the map and a value, under four hundred bytes).
const SLACK: usize = 1024;

/// The longest piece written without a check of its room; a longer one is checked.
const UNCHECKED_MAX: usize = 64;

/// The end of a vector, written at without its length and capacity read and written back
/// for each piece; the length is set on drop.
pub(super) struct Cursor<'v> {
    out: &'v mut Vec<u8>,
    /// Where the next byte goes: the vector's start plus the bytes written.
    at: *mut u8,
    /// The end of the vector's capacity: at least [`SLACK`] bytes past the end of the last
    /// checked piece.
    end: *mut u8,
    /// Debug builds: the room left of the last check's [`SLACK`], counted down by the
    /// unchecked pieces.
    #[cfg(debug_assertions)]
    slack: usize,
}

impl Drop for Cursor<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        let len = self.len();
        // SAFETY: the bytes up to `at` were written (the vector's own, then the cursor's), and
        // `at` never passes the capacity.
        unsafe { self.out.set_len(len) };
    }
}

/// The digits of `n`, written into `buf`.
#[inline(never)]
fn long_digits(n: usize, buf: &mut itoa::Buffer) -> &[u8] {
    buf.format(n).as_bytes()
}

/// The cursor's two pointers over `out`'s spare room: after its `len` bytes, up to its
/// capacity.
#[inline(always)]
fn room_of(out: &mut Vec<u8>, len: usize) -> (*mut u8, *mut u8) {
    debug_assert!(len <= out.capacity());
    let base = out.as_mut_ptr();
    // SAFETY: `len` and the capacity are within the vector's allocation or at its end.
    unsafe { (base.add(len), base.add(out.capacity())) }
}

/// Makes room in `out` for `n` bytes past its first `len` (written, the length not yet set),
/// and gives the cursor's new pointers. Out of line: the cursor's pointers stay in the
/// caller's registers.
#[cold]
#[inline(never)]
fn grown(out: &mut Vec<u8>, len: usize, n: usize) -> (*mut u8, *mut u8) {
    // SAFETY: the cursor wrote the bytes up to `len`, within the capacity.
    unsafe { out.set_len(len) };
    out.reserve(n);
    room_of(out, len)
}

impl<'v> Cursor<'v> {
    /// A cursor at the end of `out`.
    #[inline(always)]
    pub(super) fn new(out: &'v mut Vec<u8>) -> Self {
        let (at, end) = room_of(out, out.len());
        let mut c = Cursor {
            out,
            at,
            end,
            #[cfg(debug_assertions)]
            slack: 0,
        };
        c.room(0);
        c
    }

    /// The bytes of the vector so far, its own and the cursor's.
    #[inline(always)]
    fn len(&self) -> usize {
        self.at as usize - self.out.as_ptr() as usize
    }

    /// Makes room for `n` more bytes and [`SLACK`] past them.
    #[inline(always)]
    fn room(&mut self, n: usize) {
        let n = n.saturating_add(SLACK);
        if (self.end as usize - self.at as usize) < n {
            let len = self.len();
            (self.at, self.end) = grown(self.out, len, n);
        }
        #[cfg(debug_assertions)]
        {
            self.slack = SLACK;
        }
    }

    /// Makes sure of the slack for an item's short pieces: checked before each item of a
    /// list, which may hold no checked piece of its own (a paragraph's offsets).
    #[inline(always)]
    pub(super) fn item(&mut self) {
        self.room(0);
    }

    /// Takes `n` bytes (at most [`UNCHECKED_MAX`]) of the room left past the last checked
    /// piece, without a check in release builds.
    #[inline(always)]
    fn short(&mut self, n: usize) {
        debug_assert!(n <= UNCHECKED_MAX);
        #[cfg(debug_assertions)]
        {
            self.slack = self
                .slack
                .checked_sub(n)
                .expect("short pieces past the cursor's slack");
        }
        debug_assert!(self.end as usize - self.at as usize >= n);
    }

    /// Makes room for a piece of `n` bytes: checked past [`UNCHECKED_MAX`], else taken from
    /// the slack (for a length known when compiling, the test is made then).
    #[inline(always)]
    fn room_for(&mut self, n: usize) {
        if n > UNCHECKED_MAX {
            self.room(n);
        } else {
            self.short(n);
        }
    }

    /// Writes `bytes` (a known length is copied without a call).
    #[inline(always)]
    pub(super) fn raw(&mut self, bytes: &[u8]) {
        self.room_for(bytes.len());
        // SAFETY: room was made for them (or is left of the slack); `bytes` is borrowed apart
        // from the vector, which the cursor borrows mutably.
        unsafe {
            ptr::copy_nonoverlapping(bytes.as_ptr(), self.at, bytes.len());
            self.at = self.at.add(bytes.len());
        }
    }

    /// Writes one byte.
    #[inline(always)]
    pub(super) fn byte(&mut self, b: u8) {
        self.short(1);
        // SAFETY: the slack has room for it.
        unsafe {
            self.at.write(b);
            self.at = self.at.add(1);
        }
    }

    /// Writes the first `n` bytes of `word` (four little-endian bytes stored at once).
    #[inline(always)]
    fn word_cut(&mut self, word: u32, n: usize) {
        debug_assert!(n <= 4);
        self.short(4);
        // SAFETY: the slack has room for the four bytes; the cursor moves past the first `n`.
        unsafe {
            self.at
                .cast::<[u8; 4]>()
                .write_unaligned(word.to_le_bytes());
            self.at = self.at.add(n);
        }
    }

    /// Copies `bytes[range]` of what is written already to the end.
    #[inline(always)]
    pub(super) fn again(&mut self, range: std::ops::Range<usize>) {
        assert!(range.start <= range.end && range.end <= self.len());
        let n = range.end - range.start;
        self.room(n);
        // SAFETY: the source was written (checked above) and lies before `at`, where room was
        // made for `n` bytes: the two do not overlap.
        unsafe {
            copy_short(self.out.as_ptr().add(range.start), self.at, n);
            self.at = self.at.add(n);
        }
    }

    /// The bytes written so far, as an offset for [`Cursor::again`].
    #[inline(always)]
    pub(super) fn written(&self) -> usize {
        self.len()
    }

    /// Runs `f` on the vector (its length set), then takes its end again.
    #[inline(always)]
    fn with_vec(&mut self, f: impl FnOnce(&mut Vec<u8>)) {
        let len = self.len();
        // SAFETY: the bytes up to `at` were written.
        unsafe { self.out.set_len(len) };
        f(self.out);
        let len = self.out.len();
        (self.at, self.end) = room_of(self.out, len);
        self.room(0);
    }

    /// An integer. Below [`SMALL`] (most offsets and counts) its digits are read from a
    /// table and stored as four bytes, the cursor then moved past the digits; below its
    /// square (the offsets of a long article), the first digits so, then the last four.
    #[inline(always)]
    pub(super) fn int(&mut self, n: usize) {
        if n < SMALL {
            self.word_cut(DIGITS.0[n], usize::from(DIGITS.1[n]));
        } else if n < SMALL * SMALL {
            let (high, low) = (n / SMALL, n % SMALL);
            self.word_cut(DIGITS.0[high], usize::from(DIGITS.1[high]));
            // The last four digits, zeros first: the table's digits moved up past them.
            let len = u32::from(DIGITS.1[low]);
            let zeros = (0x3030_3030u64 >> (8 * len)) as u32;
            self.word_cut(DIGITS.0[low] << (8 * (4 - len)) | zeros, 4);
        } else {
            self.long_int(n);
        }
    }

    /// An integer of nine digits or more, formatted out of line into a buffer of the
    /// caller's (the cursor itself stays in registers).
    #[inline(always)]
    fn long_int(&mut self, n: usize) {
        let mut digits = itoa::Buffer::new();
        self.raw(long_digits(n, &mut digits));
    }

    /// An integer, or `null`.
    #[inline(always)]
    pub(super) fn opt_int(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.int(n),
            None => self.raw(b"null"),
        }
    }

    /// A key and an integer.
    #[inline(always)]
    pub(super) fn int_at(&mut self, key: &[u8], n: usize) {
        self.raw(key);
        self.int(n);
    }

    /// A JSON string, escaped as serde_json escapes: `"` and `\`, the short escapes for
    /// backspace, form feed, newline, carriage return and tab, `\u00XX` for the other
    /// control characters; everything else as is.
    ///
    /// A string of [`CHUNK`] bytes or more is tested and copied in one pass by
    /// [`copy_clean`], up to the first chunk that holds an escape; a shorter one is tested
    /// inline and copied whole. From an escape on, clean runs are copied whole, and only the
    /// bytes of a test that found an escape are looked at one by one.
    #[inline(always)]
    pub(super) fn str(&mut self, s: &str) {
        self.byte(b'"');
        self.str_rest(s.as_bytes());
    }

    /// A JSON string's bytes, its opening quote written already: the rest of [`Cursor::str`].
    #[inline(always)]
    pub(super) fn str_rest(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if n >= CHUNK {
            self.room(n + 1);
            // SAFETY: room was made for the bytes and the closing quote, and `copy_clean`
            // writes no further than `n` bytes; `bytes` is borrowed apart from the vector.
            let clean = unsafe { copy_clean(bytes, self.at) };
            // SAFETY: the first `clean` bytes were copied, within the room made.
            unsafe { self.at = self.at.add(clean) };
            if clean == n {
                self.byte(b'"');
            } else {
                self.with_vec(|out| push_escaped(out, &bytes[clean..], 0));
            }
            return;
        }
        self.room(CHUNK);
        // SAFETY: room was made for `CHUNK` bytes, more than the bytes and the closing quote;
        // `bytes` is borrowed apart from the vector.
        if unsafe { short_copy_clean(bytes, self.at) } {
            // SAFETY: the bytes were copied, and the quote fits in the room made.
            unsafe {
                self.at.add(n).write(b'"');
                self.at = self.at.add(n + 1);
            }
        } else {
            // The bytes copied past the cursor are written over.
            self.with_vec(|out| push_escaped(out, bytes, 0));
        }
    }

    /// A string, or `null`.
    #[inline(always)]
    pub(super) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw(b"null"),
        }
    }

    /// A key and a string; `key` ends with the string's opening quote (one literal).
    #[inline(always)]
    pub(super) fn str_at(&mut self, key: &[u8], s: &str) {
        debug_assert!(key.ends_with(b"\""));
        self.raw(key);
        self.str_rest(s.as_bytes());
    }

    /// A string field that is left out when it is `None` (serde's `skip_serializing_if`);
    /// `key` ends with the string's opening quote.
    #[inline(always)]
    pub(super) fn some_str(&mut self, key: &[u8], s: Option<&str>) {
        if let Some(s) = s {
            self.str_at(key, s);
        }
    }

    /// A field whose value is one of the output's names (a kind: `money`, `date`), which
    /// need no escapes, left out when it is `None`.
    #[inline(always)]
    pub(super) fn some_name(&mut self, key: &[u8], name: Option<&'static str>) {
        if let Some(name) = name {
            debug_assert!(!name.bytes().any(escaped));
            self.raw(key);
            self.byte(b'"');
            self.raw(name.as_bytes());
            self.byte(b'"');
        }
    }

    /// Any value through serde_json (floats, arbitrary JSON).
    #[inline(always)]
    pub(super) fn serde(&mut self, v: &impl Serialize) {
        // Writing to a vector fails only for values that are not JSON, which ours are.
        self.with_vec(|out| {
            let _ = serde_json::to_writer(out, v);
        });
    }

    /// A value field, left out when it is `None`: an integer or a date's text as serde_json
    /// writes it, without serde_json; a float or a range through it.
    #[inline(always)]
    pub(super) fn some_value(&mut self, key: &[u8], v: Option<&Value>) {
        let Some(v) = v else {
            return;
        };
        self.raw(key);
        match v {
            Value::Number(x) => match Value::integer(*x) {
                Some(i) => {
                    if i < 0 {
                        self.byte(b'-');
                    }
                    self.int(i.unsigned_abs() as usize);
                }
                None => self.serde(v),
            },
            // A run of days ("2026-06-12/2026-06-14") is written as its `{min, max}`.
            Value::Text(t) if !t.is_interval() => {
                self.byte(b'"');
                self.str_rest(t.as_bytes());
            }
            Value::Text(_) | Value::Range(..) => self.serde(v),
        }
    }

    /// A `"key":true` field, left out when false.
    #[inline(always)]
    pub(super) fn flag(&mut self, key_true: &[u8], on: bool) {
        if on {
            self.raw(key_true);
        }
    }

    /// A number of hundredths as serde_json writes it as an `f64` in degrees: the shortest
    /// decimal that reads back ("48.85", "38.9", "12.0", "-0.13").
    #[inline(always)]
    pub(super) fn hundredths(&mut self, v: i16) {
        if v < 0 {
            self.byte(b'-');
        }
        let a = v.unsigned_abs();
        self.int(usize::from(a / 100));
        let f = a % 100;
        self.byte(b'.');
        self.byte(b'0' + (f / 10) as u8);
        if f % 10 != 0 {
            self.byte(b'0' + (f % 10) as u8);
        }
    }
}

/// Copies `n` bytes from `src` to `dst`: up to thirty-two (a name copied again, with its
/// quotes) in two overlapping loads and stores of the largest size that fits, without a
/// call; more by `memcpy`.
///
/// # Safety
///
/// `src` is valid for `n` bytes of reads, `dst` for `n` bytes of writes, and the two do not
/// overlap.
#[inline(always)]
unsafe fn copy_short(src: *const u8, dst: *mut u8, n: usize) {
    /// The first and the last `T` of the `n` bytes, both loaded before either is stored.
    ///
    /// # Safety
    ///
    /// As [`copy_short`]'s, with `size_of::<T>() <= n`.
    #[inline(always)]
    unsafe fn ends<T>(src: *const u8, dst: *mut u8, n: usize) {
        let last = n - std::mem::size_of::<T>();
        // SAFETY: both pieces lie within the first `n` bytes of `src` and of `dst`.
        unsafe {
            let (head, tail) = (
                src.cast::<T>().read_unaligned(),
                src.add(last).cast::<T>().read_unaligned(),
            );
            dst.cast::<T>().write_unaligned(head);
            dst.add(last).cast::<T>().write_unaligned(tail);
        }
    }
    // SAFETY: each branch's size is at most `n`; the caller's bounds hold for the rest.
    unsafe {
        match n {
            0 => {}
            1..=3 => {
                for k in 0..n {
                    dst.add(k).write(src.add(k).read());
                }
            }
            4..=7 => ends::<u32>(src, dst, n),
            8..=15 => ends::<u64>(src, dst, n),
            16..=32 => ends::<[u8; 16]>(src, dst, n),
            _ => ptr::copy_nonoverlapping(src, dst, n),
        }
    }
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

/// Copies the clean head of `bytes` (of [`CHUNK`] bytes or more) to `dst` as it tests it, in
/// one pass: thirty-two bytes at a time, then sixteen, the last sixteen overlapping the ones
/// before. Returns how many bytes were copied: all of them when none is escaped, else the
/// start of the first thirty-two or sixteen bytes that hold one.
///
/// # Safety
///
/// `dst` is valid for `bytes.len()` bytes of writes, apart from `bytes`.
#[inline(never)]
unsafe fn copy_clean(bytes: &[u8], dst: *mut u8) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, as just checked; the caller's bounds hold.
        return unsafe { copy_clean_avx2(bytes, dst) };
    }
    // SAFETY: the caller's bounds.
    unsafe { copy_clean_with(bytes, dst) }
}

/// [`copy_clean`] compiled for AVX2: thirty-two bytes tested as one vector.
///
/// # Safety
///
/// The processor has AVX2, and the bounds of [`copy_clean`] hold.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn copy_clean_avx2(bytes: &[u8], dst: *mut u8) -> usize {
    // SAFETY: the caller's bounds.
    unsafe { copy_clean_with(bytes, dst) }
}

/// The body of [`copy_clean`], compiled where it is inlined.
///
/// # Safety
///
/// As [`copy_clean`].
#[inline(always)]
unsafe fn copy_clean_with(bytes: &[u8], dst: *mut u8) -> usize {
    let n = bytes.len();
    debug_assert!(n >= CHUNK);
    let mut at = 0;
    while at + 2 * CHUNK <= n {
        let pair: &[u8; 2 * CHUNK] = bytes[at..at + 2 * CHUNK].try_into().expect("two chunks");
        if any_escape(pair) {
            return at;
        }
        // SAFETY: `at + 2 * CHUNK <= n`, within what the caller allows.
        unsafe { dst.add(at).cast::<[u8; 2 * CHUNK]>().write_unaligned(*pair) };
        at += 2 * CHUNK;
    }
    while at + CHUNK <= n {
        let chunk: &[u8; CHUNK] = bytes[at..at + CHUNK].try_into().expect("a chunk");
        if any_escape(chunk) {
            return at;
        }
        // SAFETY: `at + CHUNK <= n`.
        unsafe { dst.add(at).cast::<[u8; CHUNK]>().write_unaligned(*chunk) };
        at += CHUNK;
    }
    if at < n {
        let last: &[u8; CHUNK] = bytes[n - CHUNK..].try_into().expect("a chunk");
        if any_escape(last) {
            return at;
        }
        // SAFETY: the last `CHUNK` bytes of `n` (at least `CHUNK`).
        unsafe {
            dst.add(n - CHUNK)
                .cast::<[u8; CHUNK]>()
                .write_unaligned(*last)
        };
    }
    n
}

/// Copies `bytes`, shorter than [`CHUNK`], to `dst`, and tells whether it holds no byte
/// that JSON strings escape: two overlapping words of eight bytes (each stored as it was
/// loaded, the two tested together), two overlapping halves of four below eight, a byte at
/// a time below four. Inlined where strings are written: most are short names, copied without a
/// call.
///
/// # Safety
///
/// `dst` is valid for `bytes.len()` bytes of writes, apart from `bytes`.
#[inline(always)]
unsafe fn short_copy_clean(bytes: &[u8], dst: *mut u8) -> bool {
    let n = bytes.len();
    debug_assert!(n < CHUNK);
    // SAFETY (of the stores): each lies within the first `n` bytes of `dst`.
    unsafe {
        if n >= 8 {
            let (head, tail) = (swar::load(bytes), swar::load(&bytes[n - 8..]));
            dst.cast::<u64>().write_unaligned(head.to_le());
            dst.add(n - 8).cast::<u64>().write_unaligned(tail.to_le());
            !words_need_escape(head, tail)
        } else if n >= 4 {
            // The first four bytes and the last four (overlapping), tested as one word.
            let word = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4"));
            let (head, tail) = (word(0), word(n - 4));
            dst.cast::<u32>().write_unaligned(head.to_le());
            dst.add(n - 4).cast::<u32>().write_unaligned(tail.to_le());
            let word = u64::from(head) | (u64::from(tail) << 32);
            !words_need_escape(word, word)
        } else {
            for (k, &b) in bytes.iter().enumerate() {
                dst.add(k).write(b);
            }
            !bytes.iter().any(|&b| escaped(b))
        }
    }
}

/// Bit `k` set for each byte `k` of `chunk` that JSON strings escape (SSE2, part of every
/// x86_64 processor: three byte comparisons and one mask).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn escape_mask(chunk: &[u8; CHUNK]) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of every x86_64 processor; the load reads the sixteen bytes of
    // `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        // Below 0x20 (unsigned): the smaller of the byte and 0x1F is the byte itself.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) as u32
    }
}

/// Bit `k` set for each byte `k` of `chunk` that JSON strings escape.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn escape_mask(chunk: &[u8; CHUNK]) -> u32 {
    let mut mask = 0;
    for (k, &b) in chunk.iter().enumerate() {
        mask |= u32::from(escaped(b)) << k;
    }
    mask
}

/// True when one of the sixteen bytes of `head` and `tail` is one that JSON strings escape:
/// the two words tested as one chunk.
#[inline(always)]
fn words_need_escape(head: u64, tail: u64) -> bool {
    escape_mask(&(u128::from(head) | u128::from(tail) << 64).to_le_bytes()) != 0
}

/// Appends a string's bytes with their escapes (all of them at `from` or after) and its
/// closing quote, at a cursor of its own (out of line: the caller's stays in registers):
/// the clean head copied, the rest escaped in pieces, room made for each at its longest
/// (six bytes a byte, `\u00XX`).
#[cold]
#[inline(never)]
fn push_escaped(out: &mut Vec<u8>, bytes: &[u8], from: usize) {
    let mut c = Cursor::new(out);
    let (head, rest) = bytes.split_at(from);
    c.room(head.len());
    // SAFETY: room was made for the head; `bytes` is borrowed apart from the vector.
    unsafe {
        ptr::copy_nonoverlapping(head.as_ptr(), c.at, head.len());
        c.at = c.at.add(head.len());
    }
    for piece in rest.chunks(ESCAPED_PIECE) {
        c.room(6 * piece.len());
        // SAFETY: room was made for the piece with every byte escaped, and the slack past it
        // holds the sixteen bytes more that `escape_into` may store.
        unsafe {
            let written = escape_into(piece, c.at);
            c.at = c.at.add(written);
        }
    }
    c.byte(b'"');
}

/// The longest piece of a string escaped at once: room is made for six times as much.
const ESCAPED_PIECE: usize = 1 << 14;

/// Writes `bytes` with its escapes at `dst`, and returns how many bytes that is: sixteen
/// bytes stored at once, then kept up to the first byte that is escaped (found from their
/// [`escape_mask`]), which is written escaped, the next sixteen read from the byte after
/// it; the last few bytes the same way, from the last sixteen shifted down.
///
/// # Safety
///
/// `dst` is valid for `6 * bytes.len() + CHUNK` bytes of writes, apart from `bytes`.
unsafe fn escape_into(bytes: &[u8], dst: *mut u8) -> usize {
    let n = bytes.len();
    let (mut at, mut written) = (0, 0);
    // SAFETY (of every store): each byte of `bytes` read so far was written once, as itself
    // or as its escape of six bytes at most, so `written <= 6 * at`; a store of sixteen
    // bytes at `written` (or of an escape, six at most) stays within `6 * n + CHUNK`.
    while at + CHUNK <= n {
        let chunk: &[u8; CHUNK] = bytes[at..at + CHUNK].try_into().expect("a chunk");
        unsafe {
            dst.add(written)
                .cast::<[u8; CHUNK]>()
                .write_unaligned(*chunk)
        };
        let mask = escape_mask(chunk);
        if mask == 0 {
            at += CHUNK;
            written += CHUNK;
            continue;
        }
        let k = mask.trailing_zeros() as usize;
        written += k;
        written += unsafe { escape_at(chunk[k], dst.add(written)) };
        at += k + 1;
    }
    if at == n {
        return written;
    }
    if n < CHUNK {
        for &b in &bytes[at..] {
            if escaped(b) {
                written += unsafe { escape_at(b, dst.add(written)) };
            } else {
                unsafe { dst.add(written).write(b) };
                written += 1;
            }
        }
        return written;
    }
    // The last `left` bytes (fewer than sixteen), shifted down from the last sixteen: the
    // bytes above them are zeros, not counted.
    let mut left = n - at;
    let last: &[u8; CHUNK] = bytes[n - CHUNK..].try_into().expect("a chunk");
    let mut rest = u128::from_le_bytes(*last) >> (8 * (CHUNK - left));
    loop {
        let chunk = rest.to_le_bytes();
        unsafe {
            dst.add(written)
                .cast::<[u8; CHUNK]>()
                .write_unaligned(chunk)
        };
        let mask = escape_mask(&chunk) & ((1 << left) - 1);
        if mask == 0 {
            return written + left;
        }
        let k = mask.trailing_zeros() as usize;
        written += k;
        written += unsafe { escape_at(chunk[k], dst.add(written)) };
        left -= k + 1;
        if left == 0 {
            return written;
        }
        rest >>= 8 * (k + 1);
    }
}

/// Writes `b`, a byte that JSON strings escape, escaped at `dst`, and returns how many
/// bytes that is (two, or six for `\u00XX`).
///
/// # Safety
///
/// `dst` is valid for six bytes of writes.
#[inline(always)]
unsafe fn escape_at(b: u8, dst: *mut u8) -> usize {
    let short = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0C => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => 0,
    };
    // SAFETY: six bytes at most are written, as the caller allows.
    unsafe {
        if short != 0 {
            dst.cast::<[u8; 2]>().write_unaligned([b'\\', short]);
            2
        } else {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]];
            dst.cast::<[u8; 6]>()
                .write_unaligned([b'\\', b'u', b'0', b'0', hex[0], hex[1]]);
            6
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_are_written_as_itoa_writes_them() {
        let long = (SMALL..SMALL * SMALL).step_by(997);
        let edges = [
            99_999,
            100_000,
            10_000_001,
            SMALL * SMALL - 1,
            SMALL * SMALL,
        ];
        for n in (0..SMALL + 20).chain(long).chain(edges).chain([usize::MAX]) {
            let mut out = vec![b'x'];
            Cursor::new(&mut out).int(n);
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
                    let fill_flag = u32::from(escaped(fill));
                    let mask = (0..CHUNK).fold(0, |m, k| {
                        m | (if k == at { u32::from(want) } else { fill_flag }) << k
                    });
                    assert_eq!(escape_mask(&w), mask, "{b:#x} at {at}");
                }
                for at in 0..8 {
                    let mut w = [fill; 8];
                    w[at] = b;
                    let word = u64::from_le_bytes(w);
                    assert_eq!(words_need_escape(word, word), want, "{b:#x} at {at}");
                    let clean = u64::from_le_bytes([fill; 8]);
                    let fill_escaped = escaped(fill);
                    assert_eq!(words_need_escape(clean, word), want || fill_escaped);
                    assert_eq!(words_need_escape(word, clean), want || fill_escaped);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "[a-z \"\\\\\u{0}-\u{1f}\u{7f}é€]{0,70}") {
            let mut out = Vec::new();
            Cursor::new(&mut out).str(&s);
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn long_strings_are_escaped_in_pieces_as_serde_json_escapes_them() {
        for unit in ["ab\"c", "\u{1}", "a\\", "é\n"] {
            let s = format!("{}{}", "x".repeat(40), unit.repeat(ESCAPED_PIECE / 2));
            let mut out = vec![b'['];
            Cursor::new(&mut out).str(&s);
            assert_eq!(out[1..], serde_json::to_vec(&s).unwrap()[..], "{unit:?}");
        }
    }

    #[test]
    fn clean_heads_are_the_same_with_and_without_avx2() {
        let mut s = [b'x'; 100];
        for at in 0..s.len() {
            for b in [b'"', b'\\', 0x01, b'x'] {
                s[at] = b;
                for n in CHUNK..=s.len() {
                    let (mut fast, mut plain) = ([0u8; 100], [0u8; 100]);
                    // SAFETY: both hold `n` bytes or more, apart from `s`.
                    let (f, p) = unsafe {
                        (
                            copy_clean(&s[..n], fast.as_mut_ptr()),
                            copy_clean_with(&s[..n], plain.as_mut_ptr()),
                        )
                    };
                    assert_eq!(f, p, "{at} {b} {n}");
                    assert_eq!(fast[..f], s[..f]);
                    assert_eq!(plain[..p], s[..p]);
                }
            }
            s[at] = b'x';
        }
    }

    #[test]
    fn short_copies_copy_every_byte_and_no_more() {
        let src: Vec<u8> = (1..=40).collect();
        for n in 0..=src.len() {
            let mut dst = [0u8; 48];
            // SAFETY: both hold `n` bytes or more, and are apart.
            unsafe { copy_short(src.as_ptr(), dst.as_mut_ptr(), n) };
            assert_eq!(dst[..n], src[..n], "{n}");
            assert!(dst[n..].iter().all(|&b| b == 0), "{n}");
        }
    }

    #[test]
    fn hundredths_as_serde_json_writes_degrees() {
        for v in -18000i16..=18000 {
            let mut out = Vec::new();
            Cursor::new(&mut out).hundredths(v);
            let want = serde_json::to_string(&(f64::from(v) / 100.0)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "{v}");
        }
    }

    /// Every piece grows the vector when it runs out of room, whatever room is left, and
    /// the bytes are those that `Vec` methods append.
    #[test]
    fn pieces_grow_the_vector_as_vec_methods_would() {
        for room in 0..40 {
            let mut out = Vec::with_capacity(room);
            let mut want = Vec::new();
            {
                let mut c = Cursor::new(&mut out);
                for k in 0..300usize {
                    let from = c.written();
                    c.raw(b"{\"key\":");
                    c.int_at(b",\"n\":", k * 37);
                    c.str_at(b",\"s\":\"", "tab\there, a \"quote\" and more");
                    c.some_value(b",\"v\":", Some(&Value::Number(0.5)));
                    c.byte(b'}');
                    c.again(from..c.written());
                    want.extend_from_slice(b"{\"key\":,\"n\":");
                    want.extend_from_slice((k * 37).to_string().as_bytes());
                    want.extend_from_slice(b",\"s\":\"tab\\there, a \\\"quote\\\" and more\"");
                    want.extend_from_slice(b",\"v\":0.5}");
                }
            }
            // Each item was written twice: the second time copied from the first.
            let mut twice = Vec::new();
            let mut rest = &want[..];
            while !rest.is_empty() {
                let end = rest.iter().position(|&b| b == b'}').expect("an end") + 1;
                twice.extend_from_slice(&rest[..end]);
                twice.extend_from_slice(&rest[..end]);
                rest = &rest[end..];
            }
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&twice)
            );
        }
    }
}
