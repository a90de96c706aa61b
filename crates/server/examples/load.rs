//! A small HTTP/1.1 load generator for `scripts/bench_server.sh`: keep-alive connections, each
//! on its own thread, sending one GET after another for a fixed time; prints requests per second
//! and latency percentiles. Standard library only, so the benchmark needs nothing installed.
//!
//! Usage: `cargo run --release -p dyad-server --example load -- HOST:PORT PATH [CONNECTIONS] [SECONDS]`

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: load HOST:PORT PATH [CONNECTIONS] [SECONDS]");
        std::process::exit(2);
    }
    let addr = args[0].clone();
    let path = args[1].clone();
    let connections: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(4);
    let seconds: f64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (addr, path) = (addr.clone(), path.clone());
            std::thread::spawn(move || run(&addr, &path, deadline))
        })
        .collect();
    let mut latencies = Vec::new();
    let mut bytes = 0usize;
    for w in workers {
        match w.join().expect("worker") {
            Ok((l, b)) => {
                latencies.extend(l);
                bytes += b;
            }
            Err(e) => {
                eprintln!("load: {e}");
                std::process::exit(1);
            }
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |d: &Duration| d.as_secs_f64() * 1000.0)
    };
    let n = latencies.len();
    println!(
        "{n} requests in {elapsed:.2} s over {connections} connections: {:.0} requests/s, \
         latency p50 {:.2} ms, p99 {:.2} ms, {:.0} bytes per response",
        n as f64 / elapsed,
        pct(0.50),
        pct(0.99),
        bytes as f64 / n.max(1) as f64
    );
}

/// One connection: requests until the deadline; the latency of each and the body bytes read.
fn run(addr: &str, path: &str, deadline: Instant) -> Result<(Vec<Duration>, usize), String> {
    let stream = TcpStream::connect(addr).map_err(|e| format!("{addr}: {e}"))?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    let mut writer = stream.try_clone().map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream);
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: keep-alive\r\n\r\n");
    let mut latencies = Vec::new();
    let mut bytes = 0;
    let mut line = String::new();
    let mut body = Vec::new();
    while Instant::now() < deadline {
        let sent = Instant::now();
        writer
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        // Status line, headers (Content-Length), body.
        line.clear();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        if !line.starts_with("HTTP/1.1 200") {
            return Err(format!("{path}: {}", line.trim()));
        }
        let mut length = None;
        loop {
            line.clear();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse::<usize>().ok();
                }
            }
        }
        let length = length.ok_or("no Content-Length in the answer")?;
        body.resize(length, 0);
        reader.read_exact(&mut body).map_err(|e| e.to_string())?;
        bytes += length;
        latencies.push(sent.elapsed());
    }
    Ok((latencies, bytes))
}
