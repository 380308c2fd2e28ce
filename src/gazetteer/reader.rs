//! A reader of FST nodes for walks along a key: the node format of the `fst` crate,
//! decoded only as far as one step of a walk needs (the transition on one byte, its
//! address and output), from the node's address. The crate's `Node` decodes every field
//! of a node before the walk asks for one; a walk of a name pays that at every byte.

/// The first 63 inputs of the `fst` crate's table of common inputs: a node of one
/// transition keeps its input in its state byte as an index into it, plus one (0 for an
/// input written in the byte before).
const COMMON_INPUTS: [u8; 63] = *b"te/oasripcnw.hlm-du012g=:bf3y5&_4v9678k%?xCDASFIBEjPTzRNM+LOqHG";

/// The address of the final node with no transitions and no output.
const EMPTY: usize = 0;

/// A node of more transitions than this has an index of them by input byte (FST format
/// version 2 and on).
const INDEX_THRESHOLD: usize = 32;

/// The mask of the low `n` bytes of a number, for `n` from 0 to 8.
static LOW_BYTES: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut n = 1;
    while n <= 8 {
        t[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    t
};

/// The node a transition leads to: `delta` bytes below `end`, the end of the node it
/// leaves, or the empty node.
fn target(end: usize, delta: usize) -> usize {
    if delta == EMPTY {
        EMPTY
    } else {
        end.wrapping_sub(delta)
    }
}

/// A little-endian number of `n` bytes (0 to 8) at `at` of `d`: one load where eight bytes
/// are there to read (an FST's bytes end with its root's address and more); none when the
/// bytes are not all there (a corrupt FST).
#[inline(always)]
fn unpack(d: &[u8], at: usize, n: usize) -> Option<u64> {
    match d.get(at..at.wrapping_add(8)) {
        Some(w) => Some(u64::from_le_bytes(w.try_into().unwrap_or_default()) & LOW_BYTES[n.min(8)]),
        None => Some(
            d.get(at..at.checked_add(n)?)?
                .iter()
                .rev()
                .fold(0, |v, &b| v << 8 | u64::from(b)),
        ),
    }
}

/// Where byte `b` is among the `n` inputs (distinct bytes) at `from` of `d`, eight at a
/// time; none when it is not, or they are not all there.
#[inline(always)]
fn position(d: &[u8], from: usize, n: usize, b: u8) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The inputs must be there to read: past this, no sum below overflows.
    if from.checked_add(n)? > d.len() {
        return None;
    }
    let mut k = 0;
    while k < n {
        let Some(w) = d.get(from + k..from + k + 8) else {
            return d
                .get(from + k..from + n)?
                .iter()
                .position(|&x| x == b)
                .map(|p| k + p);
        };
        let x = u64::from_le_bytes(w.try_into().unwrap_or_default()) ^ (LOW * u64::from(b));
        // The lowest zero byte is flagged exactly (a borrow only flags bytes above a zero
        // one), and only the bytes of `inputs` count.
        let zero = x.wrapping_sub(LOW) & !x & HIGH;
        let zero = zero
            & u64::MAX
                .checked_shr(64 - 8 * (n - k).min(8) as u32)
                .unwrap_or(0);
        if zero != 0 {
            return Some(k + (zero.trailing_zeros() / 8) as usize);
        }
        k += 8;
    }
    None
}

/// The nodes of one FST, read from its bytes. Every read is checked: the bytes of a corrupt
/// FST (a user's compiled gazetteer) give wrong walks, never a panic.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'f> {
    data: &'f [u8],
    /// Whether a node of many transitions has an index of them.
    indexed: bool,
}

/// A node of many transitions: where its parts lie.
struct Any {
    /// The number of transitions.
    n: usize,
    /// The byte of pack sizes: transition addresses above, outputs below.
    sizes: u8,
    /// The address of the pack sizes byte; the index and the inputs lie below it.
    base: usize,
    /// The size of the index of inputs (0 or 256).
    index: usize,
}

impl<'f> Reader<'f> {
    /// The reader of the FST whose bytes are `data` (as `fst::raw::Fst::as_bytes`).
    pub(crate) fn new(data: &'f [u8]) -> Self {
        let version = data
            .get(..8)
            .map_or(0, |v| u64::from_le_bytes(v.try_into().unwrap_or_default()));
        Reader {
            data,
            indexed: version >= 2,
        }
    }

    /// The node at `addr` when it has many transitions; none when its bytes are not there.
    #[inline(always)]
    fn any(&self, addr: usize, state: u8) -> Option<Any> {
        let d = self.data;
        let (n, nlen) = match state & 0x3F {
            0 => match *d.get(addr.wrapping_sub(1))? {
                1 => (256, 1),
                n => (usize::from(n), 1),
            },
            n => (usize::from(n), 0),
        };
        let base = addr.wrapping_sub(nlen + 1);
        let index = if self.indexed && n > INDEX_THRESHOLD {
            256
        } else {
            0
        };
        Some(Any {
            n,
            sizes: *d.get(base)?,
            base,
            index,
        })
    }

    /// The input of a node of one transition with state byte `state` at `addr`, and how
    /// many bytes it takes below the state.
    #[inline(always)]
    fn one_input(&self, addr: usize, state: u8) -> Option<(u8, usize)> {
        match state & 0x3F {
            0 => Some((*self.data.get(addr.wrapping_sub(1))?, 1)),
            k => Some((COMMON_INPUTS[usize::from(k - 1)], 0)),
        }
    }

    /// The transition of node `addr` on byte `b`: the node it leads to and its output.
    /// Addresses below a node are computed with wrapping arithmetic: one out of range reads
    /// as no transition.
    #[inline(always)]
    pub(crate) fn step(&self, addr: usize, b: u8) -> Option<(usize, u64)> {
        if addr == EMPTY {
            return None;
        }
        let d = self.data;
        let state = *d.get(addr)?;
        match state >> 6 {
            // One transition to the node right below, no output.
            0b11 => {
                let (input, len) = self.one_input(addr, state)?;
                (input == b).then_some((addr.wrapping_sub(len + 1), 0))
            }
            // One transition.
            0b10 => {
                let (input, len) = self.one_input(addr, state)?;
                if input != b {
                    return None;
                }
                let sizes = *d.get(addr.wrapping_sub(len + 1))?;
                let (tsize, osize) = (usize::from(sizes >> 4), usize::from(sizes & 0x0F));
                let at = addr.wrapping_sub(len + 1 + tsize);
                let delta = unpack(d, at, tsize)? as usize;
                let end = at.wrapping_sub(osize);
                let out = unpack(d, end, osize)?;
                Some((target(end, delta), out))
            }
            // Many transitions, perhaps final.
            _ => {
                let a = self.any(addr, state)?;
                let i = if a.index != 0 {
                    let i =
                        usize::from(*d.get(a.base.wrapping_sub(256).wrapping_add(usize::from(b)))?);
                    if i >= a.n {
                        return None;
                    }
                    i
                } else {
                    // The position is below `a.n`, so this does not overflow.
                    let p = position(d, a.base.wrapping_sub(a.n), a.n, b)?;
                    a.n - 1 - p
                };
                let (tsize, osize) = (usize::from(a.sizes >> 4), usize::from(a.sizes & 0x0F));
                let trans = a.base.wrapping_sub(a.index + a.n);
                let delta = unpack(d, trans.wrapping_sub((i + 1) * tsize), tsize)? as usize;
                let outs = trans.wrapping_sub(a.n * tsize);
                let out = unpack(d, outs.wrapping_sub((i + 1) * osize), osize)?;
                let final_size = if state & 0x40 != 0 { osize } else { 0 };
                let end = outs.wrapping_sub(a.n * osize + final_size);
                Some((target(end, delta), out))
            }
        }
    }

    /// Walks `bytes` from node `addr` with output `out` so far: the node reached and the
    /// output then; none when no key goes on with them.
    #[inline(never)]
    pub(crate) fn feed(&self, mut addr: usize, mut out: u64, bytes: &[u8]) -> Option<(usize, u64)> {
        for &b in bytes {
            let (next, o) = self.step(addr, b)?;
            addr = next;
            out = out.wrapping_add(o);
        }
        Some((addr, out))
    }

    /// The final output of node `addr`, when it is final.
    #[inline]
    pub(crate) fn final_output(&self, addr: usize) -> Option<u64> {
        if addr == EMPTY {
            return Some(0);
        }
        let state = *self.data.get(addr)?;
        if state & 0xC0 != 0x40 {
            return None;
        }
        let a = self.any(addr, state)?;
        let (tsize, osize) = (usize::from(a.sizes >> 4), usize::from(a.sizes & 0x0F));
        let outs = a.base.wrapping_sub(a.index + a.n + a.n * tsize);
        unpack(self.data, outs.wrapping_sub(a.n * osize + osize), osize)
    }

    /// True when node `addr` has no transitions (or is not there to read).
    #[inline]
    pub(crate) fn is_empty(&self, addr: usize) -> bool {
        addr == EMPTY || {
            match self.data.get(addr) {
                Some(&state) => state & 0x80 == 0 && self.any(addr, state).is_none_or(|a| a.n == 0),
                None => true,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::Streamer;

    /// Walks, final outputs and emptiness as the `fst` crate reads them, at every node of
    /// a map with nodes of every kind (one transition, with an output or none, with a
    /// common input or another; many, with an index or without; final with an output).
    #[test]
    fn reads_nodes_as_the_crate_does() {
        let mut keys: Vec<(String, u64)> = Vec::new();
        for a in ["", "a", "b", "t", "ab", "abc", "\u{e9}", "zz"] {
            for c in 0u8..=60 {
                keys.push((format!("{a}{}", char::from(b'!' + c)), u64::from(c) * 977));
            }
            keys.push((format!("{a}xylophone"), 1 << 40));
            keys.push((format!("{a}q"), 0));
        }
        keys.push(("long key with spaces".into(), 7));
        keys.push(("long key with spaces and more".into(), 1 << 20));
        keys.sort();
        keys.dedup_by(|a, b| a.0 == b.0);
        let map = fst::Map::from_iter(keys.iter().map(|(k, v)| (k.as_bytes(), *v))).unwrap();
        let fst = map.as_fst();
        let r = Reader::new(fst.as_bytes());
        let mut stream = map.stream();
        while let Some((k, v)) = stream.next() {
            let (addr, out) = r.feed(fst.root().addr(), 0, k).unwrap();
            assert_eq!(r.final_output(addr).map(|f| out + f), Some(v), "{k:?}");
        }
        // Every node, every byte.
        let mut seen = std::collections::HashSet::new();
        let mut todo = vec![fst.root().addr()];
        while let Some(addr) = todo.pop() {
            if !seen.insert(addr) {
                continue;
            }
            let node = fst.node(addr);
            assert_eq!(r.is_empty(addr), node.is_empty());
            assert_eq!(
                r.final_output(addr),
                node.is_final().then(|| node.final_output().value())
            );
            for b in 0..=255u8 {
                let want = node.find_input(b).map(|k| {
                    let t = node.transition(k);
                    (t.addr, t.out.value())
                });
                assert_eq!(r.step(addr, b), want, "{addr} {b}");
            }
            todo.extend(node.transitions().map(|t| t.addr));
        }
    }

    /// Bytes that are no FST, or an FST cut short or with a byte changed, read as walks
    /// that end, never as a panic: a compiled gazetteer's FST is only checked as a whole.
    #[test]
    fn corrupt_bytes_never_panic() {
        let keys = ["acme", "acme rail", "le havre", "zed"];
        let map = fst::Map::from_iter(keys.iter().enumerate().map(|(i, k)| (k, i as u64)));
        let good = map.unwrap().into_fst().into_inner();
        let mut cases: Vec<Vec<u8>> = (0..good.len()).map(|n| good[..n].to_vec()).collect();
        for k in 0..good.len() {
            for flip in [1u8, 0x3F, 0x40, 0x80, 0xFF] {
                let mut b = good.clone();
                b[k] ^= flip;
                cases.push(b);
            }
        }
        let mut x = 7u64;
        for n in [1, 9, 40, 300] {
            cases.push(
                (0..n)
                    .map(|_| {
                        x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                        (x >> 56) as u8
                    })
                    .collect(),
            );
        }
        for d in &cases {
            let r = Reader::new(d);
            for addr in (0..d.len() + 2).chain([usize::MAX, usize::MAX - 7]) {
                for b in [b'a', b' ', b'z', 0, 0xFF] {
                    let _ = r.step(addr, b);
                }
                let _ = r.final_output(addr);
                let _ = r.is_empty(addr);
                let _ = r.feed(addr, u64::MAX, b"acme rail");
            }
        }
    }
}
