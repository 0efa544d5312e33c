//! The real TCP server against clients that never finish: a request head
//! sent halfway, a body that stalls, more connections than the server takes.
//! Each is cut off by its limit, and the server goes on answering others.
//! (The limits here are short so that the tests end soon; nothing asserts
//! how long anything took, only what happened and in which order.)

use std::time::Duration;

use plaza_tests::TestApp;
use plaza_web::ServerLimits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How long a test waits for something that must happen before it fails.
const PATIENCE: Duration = Duration::from_secs(60);

fn limits(max_connections: usize) -> ServerLimits {
    ServerLimits {
        header_read: Duration::from_secs(1),
        body_idle: Duration::from_secs(1),
        body_deadline: Duration::from_secs(3),
        max_connections,
        shutdown_grace: Duration::from_secs(1),
    }
}

async fn start(app: &TestApp, limits: ServerLimits) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(plaza_web::serve(listener, app.router.clone(), limits, std::future::pending()));
    address
}

/// Reads until the server closes the connection; returns what it said.
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut all = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(PATIENCE, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => all.extend_from_slice(&buf[..n]),
            Err(_) => panic!("the server kept the connection open: {}", String::from_utf8_lossy(&all)),
        }
    }
    String::from_utf8_lossy(&all).into_owned()
}

async fn get(address: std::net::SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: plaza.test\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    until_closed(&mut stream).await
}

#[tokio::test]
async fn a_request_head_that_never_ends_is_cut_off_and_others_are_still_served() {
    let app = TestApp::empty().await;
    let address = start(&app, limits(8)).await;
    let mut slow = TcpStream::connect(address).await.expect("connect");
    slow.write_all(b"GET / HTTP/1.1\r\nHost: plaza.test\r\nX-Slow: ").await.expect("write");
    let said = until_closed(&mut slow).await;
    assert!(!said.contains("200 OK"), "a half-sent request is never answered as if complete: {said}");
    assert!(get(address, "/healthz").await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn a_body_that_stalls_is_cut_off() {
    let app = TestApp::empty().await;
    let address = start(&app, limits(8)).await;
    let mut slow = TcpStream::connect(address).await.expect("connect");
    let head = "POST /sign-in HTTP/1.1\r\nHost: plaza.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\nemail=";
    slow.write_all(head.as_bytes()).await.expect("write");
    let said = until_closed(&mut slow).await;
    assert!(!said.contains("200 OK"), "{said}");
    assert!(get(address, "/healthz").await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn a_body_that_trickles_forever_is_cut_off_at_its_deadline() {
    let app = TestApp::empty().await;
    let address = start(&app, limits(8)).await;
    let mut slow = TcpStream::connect(address).await.expect("connect");
    let head = "POST /sign-in HTTP/1.1\r\nHost: plaza.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000\r\n\r\n";
    slow.write_all(head.as_bytes()).await.expect("write");
    // One byte every half second: never idle long enough for the idle
    // timeout, so only the body's deadline can end it.
    let mut closed = false;
    for _ in 0..(PATIENCE.as_millis() / 500) {
        if slow.write_all(b"a").await.is_err() {
            closed = true;
            break;
        }
        let mut buf = [0u8; 1024];
        match tokio::time::timeout(Duration::from_millis(500), slow.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => {
                closed = true;
                break;
            }
            Ok(Ok(_)) => {
                closed = true;
                break;
            }
            Err(_) => {}
        }
    }
    assert!(closed, "the trickling upload was never cut off");
}

#[tokio::test]
async fn connections_over_the_limit_wait_until_one_closes() {
    let app = TestApp::empty().await;
    let address = start(&app, limits(1)).await;
    // The one connection allowed is held by a client that never finishes its request.
    let mut holder = TcpStream::connect(address).await.expect("connect");
    holder.write_all(b"GET / HTTP/1.1\r\n").await.expect("write");
    tokio::time::sleep(Duration::from_millis(100)).await;
    // The next visitor is served only once the holder has been cut off.
    let answer = get(address, "/healthz").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let mut buf = [0u8; 16];
    let held = tokio::time::timeout(Duration::from_millis(200), holder.read(&mut buf)).await;
    assert!(held.is_ok(), "the holder's connection was closed before the next visitor was served");
}
