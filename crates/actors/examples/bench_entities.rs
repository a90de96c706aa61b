//! Throughput of the entity recogniser on whole articles, one thread: tokenize, analyse and
//! recognise every article given (BSNLP raw files: the five header lines are skipped).
//! Usage: bench_entities FILE... (run by scripts/bench_entities.sh)
use std::time::Instant;

use dyad_actors::Recogniser;
use dyad_morph::Analyser;
use dyad_text::Tokenizer;

/// CPU seconds this process has used (Linux `/proc/self/stat`, 100 ticks a second): on a
/// shared machine a rate per CPU second is the rate per core, whatever the load.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .map(|raw| raw.splitn(5, '\n').nth(4).unwrap_or_default().to_string())
        .collect();
    if texts.is_empty() {
        eprintln!("bench_entities: no readable input files");
        std::process::exit(2);
    }
    let t0 = Instant::now();
    let analyser = Analyser::polish();
    let tokenizer = Tokenizer::polish();
    let recogniser = match Recogniser::polish() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("bench_entities: {e}");
            std::process::exit(1);
        }
    };
    let load = t0.elapsed();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = 3;
    let (mut tokens, mut mentions, mut entities) = (0usize, 0usize, 0usize);
    // Phases are timed apart so the recogniser's own cost shows next to the morphology's.
    let (mut t_analyse, mut t_entities, mut t_mentions) = (0.0, 0.0, 0.0);
    let t1 = Instant::now();
    let cpu0 = cpu_seconds();
    for _ in 0..rounds {
        for text in &texts {
            let t = Instant::now();
            let analysed: Vec<_> = tokenizer
                .sentences(text)
                .iter()
                .map(|s| analyser.analyse_sentence(text, s))
                .collect();
            t_analyse += t.elapsed().as_secs_f64();
            tokens += analysed.iter().map(|a| a.tokens.len()).sum::<usize>();
            let t = Instant::now();
            entities += recogniser.document_entities(text, &analysed, None).len();
            t_entities += t.elapsed().as_secs_f64();
            let t = Instant::now();
            mentions += analysed
                .iter()
                .map(|a| recogniser.mentions(text, a, None).len())
                .sum::<usize>();
            t_mentions += t.elapsed().as_secs_f64();
        }
    }
    let secs = t1.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let share = |x: f64| 100.0 * x / secs;
    println!(
        "time_share tokenize+analyse={:.0}% entities={:.0}% actor_mentions={:.0}%",
        share(t_analyse),
        share(t_entities),
        share(t_mentions)
    );
    let n = (texts.len() * rounds) as f64;
    println!(
        "entities_only_articles_per_s={:.0}",
        n / (t_analyse + t_entities)
    );
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        // The share of wall time the process ran scales the phase timings to CPU time.
        let scale = cpu / secs;
        println!("cpu_s={cpu:.2} wall_s={secs:.2}");
        println!("articles_per_cpu_s={:.0}", n / cpu);
        println!(
            "entities_only_articles_per_cpu_s={:.0}",
            n / ((t_analyse + t_entities) * scale)
        );
    }
    let articles = texts.len() * rounds;
    println!("articles={} bytes={} rounds={rounds}", texts.len(), bytes);
    println!("load_ms={:.0}", load.as_secs_f64() * 1000.0);
    println!(
        "entities={} actor_mentions={}",
        entities / rounds,
        mentions / rounds
    );
    println!("articles_per_s={:.0}", articles as f64 / secs);
    println!("tokens_per_s={:.0}", tokens as f64 / secs);
}
