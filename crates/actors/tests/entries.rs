//! Each kind of lexicon entry, on sentences written for these tests: the mention, its base form,
//! type and the actor code on the given date.
mod common;

use common::*;

/// (sentence, mention text, base form, type, actor code) on 2024-03-15.
const CASES: &[(&str, &str, &str, &str, &str)] = &[
    // countries: full, short and inflected names
    (
        "Delegacja udała się do Korei Północnej.",
        "Korei Północnej",
        "Korea Północna",
        "LOC",
        "PRK",
    ),
    (
        "Rozmawiano ze Stanami Zjednoczonymi o handlu.",
        "Stanami Zjednoczonymi",
        "Stany Zjednoczone",
        "LOC",
        "USA",
    ),
    (
        "Sankcje wobec Federacji Rosyjskiej przedłużono.",
        "Federacji Rosyjskiej",
        "Federacja Rosyjska",
        "LOC",
        "RUS",
    ),
    (
        "Eksport do Wielkiej Brytanii spadł.",
        "Wielkiej Brytanii",
        "Wielka Brytania",
        "LOC",
        "GBR",
    ),
    (
        "Minister spotkał się w Niemczech z przedsiębiorcami.",
        "Niemczech",
        "Niemcy",
        "LOC",
        "DEU",
    ),
    // cities (GeoNames) and capitals standing for governments
    (
        "Turyści przylecieli do Krakowa wieczorem.",
        "Krakowa",
        "Kraków",
        "LOC",
        "POL",
    ),
    (
        "Rozmowy w Pekinie trwały dwa dni.",
        "Pekinie",
        "Pekin",
        "LOC",
        "CHNGOV",
    ),
    (
        "Kreml odrzucił te zarzuty.",
        "Kreml",
        "Kreml",
        "ORG",
        "RUSGOV",
    ),
    (
        "Biały Dom nie skomentował sprawy.",
        "Biały Dom",
        "Biały Dom",
        "ORG",
        "USAGOV",
    ),
    (
        "Pentagon wysłał dodatkowe okręty.",
        "Pentagon",
        "Pentagon",
        "ORG",
        "USAMIL",
    ),
    // international organisations and their bodies
    (
        "Inspektorzy MAEA odwiedzili elektrownię.",
        "MAEA",
        "MAEA",
        "ORG",
        "IGOUNOIAE",
    ),
    (
        "Szczyt NATO odbył się w Wilnie.",
        "NATO",
        "NATO",
        "ORG",
        "IGOWSTNAT",
    ),
    (
        "Decyzję poparła Komisja Europejska.",
        "Komisja Europejska",
        "Komisja Europejska",
        "ORG",
        "IGOEUREEC",
    ),
    (
        "Obserwatorzy OBWE opuścili region.",
        "OBWE",
        "OBWE",
        "ORG",
        "IGOEUR",
    ),
    // news agencies and outlets
    (
        "Informację podała agencja TASS.",
        "agencja TASS",
        "agencja TASS",
        "ORG",
        "RUSMED",
    ),
    (
        "Według PAP rozmowy zakończono.",
        "PAP",
        "PAP",
        "ORG",
        "POLMED",
    ),
    (
        "Jak podaje Xinhua, delegacja wróciła.",
        "Xinhua",
        "Xinhua",
        "ORG",
        "CHNMED",
    ),
    // people in office: the office held on the date
    (
        "Wołodymyr Zełenski przemawiał w parlamencie.",
        "Wołodymyr Zełenski",
        "Wołodymyr Zełenski",
        "PER",
        "UKRGOV",
    ),
    (
        "Spotkanie z Siergiejem Ławrowem odwołano.",
        "Siergiejem Ławrowem",
        "Siergiej Ławrow",
        "PER",
        "RUSGOV",
    ),
    (
        "Rozmawiał z Antonym Blinkenem przez telefon.",
        "Antonym Blinkenem",
        "Antony Blinken",
        "PER",
        "USAGOV",
    ),
    (
        "List od Xi Jinpinga dotarł w piątek.",
        "Xi Jinpinga",
        "Xi Jinping",
        "PER",
        "CHNGOV",
    ),
    (
        "Donald Tusk zapowiedział zmiany.",
        "Donald Tusk",
        "Donald Tusk",
        "PER",
        "POLGOV",
    ),
    // inhabitant nouns linked to their country
    (
        "Polacy coraz częściej wyjeżdżają.",
        "Polacy",
        "Polacy",
        "PER",
        "POL",
    ),
];

#[test]
fn lexicon_entries_are_recognised_with_base_type_and_code() {
    let mut failures = Vec::new();
    for (sentence, text, base, kind, code) in CASES {
        let ms = mentions(sentence, date(2024, 3, 15));
        let Some(m) = ms.iter().find(|m| m.text == *text) else {
            failures.push(format!("{sentence}: no `{text}` in {:?}", render(&ms)));
            continue;
        };
        let got = (
            m.base.as_str(),
            m.kind.as_str(),
            m.actor.as_deref().unwrap_or("-"),
        );
        if got != (*base, *kind, *code) {
            failures.push(format!(
                "{sentence}: `{text}` gave {got:?}, expected {:?}",
                (base, kind, code)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// (sentence, mention text, actor code, country, role) on 2024-03-15: role nouns composed
/// with a country word into CAMEO composite codes.
const ROLES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Prezydent Rosji wygłosił orędzie.",
        "Prezydent Rosji",
        "RUSGOV",
        "RUS",
        "GOV",
    ),
    (
        "Rosyjska armia wycofała się z miasta.",
        "Rosyjska armia",
        "RUSMIL",
        "RUS",
        "MIL",
    ),
    (
        "Administracja amerykańska ostrzegła Iran.",
        "Administracja amerykańska",
        "USAGOV",
        "USA",
        "GOV",
    ),
    (
        "Reżim w Pjongjangu przeprowadził test.",
        "Reżim w Pjongjangu",
        "PRKGOV",
        "PRK",
        "GOV",
    ),
    (
        "Chińskie MSZ wezwało ambasadora.",
        "Chińskie MSZ",
        "CHNGOV",
        "CHN",
        "GOV",
    ),
    (
        "Rzecznik Kremla zaprzeczył doniesieniom.",
        "Rzecznik Kremla",
        "RUSGOV",
        "RUS",
        "GOV",
    ),
    (
        "Policja białoruska zatrzymała demonstrantów.",
        "Policja białoruska",
        "BLRCOP",
        "BLR",
        "COP",
    ),
    (
        "Minister obrony Ukrainy przyjechał do Brukseli.",
        "Minister obrony Ukrainy",
        "UKRMIL",
        "UKR",
        "MIL",
    ),
    (
        "Irańscy rebelianci zajęli wioskę.",
        "Irańscy rebelianci",
        "IRNREB",
        "IRN",
        "REB",
    ),
];

#[test]
fn role_nouns_compose_with_country_words() {
    let mut failures = Vec::new();
    for (sentence, text, code, country, role) in ROLES {
        let ms = mentions(sentence, date(2024, 3, 15));
        let Some(m) = ms.iter().find(|m| m.text == *text) else {
            failures.push(format!("{sentence}: no `{text}` in {:?}", render(&ms)));
            continue;
        };
        let got = (m.actor.as_deref(), m.country.as_deref(), m.role.as_deref());
        if got != (Some(*code), Some(*country), Some(*role)) {
            failures.push(format!("{sentence}: `{text}` gave {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_role_with_a_known_person_takes_the_persons_office_on_the_date() {
    let s = "Wczoraj premier Wielkiej Brytanii Boris Johnson spotkał się z dziennikarzami.";
    let ms = mentions(s, date(2020, 5, 1));
    let m = find(&ms, "premier Wielkiej Brytanii Boris Johnson");
    assert_eq!(m.entity.as_deref(), Some("boris-johnson"));
    assert_eq!(m.actor.as_deref(), Some("GBRGOV"));
    assert_eq!(m.base, "premier Wielkiej Brytanii Boris Johnson");
    // Out of office the same person is an elite of his country.
    let ms = mentions("Boris Johnson skrytykował rząd.", date(2024, 3, 1));
    assert_eq!(find(&ms, "Boris Johnson").actor.as_deref(), Some("GBRELI"));
}

#[test]
fn a_surname_alone_finds_the_person_in_office() {
    let ms = mentions(
        "Rozmowę z Szojgu potwierdzono, a Ławrow milczał.",
        date(2023, 7, 26),
    );
    assert_eq!(find(&ms, "Szojgu").actor.as_deref(), Some("RUSMIL"));
    assert_eq!(find(&ms, "Ławrow").entity.as_deref(), Some("sergey-lavrov"));
    // In 2024 Shoigu left defence for the Security Council: the code follows the office.
    let ms = mentions("Szojgu przyleciał do Pekinu.", date(2024, 9, 1));
    assert_eq!(find(&ms, "Szojgu").actor.as_deref(), Some("RUSGOV"));
}

#[test]
fn leaders_beyond_the_big_powers_keep_their_codes() {
    let ms = mentions(
        "Premier Słowacji Robert Fico spotkał się z Aleksandarem Vučiciem i Nikolem Paszynianem.",
        date(2025, 6, 1),
    );
    assert_eq!(
        find(&ms, "Aleksandarem Vučiciem").entity.as_deref(),
        Some("aleksandar-vucic")
    );
    assert_eq!(
        find(&ms, "Aleksandarem Vučiciem").actor.as_deref(),
        Some("SRBGOV")
    );
    assert_eq!(
        find(&ms, "Nikolem Paszynianem").actor.as_deref(),
        Some("ARMGOV")
    );
    // Kosovo is no ISO country: its officials carry CAMEO's KSV in office and out of it.
    let ms = mentions("Albin Kurti skrytykował Belgrad.", date(2025, 6, 1));
    assert_eq!(find(&ms, "Albin Kurti").actor.as_deref(), Some("KSVGOV"));
    let ms = mentions("Albin Kurti skrytykował Belgrad.", date(2020, 9, 1));
    assert_eq!(find(&ms, "Albin Kurti").actor.as_deref(), Some("KSVELI"));
    // Armed groups: the RSF commander after the war began, Hamas's leader before his death.
    let ms = mentions(
        "Hemedti i Ismail Hanija wydali oświadczenia.",
        date(2024, 3, 1),
    );
    assert_eq!(find(&ms, "Hemedti").actor.as_deref(), Some("SDNREB"));
    assert_eq!(find(&ms, "Ismail Hanija").actor.as_deref(), Some("PSEREB"));
}

#[test]
fn demonym_adjectives_stand_for_their_country() {
    let ms = mentions(
        "Po chińskiej inwazji na wyspę rynki spadły.",
        date(2024, 3, 15),
    );
    let m = find(&ms, "chińskiej");
    assert!(m.adjectival);
    assert_eq!(
        (m.country.as_deref(), m.actor.as_deref()),
        (Some("CHN"), Some("CHN"))
    );
}

#[test]
fn cities_carry_coordinates() {
    let ms = mentions(
        "Szczyt odbył się w rosyjskim mieście Władywostok.",
        date(2024, 3, 15),
    );
    let m = find(&ms, "Władywostok");
    let p = m.place.as_ref().expect("a place");
    assert_eq!(
        (p.name.as_str(), p.country.as_str()),
        ("Vladivostok", "RUS")
    );
}

#[test]
fn unknown_names_get_a_type_and_a_base_form() {
    let text = "Premier spotkał się z Janem Kowalskim w Bydgoszczy. Wcześniej rozmawiał z Partią Zielonych.";
    let es = entities(text, date(2024, 3, 15));
    let m = find(&es, "Janem Kowalskim");
    assert_eq!(
        (m.base.as_str(), m.kind.as_str(), m.actor.as_deref()),
        ("Jan Kowalski", "PER", None)
    );
    let m = find(&es, "Partią Zielonych");
    assert_eq!(m.kind.as_str(), "ORG");
    assert_eq!(m.base, "Partia Zielonych");
    // Capitals by position are not names.
    assert!(
        !es.iter()
            .any(|m| m.text == "Wcześniej" || m.text == "Premier"),
        "{:?}",
        render(&es)
    );
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "Źródło: według Reutersa Kijów odrzucił ofertę Moskwy.";
    for m in mentions(text, date(2024, 3, 15)) {
        assert_eq!(&text[m.span.start..m.span.end], m.text, "{m:?}");
    }
}

#[test]
fn party_members_and_inhabitants_are_people() {
    let es = entities(
        "Torysi i Brytyjczycy spierali się z Polakami.",
        date(2019, 3, 1),
    );
    let m = find(&es, "Brytyjczycy");
    assert_eq!(
        (m.kind.as_str(), m.country.as_deref()),
        ("PER", Some("GBR"))
    );
    let m = find(&es, "Polakami");
    assert_eq!(
        (m.base.as_str(), m.country.as_deref()),
        ("Polacy", Some("POL"))
    );
    let m = find(&es, "Torysi");
    assert_eq!(
        (m.kind.as_str(), m.actor.as_deref()),
        ("PER", Some("GBRPTY"))
    );
}

#[test]
fn adjectives_and_opening_words_do_not_become_countries() {
    let es = entities(
        "Polskie firmy rosną. Dane pokazują wzrost. To jest dobre.",
        date(2019, 3, 1),
    );
    assert!(es.is_empty(), "{:?}", render(&es));
    let es = entities(
        "Kurs funta wobec USD i inflacja CPI spadły.",
        date(2019, 3, 1),
    );
    assert!(es.is_empty(), "{:?}", render(&es));
    let es = entities(
        "Wczoraj Amber Rudd mówiła o Cambridge Analytica.",
        date(2019, 3, 1),
    );
    assert_eq!(find(&es, "Amber Rudd").entity, None);
    assert_eq!(find(&es, "Cambridge Analytica").kind.as_str(), "ORG");
}

#[test]
fn a_surname_after_another_first_name_is_another_person() {
    let es = entities(
        "Wczoraj Gina Miller i Amber Rudd spotkały się z Theresą May.",
        date(2019, 3, 1),
    );
    assert_eq!(find(&es, "Gina Miller").entity, None);
    assert_eq!(
        find(&es, "Theresą May").entity.as_deref(),
        Some("theresa-may")
    );
}

#[test]
fn role_phrases_keep_complements_and_take_the_organisations_code() {
    let ms = mentions(
        "Spotkał się z sekretarzem generalnym NATO Jensem Stoltenbergiem.",
        date(2020, 1, 10),
    );
    let m = find(&ms, "sekretarzem generalnym NATO Jensem Stoltenbergiem");
    assert_eq!(m.base, "sekretarz generalny NATO Jens Stoltenberg");
    assert_eq!(m.actor.as_deref(), Some("IGOWSTNAT"));
    let ms = mentions(
        "Ministrowie spraw zagranicznych Francji spotkali się w Tokio.",
        date(2020, 1, 10),
    );
    let m = find(&ms, "Ministrowie spraw zagranicznych Francji");
    assert_eq!(
        (m.base.as_str(), m.actor.as_deref()),
        ("Ministrowie spraw zagranicznych Francji", Some("FRAGOV"))
    );
    assert!(m.plural);
}

#[test]
fn a_name_in_another_case_owns_the_role_rather_than_holding_it() {
    let ms = mentions(
        "Urzędnik administracji Joe Bidena ocenił sytuację.",
        date(2023, 9, 11),
    );
    let m = find(&ms, "Urzędnik administracji Joe Bidena");
    assert_eq!(
        (m.actor.as_deref(), m.entity.as_deref()),
        (Some("USAGOV"), None)
    );
}

#[test]
fn names_glued_by_a_hyphen_are_found_inside_the_token() {
    let text = "Wojna handlowa na linii USA-Chiny trwa.";
    let es = entities(text, date(2019, 3, 1));
    let usa = find(&es, "USA");
    let chn = find(&es, "Chiny");
    assert_eq!(
        (usa.country.as_deref(), chn.country.as_deref()),
        (Some("USA"), Some("CHN"))
    );
    assert_eq!(&text[chn.span.start..chn.span.end], "Chiny");
}

#[test]
fn spokespeople_forces_and_authorities() {
    let text =
        "Rzeczniczka MSZ Rosji Maria Zacharowa skrytykowała Zachód. Siły rosyjskie wycofały się. \
                Talibowie przejęli władzę. Władze Białorusi milczą.";
    let ms = mentions(text, date(2023, 10, 15));
    let m = find(&ms, "Rzeczniczka MSZ Rosji Maria Zacharowa");
    assert_eq!(
        (m.actor.as_deref(), m.entity.as_deref()),
        (Some("RUSGOV"), Some("maria-zakharova"))
    );
    assert_eq!(find(&ms, "Siły rosyjskie").actor.as_deref(), Some("RUSMIL"));
    assert_eq!(
        find(&ms, "Władze Białorusi").actor.as_deref(),
        Some("BLRGOV")
    );
    // "władza" in the singular is power, not the authorities.
    assert!(!ms.iter().any(|m| m.text == "władzę"), "{:?}", render(&ms));
}
