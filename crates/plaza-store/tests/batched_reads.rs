//! Reads that answer for many ids in one go (pages that list many entries
//! or check every judge against every idea), on a real database (SQLite, or
//! PostgreSQL with PLAZA_TEST_DATABASE_URL): they agree with the one-at-a-time reads.

use plaza_core::{Affiliations, Email, TeamId, User};
use plaza_store::testing::{TestEnv, examples_dir};

async fn setup(env: &TestEnv) -> i64 {
    env.store.import_bundle(&env.blobs, &examples_dir().join("noaa-daily-weather"), false).await.expect("import");
    env.store.challenge_by_slug("noaa-daily-weather").await.expect("q").expect("c").id
}

async fn user(env: &TestEnv, email: &str, name: &str) -> User {
    env.store.sign_up_user(&Email::parse(email).expect("email"), name).await.expect("user")
}

#[tokio::test]
async fn teams_and_their_members_are_read_for_many_ids_at_once() {
    let env = TestEnv::new().await;
    let challenge = setup(&env).await;
    let ana = user(&env, "ana@example.org", "Ana").await;
    let ben = user(&env, "ben@example.org", "Ben").await;
    let cy = user(&env, "cy@example.org", "Cy").await;
    let rain = env.store.create_team(challenge, ana.id, "Rain").await.expect("q").expect("team");
    let secret = env.store.new_team_join_secret(rain.id).await.expect("secret");
    env.store.join_team(&secret, ben.id).await.expect("q").expect("joined");
    let sun = env.store.create_team(challenge, cy.id, "Sun").await.expect("q").expect("team");

    let unknown = TeamId(999_999);
    let teams = env.store.teams_by_ids(&[sun.id, rain.id, rain.id, unknown]).await.expect("teams");
    assert_eq!(teams.len(), 2, "unknown ids are left out, repeated ones read once");
    let rain_read = &teams[&rain.id];
    assert_eq!(rain_read.name, "Rain");
    let names: Vec<&str> = rain_read.members.iter().map(|m| m.display_name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben"], "members in the order they joined");
    assert_eq!(teams[&sun.id].members.len(), 1);
    assert_eq!(env.store.team_by_id(rain.id).await.expect("q").expect("team").members, rain_read.members);

    let users = env.store.team_users(&[rain.id, sun.id]).await.expect("users");
    let emails: Vec<&str> = users[&rain.id].iter().map(|u| u.email.as_str()).collect();
    assert_eq!(emails, ["ana@example.org", "ben@example.org"]);
    assert_eq!(users[&sun.id][0].id, cy.id);
    assert!(env.store.teams_by_ids(&[]).await.expect("none").is_empty());
}

#[tokio::test]
async fn every_judges_declaration_of_a_challenge_is_read_in_one_go() {
    let env = TestEnv::new().await;
    let challenge = setup(&env).await;
    let jo = user(&env, "jo@example.org", "Jo").await;
    let kim = user(&env, "kim@example.org", "Kim").await;
    let silent = user(&env, "silent@example.org", "Lee").await;
    let ties = Affiliations { organizations: vec!["Parks Trust".into()], ..Default::default() };
    env.store.declare_conflicts(challenge, jo.id, &ties).await.expect("declare");
    env.store.declare_conflicts(challenge, kim.id, &Affiliations::default()).await.expect("declare");
    env.store.declare_conflicts(challenge, jo.id, &ties).await.expect("declare again");

    let declared = env.store.declarations(challenge).await.expect("declarations");
    assert_eq!(declared.len(), 2);
    assert_eq!(declared[&jo.id], ties);
    assert_eq!(declared[&kim.id], Affiliations::default());
    assert!(!declared.contains_key(&silent.id), "a judge who has not declared is absent");
    assert_eq!(env.store.declaration(challenge, jo.id).await.expect("q").as_ref(), declared.get(&jo.id));
}
