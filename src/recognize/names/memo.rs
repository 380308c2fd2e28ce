//! A per-thread memo of chunk classifications: the same chunks recur across the articles of
//! a batch.

use std::cell::Cell;

use super::chunk::{Word, MAX_CHUNK_WORDS};
use super::classify::classify;
use super::context::{ChunkFlags, Context, Flags, LAZY};
use crate::gazetteer::NameLists;
use crate::model::{Mention, Span};

/// One answer for a chunk: the flags its classification asked about, their values then,
/// and the mentions found, with spans relative to the chunk.
struct Variant {
    /// The flags asked about (bits of [`Flags`]).
    read: u16,
    /// The values of the flags when it was classified: of those worked out then, which
    /// hold those it read (the others read as off).
    flags: Flags,
    /// The mentions, relative to the chunk's start.
    found: Found,
}

/// The mentions of a [`Variant`]: most chunks have one, kept without an allocation.
enum Found {
    One(Mention),
    Many(Vec<Mention>),
}

/// A remembered chunk: its key and its hash, and its answers under different flags, the
/// first in the slot's box (most chunks have one: no allocation for the others).
struct Cached {
    key: Vec<u8>,
    hash: u64,
    first: Variant,
    more: Vec<Variant>,
    /// The variant to replace next when all places are taken (0 for `first`).
    next: usize,
}

/// [`classify`] of `words` with `flags`, remembered per thread: the same chunks ("Tony
/// Blair", "Mr Smith", "the European Union") recur across the articles of a batch, and
/// classifying one costs thousands of instructions where a probe costs a hundred. The
/// answer is a pure function of the chunk's words (their text and relative positions), the
/// lists and the flags it asks about, which the [`Context`] notes: the key is the words
/// and the lists, and an answer is reused where the flags it read have the same values,
/// so output does not depend on what was analyzed before.
///
/// `flags` holds the flags outside [`LAZY`]; `lazy` gives those of a set of bits of
/// [`LAZY`] (the bits on among them), each worked out when an answer depends on it: a
/// remembered answer needs only the flags it read.
pub(super) fn classify_memo(
    words: &[Word],
    text: &str,
    lists: &NameLists,
    flags: Flags,
    lazy: impl Fn(u16) -> u16,
    out: &mut Vec<Mention>,
) {
    /// Slots in the cache at first, and at most (powers of two; direct-mapped: a newer
    /// chunk takes an older one's slot): a short run touches few pages of memory, a long
    /// one gets the whole table.
    const FIRST_SLOTS: usize = 1 << 14;
    const MAX_SLOTS: usize = 1 << 16;
    /// Answers kept for one chunk under different flags.
    const VARIANTS: usize = 4;
    /// Chunks longer than this (bytes) are classified afresh: rare, and their word
    /// positions would not fit the key's bytes.
    const MAX_SPAN: usize = 255;
    /// The longest key head: the lists' id, the word count, two bytes a word. The chunk's
    /// text follows it in the key.
    const HEAD_BYTES: usize = 8 + 1 + 2 * MAX_CHUNK_WORDS;
    /// The room a new slot's key gets at least, bytes: most keys fit it.
    const KEY_ROOM: usize = 48;
    /// The cached chunks, boxed so that the table itself is small (a pointer a slot), and
    /// how many were stored since the table last grew: past its size, it doubles.
    #[derive(Default)]
    struct Memo {
        slots: Vec<Option<Box<Cached>>>,
        stored: usize,
    }
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::default();
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let base = first.start;
    // The flags worked out so far, and which they are.
    let (mut flags, mut known) = (flags.0 & !LAZY, !LAZY);
    let ask = |need: u16, flags: &mut u16, known: &mut u16| {
        let need = need & !*known;
        if need != 0 {
            *flags |= lazy(need) & need;
            *known |= need;
        }
    };
    let reads = Cell::new(0);
    if last.end - base > MAX_SPAN || words.len() > MAX_CHUNK_WORDS {
        let chunk = ChunkFlags::new(flags, known, &lazy);
        let ctx = Context::new(text, lists, base, &chunk, &reads);
        return classify(words, &ctx, out);
    }
    let rebase = |m: &Mention, from: usize, to: usize| {
        let span = Span::new(m.span.start - from + to, m.span.end - from + to);
        match (&m.canonical, &m.quantity) {
            // Most names share nothing: their plain fields copied in place, with no call.
            (None, None) => Mention {
                span,
                canonical: None,
                quantity: None,
                ..*m
            },
            _ => Mention { span, ..m.clone() },
        }
    };
    // The key's head, built on the stack: lists, each word's span relative to the chunk.
    // The chunk's text follows it in the key, read where it lies: a buffer for the whole
    // key would be cleared at every chunk.
    let mut buf = [0u8; HEAD_BYTES];
    buf[..8].copy_from_slice(&lists.id().to_le_bytes());
    buf[8] = words.len() as u8;
    let mut n = 9;
    for w in words {
        buf[n] = (w.start - base) as u8;
        buf[n + 1] = (w.end - base) as u8;
        n += 2;
    }
    let head = &buf[..n];
    let span = &text.as_bytes()[base..last.end];
    let is_key = |k: &[u8]| {
        k.len() == n + span.len() && same_bytes(&k[..n], head) && same_bytes(&k[n..], span)
    };
    let hash = {
        use std::hash::BuildHasher;
        foldhash::fast::FixedState::with_seed(0).hash_one((head, span))
    };
    let slot_of = |hash: u64, n: usize| (hash as usize) & (n - 1);
    // A hit is copied out at once; a miss is classified with the cache released.
    let hit = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.slots.is_empty() {
            memo.slots.resize_with(FIRST_SLOTS, || None);
        }
        let slot = slot_of(hash, memo.slots.len());
        let Some(cached) = memo.slots[slot].as_deref().filter(|c| is_key(&c.key)) else {
            return false;
        };
        // The first answer whose flags read have the values they have here.
        for v in std::iter::once(&cached.first).chain(&cached.more) {
            ask(v.read, &mut flags, &mut known);
            if (v.flags.0 ^ flags) & v.read == 0 {
                match &v.found {
                    // Most chunks are one mention: pushed, without an iterator's setup.
                    Found::One(m) => out.push(rebase(m, 0, base)),
                    Found::Many(ms) => out.extend(ms.iter().map(|m| rebase(m, 0, base))),
                }
                return true;
            }
        }
        false
    });
    if hit {
        return;
    }
    // The flags classification reads are worked out as it reads them: an answer is kept
    // with the values of those it read, the only ones a later chunk is asked about.
    let chunk = ChunkFlags::new(flags, known, &lazy);
    let ctx = Context::new(text, lists, base, &chunk, &reads);
    let from = out.len();
    classify(words, &ctx, out);
    let variant = Variant {
        read: reads.get(),
        flags: chunk.values(),
        found: match &out[from..] {
            [m] => Found::One(rebase(m, base, 0)),
            ms => Found::Many(ms.iter().map(|m| rebase(m, base, 0)).collect()),
        },
    };
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let slot = slot_of(hash, memo.slots.len());
        match &mut memo.slots[slot] {
            // The same chunk under other flags: one more answer, or the oldest replaced.
            Some(cached) if is_key(&cached.key) => {
                if 1 + cached.more.len() < VARIANTS {
                    cached.more.push(variant);
                } else {
                    let k = cached.next;
                    match k {
                        0 => cached.first = variant,
                        _ => cached.more[k - 1] = variant,
                    }
                    cached.next = (k + 1) % VARIANTS;
                }
                return;
            }
            // A slot taken before keeps its buffers: the new chunk is written into them.
            Some(cached) => {
                cached.key.clear();
                cached.key.extend_from_slice(head);
                cached.key.extend_from_slice(span);
                cached.hash = hash;
                cached.first = variant;
                cached.more.clear();
                cached.next = 0;
            }
            empty => {
                // Room for a longer key than most: a chunk that takes the slot later is
                // written into it without growing it.
                let mut key = Vec::with_capacity((head.len() + span.len()).max(KEY_ROOM));
                key.extend_from_slice(head);
                key.extend_from_slice(span);
                *empty = Some(Box::new(Cached {
                    key,
                    hash,
                    first: variant,
                    more: Vec::new(),
                    next: 0,
                }))
            }
        }
        memo.stored += 1;
        let n = memo.slots.len();
        if 2 * memo.stored > n && n < MAX_SLOTS {
            let mut grown: Vec<Option<Box<Cached>>> = Vec::new();
            grown.resize_with(2 * n, || None);
            for cached in std::mem::take(&mut memo.slots).into_iter().flatten() {
                let at = slot_of(cached.hash, grown.len());
                grown[at] = Some(cached);
            }
            memo.slots = grown;
            memo.stored = 0;
        }
    });
}

/// True when `a` and `b` hold the same bytes (`a == b`): compared eight at a
/// time in place, where a call to compare a key's few short pieces would cost more than
/// the comparison.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let at = |s: &[u8], k: usize| crate::swar::load(&s[k..]);
    if n < 8 {
        return a == b;
    }
    let mut k = 0;
    while k + 8 < n {
        if at(a, k) != at(b, k) {
            return false;
        }
        k += 8;
    }
    // The last eight bytes, which may overlap those compared before.
    at(a, n - 8) == at(b, n - 8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::names::chunk::{extend, Words};
    use crate::token::tokenize;

    /// Byte strings compare as `==` compares them, at every length and at every byte.
    #[test]
    fn same_bytes_agrees_with_eq() {
        let a: Vec<u8> = (0..40u8).collect();
        for n in 0..a.len() {
            assert!(same_bytes(&a[..n], &a[..n]));
            assert!(!same_bytes(&a[..n], &a[..n + 1]));
            for k in 0..n {
                let mut b = a[..n].to_vec();
                b[k] ^= 0x20;
                assert!(!same_bytes(&a[..n], &b), "{n} {k}");
            }
        }
    }

    /// The remembered classification of a chunk is the fresh one, moved to where the chunk
    /// is, whatever its context flags (a spread of them, in an order that leaves answers
    /// under other flags in the memo); asked twice, from different offsets.
    #[test]
    fn chunk_memo_answers_as_classify() {
        let sentences = [
            "Prime Minister Hun Manet met Gregory B. Poling of the Center for Strategic and International Studies.",
            "The Treasury and the Bank of England said Kuala Lumpur-based Prince Holding Group fell.",
            "Hegseth spoke to Pete Hegseth, and Texas Rangers beat Kansas City Royals.",
            "Shares of Time Warner rose in Fresno, Calif. and Valeska Paris said so.",
        ];
        let lists = NameLists::default();
        for pad in ["", "Some words first. "] {
            for s in sentences {
                let text = format!("{pad}{s}");
                let tokens = tokenize(&text);
                let (mut i, mut words) = (0, Words::new());
                while i < tokens.len() {
                    let j = extend(&text, &tokens, i, &mut words);
                    for k in 0..160u16 {
                        let flags = Flags(k.wrapping_mul(0x9E5) & 0x1FFF);
                        let reads = Cell::new(0);
                        let none = |_: u16| 0;
                        let all = ChunkFlags::new(flags.0, u16::MAX, &none);
                        let ctx = Context::new(&text, &lists, words[0].start, &all, &reads);
                        let (mut fresh, mut memo) = (Vec::new(), Vec::new());
                        classify(&words, &ctx, &mut fresh);
                        let lazy = |need: u16| flags.0 & need;
                        classify_memo(&words, &text, &lists, flags, lazy, &mut memo);
                        assert_eq!(fresh, memo, "{:?} {flags:?}", &text[words[0].start..]);
                    }
                    i = j.max(i + 1);
                }
            }
        }
    }
}
