//! An email ready to send: rendered by the mail crate, written to the outbox
//! by the store in the same transaction as the event that causes it.

use serde::{Deserialize, Serialize};

use crate::user::Email;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingEmail {
    pub to: Email,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The unsubscribe URL of non-essential mail; `None` for mail a person
    /// cannot opt out of (sign-in links, invitations they asked for).
    pub list_unsubscribe: Option<String>,
}
