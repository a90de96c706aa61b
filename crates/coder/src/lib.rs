//! The event coder: analysed sentences and mentions to events with roles, mode, date,
//! attribution and location.
//!
//! Design: each language has an adapter (tokenizer, analyser, actor recogniser) that produces
//! the coder's language-neutral view of a sentence (`view`); everything after that — clauses,
//! trigger lookup in the event lexicon, frames, mode, attribution, dates, places — is shared and
//! driven by lexicon data and closed-class cue lists (`cues`). An [`Engine`] is built once and is
//! shared by reference across threads.
#![warn(missing_docs)]

mod clause;
mod code;
mod cues;
mod english;
mod english_actors;
mod polish;
mod view;

pub use english_actors::{ActorPattern, AgentPattern};

use dyad_dates::DateResolver;
use dyad_lexicon::{CodeBook, EventLexicon};
use dyad_model::{Article, Event, Lang};

/// Errors building the engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A lexicon failed to load (the message names the file and line).
    #[error("lexicon: {0}")]
    Lexicon(String),
    /// A language the engine was not built with.
    #[error("language {0} is not supported by this engine")]
    Unsupported(&'static str),
}

/// Crate result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Builds an [`Engine`]: validates every lexicon once.
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    langs: Vec<Lang>,
    /// Event lexicons replacing the built-in ones, per language.
    events: Vec<(Lang, EventLexicon)>,
    /// An English actor table replacing the built-in actor lexicon.
    english_actors: Option<(Vec<ActorPattern>, Vec<AgentPattern>)>,
    /// English trigger companions may be found in the reported clause after the trigger.
    english_across_that: bool,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        EngineBuilder {
            langs: vec![Lang::Pl, Lang::En],
            events: Vec::new(),
            english_actors: None,
            english_across_that: false,
        }
    }
}

impl EngineBuilder {
    /// The languages to load (default: all supported).
    pub fn langs(mut self, langs: &[Lang]) -> Self {
        self.langs = langs.to_vec();
        self
    }

    /// Replaces the built-in event lexicon of `lang` (e.g. with one converted from PETRARCH's
    /// verb dictionary).
    pub fn events(mut self, lang: Lang, lexicon: EventLexicon) -> Self {
        self.events.retain(|(l, _)| *l != lang);
        self.events.push((lang, lexicon));
        self
    }

    /// Replaces the English actor lexicon with a caller's table of names and role nouns (e.g.
    /// PETRARCH's actor and agent dictionaries); names then match in any capitalisation.
    pub fn english_actors(mut self, actors: Vec<ActorPattern>, agents: Vec<AgentPattern>) -> Self {
        self.english_actors = Some((actors, agents));
        self
    }

    /// Lets English trigger companions come from the reported clause after the trigger, as
    /// PETRARCH's patterns do ("Gollum allowed that Mordor isn't a really pleasant place":
    /// `ALLOW * REALLY_PLEASANT`). Off by default: dyad's own entries keep their words in
    /// the trigger's clause, so "denied that troops used chemical weapons" refuses no weapons.
    pub fn english_companions_across_that(mut self, on: bool) -> Self {
        self.english_across_that = on;
        self
    }

    /// Loads and validates the lexicons.
    pub fn build(self) -> Result<Engine> {
        let codebook = CodeBook::try_builtin().map_err(|e| Error::Lexicon(e.to_string()))?;
        let mut polish = None;
        let mut english = None;
        let mut replaced = self.events;
        let mut events_of = |lang: Lang| -> Result<EventLexicon> {
            match replaced.iter().position(|(l, _)| *l == lang) {
                Some(i) => Ok(replaced.swap_remove(i).1),
                None => EventLexicon::builtin(lang).map_err(|e| Error::Lexicon(e.to_string())),
            }
        };
        for lang in &self.langs {
            match lang {
                Lang::Pl => {
                    let events = events_of(Lang::Pl)?;
                    polish = Some((polish::Polish::new()?, events));
                }
                Lang::En => {
                    let events = events_of(Lang::En)?;
                    let actors = match &self.english_actors {
                        Some((actors, agents)) => {
                            english_actors::EnglishActors::from_patterns(actors, agents)
                        }
                        None => english_actors::EnglishActors::builtin()?,
                    };
                    english = Some((english::EnglishAdapter::new(actors, &events), events));
                }
            }
        }
        Ok(Engine {
            polish,
            english,
            english_cues: if self.english_across_that {
                &cues::ENGLISH_ACROSS_THAT
            } else {
                &cues::ENGLISH
            },
            codebook,
            dates: DateResolver::new(),
        })
    }
}

/// The coding engine: every compiled lexicon, built once and shared by reference across threads.
pub struct Engine {
    polish: Option<(polish::Polish, EventLexicon)>,
    english: Option<(english::EnglishAdapter, EventLexicon)>,
    english_cues: &'static cues::Cues,
    codebook: &'static CodeBook,
    dates: DateResolver,
}

impl Engine {
    /// Builds the engine from the lexicons compiled into the binary, for every language.
    pub fn new() -> Result<Engine> {
        EngineBuilder::default().build()
    }

    /// A builder, to choose languages.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// The languages this engine codes.
    pub fn langs(&self) -> Vec<Lang> {
        let mut v = Vec::new();
        if self.polish.is_some() {
            v.push(Lang::Pl);
        }
        if self.english.is_some() {
            v.push(Lang::En);
        }
        v
    }

    /// Codes one article into events, in document order. The article's language must be set or
    /// the engine's first language is used.
    pub fn process(&self, article: &Article) -> Vec<Event> {
        let lang = article.lang.unwrap_or_else(|| detect_lang(&article.text));
        match lang {
            Lang::Pl => {
                let Some((pl, events)) = &self.polish else {
                    return Vec::new();
                };
                let coder = code::Coder {
                    lang,
                    cues: &cues::POLISH,
                    lexicon: events,
                    codebook: self.codebook,
                    dates: &self.dates,
                };
                let view = pl.view(&article.text, article.published);
                let mut out = coder.code(&article.id, &article.text, view, article.published);
                for e in &mut out {
                    e.evidence.text = article.text[e.evidence.start..e.evidence.end].to_owned();
                }
                out
            }
            Lang::En => {
                let Some((en, events)) = &self.english else {
                    return Vec::new();
                };
                let coder = code::Coder {
                    lang,
                    cues: self.english_cues,
                    lexicon: events,
                    codebook: self.codebook,
                    dates: &self.dates,
                };
                let view = en.view(&article.text, article.published);
                let mut out = coder.code(&article.id, &article.text, view, article.published);
                for e in &mut out {
                    e.evidence.text = article.text[e.evidence.start..e.evidence.end].to_owned();
                }
                out
            }
        }
    }
}

/// Detects Polish or English from function words and Polish letters: cheap, and reliable on
/// news paragraphs in these two languages (ties go to Polish, the engine's first language).
pub fn detect_lang(text: &str) -> Lang {
    const PL: &[&str] = &[
        "i", "w", "na", "z", "się", "do", "że", "nie", "jest", "to", "od", "po", "dla", "przez",
        "oraz", "jak", "ze", "we", "już", "są",
    ];
    const EN: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said",
        "by", "it", "as", "from", "has", "have", "will",
    ];
    let mut pl = 0usize;
    let mut en = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        let lower = word.to_lowercase();
        if PL.contains(&lower.as_str()) {
            pl += 2;
        }
        if EN.contains(&lower.as_str()) {
            en += 2;
        }
        if lower.chars().any(|c| "ąćęłńóśźż".contains(c)) {
            pl += 1;
        }
    }
    if en == pl {
        // No function word tells ("Russia attacked Ukraine."): spelling does. English has
        // "th", "wh", "-ed", "-ing"; Polish "sz", "cz", "rz", "-ów", "-ła", "-ami".
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() > 2)
            .take(2000)
        {
            let lower = word.to_lowercase();
            let has = |p: &str| lower.contains(p);
            en += usize::from(has("th") || has("wh") || has("ck") || has("ee") || has("oo"));
            en += usize::from(
                lower.ends_with("ed") || lower.ends_with("ing") || lower.ends_with("ly"),
            );
            pl += usize::from(has("sz") || has("cz") || has("rz") || has("dz") || has("ie"));
            pl += usize::from(
                lower.ends_with("ów") || lower.ends_with("ła") || lower.ends_with("ami"),
            );
        }
    }
    if en > pl {
        Lang::En
    } else {
        Lang::Pl
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_function_words_then_spelling() {
        let cases = [
            (
                "Prezydent Polski spotkał się w piątek z kanclerzem Niemiec.",
                Lang::Pl,
            ),
            (
                "The Polish president met the German chancellor on Friday.",
                Lang::En,
            ),
            // No function word either way: spelling decides.
            ("Russia attacked Ukraine.", Lang::En),
            ("Rosja zaatakowała Ukrainę.", Lang::Pl),
            ("Ukraine thanked Britain.", Lang::En),
            ("Czesi przyjechali.", Lang::Pl),
        ];
        for (text, want) in cases {
            assert_eq!(detect_lang(text), want, "{text}");
        }
    }
}
