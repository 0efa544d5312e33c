//! A bundle uploaded as a zip file, unpacked into a folder for
//! [`Store::import_bundle`](crate::Store::import_bundle) within bounds set
//! before anything is written: how many files, how large each one and all
//! together really are (not what the archive claims), and only plain paths
//! inside the folder (no `..`, no absolute paths, no links).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use plaza_core::bundle::MANIFEST;
use plaza_i18n::tr_with;

use crate::error::{Error, Result};
use crate::import::MAX_BUNDLE_FILE_BYTES;

/// How much a zip may unpack to.
#[derive(Debug, Clone, Copy)]
pub struct ZipLimits {
    pub files: usize,
    pub file_bytes: u64,
    pub total_bytes: u64,
}

impl ZipLimits {
    /// A bundle: 10,000 files, each at most as large as a bundle file may be, 2 GiB in all.
    pub const BUNDLE: ZipLimits = ZipLimits { files: 10_000, file_bytes: MAX_BUNDLE_FILE_BYTES, total_bytes: 2 << 30 };
}

/// Unpacks the zip file at `zip_path` into the empty folder `into` and
/// returns the bundle's root: `into` itself when `challenge.toml` is at the
/// top of the zip, or the one folder that holds it (a zipped bundle folder).
/// Blocking: call it from `spawn_blocking`, inside
/// [`plaza_i18n::in_language`] so that its refusals are in the reader's language.
pub fn unpack_bundle_zip(zip_path: &Path, into: &Path, limits: ZipLimits) -> Result<PathBuf> {
    let file = std::fs::File::open(zip_path)?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|err| Error::invalid(tr_with("store-bundle-zip-not-a-zip", &[("error", err.to_string().into())])))?;
    if archive.len() > limits.files {
        return Err(Error::invalid(tr_with(
            "store-bundle-zip-too-many-files",
            &[("count", archive.len().into()), ("max", limits.files.into())],
        )));
    }
    let mut unpacked = 0u64;
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|err| {
            Error::invalid(tr_with(
                "store-bundle-zip-entry-unreadable",
                &[("number", (index + 1).into()), ("error", err.to_string().into())],
            ))
        })?;
        let name = entry
            .name()
            .map_err(|err| {
                Error::invalid(tr_with(
                    "store-bundle-zip-name-unreadable",
                    &[("number", (index + 1).into()), ("error", err.to_string().into())],
                ))
            })?
            .into_owned();
        if is_clutter(&name) || entry.is_dir() {
            continue;
        }
        if entry.is_symlink() {
            return Err(Error::invalid(tr_with("store-bundle-zip-link", &[("name", name.as_str().into())])));
        }
        let raw_plain = !name.starts_with('/') && !name.contains('\\');
        let Some(relative) = entry.enclosed_name().filter(|path| raw_plain && plain(path)) else {
            return Err(Error::invalid(tr_with("store-bundle-zip-outside", &[("name", name.as_str().into())])));
        };
        let target = into.join(&relative);
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let mut out = std::fs::OpenOptions::new().write(true).create_new(true).open(&target).map_err(|err| {
            if err.kind() == std::io::ErrorKind::AlreadyExists {
                Error::invalid(tr_with("store-bundle-zip-twice", &[("name", name.as_str().into())]))
            } else {
                Error::Io(err)
            }
        })?;
        // Count what really comes out: the sizes a zip declares can lie.
        let room = limits.file_bytes.min(limits.total_bytes - unpacked);
        let mut limited = (&mut entry).take(room + 1);
        let mut buffer = vec![0; 64 * 1024];
        let mut written = 0u64;
        loop {
            let read = limited.read(&mut buffer).map_err(|err| {
                Error::invalid(tr_with(
                    "store-bundle-zip-cannot-unpack",
                    &[("name", name.as_str().into()), ("error", err.to_string().into())],
                ))
            })?;
            if read == 0 {
                break;
            }
            written += read as u64;
            if written > room {
                return Err(Error::invalid(if written > limits.file_bytes {
                    tr_with(
                        "store-bundle-zip-file-too-large",
                        &[("name", name.as_str().into()), ("size", megabytes(limits.file_bytes).into())],
                    )
                } else {
                    tr_with("store-bundle-zip-too-large", &[("size", megabytes(limits.total_bytes).into())])
                }));
            }
            out.write_all(&buffer[..read])?;
        }
        unpacked += written;
    }
    if into.join(MANIFEST).is_file() {
        return Ok(into.to_path_buf());
    }
    let folders: Vec<PathBuf> = std::fs::read_dir(into)?
        .filter_map(std::result::Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    match folders.as_slice() {
        [folder] if folder.join(MANIFEST).is_file() => Ok(folder.clone()),
        _ => Err(Error::invalid(tr_with("store-bundle-zip-no-manifest", &[("manifest", MANIFEST.into())]))),
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{} MB", bytes.div_ceil(1 << 20))
}

/// Files that operating systems add to zips on their own.
fn is_clutter(name: &str) -> bool {
    name.starts_with("__MACOSX/") || name.rsplit('/').next().is_some_and(|file| file == ".DS_Store")
}

fn plain(path: &Path) -> bool {
    !path.as_os_str().is_empty() && path.components().all(|part| matches!(part, std::path::Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use zip::write::SimpleFileOptions;

    fn zip_of(files: &[(&str, &[u8])]) -> tempfile::NamedTempFile {
        let temp = tempfile::NamedTempFile::new().expect("test setup");
        let mut zip = zip::ZipWriter::new(temp.reopen().expect("test setup"));
        let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in files {
            zip.start_file(*name, options).expect("test setup");
            zip.write_all(bytes).expect("test setup");
        }
        zip.finish().expect("test setup");
        temp
    }

    fn unpack(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Result<PathBuf>) {
        let zip = zip_of(files);
        let dir = tempfile::tempdir().expect("test setup");
        let root = unpack_bundle_zip(zip.path(), dir.path(), ZipLimits::BUNDLE);
        (dir, root)
    }

    fn refusal(result: Result<PathBuf>) -> String {
        match result {
            Err(Error::Refused(refusal)) => refusal.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn the_manifest_may_be_at_the_top_or_in_one_folder() {
        let (dir, root) = unpack(&[("challenge.toml", b"x"), ("data/a.csv", b"a")]);
        assert_eq!(root.expect("test setup"), dir.path());
        assert_eq!(std::fs::read(dir.path().join("data/a.csv")).expect("test setup"), b"a");

        let (dir, root) = unpack(&[("my-bundle/challenge.toml", b"x"), ("__MACOSX/._x", b"junk")]);
        assert_eq!(root.expect("test setup"), dir.path().join("my-bundle"));

        let (_dir, root) = unpack(&[("a/challenge.toml", b"x"), ("b/challenge.toml", b"y")]);
        assert!(refusal(root).contains("no challenge.toml"));
    }

    #[test]
    fn paths_outside_the_folder_are_refused() {
        for name in ["../evil.csv", "/etc/evil.csv", "a/../../evil.csv"] {
            let (dir, root) = unpack(&[("challenge.toml", b"x"), (name, b"evil")]);
            assert!(refusal(root).contains("outside the bundle folder"), "{name}");
            assert!(!dir.path().parent().expect("test setup").join("evil.csv").exists());
        }
    }

    #[test]
    fn a_file_that_is_not_a_zip_gets_a_plain_message() {
        let mut temp = tempfile::NamedTempFile::new().expect("test setup");
        temp.write_all(b"slug = \"not-a-zip\"").expect("test setup");
        let dir = tempfile::tempdir().expect("test setup");
        assert!(refusal(unpack_bundle_zip(temp.path(), dir.path(), ZipLimits::BUNDLE)).contains("not a zip archive"));
    }

    /// A small zip that unpacks to more than a bundle may hold is stopped
    /// at the bound, whatever sizes the archive declares.
    #[test]
    fn a_zip_bomb_is_stopped_at_the_bound() {
        let temp = tempfile::NamedTempFile::new().expect("test setup");
        let mut zip = zip::ZipWriter::new(temp.reopen().expect("test setup"));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
        zip.start_file("challenge.toml", options).expect("test setup");
        zip.write_all(b"x").expect("test setup");
        zip.start_file("data/zeros.csv", options).expect("test setup");
        zip.write_all(&vec![0u8; 40 << 20]).expect("test setup");
        zip.finish().expect("test setup");
        assert!(std::fs::metadata(temp.path()).expect("test setup").len() < 1 << 20, "the zip itself is small");
        let small = ZipLimits { files: 10, file_bytes: 4 << 20, total_bytes: 8 << 20 };
        let dir = tempfile::tempdir().expect("test setup");
        let message = refusal(unpack_bundle_zip(temp.path(), dir.path(), small));
        assert!(message.contains("data/zeros.csv in the zip is larger than 4 MB"), "{message}");
        let written = std::fs::metadata(dir.path().join("data/zeros.csv")).expect("test setup").len();
        assert!(written <= 4 << 20, "unpacking stopped at the bound ({written} bytes)");
        let too_many = ZipLimits { files: 1, ..ZipLimits::BUNDLE };
        let message =
            refusal(unpack_bundle_zip(temp.path(), tempfile::tempdir().expect("test setup").path(), too_many));
        assert!(message.contains("holds 2 files; a bundle may hold at most 1"), "{message}");
    }
}
