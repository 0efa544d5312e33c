//! Helpers for Plaza's end-to-end tests: a real router over a real database
//! (SQLite, or PostgreSQL with PLAZA_TEST_DATABASE_URL) with the repository's
//! example bundles imported, and a small browser that keeps cookies and fills
//! in form tokens. The tests themselves live in `tests/tests/`.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use plaza_core::{Email, User};
use plaza_store::BlobStore;
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_web::{AppState, ProviderConfig, Providers, WebSettings, build_router};
use tower::ServiceExt;

/// The public address the test site believes it has (links in emails use it).
pub const PUBLIC_URL: &str = "http://plaza.test";

pub struct TestApp {
    pub env: TestEnv,
    pub router: Router,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> String {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
    }

    /// Where a redirect points.
    pub fn location(&self) -> String {
        self.header("location")
    }
}

pub fn web_settings() -> WebSettings {
    WebSettings { public_url: PUBLIC_URL.into(), ..WebSettings::default() }
}

impl TestApp {
    /// A site with no challenge.
    pub async fn empty() -> Self {
        Self::with_providers(Vec::new()).await
    }

    /// A site with these sign-in providers and no challenge.
    pub async fn with_providers(providers: Vec<ProviderConfig>) -> Self {
        Self::with(web_settings(), providers).await
    }

    /// A site with these settings and sign-in providers, and no challenge.
    pub async fn with(settings: WebSettings, providers: Vec<ProviderConfig>) -> Self {
        let env = TestEnv::new().await;
        let providers = Providers::new(providers).unwrap_or_else(|err| panic!("providers: {err}"));
        let state =
            AppState::new(env.store.clone(), Arc::new(env.blobs.clone()) as Arc<dyn BlobStore>, settings, providers)
                .unwrap_or_else(|err| panic!("state: {err}"));
        Self { router: build_router(state), env }
    }

    /// A site with every example bundle of `challenges/` imported.
    pub async fn with_examples() -> Self {
        let app = Self::empty().await;
        app.import_examples().await;
        app
    }

    pub async fn import_examples(&self) {
        let mut dirs: Vec<_> = std::fs::read_dir(examples_dir())
            .unwrap_or_else(|err| panic!("challenges/: {err}"))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("challenge.toml").is_file())
            .collect();
        dirs.sort();
        for dir in dirs {
            self.import(&dir).await;
        }
    }

    pub async fn import(&self, dir: &std::path::Path) {
        self.env
            .store
            .import_bundle(&self.env.blobs, dir, false)
            .await
            .unwrap_or_else(|err| panic!("import {}: {err}", dir.display()));
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(Request::get(path).body(Body::empty()).unwrap_or_else(|e| panic!("{e}"))).await
    }

    pub async fn get_with_token(&self, path: &str, token: &str) -> TestResponse {
        self.request(
            Request::get(path)
                .header("authorization", format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap_or_else(|e| match e {});
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap_or_else(|err| panic!("body: {err}"))
            .to_vec();
        TestResponse { status, headers, body }
    }

    /// Scores every queued entry, as a worker would, and returns how many jobs ran.
    pub async fn run_scoring(&self) -> usize {
        let scorer = plaza_scorer::Scorer {
            store: self.env.store.clone(),
            blobs: Arc::new(self.env.blobs.clone()),
            sandbox: Some(
                plaza_sandbox::Sandbox::new(plaza_sandbox::SandboxConfig::default())
                    .unwrap_or_else(|e| panic!("sandbox: {e}")),
            ),
            emails: Some(Arc::new(plaza_mail::EmailTemplates::load("Plaza").unwrap_or_else(|e| panic!("emails: {e}")))),
            public_url: PUBLIC_URL.into(),
            answers: Default::default(),
        };
        let mut ran = 0;
        while let Some(job) = self
            .env
            .store
            .claim_job("test-worker", std::time::Duration::from_secs(60))
            .await
            .unwrap_or_else(|e| panic!("claim: {e}"))
        {
            scorer.process(&job, "test-worker").await.unwrap_or_else(|e| panic!("process: {e}"));
            ran += 1;
        }
        ran
    }

    /// A new browser with no cookies.
    pub fn browser(&self) -> Browser<'_> {
        Browser { app: self, jar: BTreeMap::new() }
    }

    /// Creates an account that has agreed to the terms.
    pub async fn user(&self, email: &str, name: &str) -> User {
        let email = Email::parse(email).unwrap_or_else(|e| panic!("{e}"));
        self.env.store.sign_up_user(&email, name).await.unwrap_or_else(|e| panic!("user: {e}"))
    }

    /// The newest queued email to `to`, as plain text.
    pub async fn last_email_to(&self, to: &str) -> Option<plaza_core::OutgoingEmail> {
        let emails = self.env.store.list_emails().await.unwrap_or_else(|e| panic!("outbox: {e}"));
        emails.into_iter().find(|m| m.email.to.as_str() == to).map(|m| m.email)
    }
}

/// The first link in `text` that starts with `prefix`, as a local path.
pub fn link_in(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(prefix)?;
    let rest = &text[start..];
    let end = rest.find(|c: char| c.is_whitespace() || c == '"' || c == '<').unwrap_or(rest.len());
    Some(rest[..end].trim_start_matches(PUBLIC_URL).to_owned())
}

/// A `multipart/form-data` body with `fields` and one file; returns the
/// content type (with its boundary) and the body.
pub fn multipart_body(fields: &[(&str, &str)], file: (&str, &str, &[u8])) -> (String, Vec<u8>) {
    let boundary = "plaza-test-boundary-7d3f";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    let (name, file_name, bytes) = file;
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A browser: keeps cookies between requests and puts the CSRF token in forms.
pub struct Browser<'a> {
    app: &'a TestApp,
    pub jar: BTreeMap<String, String>,
}

impl Browser<'_> {
    fn cookie_header(&self) -> String {
        self.jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn remember(&mut self, response: &TestResponse) {
        for value in response.headers.get_all(header::SET_COOKIE) {
            let Ok(text) = value.to_str() else { continue };
            let Some((pair, attributes)) = text.split_once(';').or(Some((text, ""))) else { continue };
            let Some((name, value)) = pair.split_once('=') else { continue };
            if value.is_empty() || attributes.contains("Max-Age=0") {
                self.jar.remove(name);
            } else {
                self.jar.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.jar.get(name).cloned()
    }

    pub async fn send(&mut self, request: axum::http::request::Builder, body: Body) -> TestResponse {
        let request = request.header(header::COOKIE, self.cookie_header()).body(body).unwrap_or_else(|e| panic!("{e}"));
        let response = self.app.request(request).await;
        self.remember(&response);
        response
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(Request::get(path), Body::empty()).await
    }

    /// Follows redirects (up to 5) and returns the last response.
    pub async fn get_following(&mut self, path: &str) -> TestResponse {
        let mut response = self.get(path).await;
        for _ in 0..5 {
            if !response.status.is_redirection() {
                break;
            }
            let next = response.location();
            response = self.get(&next).await;
        }
        response
    }

    /// Posts a form with this browser's CSRF token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        if self.cookie("plaza_csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("plaza_csrf").unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Uploads a file the way the page's form does, with this browser's CSRF token.
    pub async fn post_file(&mut self, path: &str, file_name: &str, bytes: &[u8]) -> TestResponse {
        if self.cookie("plaza_csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("plaza_csrf").unwrap_or_default();
        let (content_type, body) = multipart_body(&[("csrf_token", token.as_str())], ("file", file_name, bytes));
        self.send(Request::post(path).header(header::CONTENT_TYPE, content_type), Body::from(body)).await
    }

    /// Posts a multipart form as a page with file inputs does: this
    /// browser's CSRF token first, then `fields`, then `files` (field name,
    /// file name, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> TestResponse {
        if self.cookie("plaza_csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("plaza_csrf").unwrap_or_default();
        let boundary = "plaza-test-boundary-7d3f";
        let mut body = Vec::new();
        let all = std::iter::once(("csrf_token", token.as_str())).chain(fields.iter().copied());
        for (name, value) in all {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request =
            Request::post(path).header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"));
        self.send(request, Body::from(body)).await
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&");
        let request = Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        self.send(request, Body::from(body)).await
    }

    /// Signs in by email link, creating the account on first use.
    pub async fn sign_in(&mut self, email: &str, name: &str) -> TestResponse {
        let asked = self.post("/sign-in", &[("email", email), ("next", "/account")]).await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.text());
        let mail = self.app.last_email_to(email).await.unwrap_or_else(|| panic!("no email to {email}"));
        let link = link_in(&mail.text, &format!("{PUBLIC_URL}/sign-in/link"))
            .unwrap_or_else(|| panic!("no link in {}", mail.text));
        let followed = self.get(&link).await;
        assert_eq!(followed.status, StatusCode::SEE_OTHER, "{}", followed.text());
        if followed.location() == "/sign-up" {
            self.get("/sign-up").await;
            let created = self.post("/sign-up", &[("display_name", name), ("terms", "yes")]).await;
            assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
            return created;
        }
        followed
    }

    /// Signs in as an existing user without email (for tests about other things).
    pub async fn sign_in_as(&mut self, user: &User) {
        let secret = self.app.env.store.create_session(user.id).await.unwrap_or_else(|e| panic!("session: {e}"));
        self.jar.insert("plaza_session".into(), secret);
    }
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A small idea challenge, "park-ideas", written into `dir`: one dataset, one
/// ideas track ("ideas") with two weighted criteria and `judges_per_entry`
/// judges per idea, open until `closes_at` (RFC 3339). Importing it again with
/// another `closes_at` updates the challenge in place, which is how a test
/// moves past the deadline.
pub fn write_ideas_bundle(dir: &std::path::Path, closes_at: &str, judges_per_entry: u32) {
    let manifest = format!(
        r#"slug = "park-ideas"
title = "Ideas for our parks"
summary = "Tell the city how to make its parks better."
description = "README.md"
host = "Test City Parks Department"
opens_at = "2026-01-01T00:00:00Z"
closes_at = "{closes_at}"

[[datasets]]
slug = "parks"
title = "Parks and their facilities"
file = "data/parks.csv"
license = "CC0 1.0, stated on the portal"
source = "Test City open data portal"
[[datasets.columns]]
name = "park_id"
type = "integer"
description = "Park number"
[[datasets.columns]]
name = "name"
type = "text"
description = "Park name"

[[tracks]]
slug = "ideas"
kind = "ideas"
title = "Better parks"
judges_per_entry = {judges_per_entry}
[[tracks.criteria]]
name = "Impact"
weight = 3
description = "Who benefits, and how much?"
levels = ["No clear benefit", "Small", "Some", "Large", "Transformative"]
[[tracks.criteria]]
name = "Cost"
weight = 1
description = "Can the city afford it?"
[[tracks.questions]]
key = "area"
label = "Which part of town is this for?"
kind = "single_choice"
options = ["North", "South"]
[[tracks.questions]]
key = "sketch"
label = "A sketch or map"
kind = "file"
"#
    );
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    };
    write("challenge.toml", &manifest);
    write("README.md", "# Ideas for our parks\n\nTell us what would make your park better.\n");
    write("data/parks.csv", "park_id,name\n1,Riverside\n2,Hilltop\n");
}

/// Copies the folder `from` (an example bundle, say) into `to`, recursively.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
