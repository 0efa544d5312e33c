//! Plaza's web layer: the axum router, the server-rendered pages (tera
//! templates from the repository's `templates/` folder, embedded at build
//! time), sign-in and accounts, and the JSON API.
//!
//! Handlers talk to `plaza-store` and render `plaza-core` types; they never
//! import sea-orm. Pages work without JavaScript. This crate must not depend
//! on the CLI or on how the process is configured: it receives its settings.

mod account;
mod api;
mod assisted;
pub mod auth;
mod cookies;
mod csrf;
pub mod error;
mod feedback_manage;
mod idea_changes;
mod idea_files;
mod idea_form;
mod idea_view;
mod ideas;
mod judging;
mod judging_checks;
mod judging_manage;
mod judging_rubric;
mod leaderboard;
mod manage;
mod markdown;
pub mod oauth;
pub mod outbox;
mod pages;
mod panel;
mod results;
pub mod server;
mod sign_in;
mod state;
mod submissions;
mod teams;
mod templates;
mod upload;
mod views;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, AppError};
pub use oauth::{ProviderConfig, ProviderKind, Providers};
pub use server::{ServerLimits, serve};
pub use state::{AppState, WebSettings};
pub use templates::Templates;

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

        fn routes() -> Router<AppState> {
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
    get "/" => pages::list_challenges, Public;
    get "/challenges/{slug}" => pages::show_challenge, Public;
    get "/challenges/{slug}/data/{dataset}" => pages::show_dataset, Public;
    get "/challenges/{slug}/data/{dataset}/download" => pages::download_dataset, Public;
    get "/static/plaza.css" => pages::stylesheet, Public;
    get "/healthz" => pages::healthz, Public;
    get "/terms" => pages::show_terms, Public;

    get "/sign-in" => sign_in::show_sign_in, Public;
    post "/sign-in" => sign_in::send_sign_in_link, Public;
    get "/sign-in/link" => sign_in::follow_sign_in_link, Public;
    get "/sign-up" => sign_in::show_sign_up, Public;
    post "/sign-up" => sign_in::create_account, Public;
    post "/sign-out" => sign_in::sign_out, Public;
    get "/auth/{provider}" => sign_in::start_oauth, Public;
    get "/auth/{provider}/callback" => sign_in::finish_oauth, Public;

    get "/account" => account::show_account, SignedIn;
    post "/account/profile" => account::update_profile, SignedIn;
    post "/account/notifications" => account::update_notifications, SignedIn;
    post "/account/terms" => account::accept_terms, SignedIn;
    post "/account/tokens" => account::create_token, SignedIn;
    post "/account/tokens/{id}/revoke" => account::revoke_token, SignedIn;
    post "/account/sign-out-everywhere" => account::sign_out_everywhere, SignedIn;
    get "/unsubscribe" => account::show_unsubscribe, Public;
    post "/unsubscribe" => account::unsubscribe, Public;

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
    get "/challenges/{slug}/tracks/{track}/leaderboard" => leaderboard::show_leaderboard, Public;
    get "/submissions/{id}" => submissions::show_submission, SignedIn;
    get "/challenges/{slug}/tracks/{track}/entries" => submissions::show_entries, Organizer;
    post "/challenges/{slug}/tracks/{track}/rerun" => submissions::rerun_track, Organizer;
    post "/challenges/{slug}/entries/{id}/rerun" => submissions::rerun_entry, Organizer;
    post "/challenges/{slug}/entries/{id}/cancel" => submissions::cancel_entry, Organizer;
    post "/challenges/{slug}/entries/{id}/disqualify" => submissions::disqualify_entry, Organizer;

    get "/challenges/{slug}/tracks/{track}/ideas/new" => ideas::new_idea, SignedIn;
    post "/challenges/{slug}/tracks/{track}/ideas" => ideas::create_idea, SignedIn;
    get "/ideas/{id}" => ideas::show_idea, SignedIn;
    post "/ideas/{id}" => ideas::update_idea, SignedIn;
    get "/ideas/{id}/edit" => ideas::edit_idea, SignedIn;
    post "/ideas/{id}/withdraw" => ideas::withdraw_idea, SignedIn;
    post "/ideas/{id}/files" => idea_files::upload_idea_file, SignedIn, Attachment;
    get "/ideas/{id}/files/{file}" => idea_files::show_idea_file, SignedIn;
    post "/ideas/{id}/files/{file}/remove" => idea_files::remove_idea_file, SignedIn;
    get "/ideas/confirm/{token}" => assisted::show_confirmation, Public;
    post "/ideas/confirm/{token}" => assisted::confirm_idea, Public;
    get "/challenges/{slug}/tracks/{track}/ideas" => assisted::list_ideas, Organizer;
    get "/challenges/{slug}/tracks/{track}/ideas/assisted" => assisted::new_assisted_idea, Organizer;
    post "/challenges/{slug}/tracks/{track}/ideas/assisted" => assisted::create_assisted_idea, Organizer;
    post "/challenges/{slug}/ideas/{id}/attest" => assisted::attest_idea, Organizer;
    get "/challenges/{slug}/ideas/{id}/correct" => assisted::show_correction, Organizer;
    post "/challenges/{slug}/ideas/{id}/correct" => assisted::correct_idea, Organizer;
    post "/challenges/{slug}/ideas/{id}/resend" => assisted::resend_confirmation, Organizer;

    get "/challenges/{slug}/judging" => judging::show_queue, Judge;
    get "/challenges/{slug}/judging/conflicts" => judging::show_conflicts, Judge;
    post "/challenges/{slug}/judging/conflicts" => judging::declare_conflicts, Judge;
    get "/challenges/{slug}/judging/ideas/{id}" => judging::show_judge_idea, Judge;
    post "/challenges/{slug}/judging/ideas/{id}" => judging::score_idea, Judge;
    post "/challenges/{slug}/judging/ideas/{id}/undo" => judging::undo_score, Judge;
    post "/challenges/{slug}/judging/ideas/{id}/recuse" => judging::recuse_idea, Judge;
    get "/challenges/{slug}/judging/ideas/{id}/files/{file}" => judging::show_judge_file, Judge;
    post "/challenges/{slug}/judging/ideas/{id}/still-stands" => idea_changes::confirm_scores, Judge;

    get "/challenges/{slug}/manage/judging/{track}" => judging_manage::show_judging, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/rubric" => judging_manage::update_rubric, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/open" => judging_manage::open_judging, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/close" => judging_manage::close_judging, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/remind" => judging_manage::remind_judge, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/decisions" => judging_manage::decide, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/audit.csv" => judging_manage::export_audit, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/results.csv" => judging_manage::export_results, Organizer;
    post "/challenges/{slug}/manage/publish" => results::publish_results, Organizer;
    get "/challenges/{slug}/winners" => results::show_winners, Public;
    post "/challenges/{slug}/follow" => results::follow_challenge, SignedIn;
    post "/challenges/{slug}/unfollow" => results::unfollow_challenge, SignedIn;
    get "/challenges/{slug}/manage/publish" => results::confirm_publish, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/conflicts" => judging_checks::decide_conflict, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/judges/{judge}" => judging_checks::show_judge_declaration, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/judges/{judge}" => judging_checks::update_judge_declaration, Organizer;
    get "/challenges/{slug}/manage/judging/{track}/reviews" => feedback_manage::show_reviews, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/reviews/hold" => feedback_manage::hold_feedback, Organizer;
    post "/challenges/{slug}/manage/judging/{track}/reviews/release" => feedback_manage::release_feedback, Organizer;

    get "/challenges/{slug}/manage" => manage::show_people, Organizer;
    post "/challenges/{slug}/manage/invitations" => manage::invite, Organizer;
    post "/challenges/{slug}/manage/invitations/cancel" => manage::cancel_invitation, Organizer;
    post "/challenges/{slug}/manage/roles/remove" => manage::remove_role, Organizer;
    get "/invitations/{token}" => manage::show_invitation, SignedIn;
    post "/invitations/{token}" => manage::accept_invitation, SignedIn;
    get "/admin" => manage::show_admin, Admin;

    get "/api/v1/challenges" => api::list_challenges, Public;
    get "/api/v1/challenges/{slug}" => api::show_challenge, Public;
    get "/api/v1/me" => api::show_me, Token;
    post "/api/v1/challenges/{slug}/tracks/{track}/submissions" => api::create_submission, Token, Entry;
    get "/api/v1/submissions/{id}" => api::show_submission, Token;
    get "/api/v1/challenges/{slug}/tracks/{track}/leaderboard" => api::show_leaderboard, Public;
}

/// Every `{id}`, `{file}` and `{judge}` in a path names a stored row: anything that is
/// not a positive number a row can have is "not found" before any handler
/// runs (never a 500 from a conversion deep in the store).
async fn ids_in_range(
    params: axum::extract::RawPathParams,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let out_of_range = params
        .iter()
        .filter(|(name, _)| matches!(*name, "id" | "file" | "judge"))
        .any(|(_, value)| !value.parse::<i32>().is_ok_and(|id| id > 0));
    if out_of_range {
        if request.uri().path().starts_with("/api/") {
            return ApiError::from(AppError::NotFound).into_response();
        }
        return AppError::NotFound.into_response();
    }
    next.run(request).await
}

/// The whole site: pages, downloads, sign-in, accounts, the JSON API and
/// health checks. `main` and every test use this same router.
pub fn build_router(state: AppState) -> Router {
    routes()
        .route_layer(axum::middleware::from_fn(ids_in_range))
        .fallback(pages::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), csrf::layer))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            ),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
