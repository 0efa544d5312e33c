//! The guest's WASI preview 1 context, built from nothing.
//!
//! Nothing is inherited from the host: no environment variables, no
//! arguments but the program name, no stdio of the host, no sockets, no
//! clock and no entropy of the host. The only file system is the caller's
//! data directory, preopened read-only at `/data`. Two runs of the same
//! program on the same input see exactly the same world.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;
use wasmtime_wasi::{Deterministic, FsPerms, HostMonotonicClock, HostWallClock, WasiCtxBuilder, WasiView};

use crate::error::{Result, SandboxError};
use crate::output::CapturedOutput;
use crate::types::RunInput;

/// `argv[0]` of every guest, and its only argument.
pub(crate) const PROGRAM_NAME: &str = "entry.wasm";

/// Where [`RunInput::data_dir`] appears inside the guest.
pub(crate) const DATA_GUEST_PATH: &str = "/data";

/// Open handles (files, directories, streams, pollables) a guest may hold at once.
/// Each open file is a real host file descriptor, so this bounds what one guest
/// can take from the host process; one more traps the guest.
pub(crate) const MAX_OPEN_HANDLES: usize = 256;

/// The guest's wall clock starts at 2025-01-01T00:00:00Z, whatever the host's date.
const GUEST_EPOCH_SECS: u64 = 1_735_689_600;

/// Every reading of a guest clock advances it by this much, so that time
/// moves forward (loops waiting on it end) yet never depends on the host.
const CLOCK_STEP_NANOS: u64 = 1_000;

/// Seed of the guest's random bytes: the same for every run.
const RANDOM_SEED: u64 = 0x5eed_5eed_5eed_5eed;

/// Length of the cycle of random bytes handed to the guest.
const RANDOM_CYCLE_BYTES: usize = 4096;

/// A clock that starts at a fixed instant and advances a fixed step per reading.
#[derive(Debug)]
struct SteppingClock {
    next_nanos: AtomicU64,
}

impl SteppingClock {
    fn starting_at(nanos: u64) -> Self {
        SteppingClock { next_nanos: AtomicU64::new(nanos) }
    }

    fn read(&self) -> u64 {
        self.next_nanos.fetch_add(CLOCK_STEP_NANOS, Ordering::Relaxed)
    }
}

impl HostWallClock for SteppingClock {
    fn resolution(&self) -> Duration {
        Duration::from_nanos(CLOCK_STEP_NANOS)
    }

    fn now(&self) -> Duration {
        Duration::from_nanos(self.read())
    }
}

impl HostMonotonicClock for SteppingClock {
    fn resolution(&self) -> u64 {
        CLOCK_STEP_NANOS
    }

    fn now(&self) -> u64 {
        self.read()
    }
}

/// A fixed pseudo-random byte sequence (splitmix64), so `random_get` is reproducible.
fn random_cycle() -> Vec<u8> {
    let mut state = RANDOM_SEED;
    let mut bytes = Vec::with_capacity(RANDOM_CYCLE_BYTES);
    while bytes.len() < RANDOM_CYCLE_BYTES {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        bytes.extend_from_slice(&z.to_le_bytes());
    }
    bytes
}

/// Builds the WASI context of one run.
pub(crate) fn guest_context(input: &RunInput, stdout: &CapturedOutput, stderr: &CapturedOutput) -> Result<WasiP1Ctx> {
    let random = random_cycle();
    let mut builder = WasiCtxBuilder::new();
    builder
        .stdin(MemoryInputPipe::new(input.stdin.clone()))
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .arg(PROGRAM_NAME)
        .wall_clock(SteppingClock::starting_at(GUEST_EPOCH_SECS * 1_000_000_000))
        .monotonic_clock(SteppingClock::starting_at(1_000_000_000))
        .secure_random(Deterministic::new(random.clone()))
        .insecure_random(Deterministic::new(random))
        .insecure_random_seed(u128::from(RANDOM_SEED))
        .allow_tcp(false)
        .allow_udp(false)
        .allow_ip_name_lookup(false)
        // Never block a tokio worker (a sleeping guest would otherwise sleep the thread).
        .allow_blocking_current_thread(false);
    if let Some(dir) = &input.data_dir {
        builder
            .preopened_dir(dir, DATA_GUEST_PATH, FsPerms::ReadOnly)
            .map_err(|e| SandboxError::DataDir { path: dir.clone(), message: format!("{e:#}") })?;
    }
    let mut ctx = builder.build_p1();
    ctx.ctx().table.set_max_capacity(MAX_OPEN_HANDLES);
    Ok(ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guest_random_bytes_are_the_same_every_time_and_not_trivial() {
        let a = random_cycle();
        assert_eq!(a, random_cycle());
        assert_eq!(a.len(), RANDOM_CYCLE_BYTES);
        assert!(a.iter().filter(|&&b| b == 0).count() < 64);
    }

    #[test]
    fn guest_clocks_move_forward_from_a_fixed_instant() {
        let clock = SteppingClock::starting_at(GUEST_EPOCH_SECS * 1_000_000_000);
        let first = HostWallClock::now(&clock);
        let second = HostWallClock::now(&clock);
        assert_eq!(first, Duration::from_secs(GUEST_EPOCH_SECS));
        assert_eq!(second - first, Duration::from_nanos(CLOCK_STEP_NANOS));
    }
}
