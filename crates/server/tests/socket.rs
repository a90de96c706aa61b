//! The server on a real socket (127.0.0.1, a free port): a raw HTTP/1.1 client, then a clean
//! stop that lets `run_until` return.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{mpsc, Arc};
use std::time::Duration;

use dyad_server::Server;
use dyad_store::Store;

/// One request on its own connection (`Connection: close`): the whole answer as text.
fn request(addr: std::net::SocketAddr, head: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream
        .write_all(format!("{head}\r\nHost: test\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn serves_on_a_socket_and_stops_when_told() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dyad-server-socket");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("empty.db");
    drop(Store::open(&db).unwrap());
    let engine = Arc::new(
        dyad_coder::Engine::builder()
            .langs(&[dyad_model::Lang::En])
            .build()
            .unwrap(),
    );
    let server = Server::builder(&db).engine(engine).build().unwrap();

    let (bound_tx, bound_rx) = mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let running = std::thread::spawn(move || {
        server.run_until(
            "127.0.0.1:0".parse().unwrap(),
            |addr| bound_tx.send(addr).unwrap(),
            async {
                let _ = stop_rx.await;
            },
        )
    });
    let addr = bound_rx.recv_timeout(Duration::from_secs(60)).unwrap();
    assert_ne!(addr.port(), 0, "port 0 is replaced by the port bound");

    let stats = request(addr, "GET /api/stats HTTP/1.1");
    assert!(stats.starts_with("HTTP/1.1 200"), "{stats}");
    assert!(
        stats.ends_with(r#"{"articles":0,"events":0,"mentions":0}"#),
        "{stats}"
    );
    let bad = request(addr, "GET /api/events?quad=9 HTTP/1.1");
    assert!(bad.starts_with("HTTP/1.1 400"), "{bad}");
    assert!(bad.contains("quad=\\\"9\\\""), "{bad}");
    let page = request(addr, "GET / HTTP/1.1");
    assert!(page.contains("<form id=\"search\""));

    stop_tx.send(()).unwrap();
    running.join().unwrap().unwrap();
    assert!(
        TcpStream::connect(addr).is_err(),
        "the listener is closed once run_until returns"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
