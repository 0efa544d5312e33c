//! Plaza's scoring pipeline: an entry (a predictions CSV, or a WebAssembly
//! program run in `plaza-sandbox` on each hidden case) is checked against the
//! hidden answers and scored with the track's metric (`plaza-core`).
//!
//! [`pipeline::evaluate`] is the one pipeline; the [`worker`] runs it for
//! queued entries (claiming jobs from the store with a lease and writing each
//! result once), and [`local`] runs it on a bundle folder with no database,
//! for `plaza score`. This crate must not depend on the web layer.

pub mod error;
pub mod local;
pub mod pipeline;
pub mod worker;

pub use error::{PlatformError, Result};
pub use pipeline::{CaseData, TrackData, evaluate};
pub use worker::{Scorer, WorkerOptions, run_worker};
