### Messages of the resident-facing pages: entering (ideas, entries, teams),
### the account pages, the judges' pages, and the partials they share.

## pages/enter/idea.html.tera

enter-idea-breadcrumb = Breadcrumb
enter-idea-challenges = Challenges
enter-idea-current = Idea
enter-idea-status = Status
enter-idea-entered = Entered
# $confirmation: pending, confirmed, attested, or anything else (no confirmation needed).
enter-idea-entered-by = { $confirmation ->
        [pending] By the organizers, for { $contact } (waiting for the resident to confirm)
        [confirmed] By the organizers, for { $contact } (confirmed by the resident)
        [attested] By the organizers, for { $contact } (read back to the resident)
       *[other] By the organizers, for { $contact }
    }
enter-idea-team-contact = Team and contact
enter-idea-organizations = Organizations (judges tied to them do not judge it)
enter-idea-neighbourhood = Neighbourhood
enter-idea-finish = Finish and send
enter-idea-change = Change your idea
enter-idea-draft-hint = This is a draft: it is not sent yet, and the judges will not see it until you send it.
# Shown after a sentence saying when the challenge closed.
enter-idea-closed = Ideas can no longer change.
enter-idea-result-heading = The result
enter-idea-not-winner = This idea was not among the winners.
# Followed by a period.
enter-idea-see-winners = See the winners
enter-idea-judges-wrote = What the judges wrote
enter-idea-no-feedback = There is no written feedback from the judges to share.
enter-idea-attach-heading = Attach a file
enter-idea-upload-problem = The file was not attached
enter-idea-file-question = What is this file?
enter-idea-another-attachment = Another attachment
# After the question's label, in a list of choices.
enter-idea-replaces = (replaces { $file })
enter-idea-file-label = File
enter-idea-file-hint = A PDF or a picture (PNG, JPEG, GIF or WebP), up to { $max_mb } MB. We remove hidden details that could name you (such as the author saved in a PDF or a photo's camera details) before judges see it.
enter-idea-attach-button = Attach the file
enter-idea-remove-heading = Remove a file
enter-idea-remove-button = Remove { $file }
enter-idea-discard-heading = Discard this draft
enter-idea-discard-text = If you no longer want to send this idea, discard the draft. This cannot be undone.
enter-idea-withdraw-heading = Withdraw
enter-idea-withdraw-text = If you no longer want this idea judged, withdraw it. This cannot be undone.
enter-idea-discard-button = Discard this draft
enter-idea-withdraw-button = Withdraw this idea

## pages/enter/idea_confirm.html.tera

enter-idea-confirm-title-confirmed = Thank you: your idea is confirmed
enter-idea-confirm-title = Is this your idea?
enter-idea-confirm-lead = “{ $idea }”, for the challenge “{ $challenge }”.
enter-idea-confirm-done = Your idea is confirmed. The judges will read it without knowing who wrote it. We will email you when the results are published.
enter-idea-confirm-text = The organizers typed in this idea for you. Please read it. If it says what you meant, confirm it; until then the judges will not see it. If something is wrong, do not confirm it: tell the organizers of the challenge what to change, the way you gave them your idea, and they will correct it and send you a new link.
enter-idea-confirm-button = Yes, this is my idea

## pages/enter/idea_form.html.tera

enter-idea-form-breadcrumb = Breadcrumb
enter-idea-form-challenges = Challenges
enter-idea-form-current-new = New idea
enter-idea-form-current-correct = Correct an idea
enter-idea-form-current-change = Change your idea
enter-idea-form-title-new-assisted = Enter an idea for a resident
enter-idea-form-title-new = Enter your idea
enter-idea-form-title-correct = Correct the idea you entered for a resident
enter-idea-form-title-change = Change your idea
enter-idea-form-lead-correct = Change what the resident asked you to change. When you save, the link we sent them stops working: they get a new one by email to confirm the corrected idea (or tick the box below once you have read it back to them).
enter-idea-form-lead-assisted = Type in what the resident wrote or told you, in their words.
enter-idea-form-lead-draft = Write in plain words, as you would explain it to a neighbour. You can save a draft and come back later.
# “Save changes” is the button enter-idea-form-save-changes.
enter-idea-form-lead-sent = Your idea has been sent. Change what you like and press “Save changes”; the organizers see the new version.
enter-idea-form-problems-heading = Please fix { $count } { $count ->
        [one] thing
       *[other] things
    }
enter-idea-form-resident = The resident
enter-idea-form-contact-name = Their name
enter-idea-form-contact-email = Their email address (optional)
enter-idea-form-contact-email-hint = We email them a copy with a link to confirm it. Without an address, tick the box below once you have read it back to them.
enter-idea-form-channel-legend = How the idea reached you
# $channel is computed by Plaza, such as “on a paper form”, “by phone” or “in person”.
enter-idea-form-channel = The resident gave it { $channel }
enter-idea-form-attested = I read the whole entry back to the resident and they agreed it is what they meant
enter-idea-form-title-label = Title
enter-idea-form-title-hint = A few words that name the idea, such as “Safer crossings near schools”.
enter-idea-form-summary-label = Summary
enter-idea-form-summary-hint = One short paragraph: what the idea proposes and why it matters. At most 600 characters.
enter-idea-form-problem-label = The problem
enter-idea-form-problem-hint = What is wrong today, and who notices it? Examples from your street or neighbourhood help.
enter-idea-form-proposal-label = The proposal
enter-idea-form-proposal-hint = What should be done, by whom, and how would we know it works?
enter-idea-form-datasets-legend = Which of the challenge's data does the idea use? (optional)
enter-idea-form-beneficiaries-label = Who benefits? (optional)
enter-idea-form-beneficiaries-hint = The people or places that would be better off.
# After the label of a question the organizers added.
enter-idea-form-optional = (optional)
enter-idea-form-team-legend-assisted = The resident's team and ties
enter-idea-form-team-legend = You and your team
enter-idea-form-team-hint = The judges never see this part: they read ideas without knowing who wrote them.
enter-idea-form-team-contact-label = Team and contact
enter-idea-form-team-contact-hint-assisted = Who worked on this idea, and how the organizers can reach them.
enter-idea-form-team-contact-hint = Who worked on this idea, and how the organizers can reach you.
enter-idea-form-organizations-label-assisted = Organizations the resident belongs to or works with (optional)
enter-idea-form-organizations-label = Organizations you belong to or work with (optional)
enter-idea-form-organizations-hint = One per line. Judges tied to the same organizations will not judge the idea.
enter-idea-form-neighbourhoods-label-assisted = The resident's neighbourhood (optional)
enter-idea-form-neighbourhoods-label = Your neighbourhood (optional)
enter-idea-form-send-assisted = Send the idea
enter-idea-form-save-correction = Save the correction
enter-idea-form-attach-later = You can attach files (a sketch, a map, a PDF) after saving.
enter-idea-form-save-draft = Save as a draft
enter-idea-form-send = Send my idea
enter-idea-form-save-changes = Save changes

## pages/enter/ideas_track.html.tera

enter-ideas-track-breadcrumb = Breadcrumb
enter-ideas-track-challenges = Challenges
enter-ideas-track-see-winners = See the winners
enter-ideas-track-send-heading = Send an idea
# Shown after a sentence saying when the challenge opens or closed.
enter-ideas-track-closed = Ideas are accepted only while the challenge is open.
enter-ideas-track-need-account = You need an account to send an idea; it takes an email address, no password.
enter-ideas-track-sign-in = Sign in to send an idea
enter-ideas-track-describe = Describe your idea in plain words. You can save a draft and finish it later, and change it until the challenge closes ({ $closes }).
enter-ideas-track-enter-idea = Enter an idea
enter-ideas-track-paper = No computer at hand? <a href="{ $url }">Print a paper form</a> and write your idea by hand, or ask the challenge's host, { $host }: their staff can enter your idea for you from a paper form, over the phone or in person.
enter-ideas-track-mine-heading = Your team's ideas
# After the idea's title and a colon.
enter-ideas-track-idea-status = { $status }, last changed { $updated }
enter-ideas-track-org-heading = For organizers
enter-ideas-track-org-all-ideas = All ideas sent to this track
enter-ideas-track-org-assisted = <a href="{ $url }">Enter an idea for a resident</a> (from a paper form or a phone call)
enter-ideas-track-org-paper-form = <a href="{ $url }">The paper form to print</a>, made from this track's questions
enter-ideas-track-org-judging = Judging: rubric, judges, results and winners
enter-ideas-track-rubric-heading = How ideas are judged
enter-ideas-track-rubric-intro = Each idea is read by { $judges } { $judges ->
        [one] judge
       *[other] judges
    }, who do not know who wrote it. They score it from 1 to 5 on each of these:
enter-ideas-track-weight = weight { $weight }

## pages/enter/join_team.html.tera

enter-join-team-title = Join { $team }
enter-join-team-lead = You were invited to join the team “{ $team }” ({ $members } { $members ->
        [one] member
       *[other] members
    }) in the challenge “{ $challenge }”.
enter-join-team-button = Join the team

## pages/enter/submission.html.tera

enter-submission-breadcrumb = Breadcrumb
enter-submission-challenges = Challenges
enter-submission-current = Entry { $id }
enter-submission-title = Entry { $id }: { $file }
enter-submission-sent = Sent
enter-submission-status = Status
enter-submission-public-score = Public score
enter-submission-rank-this-final = This entry is your team's best: it ranks <strong>{ $rank } of { $teams }</strong> on the final leaderboard.
enter-submission-rank-this-public = This entry is your team's best: it ranks <strong>{ $rank } of { $teams }</strong> on the public leaderboard.
enter-submission-rank-best-final = Your team's <a href="{ $url }">best entry</a> ranks <strong>{ $rank } of { $teams }</strong> on the final leaderboard.
enter-submission-rank-best-public = Your team's <a href="{ $url }">best entry</a> ranks <strong>{ $rank } of { $teams }</strong> on the public leaderboard.
enter-submission-see-leaderboard = See the leaderboard
enter-submission-pending-hint = This page shows the score by itself as soon as the entry is scored.
enter-submission-disqualified = The organizers disqualified this entry: { $reason }
enter-submission-cases-heading = Hidden cases
enter-submission-case = Case
enter-submission-result = Result
enter-submission-time = Time (seconds)
enter-submission-details = Details
enter-submission-back = Back to the track
enter-submission-stderr-heading = What the program wrote to stderr, and why Plaza refused its output
enter-submission-stderr-hint = Only organizers see this: it can contain hidden data, so the team never does.
enter-submission-nothing = Nothing.

## pages/enter/team.html.tera

enter-team-breadcrumb = Breadcrumb
enter-team-challenges = Challenges
enter-team-current = Your team
enter-team-title = Your team
enter-team-lead = You enter “{ $challenge }” as <strong>{ $team }</strong>. On leaderboards it appears as “{ $public_name }”.
enter-team-next-heading = What to do next
# Shown after a sentence saying when the challenge opens or closed.
enter-team-closed = You can send entries while the challenge is open.
enter-team-step-predictions = Send predictions: { $track }
enter-team-step-predictions-text = Download the data, make a guess for every row, and send your guesses as a CSV file. The track's page has a sample file to start from.
enter-team-step-code = Send a program: { $track }
enter-team-step-code-text = Write a program that makes the predictions, and send it as a WebAssembly (.wasm) file. The track's page says what it reads and prints.
enter-team-step-idea = Write an idea: { $track }
enter-team-step-idea-text = Describe your idea in plain words. You can save a draft and finish it later.
enter-team-invite-below = You can also invite people to your team below.
enter-team-members-heading = Members ({ $count } of at most { $max })
# After the member's name.
enter-team-you = (you)
enter-team-invite-heading = Invite people
enter-team-invite-link-label = Share this link with the people you want in your team:
enter-team-invite-email-label = Send an invitation by email
enter-team-invite-email-placeholder = name@example.org
enter-team-send-invitation = Send invitation
enter-team-make-link = Make an invitation link
enter-team-invite-hint = An emailed invitation lets one person join; a link lets anyone you share it with join. Each works for { $days } days, until you cancel it.
enter-team-pending-heading = Pending invitations
enter-team-col-sent-to = Sent to
enter-team-col-made-by = Made by
enter-team-col-made = Made
enter-team-col-works-until = Works until
enter-team-col-cancel = Cancel
# The hidden part is read only by screen readers.
enter-team-cancel-invitation = Cancel invitation<span class="visually-hidden"> for { $sent_to } made { $created }</span>
enter-team-settings-heading = Name on leaderboards
enter-team-team-name = Team name
enter-team-alias = Anonymous alias
enter-team-show-legend = Show on public leaderboards
enter-team-show-name = the team name
enter-team-show-alias = the anonymous alias
enter-team-save = Save
enter-team-leave-heading = Leave the team
enter-team-leave-text = Once your team has sent an entry or an idea, its members stay as they are: nobody can leave it, so that its entries, scores and daily limits stay with the team that made them. Before that, you can leave; if you are the last member, the team is removed.
enter-team-leave-button = Leave { $team }
enter-team-no-team-lead = Everyone enters as a team. On your own, you are a team of one; teams in this challenge have at most { $max } members.
enter-team-terms-needed = Please <a href="/account">agree to the terms of use</a> before you enter a challenge.
enter-team-team-name-hint = You can change it later, and show an anonymous alias on leaderboards instead.
enter-team-enter-button = Enter this challenge
enter-team-ask-invitation = Someone already started a team? Ask them for an invitation link.

## pages/account/account.html.tera

account-account-title = Your account
account-account-new-token-heading = Your new API token “{ $name }”
account-account-new-token-copy = <strong>Copy it now: it is shown only this once.</strong> Keep it secret, like a password.
account-account-new-token-label = Token
account-account-new-token-hint = Send it with each request as <code>Authorization: Bearer &lt;token&gt;</code>.
account-account-terms-heading = Agree to the terms of use
account-account-terms-text = Before you enter a challenge, please read and agree to the <a href="/terms">terms of use</a>.
account-account-terms-label = I agree to the terms of use.
account-account-terms-save = Save
account-account-profile-heading = Profile
account-account-signs-in-with = You sign in with <strong>{ $email }</strong>.
account-account-display-name = Your name, as others will see it
account-account-save-name = Save name
account-account-time-zone = Your time zone (optional)
account-account-time-zone-hint = Each challenge shows its times in its own time zone. Choose yours, such as Europe/Madrid, to see your local time next to them. Leave it empty to see only the challenge's time.
account-account-save-time-zone = Save time zone
account-account-language = Your language
account-account-language-hint = Pages and emails from this site are written in it.
account-account-language-browser = The one my browser asks for
account-account-save-language = Save language
account-account-teams-heading = Your teams
account-account-team-item = <a href="{ $url }">{ $team }</a> in “{ $challenge }” ({ $members } { $members ->
        [one] member
       *[other] members
    })
# “Enter this challenge” is the button enter-team-enter-button.
account-account-no-teams = You are not in a team yet. Open a challenge and choose “Enter this challenge” to start one.
account-account-roles-heading = Challenges you help run
# $role is computed by Plaza, such as “Organizer” or “Judge”.
account-account-role-manage = { $role } of “{ $challenge }”: <a href="{ $url }">manage people</a>
account-account-role = { $role } of “{ $challenge }”
account-account-email-heading = Emails
account-account-email-legend = Send me an email when
account-account-notify-results = my entries are scored, and results are published
account-account-notify-news = challenges I take part in have news
account-account-email-hint = Sign-in links and invitations are always sent.
account-account-save-email = Save email choices
account-account-organizer-email-heading = Emails about challenges you organize
account-account-organizer-email-legend = Email me when
account-account-delivery-legend = How often
account-account-delivery-each = One email each time something happens
account-account-delivery-digest = One email a day listing what happened (none on quiet days)
account-account-save-organizer-email = Save organizer email choices
account-account-tokens-heading = Personal API tokens
account-account-tokens-text = Tokens let your own programs use the { $site } API as you, for example to send entries.
account-account-tokens-caption = Your active tokens
account-account-col-name = Name
account-account-col-can = Can
account-account-col-created = Created
account-account-col-last-used = Last used
account-account-col-actions = Actions
# The hidden part is read only by screen readers.
account-account-revoke = Revoke<span class="visually-hidden"> { $name }</span>
account-account-token-name = Name, to recognise the token later
account-account-token-name-placeholder = My laptop
account-account-scope-legend = The token can
account-account-scope-read = Read only
account-account-scope-submit = Read and send entries
account-account-create-token = Create token
account-account-sign-out-heading = Sign out everywhere
account-account-sign-out-text = Signs you out on every computer and phone, for example if you used a shared computer.
account-account-sign-out-button = Sign out everywhere
account-account-sent-heading = Your ideas and entries
account-account-nothing-sent = You have not sent an idea or an entry yet. <a href="/">Find a challenge</a> to take part in.
account-account-my-ideas-heading = Your ideas
account-account-col-idea = Idea
account-account-col-challenge = Challenge
account-account-col-status = Status
account-account-no-title = (no title yet)
account-account-my-entries-heading = Your team's entries
account-account-my-entries-hint = The newest { $count } at most. Each track's page lists all of your team's entries there.
account-account-col-entry = Entry
account-account-col-challenge-track = Challenge and track
account-account-col-sent = Sent
account-account-col-public-score = Public score

## pages/account/check_email.html.tera

account-check-email-title = Check your email
account-check-email-lead = If { $email } can receive email, a sign-in email is on its way. It works for { $minutes } minutes. Nothing arrived? Check your spam folder, or <a href="/sign-in">ask for a new one</a>.
account-check-email-same-device-heading = Reading the email on this device?
account-check-email-same-device-text = Open the link in the email. It signs you in here.
account-check-email-code-heading = Reading the email on another phone or computer?
account-check-email-code-text = Type the code from the email here:
account-check-email-code-label = The code from the email
account-check-email-code-hint = 8 digits, such as 1234 5678.
account-check-email-sign-in = Sign in
account-check-email-other-device = Or, to sign in on that other device instead, open the link there: it will ask for this code:

## pages/account/sign_in.html.tera

account-sign-in-title = Sign in
account-sign-in-signed-in-as = You are signed in as { $name }. <a href="/account">Go to your account</a>.
account-sign-in-lead = No password needed: we email you a link that signs you in. New here? The same link creates your account.
account-sign-in-email-label = Your email address
account-sign-in-email-hint = For example name@example.org. We use it only to sign you in and to send the emails you choose.
account-sign-in-button = Email me a sign-in link
account-sign-in-providers-heading = Or sign in with
account-sign-in-provider = Sign in with { $provider }

## pages/account/sign_in_elsewhere.html.tera

account-sign-in-elsewhere-title = Sign in on this device?
# $device describes the browser; $ago is computed by Plaza, such as “5 minutes ago”; $at is a date and time.
account-sign-in-elsewhere-lead = This sign-in link was asked for on another device: <strong>{ $device }</strong>, { $ago } ({ $at }).
# "Check your email" is the title account-check-email-title.
account-sign-in-elsewhere-text = If that was you, you can sign in here instead. Type the code shown on that device, on the page that says "Check your email". If you did not ask to sign in, close this page: nobody is signed in without that code.
account-sign-in-elsewhere-code-label = The code shown on the other device
account-sign-in-elsewhere-code-hint = 8 digits, such as 1234 5678. This is not the code in the email.
account-sign-in-elsewhere-button = Sign in on this device
account-sign-in-elsewhere-go-back = Or go back to the device where you asked and open the link there, or <a href="/sign-in">ask for a new link on this device</a>.

## pages/account/sign_up.html.tera

account-sign-up-title = Create your account
account-sign-up-lead = Your email address { $email } is confirmed. Two last things:
account-sign-up-display-name = Your name, as others will see it
account-sign-up-display-name-hint = It can be a nickname. On leaderboards your team can use another name.
account-sign-up-terms = I agree to the <a href="/terms">terms of use</a>.
account-sign-up-button = Create my account

## pages/account/unsubscribe.html.tera

account-unsubscribe-title = Stop emails
account-unsubscribe-lead-organizer = Stop news, result and organizer emails to { $email }? You will still receive the emails you ask for, such as sign-in links.
account-unsubscribe-lead = Stop news and result emails to { $email }? You will still receive the emails you ask for, such as sign-in links.
account-unsubscribe-button = Stop these emails

## pages/judge/conflicts.html.tera

judge-conflicts-breadcrumb = Breadcrumb
judge-conflicts-challenges = Challenges
judge-conflicts-current = Conflicts of interest
judge-conflicts-title = Your conflicts of interest
judge-conflicts-frozen-lead = Judging has opened, so your declaration can no longer change here. To add or remove a name, contact the organizers of this challenge: they can change it for you.
judge-conflicts-none-declared = None declared
judge-conflicts-go-to-queue = Go to your judging queue
judge-conflicts-lead = Before you read any idea, tell us who you are tied to. Plaza will not give you ideas from those organizations, people or neighbourhoods. Entrants declare theirs too; nobody else sees what you write here but the organizers. Once judging opens, only the organizers can change your declaration.
judge-conflicts-organizations-label = Organizations you work for, volunteer with, or advise
judge-conflicts-organizations-hint = One per line.
judge-conflicts-people-label = People close to you who may enter (family, colleagues, friends)
judge-conflicts-people-hint = One name per line.
judge-conflicts-neighbourhoods-label = Neighbourhoods where you live or own property
judge-conflicts-neighbourhoods-hint = One per line. Leave a box empty if nothing applies.
judge-conflicts-save = Save my declaration
judge-conflicts-declare = Declare and continue
judge-conflicts-later-hint = If you notice a conflict with an idea later, you can step aside from it on its page.

## pages/judge/idea.html.tera

judge-idea-breadcrumb = Breadcrumb
judge-idea-challenges = Challenges
judge-idea-judging = Judging
judge-idea-current = Idea
judge-idea-jump = <a href="#score-heading">Go to your scores</a> (below the idea)
judge-idea-assisted-tag = Assisted entry
judge-idea-assisted-text = Staff typed this idea in for a resident (from a paper form or a phone call).
judge-idea-changed-heading = This idea changed after you scored it
judge-idea-changes-text = What changed since the version you scored: words taken out are struck through, words put in are underlined.
judge-idea-no-changes-text = Its text as you scored it is no longer kept, so the changes cannot be shown; please read the idea again below.
judge-idea-still-stands-text = If your scores still fit the idea as it is now, say so; otherwise change them below and save.
judge-idea-still-stands-button = My scores still stand
judge-idea-score-heading = Your scores
judge-idea-undo = Undo my last change
judge-idea-weight = weight { $weight }
judge-idea-feedback-label = Feedback for the entrant
judge-idea-feedback-hint = Sent to the entrant with the results, without your name. Be kind and specific.
judge-idea-private-note-label = Note for the organizers (private)
judge-idea-private-note-hint = Only the organizers read this.
judge-idea-save-next = Save and go to the next idea
judge-idea-save = Save
judge-idea-closed = Judging is not open, so scores cannot change.
judge-idea-recuse-heading = Step aside
judge-idea-recuse-text = If you know who wrote this idea, or have any other conflict, step aside: your scores for it are removed, and another judge takes it if one is free (if none is, the organizers see it on their dashboard).
judge-idea-reason-label = Why (for the organizers, optional)
judge-idea-recuse-button = Step aside from this idea
judge-idea-back = Back to your queue

## pages/judge/queue.html.tera

judge-queue-breadcrumb = Breadcrumb
judge-queue-challenges = Challenges
judge-queue-current = Judging
judge-queue-title = Your judging queue
judge-queue-lead = You read ideas without knowing who wrote them. Score each one against the rubric; you can change your scores until judging closes.
judge-queue-conflicts = Your conflicts of interest
judge-queue-progress = { $done } of { $total } scored
# Inside a progress bar.
judge-queue-progress-short = { $done } of { $total }
judge-queue-next = Score the next idea
# After an idea's title and a dash.
judge-queue-changed = changed since you scored it: please check your scores
judge-queue-scored = scored
judge-queue-not-scored = not scored yet
judge-queue-none-assigned = No ideas are assigned to you on this track.
judge-queue-not-open = The organizers have not opened judging yet. We will email you when there are ideas to read.

## partials/idea.html.tera

partial-idea-summary = Summary
partial-idea-problem = The problem
partial-idea-proposal = The proposal
partial-idea-beneficiaries = Who benefits
partial-idea-datasets = Data it uses
partial-idea-files = Attached files

## partials/feedback_items.html.tera

partial-feedback-items-rating = { $rating } out of 5
partial-feedback-items-no-rating = No rating
partial-feedback-items-published-reply = Your published reply:
# The hidden parts are read only by screen readers.
partial-feedback-items-mark-read = Mark as read<span class="visually-hidden"> (message { $id })</span>
partial-feedback-items-mark-answered = Mark as answered<span class="visually-hidden"> (message { $id })</span>
partial-feedback-items-mark-new = Mark as not read<span class="visually-hidden"> (message { $id })</span>
partial-feedback-items-reply-label = Reply in public (optional)
partial-feedback-items-publish = Publish the reply<span class="visually-hidden"> to message { $id }</span>

## partials/track_limits.html.tera

partial-track-limits-legend = Limits for each run of a program
partial-track-limits-time-label = Time, in milliseconds
partial-track-limits-time-hint = From 1 to 600000. 10000 is 10 seconds, the usual limit.
partial-track-limits-memory-label = Memory, in MB
partial-track-limits-memory-hint = From 1 to 4096. 512 is the usual limit.
partial-track-limits-output-label = Output, in KB
partial-track-limits-output-hint = From 1 to 1048576. 4096 is the usual limit.

## partials/track_questions.html.tera

partial-track-questions-legend = Extra questions on the entry form
partial-track-questions-hint = Every idea form already asks for a title, a summary, the problem, the proposal, the data used, who benefits, the team and a contact. Add questions of your own here; leave the key empty to leave a row out, or empty an existing key to remove its question.
partial-track-questions-question-legend = Question { $number }
partial-track-questions-key-label = Key
partial-track-questions-key-hint = A short name for the answers file: lowercase letters, digits and _, such as ward.
partial-track-questions-label-label = Question
partial-track-questions-label-hint = As entrants will read it, at most 200 characters.
partial-track-questions-kind-label = Kind of answer
partial-track-questions-kind-hint = What entrants give as their answer.
partial-track-questions-help-label = Help
partial-track-questions-help-hint = Optional. Shown under the question.
partial-track-questions-options-label = Choices
partial-track-questions-options-hint = For a choice question only: 2 to 50 choices, one a line.
partial-track-questions-required-label = Entrants must answer it

## partials/track_scoring.html.tera

partial-track-scoring-locked = This track already has entries, so how they are scored cannot change: the metric is <strong>{ $metric }</strong>, the id column is <strong>{ $id_column }</strong> and the target column is <strong>{ $target_column }</strong>. To score differently, add a new track.
partial-track-scoring-metric-label = How entries are scored
partial-track-scoring-metric-hint = Each choice says what the score measures and whether higher or lower is better.
partial-track-scoring-metric-choose = Choose a way to score
partial-track-scoring-id-column-label = Id column
partial-track-scoring-target-column-label = Target column
partial-track-scoring-id-column-hint = The column that names each row, such as Inspection_ID. Entrants' files and the hidden answers both have it.
partial-track-scoring-target-column-hint = The column entrants predict, such as criticalFound. The hidden answers hold its true values.
partial-track-scoring-columns-hint = The choices are the columns of this challenge's datasets.
partial-track-scoring-column-choose = Choose a column
partial-track-scoring-daily-limit-label = Entries a day
partial-track-scoring-daily-limit-hint = How many entries each team may send each day, from 1 to 1000.
partial-track-scoring-final-selections-label = Entries chosen for the final ranking
partial-track-scoring-final-selections-hint = How many of its entries each team may choose to count at the end, from 1 to 10.
enter-idea-form-contact-language = Language of the resident's emails
enter-idea-form-contact-language-hint = The link to confirm the idea, and the results, are written in it.
