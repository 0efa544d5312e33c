//! The `plaza` binary: parses the command line, loads the configuration and
//! runs a command. All the work happens in the library crates; this file only
//! wires them together.

mod cli;
mod config;
mod serve;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use plaza_core::Email;
use plaza_store::{Error as StoreError, Store};

use crate::cli::{AdminCommand, BlobsCommand, Cli, Command};
use crate::config::Settings;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn,tower_http=warn")
    });
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::load(&cli)?;
    match cli.command.unwrap_or_default() {
        Command::Serve => serve::run(settings.with_serve_args(&cli.serve)).await.map(|()| ExitCode::SUCCESS),
        Command::Worker { workers, lease_seconds } => {
            serve::run_workers_only(settings, workers, std::time::Duration::from_secs(lease_seconds))
                .await
                .map(|()| ExitCode::SUCCESS)
        }
        Command::Score { challenge, track, entry } => score(&challenge, &track, &entry).await,
        Command::Migrate => {
            let store = open_store(&settings).await?;
            let applied = store.applied_migrations().await?;
            println!("Database is up to date ({} migrations applied).", applied.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { dirs, dry_run } => import(&settings, &dirs, dry_run).await,
        Command::Export { challenge, out_dir } => export(&settings, &challenge, &out_dir).await,
        Command::Backup { out_dir } => {
            let store = open_store(&settings).await?;
            let report = store
                .backup(open_blobs(&settings)?.as_ref(), &out_dir)
                .await
                .with_context(|| format!("cannot back up into {}", out_dir.display()))?;
            println!("Backed up into {}: {} stored files.", out_dir.display(), report.files);
            if !report.database {
                println!(
                    "The database is PostgreSQL: back it up too, with `pg_dump --format=custom` (see {}).",
                    out_dir.join(plaza_store::backup::BACKUP_NOTE).display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { backup_dir } => {
            let report =
                plaza_store::backup::restore(&backup_dir, &settings.database_url, open_blobs(&settings)?.as_ref())
                    .await
                    .with_context(|| format!("cannot restore {}", backup_dir.display()))?;
            if report.database.as_os_str().is_empty() {
                println!("Restored {} stored files. Restore the PostgreSQL database with pg_restore.", report.files);
            } else {
                println!("Restored the database to {} and {} stored files.", report.database.display(), report.files);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Blobs { command: BlobsCommand::Copy { from, to } } => {
            let tmp = settings.data_dir.join("tmp");
            let source = plaza_store::open_blob_store(&from, &tmp).with_context(|| format!("cannot open {from}"))?;
            let target = plaza_store::open_blob_store(&to, &tmp).with_context(|| format!("cannot open {to}"))?;
            let (copied, present) = plaza_store::copy_blobs(source.as_ref(), target.as_ref())
                .await
                .with_context(|| format!("cannot copy from {from} to {to}"))?;
            println!("Copied {copied} stored files to {to} ({present} were already there).");
            println!("Point Plaza at it with --blobs-url {to} (or blobs_url in plaza.toml).");
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin { command } => admin(&settings, command).await,
    }
}

/// Connects to the configured database and applies pending migrations.
pub async fn open_store(settings: &Settings) -> anyhow::Result<Store> {
    let store = Store::connect(&settings.database_url)
        .await
        .with_context(|| format!("cannot open the database {}", settings.database_url_for_display()))?;
    store.migrate().await.context("cannot apply the database migrations")?;
    // Emails written by this process (the server, the worker, the CLI) fall back to it.
    plaza_i18n::set_default(settings.default_locale).map_err(|message| anyhow::anyhow!(message))?;
    Ok(store.with_default_zone(settings.default_zone))
}

pub fn open_blobs(settings: &Settings) -> anyhow::Result<std::sync::Arc<dyn plaza_store::BlobStore>> {
    plaza_store::open_blob_store(&settings.blobs_url, settings.data_dir.join("tmp"))
        .with_context(|| format!("cannot open the blob store {}", settings.blobs_url))
}

/// The bundle folders named on the command line: a folder with a
/// `challenge.toml`, or a folder of such folders.
pub fn bundle_dirs(dirs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut bundles = Vec::new();
    for dir in dirs {
        if !dir.is_dir() {
            anyhow::bail!("{} is not a folder", dir.display());
        }
        if dir.join(plaza_core::bundle::MANIFEST).is_file() {
            bundles.push(dir.clone());
            continue;
        }
        let mut children: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.join(plaza_core::bundle::MANIFEST).is_file())
            .collect();
        if children.is_empty() {
            anyhow::bail!(
                "{} has no challenge.toml, and no folder inside it has one: is it a challenge bundle?",
                dir.display()
            );
        }
        children.sort();
        bundles.extend(children);
    }
    Ok(bundles)
}

async fn import(settings: &Settings, dirs: &[PathBuf], dry_run: bool) -> anyhow::Result<ExitCode> {
    let bundles = bundle_dirs(dirs)?;
    let store = open_store(settings).await?;
    let blobs = open_blobs(settings)?;
    // Check everything first: with any problem anywhere, nothing is imported.
    let mut failed = false;
    for dir in &bundles {
        if let Err(err) = store.import_bundle(blobs.as_ref(), dir, true).await {
            failed = true;
            report_failure(dir, &err);
        }
    }
    if failed {
        eprintln!("Nothing was imported. Fix the problems above and run the command again.");
        return Ok(ExitCode::FAILURE);
    }
    for dir in &bundles {
        match store.import_bundle(blobs.as_ref(), dir, dry_run).await {
            Ok(report) => println!(
                "{}: {} ({} datasets, {} tracks, {} files)",
                report.slug,
                report.outcome.describe(),
                report.datasets,
                report.tracks,
                report.files
            ),
            Err(err) => {
                report_failure(dir, &err);
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn export(settings: &Settings, slug: &str, out_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = open_store(settings).await?;
    let blobs = open_blobs(settings)?;
    let written = match store.export_bundle(blobs.as_ref(), slug).await {
        Ok(bundle) => bundle.write_to_dir(blobs.as_ref(), out_dir).await.map(|()| bundle),
        Err(err) => Err(err),
    };
    match written {
        Ok(bundle) => {
            println!(
                "{slug}: written to {} ({} files; import it with `plaza import {}`)",
                out_dir.display(),
                bundle.entries().len(),
                out_dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::Refused(refusal)) => {
            eprintln!("error: {refusal}");
            Ok(ExitCode::FAILURE)
        }
        Err(err) => Err(err.into()),
    }
}

fn report_failure(dir: &Path, err: &StoreError) {
    match err {
        StoreError::Bundle(problems) => {
            eprintln!("{}: {} problem(s):", dir.display(), problems.len());
            for problem in problems {
                eprintln!("  {problem}");
            }
        }
        other => eprintln!("{}: {other}", dir.display()),
    }
}

/// `plaza score`: one JSON object on stdout; exit 0 whenever scoring ran.
async fn score(challenge: &Path, track: &str, entry: &Path) -> anyhow::Result<ExitCode> {
    match plaza_scorer::local::score_local(challenge, track, entry).await {
        Ok(report) => {
            println!("{}", serde_json::to_string_pretty(&report)?);
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            eprintln!("error: {err}");
            Ok(ExitCode::from(2))
        }
    }
}

async fn admin(settings: &Settings, command: AdminCommand) -> anyhow::Result<ExitCode> {
    let store = open_store(settings).await?;
    match command {
        AdminCommand::CreateUser { email, name, admin } => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            let name = name.unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("user").to_owned());
            match store.create_user(&email, &name, admin).await {
                Ok(user) => {
                    println!(
                        "Created {} {} (id {}).",
                        if user.is_admin { "site admin" } else { "user" },
                        user.email,
                        user.id.0
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(StoreError::Refused(refusal)) => {
                    eprintln!("error: {refusal}");
                    Ok(ExitCode::FAILURE)
                }
                Err(err) => Err(err.into()),
            }
        }
        AdminCommand::Token { email, name } => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            let Some(user) = store.user_by_email(&email).await? else {
                eprintln!(
                    "error: there is no user with the email {email}; create one with `plaza admin create-user --email {email}`"
                );
                return Ok(ExitCode::FAILURE);
            };
            let token = store.create_api_token(user.id, &name).await?;
            eprintln!("New API token '{}' for {}. It is shown only once; keep it secret:", token.name, user.email);
            println!("{}", token.secret);
            Ok(ExitCode::SUCCESS)
        }
    }
}
