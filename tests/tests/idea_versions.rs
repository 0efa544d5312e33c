//! Ideas that change after judges scored them: the edit keeps the earlier
//! text as a version, the judges who scored it see what changed (words
//! removed and added, never who changed it) and confirm or rescore, and the
//! organizers see how many reviews are of an earlier version.

use axum::http::StatusCode;
use plaza_core::{AssignmentStatus, ChallengeRole, EventKind, User};
use plaza_tests::{Browser, TestApp, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";
const TRACK: &str = "/challenges/park-ideas/tracks/ideas";
const DASHBOARD: &str = "/challenges/park-ideas/manage/judging/ideas";
const CHANGED: &str = "This idea changed after you scored it";

struct World {
    app: TestApp,
    _dir: tempfile::TempDir,
    track_id: i64,
    organizer: User,
    rosa: User,
    judges: Vec<User>,
    /// Rosa's idea, scored by both judges.
    trees: i64,
}

fn fields<'a>(title: &'a str, proposal: &'a str, contact: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("summary", "A short summary."),
        ("problem", "Parks are hot in summer."),
        ("proposal", proposal),
        ("q_area", "South"),
        ("team_contact", contact),
        ("organizations", ""),
        ("action", action),
    ]
}

const PROPOSAL: &str = "Plant twenty oak trees along the river path.";

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

/// One idea by Rosa, two judges who both read it, judging open.
async fn world() -> World {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 2);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let track_id = store.tracks(challenge.id).await.expect("tracks")[0].id;
    let organizer = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer");
    let rosa = app.user("rosa@example.org", "Rosa Resident").await;
    let mut author = signed_in(&app, &rosa).await;
    let sent =
        author.post(&format!("{TRACK}/ideas"), &fields("Shade trees", PROPOSAL, "Rosa: call 555-0100", "submit")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let trees = store.track_ideas(track_id).await.expect("ideas")[0].id;

    let mut judges = Vec::new();
    for (email, name) in [("jo@example.org", "Jo Judge"), ("lee@example.org", "Lee Judge")] {
        let judge = app.user(email, name).await;
        store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("judge");
        let mut browser = signed_in(&app, &judge).await;
        let declared =
            browser.post(&format!("{CHALLENGE}/judging/conflicts"), &[("organizations", "Library Board")]).await;
        assert_eq!(declared.status, StatusCode::SEE_OTHER);
        judges.push(judge);
    }
    let mut staff = signed_in(&app, &organizer).await;
    let opened = staff.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let assigned = store.assignments(track_id).await.expect("assignments");
    assert_eq!(assigned.iter().filter(|a| a.status == AssignmentStatus::Active).count(), 2, "both judges read it");
    World { app, _dir: dir, track_id, organizer, rosa, judges, trees }
}

fn judge_url(idea: i64) -> String {
    format!("{CHALLENGE}/judging/ideas/{idea}")
}

async fn score(browser: &mut Browser<'_>, idea: i64, impact: &str, version: Option<&str>) {
    let mut form = vec![("score_0", impact), ("score_1", "3"), ("feedback", "Good."), ("action", "save")];
    if let Some(version) = version {
        form.push(("idea_version", version));
    }
    let saved = browser.post(&judge_url(idea), &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
}

/// The results section of the organizers' dashboard.
async fn results(organizer: &mut Browser<'_>) -> String {
    let page = organizer.get(DASHBOARD).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    let (_, results) = text.split_once("id=\"results-heading\"").expect("the results section");
    let (results, _) = results.split_once("id=\"winners-heading\"").unwrap_or((results, ""));
    results.to_owned()
}

#[tokio::test]
async fn judges_see_what_changed_after_they_scored_and_confirm_or_rescore_and_organizers_see_the_stale_count() {
    let w = world().await;
    let store = &w.app.env.store;
    let mut jo = signed_in(&w.app, &w.judges[0]).await;
    let mut lee = signed_in(&w.app, &w.judges[1]).await;
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    score(&mut jo, w.trees, "4", None).await;
    score(&mut lee, w.trees, "5", None).await;
    let page = jo.get(&judge_url(w.trees)).await.text();
    assert!(!page.contains(CHANGED), "nothing changed yet");
    assert!(results(&mut organizer).await.contains("Every review is of its idea as it is now."));

    // Rosa edits her idea after both judges scored it.
    let mut author = signed_in(&w.app, &w.rosa).await;
    let new_proposal = "Plant forty oak trees along the river path, and add <benches>.";
    let edited = author
        .post(&format!("/ideas/{}", w.trees), &fields("Shade trees", new_proposal, "Rosa: call 555-0100", "save"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.text());
    let shown = author.get(&edited.location()).await.text();
    assert!(shown.contains("Judges who already scored your idea will see what changed"), "{shown}");
    let idea = store.idea(w.trees).await.expect("query").expect("idea");
    assert_eq!(idea.version, 2);
    assert_eq!(store.idea_version_count(w.trees).await.expect("count"), 1);
    let kept = store.idea_version_fields(w.trees, 1).await.expect("query").expect("version 1 kept");
    assert_eq!(kept.proposal, PROPOSAL, "the text the judges scored");

    // The organizers see both reviews are of the earlier version.
    let before = results(&mut organizer).await;
    assert!(before.contains("2 of 2 reviews are of an earlier version"), "{before}");
    assert!(before.contains("2 reviews are of an earlier version of their idea"), "{before}");
    let csv = organizer.get(&format!("{DASHBOARD}/results.csv")).await.text();
    let mut lines = csv.lines();
    assert!(lines.next().is_some_and(|h| h.ends_with(",reviews_of_earlier_version")), "{csv}");
    assert!(lines.next().is_some_and(|row| row.ends_with(",2")), "{csv}");

    // Jo's queue says the idea changed; Jo sees the notice and the difference, word by word, escaped, without who changed it.
    let queue = jo.get(&format!("{CHALLENGE}/judging")).await.text();
    assert!(queue.contains("changed since you scored it: please check your scores"), "{queue}");
    let page = jo.get(&judge_url(w.trees)).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = page.text();
    assert!(page.contains(CHANGED), "{page}");
    let (_, notice) = page.split_once(CHANGED).expect("the notice");
    let (notice, _) = notice.split_once("</section>").expect("the notice's end");
    assert!(notice.contains("The proposal"), "{notice}");
    assert!(notice.contains("Plant <del><span class=\"visually-hidden\">Removed: </span>twenty</del>"), "{notice}");
    assert!(notice.contains("<ins><span class=\"visually-hidden\">Added: </span>forty</ins>"), "{notice}");
    assert!(notice.contains("&lt;benches&gt;"), "typed markup is escaped: {notice}");
    assert!(!notice.contains("<benches>"));
    assert!(!notice.contains("Summary"), "only changed fields are listed");
    for identity in ["Rosa", "rosa@example.org", "555-0100"] {
        assert!(!page.contains(identity), "the judge's page names nobody: {identity}");
    }
    assert!(page.contains("My scores still stand"));

    // Jo's scores still stand: the review is now of version 2, audit-logged.
    let confirmed = jo.post(&format!("{}/still-stands", judge_url(w.trees)), &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER, "{}", confirmed.text());
    let page = jo.get(&confirmed.location()).await.text();
    assert!(!page.contains(CHANGED), "{page}");
    assert!(page.contains("Your scores are kept: they now stand for the idea as it is now."));
    assert_eq!(store.review_version(w.trees, w.judges[0].id).await.expect("query"), Some(2));
    assert_eq!(store.review(w.trees, w.judges[0].id).await.expect("query").expect("review").scores, vec![4, 3]);
    let events = store.judging_events(w.track_id).await.expect("events");
    let confirm = events.iter().find(|e| e.kind == EventKind::ConfirmScores).expect("the confirmation is logged");
    assert_eq!(confirm.judge, Some(w.judges[0].id));
    assert_eq!(confirm.idea_id, Some(w.trees));
    let again = jo.post(&format!("{}/still-stands", judge_url(w.trees)), &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.text().contains("There is nothing to confirm"), "{}", again.text());

    let middle = results(&mut organizer).await;
    assert!(middle.contains("1 of 2 reviews is of an earlier version"), "{middle}");
    assert!(middle.contains("1 review is of an earlier version of its idea"), "{middle}");
    let queue = jo.get(&format!("{CHALLENGE}/judging")).await.text();
    assert!(!queue.contains("changed since you scored it"), "{queue}");

    // Lee rescores instead: the new scores are of version 2.
    score(&mut lee, w.trees, "3", None).await;
    assert_eq!(store.review_version(w.trees, w.judges[1].id).await.expect("query"), Some(2));
    assert!(!lee.get(&judge_url(w.trees)).await.text().contains(CHANGED));
    let after = results(&mut organizer).await;
    assert!(after.contains("Every review is of its idea as it is now."), "{after}");
    assert!(!after.contains("of an earlier version"), "{after}");
    assert!(after.contains("recomputed exactly from the audit log"), "the confirmation does not upset the replay");
}

#[tokio::test]
async fn scores_sent_from_a_page_read_before_an_edit_are_of_the_version_the_judge_read() {
    let w = world().await;
    let store = &w.app.env.store;
    let mut jo = signed_in(&w.app, &w.judges[0]).await;
    let page = jo.get(&judge_url(w.trees)).await.text();
    assert!(page.contains("name=\"idea_version\" value=\"1\""), "the form carries the version on the page");
    score(&mut jo, w.trees, "4", Some("1")).await;
    // Lee scores too, so the next edit makes a version, then Jo sends again from the old page.
    let mut lee = signed_in(&w.app, &w.judges[1]).await;
    score(&mut lee, w.trees, "4", None).await;
    let mut author = signed_in(&w.app, &w.rosa).await;
    let edited = author
        .post(&format!("/ideas/{}", w.trees), &fields("Cool shade trees", PROPOSAL, "Rosa: call 555-0100", "save"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    score(&mut jo, w.trees, "5", Some("1")).await;
    assert_eq!(store.review_version(w.trees, w.judges[0].id).await.expect("query"), Some(1));
    let page = jo.get(&judge_url(w.trees)).await.text();
    assert!(page.contains(CHANGED), "Jo scored the text before the edit");
    assert!(page.contains("<ins><span class=\"visually-hidden\">Added: </span>Cool shade</ins> trees"), "{page}");
    // A version from the future, or nonsense, counts as the version the idea has.
    score(&mut jo, w.trees, "5", Some("99")).await;
    assert_eq!(store.review_version(w.trees, w.judges[0].id).await.expect("query"), Some(2));
}

#[tokio::test]
async fn edits_of_ideas_without_reviews_or_that_judges_cannot_see_make_no_version() {
    let w = world().await;
    let store = &w.app.env.store;
    let mut author = signed_in(&w.app, &w.rosa).await;
    // No review yet: the idea changes in place.
    let edited = author
        .post(&format!("/ideas/{}", w.trees), &fields("Shade trees", "Plant trees.", "Rosa: call 555-0100", "save"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    assert!(edited.location().ends_with("notice=updated"), "{}", edited.location());
    let idea = store.idea(w.trees).await.expect("query").expect("idea");
    assert_eq!((idea.version, idea.fields.proposal.as_str()), (1, "Plant trees."));
    assert_eq!(store.idea_version_count(w.trees).await.expect("count"), 0);

    // A draft is never judged: its edits make no version either.
    let draft = author.post(&format!("{TRACK}/ideas"), &fields("A pond", "Dig a pond.", "Rosa", "draft")).await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER, "{}", draft.text());
    let pond = store.track_ideas(w.track_id).await.expect("ideas").into_iter().find(|i| i.fields.title == "A pond");
    let pond = pond.expect("the draft");
    let edited =
        author.post(&format!("/ideas/{}", pond.id), &fields("A pond", "Dig a deep pond.", "Rosa", "draft")).await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.text());
    assert_eq!(store.idea(pond.id).await.expect("query").expect("draft").version, 1);
    assert_eq!(store.idea_version_count(pond.id).await.expect("count"), 0);

    // Once scored, a change judges never see (the team and contact line) makes no version.
    let mut jo = signed_in(&w.app, &w.judges[0]).await;
    score(&mut jo, w.trees, "4", None).await;
    let edited = author
        .post(&format!("/ideas/{}", w.trees), &fields("Shade trees", "Plant trees.", "Rosa: call 555-0199", "save"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    let idea = store.idea(w.trees).await.expect("query").expect("idea");
    assert_eq!(idea.version, 1);
    assert_eq!(idea.fields.team_contact, "Rosa: call 555-0199", "the change itself is saved");
    assert_eq!(store.idea_version_count(w.trees).await.expect("count"), 0);
    assert!(!jo.get(&judge_url(w.trees)).await.text().contains(CHANGED));
    // And saving the same text again makes none.
    let same = author
        .post(&format!("/ideas/{}", w.trees), &fields("Shade trees", "Plant trees.", "Rosa: call 555-0199", "save"))
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER);
    assert_eq!(store.idea_version_count(w.trees).await.expect("count"), 0);
}

#[tokio::test]
async fn a_judge_cannot_confirm_scores_they_never_gave_or_once_judging_is_closed() {
    let w = world().await;
    let mut jo = signed_in(&w.app, &w.judges[0]).await;
    let url = format!("{}/still-stands", judge_url(w.trees));
    let nothing = jo.post(&url, &[]).await;
    assert_eq!(nothing.status, StatusCode::CONFLICT);
    assert!(nothing.text().contains("you have not scored this idea"), "{}", nothing.text());

    score(&mut jo, w.trees, "4", None).await;
    let mut lee = signed_in(&w.app, &w.judges[1]).await;
    score(&mut lee, w.trees, "4", None).await;
    let mut author = signed_in(&w.app, &w.rosa).await;
    let edited = author
        .post(&format!("/ideas/{}", w.trees), &fields("Shade trees", "Plant trees.", "Rosa: call 555-0100", "save"))
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    assert_eq!(organizer.post(&format!("{DASHBOARD}/close"), &[]).await.status, StatusCode::SEE_OTHER);
    let closed = jo.post(&url, &[]).await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    assert!(closed.text().contains("Judging is not open"), "{}", closed.text());
    assert_eq!(w.app.env.store.review_version(w.trees, w.judges[0].id).await.expect("query"), Some(1));
    let page = jo.get(&judge_url(w.trees)).await.text();
    assert!(page.contains(CHANGED), "the change is still shown");
    assert!(!page.contains("My scores still stand"), "without the button once judging is closed");
    // Another challenge's judge, or an idea not assigned, is as good as missing.
    let stranger = w.app.user("max@example.org", "Max Visitor").await;
    let mut max = signed_in(&w.app, &stranger).await;
    assert_ne!(max.post(&url, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(w.app.env.store.review_version(w.trees, stranger.id).await.expect("query"), None);
}
