//! No URL serves hidden data. A crawler follows every link of every public
//! page and API answer, and tries the addresses someone might guess; no
//! response may contain a hidden file, a line of one, its hash or its path.

use std::collections::{BTreeSet, HashSet, VecDeque};

use axum::http::StatusCode;
use plaza_store::BlobStore;
use plaza_tests::TestApp;
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
