//! Judging an ideas track: which judges review which entry, how their rubric
//! scores become a ranking, and how far the judges agree with one another.
//!
//! Three rules live here, all pure so that the web server, the CLI and an
//! audit replay reach the same answer from the same records. [`assign`] gives
//! every entry the same number of judges, never a judge with a declared
//! conflict, spreads the work as evenly as the conflicts allow and makes the
//! judges' sets overlap so that per-judge normalization compares like with
//! like; it keeps every assignment already made, which is how a recusal is
//! replaced at once. [`aggregate`] turns reviews into weighted rubric scores,
//! optionally z-scored per judge, and ranks the entries that have enough
//! reviews, ties shown as ties. [`interval_alpha`] is Krippendorff's alpha,
//! the agreement reported per criterion. [`Rubric`] is the one set of limits
//! a rubric meets, whether a bundle or the organizers' form gives it.

mod aggregate;
mod agreement;
mod assignment;
mod balance;
mod infeasible;
pub mod names;
pub mod panel;
mod rank;
mod review;
pub mod rubric;

pub use aggregate::{
    Aggregate, AggregateOptions, CriterionAgreement, EntryResult, JudgeStats, ScoreView, Summary, aggregate,
};
pub use agreement::{criterion_alpha, interval_alpha, nominal_alpha};
pub use assignment::assign;
pub use infeasible::{Infeasible, ShortEntry};
pub use rank::{TIE_TOLERANCE, competition_ranks};
pub use review::{Review, ReviewError};
pub use rubric::{
    CriterionDraft, CriterionPart, Rubric, RubricDraft, RubricError, RubricErrors, RubricField, RubricProblem,
};

/// An entry of an ideas track, as the database numbers it.
pub type EntryId = i64;

/// A judge on a track's panel, as the database numbers them.
pub type JudgeId = i64;

/// The lowest and highest score a judge may give on any criterion.
pub const SCORE_RANGE: std::ops::RangeInclusive<u8> = 1..=5;
