//! Blobs in an S3-compatible bucket (AWS S3, Garage, MinIO, Ceph…), so that
//! several web and worker machines share uploads and datasets.
//!
//! `s3://BUCKET[/PREFIX]`; the endpoint, region and credentials come from
//! the standard `AWS_ENDPOINT_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID` and
//! `AWS_SECRET_ACCESS_KEY` (and `AWS_ALLOW_HTTP=true` for a server without
//! TLS). Objects are named `PREFIX/ab/<sha256>` as files are on disk. An
//! upload is hashed into a local temporary file first (its name is its
//! hash), then sent (in 8 MB parts when larger), and only then does the
//! caller write the row that names it. Reads stream from the bucket.

use std::path::PathBuf;
use std::time::SystemTime;

use async_trait::async_trait;
use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use plaza_core::BlobRef;
use tokio::io::{AsyncRead, AsyncReadExt};

use crate::blobs::{BlobReader, BlobStore, is_sha256, write_hashing};
use crate::error::{Error, Result};

/// Uploads larger than this go in parts of this size.
const PART: usize = 8 * 1024 * 1024;

/// Blobs in an S3-compatible bucket.
#[derive(Debug)]
pub struct S3BlobStore {
    store: AmazonS3,
    prefix: String,
    /// Where uploads are hashed before they are sent.
    tmp: PathBuf,
}

fn storage(err: object_store::Error) -> Error {
    Error::Io(std::io::Error::other(format!("object storage: {err}")))
}

impl S3BlobStore {
    /// The bucket of `url` (`s3://BUCKET[/PREFIX]`), with uploads hashed in `tmp`.
    pub fn new(url: &str, tmp: impl Into<PathBuf>) -> Result<Self> {
        let rest = url.strip_prefix("s3://").ok_or_else(|| {
            Error::Config(format!("{url} is not an S3 address: write s3://BUCKET or s3://BUCKET/PREFIX"))
        })?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(Error::Config(format!("{url} names no bucket: write s3://BUCKET or s3://BUCKET/PREFIX")));
        }
        let store = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .build()
            .map_err(|e| Error::Config(format!("cannot use the bucket {bucket}: {e}")))?;
        let tmp = tmp.into();
        std::fs::create_dir_all(&tmp)?;
        Ok(Self { store, prefix: prefix.trim_matches('/').to_owned(), tmp })
    }

    fn path_of(&self, sha256: &str) -> Option<ObjectPath> {
        is_sha256(sha256).then(|| self.key(&format!("{}/{sha256}", &sha256[..2])))
    }

    fn key(&self, rest: &str) -> ObjectPath {
        if self.prefix.is_empty() {
            ObjectPath::from(rest)
        } else {
            ObjectPath::from(format!("{}/{rest}", self.prefix))
        }
    }

    /// The hash of an object's key, when it is a blob's.
    fn hash_of(&self, key: &ObjectPath) -> Option<String> {
        let name = key.filename()?;
        (is_sha256(name) && self.path_of(name).as_ref() == Some(key)).then(|| name.to_owned())
    }

    async fn upload(&self, file: &std::path::Path, target: &ObjectPath, size: u64) -> Result<()> {
        let mut file = tokio::fs::File::open(file).await?;
        if size <= PART as u64 {
            let mut bytes = Vec::with_capacity(size as usize);
            file.read_to_end(&mut bytes).await?;
            self.store.put(target, PutPayload::from(bytes)).await.map_err(storage)?;
            return Ok(());
        }
        let upload = self.store.put_multipart(target).await.map_err(storage)?;
        let mut parts = WriteMultipart::new_with_chunk_size(upload, PART);
        let mut buf = vec![0u8; 1024 * 1024];
        let sent = async {
            loop {
                let n = file.read(&mut buf).await?;
                if n == 0 {
                    break;
                }
                parts.wait_for_capacity(4).await.map_err(storage)?;
                parts.write(&buf[..n]);
            }
            Ok::<_, Error>(())
        }
        .await;
        match sent {
            Ok(()) => parts.finish().await.map(|_| ()).map_err(storage),
            Err(err) => {
                let _ = parts.abort().await;
                Err(err)
            }
        }
    }
}

#[async_trait]
impl BlobStore for S3BlobStore {
    async fn put(&self, reader: &mut (dyn AsyncRead + Send + Unpin)) -> Result<BlobRef> {
        let tmp = self.tmp.join(format!("{:032x}.part", rand::random::<u128>()));
        let result = async {
            let mut file = tokio::fs::File::create(&tmp).await?;
            let blob = write_hashing(reader, &mut file).await?;
            drop(file);
            let target = self.path_of(&blob.sha256).ok_or_else(|| Error::Corrupt("bad hash".into()))?;
            // Sent even when the bucket has it: the new write marks it fresh
            // for the sweep, as the local store does.
            self.upload(&tmp, &target, blob.size).await?;
            Ok::<_, Error>(blob)
        }
        .await;
        let _ = tokio::fs::remove_file(&tmp).await;
        result
    }

    async fn open(&self, sha256: &str) -> Result<Option<BlobReader>> {
        let Some(path) = self.path_of(sha256) else { return Ok(None) };
        match self.store.get(&path).await {
            Ok(found) => {
                let stream = found.into_stream().map_err(std::io::Error::other);
                Ok(Some(Box::pin(tokio_util::io::StreamReader::new(stream))))
            }
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(err) => Err(storage(err)),
        }
    }

    async fn exists(&self, sha256: &str) -> Result<bool> {
        let Some(path) = self.path_of(sha256) else { return Ok(false) };
        match self.store.head(&path).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(err) => Err(storage(err)),
        }
    }

    async fn stale(&self, cutoff: SystemTime) -> Result<Vec<String>> {
        let cutoff: chrono::DateTime<chrono::Utc> = cutoff.into();
        let prefix = (!self.prefix.is_empty()).then(|| ObjectPath::from(self.prefix.as_str()));
        let mut found = Vec::new();
        let mut listing = self.store.list(prefix.as_ref());
        while let Some(meta) = listing.next().await {
            let meta = meta.map_err(storage)?;
            if meta.last_modified < cutoff
                && let Some(hash) = self.hash_of(&meta.location)
            {
                found.push(hash);
            }
        }
        Ok(found)
    }

    async fn remove_stale(&self, sha256: &str, cutoff: SystemTime) -> Result<bool> {
        let Some(path) = self.path_of(sha256) else { return Ok(false) };
        let cutoff: chrono::DateTime<chrono::Utc> = cutoff.into();
        match self.store.head(&path).await {
            Ok(meta) if meta.last_modified < cutoff => {
                self.store.delete(&path).await.map_err(storage)?;
                Ok(true)
            }
            Ok(_) | Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(err) => Err(storage(err)),
        }
    }

    async fn list(&self) -> Result<Vec<String>> {
        let prefix = (!self.prefix.is_empty()).then(|| ObjectPath::from(self.prefix.as_str()));
        let mut found = Vec::new();
        let mut listing = self.store.list(prefix.as_ref());
        while let Some(meta) = listing.next().await {
            if let Some(hash) = self.hash_of(&meta.map_err(storage)?.location) {
                found.push(hash);
            }
        }
        Ok(found)
    }
}

/// Opens the blob store at `url`: `file://DIR` (or a plain folder path) or
/// `s3://BUCKET[/PREFIX]`. `tmp` holds uploads while they are hashed.
pub fn open_blob_store(url: &str, tmp: impl Into<PathBuf>) -> Result<std::sync::Arc<dyn BlobStore>> {
    if url.starts_with("s3://") {
        return Ok(std::sync::Arc::new(S3BlobStore::new(url, tmp)?));
    }
    if let Some((scheme, _)) = url.split_once("://")
        && scheme != "file"
    {
        return Err(Error::Config(format!("{url}: blobs live in file://DIR or s3://BUCKET[/PREFIX], not {scheme}://")));
    }
    let dir = url.strip_prefix("file://").unwrap_or(url);
    if dir.is_empty() {
        return Err(Error::Config("the blob folder is empty: write file://DIR".into()));
    }
    Ok(std::sync::Arc::new(crate::blobs::LocalBlobStore::new(dir)?))
}

/// Copies every blob of `from` that `to` lacks; returns (copied, already there).
pub async fn copy_blobs(from: &dyn BlobStore, to: &dyn BlobStore) -> Result<(u64, u64)> {
    let (mut copied, mut present) = (0, 0);
    for hash in from.list().await? {
        if to.exists(&hash).await? {
            present += 1;
            continue;
        }
        let Some(mut reader) = from.open(&hash).await? else { continue };
        let stored = to.put(&mut reader).await?;
        if stored.sha256 != hash {
            return Err(Error::Corrupt(format!("blob {hash} read back as {}: the source is damaged", stored.sha256)));
        }
        copied += 1;
    }
    Ok((copied, present))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_before_anything_connects() {
        assert!(S3BlobStore::new("s3://", std::env::temp_dir()).is_err());
        assert!(S3BlobStore::new("https://bucket", std::env::temp_dir()).is_err());
        let err = open_blob_store("ftp://host/dir", std::env::temp_dir()).err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("not ftp://")));
    }
}
