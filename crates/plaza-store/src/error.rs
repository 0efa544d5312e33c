//! Storage errors, in two kinds. A [`Refusal`] is the store saying no to
//! something a person asked for (a name already taken, a limit reached): its
//! message is a sentence for that person, and the web layer shows it with a
//! 4xx status. Everything else is a fault nobody using the site could cause
//! (the database, the disk, a bug): its details go to the log, and the
//! person sees a plain "something went wrong".

use plaza_core::bundle::Problem;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Refused: tell the person why.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// A bundle that cannot be imported, with every problem found; a
    /// refusal too, listed for the organizer who wrote it.
    #[error("the bundle has {} problem(s)", .0.len())]
    Bundle(Vec<Problem>),
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("blob store error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Config(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// A fault in Plaza itself (a value that would not serialize, a task
    /// that panicked): never the person's doing.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Why the store refused a request; each message is a sentence for the
/// person who made it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// What the request names does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The request clashes with the current state (judging already open,
    /// an address already registered).
    #[error("{0}")]
    Conflict(String),
    /// A value the person gave does not fit (an empty name, a reason too long).
    #[error("{0}")]
    Invalid(String),
    /// A limit on how often something may be done was reached.
    #[error("{0}")]
    TooMany(String),
}

impl Refusal {
    /// The sentence for the person.
    pub fn message(&self) -> &str {
        match self {
            Refusal::NotFound(message)
            | Refusal::Conflict(message)
            | Refusal::Invalid(message)
            | Refusal::TooMany(message) => message,
        }
    }
}

impl Error {
    /// Whether this is the person's doing (and its message theirs to read).
    pub fn is_refusal(&self) -> bool {
        matches!(self, Error::Refused(_) | Error::Bundle(_))
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Refusal::NotFound(message.into()).into()
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Refusal::Conflict(message.into()).into()
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Refusal::Invalid(message.into()).into()
    }

    pub(crate) fn too_many(message: impl Into<String>) -> Self {
        Refusal::TooMany(message.into()).into()
    }

    /// A value that would not serialize to JSON for a column.
    pub(crate) fn encode(what: &str, err: serde_json::Error) -> Self {
        Error::Internal(format!("{what}: {err}"))
    }
}

/// A value from a form that does not fit a domain type: the person's to fix.
impl From<plaza_core::Error> for Error {
    fn from(err: plaza_core::Error) -> Self {
        Error::invalid(err.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
