//! The coder's language-neutral view of an analysed sentence.
//!
//! Each language adapter turns its own analyses into [`Word`]s and [`Ment`]s; everything after
//! that (clauses, triggers, roles, mode, attribution, dates) works on this view only, so a new
//! language is an adapter and lexicon data, not a new coder.

use std::ops::Range;

use dyad_model::{Actor, Location};
use dyad_morph::{Aspect, Case, CaseSet, Number};
use dyad_text::Span;

/// Coarse word class, enough for clause structure and frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Noun,
    /// A verbal noun ("nałożenie", "dostarczania").
    Ger,
    Adj,
    /// Passive participle ("oskarżana", "nałożonych").
    Ppas,
    /// Finite present/future ("uda", "zapłaci").
    Fin,
    /// Past ("przyjechał").
    Praet,
    Inf,
    Impt,
    /// Impersonal ("poinformowano", "zauważono").
    Imps,
    /// Future of "być" ("będzie").
    Bedzie,
    /// Adverbial participles ("mówiąc", "powiedziawszy").
    Pcon,
    /// Predicative ("można", "trzeba", "winien").
    Pred,
    Prep,
    Conj,
    Comp,
    Qub,
    Adv,
    Num,
    Pron,
    Punct,
    Other,
}

impl Class {
    /// Verb forms that can head a clause.
    pub(crate) fn is_finite(self) -> bool {
        matches!(
            self,
            Class::Fin | Class::Praet | Class::Imps | Class::Bedzie | Class::Pred
        )
    }

    /// Any verbal reading a verb trigger may fire on.
    pub(crate) fn is_verbal(self) -> bool {
        matches!(
            self,
            Class::Fin
                | Class::Praet
                | Class::Inf
                | Class::Impt
                | Class::Imps
                | Class::Pcon
                | Class::Ppas
        )
    }

    /// Readings a noun trigger may fire on.
    pub(crate) fn is_nominal(self) -> bool {
        matches!(self, Class::Noun | Class::Ger)
    }
}

/// One reading of a word.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    pub lemma: String,
    pub class: Class,
    pub cases: CaseSet,
    /// Bit set indexed by [`Number`]; 0 when unmarked.
    pub numbers: u8,
    pub aspect: Option<Aspect>,
}

/// One token with its readings (most likely first).
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub span: Span,
    pub lower: String,
    pub readings: Vec<Reading>,
    pub punct: bool,
}

impl Word {
    pub(crate) fn has_lemma(&self, lemma: &str) -> bool {
        self.readings.iter().any(|r| r.lemma == lemma)
    }

    pub(crate) fn has_lemma_in(&self, lemmas: &[&str]) -> bool {
        self.readings
            .iter()
            .any(|r| lemmas.contains(&r.lemma.as_str()))
    }

    pub(crate) fn has_class(&self, class: Class) -> bool {
        self.readings.iter().any(|r| r.class == class)
    }

    pub(crate) fn is_finite(&self) -> bool {
        self.readings.iter().any(|r| r.class.is_finite())
    }

    /// The first (most likely) reading's class.
    pub(crate) fn primary(&self) -> Class {
        self.readings.first().map_or(Class::Other, |r| r.class)
    }

    pub(crate) fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }

    pub(crate) fn is_any(&self, lowers: &[&str]) -> bool {
        lowers.contains(&self.lower.as_str())
    }

    /// Whether the word is a dash used as punctuation (opens or closes reported speech).
    pub(crate) fn is_dash(&self) -> bool {
        self.punct && matches!(self.lower.as_str(), "-" | "–" | "—" | "―")
    }

    /// Cases of the readings that are nouns or pronouns (or of any reading when there are none).
    pub(crate) fn nominal_cases(&self) -> CaseSet {
        let mut set = CaseSet::EMPTY;
        for r in &self.readings {
            if matches!(r.class, Class::Noun | Class::Ger | Class::Pron) {
                set = CaseSet(set.0 | r.cases.0);
            }
        }
        if set.is_empty() {
            for r in &self.readings {
                set = CaseSet(set.0 | r.cases.0);
            }
        }
        set
    }
}

/// An actor mention as the coder sees it.
#[derive(Debug, Clone)]
pub(crate) struct Ment {
    /// Token indices in the sentence.
    pub tokens: Range<usize>,
    /// The token whose case marks the mention's role.
    pub head: usize,
    pub actor: Actor,
    /// Possible cases of the mention as a whole.
    pub cases: CaseSet,
    /// Possible numbers (bit set over [`Number`]; 0 when unknown).
    pub numbers: u8,
    /// A demonym adjective standing for its country ("rosyjska inwazja").
    pub adjectival: bool,
    /// A place (city) with coordinates.
    pub place: Option<Location>,
    /// Whether the actor has a code (known to the lexicon) or is only a recognised name.
    pub coded: bool,
    /// A person (PER), as opposed to a state, organisation or role.
    pub person: bool,
    /// Set by the coder: the preposition governing the mention, if any.
    pub gov: Option<Gov>,
    /// Set by the coder: referents of "oba kraje" and the like (the mention stands for several).
    pub group: Vec<Actor>,
}

/// A governing preposition.
#[derive(Debug, Clone)]
pub(crate) struct Gov {
    pub prep: String,
    pub cases: CaseSet,
    /// The word before the preposition ("wraz" in "wraz z").
    pub before: Option<String>,
    /// The mention is an apposition inside the prepositional phrase ("w mieście Władywostok").
    pub apposition: bool,
    /// The mention is a genitive attribute of the phrase's noun ("przeciwko polityce Unii"):
    /// that noun.
    pub dependent: Option<String>,
}

impl Ment {
    pub(crate) fn has_case(&self, case: Case) -> bool {
        self.cases.contains(case)
    }

    pub(crate) fn can_be_number(&self, n: Number) -> bool {
        self.numbers == 0 || self.numbers & (1 << n as u8) != 0
    }

    /// The actors this mention stands for (several for "oba kraje").
    pub(crate) fn actors(&self) -> Vec<Actor> {
        if self.group.is_empty() {
            vec![self.actor.clone()]
        } else {
            self.group.clone()
        }
    }
}

/// One analysed sentence.
#[derive(Debug, Clone)]
pub(crate) struct SentView {
    pub span: Span,
    pub words: Vec<Word>,
    pub mentions: Vec<Ment>,
    pub paragraph_start: bool,
}
