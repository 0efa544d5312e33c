//! A track made or changed in the browser: the form's text checked under
//! the same limits as a bundle's `[[tracks]]` table, each problem named by
//! the bundle key of its field (`metric`, `daily_limit`, `time_ms`...), so a
//! page can link to it. The hidden files are checked apart, by
//! [`crate::bundle::check_answers_file`] and [`crate::bundle::check_case_files`].

use sha2::{Digest, Sha256};

use crate::BlobRef;
use crate::bundle::{
    MAX_OPTION, MAX_OPTIONS, MAX_QUESTION_HELP, MAX_QUESTION_KEY, MAX_QUESTION_LABEL, MAX_QUESTIONS, MAX_TEXT,
    MAX_TITLE, MIN_OPTIONS, RESERVED_QUESTION_KEYS,
};
use crate::challenge::{
    CaseFiles, Criterion, DEFAULT_FINAL_SELECTIONS, Limits, MAX_FINAL_SELECTIONS, Question, QuestionKind, Track,
    TrackKind, TrackSettings,
};
use crate::judging::rubric::{DEFAULT_JUDGES_PER_ENTRY, MAX_JUDGES_PER_ENTRY, MIN_JUDGES_PER_ENTRY};
use crate::metric::Metric;
use crate::slug::Slug;

/// The most characters of an id or target column name (as in bundles).
pub const MAX_COLUMN_NAME: usize = 200;
/// Entries a team may send a day when the form says nothing (as in bundles).
pub const DEFAULT_DAILY_LIMIT: u32 = 5;
/// The most entries a day a track may allow (as in bundles).
pub const MAX_DAILY_LIMIT: u32 = 1000;
/// The settings that cannot change once a track has entries: changing them
/// would make the entries already scored mean something else.
pub const LOCKED_KEYS: [&str; 4] = ["kind", "metric", "id_column", "target_column"];

/// The form as typed. Fields that do not apply to the kind are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrackDraft {
    pub kind: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub metric: String,
    pub id_column: String,
    pub target_column: String,
    pub daily_limit: String,
    pub final_selections: String,
    pub judges_per_entry: String,
    pub time_ms: String,
    pub memory_mb: String,
    pub output_kb: String,
    /// Ideas tracks: the extra questions; rows with an empty key are dropped.
    pub questions: Vec<QuestionDraft>,
}

/// One extra question as typed: `options` holds one choice a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionDraft {
    pub key: String,
    pub label: String,
    pub kind: String,
    pub help: String,
    pub options: String,
    pub required: bool,
}

/// Something wrong with one field, named by its bundle key (`questions.2.label`
/// for a question's field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackProblem {
    pub field: String,
    pub message: String,
}

/// What a scored track says besides its hidden files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoredFields {
    pub metric: Metric,
    pub id_column: String,
    pub target_column: String,
    pub daily_limit: u32,
    pub final_selections: u32,
}

/// A checked form.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackFields {
    pub slug: Slug,
    pub title: String,
    pub description: String,
    pub kind: TrackKind,
    /// Predictions and code tracks.
    pub scored: Option<ScoredFields>,
    /// Code tracks.
    pub limits: Limits,
    /// Ideas tracks.
    pub judges_per_entry: u32,
    pub questions: Vec<Question>,
}

impl TrackFields {
    /// The settings these fields make with the track's hidden files (or its
    /// rubric): `answers` for a predictions track, `cases` for a code track.
    /// `None` when the kind's hidden files are missing.
    pub fn settings(
        &self,
        answers: Option<BlobRef>,
        cases: Vec<CaseFiles>,
        criteria: Vec<Criterion>,
    ) -> Option<TrackSettings> {
        let scored = self.scored.clone();
        Some(match self.kind {
            TrackKind::Predictions => {
                let s = scored?;
                TrackSettings::Predictions {
                    metric: s.metric,
                    id_column: s.id_column,
                    target_column: s.target_column,
                    answers: answers?,
                    daily_limit: s.daily_limit,
                    final_selections: s.final_selections,
                }
            }
            TrackKind::Code => {
                let s = scored?;
                if cases.is_empty() {
                    return None;
                }
                TrackSettings::Code {
                    metric: s.metric,
                    id_column: s.id_column,
                    target_column: s.target_column,
                    cases,
                    limits: self.limits,
                    daily_limit: s.daily_limit,
                    final_selections: s.final_selections,
                }
            }
            TrackKind::Ideas => TrackSettings::Ideas {
                judges_per_entry: self.judges_per_entry,
                criteria,
                questions: self.questions.clone(),
            },
        })
    }
}

/// Checks the form; every problem at once.
pub fn check_track(draft: &TrackDraft) -> Result<TrackFields, Vec<TrackProblem>> {
    let mut problems = Vec::new();
    let mut problem = |field: &str, message: String| problems.push(TrackProblem { field: field.to_owned(), message });
    let kind = TrackKind::parse(draft.kind.trim());
    if kind.is_none() {
        problem("kind", plaza_i18n::tr("edits-track-edit-choose-kind"));
    }
    let slug = match Slug::parse(draft.slug.trim()) {
        Ok(slug) => Some(slug),
        Err(err) => {
            let reason = err.to_string();
            let reason = reason.trim_start_matches("invalid slug: ");
            problem("slug", plaza_i18n::tr_with("edits-track-edit-slug-invalid", &[("reason", reason.into())]));
            None
        }
    };
    let title = draft.title.trim();
    if title.is_empty() {
        problem("title", plaza_i18n::tr("edits-track-edit-title-needed"));
    } else if title.chars().count() > MAX_TITLE {
        problem("title", plaza_i18n::tr_with("edits-track-edit-title-too-long", &[("max", MAX_TITLE.into())]));
    }
    let description = draft.description.trim();
    if description.chars().count() > MAX_TEXT {
        problem(
            "description",
            plaza_i18n::tr_with("edits-track-edit-description-too-long", &[("max", MAX_TEXT.into())]),
        );
    }
    let mut scored = None;
    let mut limits = Limits::default();
    let mut judges_per_entry = DEFAULT_JUDGES_PER_ENTRY;
    let mut questions = Vec::new();
    match kind {
        Some(TrackKind::Predictions | TrackKind::Code) => {
            let metric = match Metric::parse(draft.metric.trim()) {
                Ok(metric) => Some(metric),
                Err(_) => {
                    problem("metric", plaza_i18n::tr("edits-track-edit-choose-metric"));
                    None
                }
            };
            let id_column = column(&mut problem, "id_column", &draft.id_column, "edits-track-edit-the-id-column");
            let target_column =
                column(&mut problem, "target_column", &draft.target_column, "edits-track-edit-the-target-column");
            if let (Some(id), Some(target)) = (&id_column, &target_column)
                && id == target
            {
                problem("target_column", plaza_i18n::tr("edits-track-edit-target-is-id"));
            }
            let daily_limit = number(
                &mut problem,
                "daily_limit",
                &draft.daily_limit,
                1,
                MAX_DAILY_LIMIT.into(),
                DEFAULT_DAILY_LIMIT.into(),
            );
            let final_selections = number(
                &mut problem,
                "final_selections",
                &draft.final_selections,
                1,
                MAX_FINAL_SELECTIONS.into(),
                DEFAULT_FINAL_SELECTIONS.into(),
            );
            if kind == Some(TrackKind::Code) {
                let defaults = Limits::default();
                limits = Limits {
                    time_ms: number(&mut problem, "time_ms", &draft.time_ms, 1, 600_000, defaults.time_ms)
                        .unwrap_or(defaults.time_ms),
                    memory_mb: number(&mut problem, "memory_mb", &draft.memory_mb, 1, 4096, defaults.memory_mb)
                        .unwrap_or(defaults.memory_mb),
                    output_kb: number(&mut problem, "output_kb", &draft.output_kb, 1, 1_048_576, defaults.output_kb)
                        .unwrap_or(defaults.output_kb),
                };
            }
            if let (Some(metric), Some(id_column), Some(target_column), Some(daily_limit), Some(final_selections)) =
                (metric, id_column, target_column, daily_limit, final_selections)
            {
                scored = Some(ScoredFields {
                    metric,
                    id_column,
                    target_column,
                    daily_limit: daily_limit as u32,
                    final_selections: final_selections as u32,
                });
            }
        }
        Some(TrackKind::Ideas) => {
            judges_per_entry = number(
                &mut problem,
                "judges_per_entry",
                &draft.judges_per_entry,
                MIN_JUDGES_PER_ENTRY.into(),
                MAX_JUDGES_PER_ENTRY.into(),
                DEFAULT_JUDGES_PER_ENTRY.into(),
            )
            .unwrap_or(DEFAULT_JUDGES_PER_ENTRY.into()) as u32;
            questions = check_questions(&mut problem, &draft.questions);
        }
        None => {}
    }
    match (problems.is_empty(), kind, slug) {
        (true, Some(kind), Some(slug)) => Ok(TrackFields {
            slug,
            title: title.to_owned(),
            description: description.to_owned(),
            kind,
            scored,
            limits,
            judges_per_entry,
            questions,
        }),
        _ => Err(problems),
    }
}

/// `name` is the message id of the column's name ("the id column").
fn column(problem: &mut impl FnMut(&str, String), field: &str, value: &str, name: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        problem(field, plaza_i18n::tr_with("edits-track-edit-choose-column", &[("name", plaza_i18n::tr(name).into())]));
        None
    } else if value.chars().count() > MAX_COLUMN_NAME {
        problem(
            field,
            plaza_i18n::tr_with(
                "edits-track-edit-column-too-long",
                &[("name", plaza_i18n::tr(name).into()), ("max", MAX_COLUMN_NAME.into())],
            ),
        );
        None
    } else if value == crate::bundle::USAGE_COLUMN {
        problem(field, plaza_i18n::tr("edits-track-edit-usage-reserved"));
        None
    } else {
        Some(value.to_owned())
    }
}

/// A whole number within `min..=max`; empty means `default`.
fn number(
    problem: &mut impl FnMut(&str, String),
    field: &str,
    value: &str,
    min: u64,
    max: u64,
    default: u64,
) -> Option<u64> {
    let value = value.trim();
    if value.is_empty() {
        return Some(default);
    }
    match value.parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        _ => {
            problem(
                field,
                plaza_i18n::tr_with("edits-track-edit-whole-number", &[("min", min.into()), ("max", max.into())]),
            );
            None
        }
    }
}

fn check_questions(problem: &mut impl FnMut(&str, String), drafts: &[QuestionDraft]) -> Vec<Question> {
    let mut questions: Vec<Question> = Vec::new();
    let rows: Vec<(usize, &QuestionDraft)> =
        drafts.iter().enumerate().filter(|(_, q)| !q.key.trim().is_empty()).collect();
    if rows.len() > MAX_QUESTIONS {
        problem(
            "questions",
            plaza_i18n::tr_with("edits-track-edit-too-many-questions", &[("max", MAX_QUESTIONS.into())]),
        );
    }
    for (index, draft) in rows {
        let at = |name: &str| format!("questions.{index}.{name}");
        let before = questions.len();
        let key = draft.key.trim();
        let mut ok = true;
        if key.chars().count() > MAX_QUESTION_KEY {
            problem(
                &at("key"),
                plaza_i18n::tr_with("edits-track-edit-key-too-long", &[("max", MAX_QUESTION_KEY.into())]),
            );
            ok = false;
        } else if key.chars().any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')) {
            problem(&at("key"), plaza_i18n::tr_with("edits-track-edit-key-characters", &[("key", key.into())]));
            ok = false;
        } else if RESERVED_QUESTION_KEYS.contains(&key) {
            problem(&at("key"), plaza_i18n::tr_with("edits-track-edit-key-reserved", &[("key", key.into())]));
            ok = false;
        } else if questions.iter().any(|q| q.key == key) {
            problem(&at("key"), plaza_i18n::tr_with("edits-track-edit-key-twice", &[("key", key.into())]));
            ok = false;
        }
        let label = draft.label.trim();
        if label.is_empty() {
            problem(&at("label"), plaza_i18n::tr("edits-track-edit-label-needed"));
            ok = false;
        } else if label.chars().count() > MAX_QUESTION_LABEL {
            problem(
                &at("label"),
                plaza_i18n::tr_with("edits-track-edit-label-too-long", &[("max", MAX_QUESTION_LABEL.into())]),
            );
            ok = false;
        }
        let help = draft.help.trim();
        if help.chars().count() > MAX_QUESTION_HELP {
            problem(
                &at("help"),
                plaza_i18n::tr_with("edits-track-edit-help-too-long", &[("max", MAX_QUESTION_HELP.into())]),
            );
            ok = false;
        }
        let Some(kind) = QuestionKind::parse(draft.kind.trim()) else {
            problem(&at("kind"), plaza_i18n::tr("edits-track-edit-choose-answer-kind"));
            continue;
        };
        let options: Vec<String> =
            draft.options.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
        if kind.has_options() {
            if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()) {
                problem(
                    &at("options"),
                    plaza_i18n::tr_with(
                        "edits-track-edit-option-count",
                        &[("min", MIN_OPTIONS.into()), ("max", MAX_OPTIONS.into())],
                    ),
                );
                ok = false;
            } else if options.iter().any(|o| o.chars().count() > MAX_OPTION) {
                problem(
                    &at("options"),
                    plaza_i18n::tr_with("edits-track-edit-option-too-long", &[("max", MAX_OPTION.into())]),
                );
                ok = false;
            } else if let Some(twice) = options.iter().enumerate().find(|(i, o)| options[..*i].contains(o)) {
                problem(
                    &at("options"),
                    plaza_i18n::tr_with("edits-track-edit-option-twice", &[("choice", twice.1.as_str().into())]),
                );
                ok = false;
            }
        } else if !options.is_empty() {
            problem(&at("options"), plaza_i18n::tr("edits-track-edit-no-options"));
            ok = false;
        }
        if ok && questions.len() == before {
            questions.push(Question {
                key: key.to_owned(),
                label: label.to_owned(),
                kind,
                help: help.to_owned(),
                options: if kind.has_options() { options } else { Vec::new() },
                required: draft.required,
            });
        }
    }
    questions
}

/// The form filled with a track as it is.
pub fn draft_of(track: &Track) -> TrackDraft {
    let mut draft = TrackDraft {
        kind: track.kind().name().to_owned(),
        slug: track.slug.to_string(),
        title: track.title.clone(),
        description: track.description.clone(),
        ..TrackDraft::default()
    };
    match &track.settings {
        TrackSettings::Predictions { metric, id_column, target_column, daily_limit, final_selections, .. }
        | TrackSettings::Code { metric, id_column, target_column, daily_limit, final_selections, .. } => {
            draft.metric = metric.name().to_owned();
            draft.id_column = id_column.clone();
            draft.target_column = target_column.clone();
            draft.daily_limit = daily_limit.to_string();
            draft.final_selections = final_selections.to_string();
        }
        TrackSettings::Ideas { judges_per_entry, questions, .. } => {
            draft.judges_per_entry = judges_per_entry.to_string();
            draft.questions = questions
                .iter()
                .map(|q| QuestionDraft {
                    key: q.key.clone(),
                    label: q.label.clone(),
                    kind: q.kind.name().to_owned(),
                    help: q.help.clone(),
                    options: q.options.join("\n"),
                    required: q.required,
                })
                .collect();
        }
    }
    if let TrackSettings::Code { limits, .. } = &track.settings {
        draft.time_ms = limits.time_ms.to_string();
        draft.memory_mb = limits.memory_mb.to_string();
        draft.output_kb = limits.output_kb.to_string();
    }
    draft
}

/// One changed field of a track, named by its bundle key, with its values as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackChange {
    pub key: &'static str,
    pub before: String,
    pub after: String,
}

/// Each field that differs between two versions of a track. Hidden files
/// are named by their content hash.
pub fn track_changes(before: &Track, after: &Track) -> Vec<TrackChange> {
    let (a, b) = (fields_of(before), fields_of(after));
    a.into_iter()
        .zip(b)
        .filter(|((_, x), (_, y))| x != y)
        .map(|((key, before), (_, after))| TrackChange { key, before, after })
        .collect()
}

/// Which of `changes` may not be made once the track has entries.
pub fn locked(changes: &[TrackChange]) -> Vec<&'static str> {
    changes.iter().map(|c| c.key).filter(|key| LOCKED_KEYS.contains(key)).collect()
}

fn fields_of(track: &Track) -> Vec<(&'static str, String)> {
    let draft = draft_of(track);
    let questions = match &track.settings {
        TrackSettings::Ideas { questions, .. } => questions
            .iter()
            .map(|q| {
                let required = if q.required { ", required" } else { "" };
                format!("{}: {} ({}{required}) [{}] {}", q.key, q.label, q.kind.name(), q.options.join(" / "), q.help)
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    };
    let (answers, cases) = match &track.settings {
        TrackSettings::Predictions { answers, .. } => (answers.sha256.clone(), String::new()),
        TrackSettings::Code { cases, .. } => (
            String::new(),
            cases.iter().map(|c| format!("{} {}", c.input.sha256, c.answers.sha256)).collect::<Vec<_>>().join("; "),
        ),
        TrackSettings::Ideas { .. } => (String::new(), String::new()),
    };
    vec![
        ("kind", draft.kind),
        ("title", draft.title),
        ("description", draft.description),
        ("metric", draft.metric),
        ("id_column", draft.id_column),
        ("target_column", draft.target_column),
        ("answers", answers),
        ("cases", cases),
        ("daily_limit", draft.daily_limit),
        ("final_selections", draft.final_selections),
        ("time_ms", draft.time_ms),
        ("memory_mb", draft.memory_mb),
        ("output_kb", draft.output_kb),
        ("judges_per_entry", draft.judges_per_entry),
        ("questions", questions),
    ]
}

/// A short fingerprint of a track as it is, for refusing a save made on a
/// form filled before someone else's save.
pub fn fingerprint(track: &Track) -> String {
    let mut hasher = Sha256::new();
    for (key, value) in fields_of(track) {
        hasher.update(key.as_bytes());
        hasher.update([0]);
        hasher.update(value.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn predictions() -> TrackDraft {
        TrackDraft {
            kind: "predictions".into(),
            slug: "predict".into(),
            title: "Predict".into(),
            metric: "rmse".into(),
            id_column: "id".into(),
            target_column: "y".into(),
            ..TrackDraft::default()
        }
    }

    #[test]
    fn an_empty_limit_takes_the_bundle_default() {
        let fields = check_track(&predictions()).expect("accepted");
        let scored = fields.scored.expect("accepted");
        assert_eq!((scored.daily_limit, scored.final_selections), (DEFAULT_DAILY_LIMIT, DEFAULT_FINAL_SELECTIONS));
    }

    #[test]
    fn each_problem_names_its_bundle_key() {
        let draft = TrackDraft {
            slug: "Bad Slug".into(),
            metric: "nope".into(),
            target_column: "id".into(),
            daily_limit: "0".into(),
            ..predictions()
        };
        let fields: Vec<String> = check_track(&draft).expect_err("refused").into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["slug", "metric", "target_column", "daily_limit"]);
    }

    #[test]
    fn question_rows_follow_the_bundle_rules() {
        let draft = TrackDraft {
            kind: "ideas".into(),
            questions: vec![
                QuestionDraft {
                    key: "ward".into(),
                    label: "Ward".into(),
                    kind: "single_choice".into(),
                    options: "A\nB".into(),
                    ..Default::default()
                },
                QuestionDraft {
                    key: "title".into(),
                    label: "T".into(),
                    kind: "short_text".into(),
                    ..Default::default()
                },
                QuestionDraft::default(),
            ],
            ..predictions()
        };
        let problems = check_track(&draft).expect_err("refused");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "questions.1.key");
    }
}
