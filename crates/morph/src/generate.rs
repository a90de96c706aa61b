//! The generator: (lemma, tag filter) -> forms, and multi-word names back to the nominative.

use crate::analyser::{Fold, Reading, Scratch};
use crate::sentence::agrees;
use crate::{Analyser, Case, Gender, NameClass, Number, Pos, Tag, TagFilter};

/// One generated form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The word form.
    pub form: String,
    /// Its tag.
    pub tag: Tag,
    /// The lemma's proper-name class, if any.
    pub name_class: Option<NameClass>,
    /// SGJP marks the form archaic, rare or similar.
    pub rare: bool,
}

/// A word's chosen reading inside a name, with its lemma.
#[derive(Debug, Clone)]
struct Chosen {
    reading: Reading,
    lemma: String,
    /// SGJP marks the lemma as part of a multi-word name (`człon_nazwy_...`: `Stany`).
    name_part: bool,
    /// The word as written.
    reading_word: String,
    /// Position in the word's ranked readings (lower is likelier).
    rank: usize,
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Gives `out` the capitalisation of `model`: all caps stays all caps, an initial capital stays.
fn match_case(model: &str, out: &str) -> String {
    if model.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !model.chars().any(char::is_lowercase)
    {
        return out.to_uppercase();
    }
    if is_capitalised(model) {
        let mut chars = out.chars();
        if let Some(first) = chars.next() {
            return first.to_uppercase().chain(chars).collect();
        }
    }
    out.to_string()
}

/// Per word of a name: the index of the reading to inflect (`usize::MAX` for a coordinator kept
/// as written) with the number and gender to give it; `None` once the words stop agreeing.
type Plan = Vec<Option<(usize, Option<Number>, Option<Gender>)>>;

/// How good a plan is (higher wins): words covered, name-part readings, a singular head,
/// likelier readings.
type PlanScore = (usize, usize, bool, std::cmp::Reverse<usize>);

fn first_gender(bits: u8) -> Option<Gender> {
    [Gender::M1, Gender::M2, Gender::M3, Gender::F, Gender::N]
        .into_iter()
        .find(|g| bits & (1 << *g as u8) != 0)
}

fn number_of(tag: &Tag) -> Option<Number> {
    if tag.has_number(Number::Sg) {
        Some(Number::Sg)
    } else if tag.has_number(Number::Pl) {
        Some(Number::Pl)
    } else {
        None
    }
}

impl Analyser {
    /// Every form of `lemma` whose tag satisfies `filter`, ordinary forms before rare ones.
    /// Unknown lemmas give an empty list.
    pub fn generate(&self, lemma: &str, filter: &TagFilter) -> Vec<Generated> {
        let mut out: Vec<Generated> = Vec::new();
        let Some(entries) = self.lemmas.get(lemma) else {
            return out;
        };
        let paradigms: Vec<u32> = self.pool_list(entries).collect();
        let mut form = String::new();
        for paradigm in paradigms {
            for id in self.pool_list(paradigm as u64) {
                let Some(r) = self.reading(id, Fold::Exact, false) else {
                    continue;
                };
                if !filter.matches(&r.tag) || !self.apply(lemma, &r, &mut form) {
                    continue;
                }
                if !out.iter().any(|g| g.form == form && g.tag == r.tag) {
                    out.push(Generated {
                        form: form.clone(),
                        tag: r.tag,
                        name_class: r.name_class,
                        rare: r.rare,
                    });
                }
            }
        }
        out.sort_by_key(|g| g.rare);
        out
    }

    /// The form of `lemma` in the nominative with the given number and gender, preferring
    /// `pos`; `None` when the lexicon cannot generate it.
    fn nominative(
        &self,
        lemma: &str,
        tag: &Tag,
        class: Option<NameClass>,
        number: Option<Number>,
        gender: Option<Gender>,
    ) -> Option<String> {
        // Adjectives and participles keep their degree and negation (`Sądu Najwyższego` ->
        // `Sąd Najwyższy`: the lemma is `wysoki`, the degree superlative).
        let adjectival = tag.pos.is_adjectival();
        let filter = TagFilter {
            pos: Some(tag.pos),
            case: Some(Case::Nom),
            number,
            gender,
            degree: if adjectival { tag.degree } else { None },
            negated: adjectival.then_some(tag.negated),
        };
        // A noun keeps its own gender; among the matches prefer tags as specific as the
        // reading's (`Polaków` -> `Polacy`, not the indeclinable surname `Polak`), and from
        // the same kind of name (`Niemcami` -> `Niemcy`, not the surname's `Niemcowie`).
        let filter = TagFilter {
            gender: filter.gender.or_else(|| first_gender(tag.genders)),
            ..filter
        };
        let mut forms = self.generate(lemma, &filter);
        if forms.is_empty() {
            // A hyphenated compound inflects its last part (`Środkowo-Wschodni` ->
            // `Środkowo-Wschodnia`): generate that part, keeping the rest and its capitals.
            if let Some((head, last)) = lemma.rsplit_once('-') {
                let lower: String = last.chars().flat_map(char::to_lowercase).collect();
                let mut parts = self.generate(last, &filter);
                if parts.is_empty() {
                    parts = self.generate(&lower, &filter);
                }
                forms = parts
                    .into_iter()
                    .map(|g| Generated {
                        form: format!("{head}-{}", match_case(last, &g.form)),
                        ..g
                    })
                    .collect();
            }
        }
        forms.sort_by_key(|g| {
            let vaguer_number = g.tag.numbers != tag.numbers && g.tag.numbers.count_ones() > 1;
            (
                g.name_class != class,
                g.rare,
                vaguer_number,
                g.tag.cases.0.count_ones(),
            )
        });
        forms.into_iter().next().map(|g| g.form)
    }

    /// Readings of one word of a name, proper names first for capitalised words.
    fn name_readings(&self, word: &str, scratch: &mut Scratch) -> Vec<Chosen> {
        let readings: Vec<Reading> = self.lookup(word, scratch).to_vec();
        let mut out: Vec<Chosen> = readings
            .iter()
            .map(|r| {
                let mut lemma = String::new();
                self.lemma_into(scratch, r, &mut lemma);
                Chosen {
                    reading: *r,
                    lemma,
                    name_part: self.class_str(r).contains("człon"),
                    reading_word: word.to_string(),
                    rank: 0,
                }
            })
            .collect();
        let cap = is_capitalised(word);
        out.sort_by_key(|c| {
            let r = &c.reading;
            let proper = cap && (r.name_class.is_some() || r.guessed);
            let nominal = r.tag.pos == Pos::Subst || r.tag.pos.is_adjectival();
            (!proper, !nominal, r.rare, r.fold != Fold::Exact)
        });
        // Archaic and rare readings only when there is nothing else (`Kim` is not `ki`), and
        // abbreviations never (`Rz` is not `List do Rzymian`).
        if out.iter().any(|c| !c.reading.rare) {
            out.retain(|c| !c.reading.rare);
        }
        out.retain(|c| c.reading.tag.pos != Pos::Brev);
        if cap
            && !out
                .iter()
                .any(|c| c.reading.name_class.is_some() || c.reading.guessed)
        {
            // Known only as a common word (`Kim` -> `kto`): let guessed name readings compete.
            let mut guessed = Vec::new();
            let mut key = Vec::new();
            self.guess_readings(word, &mut guessed, &mut key);
            scratch.reset_to(word);
            // Not the indeclinable guess: the word is known, so it does inflect.
            for r in guessed
                .into_iter()
                .filter(|r| r.name_class.is_some() && r.tag.cases.0 != 0x7f)
            {
                let mut lemma = String::new();
                self.lemma_into(scratch, &r, &mut lemma);
                out.push(Chosen {
                    reading: r,
                    lemma,
                    name_part: false,
                    reading_word: word.to_string(),
                    rank: 0,
                });
            }
        }
        for (k, c) in out.iter_mut().enumerate() {
            c.rank = k;
        }
        out
    }

    /// How likely a reading is as a one-word name mention (lower first): plural nationality
    /// nouns (`Polaków` -> `Polacy`), then plural-only place names (`Niemiec` -> `Niemcy`),
    /// then other places, then any other reading; within a group a form that already is a
    /// nominative first (`Polka`).
    fn single_word_rank(&self, c: &Chosen) -> (u8, bool, usize) {
        let r = &c.reading;
        let capital_lemma = c.lemma.chars().next().is_some_and(char::is_uppercase);
        let group = if r.name_class.is_none()
            && capital_lemma
            && r.tag.pos == Pos::Subst
            && r.tag.has_gender(Gender::M1)
            && !r.tag.has_number(Number::Sg)
        {
            0
        } else if !r.guessed
            && r.name_class == Some(NameClass::Geographic)
            && self.tag_str(&r.tag).ends_with(":pt")
        {
            1
        } else if !r.guessed && r.name_class == Some(NameClass::Geographic) {
            // Places are what news names most (`Polski`: Poland, not the surname Polski).
            2
        } else {
            3
        };
        // A case-folded reading (`Polski` as the language `polski`) is no evidence that a
        // capitalised word is already a nominative name.
        let identity_nom = !r.guessed
            && r.fold == Fold::Exact
            && r.tag.has_case(Case::Nom)
            && r.tag.has_number(Number::Sg)
            && r.tag.pos == Pos::Subst;
        (group, !identity_nom, c.rank)
    }

    /// [`Analyser::base_form`] for a named-entity mention, with the capital a name takes in
    /// its base form (`brexitu` -> `Brexit`, `umowy o wolnym handlu` -> `Umowa o wolnym
    /// handlu`), as the BSNLP gold writes them.
    /// A lowercase mention whose head is plural keeps its lowercase: group nouns are common
    /// nouns (`torysów` -> `torysi`, `laburzystów` -> `laburzyści`).
    pub fn name_base_form(&self, words: &[&str]) -> String {
        let (base, number) = self.base_form_and_number(words);
        let lowercase = words
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
        if lowercase && number == Some(Number::Pl) {
            return base;
        }
        let mut chars = base.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => base,
        }
    }

    /// The nominative of a single word as a name: the word itself when it already is one.
    fn word_to_nominative(
        &self,
        word: &str,
        c: &Chosen,
        number: Option<Number>,
        gender: Option<Gender>,
    ) -> String {
        let r = &c.reading;
        if r.tag.has_case(Case::Nom)
            && number.is_none_or(|n| r.tag.has_number(n))
            && gender.is_none_or(|g| r.tag.has_gender(g))
        {
            return word.to_string();
        }
        if let Some(form) = self.nominative(&c.lemma, &r.tag, r.name_class, number, gender) {
            return match_case(word, &form);
        }
        if r.guessed || number != Some(Number::Pl) {
            return match_case(word, &c.lemma);
        }
        word.to_string()
    }

    /// A name (one or more words, as written in the text) in the nominative, with adjectives
    /// agreeing with their noun: `["Korei", "Północnej"]` -> `Korea Północna`,
    /// `["Donalda", "Trumpa"]` -> `Donald Trump`. Words after the inflected part (genitive
    /// complements: `Ministerstwa Spraw Zagranicznych`) are kept as written.
    pub fn base_form(&self, words: &[&str]) -> String {
        self.base_form_and_number(words).0
    }

    /// [`Analyser::base_form`] and the grammatical number of the name's head, when known.
    fn base_form_and_number(&self, words: &[&str]) -> (String, Option<Number>) {
        if words.is_empty() {
            return (String::new(), None);
        }
        let readings: Vec<Vec<Chosen>> = crate::analyser::with_scratch(|scratch| {
            words
                .iter()
                .map(|w| self.name_readings(w, scratch))
                .collect()
        });
        if words.len() == 1 {
            let word = words[0];
            if word.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !word.chars().any(char::is_lowercase)
            {
                // Acronyms do not inflect in writing (`DUP` is not `dupa`).
                return (word.to_string(), None);
            }
            let best = readings[0].iter().min_by_key(|c| self.single_word_rank(c));
            return match best {
                Some(c) => {
                    let number = number_of(&c.reading.tag);
                    (self.word_to_nominative(word, c, number, None), number)
                }
                None => (word.to_string(), None),
            };
        }
        // Every word may already be nominative (known, or an indeclinable guess): keep the name
        // as written (`Stany Zjednoczone`, `Home Office`, `Tony Blair`).
        let nominative_as_written = |rs: &Vec<Chosen>| {
            rs.iter().any(|c| {
                c.reading.tag.has_case(Case::Nom)
                    && (!c.reading.guessed
                        || (c.lemma == c.reading_word && c.reading.tag.has_number(Number::Sg)))
                    && c.reading.tag.pos != Pos::Brev
            })
        };
        // Only with an unknown word in the name: SGJP's many small places and rare surnames
        // give fully known phrases spurious nominatives (`Radzie UE`: the village Radzie).
        let has_unknown = readings
            .iter()
            .any(|rs| rs.iter().all(|c| c.reading.guessed));
        if has_unknown
            && readings
                .iter()
                .all(|rs| rs.is_empty() || nominative_as_written(rs))
        {
            return (words.join(" "), None);
        }
        // A surname visibly in the nominative at the end (`Tony Blair`, `Jeremy Corbyn`: its
        // best reading is nominative only) means the whole name is: first names agree with it.
        // A known surname must have no other case at all (`May` is also indeclinable).
        let last = &readings[readings.len() - 1];
        let nominative_only = |c: &Chosen| {
            c.reading.tag.pos == Pos::Subst
                && c.reading.tag.cases == crate::CaseSet::single(Case::Nom)
        };
        let nominative_surname = match last.first() {
            Some(top) if top.reading.guessed => is_person(&top.reading) && nominative_only(top),
            Some(_) => {
                let persons: Vec<&Chosen> = last.iter().filter(|c| is_person(&c.reading)).collect();
                !persons.is_empty() && persons.iter().all(|c| nominative_only(c))
            }
            None => false,
        };
        if nominative_surname && words.iter().all(|w| is_capitalised(w)) {
            return (words.join(" "), Some(Number::Sg));
        }
        // Try each case; keep the one whose inflected part is longest (nominative first on ties,
        // so names already in the nominative stay as written).
        let order = [
            Case::Nom,
            Case::Gen,
            Case::Loc,
            Case::Inst,
            Case::Dat,
            Case::Acc,
            Case::Voc,
        ];
        // Ties go to the plan using the likelier readings (`Ministerstwa Spraw`: genitive
        // singular, not nominative plural), then to the earlier case in `order`.
        let mut best: Option<(PlanScore, Plan)> = None;
        for case in order {
            let plan = plan_case(words, &readings, case);
            let covered = plan.iter().take_while(|p| p.is_some()).count();
            let rank_sum: usize = plan
                .iter()
                .enumerate()
                .filter_map(|(i, p)| p.and_then(|p| readings[i].get(p.0)).map(|c| c.rank))
                .sum();
            // Readings SGJP marks as parts of multi-word names (`Stany`) beat others.
            let name_parts = plan
                .iter()
                .enumerate()
                .filter_map(|(i, p)| p.and_then(|p| readings[i].get(p.0)))
                .filter(|c| c.name_part)
                .count();
            let singular = plan
                .iter()
                .flatten()
                .find(|p| p.0 != usize::MAX)
                .is_some_and(|p| p.1 == Some(Number::Sg));
            let score = (covered, name_parts, singular, std::cmp::Reverse(rank_sum));
            if covered > 0 && best.as_ref().is_none_or(|b| b.0 < score) {
                best = Some((score, plan));
            }
        }
        let Some((_, plan)) = best else {
            return (words.join(" "), None);
        };
        let head_number = plan
            .iter()
            .flatten()
            .find(|p| p.0 != usize::MAX)
            .and_then(|p| p.1);
        let mut out: Vec<String> = Vec::with_capacity(words.len());
        let mut inflecting = true;
        for (i, word) in words.iter().enumerate() {
            match (inflecting, &plan[i]) {
                (true, Some((ri, number, gender))) if *ri != usize::MAX => {
                    out.push(self.word_to_nominative(word, &readings[i][*ri], *number, *gender));
                }
                (true, Some(_)) => out.push(word.to_string()),
                _ => {
                    inflecting = false;
                    out.push(word.to_string());
                }
            }
        }
        (out.join(" "), head_number)
    }
}

/// For each word, the reading to inflect and the number and gender to give it, while the words
/// agree in `case`; `None` from the first word that does not.
fn plan_case(words: &[&str], readings: &[Vec<Chosen>], case: Case) -> Plan {
    let mut plan = vec![None; words.len()];
    let mut head: Option<Tag> = None;
    let mut head_proper = false;
    let mut i = 0;
    while i < words.len() {
        let rs = &readings[i];
        let in_case = |r: &Reading| r.tag.has_case(case);
        // Abbreviated words (`W. Brytanii`, `Wlk.`) are kept as written.
        if words[i].ends_with('.') {
            plan[i] = Some((usize::MAX, None, None));
            i += 1;
            continue;
        }
        // Coordination inside a name (`Prawa i Sprawiedliwości`): a new head follows.
        if head.is_some() && (words[i] == "i" || words[i] == "oraz") && i + 1 < words.len() {
            plan[i] = Some((usize::MAX, None, None));
            head = None;
            head_proper = false;
            i += 1;
            continue;
        }
        let pick = match head {
            None => {
                // Before the head: an adjective agreeing with the next noun, or the head itself.
                // The head reading that the next word agrees with wins (`Stanów Zjednoczonych`:
                // `Stany`, not the surname `Stan`); otherwise the best-ranked one.
                let next_agrees = |t: &Tag| {
                    readings.get(i + 1).is_some_and(|n| {
                        n.iter().any(|c| {
                            c.reading.tag.pos.is_adjectival()
                                && in_case(&c.reading)
                                && agrees(&c.reading.tag, t)
                        })
                    })
                };
                let next_is_person = readings
                    .get(i + 1)
                    .and_then(|n| n.first())
                    .is_some_and(|c| is_person(&c.reading));
                let noun = rs
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| in_case(&c.reading) && is_head(&c.reading))
                    .min_by_key(|(_, c)| {
                        // A surname reading heads a name only before another person name
                        // (`Banku Anglii` is a bank, not Mr Banek).
                        let lone_person =
                            c.reading.name_class.is_some_and(|_| is_person(&c.reading))
                                && !next_is_person;
                        (
                            !next_agrees(&c.reading.tag),
                            !c.name_part,
                            lone_person,
                            c.rank,
                        )
                    })
                    .map(|(k, _)| k);
                let next_noun: Option<Tag> = readings.get(i + 1).and_then(|n| {
                    n.iter()
                        .find(|c| in_case(&c.reading) && is_head(&c.reading))
                        .map(|c| c.reading.tag)
                });
                let adj = next_noun.and_then(|nt| {
                    rs.iter().position(|c| {
                        c.reading.tag.pos.is_adjectival()
                            && in_case(&c.reading)
                            && agrees(&c.reading.tag, &nt)
                    })
                });
                // A capitalised adjective before a noun (`Białym Domu`) modifies it.
                match (adj, noun) {
                    (Some(a), _) if !rs[a].reading.guessed => Some((a, next_noun)),
                    (_, Some(n)) => {
                        head = Some(rs[n].reading.tag);
                        head_proper = is_person(&rs[n].reading);
                        Some((n, None))
                    }
                    _ => None,
                }
            }
            Some(h) => {
                let adj = rs.iter().position(|c| {
                    c.reading.tag.pos.is_adjectival()
                        && in_case(&c.reading)
                        && agrees(&c.reading.tag, &h)
                });
                // A name after a name: first name + surname (`Donalda Trumpa`), agreeing in
                // number and gender; a place after an institution is its genitive complement
                // (`Banku Anglii`), not part of the inflected name.
                let name = rs.iter().position(|c| {
                    in_case(&c.reading)
                        && is_head(&c.reading)
                        && head_proper
                        && is_person(&c.reading)
                        && c.reading.tag.numbers & h.numbers != 0
                        && (c.reading.tag.genders & h.genders != 0 || c.reading.tag.cases.0 == 0x7f)
                });
                match (adj, name) {
                    (Some(a), _) => Some((a, Some(h))),
                    (None, Some(n)) => Some((n, None)),
                    _ => None,
                }
            }
        };
        let Some((ri, agree_with)) = pick else { break };
        let tag = readings[i][ri].reading.tag;
        let (number, gender) = match agree_with {
            Some(h) => {
                let number = if h.numbers & tag.numbers & 1 != 0 {
                    Some(Number::Sg)
                } else {
                    number_of(&h)
                };
                (number, first_gender(h.genders & tag.genders))
            }
            None => (number_of(&tag), None),
        };
        plan[i] = Some((ri, number, gender));
        i += 1;
    }
    plan
}

fn is_person(r: &Reading) -> bool {
    r.guessed
        || matches!(
            r.name_class,
            Some(NameClass::FirstName | NameClass::Surname | NameClass::OtherProper)
        )
}

fn is_head(r: &Reading) -> bool {
    matches!(r.tag.pos, Pos::Subst | Pos::Depr)
}
