//! People's choice (#15 item 4): organizers open a vote on the ideas that
//! passed their screening; one vote per account, changeable until the vote
//! closes; nobody sees the count before it closes; organizers see warning
//! signs and set a vote aside with a reason kept in the audit; the result
//! is shown apart from the judges'. Runs on SQLite, and on PostgreSQL with
//! PLAZA_TEST_DATABASE_URL.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_tests::{TestApp, write_ideas_bundle};

const CHALLENGE: &str = "/challenges/park-ideas";
const TRACK: &str = "/challenges/park-ideas/tracks/ideas";
const MANAGE: &str = "/challenges/park-ideas/manage/vote/ideas";

fn phoned(title: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", title),
        ("summary", "A short summary."),
        ("problem", "A problem residents notice."),
        ("proposal", "What the city should do."),
        ("datasets", "parks"),
        ("q_area", "South"),
        ("channel", "phone"),
        ("contact_name", "Pat Phone"),
        ("attested", "yes"),
        ("action", "submit"),
    ]
}

#[tokio::test]
async fn a_vote_counts_one_changeable_vote_per_person_hides_the_count_and_sets_fraud_aside() {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let track = store.tracks(challenge.id).await.expect("tracks").remove(0);
    let olga = app.user("olga@example.org", "Olga").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let rosa = app.user("rosa@example.org", "Rosa").await;
    let sam = app.user("sam@example.org", "Sam").await;
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    for title in ["Shade trees", "More benches", "A water fountain"] {
        let entered = organizer.post(&format!("{TRACK}/ideas/assisted"), &phoned(title)).await;
        assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.text());
    }
    let ideas = store.track_ideas(track.id).await.expect("ideas");
    let id = |title: &str| ideas.iter().find(|i| i.fields.title == title).map(|i| i.id.to_string()).unwrap_or_default();
    let (trees, benches, fountain) = (id("Shade trees"), id("More benches"), id("A water fountain"));

    // No vote yet: the public page does not exist.
    assert_eq!(app.get(&format!("{TRACK}/vote")).await.status, StatusCode::NOT_FOUND);
    let form = organizer.get(MANAGE).await.text();
    assert!(form.contains("Shade trees") && form.contains("A water fountain"), "{form}");
    let closes = challenge.timeline.zone.local_input(chrono::Utc::now() + chrono::Duration::days(7));
    let one = organizer.post(MANAGE, &[("action", "open"), ("idea", &trees), ("closes_at", &closes)]).await;
    assert_eq!(one.status, StatusCode::UNPROCESSABLE_ENTITY, "one idea is no vote");
    let past = organizer
        .post(MANAGE, &[("action", "open"), ("idea", &trees), ("idea", &benches), ("closes_at", "2020-01-01T10:00")])
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The fountain did not pass the screening.
    let opened = organizer
        .post(MANAGE, &[("action", "open"), ("idea", &trees), ("idea", &benches), ("closes_at", &closes)])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let again = organizer
        .post(MANAGE, &[("action", "open"), ("idea", &trees), ("idea", &fountain), ("closes_at", &closes)])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "a vote is opened once");

    let public = app.get(&format!("{TRACK}/vote")).await.text();
    assert!(public.contains("Shade trees") && !public.contains("A water fountain"), "{public}");
    assert!(public.contains("Sign in to vote"), "{public}");
    assert!(app.get(CHALLENGE).await.text().contains("Vote for the idea you like best"));

    // Rosa votes, then changes her mind: one vote counts.
    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    let vote = format!("{TRACK}/vote");
    assert_eq!(resident.post(&vote, &[("idea", &trees)]).await.status, StatusCode::SEE_OTHER);
    let off_ballot = resident.post(&vote, &[("idea", &fountain)]).await;
    assert_eq!(off_ballot.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(resident.post(&vote, &[("idea", &benches)]).await.status, StatusCode::SEE_OTHER);
    let votes = store.votes(track.id).await.expect("votes");
    assert_eq!(votes.len(), 1, "one vote per person");
    assert_eq!(votes[0].idea_id.to_string(), benches, "the changed vote");
    let mine = resident.get(&vote).await.text();
    assert!(mine.contains("You voted") && mine.contains("Change my vote"), "{mine}");

    // Sam, and two accounts made after the vote opened, from the same address.
    let mut voters = vec![sam];
    for n in 1..=2 {
        voters.push(app.user(&format!("sock{n}@example.org"), &format!("Sock {n}")).await);
    }
    for voter in &voters {
        let mut browser = app.browser();
        browser.sign_in_as(voter).await;
        assert_eq!(browser.post(&vote, &[("idea", &trees)]).await.status, StatusCode::SEE_OTHER);
    }
    // Nobody sees the count before the vote closes, not even organizers.
    let public = app.get(&vote).await.text();
    assert!(!public.contains("votes were counted") && !public.contains("3 votes"), "{public}");
    let manage = organizer.get(MANAGE).await.text();
    assert!(manage.contains("The account was made after the vote opened."), "{manage}");
    assert!(manage.contains("votes came from the same internet address within an hour"), "{manage}");
    assert!(!manage.contains("Result"), "no count before the close: {manage}");
    let home = organizer.get("/manage").await.text();
    assert!(home.contains("have a warning sign") && home.contains(MANAGE), "needs attention: {home}");

    // A vote set aside needs a reason, is audited, and its voter cannot vote again.
    let sock = store.votes(track.id).await.expect("votes").into_iter().find(|v| v.voter == voters[1].id).expect("sock");
    let void = format!("{MANAGE}/votes/{}", sock.id);
    assert_eq!(organizer.post(&void, &[("reason", " ")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reason = "Made minutes after the vote opened, from the same address as two other votes.";
    assert_eq!(organizer.post(&void, &[("reason", reason)]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(organizer.post(&void, &[("reason", reason)]).await.status, StatusCode::CONFLICT);
    let audit = store.challenge_edits(challenge.id).await.expect("audit");
    assert!(audit.iter().any(|e| e.after == reason), "the reason is in the audit");
    let mut sock_browser = app.browser();
    sock_browser.sign_in_as(&voters[1]).await;
    let refused = sock_browser.post(&vote, &[("idea", &benches)]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.text().contains(reason), "{}", refused.text());

    // A resident cannot close or set aside votes.
    let mut other = app.browser();
    other.sign_in_as(&voters[2]).await;
    assert_eq!(other.post(MANAGE, &[("action", "close")]).await.status, StatusCode::FORBIDDEN);

    // The open-data export has no count while the vote is open.
    let zip_names = |body: &[u8]| -> Vec<String> {
        let archive = zip::ZipArchive::new(std::io::Cursor::new(body.to_vec())).expect("a zip");
        archive.file_names().filter_map(Result::ok).map(|name| name.into_owned()).collect()
    };
    let open = app.get(&format!("{CHALLENGE}/open-data.zip")).await;
    assert!(!zip_names(&open.body).iter().any(|n| n.starts_with("peoples_choice/")));

    // Closed: no more votes; the count is public, apart from the judges'.
    assert_eq!(organizer.post(MANAGE, &[("action", "close")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(resident.post(&vote, &[("idea", &trees)]).await.status, StatusCode::CONFLICT);
    let result = app.get(&vote).await.text();
    assert!(result.contains("3 votes were counted"), "Rosa, Sam and one account: {result}");
    assert!(result.contains("separate from the judges"), "{result}");
    let trees_at = result.find("Shade trees").unwrap_or(usize::MAX);
    let benches_at = result.find("More benches").unwrap_or(0);
    assert!(trees_at < benches_at, "2 votes before 1: {result}");
    assert!(result.contains("2 votes") && result.contains("1 vote"), "{result}");
    assert!(app.get(CHALLENGE).await.text().contains("See the people"));
    let closed = app.get(&format!("{CHALLENGE}/open-data.zip")).await;
    assert!(zip_names(&closed.body).contains(&"peoples_choice/ideas.csv".to_owned()));
}
