//! The format of a word list in `data/words/`, read by `build.rs` (which includes this file)
//! and checked by the tests here. Lines starting with `#` are comments; the first other line
//! is the header: `word<TAB>class` for a file of several lists, each row then a word (or
//! phrase) and its class; or `word` for a file that is one list, a word a row. A third
//! column `value` (`word<TAB>class<TAB>value`, or `word<TAB>value`) gives each word a value
//! ("sept" → 9).

/// The rows of one word file: the words of each class, in the order of `classes` (one list
/// when `classes` is empty: the file has no class column), each with its value (empty when
/// the file has no value column); or the first bad row, as "PATH:LINE: what is wrong".
pub type Lists<'t> = Vec<Vec<(&'t str, &'t str)>>;

/// Reads one word file (see the module's doc); the bool tells whether it has values.
pub fn parse<'t>(path: &str, text: &'t str, classes: &[&str]) -> Result<(Lists<'t>, bool), String> {
    let single = classes.is_empty();
    let headers: &[&str] = if single {
        &["word", "word\tvalue"]
    } else {
        &["word\tclass", "word\tclass\tvalue"]
    };
    let mut lists: Lists = vec![Vec::new(); classes.len().max(1)];
    let mut valued = None;
    for (n, line) in text.lines().enumerate() {
        let at = format!("{path}:{}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some(valued) = valued else {
            let Some(k) = headers.iter().position(|h| *h == line) else {
                let want = headers.join("` or `").replace('\t', "<TAB>");
                return Err(format!("{at}: the header must be `{want}`"));
            };
            valued = Some(k == 1);
            continue;
        };
        let cols: Vec<&str> = line.split('\t').collect();
        let (word, class, value) = match (&cols[..], single, valued) {
            ([w], true, false) => (*w, "", ""),
            ([w, v], true, true) => (*w, "", *v),
            ([w, c], false, false) => (*w, *c, ""),
            ([w, c, v], false, true) => (*w, *c, *v),
            _ => {
                let want = headers[usize::from(valued)].replace('\t', "<TAB>");
                return Err(format!(
                    "{at}: a row must have the header's columns, `{want}`"
                ));
            }
        };
        if word.is_empty() || word.trim() != word {
            return Err(format!("{at}: the word is empty or has spaces around it"));
        }
        if valued && (value.is_empty() || value.trim() != value) {
            return Err(format!("{at}: the value is empty or has spaces around it"));
        }
        let k = if single {
            Some(0)
        } else {
            classes.iter().position(|c| *c == class)
        };
        let Some(k) = k else {
            return Err(format!(
                "{at}: unknown class `{class}` (known: {})",
                classes.join(", ")
            ));
        };
        if lists[k].iter().any(|(w, _)| *w == word) {
            return Err(format!("{at}: `{word}` is listed twice"));
        }
        lists[k].push((word, value));
    }
    match valued {
        Some(valued) => Ok((lists, valued)),
        None => Err(format!("{path}: no header line")),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    const CLASSES: &[&str] = &["tail", "head"];

    #[test]
    fn rows_are_split_by_class() {
        let text = "# a comment\nword\tclass\nBank\ttail\nUniversity\thead\nGroup\ttail\n";
        let (lists, valued) = parse("x.tsv", text, CLASSES).unwrap();
        assert!(!valued);
        assert_eq!(
            lists,
            [vec![("Bank", ""), ("Group", "")], vec![("University", "")]]
        );
    }

    #[test]
    fn a_value_column_goes_with_each_word() {
        let text = "word\tclass\tvalue\njan\ttail\t1\nsept\thead\t9\n";
        let (lists, valued) = parse("x.tsv", text, CLASSES).unwrap();
        assert!(valued);
        assert_eq!(lists, [vec![("jan", "1")], vec![("sept", "9")]]);
        let err = parse("x.tsv", "word\tclass\tvalue\njan\ttail\n", CLASSES).unwrap_err();
        assert!(
            err.starts_with("x.tsv:2: a row must have the header's columns"),
            "{err}"
        );
        let err = parse("x.tsv", "word\tclass\tvalue\njan\ttail\t \n", CLASSES).unwrap_err();
        assert!(err.starts_with("x.tsv:2: the value is empty"), "{err}");
    }

    #[test]
    fn a_file_without_classes_is_one_list() {
        let text = "word\nsaid\nadded\n";
        let (lists, _) = parse("x.tsv", text, &[]).unwrap();
        assert_eq!(lists, [vec![("said", ""), ("added", "")]]);
        for (text, want) in [
            ("word\tclass\nsaid\n", "x.tsv:1: the header must be `word`"),
            (
                "word\nsaid\tverb\n",
                "x.tsv:2: a row must have the header's columns",
            ),
            ("word\nsaid\nsaid\n", "x.tsv:3: `said` is listed twice"),
        ] {
            let err = parse("x.tsv", text, &[]).unwrap_err();
            assert!(err.starts_with(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn a_bad_row_names_its_file_and_line() {
        let cases = [
            ("Bank\ttail\n", "x.tsv:1: the header"),
            (
                "word\tclass\nBank tail\n",
                "x.tsv:2: a row must have the header's columns",
            ),
            (
                "word\tclass\nBank\ttail\textra\n",
                "x.tsv:2: a row must have the header's columns",
            ),
            ("word\tclass\n Bank\ttail\n", "x.tsv:2: the word is empty"),
            ("word\tclass\n\ttail\n", "x.tsv:2: the word is empty"),
            (
                "word\tclass\n# c\nBank\ttale\n",
                "x.tsv:3: unknown class `tale`",
            ),
            (
                "word\tclass\nBank\ttail\nBank\ttail\n",
                "x.tsv:3: `Bank` is listed twice",
            ),
            ("# only a comment\n", "x.tsv: no header line"),
        ];
        for (text, want) in cases {
            let err = parse("x.tsv", text, CLASSES).unwrap_err();
            assert!(err.starts_with(want), "{text:?}: {err}");
        }
    }
}
