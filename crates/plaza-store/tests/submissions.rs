//! Entries and the job queue on a real database (SQLite, or PostgreSQL with
//! PLAZA_TEST_DATABASE_URL): quotas under concurrent uploads, leases that
//! expire, results written once.

use std::sync::Arc;
use std::time::Duration;

use plaza_core::{BlobRef, Email, SubmissionStatus, Team, User, Verdict};
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_store::{NewSubmission, ScoreResult};

async fn setup(env: &TestEnv) -> (User, Team, i64, i64) {
    env.store.import_bundle(&env.blobs, &examples_dir().join("noaa-daily-weather"), false).await.expect("import");
    let challenge = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let track = env.store.tracks(challenge.id).await.expect("tracks")[0].id;
    let user = env.store.sign_up_user(&Email::parse("ana@example.org").expect("e"), "Ana").await.expect("user");
    let team = env.store.create_team(challenge.id, user.id, "Ana").await.expect("q").expect("team");
    (user, team, challenge.id, track)
}

fn new(user: &User, team: &Team, challenge: i64, track: i64, limit: u32) -> NewSubmission {
    NewSubmission {
        challenge_id: challenge,
        track_id: track,
        team_id: team.id,
        user_id: user.id,
        file_name: "predictions.csv".into(),
        blob: BlobRef { sha256: "0".repeat(64), size: 10 },
        daily_limit: limit,
        refused_limit: None,
        zone: plaza_core::Zone::UTC,
    }
}

fn ok(score: f64) -> ScoreResult {
    ScoreResult {
        verdict: Verdict::Ok,
        public_score: Some(score),
        private_score: Some(score - 0.1),
        message: String::new(),
        cases: Vec::new(),
        stderr: String::new(),
    }
}

#[tokio::test]
async fn twenty_simultaneous_uploads_against_a_limit_of_five_accept_exactly_five() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    let store = Arc::new(env.store.clone());
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let store = store.clone();
        let submission = new(&user, &team, challenge, track, 5);
        tasks.spawn(async move { store.create_submission(submission).await });
    }
    let mut accepted = 0;
    let mut refused = 0;
    while let Some(result) = tasks.join_next().await {
        match result.expect("task").expect("no database error") {
            Ok(_) => accepted += 1,
            Err(reached) => {
                assert_eq!(reached.limit, 5);
                refused += 1;
            }
        }
    }
    assert_eq!((accepted, refused), (5, 15));
    let quota = env.store.quota(team.id, track, 5, false, plaza_core::Zone::UTC).await.expect("quota");
    assert_eq!((quota.used, quota.left()), (5, 0));
}

#[tokio::test]
async fn a_platform_failure_gives_the_slot_back() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    let first =
        env.store.create_submission(new(&user, &team, challenge, track, 1)).await.expect("q").expect("accepted");
    assert!(env.store.create_submission(new(&user, &team, challenge, track, 1)).await.expect("q").is_err());
    env.store.mark_submission_failed(first.id, "worker crashed").await.expect("fail");
    assert!(env.store.create_submission(new(&user, &team, challenge, track, 1)).await.expect("q").is_ok());
}

#[tokio::test]
async fn a_job_whose_worker_died_is_claimed_again_and_scored_once() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    let submission = env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");

    // Long enough that a loaded machine cannot let it run out between the
    // first claim and the heartbeat; the sleep below outlasts it.
    let lease = Duration::from_millis(1500);
    let first = env.store.claim_job("worker-a", lease).await.expect("claim").expect("a job");
    assert_eq!(first.submission_id, Some(submission.id));
    let claimed = env.store.submission(submission.id).await.expect("q").expect("s");
    assert_eq!(claimed.status, SubmissionStatus::Running, "the claim marks the entry running");
    assert!(env.store.claim_job("worker-b", lease).await.expect("claim").is_none(), "held by worker-a");
    assert!(env.store.heartbeat_job(first.id, "worker-a", lease).await.expect("heartbeat"));

    // worker-a dies: no more heartbeats; its lease runs out.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let second = env.store.claim_job("worker-b", lease).await.expect("claim").expect("reclaimed");
    assert_eq!(second.id, first.id);
    assert_eq!(second.attempt, 2);
    assert!(!env.store.heartbeat_job(first.id, "worker-a", lease).await.expect("q"), "worker-a lost it");

    assert!(env.store.record_result(submission.id, &ok(0.8), None, Some(second.id)).await.expect("record"));
    assert!(
        !env.store.record_result(submission.id, &ok(0.1), None, Some(first.id)).await.expect("record"),
        "scored once"
    );
    let jobs = env.store.jobs_of_submission(submission.id).await.expect("jobs");
    assert_eq!(jobs[0].status, "done", "done in the same transaction as the result");
    let scored = env.store.submission(submission.id).await.expect("q").expect("s");
    assert_eq!(scored.status, SubmissionStatus::Scored);
    assert_eq!(scored.public_score, Some(0.8));
    assert!(env.store.claim_job("worker-c", lease).await.expect("claim").is_none());
}

#[tokio::test]
async fn repeated_platform_errors_end_the_job_failed_with_its_reason() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    let job = env.store.claim_job("w", Duration::from_secs(30)).await.expect("claim").expect("job");
    assert!(
        !env.store.fail_job(&job, "blob store unreachable", "Plaza could not score it").await.expect("fail"),
        "retried"
    );
    let waiting = env.store.submission(job.submission_id.expect("submission")).await.expect("q").expect("s");
    assert_eq!(waiting.status, SubmissionStatus::Queued, "a retried job leaves its entry waiting");
    assert!(env.store.claim_job("w", Duration::from_secs(30)).await.expect("claim").is_none(), "backoff first");
    let last = plaza_store::ClaimedJob { attempt: job.max_attempts, ..job.clone() };
    assert!(
        env.store.fail_job(&last, "blob store unreachable", "Plaza could not score it").await.expect("fail"),
        "failed for good"
    );
    let states = env.store.jobs_of_submission(job.submission_id.expect("submission")).await.expect("jobs");
    assert_eq!(states[0].status, "failed");
    assert_eq!(states[0].last_error, "blob store unreachable");
    let failed = env.store.submission(job.submission_id.expect("submission")).await.expect("q").expect("s");
    assert_eq!(failed.status, SubmissionStatus::Failed, "the entry ends with its job");
    assert_eq!(failed.message, "Plaza could not score it");
}

#[tokio::test]
async fn leaderboard_entries_leave_out_invalid_unscored_and_disqualified_ones() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    let a = env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    let b = env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    let c = env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    let _pending = env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    env.store.record_result(a.id, &ok(0.7), None, None).await.expect("record");
    let invalid = ScoreResult {
        verdict: Verdict::InvalidOutput,
        public_score: None,
        private_score: None,
        message: "line 2: ...".into(),
        cases: Vec::new(),
        stderr: String::new(),
    };
    env.store.record_result(b.id, &invalid, None, None).await.expect("record");
    env.store.record_result(c.id, &ok(0.9), None, None).await.expect("record");
    env.store.disqualify_submission(c.id, "Used the hidden answers").await.expect("disqualify");
    let entries = env.store.board_entries(track).await.expect("entries");
    assert_eq!(entries.iter().map(|e| e.submission_id).collect::<Vec<_>>(), [a.id]);
    assert_eq!(entries[0].team_name, "Ana");

    assert_eq!(env.store.rerun_submissions(&[a.id, b.id]).await.expect("rerun"), 2);
    assert!(env.store.board_entries(track).await.expect("entries").is_empty(), "rerun entries wait for new scores");
}

/// A new entry wakes a worker waiting for jobs: in the same process on
/// SQLite, and on PostgreSQL also a worker connected through another store
/// (another process or machine), by LISTEN/NOTIFY.
#[tokio::test]
async fn a_new_entry_wakes_a_waiting_worker_at_once() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    let postgres = env.database_url.starts_with("postgres");
    let elsewhere = plaza_store::Store::connect(&env.database_url).await.expect("a second connection");
    let waiter = if postgres { elsewhere.clone() } else { env.store.clone() };
    // Start listening (on PostgreSQL the listener connects in the background).
    let _ = tokio::time::timeout(Duration::from_millis(500), waiter.job_added()).await;
    let woken = waiter.job_added();
    tokio::pin!(woken);
    woken.as_mut().enable();
    env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    tokio::time::timeout(Duration::from_secs(10), woken).await.expect("woken by the new job, not by a poll");
    let written = waiter.result_written();
    tokio::pin!(written);
    written.as_mut().enable();
    let entry = env.store.team_submissions(team.id, track).await.expect("q").remove(0);
    env.store.record_result(entry.id, &ok(0.5), None, None).await.expect("record");
    tokio::time::timeout(Duration::from_secs(10), written).await.expect("woken by the result");
}

/// A worker stopping before it could finish hands its job back: the job is
/// queued again with its attempt given back, and the entry waits again.
#[tokio::test]
async fn a_stopping_worker_hands_its_unfinished_job_back_to_the_queue() {
    let env = TestEnv::new().await;
    let (user, team, challenge, track) = setup(&env).await;
    let entry = env.store.create_submission(new(&user, &team, challenge, track, 5)).await.expect("q").expect("ok");
    let job = env.store.claim_job("w-1", Duration::from_secs(60)).await.expect("claim").expect("job");
    env.store.mark_submission_running(entry.id).await.expect("running");
    assert_eq!(env.store.release_jobs(&["w-2".to_owned()]).await.expect("release"), 0, "only its own jobs");
    assert_eq!(env.store.release_jobs(&["w-1".to_owned()]).await.expect("release"), 1);
    let state = env.store.jobs_of_submission(entry.id).await.expect("q").remove(0);
    assert_eq!((state.status.as_str(), state.attempts), ("queued", 0));
    assert_eq!(env.store.submission(entry.id).await.expect("q").expect("e").status, SubmissionStatus::Queued);
    let again = env.store.claim_job("w-3", Duration::from_secs(60)).await.expect("claim").expect("the same job");
    assert_eq!((again.id, again.attempt), (job.id, 1));
}
