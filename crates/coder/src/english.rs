//! The English adapter: tokenizer, `dyad-english` analysis and the English actor recogniser,
//! turned into the coder's language-neutral view.
//!
//! English has no case endings, so the view gives pseudo-cases by position, as the chunker's
//! arguments find them: a verb's subject is nominative, its object accusative, a possessor
//! ("Russia's") genitive, and a preposition's object accusative with the preposition as a
//! `Prep` word right before it, so the shared frame filler reads "to Kyiv" as it reads
//! "do Kijowa". Verb forms map to the Polish classes the shared mode logic understands: past
//! → `Praet`, present → `Fin`, "will" → `Bedzie` (future), be/get + participle → `Ppas` after a
//! passive auxiliary, infinitive → `Inf`.

use std::collections::HashSet;
use std::ops::Range;

use dyad_english::{ChunkKind, EnSentence, English, Pos, Tense};
use dyad_lexicon::{EventLexicon, TriggerKind};
use dyad_model::Location;
use dyad_morph::{Case, CaseSet, Number};
use dyad_text::Tokenizer;
use jiff::civil::Date;

use crate::english_actors::{EnMention, EnglishActors};
use crate::view::{Class, Ment, Reading, SentView, Word};

/// Everything English the engine holds.
pub(crate) struct EnglishAdapter {
    tokenizer: Tokenizer,
    english: English,
    actors: EnglishActors,
    /// (verb lemma, particle) pairs of phrasal verbs in the event lexicon ("call on"): the
    /// particle is part of the verb, and the noun phrase after it is the object.
    particles: HashSet<(String, String)>,
    /// Lemmas of verbs of saying (the English cues').
    speech: Vec<&'static str>,
    /// Head lemmas of noun triggers ("invasion"): a demonym on them is the `adj` slot.
    event_nouns: HashSet<String>,
}

/// Words that can be a phrasal verb's particle and otherwise a preposition.
const PARTICLE_WORDS: &[&str] = &[
    "on", "upon", "off", "down", "out", "up", "away", "back", "over", "in", "into",
];

/// Passive verbs that, followed by an infinitive, announce it ("is expected to visit", "is set
/// to sign"): their auxiliary reads as a future, like "will".
const SCHEDULED: &[&str] = &["expect", "schedule", "set", "slate", "due", "poise", "plan"];

fn cases(list: &[Case]) -> CaseSet {
    let mut set = CaseSet::EMPTY;
    for c in list {
        set.insert(*c);
    }
    set
}

fn reading(lemma: &str, class: Class, cases: CaseSet, numbers: u8) -> Reading {
    Reading {
        lemma: lemma.to_owned(),
        class,
        cases,
        numbers,
        aspect: None,
    }
}

/// The class of a verb form outside the main-verb position (auxiliaries, modals).
fn aux_class(pos: Pos) -> Class {
    match pos {
        Pos::VerbPast | Pos::VerbPastParticiple => Class::Praet,
        Pos::VerbPresent | Pos::VerbPresent3 | Pos::Modal => Class::Fin,
        Pos::VerbBase => Class::Inf,
        Pos::VerbGerund => Class::Pcon,
        _ => Class::Other,
    }
}

impl EnglishAdapter {
    pub(crate) fn new(actors: EnglishActors, events: &EventLexicon) -> EnglishAdapter {
        let mut particles = HashSet::new();
        for entry in events
            .entries()
            .iter()
            .filter(|e| e.kind == TriggerKind::Verb)
        {
            for group in &entry.companions {
                for word in group
                    .iter()
                    .filter(|w| PARTICLE_WORDS.contains(&w.as_str()))
                {
                    for head in &entry.head {
                        particles.insert((head.clone(), word.clone()));
                    }
                }
            }
        }
        let event_nouns = events
            .entries()
            .iter()
            .filter(|e| e.kind == TriggerKind::Noun)
            .flat_map(|e| e.head.iter().cloned())
            .collect();
        EnglishAdapter {
            event_nouns,
            tokenizer: Tokenizer::english(),
            english: English::new(),
            actors,
            particles,
            speech: crate::cues::ENGLISH.speech_lemmas.to_vec(),
        }
    }

    /// "hit by Russian missiles", "protested against Russian aggression": a demonym on the
    /// object of a preposition (other than an event noun) stands for its country there, as the
    /// agent or target the preposition marks.
    fn demonyms_in_phrases(&self, s: &EnSentence, chunk_of: &[usize], mentions: &mut [Ment]) {
        let starts: Vec<usize> = mentions.iter().map(|m| m.tokens.start).collect();
        for m in mentions.iter_mut().filter(|m| m.adjectival) {
            let Some(next) = s.tokens.get(m.tokens.end) else {
                continue;
            };
            let in_phrase = s.chunks[chunk_of[m.tokens.start]].kind == ChunkKind::PrepPhrase;
            let plain_noun = matches!(next.pos, Pos::Noun | Pos::NounPlural)
                && !starts.contains(&m.tokens.end)
                && !self.event_nouns.contains(&next.lemma.to_lowercase());
            if in_phrase && plain_noun {
                m.adjectival = false;
            }
        }
    }

    /// Whether a verb of saying comes before token `i` in the sentence ("said it would").
    fn reported(&self, s: &EnSentence, i: usize) -> bool {
        s.verb_groups()
            .filter(|&vg| s.chunks[vg].tokens.end <= i)
            .any(|vg| {
                s.chunks[vg]
                    .verb
                    .as_ref()
                    .is_some_and(|v| self.speech.contains(&v.lemma.as_ref()))
            })
    }

    /// Whether token `i` is the particle of the phrasal verb right before it ("called on").
    fn is_particle(&self, s: &EnSentence, chunk_of: &[usize], i: usize) -> bool {
        let c = chunk_of[i];
        if c == 0 || s.chunks[c].tokens.start != i {
            return false;
        }
        let Some(verb) = s.chunks[c - 1].verb.as_ref() else {
            return false;
        };
        self.particles
            .contains(&(verb.lemma.to_lowercase(), s.tokens[i].lower.to_string()))
    }

    /// The coder's view of every sentence of `text`.
    pub(crate) fn view(&self, text: &str, published: Option<Date>) -> Vec<SentView> {
        self.tokenizer
            .sentences(text)
            .into_iter()
            .map(|mut sentence| {
                // "Dol_Amroth": an underscore joining two words (wire slugs, PETRARCH's phrases)
                // separates them like a space.
                let joins = |k: usize| {
                    let t = &sentence.tokens[k];
                    t.span.slice(text) == "_"
                        && k > 0
                        && k + 1 < sentence.tokens.len()
                        && sentence.tokens[k - 1].span.end == t.span.start
                        && sentence.tokens[k + 1].span.start == t.span.end
                };
                let keep: Vec<bool> = (0..sentence.tokens.len()).map(|k| !joins(k)).collect();
                if keep.contains(&false) {
                    let mut k = 0;
                    sentence.tokens.retain(|_| {
                        k += 1;
                        keep[k - 1]
                    });
                }
                let s = self.english.analyse_sentence(text, &sentence);
                let chunk_of = chunk_index(&s);
                let chunk_cases = chunk_cases(&s);
                let mut words = self.words(&s, &chunk_of, &chunk_cases);
                let mut mentions: Vec<Ment> = self
                    .actors
                    .mentions(&s, published)
                    .into_iter()
                    .filter(|m| m.tokens.start < m.tokens.end && m.tokens.end <= words.len())
                    .map(|m| {
                        let head = m.head.clamp(m.tokens.start, m.tokens.end - 1);
                        let set = mention_cases(&s, &m, &chunk_of, &chunk_cases);
                        let place = m.place.map(|p| Location {
                            text: m.actor.text.clone(),
                            ..p
                        });
                        // A name standing for several actors is a group of them.
                        let group: Vec<dyad_model::Actor> = if m.also.is_empty() {
                            Vec::new()
                        } else {
                            std::iter::once(m.actor.clone())
                                .chain(m.also.iter().cloned())
                                .collect()
                        };
                        Ment {
                            tokens: m.tokens,
                            head,
                            actor: m.actor,
                            cases: set,
                            numbers: 0,
                            adjectival: m.adjectival,
                            place,
                            coded: m.coded,
                            person: m.person,
                            gov: None,
                            group,
                        }
                    })
                    .collect();
                city_of_names(&s, &chunk_of, &chunk_cases, &mut words, &mut mentions);
                // PETRARCH's tables: "Caras Galadhon's new mayor left": a possessor whose noun
                // names no actor stands for the subject.
                if self.actors.is_caller_table() {
                    possessor_subjects(&s, &chunk_of, &chunk_cases, &mut mentions);
                }
                relative_subjects(&s, &chunk_of, &mut mentions);
                group_heads(&s, &chunk_of, &mut mentions);
                plain_subjects(&s, &chunk_cases, &mut mentions);
                pronoun_subjects(&s, &chunk_of, &chunk_cases, &mut mentions);
                mentions.sort_by_key(|m| m.tokens.start);
                self.demonyms_in_phrases(&s, &chunk_of, &mut mentions);
                possessive_owners(&s, &mut mentions);
                domestic_roles(&mut mentions);
                demonym_subjects(&mentions, &mut words);
                // "The Kremlin said Putin had invited Kim": English drops the "that" after
                // verbs of saying; the clause it would open starts at the reported subject.
                for i in zero_that(&s, &self.speech) {
                    words[i].lower = "that".to_owned();
                }
                // The shared code reads the governing preposition from the word's form;
                // "according to" is one preposition, so its second word carries the phrase.
                for (i, t) in s.tokens.iter().enumerate() {
                    if t.lower == "to" && i > 0 && s.tokens[i - 1].lower == "according" {
                        words[i].lower = "according to".to_owned();
                    }
                }
                SentView {
                    span: sentence.span,
                    words,
                    mentions,
                    paragraph_start: sentence.paragraph_start,
                }
            })
            .collect()
    }

    fn words(&self, s: &EnSentence, chunk_of: &[usize], chunk_cases: &[CaseSet]) -> Vec<Word> {
        let mut words: Vec<Word> = Vec::with_capacity(s.tokens.len());
        for (i, t) in s.tokens.iter().enumerate() {
            let chunk = &s.chunks[chunk_of[i]];
            let case = chunk_cases[chunk_of[i]];
            let lemma = t.lemma.to_lowercase();
            let lower = t.lower.to_string();
            let number = match t.pos {
                Pos::NounPlural => 1 << Number::Pl as u8,
                Pos::Noun | Pos::ProperNoun => 1 << Number::Sg as u8,
                _ => 0,
            };
            let mut readings = Vec::with_capacity(2);
            let punct = t.pos == Pos::Punct && !lower.chars().any(char::is_alphanumeric);
            if chunk.kind == ChunkKind::VerbGroup {
                let info = chunk.verb.as_ref();
                let main = info.is_some_and(|v| v.main == i);
                let class = match (t.pos, info) {
                    (Pos::Modal, _)
                        if matches!(lemma.as_str(), "will" | "shall" | "'ll" | "wo") =>
                    {
                        Class::Bedzie
                    }
                    // "Russia said it would attack": reported "will", not a hypothesis.
                    (Pos::Modal, _) if lemma == "would" && self.reported(s, i) => Class::Bedzie,
                    // "it should have acted": a modal before its group's verb is an auxiliary
                    // like "will", finite but no verb of its own, so no trigger fires on it
                    // ("should" is one in PETRARCH's dictionary). "would" keeps its class: as
                    // "Bedzie" it would read as "will" (above).
                    (Pos::Modal, Some(v)) if v.main != i && lemma != "would" => Class::Bedzie,
                    (Pos::Negation, _) | (Pos::To, _) => Class::Qub,
                    (Pos::Adverb, _) => Class::Adv,
                    (Pos::Preposition, _) => Class::Adv,
                    (_, Some(v)) if main => {
                        if v.passive {
                            Class::Ppas
                        } else if t.pos == Pos::VerbBase {
                            // After "did", "will", "could", "to".
                            Class::Inf
                        } else {
                            match v.tense {
                                _ if v.modal.is_some() || v.infinitive => Class::Inf,
                                Tense::Past => Class::Praet,
                                Tense::Present if v.perfect => Class::Praet,
                                Tense::Present => Class::Fin,
                                Tense::Future => Class::Inf,
                                Tense::Nonfinite => match t.pos {
                                    Pos::VerbGerund => Class::Pcon,
                                    Pos::VerbPastParticiple => Class::Ppas,
                                    _ => Class::Inf,
                                },
                            }
                        }
                    }
                    (pos, _) => aux_class(pos),
                };
                // "is expected to visit", "is going to attack": the auxiliary is a future.
                let first_aux = info.is_some_and(|v| {
                    let first_verb = chunk.tokens.clone().find(|&k| s.tokens[k].pos.is_verb());
                    first_verb == Some(i) && v.main != i
                });
                let announces = info.is_some_and(|v| {
                    (v.passive
                        && SCHEDULED.contains(&v.lemma.as_ref())
                        && (next_is_infinitive(s, chunk_of[i])
                            || t.pos == Pos::VerbPresent3
                            || t.pos == Pos::VerbPresent))
                        || (v.tense == Tense::Future
                            && !chunk.tokens.clone().any(|k| s.tokens[k].pos == Pos::Modal))
                });
                // "is due to arrive": "be due to" announces as "will" does.
                let due = t.lemma == "be"
                    && s.tokens.get(i + 1).is_some_and(|n| n.lower == "due")
                    && s.tokens.get(i + 2).is_some_and(|n| n.lower == "to");
                let class = if (first_aux && announces) || due {
                    Class::Bedzie
                } else {
                    class
                };
                // "warned Pyongyang against supplying weapons", "refrained from attacking": what
                // one is kept from doing is no event; the gerund stays a noun.
                // "urged Israel to attack", "invited Putin to visit": what one is asked or
                // allowed to do has not happened; analysts code the appeal only.
                let kept_from = t.pos == Pos::VerbGerund
                    && chunk_of[i] > 0
                    && s.chunks[chunk_of[i] - 1].kind == ChunkKind::PrepPhrase
                    && s.chunks[chunk_of[i] - 1].tokens.len() == 1
                    && matches!(
                        s.chunks[chunk_of[i] - 1].prep,
                        Some("against" | "from" | "without")
                    );
                // "denied shelling the plant", "accusations of shelling": a denied or alleged
                // act is the statement's, not an event of its own.
                let denied = t.pos == Pos::VerbGerund
                    && (i.saturating_sub(3)..i).rev().any(|k| {
                        let l = s.tokens[k].lemma.to_lowercase();
                        l == "deny"
                            || (matches!(l.as_str(), "accusation" | "allegation" | "claim")
                                && s.tokens.get(k + 1).is_some_and(|n| n.lower == "of"))
                    });
                let prevented = main && (kept_from || denied || asked_to(s, chunk_of, i));
                // "seize frozen Russian assets", "the occupied territories": a participle
                // standing alone before a noun phrase describes it; it is no event.
                let lone_participle_before_np = main
                    && t.pos == Pos::VerbPastParticiple
                    && chunk.tokens.len() == 1
                    && s.chunks
                        .get(chunk_of[i] + 1)
                        .is_some_and(|c| c.kind == ChunkKind::NounPhrase);
                let after_np =
                    chunk_of[i] > 0 && s.chunks[chunk_of[i] - 1].kind == ChunkKind::NounPhrase;
                // "its troops killed three fighters": after a subject and before an object, the
                // participle tag is a past tense read wrongly.
                let class = if lone_participle_before_np && after_np {
                    Class::Praet
                } else {
                    class
                };
                // "what it called provocations", "what he described as": a label, no event.
                let labels = main
                    && matches!(lemma.as_str(), "call" | "describe" | "term" | "dub")
                    && (i.saturating_sub(3)..i).any(|k| s.tokens[k].lower == "what");
                if (lone_participle_before_np && !after_np) || labels {
                    readings.push(reading(&lemma, Class::Adj, case, 0));
                    words.push(Word {
                        span: t.token.span,
                        lower,
                        readings,
                        punct,
                    });
                    continue;
                }
                if prevented {
                    readings.push(reading(&lemma, Class::Ger, case, 0));
                    words.push(Word {
                        span: t.token.span,
                        lower,
                        readings,
                        punct,
                    });
                    continue;
                }
                // The reported "would" is "will" (and no modal of possibility).
                let lemma = if class == Class::Bedzie && lemma == "would" {
                    "will".to_owned()
                } else {
                    lemma
                };
                readings.push(reading(&lemma, class, CaseSet::EMPTY, 0));
                // "accused Armenia of shelling", "urged Israel to respect": a verb without
                // tense has its own subject, which the chunker finds; a finite reading lets the
                // shared subject finder look for it from this verb rather than from the
                // clause's main verb.
                let own_subject = main
                    && matches!(class, Class::Inf | Class::Pcon)
                    && info.is_some_and(|v| v.tense == Tense::Nonfinite)
                    && s.arguments(chunk_of[i]).subject.is_some();
                if own_subject {
                    readings.push(reading(&lemma, Class::Fin, CaseSet::EMPTY, 0));
                }
                // A lone gerund may be an event noun ("the shelling continued").
                if t.pos == Pos::VerbGerund && chunk.tokens.len() == 1 {
                    readings.push(reading(&lemma, Class::Ger, case, 1 << Number::Sg as u8));
                }
            } else {
                let class = match t.pos {
                    // "dozens of protesters": the quantity and its "of" work as a determiner,
                    // so the people counted are the verb's object.
                    _ if is_quantity(s, i) => Class::Num,
                    _ if t.lower == "of" && i > 0 && is_quantity(s, i - 1) => Class::Adj,
                    Pos::Noun | Pos::NounPlural | Pos::ProperNoun => Class::Noun,
                    Pos::Pronoun | Pos::Existential => Class::Pron,
                    Pos::Wh => Class::Pron,
                    // Determiners and the possessive ending modify the noun after them, so the
                    // shared code steps over them between a preposition and its object.
                    Pos::Determiner | Pos::PossessivePronoun | Pos::Possessive | Pos::Adjective => {
                        Class::Adj
                    }
                    Pos::Number => Class::Num,
                    Pos::Adverb => Class::Adv,
                    Pos::Negation => Class::Qub,
                    Pos::Preposition if self.is_particle(s, chunk_of, i) => Class::Adv,
                    Pos::Preposition | Pos::To
                        if chunk.kind == ChunkKind::PrepPhrase && in_prep(s, chunk_of[i], i) =>
                    {
                        Class::Prep
                    }
                    Pos::Preposition => Class::Adv,
                    Pos::To => Class::Qub,
                    Pos::CoordConj => Class::Conj,
                    Pos::SubConj => Class::Comp,
                    Pos::Modal => Class::Fin,
                    Pos::Punct => Class::Punct,
                    p if p.is_verb() => aux_class(p),
                    _ => Class::Other,
                };
                let case = match class {
                    Class::Prep => CaseSet::single(Case::Acc),
                    // "who attacked": the relative word is the subject of its clause.
                    Class::Pron
                        if t.pos == Pos::Wh
                            && s.chunks
                                .get(chunk_of[i] + 1)
                                .is_some_and(|c| c.kind == ChunkKind::VerbGroup) =>
                    {
                        CaseSet::single(Case::Nom)
                    }
                    Class::Noun | Class::Pron | Class::Adj | Class::Num => case,
                    _ => CaseSet::EMPTY,
                };
                readings.push(reading(&lemma, class, case, number));
                // Plurals the analyser keeps whole ("arms") also read as the singular the
                // event lexicon may use.
                let plural_like = lower.ends_with('s')
                    && !lower.ends_with("ss")
                    && !lower.ends_with("us")
                    && !lower.ends_with("is");
                if matches!(t.pos, Pos::NounPlural | Pos::Noun)
                    && lemma == lower
                    && lower.len() > 3
                    && plural_like
                {
                    readings.push(reading(
                        &lower[..lower.len() - 1],
                        Class::Noun,
                        case,
                        number,
                    ));
                }
                // "-ing" nouns are verbal nouns too ("the shelling of Kharkiv").
                if class == Class::Noun
                    && t.pos == Pos::Noun
                    && lower.ends_with("ing")
                    && lower.len() > 5
                {
                    let verb = self.english.lemma(&lower, Pos::VerbGerund).into_owned();
                    if verb != lower {
                        readings.push(reading(&verb, Class::Ger, case, number));
                    }
                }
            }
            words.push(Word {
                span: t.token.span,
                lower,
                readings,
                punct,
            });
        }
        words
    }
}

/// The pseudo-cases of a mention. The phrase the mention starts in gives its role ("U.S.
/// Secretary of State Antony Blinken" is a subject though "Blinken" sits in an "of" phrase),
/// past a possessor inside it ("Russia's foreign ministry"); a possessor is genitive; a name
/// opening an object phrase that goes on is the indirect object ("promised Ukraine more
/// missiles").
fn mention_cases(
    s: &EnSentence,
    m: &EnMention,
    chunk_of: &[usize],
    chunk_cases: &[CaseSet],
) -> CaseSet {
    if s.tokens
        .get(m.tokens.end)
        .is_some_and(|t| t.pos == Pos::Possessive)
    {
        // "backed Ukraine's bid", "condemned Russia's invasion": the possessor of an object
        // is what the verb is aimed at.
        let c = chunk_of[m.tokens.start];
        let possessed_is_object = s.chunks[c].kind == ChunkKind::NounPhrase
            && chunk_cases
                .get(c + 1)
                .is_some_and(|n| n.contains(Case::Acc))
            && s.chunks
                .get(c + 1)
                .is_some_and(|n| n.kind == ChunkKind::NounPhrase);
        return if possessed_is_object {
            cases(&[Case::Gen, Case::Acc])
        } else {
            CaseSet::single(Case::Gen)
        };
    }
    let mut c = chunk_of[m.tokens.start];
    while s.chunks[c].possessive && s.chunks[c].tokens.end < m.tokens.end && c + 1 < s.chunks.len()
    {
        c += 1;
    }
    // "dozens of protesters", "a unit of Russian soldiers": the people counted have the
    // role of the quantity before them.
    let counted = s.chunks[c].kind == ChunkKind::PrepPhrase
        && c > 0
        && s.chunks[c].tokens.start > 0
        && is_quantity(s, s.chunks[c].tokens.start - 1);
    let mut set = if counted {
        chunk_cases[c - 1]
    } else {
        chunk_cases[c]
    };
    let chunk = &s.chunks[c];
    if set.contains(Case::Acc)
        && chunk.kind == ChunkKind::NounPhrase
        && m.tokens.start == chunk.tokens.start
        && m.tokens.end < chunk.tokens.end
        && !m.adjectival
        && s.tokens[m.tokens.end..chunk.tokens.end]
            .iter()
            .any(|t| matches!(t.pos, Pos::Noun | Pos::NounPlural))
    {
        set.insert(Case::Dat);
    }
    if set.is_empty() {
        set = cases(&[Case::Nom, Case::Acc]);
    }
    set
}

/// Tokens where a "that" left out after a verb of saying would stand: the start of a noun
/// phrase right after the verb (or after a time phrase) that is the subject of a finite verb.
fn zero_that(s: &EnSentence, speech: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for vg in s.verb_groups() {
        let Some(v) = s.chunks[vg].verb.as_ref() else {
            continue;
        };
        if v.tense == Tense::Nonfinite || !speech.contains(&v.lemma.as_ref()) {
            continue;
        }
        let mut k = vg + 1;
        while s
            .chunks
            .get(k)
            .is_some_and(|c| matches!(c.kind, ChunkKind::AdvPhrase | ChunkKind::PrepPhrase))
        {
            k += 1;
        }
        let Some(np) = s.chunks.get(k) else { continue };
        if np.kind != ChunkKind::NounPhrase {
            continue;
        }
        let mut next = k + 1;
        while s
            .chunks
            .get(next)
            .is_some_and(|c| matches!(c.kind, ChunkKind::PrepPhrase | ChunkKind::AdvPhrase))
        {
            next += 1;
        }
        let finite_next = s
            .chunks
            .get(next)
            .and_then(|c| c.verb.as_ref())
            .is_some_and(|n| n.tense != Tense::Nonfinite);
        if finite_next {
            out.push(np.tokens.start);
        }
    }
    out
}

/// Quantity nouns before "of" ("dozens of", "thousands of").
const QUANTITIES: &[&str] = &[
    "dozen", "hundred", "thousand", "million", "score", "handful", "number", "couple", "group",
    "unit", "column", "convoy", "team",
];

fn is_quantity(s: &EnSentence, i: usize) -> bool {
    let t = &s.tokens[i];
    s.tokens.get(i + 1).is_some_and(|n| n.lower == "of")
        && (t.pos == Pos::Number || QUANTITIES.contains(&t.lemma.to_lowercase().as_str()))
}

/// Whether token `i` is the last word of its prepositional phrase's preposition (the one right
/// before the object, so "according to" marks "to").
fn in_prep(s: &EnSentence, chunk: usize, i: usize) -> bool {
    let c = &s.chunks[chunk];
    let prep_len = c.prep.map_or(1, |p| p.split(' ').count());
    i + 1 == c.tokens.start + prep_len
}

fn next_is_infinitive(s: &EnSentence, chunk: usize) -> bool {
    s.chunks
        .get(chunk + 1)
        .and_then(|c| c.verb.as_ref())
        .is_some_and(|v| v.infinitive)
}

/// For each token, the index of its chunk.
fn chunk_index(s: &EnSentence) -> Vec<usize> {
    let mut out = vec![0; s.tokens.len()];
    for (ci, c) in s.chunks.iter().enumerate() {
        for k in c.tokens.clone() {
            if let Some(slot) = out.get_mut(k) {
                *slot = ci;
            }
        }
    }
    out
}

/// Pseudo-cases per chunk: subjects nominative, objects accusative, possessors genitive,
/// prepositional objects accusative; a noun phrase no verb claims is nominative before a verb
/// and accusative after one.
fn chunk_cases(s: &EnSentence) -> Vec<CaseSet> {
    let n = s.chunks.len();
    let mut out = vec![CaseSet::EMPTY; n];
    for vg in s.verb_groups() {
        let args = s.arguments(vg);
        for &subj in &args.subjects {
            out[subj].insert(Case::Nom);
        }
        if let Some(subj) = args.subject {
            out[subj].insert(Case::Nom);
        }
        if let Some(obj) = args.object {
            out[obj].insert(Case::Acc);
            // "gave Ukraine tanks": the first of two objects may be the indirect one ("visit
            // Poland next week" has one object and a time).
            if s.chunks
                .get(obj + 1)
                .is_some_and(|c| c.kind == ChunkKind::NounPhrase && !c.possessive)
                && !s.chunks[obj].possessive
                && !is_temporal(s, obj + 1)
            {
                out[obj].insert(Case::Dat);
                out[obj + 1].insert(Case::Acc);
            }
        }
    }
    for (ci, c) in s.chunks.iter().enumerate() {
        match c.kind {
            ChunkKind::PrepPhrase => out[ci] = CaseSet::single(Case::Acc),
            ChunkKind::NounPhrase if c.possessive => out[ci] = CaseSet::single(Case::Gen),
            // "used tear gas and water cannon": a noun phrase coordinated with another takes
            // its case.
            ChunkKind::NounPhrase
                if out[ci].is_empty()
                    && ci >= 2
                    && s.chunks[ci - 1].kind == ChunkKind::Conjunction
                    && s.chunks[ci - 2].kind == ChunkKind::NounPhrase
                    && !out[ci - 2].is_empty() =>
            {
                out[ci] = out[ci - 2];
            }
            ChunkKind::NounPhrase if out[ci].is_empty() => {
                let verb_after = s.chunks[ci + 1..]
                    .iter()
                    .take_while(|c| !matches!(c.kind, ChunkKind::Subordinator | ChunkKind::Punct))
                    .any(|c| c.kind == ChunkKind::VerbGroup);
                out[ci] = CaseSet::single(if verb_after { Case::Nom } else { Case::Acc });
            }
            _ => {}
        }
    }
    out
}

/// Time words heading a noun phrase ("next week", "Monday"): not an object.
const TIME_NOUNS: &[&str] = &[
    "week",
    "month",
    "year",
    "day",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
    "today",
    "tomorrow",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "hour",
];

fn is_temporal(s: &EnSentence, chunk: usize) -> bool {
    s.chunks[chunk]
        .tokens
        .clone()
        .any(|k| TIME_NOUNS.contains(&s.tokens[k].lemma.to_lowercase().as_str()))
}

/// Nouns for a body of people acting for the actor named before them: "the Hamas
/// delegation", "the KU basketball team", "the Kremlin negotiators" are that actor.
const GROUP_NOUNS: [&str; 12] = [
    "team",
    "delegation",
    "side",
    "leadership",
    "camp",
    "squad",
    "contingent",
    "negotiator",
    "representative",
    "envoy",
    "mission",
    "emissary",
];

/// A name that modifies a group noun heading its noun phrase ("the KU basketball team")
/// takes the whole phrase, so that the phrase is no plain subject hiding the actor.
fn group_heads(s: &EnSentence, chunk_of: &[usize], mentions: &mut [Ment]) {
    for m in mentions.iter_mut() {
        if m.adjectival || !m.coded || m.tokens.end >= s.tokens.len() {
            continue;
        }
        let Some(&ci) = chunk_of.get(m.tokens.start) else {
            continue;
        };
        let Some(c) = s.chunks.get(ci) else { continue };
        if c.kind != ChunkKind::NounPhrase || c.head < m.tokens.end || c.head >= c.tokens.end {
            continue;
        }
        let between_nouns = (m.tokens.end..c.head).all(|k| {
            matches!(
                s.tokens[k].pos,
                Pos::Noun | Pos::Adjective | Pos::ProperNoun
            )
        });
        if between_nouns && GROUP_NOUNS.contains(&s.tokens[c.head].lemma.as_ref()) {
            m.tokens.end = c.head + 1;
        }
    }
}

/// A subject noun phrase that names no actor ("The attack killed ...", "The ministry's
/// statement said ...") becomes an uncoded mention: English states its subjects, so the
/// clause must not borrow the previous sentence's subject, nor take a later actor as its own.
/// Pronouns are left out: "He said" does refer back.
fn plain_subjects(s: &EnSentence, chunk_cases: &[CaseSet], mentions: &mut Vec<Ment>) {
    let mut extra = Vec::new();
    for (ci, c) in s.chunks.iter().enumerate() {
        if c.kind != ChunkKind::NounPhrase || c.possessive || !chunk_cases[ci].contains(Case::Nom) {
            continue;
        }
        let tokens = &s.tokens[c.tokens.clone()];
        let pronoun = tokens
            .iter()
            .any(|t| matches!(t.pos, Pos::Pronoun | Pos::Existential | Pos::Wh));
        let named = mentions
            .iter()
            .any(|m| m.tokens.start < c.tokens.end && c.tokens.start < m.tokens.end);
        let nominal = tokens
            .iter()
            .any(|t| matches!(t.pos, Pos::Noun | Pos::NounPlural | Pos::ProperNoun));
        // The possessor before it ("Russia's statement") names the speaker, not this noun.
        let possessed = ci > 0 && s.chunks[ci - 1].possessive;
        let quantity = c.tokens.end > 0 && is_quantity(s, c.tokens.end - 1);
        if pronoun || named || !nominal || possessed || quantity {
            continue;
        }
        let text = s.chunk_text(ci).to_owned();
        extra.push(Ment {
            tokens: c.tokens.clone(),
            head: c.head.clamp(c.tokens.start, c.tokens.end - 1),
            actor: dyad_model::Actor {
                text: text.clone(),
                name: text,
                actor: None,
                country: None,
                role: None,
            },
            cases: CaseSet::single(Case::Nom),
            numbers: 0,
            adjectival: false,
            place: None,
            coded: false,
            person: false,
            gov: None,
            group: Vec::new(),
        });
    }
    mentions.extend(extra);
}

/// A possessor ("Caras Galadhon's") whose possessed noun phrase is a subject naming no actor
/// stands for the whole phrase, as PETRARCH reads it.
fn possessor_subjects(
    s: &EnSentence,
    chunk_of: &[usize],
    chunk_cases: &[CaseSet],
    mentions: &mut [Ment],
) {
    let spans: Vec<Range<usize>> = mentions.iter().map(|m| m.tokens.clone()).collect();
    for m in mentions.iter_mut() {
        if !s
            .tokens
            .get(m.tokens.end)
            .is_some_and(|t| t.pos == Pos::Possessive)
        {
            continue;
        }
        let c = chunk_of[m.tokens.start];
        let Some(next) = s.chunks.get(c + 1) else {
            continue;
        };
        let subject = next.kind == ChunkKind::NounPhrase
            && !next.possessive
            && chunk_cases[c + 1].contains(Case::Nom);
        let named = spans
            .iter()
            .any(|r| r.start < next.tokens.end && next.tokens.start < r.end);
        if subject && !named && m.coded {
            m.tokens.end = next.tokens.end;
            m.head = next.tokens.end - 1;
            m.cases = CaseSet::single(Case::Nom);
            m.actor.text = s.text[s.tokens[m.tokens.start].token.span.start
                ..s.tokens[m.tokens.end - 1].token.span.end]
                .to_owned();
        }
    }
}

/// "The Israeli military said it struck ...", "Putin said he would ...": a subject pronoun
/// stands for the nearest actor before it in the sentence that can be its referent (a person
/// for "he"/"she", anything else for "it"; "they" for either), as a mention of its own.
fn pronoun_subjects(
    s: &EnSentence,
    chunk_of: &[usize],
    chunk_cases: &[CaseSet],
    mentions: &mut Vec<Ment>,
) {
    let mut extra = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        let (person, thing) = match t.lower.as_ref() {
            "he" | "she" => (true, false),
            "it" => (false, true),
            "they" => (true, true),
            "we" | "i" => {
                // "\"We will not attack NATO,\" Putin said": the speaker of the quote.
                if t.pos == Pos::Pronoun && chunk_cases[chunk_of[i]].contains(Case::Nom) {
                    if let Some(m) = speaker_after(s, chunk_of, i, mentions) {
                        extra.push(Ment {
                            tokens: i..i + 1,
                            head: i,
                            cases: CaseSet::single(Case::Nom),
                            gov: None,
                            group: Vec::new(),
                            place: None,
                            ..m.clone()
                        });
                    }
                }
                continue;
            }
            _ => continue,
        };
        if t.pos != Pos::Pronoun || !chunk_cases[chunk_of[i]].contains(Case::Nom) {
            continue;
        }
        let referent = mentions
            .iter()
            .filter(|m| m.tokens.end <= i && m.coded && !m.adjectival && m.has_case(Case::Nom))
            .filter(|m| (person && m.person) || (thing && !m.person))
            .max_by_key(|m| m.tokens.end);
        if let Some(m) = referent {
            extra.push(Ment {
                tokens: i..i + 1,
                head: i,
                cases: CaseSet::single(Case::Nom),
                gov: None,
                group: Vec::new(),
                place: None,
                ..m.clone()
            });
        }
    }
    mentions.extend(extra);
}

/// "A Russian missile wounded ...", "Russian shelling killed ...": the noun after a subject
/// demonym names what the country used, so it should not count as a subject of its own that
/// is no actor; it reads first as a modifier (a noun adjunct), keeping its noun reading for the
/// shared code's "demonym on a plain noun" subject.
fn demonym_subjects(mentions: &[Ment], words: &mut [Word]) {
    for m in mentions
        .iter()
        .filter(|m| m.adjectival && m.has_case(Case::Nom))
    {
        let Some(w) = words.get_mut(m.tokens.end) else {
            continue;
        };
        let Some(noun) = w
            .readings
            .iter()
            .find(|r| r.class == Class::Noun && r.cases.contains(Case::Nom))
            .cloned()
        else {
            continue;
        };
        w.readings.insert(
            0,
            Reading {
                class: Class::Adj,
                ..noun
            },
        );
    }
}

/// "Russia said its forces captured ...", "Poland and its allies": a role noun after a
/// possessive pronoun belongs to the nearest actor before it with a country.
fn possessive_owners(s: &EnSentence, mentions: &mut [Ment]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let bare_role = m.actor.country.is_none()
            && m.actor.role.is_some()
            && m.actor
                .actor
                .as_ref()
                .is_some_and(|c| Some(c) == m.actor.role.as_ref());
        let after_possessive = m.tokens.start > 0
            && s.tokens[m.tokens.start - 1].pos == Pos::PossessivePronoun
            && matches!(
                s.tokens[m.tokens.start - 1].lower.as_ref(),
                "its" | "their" | "his" | "her"
            );
        if !(bare_role && after_possessive) {
            continue;
        }
        let owner = mentions[..i]
            .iter()
            .rev()
            .find(|o| o.coded && o.tokens.end < m.tokens.start && o.actor.country.is_some())
            .and_then(|o| o.actor.country.clone());
        if let Some(country) = owner {
            let m = &mut mentions[i];
            let role = m.actor.role.clone().unwrap_or_default();
            m.actor.actor = Some(format!("{country}{role}"));
            m.actor.country = Some(country);
        }
    }
}

/// "Serbian police arrested opposition supporters", "Georgian protesters rallied against the
/// government": a bare domestic role (government, opposition, police, courts, parliament) in
/// a sentence whose every other actor belongs to one country belongs to it too. Civilians and
/// soldiers are left alone: in a war story they are as often the other side's.
fn domestic_roles(mentions: &mut [Ment]) {
    const DOMESTIC: &[&str] = &["GOV", "OPP", "COP", "JUD", "LEG", "CVL"];
    let countries: Vec<&String> = mentions
        .iter()
        .filter(|m| m.coded)
        .filter_map(|m| m.actor.country.as_ref())
        .collect();
    let Some(first) = countries.first() else {
        return;
    };
    if countries.iter().any(|c| c != first) {
        return;
    }
    let country = (*first).clone();
    for m in mentions.iter_mut() {
        let bare = m.actor.country.is_none()
            && m.actor
                .actor
                .as_deref()
                .is_some_and(|c| DOMESTIC.contains(&c));
        if bare {
            let role = m.actor.actor.clone().unwrap_or_default();
            m.actor.actor = Some(format!("{country}{role}"));
            m.actor.country = Some(country.clone());
        }
    }
}

/// The coded mention after token `i` that is the subject of a verb of saying right next to it
/// ("..., Putin said", "..., said Putin", "..., Putin told reporters").
fn speaker_after<'m>(
    s: &EnSentence,
    chunk_of: &[usize],
    i: usize,
    mentions: &'m [Ment],
) -> Option<&'m Ment> {
    const SAY: &[&str] = &[
        "say", "tell", "add", "declare", "insist", "warn", "write", "state",
    ];
    let says = |k: usize| {
        s.tokens
            .get(k)
            .is_some_and(|t| SAY.contains(&t.lemma.as_ref()) && t.pos.is_verb())
            && s.chunks[chunk_of[k]].kind == ChunkKind::VerbGroup
    };
    mentions
        .iter()
        .filter(|m| m.tokens.start > i && m.coded && !m.adjectival)
        .find(|m| says(m.tokens.end) || (m.tokens.start > 0 && says(m.tokens.start - 1)))
}

/// "Hamas, which attacked Israel": the relative word stands for the mention before it, as the
/// subject of the verb after it, so the relative clause has a subject of its own.
fn relative_subjects(s: &EnSentence, chunk_of: &[usize], mentions: &mut Vec<Ment>) {
    let mut extra = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        let relative = t.pos == Pos::Wh && matches!(t.lower.as_ref(), "who" | "which" | "that")
            || t.lower == "that" && t.pos == Pos::SubConj;
        if !relative || i == 0 {
            continue;
        }
        let next_chunk = chunk_of[i] + 1;
        let verb_next = s
            .chunks
            .get(next_chunk)
            .is_some_and(|c| c.kind == ChunkKind::VerbGroup);
        if !verb_next {
            continue;
        }
        let mut before = i - 1;
        if s.tokens[before].lower == "," && before > 0 {
            before -= 1;
        }
        let Some(antecedent) = mentions
            .iter()
            .find(|m| m.tokens.end == before + 1 && !m.adjectival)
        else {
            continue;
        };
        let range: Range<usize> = i..i + 1;
        extra.push(Ment {
            tokens: range,
            head: i,
            cases: CaseSet::single(Case::Nom),
            gov: None,
            group: Vec::new(),
            place: None,
            ..antecedent.clone()
        });
    }
    mentions.extend(extra);
}

/// Verbs whose object is asked, invited, allowed or ordered to do what the infinitive after it
/// says.
const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "ask",
    "invite",
    "call",
    "press",
    "encourage",
    "persuade",
    "implore",
    "request",
    "pressure",
    "push",
    "allow",
    "permit",
    "authorize",
    "authorise",
    "tell",
    "order",
    "advise",
    "warn",
    "convince",
];

/// Whether the infinitive at token `i` ("to visit") completes a verb of asking or allowing
/// through its object ("invited Putin to visit China", "called on the EU to seize").
fn asked_to(s: &EnSentence, chunk_of: &[usize], i: usize) -> bool {
    let c = chunk_of[i];
    let opens_with_to = s.chunks[c]
        .tokens
        .clone()
        .take_while(|&k| k < i)
        .any(|k| s.tokens[k].pos == Pos::To);
    if s.tokens[i].pos != Pos::VerbBase || !opens_with_to {
        return false;
    }
    // Back over the object (and "on" of "called on", coordinated objects) to the verb.
    let mut k = c;
    let mut object = false;
    while k > 0 && c - k < 6 {
        k -= 1;
        let chunk = &s.chunks[k];
        match chunk.kind {
            ChunkKind::NounPhrase => object = true,
            ChunkKind::PrepPhrase | ChunkKind::AdvPhrase => {}
            ChunkKind::Conjunction if object => {}
            ChunkKind::VerbGroup => {
                return object
                    && chunk
                        .verb
                        .as_ref()
                        .is_some_and(|v| OBJECT_CONTROL.contains(&v.lemma.as_ref()));
            }
            _ => return false,
        }
    }
    false
}

/// "The Ukrainian city of Odesa was hit", "shelled the town of Vovchansk": the name after "of"
/// is the place the noun phrase names, in that phrase's role, so its "of" governs nothing.
fn city_of_names(
    s: &EnSentence,
    chunk_of: &[usize],
    chunk_cases: &[CaseSet],
    words: &mut [Word],
    mentions: &mut [Ment],
) {
    for m in mentions.iter_mut() {
        let start = m.tokens.start;
        if start < 2 || s.tokens[start - 1].lower != "of" {
            continue;
        }
        let noun = &s.tokens[start - 2];
        let place_noun = matches!(
            noun.lemma.to_lowercase().as_str(),
            "city" | "town" | "village" | "port" | "region" | "province" | "capital"
        );
        let phrase = chunk_of[start - 2];
        if !place_noun || s.chunks[phrase].kind != ChunkKind::NounPhrase || m.place.is_none() {
            continue;
        }
        m.cases = chunk_cases[phrase];
        words[start - 1].readings = vec![reading("of", Class::Qub, CaseSet::EMPTY, 0)];
    }
}
