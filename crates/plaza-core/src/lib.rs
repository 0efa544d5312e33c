//! Plaza's domain: challenges, datasets, tracks, timelines, users and teams, the
//! challenge bundle format and the pure rules that check it.
//!
//! This crate is the vocabulary every other Plaza crate speaks. It does no I/O of
//! its own (callers hand it bytes and the current time), and it must never
//! depend on axum, sea-orm, tokio or any other web, database or async crate, so
//! that its rules can be tested in isolation and reused by the CLI, the web
//! server and the scoring workers alike.

pub mod attachment;
pub mod attention;
pub mod bundle;
pub mod challenge;
pub mod challenge_edit;
pub mod content;
pub mod csv_export;
pub mod data_report;
pub mod dataset_edit;
pub mod email;
pub mod entry_list;
pub mod error;
pub mod exports;
pub mod idea;
pub mod implementation;
pub mod judging;
pub mod metric;
pub mod metrics;
pub mod organizer_notice;
pub mod outreach;
pub mod partner;
pub mod publish;
pub mod publish_check;
pub mod qa;
pub mod review;
pub mod scoring;
pub mod sign_in_code;
pub mod slug;
pub mod sniff;
pub mod story;
pub mod submission;
pub mod text_diff;
pub mod timeline;
pub mod track_edit;
pub mod user;
pub mod verdict;
pub mod vote;

pub use challenge::{
    BlobRef, CaseFiles, Challenge, Column, ColumnType, Criterion, Dataset, Limits, Question, QuestionKind, Track,
    TrackKind, TrackSettings,
};
pub use email::OutgoingEmail;
pub use error::{Error, Result};
pub use idea::{Affiliations, AssistChannel, Confirmation, Idea, IdeaFields, IdeaFile, IdeaStatus, NearName};
pub use metric::Metric;
pub use organizer_notice::{NoticeKind, NoticePrefs};
pub use review::{
    Assignment, AssignmentStatus, ConflictDecision, Decision, EventKind, FeedbackHold, JudgingEvent, JudgingStatus,
    Place, ReviewRecord, TrackJudging,
};
pub use slug::Slug;
pub use submission::{Board, BoardEntry, BoardRow, CaseResult, Standing, Submission, SubmissionStatus};
pub use timeline::{ChallengeStatus, Timeline, Zone};
pub use user::{ChallengeRole, Email, Team, TeamId, TeamMember, TokenScope, User, UserId};
pub use verdict::Verdict;
