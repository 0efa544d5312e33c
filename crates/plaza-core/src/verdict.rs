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

    pub fn label(self) -> String {
        plaza_i18n::tr(&format!("verdict-{}-label", self.name()))
    }

    /// One plain sentence for the entrant.
    pub fn explanation(self) -> String {
        plaza_i18n::tr(&format!("verdict-{}-explanation", self.name()))
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
