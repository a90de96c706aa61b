//! Discard lists (`PETR.Validate.discards.txt`): phrases that mark a sentence (or, with `+`, a
//! whole story) as not worth coding: sports, weather.

use crate::error::{Error, Result};
use crate::lines::{content_lines, phrase_words};

/// The discard phrases, each as its words in upper case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discards {
    /// `+PHRASE`: the whole story is discarded.
    pub story: Vec<Vec<String>>,
    /// `PHRASE`: the sentence is discarded.
    pub sentence: Vec<Vec<String>>,
}

impl Discards {
    /// Whether `text` contains one of the phrases (whole words, any case).
    pub fn discards(&self, text: &str) -> bool {
        let words: Vec<String> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '.'))
            .map(|w| w.trim_end_matches('.').to_uppercase())
            .filter(|w| !w.is_empty())
            .collect();
        self.story.iter().chain(&self.sentence).any(|phrase| {
            words
                .windows(phrase.len())
                .any(|window| window == phrase.as_slice())
        })
    }
}

/// Parses a discard list; `file` names it in errors.
pub fn parse_discards(file: &str, text: &str) -> Result<Discards> {
    let mut out = Discards::default();
    for line in content_lines(text) {
        let body = line.text.trim();
        let (story, phrase) = match body.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let words: Vec<String> = phrase_words(phrase)
            .iter()
            .map(|w| w.to_uppercase())
            .collect();
        if words.is_empty() {
            return Err(Error::syntax(file, line.number, "a `+` without a phrase"));
        }
        if story {
            out.story.push(words);
        } else {
            out.sentence.push(words);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_and_sentence_phrases() {
        let text = "# c\nMONTHS LATER\n+World Golf Championships   # pas\nBASEBALL   \n+TYPHOON\n";
        let d = parse_discards("d.txt", text).expect("parses");
        assert_eq!(d.story.len(), 2);
        assert_eq!(
            d.sentence,
            vec![
                vec!["MONTHS".to_owned(), "LATER".to_owned()],
                vec!["BASEBALL".to_owned()]
            ]
        );
        assert!(d.discards("Arnor restored the World Golf Championships to Gondor."));
        assert!(d.discards("after a typhoon trashed its embassy"));
        assert!(!d.discards("a typhoons season"));
        assert!(!d.discards("Arnor restored ties."));
        let err = parse_discards("d.txt", "A\n+\n")
            .expect_err("empty")
            .to_string();
        assert!(err.starts_with("d.txt:2: "), "{err}");
    }
}
