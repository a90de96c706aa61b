//! The line conventions every PETRARCH dictionary shares (`PETRreader.read_FIN_line`): `#`
//! starts a comment that runs to the end of the line, `<!-- ... -->` comments may span lines,
//! a line starting with `<!` is a comment, blank lines are skipped. Indentation is kept: the
//! actor format gives it meaning.

/// One content line: 1-based number and text with comments removed (not trimmed at the start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The text, comments removed, trailing blanks trimmed.
    pub text: &'a str,
}

/// The content lines of `text`.
pub fn content_lines(text: &str) -> Vec<Line<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut in_comment = false;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let mut line = raw.trim_end_matches('\r');
        if in_comment {
            match line.find("-->") {
                Some(end) => {
                    in_comment = false;
                    line = &line[end + 3..];
                }
                None => continue,
            }
        }
        if line.trim_start().starts_with("<!") {
            // A one-line comment, or the start of one that ends further down.
            if !line.contains("-->") {
                in_comment = true;
            }
            continue;
        }
        if let Some(hash) = line.find('#') {
            line = &line[..hash];
        }
        if let Some(start) = line.find("<!--") {
            match line[start..].find("-->") {
                // Only the comment goes; what is before it is content (PETRARCH drops the rest
                // of such a line too, so keeping it only matters for malformed files).
                Some(_) => line = &line[..start],
                None => {
                    in_comment = true;
                    line = &line[..start];
                }
            }
        }
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        out.push(Line { number, text: line });
    }
    out
}

/// Splits a PETRARCH phrase into its words: words are joined by `_` (adjacent) or spaces (in
/// the dictionaries a trailing `_` only marked "no stemming" in TABARI), so both separate.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_of_every_kind_are_removed_and_numbers_kept() {
        let text = "<!-- one line -->\nA [X] # note\n<!-- two\nlines -->\n\n\tB\n# whole\nC <!-- tail -->\n<! -- odd -->\nD";
        let got: Vec<(usize, &str)> = content_lines(text)
            .into_iter()
            .map(|l| (l.number, l.text))
            .collect();
        assert_eq!(got, vec![(2, "A [X]"), (6, "\tB"), (8, "C"), (10, "D")]);
    }

    #[test]
    fn phrases_split_on_underscores_and_spaces() {
        assert_eq!(
            phrase_words("PRESIDENT_GEORGE_W._BUSH"),
            ["PRESIDENT", "GEORGE", "W.", "BUSH"]
        );
        assert_eq!(phrase_words("ARNOR_ "), ["ARNOR"]);
        assert_eq!(phrase_words("CARAS GALADHON"), ["CARAS", "GALADHON"]);
    }
}
