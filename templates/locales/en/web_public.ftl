# What the Rust code of the account pages, the public pages and the shared
# views writes for people: notices, refusals, page titles and labels
# (plaza-web/src/account, plaza-web/src/public, plaza-web/src/render).

## plaza-web/src/account/profile.rs
# When a personal API token was last used, if it never was.
web-account-profile-never = never
web-account-profile-welcome = Welcome! Your account is ready.
web-account-profile-name-saved = Your name was saved.
web-account-profile-notifications-saved = Your email preferences were saved.
web-account-profile-time-zone-saved = Your time zone was saved.
web-account-profile-language-saved = Your language was saved.
web-account-profile-organizer-emails-saved = Your choice of emails about the challenges you organize was saved.
web-account-profile-terms-accepted = Thank you for agreeing to the terms of use.
web-account-profile-token-revoked = The token was revoked. Programs using it can no longer sign in.
# $problem: why the time zone typed is not one, a whole sentence.
web-account-profile-time-zone-problem = { $problem } Leave the field empty to see each challenge's own times.
# $typed: what the person chose; $languages: the site's languages, separated by commas.
web-account-profile-unknown-language = Plaza has no messages in "{ $typed }". Choose one of: { $languages }.
web-account-profile-not-an-organizer = These choices are for organizers of a challenge, and you organize none.
web-account-profile-unknown-email-kind = One of the kinds of email was not recognised. Please try again.
web-account-profile-choose-delivery = Choose one email each time, or one email a day.
web-account-profile-tick-terms = Please tick the box to agree to the terms of use.
web-account-profile-choose-token-scope = Choose what the token may do.
web-account-profile-signed-out-title = Signed out everywhere
web-account-profile-signed-out-message = You are now signed out on every computer and phone. Personal API tokens keep working until you revoke them.
web-account-profile-sign-in-again = Sign in again
web-account-profile-invalid-link-title = This link is not valid
web-account-profile-invalid-link-message = The unsubscribe link may be incomplete. You can also change your email preferences on your account page.
web-account-profile-your-account = Your account
web-account-profile-unsubscribed-title = You will not get these emails any more
web-account-profile-unsubscribed-message = { $email } will only receive the emails you ask for, such as sign-in links. You can turn news, result and organizer emails back on from your account page.

## plaza-web/src/account/sign_in.rs
web-account-sign-in-too-many-links = Too many sign-in links were asked for in the last hour. Please use the newest link you received, or try again in an hour.
web-account-sign-in-nothing-waiting-title = No sign-in is waiting in this browser
web-account-sign-in-nothing-waiting-message = This browser has not asked for a sign-in email in the last { $minutes } minutes, or that sign-in was already used. Ask for a new one.
web-account-sign-in-ask-for-email = Ask for a sign-in email
web-account-sign-in-code-format = Type the 8 digits of the code, such as 1234 5678.
web-account-sign-in-code-nothing-waiting = No sign-in is waiting for this code. Ask for a new sign-in email.
web-account-sign-in-code-expired = This code has expired: codes work for { $minutes } minutes. Ask for a new sign-in email.
web-account-sign-in-code-already-used = This sign-in was already used. Ask for a new sign-in email.
# $left: how many more codes may be tried.
web-account-sign-in-code-wrong = That code is not right. Check it and try again ({ $left } more { $left ->
        [one] try
       *[other] tries
    } allowed).
web-account-sign-in-code-too-many-tries = That code is not right, and that was the last try: this sign-in no longer works. Ask for a new sign-in email.
web-account-sign-in-code-too-many-today = Too many codes were tried for this email address today. Open the link in the email instead.
web-account-sign-in-no-longer-works = This sign-in no longer works
web-account-sign-in-ask-for-new-email = Ask for a new sign-in email
# When a sign-in link was asked for.
web-account-sign-in-just-now = just now
web-account-sign-in-minutes-ago = { $minutes ->
        [one] { $minutes } minute ago
       *[other] { $minutes } minutes ago
    }
web-account-sign-in-ask-for-new-link = Ask for a new sign-in link
web-account-sign-in-link-expired-title = This link has expired
web-account-sign-in-link-expired-message = Sign-in links work for 15 minutes. Ask for a new one below.
web-account-sign-in-link-already-used-title = This link was already used
web-account-sign-in-link-already-used-message = Each sign-in link works once. If you are not signed in, ask for a new one below.
web-account-sign-in-link-other-browser-title = Open the link in the same browser
web-account-sign-in-link-other-browser-message = This link was asked for in another browser. Open it there, or type the code from the email on the page where you asked.
web-account-sign-in-link-unknown-title = This link is not valid
web-account-sign-in-link-unknown-message = The link may be incomplete. Copy the whole address from the email, or ask for a new link.
web-account-sign-in-sign-up-expired-title = Please start again
web-account-sign-in-sign-up-expired-message = Your sign-up has expired or was started in another browser. Ask for a new sign-in link to continue.
web-account-sign-in-sign-in = Sign in
web-account-sign-in-tick-terms = Please tick the box to agree to the terms of use.
# Sign-in through another site: $provider is its name, such as GitHub or Google.
web-account-sign-in-oauth-expired-title = Sign-in took too long
web-account-sign-in-oauth-expired-message = The answer from { $provider } expired or was already used. Please try again.
web-account-sign-in-oauth-no-email-title = No confirmed email address
web-account-sign-in-oauth-no-email-message = { $provider } did not confirm an email address for your account. Confirm your email address there, or sign in with an email link instead.
web-account-sign-in-oauth-not-verified-title = We could not verify the sign-in
web-account-sign-in-oauth-not-verified-message = The answer from { $provider } did not pass our checks, so we did not sign you in. Please try again.
web-account-sign-in-oauth-no-answer-title = The sign-in service did not answer
web-account-sign-in-oauth-no-answer-message = { $provider } could not be reached or reported an error. Please try again in a minute, or sign in with an email link.
web-account-sign-in-oauth-not-set-up-title = This sign-in option is not working
web-account-sign-in-oauth-not-set-up-message = Sign-in with { $provider } is not set up correctly on this site. Please sign in with an email link instead.
web-account-sign-in-back-to-sign-in = Back to sign-in
web-account-sign-in-oauth-cancelled-title = Sign-in cancelled
web-account-sign-in-oauth-cancelled-message = You did not allow { $provider } to sign you in, so nothing happened. You can try again, or sign in with an email link.
web-account-sign-in-oauth-error-title = The sign-in service reported a problem
# $error: the other site's error code, such as server_error.
web-account-sign-in-oauth-error-message = { $provider } answered with an error ({ $error }). Please try again, or sign in with an email link.
web-account-sign-in-oauth-attempt-expired-title = This sign-in attempt has expired
web-account-sign-in-oauth-attempt-expired-message = The sign-in with { $provider } took longer than 10 minutes, was already finished, or was started in another browser. Please start again.
web-account-sign-in-oauth-no-code = { $provider } sent us back without a sign-in code. Please try again.

## plaza-web/src/public/follow_email.rs
# Page titles.
web-public-follow-email-title-get-news = Get the news by email
web-public-follow-email-title-check = Check your email
web-public-follow-email-title-invalid = This link is not valid
web-public-follow-email-title-confirm = Confirm the news by email
web-public-follow-email-title-confirmed = You will get the news
web-public-follow-email-title-stop = Stop the news
web-public-follow-email-title-stopped = You will get no more news
# $problem: what is wrong with the address typed, without a full stop.
web-public-follow-email-bad-address = { $problem }. Type the address again, such as name@example.org.
web-public-follow-email-too-many = Too many requests from here or for this address in the last hour. Please try again later.

## plaza-web/src/public/leaderboard.rs
# Which way a score is better, as $direction in the explanations below.
web-public-leaderboard-higher-is-better = higher is better
web-public-leaderboard-lower-is-better = lower is better
web-public-leaderboard-explanation-public = Each team's best score on the public part of the hidden answers ({ $direction }). Final ranks use the private part and are shown when the organizers publish results.
web-public-leaderboard-explanation-private = Final ranking on the private part of the hidden answers ({ $direction }), using each team's chosen entries.
web-public-leaderboard-search-too-long = Search for at most { $max } characters of a team's name. Showing every team instead.

## plaza-web/src/public/paper_form.rs
# The questions every printed idea form asks, each with its hint.
web-public-paper-form-title = Title
web-public-paper-form-title-hint = A few words that name the idea, such as “Safer crossings near schools”.
web-public-paper-form-summary = Summary
web-public-paper-form-summary-hint = What the idea proposes and why it matters, in a few sentences.
web-public-paper-form-problem = The problem
web-public-paper-form-problem-hint = What is wrong today, and who notices it?
web-public-paper-form-proposal = The proposal
web-public-paper-form-proposal-hint = What should be done, by whom, and how would we know it works?
web-public-paper-form-beneficiaries = Who benefits?
web-public-paper-form-beneficiaries-hint = The people or places that would be better off.
web-public-paper-form-tick-one = Tick one.
web-public-paper-form-tick-any = Tick any that apply.

## plaza-web/src/public/poster.rs
# $paper: what was asked for in the address (?paper=).
web-public-poster-unknown-paper = "{ $paper }" is not a paper size Plaza prints posters on: use a4 or letter.
# What a screen reader says for the QR code; $title is the challenge's.
web-public-poster-qr-what-happened = QR code: scan it to see what happened next in { $title }
web-public-poster-qr-open = QR code: scan it to open { $title } on your phone
web-public-poster-paper-a4 = A4 (210 x 297 mm)
web-public-poster-paper-letter = US Letter (8.5 x 11 in)

## plaza-web/src/public/progress.rs
# A project whose status the organizers have not set.
web-public-progress-no-status = No status
# The answers to "how well" on a resident's feedback.
web-public-progress-rating-1 = 1, not at all
web-public-progress-rating-2 = 2, a little
web-public-progress-rating-3 = 3, partly
web-public-progress-rating-4 = 4, mostly
web-public-progress-rating-5 = 5, completely
web-public-progress-too-many = Thank you, but this connection has sent { $count } messages in the last hour, the most we take. Please try again later.
# The title of the updates' Atom feed; $title is the challenge's.
web-public-progress-feed-title = { $title }: updates

## plaza-web/src/public/sample_file.rs
# The answer to a request for the sample file of a track that has none; $track is its title.
web-public-sample-file-code-track = “{ $track }” takes programs, not predictions files, so it has no sample file. Your program reads the rows to predict and prints a CSV file with the same columns as on a predictions track.
web-public-sample-file-ideas-track = “{ $track }” takes ideas, not files, so it has no sample file.

## plaza-web/src/render/views.rs
# A code track's time limit.
web-render-views-seconds = { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
# $seconds: a number with one decimal, such as 2.5.
web-render-views-seconds-decimal = { $seconds } seconds
# The size of a small file; larger ones are told in KB, MB, GB.
web-render-views-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }

## plaza-web/src/render/idea_view.rs
# The kind of an attached file: a PDF or an image.
web-render-idea-view-image = image
# An attachment as a judge sees it, without its file name: $number counts from 1; $kind is PDF or image.
web-render-idea-view-attachment = Attachment { $number } ({ $kind })

## plaza-web/src/render/notice.rs
# The one-line confirmations a page shows after a form.
web-render-notice-idea-file = The file is attached.
web-render-notice-idea-removed = The file is removed.
web-render-notice-idea-withdrawn = Your idea is withdrawn. It will not be judged.
web-render-notice-idea-updated = Your changes are saved.
web-render-notice-idea-new-version = Your changes are saved. Judges who already scored your idea will see what changed and check their scores.
web-render-notice-judging-rubric = The rubric is saved.
web-render-notice-judging-opened = Judging is open: every idea has its judges. We emailed each judge.
web-render-notice-judging-closed = Judging is closed. Scores can no longer change.
web-render-notice-judging-assigned = The new ideas have their judges. We emailed each judge who has new ideas.
web-render-notice-judging-nothing-new = Every idea already has its judges: there was nothing new to assign.
web-render-notice-judging-reopened = Judging is open again: judges can change their scores until you close it.
web-render-notice-judging-reminded = The reminder is on its way.
web-render-notice-judging-decided = Your decision is saved. It is published with the results.
web-render-notice-judging-undecided = The decision is removed.
web-render-notice-judging-declaration = The judge's declaration is saved and written to the audit log.
web-render-notice-judging-declaration-moved = The judge's declaration is saved and written to the audit log. Ideas it now conflicts with went to other judges.
web-render-notice-judging-conflict-confirmed = The conflict is confirmed: that judge will not judge that idea.
web-render-notice-judging-conflict-dismissed = Noted: those names are not a conflict.
web-render-notice-ideas-list-confirm = The idea is entered. We emailed the resident a link to confirm it; judges see it once they do.
web-render-notice-ideas-list-attested = The idea is entered and counts as confirmed.
web-render-notice-ideas-list-corrected = The idea is corrected. The old link no longer works; we emailed the resident a new one to confirm it.
web-render-notice-ideas-list-corrected-phone = The idea is corrected. Read it back to the resident, then press “I read it back to them by phone”.
web-render-notice-ideas-list-resent = We emailed the resident a new link to confirm the idea. The old link no longer works.
web-render-notice-ideas-list-scanned = The scan of the paper form is kept with the idea. Only organizers can open it.
web-render-notice-reviews-held = The feedback is held back: the entrant will not see it. The reason is in the audit log.
web-render-notice-reviews-released = The feedback is no longer held back: the entrant will see it when the results are published.
web-render-notice-people-invited = The invitation was sent. It is listed under “Invitations not yet accepted” until it is.
web-render-notice-people-removed = The role was removed.
web-render-notice-people-cancelled = The invitation was cancelled: its link no longer works.
web-render-notice-team-created = Your team is ready: you have entered this challenge.
web-render-notice-team-joined = You joined the team: you have entered this challenge.
web-render-notice-queue-all-scored = Your scores are saved, and you have scored every idea given to you. Thank you! You can still change your scores until judging closes.
web-render-notice-queue-declared = Thank you. Your declaration is saved.
web-render-notice-judge-idea-saved = Your scores are saved.
web-render-notice-judge-idea-undone = Your last change is undone.
web-render-notice-judge-idea-nothing = There is nothing to undo.
web-render-notice-judge-idea-confirmed = Your scores are kept: they now stand for the idea as it is now.

## plaza-web/src/public/leaderboard_files.rs
# $track: the track's title.
web-public-leaderboard-files-no-board = “{ $track }” is an ideas track: judges score its ideas, so it has no leaderboard. Its winners are shown on the challenge's winners page once the results are published.

## plaza-web/src/extract (uploads and forms) and error.rs
# $error: the technical reason.
web-upload-interrupted = The upload was interrupted: { $error }
web-upload-unreadable = The upload could not be read: { $error }
# $size and $max: megabytes.
web-upload-program-too-large = The program is { $size } MB; Plaza runs programs of at most { $max } MB.
web-form-too-large = This form is larger than we accept. Please shorten what you entered.
web-form-incomplete = This form did not arrive in full. Please send it again.
web-form-unreadable = This form could not be read ({ $error }). Please go back and try again.
# $problems: every problem found, one after the other.
web-bundle-cannot-import = The bundle cannot be imported: { $problems }
