//! The recogniser: lexicon names, role nouns and demonyms matched on lemmas, unknown names found
//! from capitalisation and SGJP name classes, and role phrases composed into actors.
//!
//! Matching is on lemmas, not forms: every lexicon name is analysed once when the recogniser is
//! built, and a text token matches a name word when one of its lemmas (or its own lowercased
//! form, for words the analyser guesses) equals one of the name word's. So "Korei Północnej",
//! "Koreą Północną" and "Korea Północna" all reach the same trie path without any list of
//! endings, and a newly added name inflects the day it is added.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use dyad_model::{Actor, Lang};
use dyad_morph::{
    AnalysedSentence, AnalysedToken, Analyser, Case, CaseSet, NameClass, Number, Pos,
};
use dyad_text::{Span, TokenKind};
use jiff::civil::Date;

use crate::lexicon::{role_of_code, Category, Entity, EntityKind, Lexicon, Place};
use crate::Result;

/// One mention of an entity or actor in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Where it is in the document.
    pub span: Span,
    /// Token indices in the sentence.
    pub tokens: Range<usize>,
    /// The token whose case marks the mention's role in the sentence ("prezydenta" in
    /// "prezydenta Federacji Rosyjskiej Władimira Putina").
    pub head: usize,
    /// The words as written.
    pub text: String,
    /// Base form (nominative, with agreement).
    pub base: String,
    /// BSNLP type.
    pub kind: EntityKind,
    /// Lexicon id, when the lexicon knows it.
    pub entity: Option<String>,
    /// Canonical English name, when known.
    pub name: Option<String>,
    /// CAMEO actor code valid on the date.
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// Role code (`GOV`, `MIL`, `MED`, ...).
    pub role: Option<String>,
    /// Possible cases of the mention as a whole.
    pub cases: CaseSet,
    /// Whether the mention is plural.
    pub plural: bool,
    /// A demonym adjective ("rosyjska" in "rosyjska inwazja") standing for its country.
    pub adjectival: bool,
    /// Where it is on the map, for cities and capitals.
    pub place: Option<Place>,
}

/// Converts a mention into the contract's actor.
pub fn to_actor(m: &Mention) -> Actor {
    Actor {
        text: m.text.clone(),
        name: m.name.clone().unwrap_or_else(|| m.base.clone()),
        actor: m.actor.clone(),
        country: m.country.clone(),
        role: m.role.clone(),
    }
}

const ALL_CASES: CaseSet = CaseSet(0x7f);
/// The name index `choose` gives a match on an inhabitant noun.
const PEOPLE: u16 = u16::MAX - 1;
const NONE: u32 = u32::MAX;

/// What a trie path ends in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A name of an entity: (entity index, name index in the entity's names or
    /// `u16::MAX` for an automatic surname alias).
    Name { entity: u32, name: u16 },
    /// A role noun (index into the recogniser's roles).
    Role(u32),
    /// A demonym adjective of an entity.
    Adj(u32),
    /// A noun for the people of an entity ("Polacy", "Brytyjczyk").
    People(u32),
}

/// How a lexicon word constrains the text's capitalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caps {
    /// Any ("armia", "rosyjski").
    Any = 0,
    /// Capitalised ("Rosja").
    Initial = 1,
    /// All capitals ("NATO", "PO": so the preposition "Po" never reads as the party).
    Upper = 2,
}

/// FNV-1a: the trie is probed with every lemma of every token, and these keys are short words
/// from our own lexicon, so a simple fast hash beats SipHash's flood resistance here.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

#[derive(Debug, Default)]
struct Node {
    next: FnvMap<Box<str>, [u32; 3]>,
    targets: Vec<Target>,
}

#[derive(Debug)]
struct Trie {
    nodes: Vec<Node>,
}

impl Trie {
    fn new() -> Trie {
        Trie {
            nodes: vec![Node::default()],
        }
    }

    fn child(&mut self, node: u32, key: &str, caps: Caps) -> u32 {
        let len = self.nodes.len() as u32;
        let slot = self.nodes[node as usize]
            .next
            .entry(key.into())
            .or_insert([NONE; 3]);
        if slot[caps as usize] != NONE {
            return slot[caps as usize];
        }
        slot[caps as usize] = len;
        self.nodes.push(Node::default());
        len
    }

    /// Inserts a path: one set of alternative keys per word.
    fn insert(&mut self, words: &[(Vec<String>, Caps)], target: Target) {
        let mut frontier = vec![0u32];
        for (keys, caps) in words {
            let mut next = Vec::new();
            for &n in &frontier {
                for k in keys {
                    let c = self.child(n, k, *caps);
                    if !next.contains(&c) {
                        next.push(c);
                    }
                }
            }
            frontier = next;
        }
        for n in frontier {
            let t = &mut self.nodes[n as usize].targets;
            if !t.contains(&target) {
                t.push(target);
            }
        }
    }
}

/// A role noun as the recogniser uses it.
#[derive(Debug, Clone)]
struct RoleInfo {
    code: Option<String>,
    kind: EntityKind,
    gloss: String,
    plural_only: bool,
}

/// What the recogniser knows about one token.
#[derive(Debug, Default)]
struct Word<'a> {
    /// The lower-cased form, then lower-cased lemmas; borrowed from the analyses when they
    /// are lower case already, which most are.
    keys: Vec<Cow<'a, str>>,
    initial: bool,
    upper: bool,
    word: bool,
    name_classes: u8,
    /// SGJP (not the guesser) knows the word as a proper name.
    known_name: bool,
    /// Name classes SGJP itself gives (not the guesser).
    known_classes: u8,
    common: bool,
    guessed_only: bool,
    cases: CaseSet,
    plural: bool,
    singular: bool,
    adjective: bool,
    noun: bool,
    verb: bool,
    preposition: bool,
    /// First word of a line or sentence, or after an opening quote, colon or dash: capitalised
    /// by position, so capitals say nothing there.
    opening: bool,
    /// First token of a line.
    line_start: bool,
}

fn class_bit(c: NameClass) -> u8 {
    match c {
        NameClass::Geographic => 1,
        NameClass::FirstName => 2,
        NameClass::Surname => 4,
        NameClass::Organisation => 8,
        NameClass::OtherProper => 16,
    }
}

/// Whether `lower` is `s` lower-cased, without allocating.
fn eq_lowercase(lower: &str, s: &str) -> bool {
    let mut a = lower.chars();
    for c in s.chars().flat_map(char::to_lowercase) {
        if a.next() != Some(c) {
            return false;
        }
    }
    a.next().is_none()
}

fn is_upper_word(w: &str) -> bool {
    !w.chars().any(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn is_initial(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn words_of<'a>(text: &str, sentence: &'a AnalysedSentence) -> Vec<Word<'a>> {
    let mut out: Vec<Word> = Vec::with_capacity(sentence.tokens.len());
    let mut prev_end = None;
    let mut all_punct = true;
    for t in &sentence.tokens {
        let mut w = word_of(t);
        let gap = prev_end
            .and_then(|e: usize| text.get(e..t.token.span.start))
            .unwrap_or("");
        let after_mark = out.last().is_some_and(|p: &Word| {
            matches!(
                &*p.keys[0],
                ":" | "\"" | "„" | "“" | "«" | "-" | "–" | "—" | "(" | "." | "!" | "?"
            )
        });
        w.line_start = gap.contains('\n');
        w.opening = all_punct || w.line_start || after_mark;
        if w.word {
            all_punct = false;
        }
        prev_end = Some(t.token.span.end);
        out.push(w);
    }
    out
}

fn word_of(t: &AnalysedToken) -> Word<'_> {
    let form = t.form.as_str();
    let mut w = Word {
        initial: is_initial(form),
        upper: is_upper_word(form),
        word: matches!(t.token.kind, TokenKind::Word | TokenKind::Abbreviation),
        guessed_only: !t.analyses.is_empty(),
        ..Word::default()
    };
    w.keys.push(if form.chars().any(char::is_uppercase) {
        Cow::Owned(form.to_lowercase())
    } else {
        Cow::Borrowed(form)
    });
    for a in &t.analyses {
        // Most lemmas are lower case already: compare them as they are, and lower-case (and
        // allocate) only the capitalised ones.
        if a.lemma.chars().any(char::is_uppercase) {
            if !w.keys.iter().any(|k| eq_lowercase(k, &a.lemma)) {
                w.keys.push(Cow::Owned(a.lemma.to_lowercase()));
            }
        } else if !w.keys.iter().any(|k| *k == a.lemma) {
            w.keys.push(Cow::Borrowed(&a.lemma));
        }
        if let Some(c) = a.name_class {
            w.name_classes |= class_bit(c);
            if !a.guessed {
                w.known_name = true;
                w.known_classes |= class_bit(c);
            }
        } else if !a.guessed
            && (!a.lemma.starts_with(char::is_uppercase) || is_upper_word(&a.lemma))
        {
            // Lower-case lemmas, and all-capital abbreviations SGJP lists as common nouns
            // (PKB, VAT), are common words.
            w.common = true;
        }
        if !a.guessed {
            w.guessed_only = false;
        }
        match a.tag.pos {
            Pos::Subst | Pos::Depr | Pos::Ger => w.noun = true,
            Pos::Adj | Pos::AdjA | Pos::Pact | Pos::Ppas => w.adjective = true,
            Pos::Fin | Pos::Praet | Pos::Inf | Pos::Impt | Pos::Imps | Pos::Bedzie => w.verb = true,
            Pos::Prep => w.preposition = true,
            _ => {}
        }
        w.cases = CaseSet(w.cases.0 | a.tag.cases.0);
        if a.tag.has_number(Number::Pl) {
            w.plural = true;
        }
        if a.tag.has_number(Number::Sg) {
            w.singular = true;
        }
    }
    w
}

/// Nouns that head organisation names ("Partia Pracy", "Ministerstwo Zdrowia").
const ORG_HEADS: &[&str] = &[
    "partia",
    "ministerstwo",
    "uniwersytet",
    "ambasada",
    "bank",
    "rada",
    "komisja",
    "związek",
    "urząd",
    "sąd",
    "trybunał",
    "izba",
    "kościół",
    "fundacja",
    "stowarzyszenie",
    "instytut",
    "agencja",
    "organizacja",
    "sojusz",
    "front",
    "ruch",
    "kongres",
    "parlament",
    "senat",
    "policja",
    "straż",
    "armia",
    "służba",
    "inspekcja",
    "kancelaria",
    "biuro",
    "departament",
    "komitet",
    "zgromadzenie",
    "akademia",
    "szkoła",
    "szpital",
    "klub",
    "grupa",
    "centrum",
    "spółka",
    "koalicja",
    "unia",
    "federacja",
    "stronnictwo",
    "porozumienie",
    "liga",
    "narodowy",
];

/// Last words of organisation names written in English ("Home Office", "Work Service").
const ORG_TAILS: &[&str] = &[
    "office",
    "service",
    "services",
    "party",
    "group",
    "bank",
    "union",
    "council",
    "agency",
    "airlines",
    "airways",
    "company",
    "corporation",
    "corp",
    "foundation",
    "institute",
    "university",
    "college",
    "league",
    "association",
    "committee",
    "commission",
    "forum",
    "trust",
    "network",
    "partners",
    "holdings",
    "ltd",
    "inc",
    "plc",
    "gmbh",
    "fund",
    "motors",
    "analytica",
    "department",
    "ministry",
    "club",
    "fc",
    "united",
];

/// Words of organisation names written in English, anywhere in the name ("Vote Leave", "Best
/// for Britain", "People's Vote").
const ORG_WORDS: &[&str] = &[
    "vote",
    "leave",
    "remain",
    "campaign",
    "alliance",
    "coalition",
    "movement",
    "action",
    "watch",
    "international",
    "global",
    "initiative",
    "open",
    "best",
    "people's",
    "for",
];

/// Particles inside personal names ("Ursula von der Leyen", "Lula da Silva").
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "de", "da", "di", "del", "dos", "du", "la", "le", "al", "bin", "ibn",
    "el", "for", "of", "the", "and", "&", "on",
];

/// Builds and holds everything needed to find mentions; immutable and `Send + Sync`.
pub struct Recogniser {
    lang: Lang,
    lexicon: Lexicon,
    roles: Vec<RoleInfo>,
    trie: Trie,
    analyser: &'static Analyser,
}

impl std::fmt::Debug for Recogniser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recogniser")
            .field("lang", &self.lang)
            .field("entities", &self.lexicon.entities.len())
            .field("trie_nodes", &self.trie.nodes.len())
            .finish()
    }
}

/// One lexicon match found by walking the trie.
#[derive(Debug, Clone)]
struct Match {
    start: usize,
    end: usize,
    targets: Vec<Target>,
    /// A demonym adjective skipped inside the match ("minister rosyjskiej obrony").
    inner_adj: Option<usize>,
}

impl Recogniser {
    /// The Polish recogniser over the embedded lexicon and the SGJP analyser.
    pub fn polish() -> Result<Recogniser> {
        Recogniser::new(Lang::Pl, Lexicon::embedded()?, Analyser::polish())
    }

    /// A recogniser for `lang` over `lexicon`.
    pub fn new(lang: Lang, lexicon: Lexicon, analyser: &'static Analyser) -> Result<Recogniser> {
        let mut r = Recogniser {
            lang,
            lexicon,
            roles: Vec::new(),
            trie: Trie::new(),
            analyser,
        };
        r.build();
        Ok(r)
    }

    /// The lexicon the recogniser was built from.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The trie path of a lexicon phrase: per word, its lemmas and its own lowercased form.
    fn path(&self, phrase: &str, lemmatise: bool) -> Vec<(Vec<String>, Caps)> {
        let tokens = dyad_text::Tokenizer::polish().tokens(phrase);
        let single = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count() == 1;
        let mut out = Vec::new();
        for t in tokens {
            let w = t.span.slice(phrase);
            if t.kind == TokenKind::Punct && w != "-" {
                continue;
            }
            let lower = w.to_lowercase();
            let mut keys = vec![lower.clone()];
            let analyses: Vec<_> = if lemmatise && self.lang == Lang::Pl {
                self.analyser
                    .analyse(w)
                    .into_iter()
                    .filter(|a| !a.guessed)
                    .collect()
            } else {
                Vec::new()
            };
            // A capitalised one-word name is a noun: its noun or name readings give the lemmas,
            // so "Polska" is not reached from the adjective "polskiego".
            let head_noun = single
                && is_initial(w)
                && analyses
                    .iter()
                    .any(|a| a.name_class.is_some() || matches!(a.tag.pos, Pos::Subst | Pos::Depr));
            if lemmatise && self.lang == Lang::Pl {
                // Lexicon names are written in the nominative: only readings that allow it give
                // lemmas ("Janów" the town, not the genitive plural of "Jan"). Complements in
                // other cases ("minister obrony") match by their form, which does not inflect.
                // Guessed readings are left out: a word SGJP lacks matches by its own form, and
                // the text's inflected forms reach it through their guessed lemmas.
                for a in &analyses {
                    if head_noun
                        && a.name_class.is_none()
                        && !matches!(a.tag.pos, Pos::Subst | Pos::Depr)
                    {
                        continue;
                    }
                    let nominative = a.tag.cases.is_empty() || a.tag.has_case(Case::Nom);
                    let l = a.lemma.to_lowercase();
                    if nominative && !keys.contains(&l) {
                        keys.push(l);
                    }
                }
            }
            let caps = if is_upper_word(w) && w.chars().count() <= 6 {
                Caps::Upper
            } else if is_initial(w) {
                Caps::Initial
            } else {
                Caps::Any
            };
            out.push((keys, caps));
        }
        out
    }

    /// A one-word city name that SGJP knows as a common word or a personal name, and not as a
    /// place, would fire on ordinary text ("Deka", "Hamilton"): such names are left out.
    fn city_name_usable(&self, name: &str) -> bool {
        if self.lang != Lang::Pl || name.contains(' ') {
            return true;
        }
        let (mut place, mut other) = (false, false);
        for a in self.analyser.analyse(name).iter().filter(|a| !a.guessed) {
            match a.name_class {
                Some(NameClass::Geographic) => place = true,
                Some(NameClass::FirstName | NameClass::Surname) | None => other = true,
                _ => {}
            }
        }
        place || !other
    }

    fn build(&mut self) {
        let lang = self.lang;
        let mut trie = Trie::new();
        for (ei, e) in self.lexicon.entities.iter().enumerate() {
            let ei = ei as u32;
            for (ni, (l, name)) in e.names.iter().enumerate() {
                // Only generated GeoNames names are screened: a hand-written record is meant.
                let generated = e.origin.file == crate::lexicon::CITIES.file;
                if *l != lang || (generated && !self.city_name_usable(name)) {
                    continue;
                }
                let path = self.path(name, true);
                if !path.is_empty() {
                    trie.insert(
                        &path,
                        Target::Name {
                            entity: ei,
                            name: ni as u16,
                        },
                    );
                }
            }
            if e.category == Category::Person {
                if let Some(alias) = surname_alias(e, lang) {
                    let path = self.path(&alias, true);
                    trie.insert(
                        &path,
                        Target::Name {
                            entity: ei,
                            name: u16::MAX,
                        },
                    );
                }
            }
            for (l, adj) in &e.adjectives {
                if *l == lang {
                    trie.insert(&self.path(adj, true), Target::Adj(ei));
                }
            }
            for (l, noun) in &e.inhabitants {
                if *l == lang {
                    trie.insert(&self.path(noun, true), Target::People(ei));
                }
            }
        }
        let mut roles = Vec::new();
        for (l, role) in &self.lexicon.roles {
            if *l != lang {
                continue;
            }
            let idx = roles.len() as u32;
            roles.push(RoleInfo {
                code: role.code.clone(),
                kind: role.kind,
                gloss: role.gloss.clone(),
                plural_only: role.plural_only,
            });
            trie.insert(&self.path(&role.phrase, true), Target::Role(idx));
        }
        self.roles = roles;
        self.trie = trie;
    }

    /// Every lexicon match starting at `start`, longest first.
    fn walk(&self, words: &[Word], start: usize, out: &mut Vec<Match>) {
        let mut stack: Vec<(u32, usize, Option<usize>)> = vec![(0, start, None)];
        while let Some((node, pos, skipped)) = stack.pop() {
            if pos >= words.len() {
                continue;
            }
            let w = &words[pos];
            if !(w.word || node != 0 && words_is_hyphen(w)) {
                continue;
            }
            // A lone capital ("W" opening a sentence) is a preposition or an initial, never a
            // name word, whatever its lemmas say.
            if w.initial && is_initial_only_letter(&w.keys[0]) {
                continue;
            }
            let n = &self.trie.nodes[node as usize];
            let mut advanced = Vec::new();
            for k in &w.keys {
                let Some(slots) = n.next.get(&**k) else {
                    continue;
                };
                for (caps, &child) in slots.iter().enumerate() {
                    let ok = match caps {
                        0 => true,
                        1 => w.initial,
                        _ => w.upper,
                    };
                    if child != NONE && ok && !advanced.contains(&child) {
                        advanced.push(child);
                    }
                }
            }
            for child in advanced {
                let c = &self.trie.nodes[child as usize];
                if !c.targets.is_empty() {
                    out.push(Match {
                        start,
                        end: pos + 1,
                        targets: c.targets.clone(),
                        inner_adj: skipped,
                    });
                }
                if !c.next.is_empty() {
                    stack.push((child, pos + 1, skipped));
                }
            }
            // "minister rosyjskiej obrony": a demonym inside a role phrase is skipped and kept.
            if node != 0 && skipped.is_none() && w.adjective && !w.initial && self.is_demonym(w) {
                stack.push((node, pos + 1, Some(pos)));
            }
        }
    }

    fn is_demonym(&self, w: &Word) -> bool {
        let root = &self.trie.nodes[0];
        w.keys.iter().any(|k| {
            root.next.get(&**k).is_some_and(|slots| {
                slots.iter().any(|&c| {
                    c != NONE
                        && self.trie.nodes[c as usize]
                            .targets
                            .iter()
                            .any(|t| matches!(t, Target::Adj(_)))
                })
            })
        })
    }

    /// Named entities only (lexicon names and unknown names), as BSNLP counts them: no role
    /// phrases, no demonym adjectives.
    pub fn entities(
        &self,
        text: &str,
        sentence: &AnalysedSentence,
        date: Option<Date>,
    ) -> Vec<Mention> {
        let words = words_of(text, sentence);
        let (names, _, _) = self.layers(&words);
        let mut out: Vec<Mention> = names
            .iter()
            .map(|m| self.name_mention(sentence, &words, m, date))
            .collect();
        let (compounds, covered) = self.compound_names(sentence, &words, &names, date);
        out.extend(compounds);
        out.extend(self.unknown_names(sentence, &words, &covered));
        out.sort_by_key(|m| m.tokens.start);
        out
    }

    /// Names glued by a hyphen into one token ("USA-Chiny", "UE-Londyn"): each part that the
    /// lexicon knows is a mention of its own, with a span inside the token. Returns those
    /// mentions and the matches the unknown-name pass must leave alone.
    fn compound_names(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        names: &[Match],
        date: Option<Date>,
    ) -> (Vec<Mention>, Vec<Match>) {
        let mut covered: Vec<Match> = names.to_vec();
        let mut out = Vec::new();
        for (i, t) in sentence.tokens.iter().enumerate() {
            if !words[i].word
                || !t.form.contains('-')
                || names.iter().any(|m| m.start <= i && i < m.end)
            {
                continue;
            }
            let parts: Vec<&str> = t.form.split('-').collect();
            if parts.len() < 2 || parts.iter().any(|p| !is_initial(p)) {
                continue;
            }
            let mut found = Vec::new();
            let mut offset = t.token.span.start;
            for part in &parts {
                let token = dyad_text::Token {
                    span: Span::new(offset, offset + part.len()),
                    kind: TokenKind::Word,
                    space_before: false,
                };
                offset += part.len() + 1;
                let analyses = self.analyser.analyse(part);
                let one = AnalysedSentence {
                    tokens: vec![AnalysedToken {
                        token,
                        form: part.to_string(),
                        analyses,
                    }],
                };
                let ws = words_of("", &one);
                let mut ms = Vec::new();
                self.walk(&ws, 0, &mut ms);
                // Every part must be a known name: "Al-Kaida" or "Kosiniak-Kamysz" stay whole.
                let Some(m) = ms.into_iter().find(|m| {
                    m.end == 1 && m.targets.iter().any(|t| matches!(t, Target::Name { .. }))
                }) else {
                    found.clear();
                    break;
                };
                let mut mention = self.name_mention(&one, &ws, &m, date);
                mention.tokens = i..i + 1;
                mention.head = i;
                found.push(mention);
            }
            if !found.is_empty() {
                covered.push(Match {
                    start: i,
                    end: i + 1,
                    targets: Vec::new(),
                    inner_adj: None,
                });
                out.extend(found);
            }
        }
        (out, covered)
    }

    /// Actor mentions: names, role phrases composed with their country words and names
    /// ("prezydenta Federacji Rosyjskiej Władimira Putina" is one mention, RUSGOV), and demonym
    /// adjectives standing for their country. `text` is the document the spans index into.
    pub fn mentions(
        &self,
        text: &str,
        sentence: &AnalysedSentence,
        date: Option<Date>,
    ) -> Vec<Mention> {
        let words = words_of(text, sentence);
        let (names, roles, adjs) = self.layers(&words);
        let mut singles: Vec<Mention> = names
            .iter()
            .map(|m| self.name_mention(sentence, &words, m, date))
            .collect();
        let (compounds, mut covered) = self.compound_names(sentence, &words, &names, date);
        singles.extend(compounds);
        // Role words are roles here, not unknown names ("rzeczniczka MSZ Rosji").
        covered.extend(roles.iter().cloned());
        singles.extend(self.unknown_names(sentence, &words, &covered));
        singles.sort_by_key(|m| m.tokens.start);
        let mut adjectives: Vec<Mention> = Vec::new();
        for m in &adjs {
            if let Some(mention) = self.adjective_mention(sentence, &words, m, date) {
                adjectives.push(mention);
            }
        }
        let mut used = vec![false; words.len()];
        let mut out = Vec::new();
        for r in &roles {
            if r.tokens_overlap(&used) {
                continue;
            }
            if let Some(m) = self.compose(text, sentence, &words, r, &singles, &adjectives, date) {
                for i in m.tokens.clone() {
                    used[i] = true;
                }
                out.push(m);
            }
        }
        for m in singles.into_iter().chain(adjectives) {
            if !m.tokens.clone().any(|i| used[i]) {
                for i in m.tokens.clone() {
                    used[i] = true;
                }
                out.push(m);
            }
        }
        out.sort_by_key(|m| m.tokens.start);
        out
    }

    /// Leftmost-longest lexicon matches, split into names, roles and demonyms; names win over
    /// the others where they overlap.
    fn layers(&self, words: &[Word]) -> (Vec<Match>, Vec<Match>, Vec<Match>) {
        let mut all = Vec::new();
        for i in 0..words.len() {
            if words[i].word {
                self.walk(words, i, &mut all);
            }
        }
        let pick = |pred: &dyn Fn(&Target) -> bool, blocked: &[bool]| -> Vec<Match> {
            let mut ms: Vec<Match> = all
                .iter()
                .filter_map(|m| {
                    let targets: Vec<Target> =
                        m.targets.iter().copied().filter(|t| pred(t)).collect();
                    (!targets.is_empty()).then(|| Match {
                        targets,
                        ..m.clone()
                    })
                })
                .collect();
            ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
            let mut taken = blocked.to_vec();
            let mut out = Vec::new();
            for m in ms {
                if (m.start..m.end).any(|i| taken[i]) {
                    continue;
                }
                for t in taken.iter_mut().take(m.end).skip(m.start) {
                    *t = true;
                }
                out.push(m);
            }
            out
        };
        let free = vec![false; words.len()];
        let names = pick(
            &|t| matches!(t, Target::Name { .. } | Target::People(_)),
            &free,
        );
        let names: Vec<Match> = names
            .into_iter()
            .filter(|m| self.keep_name_match(words, m))
            .collect();
        let mut blocked = free.clone();
        for m in &names {
            for b in blocked.iter_mut().take(m.end).skip(m.start) {
                *b = true;
            }
        }
        let roles = pick(&|t| matches!(t, Target::Role(_)), &blocked);
        let adjs = pick(&|t| matches!(t, Target::Adj(_)), &blocked);
        // A role match may cover a demonym inside it ("minister rosyjskiej obrony"); keep the
        // adjective out of the demonym layer then.
        let adjs = adjs
            .into_iter()
            .filter(|a| !roles.iter().any(|r| r.start <= a.start && a.end <= r.end))
            .collect();
        (names, roles, adjs)
    }

    /// Whether a name match stands. Two kinds do not:
    /// - a one-word match at the opening of a sentence on a word SGJP knows as a common word,
    ///   unless the word is the name itself ("Polska" stays; "Polskie", "Dane", "To" reach a
    ///   name only through a reading capitals invented);
    /// - a one-word city or surname alias glued to a capitalised word the lexicon does not
    ///   know: it is part of a longer name ("Cambridge Analytica", "Amber Rudd").
    fn keep_name_match(&self, words: &[Word], m: &Match) -> bool {
        if m.end - m.start != 1 {
            return true;
        }
        let w = &words[m.start];
        let exact = m.targets.iter().any(|t| match *t {
            Target::Name { entity, name } if name != u16::MAX => {
                let e = &self.lexicon.entities[entity as usize];
                e.names
                    .get(name as usize)
                    .is_some_and(|(_, n)| eq_lowercase(&w.keys[0], n))
            }
            _ => false,
        });
        // Nouns for people are common words wherever they stand ("Torysi twierdzą").
        let people = m.targets.iter().any(|t| matches!(t, Target::People(_)));
        if w.opening && w.common && !exact && !people {
            return false;
        }
        // "Europy Wschodniej": a place followed by a capitalised adjective the lexicon does not
        // know is a longer place name.
        let place = m.targets.iter().all(|t| match *t {
            Target::Name { entity, .. } => matches!(
                self.lexicon.entities[entity as usize].category,
                Category::City | Category::Region | Category::Country
            ),
            _ => false,
        });
        if place
            && words.get(m.end).is_some_and(|n| {
                n.word && n.initial && n.adjective && !n.noun && !self.starts_name(words, m.end)
            })
        {
            return false;
        }
        let weak = m.targets.iter().all(|t| match *t {
            Target::Name { entity, name } => {
                name == u16::MAX
                    || self.lexicon.entities[entity as usize].category == Category::City
            }
            _ => false,
        });
        if !weak {
            return true;
        }
        // After the match, a first name starts someone else ("burmistrz Filadelfii Michael
        // Nutter"); before it, a first name makes the alias another person ("Gina Miller").
        let glued = |i: usize, after: bool| {
            words.get(i).is_some_and(|n| {
                n.word
                    && n.initial
                    && !n.upper
                    && !(n.opening && n.common)
                    && !(after && n.known_classes & class_bit(NameClass::FirstName) != 0)
                    && !self.starts_name(words, i)
            })
        };
        !(glued(m.end, true) || (m.start > 0 && !w.opening && glued(m.start - 1, false)))
    }

    /// Whether some lexicon name starts at `i`.
    fn starts_name(&self, words: &[Word], i: usize) -> bool {
        let mut ms = Vec::new();
        self.walk(words, i, &mut ms);
        ms.iter().any(|m| {
            m.targets
                .iter()
                .any(|t| matches!(t, Target::Name { .. } | Target::People(_)))
        })
    }

    /// The best entity of a name match on `date`: explicit names over surname aliases, people in
    /// office over those out of it, states over seats over organisations over people over
    /// places, bigger cities over smaller ones.
    fn choose(&self, m: &Match, date: Option<Date>) -> (usize, Option<u16>) {
        type Preference = (u8, u8, u8, u64);
        let mut best: Option<(usize, Option<u16>, Preference)> = None;
        for t in &m.targets {
            let (entity, name) = match *t {
                Target::Name { entity, name } => (entity, name),
                Target::People(entity) => (entity, PEOPLE),
                _ => continue,
            };
            let e = &self.lexicon.entities[entity as usize];
            let explicit = u8::from(name != u16::MAX);
            let in_office = u8::from(e.in_office(date));
            let rank = match e.category {
                Category::Country => 6,
                Category::Seat => 5,
                Category::Igo | Category::Media => 4,
                Category::Org => 3,
                Category::Person => 2,
                Category::Region | Category::Event | Category::Product => 1,
                Category::City => 0,
            };
            let key = (explicit, in_office, rank, e.population);
            if best.as_ref().is_none_or(|b| key > b.2) {
                best = Some((entity as usize, (name != u16::MAX).then_some(name), key));
            }
        }
        best.map(|b| (b.0, b.1)).unwrap_or((0, None))
    }

    fn span_of(sentence: &AnalysedSentence, tokens: Range<usize>) -> Span {
        let s = sentence.tokens[tokens.start].token.span;
        let e = sentence.tokens[tokens.end - 1].token.span;
        s.cover(e)
    }

    fn text_of(sentence: &AnalysedSentence, tokens: Range<usize>) -> String {
        let mut s = String::new();
        for (k, t) in sentence.tokens[tokens].iter().enumerate() {
            if k > 0 && t.token.space_before {
                s.push(' ');
            }
            s.push_str(&t.form);
        }
        s
    }

    fn cases_of(words: &[Word], tokens: Range<usize>) -> (CaseSet, bool) {
        let mut cases = ALL_CASES;
        let mut plural = false;
        let mut first = true;
        for w in &words[tokens] {
            if !w.word || w.cases.is_empty() {
                continue;
            }
            let both = cases.and(w.cases);
            if !both.is_empty() {
                cases = both;
            }
            if first {
                plural = w.plural && !w.singular;
                first = false;
            }
        }
        (cases, plural)
    }

    fn entity_mention(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        tokens: Range<usize>,
        e: &Entity,
        base: String,
        date: Option<Date>,
    ) -> Mention {
        let (mut cases, plural) = Self::cases_of(words, tokens.clone());
        // Readings whose lemma is a word of the entity's names say the case; the guesser's
        // others do not ("Bidena" is Biden's genitive, not a feminine "Bidena").
        if e.category == Category::Person {
            let name_words: Vec<String> = e
                .names
                .iter()
                .flat_map(|(_, n)| n.split_whitespace())
                .map(str::to_lowercase)
                .collect();
            let mut own = ALL_CASES;
            let mut matched = false;
            for t in &sentence.tokens[tokens.clone()] {
                let mut c = CaseSet::EMPTY;
                for a in &t.analyses {
                    if name_words.iter().any(|w| eq_lowercase(w, &a.lemma)) {
                        c = CaseSet(c.0 | a.tag.cases.0);
                    }
                }
                if !c.is_empty() && !own.and(c).is_empty() {
                    own = own.and(c);
                    matched = true;
                }
            }
            if matched {
                cases = own;
            }
        }
        let actor = e.actor_on(date);
        Mention {
            span: Self::span_of(sentence, tokens.clone()),
            head: tokens.start,
            text: Self::text_of(sentence, tokens.clone()),
            tokens,
            base,
            kind: e.kind,
            entity: Some(e.id.clone()),
            name: Some(e.name.clone()),
            role: actor.as_deref().and_then(role_of_code),
            actor,
            country: e.country.clone(),
            cases,
            plural,
            adjectival: false,
            place: e.place.clone(),
        }
    }

    fn name_mention(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        m: &Match,
        date: Option<Date>,
    ) -> Mention {
        let (ei, name) = self.choose(m, date);
        let e = &self.lexicon.entities[ei];
        let forms: Vec<&str> = sentence.tokens[m.start..m.end]
            .iter()
            .map(|t| t.form.as_str())
            .collect();
        let text = Self::text_of(sentence, m.start..m.end);
        let base = match name {
            // The matched lexicon name is its nominative; a spelling of the same name written
            // exactly as in the text wins ("W.Brytania", not "W. Brytania").
            Some(n) if n != PEOPLE => e
                .names
                .iter()
                .find(|(l, s)| *l == self.lang && eq_lowercase(&text.to_lowercase(), s))
                .map_or_else(|| e.names[n as usize].1.clone(), |(_, s)| s.clone()),
            // A surname alias is its own nominative ("Macronowi" is "Macron").
            None if e.category == Category::Person => {
                surname_alias(e, self.lang).unwrap_or_else(|| self.analyser.base_form(&forms))
            }
            // Inhabitant nouns keep their number ("Polaków" is "Polacy"), as BSNLP writes them.
            _ => self.analyser.base_form(&forms),
        };
        let mut mention = self.entity_mention(sentence, words, m.start..m.end, e, base, date);
        if name == Some(PEOPLE) {
            mention.kind = EntityKind::Per;
            mention.place = None;
            // "Polacy" are Poland's people; "torysi" the party's members.
            if e.category != Category::Country {
                mention.actor = e.actor.clone();
                mention.role = e.actor.as_deref().and_then(role_of_code);
            } else {
                mention.actor = e.country.clone();
                mention.role = None;
            }
        }
        mention
    }

    fn adjective_mention(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        m: &Match,
        date: Option<Date>,
    ) -> Option<Mention> {
        let Target::Adj(ei) = *m.targets.first()? else {
            return None;
        };
        let e = &self.lexicon.entities[ei as usize];
        let mut mention =
            self.entity_mention(sentence, words, m.start..m.end, e, e.name.clone(), date);
        mention.base = e.names_in(self.lang).next().unwrap_or(&e.name).to_string();
        mention.adjectival = true;
        mention.kind = EntityKind::Loc;
        Some(mention)
    }

    /// Capitalised words outside the lexicon: typed from SGJP name classes and the guesser,
    /// normalised by the analyser's multi-word base form.
    fn unknown_names(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        known: &[Match],
    ) -> Vec<Mention> {
        let mut blocked = vec![false; words.len()];
        for m in known {
            for b in blocked.iter_mut().take(m.end).skip(m.start) {
                *b = true;
            }
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if blocked[i] || !self.name_start(sentence, words, i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            while end < words.len() && !blocked[end] {
                let w = &words[end];
                let t = &sentence.tokens[end];
                // An acronym does not run into a following name ("TLP Muhammad Qadri").
                let after_acronym = words[end - 1].upper && !w.upper;
                // "Saif ul-Mulook", "Dżamiat Ulema-e-Islam": a lower-case part before a hyphen.
                let hyphen_name = t.form.split_once('-').is_some_and(|(_, b)| is_initial(b));
                // An institution's name may hold "w": "Pomoc Kościołowi w Potrzebie", "Sąd
                // Najwyższy w Lahaur".
                let institution = words[start..end]
                    .iter()
                    .any(|x| ORG_HEADS.iter().any(|h| x.keys.iter().any(|k| k == h)));
                // A name never runs over a line break (headlines, bylines).
                if w.line_start {
                    break;
                }
                if w.word
                    && (w.initial || hyphen_name)
                    && !is_initial_only_letter(&t.form)
                    && !after_acronym
                {
                    end += 1;
                } else if w.word
                    && (NAME_PARTICLES.contains(&t.form.as_str()) || (institution && t.form == "w"))
                    && end + 1 < words.len()
                    && words[end + 1].initial
                    && !blocked[end + 1]
                {
                    end += 2;
                } else {
                    break;
                }
            }
            i = end;
            if sentence.tokens[start..end]
                .iter()
                .all(|t| self.lexicon.not_names.contains(&t.form))
            {
                continue;
            }
            // A headline in capitals ("TYM SIĘ MÓWI") is words, not a name.
            if end - start > 1 && words[start..end].iter().all(|w| w.upper && w.common) {
                continue;
            }
            // A lone common word capitalised inside a sentence is emphasis or a typo more often
            // than a name; several in a row are an institution's name ("Izba Gmin").
            if end - start == 1 && words[start].common && !words[start].known_name {
                continue;
            }
            let forms: Vec<&str> = sentence.tokens[start..end]
                .iter()
                .map(|t| t.form.as_str())
                .collect();
            let mut kind = self.guess_kind(words, start..end, &forms);
            // A lone guessed word after a place preposition is a place ("w Karaczi").
            let place_prep = start > 0
                && matches!(
                    sentence.tokens[start - 1].form.to_lowercase().as_str(),
                    "w" | "we" | "do" | "na" | "pod" | "przy" | "koło"
                );
            if kind == EntityKind::Per
                && end - start == 1
                && words[start].guessed_only
                && place_prep
            {
                kind = EntityKind::Loc;
            }
            let base = self.analyser.base_form(&forms);
            let (cases, plural) = Self::cases_of(words, start..end);
            out.push(Mention {
                span: Self::span_of(sentence, start..end),
                tokens: start..end,
                head: start,
                text: Self::text_of(sentence, start..end),
                base,
                kind,
                entity: None,
                name: None,
                actor: None,
                country: None,
                role: None,
                cases,
                plural,
                adjectival: false,
                place: None,
            });
        }
        out
    }

    /// Whether token `i` may start an unknown name: capitalised, and either inside the sentence
    /// or, at its start (where every word is capitalised), a word the lexicon only knows as a
    /// name or not at all.
    fn name_start(&self, sentence: &AnalysedSentence, words: &[Word], i: usize) -> bool {
        let w = &words[i];
        if !w.word || !w.initial || is_initial_only_letter(&sentence.tokens[i].form) {
            return false;
        }
        let common_only = w.common && !w.known_name;
        // Capitals by position: a word SGJP knows as a common word is no name there ("Jak
        // wskazał", "Tam Asia Bibi"), nor is a past-tense verb with its person ending
        // ("Spodziewałem się"), which SGJP splits and so the guesser sees whole.
        if w.opening && (w.common || self.is_past_with_aglt(&sentence.tokens[i].form)) {
            return false;
        }
        // All-capital common abbreviations (PKB, USD) and headings.
        if w.upper && common_only {
            return false;
        }
        if common_only && (w.verb || w.preposition || !(w.noun || w.adjective)) {
            return false;
        }
        true
    }

    /// "Spodziewałem" = "spodziewał" + "em": a past form with a person ending glued on.
    fn is_past_with_aglt(&self, form: &str) -> bool {
        let lower = form.to_lowercase();
        ["em", "am", "eś", "aś", "śmy", "ście"]
            .iter()
            .any(|suffix| {
                lower.strip_suffix(suffix).is_some_and(|stem| {
                    stem.ends_with('ł')
                        || stem.ends_with("li")
                        || stem.ends_with("ły")
                        || stem.ends_with("ni")
                }) && {
                    let stem = &lower[..lower.len() - suffix.len()];
                    self.analyser
                        .analyse(stem)
                        .iter()
                        .any(|a| !a.guessed && matches!(a.tag.pos, Pos::Praet | Pos::Winien))
                }
            })
    }

    fn guess_kind(&self, words: &[Word], tokens: Range<usize>, forms: &[&str]) -> EntityKind {
        let ws = &words[tokens.clone()];
        let known = ws.iter().fold(0u8, |a, w| a | w.known_classes);
        let guessed = ws.iter().fold(0u8, |a, w| a | w.name_classes);
        let person = class_bit(NameClass::FirstName) | class_bit(NameClass::Surname);
        let org_word = |w: &Word| ORG_HEADS.iter().any(|h| w.keys.iter().any(|k| k == h));
        if tokens.len() > 1 && ws.iter().any(org_word) {
            return EntityKind::Org;
        }
        // "Tehreek-e-Labbaik", "Ulema-e-Islam": names of movements written with several hyphens.
        if forms.iter().any(|f| f.matches('-').count() >= 2) {
            return EntityKind::Org;
        }
        if forms.iter().all(|f| is_upper_word(f)) {
            return EntityKind::Org;
        }
        let last = &words[tokens.end - 1];
        if ORG_TAILS.iter().any(|t| last.keys[0] == *t) {
            return EntityKind::Org;
        }
        if tokens.len() > 1
            && ws.iter().any(|w| ORG_WORDS.contains(&&*w.keys[0]))
            && known & class_bit(NameClass::FirstName) == 0
        {
            return EntityKind::Org;
        }
        // A name of several words with a personal name in it is a person ("Nick Clegg").
        if tokens.len() > 1 && (known | guessed) & person != 0 {
            return EntityKind::Per;
        }
        // SGJP's own classes first: a known first name or surname makes a person.
        if known & person != 0 && known & class_bit(NameClass::Geographic) == 0 {
            return EntityKind::Per;
        }
        if known & class_bit(NameClass::Organisation) != 0 {
            return EntityKind::Org;
        }
        if known & class_bit(NameClass::Geographic) != 0 {
            return EntityKind::Loc;
        }
        if ws.iter().any(|w| w.common && !w.known_name) {
            return EntityKind::Org;
        }
        // Only the guesser speaks: foreign names of two words or more are mostly people.
        if tokens.len() == 1
            && guessed & class_bit(NameClass::Geographic) != 0
            && guessed & person == 0
        {
            return EntityKind::Loc;
        }
        if guessed & class_bit(NameClass::Organisation) != 0 && guessed & person == 0 {
            return EntityKind::Org;
        }
        EntityKind::Per
    }

    /// Named entities of a whole document, with document-level consistency: a single word
    /// outside the lexicon that ends a multi-word person name elsewhere in the document is that
    /// person ("Asia Bibi" ... "Bibi"), whatever its guessed class says.
    pub fn document_entities(
        &self,
        text: &str,
        sentences: &[AnalysedSentence],
        date: Option<Date>,
    ) -> Vec<Mention> {
        let mut out: Vec<Mention> = sentences
            .iter()
            .flat_map(|s| self.entities(text, s, date))
            .collect();
        let surnames: std::collections::HashSet<String> = out
            .iter()
            .filter(|m| m.kind == EntityKind::Per && m.tokens.len() > 1)
            .filter_map(|m| m.base.split_whitespace().last().map(str::to_lowercase))
            .collect();
        for m in &mut out {
            if m.entity.is_none() && m.tokens.len() == 1 && m.kind != EntityKind::Per {
                let base = m.base.to_lowercase();
                if surnames.contains(&base) {
                    m.kind = EntityKind::Per;
                }
            }
        }
        out
    }

    /// Composes a role match with its country word, complements and a following name.
    #[allow(clippy::too_many_arguments)]
    fn compose(
        &self,
        _text: &str,
        sentence: &AnalysedSentence,
        words: &[Word],
        r: &Match,
        singles: &[Mention],
        adjectives: &[Mention],
        date: Option<Date>,
    ) -> Option<Mention> {
        let Target::Role(ri) = *r.targets.first()? else {
            return None;
        };
        let role = &self.roles[ri as usize];
        if role.plural_only && !words[r.start].plural {
            return None;
        }
        let mut start = r.start;
        let mut end = r.end;
        let mut role_code = role.code.clone();
        let mut country: Option<String> = None;
        let mut org_actor: Option<String> = None;
        // The organisation's own name, for the mention's name ("agencja KCNA": Korean Central
        // News Agency, not "news agency of PRKMED").
        let mut org_name: Option<String> = None;
        let mut person: Option<&Mention> = None;
        let adj_at = |i: usize| adjectives.iter().find(|a| a.tokens.start == i);
        let single_at = |i: usize| singles.iter().find(|m| m.tokens.start == i);
        // "minister rosyjskiej obrony": the demonym inside the role phrase.
        if let Some(i) = r.inner_adj {
            if let Some(a) = adj_at(i) {
                country = a.country.clone();
            } else if let Some(m) = self.adjective_at(sentence, words, i, date) {
                country = m.country;
            }
        }
        // "rosyjska armia": a demonym right before the role.
        if country.is_none() && start > 0 {
            if let Some(a) = adjectives.iter().find(|a| a.tokens.end == start) {
                country = a.country.clone();
                start = a.tokens.start;
            }
        }
        // After the role: a demonym ("administracja amerykańska"), genitive complements
        // (further roles, countries, seats, organisations, people), "w"/"ds." phrases, a name.
        let mut steps = 0;
        while end < words.len() && steps < 8 {
            steps += 1;
            if let Some(a) = adj_at(end) {
                if country.is_none() {
                    country = a.country.clone();
                    end = a.tokens.end;
                    continue;
                }
                break;
            }
            if let Some(m) = single_at(end) {
                match self
                    .lexicon
                    .get(m.entity.as_deref().unwrap_or(""))
                    .map(|e| e.category)
                {
                    Some(Category::Person) | None if m.kind == EntityKind::Per => {
                        // In the role's case the name is the role holder ("prezydenta ...
                        // Władimira Putina"); in another it is the owner ("urzędnik
                        // administracji Joe Bidena": an official, of Biden's country).
                        let head_cases = words[r.start].cases;
                        let apposition =
                            head_cases.is_empty() || !m.cases.and(head_cases).is_empty();
                        if apposition {
                            person = Some(m);
                        } else if country.is_none() {
                            country = m.country.clone();
                        }
                        end = m.tokens.end;
                        break;
                    }
                    Some(Category::Country | Category::City | Category::Region) => {
                        if country.is_none() {
                            country = m.country.clone();
                        }
                        end = m.tokens.end;
                        continue;
                    }
                    Some(Category::Seat) => {
                        if country.is_none() {
                            country = m.country.clone();
                        }
                        if role_code.is_none() {
                            role_code = m.role.clone();
                        }
                        if m.country.is_none() {
                            org_actor = m.actor.clone();
                        }
                        end = m.tokens.end;
                        continue;
                    }
                    Some(Category::Igo | Category::Org | Category::Media) => {
                        if org_actor.is_none() && country.is_none() {
                            org_actor = m.actor.clone();
                            org_name = m.name.clone();
                            if role_code.is_none() {
                                role_code = m.role.clone();
                            }
                        }
                        end = m.tokens.end;
                        // A name may follow a person's role: "rzecznik KE Eric Mamer"; not an
                        // organisation's ("agencji KCNA Kim Dzong Un" is two mentions).
                        if role.kind == EntityKind::Org {
                            break;
                        }
                        continue;
                    }
                    _ => break,
                }
            }
            let t = &sentence.tokens[end];
            let w = &words[end];
            // "reżim w Pjongjangu": the place after "w" gives the country.
            if (t.form == "w" || t.form == "we") && end + 1 < words.len() {
                if let Some(m) = single_at(end + 1) {
                    // Not after an organisation: "przywódca Hamasu w Teheranie" is Hamas's.
                    if m.kind == EntityKind::Loc
                        && m.country.is_some()
                        && country.is_none()
                        && org_actor.is_none()
                    {
                        country = m.country.clone();
                        end = m.tokens.end;
                        continue;
                    }
                }
                break;
            }
            // "ds. bezpieczeństwa narodowego", "do spraw zagranicznych": a domain, skipped.
            if t.form == "ds."
                || (t.form == "do"
                    && sentence
                        .tokens
                        .get(end + 1)
                        .is_some_and(|n| n.form == "spraw"))
            {
                end += if t.form == "ds." { 1 } else { 2 };
                while end < words.len()
                    && words[end].word
                    && !words[end].initial
                    && (words[end].noun || words[end].adjective)
                    && !words[end].verb
                {
                    end += 1;
                }
                continue;
            }
            // A role in the genitive ("doradca prezydenta", "urzędnik administracji").
            // Lower-case role words, and acronyms (MSZ, MON): "rzeczniczka MSZ Rosji".
            if w.word && (!w.initial || w.upper) {
                let mut ms = Vec::new();
                self.walk(words, end, &mut ms);
                let inner = ms
                    .iter()
                    .filter(|m| m.targets.iter().any(|t| matches!(t, Target::Role(_))))
                    .max_by_key(|m| m.end);
                if let Some(m) = inner {
                    if w.cases.contains(Case::Gen) {
                        if role_code.is_none() {
                            if let Some(Target::Role(i)) =
                                m.targets.iter().find(|t| matches!(t, Target::Role(_)))
                            {
                                role_code = self.roles[*i as usize].code.clone();
                            }
                        }
                        end = m.end;
                        continue;
                    }
                }
            }
            break;
        }
        let role_code = role_code.unwrap_or_else(|| "GOV".into());
        let tokens = start..end;
        let composite = match (&org_actor, &country) {
            (Some(a), None) => Some(a.clone()),
            (_, Some(c)) => Some(format!("{c}{role_code}")),
            (None, None) => Some(role_code.clone()),
        };
        let (cases, plural) = Self::cases_of(words, r.start..r.end);
        let head = r.start;
        let text_s = Self::text_of(sentence, tokens.clone());
        let base = self.composite_base(sentence, words, r, start, end, person);
        let mut m = Mention {
            span: Self::span_of(sentence, tokens.clone()),
            tokens,
            head,
            text: text_s,
            base,
            kind: role.kind,
            entity: None,
            name: None,
            actor: composite.clone(),
            country: country.clone(),
            role: Some(role_code.clone()),
            cases,
            plural,
            adjectival: false,
            place: None,
        };
        if let Some(p) = person {
            m.kind = EntityKind::Per;
            m.entity = p.entity.clone();
            m.name = p.name.clone().or_else(|| Some(p.base.clone()));
            let e = p.entity.as_deref().and_then(|id| self.lexicon.get(id));
            match e {
                Some(e) if e.office_on(date).is_some() || date.is_none() => {
                    m.actor = e.actor_on(date);
                    m.role = m.actor.as_deref().and_then(role_of_code);
                    m.country = e.country.clone().or(country.clone());
                }
                Some(e) => {
                    m.country = e.country.clone().or(country.clone());
                }
                None => {}
            }
        } else if country.is_none() && org_actor.is_none() {
            // A bare role ("rzecznik", "armia") names no one in particular: the coder gets the
            // role code alone, as CAMEO writes actors of unknown country.
            m.name = Some(role.gloss.clone());
        } else {
            let owner = country
                .as_deref()
                .and_then(|c| self.lexicon.get(c))
                .map(|e| e.name.clone())
                .or_else(|| org_name.clone())
                .or_else(|| org_actor.clone());
            // "agencja KCNA" is the agency itself.
            let itself = country.is_none()
                && org_name.is_some()
                && role_code == "MED"
                && org_actor.as_deref().and_then(role_of_code).as_deref()
                    == Some(role_code.as_str());
            m.name = Some(match owner {
                Some(o) if itself => o,
                Some(o) => format!("{} of {o}", role.gloss),
                None => role.gloss.clone(),
            });
        }
        if m.entity.is_none() && org_actor.is_some() && country.is_none() {
            m.country = None;
        }
        Some(m)
    }

    fn adjective_at(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        i: usize,
        date: Option<Date>,
    ) -> Option<Mention> {
        let mut ms = Vec::new();
        self.walk(words, i, &mut ms);
        let m = ms
            .into_iter()
            .find(|m| m.end == i + 1 && m.targets.iter().any(|t| matches!(t, Target::Adj(_))))?;
        let m = Match {
            targets: m
                .targets
                .into_iter()
                .filter(|t| matches!(t, Target::Adj(_)))
                .collect(),
            ..m
        };
        self.adjective_mention(sentence, words, &m, date)
    }

    /// Base form of a composite: the role phrase (with a leading demonym) in the nominative,
    /// complements as written, and the name in the nominative.
    fn composite_base(
        &self,
        sentence: &AnalysedSentence,
        words: &[Word],
        r: &Match,
        start: usize,
        end: usize,
        person: Option<&Mention>,
    ) -> String {
        let forms = |range: Range<usize>| -> Vec<&str> {
            sentence.tokens[range]
                .iter()
                .map(|t| t.form.as_str())
                .collect()
        };
        // The inflected part: a leading demonym and the role phrase up to a demonym inside it
        // ("minister rosyjskiej obrony" keeps "rosyjskiej obrony" as written), or with a
        // demonym right after it ("administracji amerykańskiej").
        // The head noun inflects with the adjectives agreeing with it ("siły zbrojne",
        // "administracji amerykańskiej"); a genitive complement stays as written ("ministrowie
        // spraw zagranicznych").
        let head_cases = words[r.start].cases;
        let limit = r.inner_adj.unwrap_or(end);
        let mut inflected_end = r.start + 1;
        while inflected_end < limit
            && words[inflected_end].adjective
            && !words[inflected_end].initial
            && !words[inflected_end].cases.and(head_cases).is_empty()
        {
            inflected_end += 1;
        }
        let mut parts = vec![self.analyser.base_form(&forms(start..inflected_end))];
        let rest_end = person.map_or(end, |p| p.tokens.start);
        if rest_end > inflected_end {
            parts.push(Self::text_of(sentence, inflected_end..rest_end));
        }
        if let Some(p) = person {
            parts.push(p.base.clone());
        }
        parts.join(" ")
    }
}

fn words_is_hyphen(w: &Word) -> bool {
    w.keys.first().is_some_and(|k| k == "-")
}

/// A single capital letter ("A", "W") is an initial or a word, not a name by itself.
fn is_initial_only_letter(form: &str) -> bool {
    let mut chars = form.chars();
    chars.next().is_some() && chars.next().is_none()
}

impl Match {
    fn tokens_overlap(&self, used: &[bool]) -> bool {
        (self.start..self.end).any(|i| used[i])
    }
}

/// The surname alias of a person: the last word of the first full name in `lang` when every
/// word is capitalised (so "papież Franciszek" gives none), not a Roman numeral, and the name
/// has two words or more. East Asian names put the family name first and list it explicitly.
fn surname_alias(e: &Entity, lang: Lang) -> Option<String> {
    let full = e.names_in(lang).next()?;
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < 2 || !words.iter().all(|w| is_initial(w)) {
        return None;
    }
    if matches!(e.country.as_deref(), Some("PRK" | "KOR" | "CHN" | "VNM")) {
        return None;
    }
    let last = *words.last()?;
    if last.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) || last.ends_with('.') {
        return None;
    }
    if e.names_in(lang).any(|n| n == last) {
        return None;
    }
    Some(last.to_string())
}
