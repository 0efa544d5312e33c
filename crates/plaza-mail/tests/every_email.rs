//! Every email Plaza sends, rendered with realistic data: each carries what
//! it promises (a link, the problems "listed below", the feedback), and no
//! template text is left unfilled.

use plaza_core::Email;
use plaza_mail::EmailTemplates;
use serde_json::{Value, json};

fn to() -> Email {
    Email::parse("ana@example.org").expect("email")
}

fn idea() -> Value {
    json!({
        "title": "Shade trees on Elm Street",
        "summary": "Plant trees where the heat map is hottest.",
        "problem": "Bus stops on Elm Street have no shade.",
        "proposal": "Plant twenty trees next to the busiest stops.",
        "datasets": "Street trees (2024)",
        "beneficiaries": "People who wait for the bus",
        "answers": [{"label": "Which part of town is this for?", "text_label": "Which part of town is this for?", "value": "North"}],
    })
}

/// Each email with a realistic context and the texts it must carry.
fn cases() -> Vec<(&'static str, Value, Vec<&'static str>)> {
    let mut idea_received = idea();
    idea_received["name"] = json!("Ana");
    idea_received["challenge_title"] = json!("Cooler streets");
    idea_received["track_title"] = json!("Ideas");
    idea_received["deadline"] = json!("28 February 2027");
    idea_received["link"] = json!("https://plaza.example/ideas/7");
    let mut idea_confirm = idea();
    idea_confirm["name"] = json!("Ana");
    idea_confirm["challenge_title"] = json!("Cooler streets");
    idea_confirm["channel"] = json!("a paper form");
    idea_confirm["staff_role"] = json!("the organizers");
    idea_confirm["link"] = json!("https://plaza.example/ideas/confirm/abc");
    vec![
        (
            "sign_in",
            json!({"link": "https://plaza.example/sign-in/link?token=abc", "minutes": 15}),
            vec!["https://plaza.example/sign-in/link?token=abc", "15"],
        ),
        (
            "invitation",
            json!({"challenge_title": "Cooler streets", "days": 7, "email": "ana@example.org", "inviter": "Bo",
                   "link": "https://plaza.example/invitations/abc", "role": "judge", "role_article": "a",
                   "role_explanation": "Judges score ideas with the rubric."}),
            vec!["https://plaza.example/invitations/abc", "Judges score ideas"],
        ),
        (
            "team_invitation",
            json!({"challenge_title": "Cooler streets", "inviter": "Bo", "team_name": "Elm Street neighbours",
                   "link": "https://plaza.example/teams/join/abc"}),
            vec!["https://plaza.example/teams/join/abc", "Cooler streets"],
        ),
        (
            "submission_scored",
            json!({"file_name": "predictions.csv", "track_title": "Predict rain", "challenge_title": "Weather",
                   "verdict": "invalid_output", "verdict_label": "Invalid predictions",
                   "explanation": plaza_core::Verdict::InvalidOutput.explanation(),
                   "problems": "line 17: id 30790 appears twice\nmissing 12 ids, e.g. 507211",
                   "metric": "ROC AUC", "public_score": "", "link": "https://plaza.example/submissions/3"}),
            vec![
                "line 17: id 30790 appears twice",
                "missing 12 ids, e.g. 507211",
                "https://plaza.example/submissions/3",
            ],
        ),
        (
            "submission_scored",
            json!({"file_name": "predictions.csv", "track_title": "Predict rain", "challenge_title": "Weather",
                   "verdict": "ok", "verdict_label": "Scored", "explanation": plaza_core::Verdict::Ok.explanation(),
                   "problems": "", "metric": "ROC AUC", "public_score": "0.812345",
                   "link": "https://plaza.example/submissions/3"}),
            vec!["0.812345", "ROC AUC"],
        ),
        ("idea_received", idea_received, vec!["Plant twenty trees", "North", "https://plaza.example/ideas/7"]),
        ("idea_confirm", idea_confirm, vec!["Plant twenty trees", "https://plaza.example/ideas/confirm/abc"]),
        (
            "judge_reminder",
            json!({"challenge_title": "Cooler streets", "name": "Cy", "done": 2, "left": 3, "total": 5,
                   "link": "https://plaza.example/challenges/cool/judging"}),
            vec!["https://plaza.example/challenges/cool/judging", "3"],
        ),
        (
            "results_entrant",
            json!({"challenge_title": "Cooler streets", "name": "Ana", "title": "Shade trees on Elm Street",
                   "place": "Winner", "reason": "Clear, cheap and fair.",
                   "feedback": ["Strong use of the heat data.", "Say who maintains the trees."],
                   "link": "https://plaza.example/challenges/cool/winners"}),
            vec!["Strong use of the heat data.", "Say who maintains the trees.", "Clear, cheap and fair."],
        ),
        (
            "results_follower",
            json!({"challenge_title": "Cooler streets", "name": "Ana",
                   "winners": [{"place": "Winner", "title": "Shade trees on Elm Street", "reason": "Clear, cheap and fair."}],
                   "link": "https://plaza.example/challenges/cool/winners"}),
            vec!["Shade trees on Elm Street", "Clear, cheap and fair."],
        ),
    ]
}

#[test]
fn every_email_renders_with_what_it_promises_in_both_parts() {
    let templates = EmailTemplates::load("Plaza").expect("templates");
    for (name, context, must_carry) in cases() {
        let mail = templates
            .compose(name, &to(), &context, Some("https://plaza.example/unsubscribe?token=u"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!mail.subject.trim().is_empty(), "{name}: empty subject");
        for part in [&mail.subject, &mail.text, &mail.html] {
            assert!(!part.contains("{{") && !part.contains("{%"), "{name}: unrendered template text in {part}");
            assert!(!part.contains("“”") && !part.contains("\"\""), "{name}: an empty quotation in {part}");
        }
        for text in &must_carry {
            assert!(mail.text.contains(text), "{name}: the text part lacks {text:?}:\n{}", mail.text);
            let escaped = text.replace('&', "&amp;");
            assert!(mail.html.contains(&escaped), "{name}: the HTML part lacks {text:?}:\n{}", mail.html);
        }
        // An email that says something is "listed below" lists it.
        if mail.text.contains("listed below") {
            let after = mail.text.split("listed below").nth(1).unwrap_or_default();
            assert!(
                after.lines().filter(|l| !l.trim().is_empty()).count() >= 3,
                "{name}: promises a list and gives none:\n{}",
                mail.text
            );
        }
    }
}
