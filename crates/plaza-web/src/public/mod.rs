//! What anyone may read, signed in or not: the list of challenges, a
//! challenge's page and data guide, dataset downloads, leaderboards, a
//! predictions track's sample file, the winners, and following a challenge.

pub(crate) mod data_reports;
pub(crate) mod follow_email;
pub(crate) mod leaderboard;
pub(crate) mod leaderboard_files;
pub(crate) mod open_data;
pub(crate) mod pages;
pub(crate) mod paper_form;
pub(crate) mod poster;
pub(crate) mod progress;
pub(crate) mod questions;
pub(crate) mod sample_file;
pub(crate) mod stories;
pub(crate) mod vote;
pub(crate) mod winners;
