//! Delivery: SMTP (plain, STARTTLS or TLS), files on disk, or memory.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use plaza_core::OutgoingEmail;
use serde::Deserialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// No encryption: only for a relay on the same machine or in tests.
    None,
    /// Plain connection upgraded with STARTTLS (usually port 587).
    #[default]
    Starttls,
    /// TLS from the first byte (usually port 465).
    Tls,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    pub host: String,
    pub port: Option<u16>,
    #[serde(default)]
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
}

/// Which mailer to use.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "transport", rename_all = "lowercase")]
pub enum Transport {
    Smtp(SmtpSettings),
    /// Each message saved as an `.eml` file in `dir`.
    File {
        dir: PathBuf,
    },
    /// Kept in memory, for tests; refused in production.
    Memory,
}

#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The sender, such as `Plaza <plaza@city.example>`.
    pub from: String,
    pub transport: Transport,
}

enum Backend {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(PathBuf),
    Memory(Arc<Mutex<Vec<OutgoingEmail>>>),
}

/// Sends rendered messages. Cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    backend: Arc<Backend>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &*self.backend {
            Backend::Smtp(_) => "smtp",
            Backend::File(_) => "file",
            Backend::Memory(_) => "memory",
        };
        f.debug_struct("Mailer").field("from", &self.from.to_string()).field("transport", &kind).finish()
    }
}

impl Mailer {
    /// Builds the mailer. With `production`, the memory mailer is refused:
    /// mail kept in memory would silently never arrive.
    pub fn new(settings: &MailSettings, production: bool) -> Result<Self> {
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e| Error::Config(format!("'{}' is not a sender address: {e}", settings.from)))?;
        let backend = match &settings.transport {
            Transport::Smtp(smtp) => Backend::Smtp(smtp_transport(smtp)?),
            Transport::File { dir } => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| Error::Config(format!("cannot create the outbox folder {}: {e}", dir.display())))?;
                Backend::File(dir.clone())
            }
            Transport::Memory if production => {
                return Err(Error::Config("the memory mailer is for tests only: use smtp or file".into()));
            }
            Transport::Memory => Backend::Memory(Arc::new(Mutex::new(Vec::new()))),
        };
        Ok(Self { from, backend: Arc::new(backend) })
    }

    /// Where file-transport messages go, if that is the transport.
    pub fn file_dir(&self) -> Option<&std::path::Path> {
        match &*self.backend {
            Backend::File(dir) => Some(dir),
            _ => None,
        }
    }

    /// Messages a memory mailer has "sent" (empty for other transports).
    pub fn sent(&self) -> Vec<OutgoingEmail> {
        match &*self.backend {
            Backend::Memory(sent) => sent.lock().map(|s| s.clone()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    pub fn build_message(&self, email: &OutgoingEmail) -> Result<Message> {
        let to: Mailbox = email.to.as_str().parse().map_err(|e| Error::Message(format!("recipient: {e}")))?;
        let mut builder = Message::builder().from(self.from.clone()).to(to).subject(email.subject.clone());
        if let Some(url) = &email.list_unsubscribe {
            builder = builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        builder
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(email.text.clone()))
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(email.html.clone())),
            )
            .map_err(|e| Error::Message(e.to_string()))
    }

    pub async fn send(&self, email: &OutgoingEmail) -> Result<()> {
        let message = self.build_message(email)?;
        match &*self.backend {
            Backend::Smtp(transport) => {
                transport.send(message).await.map_err(|e| Error::Delivery(e.to_string()))?;
            }
            Backend::File(dir) => {
                let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
                let who: String = email
                    .to
                    .as_str()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' })
                    .collect();
                let path = dir.join(format!("{stamp}-{who}.eml"));
                tokio::fs::write(&path, message.formatted())
                    .await
                    .map_err(|e| Error::Delivery(format!("{}: {e}", path.display())))?;
            }
            Backend::Memory(sent) => {
                sent.lock().map_err(|_| Error::Delivery("memory mailer poisoned".into()))?.push(email.clone());
            }
        }
        Ok(())
    }
}

fn smtp_transport(smtp: &SmtpSettings) -> Result<AsyncSmtpTransport<Tokio1Executor>> {
    let mut builder = match smtp.security {
        SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        SmtpSecurity::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)
            .map_err(|e| Error::Config(format!("smtp host {}: {e}", smtp.host)))?,
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)
            .map_err(|e| Error::Config(format!("smtp host {}: {e}", smtp.host)))?,
    };
    if let Some(port) = smtp.port {
        builder = builder.port(port);
    }
    match (&smtp.username, &smtp.password) {
        (Some(user), Some(password)) => builder = builder.credentials(Credentials::new(user.clone(), password.clone())),
        (None, None) => {}
        _ => return Err(Error::Config("smtp needs both username and password, or neither".into())),
    }
    Ok(builder.timeout(Some(std::time::Duration::from_secs(30))).build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use plaza_core::Email;

    fn email() -> OutgoingEmail {
        OutgoingEmail {
            to: Email::parse("ana@example.org").expect("email"),
            subject: "Hi".into(),
            text: "Hello".into(),
            html: "<p>Hello</p>".into(),
            list_unsubscribe: Some("https://plaza.example/unsubscribe?token=t".into()),
        }
    }

    #[test]
    fn production_refuses_the_memory_mailer() {
        let settings = MailSettings { from: "Plaza <plaza@example.org>".into(), transport: Transport::Memory };
        let err = Mailer::new(&settings, true).expect_err("refused");
        assert!(err.to_string().contains("for tests only"));
        assert!(Mailer::new(&settings, false).is_ok());
    }

    #[test]
    fn a_bad_sender_is_a_configuration_error() {
        let settings = MailSettings { from: "not an address".into(), transport: Transport::Memory };
        assert!(matches!(Mailer::new(&settings, false), Err(Error::Config(_))));
    }

    #[test]
    fn messages_are_multipart_with_unsubscribe_headers() {
        let settings = MailSettings { from: "Plaza <plaza@example.org>".into(), transport: Transport::Memory };
        let mailer = Mailer::new(&settings, false).expect("mailer");
        let raw = String::from_utf8(mailer.build_message(&email()).expect("message").formatted()).expect("utf8");
        assert!(raw.contains("List-Unsubscribe: <https://plaza.example/unsubscribe?token=t>"), "{raw}");
        assert!(raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        assert!(raw.contains("multipart/alternative"));
    }

    #[tokio::test]
    async fn the_file_mailer_writes_one_eml_file_per_message() {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = MailSettings {
            from: "plaza@example.org".into(),
            transport: Transport::File { dir: dir.path().to_path_buf() },
        };
        let mailer = Mailer::new(&settings, true).expect("mailer");
        mailer.send(&email()).await.expect("send");
        let files: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").flatten().collect();
        assert_eq!(files.len(), 1);
        let raw = std::fs::read_to_string(files[0].path()).expect("read");
        assert!(raw.contains("To: ana@example.org"));
        assert!(raw.contains("Hello"));
    }
}
