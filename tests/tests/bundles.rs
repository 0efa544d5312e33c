//! A challenge as a bundle: `export_bundle` (what `plaza export` and the
//! console's export.zip write) reads back through `import_bundle` to the
//! same challenge, on this site ("unchanged") and on a fresh one (the same
//! public API answer apart from ids); site admins upload bundle zips.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::{ChallengeRole, Criterion};
use plaza_store::bundle_export::{ExportContent, ExportedBundle};
use plaza_store::import::ImportOutcome;
use plaza_tests::{TestApp, multipart_body};

const EXAMPLES: [&str; 4] =
    ["chicago-food-inspections", "noaa-daily-weather", "toronto-street-trees", "uk-aurn-air-quality-2020"];

/// Every file of an exported bundle with its bytes.
async fn files_of(app: &TestApp, bundle: &ExportedBundle) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for (path, content) in bundle.entries() {
        let bytes = match content {
            ExportContent::Bytes(bytes) => bytes.to_vec(),
            ExportContent::Blob(blob) => {
                use plaza_store::BlobStore;
                app.env.blobs.read_head(&blob.sha256, usize::MAX).await.expect("blob").expect("stored")
            }
        };
        files.insert(path.to_owned(), bytes);
    }
    files
}

/// The public API's answer for a challenge, without what differs between
/// two sites (ids and addresses).
async fn public_answer(app: &TestApp, slug: &str) -> serde_json::Value {
    let response = app.get(&format!("/api/v1/challenges/{slug}")).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text());
    let mut value: serde_json::Value = serde_json::from_slice(&response.body).expect("json");
    strip_site_specific(&mut value);
    value
}

fn strip_site_specific(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|key, _| key != "id" && !key.ends_with("_id") && !key.ends_with("url"));
            map.values_mut().for_each(strip_site_specific);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_site_specific),
        _ => {}
    }
}

#[tokio::test]
async fn every_example_exports_to_a_bundle_that_imports_to_the_same_challenge() {
    let site = TestApp::with_examples().await;
    let fresh = TestApp::empty().await;
    for slug in EXAMPLES {
        let exported = site.env.store.export_bundle(&site.env.blobs, slug).await.expect("export");
        let folder = tempfile::tempdir().expect("tempdir");
        let out = folder.path().join("bundle");
        exported.write_to_dir(&site.env.blobs, &out).await.expect("write");
        let written: Vec<_> = exported.entries().iter().map(|(path, _)| out.join(path)).collect();
        assert!(written.iter().all(|path| path.is_file()), "{written:?}");
        assert!(exported.files.keys().any(|path| path.starts_with("hidden/")), "{slug}: the hidden answers go along");

        let again = site.env.store.import_bundle(&site.env.blobs, &out, false).await.expect("re-import");
        assert_eq!(again.outcome, ImportOutcome::Unchanged, "{slug} on the same site");

        let created = fresh.env.store.import_bundle(&fresh.env.blobs, &out, false).await.expect("import");
        assert_eq!(created.outcome, ImportOutcome::Created, "{slug} on a fresh site");
        assert_eq!(public_answer(&site, slug).await, public_answer(&fresh, slug).await, "{slug}");

        // And the fresh site exports the very same files.
        let from_fresh = fresh.env.store.export_bundle(&fresh.env.blobs, slug).await.expect("export again");
        assert_eq!(files_of(&site, &exported).await, files_of(&fresh, &from_fresh).await, "{slug}");
    }
}

#[tokio::test]
async fn an_unchanged_challenge_gives_back_its_own_files_byte_for_byte() {
    let site = TestApp::with_examples().await;
    // The Toronto bundle names its time zone, so its manifest says all the
    // challenge is: the file comes back as written, comments included.
    let exported = site.env.store.export_bundle(&site.env.blobs, "toronto-street-trees").await.expect("export");
    let example = plaza_store::testing::examples_dir().join("toronto-street-trees");
    for (path, bytes) in files_of(&site, &exported).await {
        assert_eq!(std::fs::read(example.join(&path)).expect("example file"), bytes, "{path}");
    }
}

#[tokio::test]
async fn a_rubric_changed_in_the_browser_is_in_the_export() {
    let site = TestApp::with_examples().await;
    let store = &site.env.store;
    let challenge = store.challenge_by_slug("chicago-food-inspections").await.expect("db").expect("challenge");
    let track = store
        .tracks(challenge.id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.settings.kind() == plaza_core::TrackKind::Ideas)
        .expect("an ideas track");
    let organizer = site.user("olga@example.org", "Olga").await;
    store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("role");
    let criteria = vec![
        Criterion {
            name: "Helps \"street\" trees".into(),
            weight: 4,
            description: "Does it help?\nSay how.".into(),
            levels: Vec::new(),
        },
        Criterion { name: "Cost".into(), weight: 1, description: "Can the city afford it?".into(), levels: Vec::new() },
    ];
    let counts = plaza_store::RubricCounts { judges_per_entry: 2, min_reviews: 2 };
    store.update_rubric(challenge.id, &track, &criteria, counts, organizer.id).await.expect("rubric");

    let exported = store.export_bundle(&site.env.blobs, "chicago-food-inspections").await.expect("export");
    let manifest = String::from_utf8(exported.manifest_toml.clone()).expect("text");
    assert!(manifest.contains(r#"name = "Helps \"street\" trees""#), "{manifest}");
    assert!(manifest.contains("judges_per_entry = 2"), "{manifest}");
    let folder = tempfile::tempdir().expect("tempdir");
    let out = folder.path().join("bundle");
    exported.write_to_dir(&site.env.blobs, &out).await.expect("write");

    let again = store.import_bundle(&site.env.blobs, &out, false).await.expect("re-import");
    assert_eq!(again.outcome, ImportOutcome::Unchanged, "the same challenge, though the file is new");

    let fresh = TestApp::empty().await;
    fresh.env.store.import_bundle(&fresh.env.blobs, &out, false).await.expect("import");
    let moved = fresh.env.store.challenge_by_slug("chicago-food-inspections").await.expect("db").expect("challenge");
    let moved_track = fresh
        .env
        .store
        .tracks(moved.id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.slug == track.slug)
        .expect("track");
    let judging = fresh.env.store.track_judging(&moved_track).await.expect("judging");
    assert_eq!(judging.criteria, criteria);
    assert_eq!(judging.judges_per_entry, 2);
}

#[tokio::test]
async fn export_refuses_a_folder_that_is_not_empty_and_an_unknown_challenge() {
    let site = TestApp::with_examples().await;
    let exported = site.env.store.export_bundle(&site.env.blobs, "noaa-daily-weather").await.expect("export");
    let folder = tempfile::tempdir().expect("tempdir");
    std::fs::write(folder.path().join("notes.txt"), "mine").expect("write");
    let err = exported.write_to_dir(&site.env.blobs, folder.path()).await.expect_err("not empty");
    assert!(err.to_string().contains("is not empty"), "{err}");
    assert_eq!(std::fs::read_to_string(folder.path().join("notes.txt")).expect("kept"), "mine");
    assert_eq!(std::fs::read_dir(folder.path()).expect("dir").count(), 1, "nothing else written");

    let empty = tempfile::tempdir().expect("tempdir");
    exported.write_to_dir(&site.env.blobs, empty.path()).await.expect("an empty folder is fine");
    assert!(empty.path().join("challenge.toml").is_file());

    let err = site.env.store.export_bundle(&site.env.blobs, "no-such-challenge").await.expect_err("unknown");
    assert!(err.to_string().contains("there is no challenge 'no-such-challenge'"), "{err}");
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("read");
        files.insert(entry.name().expect("name").into_owned(), content);
    }
    files
}

fn zip_folder(files: &BTreeMap<String, Vec<u8>>, prefix: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (path, bytes) in files {
        zip.start_file(format!("{prefix}{path}"), zip::write::SimpleFileOptions::default()).expect("start");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

#[tokio::test]
async fn organizers_download_their_challenge_as_a_zip_that_admins_upload_elsewhere() {
    let site = TestApp::with_examples().await;
    let challenge = site.env.store.challenge_by_slug("chicago-food-inspections").await.expect("db").expect("c");
    let organizer = site.user("olga@example.org", "Olga").await;
    site.env.store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("role");
    let mut olga = site.browser();
    olga.sign_in_as(&organizer).await;
    let download = olga.get("/challenges/chicago-food-inspections/manage/export.zip").await;
    assert_eq!(download.status, StatusCode::OK, "{}", download.text());
    assert_eq!(download.header("content-type"), "application/zip");
    assert!(download.header("content-disposition").contains("chicago-food-inspections-bundle.zip"));
    assert!(download.header("cache-control").contains("no-store"));
    let files = unzip(&download.body);
    let exported = site.env.store.export_bundle(&site.env.blobs, "chicago-food-inspections").await.expect("export");
    assert_eq!(files, files_of(&site, &exported).await);

    // An entrant, or an organizer of another challenge, gets no hidden answers.
    let entrant = site.user("erin@example.org", "Erin").await;
    let mut erin = site.browser();
    erin.sign_in_as(&entrant).await;
    let refused = erin.get("/challenges/chicago-food-inspections/manage/export.zip").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(unzip_fails(&refused.body));

    // A site admin of a fresh site uploads it: first a check, then the import.
    let fresh = TestApp::empty().await;
    let admin =
        fresh.env.store.create_user(&plaza_core::Email::parse("ada@example.org").expect("email"), "Ada", true).await;
    let mut ada = fresh.browser();
    ada.sign_in_as(&admin.expect("admin")).await;
    let form = ada.get("/admin/import").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("Import a challenge bundle"));

    let checked = upload(&mut ada, &download.body, "check").await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.text());
    assert!(checked.text().contains("valid; would be created"), "{}", checked.text());
    assert!(fresh.env.store.challenge_by_slug("chicago-food-inspections").await.expect("db").is_none());

    let imported = upload(&mut ada, &download.body, "import").await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.text());
    assert!(imported.text().contains("chicago-food-inspections: created"), "{}", imported.text());
    assert_eq!(
        public_answer(&site, "chicago-food-inspections").await,
        public_answer(&fresh, "chicago-food-inspections").await
    );
    // The same zip again, this time as a folder inside the zip: nothing changes.
    let again = upload(&mut ada, &zip_folder(&files, "chicago/"), "import").await;
    assert!(again.text().contains("unchanged"), "{}", again.text());
}

fn unzip_fails(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes)).is_err()
}

async fn upload(browser: &mut plaza_tests::Browser<'_>, zip: &[u8], action: &str) -> plaza_tests::TestResponse {
    if browser.cookie("plaza_csrf").is_none() {
        browser.get("/").await;
    }
    let token = browser.cookie("plaza_csrf").unwrap_or_default();
    let (content_type, body) =
        multipart_body(&[("csrf_token", token.as_str()), ("action", action)], ("file", "bundle.zip", zip));
    browser.send(Request::post("/admin/import").header(header::CONTENT_TYPE, content_type), Body::from(body)).await
}

#[tokio::test]
async fn a_bundle_zip_with_problems_imports_nothing_and_lists_them() {
    let site = TestApp::with_examples().await;
    let exported = site.env.store.export_bundle(&site.env.blobs, "noaa-daily-weather").await.expect("export");
    let mut files = files_of(&site, &exported).await;
    let manifest = String::from_utf8(files["challenge.toml"].clone()).expect("text");
    let broken = manifest
        .replace("slug = \"noaa-daily-weather\"", "slug = \"noaa-copy\"")
        .replace("closes_at = \"2027-06-30T23:59:59Z\"", "closes_at = \"2020-01-01T00:00:00Z\"");
    assert_ne!(broken, manifest);
    files.insert("challenge.toml".into(), broken.into_bytes());
    let zip = zip_folder(&files, "");

    let admin =
        site.env.store.create_user(&plaza_core::Email::parse("ada@example.org").expect("email"), "Ada", true).await;
    let mut ada = site.browser();
    ada.sign_in_as(&admin.expect("admin")).await;
    let refused = upload(&mut ada, &zip, "import").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    assert!(text.contains("nothing was imported"), "{text}");
    assert!(text.contains("closes_at: must be later than opens_at"), "{text}");
    assert!(site.env.store.challenge_by_slug("noaa-copy").await.expect("db").is_none());

    let not_zip = upload(&mut ada, b"slug = \"x\"", "import").await;
    assert_eq!(not_zip.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(not_zip.text().contains("not a zip archive"), "{}", not_zip.text());

    let evil = zip_folder(&BTreeMap::from([("../../evil.csv".to_owned(), b"x".to_vec())]), "");
    let outside = upload(&mut ada, &evil, "import").await;
    assert!(outside.text().contains("points outside the bundle folder"), "{}", outside.text());

    // Without the form's token the upload is refused unread.
    let (content_type, body) = multipart_body(&[("action", "import")], ("file", "bundle.zip", &zip));
    let forged =
        ada.send(Request::post("/admin/import").header(header::CONTENT_TYPE, content_type), Body::from(body)).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // Only site admins may upload.
    let organizer = site.user("olga@example.org", "Olga").await;
    let mut olga = site.browser();
    olga.sign_in_as(&organizer).await;
    assert_eq!(upload(&mut olga, &zip, "import").await.status, StatusCode::FORBIDDEN);
    assert_eq!(olga.get("/admin/import").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn importing_the_bundle_again_after_a_change_in_the_browser_puts_the_bundle_back() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let dir = plaza_store::testing::examples_dir().join("noaa-daily-weather");
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("query").expect("imported");
    let organizer = app.user("olga@example.org", "Olga").await;
    let before = plaza_store::details_of(&challenge);
    let after = plaza_core::challenge_edit::Details { title: "Renamed in the browser".into(), ..before.clone() };
    let changes = plaza_core::challenge_edit::changes(&before, &after);
    store
        .update_challenge_details(challenge.id, &before.fingerprint(), &after, &changes, organizer.id)
        .await
        .expect("saved");

    // The same bundle no longer describes the challenge: importing it updates it.
    let report = store.import_bundle(&app.env.blobs, &dir, false).await.expect("import");
    assert_eq!(report.outcome, ImportOutcome::Updated);
    let now = store.challenge_by_slug("noaa-daily-weather").await.expect("query").expect("still there");
    assert_eq!(now.title, challenge.title, "the bundle's title is back");
    // And then it is unchanged again.
    let again = store.import_bundle(&app.env.blobs, &dir, false).await.expect("import");
    assert_eq!(again.outcome, ImportOutcome::Unchanged);
}
