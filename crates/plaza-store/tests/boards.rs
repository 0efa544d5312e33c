//! The leaderboards the store keeps, checked against `plaza_core`'s `rank`
//! over every entry (the ranking as it was before boards were stored): random
//! scores with many ties, invalid and unscored entries, selections,
//! disqualifications and reruns, on a real database (SQLite, or PostgreSQL
//! with PLAZA_TEST_DATABASE_URL).

use plaza_core::submission::rank;
use plaza_core::{BlobRef, Board, BoardRow, Email, Team, User, Verdict};
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_store::{NewSubmission, ScoreResult, Store};
use proptest::prelude::*;

/// Team names; none holds another, so a search for one finds one.
const NAMES: [&str; 5] = ["Owls", "Foxes", "Badgers", "Herons", "Otters"];

struct Setup {
    env: TestEnv,
    challenge: i64,
    track: i64,
    higher: bool,
    teams: Vec<(User, Team)>,
}

async fn setup(teams: usize) -> Setup {
    let env = TestEnv::new().await;
    env.store.import_bundle(&env.blobs, &examples_dir().join("noaa-daily-weather"), false).await.expect("import");
    let challenge = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let track = env.store.tracks(challenge.id).await.expect("tracks").remove(0);
    let higher = track.settings.metric().expect("a scored track").higher_is_better();
    let mut all = Vec::new();
    for (i, name) in NAMES.iter().enumerate().take(teams) {
        let email = Email::parse(&format!("p{i}@example.org")).expect("e");
        let user = env.store.sign_up_user(&email, &format!("Person {i}")).await.expect("user");
        let team = env.store.create_team(challenge.id, user.id, name).await.expect("q").expect("team");
        all.push((user, team));
    }
    Setup { env, challenge: challenge.id, track: track.id, higher, teams: all }
}

async fn send(s: &Setup, team: usize) -> i64 {
    let (user, team) = &s.teams[team];
    let new = NewSubmission {
        challenge_id: s.challenge,
        track_id: s.track,
        team_id: team.id,
        user_id: user.id,
        file_name: "predictions.csv".into(),
        blob: BlobRef { sha256: "0".repeat(64), size: 10 },
        daily_limit: 10_000,
        refused_limit: None,
        zone: plaza_core::Zone::UTC,
    };
    s.env.store.create_submission(new).await.expect("q").expect("under the limit").id
}

fn result(verdict: Verdict, public: Option<f64>, private: Option<f64>) -> ScoreResult {
    ScoreResult {
        verdict,
        public_score: public,
        private_score: private,
        message: String::new(),
        cases: Vec::new(),
        stderr: String::new(),
    }
}

/// The board as `rank` computes it from every ranked entry, with the
/// "entries" column left out (the reference counts only ranked entries).
async fn reference(store: &Store, track: i64, higher: bool, board: Board) -> Vec<BoardRow> {
    let entries = store.board_entries(track).await.expect("entries");
    rank(&entries, higher, board).into_iter().map(|r| BoardRow { entries: 0, ..r }).collect()
}

async fn stored(store: &Store, track: i64, board: Board) -> Vec<BoardRow> {
    let rows = store.board(track, board).await.expect("board");
    rows.into_iter().map(|r| BoardRow { entries: 0, ..r }).collect()
}

/// One entry of a scenario: the team, what scoring said, and what happens after.
#[derive(Debug, Clone)]
struct Step {
    team: usize,
    outcome: u8,
    public: u8,
    private: u8,
    select: bool,
    disqualify: bool,
    rerun: bool,
}

fn step() -> impl Strategy<Value = Step> {
    (0usize..5, 0u8..8, 0u8..4, 0u8..4, any::<bool>(), 0u8..8, 0u8..10).prop_map(
        |(team, outcome, public, private, select, disqualify, rerun)| Step {
            team,
            outcome,
            public,
            private,
            select,
            disqualify: disqualify == 0,
            rerun: rerun == 0,
        },
    )
}

async fn run(steps: Vec<Step>) -> Result<(), TestCaseError> {
    let s = setup(5).await;
    let store = &s.env.store;
    let mut ids = Vec::new();
    for step in &steps {
        let id = send(&s, step.team).await;
        let score = |n: u8| f64::from(n) / 4.0;
        let outcome = match step.outcome {
            0 => None,
            1 => Some(result(Verdict::InvalidOutput, None, None)),
            2 => Some(result(Verdict::Ok, Some(score(step.public)), None)),
            _ => Some(result(Verdict::Ok, Some(score(step.public)), Some(score(step.private)))),
        };
        if let Some(outcome) = outcome {
            store.record_result(id, &outcome, None, None).await.expect("record");
        }
        ids.push((id, step.clone()));
    }
    for team in 0..s.teams.len() {
        let chosen: Vec<i64> =
            ids.iter().filter(|(_, st)| st.team == team && st.select).map(|(id, _)| *id).take(2).collect();
        store.select_submissions(s.teams[team].1.id, s.track, &chosen, 2).await.expect("select");
    }
    for (id, step) in &ids {
        if step.disqualify {
            store.disqualify_submission(*id, "Broke the rules").await.expect("disqualify");
        }
    }
    let rerun: Vec<i64> = ids.iter().filter(|(_, st)| st.rerun).map(|(id, _)| *id).collect();
    store.rerun_submissions(&rerun).await.expect("rerun");
    for board in [Board::Public, Board::Private] {
        let expected = reference(store, s.track, s.higher, board).await;
        prop_assert_eq!(stored(store, s.track, board).await, expected.clone());
        // Pages, each team's own row, and searches agree with the whole board.
        let page = store.board_page(s.track, board, 1, 2, None).await.expect("page");
        prop_assert_eq!(page.total, expected.len());
        let page_rows: Vec<BoardRow> = page.rows.into_iter().map(|r| BoardRow { entries: 0, ..r }).collect();
        prop_assert_eq!(&page_rows[..], &expected[1.min(expected.len())..3.min(expected.len())]);
        for row in &expected {
            let (own, total) = store.board_row_of(s.track, board, row.team_id).await.expect("row").expect("ranked");
            prop_assert_eq!(own.rank, row.rank);
            prop_assert_eq!(total, expected.len());
            let found = store.board_page(s.track, board, 0, 10, Some(&row.team_name.to_uppercase())).await.expect("q");
            prop_assert_eq!(found.total, 1);
            prop_assert_eq!(found.rows[0].rank, row.rank);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn stored_boards_rank_exactly_as_rank_does(steps in proptest::collection::vec(step(), 0..30)) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(run(steps))?;
    }
}

#[tokio::test]
async fn the_entries_column_counts_every_checked_entry_and_a_rename_shows_at_once() {
    let s = setup(1).await;
    let store = &s.env.store;
    let good = send(&s, 0).await;
    store.record_result(good, &result(Verdict::Ok, Some(0.5), Some(0.4)), None, None).await.expect("record");
    let bad = send(&s, 0).await;
    store.record_result(bad, &result(Verdict::InvalidOutput, None, None), None, None).await.expect("record");
    let _waiting = send(&s, 0).await;
    let rows = store.board(s.track, Board::Public).await.expect("board");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].entries, 2, "the valid and the invalid entry were checked; the waiting one was not");
    assert_eq!(rows[0].team_name, "Owls");
}

#[tokio::test]
async fn a_search_with_like_wildcards_matches_them_literally() {
    let s = setup(2).await;
    let store = &s.env.store;
    for team in 0..2 {
        let id = send(&s, team).await;
        store.record_result(id, &result(Verdict::Ok, Some(0.5), Some(0.5)), None, None).await.expect("record");
    }
    assert_eq!(store.board_page(s.track, Board::Public, 0, 10, Some("%")).await.expect("q").total, 0);
    assert_eq!(store.board_page(s.track, Board::Public, 0, 10, Some("_wls")).await.expect("q").total, 0);
    assert_eq!(store.board_page(s.track, Board::Public, 0, 10, Some("FOX")).await.expect("q").total, 1);
    // Accented names fold their case too, on every database.
    let challenge = store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let team = store.team_of(challenge.id, s.teams[0].0.id).await.expect("q").expect("team");
    store.update_team(team.id, "Équipe Ñandú", &team.alias, false).await.expect("q").expect("renamed");
    for search in ["Équipe", "équipe", "ÑANDÚ", "pe ñ"] {
        let found = store.board_page(s.track, Board::Public, 0, 10, Some(search)).await.expect("q");
        assert_eq!((found.total, found.rows[0].team_name.as_str()), (1, "Équipe Ñandú"), "{search}");
    }
    let long = "x".repeat(plaza_store::MAX_SEARCH_CHARS + 1);
    assert!(store.board_page(s.track, Board::Public, 0, 10, Some(&long)).await.is_err());
}
