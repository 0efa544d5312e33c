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
//! How compiling is bounded (a hostile module can make a compiler use a lot of
//! time and memory):
//! - [`check_module_bounds`] counts, in one cheap pass over its sections,
//!   what a module asks the compiler to do (file size, functions, code bytes,
//!   size of one function, locals, types, imports, exports, globals, table
//!   references, data segments) and refuses it with a plain reason past any
//!   bound (see [`bounds`] for the numbers and why they fit real programs).
//!   Upload handlers call it to refuse a file at once; compiling calls it again;
//! - [`Sandbox::compile_bounded`] compiles on a blocking thread, one module at
//!   a time per sandbox, under a time limit ([`COMPILE_TIME_LIMIT`]): a module
//!   that takes longer gets a `CompileError`, and the compile permit is held
//!   until the thread has really finished, so a slow module never has company.
//!
//! Compiling in a separate process with its own memory limit was considered
//! and left out: without `unsafe` (no `Module::deserialize`) the compiled code
//! could not be brought back, so it would only be a dry run that doubles the
//! cost of every honest entry, and the bounds above already cap what one
//! compile can take.
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

pub mod bounds;
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
use std::time::Duration;

pub use plaza_core::Verdict;
use tokio::sync::{Semaphore, SemaphorePermit};
use wasmtime::{Engine, Linker};

pub use crate::bounds::{ModuleStats, check_module_bounds};
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
    /// One permit: modules are compiled one at a time.
    compiles: Arc<Semaphore>,
}

/// The longest a module may take to compile in [`Sandbox::compile_bounded`].
/// A large Go program within the bounds compiles in a few seconds.
pub const COMPILE_TIME_LIMIT: Duration = Duration::from_secs(60);

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
        let compiles = Arc::new(Semaphore::new(1));
        Ok(Sandbox { inner: Arc::new(SandboxInner { engine, linker, config, slots, compiles }) })
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

    /// Compiles a module as [`Sandbox::compile`] does, bounded: on a blocking
    /// thread, one module at a time for this sandbox, within `time_limit`
    /// (normally [`COMPILE_TIME_LIMIT`]). A module past the bounds of
    /// [`check_module_bounds`] is refused before compiling; one that takes
    /// longer than `time_limit` is a `CompileError` saying so. The outer
    /// error is the host's failure (the compiling thread could not run).
    ///
    /// A compile past its time cannot be stopped (it is a thread, not a
    /// process): it finishes in the background holding the permit, so no
    /// other module is compiled alongside it.
    pub async fn compile_bounded(
        &self,
        wasm: Vec<u8>,
        time_limit: Duration,
    ) -> Result<std::result::Result<Program, CompileError>> {
        if let Err(refused) = bounds::check_module_bounds(&wasm) {
            return Ok(Err(refused));
        }
        let permit = Arc::clone(&self.inner.compiles)
            .acquire_owned()
            .await
            .map_err(|_| SandboxError::Host("the sandbox is shutting down".to_owned()))?;
        let sandbox = self.clone();
        let started = std::time::Instant::now();
        // The reason a module is refused is written in the caller's language,
        // which the blocking thread does not inherit.
        let lang = plaza_i18n::current();
        let task = tokio::task::spawn_blocking(move || {
            let compiled = plaza_i18n::in_language(lang, || sandbox.compile(&wasm));
            drop(permit);
            compiled
        });
        match tokio::time::timeout(time_limit, task).await {
            // Finished, but past the limit (the timer is only looked at between polls).
            Ok(Ok(_)) if started.elapsed() > time_limit => Ok(Err(too_slow(time_limit))),
            Ok(Ok(compiled)) => Ok(compiled),
            Ok(Err(join)) => Err(SandboxError::Host(format!("the compiling thread stopped: {join}"))),
            Err(_) => Ok(Err(too_slow(time_limit))),
        }
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

fn too_slow(time_limit: Duration) -> CompileError {
    CompileError(plaza_i18n::tr_with("scoring-sandbox-compile-too-slow", &[("seconds", time_limit.as_secs().into())]))
}
