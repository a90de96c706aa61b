//! The English word lists (`crates/english/data/*.tsv`, embedded) and lookups over them.
//!
//! Keys and lemmas are slices of the embedded text, so the maps hold no owned strings and a
//! looked-up lemma is `&'static str`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::error::{EnglishError, Result};
use crate::pos::{Pos, PosSet};

/// FNV-1a: short keys, no DoS exposure (keys come from our own data), several times faster
/// than SipHash on words.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A function word: its possible tags, the usual one, and a lemma when it differs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Closed {
    pub(crate) tags: PosSet,
    pub(crate) default: Pos,
    pub(crate) lemma: Option<&'static str>,
}

/// Open-class lemma classes (words.tsv).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Classes {
    pub(crate) noun: bool,
    pub(crate) verb: bool,
    pub(crate) adjective: bool,
    pub(crate) adverb: bool,
    /// The usual class: 'N', 'V', 'A' (adjective) or 'R' (adverb).
    pub(crate) first: u8,
}

/// An irregular verb form: its lemma and which forms it is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct VerbForm {
    pub(crate) lemma: &'static str,
    pub(crate) tags: PosSet,
}

/// A multi-word preposition or conjunction: the words after the first, the phrase, its tag.
#[derive(Debug, Clone)]
pub(crate) struct Multiword {
    pub(crate) rest: Vec<&'static str>,
    pub(crate) phrase: &'static str,
    pub(crate) pos: Pos,
}

/// The loaded lists.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub(crate) closed: FnvMap<&'static str, Closed>,
    pub(crate) words: FnvMap<&'static str, Classes>,
    pub(crate) verb_forms: FnvMap<&'static str, VerbForm>,
    pub(crate) noun_plurals: FnvMap<&'static str, &'static str>,
    pub(crate) multiword: FnvMap<&'static str, Vec<Multiword>>,
}

pub(crate) const CLOSED: (&str, &str) = ("data/closed.tsv", include_str!("../data/closed.tsv"));
pub(crate) const WORDS: (&str, &str) = ("data/words.tsv", include_str!("../data/words.tsv"));
pub(crate) const IRREGULAR_VERBS: (&str, &str) = (
    "data/irregular_verbs.tsv",
    include_str!("../data/irregular_verbs.tsv"),
);
pub(crate) const IRREGULAR_NOUNS: (&str, &str) = (
    "data/irregular_nouns.tsv",
    include_str!("../data/irregular_nouns.tsv"),
);
pub(crate) const MULTIWORD: (&str, &str) =
    ("data/multiword.tsv", include_str!("../data/multiword.tsv"));

/// Non-comment lines with their 1-based numbers, split into fields on tabs or runs of spaces
/// (multiword.tsv has spaces inside its first field, so it splits on tabs only).
fn records(source: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    source
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

fn error(file: &'static str, line: usize, message: String) -> EnglishError {
    EnglishError::DataLine {
        file,
        line,
        message,
    }
}

impl Lexicon {
    /// Loads the embedded lists; errors name the file and line.
    pub(crate) fn load() -> Result<Lexicon> {
        let mut lexicon = Lexicon::default();
        lexicon.load_closed()?;
        lexicon.load_words()?;
        lexicon.load_irregular_verbs()?;
        lexicon.load_irregular_nouns()?;
        lexicon.load_multiword()?;
        Ok(lexicon)
    }

    fn load_closed(&mut self) -> Result<()> {
        let (file, source) = CLOSED;
        for (line, record) in records(source) {
            let mut fields = record.split_whitespace();
            let (Some(word), Some(tags)) = (fields.next(), fields.next()) else {
                return Err(error(
                    file,
                    line,
                    format!("expected `word tags [lemma]`: {record:?}"),
                ));
            };
            let lemma = fields.next();
            if fields.next().is_some() {
                return Err(error(file, line, "more than three fields".into()));
            }
            let mut set = PosSet::EMPTY;
            let mut default = None;
            for name in tags.split(',') {
                let pos = Pos::from_data(name)
                    .ok_or_else(|| error(file, line, format!("unknown tag {name:?}")))?;
                set = set.with(pos);
                default.get_or_insert(pos);
            }
            let default = default.ok_or_else(|| error(file, line, "no tag".into()))?;
            if self
                .closed
                .insert(
                    word,
                    Closed {
                        tags: set,
                        default,
                        lemma,
                    },
                )
                .is_some()
            {
                return Err(error(file, line, format!("{word:?} listed twice")));
            }
        }
        Ok(())
    }

    fn load_words(&mut self) -> Result<()> {
        let (file, source) = WORDS;
        for (line, record) in records(source) {
            let mut fields = record.split_whitespace();
            let (Some(word), Some(classes), None) = (fields.next(), fields.next(), fields.next())
            else {
                return Err(error(
                    file,
                    line,
                    format!("expected `lemma classes`: {record:?}"),
                ));
            };
            let mut entry = Classes::default();
            for name in classes.split(',') {
                let code = match name {
                    "N" => {
                        entry.noun = true;
                        b'N'
                    }
                    "V" => {
                        entry.verb = true;
                        b'V'
                    }
                    "ADJ" => {
                        entry.adjective = true;
                        b'A'
                    }
                    "ADV" => {
                        entry.adverb = true;
                        b'R'
                    }
                    other => return Err(error(file, line, format!("unknown class {other:?}"))),
                };
                if entry.first == 0 {
                    entry.first = code;
                }
            }
            if self.words.insert(word, entry).is_some() {
                return Err(error(file, line, format!("{word:?} listed twice")));
            }
        }
        Ok(())
    }

    fn load_irregular_verbs(&mut self) -> Result<()> {
        let (file, source) = IRREGULAR_VERBS;
        for (line, record) in records(source) {
            let fields: Vec<&'static str> = record.split_whitespace().collect();
            let [base, past, participle] = fields[..] else {
                return Err(error(
                    file,
                    line,
                    format!("expected `base past participle`: {record:?}"),
                ));
            };
            let mut add = |form: &'static str, pos: Pos| {
                let entry = self.verb_forms.entry(form).or_insert(VerbForm {
                    lemma: base,
                    tags: PosSet::EMPTY,
                });
                // A form shared by two verbs ("lay": lie's past, lay's base) keeps the first lemma.
                if entry.lemma == base {
                    entry.tags = entry.tags.with(pos);
                }
            };
            add(base, Pos::VerbBase);
            add(base, Pos::VerbPresent);
            for form in past.split('|') {
                add(form, Pos::VerbPast);
            }
            for form in participle.split('|') {
                add(form, Pos::VerbPastParticiple);
            }
        }
        Ok(())
    }

    fn load_irregular_nouns(&mut self) -> Result<()> {
        let (file, source) = IRREGULAR_NOUNS;
        for (line, record) in records(source) {
            let mut fields = record.split_whitespace();
            let (Some(plural), Some(singular), None) =
                (fields.next(), fields.next(), fields.next())
            else {
                return Err(error(
                    file,
                    line,
                    format!("expected `plural singular`: {record:?}"),
                ));
            };
            self.noun_plurals.insert(plural, singular);
        }
        Ok(())
    }

    fn load_multiword(&mut self) -> Result<()> {
        let (file, source) = MULTIWORD;
        for (line, record) in records(source) {
            let Some((phrase, tag)) = record.split_once('\t') else {
                return Err(error(
                    file,
                    line,
                    format!("expected `phrase<TAB>tag`: {record:?}"),
                ));
            };
            let pos = match tag.trim() {
                "PREP" => Pos::Preposition,
                "CC" => Pos::CoordConj,
                "ADV" => Pos::Adverb,
                other => return Err(error(file, line, format!("unknown tag {other:?}"))),
            };
            let phrase = phrase.trim();
            let mut words = phrase.split_whitespace();
            let Some(first) = words.next() else {
                return Err(error(file, line, "empty phrase".into()));
            };
            let rest: Vec<&'static str> = words.collect();
            if rest.is_empty() {
                return Err(error(
                    file,
                    line,
                    format!("{phrase:?} is one word: list it in closed.tsv"),
                ));
            }
            self.multiword
                .entry(first)
                .or_default()
                .push(Multiword { rest, phrase, pos });
        }
        // Longest phrase first, so "in front of" wins over a shorter phrase sharing its start.
        for phrases in self.multiword.values_mut() {
            phrases.sort_by_key(|m| std::cmp::Reverse(m.rest.len()));
        }
        Ok(())
    }

    /// Whether `lemma` is a known verb lemma (listed, or an irregular base).
    pub(crate) fn is_verb_lemma(&self, lemma: &str) -> bool {
        self.words.get(lemma).is_some_and(|c| c.verb)
            || self.verb_forms.get(lemma).is_some_and(|f| f.lemma == lemma)
            || self
                .closed
                .get(lemma)
                .is_some_and(|c| c.tags.any(Pos::is_verb) && c.lemma == Some(lemma))
    }

    /// Whether `lemma` is a known noun.
    pub(crate) fn is_noun_lemma(&self, lemma: &str) -> bool {
        self.words.get(lemma).is_some_and(|c| c.noun)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_load() {
        let lexicon = Lexicon::load().unwrap();
        assert!(lexicon.closed["the"].tags.contains(Pos::Determiner));
        assert_eq!(lexicon.verb_forms["went"].lemma, "go");
        assert!(lexicon.verb_forms["said"]
            .tags
            .contains(Pos::VerbPastParticiple));
        assert!(lexicon.is_verb_lemma("attack") && lexicon.is_noun_lemma("attack"));
        assert_eq!(lexicon.noun_plurals["children"], "child");
        assert_eq!(lexicon.multiword["according"][0].phrase, "according to");
    }

    #[test]
    fn fnv_distinguishes_words() {
        let hash = |s: &str| {
            let mut h = Fnv::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(hash("attack"), hash("attacks"));
    }
}
