//! Runs untrusted WebAssembly entries (WASI preview 1 commands) under hard
//! limits, and says what happened as a typed [`Verdict`].
//!
//! A code entry is compiled once with [`Sandbox::compile`] (a file that is not
//! a WASI preview 1 core module with `_start` gets a [`CompileError`] with a
//! plain reason) and run once per hidden case with [`Sandbox::run`], which
//! always returns a [`RunOutcome`]: the guest's verdict (`Ok`, `TimeLimit`,
//! `MemoryLimit`, `OutputLimit` or `RuntimeError`), its bounded stdout and
//! stderr, and a detail line for organizers. Nothing a guest does can panic
//! the host or affect another run.
//!
//! How the limits hold:
//! - **time**: a wall-clock `tokio::time::timeout` around the whole run, so a
//!   guest sleeping or blocked in a host call is stopped too; busy guests are
//!   interrupted by epochs (one tick every 10 ms) at which they also yield, so
//!   the timeout can fire and other runs progress;
//! - **memory and tables**: a pooling allocator sized by [`SandboxConfig`] plus
//!   a per-run resource limiter that records every denial, so a guest that
//!   crashes for lack of memory gets `MemoryLimit`, not `RuntimeError`;
//! - **stack**: 1 MiB of wasm stack; deeper recursion is a `RuntimeError`;
//! - **output**: stdout and stderr keep their first N bytes and the guest is
//!   stopped at the first byte past them (`OutputLimit`);
//! - **the world**: the WASI context is built from nothing: no environment,
//!   `argv` is just the program name, no sockets, no writable file system, the
//!   caller's data directory read-only at `/data`, at most 256 open handles,
//!   and deterministic clocks and random bytes (no host time or entropy).
//!
//! Only modules Plaza compiled itself are ever run: there is no way to load
//! precompiled artifacts.
//!
//! This crate depends on `plaza-core` for the verdict and must never depend on
//! the database, the web or the job queue.
//!
//! The overhead benchmark (sandbox run vs spawning `/bin/true`, and a compute
//! loop in wasm vs native Rust) runs with:
//!
//! ```text
//! cargo bench -p plaza-sandbox --bench overhead
//! ```

mod engine;
mod error;
mod limiter;
mod output;
mod program;
mod run;
mod types;
mod wasi;

use std::fmt;
use std::sync::Arc;

pub use plaza_core::Verdict;
use tokio::sync::{Semaphore, SemaphorePermit};
use wasmtime::{Engine, Linker};

pub use crate::error::{CompileError, Result, SandboxError};
pub use crate::program::Program;
pub use crate::types::{RunInput, RunLimits, RunOutcome, SandboxConfig};

use crate::run::GuestState;

/// A wasmtime engine and WASI linker shared by every run. Cheap to clone.
#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<SandboxInner>,
}

struct SandboxInner {
    engine: Engine,
    linker: Linker<GuestState>,
    config: SandboxConfig,
    /// One permit per pool slot: runs beyond `max_concurrent_runs` wait here.
    slots: Semaphore,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox").field("config", &self.inner.config).finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Sets up the engine (reserving virtual memory for `max_concurrent_runs`
    /// guests) and the WASI preview 1 linker.
    pub fn new(config: SandboxConfig) -> Result<Sandbox> {
        let engine = engine::build_engine(&config)?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_async(&mut linker, |state: &mut GuestState| &mut state.wasi)
            .map_err(|e| SandboxError::Engine(format!("{e:#}")))?;
        engine::spawn_epoch_ticker(&engine)?;
        let permits = usize::try_from(config.max_concurrent_runs).unwrap_or(1);
        let slots = Semaphore::new(permits);
        Ok(Sandbox { inner: Arc::new(SandboxInner { engine, linker, config, slots }) })
    }

    /// The configuration this sandbox was created with.
    pub fn config(&self) -> &SandboxConfig {
        &self.inner.config
    }

    pub(crate) fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    pub(crate) async fn acquire_slot(&self) -> Result<SemaphorePermit<'_>> {
        self.inner.slots.acquire().await.map_err(|_| SandboxError::Host("the sandbox is shutting down".to_owned()))
    }

    /// Compiles a module once. Anything that is not a WASI preview 1 core
    /// module with `_start` (not wasm, truncated, a component, unknown
    /// imports, no `_start`) is an error with a plain message for the entrant.
    ///
    /// This is CPU-bound (about a second for a few MB in a debug build): call
    /// it from a blocking context, e.g. `tokio::task::spawn_blocking`.
    pub fn compile(&self, wasm: &[u8]) -> Result<Program, CompileError> {
        program::compile(&self.inner.engine, &self.inner.linker, wasm)
    }

    /// Runs `program` once on `input` under `limits`. Never fails: a failure
    /// of the host itself is reported as `RuntimeError` with the reason in
    /// `detail` (use [`Sandbox::try_run`] to tell those apart).
    ///
    /// Must be awaited inside a tokio runtime with timers enabled (as
    /// `#[tokio::main]` sets up); the future is `Send`, so it can be spawned.
    pub async fn run(&self, program: &Program, input: &RunInput, limits: &RunLimits) -> RunOutcome {
        match self.try_run(program, input, limits).await {
            Ok(outcome) => outcome,
            Err(error) => run::host_failure(&error),
        }
    }

    /// Like [`Sandbox::run`], but a failure of the host (the data directory
    /// cannot be opened, the sandbox is shutting down) is an `Err`, so the
    /// caller can retry instead of charging the entrant with it.
    pub async fn try_run(&self, program: &Program, input: &RunInput, limits: &RunLimits) -> Result<RunOutcome> {
        run::run(self, program, input, limits).await
    }
}
