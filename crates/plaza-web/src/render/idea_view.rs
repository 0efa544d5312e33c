//! An idea as pages show it, built for its audience: for judges, without
//! anything that names who wrote it.

use plaza_core::{Idea, Track};
use serde::Serialize;

use crate::enter::idea_form::questions;
use crate::error::AppError;
use crate::state::AppState;

#[derive(Serialize)]
pub(crate) struct AnswerView {
    pub label: String,
    pub value: String,
}

#[derive(Serialize)]
pub(crate) struct FileView {
    pub id: i64,
    pub label: String,
    pub url: String,
    pub is_image: bool,
    pub size: String,
}

/// An idea as pages show it. Built without anything that names its
/// entrants unless `identity` is set, so a judge's page cannot leak them.
#[derive(Serialize)]
pub(crate) struct IdeaView {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub proposal: String,
    pub beneficiaries: String,
    pub datasets: Vec<String>,
    pub answers: Vec<AnswerView>,
    pub files: Vec<FileView>,
    pub assisted: bool,
    pub status_label: String,
    /// Only for the team and organizers.
    pub team_contact: String,
    pub contact: String,
    /// What the entrant declared, for matching judges' conflicts.
    pub organizations: String,
    pub neighbourhoods: String,
}

pub(crate) async fn idea_view(
    state: &AppState,
    idea: &Idea,
    track: &Track,
    files_base: &str,
    identity: bool,
) -> Result<IdeaView, AppError> {
    let datasets = state.store.datasets(idea.challenge_id).await?;
    let files = state.store.idea_files(idea.id).await?;
    let label_of = |key: &str| questions(track).iter().find(|q| q.key == key).map(|q| q.label.clone());
    Ok(IdeaView {
        id: idea.id,
        title: idea.fields.title.clone(),
        summary: idea.fields.summary.clone(),
        problem: idea.fields.problem.clone(),
        proposal: idea.fields.proposal.clone(),
        beneficiaries: idea.fields.beneficiaries.clone(),
        datasets: idea
            .fields
            .datasets
            .iter()
            .map(|slug| datasets.iter().find(|d| d.slug.as_str() == slug).map_or(slug.clone(), |d| d.title.clone()))
            .collect(),
        answers: questions(track)
            .iter()
            .filter_map(|q| {
                idea.fields.answers.get(&q.key).map(|v| AnswerView { label: q.label.clone(), value: v.join(", ") })
            })
            .collect(),
        files: files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let kind = if f.content_type == "application/pdf" {
                    "PDF".to_owned()
                } else {
                    plaza_i18n::tr("web-render-idea-view-image")
                };
                let label = match label_of(&f.question_key) {
                    Some(question) if identity => format!("{question}: {} ({kind})", f.file_name),
                    Some(question) => format!("{question} ({kind})"),
                    None if identity => format!("{} ({kind})", f.file_name),
                    None => plaza_i18n::tr_with(
                        "web-render-idea-view-attachment",
                        &[("number", (i + 1).into()), ("kind", kind.as_str().into())],
                    ),
                };
                FileView {
                    id: f.id,
                    label,
                    url: format!("{files_base}/{}", f.id),
                    is_image: f.content_type.starts_with("image/"),
                    size: crate::render::views::human_size(f.blob.size),
                }
            })
            .collect(),
        assisted: idea.assisted.is_some(),
        status_label: idea.status.label(),
        team_contact: if identity { idea.fields.team_contact.clone() } else { String::new() },
        contact: if identity { idea.contact() } else { String::new() },
        organizations: if identity { idea.declared.organizations.join(", ") } else { String::new() },
        neighbourhoods: if identity { idea.declared.neighbourhoods.join(", ") } else { String::new() },
    })
}
