//! Configuration, loaded once: built-in defaults, then `plaza.toml`, then
//! environment variables and flags (clap reads both; a flag wins).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use crate::cli::{Cli, ServeArgs};

/// The optional `plaza.toml`; every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    site_name: Option<String>,
    examples_dir: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub site_name: String,
    /// Bundles to import on first start; `None` to import nothing.
    pub examples_dir: Option<PathBuf>,
}

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_CONFIG: &str = "plaza.toml";

impl Settings {
    pub fn load(cli: &Cli) -> anyhow::Result<Self> {
        let file = match &cli.config {
            Some(path) => read_file(path)?,
            None if Path::new(DEFAULT_CONFIG).is_file() => read_file(Path::new(DEFAULT_CONFIG))?,
            None => FileConfig::default(),
        };
        let data_dir = cli
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("plaza-data"));
        let database_url = cli
            .database_url
            .clone()
            .or(file.database_url)
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("plaza.db").display()));
        let bind_text = file.bind.unwrap_or_else(|| DEFAULT_BIND.to_owned());
        Ok(Self {
            bind: parse_bind(&bind_text)?,
            data_dir,
            database_url,
            site_name: file.site_name.unwrap_or_else(|| "Plaza".to_owned()),
            examples_dir: Some(
                file.examples_dir
                    .unwrap_or_else(|| PathBuf::from("challenges")),
            ),
        })
    }

    pub fn with_serve_args(mut self, args: &ServeArgs) -> anyhow::Result<Self> {
        if let Some(bind) = &args.bind {
            self.bind = parse_bind(bind)?;
        }
        if let Some(dir) = &args.examples_dir {
            self.examples_dir = Some(dir.clone());
        }
        if args.no_examples {
            self.examples_dir = None;
        }
        Ok(self)
    }

    /// The database URL without any password, for messages.
    pub fn database_url_for_display(&self) -> String {
        match self.database_url.split_once("://") {
            Some((scheme, rest)) => match rest.rsplit_once('@') {
                Some((credentials, host)) => {
                    let user = credentials.split(':').next().unwrap_or_default();
                    format!("{scheme}://{user}@{host}")
                }
                None => self.database_url.clone(),
            },
            None => self.database_url.clone(),
        }
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the configuration file {}", path.display()))?;
    toml::from_str(&text)
        .with_context(|| format!("the configuration file {} is not valid", path.display()))
}

fn parse_bind(text: &str) -> anyhow::Result<SocketAddr> {
    text.parse().with_context(|| {
        format!("'{text}' is not an address to listen on (expected something like 127.0.0.1:8080)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_messages() {
        let settings = Settings {
            bind: parse_bind(DEFAULT_BIND).expect("default bind"),
            data_dir: PathBuf::from("plaza-data"),
            database_url: "postgres://plaza:secret@db:5432/plaza".into(),
            site_name: "Plaza".into(),
            examples_dir: None,
        };
        assert_eq!(
            settings.database_url_for_display(),
            "postgres://plaza@db:5432/plaza"
        );
    }

    #[test]
    fn a_bad_bind_address_is_explained() {
        let err = parse_bind("localhost").expect_err("not a socket address");
        assert!(
            err.to_string()
                .contains("expected something like 127.0.0.1:8080")
        );
    }
}
