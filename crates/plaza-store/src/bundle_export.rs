//! Exporting a challenge as a bundle: the inverse of [`crate::import`].
//!
//! The manifest is rebuilt from what the database holds now, so changes made
//! in the browser (a rubric, a date) are in it. When the rebuilt manifest is
//! exactly what the stored `challenge.toml` says, the stored file is given
//! back byte for byte, comments and all. Every other file comes from the blob
//! store under the path it was imported with, so exporting an imported
//! bundle gives back the same files and importing it again changes nothing.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

use plaza_core::bundle::{
    self, Bundle, CaseSpec, DatasetSpec, MANIFEST, MAX_MANIFEST_BYTES, Manifest, TrackSpec, TrackSpecKind,
};
use plaza_core::{BlobRef, TrackSettings, Zone};
use tokio::io::AsyncReadExt;

use crate::Store;
use crate::blobs::BlobStore;
use crate::challenges::ChallengeFile;
use crate::error::{Error, Result};

/// A challenge as a bundle: its manifest, its brief and its files.
#[derive(Debug, Clone)]
pub struct ExportedBundle {
    pub manifest: Manifest,
    /// `challenge.toml` as it is written.
    pub manifest_toml: Vec<u8>,
    /// The brief, written at `manifest.description`.
    pub description_md: String,
    /// Every data and hidden file, by its path in the bundle.
    pub files: BTreeMap<String, BlobRef>,
    /// The challenge's own words in other languages, by language.
    pub translations: BTreeMap<String, plaza_core::content::Translations>,
    /// Those translations as files: `translations/<language>.toml`.
    pub translation_files: Vec<(String, Vec<u8>)>,
}

/// Where the bytes of one exported file come from.
#[derive(Debug, Clone, Copy)]
pub enum ExportContent<'a> {
    Bytes(&'a [u8]),
    Blob(&'a BlobRef),
}

impl ExportedBundle {
    /// Every file of the bundle, manifest first.
    pub fn entries(&self) -> Vec<(&str, ExportContent<'_>)> {
        let mut entries = vec![
            (MANIFEST, ExportContent::Bytes(&self.manifest_toml)),
            (self.manifest.description.as_str(), ExportContent::Bytes(self.description_md.as_bytes())),
        ];
        entries.extend(self.translation_files.iter().map(|(path, text)| (path.as_str(), ExportContent::Bytes(text))));
        entries.extend(self.files.iter().map(|(path, blob)| (path.as_str(), ExportContent::Blob(blob))));
        entries
    }

    /// Whether importing `bundle` (with its files' `hashes`) would leave the
    /// challenge exactly as it is. A bundle without a time zone takes
    /// `default_zone`, as the import does.
    pub fn describes_same_challenge(
        &self,
        bundle: &Bundle,
        hashes: &BTreeMap<String, BlobRef>,
        default_zone: Zone,
    ) -> bool {
        let mut incoming = bundle.manifest.clone();
        incoming.time_zone = Some(incoming.time_zone.unwrap_or(default_zone));
        let files: BTreeMap<&str, &str> = hashes
            .iter()
            .filter(|(path, _)| *path != MANIFEST && **path != incoming.description)
            .map(|(path, blob)| (path.as_str(), blob.sha256.as_str()))
            .collect();
        let ours: BTreeMap<&str, &str> =
            self.files.iter().map(|(path, blob)| (path.as_str(), blob.sha256.as_str())).collect();
        incoming == self.manifest
            && bundle.description_md == self.description_md
            && files == ours
            && bundle.translations == self.translations
    }

    /// Writes the bundle into `dir`, which must not exist or be empty. The
    /// files are written to a temporary folder beside it that is renamed at
    /// the end, so a failure leaves nothing half-written.
    pub async fn write_to_dir(&self, blobs: &dyn BlobStore, dir: &Path) -> Result<()> {
        if dir.exists() {
            let mut children = std::fs::read_dir(dir)
                .map_err(|err| Error::invalid(format!("cannot read the folder {}: {err}", dir.display())))?;
            if children.next().is_some() {
                return Err(Error::invalid(format!(
                    "{} is not empty: export into a new or empty folder, so that no file of yours is overwritten",
                    dir.display()
                )));
            }
        }
        let parent = match dir.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let staging = tempfile::Builder::new().prefix(".plaza-export-").tempdir_in(&parent)?;
        for (path, content) in self.entries() {
            let target = staging.path().join(safe_relative_path(path)?);
            if let Some(folder) = target.parent() {
                tokio::fs::create_dir_all(folder).await?;
            }
            let mut file = tokio::fs::File::create(&target).await?;
            match content {
                ExportContent::Bytes(bytes) => tokio::io::AsyncWriteExt::write_all(&mut file, bytes).await?,
                ExportContent::Blob(blob) => {
                    let mut reader = open_blob(blobs, path, blob).await?;
                    tokio::io::copy(&mut reader, &mut file).await?;
                }
            }
            tokio::io::AsyncWriteExt::flush(&mut file).await?;
        }
        if dir.exists() {
            std::fs::remove_dir(dir)?;
        }
        let staged = staging.keep();
        std::fs::rename(&staged, dir).inspect_err(|_| {
            let _ = std::fs::remove_dir_all(&staged);
        })?;
        Ok(())
    }

    /// Writes the bundle as a zip file into `file` (from its start) and
    /// returns it. Blobs are streamed: a large dataset is never held whole.
    pub async fn write_zip(&self, blobs: &dyn BlobStore, file: std::fs::File) -> Result<std::fs::File> {
        enum Piece {
            Start(String),
            Data(Vec<u8>),
        }
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<Piece>(8);
        let writer = tokio::task::spawn_blocking(move || -> Result<std::fs::File> {
            let zip_error = |err: zip::result::ZipError| Error::Internal(format!("cannot write the zip file: {err}"));
            let mut zip = zip::ZipWriter::new(file);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .large_file(true);
            while let Some(piece) = receiver.blocking_recv() {
                match piece {
                    Piece::Start(path) => zip.start_file(path, options).map_err(zip_error)?,
                    Piece::Data(bytes) => zip.write_all(&bytes)?,
                }
            }
            zip.finish().map_err(zip_error)
        });
        // When the writer stops early, sending fails: its error is the one to report.
        let produced: Result<()> = async {
            let closed = || Error::Internal("the zip writer stopped".into());
            for (path, content) in self.entries() {
                sender.send(Piece::Start(path.to_owned())).await.map_err(|_| closed())?;
                match content {
                    ExportContent::Bytes(bytes) => {
                        sender.send(Piece::Data(bytes.to_vec())).await.map_err(|_| closed())?;
                    }
                    ExportContent::Blob(blob) => {
                        let mut reader = open_blob(blobs, path, blob).await?;
                        loop {
                            let mut chunk = vec![0; 256 * 1024];
                            let read = reader.read(&mut chunk).await?;
                            if read == 0 {
                                break;
                            }
                            chunk.truncate(read);
                            sender.send(Piece::Data(chunk)).await.map_err(|_| closed())?;
                        }
                    }
                }
            }
            Ok(())
        }
        .await;
        drop(sender);
        let written = writer.await.map_err(|err| Error::Internal(format!("the zip writer stopped: {err}")))?;
        match (produced, written) {
            (Ok(()), Ok(file)) => Ok(file),
            (_, Err(err)) | (Err(err), Ok(_)) => Err(err),
        }
    }
}

async fn open_blob(blobs: &dyn BlobStore, path: &str, blob: &BlobRef) -> Result<crate::blobs::BlobReader> {
    blobs
        .open(&blob.sha256)
        .await?
        .ok_or_else(|| Error::Corrupt(format!("{path} (blob {}) is missing from the blob store", blob.sha256)))
}

/// A bundle path as a relative path with plain parts only.
fn safe_relative_path(path: &str) -> Result<PathBuf> {
    let relative = Path::new(path);
    let plain = !path.is_empty() && relative.components().all(|part| matches!(part, Component::Normal(_)));
    if plain { Ok(relative.to_path_buf()) } else { Err(Error::Corrupt(format!("the bundle path '{path}' is unsafe"))) }
}

impl Store {
    /// The challenge `slug` as a bundle that imports back to the same challenge.
    pub async fn export_bundle(&self, blobs: &dyn BlobStore, slug: &str) -> Result<ExportedBundle> {
        let challenge = self.challenge_by_slug(slug).await?.ok_or_else(|| {
            Error::not_found(plaza_i18n::tr_with("store-bundle-export-no-challenge", &[("slug", slug.into())]))
        })?;
        let datasets = self.datasets(challenge.id).await?;
        let tracks = self.tracks(challenge.id).await?;
        let stored = self.challenge_files(challenge.id).await?;
        let original = match stored.iter().find(|file| file.path == MANIFEST) {
            Some(file) => blobs.read_head(&file.blob.sha256, MAX_MANIFEST_BYTES).await?.and_then(|bytes| {
                let manifest = bundle::read_manifest(std::str::from_utf8(&bytes).ok()?).ok()?;
                Some((bytes, manifest))
            }),
            None => None,
        };
        let before = original.as_ref().map(|(_, manifest)| manifest);
        let mut paths = Paths { stored: &stored, used: BTreeMap::new() };

        let description = before.map_or_else(|| "README.md".to_owned(), |m| m.description.clone());
        paths.reserve(MANIFEST);
        paths.reserve(&description);
        // Where each language's translations go, never a data file's path.
        let translation_paths: Vec<String> =
            plaza_i18n::languages().map(|l| plaza_core::content::bundle_path(l.code)).collect();
        for path in &translation_paths {
            paths.reserve(path);
        }
        let mut dataset_specs = Vec::with_capacity(datasets.len());
        for dataset in &datasets {
            let preferred =
                before.and_then(|m| m.datasets.iter().find(|d| d.slug == dataset.slug)).map(|d| d.file.as_str());
            let file = paths.pick(&dataset.blob, false, preferred, &format!("data/{}", dataset.file_name));
            dataset_specs.push(DatasetSpec {
                slug: dataset.slug.clone(),
                title: dataset.title.clone(),
                file,
                license: dataset.license.clone(),
                source: dataset.source.clone(),
                description: dataset.description.clone(),
                caveats: dataset.caveats.clone(),
                columns: dataset.columns.clone(),
                row_count: dataset.row_count,
            });
        }
        let mut track_specs = Vec::with_capacity(tracks.len());
        for track in &tracks {
            let earlier = before.and_then(|m| m.tracks.iter().find(|t| t.slug == track.slug)).map(|t| &t.kind);
            let kind = match &track.settings {
                TrackSettings::Predictions {
                    metric,
                    id_column,
                    target_column,
                    answers,
                    daily_limit,
                    final_selections,
                } => {
                    let preferred = match earlier {
                        Some(TrackSpecKind::Predictions { answers, .. }) => Some(answers.as_str()),
                        _ => None,
                    };
                    TrackSpecKind::Predictions {
                        metric: *metric,
                        id_column: id_column.clone(),
                        target_column: target_column.clone(),
                        answers: paths.pick(answers, true, preferred, &format!("hidden/{}-answers.csv", track.slug)),
                        daily_limit: *daily_limit,
                        final_selections: *final_selections,
                    }
                }
                TrackSettings::Code {
                    metric,
                    id_column,
                    target_column,
                    cases,
                    limits,
                    daily_limit,
                    final_selections,
                } => {
                    let earlier_cases = match earlier {
                        Some(TrackSpecKind::Code { cases, .. }) => cases.as_slice(),
                        _ => &[],
                    };
                    let cases = cases
                        .iter()
                        .enumerate()
                        .map(|(index, case)| {
                            let before = earlier_cases.get(index);
                            let name = format!("hidden/{}-case-{}", track.slug, index + 1);
                            CaseSpec {
                                input: paths.pick(
                                    &case.input,
                                    true,
                                    before.map(|c| c.input.as_str()),
                                    &format!("{name}-input.csv"),
                                ),
                                answers: paths.pick(
                                    &case.answers,
                                    true,
                                    before.map(|c| c.answers.as_str()),
                                    &format!("{name}-answers.csv"),
                                ),
                            }
                        })
                        .collect();
                    TrackSpecKind::Code {
                        metric: *metric,
                        id_column: id_column.clone(),
                        target_column: target_column.clone(),
                        cases,
                        limits: *limits,
                        daily_limit: *daily_limit,
                        final_selections: *final_selections,
                    }
                }
                TrackSettings::Ideas { questions, .. } => {
                    // The rubric in force: the organizers' edit of it in the browser, if any.
                    let judging = self.track_judging(track).await?;
                    TrackSpecKind::Ideas {
                        judges_per_entry: judging.judges_per_entry,
                        criteria: judging.criteria,
                        questions: questions.clone(),
                    }
                }
            };
            track_specs.push(TrackSpec {
                slug: track.slug.clone(),
                title: track.title.clone(),
                description: track.description.clone(),
                kind,
            });
        }
        let manifest = Manifest {
            slug: challenge.slug.clone(),
            title: challenge.title.clone(),
            summary: challenge.summary.clone(),
            description,
            host: challenge.host.clone(),
            contact: challenge.contact.clone(),
            opens_at: challenge.timeline.opens_at,
            closes_at: challenge.timeline.closes_at,
            time_zone: Some(challenge.timeline.zone),
            max_team_size: challenge.max_team_size,
            outreach: self.outreach(challenge.id).await?,
            datasets: dataset_specs,
            tracks: track_specs,
        };
        // The stored file when it says exactly this (row counts are not in a manifest).
        let manifest_toml = match original {
            Some((bytes, before)) if before == without_row_counts(&manifest) => bytes,
            _ => manifest.to_toml().into_bytes(),
        };
        // Only pieces the challenge still has: a bundle with others would be refused.
        let pieces = plaza_core::content::manifest_fields(&manifest, &challenge.description_md);
        let mut translations = crate::content_translations::all_translations(&self.db, challenge.id).await?;
        for texts in translations.values_mut() {
            texts.retain(|key, _| pieces.iter().any(|piece| piece.key == *key));
        }
        translations.retain(|_, texts| !texts.is_empty());
        let translation_files: Vec<(String, Vec<u8>)> = translations
            .iter()
            .map(|(language, texts)| {
                (plaza_core::content::bundle_path(language), plaza_core::content::to_toml(texts).into_bytes())
            })
            .collect();
        let mut files = paths.used;
        files.remove(MANIFEST);
        files.remove(&manifest.description);
        for path in &translation_paths {
            files.remove(path);
        }
        Ok(ExportedBundle {
            manifest,
            manifest_toml,
            description_md: challenge.description_md,
            files,
            translations,
            translation_files,
        })
    }
}

fn without_row_counts(manifest: &Manifest) -> Manifest {
    let mut manifest = manifest.clone();
    for dataset in &mut manifest.datasets {
        dataset.row_count = 0;
    }
    manifest
}

/// The paths files are exported under: the ones they were imported with
/// where the stored files still say so, a plain new name otherwise.
struct Paths<'a> {
    stored: &'a [ChallengeFile],
    used: BTreeMap<String, BlobRef>,
}

impl Paths<'_> {
    /// Keeps `path` for a file that is not a blob (the manifest, the brief).
    fn reserve(&mut self, path: &str) {
        self.used.insert(path.to_owned(), BlobRef { sha256: String::new(), size: 0 });
    }

    fn pick(&mut self, blob: &BlobRef, hidden: bool, preferred: Option<&str>, fallback: &str) -> String {
        let holds = |file: &ChallengeFile| file.blob.sha256 == blob.sha256 && file.hidden == hidden;
        let stored = preferred
            .and_then(|path| self.stored.iter().find(|file| file.path == path && holds(file)))
            .or_else(|| self.stored.iter().find(|file| holds(file)))
            .map(|file| file.path.clone());
        let candidate = stored.unwrap_or_else(|| fallback.to_owned());
        let path = self.free_path(candidate, blob, hidden);
        self.used.insert(path.clone(), blob.clone());
        path
    }

    /// `path`, or `path` with a number added when another file already has it.
    fn free_path(&self, path: String, blob: &BlobRef, hidden: bool) -> String {
        let fits = |path: &str| {
            bundle::is_hidden_path(path) == hidden && self.used.get(path).is_none_or(|used| used.sha256 == blob.sha256)
        };
        if fits(&path) {
            return path;
        }
        let base =
            if hidden && !bundle::is_hidden_path(&path) { format!("{}{path}", bundle::HIDDEN_DIR) } else { path };
        let (stem, extension) = match base.rsplit_once('.') {
            Some((stem, extension)) if !stem.is_empty() && !extension.contains('/') => (stem, format!(".{extension}")),
            _ => (base.as_str(), String::new()),
        };
        (1..)
            .map(|n| if n == 1 { format!("{stem}{extension}") } else { format!("{stem}-{n}{extension}") })
            .find(|path| fits(path))
            .unwrap_or(base.clone())
    }
}
