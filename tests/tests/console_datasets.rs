//! Datasets in the browser (#11 items 2 and 4): an organizer uploads a CSV
//! file in whatever encoding and delimiter a spreadsheet saved it, Plaza
//! stores it as UTF-8 with commas and prefills the data dictionary; the
//! organizer describes it (audited), replaces its file (the old one stays
//! downloadable, followers are told) and the exported bundle imports
//! cleanly. Every refusal says why and stores nothing.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::{ChallengeRole, UserId};
use plaza_store::BlobStore as _;
use plaza_store::import::ImportOutcome;
use plaza_tests::{Browser, TestApp, TestResponse, multipart_body};

const SLUG: &str = "noaa-daily-weather";
const LIST: &str = "/challenges/noaa-daily-weather/manage/datasets";

/// "Árboles" as a Spanish spreadsheet saves it: Windows-1252, semicolons.
fn latin1_trees() -> Vec<u8> {
    let mut file = b"id;nombre;barrio;altura\n".to_vec();
    for n in 1..=40 {
        file.extend_from_slice(format!("{n};Caf").as_bytes());
        file.push(0xE9); // é
        file.extend_from_slice(format!(" {n};{};{n}.5\n", ["Norte", "Sur"][n % 2]).as_bytes());
    }
    file
}

async fn organizer(app: &TestApp) -> (Browser<'_>, UserId) {
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;
    (browser, olga.id)
}

async fn challenge_id(app: &TestApp) -> i64 {
    app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge").id
}

async fn dataset_count(app: &TestApp) -> usize {
    app.env.store.datasets(challenge_id(app).await).await.expect("datasets").len()
}

/// Stored blobs, counted on disk.
fn blob_count(app: &TestApp) -> usize {
    let root = app.env.data_dir().join("blobs");
    std::fs::read_dir(&root)
        .expect("blobs")
        .filter_map(Result::ok)
        .filter(|dir| dir.file_name().len() == 2)
        .map(|dir| std::fs::read_dir(dir.path()).expect("blob dir").count())
        .sum()
}

/// Uploads a file through the page's form with these fields before it.
async fn upload(
    browser: &mut Browser<'_>,
    path: &str,
    fields: &[(&str, &str)],
    name: &str,
    bytes: &[u8],
) -> TestResponse {
    if browser.cookie("plaza_csrf").is_none() {
        browser.get("/").await;
    }
    let token = browser.cookie("plaza_csrf").unwrap_or_default();
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    let (content_type, body) = multipart_body(&all, ("file", name, bytes));
    browser.send(Request::post(path).header(header::CONTENT_TYPE, content_type), Body::from(body)).await
}

/// The value of the input named `name` in `html`.
fn value_of(html: &str, name: &str) -> String {
    let start = html.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no {name} in the page"));
    let tag = &html[start..start + html[start..].find('>').expect("tag end")];
    tag.split("value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_owned()
}

/// Adds the Latin-1 file and returns the dataset's manage page path.
async fn add_trees(browser: &mut Browser<'_>) -> String {
    let added = upload(browser, LIST, &[], "Árboles.csv", &latin1_trees()).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    added.location()
}

/// The description form filled in completely.
async fn describe(browser: &mut Browser<'_>, page: &str, license: &str) -> TestResponse {
    let path = page.split('?').next().expect("path").to_owned();
    let html = browser.get(&path).await.text();
    let seen = value_of(&html, "seen");
    let fields = [
        ("seen", seen.as_str()),
        ("title", "Trees of the city"),
        ("license", license),
        ("license_other", ""),
        ("source", "Parks department, 2024 survey"),
        ("description", "One row per tree."),
        ("caveats", "- Heights are estimates."),
        ("columns-0-type", "integer"),
        ("columns-0-description", "Tree number"),
        ("columns-1-type", "text"),
        ("columns-1-description", "Name of the nearest café"),
        ("columns-2-type", "category"),
        ("columns-2-description", "Neighbourhood"),
        ("columns-3-type", "number"),
        ("columns-3-description", "Height in metres"),
    ];
    browser.post(&path, &fields).await
}

#[tokio::test]
async fn a_latin1_semicolon_file_is_stored_as_utf8_with_commas_and_prefills_the_dictionary() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let before = dataset_count(&app).await;
    let page = add_trees(&mut olga).await;
    assert!(page.starts_with("/challenges/noaa-daily-weather/manage/datasets/rboles?notice=added"), "{page}");
    let html = olga.get(&page).await.text();
    assert!(html.contains("Latin-1 (Windows-1252)"), "the encoding note: {html}");
    assert!(html.contains("separated by semicolons"), "the delimiter note");
    assert!(html.contains("The file has 40 rows of data."), "the row count");
    assert!(html.contains("Café 1"), "the preview shows é, read from the stored file");
    assert!(html.contains("<option value=\"category\" selected>"), "barrio prefilled as a category");
    assert!(html.contains("id=\"columns-3-description\""), "column fields use the bundle's keys");

    assert_eq!(dataset_count(&app).await, before + 1);
    let dataset = app.env.store.dataset(challenge_id(&app).await, "rboles").await.expect("db").expect("dataset");
    assert_eq!(dataset.title, "Árboles");
    assert_eq!(dataset.file_name, "Árboles.csv");
    assert_eq!(dataset.row_count, 40);
    let types: Vec<&str> = dataset.columns.iter().map(|c| c.column_type.name()).collect();
    assert_eq!(types, ["integer", "text", "category", "number"]);
    let stored = app.env.blobs.read_head(&dataset.blob.sha256, 1 << 20).await.expect("read").expect("blob");
    let text = String::from_utf8(stored).expect("stored as UTF-8");
    assert!(text.starts_with("id,nombre,barrio,altura\n1,Café 1,Sur,1.5\n"), "{text}");

    // The list shows it, with no licence yet; the public guide too.
    let list = olga.get(LIST).await.text();
    assert!(list.contains("Árboles") && list.contains("No licence yet"), "{list}");
    let guide = app.get("/challenges/noaa-daily-weather/data/rboles").await;
    assert_eq!(guide.status, StatusCode::OK);
    assert!(guide.text().contains("Café 1"));
}

#[tokio::test]
async fn a_file_with_a_byte_order_mark_loses_it_and_says_so() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let file = "\u{feff}station\tvalue\nA\t1\nB\t2\n";
    let added = upload(&mut olga, LIST, &[], "stations.tsv", file.as_bytes()).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let html = olga.get(&added.location()).await.text();
    assert!(html.contains("byte-order mark"), "{html}");
    assert!(html.contains("separated by tabs"));
    let dataset = app.env.store.dataset(challenge_id(&app).await, "stations").await.expect("db").expect("dataset");
    assert_eq!(dataset.columns[0].name, "station");
    let stored = app.env.blobs.read_head(&dataset.blob.sha256, 1 << 20).await.expect("read").expect("blob");
    assert_eq!(stored, b"station,value\nA,1\nB,2\n");
    // The same name again gets a slug of its own.
    let again = upload(&mut olga, LIST, &[], "stations.csv", b"a,b\n1,2\n").await;
    assert!(again.location().contains("/datasets/stations-2?"), "{}", again.location());
}

#[tokio::test]
async fn every_refused_file_says_why_and_stores_nothing() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let mut xlsx = b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec();
    xlsx.extend_from_slice(b"[Content_Types].xml and more");
    let mut ods = b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetype".to_vec();
    ods.extend_from_slice(b"application/vnd.oasis.opendocument.spreadsheet");
    let excel = "This is an Excel file. Save it as CSV (in Excel: File &gt; Save As &gt; CSV) and upload that file.";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.csv", Vec::new(), "The file is empty. Choose the CSV file"),
        ("blank.csv", b"  \n\n".to_vec(), "The file is empty."),
        (
            "values.csv",
            b"12;2024-01-01\n3;2024-01-02\n".to_vec(),
            "The first line holds values (such as &#39;12&#39;), not column names",
        ),
        ("twice.csv", b"a,b,a\n1,2,3\n".to_vec(), "Two columns are named &#39;a&#39;"),
        ("unnamed.csv", b"a,,c\n1,2,3\n".to_vec(), "Column 2 has no name"),
        ("book.xlsx", xlsx, excel),
        ("book.ods", ods, excel),
        ("old.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest".to_vec(), excel),
        ("binary.csv", b"id,x\n1,\0\0\n".to_vec(), "This does not look like a text file"),
        ("ragged.csv", b"a;b\n1;2\n3;4\n5\n".to_vec(), "Line 4 has 1 fields but the first line names 2 columns"),
        ("header.csv", b"a,b\n".to_vec(), "The file has column names but no rows of data."),
    ];
    let datasets = dataset_count(&app).await;
    let blobs = blob_count(&app);
    for (name, bytes, message) in cases {
        let refused = upload(&mut olga, LIST, &[], name, &bytes).await;
        assert!(refused.status.is_client_error(), "{name}: {}", refused.status);
        let text = refused.text();
        assert!(text.contains(message), "{name}: {message} not in {text}");
        assert!(text.contains("href=\"#file\""), "{name}: the summary links to the field");
        assert_eq!(dataset_count(&app).await, datasets, "{name}: no dataset");
        assert_eq!(blob_count(&app), blobs, "{name}: no blob");
    }

    // Too big: refused from its announced length, before it is read.
    let token = olga.cookie("plaza_csrf").unwrap_or_default();
    let (content_type, body) = multipart_body(&[("csrf_token", token.as_str())], ("file", "big.csv", b"a,b\n1,2\n"));
    let request = Request::post(LIST)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, (1u64 << 30) + 200 * 1024);
    let refused = olga.send(request, Body::from(body)).await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(refused.text().contains("The file is larger than 1024 MB (1 GiB)"), "{}", refused.text());
    assert_eq!(dataset_count(&app).await, datasets);

    // Without the form's token nothing is read.
    let (content_type, body) = multipart_body(&[], ("file", "a.csv", b"a,b\n1,2\n"));
    let refused = olga.send(Request::post(LIST).header(header::CONTENT_TYPE, content_type), Body::from(body)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(dataset_count(&app).await, datasets);
}

#[tokio::test]
async fn a_description_is_saved_per_field_in_the_audit_and_a_stale_save_is_refused() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let page = add_trees(&mut olga).await;
    let path = page.split('?').next().expect("path").to_owned();
    let stale_seen = value_of(&olga.get(&path).await.text(), "seen");

    let saved = describe(&mut olga, &page, "CC BY 4.0").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let html = olga.get(&saved.location()).await.text();
    assert!(html.contains("The description was saved"), "{html}");
    assert!(html.contains("<option value=\"CC BY 4.0\" selected>"));
    let edits = app.env.store.challenge_edits(challenge_id(&app).await).await.expect("edits");
    let fields: Vec<&str> = edits.iter().map(|e| e.field.as_str()).collect();
    for field in [
        "datasets.rboles.title",
        "datasets.rboles.license",
        "datasets.rboles.source",
        "datasets.rboles.columns.altura.description",
        "datasets.rboles.file",
    ] {
        assert!(fields.contains(&field), "{field} audited: {fields:?}");
    }
    let licence = edits.iter().find(|e| e.field == "datasets.rboles.license").expect("licence edit");
    assert_eq!(
        (licence.before.as_str(), licence.after.as_str(), licence.actor_name.as_str()),
        ("", "CC BY 4.0", "Olga Organizer")
    );
    let guide = app.get("/challenges/noaa-daily-weather/data/rboles").await.text();
    assert!(guide.contains("Trees of the city") && guide.contains("Height in metres") && guide.contains("CC BY 4.0"));

    // Saved from a page older than that change: refused, nothing changed.
    let stale = olga
        .post(
            &path,
            &[
                ("seen", stale_seen.as_str()),
                ("title", "Mine"),
                ("columns-0-type", "integer"),
                ("columns-1-type", "text"),
                ("columns-2-type", "category"),
                ("columns-3-type", "number"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.text().contains("Someone else changed this dataset while you were editing"));
    let dataset = app.env.store.dataset(challenge_id(&app).await, "rboles").await.expect("db").expect("dataset");
    assert_eq!(dataset.title, "Trees of the city");

    // Each problem named and linked to its field; nothing saved.
    let seen = value_of(&olga.get(&path).await.text(), "seen");
    let long = "x".repeat(10_001);
    let refused = olga
        .post(
            &path,
            &[
                ("seen", seen.as_str()),
                ("title", " "),
                ("license", "other"),
                ("license_other", ""),
                ("columns-0-type", "colour"),
                ("columns-1-type", "text"),
                ("columns-1-description", long.as_str()),
                ("columns-2-type", "category"),
                ("columns-3-type", "number"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let text = refused.text();
    for (field, message) in [
        ("title", "Write a title."),
        ("license", "Write a licence."),
        ("columns-0-type", "Choose a type for the column &#39;id&#39;."),
        ("columns-1-description", "The column description is 10001 characters long; the most allowed is 10000."),
    ] {
        assert!(text.contains(&format!("<a href=\"#{field}\">{message}</a>")), "{field}: {text}");
    }
    let after = app.env.store.dataset(challenge_id(&app).await, "rboles").await.expect("db").expect("dataset");
    assert_eq!(after, dataset);
}

#[tokio::test]
async fn a_replaced_file_keeps_the_old_one_downloadable_and_tells_followers() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let id = challenge_id(&app).await;
    let page = add_trees(&mut olga).await;
    describe(&mut olga, &page, "CC0 1.0").await;
    let fiona = app.user("fiona@example.org", "Fiona Follower").await;
    app.env.store.follow_challenge(id, fiona.id).await.expect("follow");
    let quiet = app.user("quinn@example.org", "Quinn Quiet").await;
    app.env.store.follow_challenge(id, quiet.id).await.expect("follow");
    app.env.store.update_notifications(quiet.id, true, false).await.expect("no news");
    let old = app.env.store.dataset(id, "rboles").await.expect("db").expect("dataset");
    let replace = "/challenges/noaa-daily-weather/manage/datasets/rboles/replace";

    // Without a note, or with a bad file: refused, nothing changed.
    let refused = upload(&mut olga, replace, &[("change_note", "  ")], "new.csv", b"id,nombre\n1,x\n").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.text().contains("<a href=\"#change_note\">Say what changed in the new file."),
        "{}",
        refused.text()
    );
    let refused = upload(&mut olga, replace, &[("change_note", "New")], "new.xlsx", b"PK\x03\x04xl/workbook.xml").await;
    assert!(refused.text().contains("This is an Excel file."), "{}", refused.text());
    assert!(refused.text().contains(">New</textarea>"), "the note is kept");
    assert_eq!(app.env.store.dataset(id, "rboles").await.expect("db").expect("dataset"), old);
    assert!(app.last_email_to("fiona@example.org").await.is_none());

    let new_file = "id,nombre,barrio,especie\n1,Olmo,Norte,Ulmus\n2,Roble,Sur,Quercus\n";
    let replaced = upload(
        &mut olga,
        replace,
        &[("change_note", "Added the southern parks.")],
        "arboles-2025.csv",
        new_file.as_bytes(),
    )
    .await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER, "{}", replaced.text());
    let html = olga.get(&replaced.location()).await.text();
    assert!(html.contains("The earlier file is kept as version 1"), "{html}");
    assert!(html.contains("taken out of the data dictionary: altura."), "{html}");
    let now = app.env.store.dataset(id, "rboles").await.expect("db").expect("dataset");
    assert_eq!(now.row_count, 2);
    assert_eq!(now.file_name, "arboles-2025.csv");
    assert_eq!(now.license, "CC0 1.0", "the description stays");
    let dictionary: Vec<(&str, &str)> = now.columns.iter().map(|c| (c.name.as_str(), c.description.as_str())).collect();
    assert_eq!(
        dictionary,
        [("id", "Tree number"), ("nombre", "Name of the nearest café"), ("barrio", "Neighbourhood"), ("especie", "")]
    );

    // The data guide lists version 1, which downloads as it was.
    let guide = app.get("/challenges/noaa-daily-weather/data/rboles").await.text();
    assert!(guide.contains("Versions") && guide.contains("Added the southern parks."), "{guide}");
    let link = "/challenges/noaa-daily-weather/data/rboles/versions/1/download";
    assert!(guide.contains(link));
    let download = app.get(link).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.header("content-type"), "text/csv; charset=utf-8");
    assert!(download.header("content-disposition").starts_with("attachment; filename=\"noaa-daily-weather-v1-"));
    assert_eq!(download.header("etag"), format!("\"{}\"", old.blob.sha256));
    assert!(download.text().starts_with("id,nombre,barrio,altura\n1,Café 1,Sur,1.5\n"));
    assert_eq!(
        app.get("/challenges/noaa-daily-weather/data/rboles/versions/2/download").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/challenges/noaa-daily-weather/data/rboles/versions/x/download").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(app.get("/challenges/noaa-daily-weather/data/rboles/download").await.text().contains("Quercus"));

    // Followers who want news get the note and the link; the blob sweep keeps the old file.
    let mail = app.last_email_to("fiona@example.org").await.expect("an email to the follower");
    assert_eq!(mail.subject, "Trees of the city was updated: Added the southern parks.");
    assert!(mail.text.contains("http://plaza.test/challenges/noaa-daily-weather/data/rboles"), "{}", mail.text);
    assert!(mail.list_unsubscribe.is_some());
    assert!(app.last_email_to("quinn@example.org").await.is_none(), "news turned off");
    let referenced = app.env.store.referenced_blobs().await.expect("referenced");
    assert!(referenced.contains(&old.blob.sha256), "the old file is still needed");
}

#[tokio::test]
async fn a_dataset_can_be_removed_only_before_anyone_enters() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let id = challenge_id(&app).await;
    add_trees(&mut olga).await;
    let page = "/challenges/noaa-daily-weather/manage/datasets/rboles";
    assert!(olga.get(page).await.text().contains("Nobody has entered this challenge yet"));
    let removed = olga.post(&format!("{page}/remove"), &[]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(olga.get(&removed.location()).await.text().contains("The dataset was removed."));
    assert!(app.env.store.dataset(id, "rboles").await.expect("db").is_none());

    add_trees(&mut olga).await;
    let erin = app.user("erin@example.org", "Erin Entrant").await;
    let team = app.env.store.create_team(id, erin.id, "Erin's team").await.expect("db").expect("team");
    let track = app
        .env
        .store
        .tracks(id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.slug.as_str() == "predict")
        .expect("track");
    let entry = plaza_store::NewSubmission {
        challenge_id: id,
        track_id: track.id,
        team_id: team.id,
        user_id: erin.id,
        file_name: "entry.csv".into(),
        blob: app.env.blobs.put_bytes(b"id,target\n1,1\n").await.expect("blob"),
        daily_limit: 100,
        refused_limit: None,
        zone: plaza_core::Zone::UTC,
    };
    app.env.store.create_submission(entry).await.expect("db").expect("entry");
    assert!(
        olga.get(page).await.text().contains("People have entered this challenge, so this dataset cannot be removed")
    );
    let refused = olga.post(&format!("{page}/remove"), &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.text().contains("People have entered this challenge, so its datasets stay"));
    assert!(app.env.store.dataset(id, "rboles").await.expect("db").is_some());
}

#[tokio::test]
async fn only_organizers_reach_the_dataset_pages() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    add_trees(&mut olga).await;
    let erin = app.user("erin@example.org", "Erin Entrant").await;
    let mut entrant = app.browser();
    entrant.sign_in_as(&erin).await;
    let page = "/challenges/noaa-daily-weather/manage/datasets/rboles";
    for path in [LIST, page] {
        assert_eq!(entrant.get(path).await.status, StatusCode::FORBIDDEN, "GET {path}");
    }
    for path in [LIST.to_owned(), format!("{page}/replace")] {
        let refused = upload(&mut entrant, &path, &[("change_note", "mine")], "a.csv", b"a,b\n1,2\n").await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "POST {path}");
    }
    for path in [page.to_owned(), format!("{page}/remove")] {
        assert_eq!(entrant.post(&path, &[("title", "Mine")]).await.status, StatusCode::FORBIDDEN, "POST {path}");
    }
    assert_eq!(entrant.get("/challenges/noaa-daily-weather/manage/datasets/nope").await.status, StatusCode::FORBIDDEN);
    let signed_out = app.get(LIST).await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert!(app.env.store.dataset(challenge_id(&app).await, "rboles").await.expect("db").is_some());
    assert_eq!(dataset_count(&app).await, 3);
}

#[tokio::test]
async fn the_exported_bundle_with_a_browser_made_dataset_imports_cleanly() {
    let app = TestApp::with_examples().await;
    let (mut olga, _) = organizer(&app).await;
    let page = add_trees(&mut olga).await;
    let saved = describe(&mut olga, &page, "ODbL 1.0").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());

    let zip = olga.get("/challenges/noaa-daily-weather/manage/export.zip").await;
    assert_eq!(zip.status, StatusCode::OK);
    let exported = app.env.store.export_bundle(&app.env.blobs, SLUG).await.expect("export");
    let manifest = String::from_utf8(exported.manifest_toml.clone()).expect("utf-8");
    assert!(manifest.contains("slug = \"rboles\"") && manifest.contains("license = \"ODbL 1.0\""), "{manifest}");
    let folder = tempfile::tempdir().expect("tempdir");
    let dir = folder.path().join("bundle");
    exported.write_to_dir(&app.env.blobs, &dir).await.expect("write");

    // `plaza import --check` on a fresh site, then the import itself.
    let fresh = TestApp::empty().await;
    let checked = fresh.env.store.import_bundle(&fresh.env.blobs, &dir, true).await.expect("the bundle is valid");
    assert_eq!(checked.outcome, ImportOutcome::WouldCreate);
    let imported = fresh.env.store.import_bundle(&fresh.env.blobs, &dir, false).await.expect("import");
    assert_eq!(imported.outcome, ImportOutcome::Created);
    let copy = fresh.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let trees = fresh.env.store.dataset(copy.id, "rboles").await.expect("db").expect("dataset");
    assert_eq!(trees.row_count, 40);
    assert_eq!(trees.license, "ODbL 1.0");
    // And into the same site: nothing to change.
    let again = app.env.store.import_bundle(&app.env.blobs, &dir, false).await.expect("import");
    assert_eq!(again.outcome, ImportOutcome::Unchanged);
}
