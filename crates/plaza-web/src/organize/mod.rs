//! What organizers do, mostly under `/challenges/{slug}/manage`: people and
//! invitations, entries and reruns, ideas entered on residents' behalf, the
//! challenge's details and dates, datasets (upload, describe, replace), its
//! tracks and hidden answers, the judging panel and rubric, conflicts,
//! reviews, publishing results, the
//! exports and the challenge as a bundle zip. Site admins' `/admin` (and
//! bundle uploads) and everyone's organizer home `/manage` live here too.

pub(crate) mod assisted;
pub(crate) mod bundles;
pub(crate) mod conflicts;
pub(crate) mod create;
pub(crate) mod data_reports;
pub(crate) mod dataset_form;
pub(crate) mod dataset_upload;
pub(crate) mod datasets;
pub(crate) mod details;
pub(crate) mod entries;
pub(crate) mod exports;
pub(crate) mod home;
pub(crate) mod judging;
pub(crate) mod notices;
pub(crate) mod outreach;
pub(crate) mod panel;
pub(crate) mod paper_scans;
pub(crate) mod people;
pub(crate) mod projects;
pub(crate) mod publish;
pub(crate) mod questions;
pub(crate) mod results_package;
pub(crate) mod review;
pub(crate) mod reviews;
pub(crate) mod rubric;
pub(crate) mod steps;
pub(crate) mod stories;
pub(crate) mod track_settings;
pub(crate) mod tracks;
pub(crate) mod translations;
pub(crate) mod updates;
pub(crate) mod vote;
