//! A resident's form with one optional picture (a data report's photo, a
//! data story's picture): read field by field within bounds, the form's
//! token first, and the picture cleaned of its metadata before anything
//! keeps it.

use axum::extract::Multipart;

use crate::error::AppError;
use crate::extract::upload::read_bounded;

/// The largest picture a resident's form may carry.
pub const MAX_PICTURE_BYTES: usize = 10 * 1024 * 1024;

/// The form as read: its text fields, and the picture's bytes (empty when
/// none was chosen) or `None` when it was larger than [`MAX_PICTURE_BYTES`].
pub(crate) struct PictureForm {
    pub fields: Vec<(String, String)>,
    pub picture: Option<Vec<u8>>,
}

impl PictureForm {
    /// The text field `name`, or empty.
    pub(crate) fn field(&self, name: &str) -> String {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

/// Reads the form: the token (which must come first and match `csrf`), the
/// file field `picture_field` within [`MAX_PICTURE_BYTES`], and each text
/// field within `text_max` bytes (more is refused as too large).
pub(crate) async fn read_picture_form(
    mut multipart: Multipart,
    csrf: &str,
    picture_field: &str,
    text_max: usize,
) -> Result<PictureForm, AppError> {
    let mut token_checked = false;
    let mut form = PictureForm { fields: Vec::new(), picture: Some(Vec::new()) };
    while let Some(mut field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(plaza_i18n::tr_with("data-report-upload-unreadable", &[("error", e.to_string().into())]))
    })? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "csrf_token" {
            let token = read_bounded(&mut field, 200).await?.unwrap_or_default();
            if token.is_empty() || !crate::extract::csrf::same(&token, csrf.as_bytes()) {
                return Err(AppError::CsrfRejected);
            }
            token_checked = true;
            continue;
        }
        // Nothing else is read before the token: a forged form is refused unread.
        if !token_checked {
            return Err(AppError::CsrfRejected);
        }
        if name == picture_field {
            form.picture = read_bounded(&mut field, MAX_PICTURE_BYTES).await?;
            continue;
        }
        let Some(bytes) = read_bounded(&mut field, text_max).await? else {
            return Err(AppError::PayloadTooLarge(plaza_i18n::tr("data-report-field-too-long")));
        };
        if form.fields.len() < 50 {
            form.fields.push((name, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    if !token_checked {
        return Err(AppError::CsrfRejected);
    }
    Ok(form)
}

/// A picture by its first bytes, cleaned of its metadata: the cleaned bytes
/// and their type, or why it was refused (in the reader's words).
pub(crate) async fn clean_picture(bytes: Vec<u8>) -> Result<Result<(Vec<u8>, String), String>, AppError> {
    let Some(content_type) = plaza_core::idea::sniff_attachment(&bytes).filter(|t| t.starts_with("image/")) else {
        return Ok(Err(plaza_i18n::tr("data-report-photo-wrong-kind")));
    };
    let cleaned = plaza_i18n::spawn_blocking(move || {
        plaza_core::attachment::strip_metadata(content_type, &bytes, MAX_PICTURE_BYTES)
    })
    .await
    .map_err(|e| AppError::Internal(format!("cleaning a picture stopped: {e}")))?;
    Ok(cleaned.map(|bytes| (bytes, content_type.to_owned())).map_err(|problem| problem.to_string()))
}

/// Why a picture was not taken: larger than [`MAX_PICTURE_BYTES`].
pub(crate) fn too_large() -> String {
    plaza_i18n::tr_with("data-report-photo-too-large", &[("mb", (MAX_PICTURE_BYTES >> 20).into())])
}
