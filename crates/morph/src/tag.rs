//! The NKJP/SGJP tag, parsed into typed features.
//!
//! SGJP writes a tag as `pos:attr:attr...`, and its compact form lets an attribute list
//! alternatives with `.` (`subst:sg:nom.acc:m2.m3`). One [`Tag`] keeps such alternatives as sets,
//! so it may stand for several atomic tags; the lexicon keeps the original string for display.

use crate::Error;

/// Part of speech (NKJP flexemic class).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Pos {
    Subst,
    Depr,
    Adj,
    AdjA,
    AdjP,
    AdjC,
    Adv,
    Num,
    NumComp,
    Ppron12,
    Ppron3,
    Siebie,
    Fin,
    Bedzie,
    Aglt,
    Praet,
    Impt,
    Imps,
    Inf,
    Pcon,
    Pant,
    Ger,
    Pact,
    Ppas,
    PactA,
    Winien,
    Pred,
    Prep,
    Conj,
    Comp,
    Qub,
    Brev,
    Burk,
    Interj,
    Interp,
    Dig,
    Romandig,
    Frag,
    Part,
    Ign,
}

impl Pos {
    /// Parses the SGJP class name (`subst`, `ppas`, ...).
    pub fn from_sgjp(name: &str) -> Option<Pos> {
        Some(match name {
            "subst" => Pos::Subst,
            "depr" => Pos::Depr,
            "adj" => Pos::Adj,
            "adja" => Pos::AdjA,
            "adjp" => Pos::AdjP,
            "adjc" => Pos::AdjC,
            "adv" => Pos::Adv,
            "num" => Pos::Num,
            "numcomp" => Pos::NumComp,
            "ppron12" => Pos::Ppron12,
            "ppron3" => Pos::Ppron3,
            "siebie" => Pos::Siebie,
            "fin" => Pos::Fin,
            "bedzie" => Pos::Bedzie,
            "aglt" => Pos::Aglt,
            "praet" => Pos::Praet,
            "impt" => Pos::Impt,
            "imps" => Pos::Imps,
            "inf" => Pos::Inf,
            "pcon" => Pos::Pcon,
            "pant" => Pos::Pant,
            "ger" => Pos::Ger,
            "pact" => Pos::Pact,
            "ppas" => Pos::Ppas,
            "pacta" => Pos::PactA,
            "winien" => Pos::Winien,
            "pred" => Pos::Pred,
            "prep" => Pos::Prep,
            "conj" => Pos::Conj,
            "comp" => Pos::Comp,
            "qub" => Pos::Qub,
            "brev" => Pos::Brev,
            "burk" => Pos::Burk,
            "interj" => Pos::Interj,
            "interp" => Pos::Interp,
            "dig" => Pos::Dig,
            "romandig" => Pos::Romandig,
            "frag" => Pos::Frag,
            "part" => Pos::Part,
            "ign" => Pos::Ign,
            _ => return None,
        })
    }

    /// Whether the class inflects like a noun (has case, number and gender of its own).
    pub fn is_nominal(self) -> bool {
        matches!(self, Pos::Subst | Pos::Depr | Pos::Ger)
    }

    /// Whether the class agrees with a noun like an adjective does.
    pub fn is_adjectival(self) -> bool {
        matches!(self, Pos::Adj | Pos::Pact | Pos::Ppas)
    }
}

/// Grammatical case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Inst,
    Loc,
    Voc,
}

impl Case {
    /// All cases, in SGJP order.
    pub const ALL: [Case; 7] = [
        Case::Nom,
        Case::Gen,
        Case::Dat,
        Case::Acc,
        Case::Inst,
        Case::Loc,
        Case::Voc,
    ];

    /// Parses the SGJP case name (`nom`, `gen`, ...).
    pub fn from_sgjp(name: &str) -> Option<Case> {
        Some(match name {
            "nom" => Case::Nom,
            "gen" => Case::Gen,
            "dat" => Case::Dat,
            "acc" => Case::Acc,
            "inst" => Case::Inst,
            "loc" => Case::Loc,
            "voc" => Case::Voc,
            _ => return None,
        })
    }
}

/// A set of cases (compact tags like `nom.acc` give several).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CaseSet(pub u8);

impl CaseSet {
    /// The empty set.
    pub const EMPTY: CaseSet = CaseSet(0);
    /// Whether `case` is in the set.
    pub fn contains(self, case: Case) -> bool {
        self.0 & (1 << case as u8) != 0
    }
    /// Adds `case`.
    pub fn insert(&mut self, case: Case) {
        self.0 |= 1 << case as u8;
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Intersection.
    pub fn and(self, other: CaseSet) -> CaseSet {
        CaseSet(self.0 & other.0)
    }
    /// The set holding just `case`.
    pub fn single(case: Case) -> CaseSet {
        CaseSet(1 << case as u8)
    }
    /// The cases in the set, in SGJP order.
    pub fn iter(self) -> impl Iterator<Item = Case> {
        Case::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Number {
    Sg,
    Pl,
}

/// Grammatical gender (SGJP: m1 personal, m2 animate, m3 inanimate, f, n).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Gender {
    M1,
    M2,
    M3,
    F,
    N,
}

/// Person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Person {
    Pri,
    Sec,
    Ter,
}

/// Aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Aspect {
    Imperf,
    Perf,
}

/// Degree of adjectives and adverbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Degree {
    Pos,
    Com,
    Sup,
}

/// SGJP proper-name class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameClass {
    /// nazwa_geograficzna, człon_nazwy_geograficznej
    Geographic,
    /// imię
    FirstName,
    /// nazwisko (and its variants)
    Surname,
    /// nazwa_organizacji, nazwa_instytucji, nazwa_firmy, marka
    Organisation,
    /// any other proper name (nazwa_własna, pseudonim, tytuł, ...)
    OtherProper,
}

impl NameClass {
    /// Maps SGJP's name-class field (`nazwisko`, `imię|nazwisko`, `nazwa_pospolita`, ...) to a
    /// class; common nouns and an empty field give `None`. With several classes the first proper
    /// one wins, because SGJP lists the main use first.
    pub fn from_sgjp(field: &str) -> Option<NameClass> {
        field.split('|').find_map(|part| {
            let part = part.trim();
            if part.is_empty() || part.contains("pospolita") {
                None
            } else if part.contains("geograficzn") {
                Some(NameClass::Geographic)
            } else if part == "imię" || part == "patronimicum" {
                Some(NameClass::FirstName)
            } else if part.contains("nazwisk") {
                Some(NameClass::Surname)
            } else if part.contains("organizacji")
                || part.contains("instytucji")
                || part.contains("firmy")
                || part == "marka"
            {
                Some(NameClass::Organisation)
            } else {
                Some(NameClass::OtherProper)
            }
        })
    }

    /// The SGJP name of the class, as `dyad analyse` prints it.
    pub fn sgjp_name(self) -> &'static str {
        match self {
            NameClass::Geographic => "nazwa_geograficzna",
            NameClass::FirstName => "imię",
            NameClass::Surname => "nazwisko",
            NameClass::Organisation => "nazwa_organizacji",
            NameClass::OtherProper => "nazwa_własna",
        }
    }
}

/// A parsed tag. Compact SGJP alternatives (`sg.pl`, `nom.acc`, `m2.m3`) are kept as sets, so one
/// `Tag` may stand for several of SGJP's atomic tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag {
    /// Part of speech.
    pub pos: Pos,
    /// Cases (empty for uninflected classes).
    pub cases: CaseSet,
    /// Numbers, as a bit set indexed by [`Number`].
    pub numbers: u8,
    /// Genders, as a bit set indexed by [`Gender`].
    pub genders: u8,
    /// Person of finite verbs, when marked.
    pub person: Option<Person>,
    /// Aspect of verbs, when marked (`None` also for the rare `imperf.perf` biaspectual verbs).
    pub aspect: Option<Aspect>,
    /// Degree of adjectives and adverbs, when marked.
    pub degree: Option<Degree>,
    /// Negated gerunds and participles (`neg`).
    pub negated: bool,
    /// Index of the full SGJP tag string in the lexicon's tag table (for display).
    pub id: u16,
}

impl Tag {
    /// Whether the tag allows `number`.
    pub fn has_number(&self, number: Number) -> bool {
        self.numbers & (1 << number as u8) != 0
    }
    /// Whether the tag allows `gender`.
    pub fn has_gender(&self, gender: Gender) -> bool {
        self.genders & (1 << gender as u8) != 0
    }
    /// Whether the tag allows `case`.
    pub fn has_case(&self, case: Case) -> bool {
        self.cases.contains(case)
    }

    /// Parses an SGJP tag string; `id` is its index in the lexicon's tag table.
    pub fn parse(tag: &str, id: u16) -> Result<Tag, Error> {
        let mut parts = tag.split(':');
        let pos_name = parts.next().unwrap_or("");
        let pos = Pos::from_sgjp(pos_name).ok_or_else(|| Error::BadTag(tag.to_string()))?;
        let mut out = Tag {
            pos,
            cases: CaseSet::EMPTY,
            numbers: 0,
            genders: 0,
            person: None,
            aspect: None,
            degree: None,
            negated: false,
            id,
        };
        for part in parts {
            let mut aspects = 0u8;
            for value in part.split('.') {
                if let Some(case) = Case::from_sgjp(value) {
                    out.cases.insert(case);
                    continue;
                }
                match value {
                    "sg" => out.numbers |= 1 << Number::Sg as u8,
                    "pl" => out.numbers |= 1 << Number::Pl as u8,
                    "m1" => out.genders |= 1 << Gender::M1 as u8,
                    "m2" => out.genders |= 1 << Gender::M2 as u8,
                    "m3" => out.genders |= 1 << Gender::M3 as u8,
                    "f" => out.genders |= 1 << Gender::F as u8,
                    "n" => out.genders |= 1 << Gender::N as u8,
                    "pri" => out.person = Some(Person::Pri),
                    "sec" => out.person = Some(Person::Sec),
                    "ter" => out.person = Some(Person::Ter),
                    "imperf" => aspects |= 1,
                    "perf" => aspects |= 2,
                    "pos" => out.degree = Some(Degree::Pos),
                    "com" => out.degree = Some(Degree::Com),
                    "sup" => out.degree = Some(Degree::Sup),
                    "neg" => out.negated = true,
                    // Attributes dyad does not model (accentability, post-prepositional forms,
                    // vocalicity, agglutination, accommodation, noun subclasses) are kept only
                    // in the tag string.
                    _ => {}
                }
            }
            match aspects {
                1 => out.aspect = Some(Aspect::Imperf),
                2 => out.aspect = Some(Aspect::Perf),
                _ => {}
            }
        }
        Ok(out)
    }
}

/// What to generate: every `Some` field must be allowed by a form's tag for the form to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TagFilter {
    /// Part of speech.
    pub pos: Option<Pos>,
    /// Case.
    pub case: Option<Case>,
    /// Number.
    pub number: Option<Number>,
    /// Gender.
    pub gender: Option<Gender>,
    /// Degree.
    pub degree: Option<Degree>,
    /// Negation (for participles and gerunds).
    pub negated: Option<bool>,
}

impl TagFilter {
    /// Whether `tag` satisfies the filter.
    pub fn matches(&self, tag: &Tag) -> bool {
        self.pos.is_none_or(|p| p == tag.pos)
            && self.case.is_none_or(|c| tag.has_case(c))
            && self.number.is_none_or(|n| tag.has_number(n))
            && self.gender.is_none_or(|g| tag.has_gender(g))
            && self.degree.is_none_or(|d| tag.degree == Some(d))
            && self.negated.is_none_or(|n| tag.negated == n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_compact_alternatives() {
        let t = Tag::parse("subst:sg.pl:nom.gen:m2.m3", 7).unwrap();
        assert_eq!(t.pos, Pos::Subst);
        assert!(t.has_case(Case::Nom) && t.has_case(Case::Gen) && !t.has_case(Case::Dat));
        assert!(t.has_number(Number::Sg) && t.has_number(Number::Pl));
        assert!(t.has_gender(Gender::M2) && t.has_gender(Gender::M3) && !t.has_gender(Gender::F));
        assert_eq!(t.id, 7);
    }

    #[test]
    fn parses_verbal_features() {
        let t = Tag::parse("fin:sg:ter:perf", 0).unwrap();
        assert_eq!(
            (t.pos, t.person, t.aspect),
            (Pos::Fin, Some(Person::Ter), Some(Aspect::Perf))
        );
        let t = Tag::parse("ger:sg:nom.acc:n:imperf:neg", 0).unwrap();
        assert!(t.negated);
        let t = Tag::parse("adj:sg:gen:f:sup", 0).unwrap();
        assert_eq!(t.degree, Some(Degree::Sup));
    }

    #[test]
    fn rejects_unknown_class() {
        assert!(Tag::parse("foo:sg", 0).is_err());
        assert!(Tag::parse("", 0).is_err());
    }

    #[test]
    fn name_classes() {
        let table = [
            ("nazwisko", Some(NameClass::Surname)),
            ("imię|nazwisko", Some(NameClass::FirstName)),
            ("nazwa_pospolita", None),
            ("nazwa_pospolita|nazwisko", Some(NameClass::Surname)),
            ("człon_nazwy_geograficznej", Some(NameClass::Geographic)),
            ("nazwa_firmy", Some(NameClass::Organisation)),
            ("pseudonim", Some(NameClass::OtherProper)),
            ("", None),
        ];
        for (field, want) in table {
            assert_eq!(NameClass::from_sgjp(field), want, "{field}");
        }
    }
}
