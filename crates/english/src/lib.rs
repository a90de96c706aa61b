//! English analysis for dyad: lemmas, parts of speech and chunks (noun phrases, verb groups,
//! prepositional phrases) over the tokens of `dyad-text`, enough for an event coder to find who
//! did what to whom by word order, prepositions and voice.
//!
//! No model is downloaded: the word lists in `crates/english/data/` (function words, open-class
//! lemmas with their usual class, irregular verbs and nouns, multi-word prepositions) are
//! editable text embedded at build time, and everything else is rules:
//!
//! * **lemmas**: irregular forms from the lists; regular ones by suffix rules whose candidates
//!   are checked against the listed lemmas ("declared" → declare, "visited" → visit), with
//!   spelling heuristics for unlisted verbs ("negotiated" → negotiate).
//! * **tags**: candidates from the lists, suffixes and capitalisation (a capitalised word inside
//!   a sentence is a proper noun), then one left-to-right pass of contextual rules: after a modal
//!   or "to" a base form, after "be" a participle, after a determiner a noun, after a subject
//!   the finite verb ("Russia attacks Ukraine", but "peace talks resumed").
//! * **chunks**: one pass; a verb group gathers auxiliaries, adverbs and negation up to its main
//!   verb and records tense, modality, voice and negation in [`VerbInfo`].
//!
//! Roles come from chunk order: [`EnSentence::arguments`] gives a verb group's subject (the noun
//! phrase before it), object (after it), agent ("by" after a passive) and prepositional phrases.
//!
//! ```
//! use dyad_english::{English, Tense};
//! let english = English::new();
//! let text = "Ukraine was attacked by Russia on Tuesday.";
//! let sentence = &english.analyse(text)[0];
//! let vg = sentence.verb_groups().next().unwrap();
//! let verb = sentence.chunks[vg].verb.as_ref().unwrap();
//! assert_eq!((verb.lemma.as_ref(), verb.tense, verb.passive), ("attack", Tense::Past, true));
//! let args = sentence.arguments(vg);
//! assert_eq!(sentence.head_text(args.subject.unwrap()), "Ukraine");
//! assert_eq!(sentence.head_text(args.agent.unwrap()), "Russia");
//! ```
#![warn(missing_docs)]

mod args;
mod chunk;
mod error;
mod lemma;
mod lexicon;
mod pos;
mod tagger;

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use dyad_text::{Sentence, Token, Tokenizer};

pub use args::Arguments;
pub use chunk::{Chunk, ChunkKind, Tense, VerbInfo};
pub use error::{EnglishError, Result};
pub use pos::{Pos, PosSet};

use chunk::{Chunker, Marker};
use lexicon::Lexicon;
use tagger::{Lex, Tagger};

/// One analysed token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnToken<'a> {
    /// The token from the tokenizer (span into the text).
    pub token: Token,
    /// Lowercase form, curly apostrophes straightened ("n’t" → "n't").
    pub lower: Cow<'a, str>,
    /// Lemma: verbs in their base form, plural nouns singular, proper nouns as written.
    pub lemma: Cow<'a, str>,
    /// Part of speech.
    pub pos: Pos,
}

/// One analysed sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnSentence<'a> {
    /// The text the spans index into.
    pub text: &'a str,
    /// Tokens with lemma and tag.
    pub tokens: Vec<EnToken<'a>>,
    /// Chunks, in order; every token is in exactly one.
    pub chunks: Vec<Chunk<'a>>,
}

impl<'a> EnSentence<'a> {
    /// Indices of the verb groups, in order.
    pub fn verb_groups(&self) -> impl Iterator<Item = usize> + '_ {
        self.chunks
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == ChunkKind::VerbGroup)
            .map(|(i, _)| i)
    }

    /// The text of chunk `chunk`'s head token.
    pub fn head_text(&self, chunk: usize) -> &'a str {
        self.chunks
            .get(chunk)
            .and_then(|c| self.tokens.get(c.head))
            .and_then(|t| self.text.get(t.token.span.start..t.token.span.end))
            .unwrap_or("")
    }

    /// The text a chunk covers.
    pub fn chunk_text(&self, chunk: usize) -> &'a str {
        let Some(c) = self.chunks.get(chunk) else {
            return "";
        };
        match (
            self.tokens.get(c.tokens.start),
            c.tokens.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(first), Some(last)) => self
                .text
                .get(first.token.span.start..last.token.span.end)
                .unwrap_or(""),
            _ => "",
        }
    }
}

/// The English analyser: immutable, cheap to clone, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct English {
    lexicon: Arc<Lexicon>,
    tokenizer: Tokenizer,
}

impl Default for English {
    fn default() -> English {
        English::new()
    }
}

/// Lowercases, borrowing when nothing changes, and straightens curly apostrophes so that the
/// lists match "n’t" and "Russia’s".
fn lowercase(surface: &str) -> Cow<'_, str> {
    if surface.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
        Cow::Owned(
            surface
                .chars()
                .map(|c| if c == '\u{2019}' { '\'' } else { c })
                .collect::<String>()
                .to_lowercase(),
        )
    } else {
        Cow::Borrowed(surface)
    }
}

impl English {
    /// The analyser over the embedded word lists (loaded once per process).
    pub fn new() -> English {
        static LEXICON: OnceLock<Arc<Lexicon>> = OnceLock::new();
        // The embedded lists are checked by a unit test; should one fail to load anyway, the
        // analyser still runs on its suffix rules alone.
        let lexicon = LEXICON
            .get_or_init(|| Arc::new(Lexicon::load().unwrap_or_default()))
            .clone();
        English {
            lexicon,
            tokenizer: Tokenizer::english(),
        }
    }

    /// Checks the embedded word lists, naming file and line of the first bad entry.
    pub fn check_data() -> Result<()> {
        Lexicon::load().map(|_| ())
    }

    /// Splits `text` with the English tokenizer and analyses every sentence.
    pub fn analyse<'a>(&self, text: &'a str) -> Vec<EnSentence<'a>> {
        self.tokenizer
            .sentences(text)
            .iter()
            .map(|s| self.analyse_sentence(text, s))
            .collect()
    }

    /// Analyses one sentence of `text` (as split by [`Tokenizer::english`]).
    pub fn analyse_sentence<'a>(&self, text: &'a str, sentence: &Sentence) -> EnSentence<'a> {
        let tokens = &sentence.tokens;
        // A token whose span does not fit the text (a sentence from another text) is read as
        // empty rather than trusted.
        let surface = |t: &Token| text.get(t.span.start..t.span.end).unwrap_or("");
        let lowers: Vec<Cow<'a, str>> = tokens.iter().map(|t| lowercase(surface(t))).collect();
        let markers = self.markers(&lowers);
        let tagger = Tagger {
            lexicon: &self.lexicon,
            text,
            tokens,
            lowers: &lowers,
        };
        let mut lexes = tagger.lexes();
        for (i, marker) in markers.iter().enumerate() {
            if let Some(marker) = marker {
                let pos = self.lexicon.multiword[lowers[i].as_ref()]
                    .iter()
                    .find(|m| m.phrase == marker.phrase)
                    .map_or(Pos::Preposition, |m| m.pos);
                for lex in lexes.iter_mut().skip(i).take(marker.len) {
                    *lex = Lex {
                        cands: PosSet::of(pos),
                        default: pos,
                    };
                }
            }
        }
        let tags = tagger.tag(&lexes);
        let mut analysed: Vec<EnToken<'a>> = Vec::with_capacity(tokens.len());
        for (i, (token, lower)) in tokens.iter().zip(lowers).enumerate() {
            let pos = tags[i];
            let mut lemma = self.lexicon.lemma(&lower, surface(token), pos);
            // "he's been", "they'd gone": the clitic is "have", not "be"/"would".
            if matches!(lower.as_ref(), "'s" | "'d") && pos.is_verb() {
                let participle_next = tags.get(i + 1) == Some(&Pos::VerbPastParticiple);
                if participle_next
                    && (lower == "'d"
                        || lowers_next_is(tokens, text, i + 1, &["been", "got", "gotten"]))
                {
                    lemma = Cow::Borrowed("have");
                }
            }
            analysed.push(EnToken {
                token: token.clone(),
                lower,
                lemma,
                pos,
            });
        }
        let static_word = |word: &str| self.lexicon.closed.get_key_value(word).map(|(k, _)| *k);
        let chunks = Chunker {
            tokens: &analysed,
            markers: &markers,
            static_word: &static_word,
        }
        .chunks();
        EnSentence {
            text,
            tokens: analysed,
            chunks,
        }
    }

    /// Multi-word prepositions and conjunctions ("according to"), by start token.
    fn markers(&self, lowers: &[Cow<'_, str>]) -> Vec<Option<Marker>> {
        let mut markers = vec![None; lowers.len()];
        let mut i = 0;
        while i < lowers.len() {
            let found = self
                .lexicon
                .multiword
                .get(lowers[i].as_ref())
                .and_then(|phrases| {
                    phrases.iter().find(|m| {
                        m.rest
                            .iter()
                            .enumerate()
                            .all(|(k, word)| lowers.get(i + 1 + k).is_some_and(|l| l == word))
                    })
                });
            // "is due to arrive": after a form of "be" and before a verb, "due" is an adjective
            // and "to" marks the infinitive, not the preposition "due to".
            let found = found.filter(|m| {
                let after = lowers.get(i + 1 + m.rest.len());
                let be_before = i > 0
                    && matches!(
                        lowers[i - 1].as_ref(),
                        "is" | "are" | "was" | "were" | "be" | "been" | "'s" | "'re"
                    );
                !(m.phrase == "due to"
                    && be_before
                    && after.is_some_and(|w| self.lexicon.is_verb_lemma(w)))
            });
            match found {
                Some(m) => {
                    markers[i] = Some(Marker {
                        len: m.rest.len() + 1,
                        phrase: m.phrase,
                    });
                    i += m.rest.len() + 1;
                }
                None => i += 1,
            }
        }
        markers
    }

    /// The lemma of a word form with a given tag ("attacked", VerbPast → "attack").
    pub fn lemma<'a>(&self, form: &'a str, pos: Pos) -> Cow<'a, str> {
        self.lexicon.lemma(&lowercase(form), form, pos)
    }
}

fn lowers_next_is(tokens: &[Token], text: &str, i: usize, words: &[&str]) -> bool {
    tokens
        .get(i)
        .and_then(|t| text.get(t.span.start..t.span.end))
        .is_some_and(|s| words.iter().any(|w| s.eq_ignore_ascii_case(w)))
}

/// Renders a sentence for reading and for snapshot tests: tokens as `text/TAG/lemma`, then one
/// chunk a line (`[NP the army]`), verb groups with their analysis and arguments.
pub fn render(sentence: &EnSentence<'_>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let words: Vec<String> = sentence
        .tokens
        .iter()
        .map(|t| {
            format!(
                "{}/{}/{}",
                sentence
                    .text
                    .get(t.token.span.start..t.token.span.end)
                    .unwrap_or(""),
                t.pos.penn(),
                t.lemma
            )
        })
        .collect();
    out.push_str(&words.join(" "));
    for (index, chunk) in sentence.chunks.iter().enumerate() {
        let label = match chunk.kind {
            ChunkKind::NounPhrase => "NP",
            ChunkKind::VerbGroup => "VG",
            ChunkKind::PrepPhrase => "PP",
            ChunkKind::AdjPhrase => "ADJP",
            ChunkKind::AdvPhrase => "ADVP",
            ChunkKind::Subordinator => "SBAR",
            ChunkKind::Conjunction => "CONJ",
            ChunkKind::Punct | ChunkKind::Other => continue,
        };
        let _ = write!(out, "\n  [{label} {}]", sentence.chunk_text(index));
        if let Some(prep) = chunk.prep {
            let _ = write!(out, " prep={prep}");
        }
        if chunk.possessive {
            out.push_str(" possessive");
        }
        let _ = write!(out, " head={}", sentence.head_text(index));
        if let Some(verb) = &chunk.verb {
            let _ = write!(out, " lemma={} {:?}", verb.lemma, verb.tense);
            for (flag, name) in [
                (verb.passive, "passive"),
                (verb.negated, "negated"),
                (verb.perfect, "perfect"),
                (verb.progressive, "progressive"),
                (verb.infinitive, "infinitive"),
            ] {
                if flag {
                    let _ = write!(out, " {name}");
                }
            }
            if let Some(particle) = verb.particle {
                let _ = write!(out, " particle={particle}");
            }
            if let Some(modal) = verb.modal {
                let _ = write!(out, " modal={modal}");
            }
            let args = sentence.arguments(index);
            let mut roles = Vec::new();
            if args.subject.is_some() {
                let names: Vec<&str> = args
                    .subjects
                    .iter()
                    .map(|&s| sentence.head_text(s))
                    .collect();
                roles.push(format!("subj={}", names.join("+")));
            }
            if let Some(object) = args.object {
                roles.push(format!("obj={}", sentence.head_text(object)));
            }
            if let Some(agent) = args.agent {
                roles.push(format!("agent={}", sentence.head_text(agent)));
            }
            for (prep, chunk) in &args.preps {
                roles.push(format!("{prep}={}", sentence.head_text(*chunk)));
            }
            if !roles.is_empty() {
                let _ = write!(out, " -> {}", roles.join(" "));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads() {
        English::check_data().unwrap();
    }

    #[test]
    fn analyser_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<English>();
    }
}
