//! Before a draft challenge is published: every problem the bundle checks of
//! `plaza import` find, and the few that only matter for publishing (no
//! track, a closing date that has passed), each said in plain words with the
//! page and field of the organizer console that fixes it.
//!
//! The bundle checks name a problem by the manifest's field
//! (`title`, `datasets[0].license`, `tracks[1].cases[0].answers`) or by a
//! file's path (`data/train.csv`, `hidden/answers.csv`); the console's pages
//! give every input the id of its bundle key, so a field becomes a link.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::bundle::{MANIFEST, Manifest, Problem, TrackSpecKind};

/// Why a challenge without tracks cannot be published, in English (the
/// page says `edits-publish-check-no-track` in the reader's language).
pub const NO_TRACK: &str = "Add at least one track: it says how residents take part.";
/// Why a challenge that has closed cannot be published, in English (the
/// page says `edits-publish-check-closed` in the reader's language).
pub const CLOSED: &str = "The closing date has passed: choose a later one before publishing.";

/// "Dataset “Street trees”".
fn dataset_place(title: &str) -> String {
    plaza_i18n::tr_with("edits-publish-check-place-dataset", &[("title", title.into())])
}

/// "Track “Predict”".
fn track_place(title: &str) -> String {
    plaza_i18n::tr_with("edits-publish-check-place-track", &[("title", title.into())])
}

/// One thing to fix before publishing, with where to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishProblem {
    /// Where the problem is, in words: "Details", "Dataset “trees”".
    pub place: String,
    /// What is wrong, as a sentence.
    pub message: String,
    /// The console page and field that fix it.
    pub link: String,
}

/// Every problem that stops `manifest` (the challenge as a bundle) from being
/// published: the bundle checks' `problems`, then no track and a closing date
/// in the past. Empty when it may be published.
pub fn publish_problems(
    challenge_slug: &str,
    manifest: &Manifest,
    problems: &[Problem],
    now: DateTime<Utc>,
) -> Vec<PublishProblem> {
    let base = format!("/challenges/{challenge_slug}/manage");
    let mut listed = Vec::new();
    for problem in problems {
        // Said once below, in the console's words.
        if manifest.tracks.is_empty() && problem.field.as_deref() == Some("tracks") {
            continue;
        }
        listed.push(place_problem(&base, manifest, problem));
    }
    if manifest.tracks.is_empty() {
        listed.push(PublishProblem {
            place: plaza_i18n::tr("edits-publish-check-place-tracks"),
            message: plaza_i18n::tr("edits-publish-check-no-track"),
            link: format!("{base}/tracks"),
        });
    }
    if manifest.closes_at <= now {
        listed.push(PublishProblem {
            place: plaza_i18n::tr("edits-publish-check-place-details"),
            message: plaza_i18n::tr("edits-publish-check-closed"),
            link: format!("{base}/details#closes_at"),
        });
    }
    listed
}

fn place_problem(base: &str, manifest: &Manifest, problem: &Problem) -> PublishProblem {
    let message = sentence(&problem.message);
    if problem.file == MANIFEST {
        return match problem.field.as_deref() {
            Some(field) => field_problem(base, manifest, field, message),
            None => PublishProblem {
                place: plaza_i18n::tr("edits-publish-check-place-details"),
                message,
                link: format!("{base}/details"),
            },
        };
    }
    let message = match problem.line {
        Some(line) => plaza_i18n::tr_with(
            "edits-publish-check-file-line",
            &[("file", problem.file.as_str().into()), ("line", line.into()), ("message", message.into())],
        ),
        None => format!("{}: {message}", problem.file),
    };
    file_problem(base, manifest, &problem.file, message)
}

/// A problem with a manifest field.
fn field_problem(base: &str, manifest: &Manifest, field: &str, message: String) -> PublishProblem {
    if let Some((index, key)) = indexed(field, "datasets") {
        // A column of the data dictionary: named, and linked to its own field.
        if let Some(dataset) = manifest.datasets.get(index)
            && let Some((column, column_key)) = column_field(field)
        {
            let name = dataset.columns.get(column).map_or_else(|| format!("{}", column + 1), |c| c.name.clone());
            return PublishProblem {
                place: dataset_place(&dataset.title),
                message: plaza_i18n::tr_with(
                    "edits-publish-check-column",
                    &[("column", name.into()), ("message", with_key(Some(column_key), message).into())],
                ),
                // A name is fixed by the file; its row starts with the type.
                link: format!(
                    "{base}/datasets/{}#columns-{column}-{}",
                    dataset.slug,
                    if column_key == "name" { "type" } else { column_key }
                ),
            };
        }
        return match manifest.datasets.get(index) {
            Some(dataset) => PublishProblem {
                place: dataset_place(&dataset.title),
                message: with_key(key, message),
                link: anchored(format!("{base}/datasets/{}", dataset.slug), key),
            },
            None => PublishProblem {
                place: plaza_i18n::tr("edits-publish-check-place-datasets"),
                message,
                link: format!("{base}/datasets"),
            },
        };
    }
    if let Some((index, key)) = indexed(field, "tracks") {
        return match manifest.tracks.get(index) {
            Some(track) => PublishProblem {
                place: track_place(&track.title),
                message: with_key(key, message),
                link: anchored(format!("{base}/tracks/{}", track.slug), key),
            },
            None => PublishProblem {
                place: plaza_i18n::tr("edits-publish-check-place-tracks"),
                message,
                link: format!("{base}/tracks"),
            },
        };
    }
    match field {
        "datasets" => PublishProblem {
            place: plaza_i18n::tr("edits-publish-check-place-datasets"),
            message,
            link: format!("{base}/datasets"),
        },
        "tracks" => PublishProblem {
            place: plaza_i18n::tr("edits-publish-check-place-tracks"),
            message,
            link: format!("{base}/tracks"),
        },
        key => PublishProblem {
            place: plaza_i18n::tr("edits-publish-check-place-details"),
            message: with_key(Some(key), message),
            link: anchored(format!("{base}/details"), Some(details_id(key))),
        },
    }
}

/// A problem inside a file: the brief, a dataset's file, a track's hidden file.
fn file_problem(base: &str, manifest: &Manifest, path: &str, message: String) -> PublishProblem {
    if path == manifest.description {
        return PublishProblem {
            place: plaza_i18n::tr("edits-publish-check-place-details"),
            message,
            link: format!("{base}/details#description_md"),
        };
    }
    if let Some(dataset) = manifest.datasets.iter().find(|d| d.file == path) {
        return PublishProblem {
            place: dataset_place(&dataset.title),
            message,
            link: format!("{base}/datasets/{}#file", dataset.slug),
        };
    }
    for track in &manifest.tracks {
        let key = match &track.kind {
            TrackSpecKind::Predictions { answers, .. } if answers == path => Some("answers"),
            TrackSpecKind::Code { cases, .. } if cases.iter().any(|c| c.input == path || c.answers == path) => {
                Some("cases")
            }
            _ => None,
        };
        if let Some(key) = key {
            return PublishProblem {
                place: track_place(&track.title),
                message,
                link: format!("{base}/tracks/{}#{key}", track.slug),
            };
        }
    }
    PublishProblem { place: plaza_i18n::tr("edits-publish-check-place-challenge"), message, link: base.to_owned() }
}

/// `datasets[3].columns[1].description`: `(1, "description")`.
fn column_field(field: &str) -> Option<(usize, &str)> {
    let (_, rest) = field.split_once(".columns[")?;
    let (index, key) = rest.split_once("].")?;
    Some((index.parse().ok()?, key))
}

/// `datasets[3].columns[1].name` under `datasets`: `(3, Some("columns"))`.
fn indexed<'f>(field: &'f str, list: &str) -> Option<(usize, Option<&'f str>)> {
    let rest = field.strip_prefix(list)?.strip_prefix('[')?;
    let (index, rest) = rest.split_once(']')?;
    let index = index.parse().ok()?;
    let key = rest.strip_prefix('.').map(|rest| {
        let end = rest.find(['.', '[']).unwrap_or(rest.len());
        &rest[..end]
    });
    Some((index, key.filter(|k| !k.is_empty())))
}

/// The id of the details form's input for a top-level bundle key.
fn details_id(key: &str) -> &str {
    match key {
        "description" => "description_md",
        other => other,
    }
}

fn anchored(page: String, key: Option<&str>) -> String {
    match key {
        Some(key) => format!("{page}#{key}"),
        None => page,
    }
}

fn with_key(key: Option<&str>, message: String) -> String {
    match key {
        Some(key) => format!("{}: {message}", key.replace('_', " ")),
        None => message,
    }
}

/// The checker's phrase ended with a full stop.
fn sentence(message: &str) -> String {
    let mut out = message.trim().to_owned();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::bundle::{DatasetSpec, TrackSpec};
    use crate::metric::Metric;
    use crate::slug::Slug;

    fn manifest() -> Manifest {
        Manifest {
            slug: Slug::parse("trees").expect("slug"),
            title: "Trees".into(),
            summary: "S".into(),
            description: "README.md".into(),
            host: "City".into(),
            contact: String::new(),
            opens_at: Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).single().expect("time"),
            closes_at: Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).single().expect("time"),
            time_zone: None,
            max_team_size: 5,
            outreach: Default::default(),
            datasets: vec![DatasetSpec {
                slug: Slug::parse("street-trees").expect("slug"),
                title: "Street trees".into(),
                file: "data/trees.csv".into(),
                license: String::new(),
                source: "s".into(),
                description: String::new(),
                caveats: String::new(),
                columns: Vec::new(),
                row_count: 0,
            }],
            tracks: vec![TrackSpec {
                slug: Slug::parse("predict").expect("slug"),
                title: "Predict".into(),
                description: String::new(),
                kind: TrackSpecKind::Predictions {
                    metric: Metric::Rmse,
                    id_column: "id".into(),
                    target_column: "y".into(),
                    answers: "hidden/answers.csv".into(),
                    daily_limit: 5,
                    final_selections: 2,
                },
            }],
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).single().expect("time")
    }

    #[test]
    fn every_field_links_to_its_page_and_input() {
        let problems = [
            Problem::field(MANIFEST, 2, "title", "must not be empty"),
            Problem::field(MANIFEST, 4, "description", "must name a Markdown file ending in .md"),
            Problem::field(MANIFEST, 9, "datasets[0].license", "must not be empty"),
            Problem::field(MANIFEST, 12, "datasets[0].columns[1].name", "is repeated"),
            Problem::field(MANIFEST, 20, "tracks[0].id_column", "is not a column of the answers"),
            Problem::field(MANIFEST, 30, "tracks[0].cases[1].answers", "is missing"),
            Problem::field(MANIFEST, 40, "tracks[7].metric", "is unknown"),
        ];
        let listed = publish_problems("trees", &manifest(), &problems, now());
        let links: Vec<&str> = listed.iter().map(|p| p.link.as_str()).collect();
        assert_eq!(
            links,
            vec![
                "/challenges/trees/manage/details#title",
                "/challenges/trees/manage/details#description_md",
                "/challenges/trees/manage/datasets/street-trees#license",
                "/challenges/trees/manage/datasets/street-trees#columns-1-type",
                "/challenges/trees/manage/tracks/predict#id_column",
                "/challenges/trees/manage/tracks/predict#cases",
                "/challenges/trees/manage/tracks",
            ]
        );
        assert_eq!(listed[0].message, "title: must not be empty.");
        assert_eq!(listed[2].place, "Dataset “Street trees”");
        assert_eq!(listed[3].message, "column “2”: name: is repeated.");
        assert_eq!(listed[4].place, "Track “Predict”");
    }

    #[test]
    fn file_problems_link_to_the_dataset_or_track_that_uses_the_file() {
        let problems = [
            Problem::at_line("data/trees.csv", 5, "has 3 cells; the header has 4"),
            Problem::file("hidden/answers.csv", "has no Private rows"),
            Problem::file("README.md", "is not valid UTF-8 text"),
            Problem::file("other.csv", "cannot be read"),
            Problem::file(MANIFEST, "is not valid UTF-8 text"),
        ];
        let listed = publish_problems("trees", &manifest(), &problems, now());
        let links: Vec<&str> = listed.iter().map(|p| p.link.as_str()).collect();
        assert_eq!(
            links,
            vec![
                "/challenges/trees/manage/datasets/street-trees#file",
                "/challenges/trees/manage/tracks/predict#answers",
                "/challenges/trees/manage/details#description_md",
                "/challenges/trees/manage",
                "/challenges/trees/manage/details",
            ]
        );
        assert_eq!(listed[0].message, "data/trees.csv line 5: has 3 cells; the header has 4.");
    }

    #[test]
    fn no_track_and_a_past_closing_date_are_refused_once() {
        let mut empty = manifest();
        empty.tracks.clear();
        let problems = [Problem::field(MANIFEST, 1, "tracks", "at least one [[tracks]] table is required")];
        let late = Utc.with_ymd_and_hms(2027, 3, 2, 0, 0, 0).single().expect("time");
        let listed = publish_problems("trees", &empty, &problems, late);
        assert_eq!(listed.len(), 2, "{listed:?}");
        assert_eq!(listed[0].message, NO_TRACK);
        assert_eq!(listed[0].link, "/challenges/trees/manage/tracks");
        assert_eq!(listed[1].message, CLOSED);
        assert_eq!(listed[1].link, "/challenges/trees/manage/details#closes_at");
        assert!(publish_problems("trees", &manifest(), &[], now()).is_empty());
    }
}
