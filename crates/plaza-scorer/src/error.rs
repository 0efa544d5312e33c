//! Errors that are Plaza's fault (or the organizer's), never the entrant's:
//! the job is retried, and an entry that cannot be scored does not count
//! against the team's quota.

#[derive(Debug, thiserror::Error)]
pub enum PlatformError {
    #[error("store: {0}")]
    Store(#[from] plaza_store::Error),
    #[error("the hidden answers cannot be used: {0}")]
    Answers(String),
    #[error("the metric cannot be computed: {0}")]
    Metric(String),
    #[error("sandbox: {0}")]
    Sandbox(String),
    #[error("{0}")]
    Missing(String),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, PlatformError>;
