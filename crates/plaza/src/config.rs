//! Configuration, loaded once: built-in defaults, then `plaza.toml`, then
//! environment variables and flags (clap reads both; a flag wins).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use plaza_mail::{MailSettings, SmtpSecurity, SmtpSettings, Transport};
use plaza_web::ProviderConfig;
use serde::Deserialize;

use crate::cli::{Cli, ServeArgs};

/// The optional `plaza.toml`; every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    blobs_url: Option<String>,
    metrics_bind: Option<String>,
    site_name: Option<String>,
    examples_dir: Option<PathBuf>,
    public_url: Option<String>,
    trust_proxy_headers: Option<bool>,
    trusted_proxies: Option<u8>,
    default_time_zone: Option<String>,
    default_locale: Option<String>,
    mail: Option<MailConfig>,
    auth: Option<AuthConfig>,
}

/// `[mail]` in `plaza.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MailConfig {
    /// The sender, such as "Plaza <plaza@city.example>".
    from: Option<String>,
    /// `file` (the default: messages saved under the data folder) or `smtp`.
    transport: Option<String>,
    /// Folder for the file transport.
    dir: Option<PathBuf>,
    host: Option<String>,
    port: Option<u16>,
    security: Option<SmtpSecurity>,
    username: Option<String>,
    password: Option<String>,
}

/// `[auth]` in `plaza.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthConfig {
    #[serde(default)]
    providers: Vec<ProviderConfig>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    /// Where stored files live: `file://DIR` or `s3://BUCKET[/PREFIX]`.
    pub blobs_url: String,
    /// Where Prometheus metrics are served; `None`: nowhere.
    pub metrics_bind: Option<SocketAddr>,
    pub site_name: String,
    /// Bundles to import on first start; `None` to import nothing.
    pub examples_dir: Option<PathBuf>,
    /// The address people use to reach the site, for links in emails.
    pub public_url: Option<String>,
    /// How many proxies of our own stand in front of Plaza and append to
    /// `X-Forwarded-For` (0: use the connection's address).
    pub trusted_proxies: usize,
    /// The time zone of a challenge whose bundle names none.
    pub default_zone: plaza_core::Zone,
    /// The language of visitors who ask for none Plaza has (`default_locale`, English when left out).
    pub default_locale: &'static str,
    pub mail: MailSettings,
    pub providers: Vec<ProviderConfig>,
    /// Whether `serve` also scores entries.
    pub run_worker: bool,
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
        let data_dir = cli.data_dir.clone().or(file.data_dir).unwrap_or_else(|| PathBuf::from("plaza-data"));
        let database_url = cli
            .database_url
            .clone()
            .or(file.database_url)
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("plaza.db").display()));
        let blobs_url = cli
            .blobs_url
            .clone()
            .or(file.blobs_url)
            .unwrap_or_else(|| format!("file://{}", data_dir.join("blobs").display()));
        let metrics_bind = cli.metrics_bind.clone().or(file.metrics_bind).map(|text| parse_bind(&text)).transpose()?;
        let bind_text = file.bind.unwrap_or_else(|| DEFAULT_BIND.to_owned());
        let mail = mail_settings(file.mail.unwrap_or_default(), &data_dir)?;
        Ok(Self {
            bind: parse_bind(&bind_text)?,
            data_dir,
            database_url,
            blobs_url,
            metrics_bind,
            site_name: file.site_name.unwrap_or_else(|| "Plaza".to_owned()),
            examples_dir: Some(file.examples_dir.unwrap_or_else(|| PathBuf::from("challenges"))),
            public_url: file.public_url.map(|u| u.trim_end_matches('/').to_owned()),
            trusted_proxies: trusted_proxies(file.trusted_proxies, file.trust_proxy_headers)?,
            default_zone: default_zone(file.default_time_zone.as_deref())?,
            default_locale: default_locale(file.default_locale.as_deref())?,
            mail,
            providers: file.auth.unwrap_or_default().providers,
            run_worker: true,
        })
    }

    /// The site's public address: `public_url`, or the listen address.
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| {
            let host =
                if self.bind.ip().is_unspecified() { "127.0.0.1".to_owned() } else { self.bind.ip().to_string() };
            format!("http://{host}:{}", self.bind.port())
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
        self.run_worker = !args.no_worker;
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

fn mail_settings(config: MailConfig, data_dir: &Path) -> anyhow::Result<MailSettings> {
    let from = config.from.unwrap_or_else(|| "Plaza <plaza@localhost>".to_owned());
    let transport = match config.transport.as_deref().unwrap_or("file") {
        "file" => Transport::File { dir: config.dir.unwrap_or_else(|| data_dir.join("outbox")) },
        "smtp" => Transport::Smtp(SmtpSettings {
            host: config.host.context("[mail] transport = \"smtp\" needs host = \"smtp.example.org\"")?,
            port: config.port,
            security: config.security.unwrap_or_default(),
            username: config.username,
            password: config.password,
        }),
        other => anyhow::bail!("[mail] transport '{other}' is not known: use \"file\" or \"smtp\""),
    };
    Ok(MailSettings { from, transport })
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the configuration file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("the configuration file {} is not valid", path.display()))
}

fn parse_bind(text: &str) -> anyhow::Result<SocketAddr> {
    text.parse()
        .with_context(|| format!("'{text}' is not an address to listen on (expected something like 127.0.0.1:8080)"))
}

/// How many proxies of the site's own stand in front of Plaza: `trusted_proxies`
/// (0 to 10), or the older `trust_proxy_headers = true`, which means one.
fn trusted_proxies(count: Option<u8>, legacy: Option<bool>) -> anyhow::Result<usize> {
    match (count, legacy) {
        (Some(n), _) if n > 10 => {
            anyhow::bail!("trusted_proxies in plaza.toml is {n}; it counts your own proxies, from 0 to 10")
        }
        (Some(n), _) => Ok(usize::from(n)),
        (None, Some(true)) => Ok(1),
        (None, _) => Ok(0),
    }
}

/// `default_locale`: a language Plaza has messages for (English when left out).
fn default_locale(tag: Option<&str>) -> anyhow::Result<&'static str> {
    match tag {
        None => Ok(plaza_i18n::REFERENCE),
        Some(tag) => plaza_i18n::find(tag).ok_or_else(|| {
            let known: Vec<&str> = plaza_i18n::languages().map(|l| l.code).collect();
            anyhow::anyhow!(
                "default_locale in plaza.toml: {tag:?} is not one of Plaza's languages ({})",
                known.join(", ")
            )
        }),
    }
}

/// `default_time_zone`: an IANA name (UTC when left out).
fn default_zone(name: Option<&str>) -> anyhow::Result<plaza_core::Zone> {
    match name {
        None => Ok(plaza_core::Zone::UTC),
        Some(name) => plaza_core::Zone::parse(name)
            .map_err(|message| anyhow::anyhow!("default_time_zone in plaza.toml: {message}")),
    }
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
            blobs_url: "file://plaza-data/blobs".into(),
            metrics_bind: None,
            site_name: "Plaza".into(),
            examples_dir: None,
            public_url: None,
            trusted_proxies: 0,
            default_zone: plaza_core::Zone::UTC,
            default_locale: plaza_i18n::REFERENCE,
            mail: MailSettings { from: "plaza@localhost".into(), transport: Transport::Memory },
            providers: Vec::new(),
            run_worker: false,
        };
        assert_eq!(settings.database_url_for_display(), "postgres://plaza@db:5432/plaza");
    }

    #[test]
    fn trusted_proxies_are_counted_from_0_to_10() {
        assert_eq!(trusted_proxies(None, None).expect("default"), 0);
        assert_eq!(trusted_proxies(None, Some(true)).expect("older setting"), 1);
        assert_eq!(trusted_proxies(Some(2), Some(true)).expect("count wins"), 2);
        let err = trusted_proxies(Some(11), None).expect_err("too many");
        assert!(err.to_string().contains("from 0 to 10"), "{err}");
    }

    #[test]
    fn the_default_locale_is_one_of_plazas_languages_and_english_when_left_out() {
        assert_eq!(default_locale(None).expect("default"), "en");
        assert_eq!(default_locale(Some("es-MX")).expect("Spanish"), "es");
        let err = default_locale(Some("tlh")).expect_err("no Klingon messages");
        assert!(
            err.to_string()
                .starts_with("default_locale in plaza.toml: \"tlh\" is not one of Plaza's languages (en, es"),
            "{err}"
        );
    }

    #[test]
    fn the_default_time_zone_is_an_iana_name_and_utc_when_left_out() {
        assert_eq!(default_zone(None).expect("default"), plaza_core::Zone::UTC);
        assert_eq!(default_zone(Some("Europe/Madrid")).expect("a name").name(), "Europe/Madrid");
        let err = default_zone(Some("CET+1")).expect_err("not a name");
        assert!(
            err.to_string().starts_with("default_time_zone in plaza.toml: “CET+1” is not a time zone name"),
            "{err}"
        );
    }

    #[test]
    fn a_bad_bind_address_is_explained() {
        let err = parse_bind("localhost").expect_err("not a socket address");
        assert!(err.to_string().contains("expected something like 127.0.0.1:8080"));
    }
}
