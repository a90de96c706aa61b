//! The actor lexicon: identities (countries, cities, seats of power, organisations, media, people
//! with their offices) and role nouns, read from the human-editable sources in `lexicons/`.
//!
//! An identity is language-neutral: one record holds its names in every language, so the Polish
//! and the English recognisers code "Kim Dzong Un" and "Kim Jong Un" to the same entity.

use std::collections::HashMap;

use dyad_model::Lang;
use jiff::civil::Date;

use crate::source::{parse_date, records, Origin, Record};
use crate::{Error, Result};

/// The kind of a named entity, as BSNLP types them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person.
    Per,
    /// A place: country, region, city.
    Loc,
    /// An organisation, institution, government body, news outlet.
    Org,
    /// A named event (Brexit, the Second World War).
    Evt,
    /// A product (Twitter, iPhone, a newspaper title).
    Pro,
}

impl EntityKind {
    /// The BSNLP type name (`PER`, `LOC`, `ORG`, `EVT`, `PRO`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Per => "PER",
            EntityKind::Loc => "LOC",
            EntityKind::Org => "ORG",
            EntityKind::Evt => "EVT",
            EntityKind::Pro => "PRO",
        }
    }

    /// Parses a BSNLP type name.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "PER" => EntityKind::Per,
            "LOC" => EntityKind::Loc,
            "ORG" => EntityKind::Org,
            "EVT" => EntityKind::Evt,
            "PRO" => EntityKind::Pro,
            _ => return None,
        })
    }
}

/// What an identity is; decides its default entity kind and how it is coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// A state (ISO 3166-1).
    Country,
    /// A city (GeoNames).
    City,
    /// A region, province or part of a country.
    Region,
    /// A seat of power standing for a government (Kreml, Biały Dom, Moskwa as a capital).
    Seat,
    /// An intergovernmental organisation or one of its bodies.
    Igo,
    /// Any other organisation (party, ministry, company, armed group).
    Org,
    /// A news agency or outlet.
    Media,
    /// A person.
    Person,
    /// A named event.
    Event,
    /// A product or brand.
    Product,
}

impl Category {
    fn parse(s: &str) -> Option<Category> {
        Some(match s {
            "country" => Category::Country,
            "city" => Category::City,
            "region" => Category::Region,
            "seat" => Category::Seat,
            "igo" => Category::Igo,
            "org" => Category::Org,
            "media" => Category::Media,
            "person" => Category::Person,
            "event" => Category::Event,
            "product" => Category::Product,
            _ => return None,
        })
    }

    /// The entity kind an identity of this category has unless its record says otherwise.
    pub fn default_kind(self) -> EntityKind {
        match self {
            Category::Country | Category::City | Category::Region => EntityKind::Loc,
            Category::Seat | Category::Igo | Category::Org | Category::Media => EntityKind::Org,
            Category::Person => EntityKind::Per,
            Category::Event => EntityKind::Evt,
            Category::Product => EntityKind::Pro,
        }
    }
}

/// A place with coordinates (GeoNames).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// English name.
    pub name: String,
    /// ISO 3166-1 alpha-3 country.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// An office held from one date to another: the actor code a person has while holding it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// CAMEO actor code (`RUSGOV`, `RUSMIL`, `IGOUNO`).
    pub code: String,
    /// First day in office.
    pub from: Date,
    /// Last day in office; `None` while still in office.
    pub to: Option<Date>,
    /// The office in English ("President"), for people reading the output.
    pub title: String,
}

impl Office {
    /// Whether the office was held on `date`.
    pub fn covers(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }
}

/// One identity with its names in every language.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Lexicon id: alpha-3 for countries, the GeoNames id for cities, a slug otherwise.
    pub id: String,
    /// What it is.
    pub category: Category,
    /// Its BSNLP type.
    pub kind: EntityKind,
    /// Canonical English name.
    pub name: String,
    /// Actor code that does not depend on the date (`RUS`, `RUSGOV` for the Kremlin, `PRKMED`).
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3 country the identity belongs to.
    pub country: Option<String>,
    /// Offices with dates (people only).
    pub offices: Vec<Office>,
    /// Names per language, canonical first.
    pub names: Vec<(Lang, String)>,
    /// Demonym adjectives per language (lemmas: `rosyjski`, `Russian`).
    pub adjectives: Vec<(Lang, String)>,
    /// Nouns for its people per language (lemmas: `Polak`, `Polka`), BSNLP's PER mentions
    /// linked to the country.
    pub inhabitants: Vec<(Lang, String)>,
    /// Where it is, for cities and capitals.
    pub place: Option<Place>,
    /// Population, for cities: the bigger of two namesakes wins.
    pub population: u64,
    /// The record it was read from.
    pub origin: Origin,
}

impl Entity {
    /// The office held on `date`; without a date, the latest office.
    pub fn office_on(&self, date: Option<Date>) -> Option<&Office> {
        match date {
            Some(d) => self.offices.iter().find(|o| o.covers(d)),
            None => self
                .offices
                .iter()
                .max_by_key(|o| o.to.unwrap_or(Date::MAX)),
        }
    }

    /// The actor code valid on `date`. A person out of office (before or after) is coded as an
    /// elite of their country (`USAELI`), as CAMEO does for former officials.
    pub fn actor_on(&self, date: Option<Date>) -> Option<String> {
        if self.category != Category::Person {
            return self.actor.clone();
        }
        if let Some(office) = self.office_on(date) {
            return Some(office.code.clone());
        }
        match (&self.actor, &self.country) {
            (Some(code), _) => Some(code.clone()),
            (None, Some(country)) => Some(format!("{country}ELI")),
            (None, None) => None,
        }
    }

    /// Whether the person held any office on `date` (always true for non-people).
    pub fn in_office(&self, date: Option<Date>) -> bool {
        self.category != Category::Person
            || date.is_none_or(|d| self.offices.iter().any(|o| o.covers(d)))
    }

    /// Names in `lang`.
    pub fn names_in(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.names
            .iter()
            .filter(move |(l, _)| *l == lang)
            .map(|(_, n)| n.as_str())
    }
}

/// The role code part of an actor code: `GOV` in `RUSGOV`, `IGO` for `IGOUNO`, `MED` for `MED`.
pub fn role_of_code(code: &str) -> Option<String> {
    if code.starts_with("IGO") {
        return Some("IGO".into());
    }
    match code.len() {
        3 if is_role_code(code) => Some(code.into()),
        n if n >= 6 => Some(code[3..6].into()),
        _ => None,
    }
}

fn is_role_code(code: &str) -> bool {
    matches!(
        code,
        "GOV"
            | "MIL"
            | "COP"
            | "OPP"
            | "REB"
            | "MED"
            | "BUS"
            | "CVL"
            | "EDU"
            | "JUD"
            | "LEG"
            | "ELI"
            | "SPY"
            | "PTY"
            | "CRM"
            | "REF"
            | "LAB"
            | "AGR"
            | "HLH"
            | "REL"
            | "NGO"
            | "IGO"
            | "HRI"
            | "SEP"
            | "UAF"
            | "INS"
            | "MNC"
    )
}

/// A role noun phrase ("prezydent", "minister obrony", "armia") and the role code it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The phrase as written in the source, nominative.
    pub phrase: String,
    /// Role code; `None` means it takes the role of its complement ("rzecznik armii" is MIL,
    /// "rzecznik Kremla" GOV) and is GOV without one.
    pub code: Option<String>,
    /// What a mention of the role alone is.
    pub kind: EntityKind,
    /// English gloss, used to name the composite actor ("president of Russia").
    pub gloss: String,
    /// Only plural forms are this role ("władze" are the authorities; "władza" is power).
    pub plural_only: bool,
    /// The record it was read from.
    pub origin: Origin,
}

/// One embedded source file.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    /// Path relative to the repository, for error messages.
    pub file: &'static str,
    /// The text.
    pub text: &'static str,
}

macro_rules! source {
    ($path:literal) => {
        Source {
            file: $path,
            text: include_str!(concat!("../../../", $path)),
        }
    };
}

/// The sources compiled into the binary.
pub const COUNTRIES: Source = source!("lexicons/common/actors/countries.tsv");
/// Generated GeoNames cities.
pub const CITIES: Source = source!("lexicons/common/actors/cities.tsv");
/// Hand-written identities: country names and demonyms, seats, organisations, media.
pub const ENTITIES: Source = source!("lexicons/common/actors/entities.tsv");
/// People with offices.
pub const PEOPLE: Source = source!("lexicons/common/actors/people.tsv");
/// Polish role nouns.
pub const ROLES_PL: Source = source!("lexicons/pl/actors/roles.tsv");
/// English role nouns.
pub const ROLES_EN: Source = source!("lexicons/en/actors/roles.tsv");
/// Capitalised words that are never names by themselves.
pub const NOT_NAMES: Source = source!("lexicons/common/actors/not-names.tsv");

/// The whole actor lexicon for every language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// All identities.
    pub entities: Vec<Entity>,
    /// Role nouns per language.
    pub roles: Vec<(Lang, Role)>,
    /// Words that are never names by themselves (USD, PKB), as written.
    pub not_names: Vec<String>,
    by_id: HashMap<String, usize>,
}

const NAME_LABELS: &[&str] = &[
    "en",
    "pl",
    "en-adj",
    "pl-adj",
    "en-people",
    "pl-people",
    "type",
    "geo",
];

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn embedded() -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        lex.add_countries(COUNTRIES)?;
        lex.add_cities(CITIES)?;
        lex.add_entities(ENTITIES)?;
        lex.add_people(PEOPLE)?;
        lex.add_roles(Lang::Pl, ROLES_PL)?;
        lex.add_roles(Lang::En, ROLES_EN)?;
        lex.add_not_names(NOT_NAMES)?;
        lex.validate()?;
        Ok(lex)
    }

    /// The identity with lexicon id `id`.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The index of `id` in [`Lexicon::entities`].
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    fn push(&mut self, entity: Entity) -> Result<()> {
        if let Some(&i) = self.by_id.get(&entity.id) {
            let first = self.entities[i].origin;
            return Err(entity.origin.error(format!(
                "duplicate id `{}` (first at {}:{})",
                entity.id, first.file, first.line
            )));
        }
        self.by_id.insert(entity.id.clone(), self.entities.len());
        self.entities.push(entity);
        Ok(())
    }

    /// Adds the generated ISO 3166-1 countries (`alpha-3 | en: name | pl: names`).
    pub fn add_countries(&mut self, src: Source) -> Result<()> {
        for rec in records(src.file, src.text, NAME_LABELS)? {
            let id = rec.field(0, "alpha-3 code")?;
            check_alpha3(&rec, id)?;
            let names = names_of(&rec);
            let name = rec
                .list("en")
                .first()
                .map(|s| s.to_string())
                .unwrap_or_else(|| id.into());
            self.push(Entity {
                id: id.into(),
                category: Category::Country,
                kind: EntityKind::Loc,
                name,
                actor: Some(id.into()),
                country: Some(id.into()),
                offices: Vec::new(),
                names,
                adjectives: Vec::new(),
                inhabitants: Vec::new(),
                place: None,
                population: 0,
                origin: rec.origin,
            })?;
        }
        Ok(())
    }

    /// Adds the generated cities
    /// (`geonameid | English | country | lat | lon | population | pl: names`).
    pub fn add_cities(&mut self, src: Source) -> Result<()> {
        for rec in records(src.file, src.text, NAME_LABELS)? {
            let id = rec.field(0, "GeoNames id")?;
            let name = rec.field(1, "English name")?;
            let country = rec.field(2, "country")?;
            check_alpha3(&rec, country)?;
            let num = |i: usize, what: &str| -> Result<f64> {
                rec.field(i, what)?
                    .parse()
                    .map_err(|_| rec.origin.error(format!("bad {what}")))
            };
            let (lat, lon, population) = (
                num(3, "latitude")?,
                num(4, "longitude")?,
                num(5, "population")?,
            );
            let mut names = vec![(Lang::En, name.to_string())];
            names.extend(
                rec.list("pl")
                    .into_iter()
                    .map(|n| (Lang::Pl, n.to_string())),
            );
            self.push(Entity {
                id: format!("geo:{id}"),
                category: Category::City,
                kind: EntityKind::Loc,
                name: name.into(),
                actor: Some(country.into()),
                country: Some(country.into()),
                offices: Vec::new(),
                names,
                adjectives: Vec::new(),
                inhabitants: Vec::new(),
                place: Some(Place {
                    name: name.into(),
                    country: country.into(),
                    lat,
                    lon,
                }),
                population: population as u64,
                origin: rec.origin,
            })?;
        }
        Ok(())
    }

    /// Adds hand-written identities:
    /// `id | category | actor | country | en: .. | pl: .. | en-adj: .. | pl-adj: .. | geo: id | type: ORG`.
    /// A country id (alpha-3) already present extends that country: names are added (the first
    /// English one becomes canonical) and demonyms attached. A `geo:` field merges a GeoNames city
    /// into the record (a capital standing for its government keeps the city's coordinates).
    pub fn add_entities(&mut self, src: Source) -> Result<()> {
        for rec in records(src.file, src.text, NAME_LABELS)? {
            let id = rec.field(0, "id")?;
            let cat_s = rec.field(1, "category")?;
            let category = Category::parse(cat_s)
                .ok_or_else(|| rec.origin.error(format!("unknown category `{cat_s}`")))?;
            let actor = rec.optional(2).map(str::to_string);
            let country = rec.optional(3).map(str::to_string);
            if let Some(c) = &country {
                check_alpha3(&rec, c)?;
            }
            let mut names = names_of(&rec);
            let adjectives = adjectives_of(&rec);
            let kind = match rec.list("type").first() {
                Some(t) => EntityKind::parse(t)
                    .ok_or_else(|| rec.origin.error(format!("unknown type `{t}`")))?,
                None => category.default_kind(),
            };
            if category == Category::Country {
                let Some(&i) = self.by_id.get(id) else {
                    return Err(rec
                        .origin
                        .error(format!("`{id}` is not an ISO 3166-1 alpha-3 code")));
                };
                let e = &mut self.entities[i];
                if let Some(en) = rec.list("en").first() {
                    e.name = en.to_string();
                }
                // Hand-written names come first: the first Polish one is the name people use
                // ("Rosja", not iso-codes' "Federacja Rosyjska").
                for n in std::mem::take(&mut e.names) {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                e.names = names;
                e.adjectives.extend(adjectives);
                e.inhabitants.extend(labelled_pairs(&rec, "people"));
                if let Some(a) = actor {
                    e.actor = Some(a);
                }
                continue;
            }
            let mut place = None;
            let mut population = 0;
            if let Some(geo) = rec.list("geo").first() {
                let key = format!("geo:{geo}");
                let Some(&i) = self.by_id.get(&key) else {
                    return Err(rec.origin.error(format!("unknown GeoNames id `{geo}`")));
                };
                // The city's own record stops matching: the seat now speaks for those names.
                let city = &mut self.entities[i];
                place = city.place.clone();
                population = city.population;
                for n in std::mem::take(&mut city.names) {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            let name = rec
                .list("en")
                .first()
                .map(|s| s.to_string())
                .ok_or_else(|| rec.origin.error("an English name (`en:`) is required"))?;
            self.push(Entity {
                id: id.into(),
                category,
                kind,
                name,
                actor,
                country,
                offices: Vec::new(),
                names,
                adjectives,
                inhabitants: labelled_pairs(&rec, "people"),
                place,
                population,
                origin: rec.origin,
            })?;
        }
        Ok(())
    }

    /// Adds people:
    /// `id | country | en: names | pl: names | office: CODE FROM..TO Title; ...`.
    pub fn add_people(&mut self, src: Source) -> Result<()> {
        let labels = ["en", "pl", "office", "actor"];
        for rec in records(src.file, src.text, &labels)? {
            let id = rec.field(0, "id")?;
            let country = rec.optional(1).map(str::to_string);
            if let Some(c) = &country {
                check_alpha3(&rec, c)?;
            }
            let names = names_of(&rec);
            let name = rec
                .list("en")
                .first()
                .map(|s| s.to_string())
                .ok_or_else(|| rec.origin.error("an English name (`en:`) is required"))?;
            let mut offices = Vec::new();
            for o in rec.list("office") {
                offices.push(parse_office(&rec, o)?);
            }
            self.push(Entity {
                id: id.into(),
                category: Category::Person,
                kind: EntityKind::Per,
                name,
                actor: rec.list("actor").first().map(|s| s.to_string()),
                country,
                offices,
                names,
                adjectives: Vec::new(),
                inhabitants: Vec::new(),
                place: None,
                population: 0,
                origin: rec.origin,
            })?;
        }
        Ok(())
    }

    /// Adds role nouns: `phrase | role code or * | type | English gloss [| pl]` (`pl`: only
    /// plural forms are the role).
    pub fn add_roles(&mut self, lang: Lang, src: Source) -> Result<()> {
        for rec in records(src.file, src.text, &[])? {
            let phrase = rec.field(0, "phrase")?;
            let code = rec.field(1, "role code (or *)")?;
            let code = match code {
                "*" => None,
                c if is_role_code(c) => Some(c.to_string()),
                c => return Err(rec.origin.error(format!("unknown role code `{c}`"))),
            };
            let kind_s = rec.field(2, "type")?;
            let kind = EntityKind::parse(kind_s)
                .ok_or_else(|| rec.origin.error(format!("unknown type `{kind_s}`")))?;
            let gloss = rec.field(3, "English gloss")?;
            let plural_only = match rec.optional(4) {
                None => false,
                Some("pl") => true,
                Some(x) => {
                    return Err(rec
                        .origin
                        .error(format!("unknown flag `{x}` (expected `pl`)")))
                }
            };
            self.roles.push((
                lang,
                Role {
                    phrase: phrase.into(),
                    code,
                    kind,
                    gloss: gloss.into(),
                    plural_only,
                    origin: rec.origin,
                },
            ));
        }
        Ok(())
    }

    /// Adds words that are never names by themselves: one a line.
    pub fn add_not_names(&mut self, src: Source) -> Result<()> {
        for rec in records(src.file, src.text, &[])? {
            let word = rec.field(0, "word")?;
            if rec.fields.len() > 1 {
                return Err(rec.origin.error("one word a line"));
            }
            self.not_names.push(word.to_string());
        }
        Ok(())
    }

    /// Cross-record checks: every country a record names exists.
    fn validate(&self) -> Result<()> {
        for e in &self.entities {
            if let Some(c) = &e.country {
                if self.get(c).is_none_or(|x| x.category != Category::Country) {
                    return Err(e.origin.error(format!("unknown country `{c}`")));
                }
            }
        }
        Ok(())
    }
}

fn check_alpha3(rec: &Record, code: &str) -> Result<()> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(rec
            .origin
            .error(format!("`{code}` is not an alpha-3 country code")))
    }
}

fn names_of(rec: &Record) -> Vec<(Lang, String)> {
    let mut names = Vec::new();
    for (label, lang) in [("en", Lang::En), ("pl", Lang::Pl)] {
        for n in rec.list(label) {
            let n = (lang, n.to_string());
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
}

fn adjectives_of(rec: &Record) -> Vec<(Lang, String)> {
    labelled_pairs(rec, "adj")
}

/// Values of `en-<kind>:` and `pl-<kind>:` fields with their language.
fn labelled_pairs(rec: &Record, kind: &str) -> Vec<(Lang, String)> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Pl] {
        let label = format!("{}-{kind}", lang.code());
        out.extend(rec.list(&label).into_iter().map(|a| (lang, a.to_string())));
    }
    out
}

/// `RUSGOV 2012-05-07.. President` or `USAGOV 2021-01-20..2025-01-20 National Security Advisor`.
fn parse_office(rec: &Record, s: &str) -> Result<Office> {
    let mut parts = s.splitn(3, ' ');
    let code = parts.next().unwrap_or_default();
    let valid_code = code.len() >= 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    if !valid_code {
        return Err(rec
            .origin
            .error(format!("bad actor code `{code}` in office `{s}`")));
    }
    let range = parts.next().ok_or_else(|| {
        rec.origin
            .error(format!("office `{s}` needs dates FROM..TO"))
    })?;
    let (from, to) = range.split_once("..").ok_or_else(|| {
        rec.origin
            .error(format!("office dates `{range}` need `..`"))
    })?;
    let from = parse_date(rec.origin, from, true)?;
    let to = if to.is_empty() {
        None
    } else {
        Some(parse_date(rec.origin, to, false)?)
    };
    if to.is_some_and(|t| t < from) {
        return Err(rec
            .origin
            .error(format!("office `{s}` ends before it starts")));
    }
    Ok(Office {
        code: code.into(),
        from,
        to,
        title: parts.next().unwrap_or_default().trim().into(),
    })
}

impl Error {
    /// Whether the error points at a lexicon source line.
    pub fn is_source(&self) -> bool {
        matches!(self, Error::Source { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &'static str) -> Source {
        Source {
            file: "test.tsv",
            text,
        }
    }

    #[test]
    fn embedded_lexicon_loads() {
        let lex = Lexicon::embedded().unwrap();
        let rus = lex.get("RUS").unwrap();
        assert_eq!(rus.name, "Russia");
        assert!(rus.names_in(Lang::Pl).any(|n| n == "Rosja"));
        assert!(rus.adjectives.contains(&(Lang::Pl, "rosyjski".into())));
        let vla = lex
            .entities
            .iter()
            .find(|e| e.name == "Vladivostok")
            .unwrap();
        assert_eq!(vla.country.as_deref(), Some("RUS"));
        assert!((vla.place.as_ref().unwrap().lat - 43.1).abs() < 0.1);
    }

    #[test]
    fn offices_give_the_code_valid_on_the_date() {
        let lex = Lexicon::embedded().unwrap();
        let sullivan = lex.get("jake-sullivan").unwrap();
        assert_eq!(
            sullivan
                .actor_on(Some(Date::constant(2023, 9, 11)))
                .as_deref(),
            Some("USAGOV")
        );
        assert_eq!(
            sullivan
                .actor_on(Some(Date::constant(2026, 1, 1)))
                .as_deref(),
            Some("USAELI")
        );
        let shoigu = lex.get("sergei-shoigu").unwrap();
        assert_eq!(
            shoigu
                .actor_on(Some(Date::constant(2023, 7, 26)))
                .as_deref(),
            Some("RUSMIL")
        );
        let putin = lex.get("vladimir-putin").unwrap();
        assert_eq!(
            putin.actor_on(Some(Date::constant(2023, 9, 11))).as_deref(),
            Some("RUSGOV")
        );
    }

    #[test]
    fn bad_records_name_file_and_line() {
        let mut lex = Lexicon::default();
        let err = lex
            .add_people(src(
                "# people\nx | RUS | en: X | office: RUSGOV 2020-01-01..2019-01-01\n",
            ))
            .unwrap_err();
        assert!(err.to_string().starts_with("test.tsv:2:"), "{err}");
        let err = lex
            .add_people(src("x | RUS | en: X | office: RUSGOV 2020-02-30..\n"))
            .unwrap_err();
        assert!(err.to_string().contains("bad date"), "{err}");
        let err = lex.add_people(src("x | Russia | en: X\n")).unwrap_err();
        assert!(err.to_string().contains("alpha-3"), "{err}");
        let err = lex
            .add_roles(Lang::Pl, src("prezydent | BOSS | PER | president\n"))
            .unwrap_err();
        assert!(err.to_string().contains("BOSS"), "{err}");
        let err = lex
            .add_entities(src("\n\nx | planet | - | - | en: Mars\n"))
            .unwrap_err();
        assert!(err.to_string().starts_with("test.tsv:3:"), "{err}");
        let mut lex = Lexicon::default();
        lex.add_people(src("a | - | en: A\n")).unwrap();
        let err = lex.add_people(src("\na | - | en: A\n")).unwrap_err();
        assert!(err.to_string().contains("duplicate id"), "{err}");
    }

    #[test]
    fn role_codes_split_from_actor_codes() {
        assert_eq!(role_of_code("RUSGOV").as_deref(), Some("GOV"));
        assert_eq!(role_of_code("PRKMED").as_deref(), Some("MED"));
        assert_eq!(role_of_code("IGOUNO").as_deref(), Some("IGO"));
        assert_eq!(role_of_code("MED").as_deref(), Some("MED"));
        assert_eq!(role_of_code("RUS"), None);
    }
}
