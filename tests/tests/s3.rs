//! Blobs on a real S3-compatible server (`.ci/run` starts one): the blob
//! store's contract, a whole site whose datasets and uploads live in the
//! bucket, and moving a site's files there with `copy_blobs` (what
//! `plaza blobs copy` runs).
//!
//! These tests are ignored by the default `cargo test`; run them with
//! `PLAZA_TEST_S3_URL=s3://BUCKET cargo test -p plaza-tests --test s3 -- --ignored`
//! and the standard `AWS_ENDPOINT_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`,
//! `AWS_SECRET_ACCESS_KEY` and `AWS_ALLOW_HTTP=true`. Asked for without
//! `PLAZA_TEST_S3_URL`, they fail: they never pass without a server.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::http::StatusCode;
use plaza_store::{BlobStore, S3BlobStore};
use plaza_tests::{PUBLIC_URL, TestApp, web_settings};
use plaza_web::{AppState, Providers, build_router};
use tokio::io::AsyncReadExt;

/// A bucket address of its own for each test: `<PLAZA_TEST_S3_URL>/<random>`.
fn bucket() -> String {
    let base = std::env::var("PLAZA_TEST_S3_URL").unwrap_or_default();
    assert!(
        base.starts_with("s3://"),
        "set PLAZA_TEST_S3_URL=s3://BUCKET (and AWS_ENDPOINT_URL etc.) to run the S3 tests; `.ci/run` starts a server"
    );
    format!("{}/t{:016x}", base.trim_end_matches('/'), rand_u64())
}

fn rand_u64() -> u64 {
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    (nanos as u64) ^ u64::from(std::process::id()).rotate_left(32)
}

async fn read(store: &dyn BlobStore, sha256: &str) -> Vec<u8> {
    let mut reader = store.open(sha256).await.expect("open").expect("stored");
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).await.expect("read");
    bytes
}

#[tokio::test]
#[ignore = "needs an S3-compatible server: PLAZA_TEST_S3_URL"]
async fn the_bucket_keeps_the_blob_stores_promises() {
    let tmp = tempfile::tempdir().expect("tmp");
    let store = S3BlobStore::new(&bucket(), tmp.path()).expect("bucket");
    let small = store.put_bytes(b"id,value\n1,2\n").await.expect("put");
    assert_eq!(read(&store, &small.sha256).await, b"id,value\n1,2\n");
    assert_eq!(store.put_bytes(b"id,value\n1,2\n").await.expect("again"), small, "the same content, the same name");
    // Larger than one part: sent in parts, read back whole.
    let big: Vec<u8> = (0..20 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let large = store.put_bytes(&big).await.expect("multipart put");
    assert_eq!(large.size, big.len() as u64);
    assert!(read(&store, &large.sha256).await == big, "read back byte for byte");
    assert!(std::fs::read_dir(tmp.path()).expect("tmp").next().is_none(), "no upload left behind");

    assert!(store.exists(&small.sha256).await.expect("exists"));
    assert!(!store.exists(&"0".repeat(64)).await.expect("exists"));
    assert!(store.open(&"0".repeat(64)).await.expect("open").is_none());
    assert!(store.open("../../etc/passwd").await.expect("open").is_none(), "not a hash, never asked");
    let mut all = store.list().await.expect("list");
    all.sort();
    let mut expected = vec![small.sha256.clone(), large.sha256.clone()];
    expected.sort();
    assert_eq!(all, expected);

    let past = SystemTime::now() - Duration::from_secs(3600);
    let future = SystemTime::now() + Duration::from_secs(3600);
    assert!(store.stale(past).await.expect("stale").is_empty(), "nothing is an hour old");
    assert!(!store.remove_stale(&small.sha256, past).await.expect("remove"), "a fresh blob stays");
    assert_eq!(store.stale(future).await.expect("stale").len(), 2);
    assert!(store.remove_stale(&small.sha256, future).await.expect("remove"));
    assert!(!store.exists(&small.sha256).await.expect("exists"));
}

#[tokio::test]
#[ignore = "needs an S3-compatible server: PLAZA_TEST_S3_URL"]
async fn a_site_with_its_files_in_the_bucket_serves_data_and_scores_entries() {
    let tmp = tempfile::tempdir().expect("tmp");
    let blobs: Arc<dyn BlobStore> = Arc::new(S3BlobStore::new(&bucket(), tmp.path()).expect("bucket"));
    let env = plaza_store::testing::TestEnv::new().await;
    env.store
        .import_bundle(blobs.as_ref(), &plaza_store::testing::examples_dir().join("noaa-daily-weather"), false)
        .await
        .expect("import into the bucket");
    let state = AppState::new(env.store.clone(), blobs.clone(), web_settings(), Providers::new(Vec::new()).expect("p"))
        .expect("state");
    let app = TestApp { router: build_router(state), env };

    // A dataset streams from the bucket, byte for byte.
    let train = std::fs::read(plaza_store::testing::examples_dir().join("noaa-daily-weather/data/train.csv"))
        .expect("train.csv");
    let download = app.get("/challenges/noaa-daily-weather/data/weather-train/download").await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.body == train, "the download is the file");

    // An upload lands in the bucket before its row, and a worker reading the bucket scores it.
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let mut predictions = String::from("day_id,rain_tomorrow\n");
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv"))
            .expect("answers");
    for line in answers.lines().skip(1) {
        let id = line.split(',').next().expect("id");
        predictions.push_str(&format!("{id},0.5\n"));
    }
    let sent = browser
        .post_file("/challenges/noaa-daily-weather/tracks/predict/submissions", "p.csv", predictions.as_bytes())
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let id: i64 = sent.location().trim_start_matches("/submissions/").parse().expect("id");
    let entry = app.env.store.submission(id).await.expect("q").expect("entry");
    assert!(blobs.exists(&entry.blob.sha256).await.expect("exists"), "the upload is in the bucket");
    let scorer = plaza_scorer::Scorer {
        store: app.env.store.clone(),
        blobs: blobs.clone(),
        sandbox: None,
        emails: None,
        public_url: PUBLIC_URL.into(),
        answers: Default::default(),
    };
    let job = app.env.store.claim_job("s3-worker", Duration::from_secs(60)).await.expect("claim").expect("job");
    scorer.process(&job, "s3-worker").await.expect("scored from the bucket");
    let scored = app.env.store.submission(id).await.expect("q").expect("entry");
    assert_eq!(scored.verdict, Some(plaza_core::Verdict::Ok), "{}", scored.message);
}

#[tokio::test]
#[ignore = "needs an S3-compatible server: PLAZA_TEST_S3_URL"]
async fn a_site_on_disk_moves_its_files_to_the_bucket() {
    let env = plaza_store::testing::TestEnv::new().await;
    env.store
        .import_bundle(&env.blobs, &plaza_store::testing::examples_dir().join("noaa-daily-weather"), false)
        .await
        .expect("import");
    let tmp = tempfile::tempdir().expect("tmp");
    let bucket = S3BlobStore::new(&bucket(), tmp.path()).expect("bucket");
    let on_disk = env.blobs.list().await.expect("list");
    let (copied, present) = plaza_store::copy_blobs(&env.blobs, &bucket).await.expect("copy");
    assert_eq!((copied, present), (on_disk.len() as u64, 0));
    let (copied, present) = plaza_store::copy_blobs(&env.blobs, &bucket).await.expect("copy again");
    assert_eq!((copied, present), (0, on_disk.len() as u64), "a second copy sends nothing");
    for hash in on_disk {
        assert_eq!(read(&bucket, &hash).await, read(&env.blobs, &hash).await);
    }
}
