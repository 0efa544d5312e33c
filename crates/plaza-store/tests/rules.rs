//! Rules the store keeps inside the transaction that writes, on a real
//! database (SQLite, or PostgreSQL with PLAZA_TEST_DATABASE_URL): the
//! per-team idea cap, the team of one, the last organizer.

use plaza_core::{Affiliations, ChallengeRole, Email, IdeaFields, TeamId, User};
use plaza_store::testing::{TestEnv, examples_dir};
use plaza_store::{Error, MAX_IDEAS_PER_TEAM, NewIdea, Refusal, RoleRemoval, TeamProblem};

async fn setup(env: &TestEnv) -> (i64, i64) {
    env.store.import_bundle(&env.blobs, &examples_dir().join("noaa-daily-weather"), false).await.expect("import");
    let challenge = env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c");
    let track = env.store.tracks(challenge.id).await.expect("tracks")[0].id;
    (challenge.id, track)
}

async fn user(env: &TestEnv, email: &str, name: &str) -> User {
    env.store.sign_up_user(&Email::parse(email).expect("email"), name).await.expect("user")
}

fn idea(challenge: i64, track: i64, team: TeamId, author: &User, title: &str) -> NewIdea {
    NewIdea {
        challenge_id: challenge,
        track_id: track,
        team_id: Some(team),
        author_id: Some(author.id),
        fields: IdeaFields { title: title.into(), ..Default::default() },
        declared: Affiliations::default(),
        contact_name: author.display_name.clone(),
        contact_email: author.email.as_str().to_owned(),
    }
}

#[tokio::test]
async fn a_team_enters_at_most_ten_ideas_on_a_track_and_a_withdrawn_one_frees_a_place() {
    let env = TestEnv::new().await;
    let (challenge, track) = setup(&env).await;
    let ana = user(&env, "ana@example.org", "Ana").await;
    let team = env.store.create_team(challenge, ana.id, "Ana").await.expect("q").expect("team");
    let mut first = None;
    for n in 0..MAX_IDEAS_PER_TEAM {
        let saved = env.store.create_idea(&idea(challenge, track, team.id, &ana, &format!("Idea {n}"))).await;
        first = first.or(Some(saved.expect("within the cap").id));
    }
    let eleventh = env.store.create_idea(&idea(challenge, track, team.id, &ana, "One too many")).await;
    let Err(Error::Refused(Refusal::Conflict(message))) = eleventh else {
        panic!("the eleventh idea is refused as a conflict: {eleventh:?}")
    };
    assert!(message.contains("the most we accept"), "{message}");
    assert_eq!(env.store.team_ideas(track, team.id).await.expect("ideas").len(), 10, "nothing was written");

    assert!(env.store.withdraw_idea(first.expect("an idea")).await.expect("withdraw"));
    env.store.create_idea(&idea(challenge, track, team.id, &ana, "In its place")).await.expect("a place is free");
}

#[tokio::test]
async fn ideas_sent_at_once_never_take_a_team_past_the_cap() {
    let env = TestEnv::new().await;
    let (challenge, track) = setup(&env).await;
    let ana = user(&env, "ana@example.org", "Ana").await;
    let team = env.store.create_team(challenge, ana.id, "Ana").await.expect("q").expect("team");
    let tries = (0..15).map(|n| {
        let store = env.store.clone();
        let new = idea(challenge, track, team.id, &ana, &format!("Idea {n}"));
        tokio::spawn(async move { store.create_idea(&new).await })
    });
    let mut saved = 0;
    for attempt in tries.collect::<Vec<_>>() {
        match attempt.await.expect("task") {
            Ok(_) => saved += 1,
            Err(Error::Refused(Refusal::Conflict(_))) => {}
            Err(err) => panic!("only the cap may refuse: {err}"),
        }
    }
    assert_eq!(saved, MAX_IDEAS_PER_TEAM);
    assert_eq!(env.store.team_ideas(track, team.id).await.expect("ideas").len() as u64, MAX_IDEAS_PER_TEAM);
}

#[tokio::test]
async fn entering_alone_gets_a_team_named_after_you_or_with_your_number_when_the_name_is_taken() {
    let env = TestEnv::new().await;
    let (challenge, _) = setup(&env).await;
    let ana = user(&env, "ana@example.org", "Ana").await;
    let other_ana = user(&env, "ana.b@example.org", "Ana").await;
    let first = env.store.create_solo_team(challenge, ana.id, "Ana").await.expect("q").expect("team");
    assert_eq!(first.name, "Ana");
    let second = env.store.create_solo_team(challenge, other_ana.id, "Ana").await.expect("q").expect("team");
    assert_eq!(second.name, format!("Ana ({})", other_ana.id.0));
    assert_eq!(second.members.len(), 1);
    let again = env.store.create_solo_team(challenge, ana.id, "Ana").await.expect("q");
    assert_eq!(again.expect_err("one team per person"), TeamProblem::AlreadyInTeam);
}

#[tokio::test]
async fn the_last_organizer_stays_unless_a_site_admin_removes_them() {
    let env = TestEnv::new().await;
    let (challenge, _) = setup(&env).await;
    let org = user(&env, "org@example.org", "Olga").await;
    let second = user(&env, "second@example.org", "Sam").await;
    let store = &env.store;
    store.grant_role(challenge, org.id, ChallengeRole::Organizer).await.expect("grant");
    store.grant_role(challenge, second.id, ChallengeRole::Organizer).await.expect("grant");

    let removed = store.revoke_role(challenge, second.id, ChallengeRole::Organizer, false).await.expect("q");
    assert_eq!(removed, RoleRemoval::Removed);
    let last = store.revoke_role(challenge, org.id, ChallengeRole::Organizer, false).await.expect("q");
    assert_eq!(last, RoleRemoval::LastOrganizer);
    assert_eq!(store.roles_for(challenge, org.id).await.expect("roles"), [ChallengeRole::Organizer], "still held");
    let not_held = store.revoke_role(challenge, second.id, ChallengeRole::Organizer, false).await.expect("q");
    assert_eq!(not_held, RoleRemoval::NotHeld);

    let by_admin = store.revoke_role(challenge, org.id, ChallengeRole::Organizer, true).await.expect("q");
    assert_eq!(by_admin, RoleRemoval::Removed);
    assert!(store.roles_for(challenge, org.id).await.expect("roles").is_empty());
}

#[tokio::test]
async fn two_organizers_stepping_down_at_once_leave_one() {
    let env = TestEnv::new().await;
    let (challenge, _) = setup(&env).await;
    let a = user(&env, "a@example.org", "Ada").await;
    let b = user(&env, "b@example.org", "Bea").await;
    for who in [&a, &b] {
        env.store.grant_role(challenge, who.id, ChallengeRole::Organizer).await.expect("grant");
    }
    let steps = [a.id, b.id].map(|id| {
        let store = env.store.clone();
        tokio::spawn(async move { store.revoke_role(challenge, id, ChallengeRole::Organizer, false).await })
    });
    let mut outcomes = Vec::new();
    for step in steps {
        outcomes.push(step.await.expect("task").expect("q"));
    }
    outcomes.sort_by_key(|o| format!("{o:?}"));
    assert_eq!(outcomes, [RoleRemoval::LastOrganizer, RoleRemoval::Removed]);
    let holders = env.store.role_holders(challenge).await.expect("holders");
    assert_eq!(holders.iter().filter(|h| h.role == ChallengeRole::Organizer).count(), 1);
}
