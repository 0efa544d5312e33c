//! One run of a compiled program, and the verdict on it.

use std::time::{Duration, Instant};

use plaza_core::Verdict;
use wasmtime::{Store, Trap, UpdateDeadline, WasmBacktrace};
use wasmtime_wasi::I32Exit;
use wasmtime_wasi::p1::WasiP1Ctx;

use crate::Sandbox;
use crate::error::{Result, SandboxError};
use crate::limiter::{GuestLimiter, MAX_TABLE_ELEMENTS};
use crate::output::CapturedOutput;
use crate::program::Program;
use crate::types::{RunInput, RunLimits, RunOutcome};
use crate::wasi::{MAX_OPEN_HANDLES, guest_context};

/// Longest `detail` kept (a deep recursion's backtrace would otherwise be long).
const MAX_DETAIL_CHARS: usize = 4000;

/// Everything a guest's store holds.
pub(crate) struct GuestState {
    pub(crate) wasi: WasiP1Ctx,
    limiter: GuestLimiter,
    /// Set when the epoch callback found the deadline passed and stopped the guest.
    timed_out: bool,
}

/// How the guest's execution ended, before the limits are taken into account.
#[derive(Debug)]
pub(crate) enum Ending {
    /// Returned from `_start` (status 0) or called `proc_exit`.
    Exited(i32),
    /// Trapped, or failed to instantiate; the message is for organizers.
    Trapped { message: String, interrupted: bool },
    /// Still running (or blocked in a host call) when the wall-clock limit passed.
    WallClock,
}

/// What the run left behind that decides the verdict.
#[derive(Debug)]
pub(crate) struct Observed {
    pub(crate) ending: Ending,
    pub(crate) stdout_overflowed: bool,
    pub(crate) stderr_overflowed: bool,
    pub(crate) memory_denied: bool,
    pub(crate) table_denied: bool,
    pub(crate) deadline_passed: bool,
}

/// The verdict and a one-line reason. The first limit crossed wins over what
/// it caused: printing past the limit traps the guest, and a guest denied
/// memory usually crashes or exits non-zero because of it.
pub(crate) fn judge(observed: &Observed, limits: &RunLimits) -> (Verdict, String) {
    if observed.stdout_overflowed {
        let detail = plaza_i18n::tr_with("scoring-run-stdout-limit", &[("max", limits.stdout_bytes.into())]);
        return (Verdict::OutputLimit, detail);
    }
    if observed.stderr_overflowed {
        let detail = plaza_i18n::tr_with("scoring-run-stderr-limit", &[("max", limits.stderr_bytes.into())]);
        return (Verdict::OutputLimit, detail);
    }
    // How the run ended, in words or (a trap) as the runtime says it.
    let cause = match &observed.ending {
        Ending::Exited(code) => plaza_i18n::tr_with("scoring-run-exited", &[("code", (*code).into())]),
        Ending::Trapped { message, .. } => message.clone(),
        Ending::WallClock => plaza_i18n::tr("scoring-run-stopped-in-host-call"),
    };
    if let Ending::Exited(0) = observed.ending {
        return (Verdict::Ok, cause);
    }
    if observed.memory_denied {
        let detail = plaza_i18n::tr_with(
            "scoring-run-memory-limit",
            &[("max", limits.memory_bytes.into()), ("cause", cause.as_str().into())],
        );
        return (Verdict::MemoryLimit, detail);
    }
    if observed.table_denied {
        let detail = plaza_i18n::tr_with(
            "scoring-run-table-limit",
            &[("max", MAX_TABLE_ELEMENTS.into()), ("cause", cause.as_str().into())],
        );
        return (Verdict::MemoryLimit, detail);
    }
    let interrupted = matches!(observed.ending, Ending::Trapped { interrupted: true, .. });
    if observed.deadline_passed || interrupted || matches!(observed.ending, Ending::WallClock) {
        let detail = plaza_i18n::tr_with(
            "scoring-run-time-limit",
            &[("ms", limits.time.as_millis().into()), ("cause", cause.as_str().into())],
        );
        return (Verdict::TimeLimit, detail);
    }
    (Verdict::RuntimeError, cause)
}

fn truncate(mut text: String) -> String {
    if let Some((cut, _)) = text.char_indices().nth(MAX_DETAIL_CHARS) {
        text.truncate(cut);
        text.push_str(" [...]");
    }
    text
}

fn ending_of(result: std::result::Result<wasmtime::Result<()>, tokio::time::error::Elapsed>) -> Ending {
    match result {
        Err(_) => Ending::WallClock,
        Ok(Ok(())) => Ending::Exited(0),
        Ok(Err(error)) => match error.downcast_ref::<I32Exit>() {
            Some(exit) => Ending::Exited(exit.0),
            None => Ending::Trapped {
                interrupted: matches!(error.downcast_ref::<Trap>(), Some(Trap::Interrupt)),
                message: trap_message(&error),
            },
        },
    }
}

/// The cause first (`wasm trap: ...`), then the wasm backtrace if there is one.
fn trap_message(error: &wasmtime::Error) -> String {
    let mut cause = error.root_cause().to_string();
    if cause.contains("resource table has no free keys") {
        cause = plaza_i18n::tr_with(
            "scoring-run-too-many-handles",
            &[("max", MAX_OPEN_HANDLES.into()), ("cause", cause.as_str().into())],
        );
    }
    match error.downcast_ref::<WasmBacktrace>() {
        Some(backtrace) => format!("{cause}\n{backtrace}"),
        None => cause,
    }
}

/// Runs `program` once. Errors are the host's failures only; the guest's are in the outcome.
pub(crate) async fn run(
    sandbox: &Sandbox,
    program: &Program,
    input: &RunInput,
    limits: &RunLimits,
) -> Result<RunOutcome> {
    // Declared first so it is released last, after the store has returned its pool slot.
    let _slot = sandbox.acquire_slot().await?;

    let stdout = CapturedOutput::new(limits.stdout_bytes);
    let stderr = CapturedOutput::new(limits.stderr_bytes);
    let wasi = guest_context(input, &stdout, &stderr)?;
    let memory_bytes = limits.memory_bytes.min(sandbox.config().max_memory_bytes);
    let memory_bytes = usize::try_from(memory_bytes).unwrap_or(usize::MAX);
    let state = GuestState { wasi, limiter: GuestLimiter::new(memory_bytes, MAX_TABLE_ELEMENTS), timed_out: false };

    let mut store = Store::new(sandbox.engine(), state);
    store.limiter(|state| &mut state.limiter);
    let started = Instant::now();
    let deadline = started.checked_add(limits.time).unwrap_or_else(|| started + Duration::from_secs(86_400 * 365));
    // A busy guest hands control back every tick, so the timeout below can fire;
    // the deadline is also checked here in case the timer runs late.
    store.set_epoch_deadline(1);
    store.epoch_deadline_callback(move |mut ctx| {
        if Instant::now() >= deadline {
            ctx.data_mut().timed_out = true;
            Ok(UpdateDeadline::Interrupt)
        } else {
            Ok(UpdateDeadline::Yield(1))
        }
    });

    let pre = program.instance_pre();
    let execution = async {
        let instance = pre.instantiate_async(&mut store).await?;
        let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
        start.call_async(&mut store, ()).await
    };
    // The time limit covers host calls too: a sleeping or blocked guest is dropped here.
    let result = tokio::time::timeout(limits.time, execution).await;
    let elapsed = started.elapsed();

    let state = store.data();
    let observed = Observed {
        ending: ending_of(result),
        stdout_overflowed: stdout.overflowed(),
        stderr_overflowed: stderr.overflowed(),
        memory_denied: state.limiter.memory_denied,
        table_denied: state.limiter.table_denied,
        deadline_passed: state.timed_out,
    };
    drop(store);
    let exit_code = match observed.ending {
        Ending::Exited(code) => Some(code),
        _ => None,
    };
    let (verdict, detail) = judge(&observed, limits);
    tracing::debug!(verdict = verdict.name(), elapsed_ms = elapsed.as_millis(), "sandbox run finished");
    Ok(RunOutcome {
        verdict,
        stdout: stdout.take(),
        stderr: stderr.take(),
        exit_code,
        elapsed,
        detail: truncate(detail),
    })
}

/// The outcome reported when the host itself failed: never the entrant's fault,
/// but `run` must still return an outcome; `detail` says what happened.
pub(crate) fn host_failure(error: &SandboxError) -> RunOutcome {
    tracing::error!(%error, "sandbox could not run a program");
    RunOutcome {
        verdict: Verdict::RuntimeError,
        stdout: Vec::new(),
        stderr: Vec::new(),
        exit_code: None,
        elapsed: Duration::ZERO,
        detail: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn observed(ending: Ending) -> Observed {
        Observed {
            ending,
            stdout_overflowed: false,
            stderr_overflowed: false,
            memory_denied: false,
            table_denied: false,
            deadline_passed: false,
        }
    }

    fn trap() -> Ending {
        Ending::Trapped { message: "wasm trap: unreachable".to_owned(), interrupted: false }
    }

    #[test]
    fn each_ending_gets_its_verdict() {
        let limits = RunLimits::default();
        assert_eq!(judge(&observed(Ending::Exited(0)), &limits).0, Verdict::Ok);
        assert_eq!(judge(&observed(Ending::Exited(3)), &limits).0, Verdict::RuntimeError);
        assert_eq!(judge(&observed(trap()), &limits).0, Verdict::RuntimeError);
        assert_eq!(judge(&observed(Ending::WallClock), &limits).0, Verdict::TimeLimit);
        let interrupted = Ending::Trapped { message: "interrupt".to_owned(), interrupted: true };
        assert_eq!(judge(&observed(interrupted), &limits).0, Verdict::TimeLimit);
    }

    #[test]
    fn a_crash_after_a_denied_allocation_is_a_memory_limit() {
        let mut seen = observed(trap());
        seen.memory_denied = true;
        assert_eq!(judge(&seen, &RunLimits::default()).0, Verdict::MemoryLimit);
    }

    #[test]
    fn a_clean_exit_after_a_denied_allocation_is_ok() {
        let mut seen = observed(Ending::Exited(0));
        seen.memory_denied = true;
        assert_eq!(judge(&seen, &RunLimits::default()).0, Verdict::Ok);
    }

    #[test]
    fn too_much_output_wins_over_the_trap_it_causes() {
        let mut seen = observed(trap());
        seen.stderr_overflowed = true;
        seen.deadline_passed = true;
        assert_eq!(judge(&seen, &RunLimits::default()).0, Verdict::OutputLimit);
    }

    #[test]
    fn long_details_are_cut() {
        let cut = truncate("x".repeat(MAX_DETAIL_CHARS * 2));
        assert!(cut.len() < MAX_DETAIL_CHARS + 10);
    }
}
