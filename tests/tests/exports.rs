//! Exports end to end: leaderboards as CSV and JSON (the page's board, to
//! the page's readers, private scores hidden until the results are
//! published), the organizers' entries, ideas, judges' scores and audit log
//! with names, every cell safe in a spreadsheet, and the results package.

use std::io::Read as _;

use axum::http::StatusCode;
use plaza_core::{ChallengeRole, User};
use plaza_tests::{Browser, TestApp, TestResponse, copy_dir, write_ideas_bundle};

const NOAA: &str = "/challenges/noaa-daily-weather";
const NOAA_TRACK: &str = "/challenges/noaa-daily-weather/tracks/predict";
const PARK: &str = "/challenges/park-ideas";
const DASHBOARD: &str = "/challenges/park-ideas/manage/judging/ideas";
/// A team (and an idea) named like a spreadsheet formula.
const EVIL: &str = "=HYPERLINK(\"http://evil.example\",\"x\")";
/// The same, as it must come out of a CSV file: text, with a leading '.
const EVIL_CELL: &str = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";

/// Predictions for every hidden id, wrong on every `wrong_every`-th row.
fn predictions(wrong_every: usize) -> Vec<u8> {
    let answers =
        std::fs::read_to_string(plaza_store::testing::examples_dir().join("noaa-daily-weather/hidden/answers.csv"))
            .expect("answers");
    let mut out = String::from("day_id,rain_tomorrow\n");
    for (i, line) in answers.lines().skip(1).enumerate() {
        let mut cells = line.split(',');
        let (id, target) = (cells.next().expect("id"), cells.next().expect("target"));
        let right = i % wrong_every != 0;
        let p = if (target == "1") == right { 0.9 - (i % 7) as f64 / 100.0 } else { 0.1 + (i % 5) as f64 / 100.0 };
        out.push_str(&format!("{id},{p}\n"));
    }
    out.into_bytes()
}

async fn signed_in<'a>(app: &'a TestApp, user: &User) -> Browser<'a> {
    let mut browser = app.browser();
    browser.sign_in_as(user).await;
    browser
}

fn cells(line: &str) -> Vec<String> {
    // Enough CSV for these files: quoted cells with doubled quotes, no newlines.
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    out.push(cell);
    out
}

/// No cell of `text` would run as a formula in a spreadsheet.
fn assert_spreadsheet_safe(text: &str) {
    for line in text.lines() {
        for cell in cells(line) {
            let formula = cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell.parse::<f64>().is_err());
            assert!(!formula, "a cell a spreadsheet would run: {cell:?} in {line}");
        }
    }
}

fn assert_csv_download(response: &TestResponse, file_name: &str) {
    assert_eq!(response.status, StatusCode::OK, "{}", response.text());
    assert_eq!(response.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(response.header("content-disposition"), format!("attachment; filename=\"{file_name}\""));
}

/// The scores column of the leaderboard page's table, top to bottom.
fn page_scores(page: &str) -> Vec<String> {
    page.split("</th><td>").skip(1).filter_map(|rest| rest.split("</td>").next()).map(str::to_owned).collect()
}

/// The entries of a zip file, by name.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a zip file");
    let mut files = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("an entry");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("utf-8 text");
        files.push((file.name().expect("a name").into_owned(), text));
    }
    files
}

fn file<'a>(files: &'a [(String, String)], name: &str) -> &'a str {
    files.iter().find(|(n, _)| n == name).map(|(_, t)| t.as_str()).unwrap_or_else(|| panic!("{name} in the zip"))
}

/// Moves the weather challenge past its deadline.
async fn close_noaa(app: &TestApp) {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&plaza_store::testing::examples_dir().join("noaa-daily-weather"), dir.path());
    let manifest = std::fs::read_to_string(dir.path().join("challenge.toml")).expect("manifest");
    let manifest = manifest.replace("closes_at = \"2027-06-30T23:59:59Z\"", "closes_at = \"2026-11-01T00:00:00Z\"");
    std::fs::write(dir.path().join("challenge.toml"), manifest).expect("write");
    app.import(dir.path()).await;
}

#[tokio::test]
async fn leaderboard_downloads_hold_the_pages_board_and_no_private_score_before_publishing() {
    let app = TestApp::with_examples().await;
    let ana = app.user("ana@example.org", "Ana").await;
    let bo = app.user("bo@example.org", "Bo").await;
    let mut ana_browser = signed_in(&app, &ana).await;
    let team = ana_browser.post(&format!("{NOAA}/team"), &[("name", EVIL)]).await;
    assert_eq!(team.status, StatusCode::SEE_OTHER, "{}", team.text());
    let sent = ana_browser.post_file(&format!("{NOAA_TRACK}/submissions"), "ana.csv", &predictions(7)).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let mut bo_browser = signed_in(&app, &bo).await;
    let sent = bo_browser.post_file(&format!("{NOAA_TRACK}/submissions"), "bo.csv", &predictions(3)).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    assert_eq!(app.run_scoring().await, 2);
    let challenge = app.env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("challenge");
    let track = app.env.store.tracks(challenge.id).await.expect("tracks")[0].clone();
    let entries = app.env.store.track_submissions(track.id).await.expect("entries");
    let ana_entry = entries.iter().find(|s| s.file_name == "ana.csv").expect("Ana's entry");
    let (public, private) = (ana_entry.public_score.expect("public"), ana_entry.private_score.expect("private"));
    assert_ne!(format!("{public:.6}"), format!("{private:.6}"), "the test needs different public and private scores");

    // The page links both files; anyone may read them, as the page.
    let page = app.get(&format!("{NOAA_TRACK}/leaderboard")).await.text();
    assert!(page.contains("Download this leaderboard") && page.contains("leaderboard.csv\">CSV</a>"), "{page}");
    assert!(page.contains("leaderboard.json\">JSON</a>"), "{page}");
    let csv = app.get(&format!("{NOAA_TRACK}/leaderboard.csv")).await;
    assert_csv_download(&csv, "noaa-daily-weather-predict-leaderboard.csv");
    let csv = csv.text();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "rank,team,score,entries,last_entry_at");
    assert_eq!(lines.len(), 3, "{csv}");
    let ana_line = lines.iter().find(|l| l.contains("HYPERLINK")).expect("Ana's team");
    assert!(ana_line.starts_with(&format!("1,{EVIL_CELL},{public:.6},1,")), "{ana_line}");
    let at = cells(ana_line)[4].clone();
    let shape = at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T';
    assert!(shape, "UTC, RFC 3339: {at}");
    assert!(lines[2].starts_with("2,Bo,"), "{csv}");
    assert!(!csv.contains(&format!("{private:.6}")), "no private score before publishing: {csv}");
    assert_spreadsheet_safe(&csv);
    let csv_scores: Vec<String> = lines[1..].iter().map(|l| cells(l)[2].clone()).collect();
    assert_eq!(csv_scores, page_scores(&page), "the file holds the page's rows");

    let json = app.get(&format!("{NOAA_TRACK}/leaderboard.json")).await;
    assert_eq!(json.status, StatusCode::OK);
    assert_eq!(json.header("content-type"), "application/json");
    let json: serde_json::Value = serde_json::from_slice(&json.body).expect("json");
    assert_eq!(json["board"], "public");
    assert_eq!(json["metric"], "roc_auc");
    assert_eq!(json["teams"], 2);
    assert_eq!(json["rows"][0]["team"], EVIL);
    assert_eq!(json["rows"][0]["score"].as_f64(), Some(public));
    assert_eq!(json["rows"][0]["last_entry_at"].as_str(), Some(at.as_str()));

    // Organizers' entries: every entry, both scores, formula-safe.
    let olga = app.user("olga@example.org", "Olga").await;
    app.env.store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut organizer = signed_in(&app, &olga).await;
    let entries_csv = organizer.get(&format!("{NOAA}/manage/entries.csv")).await;
    assert_csv_download(&entries_csv, "noaa-daily-weather-entries.csv");
    let entries_csv = entries_csv.text();
    let mut rows = entries_csv.lines();
    assert_eq!(
        rows.next(),
        Some(
            "id,track,team_id,team,sent_by,sent_by_email,submitted_at,status,verdict,public_score,private_score,selected,disqualified,file_name,size_bytes,sha256,scored_at,message"
        )
    );
    let ana_row = rows.find(|l| l.contains("ana.csv")).expect("Ana's entry");
    assert!(
        ana_row.contains(&format!(",predict,{},{EVIL_CELL},Ana,ana@example.org,", ana_entry.team_id.0)),
        "{ana_row}"
    );
    assert!(ana_row.contains(&format!(",scored,ok,{public:.6},{private:.6},no,,ana.csv,")), "{ana_row}");
    assert_spreadsheet_safe(&entries_csv);

    // The organizers' package holds both boards before publishing.
    let zip = organizer.get(&format!("{NOAA}/manage/results.zip")).await;
    assert_eq!(zip.status, StatusCode::OK);
    assert_eq!(zip.header("content-type"), "application/zip");
    assert_eq!(zip.header("content-disposition"), "attachment; filename=\"noaa-daily-weather-results.zip\"");
    let files = unzip(&zip.body);
    assert_eq!(file(&files, "leaderboards/predict-public.csv"), csv, "the public board is the page's");
    let private_board = file(&files, "leaderboards/predict-private.csv");
    assert!(private_board.contains(&format!(",{private:.6},")), "{private_board}");
    let private_json: serde_json::Value =
        serde_json::from_str(file(&files, "leaderboards/predict-private.json")).expect("json");
    assert_eq!(private_json["board"], "private");
    assert_eq!(file(&files, "entries.csv"), entries_csv);

    // Once the results are published, the downloads show the final ranking.
    close_noaa(&app).await;
    let published = organizer.post(&format!("{NOAA}/manage/publish"), &[("confirm", "yes")]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.text());
    let csv = app.get(&format!("{NOAA_TRACK}/leaderboard.csv")).await.text();
    assert!(csv.contains(&format!(",{private:.6},")), "{csv}");
    let page = app.get(&format!("{NOAA_TRACK}/leaderboard")).await.text();
    let csv_scores: Vec<String> = csv.lines().skip(1).map(|l| cells(l)[2].clone()).collect();
    assert_eq!(csv_scores, page_scores(&page));
    let json: serde_json::Value =
        serde_json::from_slice(&app.get(&format!("{NOAA_TRACK}/leaderboard.json")).await.body).expect("json");
    assert_eq!(json["board"], "private");
}

#[tokio::test]
async fn an_ideas_track_has_no_leaderboard_file() {
    let app = TestApp::with_examples().await;
    let track = "/challenges/chicago-food-inspections/tracks/ideas";
    let csv = app.get(&format!("{track}/leaderboard.csv")).await;
    assert_eq!(csv.status, StatusCode::NOT_FOUND);
    assert!(
        csv.text().contains("is an ideas track: judges score its ideas, so it has no leaderboard"),
        "{}",
        csv.text()
    );
    let json = app.get(&format!("{track}/leaderboard.json")).await;
    assert_eq!(json.status, StatusCode::NOT_FOUND);
    let json: serde_json::Value = serde_json::from_slice(&json.body).expect("json");
    assert!(json["error"].as_str().is_some_and(|e| e.contains("has no leaderboard")), "{json}");
    assert_eq!(app.get(&format!("{track}/leaderboard")).await.status, StatusCode::NOT_FOUND, "like the page");
    let missing = app.get("/challenges/chicago-food-inspections/tracks/nope/leaderboard.csv").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

struct Park {
    app: TestApp,
    _dir: tempfile::TempDir,
    organizer: User,
    judge: User,
    author: User,
    idea: i64,
}

/// Park ideas: Jane sends an idea titled like a formula, Jo judges it.
async fn judged_park() -> Park {
    let app = TestApp::empty().await;
    let dir = tempfile::tempdir().expect("tempdir");
    write_ideas_bundle(dir.path(), "2027-12-31T00:00:00Z", 1);
    app.import(dir.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("query").expect("challenge");
    let organizer = app.user("olga@example.org", "Olga Organizer").await;
    store.grant_role(challenge.id, organizer.id, ChallengeRole::Organizer).await.expect("organizer");
    let judge = app.user("jo@example.org", "Jo Judge").await;
    store.grant_role(challenge.id, judge.id, ChallengeRole::Judge).await.expect("judge");
    let author = app.user("jane@example.org", "Jane Resident").await;
    let mut jane = signed_in(&app, &author).await;
    let fields = [
        ("title", EVIL),
        ("summary", "A short summary."),
        ("problem", "A problem residents notice."),
        ("proposal", "What the city should do."),
        ("q_area", "South"),
        ("team_contact", "Jane Resident"),
        ("action", "submit"),
    ];
    let sent = jane.post(&format!("{PARK}/tracks/ideas/ideas"), &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let track = store.tracks(challenge.id).await.expect("tracks")[0].id;
    let idea = store.track_ideas(track).await.expect("ideas")[0].id;

    let mut jo = signed_in(&app, &judge).await;
    let declared = jo.post(&format!("{PARK}/judging/conflicts"), &[("organizations", "Library Board")]).await;
    assert_eq!(declared.status, StatusCode::SEE_OTHER, "{}", declared.text());
    let mut olga = signed_in(&app, &organizer).await;
    let opened = olga.post(&format!("{DASHBOARD}/open"), &[]).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let fields =
        [("score_0", "5"), ("score_1", "3"), ("feedback", "@SUM(1)"), ("private_note", "-1+1"), ("action", "save")];
    let scored = jo.post(&format!("{PARK}/judging/ideas/{idea}"), &fields).await;
    assert_eq!(scored.status, StatusCode::SEE_OTHER, "{}", scored.text());
    Park { app, _dir: dir, organizer, judge, author, idea }
}

#[tokio::test]
async fn organizers_get_ideas_judges_scores_and_the_audit_log_with_names() {
    let park = judged_park().await;
    let mut organizer = signed_in(&park.app, &park.organizer).await;
    let (idea, judge) = (park.idea, park.judge.id.0);

    let manage = organizer.get(&format!("{PARK}/manage")).await.text();
    assert!(manage.contains("Download the results package"), "{manage}");
    assert!(manage.contains(&format!("{DASHBOARD}/scores.csv")), "{manage}");

    let scores = organizer.get(&format!("{DASHBOARD}/scores.csv")).await;
    assert_csv_download(&scores, "park-ideas-ideas-judges-scores.csv");
    let scores = scores.text();
    let mut lines = scores.lines();
    assert_eq!(
        lines.next(),
        Some(
            "idea,title,judge,judge_name,judge_email,score: Impact,score: Cost,weighted_score,normalized_score,idea_version,scored_at,updated_at"
        )
    );
    let row = lines.next().expect("Jo's review");
    assert!(
        row.starts_with(&format!("{idea},{EVIL_CELL},{judge},Jo Judge,jo@example.org,5,3,4.500000,0.000000,1,")),
        "{row}"
    );
    assert_spreadsheet_safe(&scores);

    let audit = organizer.get(&format!("{DASHBOARD}/audit.csv")).await;
    assert_csv_download(&audit, "park-ideas-ideas-judging-log.csv");
    let audit = audit.text();
    assert!(
        audit.starts_with(
            "id,at,kind,actor,idea,judge,scores,feedback,private_note,note,actor_name,judge_name,idea_title\n"
        ),
        "{audit}"
    );
    let scored = audit.lines().find(|l| l.contains(",score,")).expect("the score line");
    assert!(
        scored.contains(&format!(",score,{judge},{idea},{judge},5 3,'@SUM(1),'-1+1,,Jo Judge,Jo Judge,{EVIL_CELL}")),
        "{scored}"
    );
    let opened = audit.lines().find(|l| l.contains(",open,")).expect("the open line");
    assert!(opened.contains(",Olga Organizer,"), "{opened}");
    assert_spreadsheet_safe(&audit);

    let ideas = organizer.get(&format!("{PARK}/manage/ideas.csv")).await;
    assert_csv_download(&ideas, "park-ideas-ideas.csv");
    let ideas = ideas.text();
    let mut lines = ideas.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,track,title,status,team,contact,entered_by_staff,channel,confirmation,confirmed_at,created_at,submitted_at,updated_at,version"
        )
    );
    let row = lines.next().expect("Jane's idea");
    assert!(row.starts_with(&format!("{idea},ideas,{EVIL_CELL},submitted,Jane Resident,")), "{row}");
    assert!(row.contains(",Jane Resident <jane@example.org>,no,,,,"), "{row}");
    assert_spreadsheet_safe(&ideas);

    // The package holds every file of an ideas challenge, and the README names each.
    let zip = organizer.get(&format!("{PARK}/manage/results.zip")).await;
    assert_eq!(zip.status, StatusCode::OK, "{}", zip.text());
    let files = unzip(&zip.body);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "README.md",
            "entries.csv",
            "ideas.csv",
            "questions.csv",
            "data_reports.csv",
            "data_stories.csv",
            "judging/ideas-results.csv",
            "judging/ideas-scores.csv",
            "judging/ideas-audit.csv"
        ]
    );
    assert_eq!(file(&files, "judging/ideas-scores.csv"), scores);
    assert_eq!(file(&files, "judging/ideas-audit.csv"), audit);
    assert_eq!(file(&files, "ideas.csv"), ideas);
    let results = organizer.get(&format!("{DASHBOARD}/results.csv")).await.text();
    assert_eq!(file(&files, "judging/ideas-results.csv"), results);
    let readme = file(&files, "README.md");
    for name in &names[1..] {
        assert!(readme.contains(&format!("`{name}`")), "{name} in {readme}");
    }
    for column in ["`judge_name`", "`normalized_score`", "`score: <criterion>`", "`actor_name`", "`entered_by_staff`"] {
        assert!(readme.contains(column), "{column} in {readme}");
    }
}

#[tokio::test]
async fn the_results_package_of_a_challenge_with_both_kinds_of_track_lists_every_file() {
    let app = TestApp::with_examples().await;
    let email = plaza_core::Email::parse("root@example.org").expect("email");
    let admin = app.env.store.create_user(&email, "Root", true).await.expect("admin");
    let mut browser = signed_in(&app, &admin).await;
    let zip = browser.get("/challenges/chicago-food-inspections/manage/results.zip").await;
    assert_eq!(zip.status, StatusCode::OK, "{}", zip.text());
    assert_eq!(zip.header("content-disposition"), "attachment; filename=\"chicago-food-inspections-results.zip\"");
    let files = unzip(&zip.body);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "README.md",
            "leaderboards/predict-public.csv",
            "leaderboards/predict-public.json",
            "leaderboards/predict-private.csv",
            "leaderboards/predict-private.json",
            "entries.csv",
            "ideas.csv",
            "questions.csv",
            "data_reports.csv",
            "data_stories.csv",
            "judging/ideas-results.csv",
            "judging/ideas-scores.csv",
            "judging/ideas-audit.csv"
        ]
    );
    let readme = file(&files, "README.md");
    assert!(readme.starts_with("# Results package: "), "{readme}");
    for name in &names[1..] {
        assert!(readme.contains(&format!("`{name}`")), "{name} in the README");
    }
    for (name, text) in &files {
        if name.ends_with(".csv") {
            let header = text.lines().next().unwrap_or_else(|| panic!("{name} has a header"));
            for column in cells(header) {
                let documented = readme.contains(&format!("`{column}`"))
                    || ["mean: ", "score: "]
                        .iter()
                        .any(|p| column.starts_with(p) && readme.contains(&format!("`{p}<criterion>`")));
                assert!(documented, "{name}: column {column} is described in the README");
            }
        }
    }
    assert_eq!(file(&files, "leaderboards/predict-public.csv"), "rank,team,score,entries,last_entry_at\n");
}

#[tokio::test]
async fn entrants_and_visitors_cannot_download_organizers_exports() {
    let park = judged_park().await;
    let paths = [
        format!("{PARK}/manage/entries.csv"),
        format!("{PARK}/manage/ideas.csv"),
        format!("{PARK}/manage/results.zip"),
        format!("{DASHBOARD}/scores.csv"),
        format!("{DASHBOARD}/audit.csv"),
    ];
    let mut jane = signed_in(&park.app, &park.author).await;
    let mut jo = signed_in(&park.app, &park.judge).await;
    for path in &paths {
        let anonymous = park.app.get(path).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER, "{path}");
        assert!(anonymous.location().starts_with("/sign-in?next="), "{path}: {}", anonymous.location());
        for browser in [&mut jane, &mut jo] {
            let refused = browser.get(path).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{path}");
            assert!(refused.text().contains("You do not have access to this page."), "{path}");
            assert!(!refused.text().contains("Jo Judge") && !refused.text().contains("HYPERLINK"), "{path}");
        }
    }
}

#[tokio::test]
async fn entries_csv_pages_through_more_entries_than_one_read_holds() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("challenge");
    let track = store.tracks(challenge.id).await.expect("tracks")[0].clone();
    let ana = app.user("ana@example.org", "Ana").await;
    let mut browser = signed_in(&app, &ana).await;
    assert_eq!(browser.post(&format!("{NOAA}/team"), &[("name", "Rain makers")]).await.status, StatusCode::SEE_OTHER);
    let team = store.team_of(challenge.id, ana.id).await.expect("q").expect("team");
    let total = plaza_store::EXPORT_PAGE_ROWS as usize * 2 + 3;
    for n in 0..total {
        let new = plaza_store::NewSubmission {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: team.id,
            user_id: ana.id,
            file_name: format!("entry-{n}.csv"),
            blob: plaza_core::BlobRef { sha256: "0".repeat(64), size: 1 },
            daily_limit: 100_000,
            refused_limit: None,
            zone: plaza_core::Zone::UTC,
        };
        store.create_submission(new).await.expect("store").expect("within quota");
    }
    let email = plaza_core::Email::parse("root@example.org").expect("email");
    let admin = app.env.store.create_user(&email, "Root", true).await.expect("admin");
    let csv = signed_in(&app, &admin).await.get(&format!("{NOAA}/manage/entries.csv")).await.text();
    let ids: Vec<i64> = csv.lines().skip(1).map(|l| cells(l)[0].parse().expect("an id")).collect();
    assert_eq!(ids.len(), total, "every entry, across pages");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "oldest first, none twice");
    assert!(csv.lines().skip(1).all(|l| l.contains(",Rain makers,Ana,ana@example.org,")), "names on every page");
}
