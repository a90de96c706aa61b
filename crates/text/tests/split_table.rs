//! Table-driven tests of tokens and sentence boundaries, with sentences written for dyad.

use dyad_text::{Sentence, TokenKind, Tokenizer};

fn sentence_texts<'a>(text: &'a str, sentences: &[Sentence]) -> Vec<&'a str> {
    sentences.iter().map(|s| s.span.slice(text)).collect()
}

fn check_sentences(tokenizer: &Tokenizer, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = sentence_texts(text, &tokenizer.sentences(text));
        if got != *expected {
            failures.push(format!(
                "{text:?}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Renders tokens as `text/Kind` separated by spaces.
fn render(tokenizer: &Tokenizer, text: &str) -> String {
    tokenizer
        .tokens(text)
        .iter()
        .map(|t| format!("{}/{:?}", t.span.slice(text), t.kind))
        .collect::<Vec<_>>()
        .join(" ")
}

fn check_tokens(tokenizer: &Tokenizer, cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = render(tokenizer, text);
        if got != *expected {
            failures.push(format!("{text:?}\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn polish_sentences() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Premier spotkał się z gen. Nowakiem. Rozmawiali o wojsku.",
            &[
                "Premier spotkał się z gen. Nowakiem.",
                "Rozmawiali o wojsku.",
            ],
        ),
        (
            "W 2019 r. Kowalski odwiedził Kijów. W 2020 r. w Kijowie było spokojnie.",
            &[
                "W 2019 r. Kowalski odwiedził Kijów.",
                "W 2020 r. w Kijowie było spokojnie.",
            ],
        ),
        (
            "Umowę podpisano w 2021 r. W maju ją zerwano.",
            &["Umowę podpisano w 2021 r.", "W maju ją zerwano."],
        ),
        (
            "Kupiono czołgi, działa, amunicję itd. Następnie podpisano umowę.",
            &[
                "Kupiono czołgi, działa, amunicję itd.",
                "Następnie podpisano umowę.",
            ],
        ),
        (
            "Wśród gości byli m.in. prof. Zieliński i płk. Wójcik, tj. eksperci.",
            &["Wśród gości byli m.in. prof. Zieliński i płk. Wójcik, tj. eksperci."],
        ),
        (
            "Doradca ds. bezpieczeństwa, tzw. szerpa, przyleciał ok. godz. 15. Spotkanie trwało.",
            &[
                "Doradca ds. bezpieczeństwa, tzw. szerpa, przyleciał ok. godz. 15.",
                "Spotkanie trwało.",
            ],
        ),
        (
            "Obchody 80. rocznicy powstania odbyły się przy ul. Długiej. Przyszło 5 tys. osób.",
            &[
                "Obchody 80. rocznicy powstania odbyły się przy ul. Długiej.",
                "Przyszło 5 tys. osób.",
            ],
        ),
        (
            "List podpisał J. Nowak. Odpowiedź wysłał A. B. Kowalski.",
            &[
                "List podpisał J. Nowak.",
                "Odpowiedź wysłał A. B. Kowalski.",
            ],
        ),
        (
            "Inflacja wyniosła 3,5 proc. w marcu. Budżet to 1,2 mld zł.",
            &[
                "Inflacja wyniosła 3,5 proc. w marcu.",
                "Budżet to 1,2 mld zł.",
            ],
        ),
        (
            "- Nie zgodzimy się na to - zagroził minister. - To nasza granica - dodał.",
            &[
                "- Nie zgodzimy się na to - zagroził minister.",
                "- To nasza granica - dodał.",
            ],
        ),
        (
            "„Czy to koniec?” – zapytał rzecznik. „Nie” – odpowiedział szef MSZ.",
            &[
                "„Czy to koniec?” – zapytał rzecznik.",
                "„Nie” – odpowiedział szef MSZ.",
            ],
        ),
        (
            "Minister powiedział: „Granica jest bezpieczna.” Potem wyszedł.",
            &[
                "Minister powiedział: „Granica jest bezpieczna.”",
                "Potem wyszedł.",
            ],
        ),
        (
            "Rząd \"zaostrzy kurs\". Opozycja protestuje!",
            &["Rząd \"zaostrzy kurs\".", "Opozycja protestuje!"],
        ),
        (
            "Nowe sankcje wobec Moskwy\nUnia przyjęła w piątek pakiet sankcji.",
            &[
                "Nowe sankcje wobec Moskwy",
                "Unia przyjęła w piątek pakiet sankcji.",
            ],
        ),
        (
            "Pierwszy akapit bez kropki\n\nDrugi akapit.",
            &["Pierwszy akapit bez kropki", "Drugi akapit."],
        ),
        (
            "Rzecznik ocenił:\n- Rozmowy były trudne.\n- Ale owocne - dodał.",
            &[
                "Rzecznik ocenił:",
                "- Rozmowy były trudne.",
                "- Ale owocne - dodał.",
            ],
        ),
        (
            "Premier spotkał się w Brukseli z\nKomisją Europejską.",
            &["Premier spotkał się w Brukseli z\nKomisją Europejską."],
        ),
        (
            "Tekst złamany w wierszu\nktóry ciągnie się dalej.",
            &["Tekst złamany w wierszu\nktóry ciągnie się dalej."],
        ),
        (
            "Czekamy... Może jutro?! Tak.",
            &["Czekamy...", "Może jutro?!", "Tak."],
        ),
        (
            "Kampania Leave.EU ruszyła.Dr hab. n. med.\nJan Nowak mieszka w Wlk. Brytanii.",
            &[
                "Kampania Leave.EU ruszyła.",
                "Dr hab. n. med.\nJan Nowak mieszka w Wlk. Brytanii.",
            ],
        ),
        (
            "Nagłówek bez kropki\n.\nTreść artykułu.",
            &["Nagłówek bez kropki\n.", "Treść artykułu."],
        ),
        (
            "Szczepienia ruszą w styczniu br. Wtedy zaszczepimy 5 mln osób.",
            &[
                "Szczepienia ruszą w styczniu br.",
                "Wtedy zaszczepimy 5 mln osób.",
            ],
        ),
        (
            "Spotkanie odbędzie się 15.09.2023 o godz. 12.30 w Warszawie.",
            &["Spotkanie odbędzie się 15.09.2023 o godz. 12.30 w Warszawie."],
        ),
        (
            "Sprawdź www.gov.pl. Pisz na biuro@mon.gov.pl.",
            &["Sprawdź www.gov.pl.", "Pisz na biuro@mon.gov.pl."],
        ),
    ];
    check_sentences(&Tokenizer::polish(), cases);
}

#[test]
fn polish_tokens() {
    let cases: &[(&str, &str)] = &[
        (
            "polsko-rosyjski szczyt Farage'a",
            "polsko-rosyjski/Word szczyt/Word Farage'a/Word",
        ),
        ("75. rocznicy", "75./Ordinal rocznicy/Word"),
        ("m.in. Rosja", "m.in./Abbreviation Rosja/Word"),
        ("J. Biden", "J./Abbreviation Biden/Word"),
        ("1,5 mln zł", "1,5/Number mln/Word zł/Word"),
        (
            "o 15:30 i 10\u{a0}000 osób",
            "o/Word 15:30/Number i/Word 10\u{a0}000/Number osób/Word",
        ),
        (
            "„Tak” - rzekł",
            "„/Punct Tak/Word ”/Punct -/Punct rzekł/Word",
        ),
        (
            "«Nie» — odparł",
            "«/Punct Nie/Word »/Punct —/Punct odparł/Word",
        ),
        (
            "https://example.com/a_(b). Dalej",
            "https://example.com/a_(b)/Symbol ./Punct Dalej/Word",
        ),
        (
            "(pisz: jan.kowalski@example.pl)",
            "(/Punct pisz/Word :/Punct jan.kowalski@example.pl/Symbol )/Punct",
        ),
        ("F-16 i COVID-19", "F-16/Word i/Word COVID-19/Word"),
        (
            "30% z 200 €",
            "30/Number %/Symbol z/Word 200/Number €/Symbol",
        ),
        ("@KPRM #Ukraina", "@KPRM/Symbol #Ukraina/Symbol"),
        (
            "art. 5 i art. Nowaka",
            "art./Abbreviation 5/Number i/Word art/Word ./Punct Nowaka/Word",
        ),
        ("Wynik 3:1!?", "Wynik/Word 3:1/Number !?/Punct"),
    ];
    check_tokens(&Tokenizer::polish(), cases);
}

#[test]
fn english_sentences() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The U.S. Army said Gen. Smith arrived. He met Mr. Jones.",
            &[
                "The U.S. Army said Gen. Smith arrived.",
                "He met Mr. Jones.",
            ],
        ),
        (
            "Troops left the U.S. The move angered Moscow.",
            &["Troops left the U.S.", "The move angered Moscow."],
        ),
        (
            "The talks begin Jan. 5 at 10 a.m. in Geneva. No. 10 declined to comment.",
            &[
                "The talks begin Jan. 5 at 10 a.m. in Geneva.",
                "No. 10 declined to comment.",
            ],
        ),
        (
            "He was asked whether he would resign. No. He said he would not.",
            &[
                "He was asked whether he would resign.",
                "No.",
                "He said he would not.",
            ],
        ),
        (
            "Dr. Lee of Acme Inc. spoke. Shares fell 2.5% on Monday.",
            &["Dr. Lee of Acme Inc. spoke.", "Shares fell 2.5% on Monday."],
        ),
        (
            "\"We will respond,\" the minister said. \"Soon.\"",
            &["\"We will respond,\" the minister said.", "\"Soon.\""],
        ),
        (
            "Talks resumed in St. Petersburg on Tuesday.",
            &["Talks resumed in St. Petersburg on Tuesday."],
        ),
        (
            "He cited sanctions, tariffs, etc. The talks ended.",
            &["He cited sanctions, tariffs, etc.", "The talks ended."],
        ),
    ];
    check_sentences(&Tokenizer::english(), cases);
}

#[test]
fn hard_wrapped_lines() {
    let cases: &[(&str, &[&str])] = &[
        // A line ending in a function word goes on, even before a capital.
        (
            "The envoy left for the Ministry of\nDefence on Monday.",
            &["The envoy left for the Ministry of\nDefence on Monday."],
        ),
        // One wrapped break (before "foreign") marks the text as wrapped: "Kyiv" stays inside.
        (
            "The foreign minister of the republic met with\nforeign envoys in Warsaw and other\nEuropean capitals on Friday. Talks ended.",
            &[
                "The foreign minister of the republic met with\nforeign envoys in Warsaw and other\nEuropean capitals on Friday.",
                "Talks ended.",
            ],
        ),
        // Short lines are headers, not wrapping evidence.
        ("doc-1\nen\nTitle Here\nBody text.", &["doc-1\nen", "Title Here", "Body text."]),
        // Without wrapping evidence a line without a final mark is a headline.
        (
            "Sanctions on Moscow\nThe EU adopted a package on Friday.",
            &["Sanctions on Moscow", "The EU adopted a package on Friday."],
        ),
    ];
    check_sentences(&Tokenizer::english(), cases);
}

#[test]
fn english_tokens() {
    let cases: &[(&str, &str)] = &[
        ("didn't", "did/Word n't/Word"),
        ("can't won't", "ca/Word n't/Word wo/Word n't/Word"),
        (
            "Russia's O'Brien's",
            "Russia/Word 's/Word O'Brien/Word 's/Word",
        ),
        ("they're", "they/Word 're/Word"),
        ("the 21st century", "the/Word 21st/Ordinal century/Word"),
        ("U.S.-led forces", "U.S.-led/Word forces/Word"),
        (
            "the U.S.A. and U.N.",
            "the/Word U.S.A./Abbreviation and/Word U.N./Abbreviation",
        ),
        (
            "the soldiers' families",
            "the/Word soldiers/Word '/Punct families/Word",
        ),
    ];
    check_tokens(&Tokenizer::english(), cases);
}

#[test]
fn paragraph_starts() {
    let text = "Nagłówek bez kropki\nPierwsze zdanie. Drugie zdanie.\n\nTrzecie zdanie.";
    let sentences = Tokenizer::polish().sentences(text);
    let flags: Vec<bool> = sentences.iter().map(|s| s.paragraph_start).collect();
    assert_eq!(flags, [true, true, false, true]);
}

#[test]
fn whitespace_only_has_no_sentences() {
    assert!(Tokenizer::polish().sentences(" \n\t\n ").is_empty());
    assert!(Tokenizer::english().tokens("").is_empty());
}

#[test]
fn space_before_is_recorded() {
    let text = "Rosja, Chiny";
    let spaces: Vec<bool> = Tokenizer::polish()
        .tokens(text)
        .iter()
        .map(|t| t.space_before)
        .collect();
    assert_eq!(spaces, [false, false, true]);
}

#[test]
fn tokenizer_is_send_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Tokenizer>();
    assert_eq!(TokenKind::Word, Tokenizer::english().tokens("word")[0].kind);
}
