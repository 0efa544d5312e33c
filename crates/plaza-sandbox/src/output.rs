//! Bounded capture of the guest's stdout and stderr.
//!
//! wasmtime-wasi's `MemoryOutputPipe` answers a full buffer with an I/O error
//! the guest may ignore, so a guest printing forever would run until its time
//! limit. This stream keeps the first `limit` bytes and traps the guest on the
//! first byte beyond them, which ends the run at once with `OutputLimit`.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};

use bytes::Bytes;
use tokio::io::AsyncWrite;
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError, StreamResult};

/// How many bytes the guest is told it may write at once; writes are checked one by one anyway.
const WRITE_PERMIT: usize = 64 * 1024;

/// The message of the trap raised when the guest writes past its limit.
pub(crate) const OUTPUT_LIMIT_TRAP: &str = "output limit exceeded";

#[derive(Debug)]
struct Captured {
    bytes: Vec<u8>,
    limit: usize,
    overflowed: bool,
}

/// A guest output stream that keeps at most `limit` bytes. Clones share the buffer.
#[derive(Debug, Clone)]
pub(crate) struct CapturedOutput {
    inner: Arc<Mutex<Captured>>,
}

impl CapturedOutput {
    pub(crate) fn new(limit: usize) -> Self {
        let captured = Captured { bytes: Vec::new(), limit, overflowed: false };
        CapturedOutput { inner: Arc::new(Mutex::new(captured)) }
    }

    fn lock(&self) -> MutexGuard<'_, Captured> {
        // A poisoned lock only means a panic elsewhere; the bytes are still valid.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Appends what fits; returns false (and remembers it) if `buf` did not fit whole.
    fn append(&self, buf: &[u8]) -> bool {
        let mut captured = self.lock();
        if captured.overflowed {
            return false;
        }
        let room = captured.limit.saturating_sub(captured.bytes.len());
        if buf.len() > room {
            captured.bytes.extend_from_slice(&buf[..room]);
            captured.overflowed = true;
            return false;
        }
        captured.bytes.extend_from_slice(buf);
        true
    }

    /// Whether the guest tried to write more than the limit.
    pub(crate) fn overflowed(&self) -> bool {
        self.lock().overflowed
    }

    /// The captured bytes (at most the limit), leaving the buffer empty.
    pub(crate) fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.lock().bytes)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for CapturedOutput {
    async fn ready(&mut self) {}
}

impl OutputStream for CapturedOutput {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        if self.append(&bytes) { Ok(()) } else { Err(StreamError::trap(OUTPUT_LIMIT_TRAP)) }
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        if self.overflowed() { Err(StreamError::trap(OUTPUT_LIMIT_TRAP)) } else { Ok(WRITE_PERMIT) }
    }
}

impl AsyncWrite for CapturedOutput {
    fn poll_write(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        if self.append(buf) {
            Poll::Ready(Ok(buf.len()))
        } else {
            Poll::Ready(Err(io::Error::new(io::ErrorKind::StorageFull, OUTPUT_LIMIT_TRAP)))
        }
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

impl IsTerminal for CapturedOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for CapturedOutput {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_keeps_exactly_the_limit_and_flags_one_byte_more() {
        let out = CapturedOutput::new(4);
        assert!(out.append(b"abcd"));
        assert!(!out.overflowed());
        assert!(!out.append(b"e"));
        assert!(out.overflowed());
        assert_eq!(out.take(), b"abcd");
    }

    #[test]
    fn a_write_that_straddles_the_limit_keeps_the_part_that_fits() {
        let out = CapturedOutput::new(3);
        assert!(!out.append(b"hello"));
        assert_eq!(out.take(), b"hel");
    }
}
