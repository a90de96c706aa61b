//! The CAMEO/PLOVER code book (`lexicons/common/cameo.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::source::{self, SourceLine};
use crate::Result;

const BUILTIN_FILE: &str = "lexicons/common/cameo.tsv";
const BUILTIN_TEXT: &str = include_str!("../../../lexicons/common/cameo.tsv");
const COLUMNS: [&str; 7] = [
    "code",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "description",
];

/// What the code book says about one CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    /// The CAMEO code: two to four digits (`04` root, `042`, `0421`).
    pub code: String,
    /// CAMEO's description ("Make a visit").
    pub description: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein conflict-cooperation score, -10 to +10.
    pub goldstein: f64,
    /// PLOVER event type (`CONSULT`); `None` for codes PLOVER leaves out (CAMEO 01, 02).
    pub plover: Option<String>,
    /// PLOVER mode (`visit`, `phone`), when the table gives one.
    pub plover_mode: Option<String>,
    /// PLOVER context (`diplomatic`; several joined by `;`), when the table gives one.
    pub plover_context: Option<String>,
}

impl CodeInfo {
    /// The root category: the first two digits (`042` -> `04`).
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// Every CAMEO event code, in code-book order, with lookup by code.
#[derive(Debug, Clone, Default)]
pub struct CodeBook {
    codes: Vec<CodeInfo>,
    index: HashMap<String, usize>,
}

impl CodeBook {
    /// The code book compiled into the binary, parsed once.
    ///
    /// The embedded table is generated and checked by this crate's tests, so failing to parse it
    /// is a build defect, not bad input; [`CodeBook::try_builtin`] returns the error instead.
    pub fn builtin() -> &'static CodeBook {
        match CodeBook::try_builtin() {
            Ok(book) => book,
            Err(err) => panic!("the embedded CAMEO code book is broken: {err}"),
        }
    }

    /// The code book compiled into the binary, or the error that keeps it from loading.
    pub fn try_builtin() -> Result<&'static CodeBook> {
        static BUILTIN: OnceLock<Result<CodeBook>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| CodeBook::parse(BUILTIN_FILE, BUILTIN_TEXT))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parses a code book in the format of `lexicons/common/cameo.tsv`.
    pub fn parse(file: &str, text: &str) -> Result<CodeBook> {
        let mut book = CodeBook::default();
        for line in source::lines(file, text) {
            let info = parse_line(&line)?;
            if book.index.contains_key(&info.code) {
                return Err(line.invalid(format!("duplicate CAMEO code {}", info.code)));
            }
            book.index.insert(info.code.clone(), book.codes.len());
            book.codes.push(info);
        }
        Ok(book)
    }

    /// The entry for `code` (`"042"`), if CAMEO has it.
    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        self.index.get(code).map(|&i| &self.codes[i])
    }

    /// Whether CAMEO has `code`.
    pub fn contains(&self, code: &str) -> bool {
        self.index.contains_key(code)
    }

    /// All codes, in code-book order.
    pub fn codes(&self) -> &[CodeInfo] {
        &self.codes
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether the book has no codes.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

fn parse_line(line: &SourceLine<'_>) -> Result<CodeInfo> {
    line.expect_fields(&COLUMNS)?;
    let f = &line.fields;
    let code = f[0];
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(line.error(format!("CAMEO code must be 2 to 4 digits, found {code:?}")));
    }
    let quad_class = match f[1].parse::<u8>() {
        Ok(q @ 1..=4) => q,
        _ => return Err(line.error(format!("quad class must be 1 to 4, found {:?}", f[1]))),
    };
    let goldstein = match f[2].parse::<f64>() {
        Ok(g) if (-10.0..=10.0).contains(&g) => g,
        _ => {
            return Err(line.error(format!(
                "Goldstein score must be -10 to 10, found {:?}",
                f[2]
            )))
        }
    };
    let optional = |s: &str| (!s.is_empty() && s != "-").then(|| s.to_owned());
    Ok(CodeInfo {
        code: code.to_owned(),
        description: f[6].to_owned(),
        quad_class,
        goldstein,
        plover: optional(f[3]),
        plover_mode: optional(f[4]),
        plover_context: optional(f[5]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_every_root_and_known_values() {
        let book = CodeBook::builtin();
        assert!(book.len() > 300, "{} codes", book.len());
        for root in 1..=20 {
            assert!(book.contains(&format!("{root:02}")), "root {root:02}");
        }
        let visit = book.get("042").expect("042");
        assert_eq!(visit.description, "Make a visit");
        assert_eq!((visit.quad_class, visit.goldstein), (1, 1.9));
        assert_eq!(visit.plover.as_deref(), Some("CONSULT"));
        assert_eq!(visit.plover_mode.as_deref(), Some("visit"));
        assert_eq!(visit.root(), "04");
        let sanctions = book.get("163").expect("163");
        assert_eq!((sanctions.quad_class, sanctions.goldstein), (4, -8.0));
        assert_eq!(sanctions.plover.as_deref(), Some("COERCE"));
        assert_eq!(book.get("010").expect("010").plover, None);
        assert!(book.get("999").is_none());
    }

    #[test]
    fn builtin_matches_the_shared_cameo_tables_when_present() {
        // An independent check of the generator: every code of the upstream list, with its quad
        // class, is in the book. Skips (saying so) where ../shared is not mounted.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/cameo");
        let Ok(list) = std::fs::read_to_string(format!("{dir}/CAMEO.eventcodes.cleaned.tsv"))
        else {
            eprintln!("skipped: {dir} absent");
            return;
        };
        let book = CodeBook::builtin();
        let mut n = 0;
        for row in list.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = row.split('\t').collect();
            let info = book
                .get(cols[0])
                .unwrap_or_else(|| panic!("{} missing", cols[0]));
            assert_eq!(info.quad_class.to_string(), cols[2].trim(), "{}", cols[0]);
            n += 1;
        }
        assert_eq!(n, book.len());
        let scores =
            std::fs::read_to_string(format!("{dir}/CAMEO.goldsteinscale.txt")).expect("scores");
        for row in scores.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let (code, score) = row.split_once('\t').expect("two columns");
            let score: f64 = score.trim().parse().expect("a number");
            assert_eq!(book.get(code).map(|i| i.goldstein), Some(score), "{code}");
        }
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let cases = [
            ("042\t1\t1.9\tCONSULT\tvisit\t-", "expected 7 fields"),
            ("04x\t1\t1.9\t-\t-\t-\tx", "2 to 4 digits"),
            ("042\t5\t1.9\t-\t-\t-\tx", "quad class"),
            ("042\t1\tlots\t-\t-\t-\tx", "Goldstein"),
            (
                "042\t1\t1.9\t-\t-\t-\tx\n042\t1\t1.9\t-\t-\t-\tx",
                "duplicate CAMEO code 042",
            ),
        ];
        for (text, want) in cases {
            let err = CodeBook::parse("book.tsv", &format!("# c\n{text}\n")).expect_err(text);
            let msg = err.to_string();
            assert!(
                msg.starts_with("book.tsv:2: ") || msg.starts_with("book.tsv:3: "),
                "{msg}"
            );
            assert!(msg.contains(want), "{msg}");
        }
    }
}
