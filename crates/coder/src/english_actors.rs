//! English actor mentions: names of the shared actor identities (or of a caller's table),
//! demonyms, and role nouns ("agents") composed with the country or organisation they belong
//! to ("the Russian defence minister", "Russia's foreign ministry", "President Joe Biden").
//!
//! English names do not inflect, so a mention is a sequence of lower-cased tokens (the
//! analyser's lemma stands in for plurals of role nouns: "troops", "soldiers"). That is also the
//! shape of PETRARCH's actor and agent dictionaries, so one matcher serves the built-in lexicon
//! (`dyad_actors::Lexicon::embedded()`, the same identities the Polish coder uses) and a table a
//! caller supplies as [`ActorPattern`]s and [`AgentPattern`]s.

use std::collections::HashMap;
use std::ops::Range;

use dyad_actors::{lexicon::role_of_code, Category, Lexicon};
use dyad_english::{EnSentence, EnToken, Pos};
use dyad_model::{Actor, Lang, Location};
use dyad_text::Tokenizer;
use jiff::civil::Date;

/// One name of an actor in a caller's table: "vladimir putin" coded `RUSGOV` from 2012-05-07.
/// Several patterns with the same words are one actor with codes for different dates; a pattern
/// without dates is the code when no dated one covers the event date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorPattern {
    /// Lower-case tokens as the English tokenizer splits them (`["u.s.", "army"]`).
    pub words: Vec<String>,
    /// CAMEO actor code (`RUSGOV`, `USA`, `IGOUNO`).
    pub code: String,
    /// Canonical name for the output.
    pub name: String,
    /// First day the code applies, if limited.
    pub from: Option<Date>,
    /// Last day the code applies, if limited.
    pub to: Option<Date>,
}

/// A role noun in a caller's table ("minister" → `GOV`, "police" → `COP`): combined with the
/// country or organisation next to it into a composite code (`RUSGOV`), or the role code alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentPattern {
    /// Lower-case tokens ("defense minister"); a token also matches a word whose lemma it is
    /// ("soldier" matches "soldiers") unless `listed_forms_only`.
    pub words: Vec<String>,
    /// Role code, e.g. `GOV`, `MIL`, `COP`.
    pub code: String,
    /// Only the words as written, no other form of them: the table lists the plurals it
    /// allows (PETRARCH's `POLICE {}` has none, so "polices" is no police).
    pub listed_forms_only: bool,
}

/// How a lexicon word constrains the text's capitalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caps {
    /// Anything: role nouns, and caller tables (PETRARCH writes every name in capitals).
    Any,
    /// Capitalised in the text ("Kremlin", "Russian").
    Initial,
    /// An acronym: all capitals ("US", "WHO"), or capitalised when four letters or more ("Nato").
    Upper,
}

/// What an identity is, for composing roles with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Country,
    /// A city or region: stands for its country.
    Place,
    /// A seat of power standing for a government ("Kremlin", "Moscow").
    Seat,
    /// An organisation, international body or news outlet.
    Org,
    Person,
}

#[derive(Debug, Clone)]
struct Office {
    code: String,
    from: Option<Date>,
    to: Option<Date>,
}

impl Office {
    fn covers(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }
}

/// One actor the patterns point at.
#[derive(Debug, Clone)]
struct Identity {
    name: String,
    /// The code that does not depend on the date.
    code: Option<String>,
    /// Codes limited to dates (people's offices).
    offices: Vec<Office>,
    /// The code when no office covers the date and there is no undated code (`USAELI`).
    fallback: Option<String>,
    /// Further undated codes of a name that stands for several actors at once (PETRARCH's
    /// `LORIEN [ELR/GAL]`).
    also: Vec<String>,
    country: Option<String>,
    kind: Kind,
    place: Option<Location>,
}

impl Identity {
    fn office_on(&self, date: Option<Date>) -> Option<&Office> {
        match date {
            Some(d) => self.offices.iter().find(|o| o.covers(d)),
            None => self
                .offices
                .iter()
                .max_by_key(|o| o.to.unwrap_or(Date::MAX)),
        }
    }

    fn code_on(&self, date: Option<Date>) -> Option<String> {
        self.office_on(date)
            .map(|o| o.code.clone())
            .or_else(|| self.code.clone())
            .or_else(|| self.fallback.clone())
    }
}

/// What a pattern finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Name(u32),
    /// A demonym adjective ("Russian") of an identity.
    Demonym(u32),
    /// A noun for its people ("Russians").
    People(u32),
    Agent(u32),
}

#[derive(Debug, Clone)]
struct Agent {
    /// `None`: takes the role of what it is attached to ("Kremlin spokesman" is GOV).
    code: Option<String>,
    gloss: String,
    /// PETRARCH's `NGO~`: the code goes before the actor's (`NGOARN`), not after.
    prefix: bool,
    /// No lemma matching: see [`AgentPattern::listed_forms_only`].
    listed_forms_only: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    words: Vec<String>,
    caps: Vec<Caps>,
    target: Target,
}

/// An English actor mention, before the coder's view gives it cases.
#[derive(Debug, Clone)]
pub(crate) struct EnMention {
    pub tokens: Range<usize>,
    /// The word whose position gives the mention's role (the role noun, or the name's last word).
    pub head: usize,
    pub actor: Actor,
    pub place: Option<Location>,
    /// A demonym standing for its country ("the Russian invasion").
    pub adjectival: bool,
    /// The actor has a code.
    pub coded: bool,
    pub person: bool,
    /// An actor word with a role noun ("Ukrainian officials"), whose role a coordinated actor
    /// word before it shares.
    pub composite: bool,
    /// The further actors a name stands for at once.
    pub also: Vec<Actor>,
}

/// Role nouns that `lexicons/en/actors/roles.tsv` does not have yet and English news uses
/// often; kept here because the actor lexicon belongs to another crate. A caller's agent table
/// replaces them too.
const EXTRA_AGENTS: &[(&str, &str)] = &[
    ("forces", "MIL"),
    ("force", "MIL"),
    ("air force", "MIL"),
    ("military forces", "MIL"),
    ("security forces", "COP"),
    ("coast guard", "MIL"),
    ("warplane", "MIL"),
    ("general", "MIL"),
    ("commander", "MIL"),
    ("defense ministry", "MIL"),
    ("ministry of defense", "MIL"),
    ("ministry of defence", "MIL"),
    ("defence secretary", "MIL"),
    ("chief of staff", "MIL"),
    ("ministry", "GOV"),
    ("foreign office", "GOV"),
    ("interior minister", "GOV"),
    ("interior ministry", "GOV"),
    ("foreign secretary", "GOV"),
    ("deputy foreign minister", "GOV"),
    ("deputy prime minister", "GOV"),
    ("top diplomat", "GOV"),
    ("negotiator", "GOV"),
    ("delegation", "GOV"),
    ("cabinet", "GOV"),
    ("embassy", "GOV"),
    ("premier", "GOV"),
    ("prosecutor", "JUD"),
    ("judge", "JUD"),
    ("supreme court", "JUD"),
    ("senator", "LEG"),
    ("legislator", "LEG"),
    ("state media", "MED"),
    ("state television", "MED"),
    ("state news agency", "MED"),
    ("newspaper", "MED"),
    ("demonstrator", "OPP"),
    ("activist", "OPP"),
    ("resident", "CVL"),
    ("student", "EDU"),
    ("worker", "LAB"),
    ("farmer", "AGR"),
    ("company", "BUS"),
    ("firm", "BUS"),
    ("militant", "REB"),
    ("separatist", "REB"),
    ("fighter", "REB"),
    ("counterpart", "GOV"),
    ("military leader", "MIL"),
    ("military commander", "MIL"),
    ("junta", "MIL"),
    ("gen.", "MIL"),
    ("adm.", "MIL"),
    ("col.", "MIL"),
    ("maj.", "MIL"),
    ("lt.", "MIL"),
    ("sen.", "LEG"),
    ("rep.", "LEG"),
    ("senator", "LEG"),
    ("congressman", "LEG"),
    ("congresswoman", "LEG"),
    ("warship", "MIL"),
    ("naval ship", "MIL"),
    ("secretary-general", "GOV"),
    ("secretary general", "GOV"),
    ("secretary", "GOV"),
    ("chief", "*"),
    ("bank", "BUS"),
    ("artillery", "MIL"),
    ("prisoner of war", "MIL"),
    ("prisoners of war", "MIL"),
    ("news website", "MED"),
    ("website", "MED"),
    ("outlet", "MED"),
    ("news outlet", "MED"),
    ("broadcaster", "MED"),
    ("justice minister", "GOV"),
    ("officer", "MIL"),
    ("police officer", "COP"),
    ("citizen", "CVL"),
    ("national", "CVL"),
    ("supporter", "OPP"),
    ("opposition supporter", "OPP"),
    ("opposition leader", "OPP"),
    ("security service", "SPY"),
    ("intelligence agency", "SPY"),
    ("spy agency", "SPY"),
];

/// Demonyms the shared entity lexicon does not list yet, by lexicon id; kept here because that
/// lexicon belongs to another crate (an entry there wins).
const EXTRA_DEMONYMS: &[(&str, &str)] = &[
    ("PHL", "Philippine"),
    ("PHL", "Filipino"),
    ("NER", "Nigerien"),
    ("KEN", "Kenyan"),
    ("HTI", "Haitian"),
    ("MYS", "Malaysian"),
    ("COL", "Colombian"),
    ("CHL", "Chilean"),
    ("PER", "Peruvian"),
    ("SOM", "Somali"),
    ("TUN", "Tunisian"),
    ("DZA", "Algerian"),
    ("MAR", "Moroccan"),
    ("MLI", "Malian"),
    ("BIH", "Bosnian"),
    ("ALB", "Albanian"),
    ("UZB", "Uzbek"),
    ("KWT", "Kuwaiti"),
    ("OMN", "Omani"),
    ("BHR", "Bahraini"),
    ("BOL", "Bolivian"),
    ("ECU", "Ecuadorian"),
    ("NIC", "Nicaraguan"),
    ("SLV", "Salvadoran"),
    ("GTM", "Guatemalan"),
    ("HND", "Honduran"),
    ("PAN", "Panamanian"),
    ("JAM", "Jamaican"),
    ("UGA", "Ugandan"),
    ("RWA", "Rwandan"),
    ("COD", "Congolese"),
    ("TZA", "Tanzanian"),
    ("GHA", "Ghanaian"),
    ("SEN", "Senegalese"),
    ("CMR", "Cameroonian"),
    ("ZWE", "Zimbabwean"),
    ("MOZ", "Mozambican"),
    ("AGO", "Angolan"),
    ("BGD", "Bangladeshi"),
    ("LKA", "Sri Lankan"),
    ("NPL", "Nepali"),
    ("MMR", "Burmese"),
    ("KHM", "Cambodian"),
    ("LAO", "Laotian"),
    ("SGP", "Singaporean"),
    ("MNG", "Mongolian"),
    ("ISL", "Icelandic"),
    ("CYP", "Cypriot"),
    ("MLT", "Maltese"),
    ("MNE", "Montenegrin"),
    ("MKD", "Macedonian"),
    ("NZL", "New Zealand"),
    ("houthis", "Houthi"),
];

/// Spellings English wires use that the shared lexicon does not list yet, by lexicon id.
const EXTRA_NAMES: &[(&str, &str)] = &[
    ("volodymyr-zelenskyy", "Volodymyr Zelenskiy"),
    ("volodymyr-zelenskyy", "Zelenskiy"),
    ("volodymyr-zelenskyy", "Zelenskyy"),
    ("recep-tayyip-erdogan", "Tayyip Erdogan"),
    ("mohammed-bin-salman", "Crown Prince Mohammed bin Salman"),
];

/// Capitalised words that are not names by themselves.
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "i",
];

/// Words a caller's case-blind pattern must not match when written in lower case ("us", "who").
fn is_function_pos(pos: Pos) -> bool {
    matches!(
        pos,
        Pos::Pronoun
            | Pos::PossessivePronoun
            | Pos::Determiner
            | Pos::Preposition
            | Pos::To
            | Pos::CoordConj
            | Pos::SubConj
            | Pos::Modal
            | Pos::Wh
            | Pos::Existential
            | Pos::Negation
    )
}

fn caps_of(word: &str) -> Caps {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        Caps::Upper
    } else if letters.first().is_some_and(|c| c.is_uppercase()) {
        Caps::Initial
    } else {
        Caps::Any
    }
}

fn fits_caps(caps: Caps, surface: &str) -> bool {
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    let initial = letters.first().is_some_and(|c| c.is_uppercase());
    match caps {
        Caps::Any => true,
        Caps::Initial => initial,
        Caps::Upper => letters.iter().all(|c| c.is_uppercase()) || (initial && letters.len() >= 4),
    }
}

/// Lower-cases a token the way `dyad_english` does (curly apostrophes straightened).
fn lower(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect::<String>()
        .to_lowercase()
        .chars()
        .map(fold)
        .collect()
}

/// Latin letters with diacritics as English news often writes them without ("Erdogan",
/// "Nicolas Maduro", "Lopez Obrador"): names match either way.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ă' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' | 'ḍ' | 'ḑ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
        'ğ' | 'ġ' => 'g',
        // GeoNames' Arabic transliterations ("Rafaḩ", "Khān Yūnis") as the wires spell them.
        'ḩ' | 'ḥ' => 'h',
        'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ő' | 'ø' | 'ō' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' | 'ṣ' => 's',
        'ť' | 'ţ' | 'ț' | 'ṭ' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'ẓ' => 'z',
        other => other,
    }
}

/// A token's lower-case form with diacritics folded (borrowed when there are none).
fn folded(lower: &str) -> std::borrow::Cow<'_, str> {
    if lower.is_ascii() {
        std::borrow::Cow::Borrowed(lower)
    } else {
        std::borrow::Cow::Owned(lower.chars().map(fold).collect())
    }
}

/// The country part of a CAMEO code (`RUS` of `RUSGOV`), for codes that start with one.
fn country_of_code(code: &str) -> Option<String> {
    let head = code.get(..3)?;
    // Role codes ("OPP", "COP") and international prefixes name no country.
    let generic = matches!(head, "IGO" | "NGO" | "MNC" | "UIS" | "IMG")
        || role_of_code(head).is_some_and(|r| r == head);
    (head.bytes().all(|b| b.is_ascii_uppercase()) && !generic).then(|| head.to_owned())
}

/// Finds English actor mentions; immutable and `Send + Sync`.
#[derive(Debug)]
pub(crate) struct EnglishActors {
    identities: Vec<Identity>,
    agents: Vec<Agent>,
    patterns: Vec<Pattern>,
    /// Pattern indices by their first word.
    by_first: HashMap<String, Vec<u32>>,
    /// PETRARCH's composition (a caller's table): codes concatenate, actor code then every
    /// agent's ("HGW" + "GOV" + "MED"), prefixes first ("NGO" + "ARN"); the built-in lexicon
    /// composes one country and one role instead ("RUS" + "MIL").
    concatenate: bool,
}

impl EnglishActors {
    /// Over the built-in actor lexicon (the identities the Polish coder uses, with their
    /// English names, demonyms and offices) and the English role nouns.
    pub(crate) fn builtin() -> Result<EnglishActors, crate::Error> {
        let lexicon = Lexicon::embedded().map_err(|e| crate::Error::Lexicon(e.to_string()))?;
        Ok(EnglishActors::from_lexicon(&lexicon))
    }

    fn from_lexicon(lexicon: &Lexicon) -> EnglishActors {
        let tokenizer = Tokenizer::english();
        let words_of = |phrase: &str| -> (Vec<String>, Vec<Caps>) {
            let tokens = tokenizer.tokens(phrase);
            let surfaces: Vec<&str> = tokens.iter().map(|t| t.span.slice(phrase)).collect();
            (
                surfaces.iter().map(|s| lower(s)).collect(),
                surfaces.iter().map(|s| caps_of(s)).collect(),
            )
        };
        let mut me = EnglishActors {
            identities: Vec::new(),
            agents: Vec::new(),
            patterns: Vec::new(),
            by_first: HashMap::new(),
            concatenate: false,
        };
        let mut by_id: HashMap<&str, u32> = HashMap::new();
        for e in &lexicon.entities {
            let kind = match e.category {
                Category::Country => Kind::Country,
                Category::City | Category::Region => Kind::Place,
                Category::Seat => Kind::Seat,
                Category::Person => Kind::Person,
                _ => Kind::Org,
            };
            let names: Vec<&str> = e.names_in(Lang::En).collect();
            let adjectives: Vec<&str> = e
                .adjectives
                .iter()
                .filter(|(l, _)| *l == Lang::En)
                .map(|(_, a)| a.as_str())
                .collect();
            if names.is_empty() && adjectives.is_empty() {
                continue;
            }
            let id = me.identities.len() as u32;
            by_id.insert(e.id.as_str(), id);
            me.identities.push(Identity {
                name: e.name.clone(),
                code: e.actor.clone(),
                offices: e
                    .offices
                    .iter()
                    .map(|o| Office {
                        code: o.code.clone(),
                        from: Some(o.from),
                        to: o.to,
                    })
                    .collect(),
                fallback: e.country.as_ref().map(|c| format!("{c}ELI")),
                also: Vec::new(),
                country: e.country.clone(),
                kind,
                place: e.place.as_ref().map(|p| Location {
                    text: String::new(),
                    name: p.name.clone(),
                    country: Some(p.country.clone()),
                    lat: Some(p.lat),
                    lon: Some(p.lon),
                }),
            });
            for n in &names {
                let (words, caps) = words_of(n);
                me.add(words, caps, Target::Name(id));
            }
            if kind == Kind::Person {
                if let Some(surname) = surname_alias(&names, e.country.as_deref()) {
                    let (words, caps) = words_of(&surname);
                    me.add(words, caps, Target::Name(id));
                }
            }
            for a in &adjectives {
                let (words, caps) = words_of(a);
                me.add(words.clone(), caps.clone(), Target::Demonym(id));
                // "Russians", "Israelis": the people of a country, from its demonym.
                if a.ends_with('n') || a.ends_with('i') {
                    let mut plural = words;
                    if let Some(last) = plural.last_mut() {
                        last.push('s');
                    }
                    me.add(plural, caps, Target::People(id));
                }
            }
        }
        for (id, name) in EXTRA_NAMES {
            let (Some(e), Some(&ident)) = (lexicon.get(id), by_id.get(id)) else {
                continue;
            };
            if e.names_in(Lang::En).any(|n| n == *name) {
                continue;
            }
            let (words, caps) = words_of(name);
            me.add(words, caps, Target::Name(ident));
        }
        for (id, demonym) in EXTRA_DEMONYMS {
            let (Some(e), Some(&ident)) = (lexicon.get(id), by_id.get(id)) else {
                continue;
            };
            if e.adjectives
                .iter()
                .any(|(l, a)| *l == Lang::En && a == demonym)
            {
                continue;
            }
            let (words, caps) = words_of(demonym);
            me.add(words, caps, Target::Demonym(ident));
        }
        for (lang, role) in &lexicon.roles {
            if *lang != Lang::En {
                continue;
            }
            let (words, _) = words_of(&role.phrase);
            me.add_agent(words, role.code.clone(), role.gloss.clone());
        }
        for (phrase, code) in EXTRA_AGENTS {
            let (words, _) = words_of(phrase);
            if !me.has_agent(&words) {
                let code = (*code != "*").then(|| (*code).to_owned());
                me.add_agent(words, code, (*phrase).to_owned());
            }
        }
        me
    }

    /// Over a caller's table (PETRARCH's dictionaries): names match in any capitalisation.
    pub(crate) fn from_patterns(actors: &[ActorPattern], agents: &[AgentPattern]) -> EnglishActors {
        let mut me = EnglishActors {
            identities: Vec::new(),
            agents: Vec::new(),
            patterns: Vec::new(),
            by_first: HashMap::new(),
            concatenate: true,
        };
        let mut by_words: HashMap<Vec<String>, u32> = HashMap::new();
        for p in actors {
            let words: Vec<String> = p
                .words
                .iter()
                .map(|w| lower(w))
                .filter(|w| !w.is_empty())
                .collect();
            if words.is_empty() || p.code.is_empty() {
                continue;
            }
            let id = *by_words.entry(words.clone()).or_insert_with(|| {
                let id = me.identities.len() as u32;
                let country = country_of_code(&p.code);
                me.identities.push(Identity {
                    name: p.name.clone(),
                    code: None,
                    offices: Vec::new(),
                    fallback: Some(p.code.clone()),
                    also: Vec::new(),
                    kind: if country.is_some() && p.code.len() == 3 {
                        Kind::Country
                    } else {
                        Kind::Org
                    },
                    country,
                    place: None,
                });
                let caps = vec![Caps::Any; words.len()];
                me.add(words.clone(), caps, Target::Name(id));
                id
            });
            let ident = &mut me.identities[id as usize];
            if p.from.is_none() && p.to.is_none() {
                match &ident.code {
                    None => ident.code = Some(p.code.clone()),
                    Some(c) if *c != p.code && !ident.also.contains(&p.code) => {
                        ident.also.push(p.code.clone());
                    }
                    Some(_) => {}
                }
            } else {
                ident.offices.push(Office {
                    code: p.code.clone(),
                    from: p.from,
                    to: p.to,
                });
            }
        }
        for a in agents {
            let words: Vec<String> = a
                .words
                .iter()
                .map(|w| lower(w))
                .filter(|w| !w.is_empty())
                .collect();
            if words.is_empty() {
                continue;
            }
            let prefix = a.code.ends_with('~') && !a.code.starts_with('~');
            let code = a.code.trim_matches('~').to_owned();
            me.add_agent_with(
                words.clone(),
                (!code.is_empty()).then_some(code),
                prefix,
                a.listed_forms_only,
                words.join(" "),
            );
        }
        me
    }

    /// Whether the table is a caller's (PETRARCH's) rather than the built-in lexicon.
    pub(crate) fn is_caller_table(&self) -> bool {
        self.concatenate
    }

    fn add(&mut self, words: Vec<String>, caps: Vec<Caps>, target: Target) {
        let Some(first) = words.first().cloned() else {
            return;
        };
        let index = self.patterns.len() as u32;
        self.patterns.push(Pattern {
            words,
            caps,
            target,
        });
        self.by_first.entry(first).or_default().push(index);
    }

    fn has_agent(&self, words: &[String]) -> bool {
        self.patterns
            .iter()
            .any(|p| matches!(p.target, Target::Agent(_)) && p.words == words)
    }

    fn add_agent(&mut self, words: Vec<String>, code: Option<String>, gloss: String) {
        self.add_agent_with(words, code, false, false, gloss);
    }

    fn add_agent_with(
        &mut self,
        words: Vec<String>,
        code: Option<String>,
        prefix: bool,
        listed_forms_only: bool,
        gloss: String,
    ) {
        let id = self.agents.len() as u32;
        self.agents.push(Agent {
            code,
            gloss,
            prefix,
            listed_forms_only,
        });
        let caps = vec![Caps::Any; words.len()];
        self.add(words, caps, Target::Agent(id));
    }

    /// Whether pattern `p` matches at token `i`; names compare surface forms, role nouns also
    /// lemmas.
    fn matches_at(&self, p: &Pattern, s: &EnSentence, i: usize) -> bool {
        let agent = matches!(p.target, Target::Agent(_));
        let by_lemma = match p.target {
            Target::Agent(id) => !self.agents[id as usize].listed_forms_only,
            _ => false,
        };
        let fits = p.words.iter().enumerate().all(|(k, w)| {
            let Some(t) = s.tokens.get(i + k) else {
                return false;
            };
            let surface = t.token.span.slice(s.text);
            // Role nouns are nouns: "forced" is not "force", "forces" after a subject is a verb.
            let nominal = matches!(t.pos, Pos::Noun | Pos::NounPlural | Pos::ProperNoun);
            let same = (folded(&t.lower) == w.as_str() && !(agent && t.pos.is_verb()))
                || (by_lemma && nominal && t.lemma.to_lowercase() == *w);
            same && fits_caps(p.caps[k], surface)
        });
        // "military aid": a role word used as an adjective is no actor.
        let adjective_use = agent
            && s.tokens
                .get(i + p.words.len() - 1)
                .is_some_and(|t| t.pos == Pos::Adjective)
            && s.tokens
                .get(i + p.words.len())
                .is_some_and(|t| matches!(t.pos, Pos::Noun | Pos::NounPlural));
        fits && !adjective_use && self.plausible(p, s, i)
    }

    /// A case-blind name written in lower case must not be a function word ("us", "who").
    fn plausible(&self, p: &Pattern, s: &EnSentence, i: usize) -> bool {
        if matches!(p.target, Target::Agent(_)) || p.caps.iter().any(|c| *c != Caps::Any) {
            return true;
        }
        let tokens = &s.tokens[i..i + p.words.len()];
        let lower_case = tokens
            .iter()
            .all(|t| !t.token.span.slice(s.text).chars().any(char::is_uppercase));
        !(lower_case && tokens.iter().any(|t| is_function_pos(t.pos)))
    }

    /// The longest pattern starting at token `i` (names before role nouns of the same length).
    fn longest_at(&self, s: &EnSentence, i: usize) -> Option<(usize, Target)> {
        let t = &s.tokens[i];
        let mut best: Option<(usize, Target)> = None;
        let keys = [t.lower.as_ref(), t.lemma.as_ref()];
        let mut seen: Vec<u32> = Vec::new();
        for key in keys {
            let lowered = folded(&key.to_lowercase()).into_owned();
            for &pi in self.by_first.get(&lowered).map_or(&[][..], Vec::as_slice) {
                if seen.contains(&pi) {
                    continue;
                }
                seen.push(pi);
                let p = &self.patterns[pi as usize];
                if !self.matches_at(p, s, i) {
                    continue;
                }
                let len = p.words.len();
                // "Police detained ...": at the sentence start a capital says nothing, and a
                // role noun of the same length beats a name (the Polish town of Police).
                let initial = s.tokens[..i].iter().all(|t| t.pos == Pos::Punct);
                let agent = matches!(p.target, Target::Agent(_));
                let better = match best {
                    None => true,
                    Some((l, tgt)) => {
                        let best_agent = matches!(tgt, Target::Agent(_));
                        len > l || (len == l && best_agent != agent && (agent == initial))
                    }
                };
                if better {
                    best = Some((len, p.target));
                }
            }
        }
        best.or_else(|| self.flag_prefix(t.lower.as_ref()))
    }

    /// "a Portuguese-flagged ship", "an Israeli-owned vessel": a country word before a suffix
    /// of ownership or registry names the owner, as its demonym would.
    fn flag_prefix(&self, lower: &str) -> Option<(usize, Target)> {
        const SUFFIXES: &[&str] = &["-flagged", "-owned", "-registered", "-operated"];
        let prefix = SUFFIXES.iter().find_map(|x| lower.strip_suffix(x))?;
        let key = folded(prefix).into_owned();
        self.by_first.get(&key)?.iter().find_map(|&pi| {
            let p = &self.patterns[pi as usize];
            match p.target {
                Target::Demonym(id) | Target::Name(id) if p.words.len() == 1 => {
                    Some((1, Target::Demonym(id)))
                }
                _ => None,
            }
        })
    }

    /// The actor mentions of one analysed sentence, coded for `date`.
    pub(crate) fn mentions(&self, s: &EnSentence, date: Option<Date>) -> Vec<EnMention> {
        // 1. Pattern matches, longest first at each position, left to right.
        let mut items: Vec<(Range<usize>, Target)> = Vec::new();
        let mut i = 0;
        while i < s.tokens.len() {
            match self.longest_at(s, i) {
                Some((len, target)) => {
                    items.push((i..i + len, target));
                    i += len;
                }
                None => i += 1,
            }
        }
        // 2. Unknown names: runs of capitalised proper nouns no pattern took.
        let covered =
            |k: usize, items: &[(Range<usize>, Target)]| items.iter().any(|(r, _)| r.contains(&k));
        let mut unknown: Vec<Range<usize>> = Vec::new();
        let mut k = 0;
        while k < s.tokens.len() {
            let start = k;
            while k < s.tokens.len() && self.unknown_name_word(s, k) && !covered(k, &items) {
                k += 1;
            }
            if k > start {
                unknown.push(start..k);
            } else {
                k += 1;
            }
        }
        if self.concatenate {
            return self.concatenated(s, date, &items, &unknown);
        }
        // 3. Role nouns composed with their owner and a following name.
        let mut used = vec![false; items.len()];
        let mut used_unknown = vec![false; unknown.len()];
        let mut out: Vec<EnMention> = Vec::new();
        for ai in 0..items.len() {
            let (range, target) = items[ai].clone();
            let Target::Agent(agent) = target else {
                continue;
            };
            if used[ai] {
                continue;
            }
            used[ai] = true;
            out.push(self.compose(
                s,
                date,
                ai,
                range,
                agent,
                &items,
                &mut used,
                &unknown,
                &mut used_unknown,
            ));
        }
        // 4. The rest stand alone.
        for (ii, (range, target)) in items.iter().enumerate() {
            if used[ii] {
                continue;
            }
            match *target {
                Target::Name(id) | Target::People(id) => {
                    let ident = &self.identities[id as usize];
                    let code = ident.code_on(date);
                    let mut place = ident.place.clone();
                    if let Some(p) = &mut place {
                        p.text = text_of(s, range.clone());
                    }
                    out.push(EnMention {
                        tokens: range.clone(),
                        head: range.end - 1,
                        actor: Actor {
                            text: text_of(s, range.clone()),
                            name: ident.name.clone(),
                            role: code.as_deref().and_then(role_of_code),
                            country: ident.country.clone(),
                            actor: code.clone(),
                        },
                        place,
                        adjectival: false,
                        coded: code.is_some(),
                        person: ident.kind == Kind::Person,
                        composite: false,
                        also: Vec::new(),
                    });
                }
                Target::Demonym(id) => {
                    let ident = &self.identities[id as usize];
                    // "Houthi rebels": an organisation's demonym stands for it, a country's
                    // for the country.
                    let code = match ident.kind {
                        Kind::Org | Kind::Seat | Kind::Person => ident.code_on(date),
                        Kind::Country | Kind::Place => {
                            ident.country.clone().or_else(|| ident.code_on(date))
                        }
                    };
                    out.push(EnMention {
                        tokens: range.clone(),
                        head: range.end - 1,
                        actor: Actor {
                            text: text_of(s, range.clone()),
                            name: ident.name.clone(),
                            role: None,
                            country: ident.country.clone(),
                            actor: code.clone(),
                        },
                        place: None,
                        adjectival: true,
                        coded: code.is_some(),
                        person: false,
                        composite: false,
                        also: Vec::new(),
                    });
                }
                Target::Agent(_) => {}
            }
        }
        for (ui, range) in unknown.iter().enumerate() {
            if used_unknown[ui] {
                continue;
            }
            let text = text_of(s, range.clone());
            out.push(EnMention {
                tokens: range.clone(),
                head: range.end - 1,
                actor: Actor {
                    text: text.clone(),
                    name: text,
                    actor: None,
                    country: None,
                    role: None,
                },
                place: None,
                adjectival: false,
                coded: false,
                person: false,
                composite: false,
                also: Vec::new(),
            });
        }
        out.sort_by_key(|m| m.tokens.start);
        extend_left(s, &mut out);
        shared_roles(s, &mut out);
        out
    }

    /// Mentions in PETRARCH's manner: a run of adjacent actor and agent words (through "'s",
    /// and "of"/"in" before an actor) is one actor whose code concatenates the prefix agents'
    /// codes, the actor's code on the date and the other agents' codes; "former" makes the
    /// agents an elite (`ELI`).
    fn concatenated(
        &self,
        s: &EnSentence,
        date: Option<Date>,
        items: &[(Range<usize>, Target)],
        unknown: &[Range<usize>],
    ) -> Vec<EnMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < items.len() {
            let start = items[i].0.start;
            let mut end = items[i].0.end;
            let mut group = vec![i];
            let mut j = i + 1;
            loop {
                let mut at = end;
                let possessive = s.tokens.get(at).is_some_and(|t| t.pos == Pos::Possessive);
                if possessive {
                    at += 1;
                }
                if s.tokens.get(at).is_some_and(|t| t.lower == "former") {
                    at += 1;
                }
                let has_actor = group
                    .iter()
                    .any(|&g| !matches!(items[g].1, Target::Agent(_)));
                // "Ithilen's awful and evil minister": adjectives between an owner's "'s" and
                // its role noun.
                if possessive && has_actor {
                    let mut k = at;
                    while s
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.pos == Pos::Adjective || (k > at && t.lower == "and"))
                    {
                        k += 1;
                    }
                    if k > at
                        && j < items.len()
                        && items[j].0.start == k
                        && matches!(items[j].1, Target::Agent(_))
                    {
                        at = k;
                    }
                }
                if j < items.len() && items[j].0.start == at {
                    let is_actor = !matches!(items[j].1, Target::Agent(_));
                    // "Bree Prime Minister Romendacil": a name right after an owner's role
                    // is the office holder, one actor with the owner's code.
                    let after_role = at == end
                        && group
                            .last()
                            .is_some_and(|&g| matches!(items[g].1, Target::Agent(_)));
                    if is_actor && has_actor && !after_role {
                        break;
                    }
                    group.push(j);
                    end = items[j].0.end;
                    j += 1;
                    continue;
                }
                // "activists in Arnor", "the minister of Gondor", "soldiers from Gondor".
                let linked = !has_actor
                    && s.tokens
                        .get(end)
                        .is_some_and(|t| matches!(t.lower.as_ref(), "of" | "in" | "from"));
                if linked && j < items.len() {
                    let mut k = end + 1;
                    if s.tokens.get(k).is_some_and(|t| t.pos == Pos::Determiner) {
                        k += 1;
                    }
                    if items[j].0.start == k && !matches!(items[j].1, Target::Agent(_)) {
                        group.push(j);
                        end = items[j].0.end;
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            i = j;
            // "Fornost President Umbardacil": an unknown name right after a role is its holder.
            if group
                .last()
                .is_some_and(|&g| matches!(items[g].1, Target::Agent(_)))
            {
                if let Some(r) = unknown.iter().find(|r| r.start == end) {
                    end = r.end;
                }
            }
            let former = (start.saturating_sub(1)..end).any(|k| s.tokens[k].lower == "former");
            let mut prefix = String::new();
            let mut actor: Option<(String, u32)> = None;
            let mut suffixes: Vec<String> = Vec::new();
            for &g in &group {
                match items[g].1 {
                    Target::Agent(a) => {
                        let a = &self.agents[a as usize];
                        let Some(code) = a.code.clone() else { continue };
                        if a.prefix && actor.is_none() {
                            prefix.push_str(&code);
                        } else {
                            suffixes.push(code);
                        }
                    }
                    Target::Name(id) | Target::People(id) | Target::Demonym(id) => {
                        let ident = &self.identities[id as usize];
                        if let Some(code) = ident.code_on(date) {
                            if actor.is_none() {
                                actor = Some((code, id));
                            }
                        }
                    }
                }
            }
            if former && !suffixes.is_empty() {
                suffixes = vec!["ELI".to_owned()];
            }
            let full_code = |a: Option<&str>| {
                let mut code = prefix.clone();
                if let Some(a) = a {
                    code.push_str(a);
                }
                for suffix in &suffixes {
                    if !code.ends_with(suffix.as_str()) {
                        code.push_str(suffix);
                    }
                }
                code
            };
            // A role of no known owner: PETRARCH writes the missing country as `---`.
            let code = match &actor {
                Some((a, _)) => full_code(Some(a)),
                None => full_code(Some("---")),
            };
            let code = if code == "---" { String::new() } else { code };
            let adjectival = group.len() == 1 && matches!(items[group[0]].1, Target::Demonym(_));
            let ident = actor.as_ref().map(|(_, id)| &self.identities[*id as usize]);
            // "The Shire" coded [FRO/BIL/SAM]: the other actors it stands for.
            let text = text_of(s, start..end);
            let also: Vec<Actor> = ident
                .filter(|i| i.office_on(date).is_none())
                .map(|i| {
                    i.also
                        .iter()
                        .map(|a| {
                            let code = full_code(Some(a));
                            Actor {
                                name: i.name.clone(),
                                text: text.clone(),
                                role: role_of_code(&code),
                                country: country_of_code(&code),
                                actor: Some(code),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push(EnMention {
                tokens: start..end,
                head: end - 1,
                actor: Actor {
                    name: ident.map_or_else(|| text.clone(), |i| i.name.clone()),
                    text,
                    role: role_of_code(&code),
                    country: country_of_code(&code),
                    actor: (!code.is_empty()).then_some(code.clone()),
                },
                place: None,
                adjectival,
                coded: !code.is_empty(),
                person: ident.is_some_and(|i| i.kind == Kind::Person),
                composite: ident.is_some_and(|i| i.kind == Kind::Country) && group.len() > 1,
                also,
            });
        }
        for range in unknown {
            if out
                .iter()
                .any(|m| m.tokens.start < range.end && range.start < m.tokens.end)
            {
                continue;
            }
            let text = text_of(s, range.clone());
            out.push(EnMention {
                tokens: range.clone(),
                head: range.end - 1,
                actor: Actor {
                    text: text.clone(),
                    name: text,
                    actor: None,
                    country: None,
                    role: None,
                },
                place: None,
                adjectival: false,
                coded: false,
                person: false,
                composite: false,
                also: Vec::new(),
            });
        }
        out.sort_by_key(|m| m.tokens.start);
        extend_left(s, &mut out);
        shared_roles(s, &mut out);
        out
    }

    fn unknown_name_word(&self, s: &EnSentence, k: usize) -> bool {
        let t: &EnToken = &s.tokens[k];
        let surface = t.token.span.slice(s.text);
        t.pos == Pos::ProperNoun
            && surface.chars().next().is_some_and(char::is_uppercase)
            && !NOT_NAMES.contains(&t.lower.as_ref())
    }

    /// A role noun with the country or organisation it belongs to (before it, or after "of"),
    /// and the name of the person holding it right after it.
    #[allow(clippy::too_many_arguments)]
    fn compose(
        &self,
        s: &EnSentence,
        date: Option<Date>,
        ai: usize,
        range: Range<usize>,
        agent: u32,
        items: &[(Range<usize>, Target)],
        used: &mut [bool],
        unknown: &[Range<usize>],
        used_unknown: &mut [bool],
    ) -> EnMention {
        let a = &self.agents[agent as usize];
        let mut start = range.start;
        let mut end = range.end;
        let mut owner: Option<u32> = None;
        // Before: "Russian", "Russia's", "U.S.", "Kremlin", with up to two adjectives between
        // ("Russia's top diplomat", "the Chinese foreign ministry").
        if ai > 0 && !used[ai - 1] {
            let (prev, target) = &items[ai - 1];
            let mut gap = prev.end..range.start;
            if gap.start < gap.end && s.tokens[gap.start].pos == Pos::Possessive {
                gap.start += 1;
            }
            let gap_ok = gap.len() <= 2
                && gap.clone().all(|k| {
                    matches!(
                        s.tokens[k].pos,
                        Pos::Adjective | Pos::Noun | Pos::VerbPastParticiple
                    )
                })
                && !gap.clone().any(|k| s.tokens[k].pos == Pos::Punct);
            if gap_ok {
                if let Target::Name(id) | Target::Demonym(id) = *target {
                    if self.identities[id as usize].kind != Kind::Person {
                        owner = Some(id);
                        used[ai - 1] = true;
                        start = prev.start;
                    }
                }
            }
        }
        // Another role noun right after: "army officer", "opposition activist", "government
        // forces", "defence ministry spokesman": one actor, the first word's role.
        let mut role_code = a.code.clone();
        let mut gloss = a.gloss.clone();
        let mut head_end = end;
        while let Some(j) = items.iter().position(|(r, _)| r.start == end) {
            let Target::Agent(next) = items[j].1 else {
                break;
            };
            if used[j] {
                break;
            }
            used[j] = true;
            let n = &self.agents[next as usize];
            if role_code.is_none() {
                role_code = n.code.clone();
            }
            gloss = format!("{gloss} {}", n.gloss);
            end = items[j].0.end;
            head_end = end;
        }
        // After: "of Russia", "of the United States".
        if owner.is_none() && s.tokens.get(end).is_some_and(|t| t.lower == "of") {
            let mut k = end + 1;
            if s.tokens.get(k).is_some_and(|t| t.pos == Pos::Determiner) {
                k += 1;
            }
            if let Some(j) = items.iter().position(|(r, _)| r.start == k) {
                if let Target::Name(id) = items[j].1 {
                    if !used[j] && self.identities[id as usize].kind != Kind::Person {
                        owner = Some(id);
                        used[j] = true;
                        end = items[j].0.end;
                    }
                }
            }
        }
        // A name right after the role: "President Joe Biden", "spokesman John Kirby".
        let mut person: Option<(Range<usize>, Option<u32>)> = None;
        if let Some(j) = items.iter().position(|(r, _)| r.start == end) {
            if let Target::Name(id) = items[j].1 {
                if !used[j] && self.identities[id as usize].kind == Kind::Person {
                    used[j] = true;
                    person = Some((items[j].0.clone(), Some(id)));
                }
            }
        }
        if person.is_none() {
            if let Some(j) = unknown.iter().position(|r| r.start == end) {
                used_unknown[j] = true;
                person = Some((unknown[j].clone(), None));
            }
        }
        let mut role = role_code;
        let mut country: Option<String> = None;
        let mut org_actor: Option<String> = None;
        let mut owner_name: Option<String> = None;
        if let Some(id) = owner {
            let o = &self.identities[id as usize];
            owner_name = Some(o.name.clone());
            match o.kind {
                Kind::Country | Kind::Place => country = o.country.clone(),
                Kind::Seat => {
                    country = o.country.clone();
                    if role.is_none() {
                        role = o.code.as_deref().and_then(role_of_code);
                    }
                }
                Kind::Org => {
                    // "NATO envoy", "Hamas fighters": the organisation's own code.
                    org_actor = o.code_on(date);
                }
                Kind::Person => {}
            }
        }
        let role = role.unwrap_or_else(|| "GOV".to_owned());
        let mut code = match (&org_actor, &country) {
            (Some(a), _) => a.clone(),
            (None, Some(c)) => format!("{c}{role}"),
            (None, None) => role.clone(),
        };
        let mut name = match &owner_name {
            Some(o) => format!("{gloss} of {o}"),
            None => gloss.clone(),
        };
        let mut head = head_end - 1;
        let mut is_person = false;
        if let Some((r, id)) = person {
            end = r.end;
            head = r.end - 1;
            is_person = true;
            if let Some(id) = id {
                let p = &self.identities[id as usize];
                name = p.name.clone();
                if date.is_none()
                    || p.office_on(date).is_some()
                    || (owner.is_none() && p.offices.is_empty())
                {
                    if let Some(c) = p.code_on(date) {
                        code = c;
                    }
                }
                if country.is_none() {
                    country = p.country.clone();
                }
            } else {
                name = text_of(s, r);
            }
        }
        if org_actor.is_some()
            && owner.is_some_and(|id| self.identities[id as usize].country.is_none())
        {
            country = None;
        }
        let composite = country.is_some() && org_actor.is_none() && !is_person;
        EnMention {
            tokens: start..end,
            head,
            actor: Actor {
                text: text_of(s, start..end),
                name,
                role: role_of_code(&code).or(Some(role)),
                country: country.or_else(|| country_of_code(&code)),
                actor: Some(code),
            },
            place: None,
            adjectival: false,
            coded: true,
            person: is_person,
            composite,
            also: Vec::new(),
        }
    }
}

/// A mention takes in the determiner and adjectives before it ("the United States", "the evil
/// awful Gondor"), so "Russia and the United States" reads as two coordinated actors.
fn extend_left(s: &EnSentence, out: &mut [EnMention]) {
    for i in 0..out.len() {
        if out[i].adjectival {
            continue;
        }
        let floor = if i > 0 { out[i - 1].tokens.end } else { 0 };
        let mut start = out[i].tokens.start;
        while start > floor
            && out[i].tokens.start - start < 3
            && matches!(s.tokens[start - 1].pos, Pos::Determiner | Pos::Adjective)
            && s.tokens[start - 1].lower != "former"
        {
            start -= 1;
        }
        // Only a run that opens with a determiner, or a list member's ("Evil Mordor, the awful
        // Fornost, and good Gondor"): "northern Israel" stays as it is.
        let list_member = start == 0
            || matches!(s.tokens[start - 1].pos, Pos::CoordConj)
            || (s.tokens[start - 1].lower == "," && i > 0 && out[i - 1].tokens.end + 1 == start);
        if start < out[i].tokens.start
            && (s.tokens[start].pos == Pos::Determiner || (list_member && !out[i].adjectival))
        {
            out[i].tokens.start = start;
        }
    }
}

/// "Polish and Ukrainian officials", "Fornost and Gondor legislators": an actor word
/// coordinated with a following actor-and-role phrase shares its role.
fn shared_roles(s: &EnSentence, out: &mut [EnMention]) {
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (left, right) = out.split_at_mut(i + 1);
        let (m, next) = (&mut left[i], &right[0]);
        let linked = next.tokens.start == m.tokens.end + 1
            && s.tokens
                .get(m.tokens.end)
                .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "or"));
        let (Some(code), Some(next_code), Some(role)) =
            (&m.actor.actor, &next.actor.actor, &next.actor.role)
        else {
            continue;
        };
        // The next phrase must start with its own actor word (a country code before the role).
        let bare_left = m.actor.role.is_none() && !m.person && !m.composite;
        let composite_right =
            next_code.len() > role.len() && next_code.ends_with(role.as_str()) && !next.person;
        // "Ithilen and the government of Gondor": a role before its owner is that owner's.
        let role_first_right = next
            .tokens
            .clone()
            .any(|k| matches!(s.tokens[k].lower.as_ref(), "of" | "in" | "from"));
        if !(linked && bare_left && composite_right && next.composite) || role_first_right {
            continue;
        }
        let owner_len = next_code.len() - role.len();
        let is_prefix_owner = next_code[..owner_len].len() == 3;
        if !is_prefix_owner {
            continue;
        }
        m.actor.actor = Some(format!("{code}{role}"));
        m.actor.role = Some(role.clone());
        m.actor.name = format!("{} {}", m.actor.name, role.to_lowercase());
        m.adjectival = false;
        m.head = next.head.min(m.tokens.end - 1).max(m.tokens.start);
    }
    // "Danish media and government": a bare role coordinated after an owner's role belongs to
    // the same owner.
    for i in 0..out.len().saturating_sub(1) {
        let (left, right) = out.split_at_mut(i + 1);
        let (m, next) = (&left[i], &mut right[0]);
        let linked = next.tokens.start == m.tokens.end + 1
            && s.tokens
                .get(m.tokens.end)
                .is_some_and(|t| matches!(t.lower.as_ref(), "and" | "or"));
        let (Some(code), Some(next_code)) = (&m.actor.actor, &next.actor.actor) else {
            continue;
        };
        let bare_role = next
            .actor
            .role
            .as_ref()
            .is_some_and(|r| *next_code == *r || *next_code == format!("---{r}"))
            && !next.person
            && !next.composite;
        if linked && m.composite && !m.person && code.len() >= 6 && bare_role {
            let owner = &code[..code.len() - 3];
            let role = &next_code[next_code.len() - 3..];
            next.actor.actor = Some(format!("{owner}{role}"));
            next.actor.country = m.actor.country.clone();
            next.composite = true;
        }
    }
    // "the leaders of France and Germany", "the ambassadors of Arnor, Osgiliath and Gondor": a
    // role word before its owner ("leaders of France") extends to the actor words coordinated
    // after it (through commas when the list ends with "and").
    let link = |a: &EnMention, b: &EnMention| -> Option<bool> {
        (b.tokens.start == a.tokens.end + 1)
            .then(|| s.tokens.get(a.tokens.end).map(|t| t.lower.as_ref()))
            .flatten()
            .and_then(|w| match w {
                "and" | "or" => Some(true),
                "," => Some(false),
                _ => None,
            })
    };
    let mut i = 0;
    while i + 1 < out.len() {
        let m = &out[i];
        let role_first = m.composite
            && (m.head + 1 < m.tokens.end
                || m.tokens
                    .clone()
                    .any(|k| matches!(s.tokens[k].lower.as_ref(), "of" | "in" | "from")));
        let Some(role) = m.actor.role.clone().filter(|_| role_first) else {
            i += 1;
            continue;
        };
        let mut chain = Vec::new();
        let mut conjunction = false;
        let mut j = i;
        while j + 1 < out.len() {
            let next = &out[j + 1];
            let bare =
                next.actor.role.is_none() && !next.person && !next.composite && !next.adjectival;
            let code_ok = next.actor.actor.as_ref().is_some_and(|c| c.len() == 3);
            match link(&out[j], next) {
                Some(and) if bare && code_ok => {
                    chain.push(j + 1);
                    j += 1;
                    if and {
                        conjunction = true;
                        break;
                    }
                }
                _ => break,
            }
        }
        if conjunction {
            for &k in &chain {
                let next = &mut out[k];
                let code = next.actor.actor.clone().unwrap_or_default();
                next.actor.actor = Some(format!("{code}{role}"));
                next.actor.role = Some(role.clone());
                next.composite = true;
            }
        }
        i = j.max(i + 1);
    }
}

fn text_of(s: &EnSentence, tokens: Range<usize>) -> String {
    match (
        s.tokens.get(tokens.start),
        tokens.end.checked_sub(1).and_then(|e| s.tokens.get(e)),
    ) {
        (Some(a), Some(b)) => s.text[a.token.span.start..b.token.span.end].to_owned(),
        _ => String::new(),
    }
}

/// The surname alone names a person ("Biden"): the last word of the first full name when every
/// word is capitalised; not for East Asian names, whose family name comes first and is listed.
fn surname_alias(names: &[&str], country: Option<&str>) -> Option<String> {
    let full = names.first()?;
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < 2
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    if matches!(country, Some("PRK" | "KOR" | "CHN" | "VNM")) {
        return None;
    }
    let last = *words.last()?;
    if last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        || last.ends_with('.')
        || names.contains(&last)
    {
        return None;
    }
    Some(last.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_english::English;

    fn codes(
        actors: &EnglishActors,
        text: &str,
        date: Option<Date>,
    ) -> Vec<(String, String, bool)> {
        let english = English::new();
        let s = &english.analyse(text)[0];
        actors
            .mentions(s, date)
            .into_iter()
            .map(|m| {
                (
                    m.actor.text.clone(),
                    m.actor.actor.unwrap_or_else(|| "-".into()),
                    m.adjectival,
                )
            })
            .collect()
    }

    fn has(list: &[(String, String, bool)], text: &str, code: &str) -> bool {
        list.iter().any(|(t, c, _)| t == text && c == code)
    }

    #[test]
    fn builtin_names_demonyms_and_roles() {
        let a = EnglishActors::builtin().unwrap();
        let d = Some(Date::constant(2023, 9, 11));
        let cases = [
            (
                "The Russian defense minister met the Kremlin spokesman.",
                "Russian defense minister",
                "RUSMIL",
            ),
            (
                "Russia's foreign ministry said nothing.",
                "Russia's foreign ministry",
                "RUSGOV",
            ),
            (
                "President Joe Biden spoke to reporters.",
                "President Joe Biden",
                "USAGOV",
            ),
            ("The U.S. military moved ships.", "U.S. military", "USAMIL"),
            ("The Kremlin denied it.", "Kremlin", "RUSGOV"),
            ("Reuters reported the strike.", "Reuters", "MED"),
            ("KCNA said the test succeeded.", "KCNA", "PRKMED"),
            (
                "The foreign minister of China arrived.",
                "foreign minister of China",
                "CHNGOV",
            ),
            ("Officials in Moscow said so.", "Moscow", "RUSGOV"),
            (
                "Russian troops entered the town.",
                "Russian troops",
                "RUSMIL",
            ),
            ("Biden met Zelensky.", "Zelensky", "UKRGOV"),
            ("NATO envoys met in Brussels.", "NATO envoys", "IGOWSTNAT"),
        ];
        for (text, mention, code) in cases {
            let got = codes(&a, text, d);
            assert!(
                has(&got, mention, code),
                "{text}: want {mention} {code}, got {got:?}"
            );
        }
        let got = codes(&a, "The Russian invasion began.", d);
        assert!(
            got.iter()
                .any(|(t, c, adj)| t == "Russian" && c == "RUS" && *adj),
            "{got:?}"
        );
    }

    #[test]
    fn coordinated_actor_words_share_a_role() {
        let a = EnglishActors::builtin().unwrap();
        let got = codes(&a, "Polish and Ukrainian officials met.", None);
        assert!(
            has(&got, "Polish", "POLGOV") && has(&got, "Ukrainian officials", "UKRGOV"),
            "{got:?}"
        );
        // An organisation's own code is no role to share.
        let got = codes(&a, "Qatar mediated between Israel and Hamas.", None);
        assert!(
            has(&got, "Israel", "ISR") && has(&got, "Hamas", "PSEREB"),
            "{got:?}"
        );
    }

    #[test]
    fn a_role_before_its_owner_extends_to_coordinated_owners() {
        let a = EnglishActors::builtin().unwrap();
        let got = codes(&a, "The leaders of France and Germany met.", None);
        assert!(
            has(&got, "leaders of France", "FRAGOV") && has(&got, "Germany", "DEUGOV"),
            "{got:?}"
        );
    }

    #[test]
    fn names_match_without_diacritics_and_in_wire_spellings() {
        let a = EnglishActors::builtin().unwrap();
        let d = Some(Date::constant(2024, 3, 15));
        let got = codes(
            &a,
            "Nicolas Maduro met Andres Manuel Lopez Obrador and Zelenskiy.",
            d,
        );
        assert!(has(&got, "Nicolas Maduro", "VENGOV"), "{got:?}");
        assert!(
            has(&got, "Andres Manuel Lopez Obrador", "MEXGOV"),
            "{got:?}"
        );
        assert!(has(&got, "Zelenskiy", "UKRGOV"), "{got:?}");
    }

    #[test]
    fn offices_follow_the_date() {
        let a = EnglishActors::builtin().unwrap();
        let got = codes(&a, "Joe Biden spoke.", Some(Date::constant(2026, 1, 1)));
        assert!(has(&got, "Joe Biden", "USAELI"), "{got:?}");
        let got = codes(&a, "Joe Biden spoke.", Some(Date::constant(2022, 1, 1)));
        assert!(has(&got, "Joe Biden", "USAGOV"), "{got:?}");
    }

    #[test]
    fn lower_case_function_words_are_not_names() {
        let a = EnglishActors::builtin().unwrap();
        let got = codes(&a, "He told us who did it.", None);
        assert!(got.iter().all(|(_, c, _)| c == "-"), "{got:?}");
    }

    #[test]
    fn caller_tables_replace_the_lexicon() {
        let words = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
        let actors = vec![
            ActorPattern {
                words: words("arnor"),
                code: "ARN".into(),
                name: "Arnor".into(),
                from: None,
                to: None,
            },
            ActorPattern {
                words: words("aragorn"),
                code: "ARNGOV".into(),
                name: "Aragorn".into(),
                from: Some(Date::constant(2000, 1, 1)),
                to: None,
            },
            ActorPattern {
                words: words("aragorn"),
                code: "ARNREB".into(),
                name: "Aragorn".into(),
                from: None,
                to: None,
            },
        ];
        let agents = vec![AgentPattern {
            words: words("police"),
            code: "~COP".into(),
            listed_forms_only: false,
        }];
        let a = EnglishActors::from_patterns(&actors, &agents);
        let got = codes(
            &a,
            "Arnor police arrested Aragorn.",
            Some(Date::constant(2010, 1, 1)),
        );
        assert!(has(&got, "Arnor police", "ARNCOP"), "{got:?}");
        assert!(has(&got, "Aragorn", "ARNGOV"), "{got:?}");
        let got = codes(&a, "Aragorn fled.", Some(Date::constant(1990, 1, 1)));
        assert!(has(&got, "Aragorn", "ARNREB"), "{got:?}");
        // A table that lists its plurals: the lemma stands in for none ("polices").
        let listed = vec![AgentPattern {
            words: words("police"),
            code: "~COP".into(),
            listed_forms_only: true,
        }];
        let exact = EnglishActors::from_patterns(&actors, &listed);
        let got = codes(&exact, "Arnor polices arrested Aragorn.", None);
        assert!(!got.iter().any(|(_, c, _)| c == "ARNCOP"), "{got:?}");
        let got = codes(&a, "Arnor polices arrested Aragorn.", None);
        assert!(has(&got, "Arnor polices", "ARNCOP"), "{got:?}");
        // PETRARCH composes by concatenation: prefixes, the actor, then every agent.
        let actors = vec![
            ActorPattern {
                words: words("arnor"),
                code: "ARN".into(),
                name: "Arnor".into(),
                from: None,
                to: None,
            },
            ActorPattern {
                words: words("quibbler"),
                code: "HGW".into(),
                name: "Quibbler".into(),
                from: None,
                to: None,
            },
        ];
        let agents = vec![
            AgentPattern {
                words: words("msf"),
                code: "NGO~".into(),
                listed_forms_only: false,
            },
            AgentPattern {
                words: words("diplomat"),
                code: "~GOV".into(),
                listed_forms_only: false,
            },
            AgentPattern {
                words: words("government"),
                code: "~GOV".into(),
                listed_forms_only: false,
            },
            AgentPattern {
                words: words("newspaper"),
                code: "~MED".into(),
                listed_forms_only: false,
            },
            AgentPattern {
                words: words("security official"),
                code: "~GOV".into(),
                listed_forms_only: false,
            },
        ];
        let b = EnglishActors::from_patterns(&actors, &agents);
        let got = codes(
            &b,
            "An MSF Arnor diplomat met the Quibbler government newspaper.",
            None,
        );
        assert!(has(&got, "MSF Arnor diplomat", "NGOARNGOV"), "{got:?}");
        assert!(
            has(&got, "Quibbler government newspaper", "HGWGOVMED"),
            "{got:?}"
        );
        let got = codes(&b, "Arnor former security officials met them.", None);
        assert!(
            has(&got, "Arnor former security officials", "ARNELI"),
            "{got:?}"
        );
        // The built-in lexicon is gone.
        let got = codes(&a, "Russia protested.", None);
        assert!(!got.iter().any(|(_, c, _)| c == "RUS"), "{got:?}");
    }
}
