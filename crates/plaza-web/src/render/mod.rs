//! What pages show and how: the embedded templates, view structs built from
//! `plaza-core` types (plain words, dates, sizes), Markdown, idea views.

pub(crate) mod content;
pub(crate) mod idea_view;
pub(crate) mod markdown;
pub(crate) mod notice;
pub(crate) mod qr;
pub(crate) mod templates;
pub(crate) mod views;
