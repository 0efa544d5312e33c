//! Teams on a real database (SQLite, or PostgreSQL with
//! PLAZA_TEST_DATABASE_URL): entries outlive every team change, names and
//! aliases share one space, invitations live side by side, and one address
//! gets a bounded number of invitations a day.

use plaza_core::{ChallengeRole, Email, OutgoingEmail, Team, User};
use plaza_migrations::{Migrator, MigratorTrait};
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_store::{Error, NewSubmission, Refusal, TeamProblem};
use sea_orm::{ConnectionTrait, Database};

async fn setup(env: &TestEnv) -> (i64, i64) {
    env.store.import_bundle(&env.blobs, &examples_dir().join("noaa-daily-weather"), false).await.expect("import");
    let challenge = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let track = env.store.tracks(challenge.id).await.expect("tracks")[0].id;
    (challenge.id, track)
}

async fn user(env: &TestEnv, email: &str) -> User {
    let name = email.split('@').next().unwrap_or(email);
    env.store.sign_up_user(&Email::parse(email).expect("email"), name).await.expect("user")
}

async fn submit(env: &TestEnv, user: &User, team: &Team, challenge: i64, track: i64) {
    let new = NewSubmission {
        challenge_id: challenge,
        track_id: track,
        team_id: team.id,
        user_id: user.id,
        file_name: "predictions.csv".into(),
        blob: plaza_core::BlobRef { sha256: "0".repeat(64), size: 10 },
        daily_limit: 3,
        refused_limit: None,
        zone: plaza_core::Zone::UTC,
    };
    env.store.create_submission(new).await.expect("q").expect("within the limit");
}

fn mail(to: &Email) -> OutgoingEmail {
    OutgoingEmail {
        to: to.clone(),
        subject: "You are invited".into(),
        text: "Hello".into(),
        html: "<p>Hello</p>".into(),
        list_unsubscribe: None,
    }
}

#[tokio::test]
async fn nobody_leaves_a_team_with_entries_and_the_quota_stays_spent() {
    let env = TestEnv::new().await;
    let (challenge, track) = setup(&env).await;
    let ana = user(&env, "ana@example.org").await;
    let team = env.store.create_team(challenge, ana.id, "Ana").await.expect("q").expect("team");
    for _ in 0..3 {
        submit(&env, &ana, &team, challenge, track).await;
    }
    assert_eq!(env.store.leave_team(team.id, ana.id).await.expect("q"), Err(TeamProblem::HasEntries));
    assert_eq!(
        env.store.create_team(challenge, ana.id, "Ana again").await.expect("q").expect_err("still in a team"),
        TeamProblem::AlreadyInTeam
    );
    assert_eq!(
        env.store.quota(team.id, track, 3, false, plaza_core::Zone::UTC).await.expect("quota").left(),
        0,
        "today's entries are spent"
    );
    assert_eq!(env.store.team_submissions(team.id, track).await.expect("entries").len(), 3);
}

#[tokio::test]
async fn the_database_refuses_to_delete_a_team_with_entries_before_and_after_a_migration_round_trip() {
    let env = TestEnv::new().await;
    let (challenge, track) = setup(&env).await;
    let ana = user(&env, "ana@example.org").await;
    let team = env.store.create_team(challenge, ana.id, "Ana").await.expect("q").expect("team");
    submit(&env, &ana, &team, challenge, track).await;
    let idea = plaza_store::NewIdea {
        challenge_id: challenge,
        track_id: track,
        team_id: Some(team.id),
        author_id: Some(ana.id),
        fields: plaza_core::IdeaFields { title: "Umbrellas".into(), ..Default::default() },
        declared: Default::default(),
        contact_name: "Ana".into(),
        contact_email: "ana@example.org".into(),
    };
    let idea = env.store.create_idea(&idea).await.expect("idea");

    let db = Database::connect(env.database_url.as_str()).await.expect("connect");
    let delete = format!("DELETE FROM teams WHERE id = {}", team.id.0);
    for round in ["migrated", "down and up again"] {
        if round != "migrated" {
            // Back to before the foreign keys changed (two migrations of this
            // change), then forward again: the rows are kept both ways.
            // (Read with plain SQL: the entity has columns of later migrations.)
            Migrator::down(&db, Some(2)).await.expect("down");
            let count = db
                .query_one_raw(sea_orm::Statement::from_string(
                    db.get_database_backend(),
                    format!("SELECT COUNT(*) AS n FROM submissions WHERE team_id = {}", team.id.0),
                ))
                .await
                .expect("count")
                .and_then(|row| row.try_get::<i64>("", "n").ok());
            assert_eq!(count, Some(1));
            Migrator::up(&db, None).await.expect("up");
        }
        if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            db.execute_unprepared("PRAGMA foreign_keys = ON").await.expect("pragma");
        }
        if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            let indexes = db
                .query_all_raw(sea_orm::Statement::from_string(
                    sea_orm::DatabaseBackend::Sqlite,
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('submissions', 'ideas')",
                ))
                .await
                .expect("indexes");
            let names: Vec<String> = indexes.iter().filter_map(|r| r.try_get::<String>("", "name").ok()).collect();
            for kept in ["idx_submissions_quota", "idx_submissions_board", "idx_ideas_track", "idx_ideas_team"] {
                assert!(names.iter().any(|n| n == kept), "{round}: {kept} is kept: {names:?}");
            }
        }
        let refused = db.execute_unprepared(&delete).await;
        assert!(refused.is_err(), "{round}: deleting a team with entries is refused");
        assert_eq!(env.store.team_submissions(team.id, track).await.expect("entries").len(), 1, "{round}");
        let kept = env.store.idea(idea.id).await.expect("q").expect("the idea stays");
        assert_eq!(kept.team_id, Some(team.id), "{round}: the idea keeps its team");
    }
    let _ = db.close().await;
}

#[tokio::test]
async fn names_and_aliases_share_one_space_per_challenge_whatever_the_case_and_spaces() {
    let env = TestEnv::new().await;
    let (challenge, _) = setup(&env).await;
    let ana = user(&env, "ana@example.org").await;
    let bo = user(&env, "bo@example.org").await;
    let rain = env.store.create_team(challenge, ana.id, "Rain Makers").await.expect("q").expect("team");
    let clouds = env.store.create_team(challenge, bo.id, "Clouds").await.expect("q").expect("team");
    env.store.update_team(rain.id, "Rain Makers", "Sunny side", true).await.expect("q").expect("saved");
    // A team may use its own name as its alias.
    env.store.update_team(clouds.id, "Clouds", "clouds", true).await.expect("q").expect("saved");

    assert_eq!(
        env.store.update_team(clouds.id, "Clouds", "rainmakers", true).await.expect("q"),
        Err(TeamProblem::AliasTaken)
    );
    assert_eq!(
        env.store.update_team(clouds.id, "SUNNY  SIDE", "Clouds", false).await.expect("q"),
        Err(TeamProblem::NameTaken)
    );
    let cy = user(&env, "cy@example.org").await;
    assert_eq!(
        env.store.create_team(challenge, cy.id, "sunnyside").await.expect("q").expect_err("taken"),
        TeamProblem::NameTaken
    );
    // A name that reads like a future team's default alias does not block that team.
    let named = env.store.create_team(challenge, cy.id, &format!("Team {}", clouds.id.0 + 1)).await.expect("q");
    let named = named.expect("created");
    let di = user(&env, "di@example.org").await;
    let next = env.store.create_team(challenge, di.id, "Drizzle").await.expect("q").expect("created");
    assert_ne!(plaza_store::name_key(&next.alias), plaza_store::name_key(&named.name), "{}", next.alias);
    let saved = env.store.team_by_id(clouds.id).await.expect("q").expect("team");
    assert_eq!((saved.name.as_str(), saved.alias.as_str()), ("Clouds", "clouds"), "refused changes saved nothing");
}

#[tokio::test]
async fn several_invitations_work_side_by_side_and_each_can_be_cancelled() {
    let env = TestEnv::new().await;
    let (challenge, _) = setup(&env).await;
    let ana = user(&env, "ana@example.org").await;
    let team = env.store.create_team(challenge, ana.id, "Rain").await.expect("q").expect("team");
    let mut secrets = Vec::new();
    for to in ["bo@example.org", "cy@example.org"] {
        let email = Email::parse(to).expect("email");
        let mut kept = String::new();
        env.store
            .invite_to_team_by_email(team.id, ana.id, &email, |secret| {
                kept = secret.to_owned();
                Ok(mail(&email))
            })
            .await
            .expect("invited");
        secrets.push(kept);
    }
    let link = env.store.new_team_link(team.id, Some(ana.id)).await.expect("link");
    let pending = env.store.pending_team_invitations(team.id).await.expect("pending");
    assert_eq!(pending.len(), 3);

    let bo = user(&env, "bo@example.org").await;
    let cy = user(&env, "cy@example.org").await;
    let di = user(&env, "di@example.org").await;
    env.store.join_team(&secrets[0], bo.id).await.expect("q").expect("bo joins");
    let link_id = pending.iter().find(|i| i.email.is_none()).expect("the link").id;
    assert!(env.store.revoke_team_invitation(team.id, link_id).await.expect("revoke"));
    assert_eq!(env.store.join_team(&link, di.id).await.expect("q"), Err(TeamProblem::LinkRevoked));
    env.store.join_team(&secrets[1], cy.id).await.expect("q").expect("cy joins");
    assert_eq!(env.store.join_team(&secrets[1], di.id).await.expect("q"), Err(TeamProblem::LinkUsed));
    assert!(env.store.pending_team_invitations(team.id).await.expect("pending").is_empty());
    assert_eq!(env.store.team_by_id(team.id).await.expect("q").expect("team").members.len(), 3);
}

#[tokio::test]
async fn one_address_gets_at_most_five_invitations_a_day_team_and_role_together() {
    let env = TestEnv::new().await;
    let (challenge, _) = setup(&env).await;
    let ana = user(&env, "ana@example.org").await;
    let team = env.store.create_team(challenge, ana.id, "Rain").await.expect("q").expect("team");
    let vic = Email::parse("vic@example.org").expect("email");
    for _ in 0..3 {
        env.store.invite_to_team_by_email(team.id, ana.id, &vic, |_| Ok(mail(&vic))).await.expect("invited");
    }
    for n in 0..2 {
        let secret = format!("{n:064}");
        env.store
            .create_invitation(challenge, &vic, ChallengeRole::Judge, ana.id, &secret, &mail(&vic))
            .await
            .expect("role invitation");
    }
    let queued = |emails: Vec<plaza_store::OutboxMessage>| emails.iter().filter(|m| m.email.to == vic).count();
    assert_eq!(queued(env.store.list_emails().await.expect("outbox")), 5);

    let upper = Email::parse("VIC@example.org").expect("email");
    let sixth = env.store.invite_to_team_by_email(team.id, ana.id, &upper, |_| Ok(mail(&upper))).await;
    assert!(
        matches!(&sixth, Err(Error::Refused(Refusal::TooMany(m))) if m.contains("try again tomorrow")),
        "{sixth:?}"
    );
    let (secret, message) = ("9".repeat(64), mail(&vic));
    let role = env.store.create_invitation(challenge, &vic, ChallengeRole::Judge, ana.id, &secret, &message).await;
    assert!(matches!(role, Err(Error::Refused(Refusal::TooMany(_)))), "{role:?}");
    assert_eq!(queued(env.store.list_emails().await.expect("outbox")), 5, "nothing more is queued");
    assert_eq!(env.store.pending_team_invitations(team.id).await.expect("pending").len(), 3, "nothing recorded");
}
