//! Compiling an entry once into a [`Program`] that can be run many times.
//!
//! Every check that does not need the guest to run happens here, so that a
//! file that is not a WASI preview 1 command gets `CompileError` with a plain
//! reason, before any case is run.

use std::fmt;
use std::sync::Arc;

use wasmtime::{Engine, ExternType, InstancePre, Linker, Module};

use crate::bounds::check_module_bounds;
use crate::error::CompileError;
use crate::run::GuestState;

/// The only import namespace guests may use.
const WASI_P1: &str = "wasi_snapshot_preview1";

const WASM_MAGIC: &[u8; 4] = b"\0asm";
const CORE_MODULE_VERSION: [u8; 4] = [1, 0, 0, 0];
/// Version and layer fields of a component (layer 1).
const COMPONENT_VERSION_LAYER: [u8; 4] = [0x0d, 0, 1, 0];

/// A compiled, linked entry. Cheap to clone: clones share the compiled code.
#[derive(Clone)]
pub struct Program {
    inner: Arc<ProgramInner>,
}

struct ProgramInner {
    pre: InstancePre<GuestState>,
    wasm_bytes: usize,
}

impl Program {
    pub(crate) fn instance_pre(&self) -> &InstancePre<GuestState> {
        &self.inner.pre
    }

    /// Size of the WebAssembly file this program was compiled from.
    pub fn wasm_bytes(&self) -> usize {
        self.inner.wasm_bytes
    }
}

impl fmt::Debug for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Program").field("wasm_bytes", &self.inner.wasm_bytes).finish_non_exhaustive()
    }
}

fn fail<T>(message: impl Into<String>) -> Result<T, CompileError> {
    Err(CompileError(message.into()))
}

/// Rejects what is not a core module by its header, with a reason an entrant can act on.
fn check_header(wasm: &[u8]) -> Result<(), CompileError> {
    if wasm.is_empty() {
        return fail("The file is empty.");
    }
    let magic_len = wasm.len().min(WASM_MAGIC.len());
    if wasm[..magic_len] != WASM_MAGIC[..magic_len] {
        return fail(
            "The file is not a WebAssembly binary (it does not start with `\\0asm`). \
             Upload the compiled .wasm file, not source code or the text format.",
        );
    }
    if wasm.len() < 8 {
        return fail("The file is cut short: it ends inside the WebAssembly header.");
    }
    let version = [wasm[4], wasm[5], wasm[6], wasm[7]];
    if version == COMPONENT_VERSION_LAYER {
        return fail(
            "The file is a WebAssembly component, not a core module. Build for WASI preview 1 \
             (for example `cargo build --target wasm32-wasip1`), not wasm32-wasip2.",
        );
    }
    if version != CORE_MODULE_VERSION {
        return fail("The file is not a WebAssembly 1.0 core module (unknown version in its header).");
    }
    Ok(())
}

/// The first line of each error in the chain, joined: enough to act on, without a backtrace.
fn plain(error: &wasmtime::Error) -> String {
    let text = format!("{error:#}");
    let mut message: String = text.lines().next().unwrap_or_default().chars().take(300).collect();
    if message.is_empty() {
        message.push_str("unknown error");
    }
    message
}

fn check_start(module: &Module) -> Result<(), CompileError> {
    match module.get_export("_start") {
        Some(ExternType::Func(func)) if func.params().len() == 0 && func.results().len() == 0 => Ok(()),
        Some(ExternType::Func(_)) => fail("The module's `_start` function must take no parameters and return nothing."),
        Some(_) => fail("The module exports `_start`, but it is not a function."),
        None => fail(
            "The module has no `_start` function: build it as a WASI command (a program with `main`), \
             not as a library or reactor.",
        ),
    }
}

fn check_imports(module: &Module) -> Result<(), CompileError> {
    let mut uses_wasi = false;
    for import in module.imports() {
        if import.module() != WASI_P1 {
            return fail(format!(
                "The module imports `{}` from `{}`, which Plaza does not provide: \
                 only WASI preview 1 (`{WASI_P1}`) is available.",
                import.name(),
                import.module(),
            ));
        }
        if !matches!(import.ty(), ExternType::Func(_)) {
            return fail(format!(
                "The module imports `{}` from `{WASI_P1}` as something other than a function.",
                import.name()
            ));
        }
        uses_wasi = true;
    }
    if uses_wasi && !matches!(module.get_export("memory"), Some(ExternType::Memory(_))) {
        return fail("The module calls WASI but does not export its memory as `memory`.");
    }
    Ok(())
}

/// Compiles and links `wasm`, or says in one sentence why it cannot be run.
/// A module past the bounds of [`check_module_bounds`] is refused before the
/// compiler sees it.
pub(crate) fn compile(engine: &Engine, linker: &Linker<GuestState>, wasm: &[u8]) -> Result<Program, CompileError> {
    check_header(wasm)?;
    check_module_bounds(wasm)?;
    let module = Module::from_binary(engine, wasm).map_err(|e| {
        let reason = plain(&e);
        if reason.contains("end-of-file") {
            CompileError(format!("The file is cut short (was the upload complete?): {reason}"))
        } else {
            CompileError(format!("The module uses WebAssembly that Plaza cannot run: {reason}"))
        }
    })?;
    check_imports(&module)?;
    check_start(&module)?;
    let pre = linker
        .instantiate_pre(&module)
        .map_err(|e| CompileError(format!("The module cannot be linked with WASI preview 1: {}", plain(&e))))?;
    Ok(Program { inner: Arc::new(ProgramInner { pre, wasm_bytes: wasm.len() }) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_non_modules_are_explained() {
        assert!(check_header(b"").is_err_and(|e| e.0.contains("empty")));
        assert!(check_header(b"PK\x03\x04zip").is_err_and(|e| e.0.contains("not a WebAssembly binary")));
        assert!(check_header(b"\0as").is_err_and(|e| e.0.contains("cut short")));
        assert!(check_header(b"\0asm\x0d\0\x01\0").is_err_and(|e| e.0.contains("component")));
        assert!(check_header(b"\0asm\x01\0\0\0").is_ok());
    }
}
