//! What stops judges from probing who wrote an idea, and what organizers
//! check before publishing: declarations freeze when judging opens (only
//! organizers change them, and it is logged), names are matched however
//! they are written with look-alikes shown to organizers, organizers read
//! every review and can hold feedback back, and publishing needs a
//! confirmation page that says who is emailed what.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use plaza_core::{AssignmentStatus, ChallengeRole, Email, User};
use plaza_tests::{Browser, TestApp, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";
const TRACK: &str = "/challenges/park-ideas/tracks/ideas";
const DASHBOARD: &str = "/challenges/park-ideas/manage/judging/ideas";

struct World {
    app: TestApp,
    dir: tempfile::TempDir,
    challenge_id: i64,
    track_id: i64,
    organizer: User,
    /// Jo, Kim and Lee.
    judges: Vec<User>,
    /// Idea ids by title.
    ideas: BTreeMap<&'static str, i64>,
}

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

fn idea_fields(title: &'static str, org: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", title),
        ("summary", "A short summary."),
        ("problem", "A problem residents notice."),
        ("proposal", "What the city should do."),
        ("q_area", "South"),
        ("team_contact", "Call us"),
        ("organizations", org),
        ("action", "submit"),
    ]
}

/// Two ideas (Rosa's, from "Austin Neighbours Assn.", and Sam's), three
/// judges, `per_idea` judges per idea.
async fn world(per_idea: u32) -> World {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", per_idea);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let track_id = store.tracks(challenge.id).await.expect("tracks")[0].id;
    let organizer = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut ideas = BTreeMap::new();
    for (email, name, title, org) in [
        ("rosa@example.org", "Rosa Resident", "Shade trees", "Austin Neighbours Assn."),
        ("sam@example.org", "Sam Sender", "More benches", "Friends of Hilltop"),
    ] {
        let user = app.user(email, name).await;
        let mut browser = signed_in(&app, &user).await;
        let sent = browser.post(&format!("{TRACK}/ideas"), &idea_fields(title, org)).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
        let idea = store.track_ideas(track_id).await.expect("ideas").into_iter().find(|i| i.fields.title == title);
        ideas.insert(title, idea.expect("the idea").id);
    }
    let mut judges = Vec::new();
    for (email, name) in
        [("jo@example.org", "Jo Judge"), ("kim@example.org", "Kim Judge"), ("lee@example.org", "Lee Judge")]
    {
        let judge = app.user(email, name).await;
        store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("judge");
        judges.push(judge);
    }
    World { app, dir, challenge_id: challenge.id, track_id, organizer, judges, ideas }
}

/// A judge declares these organizations (and nothing else) and lands on the queue.
async fn declare(w: &World, judge: &User, organizations: &str) -> String {
    let mut browser = signed_in(&w.app, judge).await;
    let declared = browser.post(&format!("{CHALLENGE}/judging/conflicts"), &[("organizations", organizations)]).await;
    assert_eq!(declared.status, StatusCode::SEE_OTHER, "{}", declared.text());
    browser.get(&declared.location()).await.text()
}

async fn active(w: &World) -> Vec<(i64, i64)> {
    let assignments = w.app.env.store.assignments(w.track_id).await.expect("assignments");
    assignments.into_iter().filter(|a| a.status == AssignmentStatus::Active).map(|a| (a.judge.0, a.idea_id)).collect()
}

async fn audit(organizer: &mut Browser<'_>) -> String {
    organizer.get(&format!("{DASHBOARD}/audit.csv")).await.text()
}

/// No notice or page a judge sees may say how many ideas a declaration moved.
fn says_what_matched(text: &str) -> bool {
    text.contains("given to another judge") || text.contains("given to other judges") || text.contains("moved")
}

#[tokio::test]
async fn a_judge_cannot_change_their_declaration_once_judging_opens_and_is_never_told_what_it_matched() {
    let w = world(1).await;
    let [jo, kim, lee] = [&w.judges[0], &w.judges[1], &w.judges[2]];
    // Before judging opens, a declaration that matches an idea says nothing of it.
    let queue = declare(&w, jo, "Friends of Hilltop").await;
    assert!(queue.contains("Thank you. Your declaration is saved.") && !says_what_matched(&queue), "{queue}");
    let queue = declare(&w, jo, "Library Board").await;
    assert!(queue.contains("Thank you. Your declaration is saved.") && !says_what_matched(&queue), "{queue}");
    declare(&w, kim, "Parks Foundation").await;
    declare(&w, lee, "").await;
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let opened = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let before = active(&w).await;

    // Jo tries names against her queue: refused, nothing changes.
    let mut browser = signed_in(&w.app, jo).await;
    for guess in ["Friends of Hilltop", "Austin Neighbors Association\nSam Sender"] {
        let refused = browser.post(&format!("{CHALLENGE}/judging/conflicts"), &[("organizations", guess)]).await;
        assert_eq!(refused.status, StatusCode::CONFLICT);
        let text = refused.text();
        assert!(text.contains("can no longer change here. Nothing was changed."), "{text}");
        assert!(text.contains("contact the organizers"), "{text}");
        assert!(!text.contains("<textarea"), "the page only shows the declaration");
    }
    assert_eq!(active(&w).await, before, "the queue is unchanged");
    let declared = w.app.env.store.declaration(w.challenge_id, jo.id).await.expect("query").expect("declared");
    assert_eq!(declared.organizations, ["Library Board"]);
    let page = browser.get(&format!("{CHALLENGE}/judging/conflicts")).await.text();
    assert!(page.contains("Library Board") && page.contains("contact the organizers of this challenge"), "{page}");
    assert!(!page.contains("<textarea") && page.contains("None declared"), "read-only, empty lists said so");
    // An edited link cannot make the queue say what anything matched.
    let queue = browser.get(&format!("{CHALLENGE}/judging?notice=declared&moved=2")).await.text();
    assert!(queue.contains("Thank you. Your declaration is saved.") && !says_what_matched(&queue), "{queue}");
    assert!(!audit(&mut organizer).await.contains(",declare,"), "nothing was declared after opening");
}

#[tokio::test]
async fn an_organizer_changes_a_judges_declaration_after_opening_and_the_change_is_applied_and_logged() {
    let w = world(1).await;
    let [jo, kim, lee] = [&w.judges[0], &w.judges[1], &w.judges[2]];
    declare(&w, jo, "Library Board").await;
    declare(&w, kim, "Parks Foundation").await;
    declare(&w, lee, "").await;
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    // Declared conflicts: the names, "None declared", or "Not yet".
    let dashboard = organizer.get(DASHBOARD).await.text();
    assert!(dashboard.contains("Organizations: Library Board"), "{dashboard}");
    assert!(dashboard.contains("None declared"), "Lee declared nothing: {dashboard}");
    assert_eq!(organizer.post(&format!("{DASHBOARD}/open"), &[]).await.status, StatusCode::SEE_OTHER);

    let benches = w.ideas["More benches"];
    let (holder, _) = *active(&w).await.iter().find(|(_, i)| *i == benches).expect("benches has a judge");
    let holder = w.judges.iter().find(|j| j.id.0 == holder).expect("a judge");
    let url = format!("{DASHBOARD}/judges/{}", holder.id.0);
    let form = organizer.get(&url).await.text();
    assert!(form.contains("can no longer change their own declarations"), "{form}");
    let saved = organizer.post(&url, &[("organizations", "Friends of Hilltop"), ("people", "")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let dashboard = organizer.get(&saved.location()).await.text();
    assert!(dashboard.contains("Ideas it now conflicts with went to other judges."), "{dashboard}");
    assert!(dashboard.contains("Organizations: Friends of Hilltop"), "{dashboard}");

    let now = active(&w).await;
    assert!(!now.contains(&(holder.id.0, benches)), "the judge lost the idea at once");
    assert_eq!(now.iter().filter(|(_, i)| *i == benches).count(), 1, "another judge took it");
    let declared = w.app.env.store.declaration(w.challenge_id, holder.id).await.expect("query").expect("declared");
    assert_eq!(declared.organizations, ["Friends of Hilltop"]);
    let log = audit(&mut organizer).await;
    let line = log.lines().find(|l| l.contains(",declare,")).unwrap_or_else(|| panic!("a declare line in {log}"));
    assert!(line.contains("Friends of Hilltop") && line.contains(&w.organizer.id.0.to_string()), "{line}");
    let recused = log.lines().find(|l| l.contains(",recuse,")).unwrap_or_else(|| panic!("a recuse line in {log}"));
    assert!(recused.contains(&format!(",recuse,{},", w.organizer.id.0)), "the organizer did it: {recused}");
    // The judge sees the new declaration, and still no count.
    let mut browser = signed_in(&w.app, holder).await;
    assert!(browser.get(&format!("{CHALLENGE}/judging/conflicts")).await.text().contains("Friends of Hilltop"));
    // Another judge cannot use the organizers' page.
    let mut other = signed_in(&w.app, kim).await;
    assert_eq!(other.post(&url, &[("organizations", "")]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn names_match_however_written_and_organizers_decide_look_alikes_before_judging_opens() {
    let w = world(1).await;
    let [jo, kim, lee] = [&w.judges[0], &w.judges[1], &w.judges[2]];
    let shade = w.ideas["Shade trees"];
    let benches = w.ideas["More benches"];
    // Jo wrote the Austin association another way: the same organization.
    declare(&w, jo, "Austin Neighbors Association").await;
    // Kim knows a "Rosa Residant"; Lee a "Hilltop Friends".
    let mut browser = signed_in(&w.app, kim).await;
    let sent = browser.post(&format!("{CHALLENGE}/judging/conflicts"), &[("people", "Rosa Residant")]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    declare(&w, lee, "Hilltop Friends").await;

    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let dashboard = organizer.get(DASHBOARD).await.text();
    let (_, section) = dashboard.split_once("id=\"conflicts-heading\"").expect("the look-alike section");
    let section = section.split("</section>").next().unwrap_or_default();
    assert!(section.contains("Kim Judge") && section.contains("Rosa Residant") && section.contains("Rosa Resident"));
    assert!(
        section.contains("Lee Judge") && section.contains("Hilltop Friends") && section.contains("Friends of Hilltop")
    );
    assert!(!section.contains("Austin"), "an exact match after normalizing is a conflict, not a question: {section}");

    let refused = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.text().contains("check the 2 pairs of names"), "{}", refused.text());
    assert!(active(&w).await.is_empty(), "nothing assigned");

    let decide =
        |judge: &User, judge_text: &'static str, idea: i64, idea_text: &'static str, decision: &'static str| {
            vec![
                ("judge", judge.id.0.to_string()),
                ("idea", idea.to_string()),
                ("judge_text", judge_text.to_owned()),
                ("idea_text", idea_text.to_owned()),
                ("decision", decision.to_owned()),
            ]
        };
    let fields = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let kim_rosa = decide(kim, "Rosa Residant", shade, "Rosa Resident", "conflict");
    let lee_hill = decide(lee, "Hilltop Friends", benches, "Friends of Hilltop", "dismiss");
    for form in [&kim_rosa, &lee_hill] {
        let form = fields(form);
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let decided = organizer.post(&format!("{DASHBOARD}/conflicts"), &refs).await;
        assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.text());
    }
    // Deciding a pair that is not waiting changes nothing.
    let made_up = fields(&decide(jo, "Nobody", benches, "Friends of Hilltop", "conflict"));
    let refs: Vec<(&str, &str)> = made_up.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(organizer.post(&format!("{DASHBOARD}/conflicts"), &refs).await.status, StatusCode::CONFLICT);
    let decisions = w.app.env.store.conflict_decisions(w.challenge_id).await.expect("decisions");
    assert_eq!(decisions.len(), 2);
    assert!(decisions.iter().any(|d| d.judge == kim.id && d.idea_id == shade && d.conflict));
    assert!(decisions.iter().any(|d| d.judge == lee.id && d.idea_id == benches && !d.conflict));

    let opened = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let pairs = active(&w).await;
    assert!(!pairs.contains(&(jo.id.0, shade)), "Jo never gets the Austin association's idea");
    assert!(!pairs.contains(&(kim.id.0, shade)), "Kim's confirmed conflict holds");
    assert_eq!(pairs.iter().filter(|(_, i)| *i == shade).collect::<Vec<_>>(), [&(lee.id.0, shade)]);
    let log = audit(&mut organizer).await;
    assert!(log.contains(",confirm_conflict,") && log.contains(",dismiss_conflict,"), "{log}");
}

#[tokio::test]
async fn organizers_read_every_review_hold_feedback_back_and_confirm_exactly_who_is_emailed_before_publishing() {
    let w = world(2).await;
    for judge in &w.judges {
        declare(&w, judge, "Library Board").await;
    }
    let fay = w.app.user("fay@example.org", "Fay Follower").await;
    let mut follower = signed_in(&w.app, &fay).await;
    assert_eq!(follower.post(&format!("{CHALLENGE}/follow"), &[]).await.status, StatusCode::SEE_OTHER);
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    assert_eq!(organizer.post(&format!("{DASHBOARD}/open"), &[]).await.status, StatusCode::SEE_OTHER);
    for (judge, idea) in active(&w).await {
        let judge = w.judges.iter().find(|j| j.id.0 == judge).expect("judge");
        let mut browser = signed_in(&w.app, judge).await;
        let feedback = format!("Kind words from {}", judge.display_name);
        let note = format!("Private note from {}", judge.display_name);
        let fields = [("score_0", "4"), ("score_1", "3"), ("feedback", &feedback), ("private_note", &note)];
        let saved = browser.post(&format!("{CHALLENGE}/judging/ideas/{idea}"), &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    }
    assert_eq!(organizer.post(&format!("{DASHBOARD}/close"), &[]).await.status, StatusCode::SEE_OTHER);
    write_ideas_bundle(w.dir.path(), "2026-06-01T00:00:00Z", 2);
    w.app.import(w.dir.path()).await;

    // The organizer reads every review: judge, scores, feedback and note.
    let shade = w.ideas["Shade trees"];
    let pairs = active(&w).await;
    let (rude, _) = *pairs.iter().find(|(_, i)| *i == shade).expect("a judge of Shade trees");
    let rude = w.judges.iter().find(|j| j.id.0 == rude).expect("judge");
    let held_text = format!("Kind words from {}", rude.display_name);
    let reviews = organizer.get(&format!("{DASHBOARD}/reviews")).await.text();
    for (judge, _) in &pairs {
        let judge = w.judges.iter().find(|j| j.id.0 == *judge).expect("judge");
        assert!(reviews.contains(&format!("Private note from {}", judge.display_name)), "{reviews}");
        assert!(reviews.contains(&format!("Kind words from {}", judge.display_name)));
    }
    assert!(reviews.contains("Impact: 4 · Cost: 3"), "{reviews}");

    // Holding back needs a reason; with one, it is logged.
    let hold = |reason: &'static str| {
        vec![("idea", shade.to_string()), ("judge", rude.id.0.to_string()), ("reason", reason.to_owned())]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let no_reason = as_refs(&hold("  "));
    let refs: Vec<(&str, &str)> = no_reason.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = organizer.post(&format!("{DASHBOARD}/reviews/hold"), &refs).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Write why you hold this feedback back"));
    assert!(w.app.env.store.feedback_holds(w.track_id).await.expect("holds").is_empty(), "nothing held");
    let with_reason = as_refs(&hold("It names a neighbour."));
    let refs: Vec<(&str, &str)> = with_reason.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let held = organizer.post(&format!("{DASHBOARD}/reviews/hold"), &refs).await;
    assert_eq!(held.status, StatusCode::SEE_OTHER, "{}", held.text());
    // Undo, then hold again: both steps are in the log.
    let release = [("idea", shade.to_string()), ("judge", rude.id.0.to_string())];
    let release: Vec<(&str, &str)> = release.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(organizer.post(&format!("{DASHBOARD}/reviews/release"), &release).await.status, StatusCode::SEE_OTHER);
    assert!(w.app.env.store.feedback_holds(w.track_id).await.expect("holds").is_empty(), "undone");
    assert_eq!(organizer.post(&format!("{DASHBOARD}/reviews/hold"), &refs).await.status, StatusCode::SEE_OTHER);
    let log = audit(&mut organizer).await;
    assert!(log.lines().any(|l| l.contains(",hold,") && l.contains("It names a neighbour.")), "{log}");
    assert!(log.contains(",release,"), "{log}");

    // One click on an old form publishes nothing.
    let outbox_before = w.app.env.store.list_emails().await.expect("outbox").len();
    let click = organizer.post(&format!("{CHALLENGE}/manage/publish"), &[]).await;
    assert_eq!(click.status, StatusCode::SEE_OTHER);
    assert_eq!(click.location(), format!("{CHALLENGE}/manage/publish"));
    let challenge = w.app.env.store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    assert!(challenge.timeline.results_published_at.is_none(), "not published");
    assert_eq!(w.app.env.store.list_emails().await.expect("outbox").len(), outbox_before, "no email queued");
    assert!(w.app.get(&format!("{CHALLENGE}/winners")).await.text().contains("have not published the results yet"));

    // The confirmation page says who gets what.
    let confirm = organizer.get(&format!("{CHALLENGE}/manage/publish")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    let page = confirm.text();
    assert!(page.contains("Emails to entrants: 2"), "{page}");
    assert!(
        page.contains("Rosa Resident &lt;rosa@example.org&gt;") && page.contains("Sam Sender &lt;sam@example.org&gt;")
    );
    assert!(page.contains("Emails to followers: 1"), "{page}");
    assert!(page.contains("Publish the results and send 3 emails"), "{page}");
    let shade_row = page.split("<tr>").find(|row| row.contains("Shade trees")).expect("a row for Shade trees");
    assert!(shade_row.contains("<td>1</td>"), "one piece sent and one held back: {shade_row}");

    let published = organizer.post(&format!("{CHALLENGE}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    let rosa_mail = w.app.last_email_to("rosa@example.org").await.expect("Rosa is emailed");
    assert!(!rosa_mail.text.contains(&held_text) && !rosa_mail.html.contains(&held_text), "{}", rosa_mail.text);
    assert!(rosa_mail.text.contains("Kind words from"), "the other judge's feedback is sent: {}", rosa_mail.text);
    // With no winner picked, every email says so rather than listing nothing.
    assert!(page.contains("No winner chosen on this track."), "{page}");
    assert!(rosa_mail.text.contains("not among the winners"), "{}", rosa_mail.text);
    let fay_mail = w.app.last_email_to("fay@example.org").await.expect("the follower is emailed");
    assert!(fay_mail.text.contains("The organizers chose no winners."), "{}", fay_mail.text);
    let rosa = w.app.env.store.user_by_email(&Email::parse("rosa@example.org").expect("email")).await;
    let mut rosa_browser = signed_in(&w.app, &rosa.expect("query").expect("Rosa")).await;
    let idea_page = rosa_browser.get(&format!("/ideas/{shade}")).await.text();
    assert!(idea_page.contains("What the judges wrote") && !idea_page.contains(&held_text), "{idea_page}");
    assert!(!idea_page.contains("It names a neighbour."), "the reason stays with the organizers");
    // After publishing, holding back is refused: the email has gone.
    let late = organizer.post(&format!("{DASHBOARD}/reviews/release"), &release).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(w.app.env.store.feedback_holds(w.track_id).await.expect("holds").len(), 1);
}
