//! A challenge's own words in another language (#14 item 1): organizers
//! translate them in the console; residents reading in that language see
//! the translation, and a note where something is shown as written.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::ChallengeRole;
use plaza_tests::TestApp;

const TREES: &str = "/challenges/toronto-street-trees";

async fn get_in(app: &TestApp, path: &str, accept_language: &str) -> String {
    let response = app
        .request(
            Request::get(path)
                .header(header::ACCEPT_LANGUAGE, accept_language)
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{path}");
    response.text()
}

#[tokio::test]
async fn an_organizer_translates_the_challenge_and_residents_read_it_in_their_language() {
    let app = TestApp::with_examples().await;
    let challenge = app.env.store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("the example");
    let olga = app.user("olga@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;

    // The list of languages, and the form with every piece as written.
    let list = browser.get(&format!("{TREES}/manage/translations")).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text().contains("/manage/translations/es"), "{}", list.text());
    let form = browser.get(&format!("{TREES}/manage/translations/es")).await;
    assert_eq!(form.status, StatusCode::OK);
    let form = form.text();
    assert!(form.contains("name=\"t:challenge.title\""), "{form}");
    assert!(form.contains("name=\"t:challenge.description\""), "{form}");
    assert!(form.contains("lang=\"es\""), "{form}");
    // The language challenges are written in, or one the site lacks, has no form.
    assert_eq!(browser.get(&format!("{TREES}/manage/translations/en")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(browser.get(&format!("{TREES}/manage/translations/tlh")).await.status, StatusCode::NOT_FOUND);

    // A piece the challenge does not have is refused, and nothing is saved.
    let before = app.env.store.content_translations(challenge.id, "es").await.expect("read");
    let refused = browser
        .post(
            &format!("{TREES}/manage/translations/es"),
            &[("t:challenge.title", "Árboles de la calle"), ("t:challenge.secret_answers", "x")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("challenge.secret_answers"), "{}", refused.text());
    assert_eq!(app.env.store.content_translations(challenge.id, "es").await.expect("read"), before);

    // Saved: the title only (the example's own translation of the rest is emptied).
    let saved = browser
        .post(
            &format!("{TREES}/manage/translations/es"),
            &[("t:challenge.title", "  Árboles de la calle de Toronto "), ("t:challenge.summary", "")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert!(saved.location().ends_with("/manage/translations/es?saved=1"), "{}", saved.location());

    // A resident reading in Spanish sees the translated title, and a note
    // that the rest is shown as written.
    let spanish = get_in(&app, TREES, "es").await;
    assert!(spanish.contains("Árboles de la calle de Toronto"), "{spanish}");
    assert!(spanish.contains("todavía no está traducido"), "{spanish}");
    let home = get_in(&app, "/", "es").await;
    assert!(home.contains("Árboles de la calle de Toronto"), "{home}");
    // In English: as written, no note.
    let english = get_in(&app, TREES, "en").await;
    assert!(!english.contains("Árboles de la calle"), "{english}");
    assert!(english.contains("<title>") && !english.contains("not translated yet"), "{english}");

    // The change is in the challenge's audit.
    let details = browser.get(&format!("{TREES}/manage/details")).await.text();
    assert!(details.contains("Árboles de la calle de Toronto"), "{details}");

    // Emptying a piece shows it as written again.
    let cleared = browser.post(&format!("{TREES}/manage/translations/es"), &[("t:challenge.title", "")]).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER);
    assert!(!get_in(&app, TREES, "es").await.contains("Árboles de la calle"));
}

#[tokio::test]
async fn only_organizers_of_the_challenge_translate_it() {
    let app = TestApp::with_examples().await;
    let challenge = app.env.store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("the example");
    let before = app.env.store.content_translations(challenge.id, "es").await.expect("read");
    let resident = app.user("rosa@example.org", "Rosa").await;
    let mut browser = app.browser();
    browser.sign_in_as(&resident).await;
    let page = browser.get(&format!("{TREES}/manage/translations/es")).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let post = browser.post(&format!("{TREES}/manage/translations/es"), &[("t:challenge.title", "Hacked")]).await;
    assert_eq!(post.status, StatusCode::FORBIDDEN);
    assert_eq!(app.env.store.content_translations(challenge.id, "es").await.expect("read"), before);
}

/// The Toronto example in a folder of its own, with `translations/es.toml`.
fn trees_bundle_with(spanish: &str) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("tempdir");
    plaza_tests::copy_dir(&plaza_store::testing::examples_dir().join("toronto-street-trees"), folder.path());
    std::fs::create_dir_all(folder.path().join("translations")).expect("mkdir");
    std::fs::write(folder.path().join("translations/es.toml"), spanish).expect("write");
    folder
}

#[tokio::test]
async fn a_bundle_carries_translations_that_come_back_in_its_export() {
    let app = TestApp::empty().await;
    let spanish = "[challenge]\ntitle = \"¿Qué tan grandes son los árboles de Toronto?\"\n\n\
                   [dataset.trees-train]\ntitle = \"Árboles con el tamaño de su tronco\"\n";
    let folder = trees_bundle_with(spanish);
    app.import(folder.path()).await;

    let challenge = get_in(&app, TREES, "es").await;
    assert!(challenge.contains("¿Qué tan grandes son los árboles de Toronto?"), "{challenge}");
    assert!(challenge.contains("Árboles con el tamaño de su tronco"), "{challenge}");
    let guide = get_in(&app, &format!("{TREES}/data/trees-train"), "es").await;
    assert!(guide.contains("Árboles con el tamaño de su tronco"), "{guide}");

    // The export writes them back, and importing that export changes nothing.
    let exported = app.env.store.export_bundle(&app.env.blobs, "toronto-street-trees").await.expect("export");
    let file = exported.entries().into_iter().find(|(path, _)| *path == "translations/es.toml");
    assert!(file.is_some(), "{:?}", exported.entries().iter().map(|(p, _)| *p).collect::<Vec<_>>());
    let out = tempfile::tempdir().expect("tempdir");
    let written = out.path().join("bundle");
    exported.write_to_dir(&app.env.blobs, &written).await.expect("write");
    let again = app.env.store.import_bundle(&app.env.blobs, &written, false).await.expect("re-import");
    assert_eq!(again.outcome, plaza_store::ImportOutcome::Unchanged);

    // A changed translation alone is a change to the challenge.
    let changed = trees_bundle_with("[challenge]\ntitle = \"Los árboles de Toronto\"\n");
    let report = app.env.store.import_bundle(&app.env.blobs, changed.path(), false).await.expect("import");
    assert_eq!(report.outcome, plaza_store::ImportOutcome::Updated);
    assert!(get_in(&app, TREES, "es").await.contains("Los árboles de Toronto"));
}

#[tokio::test]
async fn a_bundle_with_a_wrong_translations_file_is_refused_with_where_and_why() {
    let app = TestApp::empty().await;
    for (text, expected) in [
        ("[challenge]\ncontact = \"Ciudad\"\n", "challenge.contact"),
        ("[challenge]\ntitle = 3\n", "challenge.title"),
        ("[challenge\ntitle = \"x\"\n", "not valid TOML"),
    ] {
        let folder = trees_bundle_with(text);
        let Err(plaza_store::Error::Bundle(problems)) =
            app.env.store.import_bundle(&app.env.blobs, folder.path(), false).await
        else {
            panic!("{text}: refused as a bundle problem");
        };
        assert!(
            problems.iter().any(|p| p.file == "translations/es.toml" && p.message.contains(expected)),
            "{text}: {problems:?}"
        );
    }
    assert!(app.env.store.challenge_by_slug("toronto-street-trees").await.expect("query").is_none());
}
