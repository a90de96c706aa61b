//! Helpers shared by the integration tests: analyse a text and collect its mentions.
#![allow(dead_code)]

use std::sync::OnceLock;

use dyad_actors::{Mention, Recogniser};
use dyad_morph::Analyser;
use dyad_text::Tokenizer;
use jiff::civil::Date;

pub fn recogniser() -> &'static Recogniser {
    static R: OnceLock<Recogniser> = OnceLock::new();
    R.get_or_init(|| Recogniser::polish().expect("embedded lexicon loads"))
}

/// Actor mentions of every sentence of `text`.
pub fn mentions(text: &str, date: Option<Date>) -> Vec<Mention> {
    let analyser = Analyser::polish();
    let mut out = Vec::new();
    for s in Tokenizer::polish().sentences(text) {
        let a = analyser.analyse_sentence(text, &s);
        out.extend(recogniser().mentions(text, &a, date));
    }
    out
}

/// Named entities (BSNLP style) of every sentence of `text`.
pub fn entities(text: &str, date: Option<Date>) -> Vec<Mention> {
    let analyser = Analyser::polish();
    let mut out = Vec::new();
    for s in Tokenizer::polish().sentences(text) {
        let a = analyser.analyse_sentence(text, &s);
        out.extend(recogniser().entities(text, &a, date));
    }
    out
}

/// One line per mention: `text | base | TYPE | actor | country`.
pub fn render(ms: &[Mention]) -> Vec<String> {
    ms.iter()
        .map(|m| {
            format!(
                "{} | {} | {} | {} | {}{}",
                m.text,
                m.base,
                m.kind.as_str(),
                m.actor.as_deref().unwrap_or("-"),
                m.country.as_deref().unwrap_or("-"),
                if m.adjectival { " | adj" } else { "" }
            )
        })
        .collect()
}

/// The mention whose text is `text`, or a panic listing what there was.
pub fn find<'a>(ms: &'a [Mention], text: &str) -> &'a Mention {
    ms.iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention `{text}` in:\n{}", render(ms).join("\n")))
}

pub fn date(y: i16, m: i8, d: i8) -> Option<Date> {
    Some(Date::new(y, m, d).unwrap())
}
