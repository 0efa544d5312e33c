//! Judging ideas end to end: judges declare conflicts before they see any
//! idea, organizers open judging and every idea gets its judges without a
//! conflict, judges score blind (no page a judge can reach names an
//! entrant), undo and recuse, the organizers' results match a hand
//! computation and the audit log, and publishing sends the feedback.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use plaza_core::{AssignmentStatus, ChallengeRole, User};
use plaza_tests::{Browser, TestApp, link_in, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";
const TRACK: &str = "/challenges/park-ideas/tracks/ideas";
const DASHBOARD: &str = "/challenges/park-ideas/manage/judging/ideas";

/// Strings that name the entrants: no page a judge reaches may contain any.
const IDENTITY: &[&str] = &[
    "Rosa Resident",
    "rosa@example.org",
    "Rosa's team: call 555-0100",
    "Sam Sender",
    "sam@example.org",
    "Pat Phone",
    "Olga Organizer",
    "Friends of Hilltop",
];

struct World {
    app: TestApp,
    dir: tempfile::TempDir,
    challenge_id: i64,
    track_id: i64,
    organizer: User,
    judges: Vec<User>,
    /// Idea ids by title.
    ideas: BTreeMap<&'static str, i64>,
}

fn idea_fields(title: &'static str, org: &'static str, contact: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", title),
        ("summary", "A short summary."),
        ("problem", "A problem residents notice."),
        ("proposal", "What the city should do."),
        ("q_area", "South"),
        ("team_contact", contact),
        ("organizations", org),
        ("action", "submit"),
    ]
}

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

/// Three ideas (one entered by staff and read back by phone), three judges,
/// `judges_per_entry` judges per idea; Kim is tied to Rosa's organization.
async fn world(judges_per_entry: u32, judge_count: usize) -> World {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", judges_per_entry);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let track_id = store.tracks(challenge.id).await.expect("tracks")[0].id;
    let organizer = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer");

    let mut ideas = BTreeMap::new();
    for (email, name, title, org, contact) in [
        ("rosa@example.org", "Rosa Resident", "Shade trees", "Friends of Riverside", "Rosa's team: call 555-0100"),
        ("sam@example.org", "Sam Sender", "More benches", "Friends of Hilltop", "Sam"),
    ] {
        let user = app.user(email, name).await;
        let mut browser = signed_in(&app, &user).await;
        let sent = browser.post(&format!("{TRACK}/ideas"), &idea_fields(title, org, contact)).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    }
    let mut staff = signed_in(&app, &organizer).await;
    let mut phoned = idea_fields("A water fountain", "", "");
    phoned.extend([("channel", "phone"), ("contact_name", "Pat Phone"), ("attested", "yes")]);
    let entered = staff.post(&format!("{TRACK}/ideas/assisted"), &phoned).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    for idea in store.track_ideas(track_id).await.expect("ideas") {
        let title = ["Shade trees", "More benches", "A water fountain"]
            .into_iter()
            .find(|t| *t == idea.fields.title)
            .expect("a known title");
        ideas.insert(title, idea.id);
    }

    let mut judges = Vec::new();
    for (email, name) in
        [("jo@example.org", "Jo Judge"), ("kim@example.org", "Kim Judge"), ("lee@example.org", "Lee Judge")]
            .into_iter()
            .take(judge_count)
    {
        let judge = app.user(email, name).await;
        store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("judge");
        judges.push(judge);
    }
    World { app, dir, challenge_id: challenge.id, track_id, organizer, judges, ideas }
}

/// Each judge declares their ties (Kim: Rosa's organization).
async fn declare(w: &World) {
    for judge in &w.judges {
        let mut browser = signed_in(&w.app, judge).await;
        let queue = browser.get(&format!("{CHALLENGE}/judging")).await;
        assert_eq!(queue.location(), format!("{CHALLENGE}/judging/conflicts"), "conflicts come first");
        let orgs = if judge.display_name == "Kim Judge" { "friends of  RIVERSIDE" } else { "Library Board" };
        let declared = browser.post(&format!("{CHALLENGE}/judging/conflicts"), &[("organizations", orgs)]).await;
        assert_eq!(declared.status, StatusCode::SEE_OTHER);
        let queue = browser.get(&declared.location()).await.text();
        assert!(queue.contains("Thank you. Your declaration is saved."), "on to the queue: {queue}");
    }
}

async fn active(w: &World) -> Vec<(i64, i64)> {
    w.app
        .env
        .store
        .assignments(w.track_id)
        .await
        .expect("assignments")
        .into_iter()
        .filter(|a| a.status == AssignmentStatus::Active)
        .map(|a| (a.judge.0, a.idea_id))
        .collect()
}

async fn score(browser: &mut Browser<'_>, idea: i64, impact: &str, cost: &str, feedback: &str) -> u16 {
    let url = format!("{CHALLENGE}/judging/ideas/{idea}");
    let fields =
        [("score_0", impact), ("score_1", cost), ("feedback", feedback), ("private_note", "n"), ("action", "save")];
    browser.post(&url, &fields).await.status.as_u16()
}

#[tokio::test]
async fn every_idea_gets_its_judges_without_a_conflict_and_judges_never_see_who_wrote_it() {
    let w = world(2, 3).await;
    declare(&w).await;
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let opened = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());

    let pairs = active(&w).await;
    for idea in w.ideas.values() {
        assert_eq!(pairs.iter().filter(|(_, i)| i == idea).count(), 2, "two judges per idea");
    }
    let kim = &w.judges[1];
    assert!(!pairs.contains(&(kim.id.0, w.ideas["Shade trees"])), "Kim is tied to Rosa's organization");
    let loads: Vec<usize> =
        w.judges.iter().map(|j| pairs.iter().filter(|(judge, _)| *judge == j.id.0).count()).collect();
    assert_eq!(loads, [2, 2, 2], "six reviews shared evenly");
    let reminder = w.app.last_email_to("jo@example.org").await.expect("judges are told");
    assert!(reminder.subject.contains("2 ideas are waiting"), "{}", reminder.subject);

    // Blind: every page and file a judge can reach, for each judge.
    for judge in &w.judges {
        let mut browser = signed_in(&w.app, judge).await;
        let mut pages = vec![format!("{CHALLENGE}/judging"), format!("{CHALLENGE}/judging/conflicts")];
        let queue = browser.get(&pages[0]).await.text();
        assert!(queue.contains("0 of 2 scored"), "{queue}");
        for (_, idea) in pairs.iter().filter(|(j, _)| *j == judge.id.0) {
            pages.push(format!("{CHALLENGE}/judging/ideas/{idea}"));
        }
        for page in &pages {
            let response = browser.get(page).await;
            assert_eq!(response.status, StatusCode::OK, "{page}");
            let text = response.text();
            for identity in IDENTITY {
                assert!(!text.contains(identity), "{} sees '{identity}' on {page}", judge.display_name);
            }
        }
        // And the JSON API, with the judge's own token.
        let token = w.app.env.store.create_api_token(judge.id, "judge").await.expect("token").secret;
        for path in ["/api/v1/challenges/park-ideas", "/api/v1/challenges", "/api/v1/me"] {
            let text = w.app.get_with_token(path, &token).await.text();
            for identity in IDENTITY {
                assert!(!text.contains(identity), "{} sees '{identity}' in {path}", judge.display_name);
            }
        }
        let fountain = w.ideas["A water fountain"];
        if pairs.contains(&(judge.id.0, fountain)) {
            let text = browser.get(&format!("{CHALLENGE}/judging/ideas/{fountain}")).await.text();
            assert!(text.contains("Assisted entry"), "judges see the entry was assisted, not by whom");
        }
        // An idea not assigned to this judge is as good as missing.
        for idea in w.ideas.values().filter(|i| !pairs.contains(&(judge.id.0, **i))) {
            assert_eq!(browser.get(&format!("{CHALLENGE}/judging/ideas/{idea}")).await.status, StatusCode::NOT_FOUND);
        }
    }
}

#[tokio::test]
async fn results_match_a_hand_computation_and_the_audit_log_and_publishing_sends_the_feedback() {
    let w = world(2, 3).await;
    declare(&w).await;
    let fay = w.app.user("fay@example.org", "Fay Follower").await;
    let mut follower = signed_in(&w.app, &fay).await;
    assert_eq!(follower.post(&format!("{CHALLENGE}/follow"), &[]).await.status, StatusCode::SEE_OTHER);

    let mut organizer = signed_in(&w.app, &w.organizer).await;
    // The rubric can change until judging opens.
    let rubric = [
        ("name_0", "Impact"),
        ("weight_0", "3"),
        ("description_0", "Who benefits, and how much?"),
        ("levels_0", "No clear benefit\nSmall\nSome\nLarge\nTransformative"),
        ("name_1", "Cost"),
        ("weight_1", "1"),
        ("description_1", "Can the city afford it?"),
        ("levels_1", "one\ntwo"),
        ("judges_per_entry", "2"),
        ("min_reviews", "2"),
    ];
    let refused = organizer.post(&format!("{DASHBOARD}/rubric"), &rubric).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    assert!(text.contains("has 2 level descriptions; give exactly 5"), "{text}");
    let (_, rubric_section) = text.split_once("id=\"rubric-heading\"").expect("the rubric section");
    assert!(rubric_section.contains("give exactly 5"), "the message sits beside the rubric form");
    let mut fixed = rubric.to_vec();
    fixed[7] = ("levels_1", "");
    assert_eq!(organizer.post(&format!("{DASHBOARD}/rubric"), &fixed).await.status, StatusCode::SEE_OTHER);
    assert_eq!(organizer.post(&format!("{DASHBOARD}/open"), &[]).await.status, StatusCode::SEE_OTHER);
    let after = organizer.post(&format!("{DASHBOARD}/rubric"), &fixed).await;
    assert_eq!(after.status, StatusCode::CONFLICT, "the rubric is fixed once judging opens");
    assert!(
        after.text().contains("The rubric cannot change once judging has opened."),
        "shown though the form is gone"
    );

    // Every judge gives the same scores to the same idea: weighted (3·impact + cost) / 4.
    // Shade trees (5, 3) -> 4.50; A water fountain (4, 4) -> 4.00; More benches (3, 3) -> 3.00.
    let wanted: BTreeMap<i64, (&str, &str)> = [
        (w.ideas["Shade trees"], ("5", "3")),
        (w.ideas["A water fountain"], ("4", "4")),
        (w.ideas["More benches"], ("3", "3")),
    ]
    .into_iter()
    .collect();
    let pairs = active(&w).await;
    for judge in &w.judges {
        let mut browser = signed_in(&w.app, judge).await;
        for (_, idea) in pairs.iter().filter(|(j, _)| *j == judge.id.0) {
            let (impact, cost) = wanted[idea];
            // A first try with a missing score is refused with the criterion named.
            let url = format!("{CHALLENGE}/judging/ideas/{idea}");
            let missing = browser.post(&url, &[("score_0", impact), ("action", "save")]).await;
            assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(missing.text().contains("Choose a score for: Cost."));
            let out_of_range = browser.post(&url, &[("score_0", "9"), ("score_1", cost), ("action", "save")]).await;
            assert_eq!(out_of_range.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(out_of_range.text().contains("must be from 1 to 5, not 9."), "{}", out_of_range.text());
            let essay = "x".repeat(5001);
            let long = [("score_0", impact), ("score_1", cost), ("feedback", essay.as_str()), ("action", "save")];
            let too_long = browser.post(&url, &long).await;
            assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(too_long.text().contains("keep the feedback and the note to 5000 characters"));
            assert!(w.app.env.store.review(*idea, judge.id).await.expect("query").is_none(), "nothing was saved");
            // A slip, then the right scores, then undo and redo: the log keeps every step.
            assert_eq!(score(&mut browser, *idea, "1", "1", "oops").await, 303);
            assert_eq!(
                score(&mut browser, *idea, impact, cost, &format!("Feedback from {}", judge.display_name)).await,
                303
            );
            let undone = browser.post(&format!("{url}/undo"), &[]).await;
            assert_eq!(undone.status, StatusCode::SEE_OTHER);
            let review = w.app.env.store.review(*idea, judge.id).await.expect("query").expect("review");
            assert_eq!(review.scores, [1, 1], "undo puts back the scores before the last change");
            assert_eq!(
                score(&mut browser, *idea, impact, cost, &format!("Feedback from {}", judge.display_name)).await,
                303
            );
        }
        let queue = browser.get(&format!("{CHALLENGE}/judging")).await.text();
        assert!(queue.contains("2 of 2 scored"), "{queue}");
    }

    // A judge steps aside from "More benches": another judge takes it at once.
    let benches = w.ideas["More benches"];
    let (leaving, _) = *pairs.iter().find(|(_, i)| *i == benches).expect("benches has judges");
    let leaver = w.judges.iter().find(|j| j.id.0 == leaving).expect("judge");
    let mut browser = signed_in(&w.app, leaver).await;
    let recused =
        browser.post(&format!("{CHALLENGE}/judging/ideas/{benches}/recuse"), &[("reason", "I know them")]).await;
    assert_eq!(recused.status, StatusCode::SEE_OTHER);
    let now = active(&w).await;
    assert_eq!(now.iter().filter(|(_, i)| *i == benches).count(), 2, "replaced at once");
    assert!(!now.contains(&(leaving, benches)));
    assert_eq!(browser.get(&format!("{CHALLENGE}/judging/ideas/{benches}")).await.status, StatusCode::NOT_FOUND);
    let (newcomer, _) = *now.iter().find(|(j, i)| *i == benches && !pairs.contains(&(*j, *i))).expect("new judge");
    let newcomer = w.judges.iter().find(|j| j.id.0 == newcomer).expect("judge");
    let mut browser = signed_in(&w.app, newcomer).await;
    assert_eq!(score(&mut browser, benches, "3", "3", "Good idea, costly.").await, 303);

    let dashboard = organizer.get(DASHBOARD).await.text();
    let row = |title: &str| {
        let at = dashboard.find(&format!(">{title}</a>")).unwrap_or_else(|| panic!("{title} in {dashboard}"));
        dashboard[at.saturating_sub(200)..at + 400].to_owned()
    };
    assert!(
        row("Shade trees").contains("<td>1</td>") && row("Shade trees").contains("<td>4.50</td>"),
        "{}",
        row("Shade trees")
    );
    assert!(row("A water fountain").contains("<td>2</td>") && row("A water fountain").contains("<td>4.00</td>"));
    assert!(row("More benches").contains("<td>3</td>") && row("More benches").contains("<td>3.00</td>"));
    assert!(dashboard.contains("recomputed exactly from the audit log"), "{dashboard}");
    let normalized = organizer.get(&format!("{DASHBOARD}?view=normalized")).await.text();
    assert!(normalized.contains("Showing normalized scores"), "{normalized}");
    let audit = organizer.get(&format!("{DASHBOARD}/audit.csv")).await;
    assert_eq!(audit.header("content-type"), "text/csv; charset=utf-8");
    let audit = audit.text();
    for kind in [",rubric,", ",open,", ",assign,", ",score,", ",edit,", ",undo,", ",recuse,"] {
        assert!(audit.contains(kind), "{kind} in the audit log");
    }
    let results = organizer.get(&format!("{DASHBOARD}/results.csv")).await.text();
    let first = results.lines().nth(1).expect("a first row");
    assert!(first.contains("Shade trees,Rosa Resident") && first.contains(",1,4.500000,"), "{results}");

    // Publishing waits for the deadline and for judging to close.
    let early = organizer.post(&format!("{CHALLENGE}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert_eq!(organizer.post(&format!("{DASHBOARD}/close"), &[]).await.status, StatusCode::SEE_OTHER);
    let judge = &w.judges[0];
    let mut browser = signed_in(&w.app, judge).await;
    let (_, some_idea) = *now.iter().find(|(j, _)| *j == judge.id.0).expect("an idea");
    assert_eq!(score(&mut browser, some_idea, "1", "1", "late").await, 409, "scores are final once closed");

    write_ideas_bundle(w.dir.path(), "2026-06-01T00:00:00Z", 2);
    w.app.import(w.dir.path()).await;
    let shade = w.ideas["Shade trees"].to_string();
    let no_reason =
        organizer.post(&format!("{DASHBOARD}/decisions"), &[("idea", shade.as_str()), ("place", "winner")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let decided = [("idea", shade.as_str()), ("place", "winner"), ("reason", "Cools the playground for every child.")];
    assert_eq!(organizer.post(&format!("{DASHBOARD}/decisions"), &decided).await.status, StatusCode::SEE_OTHER);
    let fountain = w.ideas["A water fountain"].to_string();
    let runner = [("idea", fountain.as_str()), ("place", "runner_up"), ("reason", "Cheap and useful.")];
    assert_eq!(organizer.post(&format!("{DASHBOARD}/decisions"), &runner).await.status, StatusCode::SEE_OTHER);

    let before = w.app.get(&format!("{CHALLENGE}/winners")).await.text();
    assert!(before.contains("have not published the results yet") && !before.contains("Cools the playground"));
    let published = organizer.post(&format!("{CHALLENGE}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    let winners = w.app.get(&format!("{CHALLENGE}/winners")).await.text();
    assert!(
        winners.contains("Winner: Shade trees") && winners.contains("Cools the playground for every child."),
        "{winners}"
    );
    assert!(winners.contains("Runner-up: A water fountain"), "{winners}");
    assert!(!winners.contains("Rosa Resident"), "the winners page names ideas, not people");

    let rosa = w.app.last_email_to("rosa@example.org").await.expect("Rosa hears the results");
    assert!(rosa.subject.contains("feedback on your idea"), "{}", rosa.subject);
    assert!(rosa.text.contains("Winner") && rosa.text.contains("Feedback from"), "{}", rosa.text);
    assert!(!rosa.text.contains("oops"), "only the final feedback is sent");
    let sam = w.app.last_email_to("sam@example.org").await.expect("Sam hears the results");
    assert!(sam.text.contains("not among the winners") && sam.text.contains("Good idea, costly."), "{}", sam.text);
    let fay_mail = w.app.last_email_to("fay@example.org").await.expect("followers hear who won");
    assert!(fay_mail.text.contains("Shade trees"), "{}", fay_mail.text);
    assert!(link_in(&fay_mail.text, plaza_tests::PUBLIC_URL).is_some());

    // Rosa reads the feedback on her idea's page too.
    let rosa_user = w.app.env.store.user_by_email(&plaza_core::Email::parse("rosa@example.org").expect("e")).await;
    let mut rosa_browser = signed_in(&w.app, &rosa_user.expect("query").expect("rosa")).await;
    let page = rosa_browser.get(&format!("/ideas/{}", w.ideas["Shade trees"])).await.text();
    assert!(
        page.contains("What the judges wrote") && page.contains("Feedback from") && page.contains("Winner."),
        "{page}"
    );

    let again = organizer.post(&format!("{CHALLENGE}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "published once");
    let _ = w.challenge_id;
}

#[tokio::test]
async fn opening_judging_with_too_few_judges_says_exactly_why_and_assigns_nothing() {
    let w = world(3, 2).await;
    declare(&w).await;
    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let refused = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.text().contains("needs 3 judges per entry but only 2 judges are on the panel"),
        "{}",
        refused.text()
    );
    assert!(active(&w).await.is_empty());
    let judging = w.app.env.store.track_judging(&w.app.env.store.tracks(w.challenge_id).await.expect("t")[0]).await;
    assert_eq!(judging.expect("judging").status, plaza_core::JudgingStatus::Setup);
}

/// The bundle's rubric as the dashboard form sends it, with these counts.
fn rubric_form(judges_per_entry: &'static str, min_reviews: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("name_0", "Impact"),
        ("weight_0", "3"),
        ("description_0", "Who benefits, and how much?"),
        ("name_1", "Cost"),
        ("weight_1", "1"),
        ("description_1", "Can the city afford it?"),
        ("judges_per_entry", judges_per_entry),
        ("min_reviews", min_reviews),
    ]
}

#[tokio::test]
async fn a_judge_never_judges_their_own_idea_and_organizers_can_lower_the_judges_per_idea() {
    let w = world(3, 3).await;
    // Jo, a judge, also sends an idea of her own.
    let jo = &w.judges[0];
    let mut jo_browser = signed_in(&w.app, jo).await;
    let sent = jo_browser.post(&format!("{TRACK}/ideas"), &idea_fields("A dog park", "", "Jo")).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let store = &w.app.env.store;
    let dog_park = store
        .track_ideas(w.track_id)
        .await
        .expect("ideas")
        .into_iter()
        .find(|i| i.fields.title == "A dog park")
        .expect("Jo's idea")
        .id;
    declare(&w).await;

    let mut organizer = signed_in(&w.app, &w.organizer).await;
    let refused = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let text = refused.text();
    assert!(text.contains("(each needs 3): &#39;Shade trees&#39; has 2, &#39;A dog park&#39; has 2."), "{text}");
    assert!(text.contains("lower the number of judges per idea under “Rubric” below"), "{text}");
    assert!(active(&w).await.is_empty());

    // The organizer lowers the number on the dashboard; the public page follows.
    let bad = organizer.post(&format!("{DASHBOARD}/rubric"), &rubric_form("0", "2")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().contains("The number of judges per idea must be a whole number from 1 to 20, not &#39;0&#39;."));
    let unreachable = organizer.post(&format!("{DASHBOARD}/rubric"), &rubric_form("2", "3")).await;
    assert_eq!(unreachable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unreachable.text().contains("so it cannot need 3 reviews to be ranked"), "{}", unreachable.text());
    let saved = organizer.post(&format!("{DASHBOARD}/rubric"), &rubric_form("2", "2")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert!(organizer.get(DASHBOARD).await.text().contains("each gets 2 judges"));
    let opened = organizer.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());

    let pairs = active(&w).await;
    for idea in w.ideas.values().chain([&dog_park]) {
        assert_eq!(pairs.iter().filter(|(_, i)| i == idea).count(), 2, "two judges per idea");
    }
    assert!(!pairs.contains(&(jo.id.0, dog_park)), "Jo never judges her own idea");
    let edited = jo_browser.get(&format!("{CHALLENGE}/judging?notice=declared&moved=lots")).await;
    assert_eq!(edited.status, StatusCode::OK, "an edited link is not an error");
    assert!(edited.text().contains("Thank you. Your declaration is saved."));
    assert_eq!(
        jo_browser.get(&format!("{CHALLENGE}/judging/ideas/{dog_park}")).await.status,
        StatusCode::NOT_FOUND,
        "nor can she open it as a judge"
    );

    // Lee steps aside from "Shade trees": Kim is tied to it and Jo has it
    // already, so nobody is free. The dashboard says so.
    let shade = w.ideas["Shade trees"];
    let lee = &w.judges[2];
    assert!(pairs.contains(&(lee.id.0, shade)), "Lee and Jo are the only judges free for it");
    let mut lee_browser = signed_in(&w.app, lee).await;
    let recused = lee_browser.post(&format!("{CHALLENGE}/judging/ideas/{shade}/recuse"), &[("reason", "")]).await;
    assert_eq!(recused.status, StatusCode::SEE_OTHER);
    let dashboard = organizer.get(DASHBOARD).await.text();
    assert!(
        dashboard.contains("1 idea has fewer judges than 2") && dashboard.contains("“Shade trees” has 1 of 2"),
        "{dashboard}"
    );
}
