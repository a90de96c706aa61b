//! Part-of-speech tagging: lexical candidates from the lists, suffixes and capitalisation, then
//! one left-to-right pass of contextual rules that pick among them.

use std::borrow::Cow;

use dyad_text::{Token, TokenKind};

use crate::chunk::PARTICLES;
use crate::lexicon::{Classes, Lexicon};
use crate::pos::{Pos, PosSet};

/// A token's possible tags and the usual one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    pub(crate) cands: PosSet,
    pub(crate) default: Pos,
}

impl Lex {
    fn only(pos: Pos) -> Lex {
        Lex {
            cands: PosSet::of(pos),
            default: pos,
        }
    }
}

/// How a word's candidates were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// From the lists (directly or as an inflection of a listed lemma).
    Known,
    /// From a telling suffix ("-tion", "-ly", "-ed").
    Suffix,
    /// Nothing told: the fallback.
    Unknown,
}

const VERB_BASE: PosSet = PosSet::of(Pos::VerbBase).with(Pos::VerbPresent);
/// Prepositions that open no clause (unlike "after", "before", "since", "until", "for") and
/// no quantity (unlike "of": "thousands of protesters marched"): the noun after them is no
/// verb's subject.
const ONLY_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "with", "from", "by", "into", "about", "among", "under", "during", "without",
    "within", "against", "across", "through",
];
const PAST: PosSet = PosSet::of(Pos::VerbPast).with(Pos::VerbPastParticiple);

fn classes_set(classes: Classes) -> PosSet {
    let mut set = PosSet::EMPTY;
    if classes.noun {
        set = set.with(Pos::Noun);
    }
    if classes.verb {
        set = set.union(VERB_BASE);
    }
    if classes.adjective {
        set = set.with(Pos::Adjective);
    }
    if classes.adverb {
        set = set.with(Pos::Adverb);
    }
    set
}

fn class_pos(first: u8, plural: bool) -> Pos {
    match (first, plural) {
        (b'N', false) => Pos::Noun,
        (b'N', true) => Pos::NounPlural,
        (b'V', false) => Pos::VerbPresent,
        (b'V', true) => Pos::VerbPresent3,
        (b'A', _) => Pos::Adjective,
        _ => Pos::Adverb,
    }
}

const NOUN_SUFFIXES: [&str; 16] = [
    "tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "hood", "dom", "ist",
    "er", "or", "ee", "age",
];
/// Noun suffixes that names share ("Arnor", "Baker", "Page"): a capitalised first word with
/// one of them, singular, is still taken for a name.
const WEAK_NOUN_SUFFIXES: [&str; 4] = ["er", "or", "ee", "age"];
const ADJECTIVE_SUFFIXES: [&str; 12] = [
    "ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ary", "ese", "ish", "ian",
];

impl Lexicon {
    /// Candidates of a lowercase word from the lists and its inflections.
    fn lexical(&self, lower: &str) -> (Lex, Source) {
        let mut cands = PosSet::EMPTY;
        let mut default = None;
        if let Some(closed) = self.closed.get(lower) {
            cands = closed.tags;
            default = Some(closed.default);
        }
        if let Some(&classes) = self.words.get(lower) {
            cands = cands.union(classes_set(classes));
            default.get_or_insert(class_pos(classes.first, false));
        }
        if let Some(form) = self.verb_forms.get(lower) {
            cands = cands.union(form.tags);
            let usual = if form.tags.contains(Pos::VerbPast) {
                Pos::VerbPast
            } else if form.tags.contains(Pos::VerbPastParticiple) {
                Pos::VerbPastParticiple
            } else {
                Pos::VerbPresent
            };
            default.get_or_insert(usual);
        }
        if default.is_none() {
            if let Some((_, form)) = self.prefixed_irregular(lower) {
                cands = cands.union(form.tags);
                default = Some(if form.tags.contains(Pos::VerbPast) {
                    Pos::VerbPast
                } else {
                    Pos::VerbPastParticiple
                });
            }
        }
        if self.noun_plurals.contains_key(lower) {
            cands = cands.with(Pos::NounPlural);
            default.get_or_insert(Pos::NounPlural);
        }
        // Listed adjectives and nouns can be verb forms too ("wounded", "armed", "attacks").
        if !self.verb_forms.contains_key(lower) && !self.closed.contains_key(lower) {
            self.inflection(lower, &mut cands, &mut default);
        }
        match default {
            Some(default) => (Lex { cands, default }, Source::Known),
            None => Self::guess(lower),
        }
    }

    /// An inflected form of a listed lemma: "attacks", "attacked", "attacking", "talks".
    fn inflection(&self, lower: &str, cands: &mut PosSet, default: &mut Option<Pos>) {
        let verb = self.known_verb_candidate(lower);
        let noun = self.known_noun_candidate(lower);
        if lower.ends_with('s') {
            // The lemma's usual class decides between plural noun and third person verb.
            let first = verb
                .or(noun)
                .and_then(|c| self.candidate_first_class(lower, c))
                .unwrap_or(b'N');
            if verb.is_some() {
                // Any -s form of a verb can be a plural noun ("remarks", "calls").
                *cands = cands.with(Pos::VerbPresent3).with(Pos::NounPlural);
            }
            if noun.is_some() {
                *cands = cands.with(Pos::NounPlural);
            }
            if verb.is_some() || noun.is_some() {
                let usual = class_pos(
                    if noun.is_some() && first == b'N' {
                        b'N'
                    } else {
                        first
                    },
                    true,
                );
                default.get_or_insert(if cands.contains(usual) {
                    usual
                } else if verb.is_some() {
                    Pos::VerbPresent3
                } else {
                    Pos::NounPlural
                });
            }
        } else if verb.is_some() && lower.ends_with("ed") {
            *cands = cands.union(PAST).with(Pos::Adjective);
            default.get_or_insert(Pos::VerbPast);
        } else if verb.is_some() && lower.ends_with("ing") {
            *cands = cands
                .with(Pos::VerbGerund)
                .with(Pos::Noun)
                .with(Pos::Adjective);
            default.get_or_insert(Pos::VerbGerund);
        }
    }

    /// Candidates of a word missing from the lists, from its suffix.
    fn guess(lower: &str) -> (Lex, Source) {
        let n = lower.len();
        let plural =
            n > 3 && lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e));
        let stem = if plural { &lower[..n - 1] } else { lower };
        let lex = |cands: PosSet, default: Pos| (Lex { cands, default }, Source::Suffix);
        if n > 4 && lower.ends_with("ly") {
            return lex(PosSet::of(Pos::Adverb).with(Pos::Adjective), Pos::Adverb);
        }
        if n > 5 && lower.ends_with("ing") {
            return lex(
                PosSet::of(Pos::VerbGerund)
                    .with(Pos::Noun)
                    .with(Pos::Adjective),
                Pos::VerbGerund,
            );
        }
        if n > 4 && lower.ends_with("ed") {
            return lex(PAST.with(Pos::Adjective), Pos::VerbPast);
        }
        if let Some(suffix) = NOUN_SUFFIXES
            .iter()
            .find(|s| stem.len() > s.len() + 2 && stem.ends_with(*s))
        {
            let pos = if plural { Pos::NounPlural } else { Pos::Noun };
            let source = if !plural && WEAK_NOUN_SUFFIXES.contains(suffix) {
                Source::Unknown
            } else {
                Source::Suffix
            };
            return (Lex::only(pos), source);
        }
        if !plural
            && ADJECTIVE_SUFFIXES
                .iter()
                .any(|s| n > s.len() + 2 && lower.ends_with(s))
        {
            return lex(PosSet::of(Pos::Adjective).with(Pos::Noun), Pos::Adjective);
        }
        if ["ize", "ise", "ify"]
            .iter()
            .any(|s| stem.len() > 5 && stem.ends_with(s))
        {
            return if plural {
                lex(PosSet::of(Pos::VerbPresent3), Pos::VerbPresent3)
            } else {
                lex(VERB_BASE, Pos::VerbPresent)
            };
        }
        if plural {
            return (
                Lex {
                    cands: PosSet::of(Pos::NounPlural).with(Pos::VerbPresent3),
                    default: Pos::NounPlural,
                },
                Source::Unknown,
            );
        }
        // An unknown word is a noun, or a verb where only a verb fits ("wants to repair").
        (
            Lex {
                cands: PosSet::of(Pos::Noun).with(Pos::VerbBase),
                default: Pos::Noun,
            },
            Source::Unknown,
        )
    }

    /// Candidates of a hyphenated word, from its last part ("U.S.-led", "cease-fire").
    fn hyphenated(&self, lower: &str) -> Option<(Lex, Source)> {
        let dash = lower.rfind('-').filter(|&d| d > 0 && d + 1 < lower.len())?;
        let (last, source) = self.lexical(&lower[dash + 1..]);
        // "test-fired", "re-elected", "co-hosted": a verb with a prefix stays a verb.
        if VERB_PREFIXES.contains(&&lower[..dash]) {
            return Some((last, source));
        }
        if last.cands.contains(Pos::VerbPastParticiple) || last.cands.contains(Pos::Adjective) {
            return Some((Lex::only(Pos::Adjective), Source::Known));
        }
        Some((last, source))
    }
}

/// Prefixes that make a verb of a verb when joined by a hyphen ("test-fired", "re-elected").
const VERB_PREFIXES: [&str; 4] = ["test", "re", "co", "cross"];

/// Verbs of saying and thinking whose reported clause may follow without "that".
const SAYING: [&str; 14] = [
    "say", "claim", "announce", "add", "warn", "insist", "report", "state", "believe", "think",
    "note", "argue", "confirm", "allege",
];

/// Tags the words of one sentence.
pub(crate) struct Tagger<'s> {
    pub(crate) lexicon: &'s Lexicon,
    pub(crate) text: &'s str,
    pub(crate) tokens: &'s [Token],
    pub(crate) lowers: &'s [Cow<'s, str>],
}

fn is_opening(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "[" | ":" | "-" | "\u{2013}" | "\u{2014}"
    )
}

const SUBJECT_PRONOUNS: [&str; 7] = ["he", "she", "it", "they", "we", "i", "you"];

impl Tagger<'_> {
    fn surface(&self, i: usize) -> &str {
        // A sentence from another text must not panic: a span that does not fit reads as "".
        let span = self.tokens[i].span;
        self.text.get(span.start..span.end).unwrap_or("")
    }

    fn lower(&self, i: usize) -> &str {
        &self.lowers[i]
    }

    /// Whether token `i` starts the sentence or a quotation inside it: capitals there say
    /// nothing about names.
    fn sentence_initial(&self, i: usize) -> bool {
        // Only punctuation before it: checked from the nearest token back, so a long sentence
        // of capitalised words costs one step per word, not a scan of the sentence.
        i == 0
            || is_opening(self.surface(i - 1))
            || (self.tokens[i - 1].kind == TokenKind::Punct
                && self.tokens[..i].iter().all(|t| t.kind == TokenKind::Punct))
    }

    /// Lexical candidates of every token.
    pub(crate) fn lexes(&self) -> Vec<Lex> {
        // A sentence without lowercase letters is a shouted headline: capitals mean nothing.
        let shouting = !self
            .text
            .get(self.span_range())
            .unwrap_or("")
            .chars()
            .any(char::is_lowercase);
        // "Russia Attacks Ukraine In Dawn Raid": in a title-case headline capitals say as little
        // as at a sentence start.
        let words = self.tokens.iter().filter(|t| t.kind == TokenKind::Word);
        let (total, capitalised) = words.fold((0usize, 0usize), |(n, c), t| {
            let cap = self
                .text
                .get(t.span.start..t.span.end)
                .is_some_and(|s| s.starts_with(char::is_uppercase));
            (n + 1, c + usize::from(cap))
        });
        let title_case = total >= 3 && capitalised * 5 >= total * 4;
        (0..self.tokens.len())
            .map(|i| self.token_lex(i, shouting, title_case))
            .collect()
    }

    fn span_range(&self) -> std::ops::Range<usize> {
        match (self.tokens.first(), self.tokens.last()) {
            (Some(first), Some(last)) => first.span.start..last.span.end,
            _ => 0..0,
        }
    }

    fn token_lex(&self, i: usize, shouting: bool, title_case: bool) -> Lex {
        let token = &self.tokens[i];
        let surface = self.surface(i);
        let lower = self.lower(i);
        match token.kind {
            TokenKind::Symbol => Lex::only(Pos::Symbol),
            TokenKind::Number => Lex::only(Pos::Number),
            TokenKind::Ordinal => Lex::only(Pos::Adjective),
            TokenKind::Punct => {
                let after_plural = i > 0 && !token.space_before && self.lower(i - 1).ends_with('s');
                if matches!(surface, "'" | "\u{2019}")
                    && after_plural
                    && self.tokens[i - 1].kind == TokenKind::Word
                {
                    Lex::only(Pos::Possessive)
                } else {
                    Lex::only(Pos::Punct)
                }
            }
            TokenKind::Abbreviation => {
                let bare = lower.trim_end_matches('.');
                if let Some(closed) = self.lexicon.closed.get(bare) {
                    Lex {
                        cands: closed.tags,
                        default: closed.default,
                    }
                } else if surface.starts_with(char::is_uppercase) {
                    Lex::only(Pos::ProperNoun)
                } else if matches!(bare, "e.g" | "i.e" | "etc") {
                    Lex::only(Pos::Adverb)
                } else {
                    Lex::only(Pos::Noun)
                }
            }
            TokenKind::Word => self.word_lex(i, surface, lower, shouting, title_case),
        }
    }

    fn word_lex(
        &self,
        i: usize,
        surface: &str,
        lower: &str,
        shouting: bool,
        title_case: bool,
    ) -> Lex {
        let capitalised = surface.starts_with(char::is_uppercase);
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = letters >= 2 && !surface.chars().any(char::is_lowercase);
        if !shouting && all_caps {
            return Lex::only(Pos::ProperNoun); // "NATO", "US", "EU"
        }
        let (lex, source) = if lower.contains('-') {
            self.lexicon
                .hyphenated(lower)
                .unwrap_or_else(|| self.lexicon.lexical(lower))
        } else {
            self.lexicon.lexical(lower)
        };
        if !capitalised || shouting || lower == "i" {
            return lex;
        }
        if !title_case && !self.sentence_initial(i) {
            return Lex::only(Pos::ProperNoun);
        }
        // A capitalised first word is a name unless the lists or a telling suffix say otherwise.
        match source {
            Source::Known | Source::Suffix => lex,
            Source::Unknown => Lex::only(Pos::ProperNoun),
        }
    }

    /// Tags all tokens.
    pub(crate) fn tag(&self, lexes: &[Lex]) -> Vec<Pos> {
        let mut tags: Vec<Pos> = Vec::with_capacity(lexes.len());
        let mut finite_seen = false;
        for i in 0..lexes.len() {
            let pos = if !finite_seen && self.bare_participle(i, lexes, &tags) {
                Pos::VerbPast
            } else if lexes[i].cands.len() <= 1 {
                lexes[i].default
            } else {
                self.choose(i, lexes, &tags, finite_seen)
            };
            tags.push(pos);
            if pos.is_finite() {
                finite_seen = true;
            }
            let boundary = matches!(pos, Pos::SubConj | Pos::Wh | Pos::CoordConj)
                || (pos == Pos::Punct
                    && matches!(self.surface(i), "," | ";" | ":" | "\"" | "(" | ")"));
            // "officials said India trades oil": after a verb of saying a new clause may start
            // without "that".
            // Lemmatised only for a finite verb before a noun phrase, and with the analyser's
            // rules: "warned", "claimed" are regular forms the irregular list does not have.
            let zero_that = pos.is_finite()
                && lexes.get(i + 1).is_some_and(|l| {
                    matches!(
                        l.default,
                        Pos::ProperNoun | Pos::Determiner | Pos::Pronoun | Pos::Number
                    )
                })
                && SAYING.contains(
                    &self
                        .lexicon
                        .lemma(&self.lowers[i], self.surface(i), pos)
                        .as_ref(),
                );
            if boundary || zero_that {
                finite_seen = false;
            }
        }
        tags
    }

    /// "Ethiopia broken down a treaty", "Rebels taken the town": a form that can only be a
    /// participle, right after a noun with no finite verb before it in the clause (the
    /// caller checks that) and an object or a particle after it, is the clause's verb written
    /// without its auxiliary. "Soldiers taken hostage", "the treaty broken by Russia" keep the
    /// participle.
    fn bare_participle(&self, i: usize, lexes: &[Lex], tags: &[Pos]) -> bool {
        let c = lexes[i].cands;
        if !c.contains(Pos::VerbPastParticiple) || c.any(|p| p == Pos::VerbPast || p.is_nominal()) {
            return false;
        }
        let after_noun = self
            .previous(i, tags, false)
            .is_some_and(|j| matches!(tags[j], Pos::Noun | Pos::NounPlural | Pos::ProperNoun));
        let particle_next = self
            .lowers
            .get(i + 1)
            .is_some_and(|w| PARTICLES.contains(&w.as_ref()));
        let object_next = lexes.get(i + 1).is_some_and(|l| {
            matches!(
                l.default,
                Pos::Determiner | Pos::PossessivePronoun | Pos::ProperNoun | Pos::Number
            )
        });
        after_noun && (particle_next || object_next)
    }

    /// The nearest earlier token that is not an adverb (nor, with `skip_negation`, a negation).
    fn previous(&self, i: usize, tags: &[Pos], skip_negation: bool) -> Option<usize> {
        (0..i)
            .rev()
            .find(|&j| !(tags[j] == Pos::Adverb || (skip_negation && tags[j] == Pos::Negation)))
    }

    fn lemma_is(&self, j: usize, lemma: &str) -> bool {
        self.lexicon.closed.get(self.lower(j)).and_then(|c| c.lemma) == Some(lemma)
            || self
                .lexicon
                .verb_forms
                .get(self.lower(j))
                .is_some_and(|f| f.lemma == lemma)
    }

    fn choose(&self, i: usize, lexes: &[Lex], tags: &[Pos], finite_seen: bool) -> Pos {
        let lex = lexes[i];
        let c = lex.cands;
        let pick = |p: Pos| c.contains(p).then_some(p);
        let next = lexes.get(i + 1).map(|l| l.default);
        let next_cands = lexes.get(i + 1).map_or(PosSet::EMPTY, |l| l.cands);
        let prev = i.checked_sub(1).map(|j| tags[j]);
        let lower = self.lower(i);

        if c.contains(Pos::Possessive) {
            // "'s": "he's", "there's" are verbs; "Russia's army" is possessive.
            let verb_next = matches!(
                next,
                Some(
                    Pos::Determiner
                        | Pos::Adverb
                        | Pos::Negation
                        | Pos::VerbPastParticiple
                        | Pos::VerbGerund
                        | Pos::Preposition
                        | Pos::To
                )
            ) || next_cands.contains(Pos::VerbPastParticiple)
                && !next_cands.contains(Pos::Noun);
            return if matches!(prev, Some(Pos::Pronoun | Pos::Existential | Pos::Wh)) || verb_next {
                Pos::VerbPresent3
            } else {
                Pos::Possessive
            };
        }
        if lower == "'d" {
            return if next_cands.contains(Pos::VerbPastParticiple) {
                Pos::VerbPast
            } else {
                Pos::Modal
            };
        }
        if lower == "that" {
            let prev_nominal = prev.is_some_and(Pos::is_nominal) && prev != Some(Pos::Pronoun);
            let verb_next =
                next_cands.any(Pos::is_verb) || matches!(next, Some(Pos::Adverb | Pos::Negation));
            if prev_nominal && verb_next {
                return Pos::Wh; // "the group that attacked"
            }
            if prev.is_some_and(Pos::is_verb) {
                return Pos::SubConj; // "said that"
            }
            if matches!(next, Some(Pos::Noun | Pos::NounPlural | Pos::Adjective)) {
                return Pos::Determiner;
            }
            return if verb_next
                && matches!(
                    prev,
                    None | Some(Pos::Punct | Pos::Preposition | Pos::CoordConj)
                ) {
                Pos::Pronoun
            } else {
                Pos::SubConj
            };
        }
        if c.contains(Pos::Preposition) && c.contains(Pos::SubConj) {
            // "after the results were announced": a noun phrase and a finite verb follow.
            let mut j = i + 1;
            while lexes.get(j).is_some_and(|l| {
                matches!(
                    l.default,
                    Pos::Determiner
                        | Pos::PossessivePronoun
                        | Pos::Adjective
                        | Pos::Number
                        | Pos::Noun
                        | Pos::NounPlural
                        | Pos::ProperNoun
                )
            }) && j < i + 7
            {
                j += 1;
            }
            let finite_after = j > i + 1
                && lexes
                    .get(j)
                    .is_some_and(|l| l.default.is_finite() || l.cands.contains(Pos::VerbPast));
            let clause_next = finite_after
                || lexes.get(i + 1).is_some_and(|_| {
                    SUBJECT_PRONOUNS.contains(&self.lower(i + 1)) || next == Some(Pos::Existential)
                });
            return if clause_next {
                Pos::SubConj
            } else {
                Pos::Preposition
            };
        }
        if c.contains(Pos::Existential) {
            let be_next = lexes
                .get(i + 1)
                .is_some_and(|_| self.lemma_is(i + 1, "be") || next == Some(Pos::Modal));
            return if be_next {
                Pos::Existential
            } else {
                Pos::Adverb
            };
        }
        let nominal_next = matches!(
            next,
            Some(Pos::Noun | Pos::NounPlural | Pos::ProperNoun | Pos::Adjective | Pos::Number)
        );
        if c.contains(Pos::PossessivePronoun) && c.contains(Pos::Pronoun) {
            return if nominal_next {
                Pos::PossessivePronoun
            } else {
                Pos::Pronoun
            };
        }
        if c.contains(Pos::Determiner) && !c.any(Pos::is_verb) {
            return if nominal_next || next == Some(Pos::Determiner) {
                Pos::Determiner
            } else {
                pick(Pos::Pronoun).unwrap_or(lex.default)
            };
        }
        if c.contains(Pos::Number) && c.contains(Pos::Pronoun) {
            return if nominal_next {
                Pos::Number
            } else {
                Pos::Pronoun
            };
        }
        if c.contains(Pos::Adjective) && c.contains(Pos::Adverb) && !c.any(Pos::is_verb) {
            return if matches!(next, Some(Pos::Adjective | Pos::Adverb)) {
                Pos::Adverb
            } else {
                lex.default
            };
        }
        if c.any(Pos::is_verb) {
            return self.verb_context(i, lexes, tags, finite_seen);
        }
        if c.contains(Pos::Adjective) && c.contains(Pos::Noun) {
            // "an official said" vs "an official visit"; "Chinese and Russian warships".
            let adjective_pair = next == Some(Pos::CoordConj)
                && lexes.get(i + 2).is_some_and(|l| {
                    l.cands.contains(Pos::Adjective) || l.cands.contains(Pos::ProperNoun)
                });
            return if nominal_next || adjective_pair {
                Pos::Adjective
            } else {
                Pos::Noun
            };
        }
        lex.default
    }

    /// Verb or not, and which verb form, from the left context.
    fn verb_context(&self, i: usize, lexes: &[Lex], tags: &[Pos], finite_seen: bool) -> Pos {
        let lex = lexes[i];
        let c = lex.cands;
        let pick = |p: Pos| c.contains(p).then_some(p);
        let nominal = || {
            pick(Pos::NounPlural)
                .filter(|_| self.lower(i).ends_with('s'))
                .or_else(|| pick(Pos::Noun))
                .or_else(|| pick(Pos::NounPlural))
        };
        let next = lexes.get(i + 1).map(|l| l.default);
        let next_nominal = matches!(next, Some(Pos::Noun | Pos::NounPlural | Pos::ProperNoun));
        let next_verbal = lexes.get(i + 1).is_some_and(|l| l.default.is_finite());

        // After a modal, "to" or a form of "do" (through adverbs and "not"): the base form.
        if let Some(j) = self.previous(i, tags, true) {
            let pv = tags[j];
            let do_aux = pv.is_finite() && self.lemma_is(j, "do");
            if pv == Pos::Modal || pv == Pos::To || do_aux {
                if let Some(p) = pick(Pos::VerbBase) {
                    return p;
                }
            }
            if self.lemma_is(j, "be") && pv.is_verb() {
                if let Some(p) = pick(Pos::VerbPastParticiple).or_else(|| pick(Pos::VerbGerund)) {
                    return p;
                }
                return pick(Pos::Adjective).or_else(nominal).unwrap_or(lex.default);
            }
            if (self.lemma_is(j, "have") || self.lemma_is(j, "get")) && pv.is_verb() {
                if let Some(p) = pick(Pos::VerbPastParticiple) {
                    return p;
                }
            }
        }
        // "had struck", "has said": have before a participle is the finite auxiliary.
        if self.lemma_is(i, "have")
            && lexes
                .get(i + 1)
                .is_some_and(|l| l.cands.contains(Pos::VerbPastParticiple))
        {
            if let Some(p) = pick(Pos::VerbPast)
                .or_else(|| pick(Pos::VerbPresent3))
                .or_else(|| pick(Pos::VerbPresent))
            {
                return p;
            }
        }
        // An adjective from the lists, not a participle's ("last", not "citing" or "killed").
        let listed_adjective = c.contains(Pos::Adjective)
            && !c.contains(Pos::VerbPast)
            && !c.contains(Pos::VerbGerund);
        let next_noun = matches!(next, Some(Pos::Noun | Pos::NounPlural));
        let Some(j) = self.previous(i, tags, false) else {
            return self.clause_start(c, lex.default, next, next_verbal);
        };
        let pv = tags[j];
        match pv {
            Pos::Determiner
            | Pos::PossessivePronoun
            | Pos::Possessive
            | Pos::Number
            | Pos::Adjective => {
                if let Some(p) = nominal() {
                    return p;
                }
                if next_nominal || next == Some(Pos::Adjective) {
                    if let Some(p) = pick(Pos::Adjective) {
                        return p;
                    }
                }
                // No verb follows a determiner: "Israel's conduct" is a noun even if the lists
                // know only the verb.
                pick(Pos::Noun).or_else(|| pick(Pos::Adjective)).unwrap_or(
                    if self.lower(i).ends_with('s') {
                        Pos::NounPlural
                    } else {
                        Pos::Noun
                    },
                )
            }
            // "in jail": after a preposition a gerund or a noun, never a finite verb.
            Pos::Preposition => pick(Pos::VerbGerund)
                .or_else(nominal)
                .or_else(|| pick(Pos::Adjective))
                .unwrap_or(if self.lower(i).ends_with('s') {
                    Pos::NounPlural
                } else {
                    Pos::Noun
                }),
            // "send combat troops": after a main verb, a modifier of its object.
            // "denied targeting civilians", "send combat troops": a gerund, else a modifier.
            // "fired tear gas": no finite verb right after a main verb.
            _ if pv.is_verb() && next_noun => pick(Pos::VerbGerund)
                .or_else(|| pick(Pos::Adjective))
                .or_else(nominal)
                .unwrap_or(Pos::Noun),
            // "stopped attacking", "forced labor": not a second finite verb.
            _ if pv.is_verb() => pick(Pos::VerbGerund)
                .or_else(|| pick(Pos::VerbPastParticiple))
                .or_else(nominal)
                .unwrap_or(lex.default),
            // "in the valley last year"
            _ if listed_adjective && next_noun && (finite_seen || !pv.is_nominal()) => {
                Pos::Adjective
            }
            Pos::CoordConj => {
                // "was attacked and killed", "attacked and looted": the same form as before.
                match (0..j)
                    .rev()
                    .find(|&k| tags[k] != Pos::Adverb)
                    .map(|k| tags[k])
                {
                    Some(before) if before.is_verb() && c.contains(before) => before,
                    // "the new and improved plan"
                    Some(Pos::Adjective) if c.contains(Pos::Adjective) => Pos::Adjective,
                    _ => {
                        // "China denies the charge and says it is neutral": after the first
                        // verb's object, a second verb of the same form with a subject or an
                        // object of its own after it.
                        let first_verb = (0..j)
                            .rev()
                            .take_while(|&k| {
                                !matches!(tags[k], Pos::Punct | Pos::SubConj | Pos::CoordConj)
                            })
                            .map(|k| tags[k])
                            .find(|p| p.is_finite());
                        let clause_next = matches!(
                            next,
                            Some(Pos::Pronoun | Pos::Determiner | Pos::ProperNoun | Pos::SubConj)
                        );
                        match first_verb {
                            Some(v) if clause_next && c.contains(v) => v,
                            _ => self.clause_start(c, lex.default, next, next_verbal),
                        }
                    }
                }
            }
            // "Lithuania, which borders Belarus, said on Monday": the comma closes a relative
            // clause opened after the subject, so the main verb follows, in the past.
            Pos::Punct
                if self.surface(j) == ","
                    && c.contains(Pos::VerbPast)
                    && self.closes_relative(j, tags) =>
            {
                Pos::VerbPast
            }
            Pos::Punct | Pos::SubConj => self.clause_start(c, lex.default, next, next_verbal),
            _ if pv.is_nominal() || matches!(pv, Pos::Wh | Pos::Existential) => {
                let subject_pronoun =
                    pv == Pos::Pronoun && SUBJECT_PRONOUNS.contains(&self.lower(j));
                if finite_seen && !subject_pronoun {
                    // "the man arrested on Monday", "fighters backed by Iran".
                    // "a statement criticizing China": a gerund with an object is a verb.
                    let object_next = matches!(
                        next,
                        Some(
                            Pos::Determiner
                                | Pos::PossessivePronoun
                                | Pos::ProperNoun
                                | Pos::Pronoun
                                | Pos::Number
                        )
                    );
                    return pick(Pos::VerbPastParticiple)
                        .or_else(|| pick(Pos::VerbGerund).filter(|_| object_next))
                        .or_else(nominal)
                        .or_else(|| pick(Pos::VerbGerund))
                        .unwrap_or(lex.default);
                }
                // "the minister, in remarks published on Monday, urged": a noun that is a
                // preposition's object is no subject, so the form before a preposition is the
                // participle that modifies it.
                if matches!(pv, Pos::Noun | Pos::NounPlural) && next == Some(Pos::Preposition) {
                    let opener = (0..j).rev().find(|&k| {
                        !matches!(
                            tags[k],
                            Pos::Determiner | Pos::Adjective | Pos::PossessivePronoun | Pos::Number
                        )
                    });
                    if opener.is_some_and(|k| {
                        tags[k] == Pos::Preposition && ONLY_PREPOSITIONS.contains(&self.lower(k))
                    }) {
                        if let Some(p) = pick(Pos::VerbPastParticiple) {
                            return p;
                        }
                    }
                }
                if let Some(p) = pick(Pos::VerbPast) {
                    return p;
                }
                if pv == Pos::Noun || pv == Pos::NounPlural || pv == Pos::ProperNoun {
                    // "peace talks resumed" is a compound; "Russia attacks Ukraine" a verb.
                    if next_verbal {
                        if let Some(p) = nominal() {
                            return p;
                        }
                    }
                    // "plans to visit": a verb before "to" and a base form.
                    let infinitive_next = next == Some(Pos::To)
                        && lexes
                            .get(i + 2)
                            .is_some_and(|l| l.cands.contains(Pos::VerbBase));
                    // "Russia attacks Ukrainian ports": an adjective opens the object too.
                    let object_next = infinitive_next
                        || matches!(
                            next,
                            Some(
                                Pos::Determiner
                                    | Pos::PossessivePronoun
                                    | Pos::ProperNoun
                                    | Pos::Pronoun
                                    | Pos::Number
                                    | Pos::Adjective
                            )
                        );
                    // "If Russia wins in Ukraine": after a subordinating conjunction a name is
                    // the subject, and the clause needs its verb.
                    let after_conjunction = pv == Pos::ProperNoun
                        && (0..j)
                            .rev()
                            .find(|&k| tags[k] != Pos::ProperNoun)
                            .is_some_and(|k| tags[k] == Pos::SubConj);
                    // "Iran supplies drones to Russia", "India trades oil": a bare noun after it is
                    // its object when no other verb follows in the clause ("peace talks
                    // resumed" has one).
                    let bare_object = matches!(next, Some(Pos::Noun | Pos::NounPlural))
                        && !lexes[i + 1..]
                            .iter()
                            .take_while(|l| !matches!(l.default, Pos::Punct | Pos::SubConj))
                            .any(|l| l.default.is_finite());
                    if !object_next
                        && !after_conjunction
                        && !bare_object
                        && lex.default.is_nominal()
                    {
                        return lex.default;
                    }
                }
                pick(Pos::VerbPresent3)
                    .filter(|_| self.lower(i).ends_with('s'))
                    .or_else(|| pick(Pos::VerbPresent))
                    .or_else(|| pick(Pos::VerbGerund))
                    .unwrap_or(lex.default)
            }
            _ => lex.default,
        }
    }

    /// Whether the comma at `j` closes "X, which/who ...," whose X has no finite verb yet: a
    /// name or noun, a comma, then the relative word, and no finite verb before that comma.
    fn closes_relative(&self, j: usize, tags: &[Pos]) -> bool {
        let Some(w) = (0..j).rev().find(|&k| tags[k] == Pos::Wh) else {
            return false;
        };
        w >= 2
            && matches!(self.lower(w), "which" | "who")
            && self.surface(w - 1) == ","
            && tags[w - 2].is_nominal()
            && !tags[..w].iter().any(|p| p.is_finite())
            && !(w + 1..j).any(|k| self.surface(k) == ",")
    }

    /// At the start of a clause: "Talks resumed", "Fighting erupted", "Backed by Iran, ...".
    fn clause_start(&self, c: PosSet, default: Pos, next: Option<Pos>, next_verbal: bool) -> Pos {
        let pick = |p: Pos| c.contains(p).then_some(p);
        if next_verbal {
            if let Some(p) = pick(Pos::NounPlural).or_else(|| pick(Pos::Noun)) {
                return p;
            }
        }
        if c.contains(Pos::VerbPastParticiple) && next == Some(Pos::Preposition) {
            return Pos::VerbPastParticiple; // "Backed by Iran, ..."
        }
        default
    }
}
