//! Ways in without a computer: organizers set a phone line, a drop-off
//! address and a partner location; the challenge's page and its printable
//! poster show them; the poster's QR code holds the short link `/c/<code>`,
//! which leads to the challenge (and to what happened next once the results
//! are published); the bundle carries the same settings as `[outreach]`.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_tests::{Browser, TestApp, copy_dir};

const SLUG: &str = "noaa-daily-weather";
const CHALLENGE: &str = "/challenges/noaa-daily-weather";
const PAGE: &str = "/challenges/noaa-daily-weather/manage/outreach";

async fn organizer(app: &TestApp) -> Browser<'_> {
    let challenge = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut browser = app.browser();
    browser.sign_in_as(&olga).await;
    browser
}

const WAYS: &[(&str, &str)] = &[
    ("phone", "312-555-0100 ext. 4"),
    ("phone_hours", "Monday to Friday, 9 am to 5 pm"),
    ("drop_off_address", "City Hall, Room 100\r\n121 N LaSalle St, Chicago"),
    ("drop_off_hours", "Weekdays 8:30 am to 4:30 pm"),
    ("partner_location", "Harold Washington Library\r\n400 S State St"),
    ("paper", "letter"),
];

/// The path of a short link (`/c/<code>`).
fn path_of(link: &str) -> String {
    let at = link.find("/c/").unwrap_or_else(|| panic!("{link} is not a short link"));
    link[at..].to_owned()
}

/// The short link printed under the QR code on the poster.
fn short_link_on(poster: &str) -> String {
    let start = poster.find("class=\"poster-link\">").expect("the poster prints its short link") + 20;
    let link = &poster[start..start + poster[start..].find('<').expect("end")];
    format!("http://{link}")
}

#[tokio::test]
async fn an_organizer_sets_the_ways_in_and_the_page_and_poster_show_them() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;

    // Nothing set yet: the page has no section about it, the poster no such box.
    let page = app.get(CHALLENGE).await.text();
    assert!(!page.contains("No computer?"), "{page}");
    assert!(page.contains(&format!("{CHALLENGE}/poster")), "everyone can print the poster");

    let form = olga.get(PAGE).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    let saved = olga.post(PAGE, WAYS).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let form = olga.get(&saved.location()).await.text();
    assert!(form.contains("Saved."), "{form}");
    assert!(form.contains("value=\"312-555-0100 ext. 4\""), "{form}");
    assert!(form.contains("City Hall, Room 100\n121 N LaSalle St, Chicago</textarea>"), "{form}");
    assert!(form.contains("value=\"letter\" checked"), "{form}");

    // The challenge's page, for anyone.
    let page = app.get(CHALLENGE).await.text();
    assert!(page.contains("No computer? You can still take part"), "{page}");
    assert!(page.contains("<a href=\"tel:3125550100\">312-555-0100 ext. 4</a>"), "{page}");
    assert!(page.contains("City Hall, Room 100<br>121 N LaSalle St, Chicago"), "{page}");
    assert!(page.contains("Harold Washington Library<br>400 S State St"), "{page}");

    // The poster: on Letter paper as chosen, dates in the challenge's own zone, the QR code and its link.
    let poster = app.get(&format!("{CHALLENGE}/poster")).await;
    assert_eq!(poster.status, StatusCode::OK, "{}", poster.text());
    let poster = poster.text();
    assert!(poster.contains("class=\"poster poster-letter\""), "{poster}");
    assert!(poster.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\""), "{poster}");
    assert!(poster.contains("Take part online"), "{poster}");
    assert!(poster.contains("Call</strong> 312-555-0100 ext. 4"), "{poster}");
    assert!(poster.contains("Monday to Friday, 9 am to 5 pm"), "{poster}");
    assert!(poster.contains("City Hall, Room 100<br>121 N LaSalle St, Chicago<br>"), "{poster}");
    let a4 = app.get(&format!("{CHALLENGE}/poster?paper=a4")).await.text();
    assert!(a4.contains("class=\"poster poster-a4\""), "{a4}");

    // The short link leads to the challenge, whatever the case it is typed in.
    let link = short_link_on(&poster);
    assert!(link.starts_with(&plaza_tests::web_settings().public_url), "{link}");
    let path = path_of(&link);
    let path = path.as_str();
    assert!(path.starts_with("/c/") && path.len() == 9, "{path}");
    let followed = app.get(path).await;
    assert!(followed.status.is_redirection(), "{}", followed.status);
    assert_eq!(followed.location(), CHALLENGE);
    assert_eq!(app.get(&path.to_uppercase().replace("/C/", "/c/")).await.location(), CHALLENGE);
    // The code stays the same.
    let again = app.get(&format!("{CHALLENGE}/poster")).await.text();
    assert_eq!(short_link_on(&again), link);
}

#[tokio::test]
async fn bad_settings_are_refused_with_every_reason_and_nothing_is_saved() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let long = "x".repeat(161);
    let refused = olga
        .post(
            PAGE,
            &[
                ("phone", "call the library"),
                ("phone_hours", long.as_str()),
                ("drop_off_hours", "9 to 5"),
                ("paper", "A3"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let text = refused.text();
    assert!(text.contains("Nothing was saved. Please fix these 4 things"), "{text}");
    assert!(text.contains("has no digits"), "{text}");
    assert!(text.contains("161 characters long; the most allowed is 160"), "{text}");
    assert!(text.contains("no address"), "{text}");
    assert!(text.contains("&quot;A3&quot; is not a paper size"), "{text}");
    assert!(text.contains("value=\"call the library\""), "what was typed is kept: {text}");
    let stored =
        app.env.store.outreach(app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge").id).await;
    assert_eq!(stored.expect("db"), plaza_core::outreach::Outreach::default());

    // A poster on unknown paper says which sizes there are.
    let paper = app.get(&format!("{CHALLENGE}/poster?paper=tabloid")).await;
    assert_eq!(paper.status, StatusCode::BAD_REQUEST);
    assert!(paper.text().contains("use a4 or letter"), "{}", paper.text());

    // Codes that are not codes, and codes nobody has, are not found.
    for path in ["/c/abc", "/c/zzzzzz", "/c/..%2F..%2F", "/c/abcde0"] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }

    // An entrant cannot change them.
    let erin = app.user("erin@example.org", "Erin").await;
    let mut entrant = app.browser();
    entrant.sign_in_as(&erin).await;
    let forbidden = entrant.post(PAGE, WAYS).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let stored =
        app.env.store.outreach(app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge").id).await;
    assert_eq!(stored.expect("db"), plaza_core::outreach::Outreach::default());
}

#[tokio::test]
async fn after_the_results_the_poster_and_short_link_show_what_happened_next() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    let poster = app.get(&format!("{CHALLENGE}/poster")).await.text();
    let link = short_link_on(&poster);
    let path = path_of(&link);

    // Close the challenge (by re-importing it with a past deadline) and publish.
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&plaza_store::testing::examples_dir().join(SLUG), dir.path());
    let manifest = std::fs::read_to_string(dir.path().join("challenge.toml")).expect("manifest");
    let manifest = manifest.replace("closes_at = \"2027-06-30T23:59:59Z\"", "closes_at = \"2026-11-01T00:00:00Z\"");
    std::fs::write(dir.path().join("challenge.toml"), manifest).expect("write");
    app.import(dir.path()).await;
    let closed = app.get(&format!("{CHALLENGE}/poster")).await.text();
    assert!(closed.contains("Entries closed on"), "{closed}");
    assert!(closed.contains("Follow the results"), "{closed}");
    // Fay follows the challenge; the ways in without a computer are set (after the import, which resets them).
    let id = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge").id;
    let fay = app.user("fay@example.org", "Fay Follower").await;
    app.env.store.follow_challenge(id, fay.id).await.expect("follow");
    let ways = plaza_core::outreach::Outreach {
        phone: "312-555-0100".into(),
        drop_off_address: "City Hall, Room 100\n121 N LaSalle St".into(),
        ..Default::default()
    };
    app.env.store.save_outreach(id, &ways).await.expect("ways in");
    let published = olga.post(&format!("{CHALLENGE}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    // Every email about the challenge says how to take part without a computer.
    let mail = app.last_email_to("fay@example.org").await.expect("Fay hears the results");
    assert!(
        mail.text.contains("No computer? Call 312-555-0100. Or write to, or drop off a paper form at: City Hall, Room 100, 121 N LaSalle St."),
        "{}",
        mail.text
    );
    assert!(mail.html.contains("No computer? Call 312-555-0100."), "{}", mail.html);

    let poster = app.get(&format!("{CHALLENGE}/poster")).await.text();
    assert!(poster.contains("The results of</span>"), "{poster}");
    assert!(poster.contains("aria-label=\"QR code: scan it to see what happened next in"), "{poster}");
    assert_eq!(short_link_on(&poster), link, "the same code, printed before and after");
    assert_eq!(app.get(&path).await.location(), format!("{CHALLENGE}/progress"));
}

#[tokio::test]
async fn a_drafts_short_link_works_for_its_organizers_only() {
    let app = TestApp::empty().await;
    let cora = app.user("cora@example.org", "Cora Creator").await;
    app.env.store.allow_creating_challenges(&cora.email, true).await.expect("allowed");
    let mut browser = app.browser();
    browser.sign_in_as(&cora).await;
    let created = browser
        .post(
            "/manage/new",
            &[
                ("slug", "benches"),
                ("title", "Benches for every bus stop"),
                ("summary", "Where should the city put new benches?"),
                ("host", "City"),
                ("description_md", "# Benches\n\nTell us where."),
                ("time_zone", "UTC"),
                ("opens_at", "2026-10-01T00:00"),
                ("closes_at", "2099-06-30T23:59"),
                ("max_team_size", "3"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let poster = browser.get("/challenges/benches/poster").await;
    assert_eq!(poster.status, StatusCode::OK, "{}", poster.text());
    let link = short_link_on(&poster.text());
    let path = path_of(&link);
    assert_eq!(browser.get(&path).await.location(), "/challenges/benches");
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "a stranger learns nothing of a draft");
    assert_eq!(app.get("/challenges/benches/poster").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_bundle_carries_the_ways_in_and_brings_them_back() {
    let app = TestApp::with_examples().await;
    let mut olga = organizer(&app).await;
    assert_eq!(olga.post(PAGE, WAYS).await.status, StatusCode::SEE_OTHER);
    let exported = app.env.store.export_bundle(&app.env.blobs, SLUG).await.expect("export");
    let toml = String::from_utf8(exported.manifest_toml.clone()).expect("utf-8");
    assert!(toml.contains("[outreach]\nphone = \"312-555-0100 ext. 4\""), "{toml}");
    assert!(toml.contains("poster_paper = \"letter\""), "{toml}");
    let id = app.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge").id;
    let before = app.env.store.outreach(id).await.expect("db");

    // Into a fresh site: the same settings.
    let fresh = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, content) in exported.entries() {
        let target = dir.path().join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        let bytes = match content {
            plaza_store::bundle_export::ExportContent::Bytes(bytes) => bytes.to_vec(),
            plaza_store::bundle_export::ExportContent::Blob(blob) => {
                use plaza_store::BlobStore;
                app.env.blobs.read_head(&blob.sha256, usize::MAX).await.expect("blob").expect("stored")
            }
        };
        std::fs::write(target, bytes).expect("write");
    }
    fresh.import(dir.path()).await;
    let id = fresh.env.store.challenge_by_slug(SLUG).await.expect("db").expect("challenge").id;
    assert_eq!(fresh.env.store.outreach(id).await.expect("db"), before);
    assert!(fresh.get(CHALLENGE).await.text().contains("Harold Washington Library"));
}

#[tokio::test]
async fn an_ideas_track_has_a_paper_form_made_from_its_questions() {
    let app = TestApp::with_examples().await;
    let track = "/challenges/chicago-food-inspections/tracks/ideas";
    let form = app.get(&format!("{track}/paper-form")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    let form = form.text();
    assert!(form.contains("Your idea for</span> Find critical food-safety violations sooner"), "{form}");
    // The track's own questions: a choice to tick, a link to write; a file question is left to staff.
    assert!(form.contains("Who would use your idea first?"), "{form}");
    assert!(form.contains("Tick one."), "{form}");
    assert!(form.contains("Link to a prototype, notebook or code"), "{form}");
    assert!(!form.contains("type=\"file\""), "{form}");
    // How to send it back: online at the short link at least.
    let id = app.env.store.challenge_by_slug("chicago-food-inspections").await.expect("db").expect("c").id;
    let code = app.env.store.short_code(id).await.expect("code");
    assert!(form.contains(&format!("/c/{code}</strong>")), "{form}");
    // The track page links it; a predictions track has none.
    assert!(app.get(track).await.text().contains(&format!("{track}/paper-form")));
    let predictions = app.get("/challenges/chicago-food-inspections/tracks/predict/paper-form").await;
    assert_eq!(predictions.status, StatusCode::NOT_FOUND);
}

/// A tiny PNG (one white pixel).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0B, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x04, 0x00, 0x09, 0xFB, 0x03, 0xFD, 0xFB, 0x5E, 0x6B, 0x2B, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

#[tokio::test]
async fn a_scan_of_a_paper_form_is_kept_for_organizers_only() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("chicago-food-inspections").await.expect("db").expect("challenge");
    let track = store
        .tracks(challenge.id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.slug.as_str() == "ideas")
        .expect("the ideas track");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let judge = app.user("jules@example.org", "Jules Judge").await;
    store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("role");
    let idea = store
        .create_assisted_idea(
            &plaza_store::AssistedIdea {
                idea: plaza_store::NewIdea {
                    challenge_id: challenge.id,
                    track_id: track.id,
                    team_id: None,
                    author_id: None,
                    fields: plaza_core::IdeaFields { title: "Inspect bakeries at dawn".into(), ..Default::default() },
                    declared: Default::default(),
                    contact_name: "Ada Resident".into(),
                    contact_email: String::new(),
                },
                by: olga.id,
                channel: plaza_core::AssistChannel::PaperForm,
                attested: true,
                locale: None,
                confirm_secret: plaza_store::new_secret(),
            },
            None,
        )
        .await
        .expect("an idea entered by staff");
    let scan = format!("/challenges/chicago-food-inspections/ideas/{}/scan", idea.id);
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;

    // Not a picture or a PDF, whatever its name says.
    let refused = organizer.post_file(&scan, "form.png", b"name: Ada Resident").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.text().contains("We accept PDF files and pictures"), "{}", refused.text());
    assert!(store.paper_scan(idea.id).await.expect("db").is_none());

    let kept = organizer.post_file(&scan, "Ada's form.png", PNG).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.text());
    let list = organizer.get(&kept.location()).await.text();
    assert!(list.contains("Only organizers can open it."), "{list}");
    assert!(list.contains(&format!("href=\"{scan}\">Open the scan")), "{list}");
    let opened = organizer.get(&scan).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(opened.header("content-type"), "image/png");
    assert_eq!(opened.body.as_slice(), PNG);
    assert!(opened.header("cache-control").contains("no-store"));

    // Never among the idea's files, which judges and exports read; judges and strangers cannot open it.
    assert!(store.idea_files(idea.id).await.expect("db").is_empty());
    let mut jules = app.browser();
    jules.sign_in_as(&judge).await;
    assert_eq!(jules.get(&scan).await.status, StatusCode::FORBIDDEN);
    assert_ne!(app.get(&scan).await.status, StatusCode::OK);
    // An idea a resident sent themselves has no paper form.
    let own = store
        .create_idea(&plaza_store::NewIdea {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: None,
            author_id: Some(olga.id),
            fields: plaza_core::IdeaFields { title: "Online".into(), ..Default::default() },
            declared: Default::default(),
            contact_name: String::new(),
            contact_email: String::new(),
        })
        .await
        .expect("idea");
    let other = format!("/challenges/chicago-food-inspections/ideas/{}/scan", own.id);
    assert_eq!(organizer.post_file(&other, "form.png", PNG).await.status, StatusCode::NOT_FOUND);
    // The sweep keeps the scan's file.
    assert!(
        store
            .referenced_blobs()
            .await
            .expect("db")
            .contains(&store.paper_scan(idea.id).await.expect("db").expect("scan").blob.sha256)
    );
}
