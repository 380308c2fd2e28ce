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
    const SLOTS: usize = 1 << 12;
    /// Chunks longer than this (bytes) are classified afresh: rare, and their word
    /// positions would not fit the key's bytes.
    const MAX_SPAN: usize = 255;
    /// A cached chunk: its key, and its mentions with spans relative to it.
    type Cached = (Vec<u8>, Vec<Mention>);
    /// The cached chunks, boxed so that the table itself is small (a pointer a slot: few
    /// pages of memory for a short run), and the key of the chunk at hand, built in place.
    #[derive(Default)]
    struct Memo {
        slots: Vec<Option<Box<Cached>>>,
        key: Vec<u8>,
    }
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::default();
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
    // A hit is copied out at once; a miss hands back its slot, and the chunk is classified
    // with the cache released (the key stays in the memo: `classify` does not ask it).
    let miss = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let Memo { slots, key } = &mut *memo;
        // The key: flags, lists, each word's span relative to the chunk, then its text.
        key.clear();
        key.push(
            u8::from(ctx.initial)
                | u8::from(ctx.speech_follows) << 1
                | u8::from(ctx.headline) << 2
                | u8::from(ctx.org_cue) << 3
                | u8::from(ctx.org_after_prep) << 4
                | u8::from(ctx.locative) << 5
                | u8::from(ctx.after_comma) << 6
                | u8::from(ctx.dot_after) << 7,
        );
        key.push(
            u8::from(ctx.possessive_after)
                | u8::from(ctx.caps_run) << 1
                | u8::from(ctx.work_before) << 2,
        );
        key.extend_from_slice(&ctx.lists.id().to_le_bytes());
        key.push(words.len() as u8);
        for w in words {
            key.push((w.start - base) as u8);
            key.push((w.end - base) as u8);
        }
        key.extend_from_slice(&ctx.text.as_bytes()[base..last.end]);
        let slot = {
            use std::hash::BuildHasher;
            (foldhash::fast::FixedState::with_seed(0).hash_one(&*key) as usize) % SLOTS
        };
        if slots.is_empty() {
            slots.resize_with(SLOTS, || None);
        }
        match slots[slot].as_deref() {
            Some((k, found)) if k == key => {
                out.extend(found.iter().map(|m| rebase(m, 0, base)));
                None
            }
            _ => Some(slot),
        }
    });
    let Some(slot) = miss else {
        return;
    };
    let from = out.len();
    classify(words, ctx, out);
    let found = out[from..].iter().map(|m| rebase(m, base, 0));
    MEMO.with(|memo| {
        let Memo { slots, key } = &mut *memo.borrow_mut();
        // A slot taken before keeps its buffers: the new chunk is written into them.
        match &mut slots[slot] {
            Some(cached) => {
                cached.0.clear();
                cached.0.extend_from_slice(key);
                cached.1.clear();
                cached.1.extend(found);
            }
            empty => *empty = Some(Box::new((key.clone(), found.collect()))),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::NameLists;
    use crate::recognize::names::chunk::extend;
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
                    for flags in 0..32u8 {
                        let ctx = Context {
                            text: &text,
                            lists: &lists,
                            initial: flags & 1 != 0,
                            speech_follows: flags & 2 != 0,
                            headline: flags & 4 != 0,
                            org_cue: flags & 8 != 0,
                            org_after_prep: flags & 16 != 0,
                            chunk_start: words[0].start,
                            locative: flags & 1 != 0,
                            after_comma: flags & 2 != 0,
                            dot_after: flags & 4 != 0,
                            possessive_after: flags & 8 != 0,
                            caps_run: flags & 16 != 0,
                            work_before: flags & 32 != 0,
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
