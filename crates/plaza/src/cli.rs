//! The command line. Every flag can also be set through an environment variable.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "plaza", version, about = "Plaza hosts data challenges on civic open data.")]
pub struct Cli {
    /// Configuration file [default: plaza.toml in the current folder, when present]
    #[arg(long, env = "PLAZA_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Folder for the SQLite database and stored files [default: plaza-data]
    #[arg(long, env = "PLAZA_DATA_DIR", global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Database URL: sqlite://FILE or postgres://USER@HOST/DB [default: sqlite://<data-dir>/plaza.db]
    #[arg(long, env = "PLAZA_DATABASE_URL", global = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Where stored files live: file://DIR or s3://BUCKET[/PREFIX] (endpoint and keys from AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY; AWS_ALLOW_HTTP=true without TLS) [default: file://<data-dir>/blobs]
    #[arg(long, env = "PLAZA_BLOBS_URL", global = true, value_name = "URL")]
    pub blobs_url: Option<String>,

    /// Serve Prometheus metrics at http://ADDR/metrics (serve and worker) [default: off]
    #[arg(long, env = "PLAZA_METRICS_BIND", global = true, value_name = "ADDR")]
    pub metrics_bind: Option<String>,

    #[command(flatten)]
    pub serve: ServeArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Default, Subcommand)]
pub enum Command {
    /// Serve the website and API (the default when no command is given)
    #[default]
    Serve,
    /// Run scoring workers only (no website), for more scoring capacity
    Worker {
        /// Entries scored at the same time by this process
        #[arg(long, env = "PLAZA_WORKERS", default_value_t = 2)]
        workers: u32,
        /// Seconds a claimed job stays a worker's without a heartbeat (another worker takes it over after that)
        #[arg(long, env = "PLAZA_JOB_LEASE_SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
        lease_seconds: u64,
    },
    /// Score one entry against a bundle folder, with no database or server; prints JSON
    Score {
        /// The bundle folder (with challenge.toml)
        #[arg(long, value_name = "BUNDLE_DIR")]
        challenge: PathBuf,
        /// The track's slug
        #[arg(long, value_name = "SLUG")]
        track: String,
        /// The predictions CSV or WebAssembly program
        #[arg(value_name = "ENTRY_FILE")]
        entry: PathBuf,
    },
    /// Apply database migrations and exit
    Migrate,
    /// Check challenge bundles and import them; a bundle with problems imports nothing
    Import {
        /// Bundle folders (each with a challenge.toml), or folders of bundles
        #[arg(required = true, value_name = "BUNDLE_DIR")]
        dirs: Vec<PathBuf>,
        /// Only check the bundles and say what would change
        #[arg(long, env = "PLAZA_IMPORT_DRY_RUN")]
        dry_run: bool,
    },
    /// Write a challenge as a bundle folder that `plaza import` reads back
    Export {
        /// The challenge's slug
        #[arg(long, value_name = "SLUG")]
        challenge: String,
        /// A new or empty folder to write the bundle into
        #[arg(value_name = "OUT_DIR")]
        out_dir: PathBuf,
    },
    /// Back up the site into a new folder: the SQLite database (a consistent snapshot, safe while Plaza runs) and every stored file
    Backup {
        /// A new or empty folder to write the backup into
        #[arg(value_name = "OUT_DIR")]
        out_dir: PathBuf,
    },
    /// Restore a backup written by `plaza backup` into this site's data folder (never over an existing database)
    Restore {
        /// The folder `plaza backup` wrote
        #[arg(value_name = "BACKUP_DIR")]
        backup_dir: PathBuf,
    },
    /// Copy every stored file from one blob store to another (to move a site to S3, say); files already there are skipped
    Blobs {
        #[command(subcommand)]
        command: BlobsCommand,
    },
    /// Manage users and API tokens
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Default, Args)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "PLAZA_BIND", value_name = "ADDR", global = true)]
    pub bind: Option<String>,

    /// Bundles imported on first start, when the database has no challenge yet [default: challenges]
    #[arg(long, env = "PLAZA_EXAMPLES_DIR", value_name = "DIR", global = true)]
    pub examples_dir: Option<PathBuf>,

    /// Do not import example bundles on first start
    #[arg(long, env = "PLAZA_NO_EXAMPLES", global = true)]
    pub no_examples: bool,

    /// Serve pages only: score entries in separate `plaza worker` processes
    #[arg(long, env = "PLAZA_NO_WORKER", global = true)]
    pub no_worker: bool,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a user account
    CreateUser {
        /// The user's email address
        #[arg(long, env = "PLAZA_ADMIN_EMAIL")]
        email: String,
        /// Display name [default: the part of the email before @]
        #[arg(long, env = "PLAZA_ADMIN_NAME")]
        name: Option<String>,
        /// Make the user a site admin
        #[arg(long, env = "PLAZA_ADMIN_IS_ADMIN")]
        admin: bool,
    },
    /// Create a personal API token for a user and print it (shown once)
    Token {
        /// The user's email address
        #[arg(long, env = "PLAZA_ADMIN_EMAIL")]
        email: String,
        /// A name to recognise the token by
        #[arg(long, env = "PLAZA_TOKEN_NAME", default_value = "command line")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum BlobsCommand {
    /// Copy every stored file of FROM that TO lacks (file://DIR or s3://BUCKET[/PREFIX])
    Copy {
        #[arg(long, value_name = "URL")]
        from: String,
        #[arg(long, value_name = "URL")]
        to: String,
    },
}
