//! Email templates: `templates/email/<name>/{subject.txt,body.txt,body.html}.tera`.

use serde::Serialize;
use tera::{Context, Tera};

use plaza_core::{Email, OutgoingEmail};

use crate::emails::{EmailMessage, MailKind, SOURCES};
use crate::error::{Error, Result};

pub struct EmailTemplates {
    tera: Tera,
    site_name: String,
}

#[derive(Serialize)]
struct Wrapped<'a, C: Serialize> {
    #[serde(flatten)]
    context: &'a C,
    site_name: &'a str,
    /// The recipient's language: every message of the templates is in it.
    lang: &'a str,
    subject: &'a str,
    footer: String,
    unsubscribe_url: &'a str,
}

impl EmailTemplates {
    pub fn load(site_name: &str) -> Result<Self> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html"]);
        plaza_i18n::register(&mut tera);
        let mut sources = vec![
            ("email/layout.html", include_str!("../../../templates/email/layout.html.tera")),
            ("email/partials/idea_copy.txt", include_str!("../../../templates/email/partials/idea_copy.txt.tera")),
            ("email/partials/idea_copy.html", include_str!("../../../templates/email/partials/idea_copy.html.tera")),
            ("email/partials/offline.txt", include_str!("../../../templates/email/partials/offline.txt.tera")),
            ("email/partials/offline.html", include_str!("../../../templates/email/partials/offline.html.tera")),
        ];
        sources.extend_from_slice(SOURCES);
        tera.add_raw_templates(sources).map_err(|e| Error::Template(e.to_string()))?;
        Ok(Self { tera, site_name: site_name.to_owned() })
    }

    /// Renders `message` for `to`, in `lang` (the recipient's language; see
    /// [`plaza_i18n::preferred`]). Mail a person can opt out of carries
    /// `unsubscribe_url` in its footer and headers; essential mail (a
    /// sign-in link, an invitation) cannot be turned off, so it refuses one.
    pub fn render<M: EmailMessage>(
        &self,
        lang: &str,
        to: &Email,
        message: &M,
        unsubscribe_url: Option<&str>,
    ) -> Result<OutgoingEmail> {
        let name = M::TEMPLATE;
        if M::KIND == MailKind::Essential && unsubscribe_url.is_some() {
            return Err(Error::Template(format!("{name} is essential mail: it has no unsubscribe link")));
        }
        let render = |part: &str, subject: &str| -> Result<String> {
            let wrapped = Wrapped {
                context: message,
                site_name: &self.site_name,
                lang,
                subject,
                footer: plaza_i18n::tr_in(lang, "email-footer", &[("site_name", self.site_name.as_str().into())]),
                unsubscribe_url: unsubscribe_url.unwrap_or_default(),
            };
            let ctx = Context::from_serialize(&wrapped).map_err(|e| Error::Template(e.to_string()))?;
            self.tera
                .render(&format!("email/{name}/{part}"), &ctx)
                .map_err(|e| Error::Template(format!("{name}/{part}: {e}")))
        };
        let subject = render("subject.txt", "")?.trim().replace(['\r', '\n'], " ");
        let mut text = render("body.txt", &subject)?.trim().to_owned();
        if let Some(url) = unsubscribe_url {
            let stop = plaza_i18n::tr_in(lang, "email-stop-line", &[("url", url.into())]);
            text.push_str(&format!("\n\n--\n{stop}\n"));
        } else {
            text.push('\n');
        }
        let html = render("body.html", &subject)?;
        Ok(OutgoingEmail { to: to.clone(), subject, text, html, list_unsubscribe: unsubscribe_url.map(str::to_owned) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emails::{ResultsFollower, SignIn, TeamInvitation, Winner, sealed};

    #[test]
    fn the_sign_in_email_carries_the_link_in_both_parts() {
        let templates = EmailTemplates::load("Plaza").expect("templates");
        let to = Email::parse("ana@example.org").expect("email");
        let link = "http://127.0.0.1:8080/sign-in/link?token=abc&x=<y>";
        let mail = templates.render("en", &to, &SignIn { link, code: "1234 5678", minutes: 15 }, None).expect("render");
        assert_eq!(mail.subject, "Your sign-in link for Plaza");
        assert!(mail.text.contains(link), "the text part has the raw link");
        assert!(mail.html.contains("token=abc&amp;x=&lt;y&gt;"), "the html part escapes it: {}", mail.html);
        assert!(mail.list_unsubscribe.is_none(), "sign-in mail is essential");
    }

    #[test]
    fn optional_mail_has_an_unsubscribe_link() {
        let templates = EmailTemplates::load("Plaza").expect("templates");
        let to = Email::parse("ana@example.org").expect("email");
        let winners = [Winner { place: "Winner", title: "Shade trees", reason: "Cheap." }];
        let msg = ResultsFollower {
            name: "Ana",
            challenge_title: "Rain",
            winners: &winners,
            link: "http://x/winners",
            offline: Default::default(),
        };
        let mail = templates.render("en", &to, &msg, Some("http://x/unsubscribe?token=t")).expect("render");
        assert!(mail.text.contains("To stop these emails, open http://x/unsubscribe?token=t"));
        assert!(mail.html.contains("Stop these emails"));
        assert_eq!(mail.list_unsubscribe.as_deref(), Some("http://x/unsubscribe?token=t"));
    }

    #[test]
    fn essential_mail_refuses_an_unsubscribe_link() {
        let templates = EmailTemplates::load("Plaza").expect("templates");
        let to = Email::parse("ana@example.org").expect("email");
        let msg = TeamInvitation {
            inviter: "Bo",
            team_name: "Clouds",
            challenge_title: "Rain",
            link: "http://x/join",
            offline: Default::default(),
        };
        assert!(templates.render("en", &to, &msg, Some("http://x/unsubscribe?token=t")).is_err());
        assert!(templates.render("en", &to, &msg, None).is_ok());
    }

    #[test]
    fn an_unknown_template_is_an_error() {
        #[derive(Serialize)]
        struct Nope;
        impl sealed::Sealed for Nope {}
        impl EmailMessage for Nope {
            const TEMPLATE: &'static str = "nope";
            const KIND: MailKind = MailKind::Essential;
        }
        let templates = EmailTemplates::load("Plaza").expect("templates");
        let to = Email::parse("ana@example.org").expect("email");
        assert!(templates.render("en", &to, &Nope, None).is_err());
    }
}
