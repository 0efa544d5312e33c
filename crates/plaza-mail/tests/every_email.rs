//! Every email Plaza sends, rendered with realistic data: each carries what
//! it promises (a link, the problems "listed below", the feedback), and no
//! template text is left unfilled.

use plaza_core::Email;
use plaza_mail::emails::{
    ChallengeUpdate, CopiedAnswer, DataReportDecided, DatasetUpdated, DeadlineReminder, DigestChallenge, DigestEvent,
    FollowConfirm, IdeaConfirm, IdeaCopy, IdeaReceived, Invitation, JudgeReminder, Offline, OrganizerDigest,
    OrganizerEntryFailed, OrganizerIdeaConfirmed, OrganizerIdeaSent, OrganizerJudgeRecused, OrganizerJudgingComplete,
    QuestionAnswered, ResultsEntrant, ResultsFollower, SignIn, SubmissionScored, TeamInvitation, Winner,
};
use plaza_mail::{EmailMessage, EmailTemplates, MailKind, OutgoingEmail};

const UNSUBSCRIBE: &str = "https://plaza.example/unsubscribe?token=u";

fn to() -> Email {
    Email::parse("ana@example.org").expect("email")
}

fn idea() -> IdeaCopy {
    IdeaCopy {
        title: "Shade trees on Elm Street".into(),
        summary: "Plant trees where the heat map is hottest.".into(),
        problem: "Bus stops on Elm Street have no shade.".into(),
        proposal: "Plant twenty trees next to the busiest stops.".into(),
        datasets: "Street trees (2024)".into(),
        beneficiaries: "People who wait for the bus".into(),
        answers: vec![CopiedAnswer::new("Which part of town is this for?", "North".into())],
    }
}

/// An email's name, the email rendered as Plaza sends it (optional mail with
/// an unsubscribe link), and the texts it must carry.
type Case = (&'static str, OutgoingEmail, Vec<&'static str>);

fn case<M: EmailMessage>(message: &M, must_carry: Vec<&'static str>) -> Case {
    let templates = EmailTemplates::load("Plaza").expect("templates");
    let unsubscribe = (M::KIND == MailKind::Optional).then_some(UNSUBSCRIBE);
    for language in plaza_i18n::languages() {
        let mail = templates
            .render(language.code, &to(), message, unsubscribe)
            .unwrap_or_else(|e| panic!("{} in {}: {e}", M::TEMPLATE, language.code));
        assert!(!mail.subject.is_empty(), "{} in {}: a subject", M::TEMPLATE, language.code);
    }
    let mail = templates.render("en", &to(), message, unsubscribe).unwrap_or_else(|e| panic!("{}: {e}", M::TEMPLATE));
    (M::TEMPLATE, mail, must_carry)
}

/// Each email with a realistic context and the texts it must carry.
fn cases() -> Vec<Case> {
    let invalid = plaza_core::Verdict::InvalidOutput;
    let feedback = ["Strong use of the heat data.".to_owned(), "Say who maintains the trees.".to_owned()];
    vec![
        case(
            &SignIn { link: "https://plaza.example/sign-in/link?token=abc", code: "1234 5678", minutes: 15 },
            vec!["https://plaza.example/sign-in/link?token=abc", "15", "1234 5678"],
        ),
        case(
            &Invitation {
                challenge_title: "Cooler streets",
                days: 7,
                email: "ana@example.org",
                inviter: "Bo",
                link: "https://plaza.example/invitations/abc",
                role: "judge",
                role_article: "a",
                role_explanation: "Judges score ideas with the rubric.",
            },
            vec!["https://plaza.example/invitations/abc", "Judges score ideas"],
        ),
        case(
            &TeamInvitation {
                challenge_title: "Cooler streets",
                inviter: "Bo",
                team_name: "Elm Street neighbours",
                link: "https://plaza.example/teams/join/abc",
                offline: Offline::default(),
            },
            vec!["https://plaza.example/teams/join/abc", "Cooler streets"],
        ),
        case(
            &SubmissionScored {
                file_name: "predictions.csv",
                track_title: "Predict rain",
                challenge_title: "Weather",
                verdict: invalid.name(),
                verdict_label: &invalid.label(),
                explanation: &invalid.explanation(),
                problems: "line 17: id 30790 appears twice\nmissing 12 ids, e.g. 507211",
                metric: "ROC AUC",
                public_score: "",
                link: "https://plaza.example/submissions/3",
                offline: Offline::default(),
            },
            vec![
                "line 17: id 30790 appears twice",
                "missing 12 ids, e.g. 507211",
                "https://plaza.example/submissions/3",
            ],
        ),
        case(
            &SubmissionScored {
                file_name: "predictions.csv",
                track_title: "Predict rain",
                challenge_title: "Weather",
                verdict: plaza_core::Verdict::Ok.name(),
                verdict_label: &plaza_core::Verdict::Ok.label(),
                explanation: &plaza_core::Verdict::Ok.explanation(),
                problems: "",
                metric: "ROC AUC",
                public_score: "0.812345",
                link: "https://plaza.example/submissions/3",
                offline: Offline::default(),
            },
            vec!["0.812345", "ROC AUC"],
        ),
        case(
            &IdeaReceived {
                name: "Ana",
                challenge_title: "Cooler streets",
                track_title: "Ideas",
                deadline: "28 February 2027",
                link: "https://plaza.example/ideas/7",
                copy: idea(),
                offline: Offline::default(),
            },
            vec!["Plant twenty trees", "North", "https://plaza.example/ideas/7"],
        ),
        case(
            &IdeaConfirm {
                name: "Ana",
                challenge_title: "Cooler streets",
                channel: "on a paper form",
                staff_role: "the organizers",
                link: "https://plaza.example/ideas/confirm/abc",
                copy: idea(),
                offline: Offline::default(),
            },
            vec!["Plant twenty trees", "https://plaza.example/ideas/confirm/abc"],
        ),
        case(
            &JudgeReminder {
                challenge_title: "Cooler streets",
                name: "Cy",
                done: 2,
                left: 3,
                total: 5,
                link: "https://plaza.example/challenges/cool/judging",
            },
            vec!["https://plaza.example/challenges/cool/judging", "3"],
        ),
        case(
            &ResultsEntrant {
                challenge_title: "Cooler streets",
                name: "Ana",
                title: "Shade trees on Elm Street",
                place: "Winner",
                reason: "Clear, cheap and fair.",
                feedback: &feedback,
                link: "https://plaza.example/challenges/cool/winners",
                offline: Offline::default(),
            },
            vec!["Strong use of the heat data.", "Say who maintains the trees.", "Clear, cheap and fair."],
        ),
        case(
            &ResultsFollower {
                challenge_title: "Cooler streets",
                name: "Ana",
                winners: &[Winner {
                    place: "Winner",
                    title: "Shade trees on Elm Street",
                    reason: "Clear, cheap and fair.",
                }],
                link: "https://plaza.example/challenges/cool/winners",
                offline: Offline::default(),
            },
            vec!["Shade trees on Elm Street", "Clear, cheap and fair."],
        ),
        case(
            &ChallengeUpdate {
                name: "Ana",
                challenge_title: "Cooler streets",
                title: "The first 20 trees are ordered",
                body: "We ordered 20 oaks for Elm Street.\n\nPlanting starts in May.",
                question: "Is this what you needed?",
                link: "https://plaza.example/challenges/cool/progress",
                offline: Offline { phone: "312-555-0100".into(), drop_off_address: "City Hall, Room 100".into() },
            },
            vec![
                "The first 20 trees are ordered",
                "Planting starts in May.",
                "Is this what you needed?",
                "312-555-0100",
            ],
        ),
        case(
            &DeadlineReminder {
                name: "Ana",
                challenge_title: "Cooler streets",
                closes: "28 February 2027 at 23:59 Chicago time",
                team_name: "Elm Street neighbours",
                drafts: &["Shade trees on Elm Street".to_owned()],
                link: "https://plaza.example/challenges/cool",
                offline: Offline { phone: String::new(), drop_off_address: "City Hall, Room 100".into() },
            },
            vec!["28 February 2027 at 23:59 Chicago time", "Shade trees on Elm Street", "City Hall, Room 100"],
        ),
        case(
            &QuestionAnswered {
                name: "Ana",
                challenge_title: "Cooler streets",
                question: "Can we use the tree survey too?",
                answer: "Yes: any open data, if you say where it comes from.",
                asked_by_reader: true,
                link: "https://plaza.example/challenges/cool/questions",
            },
            vec![
                "Can we use the tree survey too?",
                "any open data, if you say where it comes from",
                "https://plaza.example/challenges/cool/questions",
            ],
        ),
        case(
            &DataReportDecided {
                name: "Ana",
                challenge_title: "Cooler streets",
                dataset_title: "Street trees",
                place: "Row 2, column species",
                problem: "This tree is a red maple.",
                outcome: "rejected",
                reason: "The survey was made in 2018 and lists the tree as planted then.",
                version: 0,
                link: "https://plaza.example/challenges/cool/data/trees/reports#report-1",
            },
            vec![
                "Street trees",
                "Row 2, column species",
                "This tree is a red maple.",
                "The survey was made in 2018",
                "https://plaza.example/challenges/cool/data/trees/reports#report-1",
            ],
        ),
        case(
            &DataReportDecided {
                name: "Ana",
                challenge_title: "Cooler streets",
                dataset_title: "Street trees",
                place: "Row 2, column species",
                problem: "This tree is a red maple.",
                outcome: "published",
                reason: "",
                version: 3,
                link: "https://plaza.example/challenges/cool/data/trees/reports#report-1",
            },
            vec!["Street trees", "3", "https://plaza.example/challenges/cool/data/trees/reports#report-1"],
        ),
        case(
            &FollowConfirm {
                challenge_title: "Cooler streets",
                link: "https://plaza.example/follow/confirm?token=abc",
            },
            vec!["https://plaza.example/follow/confirm?token=abc", "Cooler streets"],
        ),
        case(
            &DatasetUpdated {
                name: "Ana",
                challenge_title: "Cooler streets",
                dataset_title: "Street trees (2024)",
                change_note: "Fixed the heights of 12 trees on Elm Street.",
                rows: 4_210,
                link: "https://plaza.example/challenges/cool/data/street-trees",
                offline: Offline::default(),
            },
            vec![
                "Street trees (2024)",
                "Fixed the heights of 12 trees on Elm Street.",
                "4210 rows",
                "https://plaza.example/challenges/cool/data/street-trees",
            ],
        ),
        case(
            &OrganizerIdeaSent {
                name: "Bo",
                challenge_title: "Cooler streets",
                track_title: "Ideas",
                entrant: "Ana Lima",
                staff_name: "Cy from the library",
                channel: "on a paper form",
                idea_title: "Shade trees on Elm Street",
                link: "https://plaza.example/challenges/cool/tracks/ideas/ideas",
                settings_link: "https://plaza.example/account",
            },
            vec![
                "Ana Lima",
                "Cy from the library",
                "on a paper form",
                "Shade trees on Elm Street",
                "tracks/ideas/ideas",
            ],
        ),
        case(
            &OrganizerIdeaSent {
                name: "Bo",
                challenge_title: "Cooler streets",
                track_title: "Ideas",
                entrant: "Team Elm",
                staff_name: "",
                channel: "",
                idea_title: "Shade trees on Elm Street",
                link: "https://plaza.example/challenges/cool/tracks/ideas/ideas",
                settings_link: "https://plaza.example/account",
            },
            vec!["Team Elm sent an idea", "Shade trees on Elm Street", "https://plaza.example/account"],
        ),
        case(
            &OrganizerIdeaConfirmed {
                name: "Bo",
                challenge_title: "Cooler streets",
                track_title: "Ideas",
                entrant: "Ana Lima",
                idea_title: "Shade trees on Elm Street",
                link: "https://plaza.example/challenges/cool/tracks/ideas/ideas",
                settings_link: "https://plaza.example/account",
            },
            vec!["Ana Lima confirmed", "Shade trees on Elm Street", "ready for judging"],
        ),
        case(
            &OrganizerJudgeRecused {
                name: "Bo",
                challenge_title: "Cooler streets",
                track_title: "Ideas",
                judge_name: "Dee",
                idea_title: "Shade trees on Elm Street",
                reason: "Works with the entrant",
                replaced: false,
                link: "https://plaza.example/challenges/cool/manage/judging/ideas",
                settings_link: "https://plaza.example/account",
            },
            vec!["Dee stepped aside", "Works with the entrant", "short of a review", "manage/judging/ideas"],
        ),
        case(
            &OrganizerJudgingComplete {
                name: "Bo",
                challenge_title: "Cooler streets",
                track_title: "Ideas",
                reviews: 12,
                link: "https://plaza.example/challenges/cool/manage/judging/ideas",
                settings_link: "https://plaza.example/account",
            },
            vec!["12 reviews", "pick the winners", "manage/judging/ideas"],
        ),
        case(
            &OrganizerEntryFailed {
                name: "Bo",
                challenge_title: "Cooler streets",
                track_title: "Heat forecast",
                entrant: "Ana Lima",
                file_name: "predictions.csv",
                attempts: 3,
                link: "https://plaza.example/challenges/cool/tracks/heat/entries",
                settings_link: "https://plaza.example/account",
            },
            vec!["Ana Lima", "predictions.csv", "3 times", "tracks/heat/entries"],
        ),
        case(
            &OrganizerDigest {
                name: "Bo",
                period: "on 4 December 2026",
                challenges: &[DigestChallenge {
                    title: "Cooler streets".into(),
                    items: vec![
                        DigestEvent {
                            line: "Ana Lima sent an idea to Ideas.".into(),
                            link: "https://plaza.example/challenges/cool/tracks/ideas/ideas".into(),
                        },
                        DigestEvent {
                            line: "Dee stepped aside from an idea in Ideas.".into(),
                            link: "https://plaza.example/challenges/cool/manage/judging/ideas".into(),
                        },
                    ],
                }],
                settings_link: "https://plaza.example/account",
            },
            vec!["on 4 December 2026", "Cooler streets", "Ana Lima sent an idea to Ideas.", "Dee stepped aside"],
        ),
    ]
}

#[test]
fn every_email_renders_with_what_it_promises_in_both_parts() {
    for (name, mail, must_carry) in cases() {
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
