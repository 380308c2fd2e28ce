//! The one normalization of names for lookup, shared by the build script that compiles the
//! gazetteers and by the matcher that reads them.

/// Normalizes a name for lookup: lower case, single spaces, straight apostrophes, no space
/// around hyphens.
pub fn norm_key(s: &str) -> String {
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
