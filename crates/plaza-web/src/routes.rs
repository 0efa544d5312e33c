//! The route table: every path, its handler, who may use it and how much
//! body it reads, grouped by who uses it. The router is built from it and the
//! authorization tests walk it.

use axum::Router;
use axum::routing::{get, post};

use crate::account::{profile, sign_in};
use crate::enter::{confirm, idea_files, ideas, submissions, teams};
use crate::judge::{idea_changes, judging};
use crate::organize::{
    assisted, bundles, conflicts, create, dataset_form, datasets, details, entries, exports, outreach, paper_scans,
    people, projects, publish, results_package, review, reviews, track_settings, tracks, translations, updates,
};
use crate::public::{
    data_reports, follow_email, leaderboard, leaderboard_files, open_data, pages, paper_form, poster, progress,
    questions, sample_file, stories, vote, winners,
};
use crate::state::AppState;
use crate::{api, organize};

/// Who may use a route. The router is built from [`ROUTES`], and the
/// authorization tests walk the same table, so no route can be added
/// without saying who may use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Anyone signed in.
    SignedIn,
    /// Organizers of the challenge in the path, and site admins.
    Organizer,
    /// Judges of the challenge in the path.
    Judge,
    /// Organizers of the challenge in the path, site admins, and the
    /// partner organizations (intermediaries) it invited.
    Triager,
    /// Site admins.
    Admin,
    /// Callers with a valid personal API token.
    Token,
}

/// How large a request body a route reads. Every body is bounded before
/// anything reads it: forms are small; only uploads take files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyLimit {
    /// Forms and everything else: [`MAX_FORM_BYTES`].
    Form,
    /// A predictions file or program: [`submissions::MAX_UPLOAD_BYTES`] and the form around it.
    Entry,
    /// An idea's attachment: [`plaza_core::idea::MAX_FILE_BYTES`] and the form around it.
    Attachment,
    /// A challenge's details, whose brief may be long: [`details::DETAILS_FORM_BYTES`].
    Details,
    /// A challenge bundle zip: [`bundles::MAX_BUNDLE_UPLOAD_BYTES`] and the form around it.
    Bundle,
    /// A dataset's CSV file: [`crate::organize::dataset_upload::MAX_DATASET_BYTES`] and the form around it.
    Dataset,
    /// A dataset's description and data dictionary: [`dataset_form::DATASET_FORM_BYTES`].
    DatasetDescription,
    /// An implementation update's Markdown: [`updates::UPDATE_FORM_BYTES`].
    Update,
    /// A data report with its photo: [`data_reports::MAX_PHOTO_BYTES`] and the form around it.
    Report,
    /// A track's hidden files (answers and a case input): twice
    /// [`tracks::MAX_HIDDEN_FILE_BYTES`] and the form around them.
    Hidden,
}

/// The largest form body any route reads (files travel on upload routes only).
pub const MAX_FORM_BYTES: usize = 64 * 1024;

impl BodyLimit {
    /// The most bytes a route with this limit reads from a request body.
    pub const fn bytes(self) -> usize {
        match self {
            BodyLimit::Form => MAX_FORM_BYTES,
            BodyLimit::Entry => submissions::MAX_UPLOAD_BYTES as usize + MAX_FORM_BYTES,
            BodyLimit::Attachment => plaza_core::idea::MAX_FILE_BYTES + MAX_FORM_BYTES,
            BodyLimit::Details => details::DETAILS_FORM_BYTES,
            BodyLimit::Bundle => bundles::MAX_BUNDLE_UPLOAD_BYTES as usize + MAX_FORM_BYTES,
            BodyLimit::Dataset => crate::organize::dataset_upload::MAX_DATASET_BYTES as usize + MAX_FORM_BYTES,
            BodyLimit::DatasetDescription => dataset_form::DATASET_FORM_BYTES,
            BodyLimit::Hidden => 2 * tracks::MAX_HIDDEN_FILE_BYTES as usize + MAX_FORM_BYTES,
            BodyLimit::Update => updates::UPDATE_FORM_BYTES,
            BodyLimit::Report => data_reports::MAX_PHOTO_BYTES + MAX_FORM_BYTES,
        }
    }
}

/// One route: method, path pattern, who may use it and how much body it reads.
#[derive(Debug, Clone, Copy)]
pub struct RouteInfo {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
    pub body: BodyLimit,
}

macro_rules! route_table {
    ($( $method:ident $path:literal => $handler:path, $access:ident $(, $body:ident)?; )*) => {
        /// Every route of the site and API.
        pub const ROUTES: &[RouteInfo] = &[
            $( RouteInfo {
                method: stringify!($method),
                path: $path,
                access: Access::$access,
                body: route_table!(@body $($body)?),
            }, )*
        ];

        pub(crate) fn routes() -> Router<AppState> {
            let router = Router::new();
            $( let router = router.route(
                $path,
                $method($handler).layer(axum::extract::DefaultBodyLimit::max(route_table!(@body $($body)?).bytes())),
            ); )*
            router
        }
    };
    (@body) => { BodyLimit::Form };
    (@body $body:ident) => { BodyLimit::$body };
}

route_table! {
    // public/: anyone may read
    get "/" => pages::list_challenges, Public;
    get "/challenges/{slug}" => pages::show_challenge, Public;
    get "/challenges/{slug}/data/{dataset}" => pages::show_dataset, Public;
    get "/challenges/{slug}/data/{dataset}/download" => pages::download_dataset, Public;
    get "/challenges/{slug}/data/{dataset}/versions/{n}/download" => pages::download_dataset_version, Public;
    get "/challenges/{slug}/tracks/{track}/vote" => vote::show_vote, Public;
    post "/challenges/{slug}/tracks/{track}/vote" => vote::cast_vote, SignedIn;
    get "/challenges/{slug}/open-data.zip" => open_data::open_data, Public;
    get "/challenges/{slug}/data/{dataset}/documentation.md" => stories::documentation, Public;
    get "/challenges/{slug}/data/{dataset}/stories/new" => stories::show_story_form, Public;
    post "/challenges/{slug}/data/{dataset}/stories/new" => stories::tell_story, SignedIn, Report;
    get "/challenges/{slug}/data/{dataset}/stories/{story}/picture" => stories::show_story_picture, Public;
    get "/challenges/{slug}/data/{dataset}/report" => data_reports::show_report_form, Public;
    post "/challenges/{slug}/data/{dataset}/report" => data_reports::send_report, SignedIn, Report;
    get "/challenges/{slug}/data/{dataset}/reports" => data_reports::show_reports, Public;
    get "/challenges/{slug}/data/{dataset}/reports/{report}/photo" => data_reports::show_report_photo, SignedIn;
    get "/static/plaza.css" => pages::stylesheet, Public;
    get "/static/upload.js" => pages::upload_script, Public;
    get "/static/entry-status.js" => pages::entry_status_script, Public;
    get "/healthz" => pages::healthz, Public;
    get "/terms" => pages::show_terms, Public;
    get "/challenges/{slug}/tracks/{track}/leaderboard" => leaderboard::show_leaderboard, Public;
    get "/challenges/{slug}/tracks/{track}/leaderboard.csv" => leaderboard_files::leaderboard_csv, Public;
    get "/challenges/{slug}/tracks/{track}/leaderboard.json" => leaderboard_files::leaderboard_json, Public;
    get "/challenges/{slug}/tracks/{track}/sample.csv" => sample_file::sample_csv, Public;
    get "/challenges/{slug}/winners" => winners::show_winners, Public;
    get "/challenges/{slug}/poster" => poster::show_poster, Public;
    get "/c/{code}" => poster::follow_short_link, Public;
    get "/challenges/{slug}/tracks/{track}/paper-form" => paper_form::show_paper_form, Public;
    get "/challenges/{slug}/progress" => progress::show_progress, Public;
    get "/challenges/{slug}/questions" => questions::show_questions, Public;
    post "/challenges/{slug}/questions" => questions::ask_question, SignedIn;
    post "/challenges/{slug}/feedback" => progress::send_feedback, Public;
    get "/challenges/{slug}/updates.atom" => progress::updates_feed, Public;
    get "/challenges/{slug}/updates/{update}/pictures/{n}" => progress::show_update_picture, Public;
    post "/challenges/{slug}/follow-by-email" => follow_email::request_follow, Public;
    get "/follow/confirm" => follow_email::show_confirm, Public;
    post "/follow/confirm" => follow_email::confirm, Public;
    get "/follow/stop" => follow_email::show_stop, Public;
    post "/follow/stop" => follow_email::stop, Public;
    post "/challenges/{slug}/follow" => winners::follow_challenge, SignedIn;
    post "/challenges/{slug}/unfollow" => winners::unfollow_challenge, SignedIn;

    // account/: signing in and one's own account
    get "/sign-in" => sign_in::show_sign_in, Public;
    post "/sign-in" => sign_in::send_sign_in_link, Public;
    get "/sign-in/check" => sign_in::show_check_email, Public;
    post "/sign-in/code" => sign_in::sign_in_with_code, Public;
    get "/sign-in/link" => sign_in::follow_sign_in_link, Public;
    post "/sign-in/link" => sign_in::sign_in_elsewhere, Public;
    get "/sign-up" => sign_in::show_sign_up, Public;
    post "/sign-up" => sign_in::create_account, Public;
    post "/sign-out" => sign_in::sign_out, Public;
    get "/auth/{provider}" => sign_in::start_oauth, Public;
    get "/auth/{provider}/callback" => sign_in::finish_oauth, Public;
    get "/account" => profile::show_account, SignedIn;
    post "/account/profile" => profile::update_profile, SignedIn;
    post "/account/notifications" => profile::update_notifications, SignedIn;
    post "/account/time-zone" => profile::update_time_zone, SignedIn;
    post "/account/language" => profile::update_language, SignedIn;
    post "/account/organizer-emails" => profile::update_organizer_emails, SignedIn;
    post "/account/terms" => profile::accept_terms, SignedIn;
    post "/account/tokens" => profile::create_token, SignedIn;
    post "/account/tokens/{id}/revoke" => profile::revoke_token, SignedIn;
    post "/account/sign-out-everywhere" => profile::sign_out_everywhere, SignedIn;
    get "/unsubscribe" => profile::show_unsubscribe, Public;
    post "/unsubscribe" => profile::unsubscribe, Public;

    // enter/: teams, entries, ideas, and residents confirming ideas entered for them
    get "/challenges/{slug}/team" => teams::show_team, SignedIn;
    post "/challenges/{slug}/team" => teams::create_team, SignedIn;
    post "/challenges/{slug}/team/settings" => teams::update_team, SignedIn;
    post "/challenges/{slug}/team/link" => teams::new_team_link, SignedIn;
    post "/challenges/{slug}/team/invite" => teams::invite_to_team, SignedIn;
    post "/challenges/{slug}/team/leave" => teams::leave_team, SignedIn;
    post "/challenges/{slug}/team/invitations/cancel" => teams::revoke_invitation, SignedIn;
    get "/teams/join/{token}" => teams::show_join, SignedIn;
    post "/teams/join/{token}" => teams::join_team, SignedIn;
    get "/challenges/{slug}/tracks/{track}" => submissions::show_track, Public;
    post "/challenges/{slug}/tracks/{track}/submissions" => submissions::create_submission, SignedIn, Entry;
    post "/challenges/{slug}/tracks/{track}/selection" => submissions::select_submissions, SignedIn;
    get "/submissions/{id}" => submissions::show_submission, SignedIn;
    get "/submissions/{id}/status" => submissions::submission_status, SignedIn;
    get "/challenges/{slug}/tracks/{track}/ideas/new" => ideas::new_idea, SignedIn;
    post "/challenges/{slug}/tracks/{track}/ideas" => ideas::create_idea, SignedIn;
    get "/ideas/{id}" => ideas::show_idea, SignedIn;
    post "/ideas/{id}" => ideas::update_idea, SignedIn;
    get "/ideas/{id}/edit" => ideas::edit_idea, SignedIn;
    post "/ideas/{id}/withdraw" => ideas::withdraw_idea, SignedIn;
    post "/ideas/{id}/files" => idea_files::upload_idea_file, SignedIn, Attachment;
    get "/ideas/{id}/files/{file}" => idea_files::show_idea_file, SignedIn;
    post "/ideas/{id}/files/{file}/remove" => idea_files::remove_idea_file, SignedIn;
    get "/ideas/confirm/{token}" => confirm::show_confirmation, Public;
    post "/ideas/confirm/{token}" => confirm::confirm_idea, Public;

    // judge/: the judges of the challenge in the path
    get "/challenges/{slug}/judging" => judging::show_queue, Judge;
    get "/challenges/{slug}/judging/conflicts" => judging::show_conflicts, Judge;
    post "/challenges/{slug}/judging/conflicts" => judging::declare_conflicts, Judge;
    get "/challenges/{slug}/judging/ideas/{id}" => judging::show_judge_idea, Judge;
    post "/challenges/{slug}/judging/ideas/{id}" => judging::score_idea, Judge;
    post "/challenges/{slug}/judging/ideas/{id}/undo" => judging::undo_score, Judge;
    post "/challenges/{slug}/judging/ideas/{id}/recuse" => judging::recuse_idea, Judge;
    get "/challenges/{slug}/judging/ideas/{id}/files/{file}" => judging::show_judge_file, Judge;
    post "/challenges/{slug}/judging/ideas/{id}/still-stands" => idea_changes::confirm_scores, Judge;

    // organize/: organizers of the challenge in the path, and site admins
    get "/challenges/{slug}/tracks/{track}/entries" => entries::show_entries, Organizer;
    get "/challenges/{slug}/entries/{id}/file" => entries::download_entry_file, Organizer;
    post "/challenges/{slug}/tracks/{track}/rerun" => entries::rerun_track, Organizer;
    post "/challenges/{slug}/entries/{id}/rerun" => entries::rerun_entry, Organizer;
    post "/challenges/{slug}/entries/{id}/cancel" => entries::cancel_entry, Organizer;
    post "/challenges/{slug}/entries/{id}/disqualify" => entries::disqualify_entry, Organizer;
    get "/challenges/{slug}/tracks/{track}/ideas" => assisted::list_ideas, Organizer;
    get "/challenges/{slug}/tracks/{track}/ideas/assisted" => assisted::new_assisted_idea, Triager;
    post "/challenges/{slug}/tracks/{track}/ideas/assisted" => assisted::create_assisted_idea, Triager;
    post "/challenges/{slug}/ideas/{id}/attest" => assisted::attest_idea, Organizer;
    get "/challenges/{slug}/ideas/{id}/correct" => assisted::show_correction, Organizer;
    post "/challenges/{slug}/ideas/{id}/correct" => assisted::correct_idea, Organizer;
    post "/challenges/{slug}/ideas/{id}/resend" => assisted::resend_confirmation, Organizer;
    post "/challenges/{slug}/ideas/{id}/scan" => paper_scans::upload_scan, Organizer, Attachment;
    get "/challenges/{slug}/ideas/{id}/scan" => paper_scans::show_scan, Organizer;
    get "/challenges/{slug}/manage/judging/{track}" => organize::judging::show_judging, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/rubric" => organize::judging::update_rubric, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/open" => organize::judging::open_judging, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/close" => organize::judging::close_judging, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/remind" => organize::judging::remind_judge, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/decisions" => organize::judging::decide, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/audit.csv" => organize::judging::export_audit, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/results.csv" => organize::judging::export_results, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/scores.csv" => exports::export_scores, Organizer;
    get "/challenges/{slug}/manage/entries.csv" => exports::export_entries, Organizer;
    get "/challenges/{slug}/manage/ideas.csv" => exports::export_ideas, Organizer;
    get "/challenges/{slug}/manage/results.zip" => results_package::results_zip, Organizer;
    post "/challenges/{slug}/manage/publish" => publish::publish_results, Organizer;
    get "/challenges/{slug}/manage/publish" => publish::confirm_publish, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/conflicts" => conflicts::decide_conflict, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/judges/{judge}" => conflicts::show_judge_declaration, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/judges/{judge}" => conflicts::update_judge_declaration, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/reviews" => reviews::show_reviews, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/reviews/hold" => reviews::hold_feedback, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/reviews/release" => reviews::release_feedback, Organizer;
    get "/challenges/{slug}/manage" => people::show_people, Organizer;
    post "/challenges/{slug}/manage/invitations" => people::invite, Organizer;
    post "/challenges/{slug}/manage/invitations/cancel" => people::cancel_invitation, Organizer;
    post "/challenges/{slug}/manage/roles/remove" => people::remove_role, Organizer;
    get "/invitations/{token}" => people::show_invitation, SignedIn;
    post "/invitations/{token}" => people::accept_invitation, SignedIn;
    get "/challenges/{slug}/manage/export.zip" => bundles::export_zip, Organizer;
    get "/challenges/{slug}/manage/details" => details::show_details, Organizer;
    post "/challenges/{slug}/manage/details" => details::update_details, Organizer, Details;
    get "/challenges/{slug}/manage/questions" => organize::questions::show_questions, Organizer;
    post "/challenges/{slug}/manage/questions/{question}" => organize::questions::moderate_question, Organizer, Details;
    get "/challenges/{slug}/manage/vote/{track}" => organize::vote::show_vote, Organizer;
    post "/challenges/{slug}/manage/vote/{track}" => organize::vote::change_vote, Organizer;
    post "/challenges/{slug}/manage/vote/{track}/votes/{vote}" => organize::vote::void_vote, Organizer;
    get "/challenges/{slug}/manage/stories" => organize::stories::show_stories, Triager;
    post "/challenges/{slug}/manage/stories/{story}" => organize::stories::moderate_story, Triager, Details;
    get "/challenges/{slug}/manage/reports" => organize::data_reports::show_reports, Triager;
    post "/challenges/{slug}/manage/reports/{report}" => organize::data_reports::triage_report, Triager, Details;
    post "/challenges/{slug}/manage/datasets/{dataset}/corrections" => organize::data_reports::publish_corrections, Organizer;
    get "/challenges/{slug}/manage/translations" => translations::show_languages, Organizer;
    get "/challenges/{slug}/manage/translations/{lang}" => translations::show_translation, Organizer;
    post "/challenges/{slug}/manage/translations/{lang}" => translations::save_translation, Organizer, Details;
    get "/challenges/{slug}/manage/projects" => projects::show_projects, Organizer;
    post "/challenges/{slug}/manage/projects" => projects::create_project, Organizer;
    post "/challenges/{slug}/manage/statuses" => projects::update_statuses, Organizer;
    get "/challenges/{slug}/manage/projects/{project}" => projects::show_project, Organizer;
    post "/challenges/{slug}/manage/projects/{project}" => projects::update_project, Organizer;
    post "/challenges/{slug}/manage/projects/{project}/milestones" => projects::add_milestone, Organizer;
    post "/challenges/{slug}/manage/milestones/{milestone}" => projects::mark_milestone, Organizer;
    get "/challenges/{slug}/manage/updates" => updates::show_updates, Organizer;
    post "/challenges/{slug}/manage/updates" => updates::post_update, Organizer, Update;
    post "/challenges/{slug}/manage/feedback/{feedback}" => updates::answer_feedback, Organizer;
    get "/challenges/{slug}/manage/outreach" => outreach::show_outreach, Organizer;
    post "/challenges/{slug}/manage/outreach" => outreach::update_outreach, Organizer;
    get "/challenges/{slug}/manage/datasets" => datasets::show_datasets, Organizer;
    post "/challenges/{slug}/manage/datasets" => datasets::upload_dataset, Organizer, Dataset;
    get "/challenges/{slug}/manage/datasets/{dataset}" => dataset_form::show_dataset_form, Organizer;
    post "/challenges/{slug}/manage/datasets/{dataset}" => dataset_form::describe_dataset, Organizer, DatasetDescription;
    post "/challenges/{slug}/manage/datasets/{dataset}/replace" => datasets::replace_dataset, Organizer, Dataset;
    post "/challenges/{slug}/manage/datasets/{dataset}/remove" => dataset_form::remove_dataset, Organizer;
    get "/challenges/{slug}/manage/tracks" => tracks::show_tracks, Organizer;
    post "/challenges/{slug}/manage/tracks" => tracks::add_track, Organizer, Hidden;
    get "/challenges/{slug}/manage/tracks/{track}" => track_settings::show_track, Organizer;
    post "/challenges/{slug}/manage/tracks/{track}" => track_settings::update_track, Organizer;
    post "/challenges/{slug}/manage/tracks/{track}/answers" => track_settings::replace_answers, Organizer, Hidden;
    post "/challenges/{slug}/manage/tracks/{track}/remove" => tracks::remove_track, Organizer;
    get "/challenges/{slug}/manage/review" => review::show_review, Organizer;
    post "/challenges/{slug}/manage/review" => review::publish_challenge, Organizer;
    get "/admin" => people::show_admin, Admin;
    get "/admin/import" => bundles::show_import, Admin;
    post "/admin/import" => bundles::import_zip, Admin, Bundle;
    get "/manage" => organize::home::show_home, SignedIn;
    get "/manage/new" => create::new_challenge, SignedIn;
    post "/manage/new" => create::create_challenge, SignedIn, Details;
    post "/admin/creators" => create::allow_creator, Admin;
    post "/admin/creators/remove" => create::stop_creator, Admin;

    // api/: the JSON API
    get "/api/v1/openapi.json" => api::openapi, Public;
    get "/api/v1/challenges" => api::list_challenges, Public;
    get "/api/v1/challenges/{slug}" => api::show_challenge, Public;
    get "/api/v1/me" => api::show_me, Token;
    post "/api/v1/challenges/{slug}/tracks/{track}/submissions" => api::create_submission, Token, Entry;
    get "/api/v1/submissions/{id}" => api::show_submission, Token;
    get "/api/v1/challenges/{slug}/tracks/{track}/leaderboard" => api::show_leaderboard, Public;
}
