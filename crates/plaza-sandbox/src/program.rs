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
        return fail(plaza_i18n::tr("scoring-program-empty"));
    }
    let magic_len = wasm.len().min(WASM_MAGIC.len());
    if wasm[..magic_len] != WASM_MAGIC[..magic_len] {
        return fail(plaza_i18n::tr("scoring-program-not-wasm"));
    }
    if wasm.len() < 8 {
        return fail(plaza_i18n::tr("scoring-program-header-cut-short"));
    }
    let version = [wasm[4], wasm[5], wasm[6], wasm[7]];
    if version == COMPONENT_VERSION_LAYER {
        return fail(plaza_i18n::tr("scoring-program-component"));
    }
    if version != CORE_MODULE_VERSION {
        return fail(plaza_i18n::tr("scoring-program-unknown-version"));
    }
    Ok(())
}

/// The first line of each error in the chain, joined: enough to act on, without a backtrace.
fn plain(error: &wasmtime::Error) -> String {
    let text = format!("{error:#}");
    let message: String = text.lines().next().unwrap_or_default().chars().take(300).collect();
    if message.is_empty() {
        return plaza_i18n::tr("scoring-program-unknown-error");
    }
    message
}

fn check_start(module: &Module) -> Result<(), CompileError> {
    match module.get_export("_start") {
        Some(ExternType::Func(func)) if func.params().len() == 0 && func.results().len() == 0 => Ok(()),
        Some(ExternType::Func(_)) => fail(plaza_i18n::tr("scoring-program-start-signature")),
        Some(_) => fail(plaza_i18n::tr("scoring-program-start-not-a-function")),
        None => fail(plaza_i18n::tr("scoring-program-no-start")),
    }
}

fn check_imports(module: &Module) -> Result<(), CompileError> {
    let mut uses_wasi = false;
    for import in module.imports() {
        if import.module() != WASI_P1 {
            return fail(plaza_i18n::tr_with(
                "scoring-program-unknown-import",
                &[("name", import.name().into()), ("module", import.module().into()), ("wasi", WASI_P1.into())],
            ));
        }
        if !matches!(import.ty(), ExternType::Func(_)) {
            return fail(plaza_i18n::tr_with(
                "scoring-program-import-not-a-function",
                &[("name", import.name().into()), ("wasi", WASI_P1.into())],
            ));
        }
        uses_wasi = true;
    }
    if uses_wasi && !matches!(module.get_export("memory"), Some(ExternType::Memory(_))) {
        return fail(plaza_i18n::tr("scoring-program-no-memory"));
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
        let cut_short = reason.contains("end-of-file");
        let id = if cut_short { "scoring-program-cut-short" } else { "scoring-program-unsupported" };
        CompileError(plaza_i18n::tr_with(id, &[("reason", reason.into())]))
    })?;
    check_imports(&module)?;
    check_start(&module)?;
    let pre = linker.instantiate_pre(&module).map_err(|e| {
        CompileError(plaza_i18n::tr_with("scoring-program-cannot-link", &[("reason", plain(&e).into())]))
    })?;
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
