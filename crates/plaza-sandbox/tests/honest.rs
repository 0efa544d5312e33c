//! Honest entries get `Ok` and exactly their output, alone and next to hostile ones.

mod common;

use common::*;
use plaza_sandbox::{RunInput, RunLimits, Sandbox, SandboxConfig, Verdict};

fn echo() -> String {
    format!(
        r#"(module {PRELUDE}
  (func (export "_start") (if (call $copy_to_stdout (i32.const 0)) (then (call $proc_exit (i32.const 1))))))"#
    )
}

fn cat(path: &str) -> String {
    let len = path.len();
    format!(
        r#"(module {PRELUDE}
  (data (i32.const 1024) "{path}")
  (func (export "_start")
    (if (call $open (i32.const 1024) (i32.const {len}) (i32.const 0) (i32.const 0) (i64.const 2))
      (then (call $proc_exit (i32.const 2))))
    (if (call $copy_to_stdout (i32.load (i32.const 32))) (then (call $proc_exit (i32.const 1))))))"#
    )
}

#[tokio::test]
async fn echo_returns_stdin_exactly() {
    let input: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let limits = RunLimits { stdout_bytes: 1 << 20, ..honest_limits() };
    let out = run_wat(&echo(), &stdin(&input), &limits).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert_eq!(out.exit_code, Some(0));
    assert_eq!(out.stdout, input);
    assert!(out.stderr.is_empty());
}

#[tokio::test]
async fn output_of_exactly_the_limit_is_ok_and_one_byte_more_is_not() {
    let input = vec![b'x'; 10_000];
    let exact = RunLimits { stdout_bytes: 10_000, ..honest_limits() };
    let out = run_wat(&echo(), &stdin(&input), &exact).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert_eq!(out.stdout.len(), 10_000);

    let short = RunLimits { stdout_bytes: 9_999, ..honest_limits() };
    let out = run_wat(&echo(), &stdin(&input), &short).await;
    assert_eq!(out.verdict, Verdict::OutputLimit, "{}", out.detail);
    assert_eq!(out.stdout.len(), 9_999);
}

#[tokio::test]
async fn empty_stdin_gives_empty_output() {
    let out = run_wat(&echo(), &stdin(b""), &honest_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert!(out.stdout.is_empty());
}

#[tokio::test]
async fn the_input_csv_is_readable_under_data() {
    let tree = DataTree::new();
    let out = run_wat(&cat("input.csv"), &tree.input(), &honest_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert_eq!(text(&out.stdout), INPUT_CSV);
}

#[tokio::test]
async fn public_datasets_are_readable_under_data_public() {
    let tree = DataTree::new();
    let out = run_wat(&cat("public/train.csv"), &tree.input(), &honest_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
    assert_eq!(text(&out.stdout), TRAIN_CSV);
}

#[tokio::test]
async fn a_program_compiled_once_runs_many_times_with_the_same_result() {
    let sandbox = sandbox();
    let program = compile(&sandbox, &echo());
    for i in 0..20 {
        let input = format!("case {i}\n");
        let out = sandbox.run(&program.clone(), &stdin(input.as_bytes()), &honest_limits()).await;
        assert_eq!(out.verdict, Verdict::Ok, "{}", out.detail);
        assert_eq!(text(&out.stdout), input);
    }
}

#[tokio::test]
async fn a_c_program_built_with_wasi_libc_reads_its_case_and_predicts() {
    let sandbox = sandbox();
    let program = sandbox.compile(include_bytes!("../testdata/c/predict.wasm")).expect("compiles");
    let tree = DataTree::new();
    let out = sandbox.run(&program, &tree.input(), &honest_limits()).await;
    assert_eq!(out.verdict, Verdict::Ok, "{} / {}", out.detail, text(&out.stderr));
    assert_eq!(text(&out.stdout), "id,prediction\n1,1\n2,0.5\n3,2\n");
}

#[tokio::test]
async fn a_missing_data_dir_is_a_host_failure_not_the_entrants() {
    let sandbox = sandbox();
    let program = compile(&sandbox, &echo());
    let input = RunInput { stdin: Vec::new(), data_dir: Some("/nonexistent/plaza/data".into()) };
    let result = sandbox.try_run(&program, &input, &honest_limits()).await;
    assert!(matches!(result, Err(plaza_sandbox::SandboxError::DataDir { .. })), "{result:?}");
    let out = sandbox.run(&program, &input, &honest_limits()).await;
    assert_eq!(out.verdict, Verdict::RuntimeError);
    assert!(out.detail.contains("data directory"), "{}", out.detail);
}

#[test]
fn a_sandbox_with_no_slots_is_refused() {
    let result = Sandbox::new(SandboxConfig { max_concurrent_runs: 0, ..SandboxConfig::default() });
    assert!(matches!(result, Err(plaza_sandbox::SandboxError::Config(_))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_and_honest_runs_side_by_side_do_not_disturb_each_other() {
    let sandbox = Sandbox::new(SandboxConfig { max_concurrent_runs: 6, max_memory_bytes: 256 << 20 }).expect("sandbox");
    let tree = DataTree::new();
    let hostile = [
        (r#"(module (func (export "_start") (loop $spin (br $spin))))"#.to_owned(), Verdict::TimeLimit),
        (
            r#"(module (memory (export "memory") 1)
              (func (export "_start") (loop $l (if (i32.eq (memory.grow (i32.const 16)) (i32.const -1))
                (then unreachable)) (br $l))))"#
                .to_owned(),
            Verdict::MemoryLimit,
        ),
        (
            format!(
                r#"(module {PRELUDE} (data (i32.const 1024) "spam")
                  (func (export "_start") (loop $l (call $print (i32.const 1024) (i32.const 4)) (br $l))))"#
            ),
            Verdict::OutputLimit,
        ),
        (r#"(module (func $r (call $r)) (func (export "_start") (call $r)))"#.to_owned(), Verdict::RuntimeError),
        (r#"(module (func (export "_start") (loop $spin (br $spin))))"#.to_owned(), Verdict::TimeLimit),
    ];

    let mut runs = tokio::task::JoinSet::new();
    for (index, (source, expected)) in hostile.into_iter().enumerate() {
        let sandbox = sandbox.clone();
        runs.spawn(async move {
            let program = compile(&sandbox, &source);
            let limits = if expected == Verdict::TimeLimit { limits() } else { hostile_limits() };
            let out = sandbox.run(&program, &stdin(b""), &limits).await;
            (format!("hostile {index}"), out.verdict == expected, out.detail)
        });
    }
    let echo = compile(&sandbox, &echo());
    let reader = compile(&sandbox, &cat("input.csv"));
    for index in 0..8 {
        let sandbox = sandbox.clone();
        let (program, input, expected) = if index % 2 == 0 {
            let payload = format!("honest run {index}\n").repeat(100 + index);
            (echo.clone(), stdin(payload.as_bytes()), payload)
        } else {
            (reader.clone(), tree.input(), INPUT_CSV.to_owned())
        };
        runs.spawn(async move {
            let out = sandbox.run(&program, &input, &honest_limits()).await;
            let good = out.verdict == Verdict::Ok && out.stdout == expected.as_bytes();
            (format!("honest {index}"), good, out.detail)
        });
    }
    while let Some(joined) = runs.join_next().await {
        let (name, good, detail) = joined.expect("run task did not panic");
        assert!(good, "{name}: {detail}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_beyond_the_concurrency_limit_wait_for_a_slot_instead_of_failing() {
    let sandbox = Sandbox::new(SandboxConfig { max_concurrent_runs: 1, max_memory_bytes: 64 << 20 }).expect("sandbox");
    let program = compile(&sandbox, &echo());
    let mut runs = tokio::task::JoinSet::new();
    for index in 0..6 {
        let (sandbox, program) = (sandbox.clone(), program.clone());
        runs.spawn(async move {
            let payload = format!("run {index}");
            let out = sandbox.run(&program, &stdin(payload.as_bytes()), &honest_limits()).await;
            out.verdict == Verdict::Ok && out.stdout == payload.as_bytes()
        });
    }
    while let Some(joined) = runs.join_next().await {
        assert!(joined.expect("no panic"));
    }
}
