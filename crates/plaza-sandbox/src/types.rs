//! What goes into a run and what comes out of it.

use std::path::PathBuf;
use std::time::Duration;

use plaza_core::Verdict;

/// Limits of the whole sandbox, fixed when it is created.
///
/// The pooling allocator reserves one slot (memory, table, instance, fiber
/// stack) per concurrent run up front, so both numbers bound what the host
/// process can be made to use at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxConfig {
    /// How many guests may run at the same time; further runs wait their turn.
    pub max_concurrent_runs: u32,
    /// The most linear memory any single guest may ever have; a run's own
    /// [`RunLimits::memory_bytes`] is capped by it. At most 4 GiB (32-bit wasm).
    pub max_memory_bytes: u64,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        SandboxConfig { max_concurrent_runs: u32::try_from(cores).unwrap_or(1).clamp(1, 64), max_memory_bytes: 1 << 30 }
    }
}

/// What the guest is given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunInput {
    /// The guest's standard input (the case input).
    pub stdin: Vec<u8>,
    /// A host directory shared READ-ONLY with the guest at `/data`
    /// (the caller puts `input.csv` and `public/<file>` there). `None`: no file system at all.
    pub data_dir: Option<PathBuf>,
}

/// Limits of one run. All of them are hard: crossing one ends the run with its verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunLimits {
    /// Wall-clock time from instantiation to exit, host calls (sleeping, reading) included.
    pub time: Duration,
    /// Linear memory of the guest, in bytes (capped by [`SandboxConfig::max_memory_bytes`]).
    pub memory_bytes: u64,
    /// Bytes the guest may write to stdout; one more byte is [`Verdict::OutputLimit`].
    pub stdout_bytes: usize,
    /// Bytes the guest may write to stderr; one more byte is [`Verdict::OutputLimit`].
    pub stderr_bytes: usize,
}

impl Default for RunLimits {
    /// The defaults of a code track: 10 s, 512 MiB, 4 MiB of stdout, 64 KiB of stderr.
    fn default() -> Self {
        RunLimits {
            time: Duration::from_secs(10),
            memory_bytes: 512 << 20,
            stdout_bytes: 4 << 20,
            stderr_bytes: 64 << 10,
        }
    }
}

/// What happened in one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutcome {
    /// One of `Ok`, `TimeLimit`, `MemoryLimit`, `OutputLimit`, `RuntimeError`;
    /// never `InvalidOutput` (the scorer decides that) nor `CompileError` (compile does).
    pub verdict: Verdict,
    /// What the guest wrote to stdout, at most [`RunLimits::stdout_bytes`].
    pub stdout: Vec<u8>,
    /// What the guest wrote to stderr, at most [`RunLimits::stderr_bytes`].
    /// For organizers only: it may echo hidden data.
    pub stderr: Vec<u8>,
    /// The exit status if the guest exited (returned from `_start` = 0, or `proc_exit(n)`);
    /// `None` if it trapped or was stopped.
    pub exit_code: Option<i32>,
    /// Wall-clock time of the run (waiting for a free slot not included).
    pub elapsed: Duration,
    /// For organizers and logs: the trap message, the limit crossed, or the host failure.
    pub detail: String,
}
