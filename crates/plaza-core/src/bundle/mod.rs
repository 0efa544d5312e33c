//! The challenge bundle: a folder with `challenge.toml`, a Markdown brief,
//! public data files and hidden answers, that fully describes a challenge.
//!
//! [`check`] reads the manifest and every file it names through a
//! [`BundleSource`] (so this crate stays free of I/O) and returns either a
//! [`Bundle`] that is safe to import or every [`Problem`] found, each naming the
//! file, line and field.

mod files;
mod manifest;
mod problem;
mod write;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::challenge::{Column, Criterion, Limits, Question};
use crate::metric::Metric;
use crate::scoring::Answers;
use crate::slug::Slug;

pub use files::USAGE_COLUMN;
pub use manifest::{
    DEFAULT_MAX_TEAM_SIZE, MAX_CONTACT, MAX_OPTION, MAX_OPTIONS, MAX_QUESTION_HELP, MAX_QUESTION_KEY,
    MAX_QUESTION_LABEL, MAX_QUESTIONS, MAX_SUMMARY, MAX_TEXT, MAX_TITLE, MIN_OPTIONS, RESERVED_QUESTION_KEYS,
};
pub use problem::Problem;

/// The manifest's file name inside a bundle.
pub const MANIFEST: &str = "challenge.toml";
/// Files under this folder are hidden: never downloadable, never shown.
pub const HIDDEN_DIR: &str = "hidden/";

/// Where a bundle's files come from: a folder on disk, an upload, a test.
pub trait BundleSource {
    /// The bytes of the file at `path`, relative to the bundle root with `/`
    /// separators (already checked to stay inside the bundle).
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>>;

    /// Where `path` really leads, relative to the bundle root with `/`
    /// separators, once symbolic links are followed. A source without links
    /// (memory, an upload) gives `path` back.
    fn resolved_path(&self, path: &str) -> std::io::Result<String> {
        Ok(path.to_owned())
    }
}

/// Bundle files held in memory, for tests and uploads.
impl BundleSource for BTreeMap<String, Vec<u8>> {
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        self.get(path)
            .cloned()
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file in the bundle"))
    }
}

/// A bundle that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    pub manifest: Manifest,
    /// The brief, read from `manifest.description`.
    pub description_md: String,
    /// Every file the manifest names, including the manifest itself.
    pub files: Vec<BundleFile>,
    /// The challenge's own words in other languages, by language, from
    /// `translations/<language>.toml` (see [`crate::content`]).
    pub translations: BTreeMap<String, crate::content::Translations>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleFile {
    pub path: String,
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub slug: Slug,
    pub title: String,
    pub summary: String,
    /// Path of the Markdown brief.
    pub description: String,
    pub host: String,
    /// Where residents ask questions (an email address, phone or web page); empty for none.
    pub contact: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Where the challenge's times are shown and its days begin; none for
    /// the site's default.
    pub time_zone: Option<crate::Zone>,
    /// Most members a team may have.
    pub max_team_size: u32,
    /// Ways to take part without a computer, and the posters' paper (`[outreach]`).
    pub outreach: crate::outreach::Outreach,
    pub datasets: Vec<DatasetSpec>,
    pub tracks: Vec<TrackSpec>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DatasetSpec {
    pub slug: Slug,
    pub title: String,
    pub file: String,
    pub license: String,
    pub source: String,
    pub description: String,
    pub caveats: String,
    pub columns: Vec<Column>,
    /// Data rows, filled in by the file checks.
    pub row_count: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrackSpec {
    pub slug: Slug,
    pub title: String,
    pub description: String,
    pub kind: TrackSpecKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TrackSpecKind {
    Predictions {
        metric: Metric,
        id_column: String,
        target_column: String,
        answers: String,
        daily_limit: u32,
        final_selections: u32,
    },
    Code {
        metric: Metric,
        id_column: String,
        target_column: String,
        cases: Vec<CaseSpec>,
        limits: Limits,
        daily_limit: u32,
        final_selections: u32,
    },
    Ideas {
        judges_per_entry: u32,
        criteria: Vec<Criterion>,
        /// Extra questions of the entry form, in the order the manifest gives them.
        questions: Vec<Question>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSpec {
    pub input: String,
    pub answers: String,
}

/// The largest manifest read: thousands of tracks and columns fit well within it.
pub const MAX_MANIFEST_BYTES: usize = 1024 * 1024;

/// Checks the bundle in `source`: the manifest, then every file it names.
/// Returns all problems at once, or a bundle that is safe to import.
pub fn check(source: &dyn BundleSource) -> Result<Bundle, Vec<Problem>> {
    let text = manifest_text(source)?;
    let (draft, mut problems) = manifest::parse(&text);
    let checked = files::check_files(source, &draft);
    problems.extend(checked.problems);
    match (draft.into_manifest(), problems.is_empty()) {
        (Some(mut manifest), true) => {
            for dataset in &mut manifest.datasets {
                dataset.row_count = checked.row_counts.get(&dataset.file).copied().unwrap_or(0);
            }
            let files = referenced_files(&manifest);
            let translations = read_translations(source, &manifest, &checked.description_md)?;
            Ok(Bundle { manifest, description_md: checked.description_md, files, translations })
        }
        _ => {
            sort_problems(&mut problems);
            Err(problems)
        }
    }
}

/// The translations a bundle carries for each language of the site other
/// than the one challenges are written in, each checked against the pieces
/// the challenge has. A file for a language the site lacks is not read.
fn read_translations(
    source: &dyn BundleSource,
    manifest: &Manifest,
    description_md: &str,
) -> Result<BTreeMap<String, crate::content::Translations>, Vec<Problem>> {
    let fields = crate::content::manifest_fields(manifest, description_md);
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    let written_in = plaza_i18n::default_language();
    for language in plaza_i18n::languages().filter(|l| l.code != written_in) {
        let path = crate::content::bundle_path(language.code);
        let text = match source.read(&path) {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => {
                problems.push(Problem::file(&path, problem::io_reason(&err)));
                continue;
            }
            Ok(bytes) if bytes.len() > crate::content::MAX_BUNDLE_FILE_BYTES => {
                problems.push(Problem::file(
                    &path,
                    plaza_i18n::tr_with(
                        "content-problem-file-too-large",
                        &[("max", (crate::content::MAX_BUNDLE_FILE_BYTES / 1024 / 1024).into())],
                    ),
                ));
                continue;
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(_) => {
                    problems.push(Problem::file(&path, plaza_i18n::tr("content-problem-not-utf8")));
                    continue;
                }
            },
        };
        let given = match crate::content::from_toml(&text) {
            Ok(given) => given,
            Err(reason) => {
                problems.push(Problem::file(&path, reason));
                continue;
            }
        };
        match crate::content::check(&fields, given) {
            Ok(kept) => {
                out.insert(language.code.to_owned(), kept);
            }
            Err(found) => problems.extend(found.into_iter().map(|message| Problem::file(&path, message))),
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// The manifest's text, or why it cannot be read.
fn manifest_text(source: &dyn BundleSource) -> Result<String, Vec<Problem>> {
    match source.read(MANIFEST) {
        Ok(bytes) if bytes.len() > MAX_MANIFEST_BYTES => Err(vec![Problem::file(
            MANIFEST,
            plaza_i18n::tr_with(
                "bundle-mod-manifest-too-large",
                &[("size", (bytes.len() / 1024).into()), ("max", (MAX_MANIFEST_BYTES / 1024).into())],
            ),
        )]),
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|_| vec![Problem::file(MANIFEST, plaza_i18n::tr("bundle-mod-manifest-not-utf8"))]),
        Err(err) => Err(vec![Problem::file(
            MANIFEST,
            plaza_i18n::tr_with("bundle-mod-manifest-unreadable", &[("reason", problem::io_reason(&err).into())]),
        )]),
    }
}

/// The problems in the order every check lists them: the manifest's first.
fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by(|a, b| (a.file != MANIFEST, &a.file, a.line).cmp(&(b.file != MANIFEST, &b.file, b.line)));
}

/// What scoring one track needs from a bundle that passed [`check_track`].
#[derive(Debug, Clone)]
pub struct CheckedTrack {
    pub manifest: Manifest,
    /// A predictions track's answers, parsed while they were checked; `None`
    /// for other tracks, or when the check read the file in a way scoring
    /// does not (scoring then parses it again and says why it cannot).
    pub answers: Option<Answers>,
}

/// Checks what scoring the track `track` needs, for `plaza score`: the
/// manifest, and that track's files (its answers, or its cases and the
/// public datasets its programs read), with the messages of [`check`].
/// Other tracks' files are not read. Without a track of that name, only
/// the manifest is checked; the caller says that the track does not exist.
pub fn check_track(source: &dyn BundleSource, track: &str) -> Result<CheckedTrack, Vec<Problem>> {
    let text = manifest_text(source)?;
    let (draft, mut problems) = manifest::parse(&text);
    let mut answers = None;
    if let Some(spec) = draft.tracks.iter().find(|t| t.slug.as_ref().is_some_and(|slug| slug.as_str() == track)) {
        let (file_problems, parsed) = files::check_track_files(source, &draft, spec);
        problems.extend(file_problems);
        answers = parsed;
    }
    match (draft.into_manifest(), problems.is_empty()) {
        (Some(manifest), true) => Ok(CheckedTrack { manifest, answers }),
        _ => {
            sort_problems(&mut problems);
            Err(problems)
        }
    }
}

/// A predictions track's id and target columns, from the manifest alone
/// (none of the files it names is read), so that an entry can be read while
/// [`check_track`] parses the answers; `None` when the manifest cannot be
/// read or `track` is not a predictions track of it ([`check_track`] says why).
pub fn prediction_columns(source: &dyn BundleSource, track: &str) -> Option<(String, String)> {
    let manifest = read_manifest(&manifest_text(source).ok()?).ok()?;
    match &manifest.tracks.iter().find(|t| t.slug.as_str() == track)?.kind {
        TrackSpecKind::Predictions { id_column, target_column, .. } => Some((id_column.clone(), target_column.clone())),
        _ => None,
    }
}

/// Reads a manifest's text alone, without opening the files it names (so
/// row counts stay 0): for comparing a stored manifest with a challenge.
pub fn read_manifest(text: &str) -> Result<Manifest, Vec<Problem>> {
    let (draft, problems) = manifest::parse(text);
    match draft.into_manifest() {
        Some(manifest) if problems.is_empty() => Ok(manifest),
        _ => Err(problems),
    }
}

fn referenced_files(manifest: &Manifest) -> Vec<BundleFile> {
    let mut files = vec![
        BundleFile { path: MANIFEST.into(), hidden: false },
        BundleFile { path: manifest.description.clone(), hidden: false },
    ];
    files.extend(manifest.datasets.iter().map(|d| BundleFile { path: d.file.clone(), hidden: false }));
    for track in &manifest.tracks {
        match &track.kind {
            TrackSpecKind::Predictions { answers, .. } => {
                files.push(BundleFile { path: answers.clone(), hidden: true });
            }
            TrackSpecKind::Code { cases, .. } => {
                for case in cases {
                    files.push(BundleFile { path: case.input.clone(), hidden: true });
                    files.push(BundleFile { path: case.answers.clone(), hidden: true });
                }
            }
            TrackSpecKind::Ideas { .. } => {}
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    files.retain(|f| seen.insert(f.path.clone()));
    files
}

/// Checks one hidden answers file on its own (an upload in the browser),
/// with exactly the messages `plaza import` gives for it in a bundle: the
/// id, target and `Usage` columns, each target valid for `metric`, ids
/// unique, Public and Private rows present, each problem with its line.
/// `name` is what the messages call the file. Returns the answer ids.
pub fn check_answers_file(
    name: &str,
    bytes: &[u8],
    id_column: &str,
    target_column: &str,
    metric: Metric,
) -> Result<std::collections::BTreeSet<String>, Vec<Problem>> {
    let mut problems = Vec::new();
    match files::check_answers(name, bytes, id_column, target_column, Some(metric), &mut problems) {
        Some(ids) if problems.is_empty() => Ok(ids),
        _ => Err(problems),
    }
}

/// Checks one hidden case of a code track on its own: the input (which
/// must hold the id column, each id once) and its answers (as
/// [`check_answers_file`]), and that both hold the same ids; the messages
/// are `plaza import`'s.
pub fn check_case_files(
    input: (&str, &[u8]),
    answers: (&str, &[u8]),
    id_column: &str,
    target_column: &str,
    metric: Metric,
) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let answer_ids = files::check_answers(answers.0, answers.1, id_column, target_column, Some(metric), &mut problems);
    let input_ids = files::check_case_input(input.0, input.1, id_column, &mut problems);
    if let (Some(input_ids), Some(answer_ids)) = (input_ids, answer_ids) {
        files::compare_ids(input.0, answers.0, &input_ids, &answer_ids, &mut problems);
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Whether a bundle path is inside the hidden folder.
pub fn is_hidden_path(path: &str) -> bool {
    path.starts_with(HIDDEN_DIR)
}

#[cfg(test)]
mod tests;
