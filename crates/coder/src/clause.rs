//! Clauses: a sentence cut at punctuation and subordinating words, with verbless pieces glued
//! back to their neighbour ("..., na zaproszenie prezydenta Putina" belongs to the clause before).

use std::ops::Range;

use crate::cues::Cues;
use crate::view::{Class, Word};

/// What opens a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Intro {
    /// "że", "that": reported content.
    That,
    /// "aby", "żeby": purpose or content of perception/wish ("nie zauważono, aby ...").
    Purpose,
    /// "jeśli", "gdyby", "if".
    If,
    /// "który", "jaki", "co": relative clause.
    Relative,
    /// "jak" ("jak wskazał Reuters") or "as".
    As,
    /// any other subordinator ("ponieważ", "gdy").
    Other,
}

/// One clause of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Clause {
    pub words: Range<usize>,
    pub intro: Option<Intro>,
    /// Starts with a dash: reported speech's attribution ("- zagroził Jake Sullivan") or a quote.
    pub dash: bool,
    /// Index of the main finite verb, when there is one.
    pub verb: Option<usize>,
}

impl Clause {
    pub(crate) fn contains(&self, word: usize) -> bool {
        self.words.contains(&word)
    }
}

fn intro_of(word: &Word, cues: &Cues) -> Option<Intro> {
    let w = word.lower.as_str();
    if cues.intro_that.contains(&w) {
        Some(Intro::That)
    } else if cues.intro_purpose.contains(&w) {
        Some(Intro::Purpose)
    } else if cues.intro_if.contains(&w) {
        Some(Intro::If)
    } else if cues.intro_relative.iter().any(|l| word.has_lemma(l)) && !word.punct {
        Some(Intro::Relative)
    } else if cues.intro_as.contains(&w) {
        Some(Intro::As)
    } else if cues.intro_other.contains(&w) {
        Some(Intro::Other)
    } else {
        None
    }
}

/// The main verb of a range: the first word whose most likely reading is finite, else the first
/// word with any finite reading.
fn main_verb(words: &[Word], range: Range<usize>) -> Option<usize> {
    range
        .clone()
        .find(|&i| words[i].primary().is_finite())
        .or_else(|| range.clone().find(|&i| words[i].is_finite()))
}

/// Joins a subordinator's verbless segment, the verbless segments after it (an apposition)
/// and the next segment when that one starts with a comma and then its verb.
fn join_appositions(words: &[Word], raw: Vec<Clause>) -> Vec<Clause> {
    let verbless = |c: &Clause| main_verb(words, c.words.clone()).is_none();
    let mut out: Vec<Clause> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let c = &raw[i];
        let opens = matches!(
            c.intro,
            Some(Intro::That | Intro::If | Intro::Relative | Intro::Purpose)
        );
        if opens && verbless(c) {
            let mut j = i + 1;
            while j < raw.len() && raw[j].intro.is_none() && verbless(&raw[j]) {
                j += 1;
            }
            let verb_after_comma = raw.get(j).is_some_and(|n| {
                n.intro.is_none()
                    && words[n.words.start].is(",")
                    && (n.words.start + 1..n.words.end)
                        .find(|&k| words[k].primary() != Class::Adv)
                        .is_some_and(|k| words[k].is_finite())
            });
            if j > i + 1 && verb_after_comma {
                out.push(Clause {
                    words: c.words.start..raw[j].words.end,
                    intro: c.intro,
                    dash: c.dash,
                    verb: None,
                });
                i = j + 1;
                continue;
            }
        }
        out.push(c.clone());
        i += 1;
    }
    out
}

/// Cuts a sentence into clauses.
pub(crate) fn clauses(words: &[Word], cues: &Cues) -> Vec<Clause> {
    // 1. Raw segments: cut before boundary punctuation and before subordinators.
    let mut raw: Vec<Clause> = Vec::new();
    let mut start = 0;
    let mut intro = None;
    let mut dash = false;
    for (i, w) in words.iter().enumerate() {
        let boundary_punct = w.punct && (w.is_dash() || w.is_any(&[",", ";", ":", "(", ")"]));
        let sub = if w.punct { None } else { intro_of(w, cues) };
        // "jak" opens a clause only at a clause start ("Jak wskazał Reuters"), not in "jak i".
        let sub = match sub {
            Some(Intro::As) if i != start && !(i > 0 && words[i - 1].punct) => None,
            Some(Intro::Relative) if i == 0 => None,
            other => other,
        };
        if boundary_punct || sub.is_some() {
            let just_cut = i == start || (i == start + 1 && words[start].punct);
            if !just_cut || boundary_punct {
                if i > start {
                    raw.push(Clause {
                        words: start..i,
                        intro,
                        dash,
                        verb: None,
                    });
                }
                start = i;
                intro = None;
                dash = false;
            }
            if boundary_punct && w.is_dash() {
                dash = true;
            }
            if sub.is_some() {
                intro = sub;
            }
        }
    }
    if start < words.len() {
        raw.push(Clause {
            words: start..words.len(),
            intro,
            dash,
            verb: None,
        });
    }
    // 2. "that Osgiliath, the state's fiercest foe, could be drawn ...": a subordinator's
    // verbless segment and the apposition after it belong with the segment whose verb comes
    // right after the comma; without it the verb would have no subject.
    let raw = join_appositions(words, raw);
    // 3. Glue verbless segments to the previous clause (or the next, at the start).
    let mut out: Vec<Clause> = Vec::new();
    let mut pending: Option<Clause> = None;
    for mut c in raw {
        // "..., aby rozmawiać z ...": a subordinator with an infinitive is a clause of its own.
        let has_verb = main_verb(words, c.words.clone()).is_some()
            || (c.intro.is_some() && c.words.clone().any(|k| words[k].has_class(Class::Inf)));
        if let Some(p) = pending.take() {
            c.words = p.words.start..c.words.end;
            c.dash |= p.dash;
            c.intro = c.intro.or(p.intro);
        }
        if has_verb {
            out.push(c);
        } else if let Some(last) = out.last_mut() {
            last.words.end = c.words.end;
        } else {
            pending = Some(c);
        }
    }
    if let Some(p) = pending {
        out.push(p);
    }
    for c in &mut out {
        c.verb = main_verb(words, c.words.clone());
    }
    out
}
