//! Prints every analysis of the words given on the command line (a debugging aid).
fn main() {
    let a = dyad_morph::Analyser::polish();
    for w in std::env::args().skip(1) {
        if let Some(lemma) = w.strip_prefix("gen:") {
            for g in a.generate(
                lemma,
                &dyad_morph::TagFilter {
                    case: Some(dyad_morph::Case::Nom),
                    ..Default::default()
                },
            ) {
                println!("{lemma} -> {} {}", g.form, a.tag_str(&g.tag));
            }
            continue;
        }
        if w.contains(' ') {
            let words: Vec<&str> = w.split(' ').collect();
            println!("{w} => {}", a.base_form(&words));
            continue;
        }
        for x in a.analyse(&w) {
            let class = x.name_class.map_or("-", |c| c.sgjp_name());
            println!(
                "{w}\t{}\t{}\t{class}\t{}",
                x.lemma,
                a.tag_str(&x.tag),
                if x.guessed { "guessed" } else { "known" }
            );
        }
    }
}
