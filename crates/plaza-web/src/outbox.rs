//! The background task that delivers the email outbox. Any number of
//! processes may run it: each message is claimed by one of them.

use std::time::Duration;

use plaza_mail::Mailer;
use plaza_store::Store;

/// Sends what is due, once. Returns how many messages were sent.
pub async fn deliver_due(store: &Store, mailer: &Mailer) -> plaza_store::Result<usize> {
    let mut sent = 0;
    for message in store.claim_due_emails(20).await? {
        match mailer.send(&message.email).await {
            Ok(()) => {
                store.mark_email_sent(message.id).await?;
                sent += 1;
            }
            Err(err) => {
                tracing::warn!(id = message.id, attempt = message.attempts, error = %err, "email not delivered; will retry");
                store.mark_email_failed(message.id, message.attempts, &err.to_string()).await?;
            }
        }
    }
    Ok(sent)
}

/// Delivers the outbox every `every` until the process ends.
pub async fn run(store: Store, mailer: Mailer, every: Duration) {
    loop {
        if let Err(err) = deliver_due(&store, &mailer).await {
            tracing::error!(error = %err, "outbox delivery failed");
        }
        tokio::time::sleep(every).await;
    }
}
