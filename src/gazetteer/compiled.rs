//! The compiled form of the user's lists (`lede gazetteer build`): the names FST, the entry
//! table and the string table, laid out as the built-in lists lay theirs out, behind a
//! header that names the format and its version, sizes each part and carries a checksum.
//! A file is checked whole when it is opened: a corrupt or truncated one is an error, never
//! a panic, and opening it parses nothing.

use std::ops::Range;

use super::layout::NO_ENTRIES;
use super::{canonical_at, USER_KIND, USER_LIST};
use crate::model::EntityType;

/// The first bytes of a compiled gazetteer (a NUL keeps any text reader off it).
pub(super) const MAGIC: [u8; 8] = *b"LEDE\0GAZ";
/// The version of the format this lede writes and reads.
pub(super) const VERSION: u32 = 1;
/// Bytes of the header: magic, version, four reserved bytes, the sizes of the FST, the
/// entry table and the string table, the number of names, and the checksum of the rest.
const HEADER: usize = 56;
/// The version of the `fst` crate's format that its builder writes (with a checksum).
const FST_VERSION: u64 = 3;

/// One name of the user's lists, as a TSV line gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Row {
    /// Its type.
    pub ty: EntityType,
    /// Written in capitals.
    pub caps: bool,
    /// The full name it stands for.
    pub canonical: Option<String>,
}

/// Where the parts of a compiled gazetteer lie in its bytes, once checked.
#[derive(Debug, Clone)]
pub(super) struct Parts {
    /// The names FST.
    pub fst: Range<usize>,
    /// The entry table.
    pub entries: Range<usize>,
    /// The string table of canonical names.
    pub strings: Range<usize>,
    /// The address of the FST's root node.
    pub root: usize,
    /// How many names.
    pub names: usize,
}

/// A checksum of `bytes` eight at a time: each step is a bijection of the state, so a change
/// of any one word always changes the sum.
fn checksum(bytes: &[u8]) -> u64 {
    let step = |h: u64, w: u64| (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(23);
    let mut chunks = bytes.chunks_exact(8);
    let mut h = 0x9E37_79B9_7F4A_7C15 ^ bytes.len() as u64;
    for c in &mut chunks {
        h = step(h, u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    step(h, u64::from_le_bytes(last))
}

/// The entity type as the entry table stores it: 0 person, 1 place, 2 organization.
fn type_byte(ty: EntityType) -> u8 {
    match ty {
        EntityType::Person => 0,
        EntityType::Place => 1,
        _ => 2,
    }
}

/// Compiles `rows`, by normalized key in sorted order with no key twice, into the bytes of
/// a compiled gazetteer.
pub(super) fn compile(rows: &[(String, Row)]) -> Result<Vec<u8>, String> {
    let too_many = || "too many names for one gazetteer".to_string();
    let mut entries: Vec<u8> = Vec::new();
    let mut strings: Vec<u8> = Vec::new();
    let mut builder = fst::MapBuilder::memory();
    for (key, row) in rows {
        let offset = entries.len() as u64;
        if offset >= NO_ENTRIES {
            return Err(too_many());
        }
        let canonical = match &row.canonical {
            Some(c) => {
                let at = u32::try_from(strings.len())
                    .ok()
                    .filter(|&at| at != u32::MAX)
                    .ok_or_else(too_many)?;
                let len = u16::try_from(c.len()).map_err(|_| too_many())?;
                strings.extend_from_slice(&len.to_le_bytes());
                strings.extend_from_slice(c.as_bytes());
                at
            }
            None => u32::MAX,
        };
        entries.push(1);
        entries.extend_from_slice(&[type_byte(row.ty), USER_KIND.0, USER_LIST, row.caps as u8]);
        entries.extend_from_slice(&canonical.to_le_bytes());
        builder
            .insert(key.as_bytes(), offset)
            .map_err(|e| e.to_string())?;
    }
    let fst = builder.into_inner().map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(HEADER + fst.len() + entries.len() + strings.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    for n in [fst.len(), entries.len(), strings.len(), rows.len()] {
        out.extend_from_slice(&(n as u64).to_le_bytes());
    }
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(&fst);
    out.extend_from_slice(&entries);
    out.extend_from_slice(&strings);
    let sum = checksum(&out[HEADER..]);
    out[HEADER - 8..HEADER].copy_from_slice(&sum.to_le_bytes());
    Ok(out)
}

/// The little-endian `u64` at `at` of `d` (which has it).
fn u64_at(d: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(d[at..at + 8].try_into().unwrap_or_default())
}

/// Checks the bytes of a compiled gazetteer and finds its parts; the error says what is
/// wrong, in a few words.
pub(super) fn open(data: &[u8]) -> Result<Parts, String> {
    if data.len() < HEADER || data[..8] != MAGIC {
        return Err("not a compiled gazetteer (too short, or no header)".into());
    }
    let version = u32::from_le_bytes([data[8], data[9], data[10], data[11]]);
    if version != VERSION {
        return Err(format!(
            "compiled gazetteer of format version {version}; this lede reads version {VERSION} \
             (compile it again with `lede gazetteer build`)"
        ));
    }
    let sizes = [u64_at(data, 16), u64_at(data, 24), u64_at(data, 32)];
    let names = u64_at(data, 40);
    let total = sizes
        .iter()
        .try_fold(HEADER as u64, |t, &n| t.checked_add(n))
        .unwrap_or(u64::MAX);
    if total != data.len() as u64 {
        return Err(format!(
            "truncated or corrupt compiled gazetteer: {} bytes where its header says {total}",
            data.len()
        ));
    }
    if checksum(&data[HEADER..]) != u64_at(data, 48) {
        return Err("corrupt compiled gazetteer (its checksum does not match)".into());
    }
    let (f, e) = (sizes[0] as usize, sizes[1] as usize);
    let fst = HEADER..HEADER + f;
    let entries = fst.end..fst.end + e;
    let strings = entries.end..data.len();
    let root = fst_root(&data[fst.clone()], names)?;
    check_entries(&data[entries.clone()], &data[strings.clone()], names)?;
    Ok(Parts {
        fst,
        entries,
        strings,
        root,
        names: names as usize,
    })
}

/// The root address of the FST `d` of `names` keys, from its header and footer: the
/// version with a checksum, the type 0 of a map, the count of keys, and a root node that
/// ends where the footer starts (or the empty root of an FST of no keys).
fn fst_root(d: &[u8], names: u64) -> Result<usize, String> {
    let corrupt = |what: &str| Err(format!("corrupt compiled gazetteer ({what})"));
    if d.len() < 36 || u64_at(d, 0) != FST_VERSION || u64_at(d, 8) != 0 {
        return corrupt("names automaton header");
    }
    let end = d.len() - 4;
    let (len, root) = (u64_at(d, end - 16), u64_at(d, end - 8));
    if len != names {
        return corrupt("count of names");
    }
    let fits = if root == 0 {
        d.len() == 36
    } else {
        root.checked_add(21) == Some(d.len() as u64)
    };
    if !fits {
        return corrupt("names automaton root");
    }
    Ok(root as usize)
}

/// Checks every record of an entry table: one record a name, each of the user's list, a
/// known type, and a canonical name that is whole and UTF-8 in `strings`.
fn check_entries(entries: &[u8], strings: &[u8], names: u64) -> Result<(), String> {
    let corrupt = |at: usize| Err(format!("corrupt compiled gazetteer (entry at byte {at})"));
    if entries.len() as u64 != names.saturating_mul(9) {
        return corrupt(entries.len());
    }
    for (k, r) in entries.chunks_exact(9).enumerate() {
        let canonical = u32::from_le_bytes([r[5], r[6], r[7], r[8]]);
        let ok = r[0] == 1
            && r[1] <= 2
            && r[2] == USER_KIND.0
            && r[3] == USER_LIST
            && r[4] <= 1
            && (canonical == u32::MAX || canonical_at(strings, canonical as usize).is_some());
        if !ok {
            return corrupt(9 * k);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<(String, Row)> {
        let row = |ty, canonical: Option<&str>| Row {
            ty,
            caps: false,
            canonical: canonical.map(str::to_string),
        };
        vec![
            ("acme rail".into(), row(EntityType::Organization, None)),
            ("jo bex".into(), row(EntityType::Person, Some("Joanna Bex"))),
            ("le havre".into(), row(EntityType::Place, None)),
        ]
    }

    #[test]
    fn a_compiled_list_opens() {
        let bytes = compile(&rows()).unwrap();
        let parts = open(&bytes).unwrap();
        assert_eq!(parts.names, 3);
        let empty = compile(&[]).unwrap();
        assert_eq!(open(&empty).unwrap().names, 0);
    }

    /// Every truncation, every flipped byte and a wrong version are errors, never a panic.
    #[test]
    fn corrupt_or_truncated_files_are_errors() {
        let bytes = compile(&rows()).unwrap();
        for n in 0..bytes.len() {
            assert!(open(&bytes[..n]).is_err(), "{n}");
        }
        for k in 0..bytes.len() {
            for flip in [1u8, 0x80, 0xFF] {
                let mut b = bytes.clone();
                b[k] ^= flip;
                // Only the reserved bytes may change unseen.
                if !(12..16).contains(&k) {
                    assert!(open(&b).is_err(), "byte {k} ^ {flip}");
                }
            }
        }
        let mut b = bytes.clone();
        b[8] = 2;
        assert!(open(&b).unwrap_err().contains("version 2"));
    }
}
