//! The Polish adapter: tokenizer, SGJP analyser and actor recogniser, turned into the coder's
//! view. Case endings do the work English leaves to word order: the view keeps every reading's
//! case set so frames can ask for "do + genitive" or a bare dative.

use dyad_actors::Recogniser;
use dyad_model::{Actor, Location};
use dyad_morph::{Analyser, Analysis, CaseSet, Pos};
use dyad_text::Tokenizer;
use jiff::civil::Date;

use crate::view::{Class, Ment, Reading, SentView, Word};

/// Everything Polish the engine holds.
pub(crate) struct Polish {
    tokenizer: Tokenizer,
    analyser: &'static Analyser,
    recogniser: Recogniser,
}

pub(crate) fn class_of(pos: Pos) -> Class {
    match pos {
        Pos::Subst | Pos::Depr => Class::Noun,
        Pos::Ger => Class::Ger,
        Pos::Adj | Pos::AdjA | Pos::AdjP | Pos::AdjC => Class::Adj,
        Pos::Ppas => Class::Ppas,
        // Active participles name people ("protestujący", "walczący"), not events: they read
        // as adjectives.
        Pos::Pact | Pos::PactA => Class::Adj,
        Pos::Fin => Class::Fin,
        Pos::Praet => Class::Praet,
        Pos::Inf => Class::Inf,
        Pos::Impt => Class::Impt,
        Pos::Imps => Class::Imps,
        Pos::Bedzie => Class::Bedzie,
        Pos::Pcon | Pos::Pant => Class::Pcon,
        Pos::Winien | Pos::Pred => Class::Pred,
        Pos::Prep => Class::Prep,
        Pos::Conj => Class::Conj,
        Pos::Comp => Class::Comp,
        Pos::Qub => Class::Qub,
        Pos::Adv => Class::Adv,
        Pos::Num | Pos::NumComp | Pos::Dig | Pos::Romandig => Class::Num,
        Pos::Ppron12 | Pos::Ppron3 | Pos::Siebie => Class::Pron,
        Pos::Interp => Class::Punct,
        _ => Class::Other,
    }
}

fn reading(a: Analysis) -> Reading {
    Reading {
        lemma: a.lemma,
        class: class_of(a.tag.pos),
        cases: a.tag.cases,
        numbers: a.tag.numbers,
        aspect: a.tag.aspect,
    }
}

impl Polish {
    pub(crate) fn new() -> Result<Polish, crate::Error> {
        Ok(Polish {
            tokenizer: Tokenizer::polish(),
            analyser: Analyser::polish(),
            recogniser: Recogniser::polish().map_err(|e| crate::Error::Lexicon(e.to_string()))?,
        })
    }

    /// The coder's view of every sentence of `text`.
    pub(crate) fn view(&self, text: &str, published: Option<Date>) -> Vec<SentView> {
        self.tokenizer
            .sentences(text)
            .into_iter()
            .map(|sentence| {
                let analysed = self.analyser.analyse_sentence(text, &sentence);
                let found = self.recogniser.mentions(text, &analysed, published);
                // The recogniser has read the analyses; move them into the view, no copies.
                let words: Vec<Word> = analysed
                    .tokens
                    .into_iter()
                    .map(|t| {
                        let punct = t.analyses.iter().all(|a| a.tag.pos == Pos::Interp)
                            && !t.form.chars().any(char::is_alphanumeric);
                        Word {
                            span: t.token.span,
                            lower: t.form.to_lowercase(),
                            readings: t.analyses.into_iter().map(reading).collect(),
                            punct,
                        }
                    })
                    .collect();
                let mentions: Vec<Ment> = found
                    .into_iter()
                    .filter(|m| m.tokens.end <= words.len() && m.tokens.start < m.tokens.end)
                    // A capitalised function word ("Jak wskazał ...") is not a name.
                    .filter(|m| {
                        m.tokens.len() > 1
                            || m.actor.is_some()
                            || !words[m.tokens.start].readings.iter().any(|r| {
                                matches!(
                                    r.class,
                                    Class::Conj
                                        | Class::Comp
                                        | Class::Prep
                                        | Class::Qub
                                        | Class::Adv
                                        | Class::Pron
                                )
                            })
                    })
                    // A capitalised function word ("Jak wskazał ...") is not a name.
                    .filter(|m| {
                        m.tokens.len() > 1
                            || m.actor.is_some()
                            || !words[m.tokens.start].readings.iter().any(|r| {
                                matches!(
                                    r.class,
                                    Class::Conj
                                        | Class::Comp
                                        | Class::Prep
                                        | Class::Qub
                                        | Class::Adv
                                        | Class::Pron
                                )
                            })
                    })
                    .map(|m| {
                        let mut actor: Actor = dyad_actors::to_actor(&m);
                        // "Polacy", "Brytyjczycy": the people of a country are its civilians,
                        // not the state.
                        if m.kind == dyad_actors::EntityKind::Per
                            && m.role.is_none()
                            && m.entity.is_some()
                            && m.entity == m.country
                        {
                            if let Some(c) = &m.country {
                                actor.actor = Some(format!("{c}CVL"));
                                actor.role = Some("CVL".to_owned());
                            }
                        }
                        let coded = actor.actor.is_some();
                        let place = m.place.as_ref().map(|p| Location {
                            text: m.text.clone(),
                            name: p.name.clone(),
                            country: Some(p.country.clone()),
                            lat: Some(p.lat),
                            lon: Some(p.lon),
                        });
                        let head = m.head.clamp(m.tokens.start, m.tokens.end - 1);
                        // The recogniser's case set, narrowed by what the head word can be.
                        // Foreign names inflect only their last word ("Kim Dzong Unem").
                        let mut head_cases = words[head].nominal_cases();
                        // An adjective right after the head agrees with it: "Stany Zjednoczone"
                        // is not the genitive the surname "Stana" would allow.
                        if let Some(next) = words.get(head + 1).filter(|w| {
                            head + 1 < m.tokens.end
                                && matches!(w.primary(), Class::Adj | Class::Ppas)
                        }) {
                            let adjective = next
                                .readings
                                .iter()
                                .filter(|r| matches!(r.class, Class::Adj | Class::Ppas))
                                .fold(CaseSet::EMPTY, |acc, r| CaseSet(acc.0 | r.cases.0));
                            if !head_cases.and(adjective).is_empty() {
                                head_cases = head_cases.and(adjective);
                            }
                        }
                        // (Only names: in "premiera Polski" the last word is a country, not the name's end.)
                        let head_is_name =
                            text[words[head].span.start..].starts_with(char::is_uppercase);
                        if m.kind == dyad_actors::EntityKind::Per
                            && m.tokens.end - 1 != head
                            && head_is_name
                        {
                            head_cases =
                                CaseSet(head_cases.0 | words[m.tokens.end - 1].nominal_cases().0);
                        }
                        // A known person whose name the dictionary only has as a common word
                        // ("Kim" read as "kto") is a foreign name: any case.
                        let form_is_name = !words[head].span.is_empty()
                            && text[words[head].span.start..].starts_with(char::is_uppercase)
                            && words[head]
                                .readings
                                .iter()
                                .all(|r| r.lemma.starts_with(char::is_lowercase));
                        if m.kind == dyad_actors::EntityKind::Per
                            && m.actor.is_some()
                            && form_is_name
                        {
                            head_cases = CaseSet(0x7f);
                        }
                        // A name written in its base form can be a nominative, whatever else
                        // the dictionary thinks its words are ("Kim" is also "kto").
                        let mut cases = if m.tokens.len() > 1 || m.cases.and(head_cases).is_empty()
                        {
                            head_cases
                        } else {
                            m.cases.and(head_cases)
                        };
                        if m.actor.is_some() && m.text == m.base {
                            cases.insert(dyad_morph::Case::Nom);
                        }
                        // Number matters for subject agreement, so only nominative readings
                        // count ("Chiny" is plural; "china", the drug, is singular only in the
                        // genitive).
                        let number_of = |nominative: bool| {
                            words[head]
                                .readings
                                .iter()
                                .filter(|r| matches!(r.class, Class::Noun | Class::Adj))
                                .filter(|r| !nominative || r.cases.contains(dyad_morph::Case::Nom))
                                .fold(0u8, |acc, r| acc | r.numbers)
                        };
                        let numbers = match number_of(true) {
                            0 => number_of(false),
                            n => n,
                        };
                        Ment {
                            tokens: m.tokens.clone(),
                            head,
                            actor,
                            cases,
                            numbers: if m.plural {
                                1 << dyad_morph::Number::Pl as u8
                            } else {
                                numbers
                            },
                            adjectival: m.adjectival,
                            place,
                            coded,
                            person: m.kind == dyad_actors::EntityKind::Per,
                            gov: None,
                            group: Vec::new(),
                        }
                    })
                    .collect();
                let mentions = country_adjective_roles(&words, mentions);
                SentView {
                    span: sentence.span,
                    words,
                    mentions,
                    paragraph_start: sentence.paragraph_start,
                }
            })
            .collect()
    }
}

/// "Polska prokuratura", "Rosyjska armia": a country name that is really the adjective of the
/// role after it (same case) makes one composite actor, POL + JUD = POLJUD.
fn country_adjective_roles(words: &[Word], mentions: Vec<Ment>) -> Vec<Ment> {
    let mut out: Vec<Ment> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last_mut() {
            let country_only = prev.tokens.len() == 1
                && prev.actor.country.is_some()
                && prev.actor.actor == prev.actor.country;
            let role_only = m.actor.country.is_none()
                && m.actor.role.is_some()
                && m.actor.actor == m.actor.role;
            let agrees = words[prev.tokens.start]
                .readings
                .iter()
                .any(|r| r.class == Class::Adj && !r.cases.and(m.cases).is_empty());
            if prev.tokens.end == m.tokens.start && country_only && role_only && agrees {
                let country = prev.actor.country.clone().unwrap_or_default();
                let role = m.actor.role.clone().unwrap_or_default();
                prev.actor = Actor {
                    text: format!("{} {}", prev.actor.text, m.actor.text),
                    name: format!("{} {}", prev.actor.name, m.actor.name),
                    actor: Some(format!("{country}{role}")),
                    country: Some(country),
                    role: Some(role),
                };
                prev.tokens = prev.tokens.start..m.tokens.end;
                prev.head = m.head;
                prev.cases = m.cases;
                prev.numbers = m.numbers;
                prev.place = None;
                continue;
            }
        }
        out.push(m);
    }
    out
}
