//! Plaza's database migrations, written with sea-orm-migration so that the same
//! steps run on SQLite (the embedded default) and PostgreSQL.
//!
//! Each migration is a file named `mYYYYMMDD_NNNNNN_verb_noun.rs` (the date it
//! was written and a number that only grows) with an `up`
//! and a `down`; a landed migration is never edited, only followed by a new
//! one. This crate depends on nothing of Plaza's own.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_create_core_tables;
mod m20261127_000002_create_accounts;
mod m20261127_000003_create_submissions;
mod m20261130_000004_create_ideas;
mod m20261130_000005_judges_per_idea;
mod m20261204_000300_create_conflict_decisions;
mod m20261204_000400_keep_team_entries;
mod m20261204_000401_create_team_invitations;
mod m20261204_000500_create_idea_versions;
mod m20261205_000100_add_login_token_identity;
mod m20261205_000200_add_challenge_time_zone;
mod m20261205_000400_add_login_token_codes;
mod m20261205_000500_create_challenge_edits;
mod m20261205_000700_create_organizer_notices;
mod m20261205_000800_add_challenge_drafts;
mod m20261205_000900_create_dataset_versions;
mod m20261205_001100_add_user_time_zone;
mod m20261205_001200_create_board_rows;
mod m20261205_001300_create_challenge_outreach;
mod m20261205_001400_create_implementation;
mod m20261205_001500_create_deadline_reminders;
mod m20261205_001600_create_email_followers;
mod m20261205_001700_create_paper_scans;
mod m20261205_001800_create_update_pictures;
mod m20261205_001900_add_locales;
mod m20261205_002000_create_content_translations;
mod m20261205_002100_add_submission_locale;
mod m20261205_002200_add_idea_contact_locale;
mod m20261205_002300_create_challenge_questions;
mod m20261206_002400_create_data_reports;
mod m20261206_002500_create_challenge_partners;
mod m20261206_002600_create_peoples_choice;
mod m20261206_002700_create_data_stories;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_create_core_tables::Migration),
            Box::new(m20261127_000002_create_accounts::Migration),
            Box::new(m20261127_000003_create_submissions::Migration),
            Box::new(m20261130_000004_create_ideas::Migration),
            Box::new(m20261130_000005_judges_per_idea::Migration),
            Box::new(m20261204_000300_create_conflict_decisions::Migration),
            Box::new(m20261204_000400_keep_team_entries::Migration),
            Box::new(m20261204_000401_create_team_invitations::Migration),
            Box::new(m20261204_000500_create_idea_versions::Migration),
            Box::new(m20261205_000100_add_login_token_identity::Migration),
            Box::new(m20261205_000200_add_challenge_time_zone::Migration),
            Box::new(m20261205_000400_add_login_token_codes::Migration),
            Box::new(m20261205_000500_create_challenge_edits::Migration),
            Box::new(m20261205_000700_create_organizer_notices::Migration),
            Box::new(m20261205_000800_add_challenge_drafts::Migration),
            Box::new(m20261205_000900_create_dataset_versions::Migration),
            Box::new(m20261205_001100_add_user_time_zone::Migration),
            Box::new(m20261205_001200_create_board_rows::Migration),
            Box::new(m20261205_001300_create_challenge_outreach::Migration),
            Box::new(m20261205_001400_create_implementation::Migration),
            Box::new(m20261205_001500_create_deadline_reminders::Migration),
            Box::new(m20261205_001600_create_email_followers::Migration),
            Box::new(m20261205_001700_create_paper_scans::Migration),
            Box::new(m20261205_001800_create_update_pictures::Migration),
            Box::new(m20261205_001900_add_locales::Migration),
            Box::new(m20261205_002000_create_content_translations::Migration),
            Box::new(m20261205_002100_add_submission_locale::Migration),
            Box::new(m20261205_002200_add_idea_contact_locale::Migration),
            Box::new(m20261205_002300_create_challenge_questions::Migration),
            Box::new(m20261206_002400_create_data_reports::Migration),
            Box::new(m20261206_002500_create_challenge_partners::Migration),
            Box::new(m20261206_002600_create_peoples_choice::Migration),
            Box::new(m20261206_002700_create_data_stories::Migration),
        ]
    }
}
