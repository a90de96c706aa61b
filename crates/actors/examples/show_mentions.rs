//! Prints the actor mentions of a text given on the command line or standard input, one per
//! line (text | base | type | actor | country | role | entity), for people checking the lexicon.
//! Usage: show_mentions [--date YYYY-MM-DD] [TEXT]
use std::io::Read;

use dyad_actors::Recogniser;
use dyad_morph::Analyser;
use dyad_text::Tokenizer;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut date = None;
    if args.first().is_some_and(|a| a == "--date") && args.len() > 1 {
        date = args[1].parse().ok();
        args.drain(..2);
    }
    let text = if args.is_empty() {
        let mut s = String::new();
        if std::io::stdin().read_to_string(&mut s).is_err() {
            eprintln!("show_mentions: standard input is not UTF-8");
            std::process::exit(1);
        }
        s
    } else {
        args.join(" ")
    };
    let recogniser = match Recogniser::polish() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("show_mentions: {e}");
            std::process::exit(1);
        }
    };
    let analyser = Analyser::polish();
    for s in Tokenizer::polish().sentences(&text) {
        let a = analyser.analyse_sentence(&text, &s);
        for m in recogniser.mentions(&text, &a, date) {
            println!(
                "{} | {} | {} | {} | {} | {} | {}",
                m.text,
                m.base,
                m.kind.as_str(),
                m.actor.as_deref().unwrap_or("-"),
                m.country.as_deref().unwrap_or("-"),
                m.role.as_deref().unwrap_or("-"),
                m.entity.as_deref().unwrap_or("-"),
            );
        }
    }
}
