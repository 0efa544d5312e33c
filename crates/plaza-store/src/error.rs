//! Storage errors. Database and file-system details stay in the message for
//! the log; the web layer shows users a plain sentence instead.

use plaza_core::bundle::Problem;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("blob store error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Config(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    /// Refused by a limit (e.g. invitations to one address per day); the
    /// message is a sentence for the person.
    #[error("{0}")]
    TooMany(String),
    #[error("the bundle has {} problem(s)", .0.len())]
    Bundle(Vec<Problem>),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}

impl From<plaza_core::Error> for Error {
    fn from(err: plaza_core::Error) -> Self {
        Error::Invalid(err.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
