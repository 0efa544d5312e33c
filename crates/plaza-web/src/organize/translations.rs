//! A challenge's own words in other languages, in the browser: organizers
//! translate its title, summary, brief, datasets' descriptions and tracks'
//! questions into each language the site speaks (`plaza_core::content`).
//! Residents then read them in their language; what is not translated is
//! shown as written, with a note.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use plaza_core::content::{self, Field, Translations};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{ChallengeOrganizer, PageContext};
use crate::extract::csrf::CsrfForm;
use crate::organize::details::{DETAILS_FORM_BYTES, SavedQuery};
use crate::render::views::ChallengeView;
use crate::state::AppState;

/// Form fields carry this before a piece's key (`t:challenge.title`).
const FIELD_PREFIX: &str = "t:";

#[derive(Serialize)]
struct LanguageRow {
    code: &'static str,
    name: String,
    translated: usize,
    url: String,
}

#[derive(Serialize)]
struct LanguagesPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    /// The language the challenge is written in, in its own words.
    written_in: String,
    total: usize,
    /// Not `languages`: that is the footer's language switch.
    targets: Vec<LanguageRow>,
}

/// `GET /challenges/{slug}/manage/translations`: the languages there are,
/// and how much of the challenge is translated into each.
pub(crate) async fn show_languages(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
) -> Result<Response, AppError> {
    let challenge = &organizer.challenge;
    let fields = challenge_fields(&state, challenge).await?;
    let counts = state.store.content_languages(challenge.id).await?;
    let written_in = plaza_i18n::default_language();
    let targets = plaza_i18n::languages()
        .filter(|l| l.code != written_in)
        .map(|l| {
            let translated = translations_count(&counts, l.code);
            LanguageRow {
                code: l.code,
                name: l.name.clone(),
                translated,
                url: format!("/challenges/{}/manage/translations/{}", challenge.slug, l.code),
            }
        })
        .collect();
    let page = LanguagesPage {
        page: organizer.current.viewer().page(
            &state,
            plaza_i18n::tr_with("organize-translations-title", &[("name", challenge.title.as_str().into())]),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        written_in: language_name(written_in),
        total: fields.len(),
        targets,
    };
    Ok(Html(state.templates.render("pages/organize/translations.html", &page)?).into_response())
}

fn translations_count(counts: &[(String, usize)], code: &str) -> usize {
    counts.iter().find(|(language, _)| language == code).map_or(0, |(_, count)| *count)
}

fn language_name(code: &str) -> String {
    plaza_i18n::languages().find(|l| l.code == code).map_or_else(|| code.to_owned(), |l| l.name.clone())
}

async fn challenge_fields(state: &AppState, challenge: &plaza_core::Challenge) -> Result<Vec<Field>, AppError> {
    let datasets = state.store.datasets(challenge.id).await?;
    let tracks = state.store.tracks(challenge.id).await?;
    Ok(content::fields(challenge, &datasets, &tracks))
}

/// The language of the path: one the site speaks, other than the one
/// challenges are written in.
fn path_language(tag: &str) -> Result<&'static str, AppError> {
    match plaza_i18n::find(tag) {
        Some(code) if code == tag && code != plaza_i18n::default_language() => Ok(code),
        _ => Err(AppError::NotFound),
    }
}

#[derive(Serialize)]
struct FieldView {
    /// The form field's name.
    name: String,
    /// Its id (a key may hold spaces, from a column's name).
    id: String,
    group: String,
    label: String,
    original: String,
    text: String,
    long: bool,
    markdown: bool,
}

#[derive(Serialize)]
struct GroupView {
    heading: String,
    fields: Vec<FieldView>,
}

#[derive(Serialize)]
struct TranslationPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    code: &'static str,
    language: String,
    written_in: String,
    written_in_code: &'static str,
    groups: Vec<GroupView>,
    problems: Vec<String>,
    saved: bool,
    action_url: String,
    back_url: String,
}

fn translation_page(
    state: &AppState,
    organizer: &ChallengeOrganizer,
    code: &'static str,
    fields: Vec<Field>,
    texts: &Translations,
    problems: Vec<String>,
) -> TranslationPage {
    let challenge = &organizer.challenge;
    let language = language_name(code);
    let mut groups: Vec<GroupView> = Vec::new();
    for (n, field) in fields.into_iter().enumerate() {
        let view = FieldView {
            name: format!("{FIELD_PREFIX}{}", field.key),
            id: format!("piece-{n}"),
            text: texts.get(&field.key).cloned().unwrap_or_default(),
            group: field.group.clone(),
            label: field.label,
            original: field.original,
            long: field.long,
            markdown: field.markdown,
        };
        match groups.last_mut() {
            Some(group) if group.heading == field.group => group.fields.push(view),
            _ => groups.push(GroupView { heading: field.group, fields: vec![view] }),
        }
    }
    let written_in_code = plaza_i18n::default_language();
    TranslationPage {
        page: organizer.current.viewer().page(
            state,
            plaza_i18n::tr_with(
                "organize-translation-title",
                &[("language", language.as_str().into()), ("name", challenge.title.as_str().into())],
            ),
        ),
        challenge: ChallengeView::new(challenge, Utc::now()),
        code,
        language,
        written_in: language_name(written_in_code),
        written_in_code,
        groups,
        problems,
        saved: false,
        action_url: format!("/challenges/{}/manage/translations/{code}", challenge.slug),
        back_url: format!("/challenges/{}/manage/translations", challenge.slug),
    }
}

/// `GET /challenges/{slug}/manage/translations/{lang}`: every piece of the
/// challenge, as written and in `lang`.
pub(crate) async fn show_translation(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, tag)): Path<(String, String)>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let code = path_language(&tag)?;
    let fields = challenge_fields(&state, &organizer.challenge).await?;
    let texts = state.store.content_translations(organizer.challenge.id, code).await?;
    let mut page = translation_page(&state, &organizer, code, fields, &texts, Vec::new());
    page.saved = query.saved.is_some();
    render(&state, &page, StatusCode::OK)
}

/// `POST /challenges/{slug}/manage/translations/{lang}`: saves every piece
/// at once; a piece left empty is shown as written.
pub(crate) async fn save_translation(
    State(state): State<AppState>,
    organizer: ChallengeOrganizer,
    Path((_, tag)): Path<(String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>, DETAILS_FORM_BYTES>,
) -> Result<Response, AppError> {
    let code = path_language(&tag)?;
    let challenge = &organizer.challenge;
    let fields = challenge_fields(&state, challenge).await?;
    let given: Translations = pairs
        .into_iter()
        .filter_map(|(name, text)| name.strip_prefix(FIELD_PREFIX).map(|key| (key.to_owned(), text)))
        .collect();
    let kept = match content::check(&fields, given.clone()) {
        Ok(kept) => kept,
        Err(problems) => {
            let page = translation_page(&state, &organizer, code, fields, &given, problems);
            return render(&state, &page, StatusCode::BAD_REQUEST);
        }
    };
    let changed = state.store.save_content_translations(challenge.id, code, &kept, organizer.current.user.id).await?;
    tracing::info!(challenge = challenge.id, language = code, changed, "challenge translation saved");
    Ok(Redirect::to(&format!("/challenges/{}/manage/translations/{code}?saved=1", challenge.slug)).into_response())
}

fn render(state: &AppState, page: &TranslationPage, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, Html(state.templates.render("pages/organize/translation.html", page)?)).into_response())
}
