//! From analysed sentences to events: triggers, roles, mode, attribution, date and place.
//!
//! The coder walks a document sentence by sentence, keeping a little discourse state (the last
//! subject for dropped subjects, the date context, the countries seen for "oba kraje"). Within a
//! sentence it cuts clauses, finds the subject of each, and for every trigger word of the event
//! lexicon fills the frame's source and target from the mentions whose case and preposition fit.

use std::collections::HashSet;

use dyad_dates::{DateMention, DateResolver, TenseHint};
use dyad_lexicon::{CodeBook, EventEntry, EventLexicon, Link, Slot, SlotCase, TriggerKind};
use dyad_model::{Actor, DateBasis, Event, EventDate, Evidence, Lang, Location, Mode, Precision};
use dyad_morph::{Aspect, Case, CaseSet, Number};
use jiff::civil::Date;

use dyad_text::Span;

use crate::clause::{clauses, Clause, Intro};
use crate::cues::Cues;
use crate::view::{Class, Gov, Ment, SentView, Word};

/// What makes two events of a document the same: the dyad and the code (and a compatible date).
type EventKey = (Option<String>, Option<String>, String);

/// The sources and targets a frame found (several when actors are coordinated).
type Roles = (Vec<Option<Actor>>, Vec<Option<Actor>>);

/// Everything the coder needs for one language.
pub(crate) struct Coder<'e> {
    pub lang: Lang,
    pub cues: &'static Cues,
    pub lexicon: &'e EventLexicon,
    pub codebook: &'static CodeBook,
    pub dates: &'e DateResolver,
}

/// Discourse state carried from sentence to sentence.
#[derive(Default)]
struct Discourse {
    /// Subject of the last sentence's first clause with a known subject.
    last_subject: Option<Ment>,
    /// The last sentence-level date and the paragraph it was set in.
    date_context: Option<(EventDate, usize)>,
    /// Country codes in order of mention, most recent last (for "oba kraje").
    countries: Vec<(String, Actor)>,
    /// The last two countries named together ("Chiny i Rosja"), and the sentence they were in.
    pair: Option<([(String, Actor); 2], usize)>,
    paragraph: usize,
    /// Index of the sentence being coded.
    sentence: usize,
}

/// A date found in a sentence, placed on a word.
struct PlacedDate {
    word: usize,
    date: EventDate,
}

fn slot_case(c: SlotCase) -> Case {
    match c {
        SlotCase::Nom => Case::Nom,
        SlotCase::Gen => Case::Gen,
        SlotCase::Dat => Case::Dat,
        SlotCase::Acc => Case::Acc,
        SlotCase::Inst => Case::Inst,
        SlotCase::Loc => Case::Loc,
    }
}

impl Coder<'_> {
    /// Codes one document.
    pub(crate) fn code(
        &self,
        doc: &str,
        text: &str,
        sentences: Vec<SentView>,
        published: Option<Date>,
    ) -> Vec<Event> {
        let mut events = Vec::new();
        let mut state = Discourse::default();
        let mut seen: std::collections::HashMap<EventKey, usize> = std::collections::HashMap::new();
        // Text without sentence punctuation can make one "sentence" of thousands of words; the
        // frame search is quadratic in a sentence, so such runs are coded in pieces.
        let mut pieces: Vec<(usize, SentView)> = Vec::with_capacity(sentences.len());
        for (index, sentence) in sentences.into_iter().enumerate() {
            for piece in split_long(sentence, MAX_WORDS) {
                pieces.push((index, piece));
            }
        }
        for (index, sentence) in pieces.iter_mut().map(|(i, s)| (*i, s)) {
            if sentence.paragraph_start && index > 0 {
                state.paragraph += 1;
            }
            state.sentence = index;
            self.prepare_mentions(sentence, &state);
            let found = self.code_sentence(doc, text, index, sentence, published, &mut state);
            for event in found {
                let key = (
                    event.source.as_ref().and_then(|a| a.actor.clone()),
                    event.target.as_ref().and_then(|a| a.actor.clone()),
                    event.cameo.clone(),
                );
                let start = |e: &Event| e.date.as_ref().and_then(|d| d.start);
                let undated = |e: &Event| {
                    e.date
                        .as_ref()
                        .is_none_or(|d| d.basis == DateBasis::Published)
                };
                match seen.get(&key) {
                    // The same event again (a headline and its story): keep one, with the better
                    // date.
                    Some(&i)
                        if start(&events[i]) == start(&event)
                            || undated(&events[i])
                            || undated(&event) =>
                    {
                        if undated(&events[i]) && !undated(&event) {
                            events[i].date = event.date;
                        }
                    }
                    _ => {
                        seen.insert(key, events.len());
                        events.push(event);
                    }
                }
            }
            for (i, m) in sentence.mentions.iter().enumerate() {
                if let Some(&j) = coordinated_with(sentence, i, self.cues).first() {
                    let other = &sentence.mentions[j];
                    if let (Some(a), Some(b)) =
                        (m.actor.country.clone(), other.actor.country.clone())
                    {
                        if a != b && m.coded && other.coded && m.group.is_empty() && j > i {
                            state.pair =
                                Some(([(a, m.actor.clone()), (b, other.actor.clone())], index));
                        }
                    }
                }
                for a in m.actors() {
                    if let Some(c) = a.country.clone() {
                        if m.coded {
                            state.countries.retain(|(k, _)| k != &c);
                            state.countries.push((c, a));
                        }
                    }
                }
            }
        }
        events
    }

    /// Governing prepositions, appositions merged, "oba kraje" resolved.
    fn prepare_mentions(&self, s: &mut SentView, state: &Discourse) {
        let words = &s.words;
        // Merge a role mention directly followed by a person mention ("minister obrony" +
        // "Siergiej Szojgu"): one actor, the first one's case.
        let mut merged: Vec<Ment> = Vec::new();
        for m in s.mentions.drain(..) {
            if let Some(prev) = merged.last_mut() {
                if prev.tokens.end == m.tokens.start
                    && !prev.adjectival
                    && !m.adjectival
                    && m.person
                    && !prev.person
                    && prev.actor.role.is_some()
                    // An apposition agrees in case ("minister obrony Siergiej Szojgu"); "na
                    // Kremlu przywódcę Korei" is two actors.
                    && !prev.cases.and(m.cases).is_empty()
                {
                    let prefer_second = m.actor.actor.is_some()
                        && (prev.actor.actor.is_none()
                            || m.actor.role.is_some()
                            || prev.actor.role.is_none());
                    prev.tokens.end = m.tokens.end;
                    if prefer_second {
                        let text = format!("{} {}", prev.actor.text, m.actor.text);
                        prev.actor = m.actor;
                        prev.actor.text = text;
                        prev.coded |= m.coded;
                        prev.person = true;
                        prev.place = prev.place.take().or(m.place);
                    } else {
                        prev.actor.text = format!("{} {}", prev.actor.text, m.actor.text);
                    }
                    continue;
                }
            }
            merged.push(m);
        }
        // "oba kraje": the last two countries mentioned before.
        for i in 0..words.len().saturating_sub(1) {
            if words[i].has_lemma_in(self.cues.both_lemmas)
                && words[i + 1].has_lemma_in(self.cues.both_noun_lemmas)
                && state.countries.len() >= 2
                && !merged.iter().any(|m| m.tokens.contains(&(i + 1)))
            {
                let n = state.countries.len();
                let recent_pair = state
                    .pair
                    .as_ref()
                    .filter(|(_, at)| state.sentence.saturating_sub(*at) <= 2);
                let referents: &[(String, Actor)] = match recent_pair {
                    Some((pair, _)) => pair,
                    None => &state.countries[n - 2..],
                };
                let group: Vec<Actor> = referents
                    .iter()
                    .map(|(code, a)| Actor {
                        text: format!("{} {}", span_text(words, i), span_text(words, i + 1)),
                        name: a.name.clone(),
                        actor: Some(code.clone()),
                        country: Some(code.clone()),
                        role: None,
                    })
                    .collect();
                merged.push(Ment {
                    tokens: i..i + 2,
                    head: i + 1,
                    actor: group[0].clone(),
                    cases: words[i + 1].nominal_cases(),
                    numbers: 1 << Number::Pl as u8,
                    adjectival: false,
                    place: None,
                    coded: true,
                    person: false,
                    gov: None,
                    group,
                });
            }
        }
        merged.sort_by_key(|m| m.tokens.start);
        // "Według polskiego rządu szef rządu chce ...": a role of no stated country whose last
        // word names another actor's institution takes that actor's country (rząd = rząd).
        let homes: Vec<(Vec<String>, String, std::ops::Range<usize>)> = merged
            .iter()
            .filter_map(|m| {
                let country = m.actor.country.clone()?;
                let lemmas = m
                    .tokens
                    .clone()
                    .flat_map(|k| words[k].readings.iter().map(|r| r.lemma.clone()))
                    .collect();
                Some((lemmas, country, m.tokens.clone()))
            })
            .collect();
        for m in &mut merged {
            if m.actor.country.is_some() || m.actor.actor != m.actor.role || m.tokens.len() < 2 {
                continue;
            }
            let (Some(role), Some(last)) = (m.actor.role.clone(), m.tokens.end.checked_sub(1))
            else {
                continue;
            };
            let own: Vec<&str> = words[last]
                .readings
                .iter()
                .map(|r| r.lemma.as_str())
                .collect();
            let home = homes
                .iter()
                .filter(|(lemmas, _, tokens)| {
                    *tokens != m.tokens && lemmas.iter().any(|l| own.contains(&l.as_str()))
                })
                .min_by_key(|(_, _, tokens)| tokens.start.abs_diff(m.tokens.start));
            if let Some((_, country, _)) = home {
                m.actor.actor = Some(format!("{country}{role}"));
                m.actor.country = Some(country.clone());
            }
        }
        let spans: Vec<std::ops::Range<usize>> = merged.iter().map(|m| m.tokens.clone()).collect();
        for m in &mut merged {
            m.gov = governing_prep(words, m.tokens.start, &spans, self.cues);
            // Only a genitive can hang from the phrase's noun ("Z kolei Rosja" is a subject).
            if m.gov.as_ref().is_some_and(|g| g.dependent.is_some()) && !m.has_case(Case::Gen) {
                m.gov = None;
            }
            if m.gov.as_ref().is_some_and(|g| g.dependent.is_some()) {
                m.cases = CaseSet::single(Case::Gen);
            } else if let Some(g) = &m.gov {
                if !g.apposition && !g.cases.is_empty() {
                    let narrowed = m.cases.and(g.cases);
                    if !narrowed.is_empty() {
                        m.cases = narrowed;
                    }
                }
            }
        }
        // "between Russia and Ukraine", "między Rosją a Ukrainą": a name coordinated with a
        // preposition's object is governed by it too.
        for i in 1..merged.len() {
            let start = merged[i].tokens.start;
            if merged[i].gov.is_some()
                || start < 2
                || !words[start - 1].is_any(self.cues.coordination)
            {
                continue;
            }
            let Some(prev) = merged[..i]
                .iter()
                .rev()
                .find(|p| p.tokens.end == start - 1 && !p.adjectival)
            else {
                continue;
            };
            let Some(g) = prev
                .gov
                .clone()
                .filter(|g| g.dependent.is_none() && !g.apposition)
            else {
                continue;
            };
            let narrowed = merged[i].cases.and(g.cases);
            if !narrowed.is_empty() {
                merged[i].cases = narrowed;
            }
            merged[i].gov = Some(g);
        }
        s.mentions = merged;
    }

    fn code_sentence(
        &self,
        doc: &str,
        text: &str,
        index: usize,
        s: &SentView,
        published: Option<Date>,
        state: &mut Discourse,
    ) -> Vec<Event> {
        let words = &s.words;
        let cl = clauses(words, self.cues);
        let subjects: Vec<Option<usize>> = cl.iter().map(|c| self.subject(s, c)).collect();
        let dates = self.place_dates(text, s, &cl, published);
        let speakers = self.attribution(s, &cl, &subjects);
        let dash_start = words.first().is_some_and(|w| w.is_dash());
        if std::env::var_os("DYAD_DEBUG").is_some() {
            debug_sentence(index, s, &cl, &subjects);
        }

        // Dropped subject: a sentence-initial clause with a finite third-person verb and no
        // subject takes the previous sentence's subject.
        let mut subjects_filled: Vec<Option<Ment>> = subjects
            .iter()
            .map(|s_| s_.map(|i| s.mentions[i].clone()))
            .collect();
        if let (Some(first), Some(prev)) = (cl.first(), state.last_subject.as_ref()) {
            let verb_numbers = first.verb.map_or(0, |v| {
                words[v]
                    .readings
                    .iter()
                    .filter(|r| matches!(r.class, Class::Fin | Class::Praet))
                    .fold(0u8, |acc, r| acc | r.numbers)
            });
            let agrees = verb_numbers == 0
                || [Number::Sg, Number::Pl]
                    .iter()
                    .any(|&n| verb_numbers & (1 << n as u8) != 0 && prev.can_be_number(n));
            let plain = first
                .verb
                .and_then(|v| self.plain_subject_distance(s, first, v, verb_numbers));
            // English states its subjects: only a pronoun (or nothing) before the verb
            // refers back ("He will also ..."), not "Thousands of people protested".
            let stated = !self.cues.case_morphology
                && first.verb.is_some_and(|v| {
                    (first.words.start..v).any(|k| {
                        let w = &s.words[k];
                        !w.punct
                            && !matches!(
                                w.primary(),
                                Class::Pron | Class::Adv | Class::Conj | Class::Qub | Class::Comp
                            )
                    })
                });
            if subjects_filled[0].is_none()
                && first.intro.is_none()
                && agrees
                && plain.is_none()
                && !stated
                && prev.coded
                && first.verb.is_some_and(|v| {
                    // English "will" and modals ("He will also hold talks") are finite too.
                    words[v].readings.iter().any(|r| {
                        matches!(r.class, Class::Fin | Class::Praet)
                            || (r.class == Class::Bedzie && !self.cues.case_morphology)
                    })
                })
            {
                subjects_filled[0] = Some(prev.clone());
            }
        }
        // Within the sentence, a later clause with no subject of its own continues the one
        // before ("przyleciał do Warszawy, gdzie spotkał się z ...", "..., że przyjedzie").
        for ci in 1..cl.len() {
            let c = &cl[ci];
            if subjects_filled[ci].is_some()
                || c.dash
                || matches!(
                    c.intro,
                    Some(Intro::If) | Some(Intro::Purpose) | Some(Intro::Relative)
                )
            {
                continue;
            }
            let Some(v) = c.verb else { continue };
            // An adverbial participle ("..., killing two civilians", "..., zabijając") has the
            // subject of the clause it hangs on.
            if !words[v]
                .readings
                .iter()
                .any(|r| matches!(r.class, Class::Fin | Class::Praet | Class::Pcon))
                || self.plain_subject_distance(s, c, v, 0).is_some()
            {
                continue;
            }
            if let Some(prev) = subjects_filled[..ci].iter().rev().flatten().next().cloned() {
                subjects_filled[ci] = Some(prev);
            }
        }

        let mut events = Vec::new();
        let mut consumed: HashSet<usize> = HashSet::new();
        let mut taken_companions: HashSet<usize> = HashSet::new();
        // Verb triggers first: their companions ("nałożyły ... sankcje") are not noun triggers.
        for pass in [TriggerKind::Verb, TriggerKind::Noun] {
            for (ci, c) in cl.iter().enumerate() {
                for t in c.words.clone() {
                    if consumed.contains(&t) {
                        continue;
                    }
                    let next = cl.get(ci + 1);
                    let Some((entry, companions)) = self.trigger(words, c, next, t, pass) else {
                        continue;
                    };
                    // "demanded that Washington stop arms sales": what is demanded has not
                    // happened; analysts code the demand only (English: Polish says "aby").
                    if !self.cues.case_morphology
                        && c.intro == Some(Intro::That)
                        && ci > 0
                        && c.words.start == cl[ci - 1].words.end
                        && cl[ci - 1].verb.is_some_and(|v| {
                            words[v].has_lemma_in(&["demand", "urge", "insist", "request"])
                        })
                    {
                        continue;
                    }
                    // "threatened to impose sanctions": a companion another event has taken
                    // ("sanctions" of the threat) does not make a second one.
                    if companions.iter().any(|k| taken_companions.contains(k)) {
                        continue;
                    }
                    let ctx = FrameCtx {
                        s,
                        clauses: &cl,
                        ci,
                        t,
                        subject: subjects_filled[ci].as_ref(),
                        companions: &companions,
                        // Investigations, arrests, charges and demobilisations are mostly
                        // domestic: an official of no stated country is the actor's own.
                        domestic: matches!(entry.cameo.get(..2), Some("08" | "09" | "17")),
                    };
                    let Some((sources, targets)) = self.roles(&ctx, entry) else {
                        continue;
                    };
                    consumed.insert(t);
                    consumed.extend(companions.iter().copied());
                    taken_companions.extend(companions.iter().copied());
                    let mode = self.mode(&ctx, entry);
                    let date =
                        self.event_date(&ctx, entry, mode, &dates, state, dash_start, published);
                    let reported_by = speakers
                        .iter()
                        .find(|sp| sp.clause != Some(ci) && sp.scope.contains(&ci))
                        .map(|sp| sp.actor.clone())
                        .filter(|a| {
                            !sources
                                .iter()
                                .flatten()
                                .any(|s_| s_.actor == a.actor && s_.text == a.text)
                        })
                        // "the ministry said": a role of no known country has no actor code
                        // (a bare "GOV" is none); the words and the role stay. International
                        // agencies ("agencja Reuters": MED) keep theirs.
                        .map(|mut a| {
                            if is_weak(&a) && a.actor.as_deref() != Some("MED") {
                                a.actor = None;
                            }
                            a
                        });
                    let location = self.location(&ctx);
                    for source in &sources {
                        for target in &targets {
                            // "Polska prokuratura wszczęła śledztwo wobec byłego ministra": the
                            // minister is Poland's.
                            let home = source.as_ref().and_then(|a| a.country.clone());
                            let domestic_target = match (target, &home) {
                                (Some(b), Some(c))
                                    if ctx.domestic && b.country.is_none() && b.actor == b.role =>
                                {
                                    let role = b.role.clone().unwrap_or_default();
                                    Some(Actor {
                                        actor: Some(format!("{c}{role}")),
                                        country: Some(c.clone()),
                                        ..b.clone()
                                    })
                                }
                                _ => None,
                            };
                            let target = &domestic_target.or_else(|| target.clone());
                            // "Protesters stormed the embassy in Niamey", "abducted villagers in
                            // Nigeria": people of no stated country are the place's.
                            let placed = |a: &Option<Actor>| match (a, &location) {
                                (
                                    Some(b),
                                    Some(Location {
                                        country: Some(c), ..
                                    }),
                                ) if b.country.is_none()
                                    && b.role.is_some()
                                    && b.actor == b.role
                                    && matches!(
                                        b.role.as_deref(),
                                        Some("CVL" | "OPP" | "COP" | "REF")
                                    ) =>
                                {
                                    let role = b.role.clone().unwrap_or_default();
                                    Some(Actor {
                                        actor: Some(format!("{c}{role}")),
                                        country: Some(c.clone()),
                                        ..b.clone()
                                    })
                                }
                                _ => a.clone(),
                            };
                            let (source, target) = (&placed(source), &placed(target));
                            if let (Some(a), Some(b)) = (source, target) {
                                if a.actor.is_some() && a.actor == b.actor {
                                    continue;
                                }
                            }
                            if [source, target]
                                .iter()
                                .any(|a| a.as_ref().is_some_and(is_weak))
                            {
                                continue;
                            }
                            // Ordinary people travelling ("obywatele UE, którzy przyjadą do
                            // Wielkiej Brytanii") are not making a visit.
                            if entry.cameo.starts_with("04")
                                && source
                                    .as_ref()
                                    .is_some_and(|a| a.role.as_deref() == Some("CVL"))
                            {
                                continue;
                            }
                            if let Some(e) = self.event(
                                doc,
                                index,
                                s,
                                entry,
                                source.clone(),
                                target.clone(),
                                mode,
                                date.clone(),
                                reported_by.clone(),
                                location.clone(),
                            ) {
                                events.push(e);
                            }
                        }
                    }
                }
            }
        }

        // Discourse state for the next sentence.
        let speaking: Vec<usize> = speakers.iter().filter_map(|sp| sp.clause).collect();
        // The next sentence's dropped subject is this sentence's first subject, whoever it is:
        // an uncoded person or a plain noun blocks an older coded one; a speaker's clause does
        // not count.
        if let Some(ci) = (0..cl.len()).find(|ci| !speaking.contains(ci) && cl[*ci].verb.is_some())
        {
            state.last_subject = subjects_filled[ci].clone();
        }
        if let Some(d) = dates.first() {
            state.date_context = Some((d.date.clone(), state.paragraph));
        }
        // "Germany announced that it would send tanks": the statement (010, the least telling
        // code) is the act coded from it, not an event of its own.
        let telling: HashSet<Option<String>> = events
            .iter()
            .filter(|e| e.cameo != "010")
            .map(|e| e.source.as_ref().and_then(|a| a.actor.clone()))
            .collect();
        events.retain(|e| {
            e.cameo != "010" || !telling.contains(&e.source.as_ref().and_then(|a| a.actor.clone()))
        });
        events
    }

    /// The entry that fires on word `t`, with the companion words it used.
    fn trigger(
        &self,
        words: &[Word],
        c: &Clause,
        next: Option<&Clause>,
        t: usize,
        kind: TriggerKind,
    ) -> Option<(&EventEntry, Vec<usize>)> {
        let w = &words[t];
        if w.punct {
            return None;
        }
        let mut best: Option<(&EventEntry, Vec<usize>)> = None;
        let mut tried: HashSet<&str> = HashSet::new();
        for r in &w.readings {
            let fits = match kind {
                TriggerKind::Verb => r.class.is_verbal(),
                TriggerKind::Noun => r.class.is_nominal(),
            };
            if !fits || !tried.insert(r.lemma.as_str()) {
                continue;
            }
            let reflexive_near = kind == TriggerKind::Verb
                && self
                    .cues
                    .reflexive_changes_sense
                    .contains(&r.lemma.as_str())
                && (t.saturating_sub(2)..(t + 3).min(words.len()))
                    .any(|k| k != t && words[k].is(self.cues.reflexive));
            for entry in self.lexicon.by_head(&r.lemma) {
                if entry.kind != kind {
                    continue;
                }
                if reflexive_near
                    && !entry
                        .companions
                        .iter()
                        .any(|g| g.iter().any(|l| l == self.cues.reflexive))
                {
                    continue;
                }
                let reach_back = c.intro == Some(Intro::Relative)
                    || (c.intro == Some(Intro::That) && self.cues.companions_across_that);
                let reach_into = next
                    .filter(|n| {
                        self.cues.companions_across_that
                            && n.intro == Some(Intro::That)
                            && n.words.start == c.words.end
                    })
                    .map(|n| n.words.end);
                let Some(used) = companions(words, c, t, reach_back, reach_into, entry) else {
                    continue;
                };
                // A negation inside the reported clause is that clause's, not the trigger's.
                if used
                    .iter()
                    .any(|&k| k >= c.words.end && words[k].is_any(self.cues.negation))
                {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some((b, _)) => entry.companions.len() > b.companions.len(),
                };
                if better {
                    best = Some((entry, used));
                }
            }
        }
        best
    }

    /// The subject of a clause: the nearest nominative mention not governed by a preposition
    /// that agrees with the main verb in number.
    fn subject(&self, s: &SentView, c: &Clause) -> Option<usize> {
        let verb = c.verb?;
        let w = &s.words[verb];
        let verb_numbers: u8 = w
            .readings
            .iter()
            .filter(|r| r.class.is_finite())
            .fold(0, |acc, r| acc | r.numbers);
        // Impersonal forms ("poinformowano") and "można" have no subject; nor has an adverbial
        // participle ("..., accusing Moscow of ...", "..., oskarżając Moskwę"): it shares the
        // subject of the clause it hangs on.
        let opens_clause = (c.words.start..verb).all(|k| s.words[k].punct);
        if (w.primary() == Class::Pcon && opens_clause)
            || w.readings
                .iter()
                .all(|r| !matches!(r.class, Class::Fin | Class::Praet | Class::Bedzie))
        {
            return None;
        }
        let antecedent = relative_antecedent(s, c);
        let plain = self.plain_subject_distance(s, c, verb, verb_numbers);
        let mut best: Option<(usize, usize)> = None;
        for (i, m) in s.mentions.iter().enumerate() {
            if !c.contains(m.head)
                || m.adjectival
                || m.gov.is_some()
                || !m.has_case(Case::Nom)
                || m.tokens.contains(&verb)
            {
                continue;
            }
            let coordinated = !m.group.is_empty() || self.has_coordinated(s, i);
            if verb_numbers != 0 && !coordinated {
                let agrees = [Number::Sg, Number::Pl]
                    .iter()
                    .any(|&n| verb_numbers & (1 << n as u8) != 0 && m.can_be_number(n));
                if !agrees {
                    continue;
                }
            }
            // Before the verb is the usual place; after it costs a little, and in a language
            // without case endings (English) much: there the noun after the verb is its object
            // unless none stands before ("..., said the minister").
            let after_cost = if self.cues.case_morphology { 2 } else { 40 };
            let dist = if m.tokens.end <= verb {
                // "Rosja, największy wróg Ukrainy, zaatakowała": an apposition between
                // the subject and its verb does not put them apart.
                if self.apposition_between(s, m.tokens.end, verb) {
                    0
                } else {
                    verb - m.tokens.end
                }
            } else {
                (m.tokens.start - verb) + after_cost
            };
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((i, dist));
            }
        }
        // In "..., która została oskarżona" with no subject of its own, the relative pronoun
        // stands for the noun before it.
        if best.is_none() {
            if let Some(a) = antecedent {
                return a;
            }
        }
        // A nearer plain noun that agrees with the verb is the real subject ("krytycy chwalą premiera",
        // "partia ładunku przyleciała"): not an actor we know.
        if let (Some((_, d)), Some(p)) = (best, plain) {
            if p < d {
                return None;
            }
        }
        if best.is_none() && plain.is_some_and(|p| p <= 1) {
            return None;
        }
        // "he said government proposed": a subject pronoun right before the verb is its
        // subject, whatever actor follows.
        let pronoun_before = (c.words.start..verb)
            .rev()
            .find(|&k| s.words[k].primary() != Class::Adv)
            .is_some_and(|k| s.words[k].is_any(self.cues.subject_pronouns));
        if pronoun_before && best.is_none_or(|(i, _)| s.mentions[i].tokens.start > verb) {
            return None;
        }
        if best.is_none() {
            // "Rosyjski dron naruszył ...": the demonym of a plain subject noun.
            best = s
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    c.contains(m.head)
                        && m.adjectival
                        && m.gov.is_none()
                        && m.has_case(Case::Nom)
                        && m.tokens.end <= verb
                        && verb - m.tokens.end <= 2
                        && demonym_on_noun(s, m, Case::Nom)
                })
                .map(|(i, m)| (i, verb - m.tokens.end))
                .min_by_key(|&(_, d)| d);
        }
        best.map(|(i, _)| i)
    }

    /// Whether words `from..verb` are an apposition set off by commas: a comma, words of no
    /// verb, a comma right before the verb.
    fn apposition_between(&self, s: &SentView, from: usize, verb: usize) -> bool {
        verb >= from + 3
            && s.words[from].is(",")
            && s.words[verb - 1].is(",")
            && (from + 1..verb - 1).all(|k| {
                let w = &s.words[k];
                !w.punct && !w.is_finite() && !w.has_class(Class::Inf)
            })
    }

    /// Distance (as in `subject`) from the verb to the nearest nominative common noun outside
    /// any mention that agrees with the verb and is not inside a prepositional phrase.
    fn plain_subject_distance(
        &self,
        s: &SentView,
        c: &Clause,
        verb: usize,
        verb_numbers: u8,
    ) -> Option<usize> {
        let mut best: Option<usize> = None;
        for k in c.words.clone() {
            if k == verb || s.mentions.iter().any(|m| m.tokens.contains(&k)) {
                continue;
            }
            let w = &s.words[k];
            // Common nouns only: a capitalised word the recogniser left alone ("Jak" read as a
            // name) is no subject.
            let common = w
                .readings
                .first()
                .is_some_and(|r| r.lemma.starts_with(char::is_lowercase));
            let nominative = common
                && w.primary() == Class::Noun
                && w.readings.iter().any(|r| {
                    r.class == Class::Noun
                        && r.cases.contains(Case::Nom)
                        && (verb_numbers == 0 || r.numbers == 0 || r.numbers & verb_numbers != 0)
                });
            if !nominative {
                continue;
            }
            let governed = (k.saturating_sub(3)..k)
                .rev()
                .take_while(|&j| j >= c.words.start)
                .find_map(|j| {
                    let x = &s.words[j];
                    if x.has_class(Class::Prep) {
                        Some(true)
                    } else if is_modifier(x) {
                        None
                    } else {
                        Some(false)
                    }
                });
            let followed_by_postposition = s
                .words
                .get(k + 1)
                .is_some_and(|n| n.is_any(self.cues.postpositions));
            // "agencja Reuters", "prezydent Zełenski": the noun introduces the name after it.
            // A noun right after a demonym ("Rosyjska artyleria") belongs to that actor: the
            // demonym fallback below takes it.
            // In English a name before nouns modifies them: "Chinese coast guard ships" are
            // the coast guard's.
            let introduces_name = s.mentions.iter().any(|m| m.tokens.start == k + 1)
                || s.mentions.iter().any(|m| m.adjectival && m.tokens.end == k)
                || (!self.cues.case_morphology
                    && s.mentions.iter().any(|m| {
                        m.tokens.end <= k
                            && (m.tokens.end..k).all(|j| s.words[j].primary() == Class::Noun)
                    }));
            if governed == Some(true) || followed_by_postposition || introduces_name {
                continue;
            }
            let dist = if k < verb { verb - k - 1 } else { k - verb + 2 };
            if best.is_none_or(|b| dist < b) {
                best = Some(dist);
            }
        }
        best
    }

    fn has_coordinated(&self, s: &SentView, i: usize) -> bool {
        !coordinated_with(s, i, self.cues).is_empty()
    }

    /// Source and target actors of an entry at a trigger word; `None` when the frame is not
    /// filled well enough to make an event.
    fn roles(&self, ctx: &FrameCtx, entry: &EventEntry) -> Option<Roles> {
        let words = &ctx.s.words;
        let tw = &words[ctx.t];
        let clause = &ctx.clauses[ctx.ci];
        let verbal = entry.kind == TriggerKind::Verb;
        let participle = verbal
            && tw.readings.iter().any(|r| matches!(r.class, Class::Ppas))
            && !tw
                .readings
                .iter()
                .any(|r| r.class.is_finite() || r.class == Class::Inf);
        let passive = participle && self.has_passive_aux(words, clause, ctx.t);
        let attributive = participle && !passive;

        let mut used: Vec<usize> = Vec::new();
        // The subject of an active verb is the most constrained role (nominative, agreement,
        // position): find it first so an indeclinable name is not taken for the object.
        let active_subject = if verbal
            && !passive
            && !attributive
            && entry.source.first() == Some(&Slot::Case(SlotCase::Nom))
        {
            self.subject_for(ctx)
        } else {
            None
        };
        if let Some(i) = active_subject {
            used.push(i);
            // "Chiny i Rosja potępiły ...": the subject's partners are not the object.
            used.extend(coordinated_with(ctx.s, i, self.cues));
        }
        // Target.
        let mut target: Option<(usize, bool)> = None; // (mention, from clause subject)
        let mut target_actor: Option<Actor> = None;
        for slot in &entry.target {
            match slot {
                Slot::None => break,
                Slot::ClauseSubj => {
                    if let Some(m) = ctx.subject {
                        target_actor = Some(m.actor.clone());
                        break;
                    }
                }
                Slot::Case(SlotCase::Acc) if passive => {
                    if let Some(i) = self.subject_of_passive(ctx) {
                        target = Some((i, true));
                        break;
                    }
                }
                // A participle modifying a noun ("skazanej chrześcijanki") has that noun as its
                // object: only a prepositional target can be an actor.
                Slot::Case(_) if attributive => {}
                // The agent of a passive or of a participle ("Rebuked by Eriador, ...") is
                // never its target.
                Slot::Prep { prep, .. }
                    if (passive || attributive) && prep == self.cues.passive_agent => {}
                _ => {
                    if let Some(i) = self.find_slot(ctx, slot, &used, verbal) {
                        target = Some((i, false));
                        break;
                    }
                }
            }
        }
        if target.is_none()
            && target_actor.is_none()
            && verbal
            && !passive
            && !attributive
            && self.cues.target_from_that_clause
            && entry.target.first() != Some(&Slot::None)
            && !tw.has_lemma_in(self.cues.speech_lemmas)
        {
            if let Some(next) = ctx.clauses.get(ctx.ci + 1) {
                if next.intro == Some(Intro::That) && next.words.start == clause.words.end {
                    // "denies the charge and says it is neutral": the speaker itself is no
                    // target.
                    let own = active_subject.and_then(|a| ctx.s.mentions[a].actor.actor.clone());
                    target = self
                        .subject(ctx.s, next)
                        .filter(|i| !used.contains(i))
                        .filter(|&i| own.is_none() || ctx.s.mentions[i].actor.actor != own)
                        .map(|i| (i, false));
                }
            }
        }
        if let Some((i, _)) = target {
            used.push(i);
        }
        // Source.
        let mut source: Option<usize> = None;
        let mut source_actor: Option<Actor> = None;
        if passive || attributive {
            source = self.find_slot(
                ctx,
                &Slot::Prep {
                    prep: self.cues.passive_agent.into(),
                    case: SlotCase::Acc,
                },
                &used,
                true,
            );
            // "were killed by Russian shelling": the demonym of the agent noun stands for its
            // country, as it does for a subject ("Russian shelling killed ...").
            if source.is_none() && !self.cues.passive_agent.is_empty() {
                source = (0..ctx.s.mentions.len()).find(|&i| {
                    let m = &ctx.s.mentions[i];
                    m.adjectival
                        && clause.contains(m.head)
                        && m.tokens.start > ctx.t
                        && !used.contains(&i)
                        && (ctx.t + 1..m.tokens.start)
                            .rev()
                            .find(|&k| !is_modifier(&words[k]))
                            .is_some_and(|k| {
                                // "killed in an Israeli airstrike": an attack noun after "in"
                                // names the agent as "by" does.
                                words[k].lower == self.cues.passive_agent
                                    || (words[k].lower == "in"
                                        && words.get(m.tokens.end).is_some_and(|w| {
                                            w.has_lemma_in(self.cues.attack_noun_lemmas)
                                        }))
                            })
                        && words
                            .get(m.tokens.end)
                            .is_some_and(|w| w.primary() == Class::Noun)
                });
            }
        } else {
            for slot in &entry.source {
                match slot {
                    Slot::None => break,
                    Slot::Case(SlotCase::Nom) if verbal => {
                        if let Some(i) = active_subject.or_else(|| self.subject_for(ctx)) {
                            if active_subject == Some(i) || !used.contains(&i) {
                                source = Some(i);
                                break;
                            }
                        }
                        if source.is_none() {
                            if let Some(m) = ctx.subject {
                                if clause.verb.is_some() {
                                    source_actor = Some(m.actor.clone());
                                    break;
                                }
                            }
                        }
                    }
                    Slot::ClauseSubj => {
                        if let Some(m) = ctx.subject {
                            source_actor = Some(m.actor.clone());
                            break;
                        }
                    }
                    _ => {
                        if let Some(i) = self.find_slot(ctx, slot, &used, verbal) {
                            source = Some(i);
                            break;
                        }
                    }
                }
            }
            // "porwanie obywateli Izraela przez Hamas": an event noun's agent.
            if source.is_none() && source_actor.is_none() && !verbal {
                let agent = Slot::Prep {
                    prep: self.cues.passive_agent.into(),
                    case: SlotCase::Acc,
                };
                source = self.find_slot(ctx, &agent, &used, false);
            }
            // "Russia launched an attack on Ukraine": an event noun that a light verb governs is
            // the act of that verb's subject.
            if source.is_none() && source_actor.is_none() && !verbal && self.after_light_verb(ctx) {
                if let Some(m) = ctx.subject {
                    source_actor = Some(m.actor.clone());
                }
            }
        }
        // Speech acts in the attribution of a quote ("- zagroził Jake Sullivan") aim at the
        // quote's subject when the frame finds no target.
        if target.is_none() && target_actor.is_none() && is_speech_act(&entry.cameo) {
            if let Some(a) = self.quote_target(ctx, source) {
                target_actor = Some(a);
            }
        }
        let sources: Vec<Option<Actor>> = match (source, source_actor) {
            (Some(i), _) => {
                let mut v = vec![];
                for j in std::iter::once(i).chain(coordinated_with(ctx.s, i, self.cues)) {
                    let m = &ctx.s.mentions[j];
                    v.extend(
                        m.actors()
                            .into_iter()
                            .map(|a| Some(demonym_role(ctx.s, m, a, self.cues))),
                    );
                }
                v.extend(self.co_agents(ctx).into_iter().map(Some));
                v
            }
            // "Russia and Belarus will hold joint drills": the clause subject's partners too.
            (None, Some(a)) => match ctx
                .subject
                .filter(|m| Some(&m.actor) == Some(&a))
                .and_then(|m| ctx.s.mentions.iter().position(|n| n.tokens == m.tokens))
            {
                Some(j) => {
                    let mut v = vec![Some(demonym_role(ctx.s, &ctx.s.mentions[j], a, self.cues))];
                    for k in coordinated_with(ctx.s, j, self.cues) {
                        let m = &ctx.s.mentions[k];
                        v.extend(
                            m.actors()
                                .into_iter()
                                .map(|a| Some(demonym_role(ctx.s, m, a, self.cues))),
                        );
                    }
                    v
                }
                None => vec![Some(a)],
            },
            (None, None) => vec![None],
        };
        // "oba państwa zacieśniają stosunki": with no one else named, each acts on the other.
        let reciprocal: Vec<Actor> = match source {
            // Only for relations ("zacieśniać stosunki"): "oba państwa sprzeciwiały się zmianom"
            // is not against each other.
            Some(i)
                if target.is_none()
                    && target_actor.is_none()
                    && matches!(entry.cameo.get(..2), Some("03" | "04" | "05" | "06")) =>
            {
                let g = &ctx.s.mentions[i].group;
                if g.len() == 2 {
                    g.clone()
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        };
        // Material events, and visits ("odwiedził Kijów", "visited Kyiv"), happen at a place.
        // Sanctions, aid cuts and expulsions ("sanctions on Tehran") are done to the government a
        // capital stands for, not at a place.
        let at_place = entry.cameo == "042"
            || (self
                .codebook
                .get(&entry.cameo)
                .is_some_and(|c| matches!(c.quad_class, 2 | 4))
                && !entry.cameo.starts_with("16"));
        let targets: Vec<Option<Actor>> = match (target, target_actor) {
            (Some((i, _)), _) => {
                let mut v = vec![];
                for j in std::iter::once(i).chain(coordinated_with(ctx.s, i, self.cues)) {
                    let m = &ctx.s.mentions[j];
                    v.extend(m.actors().into_iter().map(|a| {
                        Some(demonym_role(
                            ctx.s,
                            m,
                            place_as_country(m, a, at_place, self.cues),
                            self.cues,
                        ))
                    }));
                }
                v
            }
            (None, Some(a)) => vec![Some(a)],
            (None, None) if !reciprocal.is_empty() => reciprocal.into_iter().map(Some).collect(),
            (None, None) => vec![None],
        };
        // "Japan and the Philippines signed a defence pact", "Biden and Xi met": coordinated
        // subjects of a reciprocal verb, with no one else named, act on each other; so do the
        // parties to "talks between Armenia and Azerbaijan".
        // Only talks that are the clause's subject: "mediated talks between Israel and Hamas"
        // is the mediator's act.
        let between = !verbal
            && clause.verb.is_none_or(|v| v > ctx.t)
            && source.is_some_and(|i| {
                ctx.s.mentions[i]
                    .gov
                    .as_ref()
                    .is_some_and(|g| matches!(g.prep.as_str(), "between" | "między"))
            });
        let targets = if targets == [None]
            && sources.len() >= 2
            && symmetric_code(&entry.cameo)
            && (between
                || (clause.words.start..=ctx.t).any(|k| {
                    words[k].readings.iter().any(|r| {
                        r.class.is_verbal()
                            && self.cues.reciprocal_lemmas.contains(&r.lemma.as_str())
                    })
                })) {
            sources.clone()
        } else {
            targets
        };
        let has_source = sources
            .iter()
            .any(|a| a.as_ref().is_some_and(|a| a.actor.is_some()));
        let has_target = targets
            .iter()
            .any(|a| a.as_ref().is_some_and(|a| a.actor.is_some()));
        // A trailing `-` in the lexicon makes the role optional.
        let intransitive = entry.target.contains(&Slot::None);
        let sourceless = entry.source.contains(&Slot::None);
        // An agentless passive is worth coding when it is done to someone ("Rosja jest
        // oskarżana"), not for "UE jest oddana idei".
        let conflictual = matches!(
            entry.cameo.get(..2),
            Some("11" | "12" | "13" | "16" | "17" | "18" | "19" | "20")
        );
        let ok = if passive || attributive {
            has_target && (has_source || conflictual)
        } else {
            // An event with no source is worth coding only when something was done to
            // someone ("Zamach na premiera Słowacji"), as with agentless passives.
            (has_source || (sourceless && has_target && conflictual))
                && (has_target || intransitive)
        };
        ok.then_some((sources, targets))
    }

    /// Whether the nearest verb before a noun trigger, with only modifiers and nouns between,
    /// is a light verb ("launched a massive missile attack").
    fn after_light_verb(&self, ctx: &FrameCtx) -> bool {
        let words = &ctx.s.words;
        let clause = &ctx.clauses[ctx.ci];
        let mut k = ctx.t;
        while k > clause.words.start && ctx.t - k < 6 {
            k -= 1;
            let w = &words[k];
            if w.readings
                .iter()
                .any(|r| r.class.is_verbal() || r.class.is_finite())
            {
                return w.has_lemma_in(self.cues.light_verb_lemmas);
            }
            if !(is_modifier(w) || w.primary() == Class::Noun || w.has_class(Class::Conj)) {
                return false;
            }
        }
        false
    }

    /// A mention filling a frame slot.
    fn find_slot(
        &self,
        ctx: &FrameCtx,
        slot: &Slot,
        used: &[usize],
        verbal: bool,
    ) -> Option<usize> {
        let s = ctx.s;
        let clause = &ctx.clauses[ctx.ci];
        let t = ctx.t;
        let mut best: Option<(usize, usize)> = None;
        for (i, m) in s.mentions.iter().enumerate() {
            // A role of no known country ("wojsk", "rząd") cannot make an event: let the next
            // candidate or slot take the role.
            if used.contains(&i)
                || m.tokens.contains(&t)
                || (m.group.is_empty()
                    && is_weak(&m.actor)
                    && !(ctx.domestic && m.actor.role.is_some()))
            {
                continue;
            }
            let in_clause = clause.contains(m.head);
            let mut penalty = 0;
            let ok = match slot {
                Slot::Case(case) => {
                    let case = slot_case(*case);
                    if !in_clause {
                        false
                    } else if m.adjectival {
                        // "zbojkotowała rosyjskie towary": a demonym on a plain noun stands for
                        // its country, after any real actor.
                        penalty = 20;
                        verbal && m.gov.is_none() && m.has_case(case) && demonym_on_noun(s, m, case)
                    } else if verbal
                        && case == Case::Gen
                        && m.gov.as_ref().is_some_and(|g| g.dependent.is_some())
                        && m.tokens.start > 0
                        && ctx.companions.contains(&(m.tokens.start - 1))
                    {
                        // "stanęły w obronie Słowacji": the genitive of the trigger's own noun.
                        true
                    } else if verbal {
                        // Negation turns the accusative object into a genitive ("nie potępiły
                        // Rosji").
                        let genitive_of_negation = case == Case::Acc
                            && m.has_case(Case::Gen)
                            && (t.saturating_sub(2).max(clause.words.start)..t)
                                .any(|k| s.words[k].is_any(self.cues.negation));
                        // Without case endings (English) the object follows its verb before any
                        // other: "chided an attack by X ... and ousted the Y villages" does not
                        // chide Y.
                        let before_next_verb = self.cues.case_morphology
                            || m.tokens.start <= t
                            || !(t + 1..m.tokens.start).any(|k| s.words[k].primary().is_finite());
                        // "Rosja, największy wróg Ukrainy, zaatakowała Kijów": a name inside an
                        // apposition to the subject is no argument of the verb.
                        let apposition = (clause.words.start..m.tokens.start)
                            .rev()
                            .find(|&k| s.words[k].is(","))
                            .is_some_and(|k| m.tokens.end < t && self.apposition_between(s, k, t));
                        // "Iran's guards seized a Portuguese ship": an English possessor
                        // before the verb belongs to the subject, not the object.
                        let possessor_of_subject =
                            !self.cues.case_morphology && case == Case::Gen && m.tokens.start < t;
                        m.gov.is_none()
                            && (m.has_case(case) || genitive_of_negation)
                            && before_next_verb
                            && !apposition
                            && !possessor_of_subject
                    } else {
                        // A noun's genitive complement follows it closely: "wizyta Szojgu",
                        // also inside a phrase ("na zaproszenie prezydenta").
                        let after = m.gov.as_ref().is_none_or(|g| g.dependent.is_some())
                            && m.has_case(case)
                            && m.tokens.start > t
                            && m.tokens.start <= t + 3
                            // "Próba zabójstwa prezydenta": the trigger's own companion noun may
                            // stand between it and its genitive.
                            && (t + 1..m.tokens.start)
                                .all(|k| is_modifier(&s.words[k]) || ctx.companions.contains(&k));
                        // English possessors come first: "Russia's invasion", "Armenia's
                        // peace talks" (noun modifiers too).
                        let before = self.cues.possessor_before
                            && case == Case::Gen
                            && m.has_case(case)
                            && m.tokens.end <= t
                            && t - m.tokens.end <= 3
                            && (m.tokens.end..t).all(|k| {
                                is_modifier(&s.words[k]) || s.words[k].primary() == Class::Noun
                            });
                        after || before
                    }
                }
                Slot::Prep { prep, case } if prep.contains(' ') => {
                    // Several words ("pod adresem", "w sprawie"): they stand right before it.
                    let n = prep.split(' ').count();
                    in_clause
                        && !m.adjectival
                        && m.tokens.start >= n
                        && prep
                            .split(' ')
                            .zip(&s.words[m.tokens.start - n..m.tokens.start])
                            .all(|(p, w)| w.lower == p)
                        && (m.has_case(slot_case(*case)) || m.cases.is_empty())
                        && (verbal || m.tokens.start > t)
                }
                Slot::Prep { prep, case } => {
                    if m.gov.as_ref().is_some_and(|g| g.dependent.is_some()) {
                        penalty = 10;
                    }
                    in_clause
                        && !m.adjectival
                        && m.gov.as_ref().is_some_and(|g| {
                            // The case is the one the preposition governs here: the mention's own,
                            // or, for a genitive attribute ("w cele Hezbollahu"), its noun's.
                            let governed = if g.dependent.is_some() {
                                m.tokens.start > 0
                                    && s.words[m.tokens.start - 1]
                                        .readings
                                        .iter()
                                        .any(|r| r.cases.contains(slot_case(*case)))
                            } else {
                                m.has_case(slot_case(*case))
                                    || m.cases.is_empty()
                                    // Without case endings (English) the preposition decides.
                                    || (!self.cues.case_morphology
                                        && g.cases.contains(slot_case(*case)))
                            };
                            let own = prep_matches(&g.prep, prep) && governed && !g.apposition;
                            // "protested against the farm policy of the European Union": an
                            // "of" attribute of the phrase's noun (English has no genitive
                            // ending to tell it).
                            let attribute = !own
                                && !self.cues.case_morphology
                                && verbal
                                && g.prep == "of"
                                && of_attribute_of(s, m.tokens.start, prep);
                            if attribute {
                                penalty = 10;
                            }
                            own || attribute
                        })
                        && (verbal || m.tokens.start > t)
                        && (self.cues.prep_phrase_beyond_verb || {
                            // After the trigger: no verb between; before it: no verb
                            // before the phrase (auxiliaries may stand between).
                            let other_verb = if m.tokens.start > t {
                                t + 1..m.tokens.start
                            } else {
                                clause.words.start.min(m.tokens.start)..m.tokens.start
                            };
                            !other_verb
                                .into_iter()
                                .any(|k| s.words[k].primary().is_finite())
                        })
                }
                Slot::Adj => {
                    // English: articles and particles may come between ("shot down a Russian
                    // plane", "closed the Russian consulate").
                    let after_articles = !self.cues.articles.is_empty()
                        && verbal
                        && m.tokens.start > t
                        && m.tokens.start - t <= 3
                        && (t + 1..m.tokens.start).all(|k| {
                            s.words[k].is_any(self.cues.articles)
                                || matches!(s.words[k].primary(), Class::Adv | Class::Num)
                        });
                    // English noun adjuncts between ("a Russian drone attack", "Israeli air
                    // strikes"): the demonym still qualifies the trigger noun.
                    let before_adjuncts = !self.cues.case_morphology
                        && !verbal
                        && m.tokens.end <= t
                        && t - m.tokens.end <= 2
                        && (m.tokens.end..t).all(|k| s.words[k].primary() == Class::Noun);
                    m.adjectival
                        && ((m.tokens.end <= t && t - m.tokens.end <= 1)
                            || (m.tokens.start > t && m.tokens.start - t <= 1)
                            || after_articles
                            || before_adjuncts)
                }
                Slot::ClauseSubj | Slot::None => false,
            };
            if !ok {
                continue;
            }
            let dist = m.tokens.start.abs_diff(t).min(m.tokens.end.abs_diff(t)) + penalty;
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((i, dist));
            }
        }
        best.map(|(i, _)| i)
    }

    /// The subject for a verb trigger: the clause subject when the trigger is the main verb or
    /// an infinitive under it; the trigger's own agreement otherwise.
    fn subject_for(&self, ctx: &FrameCtx) -> Option<usize> {
        let clause = &ctx.clauses[ctx.ci];
        let c = Clause {
            words: clause.words.clone(),
            intro: clause.intro,
            dash: clause.dash,
            verb: if ctx.s.words[ctx.t].is_finite() {
                Some(ctx.t)
            } else {
                clause.verb
            },
        };
        self.subject(ctx.s, &c)
    }

    /// The nominative subject of a passive ("Rosja jest oskarżana").
    fn subject_of_passive(&self, ctx: &FrameCtx) -> Option<usize> {
        let clause = &ctx.clauses[ctx.ci];
        let antecedent = relative_antecedent(ctx.s, clause);
        let mut best: Option<(usize, usize)> = None;
        for (i, m) in ctx.s.mentions.iter().enumerate() {
            if !clause.contains(m.head) || m.adjectival || m.gov.is_some() || !m.has_case(Case::Nom)
            {
                continue;
            }
            let dist = m.tokens.start.abs_diff(ctx.t);
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((i, dist));
            }
        }
        if best.is_none() {
            if let Some(a) = antecedent {
                return a;
            }
        }
        best.map(|(i, _)| i)
    }

    fn has_passive_aux(&self, words: &[Word], clause: &Clause, t: usize) -> bool {
        let from = t.saturating_sub(3).max(clause.words.start);
        (from..t).any(|k| {
            words[k].readings.iter().any(|r| {
                self.cues.passive_aux_lemmas.contains(&r.lemma.as_str())
                    && (r.class.is_finite() || r.class == Class::Inf)
            })
        })
    }

    /// "wraz ze Stanami Zjednoczonymi": co-agents of the clause.
    fn co_agents(&self, ctx: &FrameCtx) -> Vec<Actor> {
        let clause = &ctx.clauses[ctx.ci];
        ctx.s
            .mentions
            .iter()
            .filter(|m| clause.contains(m.head))
            .filter(|m| {
                m.gov.as_ref().is_some_and(|g| {
                    g.prep.starts_with('z')
                        && g.before
                            .as_deref()
                            .is_some_and(|b| self.cues.comitative_before.contains(&b))
                })
            })
            .flat_map(|m| m.actors())
            .collect()
    }

    /// The target of a speech act standing outside the quote it introduces.
    fn quote_target(&self, ctx: &FrameCtx, source: Option<usize>) -> Option<Actor> {
        let clause = &ctx.clauses[ctx.ci];
        // Only a speaker's own clause stands outside a quote: "- zagroził X", "jak ostrzegł X",
        // or a closing "..., ostrzegł premier".
        let closing_speech = ctx.ci > 0
            && ctx.ci + 1 == ctx.clauses.len()
            && clause
                .verb
                .is_some_and(|v| ctx.s.words[v].has_lemma_in(self.cues.speech_lemmas));
        if !(clause.dash || clause.intro == Some(Intro::As) || closing_speech) {
            return None;
        }
        let source_actor = source.map(|i| ctx.s.mentions[i].actor.actor.clone());
        for (ci, c) in ctx.clauses.iter().enumerate() {
            if ci == ctx.ci {
                continue;
            }
            if let Some(i) = self.subject(ctx.s, c) {
                let m = &ctx.s.mentions[i];
                if m.coded && Some(m.actor.actor.clone()) != source_actor {
                    return Some(m.actor.clone());
                }
            }
        }
        None
    }

    /// Who says so: per clause that speaks, the speaker; `None` clause means the whole sentence
    /// ("według administracji amerykańskiej").
    fn attribution(&self, s: &SentView, cl: &[Clause], subjects: &[Option<usize>]) -> Vec<Speaker> {
        let mut out = Vec::new();
        for m in &s.mentions {
            if let Some(g) = &m.gov {
                if self.cues.according_to.contains(&g.prep.as_str()) && m.coded {
                    out.push(Speaker {
                        clause: None,
                        scope: 0..cl.len(),
                        actor: m.actor.clone(),
                    });
                }
            }
        }
        // "według" is often analysed as a preposition but may reach us as a plain word.
        for (ci, c) in cl.iter().enumerate() {
            let Some(v) = c.verb else { continue };
            if !s.words[v].has_lemma_in(self.cues.speech_lemmas) {
                continue;
            }
            let followed_by_content = cl
                .get(ci + 1)
                .is_some_and(|n| matches!(n.intro, Some(Intro::That) | Some(Intro::Purpose)));
            let is_attribution = c.dash
                || c.intro == Some(Intro::As)
                || followed_by_content
                || (ci > 0 && ci + 1 == cl.len());
            if !is_attribution {
                continue;
            }
            // "X said (that) ...": what follows; "..., X said": what comes before. "Washington
            // announced aid, while Brussels said it would impose sanctions": Brussels reports
            // only the sanctions.
            let scope = if c.dash || c.intro == Some(Intro::As) {
                // "Jak podała agencja Reuters, ...", "... - zagroził X": the sentence.
                0..cl.len()
            } else if followed_by_content && !(ci > 0 && ci + 1 == cl.len()) {
                ci + 1..cl.len()
            } else {
                0..ci
            };
            if let Some(i) = subjects[ci] {
                let m = &s.mentions[i];
                if m.coded {
                    out.push(Speaker {
                        clause: Some(ci),
                        scope,
                        actor: m.actor.clone(),
                    });
                }
            }
        }
        out
    }

    /// Dates in the sentence, each placed on the word where it starts.
    fn place_dates(
        &self,
        text: &str,
        s: &SentView,
        cl: &[Clause],
        published: Option<Date>,
    ) -> Vec<PlacedDate> {
        let sentence_text = &text[s.span.start..s.span.end];
        let hint = cl
            .iter()
            .filter_map(|c| c.verb)
            .map(|v| tense_of(&s.words[v]))
            .find(|h| !matches!(h, TenseHint::Unknown))
            .unwrap_or(TenseHint::Unknown);
        let found: Vec<DateMention> = self.dates.find(self.lang, sentence_text, published, hint);
        // A date in a clause of another tense reads with that clause's verb ("powiedział, że
        // przyjedzie w maju": the next May).
        let mut other: Option<(TenseHint, Vec<DateMention>)> = None;
        found
            .into_iter()
            .filter_map(|d| {
                let abs = s.span.start + d.start;
                let word = s.words.iter().position(|w| w.span.end > abs)?;
                let own = cl
                    .iter()
                    .find(|c| c.contains(word))
                    .and_then(|c| c.verb)
                    .map(|v| tense_of(&s.words[v]))
                    .filter(|h| !matches!(h, TenseHint::Unknown) && *h != hint);
                let date = match own {
                    Some(h) => {
                        if other.as_ref().is_none_or(|(k, _)| *k != h) {
                            other =
                                Some((h, self.dates.find(self.lang, sentence_text, published, h)));
                        }
                        other
                            .as_ref()
                            .and_then(|(_, v)| v.iter().find(|o| o.start == d.start))
                            .map_or(d.date, |o| o.date.clone())
                    }
                    None => d.date,
                };
                Some(PlacedDate { word, date })
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn event_date(
        &self,
        ctx: &FrameCtx,
        entry: &EventEntry,
        mode: Mode,
        dates: &[PlacedDate],
        state: &Discourse,
        dash_start: bool,
        published: Option<Date>,
    ) -> Option<EventDate> {
        let clause = &ctx.clauses[ctx.ci];
        let in_clause: Vec<&PlacedDate> =
            dates.iter().filter(|d| clause.contains(d.word)).collect();
        // An event noun inside a phrase ("na zaproszenie X") does not take the clause's date;
        // one that is the clause's subject ("Wizyta ... zakończyła się w piątek") does.
        let in_phrase = ctx.t > 0 && ctx.s.words[ctx.t - 1].has_class(Class::Prep)
            || ctx.t > 1
                && ctx.s.words[ctx.t - 2].has_class(Class::Prep)
                && is_modifier(&ctx.s.words[ctx.t - 1]);
        let noun_in_verb_clause =
            entry.kind == TriggerKind::Noun && in_phrase && clause.verb.is_some_and(|v| v != ctx.t);
        let pick = if noun_in_verb_clause {
            in_clause
                .iter()
                .find(|d| d.word.abs_diff(ctx.t) <= 4)
                .copied()
        } else {
            in_clause
                .iter()
                .min_by_key(|d| d.word.abs_diff(ctx.t))
                .copied()
                .or_else(|| {
                    // A date in a governing clause dates what it reports ("Tydzień temu X
                    // przekazał, że ...").
                    if clause.intro.is_some() || clause.dash {
                        dates.iter().find(|d| d.word < clause.words.start)
                    } else {
                        None
                    }
                })
        };
        if let Some(d) = pick {
            return Some(d.date.clone());
        }
        if !noun_in_verb_clause {
            if let Some((d, para)) = &state.date_context {
                // A context carries to what happens in the same stretch of text: not a vague
                // span ("w ostatnich latach"), and not a past date to a planned event.
                let forward =
                    matches!(mode, Mode::Planned | Mode::Conditional | Mode::Hypothetical);
                let fits_mode = !forward
                    || match (d.start, published) {
                        (Some(s), Some(p)) => s >= p,
                        _ => false,
                    };
                if (*para == state.paragraph || dash_start)
                    && d.precision != Precision::Range
                    && fits_mode
                {
                    let mut d = d.clone();
                    d.basis = DateBasis::Context;
                    return Some(d);
                }
            }
        }
        published.map(|p| EventDate {
            start: Some(p),
            end: Some(p),
            precision: Precision::Day,
            text: String::new(),
            basis: DateBasis::Published,
        })
    }

    /// Mode of the event at a trigger.
    fn mode(&self, ctx: &FrameCtx, entry: &EventEntry) -> Mode {
        let words = &ctx.s.words;
        let cl = ctx.clauses;
        let c = &cl[ctx.ci];
        let t = ctx.t;
        let cues = self.cues;
        let before = |n: usize| t.saturating_sub(n).max(c.words.start)..t;
        // Negated: "nie" right before the verb (or its auxiliary), or a clause introduced by a
        // negated verb of perception ("nie zauważono, aby ...").
        // "nie chciały się na to zgodzić": the negation of the verb that governs the infinitive.
        let governing_verb_negated = words[t].has_class(Class::Inf)
            && c.verb.is_some_and(|v| {
                v < t
                    && (v.saturating_sub(2).max(c.words.start)..v)
                        .any(|k| words[k].is_any(cues.negation))
            });
        let negated_here = (before(3).any(|k| words[k].is_any(cues.negation))
            || governing_verb_negated)
            && entry.kind == TriggerKind::Verb;
        let negated_by_parent =
            matches!(c.intro, Some(Intro::Purpose) | Some(Intro::That)) && ctx.ci > 0 && {
                let p = &cl[ctx.ci - 1];
                p.verb.is_some_and(|v| {
                    words[v].has_lemma_in(cues.negatable_perception_lemmas)
                        && (p.words.start..v).any(|k| words[k].is_any(cues.negation))
                })
            };
        // "Russia cancelled the visit of ...": an event noun whose clause calls it off did
        // not happen ("call" only with "off"); one put off is still planned (below).
        let called_off = entry.kind == TriggerKind::Noun
            && c.words.clone().any(|v| {
                words[v].primary().is_verbal()
                    && words[v].has_lemma_in(cues.cancel_lemmas)
                    && (!words[v].has_lemma("call")
                        || words.get(v + 1).is_some_and(|n| n.lower == "off"))
            });
        if negated_here || negated_by_parent || called_off {
            return Mode::Negated;
        }
        // Conditional: the clause opens with "jeśli", or follows one (the consequent) within
        // the same stretch of speech.
        // The consequent has no subordinator of its own ("jaką UE zawarła" is not part of it).
        let conditional = c.intro == Some(Intro::If)
            || (ctx.ci > 0
                && cl[ctx.ci - 1].intro == Some(Intro::If)
                && !c.dash
                && c.intro.is_none())
            // "The EU will impose sanctions if the law passes": a condition right after the
            // main clause ("whether" asks, it sets no condition).
            || (c.intro.is_none()
                && !c.dash
                && cl.get(ctx.ci + 1).is_some_and(|n| {
                    n.intro == Some(Intro::If)
                        && n.words.start == c.words.end
                        && !words[n.words.start].is_any(&["whether", "czy"])
                }));
        if conditional {
            return Mode::Conditional;
        }
        // "wezwał, by polski rząd zwrócił się ...": what is asked for has not happened.
        if c.intro == Some(Intro::Purpose) && ctx.ci > 0 {
            return Mode::Hypothetical;
        }
        // Hypothetical: a modal of possibility or a hedge before the trigger.
        let hypothetical = before(4).any(|k| {
            words[k].is_any(cues.hypothetical_words)
                || words[k].readings.iter().any(|r| {
                    cues.possibility_lemmas.contains(&r.lemma.as_str()) && r.class.is_finite()
                })
        }) || words[t].lower.ends_with("by") && words[t].has_class(Class::Praet)
            // "wydają się zacieśniać": it only seems so.
            || before(4).any(|k| {
                words[k].has_lemma_in(cues.seem_lemmas)
                    && words.get(k + 1).is_some_and(|n| n.is(cues.reflexive))
            });
        if hypothetical {
            return Mode::Hypothetical;
        }
        // Alleged: a hedge in the clause, or the complement of an accusation.
        // "expelled a diplomat over alleged interference": an adjective after the trigger
        // hedges its own noun, not the trigger.
        let alleged = (c.words.clone()).any(|k| {
            words[k].is_any(cues.alleged_words) && (k < t || words[k].primary() != Class::Adj)
        }) || (c.words.start..t).any(|k| {
            words[k].has_lemma_in(cues.accusation_lemmas)
                && (k + 1..t).any(|j| words[j].is_any(cues.accusation_preps) && t - j <= 2)
        });
        // "Iran miał dostarczyć": the past of "mieć" with an infinitive reports a claim.
        let reportative = words[t].has_class(Class::Inf)
            && before(3).any(|k| {
                words[k]
                    .readings
                    .iter()
                    .any(|r| r.lemma == "mieć" && r.class == Class::Praet)
            });
        if alleged || reportative {
            return Mode::Alleged;
        }
        // "The visit ... was postponed": put off, still planned.
        if entry.kind == TriggerKind::Noun
            && c.words.clone().any(|v| {
                words[v].primary().is_verbal() && words[v].has_lemma_in(cues.postpone_lemmas)
            })
        {
            return Mode::Planned;
        }
        // Planned: future tense, intention verbs, or "zapowiadana wizyta".
        let planned = match entry.kind {
            TriggerKind::Verb => {
                let w = &words[t];
                let future_fin = is_future(w);
                let will = before(3).any(|k| words[k].has_class(Class::Bedzie));
                let intends = w.has_class(Class::Inf)
                    && before(6).any(|k| {
                        words[k].is_any(cues.intention_words)
                            || words[k].readings.iter().any(|r| {
                                // "offered to host", "chciał omówić": an intention
                                // stated in the past is still only an intention.
                                cues.intention_lemmas.contains(&r.lemma.as_str())
                                    && matches!(r.class, Class::Fin | Class::Bedzie | Class::Praet)
                            })
                    });
                // "wybiera się do Pekinu": a verb of setting out, in the present, is a plan.
                let prospective =
                    w.has_lemma_in(cues.prospective_lemmas) && !w.has_class(Class::Praet);
                future_fin || will || intends || prospective
            }
            TriggerKind::Noun => {
                let adjective =
                    before(2).any(|k| words[k].has_lemma_in(cues.planned_adjective_lemmas));
                // "Podróż prezydenta do Chin rozpocznie się w poniedziałek": the event noun is
                // the subject of a future verb, or the object of planning.
                let in_phrase = t > c.words.start && words[t - 1].has_class(Class::Prep);
                let future_verb = !in_phrase
                    && c.verb.is_some_and(|v| {
                        let w = &words[v];
                        is_future(w)
                            || w.has_class(Class::Bedzie)
                            || w.has_lemma_in(cues.planned_adjective_lemmas)
                    });
                adjective || future_verb
            }
        };
        if planned {
            return Mode::Planned;
        }
        Mode::Asserted
    }

    /// A city in the trigger's clause after a preposition of place or direction ("w rosyjskim
    /// mieście Władywostok", "przyjechał do Pekinu").
    fn location(&self, ctx: &FrameCtx) -> Option<Location> {
        let clause = &ctx.clauses[ctx.ci];
        ctx.s
            .mentions
            .iter()
            .filter(|m| clause.contains(m.head) && m.place.is_some())
            .find(|m| {
                m.gov.as_ref().is_some_and(|g| {
                    self.cues.place_preps.contains(&g.prep.as_str()) || g.prep == "do"
                })
            })
            .and_then(|m| {
                let mut loc = m.place.clone()?;
                loc.text = m.actor.text.clone();
                Some(loc)
            })
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        doc: &str,
        index: usize,
        s: &SentView,
        entry: &EventEntry,
        source: Option<Actor>,
        target: Option<Actor>,
        mode: Mode,
        date: Option<EventDate>,
        reported_by: Option<Actor>,
        location: Option<Location>,
    ) -> Option<Event> {
        let info = self.codebook.get(&entry.cameo)?;
        Some(Event {
            doc: doc.to_owned(),
            sentence: index,
            evidence: Evidence {
                start: s.span.start,
                end: s.span.end,
                text: String::new(),
            },
            source,
            target,
            cameo: entry.cameo.clone(),
            plover: info.plover.clone(),
            quad_class: info.quad_class,
            goldstein: info.goldstein,
            mode,
            date,
            reported_by,
            location,
            rule: entry.rule(),
        })
    }
}

/// What a frame is filled from.
pub(crate) struct FrameCtx<'a> {
    pub s: &'a SentView,
    pub clauses: &'a [Clause],
    pub ci: usize,
    pub t: usize,
    pub subject: Option<&'a Ment>,
    /// Words the trigger needed besides its head ("obronie" in "stanęły w obronie Słowacji").
    pub companions: &'a [usize],
    /// The event is of a kind done at home (investigate, coerce, yield): a target role of no
    /// stated country belongs to the source's country.
    pub domestic: bool,
}

fn span_text(words: &[Word], i: usize) -> String {
    words[i].lower.clone()
}

/// A perfective present form is a future ("uda się", "zapłaci"); a form SGJP also lists as
/// imperfective ("pozostaje") is a present.
fn is_future(w: &Word) -> bool {
    w.readings
        .iter()
        .any(|r| r.class == Class::Fin && r.aspect == Some(Aspect::Perf))
        && !w.readings.iter().any(|r| {
            r.class == Class::Praet || (r.class == Class::Fin && r.aspect == Some(Aspect::Imperf))
        })
}

/// Tense of a verb word, as a hint for dates ("w lipcu" + past = the last July).
fn tense_of(w: &Word) -> TenseHint {
    if w.has_class(Class::Praet) || w.has_class(Class::Imps) {
        TenseHint::Past
    } else if w.has_class(Class::Bedzie) || is_future(w) {
        TenseHint::Future
    } else {
        TenseHint::Unknown
    }
}

/// Codes of acts two parties do together (talks, agreements, joint drills, a truce, a clash).
fn symmetric_code(cameo: &str) -> bool {
    matches!(
        cameo,
        "040" | "041" | "044" | "046" | "050" | "057" | "0871"
    ) || cameo.starts_with("03")
        || cameo.starts_with("06")
        || matches!(cameo, "190" | "193")
}

fn is_speech_act(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("11" | "12" | "13"))
}

/// Adjectives, numerals and participles that may stand between a noun and its complement.
fn is_modifier(w: &Word) -> bool {
    !w.punct && matches!(w.primary(), Class::Adj | Class::Ppas | Class::Num)
        || w.readings
            .iter()
            .any(|r| matches!(r.class, Class::Adj | Class::Ppas))
            && !w.has_class(Class::Prep)
}

fn prep_matches(found: &str, wanted: &str) -> bool {
    found == wanted
        || (found.len() > 1 && found.ends_with('e') && &found[..found.len() - 1] == wanted)
}

/// A city used as a target stands for its country ("przyjechał do Pekinu" → CHN).
/// A city attacked or visited as a place ("ostrzelała Kijów", material events) is its country
/// too; a capital that is threatened or criticised stays its government.
fn place_as_country(m: &Ment, a: Actor, at_place: bool, cues: &Cues) -> Actor {
    // A city after a preposition of place or direction is a place ("do Pekinu"); after "z"
    // (with) or "według" it is the government it stands for ("rozmawia z Brukselą").
    let as_place = m
        .gov
        .as_ref()
        .is_some_and(|g| cues.place_preps.contains(&g.prep.as_str()) || g.prep == "do")
        || at_place;
    if m.place.is_some() && as_place {
        if let Some(c) = a.country.clone() {
            return Actor {
                actor: Some(c),
                role: None,
                ..a
            };
        }
    }
    a
}

/// Mentions coordinated with mention `i` ("Rosja i Chiny", "z Moskwą jak i Pekinem").
fn coordinated_with(s: &SentView, i: usize, cues: &Cues) -> Vec<usize> {
    let mut out = Vec::new();
    let words = &s.words;
    let mut cur = i;
    // Forward.
    loop {
        let end = s.mentions[cur].tokens.end;
        let Some(next) = s
            .mentions
            .iter()
            .position(|m| m.tokens.start > end && m.tokens.start <= end + 2)
        else {
            break;
        };
        let between = end..s.mentions[next].tokens.start;
        let linked = between
            .clone()
            .all(|k| words[k].is_any(cues.coordination) || words[k].is_any(&["jak", "także", ","]))
            && (between.clone().any(|k| words[k].is_any(cues.coordination))
                || (cues.comma_lists_forward && list_goes_on_to_conjunction(s, next, cues)));
        if !linked || s.mentions[next].adjectival != s.mentions[i].adjectival {
            break;
        }
        out.push(next);
        cur = next;
    }
    // Backward.
    cur = i;
    loop {
        let start = s.mentions[cur].tokens.start;
        let Some(prev) = s
            .mentions
            .iter()
            .rposition(|m| m.tokens.end < start && m.tokens.end + 2 >= start)
        else {
            break;
        };
        let between = s.mentions[prev].tokens.end..start;
        // "Polska, Węgry czy Francja": a comma links when the list ends with a conjunction.
        let linked = between
            .clone()
            .all(|k| words[k].is_any(cues.coordination) || words[k].is(","))
            && (between.clone().any(|k| words[k].is_any(cues.coordination))
                || !out.is_empty()
                || list_ends_with_conjunction(s, i, cues));
        if !linked || s.mentions[prev].adjectival != s.mentions[i].adjectival {
            break;
        }
        out.push(prev);
        cur = prev;
    }
    out
}

/// The preposition governing a mention that starts at `start`: look back over modifiers and
/// at most one common noun ("w rosyjskim mieście Władywostok").
fn governing_prep(
    words: &[Word],
    start: usize,
    mentions: &[std::ops::Range<usize>],
    cues: &Cues,
) -> Option<Gov> {
    let mut k = start;
    let mut nouns = 0;
    let mut steps = 0;
    let mut dependent: Option<String> = None;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = &words[k];
        if w.punct || w.is_any(cues.postpositions) {
            return None;
        }
        // Another actor in between ("ze Stanami Zjednoczonymi oba kraje"): not ours.
        if mentions
            .iter()
            .any(|r| r.contains(&k) && !(is_modifier(w) && r.len() == 1))
        {
            return None;
        }
        if w.has_class(Class::Prep) {
            let prev = (k > 0).then(|| words[k - 1].lower.clone());
            let cases = w
                .readings
                .iter()
                .filter(|r| r.class == Class::Prep)
                .fold(CaseSet::EMPTY, |acc, r| CaseSet(acc.0 | r.cases.0));
            return Some(Gov {
                prep: w.lower.clone(),
                cases,
                before: prev,
                apposition: nouns > 0 && dependent.is_none(),
                dependent,
            });
        }
        if is_modifier(w) {
            continue;
        }
        if w.primary() == Class::Noun && nouns == 0 {
            if w.has_lemma_in(cues.apposition_noun_lemmas) {
                nouns += 1;
            } else if w.has_lemma_in(cues.temporal_noun_lemmas) {
                // "w piątek prezydenta Litwy": a time word takes no actor in the genitive.
                return None;
            } else {
                // "przeciwko polityce Unii": a genitive attribute of the phrase's noun.
                dependent = Some(w.lower.clone());
            }
            nouns += usize::from(dependent.is_some());
            continue;
        }
        return None;
    }
    None
}

/// Whether the "of" before a mention starting at `start` hangs on the noun of a phrase opened
/// by `prep` ("against the farm policy of the EU"): only articles, modifiers and nouns stand
/// between `prep` and "of".
fn of_attribute_of(s: &SentView, start: usize, prep: &str) -> bool {
    let Some(of) = (start.saturating_sub(3)..start)
        .rev()
        .find(|&k| s.words[k].lower == "of")
    else {
        return false;
    };
    (of.saturating_sub(5)..of)
        .rev()
        .take_while(|&k| {
            let w = &s.words[k];
            w.lower == prep || is_modifier(w) || w.primary() == Class::Noun
        })
        .any(|k| s.words[k].lower == prep && s.words[k].has_class(Class::Prep))
}

/// Who reports what in a sentence: the speaker's clause (none for "according to"), the
/// clauses they report, and the speaker.
struct Speaker {
    clause: Option<usize>,
    scope: std::ops::Range<usize>,
    actor: Actor,
}

/// Companion lemmas of a trigger, each found in the clause within six words of the trigger,
/// and those linked to a word ([`Link`]) right next to it.
fn companions(
    words: &[Word],
    c: &Clause,
    t: usize,
    reach_back: bool,
    reach_into: Option<usize>,
    entry: &EventEntry,
) -> Option<Vec<usize>> {
    let wanted = &entry.companions;
    // A relative clause reaches back to its antecedent: "sankcji, jakie ... nałożyły".
    let floor = if reach_back {
        c.words.start.saturating_sub(3)
    } else {
        c.words.start
    };
    let from = t.saturating_sub(9).max(floor);
    // Into a reported clause the trigger opens: as far as the window reaches back.
    let to = match reach_into {
        Some(end) => (t + 10).min(end),
        None => (t + 9).min(c.words.end),
    };
    let fits = |k: usize, group: &[String], used: &[usize]| {
        (from..to).contains(&k)
            && k != t
            && !used.contains(&k)
            && group
                .iter()
                .any(|l| words[k].has_lemma(l) || words[k].lower == *l)
    };
    let mut used: Vec<usize> = Vec::new();
    let mut g = 0;
    while g < wanted.len() {
        // A run: this companion and those linked to it as the next words.
        let run = 1 + entry.links[g + 1..]
            .iter()
            .take_while(|l| **l == Link::Next)
            .count();
        let mut starts = match entry.links[g] {
            Link::Head(offset) => {
                let k = t.checked_add_signed(isize::from(offset))?;
                k..k + 1
            }
            _ => from..to,
        };
        let start = starts.find(|&k| (0..run).all(|r| fits(k + r, &wanted[g + r], &used)))?;
        used.extend(start..start + run);
        g += run;
    }
    // Words found inside the reported clause must make one phrase there ("a really pleasant
    // place", not "a real easy or pleasant place").
    let beyond: Vec<usize> = used.iter().copied().filter(|&k| k >= c.words.end).collect();
    if beyond.windows(2).any(|w| w[1] != w[0] + 1) {
        return None;
    }
    Some(used)
}

/// Prints the coder's view of a sentence to standard error (`DYAD_DEBUG=1`).
fn debug_sentence(index: usize, s: &SentView, cl: &[Clause], subjects: &[Option<usize>]) {
    eprintln!("== sentence {index}");
    for (ci, c) in cl.iter().enumerate() {
        let words: Vec<String> = c
            .words
            .clone()
            .map(|k| {
                let w = &s.words[k];
                let r = w
                    .readings
                    .first()
                    .map_or(String::new(), |r| format!("{}:{:?}", r.lemma, r.class));
                format!("{k}:{}[{r}]", w.lower)
            })
            .collect();
        eprintln!(
            "  clause {ci} intro={:?} dash={} verb={:?} subj={:?}\n    {}",
            c.intro,
            c.dash,
            c.verb,
            subjects[ci].map(|i| s.mentions[i].actor.text.clone()),
            words.join(" ")
        );
    }
    for m in &s.mentions {
        eprintln!(
            "  mention {:?} head={} {:?} actor={:?} cases={:?} adj={} gov={:?} coded={}",
            m.tokens,
            m.head,
            m.actor.text,
            m.actor.actor,
            m.cases.iter().collect::<Vec<_>>(),
            m.adjectival,
            m.gov.as_ref().map(|g| (&g.prep, g.apposition)),
            m.coded
        );
    }
}

/// An adjectival mention in `case` directly before a plain noun in the same case ("rosyjskie
/// towary", "rosyjski dron").
fn demonym_on_noun(s: &SentView, m: &Ment, case: Case) -> bool {
    let noun_in_case = |k: usize| {
        !s.mentions.iter().any(|o| o.tokens.contains(&k))
            && s.words[k]
                .readings
                .iter()
                .any(|r| matches!(r.class, Class::Noun) && r.cases.contains(case))
    };
    // Before its noun ("rosyjskie towary") or after it ("państwo palestyńskie").
    (m.tokens.end < s.words.len() && noun_in_case(m.tokens.end))
        || (m.tokens.start > 0 && noun_in_case(m.tokens.start - 1))
}

/// An actor whose code is only a role ("GOV", "PTY": a government or party of no known
/// country) or that has no code: too vague to code an event with.
fn is_weak(a: &Actor) -> bool {
    match &a.actor {
        None => true,
        Some(code) => {
            a.country.is_none()
                && !code.starts_with("IGO")
                && !code.starts_with("NGO")
                && code.len() <= 3
                && !is_country_code(code)
        }
    }
}

fn is_country_code(code: &str) -> bool {
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(
            code,
            "GOV"
                | "MIL"
                | "PTY"
                | "JUD"
                | "MED"
                | "BUS"
                | "CVL"
                | "OPP"
                | "REB"
                | "COP"
                | "EDU"
                | "LAB"
                | "AGR"
                | "REF"
                | "LEG"
                | "ELI"
                | "SPY"
                | "HLH"
                | "CRM"
                | "UAF"
                | "IGO"
                | "NGO"
                | "REL"
                | "INS"
                | "MNC"
        )
}

/// Whether mention `i` is followed by a conjunction and another mention ("Węgry czy Francja").
/// Whether the mentions from `i` on are linked by commas up to one linked by a conjunction
/// ("Rohan, Fornost and Bree").
fn list_goes_on_to_conjunction(s: &SentView, i: usize, cues: &Cues) -> bool {
    let mut cur = i;
    loop {
        let end = s.mentions[cur].tokens.end;
        let Some(next) = s
            .mentions
            .iter()
            .position(|m| m.tokens.start > end && m.tokens.start <= end + 2)
        else {
            return false;
        };
        let between = end..s.mentions[next].tokens.start;
        if between
            .clone()
            .any(|k| s.words[k].is_any(cues.coordination))
        {
            return between
                .clone()
                .all(|k| s.words[k].is_any(cues.coordination) || s.words[k].is(","));
        }
        if !between.clone().all(|k| s.words[k].is(",")) {
            return false;
        }
        cur = next;
    }
}

fn list_ends_with_conjunction(s: &SentView, i: usize, cues: &Cues) -> bool {
    let end = s.mentions[i].tokens.end;
    s.words
        .get(end)
        .is_some_and(|w| w.is_any(cues.coordination))
        && s.mentions.iter().any(|m| m.tokens.start == end + 1)
}

/// A relative clause opened by a nominative "który/która/które" has its antecedent as subject:
/// `Some(Some(mention))` when the antecedent is a mention right before the clause,
/// `Some(None)` when it is something else, `None` when the clause is not such a clause.
fn relative_antecedent(s: &SentView, c: &Clause) -> Option<Option<usize>> {
    if c.intro != Some(Intro::Relative) {
        return None;
    }
    let first = c.words.clone().find(|&k| !s.words[k].punct)?;
    if !s.words[first]
        .readings
        .iter()
        .any(|r| r.cases.contains(Case::Nom))
    {
        return None;
    }
    let mut end = c.words.start;
    while end > 0 && s.words[end - 1].punct {
        end -= 1;
    }
    Some(
        s.mentions
            .iter()
            .rposition(|m| m.tokens.end == end && !m.adjectival),
    )
}

/// The most words the coder reads as one sentence (news sentences rarely pass 80).
const MAX_WORDS: usize = 200;

/// Cuts a sentence longer than `max` words into pieces of at most `max`, preferring to cut
/// after punctuation; mentions go with the piece that holds them (one across a cut is dropped).
fn split_long(s: SentView, max: usize) -> Vec<SentView> {
    if s.words.len() <= max {
        return vec![s];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let n = s.words.len();
    while start < n {
        let mut end = (start + max).min(n);
        if end < n {
            if let Some(k) = (start + max / 2..end).rev().find(|&k| s.words[k].punct) {
                end = k + 1;
            }
        }
        let words: Vec<Word> = s.words[start..end].to_vec();
        let mentions: Vec<Ment> = s
            .mentions
            .iter()
            .filter(|m| m.tokens.start >= start && m.tokens.end <= end)
            .map(|m| {
                let mut m = m.clone();
                m.tokens = m.tokens.start - start..m.tokens.end - start;
                m.head = m.head.saturating_sub(start);
                m
            })
            .collect();
        let span = Span::new(words[0].span.start, words[words.len() - 1].span.end);
        out.push(SentView {
            span,
            words,
            mentions,
            paragraph_start: s.paragraph_start && start == 0,
        });
        start = end;
    }
    out
}

/// A demonym on a military noun ("rosyjski okręt", "ukraińskie drony") is that country's
/// military; on any other noun, the country.
fn demonym_role(s: &SentView, m: &Ment, a: Actor, cues: &Cues) -> Actor {
    if !m.adjectival || a.role.is_some() {
        return a;
    }
    // "Chinese and Russian bombers": coordinated demonyms share the noun after the last one.
    let mut end = m.tokens.end;
    while let Some(next) = s.mentions.iter().find(|n| {
        n.adjectival
            && n.tokens.start > end
            && n.tokens.start <= end + 2
            && (end..n.tokens.start)
                .all(|k| s.words[k].is_any(cues.coordination) || s.words[k].is(","))
    }) {
        end = next.tokens.end;
    }
    let military = [end, m.tokens.start.wrapping_sub(1)]
        .iter()
        .filter_map(|&k| s.words.get(k))
        .any(|w| w.has_lemma_in(cues.military_noun_lemmas));
    match (&a.country, military) {
        (Some(c), true) => Actor {
            actor: Some(format!("{c}MIL")),
            role: Some("MIL".to_owned()),
            ..a
        },
        _ => a,
    }
}
