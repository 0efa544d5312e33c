//! After the winners: each winning entry can get an implementation project
//! that the city carries out in the open. A project has a status from the
//! challenge's own list (each status with a default progress), a progress
//! percentage, an owner (a department or partner), dated milestones, and
//! optional sub-projects whose weighted progress rolls up into it.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Longest project title, status name, owner or milestone title.
pub const MAX_NAME: usize = 160;
/// Longest project summary.
pub const MAX_SUMMARY: usize = 2_000;
/// Most statuses in a challenge's list.
pub const MAX_STATUSES: usize = 12;
/// Most milestones of one project.
pub const MAX_MILESTONES: usize = 30;
/// Most sub-projects of one project.
pub const MAX_SUBPROJECTS: usize = 20;
/// Largest weight of a sub-project.
pub const MAX_WEIGHT: u32 = 100;

/// One status of a challenge's list, with the progress a project takes
/// when it moves to it (organizers may then set another).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectStatus {
    pub id: i64,
    pub name: String,
    /// 0 to 100.
    pub progress: u8,
}

/// The list a challenge starts with: plain words, each with its usual
/// progress. Stored as the challenge's own list, which organizers rename.
pub const DEFAULT_STATUSES: &[(&str, u8)] =
    &[("Not started", 0), ("Planning", 10), ("In progress", 40), ("Almost done", 80), ("Done", 100)];

/// An implementation project (or a sub-project, when it has a parent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: i64,
    pub challenge_id: i64,
    /// The project this one is part of; sub-projects have none of their own.
    pub parent_id: Option<i64>,
    /// The winning idea it carries out, if it is an idea's.
    pub idea_id: Option<i64>,
    /// The winning entry of a coding track it puts to use, if it is one's.
    pub submission_id: Option<i64>,
    pub title: String,
    /// Who carries it out: a department or a partner organization.
    pub owner: String,
    pub summary: String,
    /// The one question its feedback form asks, answered from 1 to 5.
    pub question: String,
    pub status_id: i64,
    /// 0 to 100, as set; a project with sub-projects shows their roll-up instead.
    pub progress: u8,
    /// How much a sub-project counts in its parent's progress (1 to [`MAX_WEIGHT`]).
    pub weight: u32,
}

/// A dated step of a project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: i64,
    pub project_id: i64,
    pub title: String,
    /// When it is planned.
    pub due_on: NaiveDate,
    /// When it was reached; `None` while it is still ahead.
    pub done_on: Option<NaiveDate>,
}

/// Every project's progress as shown: its own when it has no sub-projects,
/// else the weighted mean of its sub-projects' (rounded to the nearest
/// whole percent). Sub-projects are one level deep, so one pass suffices.
pub fn rolled_up(projects: &[Project]) -> HashMap<i64, u8> {
    let mut sums: HashMap<i64, (u64, u64)> = HashMap::new();
    for project in projects {
        if let Some(parent) = project.parent_id {
            let weight = u64::from(project.weight.clamp(1, MAX_WEIGHT));
            let entry = sums.entry(parent).or_default();
            entry.0 += weight * u64::from(project.progress.min(100));
            entry.1 += weight;
        }
    }
    projects
        .iter()
        .map(|project| {
            let progress = match sums.get(&project.id) {
                Some((sum, weights)) if *weights > 0 => ((sum + weights / 2) / weights) as u8,
                _ => project.progress.min(100),
            };
            (project.id, progress)
        })
        .collect()
}

/// The next milestone still ahead (the earliest planned), if any.
pub fn next_milestone(milestones: &[Milestone]) -> Option<&Milestone> {
    milestones.iter().filter(|m| m.done_on.is_none()).min_by_key(|m| (m.due_on, m.id))
}

/// Where a project stands, in one plain sentence: "In progress, 40% done.
/// Next: plant 20 trees (by 1 May 2027)."
pub fn in_words(status: &str, progress: u8, next: Option<&Milestone>) -> String {
    let status = status_in_words(status);
    let status = status.as_str();
    let mut words = if progress >= 100 {
        plaza_i18n::tr_with("edits-implementation-all-done", &[("status", status.into())])
    } else {
        plaza_i18n::tr_with(
            "edits-implementation-progress",
            &[("status", status.into()), ("progress", progress.into())],
        )
    };
    if let Some(next) = next {
        words.push(' ');
        words.push_str(&plaza_i18n::tr_with(
            "edits-implementation-next",
            &[("title", next.title.as_str().into()), ("date", day(next.due_on).into())],
        ));
    }
    words
}

/// Message ids of the first statuses, in [`DEFAULT_STATUSES`] order.
const DEFAULT_STATUS_IDS: [&str; 5] = [
    "store-implementation-status-not-started",
    "store-implementation-status-planning",
    "store-implementation-status-in-progress",
    "store-implementation-status-almost-done",
    "store-implementation-status-done",
];

/// A status's name as the reader reads it: one of the first statuses (the
/// store keeps them in the site's language) in the reader's language; a
/// name the organizers wrote, as they wrote it.
pub fn status_in_words(stored: &str) -> String {
    let site = plaza_i18n::default_language();
    DEFAULT_STATUS_IDS
        .iter()
        .find(|id| plaza_i18n::tr_in(site, id, &[]) == stored)
        .map_or_else(|| stored.to_owned(), |id| plaza_i18n::tr(id))
}

/// An update's or project's question as the reader reads it: Plaza's own
/// (asked when the organizers wrote none) in the reader's language; one the
/// organizers wrote, as they wrote it.
pub fn question_in_words(stored: &str) -> String {
    if stored == DEFAULT_QUESTION { plaza_i18n::tr("edits-implementation-default-question") } else { stored.to_owned() }
}

/// A date as pages write it: "1 May 2027", in the reader's language.
pub fn day(date: NaiveDate) -> String {
    crate::timeline::day_month_year(date.day(), date.month0(), date.year())
}

/// A project form as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProjectDraft {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub status_id: String,
    #[serde(default)]
    pub progress: String,
    #[serde(default)]
    pub weight: String,
}

/// A project's checked fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectFields {
    pub title: String,
    pub owner: String,
    pub summary: String,
    /// Its feedback form's question ([`DEFAULT_QUESTION`] when none was written).
    pub question: String,
    pub status_id: i64,
    /// `None`: take the status's default progress.
    pub progress: Option<u8>,
    pub weight: u32,
}

/// One problem with a form: the field and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub field: &'static str,
    pub message: String,
}

fn problem(field: &'static str, message: impl Into<String>) -> FormProblem {
    FormProblem { field, message: message.into() }
}

/// A trimmed text field; `label` is the message id of its name ("The title").
fn checked_text(
    field: &'static str,
    label: &str,
    value: &str,
    max: usize,
    required: bool,
    problems: &mut Vec<FormProblem>,
) -> String {
    let value = value.trim().to_owned();
    let length = value.chars().count();
    let name = || plaza_i18n::tr(label);
    if required && value.is_empty() {
        problems.push(problem(field, plaza_i18n::tr_with("edits-implementation-empty", &[("label", name().into())])));
    } else if length > max {
        problems.push(problem(
            field,
            plaza_i18n::tr_with(
                "edits-implementation-too-long",
                &[("label", name().into()), ("length", length.into()), ("max", max.into())],
            ),
        ));
    } else if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        problems.push(problem(
            field,
            plaza_i18n::tr_with("edits-implementation-control-character", &[("label", name().into())]),
        ));
    }
    value
}

/// Checks a project form against the challenge's `statuses`: every problem
/// at once, or the fields to save. An empty progress takes the status's.
pub fn check_project(draft: &ProjectDraft, statuses: &[ProjectStatus]) -> Result<ProjectFields, Vec<FormProblem>> {
    let mut problems = Vec::new();
    let title = checked_text("title", "edits-implementation-label-title", &draft.title, MAX_NAME, true, &mut problems);
    let owner = checked_text("owner", "edits-implementation-label-owner", &draft.owner, MAX_NAME, false, &mut problems);
    let summary = checked_text(
        "summary",
        "edits-implementation-label-summary",
        &draft.summary,
        MAX_SUMMARY,
        false,
        &mut problems,
    );
    let question = checked_text(
        "question",
        "edits-implementation-label-question",
        &draft.question,
        MAX_QUESTION,
        false,
        &mut problems,
    );
    let question = if question.is_empty() { DEFAULT_QUESTION.to_owned() } else { question };
    let status_id = match draft.status_id.trim().parse::<i64>().ok().filter(|id| statuses.iter().any(|s| s.id == *id)) {
        Some(id) => id,
        None => {
            problems.push(problem("status_id", plaza_i18n::tr("edits-implementation-choose-status")));
            0
        }
    };
    let progress = match draft.progress.trim().trim_end_matches('%').trim() {
        "" => None,
        text => match text.parse::<u8>() {
            Ok(value) if value <= 100 => Some(value),
            _ => {
                problems.push(problem(
                    "progress",
                    plaza_i18n::tr_with(
                        "edits-implementation-not-a-percentage",
                        &[("value", text.chars().take(20).collect::<String>().into())],
                    ),
                ));
                None
            }
        },
    };
    let weight = match draft.weight.trim() {
        "" => 1,
        text => match text.parse::<u32>() {
            Ok(value) if (1..=MAX_WEIGHT).contains(&value) => value,
            _ => {
                problems.push(problem(
                    "weight",
                    plaza_i18n::tr_with("edits-implementation-weight", &[("max", MAX_WEIGHT.into())]),
                ));
                1
            }
        },
    };
    if problems.is_empty() {
        Ok(ProjectFields { title, owner, summary, question, status_id, progress, weight })
    } else {
        Err(problems)
    }
}

/// A milestone form as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MilestoneDraft {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub done_on: String,
}

/// Checks a milestone form: every problem at once, or its title and dates.
pub fn check_milestone(draft: &MilestoneDraft) -> Result<(String, NaiveDate, Option<NaiveDate>), Vec<FormProblem>> {
    let mut problems = Vec::new();
    let title = checked_text(
        "milestone_title",
        "edits-implementation-label-milestone",
        &draft.title,
        MAX_NAME,
        true,
        &mut problems,
    );
    // `label` is the message id of the date's name ("The planned date").
    let date = |field: &'static str, label: &str, text: &str, problems: &mut Vec<FormProblem>| {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
        if parsed.is_none() {
            problems.push(problem(
                field,
                plaza_i18n::tr_with(
                    "edits-implementation-not-a-date",
                    &[
                        ("label", plaza_i18n::tr(label).into()),
                        ("value", text.chars().take(20).collect::<String>().into()),
                    ],
                ),
            ));
        }
        parsed
    };
    let due_on = date("due_on", "edits-implementation-label-due-on", &draft.due_on, &mut problems);
    if draft.due_on.trim().is_empty() {
        problems.push(problem("due_on", plaza_i18n::tr("edits-implementation-due-on-empty")));
    }
    let done_on = date("done_on", "edits-implementation-label-done-on", &draft.done_on, &mut problems);
    match (problems.is_empty(), due_on) {
        (true, Some(due_on)) => Ok((title, due_on, done_on)),
        _ => Err(problems),
    }
}

/// Longest update title and feedback question.
pub const MAX_QUESTION: usize = 200;
/// Longest update text (Markdown).
pub const MAX_UPDATE: usize = 20_000;
/// Longest feedback text and organizer reply.
pub const MAX_FEEDBACK: usize = 2_000;
/// The question an update asks when its organizer writes none (stored with
/// the update or project).
pub const DEFAULT_QUESTION: &str = "Is this what you needed?";

/// Most pictures one update may carry.
pub const MAX_PICTURES: usize = 3;
/// Longest description of a picture.
pub const MAX_ALT: usize = 300;

/// A picture of an update, with the words that describe it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdatePicture {
    pub update_id: i64,
    /// 1, 2, ...: its place in the update.
    pub position: u32,
    pub content_type: String,
    pub blob: crate::BlobRef,
    /// What the picture shows, for people who cannot see it.
    pub alt: String,
}

/// Checks a picture's description: required, plain, at most [`MAX_ALT`] characters.
pub fn check_alt(position: usize, alt: &str) -> Result<String, FormProblem> {
    let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
    let length = alt.chars().count();
    if alt.is_empty() {
        Err(problem(
            "pictures",
            plaza_i18n::tr_with("edits-implementation-alt-missing", &[("position", position.into())]),
        ))
    } else if length > MAX_ALT {
        Err(problem(
            "pictures",
            plaza_i18n::tr_with(
                "edits-implementation-alt-too-long",
                &[("position", position.into()), ("length", length.into()), ("max", MAX_ALT.into())],
            ),
        ))
    } else {
        Ok(alt)
    }
}

/// An organizer's dated update on the challenge or on one of its projects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    pub id: i64,
    pub challenge_id: i64,
    pub project_id: Option<i64>,
    pub title: String,
    pub body_md: String,
    /// The one question its feedback form asks, answered from 1 to 5.
    pub question: String,
    pub published_at: DateTime<Utc>,
}

/// Where an organizer has got to with one piece of feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackState {
    New,
    Read,
    Answered,
}

impl FeedbackState {
    pub const ALL: [FeedbackState; 3] = [FeedbackState::New, FeedbackState::Read, FeedbackState::Answered];

    pub fn name(self) -> &'static str {
        match self {
            FeedbackState::New => "new",
            FeedbackState::Read => "read",
            FeedbackState::Answered => "answered",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == text)
    }

    pub fn label(self) -> String {
        plaza_i18n::tr(match self {
            FeedbackState::New => "edits-implementation-feedback-new",
            FeedbackState::Read => "edits-implementation-feedback-read",
            FeedbackState::Answered => "edits-implementation-feedback-answered",
        })
    }
}

/// A resident's answer to an update's or a project's question, or a
/// message to the challenge's standing "Tell us" channel (neither). Anonymous.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub id: i64,
    pub challenge_id: i64,
    pub update_id: Option<i64>,
    pub project_id: Option<i64>,
    /// 1 (not at all) to 5 (completely); none when the resident only wrote.
    pub rating: Option<u8>,
    pub text: String,
    pub state: FeedbackState,
    /// The organizers' public reply; empty for none.
    pub reply: String,
    pub replied_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// How the answers to one question came out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackSummary {
    pub answers: usize,
    /// How many gave each rating, 1 to 5.
    pub counts: [usize; 5],
    /// The mean rating, to one decimal; none without ratings.
    pub mean: Option<f64>,
    pub not_read: usize,
}

pub fn summarize<'a>(feedback: impl IntoIterator<Item = &'a Feedback>) -> FeedbackSummary {
    let mut summary = FeedbackSummary { answers: 0, counts: [0; 5], mean: None, not_read: 0 };
    let mut sum = 0usize;
    for item in feedback {
        summary.answers += 1;
        if item.state == FeedbackState::New {
            summary.not_read += 1;
        }
        if let Some(rating @ 1..=5) = item.rating {
            summary.counts[usize::from(rating - 1)] += 1;
            sum += usize::from(rating);
        }
    }
    let rated: usize = summary.counts.iter().sum();
    if rated > 0 {
        summary.mean = Some((sum as f64 / rated as f64 * 10.0).round() / 10.0);
    }
    summary
}

/// A feedback form as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FeedbackDraft {
    #[serde(default)]
    pub rating: String,
    #[serde(default)]
    pub text: String,
}

/// Checks a resident's feedback: a rating from 1 to 5, some words, or both.
pub fn check_feedback(draft: &FeedbackDraft) -> Result<(Option<u8>, String), Vec<FormProblem>> {
    let mut problems = Vec::new();
    let text =
        checked_text("text", "edits-implementation-label-message", &draft.text, MAX_FEEDBACK, false, &mut problems);
    let rating = match draft.rating.trim() {
        "" => None,
        value => match value.parse::<u8>() {
            Ok(rating @ 1..=5) => Some(rating),
            _ => {
                problems.push(problem("rating", plaza_i18n::tr("edits-implementation-choose-rating")));
                None
            }
        },
    };
    if problems.is_empty() && rating.is_none() && text.is_empty() {
        problems.push(problem("rating", plaza_i18n::tr("edits-implementation-rating-or-words")));
    }
    if problems.is_empty() { Ok((rating, text)) } else { Err(problems) }
}

/// An update form as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UpdateDraft {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body_md: String,
    #[serde(default)]
    pub question: String,
    /// A project's id, or empty for the whole challenge.
    #[serde(default)]
    pub project_id: String,
}

/// An update's checked fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateFields {
    pub title: String,
    pub body_md: String,
    pub question: String,
    pub project_id: Option<i64>,
}

/// Checks an update form; `projects` are the challenge's project ids.
pub fn check_update(draft: &UpdateDraft, projects: &[i64]) -> Result<UpdateFields, Vec<FormProblem>> {
    let mut problems = Vec::new();
    let title = checked_text("title", "edits-implementation-label-title", &draft.title, MAX_NAME, true, &mut problems);
    let body_md =
        checked_text("body_md", "edits-implementation-label-update", &draft.body_md, MAX_UPDATE, true, &mut problems);
    let question = checked_text(
        "question",
        "edits-implementation-label-question",
        &draft.question,
        MAX_QUESTION,
        false,
        &mut problems,
    );
    let question = if question.is_empty() { DEFAULT_QUESTION.to_owned() } else { question };
    let project_id = match draft.project_id.trim() {
        "" => None,
        text => match text.parse::<i64>().ok().filter(|id| projects.contains(id)) {
            Some(id) => Some(id),
            None => {
                problems.push(problem("project_id", plaza_i18n::tr("edits-implementation-choose-project")));
                None
            }
        },
    };
    if problems.is_empty() { Ok(UpdateFields { title, body_md, question, project_id }) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn project(id: i64, parent: Option<i64>, progress: u8, weight: u32) -> Project {
        Project {
            id,
            challenge_id: 1,
            parent_id: parent,
            idea_id: None,
            submission_id: None,
            title: format!("P{id}"),
            owner: String::new(),
            summary: String::new(),
            question: DEFAULT_QUESTION.into(),
            status_id: 1,
            progress,
            weight,
        }
    }

    #[test]
    fn a_parent_shows_the_weighted_mean_of_its_sub_projects() {
        let projects = [project(1, None, 5, 1), project(2, Some(1), 100, 1), project(3, Some(1), 0, 3)];
        let shown = rolled_up(&projects);
        assert_eq!(shown[&1], 25, "(100x1 + 0x3) / 4");
        assert_eq!(shown[&2], 100);
        assert_eq!(shown[&3], 0);
        // Without sub-projects a project shows its own progress.
        assert_eq!(rolled_up(&[project(9, None, 40, 1)])[&9], 40);
        // Rounded to the nearest percent: (50 + 51) / 2 = 50.5 -> 51.
        let shown = rolled_up(&[project(1, None, 0, 1), project(2, Some(1), 50, 1), project(3, Some(1), 51, 1)]);
        assert_eq!(shown[&1], 51);
    }

    proptest! {
        #[test]
        fn roll_ups_stay_between_the_least_and_most_done_sub_project(
            parts in proptest::collection::vec((0u8..=100, 1u32..=MAX_WEIGHT), 1..20),
            own in 0u8..=100,
        ) {
            let mut projects = vec![project(1, None, own, 1)];
            projects.extend(parts.iter().enumerate().map(|(i, (p, w))| project(i as i64 + 2, Some(1), *p, *w)));
            let shown = rolled_up(&projects);
            let least = parts.iter().map(|(p, _)| *p).min().unwrap_or(0);
            let most = parts.iter().map(|(p, _)| *p).max().unwrap_or(0);
            prop_assert!(shown[&1] >= least && shown[&1] <= most, "{} not in {least}..={most}", shown[&1]);
            // Equal weights: the plain mean, rounded.
            let equal: Vec<Project> = std::iter::once(project(1, None, own, 1))
                .chain(parts.iter().enumerate().map(|(i, (p, _))| project(i as i64 + 2, Some(1), *p, 7)))
                .collect();
            let sum: u64 = parts.iter().map(|(p, _)| u64::from(*p)).sum();
            let n = parts.len() as u64;
            prop_assert_eq!(u64::from(rolled_up(&equal)[&1]), (sum + n / 2) / n);
            // Raising one sub-project's progress never lowers the parent's.
            let mut raised = projects.clone();
            raised[1].progress = 100;
            prop_assert!(rolled_up(&raised)[&1] >= shown[&1]);
        }
    }

    #[test]
    fn the_next_milestone_is_the_earliest_still_ahead() {
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("date");
        let milestones = [
            Milestone {
                id: 1,
                project_id: 1,
                title: "Survey".into(),
                due_on: date("2027-03-01"),
                done_on: Some(date("2027-02-20")),
            },
            Milestone {
                id: 2,
                project_id: 1,
                title: "Plant 20 trees".into(),
                due_on: date("2027-05-01"),
                done_on: None,
            },
            Milestone { id: 3, project_id: 1, title: "Water".into(), due_on: date("2027-07-01"), done_on: None },
        ];
        let next = next_milestone(&milestones).expect("one ahead");
        assert_eq!(next.id, 2);
        assert_eq!(
            in_words("In progress", 40, Some(next)),
            "In progress, 40% done. Next: Plant 20 trees (by 1 May 2027)."
        );
        assert_eq!(in_words("Done", 100, None), "Done: all done.");
    }

    #[test]
    fn forms_name_every_problem() {
        let statuses = [ProjectStatus { id: 7, name: "In progress".into(), progress: 40 }];
        let draft = ProjectDraft {
            title: " ".into(),
            status_id: "8".into(),
            progress: "140".into(),
            weight: "0".into(),
            ..ProjectDraft::default()
        };
        let fields: Vec<_> =
            check_project(&draft, &statuses).expect_err("problems").into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["title", "status_id", "progress", "weight"]);
        let draft = ProjectDraft {
            title: "Shade trees".into(),
            status_id: "7".into(),
            progress: "40%".into(),
            ..ProjectDraft::default()
        };
        let fields = check_project(&draft, &statuses).expect("fine");
        assert_eq!((fields.progress, fields.weight), (Some(40), 1));

        let milestone = MilestoneDraft { title: "Plant".into(), due_on: "1 May".into(), done_on: "".into() };
        let problems = check_milestone(&milestone).expect_err("problems");
        assert!(problems[0].message.contains("year-month-day"), "{problems:?}");
        let milestone = MilestoneDraft { title: "Plant".into(), due_on: "2027-05-01".into(), done_on: "".into() };
        assert!(check_milestone(&milestone).expect("fine").2.is_none());
    }

    #[test]
    fn feedback_needs_a_rating_or_words_and_summaries_count_them() {
        let draft = |rating: &str, text: &str| FeedbackDraft { rating: rating.into(), text: text.into() };
        assert_eq!(check_feedback(&draft("4", "")).expect("fine"), (Some(4), String::new()));
        assert_eq!(check_feedback(&draft("", " Yes ")).expect("fine"), (None, "Yes".into()));
        assert_eq!(check_feedback(&draft("", "")).expect_err("empty")[0].field, "rating");
        assert_eq!(check_feedback(&draft("6", "x")).expect_err("6")[0].field, "rating");
        assert_eq!(check_feedback(&draft("1", &"x".repeat(MAX_FEEDBACK + 1))).expect_err("long")[0].field, "text");
        let item = |rating: Option<u8>, state: FeedbackState| Feedback {
            id: 1,
            challenge_id: 1,
            update_id: Some(1),
            project_id: None,
            rating,
            text: String::new(),
            state,
            reply: String::new(),
            replied_at: None,
            created_at: Utc::now(),
        };
        let all = [
            item(Some(5), FeedbackState::New),
            item(Some(4), FeedbackState::Read),
            item(None, FeedbackState::New),
            item(Some(4), FeedbackState::Answered),
        ];
        let summary = summarize(&all);
        assert_eq!((summary.answers, summary.counts, summary.not_read), (4, [0, 0, 0, 2, 1], 2));
        assert_eq!(summary.mean, Some(4.3));
        assert_eq!(summarize(&[]).mean, None);
    }

    #[test]
    fn updates_take_the_default_question_and_only_known_projects() {
        let draft = UpdateDraft {
            title: "Trees ordered".into(),
            body_md: "We ordered 20 trees.".into(),
            question: "".into(),
            project_id: "3".into(),
        };
        let fields = check_update(&draft, &[3]).expect("fine");
        assert_eq!((fields.question.as_str(), fields.project_id), (DEFAULT_QUESTION, Some(3)));
        let problems = check_update(&UpdateDraft { project_id: "4".into(), ..draft }, &[3]).expect_err("unknown");
        assert_eq!(problems[0].field, "project_id");
    }
}
