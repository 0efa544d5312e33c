//! A person's own account: signing in (emailed link or OAuth), signing up,
//! profile, notification settings, API tokens and one-click unsubscribe.

pub mod oauth;
pub(crate) mod profile;
pub(crate) mod sign_in;
