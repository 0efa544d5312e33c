//! What needs an organizer's attention on a challenge, for the organizer
//! home: ideas waiting for a resident's confirmation, judges behind, winners
//! to pick, results to publish, entries Plaza failed to score. Pure: the
//! store counts, these rules decide what is worth saying.

use plaza_i18n::{tr, tr_with};

use crate::challenge::TrackKind;
use crate::entry_list::thousands;
use crate::review::JudgingStatus;
use crate::timeline::ChallengeStatus;

/// What the store counted about one track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackFacts {
    pub slug: String,
    pub title: String,
    pub kind: TrackKind,
    /// Ideas tracks: where judging stands.
    pub judging: Option<JudgingStatus>,
    /// Active assignments (of ideas not withdrawn) without a review yet.
    pub reviews_missing: u64,
    /// Judges with at least one of those.
    pub judges_behind: u64,
    /// Winner and runner-up decisions made.
    pub decisions: u64,
    /// Coding tracks: entries that ended `failed` (Plaza's own fault).
    pub failed_entries: u64,
    /// Ideas tracks with an open people's choice vote: votes with a
    /// warning sign, not set aside.
    pub flagged_votes: u64,
}

/// What the store counted about one challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeFacts {
    pub status: ChallengeStatus,
    /// Ideas staff entered for residents, not withdrawn, still waiting for
    /// the resident to follow the confirmation link.
    pub ideas_unconfirmed: u64,
    /// Residents' questions not yet published or declined, or published
    /// without an answer.
    pub questions_waiting: u64,
    /// Residents' reports about the data nobody checked yet, and confirmed
    /// corrections not yet published in a new version of a file.
    pub reports_waiting: u64,
    pub corrections_ready: u64,
    /// Residents' stories about the data nobody read yet.
    pub stories_waiting: u64,
    pub tracks: Vec<TrackFacts>,
}

/// One thing an organizer should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attention {
    IdeasToConfirm { ideas: u64 },
    QuestionsWaiting { questions: u64 },
    ReportsWaiting { reports: u64 },
    CorrectionsReady { corrections: u64 },
    StoriesWaiting { stories: u64 },
    VotesFlagged { track: String, title: String, votes: u64 },
    JudgesBehind { track: String, title: String, judges: u64, reviews: u64 },
    WinnersToPick { track: String, title: String },
    ResultsToPublish,
    FailedEntries { track: String, title: String, entries: u64 },
}

impl Attention {
    /// One plain sentence, in the reader's language.
    pub fn sentence(&self) -> String {
        match self {
            Attention::IdeasToConfirm { ideas } => tr_with(
                "core-attention-ideas-to-confirm",
                &[("count", (*ideas).into()), ("shown", thousands(*ideas).into())],
            ),
            Attention::JudgesBehind { title, judges, reviews, .. } => tr_with(
                "core-attention-judges-behind",
                &[
                    ("title", title.as_str().into()),
                    ("judges", (*judges).into()),
                    ("judges_shown", thousands(*judges).into()),
                    ("reviews", (*reviews).into()),
                    ("reviews_shown", thousands(*reviews).into()),
                ],
            ),
            Attention::WinnersToPick { title, .. } => {
                tr_with("core-attention-winners-to-pick", &[("title", title.as_str().into())])
            }
            Attention::ResultsToPublish => tr("core-attention-results-to-publish"),
            Attention::QuestionsWaiting { questions } => {
                tr_with("qa-attention", &[("count", (*questions).into()), ("shown", thousands(*questions).into())])
            }
            Attention::ReportsWaiting { reports } => tr_with(
                "data-report-attention-waiting",
                &[("count", (*reports).into()), ("shown", thousands(*reports).into())],
            ),
            Attention::CorrectionsReady { corrections } => tr_with(
                "data-report-attention-ready",
                &[("count", (*corrections).into()), ("shown", thousands(*corrections).into())],
            ),
            Attention::StoriesWaiting { stories } => {
                tr_with("story-attention", &[("count", (*stories).into()), ("shown", thousands(*stories).into())])
            }
            Attention::VotesFlagged { title, votes, .. } => tr_with(
                "vote-attention",
                &[("title", title.as_str().into()), ("count", (*votes).into()), ("shown", thousands(*votes).into())],
            ),
            Attention::FailedEntries { title, entries, .. } => tr_with(
                "core-attention-failed-entries",
                &[
                    ("title", title.as_str().into()),
                    ("entries", (*entries).into()),
                    ("entries_shown", thousands(*entries).into()),
                ],
            ),
        }
    }
}

/// Everything that needs attention on a challenge, most pressing first
/// within each kind's natural order: residents, judges, winners, results,
/// then failed entries.
pub fn needs_attention(facts: &ChallengeFacts) -> Vec<Attention> {
    let mut items = Vec::new();
    if facts.ideas_unconfirmed > 0 {
        items.push(Attention::IdeasToConfirm { ideas: facts.ideas_unconfirmed });
    }
    if facts.questions_waiting > 0 {
        items.push(Attention::QuestionsWaiting { questions: facts.questions_waiting });
    }
    if facts.reports_waiting > 0 {
        items.push(Attention::ReportsWaiting { reports: facts.reports_waiting });
    }
    if facts.corrections_ready > 0 {
        items.push(Attention::CorrectionsReady { corrections: facts.corrections_ready });
    }
    if facts.stories_waiting > 0 {
        items.push(Attention::StoriesWaiting { stories: facts.stories_waiting });
    }
    for track in facts.tracks.iter().filter(|t| t.flagged_votes > 0) {
        items.push(Attention::VotesFlagged {
            track: track.slug.clone(),
            title: track.title.clone(),
            votes: track.flagged_votes,
        });
    }
    for track in facts.tracks.iter().filter(|t| t.kind == TrackKind::Ideas) {
        if track.judging == Some(JudgingStatus::Open) && track.reviews_missing > 0 {
            items.push(Attention::JudgesBehind {
                track: track.slug.clone(),
                title: track.title.clone(),
                judges: track.judges_behind,
                reviews: track.reviews_missing,
            });
        }
    }
    for track in facts.tracks.iter().filter(|t| t.kind == TrackKind::Ideas) {
        if track.judging == Some(JudgingStatus::Closed) && track.decisions == 0 {
            items.push(Attention::WinnersToPick { track: track.slug.clone(), title: track.title.clone() });
        }
    }
    if facts.status == ChallengeStatus::Closed {
        items.push(Attention::ResultsToPublish);
    }
    for track in facts.tracks.iter().filter(|t| t.kind != TrackKind::Ideas) {
        if track.failed_entries > 0 {
            items.push(Attention::FailedEntries {
                track: track.slug.clone(),
                title: track.title.clone(),
                entries: track.failed_entries,
            });
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ideas_track(judging: JudgingStatus, missing: u64, judges: u64, decisions: u64) -> TrackFacts {
        TrackFacts {
            slug: "ideas".into(),
            title: "Ideas".into(),
            kind: TrackKind::Ideas,
            judging: Some(judging),
            reviews_missing: missing,
            judges_behind: judges,
            decisions,
            failed_entries: 0,
            flagged_votes: 0,
        }
    }

    fn coding_track(failed: u64) -> TrackFacts {
        TrackFacts {
            slug: "predict".into(),
            title: "Predict".into(),
            kind: TrackKind::Predictions,
            judging: None,
            reviews_missing: 0,
            judges_behind: 0,
            decisions: 0,
            failed_entries: failed,
            flagged_votes: 0,
        }
    }

    fn facts(status: ChallengeStatus, unconfirmed: u64, tracks: Vec<TrackFacts>) -> ChallengeFacts {
        ChallengeFacts {
            status,
            ideas_unconfirmed: unconfirmed,
            questions_waiting: 0,
            reports_waiting: 0,
            corrections_ready: 0,
            stories_waiting: 0,
            tracks,
        }
    }

    #[test]
    fn a_quiet_challenge_needs_nothing() {
        let quiet = facts(ChallengeStatus::Open, 0, vec![ideas_track(JudgingStatus::Setup, 0, 0, 0), coding_track(0)]);
        assert!(needs_attention(&quiet).is_empty());
        let published = facts(ChallengeStatus::ResultsPublished, 0, vec![ideas_track(JudgingStatus::Closed, 0, 0, 2)]);
        assert!(needs_attention(&published).is_empty());
    }

    #[test]
    fn each_condition_raises_its_item_with_counts() {
        let busy = facts(ChallengeStatus::Closed, 2, vec![ideas_track(JudgingStatus::Open, 5, 2, 0), coding_track(3)]);
        let items = needs_attention(&busy);
        assert_eq!(
            items,
            vec![
                Attention::IdeasToConfirm { ideas: 2 },
                Attention::JudgesBehind { track: "ideas".into(), title: "Ideas".into(), judges: 2, reviews: 5 },
                Attention::ResultsToPublish,
                Attention::FailedEntries { track: "predict".into(), title: "Predict".into(), entries: 3 },
            ]
        );
        assert_eq!(items[0].sentence(), "2 ideas entered for residents are waiting for the resident's confirmation.");
        assert_eq!(items[1].sentence(), "Ideas: 2 judges have still to do 5 reviews.");
        assert!(items[3].sentence().starts_with("Predict: 3 entries could not be scored"));
    }

    #[test]
    fn winners_are_to_pick_only_once_judging_closed_and_none_is_picked() {
        let closed = facts(ChallengeStatus::Open, 0, vec![ideas_track(JudgingStatus::Closed, 0, 0, 0)]);
        assert_eq!(
            needs_attention(&closed),
            vec![Attention::WinnersToPick { track: "ideas".into(), title: "Ideas".into() }]
        );
        let picked = facts(ChallengeStatus::Open, 0, vec![ideas_track(JudgingStatus::Closed, 0, 0, 1)]);
        assert!(needs_attention(&picked).is_empty());
        let still_open = facts(ChallengeStatus::Open, 0, vec![ideas_track(JudgingStatus::Open, 0, 0, 0)]);
        assert!(needs_attention(&still_open).is_empty(), "open judging with every review done is fine");
    }

    #[test]
    fn one_of_a_kind_reads_in_the_singular() {
        assert_eq!(
            Attention::JudgesBehind { track: "t".into(), title: "T".into(), judges: 1, reviews: 1 }.sentence(),
            "T: 1 judge has still to do 1 review."
        );
        assert!(Attention::IdeasToConfirm { ideas: 1 }.sentence().starts_with("1 idea entered for residents is"));
    }
}
