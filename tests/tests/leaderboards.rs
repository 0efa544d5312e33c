//! Leaderboards at size: pages of 100 rows, the viewer's own team found
//! wherever it is, a search by team name, and the API's `limit`, `offset`
//! and `total`; and an entry page that learns its score the moment it is
//! written.

use axum::http::StatusCode;
use plaza_core::{BlobRef, User, Verdict};
use plaza_store::{NewSubmission, ScoreResult};
use plaza_tests::TestApp;

const BOARD: &str = "/challenges/noaa-daily-weather/tracks/predict/leaderboard";
const API: &str = "/api/v1/challenges/noaa-daily-weather/tracks/predict/leaderboard";

/// `teams` teams of one person, each with one scored entry; team `i` scores
/// `i / 1000` (roc_auc: higher is better, so the last team ranks first).
async fn board_of(app: &TestApp, teams: usize) -> Vec<User> {
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let track = store.tracks(challenge.id).await.expect("tracks").remove(0);
    let mut people = Vec::new();
    for i in 0..teams {
        let user = app.user(&format!("p{i}@example.org"), &format!("Person {i}")).await;
        let team = store.create_team(challenge.id, user.id, &format!("Crew {i:03}")).await.expect("q").expect("team");
        let new = NewSubmission {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: team.id,
            user_id: user.id,
            file_name: "predictions.csv".into(),
            blob: BlobRef { sha256: "0".repeat(64), size: 10 },
            daily_limit: 5,
            refused_limit: None,
            zone: plaza_core::Zone::UTC,
        };
        let entry = store.create_submission(new).await.expect("q").expect("accepted");
        let score = ScoreResult {
            verdict: Verdict::Ok,
            public_score: Some(i as f64 / 1000.0),
            private_score: Some(0.5),
            message: String::new(),
            cases: Vec::new(),
            stderr: String::new(),
        };
        store.record_result(entry.id, &score, None, None).await.expect("record");
        people.push(user);
    }
    people
}

#[tokio::test]
async fn a_board_of_250_teams_pages_finds_a_team_and_shows_yours_wherever_it_is() {
    let app = TestApp::with_examples().await;
    let people = board_of(&app, 250).await;

    let first = app.get(BOARD).await.text();
    assert!(first.contains("250 teams. Page 1 of 3."), "{first}");
    assert!(first.contains("<td>1</td><th scope=\"row\">Crew 249</th>"), "the best team first");
    assert!(first.contains("<td>100</td>") && !first.contains("<td>101</td>"), "100 rows a page");
    assert!(first.contains("?page=2\" rel=\"next\""), "a next link");
    let last = app.get(&format!("{BOARD}?page=3")).await.text();
    assert!(last.contains("<td>250</td><th scope=\"row\">Crew 000</th>"), "{last}");
    // (The language switch links to the page as asked: page=99.)
    let past_the_end = app.get(&format!("{BOARD}?page=99")).await.text().replace("page=99&amp;lang", "page=3&amp;lang");
    assert_eq!(past_the_end, last, "a page past the end is the last page");

    // Crew 070 ranks 180: page 2. On page 1 its member is told where it is.
    let mut member = app.browser();
    member.sign_in_as(&people[70]).await;
    let page = member.get(BOARD).await.text();
    assert!(page.contains("Your team, Crew 070, is ranked 180 of 250"), "{page}");
    assert!(page.contains(&format!("<a href=\"{BOARD}?page=2\">See your team's row</a>")), "{page}");
    let page = member.get(&format!("{BOARD}?page=2")).await.text();
    assert!(
        page.contains("<tr class=\"yours\"><td>180</td><th scope=\"row\">Crew 070 <strong>(your team)</strong>"),
        "{page}"
    );
    assert!(!page.contains("Your team, Crew 070, is ranked"), "no notice when the row is on the page");

    // A search keeps each team's rank on the whole board.
    let found = app.get(&format!("{BOARD}?q=crew+07")).await.text();
    assert!(found.contains("10 teams match “crew 07”"), "{found}");
    assert!(found.contains("<td>180</td><th scope=\"row\">Crew 070</th>"), "{found}");
    let none = app.get(&format!("{BOARD}?q=%25")).await.text();
    assert!(none.contains("No team on this leaderboard has “%” in its name."), "{none}");
    let long = app.get(&format!("{BOARD}?q={}", "x".repeat(101))).await.text();
    assert!(long.contains("Search for at most 100 characters"), "{long}");
    assert!(long.contains("250 teams. Page 1 of 3."), "and every team is shown");

    // A renamed team shows under its new name at once.
    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let team = app.env.store.team_of(challenge.id, people[249].id).await.expect("q").expect("team");
    app.env.store.update_team(team.id, "Night Owls", &team.alias, false).await.expect("q").expect("renamed");
    assert!(app.get(BOARD).await.text().contains("<td>1</td><th scope=\"row\">Night Owls</th>"));
}

#[tokio::test]
async fn the_api_pages_with_limit_and_offset_and_says_how_many_teams_there_are() {
    let app = TestApp::with_examples().await;
    board_of(&app, 120).await;
    let json = |body: &[u8]| serde_json::from_slice::<serde_json::Value>(body).expect("json");

    let all = app.get(API).await;
    assert_eq!(all.status, StatusCode::OK);
    let all = json(&all.body);
    assert_eq!(all["total"], 120);
    assert_eq!((all["limit"].as_u64(), all["offset"].as_u64()), (Some(100), Some(0)));
    assert_eq!(all["rows"].as_array().map(Vec::len), Some(100));

    let some = json(&app.get(&format!("{API}?limit=5&offset=10")).await.body);
    let ranks: Vec<u64> = some["rows"].as_array().expect("rows").iter().filter_map(|r| r["rank"].as_u64()).collect();
    assert_eq!(ranks, [11, 12, 13, 14, 15]);
    assert_eq!(some["rows"][0]["team"], "Crew 109");
    let past = json(&app.get(&format!("{API}?offset=500")).await.body);
    assert_eq!((past["total"].as_u64(), past["rows"].as_array().map(Vec::len)), (Some(120), Some(0)));

    for (query, says) in [
        ("limit=0", "limit must be a whole number from 1 to 1000"),
        ("limit=1001", "limit must be a whole number from 1 to 1000"),
        ("limit=ten", "limit must be a whole number from 1 to 1000"),
        ("offset=-1", "offset must be a whole number, 0 or more"),
        ("offset=99999999999999999999999", "offset must be a whole number, 0 or more"),
    ] {
        let refused = app.get(&format!("{API}?{query}")).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{query}");
        let error = json(&refused.body)["error"].as_str().unwrap_or_default().to_owned();
        assert!(error.contains(says), "{query}: {error}");
    }
}

#[tokio::test]
async fn the_entry_page_learns_its_score_the_moment_it_is_written() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = app.browser();
    browser.sign_in_as(&ana).await;
    let track = "/challenges/noaa-daily-weather/tracks/predict";
    let predictions = b"day_id,rain_tomorrow\nSEA-2015-01-01,0.5\n";
    let entry = browser.post_file(&format!("{track}/submissions"), "p.csv", predictions).await.location();

    let page = browser.get(&entry).await.text();
    assert!(page.contains(&format!("data-status-url=\"{entry}/status\" data-status=\"queued\"")), "{page}");
    assert!(page.contains("<script src=\"/static/entry-status.js\" defer></script>"), "{page}");
    assert!(page.contains("<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>"), "{page}");
    let script = app.get("/static/entry-status.js").await;
    assert_eq!(script.header("content-type"), "text/javascript; charset=utf-8");

    let now = browser.get(&format!("{entry}/status")).await;
    assert_eq!(now.header("cache-control"), "no-store");
    let now: serde_json::Value = serde_json::from_slice(&now.body).expect("json");
    assert_eq!((now["status"].as_str(), now["done"].as_bool()), (Some("queued"), Some(false)));

    // A status that is not one answers at once, with the entry's own.
    let odd = browser.get(&format!("{entry}/status?wait=%3Cnonsense%3E")).await;
    let odd: serde_json::Value = serde_json::from_slice(&odd.body).expect("json");
    assert_eq!(odd["status"], "queued");

    // Someone else, and an anonymous visitor, learn nothing.
    let bo = app.user("bo@example.org", "Bo").await;
    let mut other = app.browser();
    other.sign_in_as(&bo).await;
    assert_eq!(other.get(&format!("{entry}/status")).await.status, StatusCode::NOT_FOUND);
    assert_ne!(app.get(&format!("{entry}/status")).await.status, StatusCode::OK);

    // A request waiting on "queued" answers when the result is written.
    let mut waiter = app.browser();
    waiter.jar = browser.jar.clone();
    let url = format!("{entry}/status?wait=queued");
    let (answer, scored_at) = tokio::join!(
        async {
            let answer = waiter.get(&url).await;
            (answer, std::time::Instant::now())
        },
        async {
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            let started = std::time::Instant::now();
            assert_eq!(app.run_scoring().await, 1);
            started
        }
    );
    let (answer, answered_at) = answer;
    assert!(answered_at >= scored_at, "it waited while the entry waited");
    let answer: serde_json::Value = serde_json::from_slice(&answer.body).expect("json");
    assert_eq!((answer["status"].as_str(), answer["done"].as_bool()), (Some("scored"), Some(true)));
    let page = browser.get(&entry).await.text();
    assert!(!page.contains("entry-status.js") && !page.contains("http-equiv=\"refresh\""), "nothing waits once scored");
}
