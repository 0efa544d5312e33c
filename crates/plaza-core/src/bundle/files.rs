//! Checks the files a manifest names: the brief, the public datasets against
//! their data dictionary, and the hidden answers and case inputs.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use super::manifest::{DatasetDraft, Draft, Located, TrackDraft};
use super::{BundleSource, MANIFEST, Problem};
use crate::challenge::{Column, TrackKind};
use crate::metric::Metric;
use crate::scoring::Answers;
use crate::scoring::values::Kind;

/// At most this many problems are listed per file; the rest are counted.
const MAX_PROBLEMS_PER_FILE: usize = 20;
/// The brief may be at most this large.
const MAX_DESCRIPTION_BYTES: usize = 1024 * 1024;
/// The column holding Public/Private in answers files.
pub const USAGE_COLUMN: &str = "Usage";

pub(crate) struct Checked {
    pub problems: Vec<Problem>,
    pub row_counts: BTreeMap<String, u64>,
    pub description_md: String,
}

/// A source that remembers the SHA-256 of every file read through it, so
/// public files can be compared with hidden ones by content.
struct Hashing<'a> {
    inner: &'a dyn BundleSource,
    hashes: RefCell<BTreeMap<String, [u8; 32]>>,
}

impl BundleSource for Hashing<'_> {
    fn read(&self, path: &str) -> std::io::Result<Vec<u8>> {
        let bytes = self.inner.read(path)?;
        self.hashes.borrow_mut().insert(path.to_owned(), Sha256::digest(&bytes).into());
        Ok(bytes)
    }

    fn resolved_path(&self, path: &str) -> std::io::Result<String> {
        self.inner.resolved_path(path)
    }
}

pub(crate) fn check_files(source: &dyn BundleSource, draft: &Draft) -> Checked {
    let hashing = Hashing { inner: source, hashes: RefCell::new(BTreeMap::new()) };
    let mut checked = check_each_file(&hashing, draft);
    check_public_is_not_hidden(&hashing, draft, &mut checked.problems);
    checked
}

/// A public file (the brief, a dataset) must not lead into hidden/ through
/// a link, nor hold the same bytes as a hidden answers file.
///
/// A case input may equal a public dataset: a code track often runs on the
/// very test features a predictions track publishes (the air-quality
/// example does), and inputs hold no answers.
fn check_public_is_not_hidden(source: &Hashing<'_>, draft: &Draft, problems: &mut Vec<Problem>) {
    let mut hidden: Vec<&str> = Vec::new();
    for track in &draft.tracks {
        hidden.extend(track.answers.iter().map(|a| a.value.as_str()));
        for (_, answers) in &track.cases {
            hidden.extend(answers.iter().map(|p| p.value.as_str()));
        }
    }
    let public = draft.description.iter().chain(draft.datasets.iter().filter_map(|d| d.file.as_ref()));
    let hashes = source.hashes.borrow();
    for file in public {
        let path = file.value.as_str();
        if let Ok(resolved) = source.resolved_path(path)
            && resolved != path
            && super::is_hidden_path(&resolved)
        {
            problems.push(Problem::field(
                MANIFEST,
                file.line,
                &file.field,
                plaza_i18n::tr_with(
                    "bundle-files-link-to-hidden",
                    &[("path", path.into()), ("hidden", resolved.as_str().into())],
                ),
            ));
            continue;
        }
        let Some(hash) = hashes.get(path) else { continue };
        if let Some(same) = hidden.iter().find(|h| hashes.get(**h) == Some(hash)) {
            problems.push(Problem::field(
                MANIFEST,
                file.line,
                &file.field,
                plaza_i18n::tr_with(
                    "bundle-files-same-as-hidden",
                    &[("path", path.into()), ("hidden", (*same).into())],
                ),
            ));
        }
    }
}

fn check_each_file(source: &dyn BundleSource, draft: &Draft) -> Checked {
    let mut checked = Checked { problems: Vec::new(), row_counts: BTreeMap::new(), description_md: String::new() };
    if let Some(description) = &draft.description
        && let Some(bytes) = read(source, description, &mut checked.problems)
    {
        if bytes.len() > MAX_DESCRIPTION_BYTES {
            checked.problems.push(Problem::file(&description.value, plaza_i18n::tr("bundle-files-brief-too-large")));
        }
        match String::from_utf8(bytes) {
            Ok(text) => checked.description_md = text,
            Err(_) => {
                checked.problems.push(Problem::file(&description.value, plaza_i18n::tr("bundle-files-brief-not-utf8")));
            }
        }
    }
    for dataset in &draft.datasets {
        check_dataset(source, dataset, &mut checked);
    }
    for track in &draft.tracks {
        check_track(source, track, &mut checked.problems);
    }
    checked
}

/// The problems of the files one track needs to be scored, and its answers
/// once parsed (predictions tracks): for `plaza score`, which has no use for
/// the other tracks' files. Code tracks need their cases and the public
/// datasets (their programs read them).
pub(crate) fn check_track_files(
    source: &dyn BundleSource,
    draft: &Draft,
    track: &TrackDraft,
) -> (Vec<Problem>, Option<Answers>) {
    let mut problems = Vec::new();
    let mut parsed = None;
    match (track.kind, &track.id_column, &track.target_column) {
        (Some(TrackKind::Predictions), Some(id_column), Some(target_column)) => {
            if let Some(answers) = &track.answers
                && let Some(bytes) = read(source, answers, &mut problems)
            {
                parsed =
                    check_answers_parsed(&answers.value, &bytes, id_column, target_column, track.metric, &mut problems);
            }
        }
        (Some(TrackKind::Code), Some(_), Some(_)) => {
            let mut checked =
                Checked { problems: Vec::new(), row_counts: BTreeMap::new(), description_md: String::new() };
            for dataset in &draft.datasets {
                check_dataset(source, dataset, &mut checked);
            }
            problems.append(&mut checked.problems);
            check_track(source, track, &mut problems);
        }
        _ => {}
    }
    (problems, parsed)
}

fn read(source: &dyn BundleSource, path: &Located<String>, problems: &mut Vec<Problem>) -> Option<Vec<u8>> {
    match source.read(&path.value) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            problems.push(Problem::field(
                MANIFEST,
                path.line,
                &path.field,
                plaza_i18n::tr_with(
                    "bundle-files-unreadable",
                    &[("path", path.value.as_str().into()), ("reason", super::problem::io_reason(&err).into())],
                ),
            ));
            None
        }
    }
}

/// Collects a file's problems, keeping only the first few.
struct FileProblems<'a> {
    file: &'a str,
    problems: Vec<Problem>,
    more: usize,
}

impl<'a> FileProblems<'a> {
    fn new(file: &'a str) -> Self {
        Self { file, problems: Vec::new(), more: 0 }
    }

    fn at(&mut self, line: u64, message: impl Into<String>) {
        if self.problems.len() < MAX_PROBLEMS_PER_FILE {
            self.problems.push(Problem::at_line(self.file, line as usize, message));
        } else {
            self.more += 1;
        }
    }

    fn whole(&mut self, message: impl Into<String>) {
        self.problems.push(Problem::file(self.file, message));
    }

    fn finish(mut self, into: &mut Vec<Problem>) {
        if self.more > 0 {
            let more = self.more;
            self.whole(plaza_i18n::tr_with("bundle-files-more-problems", &[("count", more.into())]));
        }
        into.append(&mut self.problems);
    }
}

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(bytes)
}

fn headers(file: &str, rdr: &mut csv::Reader<&[u8]>, out: &mut FileProblems<'_>) -> Option<Vec<String>> {
    match rdr.headers() {
        Ok(h) if h.iter().all(str::is_empty) => {
            out.whole(plaza_i18n::tr("bundle-files-csv-empty"));
            None
        }
        Ok(h) => {
            let names: Vec<String> = h.iter().map(|s| s.trim().to_owned()).collect();
            let mut seen = BTreeSet::new();
            for name in &names {
                if !seen.insert(name) {
                    out.at(1, plaza_i18n::tr_with("bundle-files-header-twice", &[("column", name.as_str().into())]));
                }
            }
            Some(names)
        }
        Err(err) => {
            out.whole(plaza_i18n::tr_with("bundle-files-csv-unreadable", &[("reason", csv_reason(&err, file).into())]));
            None
        }
    }
}

fn csv_reason(err: &csv::Error, _file: &str) -> String {
    match err.kind() {
        csv::ErrorKind::Utf8 { .. } => plaza_i18n::tr("bundle-files-csv-not-utf8"),
        csv::ErrorKind::Io(io) => io.to_string(),
        _ => err.to_string(),
    }
}

fn check_dataset(source: &dyn BundleSource, dataset: &DatasetDraft, checked: &mut Checked) {
    let Some(file) = &dataset.file else { return };
    if super::is_hidden_path(&file.value) {
        // Already refused by the manifest check; never read hidden data as public.
        return;
    }
    let Some(bytes) = read(source, file, &mut checked.problems) else {
        return;
    };
    let path = file.value.as_str();
    let mut out = FileProblems::new(path);
    let mut rdr = reader(&bytes);
    let Some(header) = headers(path, &mut rdr, &mut out) else {
        out.finish(&mut checked.problems);
        return;
    };
    let described: BTreeMap<&str, &Column> = dataset.columns.iter().map(|c| (c.name.as_str(), c)).collect();
    // Columns the dictionary leaves out are allowed (the data guide lists
    // them as not described); a described column must exist.
    for column in &dataset.columns {
        if !header.contains(&column.name) {
            checked.problems.push(Problem::field(
                MANIFEST,
                dataset.line,
                &dataset.columns_field,
                plaza_i18n::tr_with(
                    "bundle-files-described-column-missing",
                    &[
                        ("column", column.name.as_str().into()),
                        ("path", path.into()),
                        ("columns", header.join(", ").into()),
                    ],
                ),
            ));
        }
    }
    // First bad cell and the count of bad cells, per column.
    let mut bad: BTreeMap<usize, (u64, String, u64)> = BTreeMap::new();
    let mut rows = 0u64;
    let mut record = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                rows += 1;
                let line = record.position().map_or(rows + 1, csv::Position::line);
                if record.len() != header.len() {
                    out.at(line, field_count(record.len(), header.len()));
                    continue;
                }
                for (index, cell) in record.iter().enumerate() {
                    let Some(column) = described.get(header[index].as_str()) else {
                        continue;
                    };
                    if !cell.trim().is_empty() && !column.column_type.accepts(cell) {
                        let entry = bad.entry(index).or_insert((line, cell.to_owned(), 0));
                        entry.2 += 1;
                    }
                }
            }
            Err(err) => {
                let line = err.position().map_or(rows + 2, csv::Position::line);
                out.at(line, unreadable_row(&err, path));
                break;
            }
        }
    }
    for (index, (line, cell, count)) in bad {
        let column = described[header[index].as_str()];
        let (name, kind, label) = (column.name.as_str(), column.column_type.name(), column.column_type.label());
        let value = truncate(&cell, 40);
        let message = if count > 1 {
            plaza_i18n::tr_with(
                "bundle-files-bad-cell-more",
                &[
                    ("column", name.into()),
                    ("type", kind.into()),
                    ("label", label.into()),
                    ("value", value.into()),
                    ("more", (count - 1).into()),
                ],
            )
        } else {
            plaza_i18n::tr_with(
                "bundle-files-bad-cell",
                &[("column", name.into()), ("type", kind.into()), ("label", label.into()), ("value", value.into())],
            )
        };
        out.at(line, message);
    }
    if rows == 0 {
        out.whole(plaza_i18n::tr("bundle-files-no-data-rows"));
    }
    checked.row_counts.insert(path.to_owned(), rows);
    out.finish(&mut checked.problems);
}

fn check_track(source: &dyn BundleSource, track: &TrackDraft, problems: &mut Vec<Problem>) {
    let (Some(kind), Some(id_column), Some(target_column)) = (track.kind, &track.id_column, &track.target_column)
    else {
        return;
    };
    match kind {
        TrackKind::Predictions => {
            if let Some(answers) = &track.answers
                && let Some(bytes) = read(source, answers, problems)
            {
                check_answers_parsed(&answers.value, &bytes, id_column, target_column, track.metric, problems);
            }
        }
        TrackKind::Code => {
            for (input, answers) in &track.cases {
                let answer_ids = match answers {
                    Some(answers) => read(source, answers, problems).and_then(|bytes| {
                        check_answers(&answers.value, &bytes, id_column, target_column, track.metric, problems)
                    }),
                    None => None,
                };
                let input_ids = match input {
                    Some(input) => read(source, input, problems)
                        .and_then(|bytes| check_case_input(&input.value, &bytes, id_column, problems)),
                    None => None,
                };
                if let (Some(input), Some(answers), Some(input_ids), Some(answer_ids)) =
                    (input, answers, input_ids, answer_ids)
                {
                    compare_ids(&input.value, &answers.value, &input_ids, &answer_ids, problems);
                }
            }
        }
        TrackKind::Ideas => {}
    }
}

/// Checks a hidden answers file and parses it for scoring, in one pass when
/// the file is right (nearly always). Otherwise the bundle check reads it
/// again to list its problems, in its own words; the answers are then `None`,
/// or parsed on their own if the check found nothing to say.
pub(crate) fn check_answers_parsed(
    path: &str,
    bytes: &[u8],
    id_column: &str,
    target_column: &str,
    metric: Option<Metric>,
    problems: &mut Vec<Problem>,
) -> Option<Answers> {
    if let Some(metric) = metric
        && let Some(answers) = Answers::parse_checked(bytes, id_column, target_column, metric)
    {
        return Some(answers);
    }
    let before = problems.len();
    check_answers_by_record(path, bytes, id_column, target_column, metric, problems);
    if problems.len() > before {
        return None;
    }
    Answers::parse(bytes, id_column, target_column, metric?).ok()
}

/// Checks a hidden answers file; returns its ids when they are usable.
pub(crate) fn check_answers(
    path: &str,
    bytes: &[u8],
    id_column: &str,
    target_column: &str,
    metric: Option<Metric>,
    problems: &mut Vec<Problem>,
) -> Option<BTreeSet<String>> {
    // A right file is read once, by the scoring parser, which accepts only
    // what the reading below would accept.
    if let Some(metric) = metric
        && let Some(answers) = Answers::parse_checked(bytes, id_column, target_column, metric)
    {
        return Some(answers.ids().map(str::to_owned).collect());
    }
    check_answers_by_record(path, bytes, id_column, target_column, metric, problems)
}

/// The bundle check of an answers file, record by record, naming every
/// problem; returns its ids when they are usable.
pub(crate) fn check_answers_by_record(
    path: &str,
    bytes: &[u8],
    id_column: &str,
    target_column: &str,
    metric: Option<Metric>,
    problems: &mut Vec<Problem>,
) -> Option<BTreeSet<String>> {
    let mut out = FileProblems::new(path);
    let mut rdr = reader(bytes);
    let header = headers(path, &mut rdr, &mut out);
    let Some(header) = header else {
        out.finish(problems);
        return None;
    };
    let position = |name: &str| header.iter().position(|h| h == name);
    let (id_at, target_at, usage_at) = (position(id_column), position(target_column), position(USAGE_COLUMN));
    let missing: Vec<String> = [(id_at, id_column), (target_at, target_column), (usage_at, USAGE_COLUMN)]
        .iter()
        .filter(|(at, _)| at.is_none())
        .map(|(_, name)| format!("'{name}'"))
        .collect();
    let (Some(id_at), Some(target_at), Some(usage_at)) = (id_at, target_at, usage_at) else {
        out.at(
            1,
            plaza_i18n::tr_with(
                "bundle-files-answers-columns-missing",
                &[
                    ("id", id_column.into()),
                    ("target", target_column.into()),
                    ("usage", USAGE_COLUMN.into()),
                    ("missing", missing.join(", ").into()),
                    ("columns", header.join(", ").into()),
                ],
            ),
        );
        out.finish(problems);
        return None;
    };
    let mut first_line: BTreeMap<String, u64> = BTreeMap::new();
    let (mut public, mut private) = (0u64, 0u64);
    let mut record = csv::StringRecord::new();
    let mut rows = 0u64;
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                rows += 1;
                let line = record.position().map_or(rows + 1, csv::Position::line);
                if record.len() != header.len() {
                    out.at(line, field_count(record.len(), header.len()));
                    continue;
                }
                let id = record.get(id_at).unwrap_or_default().trim();
                if id.is_empty() {
                    out.at(line, id_empty(id_column));
                } else if let Some(first) = first_line.get(id) {
                    out.at(line, id_twice(id, *first));
                } else {
                    first_line.insert(id.to_owned(), line);
                }
                match record.get(usage_at).unwrap_or_default().trim() {
                    "Public" => public += 1,
                    "Private" => private += 1,
                    other => out.at(
                        line,
                        plaza_i18n::tr_with(
                            "bundle-files-bad-usage",
                            &[("usage", USAGE_COLUMN.into()), ("value", truncate(other, 40).into())],
                        ),
                    ),
                }
                let target = record.get(target_at).unwrap_or_default().trim();
                if let Some(reason) = target_problem(target, metric) {
                    out.at(
                        line,
                        plaza_i18n::tr_with(
                            "bundle-files-bad-target",
                            &[("column", target_column.into()), ("reason", reason.into())],
                        ),
                    );
                }
            }
            Err(err) => {
                let line = err.position().map_or(rows + 2, csv::Position::line);
                out.at(line, unreadable_row(&err, path));
                break;
            }
        }
    }
    if rows == 0 {
        out.whole(plaza_i18n::tr("bundle-files-no-answer-rows"));
    } else {
        if public == 0 {
            out.whole(plaza_i18n::tr("bundle-files-no-public-rows"));
        }
        if private == 0 {
            out.whole(plaza_i18n::tr("bundle-files-no-private-rows"));
        }
    }
    let ok = out.problems.is_empty();
    out.finish(problems);
    ok.then(|| first_line.into_keys().collect())
}

fn target_problem(target: &str, metric: Option<Metric>) -> Option<String> {
    if target.is_empty() {
        return Some(plaza_i18n::tr("bundle-files-target-empty"));
    }
    let metric = metric?;
    let answers = metric.spec().answers;
    if answers == Kind::Binary {
        let ok = matches!(target.to_ascii_lowercase().as_str(), "0" | "1" | "true" | "false" | "0.0" | "1.0");
        return (!ok).then(|| {
            plaza_i18n::tr_with(
                "bundle-files-target-not-binary",
                &[("value", truncate(target, 40).into()), ("metric", metric.name().into())],
            )
        });
    }
    if !metric.is_classification() {
        return match target.parse::<f64>() {
            Ok(v) if !v.is_finite() => {
                Some(plaza_i18n::tr_with("bundle-files-target-not-finite", &[("value", target.into())]))
            }
            Ok(v) if answers == Kind::NonNegative && v < 0.0 => Some(plaza_i18n::tr_with(
                "bundle-files-target-negative",
                &[("value", v.to_string().into()), ("metric", metric.name().into())],
            )),
            Ok(_) => None,
            Err(_) => {
                Some(plaza_i18n::tr_with("bundle-files-target-not-a-number", &[("value", truncate(target, 40).into())]))
            }
        };
    }
    None
}

pub(crate) fn check_case_input(
    path: &str,
    bytes: &[u8],
    id_column: &str,
    problems: &mut Vec<Problem>,
) -> Option<BTreeSet<String>> {
    let mut out = FileProblems::new(path);
    let mut rdr = reader(bytes);
    let Some(header) = headers(path, &mut rdr, &mut out) else {
        out.finish(problems);
        return None;
    };
    let Some(id_at) = header.iter().position(|h| h == id_column) else {
        out.at(
            1,
            plaza_i18n::tr_with(
                "bundle-files-case-input-no-id",
                &[("id", id_column.into()), ("columns", header.join(", ").into())],
            ),
        );
        out.finish(problems);
        return None;
    };
    let mut ids: BTreeMap<String, u64> = BTreeMap::new();
    let mut record = csv::StringRecord::new();
    let mut rows = 0u64;
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                rows += 1;
                let line = record.position().map_or(rows + 1, csv::Position::line);
                let id = record.get(id_at).unwrap_or_default().trim();
                if id.is_empty() {
                    out.at(line, id_empty(id_column));
                } else if let Some(first) = ids.get(id) {
                    out.at(line, id_twice(id, *first));
                } else {
                    ids.insert(id.to_owned(), line);
                }
            }
            Err(err) => {
                let line = err.position().map_or(rows + 2, csv::Position::line);
                out.at(line, unreadable_row(&err, path));
                break;
            }
        }
    }
    let ok = out.problems.is_empty();
    out.finish(problems);
    ok.then(|| ids.into_keys().collect())
}

pub(crate) fn compare_ids(
    input: &str,
    answers: &str,
    input_ids: &BTreeSet<String>,
    answer_ids: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    let missing: Vec<&String> = answer_ids.difference(input_ids).collect();
    let extra: Vec<&String> = input_ids.difference(answer_ids).collect();
    if !missing.is_empty() {
        problems.push(Problem::file(
            input,
            plaza_i18n::tr_with(
                "bundle-files-case-ids-missing",
                &[
                    ("count", missing.len().into()),
                    ("answers", answers.into()),
                    ("examples", examples(&missing).into()),
                ],
            ),
        ));
    }
    if !extra.is_empty() {
        problems.push(Problem::file(
            input,
            plaza_i18n::tr_with(
                "bundle-files-case-ids-extra",
                &[("count", extra.len().into()), ("answers", answers.into()), ("examples", examples(&extra).into())],
            ),
        ));
    }
}

/// A row with `fields` fields under a header of `header`.
fn field_count(fields: usize, header: usize) -> String {
    plaza_i18n::tr_with("bundle-files-field-count", &[("fields", fields.into()), ("header", header.into())])
}

/// A row the CSV reader could not read.
fn unreadable_row(err: &csv::Error, file: &str) -> String {
    plaza_i18n::tr_with("bundle-files-row-unreadable", &[("reason", csv_reason(err, file).into())])
}

/// A row whose id (in `column`) is empty.
fn id_empty(column: &str) -> String {
    plaza_i18n::tr_with("bundle-files-id-empty", &[("column", column.into())])
}

/// A row whose id already appeared on line `first`.
fn id_twice(id: &str, first: u64) -> String {
    plaza_i18n::tr_with("bundle-files-id-twice", &[("id", id.into()), ("first", first.into())])
}

fn examples(ids: &[&String]) -> String {
    ids.iter().take(3).map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}
