//! PETRARCH's unit-test suite run through dyad's English coder: the dictionaries it comes with
//! are converted ([`Dictionaries::load`]), an engine is built from them alone, and every record
//! is coded with its date and compared with what PETRARCH must code.
//!
//! A record passes when the set of `(source, target, code)` dyad produces equals the expected
//! set exactly; PETRARCH writes `---` for a missing actor and so does this comparison. Events
//! map back to PETRARCH's codes through their rule (the converted entry's id), which also
//! gives the reverse event of a paired code (`[032:033]`: the one visited receives a visit)
//! and the pairs of a `%` compound ("Gondor and Osgiliath delayed their meeting": each
//! delayed it with the other).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use dyad_coder::{ActorPattern, AgentPattern, Engine};
use dyad_model::{Article, Lang};

use crate::actors::{parse_actors, ActorEntry};
use crate::agents::{parse_agents, AgentEntry};
use crate::convert::{suite_lexicon, Lemmas, PatternInfo, SUITE_CATEGORY};
use crate::discards::{parse_discards, Discards};
use crate::error::{read_file, Error, Result};
use crate::records::{Coding, Record};
use crate::verbs::parse_verbs;

/// Converts actor entries into the English coder's table: every name, code and period (a
/// compound code like `FRO/BIL/SAM` gives one pattern per actor).
pub fn actor_patterns(entries: &[ActorEntry]) -> Vec<ActorPattern> {
    let mut out = Vec::new();
    for entry in entries {
        let name = entry.names[0].join(" ");
        let periods = entry.periods();
        for words in &entry.names {
            let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            for period in &periods {
                let codes = crate::actors::ActorCode {
                    code: period.code.clone(),
                    when: crate::actors::Restriction::Always,
                    line: entry.line,
                }
                .codes();
                for code in codes {
                    out.push(ActorPattern {
                        words: words.clone(),
                        code,
                        name: name.clone(),
                        from: period.from,
                        to: period.to,
                    });
                }
            }
        }
    }
    out
}

/// Converts agent entries into the English coder's table. The code keeps PETRARCH's `~` mark:
/// `~GOV` goes after the actor's code, `NGO~` before it.
pub fn agent_patterns(entries: &[AgentEntry]) -> Vec<AgentPattern> {
    entries
        .iter()
        .map(|a| AgentPattern {
            words: a.words.iter().map(|w| w.to_lowercase()).collect(),
            code: a.marked_code(),
            // PETRARCH lists the plurals it allows (generated or written out).
            listed_forms_only: true,
        })
        .collect()
}

/// PETRARCH's dictionaries, converted and ready to code with.
pub struct Dictionaries {
    /// The engine built from them alone (English only).
    pub engine: Engine,
    /// Converted entry id → PETRARCH's codes.
    pub patterns: HashMap<String, PatternInfo>,
    /// The discard phrases (empty without a discard file).
    pub discards: Discards,
    /// Problems that did not stop the load (skipped lines, patterns left out), one a line.
    pub warnings: Vec<String>,
}

impl Dictionaries {
    /// Reads and converts the dictionaries at these paths.
    pub fn load(
        actors: &Path,
        agents: &Path,
        verbs: &Path,
        discards: Option<&Path>,
    ) -> Result<Dictionaries> {
        let name = |p: &Path| p.display().to_string();
        let mut warnings = Vec::new();
        let actor_dict = parse_actors(&name(actors), &read_file(actors)?)?;
        warnings.extend(actor_dict.skipped.iter().map(ToString::to_string));
        let agent_dict = parse_agents(&name(agents), &read_file(agents)?);
        warnings.extend(agent_dict.skipped.iter().map(ToString::to_string));
        let verb_dict = parse_verbs(&name(verbs), &read_file(verbs)?)?;
        warnings.extend(verb_dict.skipped.iter().map(ToString::to_string));
        let discards = match discards {
            Some(path) => parse_discards(&name(path), &read_file(path)?)?,
            None => Discards::default(),
        };
        let lemmas = Lemmas::new();
        let (lexicon, conversion) = suite_lexicon(&verb_dict, &lemmas)?;
        for (line, reason) in &conversion.left_out {
            warnings.push(format!("{}:{line}: left out: {reason}", name(verbs)));
        }
        let engine = Engine::builder()
            .langs(&[Lang::En])
            .events(Lang::En, lexicon)
            .english_actors(
                actor_patterns(&actor_dict.entries),
                agent_patterns(&agent_dict.entries),
            )
            // PETRARCH's patterns match words of a reported clause too.
            .english_companions_across_that(true)
            .build()
            .map_err(|e| Error::Engine(e.to_string()))?;
        Ok(Dictionaries {
            engine,
            patterns: conversion.patterns,
            discards,
            warnings,
        })
    }

    /// dyad's events for one sentence on its date (none when a discard phrase is in it).
    pub fn events(&self, id: &str, text: &str, date: jiff::civil::Date) -> Vec<dyad_model::Event> {
        if self.discards.discards(text) {
            return Vec::new();
        }
        let article = Article {
            id: id.to_owned(),
            url: None,
            published: Some(date),
            title: None,
            outlet: None,
            lang: Some(Lang::En),
            text: text.to_owned(),
        };
        self.engine.process(&article)
    }

    /// Codes one sentence on its date into PETRARCH's terms: sorted, without duplicates.
    pub fn code(&self, id: &str, text: &str, date: jiff::civil::Date) -> Vec<Coding> {
        let prefix = format!("en/{SUITE_CATEGORY}/");
        let code_of = |a: &Option<dyad_model::Actor>| {
            a.as_ref()
                .and_then(|a| a.actor.clone())
                .unwrap_or_else(|| "---".to_owned())
        };
        let mut out = BTreeSet::new();
        // `%` entries: the subjects found, per entry and sentence, paired afterwards.
        let mut compounds: BTreeMap<(String, usize), BTreeSet<String>> = BTreeMap::new();
        for event in self.events(id, text, date) {
            let Some(info) = event
                .rule
                .strip_prefix(&prefix)
                .and_then(|slug| self.patterns.get(&format!("{SUITE_CATEGORY}/{slug}")))
            else {
                continue;
            };
            let (source, target) = (code_of(&event.source), code_of(&event.target));
            // A `%` pattern, or a paired code without a target: the subjects pair up.
            if info.compound || (event.target.is_none() && info.reciprocal.is_some()) {
                compounds
                    .entry((event.rule.clone(), event.sentence))
                    .or_default()
                    .insert(source);
                continue;
            }
            if let Some(code) = &info.primary {
                out.insert(Coding {
                    source: source.clone(),
                    target: target.clone(),
                    code: code.clone(),
                });
            }
            if let Some(code) = &info.reciprocal {
                out.insert(Coding {
                    source: target,
                    target: source,
                    code: code.clone(),
                });
            }
        }
        for ((rule, _), members) in compounds {
            let Some(info) = self.patterns.get(&rule[3..]) else {
                continue;
            };
            for a in &members {
                for b in members.iter().filter(|b| *b != a) {
                    for code in info.primary.iter().chain(&info.reciprocal) {
                        out.insert(Coding {
                            source: a.clone(),
                            target: b.clone(),
                            code: code.clone(),
                        });
                    }
                }
            }
        }
        out.into_iter().collect()
    }
}

/// The outcome of one record.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The record.
    pub record: Record,
    /// What dyad coded.
    pub got: Vec<Coding>,
    /// Whether it equals what PETRARCH must code.
    pub passed: bool,
}

/// Counts by category, and every outcome.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// `category → (passed, total)`, categories in name order.
    pub by_category: BTreeMap<String, (usize, usize)>,
    /// Every record's outcome, in suite order.
    pub outcomes: Vec<Outcome>,
}

impl Report {
    /// Records passed and total.
    pub fn totals(&self) -> (usize, usize) {
        self.by_category
            .values()
            .fold((0, 0), |(p, t), (cp, ct)| (p + cp, t + ct))
    }

    /// The share passed, 0 to 1.
    pub fn pass_rate(&self) -> f64 {
        let (p, t) = self.totals();
        p as f64 / t.max(1) as f64
    }
}

/// Codes every record and compares.
pub fn run(dicts: &Dictionaries, records: &[Record]) -> Report {
    let mut report = Report::default();
    for record in records {
        // A malformed parse is input PETRARCH refuses; dyad refuses the record with it.
        let got = if record.parse_well_formed == Some(false) {
            Vec::new()
        } else {
            dicts.code(&record.id, &record.text, record.date)
        };
        let want: BTreeSet<&Coding> = record.expected.codings().iter().collect();
        let passed = got.iter().collect::<BTreeSet<_>>() == want;
        let counts = report
            .by_category
            .entry(record.category.clone())
            .or_default();
        counts.1 += 1;
        if passed {
            counts.0 += 1;
        }
        report.outcomes.push(Outcome {
            record: record.clone(),
            got,
            passed,
        });
    }
    report
}

/// Renders codings as `SRC>TGT:CODE` joined by spaces (`-` for none).
pub fn render(codings: &[Coding]) -> String {
    if codings.is_empty() {
        return "-".to_owned();
    }
    codings
        .iter()
        .map(|c| format!("{}>{}:{}", c.source, c.target, c.code))
        .collect::<Vec<_>>()
        .join(" ")
}
