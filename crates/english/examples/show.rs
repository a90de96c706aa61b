//! Prints the analysis of each line of standard input: one token a line (text, tag, lemma),
//! then the chunks with their verb information and arguments.
//!
//! `echo "Russia attacked Ukraine." | cargo run -p dyad-english --example show`

use std::io::Read;

use dyad_english::English;

fn main() {
    let mut input = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("error: reading standard input: {error}");
        std::process::exit(1);
    }
    let english = English::new();
    for sentence in english.analyse(&input) {
        println!("{}", dyad_english::render(&sentence));
    }
}
