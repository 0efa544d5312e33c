//! The wasmtime engine every guest runs on, and the clock that interrupts busy guests.

use std::time::Duration;

use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig};

use crate::error::{Result, SandboxError};
use crate::limiter::MAX_TABLE_ELEMENTS;
use crate::types::SandboxConfig;

/// How often the engine's epoch advances. A busy guest yields to the async
/// runtime (and is checked against its deadline) once per tick.
pub(crate) const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Native stack a guest may use; deeper recursion traps with "call stack exhausted".
pub(crate) const MAX_WASM_STACK: usize = 1 << 20;

/// Size of the fiber stack a guest runs on: its wasm stack plus room for host calls.
const ASYNC_STACK: usize = MAX_WASM_STACK + (1 << 20);

/// Largest linear memory a 32-bit wasm guest can address.
const MAX_32BIT_MEMORY: u64 = 1 << 32;

/// Wasm pages are 64 KiB; memories grow in whole pages.
const WASM_PAGE: u64 = 64 * 1024;

/// Most concurrent runs one sandbox may be configured for.
const MAX_CONCURRENT_RUNS: u32 = 1024;

/// Checks the configuration before any virtual memory is reserved for it.
pub(crate) fn validate(config: &SandboxConfig) -> Result<()> {
    if config.max_concurrent_runs == 0 || config.max_concurrent_runs > MAX_CONCURRENT_RUNS {
        return Err(SandboxError::Config(format!(
            "max_concurrent_runs must be between 1 and {MAX_CONCURRENT_RUNS}, not {}",
            config.max_concurrent_runs
        )));
    }
    if config.max_memory_bytes < WASM_PAGE || config.max_memory_bytes > MAX_32BIT_MEMORY {
        return Err(SandboxError::Config(format!(
            "max_memory_bytes must be between 64 KiB and 4 GiB, not {}",
            config.max_memory_bytes
        )));
    }
    Ok(())
}

/// An engine with a pooling allocator sized for `max_concurrent_runs` guests,
/// epoch interruption, a bounded wasm stack and only the wasm features that
/// compilers of WASI preview 1 programs emit (no threads, no memory64, no
/// multiple memories, no components, no GC).
pub(crate) fn build_engine(config: &SandboxConfig) -> Result<Engine> {
    validate(config)?;
    let slots = config.max_concurrent_runs;

    let mut pool = PoolingAllocationConfig::new();
    pool.total_core_instances(slots)
        .total_memories(slots)
        .total_tables(slots)
        .total_stacks(slots)
        .total_component_instances(0)
        .total_gc_heaps(0)
        .max_memories_per_module(1)
        .max_tables_per_module(1)
        // Memory slots keep the default 4 GiB size (virtual address space only): the
        // per-run limiter enforces the real limit, so that a module declaring a large
        // memory compiles and then gets `MemoryLimit` instead of a compile error.
        // Likewise tables: the pool has room beyond the limiter's limit.
        .table_elements(MAX_TABLE_ELEMENTS * 4);

    let mut wasm = Config::new();
    wasm.allocation_strategy(InstanceAllocationStrategy::Pooling(pool))
        .epoch_interruption(true)
        .max_wasm_stack(MAX_WASM_STACK)
        .async_stack_size(ASYNC_STACK)
        // Fiber stacks are pooled across entrants: never hand one guest another's leftovers.
        .async_stack_zeroing(true)
        .wasm_threads(false)
        .wasm_memory64(false)
        .wasm_multi_memory(false)
        .wasm_component_model(false)
        .wasm_gc(false)
        .wasm_function_references(false)
        .wasm_stack_switching(false)
        // The same entry on the same input gives the same output on any host.
        .relaxed_simd_deterministic(true);
    Engine::new(&wasm).map_err(|e| SandboxError::Engine(format!("{e:#}")))
}

/// Advances the engine's epoch every [`EPOCH_TICK`] until the engine is dropped.
pub(crate) fn spawn_epoch_ticker(engine: &Engine) -> Result<()> {
    let weak = engine.weak();
    std::thread::Builder::new()
        .name("plaza-sandbox-epoch".to_owned())
        .spawn(move || {
            loop {
                std::thread::sleep(EPOCH_TICK);
                match weak.upgrade() {
                    Some(engine) => engine.increment_epoch(),
                    None => break,
                }
            }
        })
        .map(|_| ())
        .map_err(|e| SandboxError::Engine(format!("cannot start the epoch thread: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_concurrent_runs_is_refused() {
        let config = SandboxConfig { max_concurrent_runs: 0, max_memory_bytes: 1 << 20 };
        assert!(matches!(validate(&config), Err(SandboxError::Config(_))));
    }

    #[test]
    fn more_than_four_gib_of_memory_is_refused() {
        let config = SandboxConfig { max_concurrent_runs: 1, max_memory_bytes: (4 << 30) + 1 };
        assert!(matches!(validate(&config), Err(SandboxError::Config(_))));
    }
}
