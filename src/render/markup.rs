//! HTML escaping, shared by the article pages ([`super::html`]), the run's overview
//! ([`super::overview`]) and the map of places.

/// Escapes text for an HTML text node or a quoted attribute value. Control characters that
/// HTML forbids (all but tab, line feed, form feed and carriage return) and noncharacters
/// become U+FFFD, so the page stays valid whatever the input holds.
pub(super) fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' | '\u{c}' => out.push(c),
            c if c.is_control() || is_noncharacter(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

fn is_noncharacter(c: char) -> bool {
    let u = c as u32;
    (0xFDD0..=0xFDEF).contains(&u) || (u & 0xFFFE) == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_markup_out() {
        let mut s = String::new();
        escape_into(&mut s, "a<b>&\"c'\0\u{7f}\u{fffe}é\r\n");
        assert_eq!(
            s,
            "a&lt;b&gt;&amp;&quot;c&#39;\u{fffd}\u{fffd}\u{fffd}é\r\n"
        );
    }
}
