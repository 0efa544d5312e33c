//! How much a sandboxed run costs.
//!
//! 1. Overhead per run of a trivial precompiled entry (instantiate, WASI
//!    context, `_start`, tear down) next to spawning a trivial native process
//!    (`/bin/true`): median and p95.
//! 2. A compute-heavy loop (xorshift64, summed) as wasm in the sandbox and as
//!    native Rust: the slowdown of code running under the sandbox.
//!
//! Run with `cargo bench -p plaza-sandbox --bench overhead`
//! (`PLAZA_BENCH_RUNS=200` for a quicker pass).

use std::error::Error;
use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use plaza_sandbox::{Program, RunInput, RunLimits, Sandbox, SandboxConfig, Verdict};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const XORSHIFT_SEED: u64 = 88_172_645_463_325_252;
const LOOP_ITERATIONS: u32 = 300_000_000;

const TRIVIAL: &str = r#"(module (memory (export "memory") 1) (func (export "_start")))"#;

fn compute_module(iterations: u32) -> String {
    format!(
        r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (local $x i64) (local $sum i64) (local $i i32)
    (local.set $x (i64.const {XORSHIFT_SEED}))
    (loop $again
      (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 13))))
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 7))))
      (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 17))))
      (local.set $sum (i64.add (local.get $sum) (local.get $x)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $i) (i32.const {iterations}))))
    (i64.store (i32.const 16) (local.get $sum))
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 8))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#
    )
}

fn native_xorshift_sum(iterations: u32, seed: u64) -> u64 {
    let (mut x, mut sum) = (seed, 0u64);
    for _ in 0..iterations {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sum = sum.wrapping_add(x);
    }
    sum
}

struct Stats {
    runs: usize,
    median: Duration,
    p95: Duration,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Stats { runs: samples.len(), median: at(0.5), p95: at(0.95) }
}

fn row(what: &str, stats: &Stats) {
    println!(
        "{what:<44} {:>6} {:>12.1} {:>12.1}",
        stats.runs,
        stats.median.as_secs_f64() * 1e6,
        stats.p95.as_secs_f64() * 1e6
    );
}

async fn time_runs(sandbox: &Sandbox, program: &Program, input: &RunInput, runs: usize) -> Result<Stats> {
    let limits = RunLimits { time: Duration::from_secs(10), ..RunLimits::default() };
    for _ in 0..runs / 10 + 1 {
        sandbox.run(program, input, &limits).await;
    }
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let outcome = sandbox.run(program, input, &limits).await;
        samples.push(started.elapsed());
        if outcome.verdict != Verdict::Ok {
            return Err(format!("benchmark entry failed: {}", outcome.detail).into());
        }
    }
    Ok(stats(samples))
}

fn time_spawns(runs: usize) -> Result<Stats> {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let status = Command::new("/bin/true").status()?;
        samples.push(started.elapsed());
        if !status.success() {
            return Err("/bin/true failed".into());
        }
    }
    Ok(stats(samples))
}

fn main() -> Result<()> {
    let runs: usize = std::env::var("PLAZA_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let sandbox = Sandbox::new(SandboxConfig { max_concurrent_runs: 4, max_memory_bytes: 1 << 30 })?;

    let trivial = sandbox.compile(&wat::parse_str(TRIVIAL)?)?;
    let predict_wasm = include_bytes!("../testdata/c/predict.wasm");
    let mut compile_samples = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        sandbox.compile(predict_wasm)?;
        compile_samples.push(started.elapsed());
    }
    let predict = sandbox.compile(predict_wasm)?;
    let data = tempfile::tempdir()?;
    let case = "id,x\n1,0.5\n2,0.25\n3,1\n";
    std::fs::write(data.path().join("input.csv"), case)?;
    let no_data = RunInput::default();
    let with_data = RunInput { stdin: case.as_bytes().to_vec(), data_dir: Some(data.path().to_path_buf()) };

    println!("\nSandbox overhead per run ({runs} runs each, sequential, after warm-up)\n");
    println!("{:<44} {:>6} {:>12} {:>12}", "what", "runs", "median µs", "p95 µs");
    let (empty, data_run, c_run) = runtime.block_on(async {
        Ok::<_, Box<dyn Error>>((
            time_runs(&sandbox, &trivial, &no_data, runs).await?,
            time_runs(&sandbox, &trivial, &with_data, runs).await?,
            time_runs(&sandbox, &predict, &with_data, runs).await?,
        ))
    })?;
    let spawn = time_spawns(runs)?;
    row("sandbox run: trivial module", &empty);
    row("sandbox run: trivial module + /data preopen", &data_run);
    row("sandbox run: C predict.wasm (wasi-libc, I/O)", &c_run);
    row("spawn /bin/true (fork+exec+wait)", &spawn);
    row(&format!("compile C predict.wasm ({} KB), once/entry", predict_wasm.len() / 1024), &stats(compile_samples));
    println!(
        "\nratio median trivial sandbox run / spawn /bin/true: {:.3}",
        empty.median.as_secs_f64() / spawn.median.as_secs_f64()
    );

    let compute = sandbox.compile(&wat::parse_str(compute_module(LOOP_ITERATIONS))?)?;
    let limits = RunLimits { time: Duration::from_secs(120), ..RunLimits::default() };
    let mut wasm_samples = Vec::new();
    let mut wasm_sum = 0;
    for _ in 0..5 {
        let started = Instant::now();
        let outcome = runtime.block_on(sandbox.run(&compute, &no_data, &limits));
        wasm_samples.push(started.elapsed());
        let bytes: [u8; 8] =
            outcome.stdout.as_slice().try_into().map_err(|_| format!("bad output: {}", outcome.detail))?;
        wasm_sum = u64::from_le_bytes(bytes);
    }
    let mut native_samples = Vec::new();
    let mut native_sum = 0;
    for _ in 0..5 {
        let started = Instant::now();
        native_sum = native_xorshift_sum(black_box(LOOP_ITERATIONS), black_box(XORSHIFT_SEED));
        native_samples.push(started.elapsed());
    }
    if wasm_sum != native_sum {
        return Err(format!("wasm and native disagree: {wasm_sum} vs {native_sum}").into());
    }
    let (wasm, native) = (stats(wasm_samples), stats(native_samples));
    println!("\nCompute: xorshift64 sum over {LOOP_ITERATIONS} iterations (median of 5)\n");
    println!("{:<44} {:>12}", "what", "median ms");
    println!("{:<44} {:>12.1}", "wasm in the sandbox (whole run)", wasm.median.as_secs_f64() * 1e3);
    println!("{:<44} {:>12.1}", "native Rust", native.median.as_secs_f64() * 1e3);
    println!("\nratio wasm / native: {:.2}", wasm.median.as_secs_f64() / native.median.as_secs_f64());
    Ok(())
}
