//! What every handler takes from a request before it does anything: the
//! session and its roles, bearer tokens, cookies, CSRF-checked forms and
//! bounded uploads.

pub(crate) mod auth;
pub(crate) mod cookies;
pub(crate) mod csrf;
pub(crate) mod language;
pub(crate) mod paths;
pub(crate) mod picture_form;
pub(crate) mod upload;
