//! Helpers shared by the sandbox's integration tests: a sandbox, short limits,
//! and a small library of WAT functions (printing, opening files) for guests.

#![allow(dead_code)]

use std::path::Path;
use std::time::Duration;

use plaza_sandbox::{Program, RunInput, RunLimits, RunOutcome, Sandbox, SandboxConfig};

/// The time limit of tests that expect `TimeLimit`: short, to keep the suite fast.
pub const SHORT_TIME: Duration = Duration::from_millis(300);

/// How long a run that should be stopped at [`SHORT_TIME`] may take at most, even on a loaded machine.
pub const STOPPED_WITHIN: Duration = Duration::from_secs(3);

pub fn sandbox() -> Sandbox {
    Sandbox::new(SandboxConfig { max_concurrent_runs: 4, max_memory_bytes: 256 << 20 }).expect("sandbox")
}

pub fn limits() -> RunLimits {
    RunLimits { time: SHORT_TIME, memory_bytes: 64 << 20, stdout_bytes: 64 << 10, stderr_bytes: 4 << 10 }
}

/// Limits for hostile programs that must be stopped by something other than
/// time (memory, output, a trap): a generous clock, so that a loaded machine
/// cannot turn their verdict into `TimeLimit`.
pub fn hostile_limits() -> RunLimits {
    RunLimits { time: Duration::from_secs(10), ..limits() }
}

/// Generous limits for honest programs, which must not be cut short by a slow machine.
pub fn honest_limits() -> RunLimits {
    RunLimits { time: Duration::from_secs(20), ..limits() }
}

pub fn wasm(source: &str) -> Vec<u8> {
    wat::parse_str(source).expect("test module is valid WAT")
}

pub fn compile(sandbox: &Sandbox, source: &str) -> Program {
    sandbox.compile(&wasm(source)).expect("test module compiles")
}

pub async fn run_wat(source: &str, input: &RunInput, limits: &RunLimits) -> RunOutcome {
    let sandbox = sandbox();
    let program = compile(&sandbox, source);
    sandbox.run(&program, input, limits).await
}

pub fn stdin(bytes: &[u8]) -> RunInput {
    RunInput { stdin: bytes.to_vec(), data_dir: None }
}

pub fn with_data(dir: &Path) -> RunInput {
    RunInput { stdin: Vec::new(), data_dir: Some(dir.to_path_buf()) }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch tree: `<root>/secret.txt` outside the data directory and
/// `<root>/data/{input.csv, public/train.csv}` inside it.
pub struct DataTree {
    pub root: tempfile::TempDir,
}

pub const INPUT_CSV: &str = "id,x\n1,0.5\n2,0.25\n3,1\n";
pub const TRAIN_CSV: &str = "id,x,y\n10,0.1,0\n11,0.9,1\n";
pub const SECRET: &str = "TOP-SECRET-HOST-FILE";

impl DataTree {
    pub fn new() -> Self {
        let root = tempfile::tempdir().expect("tempdir");
        std::fs::write(root.path().join("secret.txt"), SECRET).expect("secret");
        let data = root.path().join("data");
        std::fs::create_dir_all(data.join("public")).expect("data dir");
        std::fs::write(data.join("input.csv"), INPUT_CSV).expect("input");
        std::fs::write(data.join("public/train.csv"), TRAIN_CSV).expect("train");
        DataTree { root }
    }

    pub fn data(&self) -> std::path::PathBuf {
        self.root.path().join("data")
    }

    pub fn input(&self) -> RunInput {
        RunInput { stdin: INPUT_CSV.as_bytes().to_vec(), data_dir: Some(self.data()) }
    }

    /// File names under the data directory, recursively, sorted.
    pub fn listing(&self) -> Vec<String> {
        fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("read_dir") {
                let entry = entry.expect("entry");
                let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
                if entry.file_type().expect("type").is_dir() {
                    walk(&entry.path(), &format!("{name}/"), out);
                }
                out.push(name);
            }
        }
        let mut out = Vec::new();
        walk(&self.data(), "", &mut out);
        out.sort();
        out
    }
}

/// WASI imports and helper functions for guests. Memory layout: 0..64 scratch
/// (iovecs, results), 64..128 number formatting, 1024.. data segments of the
/// module, 65536.. a 64 KiB I/O buffer.
pub const PRELUDE: &str = r#"
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 2)

  ;; Writes len bytes at ptr to fd; returns the errno.
  (func $write (param $fd i32) (param $ptr i32) (param $len i32) (result i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))

  (func $print (param $ptr i32) (param $len i32)
    (drop (call $write (i32.const 1) (local.get $ptr) (local.get $len))))

  ;; Prints an unsigned number in decimal followed by one space.
  (func $print_num (param $n i32)
    (local $p i32)
    (local.set $p (i32.const 127))
    (i32.store8 (local.get $p) (i32.const 32))
    (loop $digits
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $n) (i32.const 10))))
      (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
      (br_if $digits (i32.ne (local.get $n) (i32.const 0))))
    (call $print (local.get $p) (i32.sub (i32.const 128) (local.get $p))))

  ;; Copies fd to stdout until end of file; returns the errno of a failed read, 0 at the end.
  (func $copy_to_stdout (param $fd i32) (result i32)
    (local $errno i32)
    (loop $more
      (i32.store (i32.const 16) (i32.const 65536))
      (i32.store (i32.const 20) (i32.const 65536))
      (local.set $errno (call $fd_read (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 24)))
      (if (local.get $errno) (then (return (local.get $errno))))
      (if (i32.load (i32.const 24))
        (then
          (call $print (i32.const 65536) (i32.load (i32.const 24)))
          (br $more))))
    (i32.const 0))

  ;; Opens path (ptr, len) relative to dirfd 3 (/data); returns the errno, the fd at address 32.
  (func $open (param $ptr i32) (param $len i32) (param $lookup i32) (param $oflags i32) (param $rights i64)
    (result i32)
    (call $path_open (i32.const 3) (local.get $lookup) (local.get $ptr) (local.get $len)
      (local.get $oflags) (local.get $rights) (i64.const 0) (i32.const 0) (i32.const 32)))
"#;

/// Rights and flags of `path_open`.
pub const RIGHT_FD_READ: u64 = 1 << 1;
pub const RIGHT_FD_WRITE: u64 = 1 << 6;
pub const OFLAG_CREAT: u32 = 1;
pub const OFLAG_TRUNC: u32 = 8;
pub const LOOKUP_FOLLOW_SYMLINKS: u32 = 1;

/// A module that opens `path` under /data with `oflags` and `rights`. If that
/// fails it prints `open-errno=<n>` and exits with status 2; if it succeeds it
/// prints `opened` and the file's contents (when readable), and exits 0.
pub fn open_probe(path: &str, lookup: u32, oflags: u32, rights: u64) -> String {
    let len = path.len();
    let escaped: String = path.bytes().map(|b| format!("\\{b:02x}")).collect();
    format!(
        r#"(module {PRELUDE}
  (data (i32.const 1024) "{escaped}")
  (data (i32.const 2048) "open-errno=")
  (data (i32.const 2080) "opened\n")
  (func (export "_start")
    (local $errno i32)
    (local.set $errno (call $open (i32.const 1024) (i32.const {len}) (i32.const {lookup}) (i32.const {oflags})
      (i64.const {rights})))
    (if (local.get $errno)
      (then
        (call $print (i32.const 2048) (i32.const 11))
        (call $print_num (local.get $errno))
        (call $proc_exit (i32.const 2))))
    (call $print (i32.const 2080) (i32.const 7))
    (drop (call $copy_to_stdout (i32.load (i32.const 32))))))"#
    )
}
