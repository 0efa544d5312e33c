//! A person's own account: signing in (emailed link or OAuth), signing up,
//! profile, notification settings, API tokens, one-click unsubscribe, and
//! the ideas and entries the person has sent.

pub(crate) mod activity;
pub mod oauth;
pub(crate) mod profile;
pub(crate) mod sign_in;
