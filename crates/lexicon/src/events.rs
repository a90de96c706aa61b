//! The event-trigger lexicon (`lexicons/<lang>/events/*.tsv`): verbs and event nouns with their
//! argument frames, CAMEO codes and example sentences. The format is `lexicons/README.md`'s.

use std::collections::HashMap;
use std::fmt;

use dyad_model::{Lang, Mode};

use crate::source::{self, SourceLine};
use crate::{CodeBook, Error, Result};

/// The event sources of one language: `(file, text)`, the file named from the repo root.
type Sources = &'static [(&'static str, &'static str)];

/// Embeds `lexicons/<lang>/events/<name>.tsv` for each name. This is the one place the files are
/// listed; a test fails when a file in the folder is missing here.
macro_rules! event_sources {
    ($lang:literal: $($name:literal),+ $(,)?) => {
        &[$((
            concat!("lexicons/", $lang, "/events/", $name, ".tsv"),
            include_str!(concat!("../../../lexicons/", $lang, "/events/", $name, ".tsv")),
        )),+]
    };
}

/// Files by CAMEO root: statement 01 ... massviolence 20.
const PL_SOURCES: Sources = event_sources!("pl":
    "statement", "appeal", "intent", "consult", "support", "cooperate", "aid", "yield",
    "investigate", "demand", "disapprove", "reject", "threaten", "protest", "posture",
    "sanction", "coerce", "assault", "fight", "massviolence",
);

const EN_SOURCES: Sources = event_sources!("en":
    "statement", "appeal", "intent", "consult", "support", "cooperate", "aid", "yield",
    "investigate", "demand", "disapprove", "reject", "threaten", "protest", "posture",
    "sanction", "coerce", "assault", "fight", "massviolence",
);

const COLUMNS: [&str; 6] = [
    "id",
    "trigger",
    "source",
    "target",
    "cameo",
    "example => expectation",
];

/// Whether a trigger is a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// `v:` a verb, in any form: finite, past, infinitive, imperative, participles, impersonal.
    Verb,
    /// `n:` a noun, gerunds included.
    Noun,
}

/// A grammatical case a frame slot asks for.
///
/// English frames use the same cases for what English marks by position: the subject is
/// [`SlotCase::Nom`], the direct object [`SlotCase::Acc`], the indirect object
/// [`SlotCase::Dat`], the possessor ("Russia's") [`SlotCase::Gen`], and a preposition's object
/// [`SlotCase::Acc`] (English prepositions govern the objective case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SlotCase {
    /// Nominative (`nom`; English `subj`).
    Nom,
    /// Genitive (`gen`; English `poss`).
    Gen,
    /// Dative (`dat`; English `iobj`).
    Dat,
    /// Accusative (`acc`; English `obj`).
    Acc,
    /// Instrumental (`inst`).
    Inst,
    /// Locative (`loc`).
    Loc,
}

impl SlotCase {
    /// The source-format name (`nom`, `gen`, ...).
    pub fn name(self) -> &'static str {
        match self {
            SlotCase::Nom => "nom",
            SlotCase::Gen => "gen",
            SlotCase::Dat => "dat",
            SlotCase::Acc => "acc",
            SlotCase::Inst => "inst",
            SlotCase::Loc => "loc",
        }
    }

    /// Parses a source-format name.
    pub fn parse(name: &str) -> Option<SlotCase> {
        Some(match name {
            "nom" => SlotCase::Nom,
            "gen" => SlotCase::Gen,
            "dat" => SlotCase::Dat,
            "acc" => SlotCase::Acc,
            "inst" => SlotCase::Inst,
            "loc" => SlotCase::Loc,
            _ => return None,
        })
    }
}

/// Where a frame finds its source or target.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Slot {
    /// A bare case: the verb's subject (`nom`), object (`acc`, `dat`, `inst`, `gen`), or a noun's
    /// genitive complement (`gen`: "wizyta Szojgu").
    Case(SlotCase),
    /// A preposition with its case (`do+gen`, `z+inst`; English `to`, `with`: case `Acc`).
    Prep {
        /// The preposition, lower case; may be several words (`ze strony`, `on behalf of`).
        prep: String,
        /// The case it governs here.
        case: SlotCase,
    },
    /// A demonym adjective agreeing with the noun ("rosyjska inwazja", "Russian invasion").
    Adj,
    /// The subject of the clause the noun sits in ("na zaproszenie Putina" in a clause whose
    /// subject is the one invited).
    ClauseSubj,
    /// No actor in this role (`-` alone), or, as the last alternative, none when the others
    /// find nothing: the actor is optional.
    None,
}

impl fmt::Display for Slot {
    /// The Polish source notation (`nom`, `do+gen`, `adj`, `clause-subj`, `-`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Slot::Case(case) => f.write_str(case.name()),
            Slot::Prep { prep, case } => write!(f, "{prep}+{}", case.name()),
            Slot::Adj => f.write_str("adj"),
            Slot::ClauseSubj => f.write_str("clause-subj"),
            Slot::None => f.write_str("-"),
        }
    }
}

/// An entry's example sentence and what the coder must make of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The sentence, written for dyad.
    pub sentence: String,
    /// Expected source actor code (`RUSGOV`), `None` for `-`.
    pub source: Option<String>,
    /// Expected target actor code, `None` for `-`.
    pub target: Option<String>,
    /// Expected CAMEO code (always the entry's).
    pub cameo: String,
    /// Expected mode; `None` accepts any.
    pub mode: Option<Mode>,
}

/// Where a companion must stand: anywhere near the head, or next to a word of the trigger.
///
/// Written with `_` inside one word of the trigger: `new_economic|trade_relation` is three
/// companions, the second right after the first and the third right after the second;
/// `*` stands for the head, so `recently_*` is "recently" right before it and `*_off` "off"
/// right after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Link {
    /// Anywhere in the clause near the head, in any order (a plain companion).
    #[default]
    Free,
    /// The word right after the previous companion's.
    Next,
    /// At this offset from the head (`-1`: right before it).
    Head(i8),
}

/// One event trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEntry {
    /// `category/slug`, unique within the language; the category is the file's name.
    pub id: String,
    /// The language of the lexicon it came from.
    pub lang: Lang,
    /// Verb or noun.
    pub kind: TriggerKind,
    /// Alternatives for the head lemma (`przesłać|złożyć` gives two).
    pub head: Vec<String>,
    /// Further lemmas that must be in the same clause; each is a set of alternatives.
    pub companions: Vec<Vec<String>>,
    /// Where each companion must stand, one per companion.
    pub links: Vec<Link>,
    /// Where the source may be, in order of preference.
    pub source: Vec<Slot>,
    /// Where the target may be, in order of preference.
    pub target: Vec<Slot>,
    /// CAMEO event code.
    pub cameo: String,
    /// The example sentence with its expected coding.
    pub example: Option<Example>,
    /// The source file (`lexicons/pl/events/consult.tsv`).
    pub file: &'static str,
    /// 1-based line in `file`.
    pub line: usize,
}

impl EventEntry {
    /// The event's `rule`: `<lang>/<id>` (`pl/consult/spotkać-się-z`).
    pub fn rule(&self) -> String {
        format!("{}/{}", self.lang.code(), self.id)
    }

    /// The category: the id up to `/`, which is also the file's name.
    pub fn category(&self) -> &str {
        self.id
            .split_once('/')
            .map_or(&self.id, |(category, _)| category)
    }
}

/// All event triggers of one language, with lookup by head lemma. Immutable once built.
#[derive(Debug, Clone)]
pub struct EventLexicon {
    lang: Lang,
    entries: Vec<EventEntry>,
    by_head: HashMap<String, Vec<usize>>,
}

impl EventLexicon {
    /// The lexicon compiled into the binary for `lang`, validated against the built-in code book.
    pub fn builtin(lang: Lang) -> Result<EventLexicon> {
        let sources = match lang {
            Lang::Pl => PL_SOURCES,
            Lang::En => EN_SOURCES,
        };
        EventLexicon::parse(lang, sources, CodeBook::try_builtin()?)
    }

    /// The files [`EventLexicon::builtin`] reads for `lang`, as named in errors and entries.
    pub fn builtin_files(lang: Lang) -> impl Iterator<Item = &'static str> {
        let sources = match lang {
            Lang::Pl => PL_SOURCES,
            Lang::En => EN_SOURCES,
        };
        sources.iter().map(|(file, _)| *file)
    }

    /// Parses and validates `(file, text)` sources of `lang`: every CAMEO code must be in `book`,
    /// ids unique, frames and examples well-formed. The first problem is returned, naming its
    /// file and line.
    pub fn parse(
        lang: Lang,
        sources: &[(&'static str, &str)],
        book: &CodeBook,
    ) -> Result<EventLexicon> {
        let mut entries = Vec::new();
        let mut first_line: HashMap<String, (&'static str, usize)> = HashMap::new();
        for &(file, text) in sources {
            let category = category_of(file);
            for line in source::lines(file, text) {
                let entry = parse_entry(lang, file, &line)?;
                if entry.category() != category {
                    return Err(line.invalid(format!(
                        "id {:?} must start with this file's category {category:?}/",
                        entry.id
                    )));
                }
                if !book.contains(&entry.cameo) {
                    return Err(line.invalid(format!("unknown CAMEO code {:?}", entry.cameo)));
                }
                if let Some((other_file, other_line)) = first_line.get(&entry.id) {
                    return Err(line.invalid(format!(
                        "duplicate id {:?} (first at {other_file}:{other_line})",
                        entry.id
                    )));
                }
                first_line.insert(entry.id.clone(), (file, line.line));
                entries.push(entry);
            }
        }
        Ok(EventLexicon::index(lang, entries))
    }

    /// A lexicon from entries made elsewhere (a converter from another dictionary format, say),
    /// checked as [`EventLexicon::parse`] checks source lines: every entry of `lang`, its CAMEO
    /// code in `book`, its frame markers not empty, its example's code its own, ids unique.
    /// Errors name the entry's `file` and `line`.
    pub fn from_entries(
        lang: Lang,
        entries: Vec<EventEntry>,
        book: &CodeBook,
    ) -> Result<EventLexicon> {
        let mut first: HashMap<&str, (&'static str, usize)> = HashMap::new();
        for entry in &entries {
            let invalid = |message: String| Error::Invalid {
                file: entry.file.to_owned(),
                line: entry.line,
                message,
            };
            if entry.lang != lang {
                return Err(invalid(format!(
                    "entry {:?} is {}, the lexicon {}",
                    entry.id,
                    entry.lang.code(),
                    lang.code()
                )));
            }
            if entry.links.len() != entry.companions.len() {
                return Err(invalid(format!(
                    "entry {:?} has {} companions and {} links",
                    entry.id,
                    entry.companions.len(),
                    entry.links.len()
                )));
            }
            if entry.head.is_empty() || entry.source.is_empty() || entry.target.is_empty() {
                return Err(invalid(format!(
                    "entry {:?} needs a head lemma and source and target markers",
                    entry.id
                )));
            }
            if !book.contains(&entry.cameo) {
                return Err(invalid(format!("unknown CAMEO code {:?}", entry.cameo)));
            }
            if let Some(example) = &entry.example {
                if example.cameo != entry.cameo {
                    return Err(invalid(format!(
                        "example expects CAMEO {} but the entry's code is {}",
                        example.cameo, entry.cameo
                    )));
                }
            }
            if let Some((file, line)) = first.insert(&entry.id, (entry.file, entry.line)) {
                return Err(invalid(format!(
                    "duplicate id {:?} (first at {file}:{line})",
                    entry.id
                )));
            }
        }
        Ok(EventLexicon::index(lang, entries))
    }

    /// Indexes validated entries by head lemma.
    fn index(lang: Lang, entries: Vec<EventEntry>) -> EventLexicon {
        let mut by_head: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            for lemma in &entry.head {
                let indices = by_head.entry(lemma.clone()).or_default();
                // A head written twice as alternatives of one entry must not list it twice.
                if indices.last() != Some(&i) {
                    indices.push(i);
                }
            }
        }
        EventLexicon {
            lang,
            entries,
            by_head,
        }
    }

    /// Adds the entries of `other` (same language) after this lexicon's, as
    /// [`EventLexicon::from_entries`] would check them together: for a converted dictionary
    /// appended to the hand-written one.
    pub fn extend(self, other: EventLexicon, book: &CodeBook) -> Result<EventLexicon> {
        let mut entries = self.entries;
        entries.extend(other.entries);
        EventLexicon::from_entries(self.lang, entries, book)
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// All entries, in file order.
    pub fn entries(&self) -> &[EventEntry] {
        &self.entries
    }

    /// Indices into [`EventLexicon::entries`] of the entries whose head may be `lemma`.
    pub fn head_indices(&self, lemma: &str) -> &[usize] {
        self.by_head.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// The entries whose head may be `lemma`, in file order.
    pub fn by_head<'a>(&'a self, lemma: &str) -> impl Iterator<Item = &'a EventEntry> + 'a {
        self.head_indices(lemma).iter().map(|&i| &self.entries[i])
    }

    /// Every head lemma (for building a matcher), in no particular order.
    pub fn heads(&self) -> impl Iterator<Item = &str> {
        self.by_head.keys().map(String::as_str)
    }

    /// Pairs of entries (indices, in file order) that no sentence can tell apart: same trigger
    /// kind, a head lemma in common and the same companions. A coder that picks the entry with
    /// most companions satisfied always takes the first of such a pair, so the second is dead
    /// (its frame and code are never used); the builtin lexicons have none (a test checks).
    pub fn indistinguishable(&self) -> Vec<(usize, usize)> {
        fn normal(entry: &EventEntry) -> (TriggerKind, Vec<(Link, Vec<&str>)>) {
            let mut sets: Vec<(Link, Vec<&str>)> = entry
                .companions
                .iter()
                .zip(&entry.links)
                .map(|(choices, &link)| {
                    let mut set: Vec<&str> = choices.iter().map(String::as_str).collect();
                    set.sort_unstable();
                    set.dedup();
                    (link, set)
                })
                .collect();
            sets.sort();
            (entry.kind, sets)
        }
        let mut pairs = Vec::new();
        for indices in self.by_head.values() {
            for (k, &i) in indices.iter().enumerate() {
                for &j in &indices[k + 1..] {
                    if normal(&self.entries[i]) == normal(&self.entries[j]) {
                        pairs.push((i.min(j), i.max(j)));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// `lexicons/pl/events/consult.tsv` -> `consult`.
fn category_of(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".tsv").unwrap_or(name)
}

fn parse_entry(lang: Lang, file: &'static str, line: &SourceLine<'_>) -> Result<EventEntry> {
    line.expect_fields(&COLUMNS)?;
    let f = &line.fields;
    let id = parse_id(line, f[0])?;
    let (kind, head, companions, links) = parse_trigger(line, f[1])?;
    let source = parse_slots(lang, line, "source", f[2])?;
    let target = parse_slots(lang, line, "target", f[3])?;
    let cameo = f[4];
    if !(2..=4).contains(&cameo.len()) || !cameo.bytes().all(|b| b.is_ascii_digit()) {
        return Err(line.error(format!("CAMEO code must be 2 to 4 digits, found {cameo:?}")));
    }
    let example = parse_example(line, f[5], cameo)?;
    Ok(EventEntry {
        id,
        lang,
        kind,
        head,
        companions,
        links,
        source,
        target,
        cameo: cameo.to_owned(),
        example,
        file,
        line: line.line,
    })
}

fn parse_id(line: &SourceLine<'_>, id: &str) -> Result<String> {
    let Some((category, slug)) = id.split_once('/') else {
        return Err(line.error(format!("id must be category/slug, found {id:?}")));
    };
    let category_ok = !category.is_empty()
        && category
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-');
    let slug_ok = !slug.is_empty()
        && !slug.contains(['/', '|', ' '])
        && !slug.chars().any(char::is_whitespace);
    if !category_ok || !slug_ok {
        return Err(line.error(format!(
            "id must be category/slug (no spaces, one /), found {id:?}"
        )));
    }
    Ok(id.to_owned())
}

/// A lemma as the sources write them: lower-case letters, with `-` or `'` inside.
fn is_lemma(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic)
        && word
            .chars()
            .all(|c| (c.is_alphabetic() && !c.is_uppercase()) || c == '-' || c == '\'')
}

type Trigger = (TriggerKind, Vec<String>, Vec<Vec<String>>, Vec<Link>);

fn parse_trigger(line: &SourceLine<'_>, field: &str) -> Result<Trigger> {
    let (kind, rest) = if let Some(rest) = field.strip_prefix("v:") {
        (TriggerKind::Verb, rest)
    } else if let Some(rest) = field.strip_prefix("n:") {
        (TriggerKind::Noun, rest)
    } else {
        return Err(line.error(format!(
            "trigger must start with `v:` or `n:`, found {field:?}"
        )));
    };
    let mut words = rest.split_whitespace();
    let Some(head_word) = words.next() else {
        return Err(line.error("trigger has no lemma"));
    };
    let choices = |part: &str| -> Result<Vec<String>> {
        let choices: Vec<String> = part.split('|').map(str::to_owned).collect();
        if let Some(bad) = choices.iter().find(|c| !is_lemma(c)) {
            return Err(line.error(format!(
                "bad lemma {bad:?} in trigger {field:?} (lower-case words, `|` between choices, \
                 `_` joining words that stand next to each other, `*` for the head there)"
            )));
        }
        Ok(choices)
    };
    let head = choices(head_word)?;
    let (mut companions, mut links) = (Vec::new(), Vec::new());
    for word in words {
        let parts: Vec<&str> = word.split('_').collect();
        let star = parts.iter().position(|p| *p == "*");
        if parts.iter().filter(|p| **p == "*").count() > 1 || (star.is_some() && parts.len() < 2) {
            return Err(line.error(format!(
                "`*` (the head) may stand once in a word joined with `_`, found {word:?}"
            )));
        }
        for (k, part) in parts.iter().enumerate() {
            if Some(k) == star {
                continue;
            }
            let link = match star {
                Some(h) => {
                    let offset = k as i64 - h as i64;
                    Link::Head(
                        i8::try_from(offset)
                            .map_err(|_| line.error(format!("{word:?}: too far from the head")))?,
                    )
                }
                None if k == 0 => Link::Free,
                None => Link::Next,
            };
            companions.push(choices(part)?);
            links.push(link);
        }
    }
    Ok((kind, head, companions, links))
}

fn parse_slots(lang: Lang, line: &SourceLine<'_>, role: &str, field: &str) -> Result<Vec<Slot>> {
    let slots = field
        .split(',')
        .map(|marker| {
            parse_slot(lang, marker.trim()).ok_or_else(|| bad_slot(lang, line, role, marker.trim()))
        })
        .collect::<Result<Vec<Slot>>>()?;
    // `-` alone: never an actor; `-` last: the actor is optional ("strajkowali przeciwko rządowi"
    // and "strajkowali" are both events). Anywhere else it would hide the markers after it.
    if slots[..slots.len() - 1].contains(&Slot::None) {
        return Err(line.error(format!(
            "{role}: `-` (no actor) may only come last, meaning \"else none\""
        )));
    }
    Ok(slots)
}

fn bad_slot(lang: Lang, line: &SourceLine<'_>, role: &str, marker: &str) -> Error {
    let expected = match lang {
        Lang::Pl => "nom, gen, dat, acc, inst, loc, adj, clause-subj, -, or preposition+case like do+gen",
        Lang::En => "subj, obj, iobj, poss, adj, clause-subj, -, or a preposition like to, with, on behalf of",
    };
    line.error(format!(
        "{role}: bad frame marker {marker:?} for {}; expected {expected}",
        lang.code()
    ))
}

/// A preposition: one or more lower-case words separated by single spaces.
fn is_preposition(prep: &str) -> bool {
    !prep.is_empty() && prep.split(' ').all(is_lemma)
}

fn parse_slot(lang: Lang, marker: &str) -> Option<Slot> {
    match marker {
        "-" => return Some(Slot::None),
        "adj" => return Some(Slot::Adj),
        "clause-subj" => return Some(Slot::ClauseSubj),
        _ => {}
    }
    match lang {
        Lang::Pl => {
            if let Some(case) = SlotCase::parse(marker) {
                return Some(Slot::Case(case));
            }
            let (prep, case) = marker.split_once('+')?;
            let case = SlotCase::parse(case)?;
            is_preposition(prep).then(|| Slot::Prep {
                prep: prep.to_owned(),
                case,
            })
        }
        Lang::En => {
            let case = match marker {
                "subj" => SlotCase::Nom,
                "obj" => SlotCase::Acc,
                "iobj" => SlotCase::Dat,
                "poss" => SlotCase::Gen,
                // English prepositions carry no case mark: their object is in the objective.
                prep if is_preposition(prep) => {
                    return Some(Slot::Prep {
                        prep: prep.to_owned(),
                        case: SlotCase::Acc,
                    })
                }
                _ => return None,
            };
            Some(Slot::Case(case))
        }
    }
}

/// An actor code in an expectation: upper-case letters and digits (`RUS`, `RUSGOV`, `IGOWSTNAT`).
fn is_actor_code(code: &str) -> bool {
    (3..=15).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn parse_example(line: &SourceLine<'_>, field: &str, cameo: &str) -> Result<Option<Example>> {
    if field == "-" {
        return Ok(None);
    }
    let Some((sentence, expectation)) = field.rsplit_once("=>") else {
        return Err(
            line.error("example must be `sentence => SOURCE -> TARGET CODE [MODE]`, or `-`")
        );
    };
    let sentence = sentence.trim();
    if sentence.is_empty() {
        return Err(line.error("example sentence is empty"));
    }
    let words: Vec<&str> = expectation.split_whitespace().collect();
    let (source, arrow, target, code, mode) = match words.as_slice() {
        [s, a, t, c] => (*s, *a, *t, *c, None),
        [s, a, t, c, m] => (*s, *a, *t, *c, Some(*m)),
        _ => {
            return Err(line.error(format!(
                "expectation must be `SOURCE -> TARGET CODE [MODE]`, found {:?}",
                expectation.trim()
            )))
        }
    };
    if arrow != "->" {
        return Err(line.error(format!(
            "expectation must have `->` between source and target, found {arrow:?}"
        )));
    }
    let actor = |code: &str| -> Result<Option<String>> {
        match code {
            "-" => Ok(None),
            c if is_actor_code(c) => Ok(Some(c.to_owned())),
            c => Err(line.error(format!(
                "expected actor must be a CAMEO actor code like RUSGOV, or -, found {c:?}"
            ))),
        }
    };
    let (source, target) = (actor(source)?, actor(target)?);
    if code != cameo {
        return Err(line.error(format!(
            "example expects CAMEO {code} but the entry's code is {cameo}"
        )));
    }
    let mode = match mode {
        None => None,
        Some(m) => Some(Mode::parse(m).ok_or_else(|| {
            line.error(format!(
                "unknown mode {m:?} (asserted, planned, conditional, hypothetical, negated, alleged)"
            ))
        })?),
    };
    Ok(Some(Example {
        sentence: sentence.to_owned(),
        source,
        target,
        cameo: code.to_owned(),
        mode,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_pl(sources: &[(&'static str, &str)]) -> Result<EventLexicon> {
        EventLexicon::parse(Lang::Pl, sources, CodeBook::builtin())
    }

    const GOOD: &str = "consult/udać-się-do | v: udać się | nom | do+gen, na+acc | 042 | Premier Polski uda się do Kijowa. => POLGOV -> UKR 042 planned";

    #[test]
    fn builtin_lexicons_parse_and_every_entry_has_an_example() {
        for lang in [Lang::Pl, Lang::En] {
            let lexicon =
                EventLexicon::builtin(lang).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            assert_eq!(lexicon.lang(), lang);
            for entry in lexicon.entries() {
                let example = entry
                    .example
                    .as_ref()
                    .unwrap_or_else(|| panic!("{}:{} has no example", entry.file, entry.line));
                assert_eq!(example.cameo, entry.cameo);
                assert!(!entry.source.is_empty() && !entry.target.is_empty());
            }
        }
    }

    #[test]
    fn builtin_sizes_and_coverage_of_every_cameo_root() {
        for (lang, minimum) in [(Lang::Pl, 350), (Lang::En, 150)] {
            let lexicon = EventLexicon::builtin(lang).expect("builtin");
            assert!(
                lexicon.len() >= minimum,
                "{}: {} entries",
                lang.code(),
                lexicon.len()
            );
            for root in 1..=20 {
                let root = format!("{root:02}");
                assert!(
                    lexicon.entries().iter().any(|e| e.cameo.starts_with(&root)),
                    "{}: no entry for CAMEO root {root}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn polish_has_the_triggers_the_issue_asks_for() {
        let lexicon = EventLexicon::builtin(Lang::Pl).expect("builtin");
        let heads = [
            "udać",
            "przyjechać",
            "przylecieć",
            "przybyć",
            "pojechać",
            "polecieć",
            "odwiedzić",
            "wizyta",
            "gościć",
            "przyjąć",
            "spotkać",
            "rozmowa",
            "rozmawiać",
            "negocjować",
            "telefon",
            "zaprosić",
            "zaproszenie",
            "zagrozić",
            "grozić",
            "ostrzec",
            "potępić",
            "skrytykować",
            "oskarżyć",
            "nałożyć",
            "zerwać",
            "pogratulować",
            "uznać",
            "podpisać",
            "dostarczyć",
            "przekazać",
            "pomoc",
            "zaatakować",
            "ostrzelać",
            "najechać",
            "inwazja",
            "bombardować",
            "protestować",
            "demonstrować",
            "aresztować",
            "zatrzymać",
            "wydalić",
            "apelować",
            "wezwać",
            "zaprzeczyć",
            "odrzucić",
            "przeprosić",
            "pomóc",
            "zgodzić",
            "obiecać",
            "mediować",
            "zawiesić",
            "wstrzymać",
            "blokada",
            "porwać",
            "zabić",
            "ranić",
            "zamach",
            "demonstracja",
            "strajk",
            "ewakuować",
            "wycofać",
            "rozejm",
            "zawieszenie",
            "uwolnić",
            "ułaskawić",
            "sankcja",
        ];
        for head in heads {
            assert!(
                !lexicon.head_indices(head).is_empty(),
                "no entry with head {head:?}"
            );
        }
        // The codes the issue names, by the entry that carries them.
        let codes = [
            ("consult/udać-się-do", "042"),
            ("consult/wizyta", "042"),
            ("consult/gościć", "043"),
            ("consult/rozmowa-telefoniczna", "041"),
            ("intent/zaprosić", "036"),
            ("disapprove/oskarżyć", "112"),
            ("sanction/nałożyć-sankcje", "163"),
            ("sanction/zerwać-stosunki", "161"),
            ("support/pogratulować", "051"),
            ("support/uznać-niepodległość", "054"),
            ("support/podpisać-umowę", "057"),
            ("support/przeprosić", "055"),
            ("aid/dostarczyć-broń", "072"),
            ("fight/inwazja", "192"),
            ("coerce/aresztować", "173"),
        ];
        for (id, code) in codes {
            let entry = lexicon
                .entries()
                .iter()
                .find(|e| e.id == id)
                .unwrap_or_else(|| panic!("no {id}"));
            assert_eq!(entry.cameo, code, "{id}");
        }
    }

    #[test]
    fn lookup_by_head_lemma_and_frames() {
        let lexicon = EventLexicon::builtin(Lang::Pl).expect("builtin");
        let visit = lexicon
            .by_head("udać")
            .find(|e| e.id == "consult/udać-się-do")
            .expect("udać się");
        assert_eq!(visit.kind, TriggerKind::Verb);
        assert_eq!(visit.companions, vec![vec!["się".to_owned()]]);
        assert_eq!(visit.source, vec![Slot::Case(SlotCase::Nom)]);
        assert_eq!(
            visit.target[0],
            Slot::Prep {
                prep: "do".into(),
                case: SlotCase::Gen
            }
        );
        assert_eq!(visit.rule(), "pl/consult/udać-się-do");
        assert_eq!(visit.file, "lexicons/pl/events/consult.tsv");
        let invasion = lexicon.by_head("inwazja").next().expect("inwazja");
        assert_eq!(invasion.kind, TriggerKind::Noun);
        assert!(invasion.source.contains(&Slot::Adj));
        let invitation = lexicon
            .by_head("zaproszenie")
            .find(|e| e.id == "intent/zaproszenie")
            .expect("zaproszenie");
        assert!(invitation.target.contains(&Slot::ClauseSubj));
        assert!(lexicon.by_head("nieistniejący").next().is_none());
        // Every head of every entry is indexed.
        for (i, entry) in lexicon.entries().iter().enumerate() {
            for head in &entry.head {
                assert!(
                    lexicon.head_indices(head).contains(&i),
                    "{} not indexed under {head}",
                    entry.id
                );
            }
        }
    }

    #[test]
    fn builtin_entries_can_be_told_apart() {
        for lang in [Lang::Pl, Lang::En] {
            let lexicon = EventLexicon::builtin(lang).expect("builtin");
            let clashes: Vec<String> = lexicon
                .indistinguishable()
                .into_iter()
                .map(|(i, j)| {
                    let (a, b) = (&lexicon.entries()[i], &lexicon.entries()[j]);
                    format!(
                        "{}:{} {} / {}:{} {}",
                        a.file, a.line, a.id, b.file, b.line, b.id
                    )
                })
                .collect();
            assert!(
                clashes.is_empty(),
                "same head and companions:\n{}",
                clashes.join("\n")
            );
        }
        // And the check does find a clash.
        let text = "consult/a | v: spotkać się | nom | z+inst | 040 | -\nconsult/b | v: spotykać|spotkać się | nom | z+inst | 043 | -\n";
        let lexicon = parse_pl(&[("lexicons/pl/events/consult.tsv", text)]).expect("parses");
        assert_eq!(lexicon.indistinguishable(), vec![(0, 1)]);
    }

    #[test]
    fn every_file_in_the_events_folders_is_embedded() {
        for lang in [Lang::Pl, Lang::En] {
            let dir = format!(
                "{}/../../lexicons/{}/events",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{dir}: {e}"))
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|name| name.ends_with(".tsv"))
                .map(|name| format!("lexicons/{}/events/{name}", lang.code()))
                .collect();
            on_disk.sort();
            let mut embedded: Vec<String> = EventLexicon::builtin_files(lang)
                .map(str::to_owned)
                .collect();
            embedded.sort();
            assert_eq!(
                on_disk, embedded,
                "list new files in event_sources! in events.rs"
            );
        }
    }

    #[test]
    fn parses_a_well_formed_entry() {
        let text = format!("# comment\n\n{GOOD}\n");
        let lexicon = parse_pl(&[("lexicons/pl/events/consult.tsv", &text)]).expect("parses");
        let entry = &lexicon.entries()[0];
        assert_eq!(entry.line, 3);
        assert_eq!(entry.head, vec!["udać"]);
        let example = entry.example.as_ref().expect("example");
        assert_eq!(example.sentence, "Premier Polski uda się do Kijowa.");
        assert_eq!(example.source.as_deref(), Some("POLGOV"));
        assert_eq!(example.target.as_deref(), Some("UKR"));
        assert_eq!(example.mode, Some(Mode::Planned));
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let file = "lexicons/pl/events/consult.tsv";
        let cases: &[(&str, &str)] = &[
            (
                "consult/x | v: udać | nom | do+gen | 042",
                "expected 6 fields",
            ),
            (
                "consult | v: udać | nom | do+gen | 042 | -",
                "id must be category/slug",
            ),
            (
                "visit/x | v: udać | nom | do+gen | 042 | -",
                "must start with this file's category",
            ),
            (
                "consult/x | udać | nom | do+gen | 042 | -",
                "trigger must start with `v:` or `n:`",
            ),
            (
                "consult/x | v: Udać | nom | do+gen | 042 | -",
                "bad lemma \"Udać\"",
            ),
            (
                "consult/x | v: | nom | do+gen | 042 | -",
                "trigger has no lemma",
            ),
            (
                "consult/x | v: udać | nom | foo | 042 | -",
                "target: bad frame marker \"foo\"",
            ),
            (
                "consult/x | v: udać | nom | do+xyz | 042 | -",
                "bad frame marker \"do+xyz\"",
            ),
            (
                "consult/x | v: udać | subj | do+gen | 042 | -",
                "source: bad frame marker \"subj\" for pl",
            ),
            (
                "consult/x | v: udać | nom | -, acc | 042 | -",
                "may only come last",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 999 | -",
                "unknown CAMEO code \"999\"",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 4a2 | -",
                "2 to 4 digits",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 | Zdanie. POL -> UKR 042",
                "example must be",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 | Zdanie. => POL - UKR 042",
                "`->`",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 | Zdanie. => POL -> UKR",
                "SOURCE -> TARGET CODE",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 | Zdanie. => POL -> UKR 043",
                "entry's code is 042",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 | Zdanie. => POL -> UKR 042 maybe",
                "unknown mode",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 | Zdanie. => pol -> UKR 042",
                "CAMEO actor code",
            ),
            (
                "consult/x | v: udać | nom | do+gen | 042 |  => POL -> UKR 042",
                "sentence is empty",
            ),
        ];
        for (line, want) in cases {
            let text = format!("# header\n{line}\n");
            let err = parse_pl(&[(file, &text)]).expect_err(line);
            assert_eq!((err.file(), err.line()), (file, 2), "{line}");
            let msg = err.to_string();
            assert!(
                msg.starts_with("lexicons/pl/events/consult.tsv:2: "),
                "{msg}"
            );
            assert!(msg.contains(want), "{line}\n  got: {msg}\n  want: {want}");
        }
    }

    #[test]
    fn a_trailing_dash_makes_the_actor_optional() {
        let line = "protest/x | v: strajkować | nom | przeciwko+dat, - | 143 | -";
        let lexicon = parse_pl(&[("lexicons/pl/events/protest.tsv", line)]).expect("parses");
        let target = &lexicon.entries()[0].target;
        assert_eq!(
            target,
            &vec![
                Slot::Prep {
                    prep: "przeciwko".into(),
                    case: SlotCase::Dat
                },
                Slot::None
            ]
        );
    }

    #[test]
    fn from_entries_checks_like_parse() {
        let base = parse_pl(&[("lexicons/pl/events/consult.tsv", GOOD)]).expect("parses");
        let entry = base.entries()[0].clone();
        let book = CodeBook::builtin();
        let rebuilt =
            EventLexicon::from_entries(Lang::Pl, vec![entry.clone()], book).expect("valid");
        assert_eq!(rebuilt.head_indices("udać"), &[0]);

        let mut other = entry.clone();
        other.id = "consult/inny".into();
        other.file = "converted.txt";
        other.line = 7;
        let both = base
            .extend(
                EventLexicon::from_entries(Lang::Pl, vec![other.clone()], book).expect("valid"),
                book,
            )
            .expect("merged");
        assert_eq!(both.head_indices("udać"), &[0, 1]);

        let cases: Vec<(EventEntry, &str)> = vec![
            (
                EventEntry {
                    id: "consult/udać-się-do".into(),
                    ..other.clone()
                },
                "duplicate id",
            ),
            (
                EventEntry {
                    cameo: "999".into(),
                    ..other.clone()
                },
                "unknown CAMEO code",
            ),
            (
                EventEntry {
                    lang: Lang::En,
                    ..other.clone()
                },
                "is en, the lexicon pl",
            ),
            (
                EventEntry {
                    head: vec![],
                    ..other.clone()
                },
                "needs a head lemma",
            ),
            (
                EventEntry {
                    cameo: "043".into(),
                    ..other.clone()
                },
                "example expects CAMEO 042",
            ),
        ];
        for (bad, want) in cases {
            let err = EventLexicon::from_entries(Lang::Pl, vec![entry.clone(), bad], book)
                .expect_err(want);
            assert_eq!((err.file(), err.line()), ("converted.txt", 7), "{want}");
            assert!(err.to_string().contains(want), "{err}");
        }
    }

    #[test]
    fn duplicate_ids_name_both_places() {
        let a = format!("{GOOD}\n");
        let b = format!("# b\n\n{GOOD}\n");
        let err = parse_pl(&[
            ("lexicons/pl/events/consult.tsv", &a),
            ("lexicons/pl/events/consult.tsv", &b),
        ])
        .expect_err("duplicate");
        let msg = err.to_string();
        assert!(
            msg.starts_with("lexicons/pl/events/consult.tsv:3: duplicate id"),
            "{msg}"
        );
        assert!(
            msg.contains("first at lexicons/pl/events/consult.tsv:1"),
            "{msg}"
        );
    }

    #[test]
    fn joined_words_are_linked_companions() {
        let text = "yield/abandon | v: abandon new_economic|trade_relation recently_* *_off tie | subj | with | 0343 | -";
        let lexicon = EventLexicon::parse(
            Lang::En,
            &[("lexicons/en/events/yield.tsv", text)],
            CodeBook::builtin(),
        )
        .expect("parses");
        let entry = &lexicon.entries()[0];
        assert_eq!(entry.companions.len(), 6);
        assert_eq!(entry.companions[1], vec!["economic", "trade"]);
        assert_eq!(
            entry.links,
            vec![
                Link::Free,
                Link::Next,
                Link::Next,
                Link::Head(-1),
                Link::Head(1),
                Link::Free
            ]
        );
        for bad in ["v: abandon *_*_tie", "v: abandon *", "v: abandon new__tie"] {
            let line = format!("yield/abandon | {bad} | subj | with | 0343 | -");
            let err = EventLexicon::parse(
                Lang::En,
                &[("lexicons/en/events/yield.tsv", &line)],
                CodeBook::builtin(),
            )
            .expect_err(bad);
            assert_eq!(err.line(), 1, "{bad}");
        }
    }

    #[test]
    fn english_markers_map_to_cases_and_prepositions() {
        let text = "consult/meet | v: meet | subj | with, on behalf of | 040 | Poland's president met the Chancellor of Germany. => POLGOV -> DEUGOV 040\n\
                    consult/visit | n: visit | poss, of, adj | to | 042 | -\n\
                    aid/give | v: give | subj | iobj, obj | 070 | -\n";
        let mut sources = Vec::new();
        for line in text.lines() {
            let file = if line.starts_with("aid/") {
                "lexicons/en/events/aid.tsv"
            } else {
                "lexicons/en/events/consult.tsv"
            };
            sources.push((file, line));
        }
        let lexicon = EventLexicon::parse(Lang::En, &sources, CodeBook::builtin()).expect("parses");
        let [meet, visit, give] = lexicon.entries() else {
            panic!("three entries")
        };
        assert_eq!(meet.source, vec![Slot::Case(SlotCase::Nom)]);
        assert_eq!(
            meet.target[1],
            Slot::Prep {
                prep: "on behalf of".into(),
                case: SlotCase::Acc
            }
        );
        assert_eq!(
            visit.source,
            vec![
                Slot::Case(SlotCase::Gen),
                Slot::Prep {
                    prep: "of".into(),
                    case: SlotCase::Acc
                },
                Slot::Adj
            ]
        );
        assert_eq!(visit.example, None);
        assert_eq!(
            give.target,
            vec![Slot::Case(SlotCase::Dat), Slot::Case(SlotCase::Acc)]
        );
        // Polish case marks are not English markers.
        let err = EventLexicon::parse(
            Lang::En,
            &[(
                "lexicons/en/events/aid.tsv",
                "aid/x | v: give | nom | do+gen | 070 | -",
            )],
            CodeBook::builtin(),
        )
        .expect_err("nom is Polish");
        assert!(
            err.to_string()
                .contains("bad frame marker \"do+gen\" for en")
                || err.to_string().contains("\"nom\""),
            "{err}"
        );
    }

    #[test]
    fn slots_display_in_source_notation() {
        let slots = [
            (Slot::Case(SlotCase::Inst), "inst"),
            (
                Slot::Prep {
                    prep: "ze strony".into(),
                    case: SlotCase::Gen,
                },
                "ze strony+gen",
            ),
            (Slot::Adj, "adj"),
            (Slot::ClauseSubj, "clause-subj"),
            (Slot::None, "-"),
        ];
        for (slot, text) in slots {
            assert_eq!(slot.to_string(), text);
            assert_eq!(parse_slot(Lang::Pl, text), Some(slot));
        }
    }
}
