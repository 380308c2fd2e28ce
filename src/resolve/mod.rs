//! Resolution: one decision per stretch of text where recognizers overlap, confirmation of
//! guesses by the rest of the article, and the linking of mentions to one entity
//! ("Hegseth" -> "Pete Hegseth", "CSIS" -> "Center for Strategic and International Studies").

mod companies;
mod confirm;
mod few;
mod names;
mod speakers;
mod sports;
mod vote;

use crate::model::{EntityType, Mention, Rule, Span};
use crate::recognize::names::{is_locative, is_unlisted_name};

/// Which type wins when two recognizers claim exactly the same span.
fn priority(m: &Mention) -> u8 {
    if m.tentative {
        return 0;
    }
    if m.rule == Rule::Dateline {
        return 6;
    }
    match m.ty {
        EntityType::Date => 5,
        EntityType::Amount => 4,
        EntityType::Organization => 3,
        EntityType::Place => 2,
        EntityType::Person => 1,
    }
}

/// Resolves overlaps (the longest mention wins, then the stronger type), keeps tentative
/// names only where the article confirms them, and sets `canonical` on names. Returns the
/// mentions in text order.
pub fn resolve(text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    SCRATCH.with_borrow_mut(|scratch| {
        keep_longest(&mut mentions, scratch);
        if text.len() <= names::NARROW_TEXT {
            name_passes(text, &mut mentions, &mut scratch.keys);
        } else {
            name_passes(text, &mut mentions, &mut scratch.wide_keys);
        }
    });
    mentions
}

/// The passes after overlaps are decided, in order, with the name keys they share. The
/// largest are kept out of line: inlined into one body with the rest, they cost more.
fn name_passes<O: names::Offset>(
    text: &str,
    mentions: &mut Vec<Mention>,
    keys: &mut names::NameKeys<O>,
) {
    drop_case_parties(text, mentions);
    places_joined_to_places(text, mentions);
    vote::surnames_as_modifiers(text, mentions);
    vote::no_guessed_people(text, mentions);
    speakers::full_names_of_speakers(text, mentions);
    keys.reset(text, mentions);
    names::surnames_over_places(text, mentions, keys);
    sports::sports_teams(text, mentions);
    companies::companies_over_places(text, mentions);
    names::roles_of_organizations(text, mentions);
    // Before confirmation, for the lone words it would drop; after, for those it confirmed.
    vote::organizations_by_evidence(text, mentions);
    confirm::confirm_tentative(text, mentions, keys);
    vote::organizations_by_evidence(text, mentions);
    vote::cued_names_of_several_words(text, mentions);
    vote::acronyms_of_places(text, mentions);
    vote::acronyms_as_nouns(text, mentions);
    vote::acronyms_of_common_nouns(text, mentions);
    names::link_names(text, mentions, keys);
    keys.give_back();
}

/// Drops the parties named in a court case's name ("Hartley v. Environmental Protection
/// Agency", "Sackett v. EPA"): a case is no entity, nor are its name's parts. Only the
/// dotted "v." of case names; a bare "v" or "vs." also joins the teams of a fixture.
fn drop_case_parties(text: &str, mentions: &mut Vec<Mention>) {
    const V: &str = " v. ";
    if !text.contains(V) {
        return;
    }
    mentions.retain(|m| {
        !matches!(
            m.ty,
            EntityType::Person | EntityType::Place | EntityType::Organization
        ) || !(text[m.span.end..].starts_with(V) || text[..m.span.start].ends_with(V))
    });
}

/// "in Bulacan and Pampanga": a lone capitalized word joined by "and" to a listed place
/// after a locative preposition is a place too, when nothing took it, it is no ordinary
/// word, listed name or given name, and no locative follows it.
fn places_joined_to_places(text: &str, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in mentions.iter() {
        if m.ty != EntityType::Place || m.rule != Rule::Places {
            continue;
        }
        let Some(rest) = text[m.span.end..].strip_prefix(" and ") else {
            continue;
        };
        let before = text[..m.span.start].trim_end_matches(' ');
        let prep = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        if prep.is_empty() || !is_locative(prep) {
            continue;
        }
        let len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let after = &rest[len..];
        // Alone, and not placed somewhere itself ("Lenovo in China and Aquarius in
        // Russia": a company, like the first).
        let next = after[after.len() - after.trim_start_matches(' ').len()..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let placed = after.starts_with(' ')
            && is_locative(next)
            && after[1 + next.len()..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_uppercase());
        let lone = !next.starts_with(|c: char| c.is_uppercase()) && !placed;
        if !(lone && is_unlisted_name(word)) {
            continue;
        }
        let start = m.span.end + " and ".len();
        found.push(Span::new(start, start + len));
    }
    add_places(mentions, found);
}

/// Adds places found by their context at `spans` to `mentions` (sorted by start, and kept
/// so): a guess of the same words that the article was to confirm becomes the place; a
/// span another mention overlaps is left. One sort at the end, not an insertion each,
/// keeps a long text's many finds linear.
fn add_places(mentions: &mut Vec<Mention>, mut spans: Vec<Span>) {
    if spans.is_empty() {
        return;
    }
    spans.sort_unstable_by_key(|s| s.start);
    spans.dedup();
    let place = |span| Mention::new(EntityType::Place, span, Rule::PlaceLocative);
    let mut added = Vec::new();
    for span in spans {
        let k = mentions.partition_point(|m| m.span.start < span.start);
        if k > 0 && mentions[k - 1].span.end > span.start {
            continue;
        }
        match mentions.get_mut(k) {
            Some(n) if n.span == span && n.tentative => *n = place(span),
            Some(n) if n.span.start < span.end => {}
            _ => added.push(place(span)),
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// The buffers of one thread's resolutions, kept from one article to the next: most
/// articles need the same few, and growing them anew for each costs more than their work.
#[derive(Default)]
struct Scratch {
    order: Vec<u128>,
    order64: Vec<u64>,
    run: Vec<u128>,
    kept: Vec<usize>,
    /// `kept` when the positions fit in 32 bits (the sort keys of 64): half the room.
    kept32: Vec<u32>,
    taken: Taken,
    keys: names::NameKeys<u32>,
    /// The name keys of a text past [`names::NARROW_TEXT`].
    wide_keys: names::NameKeys<usize>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Past this many bytes a buffer is freed after use, not kept: one huge input does not
/// hold its memory for the rest of the run.
const KEEP_AT_MOST: usize = 1 << 20;

/// Makes room in `v` for `n` more items at once when they would pass [`KEEP_AT_MOST`]: a
/// huge input's buffers take the room they need, not the next power of two (up to twice
/// as much, at the moment memory peaks).
fn room<T>(v: &mut Vec<T>, n: usize) {
    if n * std::mem::size_of::<T>() > KEEP_AT_MOST {
        v.reserve_exact(n);
    }
}

/// Empties `v`, and frees it when it grew past [`KEEP_AT_MOST`].
fn give_back<T>(v: &mut Vec<T>) {
    if v.capacity() * std::mem::size_of::<T>() > KEEP_AT_MOST {
        *v = Vec::new();
    }
    v.clear();
}

/// True when the word before `m` is a locative preposition ("in Sunderland", "in Magna"),
/// compared ASCII case folded without a copy.
fn after_locative(text: &str, m: &Mention) -> bool {
    let before = text[..m.span.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    if before.is_ascii() {
        crate::lexicon::words::CONTEXT_LOCATIVE
            .iter()
            .any(|w| w.eq_ignore_ascii_case(before))
    } else {
        crate::lexicon::words::CONTEXT_LOCATIVE.contains(&before.to_lowercase().as_str())
    }
}

/// True when `s` holds a space (the byte), tested eight bytes at a time: two overlapping
/// words from eight bytes on (and the bytes between them past sixteen), two halves of four
/// below eight, a byte at a time below four. Names are short: a search would cost more to
/// start.
#[inline]
fn has_space(s: &str) -> bool {
    use crate::swar::{load, zero_byte, LOW_BITS};
    let spaces = |w: u64| zero_byte(w ^ (LOW_BITS * u64::from(b' '))) != 0;
    let b = s.as_bytes();
    let n = b.len();
    if n >= 8 {
        let middle = b.get(8..n - 8).unwrap_or_default();
        return spaces(load(b)) || spaces(load(&b[n - 8..])) || middle.contains(&b' ');
    }
    if n >= 4 {
        let word = |at: usize| u64::from(u32::from_le_bytes(b[at..at + 4].try_into().expect("4")));
        return spaces(word(0) | word(n - 4) << 32);
    }
    b.contains(&b' ')
}

/// The first word of `s` (split at white space), read by bytes while they are ASCII.
#[inline]
fn first_word(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let is_space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut start = 0;
    while start < b.len() && is_space(b[start]) {
        start += 1;
    }
    let mut end = start;
    while end < b.len() && !is_space(b[end]) {
        if !b[end].is_ascii() {
            return first_word_wide(s);
        }
        end += 1;
    }
    (end > start).then(|| &s[start..end])
}

/// [`first_word`] of a word beyond ASCII: by characters.
#[cold]
#[inline(never)]
fn first_word_wide(s: &str) -> Option<&str> {
    s.split_whitespace().next()
}

/// The mask of a sort key's low 32 bits, which hold a mention's position.
const POSITION: u128 = u32::MAX as u128;

/// Keeps one mention per stretch of overlapping mentions, in text order: longest first,
/// then the stronger type, then the earlier start, then the earlier found, each kept
/// unless it overlaps one kept before it (empty mentions are never kept).
///
/// The mentions are taken in text order; a run of them that overlap one another is decided
/// on its own (a decision never reaches past the run), and most runs are one mention.
fn keep_longest(mentions: &mut Vec<Mention>, scratch: &mut Scratch) {
    let Scratch {
        order,
        order64,
        run,
        kept,
        kept32,
        taken,
        ..
    } = scratch;
    // Starts with the position in the low 32 bits: the recognizers' passes each give
    // mentions in text order, runs that a stable sort finds and merges.
    order.clear();
    let small = mentions.len() <= u32::MAX as usize
        && mentions.iter().all(|m| u32::try_from(m.span.start).is_ok());
    if small {
        // Sixty-four bits hold both when the text is under 4 GiB, and sort faster.
        order64.clear();
        room(order64, mentions.len());
        order64.extend(
            mentions
                .iter()
                .enumerate()
                .map(|(k, m)| (m.span.start as u64) << 32 | k as u64),
        );
        if order64.len() * 8 > KEEP_AT_MOST {
            // The keys are distinct, so either sort gives one order; this one needs no
            // buffer as large as the keys.
            order64.sort_unstable();
        } else {
            order64.sort();
        }
    } else {
        order.extend(
            mentions
                .iter()
                .enumerate()
                .map(|(k, m)| (m.span.start as u128) << 32 | (k as u128 & POSITION)),
        );
        order.sort();
    }
    // The positions of the kept mentions, in text order.
    kept.clear();
    kept32.clear();
    if small {
        room(kept32, mentions.len());
        decide_runs(order64, mentions, run, kept32, taken);
        gather(mentions, kept32);
    } else {
        decide_runs(order, mentions, run, kept, taken);
        gather(mentions, kept);
    }
    give_back(order);
    give_back(order64);
    give_back(run);
    give_back(kept);
    give_back(kept32);
    give_back(&mut taken.bits);
}

/// Decides each run of overlapping mentions of `order` (start keys with the mention's
/// position in their low 32 bits, sorted), appending the positions of the kept mentions to
/// `kept` in text order.
fn decide_runs<K: Copy + Into<u128>, P: names::Offset + Ord>(
    order: &[K],
    mentions: &[Mention],
    run: &mut Vec<u128>,
    kept: &mut Vec<P>,
    taken: &mut Taken,
) {
    let at = |key: K| (key.into() & POSITION) as usize;
    let mut i = 0;
    while i < order.len() {
        let first = mentions[at(order[i])].span;
        if first.start >= first.end {
            i += 1;
            continue;
        }
        // The run: every later mention that starts before the run ends.
        let mut end = first.end;
        let mut j = i + 1;
        while let Some(&key) = order.get(j) {
            let span = mentions[at(key)].span;
            if span.start >= end {
                break;
            }
            end = end.max(span.end);
            j += 1;
        }
        if j == i + 1 {
            kept.push(P::at(at(order[i])));
            i = j;
            continue;
        }
        // Keyed by the place in the run, not in the article: among mentions of one start
        // the run keeps the article's order.
        run.clear();
        run.extend(
            order[i..j]
                .iter()
                .enumerate()
                .map(|(p, &key)| overlap_key(&mentions[at(key)], p)),
        );
        run.sort_unstable();
        // The bytes accepted spans cover; each new mention checks its own bytes.
        taken.reset(first.start, end);
        let from = kept.len();
        for &key in run.iter() {
            let p = i + (key & POSITION) as usize;
            let span = mentions[at(order[p])].span;
            if span.start >= span.end || taken.any(span) {
                continue;
            }
            taken.mark(span);
            kept.push(P::at(p));
        }
        // The run's kept mentions in its order (text order), as positions in `mentions`.
        kept[from..].sort_unstable();
        for q in &mut kept[from..] {
            *q = P::at(at(order[q.get()]));
        }
        i = j;
    }
}

/// The order in which overlapping mentions are decided, as one number: the longer first
/// (lengths past 4 GiB count as equal), then the stronger type, then the earlier start, then
/// the earlier found; the low 32 bits are the mention's position `k`.
fn overlap_key(m: &Mention, k: usize) -> u128 {
    let len = u32::try_from(m.span.end.saturating_sub(m.span.start)).unwrap_or(u32::MAX);
    let start = (m.span.start as u128) & ((1 << 56) - 1);
    u128::from(u32::MAX - len) << 96
        | u128::from(u8::MAX - priority(m)) << 88
        | start << 32
        | (k as u128 & POSITION)
}

/// A bit per byte of a stretch of text: set where an accepted mention is. Mentions are
/// short, so checking one costs a word or two of bits.
#[derive(Default)]
struct Taken {
    base: usize,
    bits: Vec<u64>,
}

impl Taken {
    /// Clears the bits and makes them cover `base..end`.
    fn reset(&mut self, base: usize, end: usize) {
        self.base = base;
        self.bits.clear();
        self.bits.resize(end.saturating_sub(base).div_ceil(64), 0);
    }

    /// The bit words `span` touches, each with the mask of its bytes in that word.
    fn words(base: usize, span: Span) -> impl Iterator<Item = (usize, u64)> {
        let (a, b) = (span.start - base, span.end - base);
        (a / 64..b.div_ceil(64)).map(move |w| {
            let lo = a.max(w * 64) - w * 64;
            let hi = b.min(w * 64 + 64) - w * 64;
            let mask = if hi - lo == 64 {
                u64::MAX
            } else {
                ((1u64 << (hi - lo)) - 1) << lo
            };
            (w, mask)
        })
    }

    /// True when a byte of `span` (non-empty) is taken.
    fn any(&self, span: Span) -> bool {
        Self::words(self.base, span).any(|(w, mask)| self.bits[w] & mask != 0)
    }

    /// Takes the bytes of `span` (non-empty).
    fn mark(&mut self, span: Span) {
        for (w, mask) in Self::words(self.base, span) {
            self.bits[w] |= mask;
        }
    }
}

/// Moves `mentions[from[i]]` to position `i` for each `i` (the positions in `from` are
/// distinct) and drops the rest; `from` is overwritten. The mentions are large and mostly
/// in order already: each is moved by at most one swap, following where earlier swaps
/// moved the ones it needs.
fn gather<P: names::Offset>(mentions: &mut Vec<Mention>, from: &mut [P]) {
    for i in 0..from.len() {
        let mut k = from[i].get();
        while k < i {
            k = from[k].get();
        }
        // From now on: where the mention that was at position `i` before this step went.
        from[i] = P::at(k);
        // Most mentions are in place already: no swap of a mention with itself.
        if k != i {
            mentions.swap(i, k);
        }
    }
    mentions.truncate(from.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pseudo-random number generator for the tests.
    pub(super) fn rng(mut seed: u64) -> impl FnMut() -> usize {
        move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        }
    }

    /// A text of fewer than `most` pieces of `pieces`, drawn by `next`.
    pub(super) fn pieces_text(
        next: &mut impl FnMut() -> usize,
        pieces: &[&str],
        most: usize,
    ) -> String {
        (0..next() % most)
            .map(|_| pieces[next() % pieces.len()])
            .collect()
    }

    #[test]
    fn spaces_found_eight_bytes_at_a_time_as_by_byte() {
        let mut next = rng(5);
        for n in 0..40 {
            for _ in 0..2000 {
                let s: String = (0..n)
                    .map(|_| match next() % 12 {
                        0 => ' ',
                        1 => '!',
                        2 => '\u{0}',
                        3 => 'é',
                        _ => char::from(b'a' + (next() % 26) as u8),
                    })
                    .collect();
                assert_eq!(has_space(&s), s.contains(' '), "{s:?}");
            }
        }
    }

    #[test]
    fn first_words_read_by_bytes_as_by_characters() {
        for s in [
            "Halcyon Semiconductor",
            "  \t lone",
            "",
            " \u{b} ",
            "Zürich Nord",
            "\u{a0}Ab cd",
            "ab\u{2003}cd ef",
            "10-2-45-3 and",
        ] {
            assert_eq!(first_word(s), s.split_whitespace().next(), "{s:?}");
        }
    }

    #[test]
    fn taken_bytes_are_exact_across_bit_words() {
        let mut taken = Taken::default();
        taken.reset(10, 310);
        taken.mark(Span::new(70, 140));
        for (a, b, hit) in [
            (10, 70, false),
            (69, 71, true),
            (139, 141, true),
            (140, 300, false),
            (100, 101, true),
            (10, 300, true),
        ] {
            assert_eq!(taken.any(Span::new(a, b)), hit, "{a}..{b}");
        }
        taken.mark(Span::new(10, 74));
        assert!(taken.any(Span::new(10, 11)));
        assert!(!taken.any(Span::new(140, 310)));
    }

    #[test]
    fn gather_moves_any_subset_in_any_order() {
        let mut next = rng(7);
        for n in [0, 1, 2, 3, 5, 8, 50, 333] {
            for _ in 0..50 {
                let mut mentions: Vec<Mention> = (0..n)
                    .map(|k| {
                        Mention::new(EntityType::Place, Span::new(k, k + 1), Rule::UnknownName)
                    })
                    .collect();
                let mut from: Vec<usize> = (0..n).collect();
                for k in (1..n).rev() {
                    from.swap(k, next() % (k + 1));
                }
                from.truncate(if n == 0 { 0 } else { next() % (n + 1) });
                let want = from.clone();
                gather(&mut mentions, &mut from);
                let starts: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
                assert_eq!(starts, want);
            }
        }
    }

    /// Overlaps decided over the whole article at once, longest first.
    fn keep_longest_at_once(mentions: &[Mention]) -> Vec<(usize, usize, EntityType)> {
        let mut order: Vec<u128> = (0..mentions.len())
            .map(|k| overlap_key(&mentions[k], k))
            .collect();
        order.sort_unstable();
        let mut kept: Vec<&Mention> = Vec::new();
        for key in order {
            let m = &mentions[(key & POSITION) as usize];
            let s = m.span;
            if s.start < s.end
                && !kept
                    .iter()
                    .any(|k| k.span.start < s.end && s.start < k.span.end)
            {
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| m.span.start);
        kept.iter()
            .map(|m| (m.span.start, m.span.end, m.ty))
            .collect()
    }

    #[test]
    fn overlaps_decided_by_run_as_at_once() {
        let mut next = rng(11);
        let types = [
            EntityType::Person,
            EntityType::Place,
            EntityType::Organization,
            EntityType::Amount,
            EntityType::Date,
        ];
        for n in [0, 1, 2, 3, 6, 20, 80] {
            for _ in 0..200 {
                let mentions: Vec<Mention> = (0..n)
                    .map(|_| {
                        let start = next() % 200;
                        let len = next() % 12;
                        let mut m = Mention::new(
                            types[next() % types.len()],
                            Span::new(start, start + len),
                            Rule::UnknownName,
                        );
                        m.tentative = next() % 4 == 0;
                        m
                    })
                    .collect();
                let want = keep_longest_at_once(&mentions);
                let mut got = mentions;
                keep_longest(&mut got, &mut Scratch::default());
                let got: Vec<_> = got
                    .iter()
                    .map(|m| (m.span.start, m.span.end, m.ty))
                    .collect();
                assert_eq!(got, want);
            }
        }
    }
}
