//! The records of judging an ideas track: its state, who reviews what, the
//! reviews themselves, winner decisions, and the audit log every change goes
//! through (from which the reviews can be rebuilt exactly).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::challenge::Criterion;
use crate::user::UserId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JudgingStatus {
    /// Organizers prepare the rubric; judges declare conflicts.
    Setup,
    /// Entries are assigned; judges score.
    Open,
    /// Scores are final; organizers pick winners.
    Closed,
}

impl JudgingStatus {
    pub fn name(self) -> &'static str {
        match self {
            JudgingStatus::Setup => "setup",
            JudgingStatus::Open => "open",
            JudgingStatus::Closed => "closed",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [JudgingStatus::Setup, JudgingStatus::Open, JudgingStatus::Closed].into_iter().find(|s| s.name() == input)
    }

    /// In English, for callers that need a fixed text; pages use [`Self::local_label`].
    pub fn label(self) -> &'static str {
        match self {
            JudgingStatus::Setup => "Not started",
            JudgingStatus::Open => "Judging is open",
            JudgingStatus::Closed => "Judging is closed",
        }
    }

    /// In the reader's language: "Not started", "Judging is open", "Judging is closed".
    pub fn local_label(self) -> String {
        plaza_i18n::tr(&format!("core-review-judging-status-{}", self.name()))
    }
}

/// The judging of one ideas track.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackJudging {
    pub track_id: i64,
    pub status: JudgingStatus,
    /// The rubric in force: the bundle's, or the organizers' edit of it.
    pub criteria: Vec<Criterion>,
    /// Entries with fewer reviews are flagged and not ranked.
    pub min_reviews: u32,
    /// How many judges read each entry: the bundle's, or the organizers' edit.
    pub judges_per_entry: u32,
    pub opened_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentStatus {
    Active,
    /// The judge stepped aside from this entry; another judge took it.
    Recused,
}

impl AssignmentStatus {
    pub fn name(self) -> &'static str {
        match self {
            AssignmentStatus::Active => "active",
            AssignmentStatus::Recused => "recused",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [AssignmentStatus::Active, AssignmentStatus::Recused].into_iter().find(|s| s.name() == input)
    }
}

/// One judge asked to review one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub idea_id: i64,
    pub judge: UserId,
    pub status: AssignmentStatus,
    /// Why a judge recused (seen by organizers only).
    pub reason: String,
}

/// A judge's scores (one per criterion, 1 to 5), feedback for the entrant
/// and a note for the organizers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRecord {
    pub idea_id: i64,
    pub judge: UserId,
    pub scores: Vec<u8>,
    pub feedback: String,
    pub private_note: String,
}

/// What the audit log says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Rubric,
    Open,
    Close,
    Reopen,
    Assign,
    Score,
    Edit,
    Undo,
    Recuse,
    Decide,
    Undecide,
    Publish,
    /// An organizer changed a judge's declared ties.
    Declare,
    /// An organizer confirmed that a name that looks alike is a conflict.
    ConfirmConflict,
    /// An organizer decided that a name that looks alike is not a conflict.
    DismissConflict,
    /// An organizer held back a judge's feedback from the entrant.
    Hold,
    /// An organizer let held-back feedback go to the entrant after all.
    Release,
    /// A judge said their scores still stand after the idea changed.
    ConfirmScores,
}

impl EventKind {
    pub const ALL: [EventKind; 18] = [
        EventKind::Rubric,
        EventKind::Open,
        EventKind::Close,
        EventKind::Reopen,
        EventKind::Assign,
        EventKind::Score,
        EventKind::Edit,
        EventKind::Undo,
        EventKind::Recuse,
        EventKind::Decide,
        EventKind::Undecide,
        EventKind::Publish,
        EventKind::Declare,
        EventKind::ConfirmConflict,
        EventKind::DismissConflict,
        EventKind::Hold,
        EventKind::Release,
        EventKind::ConfirmScores,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventKind::Rubric => "rubric",
            EventKind::Open => "open",
            EventKind::Close => "close",
            EventKind::Reopen => "reopen",
            EventKind::Assign => "assign",
            EventKind::Score => "score",
            EventKind::Edit => "edit",
            EventKind::Undo => "undo",
            EventKind::Recuse => "recuse",
            EventKind::Decide => "decide",
            EventKind::Undecide => "undecide",
            EventKind::Publish => "publish",
            EventKind::Declare => "declare",
            EventKind::ConfirmConflict => "confirm_conflict",
            EventKind::DismissConflict => "dismiss_conflict",
            EventKind::Hold => "hold",
            EventKind::Release => "release",
            EventKind::ConfirmScores => "confirm_scores",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == input)
    }
}

/// One line of the audit log. `review` holds the review as it stands after
/// a score, edit or undo (`None`: there is no review any more).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgingEvent {
    pub id: i64,
    pub track_id: i64,
    pub actor: Option<UserId>,
    pub kind: EventKind,
    pub idea_id: Option<i64>,
    pub judge: Option<UserId>,
    pub review: Option<ReviewRecord>,
    /// A plain note: a recusal's or a decision's reason.
    pub note: String,
    pub created_at: DateTime<Utc>,
}

/// The reviews as the audit log says they stand, rebuilt from nothing:
/// every score, edit and undo sets the review of its (entry, judge), and a
/// recusal removes it. Results computed from this equal those from the
/// stored reviews.
pub fn replay_reviews(events: &[JudgingEvent]) -> Vec<ReviewRecord> {
    let mut reviews: BTreeMap<(i64, i64), ReviewRecord> = BTreeMap::new();
    for event in events {
        let (Some(idea), Some(judge)) = (event.idea_id, event.judge) else { continue };
        match event.kind {
            EventKind::Score | EventKind::Edit | EventKind::Undo => match &event.review {
                Some(review) => {
                    reviews.insert((idea, judge.0), review.clone());
                }
                None => {
                    reviews.remove(&(idea, judge.0));
                }
            },
            EventKind::Recuse => {
                reviews.remove(&(idea, judge.0));
            }
            _ => {}
        }
    }
    reviews.into_values().collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Winner,
    RunnerUp,
}

impl Place {
    pub fn name(self) -> &'static str {
        match self {
            Place::Winner => "winner",
            Place::RunnerUp => "runner_up",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        [Place::Winner, Place::RunnerUp].into_iter().find(|p| p.name() == input)
    }

    /// In English: what exported files write. Pages and emails use [`Self::local_label`].
    pub fn label(self) -> &'static str {
        match self {
            Place::Winner => "Winner",
            Place::RunnerUp => "Runner-up",
        }
    }

    /// In the reader's language: "Winner", "Runner-up".
    pub fn local_label(self) -> String {
        plaza_i18n::tr(&format!("core-review-place-{}", self.name()))
    }
}

/// An organizer's pick, with the reason published beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub idea_id: i64,
    pub place: Place,
    pub reason: String,
    pub decided_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

/// An organizer's decision on a name a judge declared that looks like, but
/// is not, a name behind an idea.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictDecision {
    pub judge: UserId,
    pub idea_id: i64,
    /// What the judge declared.
    pub judge_text: String,
    /// What the idea (its entrants, team or declared ties) says.
    pub idea_text: String,
    /// A conflict: the judge never gets the idea. Otherwise dismissed.
    pub conflict: bool,
    pub decided_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

/// A judge's feedback on an idea that organizers hold back from the
/// entrant, with their reason (also in the audit log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackHold {
    pub idea_id: i64,
    pub judge: UserId,
    pub reason: String,
    pub held_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

/// The feedback an idea's entrants read (by email and on the idea's page):
/// every judge's non-empty feedback on it, except what organizers held back.
pub fn entrant_feedback(reviews: &[ReviewRecord], holds: &[FeedbackHold], idea_id: i64) -> Vec<String> {
    reviews
        .iter()
        .filter(|r| r.idea_id == idea_id && !r.feedback.trim().is_empty())
        .filter(|r| !holds.iter().any(|h| h.idea_id == idea_id && h.judge == r.judge))
        .map(|r| r.feedback.clone())
        .collect()
}

/// Checks a judge's scores against the rubric: one whole number from 1 to 5 per criterion.
pub fn check_scores(criteria: &[Criterion], scores: &[Option<u8>]) -> Result<Vec<u8>, String> {
    if scores.len() != criteria.len() {
        return Err(plaza_i18n::tr_with("core-review-score-each-criterion", &[("count", criteria.len().into())]));
    }
    let missing: Vec<&str> =
        criteria.iter().zip(scores).filter(|(_, s)| s.is_none()).map(|(c, _)| c.name.as_str()).collect();
    if !missing.is_empty() {
        return Err(plaza_i18n::tr_with("core-review-choose-a-score", &[("criteria", missing.join(", ").into())]));
    }
    let scores: Vec<u8> = scores.iter().map(|s| s.unwrap_or_default()).collect();
    if let Some((criterion, score)) = criteria.iter().zip(&scores).find(|(_, s)| !(1..=5).contains(*s)) {
        return Err(plaza_i18n::tr_with(
            "core-review-score-out-of-range",
            &[("name", criterion.name.as_str().into()), ("score", (*score).into())],
        ));
    }
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: i64, kind: EventKind, idea: i64, judge: i64, scores: Option<Vec<u8>>) -> JudgingEvent {
        JudgingEvent {
            id,
            track_id: 1,
            actor: Some(UserId(judge)),
            kind,
            idea_id: Some(idea),
            judge: Some(UserId(judge)),
            review: scores.map(|scores| ReviewRecord {
                idea_id: idea,
                judge: UserId(judge),
                scores,
                feedback: String::new(),
                private_note: String::new(),
            }),
            note: String::new(),
            created_at: Utc::now(),
        }
    }

    #[test]
    fn replaying_the_log_gives_the_reviews_as_they_stand() {
        let log = [
            event(1, EventKind::Score, 10, 1, Some(vec![3, 4])),
            event(2, EventKind::Edit, 10, 1, Some(vec![5, 4])),
            event(3, EventKind::Score, 11, 1, Some(vec![2, 2])),
            event(4, EventKind::Undo, 11, 1, None),
            event(5, EventKind::Score, 10, 2, Some(vec![1, 1])),
            event(6, EventKind::Recuse, 10, 2, None),
        ];
        let reviews = replay_reviews(&log);
        assert_eq!(reviews.len(), 1);
        assert_eq!(reviews[0].scores, [5, 4]);
    }

    #[test]
    fn held_back_feedback_never_reaches_the_entrant() {
        let review = |judge: i64, feedback: &str| ReviewRecord {
            idea_id: 10,
            judge: UserId(judge),
            scores: vec![3],
            feedback: feedback.into(),
            private_note: "private".into(),
        };
        let reviews = [review(1, "Lovely."), review(2, "Rude words."), review(3, "  "), review(4, "Costly.")];
        let hold = FeedbackHold {
            idea_id: 10,
            judge: UserId(2),
            reason: "Unkind".into(),
            held_by: Some(UserId(9)),
            created_at: Utc::now(),
        };
        assert_eq!(entrant_feedback(&reviews, std::slice::from_ref(&hold), 10), ["Lovely.", "Costly."]);
        assert_eq!(entrant_feedback(&reviews, &[], 10).len(), 3);
        assert!(entrant_feedback(&reviews, &[hold], 11).is_empty());
    }

    #[test]
    fn every_event_kind_reads_back_from_its_name() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.name()), Some(kind));
        }
    }

    #[test]
    fn scores_need_one_whole_number_from_one_to_five_per_criterion() {
        let criterion =
            |name: &str| Criterion { name: name.into(), weight: 1, description: String::new(), levels: Vec::new() };
        let criteria = [criterion("Impact"), criterion("Cost")];
        assert_eq!(check_scores(&criteria, &[Some(3), Some(5)]), Ok(vec![3, 5]));
        assert_eq!(check_scores(&criteria, &[Some(3), None]), Err("Choose a score for: Cost.".into()));
        assert_eq!(
            check_scores(&criteria, &[Some(3), Some(6)]),
            Err("The score for 'Cost' must be from 1 to 5, not 6.".into())
        );
    }
}
