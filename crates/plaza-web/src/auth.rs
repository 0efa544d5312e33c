//! Who is calling. For now: personal API tokens sent as
//! `Authorization: Bearer plaza_...` to the JSON API.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use plaza_core::User;

use crate::error::{ApiError, AppError};
use crate::state::AppState;

/// A caller authenticated by a bearer token; refuses the request with 401 otherwise.
pub struct ApiUser(pub User);

/// For routes open to everyone: a token is optional, but one that is sent
/// must be valid; a wrong one is refused rather than treated as anonymous.
pub struct CheckedBearer;

async fn bearer_user(parts: &Parts, state: &AppState) -> Result<Option<User>, ApiError> {
    let Some(value) = parts.headers.get(AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value.to_str().map_err(|_| {
        AppError::Unauthorized("the Authorization header is not readable text".into())
    })?;
    let token = value
        .strip_prefix("Bearer ")
        .ok_or_else(|| {
            AppError::Unauthorized(
                "use 'Authorization: Bearer <token>' with a personal API token".into(),
            )
        })?
        .trim();
    match state.store.user_for_token(token).await? {
        Some(user) => Ok(Some(user)),
        None => Err(AppError::Unauthorized(
            "this API token is not valid or has been revoked".into(),
        )
        .into()),
    }
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match bearer_user(parts, state).await? {
            Some(user) => Ok(ApiUser(user)),
            None => Err(AppError::Unauthorized(
                "this request needs a personal API token: send 'Authorization: Bearer <token>'"
                    .into(),
            )
            .into()),
        }
    }
}

impl FromRequestParts<AppState> for CheckedBearer {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        bearer_user(parts, state).await?;
        Ok(CheckedBearer)
    }
}
