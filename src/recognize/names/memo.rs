//! A per-thread memo of chunk classifications: the same chunks recur across the articles of
//! a batch.

use super::chunk::{Word, MAX_CHUNK_WORDS};
use super::classify::classify;
use super::context::Context;
use crate::model::{Mention, Span};

/// [`classify`], remembered per thread: the same chunks ("Tony Blair", "Mr Smith", "the
/// European Union") recur across the articles of a batch, and classifying one costs
/// thousands of instructions where a probe costs a hundred. The answer is a pure function
/// of the chunk's words (their text and relative positions), the context's flags and the
/// lists, which make up the key, so output does not depend on what was analyzed before.
pub(super) fn classify_memo(words: &[Word], ctx: &Context<'_>, out: &mut Vec<Mention>) {
    /// Slots in the cache (direct-mapped: a newer chunk takes an older one's slot).
    const SLOTS: usize = 1 << 14;
    /// Chunks longer than this (bytes) are classified afresh: rare, and their word
    /// positions would not fit the key's bytes.
    const MAX_SPAN: usize = 255;
    /// A cached chunk: its key, and its mentions with spans relative to it.
    type Cached = (Vec<u8>, Vec<Mention>);
    /// The longest key head: two bytes of flags, the lists' id, the word count, two bytes
    /// a word. The chunk's text follows it in the key.
    const HEAD_BYTES: usize = 2 + 8 + 1 + 2 * MAX_CHUNK_WORDS;
    thread_local! {
        /// The cached chunks, boxed so that the table itself is small (a pointer a slot:
        /// few pages of memory for a short run).
        static MEMO: std::cell::RefCell<Vec<Option<Box<Cached>>>> =
            std::cell::RefCell::default();
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let base = first.start;
    if last.end - base > MAX_SPAN || words.len() > MAX_CHUNK_WORDS {
        return classify(words, ctx, out);
    }
    let rebase = |m: &Mention, from: usize, to: usize| {
        let mut m = m.clone();
        m.span = Span::new(m.span.start - from + to, m.span.end - from + to);
        m
    };
    // The key's head, built on the stack: flags, lists, each word's span relative to the
    // chunk. The chunk's text follows it in the key, read where it lies: a buffer for the
    // whole key would be cleared at every chunk.
    let mut buf = [0u8; HEAD_BYTES];
    buf[0] = u8::from(ctx.initial)
        | u8::from(ctx.speech_follows) << 1
        | u8::from(ctx.headline) << 2
        | u8::from(ctx.org_cue) << 3
        | u8::from(ctx.org_after_prep) << 4
        | u8::from(ctx.around.locative) << 5
        | u8::from(ctx.around.after_comma) << 6
        | u8::from(ctx.around.dot_after) << 7;
    buf[1] = u8::from(ctx.around.possessive_after)
        | u8::from(ctx.around.caps_run) << 1
        | u8::from(ctx.around.work_before) << 2
        | u8::from(ctx.around.vehicle_before) << 3
        | u8::from(ctx.around.person_appositive) << 4;
    buf[2..10].copy_from_slice(&ctx.lists.id().to_le_bytes());
    buf[10] = words.len() as u8;
    let mut n = 11;
    for w in words {
        buf[n] = (w.start - base) as u8;
        buf[n + 1] = (w.end - base) as u8;
        n += 2;
    }
    let head = &buf[..n];
    let span = &ctx.text.as_bytes()[base..last.end];
    let is_key = |k: &[u8]| k.len() == n + span.len() && k[..n] == *head && k[n..] == *span;
    let slot = {
        use std::hash::BuildHasher;
        (foldhash::fast::FixedState::with_seed(0).hash_one((head, span)) as usize) % SLOTS
    };
    // A hit is copied out at once; a miss is classified with the cache released.
    let hit = MEMO.with(|memo| {
        let mut slots = memo.borrow_mut();
        if slots.is_empty() {
            slots.resize_with(SLOTS, || None);
        }
        match slots[slot].as_deref() {
            Some((k, found)) if is_key(k) => {
                out.extend(found.iter().map(|m| rebase(m, 0, base)));
                true
            }
            _ => false,
        }
    });
    if hit {
        return;
    }
    let from = out.len();
    classify(words, ctx, out);
    let found = out[from..].iter().map(|m| rebase(m, base, 0));
    MEMO.with(|memo| {
        // A slot taken before keeps its buffers: the new chunk is written into them.
        match &mut memo.borrow_mut()[slot] {
            Some(cached) => {
                cached.0.clear();
                cached.0.extend_from_slice(head);
                cached.0.extend_from_slice(span);
                cached.1.clear();
                cached.1.extend(found);
            }
            empty => *empty = Some(Box::new(([head, span].concat(), found.collect()))),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::NameLists;
    use crate::recognize::names::chunk::extend;
    use crate::recognize::names::context::Around;
    use crate::token::tokenize;

    /// The remembered classification of a chunk is the fresh one, moved to where the chunk
    /// is, whatever its context flags; asked twice, from different offsets.
    #[test]
    fn chunk_memo_answers_as_classify() {
        let sentences = [
            "Prime Minister Hun Manet met Gregory B. Poling of the Center for Strategic and International Studies.",
            "The Treasury and the Bank of England said Kuala Lumpur-based Prince Holding Group fell.",
            "Hegseth spoke to Pete Hegseth, and Texas Rangers beat Kansas City Royals.",
        ];
        let lists = NameLists::default();
        for pad in ["", "Some words first. "] {
            for s in sentences {
                let text = format!("{pad}{s}");
                let tokens = tokenize(&text);
                let (mut i, mut words) = (0, Vec::new());
                while i < tokens.len() {
                    let j = extend(&text, &tokens, i, &mut words);
                    for flags in 0..64u8 {
                        let ctx = Context {
                            text: &text,
                            lists: &lists,
                            initial: flags & 1 != 0,
                            speech_follows: flags & 2 != 0,
                            headline: flags & 4 != 0,
                            org_cue: flags & 8 != 0,
                            org_after_prep: flags & 16 != 0,
                            chunk_start: words[0].start,
                            around: Around {
                                locative: flags & 1 != 0,
                                after_comma: flags & 2 != 0,
                                dot_after: flags & 4 != 0,
                                possessive_after: flags & 8 != 0,
                                caps_run: flags & 16 != 0,
                                work_before: flags & 32 != 0,
                                vehicle_before: flags & 32 != 0,
                                person_appositive: flags & 32 != 0,
                            },
                        };
                        let (mut fresh, mut memo) = (Vec::new(), Vec::new());
                        classify(&words, &ctx, &mut fresh);
                        classify_memo(&words, &ctx, &mut memo);
                        assert_eq!(fresh, memo, "{:?} {flags}", &text[words[0].start..]);
                    }
                    i = j.max(i + 1);
                }
            }
        }
    }
}
