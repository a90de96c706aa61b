//! The lexicon compiler: SGJP's `form, lemma, tag, name class, labels` dump to the binary
//! layout of [`crate::format`].
//!
//! The dump is sorted by form (bytewise), so forms are streamed straight into the fst builder
//! and only interned ids are kept per row (for the lemma index and the guesser statistics).
//! Every table is numbered in input order and every map is sorted before it is written, so the
//! output is a pure function of the input.

use std::collections::HashMap;
use std::io::BufRead;

use crate::format::{self, section};
use crate::{Error, NameClass, Tag};

/// Figures about one compilation, for the compiler's report.
#[derive(Debug, Clone, Default)]
pub struct CompileStats {
    /// Rows read.
    pub rows: u64,
    /// Distinct forms.
    pub forms: u64,
    /// Distinct lemmas (homonym suffix stripped).
    pub lemmas: u64,
    /// Distinct tag strings.
    pub tags: usize,
    /// Distinct readings (rule, tag, class, label).
    pub readings: usize,
    /// u32 words in the list pool.
    pub pool_words: usize,
    /// Guesser keys.
    pub guess_keys: usize,
    /// Size of each section in bytes.
    pub section_bytes: Vec<usize>,
}

/// Strips SGJP's homonym marker (`Trump:Sm1` -> `Trump`); a lone `:` stays a lemma.
pub fn strip_homonym(raw: &str) -> &str {
    // Skip the first character (not byte: `że:M`), so that a lemma `:` survives.
    let first = raw.chars().next().map_or(0, char::len_utf8);
    match raw[first..].find(':') {
        Some(i) => &raw[..first + i],
        None => raw,
    }
}

/// Interns strings to dense ids in first-seen order.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    list: Vec<String>,
}

impl Interner {
    fn with_empty() -> Interner {
        let mut i = Interner::default();
        i.id("");
        i
    }
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.list.len() as u32;
        self.ids.insert(s.to_string(), id);
        self.list.push(s.to_string());
        id
    }
    fn joined(&self) -> Vec<u8> {
        self.list.join("\n").into_bytes()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct ReadingKey {
    rule: u32,
    tag: u16,
    label: u16,
    class: u8,
}

/// The POOL and its list deduplication.
#[derive(Default)]
struct Pool {
    words: Vec<u32>,
    lists: HashMap<Vec<u32>, u32>,
}

impl Pool {
    fn list(&mut self, items: &[u32]) -> Result<u32, Error> {
        if let Some(&off) = self.lists.get(items) {
            return Ok(off);
        }
        let off = u32::try_from(self.words.len())
            .map_err(|_| Error::Compile("list pool exceeds 4 G words".into()))?;
        self.words.push(items.len() as u32);
        self.words.extend_from_slice(items);
        self.lists.insert(items.to_vec(), off);
        Ok(off)
    }
}

struct Compiler {
    tags: Interner,
    classes: Interner,
    labels: Interner,
    appends: Interner,
    readings: Vec<ReadingKey>,
    reading_ids: HashMap<ReadingKey, u32>,
    pool: Pool,
    raw_lemmas: Interner,
    /// (raw lemma id, reading id with a lemma -> form rule), one per row.
    paradigm_rows: Vec<(u32, u32)>,
    /// Guesser counts: model byte + word-final letters -> reading id -> rows.
    guess_counts: HashMap<Vec<u8>, HashMap<u32, u32>>,
    proper_class: Vec<bool>,
    guessable_tag: Vec<bool>,
}

impl Compiler {
    fn rule(&mut self, from: &str, to: &str) -> Result<u32, Error> {
        let (prefix, cut, append) = format::rule_between(from, to);
        let append = self.appends.id(append);
        if append >= 1 << 24 {
            return Err(Error::Compile(
                "more than 2^24 distinct lemma endings".into(),
            ));
        }
        Ok(format::Rule {
            prefix,
            cut,
            append,
        }
        .pack())
    }

    fn reading(&mut self, key: ReadingKey) -> u32 {
        if let Some(&id) = self.reading_ids.get(&key) {
            return id;
        }
        let id = self.readings.len() as u32;
        self.readings.push(key);
        self.reading_ids.insert(key, id);
        id
    }

    fn small_id(interner: &mut Interner, s: &str, max: u32, what: &str) -> Result<u32, Error> {
        let id = interner.id(s);
        if id > max {
            return Err(Error::Compile(format!("too many distinct {what}")));
        }
        Ok(id)
    }

    /// Counts a row for the guesser under each word-final string it ends with.
    fn count_guess(&mut self, form: &str, reading: u32, rule: format::Rule, proper: bool) {
        if rule.prefix != 0 {
            return;
        }
        let cut = rule.cut;
        let model = if proper {
            format::MODEL_PROPER
        } else {
            format::MODEL_COMMON
        };
        let starts: Vec<usize> = form.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        for k in 1..=format::GUESS_MAX_SUFFIX {
            // Keep at least two letters of stem so a key never covers a whole short word, and
            // only count rules that stay inside the key: those carry over to unseen stems.
            if n < k + 2 || cut as usize > k {
                continue;
            }
            let mut key = Vec::with_capacity(1 + 4 * k);
            key.push(model);
            key.extend_from_slice(&form.as_bytes()[starts[n - k]..]);
            *self
                .guess_counts
                .entry(key)
                .or_default()
                .entry(reading)
                .or_default() += 1;
        }
    }

    fn row(
        &mut self,
        form: &str,
        raw_lemma: &str,
        tag: &str,
        class: &str,
        label: &str,
    ) -> Result<u32, Error> {
        let lemma = strip_homonym(raw_lemma);
        let tag_id = Self::small_id(&mut self.tags, tag, u16::MAX as u32, "tags")?;
        if tag_id as usize == self.guessable_tag.len() {
            let parsed = Tag::parse(tag, tag_id as u16)?;
            self.guessable_tag.push(matches!(
                parsed.pos,
                crate::Pos::Subst
                    | crate::Pos::Adj
                    | crate::Pos::Adv
                    | crate::Pos::Fin
                    | crate::Pos::Praet
                    | crate::Pos::Inf
                    | crate::Pos::Ger
                    | crate::Pos::Ppas
                    | crate::Pos::Pact
                    | crate::Pos::Impt
                    | crate::Pos::Imps
            ));
        }
        let class_id = Self::small_id(&mut self.classes, class, u8::MAX as u32, "name classes")?;
        if class_id as usize == self.proper_class.len() {
            self.proper_class
                .push(NameClass::from_sgjp(class).is_some());
        }
        let label_id = Self::small_id(&mut self.labels, label, u16::MAX as u32, "labels")?;
        let (tag, class, label) = (tag_id as u16, class_id as u8, label_id as u16);

        let rule = self.rule(form, lemma)?;
        let reading = self.reading(ReadingKey {
            rule,
            tag,
            label,
            class,
        });
        let rev_rule = self.rule(lemma, form)?;
        let rev_reading = self.reading(ReadingKey {
            rule: rev_rule,
            tag,
            label,
            class,
        });
        let raw_id = self.raw_lemmas.id(raw_lemma);
        self.paradigm_rows.push((raw_id, rev_reading));

        // The guesser learns from readings worth guessing: proper names for capitalised words,
        // open-class common words otherwise; rare and dialect forms would only add noise.
        let first_upper = form.chars().next().is_some_and(char::is_uppercase);
        let proper = self.proper_class[class as usize];
        if label == 0 && self.guessable_tag[tag as usize] && (proper == first_upper) {
            self.count_guess(form, reading, format::Rule::unpack(rule), proper);
        }
        Ok(reading)
    }
}

/// Compiles the dump read from `input` into the binary lexicon.
pub fn compile(input: impl BufRead) -> Result<(Vec<u8>, CompileStats), Error> {
    let mut c = Compiler {
        tags: Interner::default(),
        classes: Interner::with_empty(),
        labels: Interner::with_empty(),
        appends: Interner::default(),
        readings: Vec::new(),
        reading_ids: HashMap::new(),
        pool: Pool::default(),
        raw_lemmas: Interner::default(),
        paradigm_rows: Vec::new(),
        guess_counts: HashMap::new(),
        proper_class: Vec::new(),
        guessable_tag: Vec::new(),
    };
    let mut stats = CompileStats::default();
    let mut forms = fst::MapBuilder::memory();
    let mut current_form = String::new();
    let mut current: Vec<u32> = Vec::new();

    for (lineno, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::Compile(format!("line {}: {e}", lineno + 1)))?;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 3 {
            return Err(Error::Compile(format!(
                "line {}: expected form, lemma, tag, name class, labels; got {} fields",
                lineno + 1,
                fields.len()
            )));
        }
        let (form, lemma, tag) = (fields[0], fields[1], fields[2]);
        let class = fields.get(3).copied().unwrap_or("");
        let label = fields.get(4).copied().unwrap_or("");
        if form != current_form {
            if !current.is_empty() {
                let off = c.pool.list(&current)?;
                forms
                    .insert(&current_form, off as u64)
                    .map_err(|e| Error::Compile(format!("line {}: {e}", lineno + 1)))?;
                stats.forms += 1;
            }
            current.clear();
            current_form.clear();
            current_form.push_str(form);
        }
        let reading = c
            .row(form, lemma, tag, class, label)
            .map_err(|e| Error::Compile(format!("line {}: {e}", lineno + 1)))?;
        if !current.contains(&reading) {
            current.push(reading);
        }
        stats.rows += 1;
    }
    if !current.is_empty() {
        let off = c.pool.list(&current)?;
        forms
            .insert(&current_form, off as u64)
            .map_err(|e| Error::Compile(e.to_string()))?;
        stats.forms += 1;
    }
    let forms = forms
        .into_inner()
        .map_err(|e| Error::Compile(e.to_string()))?;
    // Tags the guesser and the rules for non-words need even if the dump lacked them.
    for extra in [
        "ign",
        "dig",
        "interp",
        "subst:sg:nom.gen.dat.acc.inst.loc.voc:m1",
        "subst:sg:nom.gen.dat.acc.inst.loc.voc:m3",
    ] {
        c.tags.id(extra);
    }
    c.appends.id("");

    let lemmas = build_lemma_index(&mut c, &mut stats)?;
    let guesses = build_guesser(&mut c, &mut stats)?;

    let mut readings = Vec::with_capacity(c.readings.len() * format::READING_SIZE);
    for r in &c.readings {
        readings.extend_from_slice(&r.rule.to_le_bytes());
        readings.extend_from_slice(&r.tag.to_le_bytes());
        readings.extend_from_slice(&r.label.to_le_bytes());
        readings.push(r.class);
        readings.push(0);
    }
    let mut pool = Vec::with_capacity(c.pool.words.len() * 4);
    for w in &c.pool.words {
        pool.extend_from_slice(&w.to_le_bytes());
    }

    let mut sections: Vec<Vec<u8>> = vec![Vec::new(); format::SECTIONS];
    sections[section::TAGS] = c.tags.joined();
    sections[section::CLASSES] = c.classes.joined();
    sections[section::LABELS] = c.labels.joined();
    sections[section::APPENDS] = c.appends.joined();
    sections[section::READINGS] = readings;
    sections[section::POOL] = pool;
    sections[section::FORMS] = forms;
    sections[section::LEMMAS] = lemmas;
    sections[section::GUESSES] = guesses;

    stats.tags = c.tags.list.len();
    stats.readings = c.readings.len();
    stats.pool_words = c.pool.words.len();
    stats.section_bytes = sections.iter().map(Vec::len).collect();

    let mut out = Vec::new();
    out.extend_from_slice(format::MAGIC);
    out.extend_from_slice(&format::VERSION.to_le_bytes());
    out.extend_from_slice(&(format::SECTIONS as u32).to_le_bytes());
    for s in &sections {
        out.extend_from_slice(&(s.len() as u64).to_le_bytes());
        out.extend_from_slice(s);
    }
    Ok((out, stats))
}

/// Groups the rows by lemma into paradigms and writes the lemma fst.
fn build_lemma_index(c: &mut Compiler, stats: &mut CompileStats) -> Result<Vec<u8>, Error> {
    let mut rows = std::mem::take(&mut c.paradigm_rows);
    rows.sort_unstable();
    rows.dedup();
    // Paradigm offset per raw lemma id.
    let mut paradigm_of = vec![u32::MAX; c.raw_lemmas.list.len()];
    for group in rows.chunk_by(|a, b| a.0 == b.0) {
        let ids: Vec<u32> = group.iter().map(|r| r.1).collect();
        paradigm_of[group[0].0 as usize] = c.pool.list(&ids)?;
    }
    drop(rows);
    // Raw lemmas sorted by their stripped form, then by the raw string for determinism.
    let mut order: Vec<u32> = (0..c.raw_lemmas.list.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (
            &c.raw_lemmas.list[a as usize],
            &c.raw_lemmas.list[b as usize],
        );
        strip_homonym(ra)
            .as_bytes()
            .cmp(strip_homonym(rb).as_bytes())
            .then(ra.cmp(rb))
    });
    let mut builder = fst::MapBuilder::memory();
    for group in order.chunk_by(|&a, &b| {
        strip_homonym(&c.raw_lemmas.list[a as usize])
            == strip_homonym(&c.raw_lemmas.list[b as usize])
    }) {
        let key = strip_homonym(&c.raw_lemmas.list[group[0] as usize]).to_string();
        let mut entries: Vec<u32> = group.iter().map(|&id| paradigm_of[id as usize]).collect();
        entries.dedup();
        let off = c.pool.list(&entries)?;
        builder
            .insert(key.as_bytes(), off as u64)
            .map_err(|e| Error::Compile(e.to_string()))?;
        stats.lemmas += 1;
    }
    builder
        .into_inner()
        .map_err(|e| Error::Compile(e.to_string()))
}

/// Prunes the guesser counts and writes the guesser fst.
fn build_guesser(c: &mut Compiler, stats: &mut CompileStats) -> Result<Vec<u8>, Error> {
    let counts = std::mem::take(&mut c.guess_counts);
    // (key, [(reading id, weight per mille)]) per kept key.
    type Kept = (Vec<u8>, Vec<(u32, u32)>);
    let mut kept: Vec<Kept> = Vec::new();
    for (key, readings) in counts {
        let total: u32 = readings.values().sum();
        let min_total = if key[0] == format::MODEL_PROPER { 3 } else { 8 };
        if total < min_total {
            continue;
        }
        let mut list: Vec<(u32, u32)> = readings.into_iter().collect();
        // Most rows first; reading id breaks ties so the order is deterministic.
        list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.retain(|&(_, n)| n * 20 >= total);
        list.truncate(8);
        let list = list
            .into_iter()
            .map(|(id, n)| (id, n * 1000 / total))
            .collect();
        kept.push((key, list));
    }
    kept.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // A key whose readings equal those of the key one letter shorter adds nothing: the runtime
    // falls back to the shorter key anyway.
    let index: HashMap<&[u8], usize> = kept
        .iter()
        .enumerate()
        .map(|(i, k)| (k.0.as_slice(), i))
        .collect();
    let mut redundant = vec![false; kept.len()];
    for (i, (key, list)) in kept.iter().enumerate() {
        let body = std::str::from_utf8(&key[1..]).unwrap_or("");
        let Some((first, _)) = body.char_indices().nth(1) else {
            continue;
        };
        let mut parent = vec![key[0]];
        parent.extend_from_slice(&body.as_bytes()[first..]);
        if let Some(&p) = index.get(parent.as_slice()) {
            let same = kept[p].1.len() == list.len()
                && kept[p].1.iter().zip(list).all(|(a, b)| a.0 == b.0);
            redundant[i] = same;
        }
    }
    let mut builder = fst::MapBuilder::memory();
    for (i, (key, list)) in kept.iter().enumerate() {
        if redundant[i] {
            continue;
        }
        let flat: Vec<u32> = list.iter().flat_map(|&(id, w)| [id, w]).collect();
        let off = c.pool.list(&flat)?;
        builder
            .insert(key, off as u64)
            .map_err(|e| Error::Compile(e.to_string()))?;
        stats.guess_keys += 1;
    }
    builder
        .into_inner()
        .map_err(|e| Error::Compile(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homonym_suffix_is_stripped() {
        assert_eq!(strip_homonym("Trump:Sm1"), "Trump");
        assert_eq!(strip_homonym("AA:Sm3.n_ncol"), "AA");
        assert_eq!(strip_homonym(":"), ":");
        assert_eq!(strip_homonym("że:M"), "że");
        assert_eq!(strip_homonym("Łódź:Sf"), "Łódź");
        assert_eq!(strip_homonym(""), "");
        assert_eq!(strip_homonym("dom"), "dom");
    }

    #[test]
    fn unsorted_input_is_an_error() {
        let input = "b\tb\tsubst:sg:nom:m3\t\t\na\ta\tsubst:sg:nom:m3\t\t\n";
        assert!(compile(input.as_bytes()).is_err());
    }

    #[test]
    fn bad_row_names_the_line() {
        let input = "a\ta\tsubst:sg:nom:m3\t\t\nb\n";
        let err = compile(input.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
    }
}
