//! What anyone may read, signed in or not: the list of challenges, a
//! challenge's page and data guide, dataset downloads, leaderboards, the
//! winners, and following a challenge.

pub(crate) mod leaderboard;
pub(crate) mod leaderboard_files;
pub(crate) mod pages;
pub(crate) mod winners;
