//! Prints dyad's English analysis of each argument (tokens, chunks, verb arguments): for
//! finding why a PETRARCH record is coded as it is.
fn main() {
    let english = dyad_english::English::new();
    for text in std::env::args().skip(1) {
        for sentence in english.analyse(&text) {
            println!("{}", dyad_english::render(&sentence));
        }
    }
}
