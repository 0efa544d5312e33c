//! The organizers' emails about their challenges: each function works out,
//! before an event is written, who hears of it and renders their email (or
//! their digest line); the store function that writes the event queues the
//! result in the same transaction. The daily digest is sent by
//! [`crate::digest`].

use plaza_core::{AssistChannel, Challenge, NoticeKind, OutgoingEmail, Track, User, UserId};
use plaza_mail::EmailMessage;
use plaza_mail::emails::{OrganizerIdeaConfirmed, OrganizerIdeaSent, OrganizerJudgeRecused, OrganizerJudgingComplete};
use plaza_store::{NoticeEvent, OrganizerNotices};

use crate::error::AppError;
use crate::state::AppState;

/// Renders one organizer's email with their unsubscribe link; a template
/// that fails is logged and that email left out (the event still happens).
fn render_to<M: EmailMessage>(state: &AppState, user: &User, token: &str, message: &M) -> Option<OutgoingEmail> {
    let unsubscribe = state.settings.link(&format!("/unsubscribe?token={token}"));
    match state.emails.render(plaza_i18n::preferred(user.locale.as_deref()), &user.email, message, Some(&unsubscribe)) {
        Ok(mail) => Some(mail),
        Err(err) => {
            tracing::error!(error = %err, template = M::TEMPLATE, "organizer email not composed");
            None
        }
    }
}

fn ideas_link(state: &AppState, challenge: &Challenge, track: &Track) -> String {
    state.settings.link(&format!("/challenges/{}/tracks/{}/ideas", challenge.slug, track.slug))
}

fn judging_link(state: &AppState, challenge: &Challenge, track: &Track) -> String {
    state.settings.link(&format!("/challenges/{}/manage/judging/{}", challenge.slug, track.slug))
}

/// Staff who typed an idea in for a resident, and how they got it.
pub(crate) struct EnteredBy<'a> {
    pub staff: &'a User,
    /// Named in each recipient's language in their email.
    pub channel: AssistChannel,
}

/// An idea was sent: by its entrant (`by` is `None`) or by staff.
pub(crate) async fn idea_sent(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    entrant: &str,
    idea_title: &str,
    by: Option<EnteredBy<'_>>,
    actor: UserId,
) -> Result<OrganizerNotices, AppError> {
    let link = ideas_link(state, challenge, track);
    let settings_link = state.settings.link("/account");
    let (staff_name, channel) = by.map_or(("", None), |by| (by.staff.display_name.as_str(), Some(by.channel)));
    // Each organizer's digest line is written in their language.
    let line = |lang: &'static str| {
        let args = [
            ("entrant", entrant.into()),
            ("track", track.title.as_str().into()),
            ("idea", idea_title.into()),
            ("staff", staff_name.into()),
            (
                "channel",
                channel.map(|c| crate::organize::assisted::channel_label_in(lang, c)).unwrap_or_default().into(),
            ),
        ];
        let id =
            if staff_name.is_empty() { "web-organize-digest-idea-sent" } else { "web-organize-digest-idea-entered" };
        plaza_i18n::tr_in(lang, id, &args)
    };
    let event = NoticeEvent {
        challenge_id: challenge.id,
        kind: NoticeKind::IdeaSent,
        actor: Some(actor),
        line: &line,
        link: &link,
    };
    Ok(state
        .store
        .plan_notices(&event, |user, token| {
            let lang = plaza_i18n::preferred(user.locale.as_deref());
            let channel_words =
                channel.map(|c| crate::organize::assisted::channel_label_in(lang, c)).unwrap_or_default();
            let message = OrganizerIdeaSent {
                name: &user.display_name,
                challenge_title: &challenge.title,
                track_title: &track.title,
                entrant,
                staff_name,
                channel: &channel_words,
                idea_title,
                link: &link,
                settings_link: &settings_link,
            };
            render_to(state, user, token, &message)
        })
        .await?)
}

/// A resident confirmed an idea staff entered for them.
pub(crate) async fn idea_confirmed(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    entrant: &str,
    idea_title: &str,
) -> Result<OrganizerNotices, AppError> {
    let link = ideas_link(state, challenge, track);
    let settings_link = state.settings.link("/account");
    let line = |lang: &'static str| {
        let args = [("entrant", entrant.into()), ("track", track.title.as_str().into()), ("idea", idea_title.into())];
        plaza_i18n::tr_in(lang, "web-organize-digest-idea-confirmed", &args)
    };
    let event = NoticeEvent {
        challenge_id: challenge.id,
        kind: NoticeKind::IdeaConfirmed,
        actor: None,
        line: &line,
        link: &link,
    };
    Ok(state
        .store
        .plan_notices(&event, |user, token| {
            let message = OrganizerIdeaConfirmed {
                name: &user.display_name,
                challenge_title: &challenge.title,
                track_title: &track.title,
                entrant,
                idea_title,
                link: &link,
                settings_link: &settings_link,
            };
            render_to(state, user, token, &message)
        })
        .await?)
}

/// What a recusal notice says.
pub(crate) struct Stepped<'a> {
    pub judge_name: &'a str,
    pub idea_title: &'a str,
    pub reason: &'a str,
    pub replaced: bool,
}

/// A judge stepped aside from an idea (by themself, or an organizer took it from them).
pub(crate) async fn judge_recused(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    stepped: &Stepped<'_>,
    actor: UserId,
) -> Result<OrganizerNotices, AppError> {
    let link = judging_link(state, challenge, track);
    let settings_link = state.settings.link("/account");
    let line = |lang: &'static str| {
        let args = [
            ("judge", stepped.judge_name.into()),
            ("idea", stepped.idea_title.into()),
            ("track", track.title.as_str().into()),
            ("reason", stepped.reason.into()),
        ];
        let id =
            if stepped.replaced { "web-organize-digest-recused" } else { "web-organize-digest-recused-unreplaced" };
        plaza_i18n::tr_in(lang, id, &args)
    };
    let event = NoticeEvent {
        challenge_id: challenge.id,
        kind: NoticeKind::JudgeRecused,
        actor: Some(actor),
        line: &line,
        link: &link,
    };
    Ok(state
        .store
        .plan_notices(&event, |user, token| {
            let message = OrganizerJudgeRecused {
                name: &user.display_name,
                challenge_title: &challenge.title,
                track_title: &track.title,
                judge_name: stepped.judge_name,
                idea_title: stepped.idea_title,
                reason: stepped.reason,
                replaced: stepped.replaced,
                link: &link,
                settings_link: &settings_link,
            };
            render_to(state, user, token, &message)
        })
        .await?)
}

/// Judging of a track is complete, should the review `actor` is saving be
/// the last one outstanding (the store decides, in its transaction).
pub(crate) async fn judging_complete(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
    reviews: usize,
    actor: UserId,
) -> Result<OrganizerNotices, AppError> {
    let link = judging_link(state, challenge, track);
    let settings_link = state.settings.link("/account");
    let line = |lang: &'static str| {
        plaza_i18n::tr_in(lang, "web-organize-digest-judging-complete", &[("track", track.title.as_str().into())])
    };
    let event = NoticeEvent {
        challenge_id: challenge.id,
        kind: NoticeKind::JudgingComplete,
        actor: Some(actor),
        line: &line,
        link: &link,
    };
    Ok(state
        .store
        .plan_notices(&event, |user, token| {
            let message = OrganizerJudgingComplete {
                name: &user.display_name,
                challenge_title: &challenge.title,
                track_title: &track.title,
                reviews,
                link: &link,
                settings_link: &settings_link,
            };
            render_to(state, user, token, &message)
        })
        .await?)
}
