//! Part-of-speech tags: a coarse Penn-like set, enough for chunking and role finding.

/// A part of speech. [`Pos::penn`] gives the nearest Penn Treebank tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Pos {
    /// Singular or mass noun ("attack", "peace").
    Noun,
    /// Plural noun ("troops").
    NounPlural,
    /// Proper noun, including capitalised titles and demonyms ("Russia", "Gen.", "Russian").
    ProperNoun,
    /// Personal or indefinite pronoun ("they", "him", "someone").
    Pronoun,
    /// Possessive pronoun ("their").
    PossessivePronoun,
    /// Determiner ("the", "this", "every").
    Determiner,
    /// Cardinal number ("12", "five").
    Number,
    /// Adjective, including ordinals and participles used as modifiers ("new", "21st", "wounded").
    Adjective,
    /// Adverb ("also", "reportedly").
    Adverb,
    /// Negation ("not", "n't", "never").
    Negation,
    /// Preposition ("against", "with").
    Preposition,
    /// "to": infinitive marker or preposition, decided by the chunker.
    To,
    /// Coordinating conjunction ("and", "but").
    CoordConj,
    /// Subordinating conjunction ("if", "because", "that" introducing a clause).
    SubConj,
    /// Modal verb ("will", "could", "may").
    Modal,
    /// Verb, base form ("attack" after "will", "to", "did").
    VerbBase,
    /// Verb, present tense, not third person singular ("they attack").
    VerbPresent,
    /// Verb, present tense, third person singular ("attacks").
    VerbPresent3,
    /// Verb, past tense ("attacked", "went").
    VerbPast,
    /// Verb, past participle ("attacked" after "was", "gone").
    VerbPastParticiple,
    /// Verb, gerund or present participle ("attacking").
    VerbGerund,
    /// Wh-word or relative pronoun ("who", "which", "where"; "that" after a noun).
    Wh,
    /// Existential "there".
    Existential,
    /// Possessive ending ("'s", "'").
    Possessive,
    /// Punctuation.
    Punct,
    /// Symbols, URLs, anything else.
    Symbol,
}

impl Pos {
    /// Every tag, in declaration order.
    pub const ALL: [Pos; 26] = [
        Pos::Noun,
        Pos::NounPlural,
        Pos::ProperNoun,
        Pos::Pronoun,
        Pos::PossessivePronoun,
        Pos::Determiner,
        Pos::Number,
        Pos::Adjective,
        Pos::Adverb,
        Pos::Negation,
        Pos::Preposition,
        Pos::To,
        Pos::CoordConj,
        Pos::SubConj,
        Pos::Modal,
        Pos::VerbBase,
        Pos::VerbPresent,
        Pos::VerbPresent3,
        Pos::VerbPast,
        Pos::VerbPastParticiple,
        Pos::VerbGerund,
        Pos::Wh,
        Pos::Existential,
        Pos::Possessive,
        Pos::Punct,
        Pos::Symbol,
    ];

    /// The nearest Penn Treebank tag.
    pub fn penn(self) -> &'static str {
        match self {
            Pos::Noun => "NN",
            Pos::NounPlural => "NNS",
            Pos::ProperNoun => "NNP",
            Pos::Pronoun => "PRP",
            Pos::PossessivePronoun => "PRP$",
            Pos::Determiner => "DT",
            Pos::Number => "CD",
            Pos::Adjective => "JJ",
            Pos::Adverb | Pos::Negation => "RB",
            Pos::Preposition | Pos::SubConj => "IN",
            Pos::To => "TO",
            Pos::CoordConj => "CC",
            Pos::Modal => "MD",
            Pos::VerbBase => "VB",
            Pos::VerbPresent => "VBP",
            Pos::VerbPresent3 => "VBZ",
            Pos::VerbPast => "VBD",
            Pos::VerbPastParticiple => "VBN",
            Pos::VerbGerund => "VBG",
            Pos::Wh => "WDT",
            Pos::Existential => "EX",
            Pos::Possessive => "POS",
            Pos::Punct => ".",
            Pos::Symbol => "SYM",
        }
    }

    /// Parses a tag name of the data files (`closed.tsv`).
    pub(crate) fn from_data(name: &str) -> Option<Pos> {
        Some(match name {
            "N" => Pos::Noun,
            "NNS" => Pos::NounPlural,
            "NNP" => Pos::ProperNoun,
            "PRON" => Pos::Pronoun,
            "POSS" => Pos::PossessivePronoun,
            "DET" => Pos::Determiner,
            "NUM" => Pos::Number,
            "ADJ" => Pos::Adjective,
            "ADV" => Pos::Adverb,
            "NEG" => Pos::Negation,
            "PREP" => Pos::Preposition,
            "TO" => Pos::To,
            "CC" => Pos::CoordConj,
            "SC" => Pos::SubConj,
            "MD" => Pos::Modal,
            "VB" => Pos::VerbBase,
            "VBP" => Pos::VerbPresent,
            "VBZ" => Pos::VerbPresent3,
            "VBD" => Pos::VerbPast,
            "VBN" => Pos::VerbPastParticiple,
            "VBG" => Pos::VerbGerund,
            "WH" => Pos::Wh,
            "EX" => Pos::Existential,
            "POS" => Pos::Possessive,
            _ => return None,
        })
    }

    /// Any verb form, modals included.
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Pos::Modal
                | Pos::VerbBase
                | Pos::VerbPresent
                | Pos::VerbPresent3
                | Pos::VerbPast
                | Pos::VerbPastParticiple
                | Pos::VerbGerund
        )
    }

    /// A verb form that carries tense ("attacks", "attacked", "will").
    pub fn is_finite(self) -> bool {
        matches!(
            self,
            Pos::Modal | Pos::VerbPresent | Pos::VerbPresent3 | Pos::VerbPast
        )
    }

    /// Nouns, proper nouns and pronouns.
    pub fn is_nominal(self) -> bool {
        matches!(
            self,
            Pos::Noun | Pos::NounPlural | Pos::ProperNoun | Pos::Pronoun
        )
    }
}

/// A set of tags (a bitset over [`Pos`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct PosSet(u32);

impl PosSet {
    /// The empty set.
    pub const EMPTY: PosSet = PosSet(0);

    /// A set of one tag.
    pub const fn of(pos: Pos) -> PosSet {
        PosSet(1 << pos as u32)
    }

    /// The set with `pos` added.
    #[must_use]
    pub const fn with(self, pos: Pos) -> PosSet {
        PosSet(self.0 | 1 << pos as u32)
    }

    /// The union.
    #[must_use]
    pub const fn union(self, other: PosSet) -> PosSet {
        PosSet(self.0 | other.0)
    }

    /// Whether `pos` is in the set.
    pub const fn contains(self, pos: Pos) -> bool {
        self.0 & (1 << pos as u32) != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Number of tags in the set.
    pub const fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// Whether any tag satisfies `f`.
    pub fn any(self, f: impl Fn(Pos) -> bool) -> bool {
        Pos::ALL.iter().any(|&p| self.contains(p) && f(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_declaration_order() {
        for (index, pos) in Pos::ALL.iter().enumerate() {
            assert_eq!(*pos as usize, index);
        }
    }

    #[test]
    fn sets() {
        let set = PosSet::of(Pos::Noun).with(Pos::VerbPast);
        assert!(set.contains(Pos::Noun) && set.contains(Pos::VerbPast));
        assert!(!set.contains(Pos::VerbBase));
        assert_eq!(set.len(), 2);
        assert!(set.any(Pos::is_verb));
    }
}
