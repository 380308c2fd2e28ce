//! What the build script that compiles the gazetteers and the matcher that reads them must
//! agree on: the normalization of names, and the flags packed into each FST value (above a
//! 32-bit offset into the entry table).

/// The name is a listed given name.
pub const GIVEN: u64 = 1 << 32;
/// The name is a listed surname; its rank sits at `RANK_SHIFT`.
pub const SURNAME: u64 = 1 << 33;
/// The surname is written before the given name ("Hun Manet").
pub const FAMILY_FIRST: u64 = 1 << 34;
/// The name is a nationality or demonym.
pub const DEMONYM: u64 = 1 << 35;
/// Where a surname's rank (20 bits) starts.
pub const RANK_SHIFT: u32 = 40;
/// The offset meaning "no entries": the name is only a given name, surname or demonym.
pub const NO_ENTRIES: u64 = 0xFFFF_FFFF;

/// Normalizes a name for lookup: lower case, single spaces, straight apostrophes, no space
/// around hyphens.
pub fn norm_key(s: &str) -> String {
    // Most names are one plain ASCII word: lower-case it in one go.
    if s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'\'')
    {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space && !out.ends_with('-') && c != '-' {
            out.push(' ');
        }
        space = false;
        match c {
            '’' | '‘' => out.push('\''),
            '–' | '—' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}
