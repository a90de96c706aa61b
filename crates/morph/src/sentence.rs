//! Analysed sentences: the type the actor recogniser and the event coder consume.

use dyad_text::{Sentence, Token, TokenKind};

use crate::{Analyser, Analysis, CaseSet, Pos};

/// One token with its readings, most likely first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysedToken {
    /// The token, with its span into the document.
    pub token: Token,
    /// The token's text (the span's slice of the document).
    pub form: String,
    /// Its readings, most likely first; empty for punctuation and symbols the lexicon lacks.
    pub analyses: Vec<Analysis>,
}

/// A sentence whose tokens carry their readings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysedSentence {
    /// The tokens in order, one per token of the input sentence.
    pub tokens: Vec<AnalysedToken>,
}

impl AnalysedToken {
    /// The best reading, if any.
    pub fn best(&self) -> Option<&Analysis> {
        self.analyses.first()
    }
}

impl AnalysedSentence {
    /// The best reading of token `i`, if any.
    pub fn best(&self, i: usize) -> Option<&Analysis> {
        self.tokens.get(i).and_then(|t| t.analyses.first())
    }
}

/// Capitalised but not all capitals: all-caps words are headlines or acronyms, not name chains.
fn is_capitalised(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase) && form.chars().any(char::is_lowercase)
}

impl Analyser {
    /// Analyses every token of `sentence` (whose spans index into `text`) and re-ranks the
    /// readings with local context:
    /// * after a preposition, readings in a case it governs come first (`do Rosji`: genitive);
    /// * an adjective agreeing in case with the next noun keeps that case first;
    /// * a capitalised word inside the sentence, or next to another name, prefers proper-name
    ///   readings, and gets guessed name readings when the lexicon only knows it lowercased
    ///   (`Kim Dzong Un`: `Kim` is not `kto`);
    /// * a word next to `się` prefers verb readings (`uda się`).
    ///
    /// Spans outside `text` or off character boundaries give an empty form, never a panic.
    pub fn analyse_sentence(&self, text: &str, sentence: &Sentence) -> AnalysedSentence {
        let mut tokens: Vec<AnalysedToken> = sentence
            .tokens
            .iter()
            .map(|token| {
                let form = text
                    .get(token.span.start..token.span.end)
                    .unwrap_or("")
                    .to_string();
                let analyses = match token.kind {
                    TokenKind::Abbreviation => {
                        // `ds.`: SGJP lists many abbreviations without their period.
                        let with_period = self.analyse(&form);
                        match form.strip_suffix('.') {
                            Some(bare) if with_period.iter().all(|a| a.guessed) => {
                                let bare = self.analyse(bare);
                                if bare.iter().any(|a| !a.guessed) {
                                    bare
                                } else {
                                    with_period
                                }
                            }
                            _ => with_period,
                        }
                    }
                    TokenKind::Word | TokenKind::Punct => self.analyse(&form),
                    TokenKind::Number | TokenKind::Ordinal | TokenKind::Symbol => {
                        self.analyse_known(&form)
                    }
                };
                AnalysedToken {
                    token: token.clone(),
                    form,
                    analyses,
                }
            })
            .collect();
        self.rerank(&mut tokens);
        AnalysedSentence { tokens }
    }

    fn rerank(&self, tokens: &mut [AnalysedToken]) {
        let n = tokens.len();
        let first_word = tokens.iter().position(|t| t.token.kind == TokenKind::Word);
        // Proper names first for capitalised words that are not sentence-initial, or that stand
        // next to another capitalised word (a multi-word name).
        for i in 0..n {
            if tokens[i].token.kind != TokenKind::Word || !is_capitalised(&tokens[i].form) {
                continue;
            }
            let neighbour_name = |j: usize| {
                tokens.get(j).is_some_and(|t| {
                    t.token.kind == TokenKind::Word
                        && is_capitalised(&t.form)
                        && t.analyses
                            .first()
                            .is_none_or(|a| a.name_class.is_some() || a.guessed)
                })
            };
            let in_name = neighbour_name(i + 1) || (i > 0 && neighbour_name(i - 1));
            let initial = Some(i) == first_word;
            if !initial || in_name {
                let has_proper = tokens[i].analyses.iter().any(|a| a.name_class.is_some());
                let unknown_name = |j: usize| {
                    tokens.get(j).is_some_and(|t| {
                        is_capitalised(&t.form) && t.analyses.first().is_some_and(|a| a.guessed)
                    })
                };
                let next_to_unknown = unknown_name(i + 1) || (i > 0 && unknown_name(i - 1));
                // Short words only: foreign given names are short (Kim, Xi, Li), and a long
                // capitalised common word (`Prezydent Xi`) is a title, not part of the name.
                let short = tokens[i].form.chars().count() <= 4;
                if short
                    && !has_proper
                    && next_to_unknown
                    && !tokens[i].analyses.iter().any(|a| a.guessed)
                {
                    // Known only lowercased (`Kim` -> `kto`) next to an unknown name (`Dzong`): part of
                    // a foreign name, likelier than the common word.
                    let mut guessed = self.guess(&tokens[i].form);
                    guessed.append(&mut tokens[i].analyses);
                    tokens[i].analyses = guessed;
                }
                tokens[i]
                    .analyses
                    .sort_by_key(|a| a.name_class.is_none() && !a.guessed);
            }
        }
        // A sentence-initial capital that is a function word lowercased (`Jak`, `Nie`) is that
        // word, not a rare proper name (`Jak` is also a place, Jaki).
        if let Some(i) = first_word {
            let closed = |a: &Analysis| {
                matches!(
                    a.tag.pos,
                    Pos::Conj
                        | Pos::Comp
                        | Pos::Prep
                        | Pos::Part
                        | Pos::Qub
                        | Pos::Ppron12
                        | Pos::Ppron3
                        | Pos::Adv
                ) && a.lemma.chars().next().is_some_and(char::is_lowercase)
            };
            let next_capitalised = tokens.get(i + 1).is_some_and(|t| is_capitalised(&t.form));
            if !next_capitalised && tokens[i].analyses.iter().any(closed) {
                tokens[i].analyses.sort_by_key(|a| !closed(a));
            }
        }
        // Verb readings next to `się`.
        for i in 0..n {
            let sie = |j: usize| tokens.get(j).is_some_and(|t| t.form == "się");
            if sie(i + 1) || (i > 0 && sie(i - 1)) {
                tokens[i].analyses.sort_by_key(|a| !is_verbal(a.tag.pos));
            }
        }
        let mut governed_by_prep = vec![false; n];
        // Case government: the preposition reading whose case the following noun has wins,
        // and that case goes to the words up to the noun (`w najbliższych dniach`: locative).
        for i in 0..n {
            if tokens[i]
                .analyses
                .first()
                .is_none_or(|a| a.tag.pos != Pos::Prep)
            {
                continue;
            }
            let governed: Vec<CaseSet> = tokens[i]
                .analyses
                .iter()
                .filter(|a| a.tag.pos == Pos::Prep && !a.tag.cases.is_empty())
                .map(|a| a.tag.cases)
                .collect();
            let group_end = (i + 1..n.min(i + 5))
                .take_while(|&j| tokens[j].token.kind == TokenKind::Word)
                .find(|&j| tokens[j].analyses.iter().any(|a| a.tag.pos.is_nominal()));
            let Some(noun_at) = group_end else { continue };
            let mut end = noun_at;
            // A multi-word name after the preposition (`z Kim Dzong Unem`) is one group: its
            // declined last word tells the case better than an indeclinable first one.
            while end + 1 < n
                && is_capitalised(&tokens[end].form)
                && is_capitalised(&tokens[end + 1].form)
                && tokens[end + 1].token.kind == TokenKind::Word
            {
                end += 1;
            }
            let fits = |c: &CaseSet| {
                tokens[i + 1..=end]
                    .iter()
                    .filter(|t| {
                        t.analyses
                            .iter()
                            .any(|a| a.tag.pos.is_nominal() && !a.tag.cases.and(*c).is_empty())
                    })
                    .count()
            };
            let best_fit = governed.iter().map(fits).max().unwrap_or(0);
            let Some(cases) = governed
                .iter()
                .copied()
                .find(|c| best_fit > 0 && fits(c) == best_fit)
            else {
                continue;
            };
            tokens[i]
                .analyses
                .sort_by_key(|a| a.tag.pos != Pos::Prep || a.tag.cases.and(cases).is_empty());
            for (j, t) in tokens[i + 1..=end].iter_mut().enumerate() {
                t.analyses
                    .sort_by_key(|a| a.tag.cases.and(cases).is_empty());
                governed_by_prep[i + 1 + j] = true;
            }
            let noun = tokens[noun_at].analyses.first().map(|a| a.tag);
            if let Some(noun) = noun {
                for t in &mut tokens[i + 1..noun_at] {
                    t.analyses
                        .sort_by_key(|a| !(a.tag.pos.is_adjectival() && agrees(&a.tag, &noun)));
                }
            }
        }
        // A noun right after a noun is most often its genitive complement (`prezydenta
        // Federacji`), unless both are parts of one name (`Donald Trump`).
        for i in 1..n {
            if governed_by_prep[i] || tokens[i].token.kind != TokenKind::Word {
                continue;
            }
            let (before, rest) = tokens.split_at_mut(i);
            let (prev, cur) = (&before[i - 1], &mut rest[0]);
            let prev_nominal = prev
                .analyses
                .first()
                .is_some_and(|a| a.tag.pos.is_nominal());
            // After a noun that can only be genitive (`dostarczania broni`), a genitive noun
            // beats a verb homograph; after a possible subject (`Rząd broni`) it does not.
            let prev_genitive_only = prev.analyses.first().is_some_and(|a| {
                a.tag.pos.is_nominal()
                    && a.tag.has_case(crate::Case::Gen)
                    && !a.tag.has_case(crate::Case::Nom)
            });
            let cur_nominal = cur.analyses.first().is_some_and(|a| a.tag.pos.is_nominal())
                || (prev_genitive_only
                    && cur
                        .analyses
                        .iter()
                        .any(|a| a.tag.pos.is_nominal() && a.tag.has_case(crate::Case::Gen)));
            let names = |t: &AnalysedToken| {
                t.analyses
                    .first()
                    .is_some_and(|a| a.name_class.is_some() || a.guessed)
            };
            if !prev_nominal || !cur_nominal || (names(prev) && names(cur)) {
                continue;
            }
            let genitive =
                |a: &Analysis| a.tag.pos.is_nominal() && a.tag.has_case(crate::Case::Gen);
            cur.analyses.sort_by_key(|a| !genitive(a));
        }
        // An adjective between a noun and a noun (`premiera Wielkiej Brytanii`) usually opens a
        // genitive complement too.
        for i in 1..n.saturating_sub(1) {
            if governed_by_prep[i] {
                continue;
            }
            let best_is = |t: &AnalysedToken, f: fn(Pos) -> bool| {
                t.analyses.first().is_some_and(|a| f(a.tag.pos))
            };
            if !(best_is(&tokens[i - 1], Pos::is_nominal)
                && best_is(&tokens[i], Pos::is_adjectival)
                && best_is(&tokens[i + 1], Pos::is_nominal))
            {
                continue;
            }
            let genitive = |a: &Analysis| a.tag.has_case(crate::Case::Gen);
            let both = tokens[i]
                .analyses
                .iter()
                .any(|a| a.tag.pos.is_adjectival() && genitive(a))
                && tokens[i + 1]
                    .analyses
                    .iter()
                    .any(|a| a.tag.pos.is_nominal() && genitive(a));
            if both {
                tokens[i].analyses.sort_by_key(|a| !genitive(a));
                tokens[i + 1].analyses.sort_by_key(|a| !genitive(a));
            }
        }
        // A noun followed by an adjective: the noun readings that adjective can agree with
        // first (`Stany Zjednoczone`: not the surname Stana).
        for i in 0..n.saturating_sub(1) {
            if tokens[i]
                .analyses
                .first()
                .is_none_or(|a| !a.tag.pos.is_nominal())
            {
                continue;
            }
            let next: Vec<crate::Tag> = tokens[i + 1]
                .analyses
                .iter()
                .filter(|a| a.tag.pos.is_adjectival())
                .map(|a| a.tag)
                .collect();
            let fits =
                |a: &Analysis| a.tag.pos.is_nominal() && next.iter().any(|adj| agrees(adj, &a.tag));
            if next.is_empty() {
                continue;
            }
            // Only when the adjective itself is no better read otherwise (not `premiera Wielkiej`).
            let adj_first = tokens[i + 1]
                .analyses
                .first()
                .is_some_and(|a| a.tag.pos.is_adjectival());
            let capitalised_pair =
                is_capitalised(&tokens[i].form) && is_capitalised(&tokens[i + 1].form);
            if adj_first && capitalised_pair && tokens[i].analyses.iter().any(fits) {
                // Adjectives seldom follow a surname: among agreeing readings, places and
                // institutions first (`Stany Zjednoczone`: not the surname Stana).
                let person = |a: &Analysis| {
                    matches!(
                        a.name_class,
                        Some(crate::NameClass::Surname | crate::NameClass::FirstName)
                    )
                };
                tokens[i].analyses.sort_by_key(|a| (!fits(a), person(a)));
            }
        }
        // Adjectives agree with the noun after them, or else with the noun before them.
        for i in 0..n {
            if !tokens[i]
                .analyses
                .first()
                .is_some_and(|a| a.tag.pos.is_adjectival())
            {
                continue;
            }
            let nominal = |j: usize| {
                tokens
                    .get(j)
                    .and_then(|t| t.analyses.first())
                    .filter(|a| a.tag.pos.is_nominal())
                    .map(|a| a.tag)
            };
            let agreeing = |noun: &crate::Tag| {
                tokens[i]
                    .analyses
                    .iter()
                    .any(|a| a.tag.pos.is_adjectival() && agrees(&a.tag, noun))
            };
            let next = nominal(i + 1).filter(|t| agreeing(t));
            let Some(noun) =
                next.or_else(|| i.checked_sub(1).and_then(nominal).filter(|t| agreeing(t)))
            else {
                continue;
            };
            tokens[i]
                .analyses
                .sort_by_key(|a| !(a.tag.pos.is_adjectival() && agrees(&a.tag, &noun)));
        }
    }
}

fn is_verbal(pos: Pos) -> bool {
    matches!(
        pos,
        Pos::Fin
            | Pos::Praet
            | Pos::Inf
            | Pos::Impt
            | Pos::Imps
            | Pos::Bedzie
            | Pos::Pcon
            | Pos::Pant
            | Pos::Winien
    )
}

/// Whether an adjectival tag can agree with a nominal one in case, number and gender.
pub(crate) fn agrees(adj: &crate::Tag, noun: &crate::Tag) -> bool {
    !adj.cases.and(noun.cases).is_empty()
        && adj.numbers & noun.numbers != 0
        && adj.genders & noun.genders != 0
}
