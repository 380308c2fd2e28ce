//! The format of a word list in `data/words/`, read by `build.rs` (which includes this file)
//! and checked by the tests here. Lines starting with `#` are comments; the first other line
//! is the header: `word<TAB>class` for a file of several lists, each row then a word (or
//! phrase) and its class; or `word` for a file that is one list, a word a row.

/// The rows of one word file, split by class in the order of `classes` (one list when
/// `classes` is empty: the file has no class column); or the first bad row, as
/// "PATH:LINE: what is wrong".
pub fn parse<'t>(path: &str, text: &'t str, classes: &[&str]) -> Result<Vec<Vec<&'t str>>, String> {
    let single = classes.is_empty();
    let want = if single { "word" } else { "word\tclass" };
    let mut lists: Vec<Vec<&str>> = vec![Vec::new(); classes.len().max(1)];
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        let at = format!("{path}:{}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !header {
            if line != want {
                let want = want.replace('\t', "<TAB>");
                return Err(format!("{at}: the header must be `{want}`"));
            }
            header = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (word, class) = match cols[..] {
            [word] if single => (word, ""),
            [word, class] if !single => (word, class),
            _ if single => return Err(format!("{at}: a row is one word, without a tab")),
            _ => {
                return Err(format!(
                    "{at}: a row is a word and a class, separated by one tab"
                ))
            }
        };
        if word.is_empty() || word.trim() != word {
            return Err(format!("{at}: the word is empty or has spaces around it"));
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
        if lists[k].contains(&word) {
            return Err(format!("{at}: `{word}` is listed twice"));
        }
        lists[k].push(word);
    }
    if !header {
        return Err(format!("{path}: no header line"));
    }
    Ok(lists)
}

#[cfg(test)]
mod tests {
    use super::parse;

    const CLASSES: &[&str] = &["tail", "head"];

    #[test]
    fn rows_are_split_by_class() {
        let text = "# a comment\nword\tclass\nBank\ttail\nUniversity\thead\nGroup\ttail\n";
        let lists = parse("x.tsv", text, CLASSES).unwrap();
        assert_eq!(lists, [vec!["Bank", "Group"], vec!["University"]]);
    }

    #[test]
    fn a_file_without_classes_is_one_list() {
        let text = "word\nsaid\nadded\n";
        assert_eq!(parse("x.tsv", text, &[]).unwrap(), [vec!["said", "added"]]);
        for (text, want) in [
            ("word\tclass\nsaid\n", "x.tsv:1: the header must be `word`"),
            ("word\nsaid\tverb\n", "x.tsv:2: a row is one word"),
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
                "x.tsv:2: a row is a word and a class",
            ),
            (
                "word\tclass\nBank\ttail\textra\n",
                "x.tsv:2: a row is a word and a class",
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
