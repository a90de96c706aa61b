//! The analyser: lexicon lookup with case folding, ranking and the guesser.

use std::sync::{Arc, OnceLock};

use fst::Map;

use crate::format::{self, section};
use crate::{Analysis, Error, NameClass, Number, Pos, Tag};

/// The compiled SGJP lexicon, embedded so the binary needs no data files at run time.
static EMBEDDED: &[u8] = include_bytes!("../../../data/morph/sgjp.fst");

/// Bytes of the lexicon: embedded (`'static`) or owned, shared by the three fst maps.
#[derive(Clone)]
pub(crate) enum Store {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

/// A window into the store; what the fst maps read.
#[derive(Clone)]
pub(crate) struct Bytes {
    store: Store,
    start: usize,
    end: usize,
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        let all: &[u8] = match &self.store {
            Store::Static(b) => b,
            Store::Shared(b) => b,
        };
        &all[self.start..self.end]
    }
}

/// How the looked-up form was spelled relative to the input word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fold {
    /// As written.
    Exact,
    /// Lowercased (sentence-initial capital, all-caps headline).
    Lower,
    /// First letter upper, the rest lower (all-caps proper names: `ROSJI` -> `Rosji`).
    Title,
}

/// One reading before its lemma is spelled out: `Copy`, so the throughput path allocates
/// nothing once its [`Scratch`] has grown. [`Analyser::lemma_into`] writes the lemma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The tag.
    pub tag: Tag,
    /// The proper-name class, if any.
    pub name_class: Option<NameClass>,
    /// Produced by the guesser or by the rules for numbers, punctuation and acronyms.
    pub guessed: bool,
    /// SGJP qualifies the form as archaic, rare, dialectal, substandard or similar.
    pub rare: bool,
    /// Which spelling of the word matched.
    pub fold: Fold,
    rule: u32,
    label: u16,
    class: u8,
}

/// Reusable buffers for [`Analyser::lookup`], with a small cache of recent words: news text
/// repeats its function words and names, and a cache hit skips the fst walks.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    form: String,
    lower: String,
    title: String,
    readings: Vec<Reading>,
    keys: Vec<u32>,
    key: Vec<u8>,
    cache: Vec<CacheEntry>,
    /// Which analyser filled the cache (readings are only valid for their own lexicon).
    cache_owner: u64,
    /// Skip the cache (to measure the lexicon itself).
    uncached: bool,
}

/// Slots in the [`Scratch`] cache (direct-mapped by a hash of the word).
const CACHE_SLOTS: usize = 16384;

#[derive(Debug, Default, Clone)]
struct CacheEntry {
    form: String,
    lower: String,
    title: String,
    readings: Vec<Reading>,
}

/// FNV-1a: short words, no allocation, good enough spread for a direct-mapped cache.
fn slot_of(word: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    (h as usize) & (CACHE_SLOTS - 1)
}

/// Runs `f` with this thread's scratch (a fresh one if it is already in use further up).
pub(crate) fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => f(&mut scratch),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// Gives each loaded analyser its own id, so a [`Scratch`] never serves another's readings.
static NEXT_ANALYSER_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Scratch {
    /// A scratch that never caches: every lookup walks the lexicon.
    pub fn uncached() -> Scratch {
        Scratch {
            uncached: true,
            ..Scratch::default()
        }
    }

    /// Forgets the last lookup and holds `form` as its word, for lemmas of guessed readings.
    pub(crate) fn reset_to(&mut self, form: &str) {
        self.form.clear();
        self.form.push_str(form);
        self.lower.clear();
        self.title.clear();
        self.readings.clear();
    }
}

/// The Polish analyser, guesser and generator over a compiled lexicon. Immutable; share it.
#[derive(Clone)]
pub struct Analyser {
    pub(crate) forms: Map<Bytes>,
    pub(crate) lemmas: Map<Bytes>,
    guesses: Map<Bytes>,
    pool: Bytes,
    readings: Bytes,
    tags: Vec<Tag>,
    tag_text: String,
    tag_names: Vec<(u32, u32)>,
    classes: Vec<Option<NameClass>>,
    class_text: String,
    class_names: Vec<(u32, u32)>,
    label_penalty: Vec<u8>,
    append_text: String,
    appends: Vec<(u32, u32)>,
    tag_ign: Option<u16>,
    tag_indecl_m1: Option<u16>,
    tag_indecl_m3: Option<u16>,
    tag_dig: Option<u16>,
    tag_interp: Option<u16>,
    identity_rule: u32,
    id: u64,
}

fn lines(text: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push((start as u32, i as u32));
            start = i + 1;
        }
    }
    out.push((start as u32, text.len() as u32));
    out
}

/// Qualifier labels that make a reading unlikely in news text, with their penalty.
fn label_penalty(label: &str) -> u8 {
    const RARE: [&str; 14] = [
        "daw", "przest", "rzad", "gwar", "arch", "niepopr", "indyw", "reg", "środ", "wulg",
        "slang", "poet", "dziec", "książk",
    ];
    if label.is_empty() {
        0
    } else if RARE.iter().any(|r| label.contains(r)) {
        2
    } else {
        // `hom.` and domain labels (`med.`, `sport.`): ordinary, but second to an unlabelled form.
        1
    }
}

/// Words whose particle reading is far commoner than their conjunction reading.
const PARTICLE_FIRST: [&str; 2] = ["nie", "tylko"];

/// Part-of-speech prior for news text: closed classes and the main open classes first,
/// participles, gerunds and abbreviations later (they shadow commoner homographs).
fn pos_rank(pos: Pos) -> u32 {
    match pos {
        Pos::Prep | Pos::Conj | Pos::Comp | Pos::Interp | Pos::Dig => 0,
        Pos::Part | Pos::Qub | Pos::Ppron12 | Pos::Ppron3 | Pos::Siebie | Pos::Romandig => 1,
        Pos::Subst | Pos::Adj | Pos::Fin | Pos::Praet | Pos::Inf | Pos::Bedzie => 2,
        Pos::Adv | Pos::Num | Pos::Ppas | Pos::Winien | Pos::Pred | Pos::Aglt => 3,
        Pos::Impt | Pos::Imps | Pos::Pcon | Pos::Pant | Pos::Pact => 4,
        Pos::Ger | Pos::AdjA | Pos::AdjP | Pos::AdjC | Pos::NumComp | Pos::PactA => 5,
        Pos::Interj | Pos::Brev | Pos::Burk | Pos::Frag => 6,
        Pos::Depr => 7,
        Pos::Ign => 9,
    }
}

fn is_upper_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

impl Analyser {
    /// The analyser over the lexicon embedded in this crate, loaded once per process.
    pub fn polish() -> &'static Analyser {
        static POLISH: OnceLock<Analyser> = OnceLock::new();
        POLISH.get_or_init(|| {
            // The embedded artefact is checked by this crate's tests and by the compiler's
            // `--check`; failing here means the build shipped a broken file.
            Analyser::from_static(EMBEDDED).expect(
                "embedded data/morph/sgjp.fst is valid (regenerate with dyad-compile-lexicon)",
            )
        })
    }

    /// An analyser over lexicon bytes that live for the whole program (no copy).
    pub fn from_static(bytes: &'static [u8]) -> crate::Result<Analyser> {
        Analyser::load(Store::Static(bytes))
    }

    /// An analyser over lexicon bytes produced by the compiler.
    pub fn from_bytes(bytes: Vec<u8>) -> crate::Result<Analyser> {
        Analyser::load(Store::Shared(Arc::from(bytes)))
    }

    fn load(store: Store) -> crate::Result<Analyser> {
        let all: &[u8] = match &store {
            Store::Static(b) => b,
            Store::Shared(b) => b,
        };
        let bad = |what: &str| Error::BadLexicon(what.to_string());
        if all.len() < 16 || &all[..8] != format::MAGIC {
            return Err(bad("missing magic"));
        }
        let version = u32::from_le_bytes(all[8..12].try_into().map_err(|_| bad("header"))?);
        let count = u32::from_le_bytes(all[12..16].try_into().map_err(|_| bad("header"))?) as usize;
        if version != format::VERSION || count != format::SECTIONS {
            return Err(bad(&format!("version {version} with {count} sections")));
        }
        let mut ranges = Vec::with_capacity(count);
        let mut at = 16usize;
        for _ in 0..count {
            let len_bytes = all
                .get(at..at + 8)
                .ok_or_else(|| bad("truncated section header"))?;
            let len = u64::from_le_bytes(len_bytes.try_into().map_err(|_| bad("header"))?) as usize;
            let start = at + 8;
            let end = start
                .checked_add(len)
                .filter(|&e| e <= all.len())
                .ok_or_else(|| bad("truncated section"))?;
            ranges.push((start, end));
            at = end;
        }
        let bytes = |i: usize| Bytes {
            store: store.clone(),
            start: ranges[i].0,
            end: ranges[i].1,
        };
        let text = |i: usize| -> crate::Result<String> {
            std::str::from_utf8(&all[ranges[i].0..ranges[i].1])
                .map(str::to_string)
                .map_err(|_| bad("section is not UTF-8"))
        };
        let map = |i: usize| Map::new(bytes(i)).map_err(|e| Error::BadLexicon(e.to_string()));

        let tag_text = text(section::TAGS)?;
        let tag_names = lines(&tag_text);
        let mut tags = Vec::with_capacity(tag_names.len());
        for (i, &(a, b)) in tag_names.iter().enumerate() {
            tags.push(Tag::parse(&tag_text[a as usize..b as usize], i as u16)?);
        }
        let class_text = text(section::CLASSES)?;
        let class_names = lines(&class_text);
        let classes = class_names
            .iter()
            .map(|&(a, b)| NameClass::from_sgjp(&class_text[a as usize..b as usize]))
            .collect();
        let label_text = text(section::LABELS)?;
        let label_penalty = lines(&label_text)
            .iter()
            .map(|&(a, b)| label_penalty(&label_text[a as usize..b as usize]))
            .collect();
        let append_text = text(section::APPENDS)?;
        let appends = lines(&append_text);
        let find_tag = |name: &str| {
            tag_names
                .iter()
                .position(|&(a, b)| &tag_text[a as usize..b as usize] == name)
                .map(|i| i as u16)
        };
        // The identity rule is "cut 0, append the empty string"; find the empty string's id.
        let identity_rule = appends.iter().position(|&(a, b)| a == b).unwrap_or(0) as u32;
        Ok(Analyser {
            id: NEXT_ANALYSER_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            identity_rule,
            tag_ign: find_tag("ign"),
            tag_indecl_m1: find_tag("subst:sg:nom.gen.dat.acc.inst.loc.voc:m1"),
            tag_indecl_m3: find_tag("subst:sg:nom.gen.dat.acc.inst.loc.voc:m3"),
            tag_dig: find_tag("dig"),
            tag_interp: find_tag("interp"),
            forms: map(section::FORMS)?,
            lemmas: map(section::LEMMAS)?,
            guesses: map(section::GUESSES)?,
            pool: bytes(section::POOL),
            readings: bytes(section::READINGS),
            tags,
            tag_text,
            tag_names,
            classes,
            class_text,
            class_names,
            label_penalty,
            append_text,
            appends,
        })
    }

    /// The SGJP tag string of `tag` (`subst:sg:gen:f`).
    pub fn tag_str(&self, tag: &Tag) -> &str {
        match self.tag_names.get(tag.id as usize) {
            Some(&(a, b)) => &self.tag_text[a as usize..b as usize],
            None => "ign",
        }
    }

    /// SGJP's own name-class field of a reading (`imię|nazwisko`), empty for common words.
    pub fn class_str(&self, reading: &Reading) -> &str {
        match self.class_names.get(reading.class as usize) {
            Some(&(a, b)) => &self.class_text[a as usize..b as usize],
            None => "",
        }
    }

    /// Number of distinct SGJP tags in the lexicon.
    pub fn tag_count(&self) -> usize {
        self.tags.len()
    }

    pub(crate) fn pool_word(&self, i: usize) -> Option<u32> {
        let b = self.pool.as_ref().get(i * 4..i * 4 + 4)?;
        Some(u32::from_le_bytes(b.try_into().ok()?))
    }

    /// The items of the POOL list at `off`.
    pub(crate) fn pool_list(&self, off: u64) -> impl Iterator<Item = u32> + '_ {
        let off = off as usize;
        let len = self.pool_word(off).unwrap_or(0) as usize;
        (0..len).map_while(move |i| self.pool_word(off + 1 + i))
    }

    /// Decodes reading `id`; `None` for an id outside the table.
    pub(crate) fn reading(&self, id: u32, fold: Fold, guessed: bool) -> Option<Reading> {
        let at = id as usize * format::READING_SIZE;
        let r = self.readings.as_ref().get(at..at + format::READING_SIZE)?;
        let rule = u32::from_le_bytes([r[0], r[1], r[2], r[3]]);
        let tag = u16::from_le_bytes([r[4], r[5]]);
        let label = u16::from_le_bytes([r[6], r[7]]);
        let class = r[8];
        Some(Reading {
            tag: *self.tags.get(tag as usize)?,
            name_class: self.classes.get(class as usize).copied().flatten(),
            guessed,
            rare: self
                .label_penalty
                .get(label as usize)
                .is_some_and(|&p| p >= 2),
            fold,
            rule,
            label,
            class,
        })
    }

    /// Applies reading `r`'s lemma rule to `word`; `false` when the rule does not fit.
    pub(crate) fn apply(&self, word: &str, r: &Reading, out: &mut String) -> bool {
        let rule = format::Rule::unpack(r.rule);
        let append = match self.appends.get(rule.append as usize) {
            Some(&(a, b)) => &self.append_text[a as usize..b as usize],
            None => "",
        };
        format::apply_rule(word, rule.prefix, rule.cut, append, out).is_some() && !out.is_empty()
    }

    fn rank(&self, r: &Reading, particle_first: bool) -> u32 {
        let fold = (r.fold != Fold::Exact) as u32;
        let label = self
            .label_penalty
            .get(r.label as usize)
            .copied()
            .unwrap_or(0) as u32;
        let plural_only = !r.tag.has_number(Number::Sg) && r.tag.numbers != 0;
        // Indeclinable common nouns (`wczoraj` as a noun) are rarer than their homographs, and
        // an indeclinable name (a woman's surname `Siergiej`) than a declined one (`Siergiej`).
        let indeclinable = r.tag.pos == Pos::Subst && r.tag.cases.0 == 0x7f;
        let pos = match (indeclinable, r.name_class.is_none()) {
            (true, true) => 4,
            (true, false) => 3,
            // `nie`, `tylko`: the particle, not the rare conjunction.
            _ if particle_first && r.tag.pos == Pos::Conj => 1,
            _ if particle_first && r.tag.pos == Pos::Part => 0,
            _ => pos_rank(r.tag.pos),
        };
        (fold << 24) | (label << 16) | (pos << 8) | (plural_only as u32)
    }

    fn push_exact(&self, word: &str, fold: Fold, scratch_readings: &mut Vec<Reading>) -> bool {
        let Some(off) = self.forms.get(word) else {
            return false;
        };
        let before = scratch_readings.len();
        for id in self.pool_list(off) {
            if let Some(r) = self.reading(id, fold, false) {
                scratch_readings.push(r);
            }
        }
        scratch_readings.len() > before
    }

    /// All readings of `form`, most likely first, without allocating once `scratch` has grown.
    /// Exact spelling first, then the lowercased (and, for all-caps words, title-cased) spelling,
    /// then the guesser. Lemmas come from [`Analyser::lemma_into`].
    pub fn lookup<'s>(&self, form: &str, scratch: &'s mut Scratch) -> &'s [Reading] {
        if scratch.uncached {
            self.lookup_uncached(form, scratch);
            return &scratch.readings;
        }
        if scratch.cache_owner != self.id {
            scratch.cache.clear();
            scratch.cache_owner = self.id;
        }
        if scratch.cache.is_empty() {
            scratch.cache.resize_with(CACHE_SLOTS, CacheEntry::default);
        }
        let slot = slot_of(form);
        let entry = &scratch.cache[slot];
        if !entry.readings.is_empty() && entry.form == form {
            scratch.form.clone_from(&entry.form);
            scratch.lower.clone_from(&entry.lower);
            scratch.title.clone_from(&entry.title);
            scratch.readings.clone_from(&entry.readings);
            return &scratch.readings;
        }
        self.lookup_uncached(form, scratch);
        let entry = &mut scratch.cache[slot];
        entry.form.clone_from(&scratch.form);
        entry.lower.clone_from(&scratch.lower);
        entry.title.clone_from(&scratch.title);
        entry.readings.clone_from(&scratch.readings);
        &scratch.readings
    }

    fn lookup_uncached(&self, form: &str, scratch: &mut Scratch) {
        scratch.readings.clear();
        scratch.form.clear();
        scratch.form.push_str(form);
        scratch.lower.clear();
        scratch.title.clear();
        if form.is_empty() {
            return;
        }
        let mut found = self.push_exact(form, Fold::Exact, &mut scratch.readings);
        if form.chars().any(char::is_uppercase) {
            scratch
                .lower
                .extend(form.chars().flat_map(char::to_lowercase));
            found |= self.push_exact(&scratch.lower, Fold::Lower, &mut scratch.readings);
            if is_upper_word(form) {
                let mut chars = scratch.lower.chars();
                if let Some(first) = chars.next() {
                    scratch.title.extend(first.to_uppercase());
                    scratch.title.push_str(chars.as_str());
                    found |= self.push_exact(&scratch.title, Fold::Title, &mut scratch.readings);
                }
            }
        }
        if found {
            if scratch.readings.len() > 1 {
                let particle_first = PARTICLE_FIRST
                    .iter()
                    .any(|p| *p == form || (!scratch.lower.is_empty() && *p == scratch.lower));
                scratch.keys.clear();
                scratch.keys.extend(
                    scratch
                        .readings
                        .iter()
                        .map(|r| self.rank(r, particle_first)),
                );
                // Stable insertion sort by rank: lists are short and the lexicon order breaks ties.
                for i in 1..scratch.readings.len() {
                    let mut j = i;
                    while j > 0 && scratch.keys[j - 1] > scratch.keys[j] {
                        scratch.keys.swap(j - 1, j);
                        scratch.readings.swap(j - 1, j);
                        j -= 1;
                    }
                }
            }
        } else {
            self.guess_readings(form, &mut scratch.readings, &mut scratch.key);
        }
    }

    /// Writes the lemma of `reading` (from the last [`Analyser::lookup`] on `scratch`).
    pub fn lemma_into(&self, scratch: &Scratch, reading: &Reading, out: &mut String) {
        let base = match reading.fold {
            Fold::Exact => &scratch.form,
            Fold::Lower => &scratch.lower,
            Fold::Title => &scratch.title,
        };
        if !self.apply(base, reading, out) {
            out.clear();
            out.push_str(base);
        }
    }

    /// All analyses of `form`, most likely first (see [`Analyser::lookup`]).
    /// Uses a per-thread [`Scratch`], so repeated words hit its cache.
    pub fn analyse(&self, form: &str) -> Vec<Analysis> {
        with_scratch(|scratch| self.analyse_with(form, scratch))
    }

    /// [`Analyser::analyse`] reusing `scratch`.
    pub fn analyse_with(&self, form: &str, scratch: &mut Scratch) -> Vec<Analysis> {
        let n = self.lookup(form, scratch).len();
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let r = scratch.readings[i];
            let mut lemma = String::new();
            self.lemma_into(scratch, &r, &mut lemma);
            out.push(Analysis {
                lemma,
                tag: r.tag,
                name_class: r.name_class,
                guessed: r.guessed,
            });
        }
        out
    }

    /// Like [`Analyser::analyse`] but without the guesser: numbers and symbols get the
    /// lexicon's readings or the `dig`/`interp` rule readings, never guessed word readings.
    pub(crate) fn analyse_known(&self, form: &str) -> Vec<Analysis> {
        let mut scratch = Scratch::default();
        let mut readings = Vec::new();
        if !self.push_exact(form, Fold::Exact, &mut readings) {
            self.rule_readings(form, &mut readings);
        }
        scratch.form.push_str(form);
        readings
            .iter()
            .map(|r| {
                let mut lemma = String::new();
                self.lemma_into(&scratch, r, &mut lemma);
                Analysis {
                    lemma,
                    tag: r.tag,
                    name_class: r.name_class,
                    guessed: r.guessed,
                }
            })
            .collect()
    }

    /// Guessed analyses of `form` as if the lexicon lacked it (proper-name model for capitalised
    /// words, common-word model otherwise).
    pub fn guess(&self, form: &str) -> Vec<Analysis> {
        let mut scratch = Scratch::default();
        scratch.form.push_str(form);
        let mut readings = Vec::new();
        self.guess_readings(form, &mut readings, &mut scratch.key);
        readings
            .iter()
            .map(|r| {
                let mut lemma = String::new();
                self.lemma_into(&scratch, r, &mut lemma);
                Analysis {
                    lemma,
                    tag: r.tag,
                    name_class: r.name_class,
                    guessed: true,
                }
            })
            .collect()
    }

    /// A reading with an identity lemma rule and `tag`.
    fn identity(&self, tag: Option<u16>, class: Option<NameClass>) -> Option<Reading> {
        let tag = *self.tags.get(tag? as usize)?;
        Some(Reading {
            tag,
            name_class: class,
            guessed: true,
            rare: false,
            fold: Fold::Exact,
            rule: self.identity_rule,
            label: 0,
            class: 0,
        })
    }

    /// A hyphenated compound SGJP lacks (`polsko-rosyjskiego`, `Środkowo-Wschodniej`) inflects
    /// at its end: the last part's readings, whose rules act on the end of the word, apply to
    /// the whole. `false` when the last part is unknown too.
    fn hyphen_readings(&self, form: &str, out: &mut Vec<Reading>) -> bool {
        let Some((head, last)) = form.rsplit_once('-') else {
            return false;
        };
        if head.is_empty() || last.chars().count() < 2 {
            return false;
        }
        let mut found = Vec::new();
        if !self.push_exact(last, Fold::Exact, &mut found) {
            let lower: String = last.chars().flat_map(char::to_lowercase).collect();
            self.push_exact(&lower, Fold::Exact, &mut found);
        }
        let last_len = last.chars().count() as u32;
        found.sort_by_key(|r| self.rank(r, false));
        let before = out.len();
        for mut r in found {
            let rule = format::Rule::unpack(r.rule);
            if rule.prefix == 0 && rule.cut != format::CUT_ALL && rule.cut <= last_len {
                r.guessed = true;
                out.push(r);
            }
        }
        out.len() > before
    }

    /// `Farage'a` -> lemma `Farage`, genitive/accusative masculine personal: an identity-like
    /// reading whose rule drops the apostrophe and the ending.
    fn apostrophe_reading(&self, form: &str) -> Option<Reading> {
        let (stem, ending) = form.rsplit_once(['\'', '’'])?;
        if stem.is_empty() || !stem.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let (_, tag) = APOSTROPHE_ENDINGS.iter().find(|(e, _)| *e == ending)?;
        let tag = self
            .tag_names
            .iter()
            .position(|&(a, b)| &self.tag_text[a as usize..b as usize] == *tag)?
            as u16;
        let mut r = self.identity(Some(tag), Some(NameClass::Surname))?;
        r.rule = format::Rule {
            prefix: 0,
            cut: ending.chars().count() as u32 + 1,
            append: self.identity_rule & 0xff_ffff,
        }
        .pack();
        Some(r)
    }

    /// Readings by rule for tokens that are not words: numbers, punctuation, symbols.
    fn rule_readings(&self, form: &str, out: &mut Vec<Reading>) -> bool {
        let tag = if form
            .chars()
            .all(|c| c.is_ascii_digit() || ".,:/-".contains(c))
            && form.starts_with(|c: char| c.is_ascii_digit())
        {
            self.tag_dig
        } else if !form.chars().any(char::is_alphanumeric) {
            self.tag_interp
        } else {
            return false;
        };
        if let Some(mut r) = self.identity(tag, None) {
            r.guessed = false;
            out.push(r);
        }
        true
    }

    pub(crate) fn guess_readings(&self, form: &str, out: &mut Vec<Reading>, key: &mut Vec<u8>) {
        if self.rule_readings(form, out) {
            return;
        }
        if is_upper_word(form) || form.chars().any(|c| c.is_ascii_digit()) {
            // Acronyms and codes (`PKW`, `F-16`) do not inflect in writing.
            out.extend(self.identity(self.tag_indecl_m3, Some(NameClass::Organisation)));
            return;
        }
        let capitalised = form.chars().next().is_some_and(char::is_uppercase);
        if self.hyphen_readings(form, out) {
            return;
        }
        if let Some(r) = self.apostrophe_reading(form) {
            // `Farage'a`, `Jeremy'ego`: the ending after the apostrophe is Polish, the name
            // before it is the lemma.
            out.push(r);
            return;
        }
        let model = if capitalised {
            format::MODEL_PROPER
        } else {
            format::MODEL_COMMON
        };
        if capitalised && (indeclinable_foreign(form) || form.chars().count() <= 3) {
            // Transliterated names ending in a vowel + `u` or in `-jgu` (Szojgu, Nehru) are
            // indeclinable, and so are short foreign names (Kim, Un, Xi); SGJP's own `-u`
            // names are mostly genitives of places, which is what the statistics would say.
            out.extend(self.identity(self.tag_indecl_m1, Some(NameClass::Surname)));
        }
        let starts: Vec<usize> = form.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        let is_person = |r: &Reading| {
            matches!(
                r.name_class,
                Some(NameClass::Surname | NameClass::FirstName)
            )
        };
        let first = out.len();
        let mut found = false;
        for k in (1..=format::GUESS_MAX_SUFFIX.min(n.saturating_sub(2))).rev() {
            key.clear();
            key.push(model);
            key.extend_from_slice(&form.as_bytes()[starts[n - k]..]);
            let Some(off) = self.guesses.get(&*key) else {
                continue;
            };
            let before = out.len();
            let mut pool = self.pool_list(off);
            while let (Some(id), Some(_weight)) = (pool.next(), pool.next()) {
                let Some(r) = self.reading(id, Fold::Exact, true) else {
                    continue;
                };
                if found && !is_person(&r) {
                    continue;
                }
                // The same (rule, tag, class) may come with different labels: keep one.
                if !out[first..]
                    .iter()
                    .any(|o| o.rule == r.rule && o.tag == r.tag && o.name_class == r.name_class)
                {
                    out.push(r);
                }
            }
            if out.len() > before {
                if !found && capitalised && !out[first..].iter().any(is_person) && k > 1 {
                    // Unknown capitalised words in news are mostly foreign people (places are
                    // well covered by SGJP): back off to shorter endings for person readings.
                    found = true;
                    continue;
                }
                break;
            }
        }
        // Person readings first, then the rest, each group in model order; plural-only
        // readings of a name last (`Theresy` is Theresa's genitive, not many Theresas).
        if capitalised {
            out[first..].sort_by_key(|r| (!r.tag.has_number(Number::Sg), !is_person(r)));
        }
        if out.is_empty() && capitalised {
            // Too short for the model (`Un`): an indeclinable name.
            out.extend(self.identity(self.tag_indecl_m1, Some(NameClass::OtherProper)));
        }
        if out.is_empty() {
            out.extend(self.identity(self.tag_ign, None));
        }
    }
}

/// Heuristic for foreign indeclinable names (see `guess_readings`): a vowel + `u` or `-jgu`
/// (Szojgu), and `-o`, `-i` or `-e` after a consonant (Castro, Bibi, Vince): Polish nouns in
/// those endings are in SGJP, so an unknown one is most likely foreign.
fn indeclinable_foreign(form: &str) -> bool {
    let tail: Vec<char> = form.chars().rev().take(3).collect();
    match tail.as_slice() {
        ['u', prev, ..] if "aeiouy".contains(*prev) => true,
        ['u', 'g', before] => *before == 'j' || "aeiouy".contains(*before),
        // Not the adjectival genitive `-ego`/`-ogo` (Zełenskiego).
        ['o', 'g', before] => !"eo".contains(*before),
        ['o', ..] => true,
        ['i', prev, ..] => !"aeiouy".contains(*prev),
        // English names in `-e` (Vince, Cable, Grieve); Polish `-ie` endings are inflections.
        ['e', prev, ..] => !"aeiouyąęó".contains(*prev) && *prev != 'i',
        _ => false,
    }
}

/// Polish endings written after an apostrophe on foreign names, with the SGJP tag they mark.
const APOSTROPHE_ENDINGS: [(&str, &str); 7] = [
    ("a", "subst:sg:gen.acc:m1"),
    ("ego", "subst:sg:gen.acc:m1"),
    ("u", "subst:sg:loc:m1"),
    ("owi", "subst:sg:dat:m1"),
    ("emu", "subst:sg:dat:m1"),
    ("em", "subst:sg:inst:m1"),
    ("ie", "subst:sg:loc:m1"),
];

impl std::fmt::Debug for Analyser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyser")
            .field("forms", &self.forms.len())
            .field("lemmas", &self.lemmas.len())
            .field("guesser_keys", &self.guesses.len())
            .field("tags", &self.tags.len())
            .finish()
    }
}

// Compile-time check that the analyser can be shared across threads.
const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Analyser>();
};
