//! The idea entry form: the standard fields, the track's extra questions,
//! the datasets to tick and the entrant's declared ties; reading it back
//! from a post, and rendering it with every problem next to its field.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use plaza_core::idea::FieldProblem;
use plaza_core::{
    Affiliations, Challenge, Dataset, Idea, IdeaFields, IdeaFile, IdeaStatus, Question, QuestionKind, Track,
    TrackSettings,
};
use serde::Serialize;

use crate::error::AppError;
use crate::extract::auth::{PageContext, Viewer};
use crate::render::content::track_in_language;
use crate::render::views::{ChallengeView, TrackView};
use crate::state::AppState;

/// The track's extra questions.
pub(crate) fn questions(track: &Track) -> &[Question] {
    match &track.settings {
        TrackSettings::Ideas { questions, .. } => questions,
        _ => &[],
    }
}

/// A form field as the template lays it out.
#[derive(Serialize)]
pub(crate) struct QuestionField {
    pub key: String,
    pub name: String,
    pub label: String,
    pub kind: &'static str,
    pub help: String,
    pub required: bool,
    pub options: Vec<OptionField>,
    pub value: String,
    pub error: String,
    /// For file questions: the attached file's name.
    pub file_name: String,
}

#[derive(Serialize)]
struct LanguageChoice {
    code: &'static str,
    name: String,
    selected: bool,
}

#[derive(Serialize)]
pub(crate) struct OptionField {
    /// What the form sends and the idea keeps: the choice as written.
    pub value: String,
    /// What the entrant reads: the choice in their language where translated.
    pub label: String,
    pub checked: bool,
    pub id: String,
}

#[derive(Serialize)]
pub(crate) struct DatasetChoice {
    slug: String,
    title: String,
    checked: bool,
}

/// The form's values and problems.
#[derive(Serialize, Default)]
pub(crate) struct IdeaForm {
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub proposal: String,
    pub beneficiaries: String,
    pub team_contact: String,
    pub organizations: String,
    pub neighbourhoods: String,
    pub errors: Vec<FieldProblem>,
}

fn error_for(errors: &[FieldProblem], field: &str) -> String {
    errors.iter().filter(|p| p.field == field).map(|p| p.message.as_str()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn question_fields(
    track: &Track,
    fields: &IdeaFields,
    files: &[IdeaFile],
    errors: &[FieldProblem],
    content: Option<&crate::render::content::Content>,
) -> Vec<QuestionField> {
    questions(track)
        .iter()
        .map(|q| {
            let values = fields.answers.get(&q.key).cloned().unwrap_or_default();
            QuestionField {
                key: q.key.clone(),
                name: format!("q_{}", q.key),
                label: q.label.clone(),
                kind: q.kind.name(),
                help: q.help.clone(),
                required: q.required,
                options: q
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| OptionField {
                        label: content.map_or_else(|| o.clone(), |c| c.option_label(track, &q.key, i, o)),
                        value: o.clone(),
                        checked: values.contains(o),
                        id: format!("q_{}_{i}", q.key),
                    })
                    .collect(),
                value: values.first().cloned().unwrap_or_default(),
                error: error_for(errors, &format!("q_{}", q.key)),
                file_name: files
                    .iter()
                    .find(|f| f.question_key == q.key)
                    .map(|f| f.file_name.clone())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Reads the posted form: standard fields, checked datasets, answers and the
/// entrant's declared ties; `action` is the button pressed.
pub(crate) fn read_form(track: &Track, pairs: &[(String, String)]) -> (IdeaFields, Affiliations, IdeaForm, String) {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut fields = IdeaFields {
        title: get("title"),
        summary: get("summary"),
        problem: get("problem"),
        proposal: get("proposal"),
        datasets: pairs.iter().filter(|(k, _)| k == "datasets").map(|(_, v)| v.clone()).collect(),
        beneficiaries: get("beneficiaries"),
        team_contact: get("team_contact"),
        answers: Default::default(),
    };
    for q in questions(track) {
        if q.kind == QuestionKind::File {
            continue;
        }
        let name = format!("q_{}", q.key);
        let values: Vec<String> = pairs.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.clone()).collect();
        fields.answers.insert(q.key.clone(), values);
    }
    // Answers to questions the track does not ask are kept so that the check names them.
    for (k, v) in pairs {
        if let Some(key) = k.strip_prefix("q_")
            && !questions(track).iter().any(|q| q.key == key)
        {
            fields.answers.entry(key.to_owned()).or_default().push(v.clone());
        }
    }
    let fields = fields.tidy().complete_links(questions(track));
    let declared = Affiliations {
        organizations: Affiliations::parse_list(&get("organizations")),
        people: Vec::new(),
        neighbourhoods: Affiliations::parse_list(&get("neighbourhoods")),
    };
    let form = IdeaForm {
        title: fields.title.clone(),
        summary: fields.summary.clone(),
        problem: fields.problem.clone(),
        proposal: fields.proposal.clone(),
        beneficiaries: fields.beneficiaries.clone(),
        team_contact: fields.team_contact.clone(),
        organizations: get("organizations"),
        neighbourhoods: get("neighbourhoods"),
        errors: Vec::new(),
    };
    (fields, declared, form, get("action"))
}

pub(crate) fn form_of(idea: &Idea) -> IdeaForm {
    IdeaForm {
        title: idea.fields.title.clone(),
        summary: idea.fields.summary.clone(),
        problem: idea.fields.problem.clone(),
        proposal: idea.fields.proposal.clone(),
        beneficiaries: idea.fields.beneficiaries.clone(),
        team_contact: idea.fields.team_contact.clone(),
        organizations: idea.declared.organizations.join("\n"),
        neighbourhoods: idea.declared.neighbourhoods.join("\n"),
        errors: Vec::new(),
    }
}

#[derive(Serialize)]
struct ChannelChoice {
    value: &'static str,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
struct FormPage {
    #[serde(flatten)]
    page: PageContext,
    challenge: ChallengeView,
    track: TrackView,
    form: IdeaForm,
    error_summary: Vec<FieldProblem>,
    errors: std::collections::BTreeMap<String, String>,
    datasets: Vec<DatasetChoice>,
    questions: Vec<QuestionField>,
    action_url: String,
    is_new: bool,
    is_draft: bool,
    assisted: bool,
    channels: Vec<ChannelChoice>,
    /// Assisted entries: the languages the resident's emails may be in.
    contact_languages: Vec<LanguageChoice>,
    contact_name: String,
    contact_email: String,
}

pub(crate) struct FormContext<'a> {
    pub viewer: &'a Viewer,
    pub challenge: &'a Challenge,
    pub track: &'a Track,
    pub action_url: String,
    pub idea: Option<&'a Idea>,
    pub assisted: bool,
    /// Assisted entries: the language chosen for the resident's emails.
    pub contact_language: &'static str,
}

impl<'a> FormContext<'a> {
    /// The entrant's form for a new idea on `track`.
    pub(crate) fn new_idea(viewer: &'a Viewer, challenge: &'a Challenge, track: &'a Track) -> Self {
        let action_url = format!("/challenges/{}/tracks/{}/ideas", challenge.slug, track.slug);
        FormContext { viewer, challenge, track, action_url, idea: None, assisted: false, contact_language: "" }
    }

    /// The entrant's form for changing `idea`.
    pub(crate) fn edit(viewer: &'a Viewer, challenge: &'a Challenge, track: &'a Track, idea: &'a Idea) -> Self {
        let action_url = format!("/ideas/{}", idea.id);
        FormContext { viewer, challenge, track, action_url, idea: Some(idea), assisted: false, contact_language: "" }
    }
}

pub(crate) async fn render_form(
    state: &AppState,
    cx: &FormContext<'_>,
    form: IdeaForm,
    fields: &IdeaFields,
    contact: (&str, &str),
    status: StatusCode,
) -> Result<Response, AppError> {
    let (challenge, track, mut content) = track_in_language(state, cx.challenge, cx.track).await?;
    let mut datasets = state.store.datasets(cx.challenge.id).await?;
    datasets.iter_mut().for_each(|d| content.dataset_title(d));
    let files = match cx.idea {
        Some(idea) => state.store.idea_files(idea.id).await?,
        None => Vec::new(),
    };
    // Every standard field has an entry, so the template never meets an undefined one.
    let mut errors_map: std::collections::BTreeMap<String, String> = [
        "title",
        "summary",
        "problem",
        "proposal",
        "datasets",
        "beneficiaries",
        "team_contact",
        "organizations",
        "neighbourhoods",
        "contact_name",
        "contact_email",
        "contact_language",
        "channel",
    ]
    .into_iter()
    .map(|f| (f.to_owned(), String::new()))
    .collect();
    for problem in &form.errors {
        let entry = errors_map.entry(problem.field.clone()).or_default();
        if !entry.is_empty() {
            entry.push(' ');
        }
        entry.push_str(&problem.message);
    }
    let title = match cx.idea {
        Some(idea) => {
            plaza_i18n::tr_with("web-enter-idea-form-title-edit", &[("title", idea.fields.title.as_str().into())])
        }
        None if cx.assisted => plaza_i18n::tr("web-enter-idea-form-title-new-assisted"),
        None => plaza_i18n::tr("web-enter-idea-form-title-new"),
    };
    let mut context = cx.viewer.page(state, format!("{title} – {}", challenge.title));
    content.note_on(&mut context);
    let page = FormPage {
        page: context,
        challenge: ChallengeView::new(&challenge, Utc::now()),
        track: TrackView::new(&track),
        questions: question_fields(&track, fields, &files, &form.errors, Some(&content)),
        error_summary: form.errors.clone(),
        errors: errors_map,
        datasets: datasets
            .iter()
            .map(|d: &Dataset| DatasetChoice {
                slug: d.slug.to_string(),
                title: d.title.clone(),
                checked: fields.datasets.contains(&d.slug.to_string()),
            })
            .collect(),
        form,
        action_url: cx.action_url.clone(),
        is_new: cx.idea.is_none(),
        is_draft: cx.idea.is_none_or(|i| i.status == IdeaStatus::Draft),
        assisted: cx.assisted,
        channels: plaza_core::AssistChannel::ALL
            .iter()
            .enumerate()
            .map(|(i, c)| ChannelChoice {
                value: c.name(),
                label: crate::organize::assisted::channel_label_in(plaza_i18n::current(), *c),
                // The channel staff recorded when they correct an entry; the first otherwise.
                checked: cx.idea.and_then(|idea| idea.assisted.as_ref()).map_or(i == 0, |a| a.channel == *c),
            })
            .collect(),
        contact_languages: plaza_i18n::languages()
            .map(|l| LanguageChoice { code: l.code, name: l.name.clone(), selected: l.code == cx.contact_language })
            .collect(),
        contact_name: contact.0.to_owned(),
        contact_email: contact.1.to_owned(),
    };
    Ok((status, Html(state.templates.render("pages/enter/idea_form.html", &page)?)).into_response())
}
