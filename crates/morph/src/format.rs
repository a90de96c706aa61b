//! The compiled lexicon's binary layout, shared by the compiler and the loader.
//!
//! ```text
//! magic "DYADSGJP" | version u32 | section count u32 | sections, each: length u64 + bytes
//! ```
//! Sections, in order (all integers little-endian):
//! 0. `TAGS`     SGJP tag strings joined by `\n`; a tag id is the line number.
//! 1. `CLASSES`  name-class fields joined by `\n` (line 0 is the empty field).
//! 2. `LABELS`   qualifier labels joined by `\n` (line 0 is the empty field).
//! 3. `APPENDS`  strings appended by lemma rules, joined by `\n`.
//! 4. `READINGS` 10 bytes each: rule u32 (see [`Rule`]), tag u16, label u16, class u8, 0u8.
//! 5. `POOL`     u32 array holding every list: a list is its length followed by its items.
//! 6. `FORMS`    fst map: word form -> POOL offset of its reading ids (rules form -> lemma).
//! 7. `LEMMAS`   fst map: lemma (homonym suffix stripped) -> POOL offset of a list of paradigm
//!    offsets; a paradigm is a POOL list of reading ids whose rules go lemma -> form.
//! 8. `GUESSES`  fst map: model byte (`P` proper, `C` common) + word-final letters -> POOL
//!    offset of a list of (reading id, weight) pairs, best first.
//!
//! Offsets rather than slices keep the loader zero-copy: the embedded bytes are the lexicon.

/// File magic.
pub const MAGIC: &[u8; 8] = b"DYADSGJP";
/// Bumped whenever the layout changes.
pub const VERSION: u32 = 1;
/// Number of sections.
pub const SECTIONS: usize = 9;

/// Section indices.
pub mod section {
    /// Tag strings.
    pub const TAGS: usize = 0;
    /// Name-class strings.
    pub const CLASSES: usize = 1;
    /// Label strings.
    pub const LABELS: usize = 2;
    /// Rule append strings.
    pub const APPENDS: usize = 3;
    /// Readings.
    pub const READINGS: usize = 4;
    /// The u32 list pool.
    pub const POOL: usize = 5;
    /// Form fst.
    pub const FORMS: usize = 6;
    /// Lemma fst.
    pub const LEMMAS: usize = 7;
    /// Guesser fst.
    pub const GUESSES: usize = 8;
}

/// Bytes per reading record.
pub const READING_SIZE: usize = 10;
/// `cut` value meaning "drop the whole word" (forms never reach 63 characters).
pub const CUT_ALL: u32 = 63;
/// Prefixes a rule may strip or add: negated participles and gerunds (`nie-`) and superlatives
/// (`naj-`). Without them every such form would need its own appended string.
pub const PREFIXES: [&str; 3] = ["", "nie", "naj"];
/// Model byte of the proper-name guesser.
pub const MODEL_PROPER: u8 = b'P';
/// Model byte of the common-word guesser.
pub const MODEL_COMMON: u8 = b'C';
/// Longest word-final string the guesser keys on, in characters.
pub const GUESS_MAX_SUFFIX: usize = 5;

/// A lemma rule, packed in a u32: prefix index (2 bits), cut (6 bits), append-string id
/// (24 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule {
    /// Index into [`PREFIXES`]: stripped when the word starts with it, added otherwise.
    pub prefix: u32,
    /// Characters to drop from the end ([`CUT_ALL`]: the whole word).
    pub cut: u32,
    /// Id of the string to append.
    pub append: u32,
}

impl Rule {
    /// Packs the rule.
    pub fn pack(self) -> u32 {
        self.prefix << 30 | self.cut << 24 | self.append
    }
    /// Unpacks a rule.
    pub fn unpack(v: u32) -> Rule {
        Rule {
            prefix: v >> 30,
            cut: (v >> 24) & 0x3f,
            append: v & 0xff_ffff,
        }
    }
}

/// Applies a rule to `word`: strips (or adds) the prefix, drops `cut` characters from the end
/// (all of them for [`CUT_ALL`]), appends `append`. `None` when the word is too short.
pub fn apply_rule(word: &str, prefix: u32, cut: u32, append: &str, out: &mut String) -> Option<()> {
    out.clear();
    if cut == CUT_ALL {
        out.push_str(append);
        return Some(());
    }
    let p = PREFIXES.get(prefix as usize).copied().unwrap_or("");
    let body = if p.is_empty() {
        word
    } else if let Some(rest) = word.strip_prefix(p) {
        rest
    } else {
        out.push_str(p);
        word
    };
    let mut end = body.len();
    let mut chars = body.char_indices().rev();
    for _ in 0..cut {
        end = chars.next()?.0;
    }
    out.push_str(&body[..end]);
    out.push_str(append);
    Some(())
}

fn suffix_rule<'t>(from: &str, to: &'t str) -> (u32, &'t str) {
    let mut common = 0; // bytes
    for (a, b) in from.chars().zip(to.chars()) {
        if a != b {
            break;
        }
        common += a.len_utf8();
    }
    let cut = from[common..].chars().count() as u32;
    if cut >= CUT_ALL {
        (CUT_ALL, to)
    } else {
        (cut, &to[common..])
    }
}

/// The rule turning `from` into `to`: (prefix index, characters to cut, string to append).
/// A prefix is used only when it shortens the appended string.
pub fn rule_between<'t>(from: &str, to: &'t str) -> (u32, u32, &'t str) {
    let (cut, append) = suffix_rule(from, to);
    let mut best = (0, cut, append);
    for (i, p) in PREFIXES.iter().enumerate().skip(1) {
        let candidate = match (from.strip_prefix(p), to.strip_prefix(p)) {
            (Some(rest), None) => suffix_rule(rest, to),
            (None, Some(rest)) => suffix_rule(from, rest),
            _ => continue,
        };
        if candidate.0 != CUT_ALL && candidate.1.len() < best.2.len() {
            best = (i as u32, candidate.0, candidate.1);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_round_trip() {
        let table = [
            ("Rosji", "Rosja", 0, 1, "a"),
            ("Putina", "Putin", 0, 1, ""),
            ("najbliższych", "bliski", 2, 6, "ski"),
            ("bliski", "najbliższych", 2, 3, "ższych"),
            ("niezrobienia", "zrobić", 1, 4, "ć"),
            ("dniach", "dzień", 0, 5, "zień"),
            ("ABB-y", "ABBA", 0, 2, "A"),
            ("Kim", "Kim", 0, 0, ""),
        ];
        let mut out = String::new();
        for (from, to, prefix, cut, append) in table {
            assert_eq!(
                rule_between(from, to),
                (prefix, cut, append),
                "{from} -> {to}"
            );
            apply_rule(from, prefix, cut, append, &mut out).unwrap();
            assert_eq!(out, to);
        }
    }

    #[test]
    fn short_word_does_not_panic() {
        let mut out = String::new();
        assert!(apply_rule("ab", 0, 3, "x", &mut out).is_none());
        assert!(apply_rule("ab", 9, CUT_ALL, "x", &mut out).is_some());
        assert_eq!(out, "x");
    }
}
