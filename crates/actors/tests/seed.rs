//! The seed article (../shared/seed/article.pl.txt, published 2023-09-11): every actor in it
//! comes out with the right code. The article is third-party text, so it is read from ../shared
//! and the test says plainly when it skips.
mod common;

use common::*;

fn seed() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/article.pl.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("SKIPPED: {path} is absent");
            None
        }
    }
}

#[test]
fn every_seed_actor_has_its_code_on_the_publication_date() {
    let Some(text) = seed() else { return };
    let ms = mentions(&text, date(2023, 9, 11));
    let dump = render(&ms).join("\n");
    eprintln!("{dump}");
    let code = |t: &str| find(&ms, t).actor.clone().unwrap_or_default();
    assert_eq!(code("Kim Dzong Un"), "PRKGOV");
    assert_eq!(code("Kim Dzong Unem"), "PRKGOV");
    assert_eq!(
        code("prezydenta Federacji Rosyjskiej Władimira Putina"),
        "RUSGOV"
    );
    assert_eq!(code("Putin"), "RUSGOV");
    assert_eq!(code("Putinem"), "RUSGOV");
    assert_eq!(code("północnokoreańska agencja KCNA"), "PRKMED");
    assert_eq!(code("Reuters"), "MED");
    assert_eq!(find(&ms, "Reuters").role.as_deref(), Some("MED"));
    assert_eq!(code("administracji amerykańskiej"), "USAGOV");
    assert_eq!(code("Korea Północna"), "PRK");
    assert_eq!(code("Koreę Północną"), "PRK");
    assert_eq!(code("Rosji"), "RUS");
    assert_eq!(code("Moskwy"), "RUSGOV");
    assert_eq!(code("reżim w Pjongjangu"), "PRKGOV");
    let sullivan = find(
        &ms,
        "doradca prezydenta USA ds. bezpieczeństwa narodowego Jake Sullivan",
    );
    assert_eq!(sullivan.actor.as_deref(), Some("USAGOV"));
    assert_eq!(sullivan.entity.as_deref(), Some("jake-sullivan"));
    assert_eq!(code("Jake Sullivan"), "USAGOV");
    assert_eq!(code("Sullivan"), "USAGOV");
    let shoigu = find(&ms, "minister rosyjskiej obrony Sergiej Szojgu");
    assert!(
        matches!(shoigu.actor.as_deref(), Some("RUSMIL" | "RUSGOV")),
        "{shoigu:?}"
    );
    assert_eq!(shoigu.name.as_deref(), Some("Sergei Shoigu"));
    let vla = find(&ms, "Władywostok");
    let place = vla.place.as_ref().expect("Władywostok has coordinates");
    assert_eq!(
        (place.name.as_str(), place.country.as_str()),
        ("Vladivostok", "RUS")
    );
    assert!((place.lat - 43.1).abs() < 0.1 && (place.lon - 131.9).abs() < 0.1);
    assert_eq!(code("Ukrainie"), "UKR");
    assert_eq!(code("Chinami"), "CHN");
    let inv = find(&ms, "rosyjskiej");
    assert!(inv.adjectival);
    assert_eq!(inv.country.as_deref(), Some("RUS"));
}
