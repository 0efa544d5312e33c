//! No URL serves hidden data. A crawler follows every link of every public
//! page and API answer, and tries the addresses someone might guess; no
//! response may contain a hidden file, a line of one, its hash or its path.

use std::collections::{BTreeSet, HashSet, VecDeque};

use axum::http::StatusCode;
use plaza_core::{ChallengeRole, TokenScope};
use plaza_store::BlobStore;
use plaza_tests::{TestApp, copy_dir};
use tokio::io::AsyncReadExt;

/// Every `href="..."` and `src="..."` that stays on this site.
fn links(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attr in ["href=\"", "src=\"", "\"url\":\"", "\"download_url\":\""] {
        let mut rest = html;
        while let Some(start) = rest.find(attr) {
            rest = &rest[start + attr.len()..];
            let Some(end) = rest.find('"') else { break };
            let link = rest[..end].replace("&amp;", "&");
            rest = &rest[end..];
            if link.starts_with('/') && !link.starts_with("//") {
                found.push(link.split('#').next().unwrap_or_default().to_owned());
            }
        }
    }
    found
}

struct Hidden {
    lines: Vec<String>,
    hashes: Vec<String>,
    paths: Vec<String>,
    whole_files: Vec<Vec<u8>>,
}

async fn read_blob(app: &TestApp, sha256: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut reader = app.env.blobs.open(sha256).await.expect("open").expect("stored");
    reader.read_to_end(&mut bytes).await.expect("read");
    bytes
}

fn data_lines(bytes: &[u8]) -> Vec<String> {
    // Every data line (not the header), long enough to be unmistakable.
    String::from_utf8_lossy(bytes)
        .lines()
        .skip(1)
        .map(|l| l.trim_end_matches('\r').to_owned())
        .filter(|l| l.len() >= 6)
        .collect()
}

/// The hidden files and their lines, less what the organizer also published
/// on purpose (a code track's hidden input may equal the public test features).
async fn hidden_material(app: &TestApp) -> Hidden {
    let mut hidden = Hidden { lines: Vec::new(), hashes: Vec::new(), paths: Vec::new(), whole_files: Vec::new() };
    for challenge in app.env.store.list_challenges().await.expect("list") {
        let files = app.env.store.challenge_files(challenge.id).await.expect("files");
        let mut public_hashes = HashSet::new();
        let mut public_lines = HashSet::new();
        for file in files.iter().filter(|f| !f.hidden) {
            public_hashes.insert(file.blob.sha256.clone());
            public_lines.extend(data_lines(&read_blob(app, &file.blob.sha256).await));
        }
        for file in files.iter().filter(|f| f.hidden) {
            hidden.paths.push(file.path.clone());
            if public_hashes.contains(&file.blob.sha256) {
                continue;
            }
            let bytes = read_blob(app, &file.blob.sha256).await;
            hidden.lines.extend(data_lines(&bytes).into_iter().filter(|l| !public_lines.contains(l)));
            hidden.hashes.push(file.blob.sha256.clone());
            hidden.whole_files.push(bytes);
        }
    }
    assert!(!hidden.lines.is_empty(), "the examples have hidden answers to protect");
    hidden
}

#[tokio::test]
async fn no_public_url_serves_hidden_data() {
    let app = TestApp::with_examples().await;
    let hidden = hidden_material(&app).await;
    let hidden_lines: HashSet<&str> = hidden.lines.iter().map(String::as_str).collect();

    let mut queue: VecDeque<String> =
        ["/", "/api/v1/challenges", "/healthz", "/static/plaza.css"].into_iter().map(String::from).collect();
    for challenge in app.env.store.list_challenges().await.expect("list") {
        queue.push_back(format!("/api/v1/challenges/{}", challenge.slug));
        // Addresses someone might guess for hidden files.
        for path in &hidden.paths {
            let name = path.rsplit('/').next().unwrap_or(path).trim_end_matches(".csv");
            queue.push_back(format!("/challenges/{}/data/{name}", challenge.slug));
            queue.push_back(format!("/challenges/{}/data/{name}/download", challenge.slug));
            queue.push_back(format!("/challenges/{}/{path}", challenge.slug));
            queue.push_back(format!("/challenges/{}/data/..%2F{path}/download", challenge.slug));
            queue.push_back(format!(
                "/static/..%2F..%2Fchallenges%2F{}%2F{}",
                challenge.slug,
                path.replace('/', "%2F")
            ));
        }
        for hash in &hidden.hashes {
            queue.push_back(format!("/blobs/{hash}"));
            queue.push_back(format!("/challenges/{}/data/{hash}/download", challenge.slug));
        }
    }
    let mut seen = BTreeSet::new();
    let mut fetched = 0;
    while let Some(url) = queue.pop_front() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let response = app.get(&url).await;
        fetched += 1;
        assert!(
            response.status == StatusCode::OK
                || response.status == StatusCode::NOT_FOUND
                || response.status == StatusCode::SEE_OTHER,
            "{url} answered {}",
            response.status
        );
        if response.status == StatusCode::SEE_OTHER {
            let target = response.location();
            if target.starts_with('/') && !seen.contains(&target) {
                queue.push_back(target);
            }
        }
        let body = response.text();
        for whole in &hidden.whole_files {
            assert_ne!(&response.body, whole, "{url} served a hidden file");
        }
        for line in body.lines() {
            assert!(!hidden_lines.contains(line.trim_end_matches('\r')), "{url} contains the hidden line {line:?}");
        }
        for hash in &hidden.hashes {
            assert!(!body.contains(hash.as_str()), "{url} names a hidden file by its hash");
        }
        for path in &hidden.paths {
            assert!(!body.contains(path.as_str()), "{url} names the hidden file {path}");
        }
        if response.status == StatusCode::OK {
            for link in links(&body) {
                if !seen.contains(&link) {
                    queue.push_back(link);
                }
            }
        }
    }
    assert!(fetched > 40, "the crawler reached the whole site ({fetched} responses)");
    assert!(seen.iter().any(|u| u.ends_with("/download")), "downloads were followed");
}

/// A WASI program that prints `csv` to stdout.
fn printing_program(csv: &[u8]) -> Vec<u8> {
    let escaped: String = csv.iter().map(|b| format!("\\{b:02x}")).collect();
    let wat = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") {pages})
  (data (i32.const 64) "{escaped}")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const {len}))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))))"#,
        pages = csv.len() / 65536 + 2,
        len = csv.len(),
    );
    wat::parse_str(&wat).expect("valid module")
}

#[tokio::test]
async fn a_program_that_prints_the_hidden_input_as_ids_never_shows_it_to_the_team() {
    let app = TestApp::empty().await;
    // The organizer's hidden case input has a column that entrants never see.
    let bundle = tempfile::tempdir().expect("tempdir");
    copy_dir(&plaza_store::testing::examples_dir().join("uk-aurn-air-quality-2020"), bundle.path());
    let input_path = bundle.path().join("hidden/test_features.csv");
    let input = std::fs::read_to_string(&input_path).expect("hidden input");
    let mut secrets = Vec::new();
    let mut with_secrets = String::new();
    for (row, line) in input.lines().enumerate() {
        if row == 0 {
            with_secrets.push_str(&format!("{line},note\n"));
            continue;
        }
        let secret = format!("HIDDENSECRET-{row}-{}", 7000 + (row * 7919) % 1000);
        with_secrets.push_str(&format!("{line},{secret}\n"));
        secrets.push(secret);
    }
    std::fs::write(&input_path, with_secrets).expect("write hidden input");
    app.import(bundle.path()).await;

    // The entry reads /data/input.csv and prints the hidden column as its ids.
    let mut output = String::from("site_date,Poll_Value\n");
    for secret in &secrets {
        output.push_str(&format!("{secret},20.0\n"));
    }
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let code = "/challenges/uk-aurn-air-quality-2020/tracks/program";
    let sent =
        browser.post_file(&format!("{code}/submissions"), "leak.wasm", &printing_program(output.as_bytes())).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let entry = sent.location();
    assert_eq!(app.run_scoring().await, 1);

    let no_secrets = |what: &str, text: &str| {
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{what} shows the hidden value {secret}:\n{text}");
        }
        assert!(!text.contains("HIDDENSECRET"), "{what} shows hidden values:\n{text}");
    };
    let page = browser.get(&entry).await.text();
    assert!(page.contains("not a valid predictions file"), "{page}");
    assert!(page.contains("kept for the organizers"), "{page}");
    no_secrets("the entrant's page", &page);

    let id = entry.rsplit('/').next().expect("entry id");
    let token = app.env.store.create_scoped_api_token(ana.id, "cli", TokenScope::Read).await.expect("token").secret;
    let api = app.get_with_token(&format!("/api/v1/submissions/{id}"), &token).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.text());
    let json: serde_json::Value = serde_json::from_slice(&api.body).expect("json");
    assert_eq!(json["verdict"], "invalid_output", "{json}");
    no_secrets("the API", &api.text());

    let mail = app.last_email_to("ana@example.org").await.expect("a result email");
    no_secrets("the result email", &format!("{}\n{}\n{}", mail.subject, mail.text, mail.html));

    // The organizers read what was wrong, hidden values included.
    let challenge = app.env.store.challenge_by_slug("uk-aurn-air-quality-2020").await.expect("q").expect("challenge");
    let olga = app.user("olga@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let seen = organizer.get(&entry).await.text();
    assert!(seen.contains("why Plaza refused the output"), "{seen}");
    assert!(seen.contains(&format!("id {} is not one of the ids to predict", secrets[0])), "{seen}");
}
