//! Roles from chunk order: subject, object, agent and prepositional phrases of a verb group.

use crate::chunk::ChunkKind;
use crate::pos::Pos;
use crate::{EnSentence, Tense};

/// Verbs whose object is the one who does what their infinitive says ("urged Congress to act").
const OBJECT_CONTROL: [&str; 24] = [
    "ask",
    "urge",
    "tell",
    "order",
    "force",
    "allow",
    "invite",
    "persuade",
    "encourage",
    "want",
    "call",
    "press",
    "pressure",
    "permit",
    "authorize",
    "authorise",
    "instruct",
    "require",
    "expect",
    "help",
    "enable",
    "warn",
    "advise",
    "compel",
];

/// What surrounds a verb group, as chunk indices into [`EnSentence::chunks`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arguments {
    /// The noun phrase before the verb group (through prepositional phrases, adverbs and an
    /// apposition between commas; through "who/which/that" to the noun it refers to; for an
    /// infinitive or participle right after another verb group, that group's subject). For a
    /// passive verb this is the one acted on.
    pub subject: Option<usize>,
    /// Noun phrases coordinated with the subject ("Russia and China condemned"), subject last.
    pub subjects: Vec<usize>,
    /// The noun phrase right after an active verb group (through adverbs; through a possessive
    /// to the possessed noun, whose possessor is the chunk before it).
    pub object: Option<usize>,
    /// For a passive verb, the noun phrase of the "by" phrase after it.
    pub agent: Option<usize>,
    /// Prepositional phrases after the verb group up to the end of its clause, with their
    /// preposition ("against", "with", "to", "according to").
    pub preps: Vec<(&'static str, usize)>,
}

impl EnSentence<'_> {
    fn kind(&self, chunk: usize) -> Option<ChunkKind> {
        self.chunks.get(chunk).map(|c| c.kind)
    }

    fn is_comma(&self, chunk: usize) -> bool {
        self.kind(chunk) == Some(ChunkKind::Punct) && self.chunk_text(chunk) == ","
    }

    fn is_finite_group(&self, chunk: usize) -> bool {
        self.chunks
            .get(chunk)
            .and_then(|c| c.verb.as_ref())
            .is_some_and(|v| v.tense != Tense::Nonfinite)
    }

    /// The subject noun phrase left of chunk `vg`.
    fn subject_before(&self, vg: usize, depth: usize) -> Option<usize> {
        let nonfinite = !self.is_finite_group(vg);
        let infinitive = self
            .chunks
            .get(vg)
            .and_then(|c| c.verb.as_ref())
            .is_some_and(|v| v.infinitive);
        if infinitive && depth < 4 {
            if let Some(subject) = self.infinitive_subject(vg, depth) {
                return Some(subject);
            }
        }
        let mut k = vg;
        while k > 0 {
            k -= 1;
            match self.kind(k)? {
                ChunkKind::AdvPhrase | ChunkKind::PrepPhrase => continue,
                ChunkKind::NounPhrase => {
                    // "talks between Israel and Hamas resumed": Hamas belongs to the phrase.
                    let in_prep = k >= 2
                        && self.kind(k - 1) == Some(ChunkKind::Conjunction)
                        && self.kind(k - 2) == Some(ChunkKind::PrepPhrase);
                    if in_prep {
                        k -= 2;
                        continue;
                    }
                    if self.chunks[k].possessive {
                        continue;
                    }
                    return Some(k);
                }
                // "the group that attacked": the noun before the relative word.
                ChunkKind::Subordinator => {
                    let relative = self
                        .tokens
                        .get(self.chunks[k].head)
                        .is_some_and(|t| t.pos == Pos::Wh);
                    if !relative || k == 0 {
                        return None;
                    }
                    // "the minister, who had been convicted": through the comma.
                    let before = if self.is_comma(k - 1) && k >= 2 {
                        k - 2
                    } else {
                        k - 1
                    };
                    return (self.kind(before) == Some(ChunkKind::NounPhrase)).then_some(before);
                }
                ChunkKind::VerbGroup => {
                    return if nonfinite && depth < 4 {
                        self.controller(k, depth)
                    } else {
                        None
                    };
                }
                // "condemned the attack and promised aid": the verbs share a subject.
                ChunkKind::Conjunction if k + 1 == vg && depth < 4 => {
                    let governor = (0..k).rev().find(|&p| self.is_finite_group(p))?;
                    return self.subject_before(governor, depth + 1);
                }
                // "the European Union (EU) agrees": a bracketed aside is stepped over.
                ChunkKind::Punct if self.chunk_text(k) == ")" => {
                    k = (0..k).rev().find(|&p| {
                        self.kind(p) == Some(ChunkKind::Punct) && self.chunk_text(p) == "("
                    })?;
                    continue;
                }
                ChunkKind::Punct if self.is_comma(k) && k + 1 == vg => {
                    // "the rebels, backed by Iran": a participle after a comma describes the
                    // noun before it.
                    // "expelled the ambassador, accusing him": a present participle after a
                    // comma shares the subject of the clause before it.
                    let gerund = self
                        .chunks
                        .get(vg)
                        .and_then(|c| self.tokens.get(c.head))
                        .is_some_and(|t| t.pos == Pos::VerbGerund);
                    if gerund && depth < 4 {
                        if let Some(governor) = (0..k).rev().find(|&p| self.is_finite_group(p)) {
                            return self.subject_before(governor, depth + 1);
                        }
                    }
                    if nonfinite {
                        return (k > 0 && self.kind(k - 1) == Some(ChunkKind::NounPhrase))
                            .then(|| k - 1);
                    }
                    // "Putin, the Russian president, said" / "the rebels, backed by Iran, have
                    // been accused": skip back over the inserted phrase to the noun before it.
                    // The inserted phrase may be a relative clause ("The minister, who spoke
                    // on condition of anonymity, said").
                    let open = (0..k).rev().find(|&p| self.is_comma(p))?;
                    return (self.is_comma(open)
                        && open > 0
                        && self.kind(open - 1) == Some(ChunkKind::NounPhrase))
                    .then(|| open - 1);
                }
                _ => return None,
            }
        }
        None
    }

    /// The subject of an infinitive: the possessor of a noun it complements ("Sweden's bid to
    /// join"), else the one its governing verb group assigns ("plans to visit", "urged Congress
    /// to approve", "met Xi in Beijing to discuss").
    fn infinitive_subject(&self, vg: usize, depth: usize) -> Option<usize> {
        let mut k = vg.checked_sub(1)?;
        while self.kind(k) == Some(ChunkKind::AdvPhrase) {
            k = k.checked_sub(1)?;
        }
        if self.kind(k) == Some(ChunkKind::NounPhrase) && k > 0 && self.chunks[k - 1].possessive {
            return Some(k - 1);
        }
        loop {
            match self.kind(k)? {
                ChunkKind::VerbGroup => return self.controller(k, depth),
                // "used tear gas and water cannon to disperse": coordinated objects too.
                ChunkKind::NounPhrase
                | ChunkKind::PrepPhrase
                | ChunkKind::AdvPhrase
                | ChunkKind::AdjPhrase
                | ChunkKind::Conjunction => {}
                _ => return None,
            }
            k = k.checked_sub(1)?;
        }
    }

    /// The subject of an infinitive or participle governed by verb group `governor`: its object
    /// for verbs like "urge" ("urged Congress to approve"), else its subject ("plans to visit").
    fn controller(&self, governor: usize, depth: usize) -> Option<usize> {
        let verb = self.chunks.get(governor)?.verb.as_ref()?;
        if OBJECT_CONTROL.contains(&verb.lemma.as_ref()) {
            let mut k = governor + 1;
            while self.kind(k) == Some(ChunkKind::AdvPhrase) {
                k += 1;
            }
            if self.kind(k) == Some(ChunkKind::NounPhrase) {
                return Some(k);
            }
        }
        self.subject_before(governor, depth + 1)
    }

    /// Subject, object, agent and prepositional phrases of verb group chunk `vg`.
    pub fn arguments(&self, vg: usize) -> Arguments {
        let mut args = Arguments::default();
        let Some(verb) = self.chunks.get(vg).and_then(|c| c.verb.as_ref()) else {
            return args;
        };
        args.subject = self.subject_before(vg, 0);
        if let Some(subject) = args.subject {
            // "Russia and China", "Russia, China and Iran"
            // A list needs its "and" next to the last item: "Russia, China and Iran", but not
            // "trashed its embassy, a senior official said".
            let mut k = subject;
            let mut conjoined = false;
            while k >= 2 && self.kind(k - 2) == Some(ChunkKind::NounPhrase) {
                let link = self.kind(k - 1) == Some(ChunkKind::Conjunction);
                if !(link || (conjoined && self.is_comma(k - 1))) {
                    break;
                }
                conjoined = true;
                args.subjects.push(k - 2);
                k -= 2;
            }
            // A headline's comma stands for "and" between two names that open it: "Russia,
            // Ukraine swap prisoners".
            if !conjoined
                && k == 2
                && self.is_comma(1)
                && self.kind(0) == Some(ChunkKind::NounPhrase)
                && [0, subject].iter().all(|&c| {
                    self.chunks[c].tokens.clone().all(|t| {
                        self.tokens
                            .get(t)
                            .is_some_and(|t| matches!(t.pos, Pos::ProperNoun | Pos::Determiner))
                    })
                })
            {
                args.subjects.push(0);
            }
            args.subjects.reverse();
            args.subjects.push(subject);
        }
        let mut k = vg + 1;
        while self.kind(k) == Some(ChunkKind::AdvPhrase) {
            k += 1;
        }
        // "said Israeli jets had struck": a noun phrase before a finite verb is that verb's
        // subject, not this one's object.
        let mut after = k + 1;
        while self.kind(after) == Some(ChunkKind::AdvPhrase) {
            after += 1;
        }
        if !verb.passive
            && self.kind(k) == Some(ChunkKind::NounPhrase)
            && !self.is_finite_group(after)
        {
            // "blocked Sweden's membership": the possessed noun (its possessor is the chunk
            // before).
            let possessed =
                self.chunks[k].possessive && self.kind(k + 1) == Some(ChunkKind::NounPhrase);
            args.object = Some(if possessed { k + 1 } else { k });
        }
        // Prepositional phrases up to the clause's end: the next finite verb group, clause word
        // or punctuation mark.
        for k in vg + 1..self.chunks.len() {
            let chunk = &self.chunks[k];
            match chunk.kind {
                ChunkKind::PrepPhrase => {
                    if let Some(prep) = chunk.prep {
                        if prep == "by" && verb.passive && args.agent.is_none() {
                            args.agent = Some(k);
                        }
                        args.preps.push((prep, k));
                    }
                }
                ChunkKind::Subordinator | ChunkKind::Punct => break,
                // "hosted by Qatar and attended by officials": the next verb's phrases.
                ChunkKind::Conjunction if self.kind(k + 1) == Some(ChunkKind::VerbGroup) => break,
                ChunkKind::VerbGroup if self.is_finite_group(k) => break,
                _ => {}
            }
        }
        args
    }
}
