//! Verb dictionaries (`PETR.Validate.verbs.txt`, `CAMEO.2.0.txt`): synonym sets, then verb
//! blocks with their patterns.
//!
//! ```text
//! &CURRENCY                     a synonym set: `+` members, which may name other sets
//! +DOLLARS
//! +SWISS FRANCS
//!
//! --- BREAK [1717] ---          a block: its name and default code (`[---]`: none)
//! BREAK { BROKE BROKEN }        the block's verbs, with irregular forms
//! +BREAK_DOWN {+BROKE_DOWN}     a multi-word verb, `+` marking the verb itself
//! KLM_NOP_+RST [002]            a verb with a code of its own
//! - * TREATY [161]              a pattern: words before and after the verb (`*`)
//! - + * IN $ [075]              `$` the source, `+` the target, `%` both (a compound), `^` a skip
//! - * (TO $) {ARMS SHIPMENT} [042:043]   PETRARCH2 phrases: `(...)` a prepositional phrase,
//!                               `{...}` a noun phrase; `[A:B]` codes A, and B the other way round
//! ```
//!
//! Words are separated by spaces or joined by `_`: joined words must stand next to each other
//! in the sentence ([`Element::Join`]); a `_` at a word's end (`IN_ $`, TABARI's "this word
//! exactly") is only a boundary.

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::lines::{content_lines, phrase_words};

/// An event code as a pattern or block gives it: `[042]`, `[042:043]`, `[:173]`, `[---]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventCode {
    /// The code for source → target; `None` for `---` or an empty first half.
    pub primary: Option<String>,
    /// The code for target → source (`[032:033]`: the one visited receives the visit).
    pub reciprocal: Option<String>,
}

impl EventCode {
    fn parse(inside: &str) -> EventCode {
        let part = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s != "---").then(|| s.to_owned())
        };
        match inside.split_once(':') {
            Some((a, b)) => EventCode {
                primary: part(a),
                reciprocal: part(b),
            },
            None => EventCode {
                primary: part(inside),
                reciprocal: None,
            },
        }
    }

    /// Whether the code produces no event at all (`[---]`).
    pub fn is_null(&self) -> bool {
        self.primary.is_none() && self.reciprocal.is_none()
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// A literal word, upper case.
    Word(String),
    /// `&NAME`: any member of a synonym set.
    Synset(String),
    /// `$`: the source.
    Source,
    /// `+`: the target.
    Target,
    /// `%`: a compound actor that is both source and target.
    Compound,
    /// `^`: skip a phrase.
    Skip,
    /// `_` between two elements: the next one stands right after the one before
    /// (`NEW_&TIETYPES_RELATIONS`, `RECENTLY_*`).
    Join,
    /// `{...}`: a noun phrase.
    NounPhrase(Vec<Element>),
    /// `(...)`: a prepositional phrase; the first element is the preposition.
    PrepPhrase(Vec<Element>),
}

/// A pattern of a verb block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The elements before the verb, in order.
    pub before: Vec<Element>,
    /// The elements after the verb, in order.
    pub after: Vec<Element>,
    /// Its code.
    pub code: EventCode,
    /// The comment after `#`, trimmed (CAMEO.2.0.txt names the verb the pattern came from).
    pub comment: String,
    /// 1-based line.
    pub line: usize,
}

/// A verb of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// The words, upper case (`["BREAK", "DOWN"]`).
    pub words: Vec<String>,
    /// Which word is the verb (the one marked `+`, else the first).
    pub head: usize,
    /// Irregular forms listed in `{...}`.
    pub forms: Vec<String>,
    /// A code of the verb's own, overriding the block's.
    pub code: Option<EventCode>,
    /// 1-based line.
    pub line: usize,
}

/// A block: `--- NAME [code] ---`, its verbs and patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// The name in the header.
    pub name: String,
    /// The default code.
    pub code: EventCode,
    /// The verbs.
    pub verbs: Vec<Verb>,
    /// The patterns, in dictionary order.
    pub patterns: Vec<Pattern>,
    /// 1-based line of the header.
    pub line: usize,
}

/// A synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// Each member as elements: words, or `Synset` for a nested set.
    pub members: Vec<Vec<Element>>,
    /// 1-based line of the `&NAME` line.
    pub line: usize,
}

/// A whole verb dictionary.
#[derive(Debug, Default)]
pub struct VerbDictionary {
    /// Synonym sets by name (without `&` and trailing `_`).
    pub synsets: BTreeMap<String, Synset>,
    /// Blocks in dictionary order.
    pub blocks: Vec<VerbBlock>,
    /// Lines that could not be read, each naming its file and line, skipped as PETRARCH2 skips
    /// them (the validation dictionary has `[###]`, which the comment rule cuts in half).
    pub skipped: Vec<Error>,
}

fn synset_name(raw: &str) -> String {
    raw.trim()
        .trim_start_matches('&')
        .trim_end_matches('_')
        .to_ascii_uppercase()
}

/// Splits pattern text into tokens: words, `&SETS`, the one-character markers and `_` where
/// it joins two of them.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            let joins = i > 0
                && !chars[i - 1].is_whitespace()
                && chars[i - 1] != '_'
                && chars
                    .get(i + 1)
                    .is_some_and(|n| !n.is_whitespace() && *n != '_' && !"{}()".contains(*n));
            if joins && out.last().is_some_and(|t| t != "_") {
                out.push("_".to_owned());
            }
        } else if c.is_whitespace() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        } else if "{}()*$+%^".contains(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Builds elements from tokens; `*` is kept as `None` so the caller can split on it.
fn elements(file: &str, line: usize, tokens: &[String]) -> Result<Vec<Option<Element>>> {
    let mut stack: Vec<(char, Vec<Option<Element>>)> = vec![(' ', Vec::new())];
    for token in tokens {
        let element = match token.as_str() {
            "*" => None,
            "$" => Some(Element::Source),
            "+" => Some(Element::Target),
            "%" => Some(Element::Compound),
            "^" => Some(Element::Skip),
            "_" => Some(Element::Join),
            "{" | "(" => {
                stack.push((token.chars().next().unwrap_or('('), Vec::new()));
                continue;
            }
            "}" | ")" => {
                let want = if token == "}" { '{' } else { '(' };
                let Some((open, inner)) = stack.pop().filter(|(o, _)| *o == want) else {
                    return Err(Error::syntax(
                        file,
                        line,
                        format!("unbalanced {token:?} in pattern"),
                    ));
                };
                if inner.iter().any(Option::is_none) {
                    return Err(Error::syntax(file, line, "the verb `*` inside a phrase"));
                }
                let inner: Vec<Element> = inner.into_iter().flatten().collect();
                if inner.is_empty() {
                    return Err(Error::syntax(file, line, "an empty phrase in pattern"));
                }
                let Some((_, parent)) = stack.last_mut() else {
                    return Err(Error::syntax(
                        file,
                        line,
                        format!("unbalanced {token:?} in pattern"),
                    ));
                };
                parent.push(Some(if open == '{' {
                    Element::NounPhrase(inner)
                } else {
                    Element::PrepPhrase(inner)
                }));
                continue;
            }
            w if w.starts_with('&') => Some(Element::Synset(synset_name(w))),
            w => Some(Element::Word(w.to_uppercase())),
        };
        let Some((_, current)) = stack.last_mut() else {
            return Err(Error::syntax(file, line, "unbalanced pattern"));
        };
        current.push(element);
    }
    match stack.pop() {
        Some((' ', top)) if stack.is_empty() => Ok(top),
        _ => Err(Error::syntax(file, line, "unclosed `{` or `(` in pattern")),
    }
}

/// Splits `text [code]` at its last bracket: the text and the code's inside.
fn split_code<'a>(file: &str, line: usize, text: &'a str) -> Result<(&'a str, Option<&'a str>)> {
    let Some(open) = text.rfind('[') else {
        return Ok((text, None));
    };
    let Some(close) = text[open..].find(']') else {
        return Err(Error::syntax(file, line, "`[` without `]`"));
    };
    Ok((&text[..open], Some(text[open + 1..open + close].trim())))
}

fn parse_pattern(file: &str, line: usize, body: &str, comment: &str) -> Result<Pattern> {
    let (text, code) = split_code(file, line, body)?;
    let Some(code) = code else {
        return Err(Error::syntax(file, line, "pattern without a [code]"));
    };
    let all = elements(file, line, &tokens(text))?;
    let stars = all.iter().filter(|e| e.is_none()).count();
    if stars != 1 {
        return Err(Error::syntax(
            file,
            line,
            format!("a pattern needs exactly one `*` for the verb, found {stars}"),
        ));
    }
    let star = all.iter().position(Option::is_none).unwrap_or_default();
    let mut all = all.into_iter();
    let before: Vec<Element> = all.by_ref().take(star).flatten().collect();
    let after: Vec<Element> = all.flatten().collect();
    Ok(Pattern {
        before,
        after,
        code: EventCode::parse(code),
        comment: comment.trim().to_owned(),
        line,
    })
}

fn parse_verb(file: &str, line: usize, body: &str) -> Result<Verb> {
    let (text, code) = split_code(file, line, body)?;
    let (phrase, forms) = match text.find('{') {
        Some(open) => {
            let Some(close) = text[open..].find('}') else {
                return Err(Error::syntax(file, line, "`{` without `}`"));
            };
            let forms = text[open + 1..open + close]
                .split_whitespace()
                .map(|f| f.trim_start_matches('+').to_owned())
                .collect();
            (&text[..open], forms)
        }
        None => (text, Vec::new()),
    };
    let raw = phrase_words(phrase);
    if raw.is_empty() {
        return Err(Error::syntax(file, line, "a verb line without a verb"));
    }
    let head = raw.iter().position(|w| w.starts_with('+')).unwrap_or(0);
    let words: Vec<String> = raw
        .iter()
        .map(|w| w.trim_start_matches('+').to_ascii_uppercase())
        .collect();
    if words.iter().any(String::is_empty) {
        return Err(Error::syntax(file, line, "a lone `+` in a verb"));
    }
    Ok(Verb {
        words,
        head,
        forms,
        code: code.map(EventCode::parse),
        line,
    })
}

/// Parses a verb dictionary; `file` names it in errors.
pub fn parse_verbs(file: &str, text: &str) -> Result<VerbDictionary> {
    let mut dict = VerbDictionary::default();
    // The synonym set being read, while its `+` lines follow.
    let mut open_set: Option<String> = None;
    // Comments matter for patterns (the verb a CAMEO.2.0 pattern came from), so take them from
    // the raw line.
    let raw_lines: Vec<&str> = text.lines().collect();
    for line in content_lines(text) {
        let n = line.number;
        let body = line.text.trim();
        if let Some(name) = open_set.as_ref().filter(|_| body.starts_with('+')) {
            let member = elements(file, n, &tokens(&body[1..]))?;
            let member: Vec<Element> = member.into_iter().flatten().collect();
            if member.is_empty() {
                return Err(Error::syntax(file, n, "empty synonym-set member"));
            }
            if let Some(set) = dict.synsets.get_mut(name) {
                set.members.push(member);
            }
            continue;
        }
        open_set = None;
        if body.starts_with('&') {
            let name = synset_name(body);
            if name.is_empty() || name.contains(char::is_whitespace) {
                return Err(Error::syntax(
                    file,
                    n,
                    format!("bad synonym-set name {body:?}"),
                ));
            }
            if let Some(first) = dict.synsets.get(&name) {
                return Err(Error::syntax(
                    file,
                    n,
                    format!(
                        "synonym set &{name} defined twice (first at line {})",
                        first.line
                    ),
                ));
            }
            dict.synsets.insert(
                name.clone(),
                Synset {
                    members: Vec::new(),
                    line: n,
                },
            );
            open_set = Some(name);
            continue;
        }
        if let Some(rest) = body.strip_prefix("---") {
            // The closing `---` may be lost to a comment (`--- TROUBLED [---] # NOUN ---`).
            let inner = rest.trim_end();
            let inner = inner.strip_suffix("---").unwrap_or(inner);
            let (name, code) = match inner.find('[') {
                Some(open) => {
                    let Some(close) = inner[open..].find(']') else {
                        return Err(Error::syntax(file, n, "`[` without `]`"));
                    };
                    (
                        &inner[..open],
                        EventCode::parse(&inner[open + 1..open + close]),
                    )
                }
                None => (inner, EventCode::default()),
            };
            let name = name.trim();
            if name.is_empty() {
                return Err(Error::syntax(file, n, "block header without a name"));
            }
            dict.blocks.push(VerbBlock {
                name: name.to_owned(),
                code,
                verbs: Vec::new(),
                patterns: Vec::new(),
                line: n,
            });
            continue;
        }
        let Some(block) = dict.blocks.last_mut() else {
            return Err(Error::syntax(
                file,
                n,
                format!("{body:?} before any `--- VERB [code] ---` block"),
            ));
        };
        // A bad pattern or verb line stands alone: skip it and say where.
        if let Some(pattern) = body.strip_prefix('-') {
            let comment = raw_lines
                .get(n - 1)
                .and_then(|raw| raw.split_once('#'))
                .map_or("", |(_, c)| c);
            match parse_pattern(file, n, pattern, comment) {
                Ok(p) => block.patterns.push(p),
                Err(err) => dict.skipped.push(err),
            }
        } else {
            match parse_verb(file, n, body) {
                Ok(v) => block.verbs.push(v),
                Err(err) => dict.skipped.push(err),
            }
        }
    }
    Ok(dict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Element::*;

    fn w(s: &str) -> Element {
        Word(s.to_owned())
    }

    const SAMPLE: &str = "<!-- head -->\n&TIETYPES\n+MILITARY\n+ECONOMIC\n\n&CURRENCY \n+DOLLARS\n+SWISS FRANCS\n+&TIETYPES\n\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN  }\n+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }\nKLM_NOP_+RST [002]\n- + KNOWN_ * IN_ $  [076]  #  pattern CONNECT\n- * &TIETYPES TIES [902]\n- * (TO $) {ARMS SHIPMENT}  [042:043]   # RUSH\n- % HAVE * [:191]\n- IN_*_OUT [---]\n";

    #[test]
    fn synsets_blocks_verbs_and_patterns() {
        let dict = parse_verbs("v.txt", SAMPLE).expect("parses");
        assert_eq!(
            dict.synsets["TIETYPES"].members,
            vec![vec![w("MILITARY")], vec![w("ECONOMIC")]]
        );
        assert_eq!(
            dict.synsets["CURRENCY"].members,
            vec![
                vec![w("DOLLARS")],
                vec![w("SWISS"), w("FRANCS")],
                vec![Synset("TIETYPES".into())]
            ]
        );
        let block = &dict.blocks[0];
        assert_eq!((block.name.as_str(), block.line), ("BREAK", 11));
        assert_eq!(block.code.primary.as_deref(), Some("1717"));
        assert_eq!(block.verbs[0].forms, ["BROKE", "BROKEN"]);
        assert_eq!(
            (block.verbs[1].words.clone(), block.verbs[1].head),
            (vec!["BREAK".into(), "DOWN".into()], 0)
        );
        assert_eq!((block.verbs[2].words.len(), block.verbs[2].head), (3, 2));
        assert_eq!(
            block.verbs[2]
                .code
                .as_ref()
                .and_then(|c| c.primary.clone())
                .as_deref(),
            Some("002")
        );
        let p = &block.patterns;
        assert_eq!(p[0].before, vec![Target, w("KNOWN")]);
        assert_eq!(p[0].after, vec![w("IN"), Source]);
        assert_eq!(p[0].comment, "pattern CONNECT");
        assert_eq!(p[1].after, vec![Synset("TIETYPES".into()), w("TIES")]);
        assert_eq!(
            p[2].after,
            vec![
                PrepPhrase(vec![w("TO"), Source]),
                NounPhrase(vec![w("ARMS"), w("SHIPMENT")])
            ]
        );
        assert_eq!(
            p[2].code,
            EventCode {
                primary: Some("042".into()),
                reciprocal: Some("043".into())
            }
        );
        assert_eq!(p[3].before, vec![Compound, w("HAVE")]);
        assert_eq!(
            p[3].code,
            EventCode {
                primary: None,
                reciprocal: Some("191".into())
            }
        );
        assert_eq!(
            (p[4].before.clone(), p[4].after.clone()),
            (vec![w("IN"), Join], vec![Join, w("OUT")])
        );
        assert!(p[4].code.is_null());
    }

    #[test]
    fn errors_name_file_and_line() {
        let fatal = [
            ("ABANDON\n", 1, "before any"),
            ("--- [1] ---\n", 1, "without a name"),
            ("&X\n+A\n&X\n", 3, "defined twice"),
        ];
        for (text, line, want) in fatal {
            let err = parse_verbs("verbs.txt", text).expect_err(text).to_string();
            assert!(err.starts_with(&format!("verbs.txt:{line}: ")), "{err}");
            assert!(err.contains(want), "{err} / {want}");
        }
        // Bad patterns and verbs are skipped, each error naming its line; the rest is read.
        let skipped = [
            ("- * B\n", "without a [code]"),
            ("- B [1]\n", "exactly one `*`"),
            ("- * * B [1]\n", "exactly one `*`"),
            ("- * (TO [1]\n", "unclosed"),
            ("- * TO) [1]\n", "unbalanced"),
            ("- * DIPLXMATIC  [###]\n", "without `]`"),
            ("A {B\n", "without `}`"),
        ];
        for (line, want) in skipped {
            let text = format!("--- A [1] ---\nA\n{line}- * C [2]\n");
            let dict = parse_verbs("verbs.txt", &text).expect(line);
            assert_eq!(dict.blocks[0].patterns.len(), 1, "{line}");
            let err = dict.skipped[0].to_string();
            assert!(
                err.starts_with("verbs.txt:3: ") && err.contains(want),
                "{err} / {want}"
            );
        }
    }
}
