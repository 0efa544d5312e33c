//! Errors of the sandbox itself, as opposed to verdicts on a guest.
//!
//! A guest that misbehaves never produces a [`SandboxError`]: it gets a
//! [`Verdict`](plaza_core::Verdict) in its [`RunOutcome`](crate::RunOutcome).
//! These errors mean the host could not do its job (bad configuration, a
//! missing data directory, an exhausted pool): the platform's fault, not the
//! entrant's.

/// The host side of the sandbox failed.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The wasmtime engine or its linker could not be set up with this configuration.
    #[error("cannot set up the WebAssembly engine: {0}")]
    Engine(String),
    /// The configuration asks for something the sandbox cannot honour.
    #[error("invalid sandbox configuration: {0}")]
    Config(String),
    /// The data directory could not be opened to be shared read-only with the guest.
    #[error("cannot open the data directory {path}: {message}")]
    DataDir { path: std::path::PathBuf, message: String },
    /// Something went wrong on the host while running a guest (not the guest's fault).
    #[error("sandbox host failure: {0}")]
    Host(String),
}

/// Why a file is not a program Plaza can run, in one plain sentence for the entrant.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct CompileError(pub String);

/// Result of the sandbox's host-side operations.
pub type Result<T, E = SandboxError> = std::result::Result<T, E>;
