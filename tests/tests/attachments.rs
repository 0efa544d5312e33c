//! Idea attachments end to end: what a judge receives names no one (neutral
//! file names, no author in the file's metadata), refused uploads are shown
//! beside the file field, every multipart field is read with a bound and a
//! forged upload stores nothing, and organizers' CSV exports cannot carry a
//! spreadsheet formula.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::attachment::samples;
use plaza_core::idea::MAX_FILES;
use plaza_core::{ChallengeRole, User};
use plaza_tests::{Browser, TestApp, link_in, multipart_body, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";
const TRACK: &str = "/challenges/park-ideas/tracks/ideas";
const DASHBOARD: &str = "/challenges/park-ideas/manage/judging/ideas";
const AUTHOR: &str = "Jane Resident";

struct World {
    app: TestApp,
    _dir: tempfile::TempDir,
    organizer: User,
    author: User,
    judge: User,
}

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

/// The park ideas challenge, one judge per idea, an organizer, Jane (who
/// enters ideas) and Jo the judge.
async fn world() -> World {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let organizer = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer");
    let author = app.user("jane@example.org", AUTHOR).await;
    let judge = app.user("jo@example.org", "Jo Judge").await;
    store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("judge");
    World { app, _dir: dir, organizer, author, judge }
}

/// Jane sends an idea titled `title`; returns its page's path.
async fn send_idea(browser: &mut Browser<'_>, title: &str) -> String {
    let fields = [
        ("title", title),
        ("summary", "A short summary."),
        ("problem", "A problem residents notice."),
        ("proposal", "What the city should do."),
        ("q_area", "South"),
        ("team_contact", "Jane Resident, jane@example.org"),
        ("action", "submit"),
    ];
    let sent = browser.post(&format!("{TRACK}/ideas"), &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    sent.location().split('?').next().expect("path").to_owned()
}

/// The judge declares no tie to anyone and the organizer opens judging.
async fn open_judging(w: &World) {
    let mut judge = signed_in(&w.app, &w.judge).await;
    let declared = judge.post(&format!("{CHALLENGE}/judging/conflicts"), &[("organizations", "Library Board")]).await;
    assert_eq!(declared.status, StatusCode::SEE_OTHER, "{}", declared.text());
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let opened = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn blob_count(app: &TestApp) -> usize {
    fn walk(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|e| if e.path().is_dir() { walk(&e.path()) } else { 1 }).sum())
            .unwrap_or(0)
    }
    walk(&app.env.data_dir().join("blobs"))
}

#[tokio::test]
async fn a_judge_gets_each_attachment_under_a_neutral_name_and_without_the_authors_name_in_it() {
    let w = world().await;
    let mut jane = signed_in(&w.app, &w.author).await;
    let idea_url = send_idea(&mut jane, "Shade trees").await;
    let files: [(&str, Vec<u8>, &[u8]); 5] = [
        ("Jane_Resident_proposal.pdf", samples::pdf_with_author(AUTHOR), b"%PDF-"),
        ("Jane_Resident_photo.jpg", samples::jpeg_with_author(AUTHOR), b"\xFF\xD8\xFF"),
        ("Jane_Resident_map.png", samples::png_with_author(AUTHOR), b"\x89PNG\r\n\x1a\n"),
        ("Jane_Resident_sketch.webp", samples::webp_with_author(AUTHOR), b"RIFF"),
        ("Jane_Resident_drawing.gif", samples::gif_with_author(AUTHOR), b"GIF89a"),
    ];
    for (name, bytes, _) in &files {
        assert!(contains(bytes, "Jane"), "{name} carries the author's name before upload");
        let attached = jane.post_file(&format!("{idea_url}/files"), name, bytes).await;
        assert_eq!(attached.status, StatusCode::SEE_OTHER, "{name}: {}", attached.text());
    }
    let own_page = jane.get(&idea_url).await.text();
    assert!(own_page.contains("Jane_Resident_proposal.pdf"), "the author still sees her own file names");
    let own_file = link_in(&own_page, &format!("{idea_url}/files/")).expect("a link to a file");
    let own = jane.get(&own_file).await;
    assert!(own.header("content-disposition").contains("Jane_Resident_"), "{}", own.header("content-disposition"));
    assert!(!contains(&own.body, "Jane"), "the stored file itself is clean");

    open_judging(&w).await;
    let mut judge = signed_in(&w.app, &w.judge).await;
    let id = idea_url.rsplit('/').next().expect("id");
    let page = judge.get(&format!("{CHALLENGE}/judging/ideas/{id}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let page = page.text();
    assert!(!page.contains("Jane"), "the judge's page names no one: {page}");
    let base = format!("{CHALLENGE}/judging/ideas/{id}/files/");
    let mut links: Vec<String> = Vec::new();
    let mut rest = page.as_str();
    while let Some(link) = link_in(rest, &base) {
        let at = rest.find(&link).map_or(rest.len(), |at| at + link.len());
        rest = &rest[at..];
        if !links.contains(&link) {
            links.push(link);
        }
    }
    assert_eq!(links.len(), files.len(), "a link per file: {links:?}");
    for (position, (link, (name, _, magic))) in links.iter().zip(&files).enumerate() {
        let file = judge.get(link).await;
        assert_eq!(file.status, StatusCode::OK, "{link}");
        let disposition = file.header("content-disposition");
        let ext = name.rsplit('.').next().expect("extension");
        assert_eq!(disposition, format!("inline; filename=\"attachment-{}.{ext}\"", position + 1));
        for identity in ["Jane", "Resident", "jane@example.org"] {
            assert!(!contains(&file.body, identity), "{name} as the judge gets it holds '{identity}'");
            assert!(!contains(disposition.as_bytes(), identity));
        }
        assert!(file.body.starts_with(magic), "{name} is still a file of its kind");
        if ext == "pdf" {
            let doc = lopdf::Document::load_mem(&file.body).expect("the PDF still parses");
            assert_eq!(doc.get_pages().len(), 1);
            assert!(doc.trailer.get(b"Info").is_err(), "no information dictionary");
        }
        if ext == "jpg" {
            assert!(file.body.ends_with(&[0xFF, 0xD9]), "the JPEG ends at its end marker");
        }
        if ext == "png" {
            assert!(file.body.windows(4).any(|w| w == b"IEND") && file.body.windows(4).any(|w| w == b"IDAT"));
        }
    }
}

#[tokio::test]
async fn a_refused_attachment_is_shown_beside_the_file_field_with_the_form_and_the_signed_in_header() {
    let w = world().await;
    let mut jane = signed_in(&w.app, &w.author).await;
    let idea_url = send_idea(&mut jane, "Shade trees").await;
    let upload = format!("{idea_url}/files");
    let token = jane.cookie("plaza_csrf").expect("csrf cookie");

    // Beside the field: the message in the field's error, which the input points at.
    let beside = |text: &str, message: &str| {
        let field = text.find("id=\"file\"").unwrap_or_else(|| panic!("the file field is on the page: {text}"));
        let near = &text[field..(field + 1200).min(text.len())];
        assert!(near.contains("aria-describedby=\"file-hint file-error\""), "{near}");
        assert!(near.contains(&format!("<p class=\"field-error\" id=\"file-error\">{message}")), "{near}");
        assert!(text.contains("role=\"alert\""), "announced");
        assert!(text.contains("Jane Resident<span class=\"visually-hidden\"> (your account)"), "signed-in header");
        assert!(text.contains("Attach the file"), "the form is there to try again");
    };

    let wrong_type = jane.post_file(&upload, "map.pdf", b"<html><script>alert(1)</script>").await;
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
    beside(&wrong_type.text(), "We accept PDF files and images (PNG, JPEG, GIF or WebP).");

    let (content_type, body) =
        multipart_body(&[("csrf_token", &token), ("question", "sketch")], ("file", "notes.txt", b"just some words"));
    let request = Request::post(&upload).header(header::CONTENT_TYPE, content_type);
    let for_sketch = jane.send(request, Body::from(body)).await;
    assert_eq!(for_sketch.status, StatusCode::BAD_REQUEST);
    let text = for_sketch.text();
    beside(&text, "We accept PDF files");
    assert!(text.contains("<option value=\"sketch\" selected>"), "the chosen question is kept: {text}");

    let too_big = vec![b'%'; plaza_core::idea::MAX_FILE_BYTES + 1];
    let big = jane.post_file(&upload, "big.pdf", &too_big).await;
    assert_eq!(big.status, StatusCode::PAYLOAD_TOO_LARGE);
    beside(&big.text(), "The file is larger than 10 MB");

    let (content_type, body) = multipart_body(
        &[("csrf_token", &token), ("question", "area")],
        ("file", "map.png", &samples::png_with_author("x")),
    );
    let request = Request::post(&upload).header(header::CONTENT_TYPE, content_type);
    let no_file_question = jane.send(request, Body::from(body)).await;
    assert_eq!(no_file_question.status, StatusCode::BAD_REQUEST);
    beside(&no_file_question.text(), "That question does not take a file.");

    let damaged = samples::png_with_author("x");
    let cut = jane.post_file(&upload, "map.png", &damaged[..damaged.len() - 20]).await;
    assert_eq!(cut.status, StatusCode::UNPROCESSABLE_ENTITY);
    beside(&cut.text(), "We could not read this PNG file");

    for n in 0..MAX_FILES {
        let attached =
            jane.post_file(&upload, &format!("map-{n}.png"), &samples::png_with_author(&n.to_string())).await;
        assert_eq!(attached.status, StatusCode::SEE_OTHER, "{}", attached.text());
    }
    let one_too_many = jane.post_file(&upload, "map.png", &samples::png_with_author("last")).await;
    assert_eq!(one_too_many.status, StatusCode::CONFLICT);
    beside(&one_too_many.text(), &format!("An idea can carry at most {MAX_FILES} files."));
    let stored = w.app.env.store.idea_files(idea_url.rsplit('/').next().expect("id").parse().expect("id")).await;
    assert_eq!(stored.expect("files").len(), MAX_FILES);
}

#[tokio::test]
async fn every_upload_field_is_read_with_a_bound_and_a_forged_upload_stores_nothing() {
    let w = world().await;
    let mut jane = signed_in(&w.app, &w.author).await;
    let idea_url = send_idea(&mut jane, "Shade trees").await;
    let idea_id: i64 = idea_url.rsplit('/').next().expect("id").parse().expect("id");
    let upload = format!("{idea_url}/files");
    let token = jane.cookie("plaza_csrf").expect("csrf cookie");
    let png = samples::png_with_author("x");
    let before = blob_count(&w.app);

    // A 10 MB text field: refused, read no further than the field's bound.
    let huge = "a".repeat(10 * 1024 * 1024);
    let (content_type, body) =
        multipart_body(&[("csrf_token", &token), ("question", &huge)], ("file", "map.png", &png));
    let request = Request::post(&upload).header(header::CONTENT_TYPE, content_type);
    let refused = jane.send(request, Body::from(body)).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("The form sent a longer answer to “What is this file?”"), "{}", refused.text());

    // A 10 MB token, a wrong token, no token, a token after the file: refused, nothing stored.
    let wrong = "f".repeat(token.len());
    let cases: [Vec<(&str, &str)>; 3] =
        [vec![("csrf_token", huge.as_str())], vec![("csrf_token", wrong.as_str())], vec![("question", "sketch")]];
    for fields in cases {
        let (content_type, body) = multipart_body(&fields, ("file", "map.png", &png));
        let request = Request::post(&upload).header(header::CONTENT_TYPE, content_type);
        let forged = jane.send(request, Body::from(body)).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.text());
    }
    let boundary = "plaza-test-boundary-7d3f";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"map.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&png);
    body.extend_from_slice(
        format!("\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--{boundary}--\r\n")
            .as_bytes(),
    );
    let request =
        Request::post(&upload).header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"));
    let late_token = jane.send(request, Body::from(body)).await;
    assert_eq!(late_token.status, StatusCode::FORBIDDEN, "the token must come before the file");

    assert_eq!(blob_count(&w.app), before, "no blob was stored");
    assert!(w.app.env.store.idea_files(idea_id).await.expect("files").is_empty());

    // The same upload with the right token first is taken.
    let taken = jane.post_file(&upload, "map.png", &png).await;
    assert_eq!(taken.status, StatusCode::SEE_OTHER, "{}", taken.text());
    assert_eq!(blob_count(&w.app), before + 1);
}

#[tokio::test]
async fn exported_csv_cells_cannot_run_as_spreadsheet_formulas() {
    let w = world().await;
    let mut jane = signed_in(&w.app, &w.author).await;
    let idea_url = send_idea(&mut jane, "=HYPERLINK(\"http://evil\")").await;
    let id = idea_url.rsplit('/').next().expect("id");
    open_judging(&w).await;
    let mut judge = signed_in(&w.app, &w.judge).await;
    let fields =
        [("score_0", "5"), ("score_1", "3"), ("feedback", "@SUM(1)"), ("private_note", "-1+1"), ("action", "save")];
    let scored = judge.post(&format!("{CHALLENGE}/judging/ideas/{id}"), &fields).await;
    assert_eq!(scored.status, StatusCode::SEE_OTHER, "{}", scored.text());

    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let audit = organizer.get(&format!("{DASHBOARD}/audit.csv")).await;
    assert_eq!(audit.status, StatusCode::OK);
    let audit = audit.text();
    assert!(audit.contains(",'@SUM(1),'-1+1,"), "{audit}");
    let results = organizer.get(&format!("{DASHBOARD}/results.csv")).await.text();
    assert!(results.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "{results}");
    assert!(results.contains(",1,4.500000,"), "Plaza's numbers stay numbers: {results}");
    for text in [&audit, &results] {
        for line in text.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                let formula =
                    cell.starts_with(['=', '+', '@']) || (cell.starts_with('-') && cell.parse::<f64>().is_err());
                assert!(!formula, "a cell a spreadsheet would run: {cell:?} in {line}");
            }
        }
    }
}
