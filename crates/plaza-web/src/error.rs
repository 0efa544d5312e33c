//! One error type for pages and one for the JSON API. Both log the details
//! of server faults and show the person a plain sentence, never internal text.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Unauthorized(String),
    #[error("you do not have access to this")]
    Forbidden,
    #[error("internal error: {0}")]
    Internal(String),
    /// A page that needs a signed-in person; `next` is where to come back to.
    #[error("sign-in required")]
    SignInRequired { next: String },
    /// A form without a valid CSRF token, or a cross-site write.
    #[error("form refused: CSRF check failed")]
    CsrfRejected,
    #[error("{0}")]
    TooManyRequests(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PayloadTooLarge(String),
}

impl AppError {
    pub fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::SignInRequired { .. } => StatusCode::UNAUTHORIZED,
            AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }

    /// What the person is told.
    fn public_message(&self) -> String {
        match self {
            AppError::NotFound => plaza_i18n::tr("error-not-found"),
            AppError::BadRequest(message)
            | AppError::Unauthorized(message)
            | AppError::TooManyRequests(message)
            | AppError::Conflict(message)
            | AppError::PayloadTooLarge(message) => message.clone(),
            AppError::SignInRequired { .. } => plaza_i18n::tr("error-sign-in-required"),
            AppError::CsrfRejected => plaza_i18n::tr("error-csrf"),
            AppError::Forbidden => plaza_i18n::tr("error-forbidden"),
            AppError::Internal(_) => plaza_i18n::tr("error-internal"),
        }
    }

    /// The error page's title, in the reader's language.
    fn title(&self) -> String {
        plaza_i18n::tr(match self {
            AppError::NotFound => "error-title-not-found",
            AppError::BadRequest(_) => "error-title-did-not-work",
            AppError::Unauthorized(_) => "error-title-sign-in",
            AppError::Forbidden => "error-title-no-access",
            AppError::Internal(_) => "error-title-went-wrong",
            AppError::SignInRequired { .. } => "error-title-sign-in",
            AppError::CsrfRejected => "error-title-form-expired",
            AppError::TooManyRequests(_) => "error-title-wait",
            AppError::Conflict(_) => "error-title-did-not-work",
            AppError::PayloadTooLarge(_) => "error-title-too-large",
        })
    }

    fn log(&self) {
        if let AppError::Internal(details) = self {
            tracing::error!(%details, "request failed");
        }
    }
}

/// A refusal reaches the person as a 4xx with the store's own sentence, so
/// handlers need not match store errors; anything else is a fault: logged,
/// and shown as a plain 500.
impl From<plaza_store::Error> for AppError {
    fn from(err: plaza_store::Error) -> Self {
        use plaza_store::{Error, Refusal};
        match err {
            Error::Refused(Refusal::NotFound(_)) => AppError::NotFound,
            Error::Refused(Refusal::Conflict(message)) => AppError::Conflict(message),
            Error::Refused(Refusal::Invalid(message)) => AppError::BadRequest(message),
            Error::Refused(Refusal::TooMany(message)) => AppError::TooManyRequests(message),
            Error::Bundle(problems) => AppError::BadRequest(plaza_i18n::tr_with(
                "web-bundle-cannot-import",
                &[("problems", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ").into())],
            )),
            err => AppError::Internal(err.to_string()),
        }
    }
}

impl From<tera::Error> for AppError {
    fn from(err: tera::Error) -> Self {
        AppError::Internal(format!("template: {err}"))
    }
}

#[derive(Serialize)]
struct ErrorPage<'a> {
    site_name: &'a str,
    page_title: &'a str,
    status: u16,
    message: &'a str,
    /// The page does not know who is signed in: the header links to the
    /// account page, which asks anyone signed out to sign in.
    error_page: bool,
    languages: Vec<crate::extract::language::LanguageLink>,
}

/// What an error page says, carried on the response until
/// [`render_error_pages`] lays it out with the site's name and templates.
#[derive(Clone)]
struct ErrorPageParts {
    title: String,
    message: String,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        if let AppError::SignInRequired { next } = &self {
            let target = format!("/sign-in?next={}", crate::extract::auth::encode_component(next));
            return axum::response::Redirect::to(&target).into_response();
        }
        let parts = ErrorPageParts { title: self.title(), message: self.public_message() };
        let mut message = Vec::new();
        let _ = tera::escape_html(&parts.message, &mut message);
        // Shown only if the page cannot be laid out (no templates loaded).
        let bare = format!(
            "<!doctype html><html lang=\"en\"><title>{}</title><h1>{}</h1><p>{}</p></html>",
            parts.title,
            parts.title,
            String::from_utf8_lossy(&message)
        );
        let mut response = (self.status_code(), Html(bare)).into_response();
        response.extensions_mut().insert(parts);
        response
    }
}

/// Lays out every error page of the site with its templates and its name
/// (errors are raised far from the state that knows them).
pub(crate) async fn render_error_pages(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let mut response = next.run(request).await;
    let Some(parts) = response.extensions_mut().remove::<ErrorPageParts>() else {
        return response;
    };
    let page = ErrorPage {
        site_name: &state.settings.site_name,
        page_title: &parts.title,
        status: response.status().as_u16(),
        message: &parts.message,
        error_page: true,
        languages: crate::extract::language::switch_for("/"),
    };
    match state.templates.render("error/error.html", &page) {
        Ok(body) => {
            let (mut head, _) = response.into_parts();
            head.headers.remove(axum::http::header::CONTENT_LENGTH);
            Response::from_parts(head, axum::body::Body::from(body))
        }
        Err(err) => {
            tracing::error!(%err, "error page template");
            response
        }
    }
}

/// An error from the JSON API: `{"error": "..."}` with the right status.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(err: E) -> Self {
        ApiError(err.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let message = match &self.0 {
            AppError::NotFound => "not found".to_owned(),
            other => other.public_message(),
        };
        (self.0.status_code(), Json(serde_json::json!({ "error": message }))).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_details_never_reach_the_response() {
        let response = ApiError(AppError::Internal("SELECT * FROM secret_table".into())).into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let page = AppError::Internal("/var/lib/plaza/blobs".into()).public_message();
        assert!(!page.contains("/var/lib"));
    }

    #[test]
    fn store_refusals_become_4xx_with_their_sentence_and_faults_stay_500() {
        use plaza_store::{Error, Refusal};
        let cases = [
            (Refusal::NotFound("no such entry".into()), StatusCode::NOT_FOUND),
            (Refusal::Conflict("Judging is already open.".into()), StatusCode::CONFLICT),
            (Refusal::Invalid("a reason is required".into()), StatusCode::BAD_REQUEST),
            (Refusal::TooMany("try again tomorrow".into()), StatusCode::TOO_MANY_REQUESTS),
        ];
        for (refusal, status) in cases {
            let message = refusal.message().to_owned();
            let err = AppError::from(Error::Refused(refusal));
            assert_eq!(err.status_code(), status);
            if status != StatusCode::NOT_FOUND {
                assert_eq!(err.public_message(), message);
            }
        }
        let fault = AppError::from(Error::Internal("SELECT secret".into()));
        assert_eq!(fault.status_code(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!fault.public_message().contains("SELECT"));
    }
}
