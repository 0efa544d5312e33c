//! Errors raised when a value from outside (a form, a bundle, a CSV row) does
//! not fit a domain type.

/// A value that could not become a domain type, with a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    InvalidSlug(String),
    #[error("{0}")]
    InvalidEmail(String),
    #[error("{0}")]
    UnknownMetric(String),
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, Error>;
