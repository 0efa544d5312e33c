### Emails: templates/email/.
### Ids ending in -html are the HTML part's form of a sentence (typographic
### quotes, or inline markup when used with t_html); the other ids are used by
### the text part, and by the HTML part when the text is the same.

## email/layout.html.tera

email-layout-stop = Stop these emails

## email/partials/idea_copy.html.tera, email/partials/idea_copy.txt.tera

email-partial-idea-copy-title = Title: { $title }
email-partial-idea-copy-summary = Summary
email-partial-idea-copy-problem = The problem
email-partial-idea-copy-proposal = The proposal
email-partial-idea-copy-datasets = The data it uses
email-partial-idea-copy-beneficiaries = Who benefits

## email/partials/offline.html.tera, email/partials/offline.txt.tera

email-partial-offline-no-computer = No computer?
email-partial-offline-call = Call { $phone }.
email-partial-offline-write = Or write to, or drop off a paper form at: { $address }.

## email/challenge_update/subject.txt.tera, body.txt.tera, body.html.tera

email-challenge-update-subject = { $challenge_title }: { $title }
email-challenge-update-hello = Hello { $name },
email-challenge-update-intro = The organizers of "{ $challenge_title }" posted an update.
email-challenge-update-intro-html = The organizers of “{ $challenge_title }” posted an update.
email-challenge-update-question = They ask: { $question }
email-challenge-update-answer = Answer from 1 to 5, or write to them, on the update's page (no account needed):
email-challenge-update-question-html = They ask: <strong>{ $question }</strong> Answer from 1 to 5, or write to them, on the update's page. No account is needed.
email-challenge-update-button = Read the update and answer

## email/dataset_updated/subject.txt.tera, body.txt.tera, body.html.tera

email-dataset-updated-subject = { $dataset_title } was updated: { $change_note }
email-dataset-updated-hello = Hello { $name },
email-dataset-updated-intro = The organizers of "{ $challenge_title }" put a new file in the dataset "{ $dataset_title }". They say what changed:
email-dataset-updated-intro-html = The organizers of “{ $challenge_title }” put a new file in the dataset “{ $dataset_title }”. They say what changed:
email-dataset-updated-rows = The new file has { $rows } rows. The earlier file can still be downloaded from the data guide, with every change note:
email-dataset-updated-rows-html = The new file has { $rows } rows. The earlier file can still be downloaded from the data guide, with every change note.
email-dataset-updated-button = Open the data guide

## email/deadline_reminder/subject.txt.tera, body.txt.tera, body.html.tera

email-deadline-reminder-subject = { $challenge_title } closes in less than a day
email-deadline-reminder-hello = Hello { $name },
email-deadline-reminder-closes = "{ $challenge_title }" closes on { $closes }. Your team, { $team_name }, has not sent anything yet.
email-deadline-reminder-closes-html = “{ $challenge_title }” closes on <strong>{ $closes }</strong>. Your team, { $team_name }, has not sent anything yet.
email-deadline-reminder-drafts = Your team's drafts are saved but not sent:
email-deadline-reminder-send-draft = Open a draft and send it to enter it.
email-deadline-reminder-take-part = Take part here:
email-deadline-reminder-button = Take part
email-deadline-reminder-only-reminder = This is the only reminder we send for this challenge.

## email/follow_confirm/subject.txt.tera, body.txt.tera, body.html.tera

email-follow-confirm-subject = Confirm: news of { $challenge_title }
email-follow-confirm-hello = Hello,
email-follow-confirm-intro = Someone, probably you, asked to get news of "{ $challenge_title }" at this address: updates on carrying out the winning ideas.
email-follow-confirm-intro-html = Someone, probably you, asked to get news of “{ $challenge_title }” at this address: updates on carrying out the winning ideas.
email-follow-confirm-open-link = To get them, open this link and confirm:
email-follow-confirm-button = Confirm that you want the news
email-follow-confirm-not-you = If it was not you, ignore this email: you will get nothing more.

## email/idea_confirm/subject.txt.tera, body.txt.tera, body.html.tera

email-idea-confirm-subject = Please confirm your idea for "{ $challenge_title }"
email-idea-confirm-hello = Hello { $name },
email-idea-confirm-intro = { $staff_role } typed in the idea you gave them { $channel }, "{ $title }", for "{ $challenge_title }". Please read it and confirm that it is what you meant:
email-idea-confirm-intro-html = { $staff_role } typed in the idea you gave them { $channel }, “{ $title }”, for “{ $challenge_title }”. Please read it and confirm that it is what you meant.
email-idea-confirm-button = Read and confirm
email-idea-confirm-until = Until you confirm, the judges will not see it. If you did not send an idea, you can ignore this email.

## email/idea_received/subject.txt.tera, body.txt.tera, body.html.tera

email-idea-received-subject = We received your idea for "{ $challenge_title }"
email-idea-received-hello = Hello { $name },
email-idea-received-intro = Thank you: your idea for "{ $challenge_title }" ({ $track_title }) has been sent to the organizers. You can change it until { $deadline }:
email-idea-received-intro-html = Thank you: your idea for “{ $challenge_title }” ({ $track_title }) has been sent to the organizers. You can change it until { $deadline }.
email-idea-received-button = See your idea
email-idea-received-copy = Here is a copy of what you sent.

## email/invitation/subject.txt.tera, body.txt.tera, body.html.tera

email-invitation-subject = You are invited to be { $role_article } { $role } of "{ $challenge_title }"
email-invitation-hello = Hello,
email-invitation-intro = { $inviter } invited you to be { $role_article } { $role } of the challenge "{ $challenge_title }" on { $site_name }.
email-invitation-intro-html = { $inviter } invited you to be { $role_article } <strong>{ $role }</strong> of the challenge “{ $challenge_title }” on { $site_name }.
email-invitation-accept = To accept, open this link and sign in with this email address ({ $email }):
email-invitation-valid = The invitation is valid for { $days } days. If you do not want it, ignore this email.
email-invitation-button = Accept the invitation
email-invitation-sign-in-html = Sign in with this email address ({ $email }). The invitation is valid for { $days } days. If the button does not work, copy this address into your browser:
email-invitation-ignore = If you do not want it, ignore this email.

## email/judge_reminder/subject.txt.tera, body.txt.tera, body.html.tera

email-judge-reminder-subject =
    { $left ->
        [one] { $left } idea is
       *[other] { $left } ideas are
    } waiting for your scores in "{ $challenge_title }"
email-judge-reminder-hello = Hello { $name },
email-judge-reminder-progress =
    You have scored { $done } of the { $total } { $total ->
        [one] idea
       *[other] ideas
    } assigned to you in "{ $challenge_title }". { $left ->
        [one] { $left } is
       *[other] { $left } are
    } still waiting for your scores.
email-judge-reminder-progress-html =
    You have scored { $done } of the { $total } { $total ->
        [one] idea
       *[other] ideas
    } assigned to you in “{ $challenge_title }”. { $left ->
        [one] { $left } is
       *[other] { $left } are
    } still waiting for your scores.
email-judge-reminder-queue = Your judging queue:
email-judge-reminder-button = Open your judging queue
email-judge-reminder-thanks = Thank you for judging.

## email/organizer_digest/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-digest-subject = What happened in your challenges { $period }
email-organizer-digest-hello = Hello { $name },
email-organizer-digest-intro = Here is what happened { $period } in the challenges you organize.
email-organizer-digest-open = Open
email-organizer-digest-settings = You get this email once a day, and only when something happened. Choose which events it lists, or get one email each time instead, on your account page: { $settings_link }
email-organizer-digest-settings-html = You get this email once a day, and only when something happened. <a href="{ $settings_link }" style="color:#0b5cad">Choose which events it lists</a>, or get one email each time instead.

## email/organizer_entry_failed/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-entry-failed-subject = Plaza could not score an entry in "{ $challenge_title }"
email-organizer-entry-failed-hello = Hello { $name },
email-organizer-entry-failed-intro = Plaza could not score an entry by { $entrant } in "{ $challenge_title }" ({ $track_title }) because of a problem on Plaza's side, not the entrant's. Plaza tried { $attempts } times. The entry does not count against the entrant's daily limit, and they were asked to send it again later.
email-organizer-entry-failed-intro-html = Plaza could not score an entry by { $entrant } in “{ $challenge_title }” ({ $track_title }) because of a problem on Plaza's side, not the entrant's. Plaza tried { $attempts } times. The entry does not count against the entrant's daily limit, and they were asked to send it again later.
email-organizer-entry-failed-file = File: { $file_name }
email-organizer-entry-failed-file-html = File: <strong>{ $file_name }</strong>
email-organizer-entry-failed-entries-page = The entries page shows what went wrong; you can score the entry again from there once the problem is fixed:
email-organizer-entry-failed-entries-page-html = The entries page shows what went wrong; you can score the entry again from there once the problem is fixed.
email-organizer-entry-failed-button = Open the entries page
email-organizer-entry-failed-settings = You get this email because you organize "{ $challenge_title }". Choose which of these emails you get, or one a day instead, on your account page: { $settings_link }
email-organizer-entry-failed-settings-html = You get this email because you organize “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Choose which of these emails you get</a>, or one a day instead.

## email/organizer_idea_confirmed/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-idea-confirmed-subject = A resident confirmed their idea for "{ $challenge_title }"
email-organizer-idea-confirmed-hello = Hello { $name },
email-organizer-idea-confirmed-intro = { $entrant } confirmed the idea that was entered for them in "{ $challenge_title }" ({ $track_title }). It is now ready for judging.
email-organizer-idea-confirmed-intro-html = { $entrant } confirmed the idea that was entered for them in “{ $challenge_title }” ({ $track_title }). It is now ready for judging.
email-organizer-idea-confirmed-title = Title: { $idea_title }
email-organizer-idea-confirmed-title-html = Title: <strong>{ $idea_title }</strong>
email-organizer-idea-confirmed-see-all = See every idea of the track:
email-organizer-idea-confirmed-button = See the ideas
email-organizer-idea-confirmed-settings = You get this email because you organize "{ $challenge_title }". Choose which of these emails you get, or one a day instead, on your account page: { $settings_link }
email-organizer-idea-confirmed-settings-html = You get this email because you organize “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Choose which of these emails you get</a>, or one a day instead.

## email/organizer_idea_sent/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-idea-sent-subject = A new idea for "{ $challenge_title }"
email-organizer-idea-sent-hello = Hello { $name },
email-organizer-idea-sent-by-staff = { $staff_name } entered an idea for { $entrant } in "{ $challenge_title }" ({ $track_title }), { $channel }.
email-organizer-idea-sent-by-staff-html = { $staff_name } entered an idea for { $entrant } in “{ $challenge_title }” ({ $track_title }), { $channel }.
email-organizer-idea-sent-by-entrant = { $entrant } sent an idea to "{ $challenge_title }" ({ $track_title }).
email-organizer-idea-sent-by-entrant-html = { $entrant } sent an idea to “{ $challenge_title }” ({ $track_title }).
email-organizer-idea-sent-title = Title: { $idea_title }
email-organizer-idea-sent-title-html = Title: <strong>{ $idea_title }</strong>
email-organizer-idea-sent-see-all = See every idea of the track:
email-organizer-idea-sent-button = See the ideas
email-organizer-idea-sent-settings = You get this email because you organize "{ $challenge_title }". Choose which of these emails you get, or one a day instead, on your account page: { $settings_link }
email-organizer-idea-sent-settings-html = You get this email because you organize “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Choose which of these emails you get</a>, or one a day instead.

## email/organizer_judge_recused/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-judge-recused-subject = A judge stepped aside in "{ $challenge_title }"
email-organizer-judge-recused-hello = Hello { $name },
email-organizer-judge-recused-intro = { $judge_name } stepped aside from an idea in "{ $challenge_title }" ({ $track_title }).
email-organizer-judge-recused-intro-html = { $judge_name } stepped aside from an idea in “{ $challenge_title }” ({ $track_title }).
email-organizer-judge-recused-idea = Idea: { $idea_title }
email-organizer-judge-recused-idea-html = Idea: <strong>{ $idea_title }</strong>
email-organizer-judge-recused-reason = Reason: { $reason }
email-organizer-judge-recused-replaced = Plaza gave the idea to another judge.
email-organizer-judge-recused-not-replaced = No other judge was free, so the idea is short of a review. You can add a judge on the judging page.
email-organizer-judge-recused-button = Open the judging page
email-organizer-judge-recused-settings = You get this email because you organize "{ $challenge_title }". Choose which of these emails you get, or one a day instead, on your account page: { $settings_link }
email-organizer-judge-recused-settings-html = You get this email because you organize “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Choose which of these emails you get</a>, or one a day instead.

## email/organizer_judging_complete/subject.txt.tera, body.txt.tera, body.html.tera

email-organizer-judging-complete-subject = Judging is complete for "{ $challenge_title }"
email-organizer-judging-complete-hello = Hello { $name },
email-organizer-judging-complete-intro =
    Every judge has scored every idea given to them in "{ $challenge_title }" ({ $track_title }): { $reviews } { $reviews ->
        [one] review
       *[other] reviews
    } in all.
email-organizer-judging-complete-intro-html =
    Every judge has scored every idea given to them in “{ $challenge_title }” ({ $track_title }): { $reviews } { $reviews ->
        [one] review
       *[other] reviews
    } in all.
email-organizer-judging-complete-next = You can now read the scores and feedback, close judging and pick the winners:
email-organizer-judging-complete-next-html = You can now read the scores and feedback, close judging and pick the winners.
email-organizer-judging-complete-button = Open the judging page
email-organizer-judging-complete-settings = You get this email because you organize "{ $challenge_title }". Choose which of these emails you get, or one a day instead, on your account page: { $settings_link }
email-organizer-judging-complete-settings-html = You get this email because you organize “{ $challenge_title }”. <a href="{ $settings_link }" style="color:#0b5cad">Choose which of these emails you get</a>, or one a day instead.

## email/results_entrant/subject.txt.tera, body.txt.tera, body.html.tera

email-results-entrant-subject = Results of "{ $challenge_title }" and the judges' feedback on your idea
email-results-entrant-hello = Hello { $name },
email-results-entrant-published = The organizers of "{ $challenge_title }" have published the results.
email-results-entrant-published-html = The organizers of “{ $challenge_title }” have published the results.
email-results-entrant-chosen = Your idea "{ $title }" was chosen: { $place }.
email-results-entrant-chosen-html = Your idea “{ $title }” was chosen: <strong>{ $place }</strong>.
email-results-entrant-not-chosen = Your idea "{ $title }" was not among the winners this time. Thank you for taking part.
email-results-entrant-not-chosen-html = Your idea “{ $title }” was not among the winners this time. Thank you for taking part.
email-results-entrant-feedback = What the judges wrote about your idea:
email-results-entrant-no-feedback = There is no written feedback from the judges to share.
email-results-entrant-see-winners = See the winners:
email-results-entrant-button = See the winners

## email/results_follower/subject.txt.tera, body.txt.tera, body.html.tera

email-results-follower-subject = The winners of "{ $challenge_title }"
email-results-follower-hello = Hello { $name },
email-results-follower-published = The organizers of "{ $challenge_title }" have published the results.
email-results-follower-published-html = The organizers of “{ $challenge_title }” have published the results.
email-results-follower-no-winners = The organizers chose no winners.
email-results-follower-see-winners = See the winners and what happens next:
email-results-follower-button = See the winners

## email/sign_in/subject.txt.tera, body.txt.tera, body.html.tera

email-sign-in-subject = Your sign-in link for { $site_name }
email-sign-in-hello = Hello,
email-sign-in-intro = Someone (we hope you) asked to sign in to { $site_name } with this email address.
email-sign-in-open-link = Open this link to sign in:
email-sign-in-button = Sign in to { $site_name }
email-sign-in-code = Or type this code on the page where you asked to sign in:
email-sign-in-expiry = The link and the code work once, for { $minutes } minutes. If you open the link on another phone or computer than the one where you asked, that page will ask for a code shown where you asked.
email-sign-in-copy-link = If the button does not work, copy this address into your browser:
email-sign-in-not-you = If you did not ask for it, you can ignore this email: nobody can sign in without the link or the code.

## email/submission_scored/subject.txt.tera, body.txt.tera, body.html.tera

email-submission-scored-subject-scored = Your entry to "{ $challenge_title }" was scored
email-submission-scored-subject-not-scored = Your entry to "{ $challenge_title }" could not be scored
email-submission-scored-hello = Hello,
email-submission-scored-result = Your entry { $file_name } to "{ $track_title }" in the challenge "{ $challenge_title }" has a result: { $verdict_label }.
email-submission-scored-result-html = Your entry <strong>{ $file_name }</strong> to “{ $track_title }” in the challenge “{ $challenge_title }” has a result: <strong>{ $verdict_label }</strong>.
email-submission-scored-public-score = Public score ({ $metric }): { $public_score }
email-submission-scored-public-score-html = Public score ({ $metric }): <strong>{ $public_score }</strong>
email-submission-scored-see-details = See the details, and your entries left for today:
email-submission-scored-button = See the details

## email/team_invitation/subject.txt.tera, body.txt.tera, body.html.tera

email-team-invitation-subject = You are invited to join a team in "{ $challenge_title }" on { $site_name }
email-team-invitation-hello = Hello,
email-team-invitation-intro = { $inviter } invites you to join the team "{ $team_name }" in the challenge "{ $challenge_title }" on { $site_name }.
email-team-invitation-intro-html = { $inviter } invites you to join the team “{ $team_name }” in the challenge “{ $challenge_title }” on { $site_name }.
email-team-invitation-open-link = To join, open this link and sign in:
email-team-invitation-button = Join the team
email-team-invitation-copy-link = If the button does not work, copy this address into your browser:
email-team-invitation-not-join = If you do not want to join, ignore this email.
