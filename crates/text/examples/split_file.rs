//! Prints the sentences of a file, one a line (line breaks inside shown as ⏎), for review.
//!
//! `cargo run -p dyad-text --example split_file -- FILE [en|pl]`

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: split_file FILE [en|pl]");
        std::process::exit(2);
    };
    let tokenizer = match args.next().as_deref() {
        Some("en") => dyad_text::Tokenizer::english(),
        _ => dyad_text::Tokenizer::polish(),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: {path}: {error}");
            std::process::exit(1);
        }
    };
    for sentence in tokenizer.sentences(&text) {
        let mark = if sentence.paragraph_start {
            "¶ "
        } else {
            "  "
        };
        println!("{mark}{}", sentence.span.slice(&text).replace('\n', "⏎"));
    }
}
