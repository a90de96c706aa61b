//! PETRARCH verb patterns to dyad's English event-trigger format (`lexicons/README.md`).
//!
//! Each verb block becomes entries whose `v:` head is the lemma of the block's verbs; a
//! pattern's words become companions (a synonym set one choice set, its multi-word members
//! entries of their own), `$` before the verb the subject, `$`/`+` right after it the object,
//! `(TO +)` (or TABARI's `TO_ +`) a preposition slot, an empty `(TO)` a preposition target,
//! words joined by `_` companions that stand next to each other (`new_economic|cultural_relation`,
//! `recently_*`, `*_off`; a synonym set's multi-word members are joined too). What dyad cannot
//! say is left out and counted: the order of words not joined, `^` skips, markers after a noun.
//!
//! Two uses share the code: [`Use::Suite`] keeps everything PETRARCH's unit tests need (codes
//! outside CAMEO, `[---]` patterns that block an event, `%` compounds, reciprocal codes) and
//! records it in [`PatternInfo`] for the evaluator, which maps an event back by its rule;
//! [`Use::Lexicon`] keeps only what a CAMEO lexicon can carry as is.

use std::collections::{BTreeSet, HashMap, HashSet};

use dyad_english::{English, Pos};
use dyad_lexicon::{CodeBook, EventLexicon};
use dyad_model::Lang;

use crate::verbs::{Element, EventCode, Pattern, Verb, VerbBlock, VerbDictionary};
use crate::Result;

/// What the conversion is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Running PETRARCH's suite: keep every pattern dyad can match, whatever its code.
    Suite,
    /// A lexicon file: CAMEO codes only, one event a pattern, no entry shadowed by another.
    Lexicon,
}

/// What the evaluator must know about a converted entry that dyad's format does not carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternInfo {
    /// PETRARCH's code for source → target (may be outside CAMEO: `174K`, `901`).
    pub primary: Option<String>,
    /// PETRARCH's code for target → source (`[032:033]`).
    pub reciprocal: Option<String>,
    /// `%`: the subject is a compound whose members act on each other.
    pub compound: bool,
    /// Line in the verb dictionary (the block header for a default entry).
    pub line: usize,
}

/// A converted dictionary: the lexicon text and what it leaves out.
#[derive(Debug, Clone, Default)]
pub struct Conversion {
    /// Entry lines in dyad's format (tab-separated, no header).
    pub lines: Vec<String>,
    /// Entry id → PETRARCH's codes and line.
    pub patterns: HashMap<String, PatternInfo>,
    /// `(line, reason)` for every pattern or verb left out.
    pub left_out: Vec<(usize, String)>,
}

impl Conversion {
    /// The lexicon text: the entry lines.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// The file name and category under which [`Use::Suite`] conversions are parsed.
pub const SUITE_FILE: &str = "petrarch/petrarch.tsv";
/// The category of [`SUITE_FILE`].
pub const SUITE_CATEGORY: &str = "petrarch";

/// English prepositions a TABARI-style `WORD $` may use as a slot.
const PREPOSITIONS: &[&str] = &[
    "to", "with", "against", "on", "in", "at", "by", "from", "for", "of", "into", "over", "toward",
    "towards", "about", "between", "among", "near", "upon", "after", "before", "under", "through",
    "across", "behind", "within", "onto", "along", "around", "beyond", "despite", "via", "off",
    "out", "up", "down", "inside", "outside",
];

/// Where the target is when a pattern does not say: PETRARCH2 takes the object, else the
/// object of a prepositional phrase of the verb. The order is measured on PETRARCH's suite
/// (places first: "arrived in Gondor on his first official visit").
const DEFAULT_TARGET_SUITE: &[&str] = &[
    "obj", "by", "in", "at", "to", "into", "against", "for", "with", "from", "on", "near", "over",
    "toward", "towards", "about", "of", "between",
];
/// The prepositions whose phrase PETRARCH's `$`/`+` after a noun (`+ * MONEY $`) stands for,
/// those that mostly attach to a noun first ("money from Osgiliath, ... ties with Gondor").
const NOUN_PREPOSITIONS: &[&str] = &[
    "of", "from", "to", "for", "by", "with", "against", "on", "over", "toward", "towards", "about",
    "between", "in", "at", "into", "near",
];
/// The same for the lexicon file, without the prepositions that mostly give places and
/// topics in news ("in", "of", "about"), which would make targets of them.
const DEFAULT_TARGET_LEXICON: &[&str] = &[
    "obj", "with", "to", "against", "from", "for", "on", "at", "toward", "towards",
];

/// Most alternatives a synonym set may multiply one pattern into.
const MAX_VARIANTS: usize = 64;

/// A lemma as dyad's lexicon accepts it: lower-case letters with `-` or `'` inside.
fn is_lemma(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic)
        && word
            .chars()
            .all(|c| (c.is_alphabetic() && !c.is_uppercase()) || c == '-' || c == '\'')
}

/// Lemmatises PETRARCH's words with dyad's English analyser, so that companions and heads are
/// what the coder compares against.
pub struct Lemmas {
    english: English,
}

impl Default for Lemmas {
    fn default() -> Self {
        Lemmas::new()
    }
}

impl Lemmas {
    /// Loads the analyser's word lists.
    pub fn new() -> Lemmas {
        Lemmas {
            english: English::new(),
        }
    }

    /// The lemma of a verb as a dictionary writes it (`ABANDON`, `LEFT`, `DENIED`, `FEARS`).
    pub fn verb(&self, word: &str) -> Option<String> {
        let w = word.to_lowercase();
        let pos = if w.ends_with("ing") {
            Pos::VerbGerund
        } else if w.ends_with('s') && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
        {
            Pos::VerbPresent3
        } else {
            Pos::VerbPast
        };
        let lemma = self.english.lemma(&w, pos).into_owned();
        is_lemma(&lemma).then_some(lemma)
    }

    /// The ways a pattern word may show up as a token's lemma: the word and its noun and verb
    /// lemmas (`TIES` → tie, ties; `DEMANDS` → demand, demands).
    pub fn choices(&self, word: &str) -> Vec<String> {
        let w = word.to_lowercase();
        let mut out: Vec<String> = Vec::new();
        let poses = [
            Pos::NounPlural,
            Pos::VerbPast,
            Pos::VerbGerund,
            Pos::VerbPresent3,
        ];
        for candidate in poses
            .iter()
            .map(|&pos| self.english.lemma(&w, pos).into_owned())
            .chain(std::iter::once(w.clone()))
        {
            if is_lemma(&candidate) && !out.contains(&candidate) {
                out.push(candidate);
            }
        }
        out
    }
}

/// One companion requirement: lemmas, any of which satisfies it. The first item may be a
/// mark of where it must stand ([`JOINED`], [`BEFORE_HEAD`], [`AFTER_HEAD`]).
type Choices = Vec<String>;

/// Mark of a requirement that stands right after the one before it (`NEW_&TIETYPES`).
const JOINED: &str = "_";
/// Mark of a requirement right before the verb (`RECENTLY_*`).
const BEFORE_HEAD: &str = "*<";
/// Mark of a requirement right after the verb (`*_OFF`).
const AFTER_HEAD: &str = "*>";

/// The marks of a requirement (none, one or two) and its lemmas.
fn marked(choices: &Choices) -> (&[String], &[String]) {
    let n = choices
        .iter()
        .take_while(|c| matches!(c.as_str(), JOINED | BEFORE_HEAD | AFTER_HEAD))
        .count();
    choices.split_at(n)
}

/// Marks the first (or last) requirement of every variant of a term.
fn mark(variants: &mut [Variant], first: bool, how: &str) {
    for v in variants {
        let req = if first { v.first_mut() } else { v.last_mut() };
        if let Some(req) = req {
            if !marked(req).0.iter().any(|m| m == how) {
                req.insert(0, how.to_owned());
            }
        }
    }
}
/// One way of satisfying a pattern's words: a list of requirements.
type Variant = Vec<Choices>;

/// The frame a pattern gives, before defaults.
#[derive(Debug, Default)]
struct Frame {
    source: Option<Vec<String>>,
    target: Option<Vec<String>>,
    /// Empty prepositional phrases (`(TO)`): targets to try before the defaults.
    empty_preps: Vec<String>,
    compound: bool,
    /// Pattern words and sets, each with its alternatives.
    terms: Vec<Vec<Variant>>,
    /// How the next term stands, after a `_`: right after the term before it
    /// ([`JOINED`]) or right after the verb ([`AFTER_HEAD`]).
    join_next: Option<&'static str>,
}

impl Frame {
    /// Adds a term, joined to what comes before it if a `_` said so.
    fn push(&mut self, mut variants: Vec<Variant>) {
        if let Some(how) = self.join_next.take() {
            mark(&mut variants, true, how);
        }
        self.terms.push(variants);
    }
}

struct Converter<'a> {
    dict: &'a VerbDictionary,
    lemmas: &'a Lemmas,
    book: &'a CodeBook,
    usage: Use,
}

impl Converter<'_> {
    /// The alternatives of a word: one variant with one requirement, or none when the word
    /// cannot be a lemma (`F-16`, `50-CALIBER`).
    fn word(&self, word: &str) -> std::result::Result<Vec<Variant>, String> {
        let choices = self.lemmas.choices(word);
        if choices.is_empty() {
            return Err(format!("word {word:?} is not a lemma dyad can match"));
        }
        Ok(vec![vec![choices]])
    }

    /// The alternatives of a synonym set: its one-word members merged into one requirement,
    /// each longer member a variant of its own; nested sets expanded.
    fn synset(&self, name: &str, depth: usize) -> std::result::Result<Vec<Variant>, String> {
        let Some(set) = self.dict.synsets.get(name) else {
            return Err(format!("synonym set &{name} is not defined"));
        };
        if depth > 4 {
            return Err(format!("synonym set &{name} nests too deep"));
        }
        let mut single: Choices = Vec::new();
        let mut variants: Vec<Variant> = Vec::new();
        for member in &set.members {
            // A member's own alternatives: the product of its elements'.
            let mut member_variants: Vec<Variant> = vec![Vec::new()];
            let mut usable = true;
            for element in member {
                let alternatives = match element {
                    Element::Word(w) => match self.word(w) {
                        Ok(v) => v,
                        // One member PETRARCH could match and dyad cannot: the set keeps the rest.
                        Err(_) => {
                            usable = false;
                            break;
                        }
                    },
                    Element::Synset(inner) => self.synset(inner, depth + 1)?,
                    // A member's words stand together whether `_` or a space joins them.
                    Element::Join => continue,
                    _ => {
                        usable = false;
                        break;
                    }
                };
                let mut alternatives = alternatives;
                if member_variants.iter().any(|v| !v.is_empty()) {
                    mark(&mut alternatives, true, JOINED);
                }
                member_variants = product(&member_variants, &alternatives);
            }
            if !usable {
                continue;
            }
            for variant in member_variants {
                // In a lexicon file a longer member stands for its last word, the head noun
                // ("UNMANNED_AERIAL_DRONE" → drone): the sets are large and each variant would
                // be an entry of its own.
                let variant = match (self.usage, variant.last()) {
                    (Use::Lexicon, Some(last)) => vec![marked(last).1.to_vec()],
                    _ => variant,
                };
                if let [one] = variant.as_slice() {
                    for c in one {
                        if !single.contains(c) {
                            single.push(c.clone());
                        }
                    }
                } else if !variant.is_empty() {
                    variants.push(variant);
                }
            }
        }
        if !single.is_empty() {
            variants.insert(0, vec![single]);
        }
        if variants.is_empty() {
            return Err(format!("no member of &{name} is a lemma dyad can match"));
        }
        Ok(variants)
    }

    fn term(&self, element: &Element) -> std::result::Result<Vec<Variant>, String> {
        match element {
            Element::Word(w) => self.word(w),
            Element::Synset(s) => self.synset(s, 0),
            _ => Err("unexpected marker".into()),
        }
    }

    /// Prepositions named by a word or a set (`&PREPOSIT1`), as slot names.
    fn prepositions(&self, element: &Element) -> std::result::Result<Vec<String>, String> {
        let words: Vec<String> = match element {
            Element::Word(w) => vec![w.to_lowercase()],
            Element::Synset(s) => self
                .dict
                .synsets
                .get(s)
                .ok_or_else(|| format!("synonym set &{s} is not defined"))?
                .members
                .iter()
                .filter_map(|m| match m.as_slice() {
                    [Element::Word(w)] => Some(w.to_lowercase()),
                    _ => None,
                })
                .collect(),
            _ => return Err("a phrase must start with its preposition".into()),
        };
        if words.is_empty() || words.iter().any(|w| !PREPOSITIONS.contains(&w.as_str())) {
            return Err(format!("preposition not known to dyad in {words:?}"));
        }
        Ok(words)
    }

    /// Words of a noun phrase or the rest of a prepositional phrase, as terms; markers inside
    /// are not expected there.
    fn phrase_terms(
        &self,
        elements: &[Element],
        frame: &mut Frame,
    ) -> std::result::Result<(), String> {
        for element in elements {
            match element {
                Element::Word(_) | Element::Synset(_) => frame.push(self.term(element)?),
                Element::NounPhrase(inner) => self.phrase_terms(inner, frame)?,
                Element::PrepPhrase(inner) => self.prep_phrase(inner, frame)?,
                Element::Skip => frame.join_next = None,
                Element::Join => frame.join_next = Some(JOINED),
                _ => return Err("a role marker inside a noun phrase".into()),
            }
        }
        Ok(())
    }

    fn prep_phrase(&self, inner: &[Element], frame: &mut Frame) -> std::result::Result<(), String> {
        let Some((prep, rest)) = inner.split_first() else {
            return Err("an empty phrase".into());
        };
        let preps = self.prepositions(prep)?;
        let marker = rest
            .iter()
            .find(|e| matches!(e, Element::Source | Element::Target | Element::Compound));
        // The preposition is a companion whatever its role: the pattern then outranks the
        // verb's default entry when the phrase is there, as in PETRARCH.
        frame.join_next = None;
        frame.push(self.term(prep)?);
        match marker {
            Some(Element::Source) => set_once(&mut frame.source, preps, "source")?,
            Some(Element::Target) => set_once(&mut frame.target, preps, "target")?,
            Some(_) => return Err("`%` inside a phrase".into()),
            None if rest.is_empty() => frame.empty_preps.extend(preps),
            None => {}
        }
        let words: Vec<Element> = rest
            .iter()
            .filter(|e| !matches!(e, Element::Source | Element::Target))
            .cloned()
            .collect();
        self.phrase_terms(&words, frame)
    }

    fn frame(&self, pattern: &Pattern) -> std::result::Result<Frame, String> {
        let mut frame = Frame::default();
        for element in &pattern.before {
            if !matches!(
                element,
                Element::Join | Element::Word(_) | Element::Synset(_)
            ) {
                frame.join_next = None;
            }
            match element {
                Element::Source => set_once(&mut frame.source, vec!["subj".into()], "source")?,
                Element::Target => set_once(&mut frame.target, vec!["subj".into()], "target")?,
                Element::Compound => frame.compound = true,
                Element::Skip => {}
                Element::Join => frame.join_next = Some(JOINED),
                Element::Word(_) | Element::Synset(_) => frame.push(self.term(element)?),
                Element::NounPhrase(inner) => self.phrase_terms(inner, &mut frame)?,
                Element::PrepPhrase(inner) => self.prep_phrase(inner, &mut frame)?,
            }
        }
        // `RECENTLY_*`: the last word before the verb stands right before it.
        if frame.join_next.take().is_some()
            && matches!(
                pattern.before.iter().rev().nth(1),
                Some(Element::Word(_) | Element::Synset(_))
            )
        {
            if let Some(last) = frame.terms.last_mut() {
                mark(last, false, BEFORE_HEAD);
            }
        }
        let after = &pattern.after;
        for (i, element) in after.iter().enumerate() {
            if !matches!(
                element,
                Element::Join | Element::Word(_) | Element::Synset(_)
            ) {
                frame.join_next = None;
            }
            match element {
                // `*_OFF`: the word after `_` stands right after the verb.
                Element::Join => {
                    frame.join_next = Some(if i == 0 { AFTER_HEAD } else { JOINED });
                }
                // After the verb `%` is a target that may be a compound ("agrees with the
                // Philippines and France"): the coder gives one event per member anyway.
                Element::Source | Element::Target | Element::Compound => {
                    let slot = match i.checked_sub(1).map(|j| &after[j]) {
                        None => vec!["obj".to_owned()],
                        Some(prev @ (Element::Word(_) | Element::Synset(_))) => {
                            match self.prepositions(prev) {
                                Ok(preps) => preps,
                                // `+ * MONEY $` ("received money from Osgiliath"): after a
                                // noun, the actor of the phrase that follows it; the noun is
                                // a companion already. For the suite only: a lexicon would
                                // find places and topics there.
                                Err(_) if self.usage == Use::Suite => {
                                    NOUN_PREPOSITIONS.iter().map(|p| (*p).to_owned()).collect()
                                }
                                Err(reason) => return Err(reason),
                            }
                        }
                        Some(_) => return Err("a role marker after a skip or phrase".into()),
                    };
                    if matches!(element, Element::Source) {
                        set_once(&mut frame.source, slot, "source")?;
                    } else {
                        set_once(&mut frame.target, slot, "target")?;
                    }
                }
                // TABARI's `IN_ $`: the word is the marker's preposition, and also a companion,
                // so that the pattern outranks the verb's default entry when it is there, as
                // it does in PETRARCH.
                Element::Word(_) | Element::Synset(_) => frame.push(self.term(element)?),
                Element::Skip => {}
                Element::NounPhrase(inner) => self.phrase_terms(inner, &mut frame)?,
                Element::PrepPhrase(inner) => self.prep_phrase(inner, &mut frame)?,
            }
        }
        Ok(frame)
    }

    /// The cameo field of an entry, or why it has none.
    fn cameo(&self, code: &EventCode) -> std::result::Result<String, String> {
        let in_book = |c: &Option<String>| c.as_ref().filter(|c| self.book.contains(c)).cloned();
        match self.usage {
            Use::Lexicon => {
                if code.is_null() {
                    return Err("code [---]: the pattern only blocks an event".into());
                }
                match &code.primary {
                    None => Err("only a reverse-direction code".into()),
                    Some(p) => in_book(&code.primary)
                        .ok_or_else(|| format!("code {p} is not in the CAMEO code book")),
                }
            }
            // The evaluator maps events back to PETRARCH's codes by rule, so any valid code
            // stands in for one CAMEO lacks. Codes that are no event code at all (`+++`,
            // `xxy`, `210a`) make PETRARCH ignore the pattern: its suite expects the default.
            Use::Suite => {
                if let Some(bad) = code
                    .primary
                    .iter()
                    .chain(&code.reciprocal)
                    .find(|c| !is_event_code(c))
                {
                    return Err(format!("code {bad} is not an event code"));
                }
                Ok(in_book(&code.primary)
                    .or_else(|| in_book(&code.reciprocal))
                    .unwrap_or_else(|| "010".to_owned()))
            }
        }
    }
}

/// An event code as PETRARCH's suite uses them: two to four digits and an optional capital
/// letter (`042`, `1717`, `174K`).
fn is_event_code(code: &str) -> bool {
    let digits = code.trim_end_matches(|c: char| c.is_ascii_uppercase());
    code.len() - digits.len() <= 1
        && (2..=4).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

fn set_once(
    slot: &mut Option<Vec<String>>,
    value: Vec<String>,
    role: &str,
) -> std::result::Result<(), String> {
    if slot.is_some() {
        return Err(format!("two {role} markers"));
    }
    *slot = Some(value);
    Ok(())
}

fn product(left: &[Variant], right: &[Variant]) -> Vec<Variant> {
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in left {
        for r in right {
            let mut v = l.clone();
            v.extend(r.iter().cloned());
            out.push(v);
        }
    }
    out
}

/// A group of verbs that share a head frame: the block's one-word verbs, or one verb with a
/// code or particles of its own.
struct Group {
    heads: Vec<String>,
    particles: Variant,
    code: EventCode,
    line: usize,
}

fn groups(block: &VerbBlock, lemmas: &Lemmas, left_out: &mut Vec<(usize, String)>) -> Vec<Group> {
    let mut main = Group {
        heads: Vec::new(),
        particles: Vec::new(),
        code: block.code.clone(),
        line: block.line,
    };
    let mut own = Vec::new();
    for verb in &block.verbs {
        let Verb {
            words,
            head,
            code,
            line,
            ..
        } = verb;
        let Some(lemma) = words.get(*head).and_then(|w| lemmas.verb(w)) else {
            left_out.push((
                *line,
                format!("verb {:?} has no lemma dyad can match", words.join("_")),
            ));
            continue;
        };
        let mut particles = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if i != *head {
                let choices = lemmas.choices(w);
                if choices.is_empty() {
                    break;
                }
                particles.push(choices);
            }
        }
        if particles.len() + 1 != words.len() {
            left_out.push((
                *line,
                format!("verb {:?} has a word dyad cannot match", words.join("_")),
            ));
            continue;
        }
        if particles.is_empty() && code.is_none() {
            if !main.heads.contains(&lemma) {
                main.heads.push(lemma);
            }
        } else {
            own.push(Group {
                heads: vec![lemma],
                particles,
                code: code.clone().unwrap_or_else(|| block.code.clone()),
                line: *line,
            });
        }
    }
    let mut out = Vec::new();
    if !main.heads.is_empty() {
        out.push(main);
    }
    out.extend(own);
    out
}

fn slug(name: &str) -> String {
    let s: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let s = s.trim_matches('-').to_owned();
    if s.is_empty() {
        "verb".to_owned()
    } else {
        s
    }
}

/// One entry before it is written.
struct Draft {
    id: String,
    heads: Vec<String>,
    companions: Variant,
    source: Vec<String>,
    target: Vec<String>,
    cameo: String,
    info: PatternInfo,
    /// Whether a verb of the block is written inflected (`LEFT`, `DENIED`): PETRARCH matches
    /// that form only, so its entries go before those of the base form's block.
    inflected: bool,
}

/// Converts a verb dictionary. `category` is the id prefix (the file's name in dyad).
pub fn convert_verbs(
    dict: &VerbDictionary,
    category: &str,
    usage: Use,
    lemmas: &Lemmas,
    book: &CodeBook,
) -> Conversion {
    let converter = Converter {
        dict,
        lemmas,
        book,
        usage,
    };
    let mut conversion = Conversion::default();
    let mut drafts: Vec<Draft> = Vec::new();
    for block in &dict.blocks {
        let inflected = block.verbs.iter().any(|v| {
            let w = v.words[v.head].to_lowercase();
            lemmas.verb(&w).is_some_and(|l| l != w)
        });
        let groups = groups(block, lemmas, &mut conversion.left_out);
        let base = slug(&block.name);
        let mut single_heads: Vec<String> = Vec::new();
        for group in groups.iter().filter(|gr| gr.particles.is_empty()) {
            for h in &group.heads {
                if !single_heads.contains(h) {
                    single_heads.push(h.clone());
                }
            }
        }
        for (g, group) in groups.iter().enumerate() {
            let gid = if g == 0 {
                base.clone()
            } else {
                format!("{base}-{}", group.line)
            };
            let default_target: Vec<String> = match usage {
                Use::Suite => DEFAULT_TARGET_SUITE,
                Use::Lexicon => DEFAULT_TARGET_LEXICON,
            }
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
            // The group's own entry: the verb with its default code. For the suite it goes
            // after the patterns, so that a pattern with no words of its own (`% *`: a
            // compound subject) is tried before it, as PETRARCH tries patterns before the
            // default; a lexicon file has no such patterns and keeps the default first.
            let mut default_entry = None;
            if !group.code.is_null() {
                match converter.cameo(&group.code) {
                    Ok(cameo) => {
                        default_entry = Some(Draft {
                            id: format!("{category}/{gid}"),
                            heads: group.heads.clone(),
                            companions: group.particles.clone(),
                            source: vec!["subj".into()],
                            target: optional_for_pairs(usage, &group.code, &default_target),
                            cameo,
                            info: PatternInfo {
                                primary: group.code.primary.clone(),
                                reciprocal: group.code.reciprocal.clone(),
                                compound: false,
                                line: group.line,
                            },
                            inflected,
                        })
                    }
                    Err(reason) => conversion.left_out.push((group.line, reason)),
                }
            }
            if usage == Use::Lexicon {
                drafts.extend(default_entry.take());
            }
            // Patterns carry their own codes, so the block's one-word verbs share one entry per
            // pattern (a verb's own code only changes its default). A multi-word verb gets
            // copies for the suite only: in a lexicon file it would multiply the entries.
            let first_single = groups.iter().position(|gr| gr.particles.is_empty());
            let (patterns, pattern_heads): (&[Pattern], Vec<String>) = if group.particles.is_empty()
            {
                if first_single == Some(g) {
                    (&block.patterns, single_heads.clone())
                } else {
                    (&[], Vec::new())
                }
            } else if usage == Use::Suite {
                (&block.patterns, group.heads.clone())
            } else {
                (&[], Vec::new())
            };
            // Each left-out pattern is reported once, by the group that reads it first.
            let reports = g == first_single.unwrap_or(0);
            for pattern in patterns {
                let frame = match converter.frame(pattern) {
                    Ok(frame) => frame,
                    Err(reason) => {
                        if reports {
                            conversion.left_out.push((pattern.line, reason));
                        }
                        continue;
                    }
                };
                let refused = match usage {
                    Use::Lexicon if frame.compound => Some("`%` compound actors"),
                    Use::Lexicon if frame.target.as_deref() == Some(&["subj".to_owned()][..]) => {
                        Some("the target before the verb")
                    }
                    _ => None,
                };
                if let Some(reason) = refused {
                    if reports {
                        conversion.left_out.push((pattern.line, reason.to_owned()));
                    }
                    continue;
                }
                let cameo = match converter.cameo(&pattern.code) {
                    Ok(c) => c,
                    Err(reason) => {
                        if reports {
                            conversion.left_out.push((pattern.line, reason));
                        }
                        continue;
                    }
                };
                let mut variants: Vec<Variant> = vec![group.particles.clone()];
                for term in &frame.terms {
                    variants = product(&variants, term);
                    if variants.len() > MAX_VARIANTS {
                        break;
                    }
                }
                if variants.len() > MAX_VARIANTS {
                    if reports {
                        conversion
                            .left_out
                            .push((pattern.line, "too many synonym-set combinations".into()));
                    }
                    continue;
                }
                let source = frame.source.clone().unwrap_or_else(|| vec!["subj".into()]);
                let target = if frame.compound && frame.target.is_none() {
                    vec!["-".to_owned()]
                } else {
                    let mut t = frame.empty_preps.clone();
                    match &frame.target {
                        Some(explicit) => t.extend(explicit.iter().cloned()),
                        None if frame.empty_preps.is_empty() => {
                            t.extend(default_target.iter().cloned())
                        }
                        None => t.push("obj".into()),
                    }
                    t
                };
                for (v, companions) in variants.into_iter().enumerate() {
                    let id = if v == 0 {
                        format!("{category}/{gid}-{}", pattern.line)
                    } else {
                        format!("{category}/{gid}-{}-{v}", pattern.line)
                    };
                    drafts.push(Draft {
                        id,
                        heads: pattern_heads.clone(),
                        companions,
                        source: source.clone(),
                        target: optional_for_pairs(usage, &pattern.code, &dedup(&target)),
                        cameo: cameo.clone(),
                        info: PatternInfo {
                            primary: pattern.code.primary.clone(),
                            reciprocal: pattern.code.reciprocal.clone(),
                            compound: frame.compound,
                            line: pattern.line,
                        },
                        inflected,
                    });
                }
            }
            drafts.extend(default_entry);
        }
    }
    // Stable: dictionary order within each kind.
    drafts.sort_by_key(|d| !d.inflected);
    write_drafts(drafts, usage, &mut conversion, &HashSet::new());
    conversion
}

/// For the suite, a paired code (`[064:064]`) makes the target optional: with a compound
/// subject and no target ("Gondor and Osgiliath have renewed diplomatic ties") PETRARCH pairs
/// the members, and the evaluator does the same with the subjects it gets.
fn optional_for_pairs(usage: Use, code: &EventCode, target: &[String]) -> Vec<String> {
    let mut out = target.to_vec();
    if usage == Use::Suite && code.reciprocal.is_some() && !out.iter().any(|t| t == "-") {
        out.push("-".to_owned());
    }
    out
}

fn dedup(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !out.contains(i) {
            out.push(i.clone());
        }
    }
    out
}

/// The normal form of companions: what makes two entries with a common head indistinguishable.
fn companion_key(companions: &Variant) -> Vec<BTreeSet<String>> {
    let mut key: Vec<BTreeSet<String>> = companions
        .iter()
        .map(|c| c.iter().cloned().collect())
        .collect();
    key.sort();
    key
}

/// Writes drafts as lines; for a lexicon, a head that would make an entry indistinguishable
/// from an earlier one (or from `taken`, the hand-written entries) is dropped from it.
fn write_drafts(
    drafts: Vec<Draft>,
    usage: Use,
    conversion: &mut Conversion,
    taken: &HashSet<(String, Vec<BTreeSet<String>>)>,
) {
    let mut seen: HashSet<(String, Vec<BTreeSet<String>>)> = taken.clone();
    let mut ids: HashSet<String> = HashSet::new();
    for mut draft in drafts {
        let key = companion_key(&draft.companions);
        if usage == Use::Lexicon {
            let before = draft.heads.len();
            draft
                .heads
                .retain(|h| !seen.contains(&(h.clone(), key.clone())));
            if draft.heads.is_empty() {
                conversion.left_out.push((
                    draft.info.line,
                    format!("same verb and words as an earlier entry ({before} heads)"),
                ));
                continue;
            }
        }
        for h in &draft.heads {
            seen.insert((h.clone(), key.clone()));
        }
        if !ids.insert(draft.id.clone()) {
            continue;
        }
        let mut trigger = format!("v: {}", draft.heads.join("|"));
        for (k, c) in draft.companions.iter().enumerate() {
            // Joined words are written joined: `new_economic|cultural_relation`, `recently_*`,
            // `*_off` (lexicons/README.md).
            let (marks, lemmas) = marked(c);
            let has = |m: &str| marks.iter().any(|x| x == m);
            if has(AFTER_HEAD) {
                trigger.push_str(" *_");
            } else if has(JOINED) && k > 0 {
                trigger.push('_');
            } else {
                trigger.push(' ');
            }
            trigger.push_str(&lemmas.join("|"));
            if has(BEFORE_HEAD) {
                trigger.push_str("_*");
            }
        }
        conversion.lines.push(format!(
            "{}\t{}\t{}\t{}\t{}\t-",
            draft.id,
            trigger,
            draft.source.join(", "),
            draft.target.join(", "),
            draft.cameo
        ));
        conversion.patterns.insert(draft.id, draft.info);
    }
}

/// Converts a verb dictionary for PETRARCH's suite and parses it as dyad's English event
/// lexicon (entries named [`SUITE_FILE`]), with what the evaluator needs to map events back.
pub fn suite_lexicon(dict: &VerbDictionary, lemmas: &Lemmas) -> Result<(EventLexicon, Conversion)> {
    let book = CodeBook::try_builtin()?;
    let conversion = convert_verbs(dict, SUITE_CATEGORY, Use::Suite, lemmas, book);
    let text = conversion.text();
    let lexicon = EventLexicon::parse(Lang::En, &[(SUITE_FILE, &text)], book)?;
    Ok((lexicon, conversion))
}

/// Converts a verb dictionary into a lexicon file's entries for the verbs that `others` (the
/// hand-written lexicon's `(heads, companions)`) does not have: PETRARCH's entries are a
/// fallback. Measured on the English spot check (`examples/petrarch_verbs_effect.rs`), every
/// converted entry added to the hand-written ones lowered precision and recall (PETRARCH's
/// patterns, with more companions, outrank hand-written entries with their frames and codes),
/// while entries for new verbs only changed nothing there.
pub fn lexicon_lines(
    dict: &VerbDictionary,
    category: &str,
    lemmas: &Lemmas,
    book: &CodeBook,
    others: &[(Vec<String>, Vec<Vec<String>>)],
) -> Conversion {
    let taken: HashSet<&String> = others.iter().flat_map(|(heads, _)| heads).collect();
    let mut conversion = convert_verbs(dict, category, Use::Lexicon, lemmas, book);
    if !taken.is_empty() {
        let lines = std::mem::take(&mut conversion.lines);
        let mut kept = Vec::new();
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            let mut words = fields[1].trim_start_matches("v: ").split(' ');
            let heads: Vec<String> = words
                .next()
                .unwrap_or_default()
                .split('|')
                .map(str::to_owned)
                .collect();
            let companions: Variant = words
                .map(|w| w.split('|').map(str::to_owned).collect())
                .collect();
            let free: Vec<String> = heads
                .iter()
                .filter(|h| !taken.contains(h))
                .cloned()
                .collect();
            if free.is_empty() {
                conversion.patterns.remove(fields[0]);
                continue;
            }
            let mut trigger = format!("v: {}", free.join("|"));
            for c in &companions {
                trigger.push(' ');
                trigger.push_str(&c.join("|"));
            }
            let mut f: Vec<String> = fields.iter().map(|s| (*s).to_owned()).collect();
            f[1] = trigger;
            kept.push(f.join("\t"));
        }
        conversion.lines = kept;
    }
    conversion
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verbs::parse_verbs;
    use dyad_lexicon::{Slot, SlotCase};

    const DICT: &str = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n+F-16\n\n--- ABANDON [064] ---\nABANDON\n- * &TIETYPES TIES [902]\n- * &CURRENCY [903]\n- PEACE-KEEPING * [---]\n--- EXTRADITE [174] ---\nEXTRADITE\n- + WAS_ * TO_ ^ FROM $ [174]\n- $ NOT * ^ TO_ + [124]\n--- RUSH [---] ---\nRUSH\n+CALL_ON {+CALLED_ON}\n- * (TO) [042:043]\n- * (TO $) {ARMS SHIPMENT} [072]\n- % HAVE * [191]\n- * F-16 [190]\n--- LEFT [032:033] ---\nLEFT\n--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $ [071]\n--- CLASH [223] ---\nCLASH\n- * NEW_&TIETYPES_RELATIONS [904]\n- RECENTLY_* [025]\n- *_OFF [195]\n";

    fn lexicon(usage: Use) -> (Conversion, Option<EventLexicon>) {
        let dict = parse_verbs("v.txt", DICT).expect("parses");
        let lemmas = Lemmas::new();
        let conversion = convert_verbs(&dict, "petrarch", usage, &lemmas, CodeBook::builtin());
        let parsed = EventLexicon::parse(
            Lang::En,
            &[(SUITE_FILE, &conversion.text())],
            CodeBook::builtin(),
        )
        .ok();
        (conversion, parsed)
    }

    fn prep(p: &str) -> Slot {
        Slot::Prep {
            prep: p.into(),
            case: SlotCase::Acc,
        }
    }

    #[test]
    fn joined_words_stand_together() {
        let (conversion, lexicon) = lexicon(Use::Suite);
        let text = conversion.text();
        assert!(
            text.contains("v: clash new_military|economic_relation|relations\t"),
            "{text}"
        );
        assert!(text.contains("v: clash recently_*\t"), "{text}");
        assert!(text.contains("v: clash *_off\t"), "{text}");
        // "SWISS FRANCS": a member's words stand together.
        assert!(text.contains("v: abandon swiss_franc|francs\t"), "{text}");
        let lexicon = lexicon.unwrap_or_else(|| panic!("{text}"));
        let links: Vec<&[dyad_lexicon::Link]> = lexicon
            .entries()
            .iter()
            .map(|e| e.links.as_slice())
            .collect();
        use dyad_lexicon::Link;
        assert!(links.contains(&&[Link::Free, Link::Next, Link::Next][..]));
        assert!(links.contains(&&[Link::Head(-1)][..]));
        assert!(links.contains(&&[Link::Head(1)][..]));
    }

    #[test]
    fn patterns_become_companions_and_frames() {
        let (conversion, lexicon) = lexicon(Use::Suite);
        let lexicon = lexicon.unwrap_or_else(|| panic!("{}", conversion.text()));
        let entry = |id: &str| {
            lexicon
                .entries()
                .iter()
                .find(|e| e.id == id)
                .unwrap_or_else(|| panic!("no {id} in\n{}", conversion.text()))
        };
        // An inflected verb's block goes first, with its head lemmatised.
        assert_eq!(lexicon.entries()[0].head, ["leave"]);
        let ties = entry("petrarch/abandon-12");
        assert_eq!(ties.head, ["abandon"]);
        assert!(
            ties.companions[0].contains(&"military".to_owned())
                && ties.companions[0].contains(&"economic".to_owned())
        );
        assert!(ties.companions[1].contains(&"tie".to_owned()));
        assert_eq!(ties.source, [Slot::Case(SlotCase::Nom)]);
        assert_eq!(ties.target[0], Slot::Case(SlotCase::Acc));
        // A multi-word set member is an entry of its own; a member dyad cannot match is dropped.
        assert!(entry("petrarch/abandon-13").companions[0].contains(&"dollar".to_owned()));
        assert_eq!(entry("petrarch/abandon-13-1").companions.len(), 2);
        assert!(lexicon
            .entries()
            .iter()
            .all(|e| e.id != "petrarch/abandon-13-2"));
        // [---] blocks: kept for the suite, marked null.
        assert!(conversion.patterns["petrarch/abandon-14"].primary.is_none());
        // `+` before the verb, `FROM $`: target subject, source `from`.
        let passive = entry("petrarch/extradite-17");
        assert_eq!(
            (passive.source.clone(), passive.target.clone()),
            (vec![prep("from")], vec![Slot::Case(SlotCase::Nom)])
        );
        let to = entry("petrarch/extradite-18");
        assert_eq!(to.target, [prep("to")]);
        // `(TO)`: the preposition's object first, then the object; reciprocal codes recorded.
        let rush = entry("petrarch/rush-22");
        // ... and a paired code makes it optional, for the evaluator to pair compound subjects.
        assert_eq!(
            rush.target,
            [prep("to"), Slot::Case(SlotCase::Acc), Slot::None]
        );
        // The preposition is a companion too, so the pattern outranks the default entry.
        assert!(rush.companions[0].contains(&"to".to_owned()));
        assert_eq!(
            conversion.patterns["petrarch/rush-22"]
                .reciprocal
                .as_deref(),
            Some("043")
        );
        let arms = entry("petrarch/rush-23");
        assert_eq!(arms.source, [prep("to")]);
        assert_eq!(arms.companions.len(), 3);
        assert!(conversion.patterns["petrarch/rush-24"].compound);
        assert_eq!(entry("petrarch/rush-24").target, [Slot::None]);
        // The multi-word verb carries its particle into every pattern.
        let call_on = lexicon
            .entries()
            .iter()
            .find(|e| e.head == ["call"] && e.id.ends_with("-22"))
            .expect("call on (TO)");
        assert!(call_on.companions[0].contains(&"on".to_owned()));
        // `$` after a noun: the actor of a phrase after it, `of` and `from` first; the noun a
        // companion.
        let money = entry("petrarch/receive-30");
        assert_eq!(money.target, [Slot::Case(SlotCase::Nom)]);
        assert_eq!(money.source[..2], [prep("of"), prep("from")]);
        assert!(money.companions[0].contains(&"money".to_owned()));
        // Left out, with the line and reason.
        assert!(
            conversion
                .left_out
                .iter()
                .any(|(line, why)| *line == 25 && why.contains("F-16")),
            "{:?}",
            conversion.left_out
        );
    }

    #[test]
    fn the_lexicon_keeps_only_cameo_codes_and_distinct_entries() {
        let (conversion, lexicon) = lexicon(Use::Lexicon);
        let lexicon = lexicon.unwrap_or_else(|| panic!("{}", conversion.text()));
        let codes: BTreeSet<&str> = lexicon.entries().iter().map(|e| e.cameo.as_str()).collect();
        assert!(
            !codes.contains("902") && !codes.contains("010"),
            "{codes:?}"
        );
        assert!(lexicon.indistinguishable().is_empty());
        let reasons: Vec<&str> = conversion
            .left_out
            .iter()
            .map(|(_, r)| r.as_str())
            .collect();
        // A lexicon keeps no such pattern (here its target stands before the verb, too).
        assert!(
            lexicon.entries().iter().all(|e| e.cameo != "071"),
            "{}",
            conversion.text()
        );
        for want in [
            "not in the CAMEO code book",
            "[---]",
            "compound",
            "target before the verb",
        ] {
            assert!(
                reasons.iter().any(|r| r.contains(want)),
                "{want}: {reasons:?}"
            );
        }
        // A hand-written entry with the same head and words wins: the converted one goes.
        let dict = parse_verbs("v.txt", DICT).expect("parses");
        let others = vec![(vec!["leave".to_owned()], Vec::new())];
        let without = lexicon_lines(
            &dict,
            "petrarch",
            &Lemmas::new(),
            CodeBook::builtin(),
            &others,
        );
        assert!(
            without.lines.iter().all(|l| !l.contains("v: leave\t")),
            "{}",
            without.text()
        );
        assert!(conversion.lines.iter().any(|l| l.contains("v: leave\t")));
    }
}
