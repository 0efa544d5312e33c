//! Runs untrusted WebAssembly entries under hard limits (being written).
