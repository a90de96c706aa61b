//! Table tests for the guesser, the generator and base forms of names.

use dyad_morph::{Analyser, Case, Gender, NameClass, Number, Pos, TagFilter};

#[test]
fn guesser_on_names_sgjp_lacks() {
    let analyser = Analyser::polish();
    // (form, expected best lemma, a case the best reading must allow)
    let table = [
        ("Szojgu", "Szojgu", Some(Case::Nom)),
        ("Zełenskiego", "Zełenski", Some(Case::Gen)),
        ("Bidena", "Biden", Some(Case::Gen)),
        ("Jinpinga", "Jinping", Some(Case::Gen)),
        ("Unem", "Un", Some(Case::Inst)),
        ("Farage'a", "Farage", Some(Case::Gen)),
        // Genitive or accusative: the word alone does not say.
        ("polsko-rosyjskiego", "polsko-rosyjski", None),
    ];
    for (form, lemma, case) in table {
        let analyses = analyser.analyse(form);
        let best = &analyses[0];
        assert!(best.guessed, "{form} should be guessed: {best:?}");
        assert_eq!(best.lemma, lemma, "{form}: {analyses:?}");
        assert!(
            case.is_none_or(|c| best.tag.has_case(c)),
            "{form}: {:?}",
            best.tag
        );
        assert!(
            best.name_class.is_some() || !form.starts_with(char::is_uppercase),
            "{form}: {best:?}"
        );
    }
}

#[test]
fn known_words_are_not_guessed() {
    let analyser = Analyser::polish();
    for form in ["Putina", "Rosji", "prezydenta", "ROSJI", "Warszawa"] {
        let analyses = analyser.analyse(form);
        assert!(
            !analyses.is_empty() && analyses.iter().all(|a| !a.guessed),
            "{form}: {analyses:?}"
        );
    }
    assert_eq!(
        analyser.analyse("Rosji")[0].name_class,
        Some(NameClass::Geographic)
    );
}

#[test]
fn generator_gives_requested_forms() {
    let analyser = Analyser::polish();
    let table = [
        ("Rosja", Pos::Subst, Case::Gen, Number::Sg, None, "Rosji"),
        ("Putin", Pos::Subst, Case::Inst, Number::Sg, None, "Putinem"),
        (
            "północny",
            Pos::Adj,
            Case::Nom,
            Number::Sg,
            Some(Gender::F),
            "północna",
        ),
        ("dzień", Pos::Subst, Case::Loc, Number::Pl, None, "dniach"),
        ("udać", Pos::Fin, Case::Nom, Number::Sg, None, ""),
    ];
    for (lemma, pos, case, number, gender, want) in table {
        let filter = TagFilter {
            pos: Some(pos),
            case: Some(case),
            number: Some(number),
            gender,
            ..TagFilter::default()
        };
        let forms: Vec<String> = analyser
            .generate(lemma, &filter)
            .into_iter()
            .map(|g| g.form)
            .collect();
        if want.is_empty() {
            assert!(
                forms.is_empty(),
                "{lemma}: finite verbs have no case: {forms:?}"
            );
        } else {
            assert!(
                forms.iter().any(|f| f == want),
                "{lemma} {case:?} {number:?}: {forms:?}"
            );
        }
    }
    assert!(analyser
        .generate("niemasztakiegosłowa", &TagFilter::default())
        .is_empty());
}

#[test]
fn names_back_to_the_nominative() {
    let analyser = Analyser::polish();
    let table = [
        ("Korei Północnej", "Korea Północna"),
        ("Federacji Rosyjskiej", "Federacja Rosyjska"),
        ("Donalda Trumpa", "Donald Trump"),
        ("Parlamencie Europejskim", "Parlament Europejski"),
        ("Unii Europejskiej", "Unia Europejska"),
        ("Białym Domu", "Biały Dom"),
        (
            "Ministerstwa Spraw Zagranicznych",
            "Ministerstwo Spraw Zagranicznych",
        ),
        ("Stanów Zjednoczonych", "Stany Zjednoczone"),
        ("Stany Zjednoczone", "Stany Zjednoczone"),
        ("Sądu Najwyższego", "Sąd Najwyższy"),
        ("Władimira Putina", "Władimir Putin"),
        ("Rosji", "Rosja"),
        ("Zełenskiego", "Zełenski"),
        ("NATO", "NATO"),
    ];
    for (mention, want) in table {
        let words: Vec<&str> = mention.split(' ').collect();
        assert_eq!(analyser.base_form(&words), want, "{mention}");
    }
    let names = [
        ("brexitu", "Brexit"),
        ("torysów", "torysi"),
        ("Polaków", "Polacy"),
        ("Polski", "Polska"),
        ("Niemcami", "Niemcy"),
        ("Tony Blair", "Tony Blair"),
        ("Theresy May", "Theresa May"),
        ("Borisa Johnsona", "Boris Johnson"),
        ("Prawa i Sprawiedliwości", "Prawo i Sprawiedliwość"),
        ("W. Brytanii", "W. Brytania"),
        ("Europy Środkowo-Wschodniej", "Europa Środkowo-Wschodnia"),
        ("DUP", "DUP"),
    ];
    assert_eq!(analyser.base_form(&[]), "");
    assert_eq!(analyser.name_base_form(&[""]), "");
    for (mention, want) in names {
        let words: Vec<&str> = mention.split(' ').collect();
        assert_eq!(analyser.name_base_form(&words), want, "{mention}");
    }
}

#[test]
fn lexicon_loads_fast_enough_in_debug() {
    // The release figure is measured by scripts/bench_morph.sh; debug only bounds it loosely.
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/morph/sgjp.fst"
    ))
    .unwrap();
    assert!(
        bytes.len() < 25 * 1024 * 1024,
        "lexicon is {} bytes",
        bytes.len()
    );
    let started = std::time::Instant::now();
    let analyser = Analyser::from_bytes(bytes).unwrap();
    assert!(started.elapsed().as_secs_f64() < 2.0);
    assert!(analyser.tag_count() > 500);
}

#[test]
fn corrupt_lexicon_is_an_error() {
    assert!(Analyser::from_bytes(b"not a lexicon".to_vec()).is_err());
    let mut bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/morph/sgjp.fst"
    ))
    .unwrap();
    bytes.truncate(bytes.len() / 2);
    assert!(Analyser::from_bytes(bytes).is_err());
}

#[test]
fn cached_lookups_equal_fresh_ones() {
    let analyser = Analyser::polish();
    let words = [
        "Rosji", "ROSJI", "uda", "Bidena", "w", "Rosji", "uda", "ROSJI", "Kim", "kim",
    ];
    let mut shared = dyad_morph::Scratch::default();
    for word in words {
        let cached: Vec<String> = {
            let readings = analyser.lookup(word, &mut shared).to_vec();
            readings
                .iter()
                .map(|r| {
                    let mut lemma = String::new();
                    analyser.lemma_into(&shared, r, &mut lemma);
                    format!("{lemma} {}", analyser.tag_str(&r.tag))
                })
                .collect()
        };
        let fresh: Vec<String> = analyser
            .analyse_with(word, &mut dyad_morph::Scratch::default())
            .iter()
            .map(|a| format!("{} {}", a.lemma, analyser.tag_str(&a.tag)))
            .collect();
        assert_eq!(cached, fresh, "{word}");
    }
    // A scratch filled by one analyser is not trusted by another.
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/morph/sgjp.fst"
    ))
    .unwrap();
    let other = Analyser::from_bytes(bytes).unwrap();
    assert_eq!(
        other.analyse_with("Rosji", &mut shared),
        analyser.analyse("Rosji")
    );
}
