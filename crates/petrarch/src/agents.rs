//! Agent dictionaries (`PETR.Validate.agents.txt`, `Phoenix.agents.txt`): role nouns that add
//! a sector to an actor ("Gondor's **police**" → `GONCOP`).
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN      a substitution set
//! POLICE {} [~COP]                `{}`: no plural form
//! GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   an irregular plural
//! PRESIDENT [~GOV]                regular plural generated: PRESIDENTS
//! CONGRESS!PERSON! [~LEG]         one entry per member of the set
//! MSF {} [NGO~]                   `~` after the code: the code goes before the actor's
//! ```
//!
//! Plurals are generated as PETRARCH2 does (`…Y` → `…IES`, `…S` → `…SES`, else `…S`).

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::lines::{content_lines, phrase_words};

/// Where an agent's code goes relative to its actor's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// `[~GOV]`: after (`GON` + `GOV`).
    Suffix,
    /// `[NGO~]`: before (`NGO` + `ARN`).
    Prefix,
}

/// One agent phrase (plural forms and substitutions are entries of their own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// The words, upper case as written.
    pub words: Vec<String>,
    /// The code without `~` (`GOV`).
    pub code: String,
    /// Before or after the actor's code.
    pub placement: Placement,
    /// Whether this is a generated or listed plural form.
    pub plural: bool,
    /// 1-based line it comes from.
    pub line: usize,
}

impl AgentEntry {
    /// The code as PETRARCH writes it: `~GOV` or `NGO~`.
    pub fn marked_code(&self) -> String {
        match self.placement {
            Placement::Suffix => format!("~{}", self.code),
            Placement::Prefix => format!("{}~", self.code),
        }
    }
}

/// The regular plural of a phrase's last word, as PETRARCH2 forms it.
fn regular_plural(phrase: &str) -> String {
    if let Some(stem) = phrase.strip_suffix('Y') {
        format!("{stem}IES")
    } else if phrase.ends_with('S') {
        format!("{phrase}ES")
    } else {
        format!("{phrase}S")
    }
}

/// An agent dictionary as read.
#[derive(Debug, Default)]
pub struct AgentDictionary {
    /// The agents (plurals and substitutions expanded) in dictionary order.
    pub entries: Vec<AgentEntry>,
    /// Lines that could not be read, each naming its file and line. Every agent line stands
    /// alone, so PETRARCH2 skips a bad one with a warning (Phoenix.agents.txt has
    /// `[~ENV}`); so does this reader, and the caller decides whether that is fatal.
    pub skipped: Vec<Error>,
}

/// Parses an agent dictionary; `file` names it in errors.
pub fn parse_agents(file: &str, text: &str) -> AgentDictionary {
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut dict = AgentDictionary::default();
    for line in content_lines(text) {
        if let Err(err) = parse_line(file, line, &mut sets, &mut dict.entries) {
            dict.skipped.push(err);
        }
    }
    dict
}

fn parse_line(
    file: &str,
    line: crate::lines::Line<'_>,
    sets: &mut HashMap<String, Vec<String>>,
    out: &mut Vec<AgentEntry>,
) -> Result<()> {
    {
        let n = line.number;
        let body = line.text.trim();
        if body.starts_with('!') && body.contains('=') {
            let (name, members) = body.split_once('=').unwrap_or_default();
            let name = name.trim();
            let Some(name) = name.strip_prefix('!').and_then(|s| s.strip_suffix('!')) else {
                return Err(Error::syntax(
                    file,
                    n,
                    format!("substitution set name must be !NAME!, found {name:?}"),
                ));
            };
            let members: Vec<String> = members
                .split(',')
                .map(|m| m.trim().to_owned())
                .filter(|m| !m.is_empty())
                .collect();
            if members.is_empty() {
                return Err(Error::syntax(
                    file,
                    n,
                    format!("substitution set !{name}! is empty"),
                ));
            }
            sets.insert(name.to_owned(), members);
            return Ok(());
        }
        let Some(open) = body.find('[') else {
            return Err(Error::syntax(
                file,
                n,
                "an agent needs a code in brackets, like [~GOV]",
            ));
        };
        let Some(close) = body[open..].find(']') else {
            return Err(Error::syntax(file, n, "`[` without `]`"));
        };
        let raw_code = body[open + 1..open + close].trim();
        let (code, placement) = if let Some(code) = raw_code.strip_prefix('~') {
            (code.trim(), Placement::Suffix)
        } else if let Some(code) = raw_code.strip_suffix('~') {
            (code.trim(), Placement::Prefix)
        } else {
            return Err(Error::syntax(
                file,
                n,
                format!("agent code must start or end with ~, found [{raw_code}]"),
            ));
        };
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Error::syntax(
                file,
                n,
                format!("bad agent code [{raw_code}]"),
            ));
        }
        let phrase = body[..open].trim();
        let mut push = |phrase: &str, plural: bool| -> Result<()> {
            let words = phrase_words(phrase);
            if words.is_empty() {
                return Err(Error::syntax(file, n, "agent without words"));
            }
            out.push(AgentEntry {
                words,
                code: code.to_ascii_uppercase(),
                placement,
                plural,
                line: n,
            });
            Ok(())
        };
        if let Some(start) = phrase.find('!') {
            let Some(len) = phrase[start + 1..].find('!') else {
                return Err(Error::syntax(
                    file,
                    n,
                    "substitution marker without its closing !",
                ));
            };
            let name = &phrase[start + 1..start + 1 + len];
            let Some(members) = sets.get(name) else {
                return Err(Error::syntax(
                    file,
                    n,
                    format!("substitution set !{name}! is not defined above"),
                ));
            };
            let (before, after) = (&phrase[..start], &phrase[start + len + 2..]);
            // PETRARCH2 stores the substitutions only: the sets list plurals themselves.
            for member in members {
                push(&format!("{before}{member}{after}"), false)?;
            }
            return Ok(());
        }
        let (singular, plural) = match phrase.find('{') {
            Some(open) => {
                let Some(close) = phrase[open..].find('}') else {
                    return Err(Error::syntax(file, n, "`{` without `}`"));
                };
                let listed = phrase[open + 1..open + close].trim();
                (
                    phrase[..open].trim(),
                    (!listed.is_empty()).then(|| listed.to_owned()),
                )
            }
            None => (phrase, Some(regular_plural(phrase))),
        };
        push(singular, false)?;
        if let Some(plural) = plural {
            push(&plural, true)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(entries: &[AgentEntry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| format!("{} {}", e.words.join(" "), e.marked_code()))
            .collect()
    }

    #[test]
    fn plurals_sets_and_placements() {
        let text = "!PERSON! = MAN, MEN\n!MINST! = MINISTER, MINISTRY\nPOLICE {} [ ~COP] # x\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nAUTHORITY [~GOV]\nCONGRESS [~LEG]\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\nMSF {}  [NGO~]\nHUMAN_RIGHTS_ORGANIZATION  [  NGO~]\n";
        let dict = parse_agents("g.txt", text);
        assert!(dict.skipped.is_empty(), "{:?}", dict.skipped);
        let entries = dict.entries;
        assert_eq!(
            words(&entries),
            [
                "POLICE ~COP",
                "GOLDEN GOOSE ~GGS",
                "GOLDEN GEESE ~GGS",
                "AUTHORITY ~GOV",
                "AUTHORITIES ~GOV",
                "CONGRESS ~LEG",
                "CONGRESSES ~LEG",
                "CONGRESSMAN ~LEG",
                "CONGRESSMEN ~LEG",
                "MINISTER OF SILLY WALKS ~GOV",
                "MINISTRY OF SILLY WALKS ~GOV",
                "MSF NGO~",
                "HUMAN RIGHTS ORGANIZATION NGO~",
                "HUMAN RIGHTS ORGANIZATIONS NGO~",
            ]
        );
        assert!(entries[2].plural && !entries[1].plural);
        assert_eq!(entries[11].placement, Placement::Prefix);
        assert_eq!(entries[0].line, 3);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("POLICE\n", 1, "needs a code"),
            ("\nPOLICE [COP]\n", 2, "must start or end with ~"),
            ("A!X! [~GOV]\n", 1, "not defined"),
            ("A {B [~GOV]\n", 1, "without `}`"),
            ("!X! = \n", 1, "is empty"),
            ("!X = A\n", 1, "must be !NAME!"),
        ];
        for (text, line, want) in cases {
            let dict = parse_agents("agents.txt", &format!("{text}A [~B]\n"));
            assert_eq!(
                dict.entries.last().map(|e| e.code.as_str()),
                Some("B"),
                "{text}"
            );
            let err = dict.skipped[0].to_string();
            assert!(err.starts_with(&format!("agents.txt:{line}: ")), "{err}");
            assert!(err.contains(want), "{err} / {want}");
        }
    }
}
