//! Lemmatisation: irregular forms from the lists, regular ones by suffix rules whose candidate
//! lemmas are checked against the known lemmas ("declared" -> declare, "visited" -> visit).
//!
//! Lemmas borrow from the input whenever they are a prefix of it ("attacked" -> "attack") or
//! come from the lists (`&'static str`), so most lemmas cost no allocation.

use std::borrow::Cow;

use crate::lexicon::Lexicon;
use crate::pos::Pos;

/// A candidate lemma: the first `keep` bytes of the form plus `add`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    keep: usize,
    add: &'static str,
}

const NONE: Candidate = Candidate { keep: 0, add: "" };

/// Up to three candidates, most likely first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidates {
    list: [Candidate; 3],
    len: usize,
}

impl Candidates {
    fn new() -> Candidates {
        Candidates {
            list: [NONE; 3],
            len: 0,
        }
    }

    fn push(&mut self, keep: usize, add: &'static str) {
        if self.len < self.list.len() {
            self.list[self.len] = Candidate { keep, add };
            self.len += 1;
        }
    }

    fn iter(&self) -> impl Iterator<Item = Candidate> + '_ {
        self.list[..self.len].iter().copied()
    }

    fn first(&self) -> Option<Candidate> {
        self.list[..self.len].first().copied()
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a regular verb stem (the form without "-ed"/"-ing") lost a final "e": heuristics for
/// verbs missing from words.tsv ("negotiat" -> negotiate, "seiz" -> seize, "develop" stays).
fn needs_e(stem: &[u8]) -> bool {
    let n = stem.len();
    if n < 2 {
        return false;
    }
    let last = stem[n - 1];
    let prev = stem[n - 2];
    // The letter before `prev`; a word start counts as a consonant.
    let before = if n >= 3 { stem[n - 3] } else { b'#' };
    let single_vowel = is_vowel(prev) && !is_vowel(before);
    match last {
        b'c' | b'v' | b'u' => true,
        b'z' | b's' => prev != last,
        b'g' => match prev {
            b'n' => match before {
                b'a' => n >= 5,
                b'e' | b'i' | b'u' => true,
                _ => false,
            },
            b'r' | b'l' | b'd' => true,
            _ => single_vowel,
        },
        b'l' => {
            if is_vowel(prev) {
                single_vowel && prev != b'e'
            } else {
                !matches!(prev, b'r' | b'l' | b'w')
            }
        }
        b'r' | b'n' => single_vowel && matches!(prev, b'a' | b'i' | b'u'),
        b't' => single_vowel && matches!(prev, b'a' | b'o' | b'u') && (prev != b'u' || n >= 5),
        b'd' | b'k' | b'p' | b'm' | b'b' => single_vowel,
        _ => false,
    }
}

/// "controll", "annull", "expell": a stressed final syllable doubled its l; "call", "install",
/// "fulfill" keep theirs. Heuristic: two or more vowel groups and a single e, o or u before "ll".
fn undoubles_l(stem: &[u8]) -> bool {
    let n = stem.len();
    if n < 5 || stem[n - 1] != b'l' || stem[n - 2] != b'l' {
        return false;
    }
    let vowel = stem[n - 3];
    if !matches!(vowel, b'e' | b'o' | b'u') || is_vowel(stem[n - 4]) {
        return false;
    }
    let groups = stem[..n - 2]
        .windows(2)
        .filter(|w| is_vowel(w[1]) && !is_vowel(w[0]))
        .count()
        + usize::from(is_vowel(stem[0]));
    groups >= 2
}

/// Prefixes that keep an irregular verb irregular ("retold", "underwrote", "mislaid").
const VERB_PREFIXES: [&str; 10] = [
    "re", "mis", "fore", "under", "over", "out", "with", "up", "un", "pre",
];

/// Candidates for a regular stem that lost "-ed" or "-ing".
fn stem_candidates(out: &mut Candidates, word: &[u8], stem_len: usize, ing: bool) {
    let stem = &word[..stem_len];
    let n = stem.len();
    if n >= 2 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) {
        // "stopped" -> stop; "called", "passed", "buzzed" keep the pair unless a listed verb
        // says otherwise ("controlled" -> control).
        if matches!(stem[n - 1], b'l' | b'z' | b's' | b'f') && !undoubles_l(stem) {
            out.push(n, "");
            out.push(n - 1, "");
        } else {
            out.push(n - 1, "");
            out.push(n, "");
        }
        return;
    }
    if stem.last() == Some(&b'e') {
        // "agreed" -> agree (the stem lost one e); "seeing" -> see (it lost none).
        out.push(n, if ing { "" } else { "e" });
        return;
    }
    if needs_e(stem) {
        out.push(n, "e");
        out.push(n, "");
    } else {
        out.push(n, "");
        out.push(n, "e");
    }
}

/// Regular verb lemma candidates for an inflected lowercase form; empty for a base form.
pub(crate) fn verb_candidates(lower: &str) -> Candidates {
    let mut out = Candidates::new();
    let b = lower.as_bytes();
    let n = b.len();
    if n >= 4 && lower.ends_with("ied") {
        if n == 4 {
            out.push(3, ""); // died, lied, tied
        } else {
            out.push(n - 3, "y"); // carried
        }
    } else if n >= 4 && lower.ends_with("ed") {
        stem_candidates(&mut out, b, n - 2, false);
    } else if n >= 5 && lower.ends_with("ing") {
        if n == 5 && lower.ends_with("ying") {
            out.push(1, "ie"); // dying, lying, tying
        } else {
            stem_candidates(&mut out, b, n - 3, true);
        }
    } else if n >= 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
    {
        if n >= 5 && lower.ends_with("ies") {
            out.push(n - 3, "y");
        } else if lower.ends_with("es")
            && ["ches", "shes", "sses", "xes", "zzes", "oes"]
                .iter()
                .any(|e| lower.ends_with(e))
        {
            out.push(n - 2, "");
            out.push(n - 1, "");
        } else {
            out.push(n - 1, "");
        }
    }
    out
}

/// Regular noun singular candidates for a lowercase plural.
pub(crate) fn noun_candidates(lower: &str) -> Candidates {
    let mut out = Candidates::new();
    let n = lower.len();
    if n < 3 || !lower.ends_with('s') || ["ss", "us", "is"].iter().any(|e| lower.ends_with(e)) {
        return out;
    }
    if n >= 5 && lower.ends_with("ies") {
        out.push(n - 3, "y");
    } else if n >= 5 && lower.ends_with("lves") {
        out.push(n - 3, "f"); // elves, wolves, shelves
    } else if ["ches", "shes", "sses", "xes", "zzes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        out.push(n - 2, "");
    } else {
        out.push(n - 1, "");
    }
    out
}

/// Builds a candidate's text into `buffer` (no allocation) and returns it.
fn spell<'b>(lower: &str, candidate: Candidate, buffer: &'b mut [u8; 64]) -> Option<&'b str> {
    let prefix = lower.as_bytes().get(..candidate.keep)?;
    let len = prefix.len() + candidate.add.len();
    if len > buffer.len() {
        return None;
    }
    buffer[..prefix.len()].copy_from_slice(prefix);
    buffer[prefix.len()..len].copy_from_slice(candidate.add.as_bytes());
    std::str::from_utf8(&buffer[..len]).ok()
}

fn build<'a>(lower: &Cow<'a, str>, candidate: Candidate) -> Cow<'a, str> {
    let keep = candidate.keep.min(lower.len());
    match (lower, candidate.add) {
        (Cow::Borrowed(text), "") => Cow::Borrowed(text.get(..keep).unwrap_or(text)),
        (_, add) => {
            let prefix = lower.get(..keep).unwrap_or(lower);
            let mut owned = String::with_capacity(prefix.len() + add.len());
            owned.push_str(prefix);
            owned.push_str(add);
            Cow::Owned(owned)
        }
    }
}

impl Lexicon {
    /// The first candidate that `known` accepts.
    fn known_candidate(
        &self,
        lower: &str,
        candidates: &Candidates,
        known: impl Fn(&str) -> bool,
    ) -> Option<Candidate> {
        let mut buffer = [0u8; 64];
        candidates
            .iter()
            .find(|&c| spell(lower, c, &mut buffer).is_some_and(&known))
    }

    /// The lemma of a known verb's inflected form, if the form is one ("attacked" -> attack).
    pub(crate) fn known_verb_candidate(&self, lower: &str) -> Option<Candidate> {
        // "retelling" -> retell: a prefixed verb is known when its base is.
        self.known_candidate(lower, &verb_candidates(lower), |l| {
            self.is_verb_lemma(l)
                || VERB_PREFIXES.iter().any(|p| {
                    l.strip_prefix(p)
                        .is_some_and(|rest| rest.len() >= 3 && self.is_verb_lemma(rest))
                })
        })
    }

    /// The singular of a known noun's regular plural, if the form is one.
    pub(crate) fn known_noun_candidate(&self, lower: &str) -> Option<Candidate> {
        self.known_candidate(lower, &noun_candidates(lower), |l| self.is_noun_lemma(l))
    }

    /// The usual class (b'N', b'V', ...) of the lemma a candidate spells.
    pub(crate) fn candidate_first_class(&self, lower: &str, candidate: Candidate) -> Option<u8> {
        let mut buffer = [0u8; 64];
        let lemma = spell(lower, candidate, &mut buffer)?;
        self.words.get(lemma).map(|c| c.first)
    }

    /// An irregular verb form behind a prefix: the prefix length and the form's entry.
    pub(crate) fn prefixed_irregular(
        &self,
        lower: &str,
    ) -> Option<(usize, crate::lexicon::VerbForm)> {
        VERB_PREFIXES.iter().find_map(|prefix| {
            let rest = lower.strip_prefix(prefix).filter(|r| r.len() >= 3)?;
            let form = self.verb_forms.get(rest)?;
            Some((prefix.len(), *form))
        })
    }

    /// The verb lemma of a lowercase form.
    pub(crate) fn verb_lemma<'a>(&self, lower: &Cow<'a, str>) -> Cow<'a, str> {
        if let Some(lemma) = self.closed.get(lower.as_ref()).and_then(|c| c.lemma) {
            return Cow::Borrowed(lemma);
        }
        if let Some(form) = self.verb_forms.get(lower.as_ref()) {
            return Cow::Borrowed(form.lemma);
        }
        if self.is_verb_lemma(lower) {
            return lower.clone();
        }
        if let Some((prefix, form)) = self.prefixed_irregular(lower) {
            let mut owned = String::with_capacity(prefix + form.lemma.len());
            owned.push_str(&lower[..prefix]);
            owned.push_str(form.lemma);
            return Cow::Owned(owned);
        }
        let candidates = verb_candidates(lower);
        match self
            .known_verb_candidate(lower)
            .or_else(|| candidates.first())
        {
            Some(candidate) => build(lower, candidate),
            None => lower.clone(),
        }
    }

    /// The singular of a lowercase plural noun.
    pub(crate) fn noun_lemma<'a>(&self, lower: &Cow<'a, str>) -> Cow<'a, str> {
        if let Some(lemma) = self.closed.get(lower.as_ref()).and_then(|c| c.lemma) {
            return Cow::Borrowed(lemma);
        }
        if let Some(&singular) = self.noun_plurals.get(lower.as_ref()) {
            return Cow::Borrowed(singular);
        }
        let candidates = noun_candidates(lower);
        match self
            .known_noun_candidate(lower)
            .or_else(|| candidates.first())
        {
            Some(candidate) => build(lower, candidate),
            None => lower.clone(),
        }
    }

    /// The lemma of a word with a given tag. `surface` is the text as written (proper nouns
    /// keep it).
    pub(crate) fn lemma<'a>(
        &self,
        lower: &Cow<'a, str>,
        surface: &'a str,
        pos: Pos,
    ) -> Cow<'a, str> {
        match pos {
            Pos::ProperNoun => Cow::Borrowed(surface),
            Pos::Possessive => Cow::Borrowed("'s"),
            _ if pos.is_verb() => self.hyphenated_lemma(lower, |l| self.verb_lemma(l)),
            Pos::NounPlural => self.hyphenated_lemma(lower, |l| self.noun_lemma(l)),
            _ => match self.closed.get(lower.as_ref()).and_then(|c| c.lemma) {
                Some(lemma) => Cow::Borrowed(lemma),
                None => lower.clone(),
            },
        }
    }

    /// Lemmatises the last part of a hyphenated word ("cease-fires" -> "cease-fire").
    fn hyphenated_lemma<'a>(
        &self,
        lower: &Cow<'a, str>,
        f: impl Fn(&Cow<'a, str>) -> Cow<'a, str>,
    ) -> Cow<'a, str> {
        let Some(dash) = lower.rfind('-').filter(|&d| d > 0 && d + 1 < lower.len()) else {
            return f(lower);
        };
        let last: Cow<'a, str> = match lower {
            Cow::Borrowed(text) => Cow::Borrowed(&text[dash + 1..]),
            Cow::Owned(text) => Cow::Owned(text[dash + 1..].to_string()),
        };
        let lemma = f(&last);
        if lemma == last {
            return lower.clone();
        }
        let mut owned = String::with_capacity(dash + 1 + lemma.len());
        owned.push_str(&lower[..=dash]);
        owned.push_str(&lemma);
        Cow::Owned(owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb(lexicon: &Lexicon, form: &str) -> String {
        lexicon.verb_lemma(&Cow::Borrowed(form)).into_owned()
    }

    #[test]
    fn verb_lemmas() {
        let lexicon = Lexicon::load().unwrap();
        let cases = [
            ("attacked", "attack"),
            ("declared", "declare"),
            ("visited", "visit"),
            ("stopped", "stop"),
            ("controlled", "control"),
            ("called", "call"),
            ("carried", "carry"),
            ("died", "die"),
            ("dying", "die"),
            ("agreed", "agree"),
            ("seeing", "see"),
            ("went", "go"),
            ("said", "say"),
            ("says", "say"),
            ("goes", "go"),
            ("watches", "watch"),
            ("uses", "use"),
            ("was", "be"),
            ("'s", "be"),
            ("n't", "not"),
            ("wo", "will"),
            // not in words.tsv: the heuristics alone
            ("negotiated", "negotiate"),
            ("seized", "seize"),
            ("shelled", "shell"),
            ("bombarded", "bombard"),
            ("escalating", "escalate"),
            ("plotted", "plot"),
            ("reconciled", "reconcile"),
            ("scrambled", "scramble"),
            ("challenged", "challenge"),
            ("belonged", "belong"),
            ("ordered", "order"),
            ("hailed", "hail"),
            ("promoted", "promote"),
            ("provoking", "provoke"),
            ("annulled", "annul"),
            ("installed", "install"),
            ("retold", "retell"),
            ("underwrote", "underwrite"),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(form, lemma)| verb(&lexicon, form) != *lemma)
            .map(|(form, lemma)| format!("{form}: expected {lemma}, got {}", verb(&lexicon, form)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn noun_lemmas() {
        let lexicon = Lexicon::load().unwrap();
        let noun = |form: &str| lexicon.noun_lemma(&Cow::Borrowed(form)).into_owned();
        for (form, lemma) in [
            ("countries", "country"),
            ("troops", "troop"),
            ("children", "child"),
            ("crises", "crisis"),
            ("churches", "church"),
            ("status", "status"),
            ("militias", "militia"),
            ("heroes", "hero"),
            ("elves", "elf"),
        ] {
            assert_eq!(noun(form), lemma, "{form}");
        }
    }

    #[test]
    fn lemmas_borrow_when_they_can() {
        let lexicon = Lexicon::load().unwrap();
        assert!(matches!(
            lexicon.verb_lemma(&Cow::Borrowed("attacked")),
            Cow::Borrowed("attack")
        ));
        assert!(matches!(
            lexicon.verb_lemma(&Cow::Borrowed("went")),
            Cow::Borrowed("go")
        ));
        let lemma = lexicon.lemma(
            &Cow::Borrowed("cease-fires"),
            "cease-fires",
            Pos::NounPlural,
        );
        assert_eq!(lemma, "cease-fire");
    }
}
