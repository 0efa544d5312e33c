//! How much work a module may ask of the compiler, checked before compiling.
//!
//! wasmtime's compile time and memory grow with what a module declares: a
//! 4 MB file of a million empty functions once took a server to 5.5 GB for
//! half a minute. One quick pass over the module's sections (no compiling, no
//! allocation that grows with the module) counts what matters and refuses a
//! module past any bound with a plain reason, before wasmtime sees it.
//!
//! The bounds leave room for what real compilers emit for WASI preview 1:
//! a Go (`GOOS=wasip1`) program with a few dependencies is 2 to 15 MB with
//! 3,000 to 30,000 functions; rustc, clang and TinyGo outputs are smaller.
//! Past the bounds, compile time and memory stay within what a worker can
//! afford (about a gigabyte at the very worst, a few hundred MB usually).

use wasmparser::{ElementItems, Encoding, Parser, Payload};

use crate::error::CompileError;

/// The largest module file, in bytes.
pub const MAX_MODULE_BYTES: usize = 32 * 1024 * 1024;
/// The most functions a module may define (imports not counted).
pub const MAX_FUNCTIONS: u64 = 50_000;
/// The most bytes of code (all function bodies together).
pub const MAX_CODE_BYTES: u64 = 16 * 1024 * 1024;
/// The largest single function body, in bytes.
pub const MAX_FUNCTION_BYTES: u64 = 1024 * 1024;
/// The most local variables one function may declare.
pub const MAX_LOCALS: u64 = 20_000;
/// The most function types a module may declare.
pub const MAX_TYPES: u64 = 50_000;
/// The most imports (WASI preview 1 has fewer than 50 functions).
pub const MAX_IMPORTS: u64 = 1_000;
/// The most exports and the most globals.
pub const MAX_EXPORTS_OR_GLOBALS: u64 = 50_000;
/// The most function references in element segments (tables of function pointers).
pub const MAX_ELEMENT_ITEMS: u64 = 200_000;
/// The most data segments.
pub const MAX_DATA_SEGMENTS: u64 = 100_000;

/// What the pre-compile pass counted in a module that is within the bounds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ModuleStats {
    /// Size of the file.
    pub bytes: usize,
    /// Functions defined by the module.
    pub functions: u64,
    /// Bytes of all function bodies.
    pub code_bytes: u64,
    /// Bytes of the largest function body.
    pub largest_function_bytes: u64,
    /// Data segments.
    pub data_segments: u64,
}

fn fail<T>(message: impl Into<String>) -> Result<T, CompileError> {
    Err(CompileError(message.into()))
}

/// `1,000,000`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Refuses `found` things past `max`, in one sentence an entrant can act on;
/// `what` is the things counted, as the message's `$what` selector (`types`,
/// `functions`, `locals`…).
fn at_most(found: u64, max: u64, what: &str) -> Result<(), CompileError> {
    if found > max {
        return fail(plaza_i18n::tr_with(
            "scoring-bounds-too-many",
            &[("found", grouped(found).into()), ("max", grouped(max).into()), ("what", what.into())],
        ));
    }
    Ok(())
}

fn malformed(error: &wasmparser::BinaryReaderError) -> CompileError {
    let reason = error.message();
    let id = if reason.contains("unexpected end") { "scoring-program-cut-short" } else { "scoring-bounds-malformed" };
    CompileError(plaza_i18n::tr_with(id, &[("reason", reason.into())]))
}

/// Checks that `wasm` is a module Plaza is willing to compile: within the
/// size and count bounds of this module's constants. Cheap (one pass over
/// the sections, no compiling), so it can run when a file is uploaded, to
/// refuse it at once; [`Sandbox::compile`](crate::Sandbox::compile) runs it
/// again before compiling. It does not validate the code itself: a module
/// within the bounds may still get a `CompileError` from the compiler.
pub fn check_module_bounds(wasm: &[u8]) -> Result<ModuleStats, CompileError> {
    if wasm.len() > MAX_MODULE_BYTES {
        return fail(plaza_i18n::tr_with(
            "scoring-bounds-file-too-large",
            &[("mb", wasm.len().div_ceil(1024 * 1024).into()), ("max", (MAX_MODULE_BYTES / (1024 * 1024)).into())],
        ));
    }
    let mut stats = ModuleStats { bytes: wasm.len(), ..ModuleStats::default() };
    let mut element_items = 0u64;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| malformed(&e))? {
            Payload::Version { encoding: Encoding::Component, .. } => {
                return fail(plaza_i18n::tr("scoring-program-component"));
            }
            Payload::TypeSection(reader) => at_most(reader.count().into(), MAX_TYPES, "types")?,
            Payload::ImportSection(reader) => at_most(reader.count().into(), MAX_IMPORTS, "imports")?,
            Payload::FunctionSection(reader) => {
                stats.functions = reader.count().into();
                at_most(stats.functions, MAX_FUNCTIONS, "functions")?;
            }
            Payload::GlobalSection(reader) => at_most(reader.count().into(), MAX_EXPORTS_OR_GLOBALS, "globals")?,
            Payload::ExportSection(reader) => at_most(reader.count().into(), MAX_EXPORTS_OR_GLOBALS, "exports")?,
            Payload::ElementSection(reader) => {
                for element in reader {
                    let count = match element.map_err(|e| malformed(&e))?.items {
                        ElementItems::Functions(items) => items.count(),
                        ElementItems::Expressions(_, items) => items.count(),
                    };
                    element_items += u64::from(count);
                    at_most(element_items, MAX_ELEMENT_ITEMS, "function-references")?;
                }
            }
            Payload::DataSection(reader) => {
                stats.data_segments = reader.count().into();
                at_most(stats.data_segments, MAX_DATA_SEGMENTS, "data-segments")?;
            }
            Payload::CodeSectionStart { count, size, .. } => {
                at_most(count.into(), MAX_FUNCTIONS, "function-bodies")?;
                stats.code_bytes = size.into();
                if stats.code_bytes > MAX_CODE_BYTES {
                    return fail(plaza_i18n::tr_with(
                        "scoring-bounds-code-too-large",
                        &[
                            ("mb", stats.code_bytes.div_ceil(1024 * 1024).into()),
                            ("max", (MAX_CODE_BYTES / (1024 * 1024)).into()),
                        ],
                    ));
                }
            }
            Payload::CodeSectionEntry(body) => {
                let size = body.range().len() as u64;
                stats.largest_function_bytes = stats.largest_function_bytes.max(size);
                if size > MAX_FUNCTION_BYTES {
                    return fail(plaza_i18n::tr_with(
                        "scoring-bounds-function-too-large",
                        &[("kb", size.div_ceil(1024).into()), ("max", (MAX_FUNCTION_BYTES / 1024).into())],
                    ));
                }
                let mut locals = 0u64;
                for declared in body.get_locals_reader().map_err(|e| malformed(&e))? {
                    locals += u64::from(declared.map_err(|e| malformed(&e))?.0);
                    at_most(locals, MAX_LOCALS, "locals")?;
                }
            }
            _ => {}
        }
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }

    #[test]
    fn a_small_module_is_counted() {
        let wasm = b"\0asm\x01\0\0\0";
        assert_eq!(check_module_bounds(wasm).ok(), Some(ModuleStats { bytes: 8, ..ModuleStats::default() }));
    }
}
