//! Walks of a names FST: from the first two bytes of a key ([`Prefixes`]), and along the
//! tokens of a text for the longest listed name ([`walk_longest`]), with a per-thread memo
//! of where a walk stands after its first two tokens ([`longest_memo`]).

use std::cell::RefCell;

use super::layout::with_norm_key;
use super::reader::Reader;
use crate::token::{Token, TokenKind};

/// The longest key of a names FST, in bytes: the user's lists refuse longer names, and no
/// built-in name comes near it. As every token adds a byte or more to a key, no walk reads
/// more tokens than this, so that matching stays linear in the text whatever the lists.
pub(crate) const MAX_KEY_BYTES: usize = 256;

/// Printable ASCII, the bytes whose pairs [`Prefixes`] holds.
const PAIR_BYTES: std::ops::Range<u8> = 0x20..0x80;

/// Where a walk of an FST stands after the first two bytes of a key, for every pair of
/// printable ASCII bytes that a key starts with (the node's address and the output so far):
/// the top of an FST has the nodes with the most transitions, and every walk starts there.
pub(crate) struct Prefixes(Vec<(usize, u64)>);

impl Prefixes {
    /// No key starts with the pair.
    const NONE: usize = usize::MAX;

    /// The prefixes of `fst`.
    pub(super) fn new<D: AsRef<[u8]>>(fst: &fst::raw::Fst<D>) -> Self {
        let span = PAIR_BYTES.len();
        let mut at = vec![(Self::NONE, 0); span * span];
        for t1 in fst.root().transitions() {
            if !PAIR_BYTES.contains(&t1.inp) {
                continue;
            }
            for t2 in fst.node(t1.addr).transitions() {
                if PAIR_BYTES.contains(&t2.inp) {
                    at[Self::index(t1.inp, t2.inp)] = (t2.addr, t1.out.cat(t2.out).value());
                }
            }
        }
        Prefixes(at)
    }

    /// The slot of the pair `a`, `b` (both in [`PAIR_BYTES`]).
    #[inline]
    fn index(a: u8, b: u8) -> usize {
        usize::from(a - PAIR_BYTES.start) * PAIR_BYTES.len() + usize::from(b - PAIR_BYTES.start)
    }

    /// The walk from `root` (the root of the FST these prefixes are of) after the first
    /// bytes of `key`: the node, the output and how many bytes were walked; none when no
    /// key starts so.
    #[inline]
    pub(super) fn start(&self, root: usize, key: &[u8]) -> Option<(usize, u64, usize)> {
        match key {
            [a, b, ..] if PAIR_BYTES.contains(a) && PAIR_BYTES.contains(b) => {
                let (addr, out) = self.0[Self::index(*a, *b)];
                (addr != Self::NONE).then_some((addr, out, 2))
            }
            _ => Some((root, 0, 0)),
        }
    }
}

/// What a walk reads of an FST: its nodes, its root, and its [`Prefixes`] when there are.
#[derive(Clone, Copy)]
pub(crate) struct Names<'f> {
    /// The nodes.
    pub(super) reader: Reader<'f>,
    /// The root node's address.
    pub(super) root: usize,
    /// Where walks stand after two bytes.
    pub(super) prefixes: Option<&'f Prefixes>,
}

impl<'f> Names<'f> {
    /// The walks of `fst`, from `prefixes` of it when given.
    #[cfg(test)]
    pub(crate) fn new<D: AsRef<[u8]>>(
        fst: &'f fst::raw::Fst<D>,
        prefixes: Option<&'f Prefixes>,
    ) -> Self {
        Names {
            reader: Reader::new(fst.as_bytes()),
            root: fst.root().addr(),
            prefixes,
        }
    }
}

/// One walk of an FST from token `i`, fed the normalized text token by token: the end token
/// and value of the longest key that ends at a word and whose value `accept`s. The walk
/// starts from `prefixes` of the FST when given.
pub(crate) fn walk_longest(
    names: Names<'_>,
    text: &str,
    tokens: &[Token],
    i: usize,
    limit: usize,
    accept: impl Fn(u64) -> bool,
) -> Option<(usize, u64)> {
    let mut walk = Walk {
        node: names.root,
        out: 0,
        best: None,
    };
    for j in i..limit.min(tokens.len()).min(i + MAX_KEY_BYTES) {
        if !walk.step(names, text, tokens, i, j, &accept) {
            break;
        }
    }
    walk.best
}

/// Where a walk along tokens stands: its node and output, and the longest accepted key so
/// far (its end token and value).
struct Walk {
    node: usize,
    out: u64,
    best: Option<(usize, u64)>,
}

impl Walk {
    /// Feeds token `j` of a walk that started at token `i`; false when no key goes on.
    fn step(
        &mut self,
        names: Names<'_>,
        text: &str,
        tokens: &[Token],
        i: usize,
        j: usize,
        accept: &impl Fn(u64) -> bool,
    ) -> bool {
        let Walk { node, out, best } = self;
        let t = &tokens[j];
        if j > i {
            let prev = &tokens[j - 1];
            let spaced = prev.end < t.start && prev.text(text) != "-" && t.text(text) != "-";
            if spaced {
                let Some((n, o)) = names.reader.step(*node, b' ') else {
                    return false;
                };
                (*node, *out) = (n, out.wrapping_add(o));
            }
        }
        // Each token's key on the stack: the key of words one space apart is the keys of
        // the words one space apart.
        let fed = with_norm_key(t.text(text), |k| {
            let mut k = k.as_bytes();
            if let (true, Some(p)) = (j == i, names.prefixes) {
                let Some((n, o, walked)) = p.start(names.root, k) else {
                    return false;
                };
                (*node, *out, k) = (n, o, &k[walked..]);
            }
            let Some((n, o)) = names.reader.feed(*node, *out, k) else {
                return false;
            };
            (*node, *out) = (n, o);
            true
        });
        if !fed {
            return false;
        }
        let word_end = t.kind != TokenKind::Punct || t.text(text).ends_with('.');
        if let (Some(f), true) = (names.reader.final_output(*node), word_end) {
            let v = out.wrapping_add(f);
            if accept(v) {
                *best = Some((j + 1, v));
            }
        }
        true
    }
}

/// [`walk_longest`] of the embedded names FST, remembered per thread after the first two
/// tokens: a walk mostly ends in its second token, and the same pairs ("The government",
/// "In London") open many walks. The memo's key is what the walk of two tokens reads (their
/// texts, whether each is punctuation, whether a gap parts them), so its answer is the
/// walk's; the table is direct-mapped, a newer pair taking an older one's slot. `accept`
/// is the same at every call (the test of the embedded lists' entries).
pub(super) fn longest_memo(
    names: Names<'_>,
    text: &str,
    tokens: &[Token],
    i: usize,
    limit: usize,
    accept: impl Fn(u64) -> bool,
) -> Option<(usize, u64)> {
    /// Slots in the memo (a power of two).
    const SLOTS: usize = 1 << 14;
    /// The node address of a walk that is over.
    const OVER: usize = usize::MAX;
    /// A slot: the key, the node address and output after two tokens, and the best match
    /// (0 for none, else how many tokens, and its value).
    type Slot = ([u64; 4], usize, u64, u8, u64);
    thread_local! {
        static MEMO: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    }
    let end = limit.min(tokens.len()).min(i + MAX_KEY_BYTES);
    let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else {
        return walk_longest(names, text, tokens, i, limit, accept);
    };
    let (ta, tb) = (a.text(text).as_bytes(), b.text(text).as_bytes());
    if i + 2 > end || ta.len() + tb.len() > 29 {
        return walk_longest(names, text, tokens, i, limit, accept);
    }
    // The key: both lengths (so that no key is all zeros), the flags, both texts.
    let mut bytes = [0u8; 32];
    bytes[0] = ta.len() as u8 + 1;
    bytes[1] = tb.len() as u8;
    bytes[2] = u8::from(a.kind == TokenKind::Punct)
        | u8::from(b.kind == TokenKind::Punct) << 1
        | u8::from(a.end < b.start) << 2;
    bytes[3..3 + ta.len()].copy_from_slice(ta);
    bytes[3 + ta.len()..3 + ta.len() + tb.len()].copy_from_slice(tb);
    let word =
        |k: usize| u64::from_le_bytes(bytes[8 * k..8 * k + 8].try_into().unwrap_or_default());
    let key = [word(0), word(1), word(2), word(3)];
    let slot = {
        let h = (key[0] ^ key[1].rotate_left(17) ^ key[2].rotate_left(34) ^ key[3].rotate_left(51))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - SLOTS.trailing_zeros())) as usize
    };
    let found = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.is_empty() {
            memo.resize(SLOTS, ([0; 4], OVER, 0, 0, 0));
        }
        let s = memo[slot];
        (s.0 == key).then_some(s)
    });
    let mut walk = match found {
        Some((_, addr, out, n, v)) => {
            let best = (n > 0).then(|| (i + usize::from(n), v));
            if addr == OVER {
                return best;
            }
            Walk {
                node: addr,
                out,
                best,
            }
        }
        None => {
            let mut walk = Walk {
                node: names.root,
                out: 0,
                best: None,
            };
            let alive = walk.step(names, text, tokens, i, i, &accept)
                && walk.step(names, text, tokens, i, i + 1, &accept);
            let (n, v) = walk.best.map_or((0, 0), |(j, v)| ((j - i) as u8, v));
            let addr = if alive { walk.node } else { OVER };
            MEMO.with(|memo| memo.borrow_mut()[slot] = (key, addr, walk.out, n, v));
            if !alive {
                return walk.best;
            }
            walk
        }
    };
    for j in i + 2..end {
        if !walk.step(names, text, tokens, i, j, &accept) {
            break;
        }
    }
    walk.best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GAZETTEER;
    use crate::token::tokenize;

    /// The remembered walk answers as a fresh one, from every token, asked twice.
    #[test]
    fn the_walk_memo_answers_as_the_walk() {
        let texts = [
            "The Hague and New York City, the United States of America - U.S. Steel.",
            "In London, The government of the Republic of Korea met Coca-Cola in St. Louis.",
            "NEW YORK (Reuters) - Kuala Lumpur-based firms, the United Nations' own agency.",
        ];
        let map = super::super::names_map();
        let fst = map.as_fst();
        let (plain, prefixed) = (Names::new(fst, None), GAZETTEER.walk());
        let accept = |v: u64| v & super::super::NO_ENTRIES != super::super::NO_ENTRIES;
        for text in texts {
            let tokens = tokenize(text);
            for _ in 0..2 {
                for i in 0..tokens.len() {
                    for limit in [i + 1, i + 2, tokens.len()] {
                        let fresh = walk_longest(plain, text, &tokens, i, limit, accept);
                        let memo = longest_memo(prefixed, text, &tokens, i, limit, accept);
                        assert_eq!(fresh, memo, "{:?} {i} {limit}", &text[tokens[i].start..]);
                    }
                }
            }
        }
    }
}
