//! Memory and table limits of one guest, and the memory of having enforced them.
//!
//! A guest denied memory sees `memory.grow` return -1 and usually traps
//! (Rust aborts, C's malloc returns NULL); without this record the trap would
//! read as a plain crash. The sandbox uses the record to say `MemoryLimit`.

use wasmtime::ResourceLimiter;

/// Table elements a guest may have (function tables of real compilers hold a few thousand).
pub(crate) const MAX_TABLE_ELEMENTS: usize = 100_000;

#[derive(Debug)]
pub(crate) struct GuestLimiter {
    memory_bytes: usize,
    table_elements: usize,
    /// The guest asked for more linear memory than allowed.
    pub(crate) memory_denied: bool,
    /// The guest asked for more table elements than allowed.
    pub(crate) table_denied: bool,
}

impl GuestLimiter {
    pub(crate) fn new(memory_bytes: usize, table_elements: usize) -> Self {
        GuestLimiter { memory_bytes, table_elements, memory_denied: false, table_denied: false }
    }
}

impl ResourceLimiter for GuestLimiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.memory_bytes {
            self.memory_denied = true;
            return Ok(false);
        }
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.table_elements {
            self.table_denied = true;
            return Ok(false);
        }
        Ok(true)
    }

    fn instances(&self) -> usize {
        1
    }

    fn tables(&self) -> usize {
        1
    }

    fn memories(&self) -> usize {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_up_to_the_limit_is_allowed_and_beyond_is_recorded() -> wasmtime::Result<()> {
        let mut limiter = GuestLimiter::new(1 << 20, 10);
        assert!(limiter.memory_growing(0, 1 << 20, None)?);
        assert!(!limiter.memory_denied);
        assert!(!limiter.memory_growing(1 << 20, (1 << 20) + 65536, None)?);
        assert!(limiter.memory_denied);
        assert!(!limiter.table_growing(0, 11, None)?);
        assert!(limiter.table_denied);
        Ok(())
    }
}
