//! The organizers' daily digest: a background task that, for each organizer
//! who chose it, sends one email listing the events of the days that have
//! ended (grouped by challenge), and nothing on quiet days. Any number of
//! processes may run it: the lines of a digest are claimed in the
//! transaction that queues its email, so each is sent once.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use plaza_core::timeline::format_date;
use plaza_mail::EmailTemplates;
use plaza_mail::emails::{DigestChallenge, DigestEvent, OrganizerDigest};
use plaza_store::{DueDigest, Store};

/// Organizers handled per run; the rest wait for the next run.
const PEOPLE_PER_RUN: u64 = 200;

/// Where the digest task sends people: the site's address.
#[derive(Clone)]
pub struct DigestSender {
    pub store: Store,
    pub emails: Arc<EmailTemplates>,
    pub public_url: String,
}

impl DigestSender {
    fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }

    /// Sends the digests due at `now` (lines written before that day began,
    /// in UTC). Returns how many digests were queued.
    pub async fn send_due(&self, now: SystemTime) -> plaza_store::Result<usize> {
        let now = DateTime::<Utc>::from(now);
        let today = now.date_naive().and_hms_opt(0, 0, 0).map_or(now, |start| start.and_utc());
        let mut sent = 0;
        let mut titles: HashMap<i64, String> = HashMap::new();
        for due in self.store.due_digests(today, PEOPLE_PER_RUN).await? {
            for item in &due.items {
                if let std::collections::hash_map::Entry::Vacant(slot) = titles.entry(item.challenge_id) {
                    let title = self.store.challenge_by_id(item.challenge_id).await?.map(|c| c.title);
                    slot.insert(title.unwrap_or_else(|| "A challenge".to_owned()));
                }
            }
            let Some(mail) = self.compose(&due, &titles) else { continue };
            let ids: Vec<i64> = due.items.iter().map(|item| item.id).collect();
            if self.store.send_digest(&ids, &mail).await? {
                sent += 1;
            }
        }
        Ok(sent)
    }

    fn compose(&self, due: &DueDigest, titles: &HashMap<i64, String>) -> Option<plaza_core::OutgoingEmail> {
        let (first, last) = (due.items.first()?, due.items.last()?);
        let (from, to) = (format_date(first.created_at), format_date(last.created_at));
        let period = if from == to { format!("on {from}") } else { format!("between {from} and {to}") };
        // Challenges in the order of their first event, events in order.
        let mut challenges: Vec<(i64, DigestChallenge)> = Vec::new();
        for item in &due.items {
            let event = DigestEvent { line: item.line.clone(), link: item.link.clone() };
            match challenges.iter_mut().find(|(id, _)| *id == item.challenge_id) {
                Some((_, challenge)) => challenge.items.push(event),
                None => {
                    let title = titles.get(&item.challenge_id).cloned().unwrap_or_default();
                    challenges.push((item.challenge_id, DigestChallenge { title, items: vec![event] }));
                }
            }
        }
        let challenges: Vec<DigestChallenge> = challenges.into_iter().map(|(_, c)| c).collect();
        let settings_link = self.link("/account");
        let message = OrganizerDigest {
            name: &due.user.display_name,
            period: &period,
            challenges: &challenges,
            settings_link: &settings_link,
        };
        let unsubscribe = self.link(&format!("/unsubscribe?token={}", due.unsubscribe_token));
        match self.emails.render(
            plaza_i18n::preferred(due.user.locale.as_deref()),
            &due.user.email,
            &message,
            Some(&unsubscribe),
        ) {
            Ok(mail) => Some(mail),
            Err(err) => {
                tracing::error!(error = %err, "organizer digest not composed");
                None
            }
        }
    }

    /// Sends due digests every `every` until the process ends.
    pub async fn run(self, every: Duration) {
        loop {
            match self.send_due(SystemTime::now()).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "organizer digests queued"),
                Err(err) => tracing::error!(error = %err, "organizer digests not sent; trying again later"),
            }
            match self.send_reminders(SystemTime::now()).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "deadline reminders queued"),
                Err(err) => tracing::error!(error = %err, "deadline reminders not sent; trying again later"),
            }
            tokio::time::sleep(every).await;
        }
    }

    /// Sends the reminders due at `now`: one to each member of a team that
    /// has sent nothing, a day before its challenge closes. Returns how
    /// many were queued.
    pub async fn send_reminders(&self, now: SystemTime) -> plaza_store::Result<usize> {
        let now = DateTime::<Utc>::from(now);
        let mut sent = 0;
        let mut challenges: HashMap<i64, Option<(plaza_core::Challenge, plaza_core::outreach::Outreach)>> =
            HashMap::new();
        for due in self.store.due_reminders(now).await? {
            if let std::collections::hash_map::Entry::Vacant(slot) = challenges.entry(due.challenge_id) {
                let challenge = self.store.challenge_by_id(due.challenge_id).await?;
                let found = match challenge {
                    Some(challenge) => Some((challenge, self.store.outreach(due.challenge_id).await?)),
                    None => None,
                };
                slot.insert(found);
            }
            let Some(Some((challenge, outreach))) = challenges.get(&due.challenge_id) else { continue };
            let closes = challenge.timeline.zone.moment(challenge.timeline.closes_at);
            let link = self.link(&format!("/challenges/{}", challenge.slug));
            let token = self.store.unsubscribe_tokens(&[due.user.id]).await?.remove(&due.user.id);
            let Some(token) = token else { continue };
            let unsubscribe = self.link(&format!("/unsubscribe?token={token}"));
            let message = plaza_mail::emails::DeadlineReminder {
                name: &due.user.display_name,
                challenge_title: &challenge.title,
                closes: &closes,
                team_name: &due.team_name,
                drafts: &due.drafts,
                link: &link,
                offline: outreach.into(),
            };
            let mail = match self.emails.render(
                plaza_i18n::preferred(due.user.locale.as_deref()),
                &due.user.email,
                &message,
                Some(&unsubscribe),
            ) {
                Ok(mail) => mail,
                Err(err) => {
                    tracing::error!(error = %err, "a deadline reminder did not render");
                    continue;
                }
            };
            if self.store.send_reminder(due.challenge_id, due.user.id, &mail).await? {
                sent += 1;
            }
        }
        Ok(sent)
    }
}
