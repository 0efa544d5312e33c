//! The verdict on one scored entry, and what it means for the entrant.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Ran (if a program) and produced valid predictions that were scored.
    Ok,
    /// The predictions file, or the program's output, is not valid predictions.
    InvalidOutput,
    /// The program ran longer than the track allows.
    TimeLimit,
    /// The program asked for more memory than the track allows.
    MemoryLimit,
    /// The program printed more than the track allows.
    OutputLimit,
    /// The program crashed (a trap) or exited with a non-zero status.
    RuntimeError,
    /// The file is not a WebAssembly module Plaza can run.
    CompileError,
}

impl Verdict {
    pub const ALL: [Verdict; 7] = [
        Verdict::Ok,
        Verdict::InvalidOutput,
        Verdict::TimeLimit,
        Verdict::MemoryLimit,
        Verdict::OutputLimit,
        Verdict::RuntimeError,
        Verdict::CompileError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::InvalidOutput => "invalid_output",
            Verdict::TimeLimit => "time_limit",
            Verdict::MemoryLimit => "memory_limit",
            Verdict::OutputLimit => "output_limit",
            Verdict::RuntimeError => "runtime_error",
            Verdict::CompileError => "compile_error",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.name() == input)
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Ok => "Scored",
            Verdict::InvalidOutput => "Invalid predictions",
            Verdict::TimeLimit => "Too slow",
            Verdict::MemoryLimit => "Used too much memory",
            Verdict::OutputLimit => "Printed too much",
            Verdict::RuntimeError => "Crashed",
            Verdict::CompileError => "Not a program Plaza can run",
        }
    }

    /// One plain sentence for the entrant.
    pub fn explanation(self) -> &'static str {
        match self {
            Verdict::Ok => "Your entry was scored.",
            Verdict::InvalidOutput => {
                "Your predictions could not be scored: the file must have a header with the id and target columns and exactly one valid prediction for every id. The first problems are listed below."
            }
            Verdict::TimeLimit => {
                "Your program did not finish within the time limit of this track. Make it faster, or check that it does not wait for input that never comes."
            }
            Verdict::MemoryLimit => {
                "Your program asked for more memory than this track allows. Load less data at once, or use smaller data structures."
            }
            Verdict::OutputLimit => {
                "Your program printed more than this track allows. Print only the predictions CSV to standard output, and keep debugging messages short."
            }
            Verdict::RuntimeError => {
                "Your program stopped with an error (it crashed or exited with a non-zero status). Try it on the public data first."
            }
            Verdict::CompileError => {
                "The file is not a WebAssembly module that uses WASI preview 1 (with a _start function). Build it with, for example, `cargo build --target wasm32-wasip1` or `clang --target=wasm32-wasi`."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verdict_round_trips_and_is_explained() {
        for verdict in Verdict::ALL {
            assert_eq!(Verdict::parse(verdict.name()), Some(verdict));
            assert!(verdict.explanation().ends_with('.'));
        }
    }
}
