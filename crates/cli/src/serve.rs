//! `dyad serve`: the HTTP API and the web page over a store.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Arguments of `dyad serve`.
#[derive(clap::Args)]
pub struct Args {
    /// The store (SQLite file written by `dyad ingest`); opened read-only.
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    // Every start-up error names the store file or the address already.
    let server = dyad_server::Server::builder(&args.db).build()?;
    server.run(args.addr, |bound| {
        // The URL on standard output (scripts read it), the rest on standard error.
        println!("http://{bound}/");
        eprintln!(
            "dyad: serving {} at http://{bound}/ (API under /api/; Ctrl-C stops)",
            args.db.display()
        );
    })?;
    eprintln!("dyad: stopped");
    Ok(())
}
