//! Email through a real SMTP server: the sign-in link sent by the outbox
//! reaches an SMTP server (mailin-embedded, on loopback), and following the
//! link from the received message signs the resident in.
//!
//! Part of the suites that need real peers: run with `cargo test -p
//! plaza-tests --test smtp -- --ignored` (as `.ci/run` does).

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use mailin_embedded::response::OK;
use mailin_embedded::{Handler, Response, Server, SslConfig};
use plaza_mail::{MailSettings, Mailer, SmtpSecurity, SmtpSettings, Transport};
use plaza_tests::{PUBLIC_URL, TestApp, link_in};

#[derive(Debug, Clone)]
struct Received {
    to: Vec<String>,
    data: Vec<u8>,
}

#[derive(Clone, Default)]
struct Inbox {
    messages: Arc<Mutex<Vec<Received>>>,
    to: Vec<String>,
    buffer: Vec<u8>,
}

impl Handler for Inbox {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.buffer.clear();
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buffer.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let message = Received { to: std::mem::take(&mut self.to), data: std::mem::take(&mut self.buffer) };
        if let Ok(mut messages) = self.messages.lock() {
            messages.push(message);
        }
        OK
    }
}

/// Starts an SMTP server on a free loopback port; it runs until the test process ends.
fn start_smtp_server() -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port for SMTP");
    let port = listener.local_addr().expect("local address").port();
    let inbox = Inbox::default();
    let messages = inbox.messages.clone();
    let mut server = Server::new(inbox);
    server
        .with_name("smtp.plaza.test")
        .with_num_threads(2)
        .with_ssl(SslConfig::None)
        .expect("no TLS")
        .with_tcp_listener(listener);
    std::thread::Builder::new()
        .name("smtp-server".into())
        .spawn(move || {
            if let Err(err) = server.serve() {
                eprintln!("SMTP server stopped: {err}");
            }
        })
        .expect("start the SMTP server thread");
    (port, messages)
}

/// Undoes quoted-printable soft breaks and escapes, in case the mailer used them.
fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test]
#[ignore = "real SMTP peer: run with --ignored (.ci/run does)"]
async fn a_sign_in_link_reaches_a_real_smtp_server_and_signs_the_resident_in() {
    let (port, messages) = start_smtp_server();
    let app = TestApp::empty().await;
    let settings = MailSettings {
        from: "Plaza <plaza@plaza.test>".into(),
        transport: Transport::Smtp(SmtpSettings {
            host: "127.0.0.1".into(),
            port: Some(port),
            security: SmtpSecurity::None,
            username: None,
            password: None,
        }),
    };
    let mailer = Mailer::new(&settings, true).expect("an SMTP mailer is allowed in production");

    let mut browser = app.browser();
    let asked = browser.post("/sign-in", &[("email", "ana@example.org"), ("next", "/account")]).await;
    assert_eq!(asked.status, StatusCode::OK);
    let sent = plaza_web::outbox::deliver_due(&app.env.store, &mailer).await.expect("outbox delivery");
    assert_eq!(sent, 1, "one message delivered");

    let received = messages.lock().expect("inbox").clone();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].to, ["ana@example.org"]);
    let raw = decode_quoted_printable(&String::from_utf8_lossy(&received[0].data));
    assert!(raw.contains("Subject: Your sign-in link for Plaza"), "{raw}");
    assert!(raw.contains("From: Plaza <plaza@plaza.test>"), "{raw}");
    assert!(raw.contains("multipart/alternative"));
    let link =
        link_in(&raw, &format!("{PUBLIC_URL}/sign-in/link?token=")).expect("the link is in the received message");

    let followed = browser.get(&link).await;
    assert_eq!(followed.location(), "/sign-up");
    browser.get("/sign-up").await;
    let created = browser.post("/sign-up", &[("display_name", "Ana"), ("terms", "yes")]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    assert!(browser.get("/account").await.text().contains("ana@example.org"), "signed in from the received link");

    let outbox = app.env.store.list_emails().await.expect("outbox");
    assert_eq!(outbox[0].status, plaza_store::OutboxStatus::Sent);
}

#[tokio::test]
#[ignore = "real SMTP peer: run with --ignored (.ci/run does)"]
async fn an_unreachable_smtp_server_leaves_the_message_queued_for_a_retry() {
    // A port nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let app = TestApp::empty().await;
    let settings = MailSettings {
        from: "plaza@plaza.test".into(),
        transport: Transport::Smtp(SmtpSettings {
            host: "127.0.0.1".into(),
            port: Some(port),
            security: SmtpSecurity::None,
            username: None,
            password: None,
        }),
    };
    let mailer = Mailer::new(&settings, true).expect("mailer");
    app.browser().post("/sign-in", &[("email", "bo@example.org")]).await;
    let sent = plaza_web::outbox::deliver_due(&app.env.store, &mailer).await.expect("delivery ran");
    assert_eq!(sent, 0);
    let outbox = app.env.store.list_emails().await.expect("outbox");
    assert_eq!(outbox[0].status, plaza_store::OutboxStatus::Pending, "kept for a retry, not lost");
    assert!(!outbox[0].last_error.is_empty());
}
