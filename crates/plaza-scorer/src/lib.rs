//! Plaza's scoring pipeline: an entry (a predictions CSV, or a WebAssembly
//! program run in `plaza-sandbox` on each hidden case) is checked against the
//! hidden answers and scored with the track's metric (`plaza-core`).
//!
//! [`pipeline::evaluate`] is the one pipeline; the [`worker`] runs it for
//! queued entries (claiming jobs from the store with a lease and writing each
//! result once), and [`local`] runs it on a bundle folder with no database,
//! for `plaza score`. Workers keep parsed answers in an [`AnswersCache`], so
//! an entry costs parsing its own file. This crate must not depend on the web layer.

pub mod answers_cache;
pub mod error;
pub mod local;
pub mod pipeline;
pub mod worker;

pub use answers_cache::{AnswersCache, AnswersKey};
pub use error::{PlatformError, Result};
pub use pipeline::{CaseData, TrackData, evaluate, parse_answers};
pub use worker::{Scorer, WorkerOptions, run_worker};
