//! Plaza's email: one typed struct per message ([`emails`]), rendered with
//! the templates under `templates/email/` (embedded at build time), and the
//! mailers that deliver a rendered [`OutgoingEmail`]: real SMTP, files on
//! disk (the embedded default, so a new user can read their sign-in link with
//! no mail server) and memory (tests only; production refuses it).
//!
//! This crate knows nothing of the database or the web: the store keeps the
//! outbox, the web layer decides what to send.

pub mod emails;
mod error;
mod mailer;
mod templates;

pub use emails::{EmailMessage, MailKind};
pub use error::{Error, Result};
pub use mailer::{MailSettings, Mailer, SmtpSecurity, SmtpSettings, Transport};
pub use plaza_core::OutgoingEmail;
pub use templates::EmailTemplates;
