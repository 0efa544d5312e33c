//! Questions and answers (#15 item 5): a resident asks; nothing is public
//! until an organizer publishes it; an answer is published and emailed to
//! the person who asked (in their language) and to the followers; an
//! answer may be pinned under the brief; a declined question tells its
//! asker why. Hostile and out-of-place requests change nothing.

use axum::http::StatusCode;
use plaza_core::ChallengeRole;
use plaza_core::qa::{MAX_QUESTION, QUESTIONS_PER_HOUR, QuestionStatus};
use plaza_tests::TestApp;

const TREES: &str = "/challenges/toronto-street-trees";

#[tokio::test]
async fn a_question_is_asked_published_answered_emailed_and_pinned() {
    let app = TestApp::with_examples().await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("example");
    let rosa = app.user("rosa@example.org", "Rosa").await;
    store.update_locale(rosa.id, Some("es")).await.expect("Spanish");
    let fred = app.user("fred@example.org", "Fred").await;
    store.follow_challenge(challenge.id, fred.id).await.expect("follow");
    // A resident who follows by email alone, without an account.
    let ada = plaza_core::Email::parse("ada@example.org").expect("address");
    let plaza_store::FollowRequest::Confirm { secret } =
        store.request_email_follow(challenge.id, &ada, "en").await.expect("follow by email")
    else {
        panic!("a new follower confirms by email");
    };
    store.confirm_email_follow(&secret).await.expect("confirm").expect("confirmed");
    let olga = app.user("olga@example.org", "Olga").await;
    store.grant_role(challenge.id, olga.id, ChallengeRole::Organizer).await.expect("organizer");

    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    // Bad questions are refused with why, and nothing is kept.
    let empty = resident.post(&format!("{TREES}/questions"), &[("question", "   ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let long = "a".repeat(MAX_QUESTION + 1);
    let too_long = resident.post(&format!("{TREES}/questions"), &[("question", long.as_str())]).await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(store.challenge_questions(challenge.id).await.expect("questions").is_empty());

    let asked =
        resident.post(&format!("{TREES}/questions"), &[("question", "¿Puedo usar otros datos abiertos?")]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.text());
    let mine = resident.get(&asked.location()).await.text();
    assert!(mine.contains("¿Puedo usar otros datos abiertos?"), "the asker sees it: {mine}");
    // Nobody else does until an organizer publishes it.
    assert!(!app.get(&format!("{TREES}/questions")).await.text().contains("otros datos abiertos"));

    // The organizer home says it waits.
    let mut organizer = app.browser();
    organizer.sign_in_as(&olga).await;
    let home = organizer.get("/manage").await.text();
    assert!(home.contains("1 question from residents is waiting for you."), "{home}");
    assert!(home.contains(&format!("{TREES}/manage/questions")), "{home}");

    // An answer publishes it and emails the asker (in Spanish) and the follower.
    let question = store.challenge_questions(challenge.id).await.expect("questions").remove(0);
    let url = format!("{TREES}/manage/questions/{}", question.id);
    let refused = organizer.post(&url, &[("action", "answer"), ("answer", "  ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Write the answer."), "{}", refused.text());
    let answered =
        organizer.post(&url, &[("action", "answer"), ("answer", "Yes, if it is open and you say where.")]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.text());
    assert!(answered.location().contains("notice=answered&emails=3"), "{}", answered.location());
    let to_rosa = app.last_email_to("rosa@example.org").await.expect("an email to the asker");
    assert!(to_rosa.subject.starts_with("Una respuesta sobre"), "{}", to_rosa.subject);
    assert!(to_rosa.text.contains("Yes, if it is open and you say where."), "{}", to_rosa.text);
    let to_fred = app.last_email_to("fred@example.org").await.expect("an email to the follower");
    assert!(to_fred.subject.starts_with("An answer about"), "{}", to_fred.subject);
    let to_ada = app.last_email_to("ada@example.org").await.expect("an email to the follower by email");
    assert!(to_ada.text.contains("/follow/stop?token="), "with her own stop link: {}", to_ada.text);
    let public = app.get(&format!("{TREES}/questions")).await.text();
    assert!(public.contains("otros datos abiertos") && public.contains("you say where"), "{public}");
    assert!(!organizer.get("/manage").await.text().contains("question from residents"), "nothing waits now");

    // Pinned, it shows under the brief.
    assert_eq!(organizer.post(&url, &[("action", "pin")]).await.status, StatusCode::SEE_OTHER);
    assert!(app.get(TREES).await.text().contains("you say where"), "pinned under the brief");
    assert_eq!(organizer.post(&url, &[("action", "unpin")]).await.status, StatusCode::SEE_OTHER);
    assert!(!app.get(TREES).await.text().contains("you say where"));

    // A declined question tells its asker why and stays private.
    resident.post(&format!("{TREES}/questions"), &[("question", "What is my neighbour's phone number?")]).await;
    let second = store.challenge_questions(challenge.id).await.expect("questions").remove(0);
    let url = format!("{TREES}/manage/questions/{}", second.id);
    let no_reason = organizer.post(&url, &[("action", "decline"), ("reason", "")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let pin_first = organizer.post(&url, &[("action", "pin")]).await;
    assert_eq!(pin_first.status, StatusCode::CONFLICT, "a question is published before it is pinned");
    let declined = organizer.post(&url, &[("action", "decline"), ("reason", "It asks for private details.")]).await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    let stored = store.challenge_question(challenge.id, second.id).await.expect("query").expect("kept");
    assert_eq!(stored.status, QuestionStatus::Declined);
    assert!(resident.get(&format!("{TREES}/questions")).await.text().contains("It asks for private details."));
    assert!(!app.get(&format!("{TREES}/questions")).await.text().contains("phone number"));

    // The organizers' results package lists both, without who asked.
    let zip = organizer.get(&format!("{TREES}/manage/results.zip")).await;
    assert_eq!(zip.status, StatusCode::OK);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.body.clone())).expect("a zip");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("questions.csv").expect("questions.csv"), &mut csv)
        .expect("text");
    assert!(csv.starts_with("id,question,status,answer,decline_reason,pinned,asked_at,answered_at"), "{csv}");
    assert!(csv.contains("you say where") && csv.contains("It asks for private details."), "{csv}");
    assert!(!csv.contains("rosa@example.org") && !csv.contains("Rosa"), "{csv}");

    // An organizer of another challenge cannot reach it through theirs.
    let chicago = store.challenge_by_slug("chicago-food-inspections").await.expect("query").expect("example");
    let other = app.user("otto@example.org", "Otto").await;
    store.grant_role(chicago.id, other.id, ChallengeRole::Organizer).await.expect("organizer");
    let mut otto = app.browser();
    otto.sign_in_as(&other).await;
    let elsewhere = format!("/challenges/chicago-food-inspections/manage/questions/{}", second.id);
    assert_eq!(otto.post(&elsewhere, &[("action", "publish")]).await.status, StatusCode::NOT_FOUND);
    let kept = store.challenge_question(challenge.id, second.id).await.expect("query").expect("kept");
    assert_eq!(kept.status, QuestionStatus::Declined);
}

#[tokio::test]
async fn one_person_asks_at_most_so_many_questions_an_hour() {
    let app = TestApp::with_examples().await;
    let rosa = app.user("rosa@example.org", "Rosa").await;
    let mut resident = app.browser();
    resident.sign_in_as(&rosa).await;
    for n in 0..QUESTIONS_PER_HOUR {
        let text = format!("Question number {n}?");
        let asked = resident.post(&format!("{TREES}/questions"), &[("question", text.as_str())]).await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER);
    }
    let one_more = resident.post(&format!("{TREES}/questions"), &[("question", "One more?")]).await;
    assert_eq!(one_more.status, StatusCode::TOO_MANY_REQUESTS);
    let challenge = app.env.store.challenge_by_slug("toronto-street-trees").await.expect("query").expect("example");
    let count = app.env.store.challenge_questions(challenge.id).await.expect("questions").len();
    assert_eq!(count, QUESTIONS_PER_HOUR as usize);
}
