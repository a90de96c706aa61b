//! Chunking: noun phrases, verb groups (with auxiliaries, modality, voice, negation) and
//! prepositional phrases, in one pass over the tags. Every token lands in exactly one chunk.

use std::borrow::Cow;
use std::ops::Range;

use crate::pos::Pos;
use crate::EnToken;

/// What a chunk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChunkKind {
    /// Noun phrase: "the Russian defence ministry", "they", "Russia 's".
    NounPhrase,
    /// Verb group: auxiliaries, adverbs and negation up to the main verb ("has not yet been attacked").
    VerbGroup,
    /// Preposition with its noun phrase ("against Ukraine", "according to officials"), or a bare
    /// preposition when no noun phrase follows.
    PrepPhrase,
    /// Adjectives without a noun ("ready", "very important").
    AdjPhrase,
    /// Adverbs outside a verb group ("meanwhile").
    AdvPhrase,
    /// A word that opens a clause: subordinating conjunction or wh-word ("if", "that", "who").
    Subordinator,
    /// A coordinating conjunction ("and", "as well as").
    Conjunction,
    /// Punctuation.
    Punct,
    /// Anything else (symbols, stray particles).
    Other,
}

/// Time reference of a verb group, as marked by its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// "attacked", "was attacked", "did not attack", "had attacked".
    Past,
    /// "attacks", "is attacking", "has attacked"; also modals other than will/shall ("could
    /// attack"), whose meaning is in [`VerbInfo::modal`].
    Present,
    /// "will attack", "shall", "'ll", "is going to attack".
    Future,
    /// No tense: infinitive ("to attack"), participle ("backed by"), gerund ("attacking").
    Nonfinite,
}

/// What a verb group says about its main verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbInfo<'a> {
    /// Token index of the main (lexical) verb.
    pub main: usize,
    /// Its lemma ("attack").
    pub lemma: Cow<'a, str>,
    /// Tense of the group.
    pub tense: Tense,
    /// The modal other than will/shall, as its lemma: "could", "might", "may", "must", "can",
    /// "would", "should", "ought", or "have to".
    pub modal: Option<&'static str>,
    /// "not", "n't" or "never" in the group.
    pub negated: bool,
    /// Passive voice: be/get + past participle ("was attacked"), or a bare past participle
    /// ("troops backed by Iran").
    pub passive: bool,
    /// Perfect aspect ("has attacked").
    pub perfect: bool,
    /// Progressive aspect ("is attacking").
    pub progressive: bool,
    /// An infinitive with "to" ("to attack").
    pub infinitive: bool,
    /// A particle that belongs to the verb and ends the group ("out" in "carried out strikes").
    pub particle: Option<&'static str>,
}

/// A chunk: a run of tokens with a head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// What it is.
    pub kind: ChunkKind,
    /// Its tokens (indices into [`crate::EnSentence::tokens`]).
    pub tokens: Range<usize>,
    /// The head token: the last word of a noun phrase (before "'s"), the main verb of a verb
    /// group, the head of a prepositional phrase's noun phrase (the preposition if none).
    pub head: usize,
    /// A prepositional phrase's preposition, lowercase: "against", "according to".
    pub prep: Option<&'static str>,
    /// A noun phrase ending in a possessive ("Russia 's", "the soldiers '").
    pub possessive: bool,
    /// A verb group's analysis.
    pub verb: Option<VerbInfo<'a>>,
}

/// Adjectives that open a time expression after a noun ("visit Russia next week").
const TEMPORAL: [&str; 6] = ["next", "last", "past", "previous", "coming", "following"];

/// Particles that belong to the verb before them ("carried out strikes", "called off talks").
pub(crate) const PARTICLES: [&str; 6] = ["out", "up", "off", "down", "away", "back"];

/// One multi-word marker found before tagging: where it starts, how long, the phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marker {
    pub(crate) len: usize,
    pub(crate) phrase: &'static str,
}

pub(crate) struct Chunker<'t, 'a> {
    pub(crate) tokens: &'t [EnToken<'a>],
    /// Multi-word markers by start token.
    pub(crate) markers: &'t [Option<Marker>],
    /// The static spelling of a closed-class word (from closed.tsv).
    pub(crate) static_word: &'t dyn Fn(&str) -> Option<&'static str>,
}

impl<'a> Chunker<'_, 'a> {
    fn pos(&self, i: usize) -> Option<Pos> {
        self.tokens.get(i).map(|t| t.pos)
    }

    fn lemma_is(&self, i: usize, lemma: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.pos.is_verb() && t.lemma == lemma)
    }

    /// The next index at or after `i` that is not an adverb or negation.
    fn skip_adverbs(&self, mut i: usize) -> usize {
        while matches!(self.pos(i), Some(Pos::Adverb | Pos::Negation)) {
            i += 1;
        }
        i
    }

    /// Whether verb token `next` (at `n`) can follow the verb group's last word `prev` (at `p`).
    fn continues(&self, p: usize, n: usize) -> bool {
        let (Some(prev), Some(next)) = (self.pos(p), self.pos(n)) else {
            return false;
        };
        match prev {
            Pos::Modal => {
                next == Pos::VerbBase || (next == Pos::To && self.tokens[p].lemma == "ought")
            }
            Pos::To => next == Pos::VerbBase,
            _ if self.lemma_is(p, "do") && prev.is_finite() => next == Pos::VerbBase,
            _ if self.lemma_is(p, "have") => {
                next == Pos::VerbPastParticiple || (next == Pos::To && prev.is_finite())
            }
            _ if self.lemma_is(p, "be") => {
                matches!(next, Pos::VerbPastParticiple | Pos::VerbGerund)
            }
            _ if self.lemma_is(p, "get") => next == Pos::VerbPastParticiple,
            // "is going to attack"
            Pos::VerbGerund if self.tokens[p].lemma == "go" => {
                next == Pos::To && p > 0 && self.lemma_is(self.skip_back(p), "be")
            }
            _ => false,
        }
    }

    /// The nearest earlier token before `p` that is not an adverb or negation.
    fn skip_back(&self, p: usize) -> usize {
        let mut j = p;
        while j > 0 {
            j -= 1;
            if !matches!(self.pos(j), Some(Pos::Adverb | Pos::Negation)) {
                return j;
            }
        }
        p
    }

    /// Whether a verb group can start at `i` ("to" only before a base form; adverbs only before
    /// a verb).
    fn starts_verb_group(&self, i: usize) -> bool {
        let first = self.skip_adverbs(i);
        match self.pos(first) {
            Some(Pos::To) => self.pos(self.skip_adverbs(first + 1)) == Some(Pos::VerbBase),
            Some(p) => p.is_verb(),
            None => false,
        }
    }

    fn verb_group_end(&self, i: usize) -> usize {
        let mut last = self.skip_adverbs(i);
        let mut end = last + 1;
        loop {
            let next = self.skip_adverbs(end);
            if next < self.tokens.len() && self.continues(last, next) {
                last = next;
                end = next + 1;
            } else {
                return end;
            }
        }
    }

    fn verb_info(&self, range: Range<usize>) -> VerbInfo<'a> {
        let verbs: Vec<usize> = range
            .clone()
            .filter(|&k| self.pos(k).is_some_and(|p| p.is_verb() || p == Pos::To))
            .collect();
        let main = verbs
            .iter()
            .rev()
            .copied()
            .find(|&k| self.pos(k).is_some_and(|p| p.is_verb() && p != Pos::Modal))
            .or_else(|| verbs.last().copied())
            .unwrap_or(range.start);
        let first = verbs.first().copied().unwrap_or(main);
        let mut modal = None;
        let mut future = false;
        for &k in &verbs {
            let token = &self.tokens[k];
            if token.pos == Pos::Modal {
                match token.lemma.as_ref() {
                    "will" | "shall" => future = true,
                    other => modal = modal.or_else(|| (self.static_word)(other)),
                }
            }
            if token.pos == Pos::VerbGerund
                && token.lemma == "go"
                && self.pos(k + 1) == Some(Pos::To)
            {
                future = true;
            }
            if self.lemma_is(k, "have") && self.pos(self.skip_adverbs(k + 1)) == Some(Pos::To) {
                modal = modal.or(Some("have to"));
            }
        }
        // The auxiliary right before the main verb decides voice and aspect.
        let aux = verbs.iter().rev().copied().find(|&k| k < main);
        let main_pos = self.pos(main);
        let participle = main_pos == Some(Pos::VerbPastParticiple);
        let aux_be = aux.is_some_and(|a| self.lemma_is(a, "be"));
        let passive =
            participle && (aux.is_none() || aux_be || aux.is_some_and(|a| self.lemma_is(a, "get")));
        let perfect = verbs.iter().any(|&k| {
            self.lemma_is(k, "have")
                && self.pos(self.skip_adverbs(k + 1)) == Some(Pos::VerbPastParticiple)
        });
        let progressive = aux_be && main_pos == Some(Pos::VerbGerund);
        let infinitive = self.pos(first) == Some(Pos::To);
        let tense = if future {
            Tense::Future
        } else {
            match self.pos(first) {
                Some(Pos::VerbPast) => Tense::Past,
                Some(Pos::VerbPresent | Pos::VerbPresent3 | Pos::Modal | Pos::VerbBase) => {
                    Tense::Present
                }
                _ => Tense::Nonfinite,
            }
        };
        VerbInfo {
            main,
            lemma: self.tokens[main].lemma.clone(),
            tense,
            modal,
            negated: range.clone().any(|k| self.pos(k) == Some(Pos::Negation)),
            passive,
            perfect,
            progressive,
            infinitive,
            particle: None,
        }
    }

    /// The end of a noun phrase starting at `i`, whether it ends in a possessive, and whether it
    /// holds anything but adjectives and adverbs.
    fn noun_phrase_end(&self, i: usize) -> Option<(usize, bool, bool)> {
        let first = self.pos(i)?;
        match first {
            Pos::Pronoun | Pos::Existential => return Some((i + 1, false, true)),
            Pos::Determiner
            | Pos::PossessivePronoun
            | Pos::Number
            | Pos::Adjective
            | Pos::Noun
            | Pos::NounPlural
            | Pos::ProperNoun => {}
            Pos::Adverb if matches!(self.pos(i + 1), Some(Pos::Number | Pos::Adjective)) => {}
            Pos::Symbol
                if self.pos(i + 1) == Some(Pos::Number) && self.tokens[i].lower.len() <= 3 => {}
            _ => return None,
        }
        let mut j = i;
        let mut substantive = false;
        while let Some(pos) = self.pos(j) {
            match pos {
                Pos::Determiner | Pos::PossessivePronoun => {
                    // "all the": a second determiner right after the first still belongs.
                    if j != i && !(j == i + 1 && first == Pos::Determiner) {
                        break;
                    }
                    substantive = true;
                }
                // "the very large", "about 100": an adverb only at the start or after the
                // determiner ("Zimbabwe almost five years" is two phrases).
                Pos::Adverb
                    if (j == i || matches!(self.pos(j - 1), Some(Pos::Determiner)))
                        && matches!(self.pos(j + 1), Some(Pos::Number | Pos::Adjective)) => {}
                // "Russia next week": an adjective after a noun starts another phrase.
                Pos::Adjective
                    if j > i
                        && self.pos(j - 1).is_some_and(Pos::is_nominal)
                        && TEMPORAL.contains(&self.tokens[j].lower.as_ref()) =>
                {
                    break
                }
                Pos::Adjective => {}
                // "Chinese and Russian warships": adjectives joined inside one phrase.
                Pos::CoordConj
                    if j > i
                        && self.pos(j - 1) == Some(Pos::Adjective)
                        && matches!(self.pos(j + 1), Some(Pos::Adjective | Pos::ProperNoun))
                        && matches!(self.pos(j + 2), Some(Pos::Noun | Pos::NounPlural)) => {}
                Pos::Number | Pos::Noun | Pos::NounPlural | Pos::ProperNoun => substantive = true,
                // "$500 million", "30 %": a currency or percent sign next to a number.
                Pos::Symbol
                    if matches!(self.tokens[j].lower.as_ref(), "$" | "€" | "£" | "¥" | "%")
                        && (self.pos(j + 1) == Some(Pos::Number)
                            || (j > i && self.pos(j - 1) == Some(Pos::Number))) => {}
                Pos::Possessive if j > i => return Some((j + 1, true, true)),
                _ => break,
            }
            j += 1;
        }
        (j > i).then_some((j, false, substantive))
    }

    /// A particle at `i` right after a verb group: "out", "up", ... before a noun phrase or at
    /// the clause's end ("called off talks", "gave up").
    fn particle(&self, i: usize) -> Option<&'static str> {
        let token = self.tokens.get(i)?;
        if !matches!(token.pos, Pos::Preposition | Pos::Adverb) {
            return None;
        }
        let particle = PARTICLES.iter().find(|p| **p == token.lower.as_ref())?;
        let before_phrase = match self.pos(i + 1) {
            None | Some(Pos::Punct | Pos::CoordConj | Pos::SubConj) => true,
            Some(Pos::Preposition | Pos::To) => true,
            Some(next) => self.noun_phrase_end(i + 1).is_some() && next != Pos::Adverb,
        };
        before_phrase.then_some(*particle)
    }

    pub(crate) fn chunks(&self) -> Vec<Chunk<'a>> {
        let mut chunks = Vec::with_capacity(self.tokens.len() / 2 + 1);
        let mut i = 0;
        let chunk = |kind, tokens: Range<usize>, head| Chunk {
            kind,
            tokens,
            head,
            prep: None,
            possessive: false,
            verb: None,
        };
        while i < self.tokens.len() {
            let pos = self.tokens[i].pos;
            if self.starts_verb_group(i) {
                let mut end = self.verb_group_end(i);
                let mut info = self.verb_info(i..end);
                if let Some(particle) = self.particle(end) {
                    info.particle = Some(particle);
                    end += 1;
                }
                chunks.push(Chunk {
                    head: info.main,
                    verb: Some(info),
                    ..chunk(ChunkKind::VerbGroup, i..end, i)
                });
                i = end;
                continue;
            }
            match pos {
                Pos::Preposition | Pos::To => {
                    let (len, phrase) = match self.markers.get(i).copied().flatten() {
                        Some(marker) => (marker.len, Some(marker.phrase)),
                        None => (1, (self.static_word)(&self.tokens[i].lower)),
                    };
                    let prep_end = (i + len).min(self.tokens.len());
                    let (end, head) = match self.noun_phrase_end(prep_end) {
                        Some((end, possessive, _)) if !possessive => (end, end - 1),
                        // "of Russia 's army": the possessive and its noun both belong.
                        Some((end, _, _)) => match self.noun_phrase_end(end) {
                            Some((after, false, _)) => (after, after - 1),
                            _ => (end, end.saturating_sub(2).max(prep_end)),
                        },
                        None => (prep_end, i),
                    };
                    chunks.push(Chunk {
                        prep: phrase,
                        ..chunk(ChunkKind::PrepPhrase, i..end, head)
                    });
                    i = end;
                }
                _ => match self.noun_phrase_end(i) {
                    Some((end, possessive, substantive)) => {
                        let kind = if substantive {
                            ChunkKind::NounPhrase
                        } else {
                            ChunkKind::AdjPhrase
                        };
                        let head = if possessive {
                            end.saturating_sub(2).max(i)
                        } else {
                            end - 1
                        };
                        chunks.push(Chunk {
                            possessive,
                            ..chunk(kind, i..end, head)
                        });
                        i = end;
                    }
                    None => {
                        let kind = match pos {
                            Pos::Adverb | Pos::Negation => ChunkKind::AdvPhrase,
                            Pos::SubConj | Pos::Wh => ChunkKind::Subordinator,
                            Pos::CoordConj => ChunkKind::Conjunction,
                            Pos::Punct => ChunkKind::Punct,
                            _ => ChunkKind::Other,
                        };
                        let len = match self.markers.get(i).copied().flatten() {
                            Some(marker) => marker.len,
                            None => 1,
                        };
                        let end = (i + len).min(self.tokens.len());
                        chunks.push(chunk(kind, i..end, i));
                        i = end;
                    }
                },
            }
        }
        chunks
    }
}
