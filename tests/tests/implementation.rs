//! After the winners: an organizer tracks the winning idea as a project
//! (status, progress, milestones, a weighted sub-project), posts an update
//! that is emailed to entrants and followers who asked for news, an
//! anonymous resident answers it, and the organizer reads, marks and
//! replies; the progress page, the challenge page and the Atom feed follow.

use axum::http::StatusCode;
use plaza_core::{ChallengeRole, Place, User};
use plaza_tests::{Browser, TestApp, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";

/// A tiny PNG (one white pixel).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0B, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x04, 0x00, 0x09, 0xFB, 0x03, 0xFD, 0xFB, 0x5E, 0x6B, 0x2B, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

struct World<'a> {
    organizer: Browser<'a>,
    idea: i64,
    entrant: User,
    follower: User,
}

/// An ideas challenge whose results are published, with one winning idea
/// by Rosa's team, and Fay following the challenge.
async fn published(app: &TestApp) -> World<'_> {
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2026-06-01T00:00:00Z", 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("db").expect("challenge");
    let track = store.tracks(challenge.id).await.expect("tracks").into_iter().next().expect("the ideas track");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let team = store.create_team(challenge.id, rosa.id, "Riverside neighbours").await.expect("db").expect("team");
    let idea = store
        .create_idea(&plaza_store::NewIdea {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: Some(team.id),
            author_id: Some(rosa.id),
            fields: plaza_core::IdeaFields {
                title: "Shade trees along the Riverside playground".into(),
                ..Default::default()
            },
            declared: Default::default(),
            contact_name: "Rosa Resident".into(),
            contact_email: "rosa@example.org".into(),
        })
        .await
        .expect("idea");
    store
        .decide(challenge.id, track.id, idea.id, Place::Winner, "Cools the playground.", olga.id)
        .await
        .expect("decide");
    store.publish_results(challenge.id, &[track.id], &[], olga.id).await.expect("publish");
    let fay = app.user("fay@example.org", "Fay Follower").await;
    store.follow_challenge(challenge.id, fay.id).await.expect("follow");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    World { organizer, idea: idea.id, entrant: rosa, follower: fay }
}

/// The id of the status named `name` on the projects page.
fn status_id(page: &str, name: &str) -> String {
    let at = page.find(&format!(">{name} (")).unwrap_or_else(|| panic!("no status {name} in {page}"));
    let value = page[..at].rfind("value=\"").expect("an option value") + 7;
    page[value..value + page[value..].find('"').expect("end")].to_owned()
}

#[tokio::test]
async fn a_winning_idea_is_tracked_updated_and_answered_back() {
    let app = TestApp::empty().await;
    let mut w = published(&app).await;
    let projects = format!("{CHALLENGE}/manage/projects");

    // The organizer starts a project for the winning idea, "In progress".
    let page = w.organizer.get(&projects).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let page = page.text();
    assert!(page.contains("Shade trees along the Riverside playground"), "{page}");
    let in_progress = status_id(&page, "In progress");
    let idea = format!("idea:{}", w.idea);
    let created = w
        .organizer
        .post(
            &projects,
            &[("winner", idea.as_str()), ("title", ""), ("owner", "Parks Department"), ("status_id", &in_progress)],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let project_url = created.location().split('?').next().expect("path").to_owned();
    let project = w.organizer.get(&created.location()).await.text();
    assert!(project.contains("In progress, 40% done."), "the status's progress: {project}");
    assert!(project.contains(&format!("value=\"{in_progress}\" selected")), "the status is chosen: {project}");
    // One project per winning idea.
    let again = w.organizer.post(&projects, &[("winner", idea.as_str()), ("status_id", &in_progress)]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.text().contains("already has a project"), "{}", again.text());

    // Two milestones, one reached; a bad date is refused with the reason.
    let milestones = format!("{project_url}/milestones");
    let bad = w.organizer.post(&milestones, &[("title", "Order the trees"), ("due_on", "next spring")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.text().contains("is not a date: write it as year-month-day"), "{}", bad.text());
    for (title, due, done) in
        [("Order the trees", "2027-03-01", "2027-02-20"), ("Plant the first 20 trees", "2027-05-01", "")]
    {
        let added = w.organizer.post(&milestones, &[("title", title), ("due_on", due), ("done_on", done)]).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    }
    let project = w.organizer.get(&project_url).await.text();
    assert!(project.contains("In progress, 40% done. Next: Plant the first 20 trees (by 1 May 2027)."), "{project}");

    // The public sees it on the progress page and the challenge page.
    let progress = app.get(&format!("{CHALLENGE}/progress")).await;
    assert_eq!(progress.status, StatusCode::OK);
    let progress = progress.text();
    assert!(progress.contains("Carried out by Parks Department."), "{progress}");
    assert!(progress.contains("<progress max=\"100\" value=\"40\""), "{progress}");
    assert!(progress.contains("<strong>Order the trees</strong>: done on 20 February 2027"), "{progress}");
    let challenge = app.get(CHALLENGE).await.text();
    assert!(challenge.contains("In progress, 40% done. Next: Plant the first 20 trees"), "{challenge}");

    // A weighted sub-project takes over the progress: (100 x 1 + 10 x 3) / 4 = 33 (rounded).
    let done = status_id(&w.organizer.get(&projects).await.text(), "Done");
    let planning = status_id(&w.organizer.get(&projects).await.text(), "Planning");
    for (title, status, weight) in [("Buy the trees", done.as_str(), "1"), ("Watering plan", planning.as_str(), "3")] {
        let part = w
            .organizer
            .post(&project_url, &[("action", "part"), ("title", title), ("status_id", status), ("weight", weight)])
            .await;
        assert_eq!(part.status, StatusCode::SEE_OTHER, "{}", part.text());
    }
    let progress = app.get(&format!("{CHALLENGE}/progress")).await.text();
    assert!(progress.contains("In progress, 33% done."), "{progress}");

    // An update about the project, emailed to the entrant and the follower.
    let updates = format!("{CHALLENGE}/manage/updates");
    let project_id = project_url.rsplit('/').next().expect("id").to_owned();
    let fields = [
        ("title", "The first 20 trees are ordered"),
        ("body_md", "We ordered **20 oaks** for the playground.\n\nPlanting starts in May."),
        ("question", ""),
        ("project_id", project_id.as_str()),
    ];
    // A picture needs its description, and must be a picture.
    let undescribed = w.organizer.post_multipart(&updates, &fields, &[("picture_1", "oaks.png", PNG)]).await;
    assert_eq!(undescribed.status, StatusCode::BAD_REQUEST);
    assert!(undescribed.text().contains("Picture 1 has no description"), "{}", undescribed.text());
    let mut described = fields.to_vec();
    described.push(("alt_1", "Twenty young oaks on a truck outside the park"));
    let not_a_picture =
        w.organizer.post_multipart(&updates, &described, &[("picture_1", "oaks.png", b"%PDF-1.4")]).await;
    assert_eq!(not_a_picture.status, StatusCode::BAD_REQUEST);
    assert!(not_a_picture.text().contains("Picture 1 is not a picture we accept"), "{}", not_a_picture.text());
    let posted = w.organizer.post_multipart(&updates, &described, &[("picture_1", "oaks.png", PNG)]).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.text());
    let page = w.organizer.get(&posted.location()).await.text();
    assert!(page.contains("is being emailed to 2 people"), "{page}");
    for person in [&w.entrant, &w.follower] {
        let mail = app.last_email_to(person.email.as_str()).await.expect("the update by email");
        assert!(mail.subject.contains("The first 20 trees are ordered"), "{}", mail.subject);
        assert!(mail.text.contains("Is this what you needed?"), "{}", mail.text);
        assert!(mail.text.contains(&format!("{}/progress", CHALLENGE)), "{}", mail.text);
        assert!(mail.list_unsubscribe.is_some(), "one-click unsubscribe");
    }

    // The picture is on the update, described, and served without its metadata.
    let progress = app.get(&format!("{CHALLENGE}/progress")).await.text();
    assert!(progress.contains("alt=\"Twenty young oaks on a truck outside the park\""), "{progress}");
    let at = progress.find("/pictures/1\"").expect("the picture's address");
    let start = progress[..at].rfind('"').expect("start") + 1;
    let picture = app.get(&progress[start..at + 11]).await;
    assert_eq!(picture.status, StatusCode::OK);
    assert_eq!(picture.header("content-type"), "image/png");
    assert!(picture.body.starts_with(b"\x89PNG"), "a PNG");
    assert_eq!(
        app.get(&progress[start..at + 10].replace("/pictures/1", "/pictures/9")).await.status,
        StatusCode::NOT_FOUND
    );

    // An anonymous resident answers; an empty answer is refused with the reason.
    let feed = app.get(&format!("{CHALLENGE}/progress")).await.text();
    let update_id = {
        let at = feed.find("name=\"update_id\" value=\"").expect("the update's form") + 24;
        feed[at..at + feed[at..].find('"').expect("end")].to_owned()
    };
    let mut resident = app.browser();
    let empty = resident.post(&format!("{CHALLENGE}/feedback"), &[("update_id", update_id.as_str())]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert!(empty.text().contains("Choose an answer from 1 to 5, or write a few words"), "{}", empty.text());
    let sent = resident
        .post(
            &format!("{CHALLENGE}/feedback"),
            &[("update_id", update_id.as_str()), ("rating", "4"), ("text", "Yes! My kids need the shade.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let thanks = resident.get(&sent.location()).await.text();
    assert!(thanks.contains("Thank you: the organizers will read your answer."), "{thanks}");
    let channel =
        resident.post(&format!("{CHALLENGE}/feedback"), &[("update_id", ""), ("text", "Benches too, please.")]).await;
    assert_eq!(channel.status, StatusCode::SEE_OTHER, "{}", channel.text());

    // Each project asks its own question too.
    let project_answer = resident
        .post(
            &format!("{CHALLENGE}/feedback"),
            &[("project_id", project_id.as_str()), ("rating", "5"), ("text", "Plant oaks, not maples.")],
        )
        .await;
    assert_eq!(project_answer.status, StatusCode::SEE_OTHER, "{}", project_answer.text());
    assert!(project_answer.location().ends_with(&format!("#project-{project_id}")), "{}", project_answer.location());
    let other = resident.post(&format!("{CHALLENGE}/feedback"), &[("project_id", "999999"), ("rating", "5")]).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND, "a project of no challenge of ours");

    // The organizer reads the answers, summarized, and replies in public.
    let page = w.organizer.get(&updates).await.text();
    assert!(page.contains("1 answer, 4.0 out of 5 on average; 1 not read yet."), "{page}");
    assert!(page.contains("Yes! My kids need the shade."), "{page}");
    assert!(page.contains("Benches too, please."), "{page}");
    assert!(page.contains("About the project “Shade trees along the Riverside playground”"), "{page}");
    assert!(page.contains("Plant oaks, not maples."), "{page}");
    let feedback =
        app.env.store.feedback(app.env.store.challenge_by_slug("park-ideas").await.expect("db").expect("c").id).await;
    let answer = feedback.expect("db").into_iter().find(|f| f.rating == Some(4)).expect("the answer");
    let url = format!("{CHALLENGE}/manage/feedback/{}", answer.id);
    assert_eq!(w.organizer.post(&url, &[("action", "read")]).await.status, StatusCode::SEE_OTHER);
    let page = w.organizer.get(&updates).await.text();
    assert!(page.contains("0 not read yet"), "{page}");
    let replied =
        w.organizer.post(&url, &[("action", "reply"), ("reply", "Thank you: planting starts on 1 May.")]).await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER);
    let progress = app.get(&format!("{CHALLENGE}/progress")).await.text();
    assert!(progress.contains("Thank you: planting starts on 1 May."), "{progress}");

    // A resident cannot do what organizers do.
    let refused = resident.post(&url, &[("action", "reply"), ("reply", "spam")]).await;
    assert!(
        matches!(refused.status, StatusCode::SEE_OTHER | StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN),
        "{}",
        refused.status
    );
    let progress = app.get(&format!("{CHALLENGE}/progress")).await.text();
    assert!(!progress.contains("spam"));

    // The Atom feed.
    let feed = app.get(&format!("{CHALLENGE}/updates.atom")).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.header("content-type"), "application/atom+xml; charset=utf-8");
    let feed = feed.text();
    assert!(
        feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")
    );
    assert!(feed.contains("<title>The first 20 trees are ordered</title>"), "{feed}");
    assert!(feed.contains("&lt;strong&gt;20 oaks&lt;/strong&gt;"), "the HTML content is escaped: {feed}");
    assert!(feed.contains(&format!("#update-{update_id}</id>")), "{feed}");
    check_atom(&feed);
}

/// What RFC 4287 requires of a feed: one `id` (an absolute IRI), `title`
/// and `updated` (RFC 3339) on the feed and on each entry, an author for
/// the feed, a `self` link, and XML that parses.
fn check_atom(feed: &str) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(feed);
    let mut path: Vec<String> = Vec::new();
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut self_links = 0;
    let mut entries = 0;
    loop {
        match reader.read_event().unwrap_or_else(|err| panic!("the feed is not well-formed XML: {err}\n{feed}")) {
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
                if path.is_empty() {
                    assert_eq!(name, "feed");
                    let ns = start.try_get_attribute("xmlns").expect("attribute").expect("the Atom namespace");
                    assert_eq!(ns.value.as_ref(), b"http://www.w3.org/2005/Atom");
                }
                if name == "entry" {
                    entries += 1;
                    for key in ["entry/id", "entry/title", "entry/updated"] {
                        counts.remove(key);
                    }
                }
                path.push(name);
                *counts.entry(path[path.len().saturating_sub(2)..].join("/")).or_default() += 1;
            }
            Event::Empty(empty) => {
                let name = String::from_utf8_lossy(empty.name().as_ref()).into_owned();
                if name == "link" && path.len() == 1 {
                    let rel = empty.try_get_attribute("rel").expect("attribute").map(|a| a.value.into_owned());
                    if rel.as_deref() == Some(b"self".as_slice()) {
                        self_links += 1;
                    }
                }
            }
            Event::Text(text) => {
                let text = text.decode().expect("text").into_owned();
                texts.push((path.join("/"), text));
            }
            Event::End(_) => {
                if path.last().map(String::as_str) == Some("entry") {
                    for key in ["entry/id", "entry/title", "entry/updated"] {
                        assert_eq!(counts.get(key), Some(&1), "each entry has one {key}\n{feed}");
                    }
                }
                path.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    for key in ["feed/id", "feed/title", "feed/updated", "feed/author"] {
        assert_eq!(counts.get(key), Some(&1), "the feed has one {key}\n{feed}");
    }
    assert_eq!(self_links, 1, "one self link");
    assert!(entries > 0, "{feed}");
    for (at, text) in &texts {
        if at.ends_with("/id") {
            assert!(text.starts_with("http://") || text.starts_with("https://"), "{at} {text} is an absolute IRI");
        }
        if at.ends_with("/updated") || at.ends_with("/published") {
            chrono::DateTime::parse_from_rfc3339(text).unwrap_or_else(|err| panic!("{at} {text}: {err}"));
        }
    }
}

#[tokio::test]
async fn before_the_results_only_organizers_see_the_tracker() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    for path in ["/progress", "/updates.atom"] {
        assert_eq!(app.get(&format!("{CHALLENGE}{path}")).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let mut resident = app.browser();
    let sent = resident.post(&format!("{CHALLENGE}/feedback"), &[("text", "hello")]).await;
    assert_eq!(sent.status, StatusCode::NOT_FOUND);
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("db").expect("challenge");
    assert!(store.feedback(challenge.id).await.expect("db").is_empty(), "nothing was kept");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let page = organizer.get(&format!("{CHALLENGE}/progress")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Only organizers see this page until the results are published."));
    let update = organizer
        .post_multipart(&format!("{CHALLENGE}/manage/updates"), &[("title", "Early"), ("body_md", "Too early.")], &[])
        .await;
    assert_eq!(update.status, StatusCode::CONFLICT);
    assert!(update.text().contains("publish the results first"), "{}", update.text());
}

#[tokio::test]
async fn a_resident_without_an_account_follows_by_email_confirms_and_stops_with_one_click() {
    let app = TestApp::empty().await;
    let mut w = published(&app).await;
    let mut resident = app.browser();
    let follow = format!("{CHALLENGE}/follow-by-email");
    let bad = resident.post(&follow, &[("email", "not an address")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.text().contains("Type the address again"), "{}", bad.text());
    let asked = resident.post(&follow, &[("email", "Nora@Example.org")]).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.text());
    assert!(asked.text().contains("We sent an email to"), "{}", asked.text());
    let mail = app.last_email_to("nora@example.org").await.expect("a confirmation email");
    assert!(mail.list_unsubscribe.is_none(), "a confirmation is not news");
    let link = plaza_tests::link_in(&mail.text, &format!("{}/follow/confirm", plaza_tests::PUBLIC_URL)).expect("link");

    // Opening the link (as a mail scanner would) confirms nothing: the button does.
    let page = resident.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Yes, send me the news"), "{}", page.text());
    let updates = format!("{CHALLENGE}/manage/updates");
    let first = [("title", "Before confirming"), ("body_md", "Nothing for Nora yet.")];
    assert!(w.organizer.post_multipart(&updates, &first, &[]).await.location().contains("sent=2"), "Rosa and Fay only");
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let confirmed = resident.post("/follow/confirm", &[("token", token.as_str())]).await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text());
    assert!(confirmed.text().contains("You will get the news"), "{}", confirmed.text());

    // The next update reaches her, with a one-click stop link.
    let second = [("title", "Planting day"), ("body_md", "Come and help on 1 May.")];
    assert!(w.organizer.post_multipart(&updates, &second, &[]).await.location().contains("sent=3"));
    let news = app.last_email_to("nora@example.org").await.expect("the update");
    assert!(news.subject.contains("Planting day"), "{}", news.subject);
    let stop = news.list_unsubscribe.clone().expect("a stop link");
    let stop_path = stop.split(plaza_tests::PUBLIC_URL).nth(1).expect("path").to_owned();
    // A mail program posts it from elsewhere, without a form token.
    let mut mail_program = app.browser();
    let stopped = mail_program.post_raw(&stop_path, &[]).await;
    assert_eq!(stopped.status, StatusCode::OK, "{}", stopped.text());
    assert!(stopped.text().contains("will get no more news"), "{}", stopped.text());
    let third = [("title", "Trees planted"), ("body_md", "All 20.")];
    assert!(w.organizer.post_multipart(&updates, &third, &[]).await.location().contains("sent=2"));
    // A used or made-up link says so.
    assert_eq!(mail_program.post_raw(&stop_path, &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(resident.get(&format!("/follow/confirm?token={}", "0".repeat(64))).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_winning_entry_of_a_coding_track_gets_a_project_once_the_results_are_published() {
    let app = TestApp::with_examples().await;
    let noaa = "/challenges/noaa-daily-weather";
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv"))
            .expect("answers");
    let mut file = String::from("day_id,rain_tomorrow\n");
    for line in answers.lines().skip(1) {
        let mut cells = line.split(',');
        let (id, target) = (cells.next().expect("id"), cells.next().expect("target"));
        file.push_str(&format!("{id},{}\n", if target == "1" { 0.8 } else { 0.2 }));
    }
    let ana = app.user("ana@example.org", "Ana").await;
    let mut entrant = app.browser();
    entrant.sign_in_as(&ana).await;
    assert_eq!(entrant.post(&format!("{noaa}/team"), &[("name", "Raincatchers")]).await.status, StatusCode::SEE_OTHER);
    let sent = entrant.post_file(&format!("{noaa}/tracks/predict/submissions"), "ana.csv", file.as_bytes()).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    assert_eq!(app.run_scoring().await, 1);
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("db").expect("challenge");
    let olga = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("role");
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let projects = format!("{noaa}/manage/projects");

    // Before the results: no coding winner to choose.
    let page = organizer.get(&projects).await.text();
    assert!(!page.contains("the entry of Raincatchers"), "{page}");

    // Close (by re-importing with a past deadline) and publish.
    let dir = tempfile::tempdir().expect("tempdir");
    plaza_tests::copy_dir(&plaza_store::testing::examples_dir().join("noaa-daily-weather"), dir.path());
    let manifest = std::fs::read_to_string(dir.path().join("challenge.toml")).expect("manifest");
    let manifest = manifest.replace("closes_at = \"2027-06-30T23:59:59Z\"", "closes_at = \"2026-11-01T00:00:00Z\"");
    std::fs::write(dir.path().join("challenge.toml"), manifest).expect("write");
    app.import(dir.path()).await;
    let published = organizer.post(&format!("{noaa}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());

    let page = organizer.get(&projects).await.text();
    let key = {
        let at = page.find("value=\"entry:").expect("the first entry is a winner") + 7;
        page[at..at + page[at..].find('"').expect("end")].to_owned()
    };
    assert!(
        page.contains("Predict rain tomorrow: the entry of Raincatchers") || page.contains("the entry of Raincatchers"),
        "{page}"
    );
    let status = status_id(&page, "Planning");
    let created = organizer.post(&projects, &[("winner", key.as_str()), ("status_id", status.as_str())]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let project = organizer.get(&created.location()).await.text();
    assert!(project.contains("the entry of Raincatchers"), "the title is the entry's: {project}");
    assert!(project.contains("Planning, 10% done."), "{project}");
    let again = organizer.post(&projects, &[("winner", key.as_str()), ("status_id", status.as_str())]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    // A made-up winner is refused.
    let forged = organizer.post(&projects, &[("winner", "entry:999999"), ("status_id", status.as_str())]).await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    assert!(forged.text().contains("not a winner of this challenge"), "{}", forged.text());
    let progress = app.get(&format!("{noaa}/progress")).await.text();
    assert!(progress.contains("the entry of Raincatchers"), "{progress}");
}

#[tokio::test]
async fn bad_organizer_forms_say_what_is_wrong_and_change_nothing() {
    let app = TestApp::empty().await;
    let mut w = published(&app).await;
    let store = &app.env.store;
    let id = store.challenge_by_slug("park-ideas").await.expect("db").expect("challenge").id;
    let projects = format!("{CHALLENGE}/manage/projects");
    let page = w.organizer.get(&projects).await.text();
    let planning = status_id(&page, "Planning");

    // The statuses: a progress that is not a percentage, a name taken twice.
    let before = store.project_statuses(id).await.expect("db");
    let statuses = format!("{CHALLENGE}/manage/statuses");
    let field = format!("progress_{planning}");
    let bad = w.organizer.post(&statuses, &[(field.as_str(), "150")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.text().contains("The progress of &quot;Planning&quot; must be a whole number from 0 to 100."),
        "{}",
        bad.text()
    );
    let name = format!("name_{planning}");
    let twice = w.organizer.post(&statuses, &[(name.as_str(), "Done")]).await;
    assert_eq!(twice.status, StatusCode::BAD_REQUEST);
    assert!(twice.text().contains("Two statuses have the same name"), "{}", twice.text());
    let taken = w.organizer.post(&statuses, &[("new_name", "in progress"), ("new_progress", "50")]).await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert!(taken.text().contains("is already in the list"), "{}", taken.text());
    assert_eq!(store.project_statuses(id).await.expect("db"), before, "nothing changed");

    // A project: empty title, a progress over 100, a status of no list.
    let empty = w.organizer.post(&projects, &[("title", " "), ("status_id", planning.as_str())]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert!(empty.text().contains("The title is empty"), "{}", empty.text());
    let created = w.organizer.post(&projects, &[("title", "Benches"), ("status_id", planning.as_str())]).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let project = created.location().split('?').next().expect("path").to_owned();
    let over = w
        .organizer
        .post(&project, &[("title", "Benches"), ("status_id", planning.as_str()), ("progress", "140")])
        .await;
    assert_eq!(over.status, StatusCode::BAD_REQUEST);
    assert!(over.text().contains("is not a percentage"), "{}", over.text());
    let unknown = w.organizer.post(&project, &[("title", "Benches"), ("status_id", "999999")]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.text().contains("Choose a status from the list."), "{}", unknown.text());
    let saved = store.projects(id).await.expect("db");
    assert_eq!(saved[0].progress, 10, "the status's progress, unchanged");

    // A milestone: neither reached nor ahead, or reached on no date.
    let added =
        w.organizer.post(&format!("{project}/milestones"), &[("title", "Order"), ("due_on", "2027-03-01")]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let milestone = store.milestones(id).await.expect("db")[0].id;
    let mark = format!("{CHALLENGE}/manage/milestones/{milestone}");
    let neither = w.organizer.post(&mark, &[("action", "maybe")]).await;
    assert_eq!(neither.status, StatusCode::BAD_REQUEST);
    assert!(neither.text().contains("reached or is still ahead"), "{}", neither.text());
    let no_date = w.organizer.post(&mark, &[("action", "done"), ("done_on", "yesterday")]).await;
    assert_eq!(no_date.status, StatusCode::BAD_REQUEST);
    assert!(no_date.text().contains("is not a date"), "{}", no_date.text());
    assert!(store.milestones(id).await.expect("db")[0].done_on.is_none(), "still ahead");

    // A message: an empty reply, or a state there is not.
    let message =
        store.add_feedback(id, plaza_store::implementation::FeedbackOn::Challenge, Some(2), "Hm.").await.expect("db");
    let answer = format!("{CHALLENGE}/manage/feedback/{message}");
    let blank = w.organizer.post(&answer, &[("action", "reply"), ("reply", "   ")]).await;
    assert_eq!(blank.status, StatusCode::BAD_REQUEST);
    assert!(blank.text().contains("The reply is empty"), "{}", blank.text());
    let odd = w.organizer.post(&answer, &[("action", "archived")]).await;
    assert_eq!(odd.status, StatusCode::BAD_REQUEST);
    let kept = store.feedback(id).await.expect("db");
    assert_eq!((kept[0].state, kept[0].reply.as_str()), (plaza_core::implementation::FeedbackState::New, ""));
}
