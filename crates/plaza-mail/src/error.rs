//! Mail errors: configuration mistakes are said plainly; delivery errors are
//! kept for the outbox's retry log.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("mail configuration: {0}")]
    Config(String),
    #[error("email template: {0}")]
    Template(String),
    #[error("cannot build the message: {0}")]
    Message(String),
    #[error("delivery failed: {0}")]
    Delivery(String),
}

pub type Result<T> = std::result::Result<T, Error>;
