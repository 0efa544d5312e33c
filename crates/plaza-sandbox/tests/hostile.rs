//! Hostile entries: each gets its verdict, stops within its limits, and
//! learns nothing about the host.

mod common;

use common::*;
use plaza_sandbox::{RunInput, Verdict};

// ---- time ----

#[tokio::test]
async fn a_busy_loop_is_stopped_at_the_time_limit() {
    let out = run_wat(r#"(module (func (export "_start") (loop $spin (br $spin))))"#, &stdin(b""), &limits()).await;
    assert_eq!(out.verdict, Verdict::TimeLimit, "{}", out.detail);
    assert!(out.elapsed >= SHORT_TIME && out.elapsed < STOPPED_WITHIN, "{:?}", out.elapsed);
    assert_eq!(out.exit_code, None);
}

/// `poll_oneoff` with one relative clock subscription of `nanos` (flags 0) or an absolute one (flags 1).
fn sleeper(nanos: u64, flags: u32) -> String {
    format!(
        r#"(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store8 (i32.const 8) (i32.const 0))
    (i32.store (i32.const 16) (i32.const 1))
    (i64.store (i32.const 24) (i64.const {nanos}))
    (i64.store (i32.const 32) (i64.const 0))
    (i32.store16 (i32.const 40) (i32.const {flags}))
    (drop (call $poll (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128)))))"#
    )
}

#[tokio::test]
async fn a_guest_sleeping_in_poll_oneoff_is_stopped_at_the_time_limit() {
    let out = run_wat(&sleeper(30_000_000_000, 0), &stdin(b""), &limits()).await;
    assert_eq!(out.verdict, Verdict::TimeLimit, "{}", out.detail);
    assert!(out.elapsed >= SHORT_TIME && out.elapsed < STOPPED_WITHIN, "{:?}", out.elapsed);
}

#[tokio::test]
async fn a_guest_sleeping_until_a_far_absolute_time_is_stopped_at_the_time_limit() {
    let out = run_wat(&sleeper(u64::MAX / 2, 1), &stdin(b""), &limits()).await;
    assert_eq!(out.verdict, Verdict::TimeLimit, "{}", out.detail);
    assert!(out.elapsed < STOPPED_WITHIN, "{:?}", out.elapsed);
}

#[tokio::test]
async fn a_busy_start_function_is_stopped_at_the_time_limit() {
    let source = r#"(module
      (func $spin (loop $l (br $l)))
      (start $spin)
      (func (export "_start")))"#;
    let out = run_wat(source, &stdin(b""), &limits()).await;
    assert_eq!(out.verdict, Verdict::TimeLimit, "{}", out.detail);
    assert!(out.elapsed < STOPPED_WITHIN, "{:?}", out.elapsed);
}

// ---- memory ----

#[tokio::test]
async fn a_memory_grow_bomb_is_a_memory_limit() {
    let source = r#"(module (memory (export "memory") 1)
      (func (export "_start")
        (loop $more
          (if (i32.eq (memory.grow (i32.const 16)) (i32.const -1)) (then unreachable))
          (br $more))))"#;
    let out = run_wat(source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::MemoryLimit, "{}", out.detail);
}

#[tokio::test]
async fn a_memory_bomb_that_ignores_denial_and_spins_is_a_memory_limit() {
    let source = r#"(module (memory (export "memory") 1)
      (func (export "_start") (loop $more (drop (memory.grow (i32.const 1))) (br $more))))"#;
    let out = run_wat(source, &stdin(b""), &limits()).await;
    assert_eq!(out.verdict, Verdict::MemoryLimit, "{}", out.detail);
    assert!(out.elapsed < STOPPED_WITHIN, "{:?}", out.elapsed);
}

#[tokio::test]
async fn one_huge_allocation_is_a_memory_limit() {
    let source = r#"(module (memory (export "memory") 1)
      (func (export "_start")
        (if (i32.eq (memory.grow (i32.const 30000)) (i32.const -1)) (then unreachable))))"#;
    let out = run_wat(source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::MemoryLimit, "{}", out.detail);
}

#[tokio::test]
async fn a_huge_declared_memory_is_a_memory_limit_not_a_compile_error() {
    let source = r#"(module (memory (export "memory") 20000) (func (export "_start")))"#;
    let out = run_wat(source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::MemoryLimit, "{}", out.detail);
}

#[tokio::test]
async fn memory_within_the_limit_is_granted() {
    // 63 MiB of a 64 MiB limit, touched at its last byte.
    let source = r#"(module (memory (export "memory") 1)
      (func (export "_start")
        (if (i32.eq (memory.grow (i32.const 1007)) (i32.const -1)) (then unreachable))
        (i32.store8 (i32.const 66060287) (i32.const 1))))"#;
    let out = run_wat(source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
}

#[tokio::test]
async fn a_table_grow_bomb_is_a_memory_limit() {
    let source = r#"(module (memory (export "memory") 1) (table $t 1 funcref)
      (func (export "_start")
        (loop $more
          (if (i32.eq (table.grow $t (ref.null func) (i32.const 10000)) (i32.const -1)) (then unreachable))
          (br $more))))"#;
    let out = run_wat(source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::MemoryLimit, "{}", out.detail);
}

#[tokio::test]
async fn infinite_recursion_overflows_the_stack_as_a_runtime_error() {
    let source = r#"(module
      (func $deeper (param i32) (result i32) (call $deeper (i32.add (local.get 0) (i32.const 1))))
      (func (export "_start") (drop (call $deeper (i32.const 0)))))"#;
    let out = run_wat(source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError, "{}", out.detail);
    assert!(out.detail.contains("call stack exhausted"), "{}", out.detail);
    assert!(out.detail.len() < 5000);
}

// ---- output ----

fn endless_writer(fd: u32) -> String {
    format!(
        r#"(module {PRELUDE}
  (data (i32.const 1024) "all work and no play makes jack a dull boy\n")
  (func (export "_start") (loop $again (drop (call $write (i32.const {fd}) (i32.const 1024) (i32.const 43))) (br $again))))"#
    )
}

#[tokio::test]
async fn endless_stdout_is_an_output_limit_and_is_stopped_at_once() {
    let limits = hostile_limits();
    let out = run_wat(&endless_writer(1), &stdin(b""), &limits).await;
    assert_eq!(out.verdict, Verdict::OutputLimit, "{}", out.detail);
    assert_eq!(out.stdout.len(), limits.stdout_bytes);
    assert!(out.stdout.starts_with(b"all work and no play"));
    assert!(out.elapsed < limits.time, "stopped at the first byte too many, not at the time limit");
}

#[tokio::test]
async fn endless_stderr_is_an_output_limit_and_is_stopped_at_once() {
    let limits = hostile_limits();
    let out = run_wat(&endless_writer(2), &stdin(b""), &limits).await;
    assert_eq!(out.verdict, Verdict::OutputLimit, "{}", out.detail);
    assert_eq!(out.stderr.len(), limits.stderr_bytes);
    assert!(out.stdout.is_empty());
    assert!(out.elapsed < limits.time);
}

// ---- the file system ----

async fn probe(tree: &DataTree, path: &str, oflags: u32, rights: u64) -> plaza_sandbox::RunOutcome {
    run_wat(&open_probe(path, LOOKUP_FOLLOW_SYMLINKS, oflags, rights), &tree.input(), &hostile_limits()).await
}

fn assert_refused(out: &plaza_sandbox::RunOutcome) {
    assert_eq!(out.verdict, Verdict::RuntimeError, "{} / {}", out.detail, text(&out.stdout));
    assert_eq!(out.exit_code, Some(2), "the open failed and the guest exited 2");
    assert!(text(&out.stdout).starts_with("open-errno="), "{}", text(&out.stdout));
    assert!(!text(&out.stdout).contains(SECRET));
}

#[tokio::test]
async fn the_probe_can_read_what_is_under_data() {
    let tree = DataTree::new();
    let out = probe(&tree, "public/train.csv", 0, RIGHT_FD_READ).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert_eq!(text(&out.stdout), format!("opened\n{TRAIN_CSV}"));
}

#[tokio::test]
async fn dot_dot_cannot_escape_data() {
    let tree = DataTree::new();
    for path in ["../secret.txt", "public/../../secret.txt", "../../../../../../etc/passwd", ".."] {
        let out = probe(&tree, path, 0, RIGHT_FD_READ).await;
        assert_refused(&out);
    }
}

#[tokio::test]
async fn absolute_paths_cannot_escape_data() {
    let tree = DataTree::new();
    let secret = tree.root.path().join("secret.txt");
    for path in ["/etc/passwd", secret.to_str().expect("utf-8 temp path"), "/data/input.csv", "/proc/self/environ"] {
        let out = probe(&tree, path, 0, RIGHT_FD_READ).await;
        assert_refused(&out);
    }
}

#[tokio::test]
async fn a_symlink_planted_in_data_cannot_lead_out_of_it() {
    let tree = DataTree::new();
    std::os::unix::fs::symlink(tree.root.path().join("secret.txt"), tree.data().join("absolute-link"))
        .expect("symlink");
    std::os::unix::fs::symlink("../secret.txt", tree.data().join("relative-link")).expect("symlink");
    for path in ["absolute-link", "relative-link"] {
        let out = probe(&tree, path, 0, RIGHT_FD_READ).await;
        assert_refused(&out);
    }
}

#[tokio::test]
async fn creating_a_file_in_data_is_refused() {
    let tree = DataTree::new();
    let before = tree.listing();
    let out = probe(&tree, "pwned.txt", OFLAG_CREAT, RIGHT_FD_WRITE).await;
    assert_refused(&out);
    assert_eq!(tree.listing(), before);
}

#[tokio::test]
async fn overwriting_the_input_is_refused() {
    let tree = DataTree::new();
    let out = probe(&tree, "input.csv", OFLAG_TRUNC, RIGHT_FD_READ | RIGHT_FD_WRITE).await;
    assert_refused(&out);
    assert_eq!(std::fs::read_to_string(tree.data().join("input.csv")).expect("input"), INPUT_CSV);
}

#[tokio::test]
async fn every_other_change_to_data_is_refused() {
    let source = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "path_create_directory" (func $mkdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_unlink_file" (func $unlink (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_remove_directory" (func $rmdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_rename" (func $rename (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_symlink" (func $symlink (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_link" (func $link (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_set_size" (func $truncate (param i32 i64) (result i32)))
  {PRELUDE}
  (data (i32.const 1024) "input.csv")
  (data (i32.const 1040) "newdir")
  (data (i32.const 1056) "public")
  (data (i32.const 1072) "moved.csv")
  (func (export "_start")
    (call $print_num (call $mkdir (i32.const 3) (i32.const 1040) (i32.const 6)))
    (call $print_num (call $unlink (i32.const 3) (i32.const 1024) (i32.const 9)))
    (call $print_num (call $rmdir (i32.const 3) (i32.const 1056) (i32.const 6)))
    (call $print_num (call $rename (i32.const 3) (i32.const 1024) (i32.const 9) (i32.const 3) (i32.const 1072) (i32.const 9)))
    (call $print_num (call $symlink (i32.const 1024) (i32.const 9) (i32.const 3) (i32.const 1072) (i32.const 9)))
    (call $print_num (call $link (i32.const 3) (i32.const 0) (i32.const 1024) (i32.const 9) (i32.const 3) (i32.const 1072) (i32.const 9)))
    ;; open input.csv for reading, then try to truncate and write through that fd
    (drop (call $open (i32.const 1024) (i32.const 9) (i32.const 0) (i32.const 0) (i64.const 2)))
    (call $print_num (call $truncate (i32.load (i32.const 32)) (i64.const 0)))
    (call $print_num (call $write (i32.load (i32.const 32)) (i32.const 1024) (i32.const 9)))))"#
    );
    let tree = DataTree::new();
    let before = tree.listing();
    let out = run_wat(&source, &tree.input(), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    let errnos: Vec<u32> = text(&out.stdout).split_whitespace().map(|n| n.parse().expect("errno")).collect();
    assert_eq!(errnos.len(), 8, "{}", text(&out.stdout));
    assert!(errnos.iter().all(|&errno| errno != 0), "every change must fail: {errnos:?}");
    assert_eq!(tree.listing(), before);
    assert_eq!(std::fs::read_to_string(tree.data().join("input.csv")).expect("input"), INPUT_CSV);
}

#[tokio::test]
async fn without_a_data_dir_there_is_no_file_system_at_all() {
    let out = run_wat(&open_probe("input.csv", 0, 0, RIGHT_FD_READ), &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError, "{}", out.detail);
    assert_eq!(text(&out.stdout), "open-errno=8 ", "fd 3 does not exist: EBADF");
}

#[tokio::test]
async fn opening_thousands_of_files_hits_the_handle_limit() {
    let source = format!(
        r#"(module {PRELUDE}
  (data (i32.const 1024) "input.csv")
  (func (export "_start")
    (local $i i32)
    (loop $more
      (if (call $open (i32.const 1024) (i32.const 9) (i32.const 0) (i32.const 0) (i64.const 2))
        (then (call $proc_exit (i32.const 5))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $more (i32.lt_u (local.get $i) (i32.const 5000))))))"#
    );
    let tree = DataTree::new();
    let out = run_wat(&source, &tree.input(), &limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError, "{}", out.detail);
    assert!(out.elapsed < STOPPED_WITHIN);
}

// ---- the world outside ----

#[tokio::test]
async fn the_guest_sees_no_environment_and_only_its_program_name() {
    let source = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  {PRELUDE}
  (func (export "_start")
    (drop (call $environ_sizes (i32.const 200) (i32.const 204)))
    (call $print_num (i32.load (i32.const 200)))
    (call $print_num (i32.load (i32.const 204)))
    (drop (call $args_sizes (i32.const 208) (i32.const 212)))
    (call $print_num (i32.load (i32.const 208)))
    (drop (call $args_get (i32.const 256) (i32.const 512)))
    ;; argv[0] without its terminating NUL
    (call $print (i32.load (i32.const 256)) (i32.sub (i32.load (i32.const 212)) (i32.const 1)))))"#
    );
    let out = run_wat(&source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert_eq!(text(&out.stdout), "0 0 1 entry.wasm");
}

#[tokio::test]
async fn sockets_are_unavailable() {
    let source = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv" (func $recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $shutdown (param i32 i32) (result i32)))
  {PRELUDE}
  (func (export "_start")
    (local $fd i32)
    (i32.store (i32.const 16) (i32.const 1024))
    (i32.store (i32.const 20) (i32.const 16))
    (loop $each
      (call $print_num (call $accept (local.get $fd) (i32.const 0) (i32.const 40)))
      (call $print_num (call $recv (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 0) (i32.const 40) (i32.const 44)))
      (call $print_num (call $send (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 0) (i32.const 40)))
      (call $print_num (call $shutdown (local.get $fd) (i32.const 3)))
      (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
      (br_if $each (i32.lt_u (local.get $fd) (i32.const 6))))))"#
    );
    let tree = DataTree::new();
    let out = run_wat(&source, &tree.input(), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    let errnos: Vec<u32> = text(&out.stdout).split_whitespace().map(|n| n.parse().expect("errno")).collect();
    assert_eq!(errnos.len(), 24, "{}", text(&out.stdout));
    assert!(errnos.iter().all(|&errno| errno != 0), "every socket call must fail: {errnos:?}");
}

#[tokio::test]
async fn clocks_and_random_bytes_are_the_same_on_every_run() {
    let source = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
  {PRELUDE}
  (func (export "_start")
    (drop (call $clock (i32.const 0) (i64.const 1) (i32.const 200)))
    (call $print_num (i32.wrap_i64 (i64.div_u (i64.load (i32.const 200)) (i64.const 1000000000))))
    (drop (call $random (i32.const 300) (i32.const 16)))
    (call $print_num (i32.load (i32.const 300)))
    (call $print_num (i32.load (i32.const 304)))))"#
    );
    let first = run_wat(&source, &stdin(b""), &hostile_limits()).await;
    let second = run_wat(&source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(first.verdict, Verdict::Ok, "{}", first.detail);
    assert_eq!(first.stdout, second.stdout);
    assert!(text(&first.stdout).starts_with("1735689600 "), "wall clock is 2025-01-01: {}", text(&first.stdout));
}

// ---- crashes ----

#[tokio::test]
async fn a_non_zero_exit_is_a_runtime_error_with_its_status() {
    let source = format!(r#"(module {PRELUDE} (func (export "_start") (call $proc_exit (i32.const 3))))"#);
    let out = run_wat(&source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError);
    assert_eq!(out.exit_code, Some(3));
    assert!(out.detail.contains("status 3"), "{}", out.detail);
}

#[tokio::test]
async fn a_trap_is_a_runtime_error_with_the_trap_in_detail() {
    let out = run_wat(r#"(module (func (export "_start") unreachable))"#, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError);
    assert_eq!(out.exit_code, None);
    assert!(out.detail.contains("unreachable"), "{}", out.detail);
}

#[tokio::test]
async fn an_out_of_bounds_access_by_a_host_call_is_contained() {
    // fd_write with an iovec pointing far outside memory.
    let source = format!(
        r#"(module {PRELUDE}
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 0x7fff0000))
    (i32.store (i32.const 4) (i32.const 0x10000))
    (call $proc_exit (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#
    );
    let out = run_wat(&source, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError, "{}", out.detail);
}

// ---- files that are not programs ----

fn compile_error(bytes: &[u8]) -> String {
    match sandbox().compile(bytes) {
        Ok(_) => panic!("a hostile file compiled"),
        Err(error) => error.0,
    }
}

#[test]
fn invalid_bytes_are_a_compile_error() {
    let message = compile_error(b"#!/bin/sh\nrm -rf /\n");
    assert!(message.contains("not a WebAssembly binary"), "{message}");
}

#[test]
fn the_text_format_is_a_compile_error() {
    let message = compile_error(br#"(module (func (export "_start")))"#);
    assert!(message.contains("not a WebAssembly binary"), "{message}");
}

#[test]
fn a_truncated_module_is_a_compile_error() {
    let full = wasm(&open_probe("input.csv", 0, 0, RIGHT_FD_READ));
    for cut in [3, 6, 9, full.len() / 2, full.len() - 1] {
        let message = compile_error(&full[..cut]);
        assert!(message.contains("cut short") || message.contains("truncated"), "{cut}: {message}");
    }
}

#[test]
fn unknown_imports_are_a_compile_error() {
    let message = compile_error(&wasm(
        r#"(module (import "env" "system" (func (param i32))) (memory (export "memory") 1) (func (export "_start")))"#,
    ));
    assert!(message.contains("`system` from `env`"), "{message}");
    let message = compile_error(&wasm(
        r#"(module (import "wasi_snapshot_preview1" "spawn_shell" (func)) (memory (export "memory") 1) (func (export "_start")))"#,
    ));
    assert!(message.contains("cannot be linked"), "{message}");
    let message = compile_error(&wasm(
        r#"(module (import "wasi_snapshot_preview1" "fd_write" (func (param i64))) (memory (export "memory") 1) (func (export "_start")))"#,
    ));
    assert!(message.contains("cannot be linked"), "{message}");
    let message = compile_error(&wasm(r#"(module (import "env" "memory" (memory 1)) (func (export "_start")))"#));
    assert!(message.contains("`memory` from `env`"), "{message}");
}

#[test]
fn a_component_is_a_compile_error() {
    let message = compile_error(&wasm("(component)"));
    assert!(message.contains("component"), "{message}");
}

#[test]
fn a_module_without_start_is_a_compile_error() {
    let message = compile_error(&wasm(r#"(module (func (export "main")))"#));
    assert!(message.contains("no `_start`"), "{message}");
    let message = compile_error(&wasm(r#"(module (func (export "_start") (param i32)))"#));
    assert!(message.contains("no parameters"), "{message}");
    let message = compile_error(&wasm(r#"(module (global (export "_start") i32 (i32.const 0)))"#));
    assert!(message.contains("not a function"), "{message}");
}

#[test]
fn wasm_features_no_wasi_compiler_emits_are_a_compile_error() {
    for source in [
        r#"(module (memory (export "memory") 1 1 shared) (func (export "_start")))"#,
        r#"(module (memory (export "memory") 1) (memory 1) (func (export "_start")))"#,
        r#"(module (memory (export "memory") i64 1) (func (export "_start")))"#,
        r#"(module (table 1 funcref) (table 1 funcref) (func (export "_start")))"#,
    ] {
        let message = compile_error(&wasm(source));
        assert!(!message.is_empty(), "{source}");
    }
}

#[test]
fn a_wasi_module_that_hides_its_memory_is_a_compile_error() {
    let message = compile_error(&wasm(
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func (param i32))) (memory 1) (func (export "_start")))"#,
    ));
    assert!(message.contains("memory"), "{message}");
}

// ---- C programs built with clang and wasi-libc (see testdata/c/build.sh) ----

#[tokio::test]
async fn a_c_malloc_bomb_is_a_memory_limit() {
    let sandbox = sandbox();
    let program = sandbox.compile(include_bytes!("../testdata/c/malloc_bomb.wasm")).expect("compiles");
    let out = sandbox.run(&program, &stdin(b""), &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::MemoryLimit, "{}", out.detail);
}

#[tokio::test]
async fn a_c_program_snooping_around_the_host_sees_only_data() {
    let sandbox = sandbox();
    let program = sandbox.compile(include_bytes!("../testdata/c/snoop.wasm")).expect("compiles");
    let tree = DataTree::new();
    let out =
        sandbox.run(&program, &RunInput { stdin: Vec::new(), data_dir: Some(tree.data()) }, &hostile_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    let seen = text(&out.stdout);
    assert!(!seen.contains(SECRET), "{seen}");
    assert!(!seen.contains("root:"), "{seen}");
    assert!(seen.contains("/data/input.csv: readable"), "{seen}");
    assert!(seen.contains("/etc/passwd: refused"), "{seen}");
    assert!(seen.contains("/data/../secret.txt: refused"), "{seen}");
    assert!(seen.contains("/data/new.txt: write refused"), "{seen}");
    assert!(seen.contains("env: 0"), "{seen}");
    assert!(seen.contains("argc: 1"), "{seen}");
}
