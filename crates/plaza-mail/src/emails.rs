//! One struct per email, holding exactly what its templates under
//! `templates/email/<name>/` use, so a forgotten field fails to compile
//! instead of rendering an empty sentence. Render one with
//! [`EmailTemplates::render`](crate::EmailTemplates::render).

use serde::Serialize;

/// Whether a person may opt out of a kind of email.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// Sent because the person asked for it or must act on it (a sign-in
    /// link, an invitation): it has no unsubscribe link.
    Essential,
    /// News a person can turn off: it carries an unsubscribe link when the
    /// recipient has an account to turn it off in.
    Optional,
}

/// An email Plaza sends. Sealed: only the structs of this module, whose
/// templates are embedded, implement it.
pub trait EmailMessage: Serialize + sealed::Sealed {
    /// The folder of its templates under `templates/email/`.
    const TEMPLATE: &'static str;
    const KIND: MailKind;
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// How residents without a computer take part in the email's challenge,
/// said at the end of every email about a challenge (empty: nothing said).
#[derive(Serialize, Default, Clone, Debug, PartialEq, Eq)]
pub struct Offline {
    pub phone: String,
    /// On one line (an address's lines joined by commas).
    pub drop_off_address: String,
}

impl From<&plaza_core::outreach::Outreach> for Offline {
    fn from(outreach: &plaza_core::outreach::Outreach) -> Self {
        Offline {
            phone: outreach.phone.clone(),
            drop_off_address: outreach.drop_off_address.lines().collect::<Vec<_>>().join(", "),
        }
    }
}

/// Ties each struct to its template folder and embeds the templates, so the
/// list of emails is written once.
macro_rules! messages {
    ($($name:literal => $ty:ident, $kind:ident;)*) => {
        $(
            impl sealed::Sealed for $ty<'_> {}
            impl EmailMessage for $ty<'_> {
                const TEMPLATE: &'static str = $name;
                const KIND: MailKind = MailKind::$kind;
            }
        )*

        /// The subject and both bodies of every email, as `(tera name, source)`.
        pub(crate) const SOURCES: &[(&str, &str)] = &[
            $(
                (
                    concat!("email/", $name, "/subject.txt"),
                    include_str!(concat!("../../../templates/email/", $name, "/subject.txt.tera")),
                ),
                (
                    concat!("email/", $name, "/body.txt"),
                    include_str!(concat!("../../../templates/email/", $name, "/body.txt.tera")),
                ),
                (
                    concat!("email/", $name, "/body.html"),
                    include_str!(concat!("../../../templates/email/", $name, "/body.html.tera")),
                ),
            )*
        ];
    };
}

messages! {
    "sign_in" => SignIn, Essential;
    "invitation" => Invitation, Essential;
    "team_invitation" => TeamInvitation, Essential;
    "submission_scored" => SubmissionScored, Optional;
    "idea_received" => IdeaReceived, Essential;
    "idea_confirm" => IdeaConfirm, Essential;
    "judge_reminder" => JudgeReminder, Essential;
    "results_entrant" => ResultsEntrant, Optional;
    "results_follower" => ResultsFollower, Optional;
    "dataset_updated" => DatasetUpdated, Optional;
    "challenge_update" => ChallengeUpdate, Optional;
    "deadline_reminder" => DeadlineReminder, Optional;
    "follow_confirm" => FollowConfirm, Essential;
    "organizer_idea_sent" => OrganizerIdeaSent, Optional;
    "organizer_idea_confirmed" => OrganizerIdeaConfirmed, Optional;
    "organizer_judge_recused" => OrganizerJudgeRecused, Optional;
    "organizer_judging_complete" => OrganizerJudgingComplete, Optional;
    "organizer_entry_failed" => OrganizerEntryFailed, Optional;
    "organizer_digest" => OrganizerDigest, Optional;
    "question_answered" => QuestionAnswered, Optional;
    "data_report_decided" => DataReportDecided, Essential;
}

/// The one-time sign-in link.
#[derive(Serialize)]
pub struct SignIn<'a> {
    pub link: &'a str,
    /// The code to type into the page that asked ("1234 5678").
    pub code: &'a str,
    /// How long the link works.
    pub minutes: i64,
}

/// An invitation to organize or judge a challenge.
#[derive(Serialize)]
pub struct Invitation<'a> {
    pub inviter: &'a str,
    /// The role in lower case ("judge").
    pub role: &'a str,
    /// "a" or "an", to go before `role`.
    pub role_article: &'a str,
    pub role_explanation: &'a str,
    pub challenge_title: &'a str,
    /// The address the invitation is for, which the invitee must sign in with.
    pub email: &'a str,
    pub link: &'a str,
    /// How many days the invitation works.
    pub days: i64,
}

/// An invitation to join a team.
#[derive(Serialize)]
pub struct TeamInvitation<'a> {
    pub inviter: &'a str,
    pub team_name: &'a str,
    pub challenge_title: &'a str,
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// The verdict on a coding entry.
#[derive(Serialize)]
pub struct SubmissionScored<'a> {
    pub file_name: &'a str,
    pub track_title: &'a str,
    pub challenge_title: &'a str,
    /// The verdict's name: the subject tells "ok" apart from the rest.
    pub verdict: &'a str,
    pub verdict_label: &'a str,
    pub explanation: &'a str,
    /// What was wrong, for an entry that was not scored (what the
    /// entrant's page shows; never hidden data).
    pub problems: &'a str,
    pub metric: &'a str,
    /// Empty when there is no public score.
    pub public_score: &'a str,
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// An idea's text as emails copy it: the fields, the titles of the data it
/// uses, and the answers to the track's questions.
#[derive(Serialize)]
pub struct IdeaCopy {
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub proposal: String,
    pub beneficiaries: String,
    /// Titles of the challenge's datasets the idea uses.
    pub datasets: String,
    pub answers: Vec<CopiedAnswer>,
}

/// One answer to a track's question, in an [`IdeaCopy`].
#[derive(Serialize)]
pub struct CopiedAnswer {
    label: String,
    /// The label as a plain-text heading: a colon unless it is a question.
    text_label: String,
    value: String,
}

impl CopiedAnswer {
    pub fn new(label: &str, value: String) -> Self {
        let text_label = if label.ends_with('?') { label.to_owned() } else { format!("{label}:") };
        Self { label: label.to_owned(), text_label, value }
    }
}

/// "We received your idea", with a copy of it.
#[derive(Serialize)]
pub struct IdeaReceived<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub track_title: &'a str,
    /// Until when the idea can be changed.
    pub deadline: &'a str,
    pub link: &'a str,
    #[serde(flatten)]
    pub copy: IdeaCopy,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// Asks a resident to confirm an idea staff typed in for them.
#[derive(Serialize)]
pub struct IdeaConfirm<'a> {
    pub name: &'a str,
    /// Who typed it in, as the start of a sentence.
    pub staff_role: &'a str,
    pub challenge_title: &'a str,
    /// How the idea was given ("a paper form").
    pub channel: &'a str,
    pub link: &'a str,
    #[serde(flatten)]
    pub copy: IdeaCopy,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// Tells a judge how many assigned ideas still wait for their scores.
#[derive(Serialize)]
pub struct JudgeReminder<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub done: usize,
    pub total: usize,
    pub left: usize,
    pub link: &'a str,
}

/// The results, to an entrant of a judged idea, with the judges' feedback.
#[derive(Serialize)]
pub struct ResultsEntrant<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub title: &'a str,
    /// Empty when the idea did not win.
    pub place: &'a str,
    pub reason: &'a str,
    pub feedback: &'a [String],
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// The winners, to a follower of the challenge who did not enter.
#[derive(Serialize)]
pub struct ResultsFollower<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub winners: &'a [Winner<'a>],
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// To a follower of a challenge: a dataset's file was replaced, with the
/// organizers' note of what changed and a link to its data guide.
#[derive(Serialize)]
pub struct DatasetUpdated<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub dataset_title: &'a str,
    pub change_note: &'a str,
    /// Data rows of the new file.
    pub rows: u64,
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// To someone who asked for news of a challenge: the organizers posted an
/// update on carrying out the winning ideas, with its question and a link
/// to answer it, and the ways in without a computer.
#[derive(Serialize)]
pub struct ChallengeUpdate<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub title: &'a str,
    /// The update's text, as the organizers wrote it (Markdown reads as plain text).
    pub body: &'a str,
    pub question: &'a str,
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// To each member of a team that has sent nothing, a day before the
/// challenge closes: the deadline, the team's unsent drafts, and the ways
/// in without a computer. Sent once per challenge.
#[derive(Serialize)]
pub struct DeadlineReminder<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    /// The deadline in the challenge's time zone, named.
    pub closes: &'a str,
    pub team_name: &'a str,
    pub drafts: &'a [String],
    pub link: &'a str,
    /// The challenge's ways in without a computer.
    pub offline: Offline,
}

/// To an address that asked to follow a challenge's news without an
/// account: the link that confirms it (double opt-in).
#[derive(Serialize)]
pub struct FollowConfirm<'a> {
    pub challenge_title: &'a str,
    pub link: &'a str,
}

/// To the person who asked a question, and to the challenge's followers:
/// the organizers answered it.
#[derive(Serialize)]
pub struct QuestionAnswered<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub question: &'a str,
    pub answer: &'a str,
    /// Whether the reader asked it.
    pub asked_by_reader: bool,
    pub link: &'a str,
}

/// To a resident who reported a problem with a dataset: what became of
/// their report, or that their correction is in a new version of the file.
#[derive(Serialize)]
pub struct DataReportDecided<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub dataset_title: &'a str,
    /// Where in the file ("Row 12, column status").
    pub place: &'a str,
    /// What the resident wrote.
    pub problem: &'a str,
    /// `confirmed`, `rejected`, `duplicate` or `published`.
    pub outcome: &'a str,
    /// Rejected reports: why.
    pub reason: &'a str,
    /// Published corrections: the new version's number.
    pub version: u32,
    /// The dataset's public list of reports.
    pub link: &'a str,
}

/// One winning idea in [`ResultsFollower`].
#[derive(Serialize)]
pub struct Winner<'a> {
    pub place: &'a str,
    pub title: &'a str,
    pub reason: &'a str,
}

/// To an organizer: an idea was sent, by a resident or by staff for one.
/// Organizers may see who entered; the subject names no text a user wrote.
#[derive(Serialize)]
pub struct OrganizerIdeaSent<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub track_title: &'a str,
    /// The resident's (or team's) name.
    pub entrant: &'a str,
    /// Who typed it in for the resident; empty when the resident sent it.
    pub staff_name: &'a str,
    /// How staff got it ("on a paper form"); empty when the resident sent it.
    pub channel: &'a str,
    pub idea_title: &'a str,
    /// The track's list of ideas.
    pub link: &'a str,
    /// The account page, where these emails are chosen.
    pub settings_link: &'a str,
}

/// To an organizer: a resident confirmed an idea staff entered for them.
#[derive(Serialize)]
pub struct OrganizerIdeaConfirmed<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub track_title: &'a str,
    pub entrant: &'a str,
    pub idea_title: &'a str,
    pub link: &'a str,
    pub settings_link: &'a str,
}

/// To an organizer: a judge stepped aside from an idea.
#[derive(Serialize)]
pub struct OrganizerJudgeRecused<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub track_title: &'a str,
    pub judge_name: &'a str,
    pub idea_title: &'a str,
    pub reason: &'a str,
    /// Whether another judge was given the idea.
    pub replaced: bool,
    /// The track's judging page.
    pub link: &'a str,
    pub settings_link: &'a str,
}

/// To an organizer: the last outstanding review of a track was saved.
#[derive(Serialize)]
pub struct OrganizerJudgingComplete<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub track_title: &'a str,
    /// How many reviews the track has.
    pub reviews: usize,
    pub link: &'a str,
    pub settings_link: &'a str,
}

/// To an organizer: Plaza gave up scoring a coding entry, for reasons of its own.
#[derive(Serialize)]
pub struct OrganizerEntryFailed<'a> {
    pub name: &'a str,
    pub challenge_title: &'a str,
    pub track_title: &'a str,
    pub entrant: &'a str,
    pub file_name: &'a str,
    pub attempts: i32,
    /// The track's entries page.
    pub link: &'a str,
    pub settings_link: &'a str,
}

/// To an organizer who chose it: one email a day listing what happened.
#[derive(Serialize)]
pub struct OrganizerDigest<'a> {
    pub name: &'a str,
    /// When the events happened, to follow "what happened":
    /// "on 4 December 2026", or "between 3 December 2026 and 4 December 2026".
    pub period: &'a str,
    pub challenges: &'a [DigestChallenge],
    pub settings_link: &'a str,
}

/// One challenge's events in an [`OrganizerDigest`].
#[derive(Serialize)]
pub struct DigestChallenge {
    pub title: String,
    pub items: Vec<DigestEvent>,
}

/// One event in a [`DigestChallenge`].
#[derive(Serialize)]
pub struct DigestEvent {
    pub line: String,
    pub link: String,
}
