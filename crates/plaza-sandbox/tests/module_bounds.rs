//! Modules that would make the compiler take the server's memory or time are
//! refused before compiling, with a reason an entrant can act on; honest
//! modules still compile.

mod common;

use std::time::Duration;

use common::{honest_limits, sandbox, stdin, text};
use plaza_sandbox::bounds::{MAX_FUNCTION_BYTES, MAX_FUNCTIONS};
use plaza_sandbox::{COMPILE_TIME_LIMIT, CompileError, check_module_bounds};

/// A LEB128 unsigned number.
fn leb(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn section(id: u8, body: &[u8], out: &mut Vec<u8>) {
    out.push(id);
    leb(body.len() as u64, out);
    out.extend_from_slice(body);
}

/// A module of `functions` functions `() -> ()`, each with `body` as its
/// instructions (before the final `end`); the first is exported as `_start`.
fn module(functions: u64, body: &[u8]) -> Vec<u8> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    section(1, &[1, 0x60, 0, 0], &mut wasm);
    let mut declared = Vec::new();
    leb(functions, &mut declared);
    declared.extend(std::iter::repeat_n(0u8, functions as usize));
    section(3, &declared, &mut wasm);
    section(7, &[1, 6, b'_', b's', b't', b'a', b'r', b't', 0, 0], &mut wasm);
    let mut one = Vec::new();
    leb(body.len() as u64 + 2, &mut one);
    one.push(0); // no locals
    one.extend_from_slice(body);
    one.push(0x0b); // end
    let mut code = Vec::new();
    leb(functions, &mut code);
    for _ in 0..functions {
        code.extend_from_slice(&one);
    }
    section(10, &code, &mut wasm);
    wasm
}

/// The most memory this process has used so far, in bytes (Linux).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    let kb: u64 = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number of kB");
    kb * 1024
}

#[tokio::test]
async fn a_module_of_a_million_empty_functions_is_refused_and_the_memory_stays_bounded() {
    let bomb = module(1_000_000, &[]);
    assert!(bomb.len() > 4_000_000, "the module of the report: 4 MB of empty functions");
    let sandbox = sandbox();
    let before = peak_memory();
    let refused = sandbox.compile_bounded(bomb.clone(), COMPILE_TIME_LIMIT).await.expect("the host works");
    let Err(CompileError(message)) = refused else { panic!("the module was compiled") };
    assert!(message.contains("1,000,000 functions") && message.contains("at most 50,000"), "{message}");
    assert!(sandbox.compile(&bomb).is_err(), "compiling directly is bounded too");
    let grown = peak_memory().saturating_sub(before);
    assert!(grown < 300 << 20, "refusing the module took {} MB", grown >> 20);
}

#[test]
fn the_upload_check_counts_an_honest_module_and_refuses_a_bomb() {
    let honest = module(3, &[]);
    let stats = check_module_bounds(&honest).expect("within the bounds");
    assert_eq!(stats.functions, 3);
    assert_eq!(stats.bytes, honest.len());
    let bomb = module(MAX_FUNCTIONS + 1, &[]);
    let refused = check_module_bounds(&bomb).expect_err("refused");
    assert!(refused.0.contains("50,001 functions"), "{refused}");
}

#[test]
fn a_function_longer_than_the_bound_is_refused() {
    let nops = vec![0x01u8; MAX_FUNCTION_BYTES as usize + 1];
    let refused = sandbox().compile(&module(1, &nops)).expect_err("refused");
    assert!(refused.0.contains("One function of the module is 1025 KB long"), "{refused}");
}

#[test]
fn a_function_with_too_many_locals_is_refused() {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    section(1, &[1, 0x60, 0, 0], &mut wasm);
    section(3, &[1, 0], &mut wasm);
    // One function declaring 1,000,000 i32 locals in one group.
    let mut body = vec![1];
    leb(1_000_000, &mut body);
    body.extend_from_slice(&[0x7f, 0x0b]);
    let mut code = vec![1];
    leb(body.len() as u64, &mut code);
    code.extend_from_slice(&body);
    section(10, &code, &mut wasm);
    let refused = check_module_bounds(&wasm).expect_err("refused");
    assert!(refused.0.contains("1,000,000 local variables in one function"), "{refused}");
}

#[test]
fn a_truncated_module_is_said_to_be_cut_short() {
    let whole = module(10, &[]);
    let refused = check_module_bounds(&whole[..whole.len() - 3]).expect_err("refused");
    assert!(refused.0.contains("cut short"), "{refused}");
}

#[tokio::test]
async fn a_module_that_cannot_compile_in_time_gets_a_compile_error() {
    let refused = sandbox().compile_bounded(module(2, &[]), Duration::ZERO).await.expect("the host works");
    let Err(CompileError(message)) = refused else { panic!("compiled in no time at all") };
    assert!(message.contains("took longer than 0 seconds to compile"), "{message}");
}

#[tokio::test]
async fn an_honest_program_still_compiles_and_runs() {
    let sandbox = sandbox();
    let source = r#"(module
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 64) "id,y\n1,0.5\n")
      (func (export "_start")
        (i32.store (i32.const 0) (i32.const 64))
        (i32.store (i32.const 4) (i32.const 11))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))))"#;
    let program = sandbox
        .compile_bounded(common::wasm(source), COMPILE_TIME_LIMIT)
        .await
        .expect("the host works")
        .expect("an honest module compiles");
    let outcome = sandbox.run(&program, &stdin(b""), &honest_limits()).await;
    assert_eq!(text(&outcome.stdout), "id,y\n1,0.5\n");
}
