//! sea-orm entities, one module per table, in the shape sea-orm-cli generates
//! from the migrated schema. Repositories turn them into `plaza-core` types;
//! nothing outside this crate sees them.

pub mod api_tokens;
pub mod assignments;
pub mod challenge_edits;
pub mod challenge_files;
pub mod challenge_roles;
pub mod challenges;
pub mod conflict_decisions;
pub mod dataset_versions;
pub mod datasets;
pub mod decisions;
pub mod feedback_holds;
pub mod followers;
pub mod idea_files;
pub mod idea_versions;
pub mod ideas;
pub mod identities;
pub mod invitations;
pub mod jobs;
pub mod judge_declarations;
pub mod judging_complete_notices;
pub mod judging_events;
pub mod login_tokens;
pub mod organizer_digest_items;
pub mod organizer_notice_prefs;
pub mod outbox;
pub mod rate_events;
pub mod reviews;
pub mod sessions;
pub mod submissions;
pub mod team_invitations;
pub mod team_members;
pub mod teams;
pub mod track_judging;
pub mod tracks;
pub mod users;
