//! Content-addressed file storage. Each file is named by the SHA-256 of its
//! bytes, written to a temporary file first and renamed into place, so a
//! reader never sees half a file and a row never points at a missing one
//! (callers store the blob before writing the row that names it).

use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::SystemTime;

use async_trait::async_trait;
use plaza_core::BlobRef;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};

use crate::error::{Error, Result};

pub type BlobReader = Pin<Box<dyn AsyncRead + Send>>;

/// Where blobs live: a local folder ([`LocalBlobStore`]) or an S3-compatible
/// bucket ([`crate::blobs_s3::S3BlobStore`]).
#[async_trait]
pub trait BlobStore: Send + Sync + std::fmt::Debug {
    /// Stores everything `reader` yields; returns its address.
    async fn put(&self, reader: &mut (dyn AsyncRead + Send + Unpin)) -> Result<BlobRef>;
    /// Opens a stored blob, or `None` when there is none with that hash.
    async fn open(&self, sha256: &str) -> Result<Option<BlobReader>>;
    async fn exists(&self, sha256: &str) -> Result<bool>;
    /// Hashes of the stored blobs last written before `cutoff`; unfinished
    /// writes older than `cutoff` are removed on the way. Only the blob
    /// sweep uses it.
    async fn stale(&self, cutoff: SystemTime) -> Result<Vec<String>>;
    /// Removes a blob if it was still last written before `cutoff` (a blob
    /// stored again since then is kept). Only the blob sweep uses it.
    async fn remove_stale(&self, sha256: &str, cutoff: SystemTime) -> Result<bool>;
    /// Hashes of every stored blob (copies and backups).
    async fn list(&self) -> Result<Vec<String>>;

    async fn put_bytes(&self, bytes: &[u8]) -> Result<BlobRef> {
        let mut reader = bytes;
        self.put(&mut reader).await
    }

    async fn put_file(&self, path: &Path) -> Result<BlobRef> {
        let mut file = tokio::fs::File::open(path).await?;
        self.put(&mut file).await
    }

    /// Reads at most `limit` bytes from the start of a blob.
    async fn read_head(&self, sha256: &str, limit: usize) -> Result<Option<Vec<u8>>> {
        let Some(reader) = self.open(sha256).await? else {
            return Ok(None);
        };
        let mut head = Vec::with_capacity(limit.min(1 << 20));
        reader.take(limit as u64).read_to_end(&mut head).await?;
        Ok(Some(head))
    }
}

/// Blobs as files under one folder: `<root>/ab/abcdef...`.
#[derive(Debug, Clone)]
pub struct LocalBlobStore {
    root: PathBuf,
}

impl LocalBlobStore {
    pub fn new(root: impl Into<PathBuf>) -> Result<Self> {
        let root = root.into();
        std::fs::create_dir_all(root.join("tmp"))?;
        Ok(Self { root })
    }

    fn path_of(&self, sha256: &str) -> Option<PathBuf> {
        is_sha256(sha256).then(|| self.root.join(&sha256[..2]).join(sha256))
    }
}

/// Whether `value` is a lowercase hex SHA-256 (so it is safe in a path).
pub fn is_sha256(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// SHA-256 of a file on disk, streamed.
pub fn hash_file(path: &Path) -> std::io::Result<BlobRef> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    Ok(BlobRef { sha256: hex::encode(hasher.finalize()), size })
}

#[async_trait]
impl BlobStore for LocalBlobStore {
    async fn put(&self, reader: &mut (dyn AsyncRead + Send + Unpin)) -> Result<BlobRef> {
        let tmp = self.root.join("tmp").join(format!("{:032x}.part", rand::random::<u128>()));
        let result = async {
            let mut file = tokio::fs::File::create(&tmp).await?;
            let blob = write_hashing(reader, &mut file).await?;
            file.sync_all().await?;
            drop(file);
            let target = self.path_of(&blob.sha256).ok_or_else(|| Error::Corrupt("bad hash".into()))?;
            if tokio::fs::try_exists(&target).await? {
                tokio::fs::remove_file(&tmp).await?;
                // Stored again: mark it fresh, so that the sweep (which only
                // removes blobs untouched for a while) leaves it for the row
                // about to name it.
                let file = tokio::fs::OpenOptions::new().append(true).open(&target).await?.into_std().await;
                tokio::task::spawn_blocking(move || file.set_modified(SystemTime::now()))
                    .await
                    .map_err(|e| Error::Io(std::io::Error::other(e)))??;
            } else {
                if let Some(parent) = target.parent() {
                    tokio::fs::create_dir_all(parent).await?;
                }
                tokio::fs::rename(&tmp, &target).await?;
            }
            Ok::<_, Error>(blob)
        }
        .await;
        if result.is_err() {
            let _ = tokio::fs::remove_file(&tmp).await;
        }
        result
    }

    async fn open(&self, sha256: &str) -> Result<Option<BlobReader>> {
        let Some(path) = self.path_of(sha256) else {
            return Ok(None);
        };
        match tokio::fs::File::open(path).await {
            Ok(file) => Ok(Some(Box::pin(file))),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    async fn exists(&self, sha256: &str) -> Result<bool> {
        match self.path_of(sha256) {
            Some(path) => Ok(tokio::fs::try_exists(path).await?),
            None => Ok(false),
        }
    }

    async fn stale(&self, cutoff: SystemTime) -> Result<Vec<String>> {
        let root = self.root.clone();
        tokio::task::spawn_blocking(move || stale_in(&root, cutoff))
            .await
            .map_err(|e| Error::Io(std::io::Error::other(e)))?
    }

    async fn remove_stale(&self, sha256: &str, cutoff: SystemTime) -> Result<bool> {
        let Some(path) = self.path_of(sha256) else { return Ok(false) };
        match tokio::fs::metadata(&path).await {
            Ok(meta) if meta.modified()? < cutoff => {
                tokio::fs::remove_file(&path).await?;
                Ok(true)
            }
            Ok(_) => Ok(false),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    async fn list(&self) -> Result<Vec<String>> {
        let root = self.root.clone();
        tokio::task::spawn_blocking(move || blobs_in(&root, None))
            .await
            .map_err(|e| Error::Io(std::io::Error::other(e)))?
    }
}

/// Writes everything `reader` yields into `file` and returns its address
/// (the SHA-256 of the bytes, and their number).
pub(crate) async fn write_hashing(
    reader: &mut (dyn AsyncRead + Send + Unpin),
    file: &mut tokio::fs::File,
) -> Result<BlobRef> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = reader.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        file.write_all(&buf[..n]).await?;
        size += n as u64;
    }
    file.flush().await?;
    Ok(BlobRef { sha256: hex::encode(hasher.finalize()), size })
}

/// Walks `<root>/xx/<hash>` for blobs older than `cutoff`, and removes
/// unfinished writes under `<root>/tmp` older than `cutoff` on the way.
fn stale_in(root: &Path, cutoff: SystemTime) -> Result<Vec<String>> {
    for entry in std::fs::read_dir(root.join("tmp"))? {
        let entry = entry?;
        if entry.metadata().is_ok_and(|m| m.is_file() && m.modified().is_ok_and(|m| m < cutoff)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    blobs_in(root, Some(cutoff))
}

/// Hashes of the blobs under `<root>/xx/`, all or last written before `cutoff`.
fn blobs_in(root: &Path, cutoff: Option<SystemTime>) -> Result<Vec<String>> {
    let older = |meta: &std::fs::Metadata| cutoff.is_none_or(|cutoff| meta.modified().is_ok_and(|m| m < cutoff));
    let mut found = Vec::new();
    for dir in std::fs::read_dir(root)? {
        let dir = dir?;
        let name = dir.file_name();
        let Some(prefix) = name.to_str() else { continue };
        if prefix.len() != 2 || !dir.file_type()?.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(dir.path())? {
            let file = file?;
            let Some(hash) = file.file_name().to_str().map(str::to_owned) else { continue };
            if is_sha256(&hash) && hash.starts_with(prefix) && file.metadata().is_ok_and(|m| m.is_file() && older(&m)) {
                found.push(hash);
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_blob_is_stored_once_under_its_hash_and_read_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = LocalBlobStore::new(dir.path()).expect("store");
        let a = store.put_bytes(b"hello").await.expect("put");
        let b = store.put_bytes(b"hello").await.expect("put again");
        assert_eq!(a, b);
        assert_eq!(a.sha256, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assert_eq!(a.size, 5);
        let head = store.read_head(&a.sha256, 3).await.expect("read").expect("exists");
        assert_eq!(head, b"hel");
        let leftovers = std::fs::read_dir(dir.path().join("tmp")).expect("tmp").count();
        assert_eq!(leftovers, 0, "no temporary file is left behind");
    }

    #[tokio::test]
    async fn malformed_hashes_never_touch_the_file_system() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = LocalBlobStore::new(dir.path()).expect("store");
        for bad in ["../../etc/passwd", "ABC", &"g".repeat(64)] {
            assert!(store.open(bad).await.expect("open").is_none());
            assert!(!store.exists(bad).await.expect("exists"));
        }
    }
}
