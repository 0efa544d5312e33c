# Plaza's own words that are not on one page: the language's name, and
# what Rust code writes (labels, dates, notices). Pages and emails have
# their own files, named after their area.

## The language switch shows each language in its own words.
language-name = English

## Used by the tests of the message machinery only.
test-greeting = Hello, { $name }
test-strong = <strong>{ $name }</strong> is here
test-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}

## Every email: the footer, and the last line of mail a person can turn off.
email-footer = You receive this email because this address was given on { $site_name }.
email-stop-line = To stop these emails, open { $url }
# The name in "Hello ..." for someone who follows a challenge by email alone.
email-name-of-a-follower = there

## Dates and times (plaza-core's timeline). A moment: "28 February 2027 at 17:59 Chicago time".
date = { $day } { $month } { $year }
moment = { $date } at { $time } { $zone }
moment-time-only = { $time } { $zone }
zone-time = { $place } time
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
in-days = { $count ->
    [one] in 1 day
   *[other] in { $count } days
}
in-hours = { $count ->
    [one] in 1 hour
   *[other] in { $count } hours
}
in-minutes = { $count ->
    [one] in 1 minute
   *[other] in { $count } minutes
}

## Where a challenge stands.
challenge-status-upcoming = Opening soon
challenge-status-open = Open
challenge-status-closed = Closed
challenge-status-results_published = Results published
timeline-opens = Opens { $when }, on { $moment }.
timeline-closes = Closes { $when }, on { $moment }.
timeline-closed = Closed on { $moment }. Results are not published yet.
timeline-results = Closed on { $moment }. Results are published.

## Page titles (the browser tab and the page heading's context).
title-carrying-out-the-winning-ideas = Carrying out the winning ideas: { $name }
title-challenges-you-manage = Challenges you manage
title-check-your-email = Check your email
title-civic-data-challenges = Civic data challenges
title-confirm-your-idea = Confirm your idea – { $name }
title-conflicts-of-interest = { $name }'s conflicts of interest
title-create-a-challenge = Create a challenge
title-create-your-account = Create your account
title-data-guide = { $name } – data guide
title-datasets-of = Datasets of { $name }
title-describe = Describe { $name }
title-details-of = Details of { $name }
title-entries = Entries – { $name }
title-entry = Entry { $name }
title-ideas = Ideas – { $name }
title-import-a-challenge-bundle = Import a challenge bundle
title-join = Join { $name }
title-judging = Judging – { $name }
title-leaderboard = Leaderboard – { $name }
title-paper-form = Paper form: { $name }
title-people = People – { $name }
title-poster = Poster: { $name }
title-poster-and-ways-in = Poster and ways in: { $name }
title-project = Project: { $name }
title-publish-the-results = Publish the results – { $name }
title-review-and-publish = Review and publish – { $name }
title-reviews = Reviews – { $name }
title-sign-in = Sign in
title-sign-in-on-this-device = Sign in on this device?
title-site-administration = Site administration
title-stop-emails = Stop emails
title-terms-of-use = Terms of use
title-track = Track: { $name }
title-tracks-of = Tracks of { $name }
title-updates-and-answers = Updates and answers: { $name }
title-what-happened-next = What happened next: { $name }
title-winners = Winners – { $name }
title-your-account = Your account
title-your-conflicts-of-interest = Your conflicts of interest – { $name }
title-your-invitation = Your invitation
title-your-team = Your team – { $name }

## Labels and explanations of plaza-core's kinds (verdicts, statuses, track kinds, metrics).
verdict-ok-label = Scored
verdict-invalid_output-label = Invalid predictions
verdict-time_limit-label = Too slow
verdict-memory_limit-label = Used too much memory
verdict-output_limit-label = Printed too much
verdict-runtime_error-label = Crashed
verdict-compile_error-label = Not a program Plaza can run
verdict-ok-explanation = Your entry was scored.
verdict-invalid_output-explanation = Your predictions could not be scored: the file must have a header with the id and target columns and exactly one valid prediction for every id. The first problems are listed below.
verdict-time_limit-explanation = Your program did not finish within the time limit of this track. Make it faster, or check that it does not wait for input that never comes.
verdict-memory_limit-explanation = Your program asked for more memory than this track allows. Load less data at once, or use smaller data structures.
verdict-output_limit-explanation = Your program printed more than this track allows. Print only the predictions CSV to standard output, and keep debugging messages short.
verdict-runtime_error-explanation = Your program stopped with an error (it crashed or exited with a non-zero status). Try it on the public data first.
verdict-compile_error-explanation = The file is not a WebAssembly module that uses WASI preview 1 (with a _start function). Build it with, for example, `cargo build --target wasm32-wasip1` or `clang --target=wasm32-wasi`.
entry-status-queued-label = Waiting to be scored
entry-status-running-label = Being scored
entry-status-scored-label = Scored
entry-status-failed-label = Could not be scored
entry-status-cancelled-label = Cancelled
idea-status-draft-label = Draft (not sent yet)
idea-status-submitted-label = Sent
idea-status-withdrawn-label = Withdrawn
track-kind-predictions-label = Predictions
track-kind-code-label = Program
track-kind-ideas-label = Ideas
track-kind-predictions-explanation = Upload a CSV file with your prediction for every row; Plaza scores it against answers it keeps hidden.
track-kind-code-explanation = Upload a WebAssembly program; Plaza runs it on hidden data in a locked-down sandbox and scores what it prints.
track-kind-ideas-explanation = Describe your idea in plain words; a panel of judges reads every entry and scores it with the rubric below.
metric-accuracy-label = Accuracy
metric-accuracy-explanation = The share of rows you label correctly; higher is better, 1 is perfect.
metric-balanced_accuracy-label = Balanced accuracy
metric-balanced_accuracy-explanation = The share of rows you label correctly, averaged so that rare and common outcomes count equally; higher is better, 1 is perfect.
metric-f1-label = F1 score
metric-f1-explanation = How well you find the 'yes' cases, balancing the ones you catch against the false alarms; higher is better, 1 is perfect.
metric-f1_macro-label = Macro-averaged F1 score
metric-f1_macro-explanation = The F1 score worked out for each possible answer and then averaged, so every answer counts equally; higher is better, 1 is perfect.
metric-precision-label = Precision
metric-precision-explanation = Of the rows you call 'yes', the share that really are; higher is better, 1 is perfect.
metric-recall-label = Recall
metric-recall-explanation = Of the rows that really are 'yes', the share you catch; higher is better, 1 is perfect.
metric-roc_auc-label = ROC AUC
metric-roc_auc-explanation = How often you give a real 'yes' a higher probability than a real 'no'; higher is better, 1 is perfect and 0.5 is guessing.
metric-log_loss-label = Log loss
metric-log_loss-explanation = How close your probabilities are to what happened, punishing confident mistakes hard; lower is better, 0 is perfect.
metric-rmse-label = Root mean squared error (RMSE)
metric-rmse-explanation = The typical size of your errors, in the units of the answer, with big misses counting extra; lower is better, 0 is perfect.
metric-mae-label = Mean absolute error (MAE)
metric-mae-explanation = The average size of your errors, in the units of the answer; lower is better, 0 is perfect.
metric-r2-label = R² (coefficient of determination)
metric-r2-explanation = How much of the variation in the answer your predictions explain; higher is better, 1 is perfect and 0 is no better than the average.
metric-rmsle-label = Root mean squared log error (RMSLE)
metric-rmsle-explanation = The typical size of your errors measured as ratios, so being 10% off counts the same for small and large values; lower is better, 0 is perfect.

## Error pages: titles, and what is said when nothing more precise is known.
error-not-found = We could not find that page. It may have moved, or the address may have a typo.
error-sign-in-required = Please sign in to continue.
error-csrf = This form has expired or was sent from another site, so we did not act on it. Go back, reload the page, and try again. If it keeps happening, make sure your browser accepts cookies from this site.
error-forbidden = You do not have access to this page.
error-internal = Something went wrong on our side. Please try again in a minute; if it keeps happening, tell the challenge organizers.
error-title-not-found = Page not found
error-title-did-not-work = That did not work
error-title-sign-in = Please sign in
error-title-no-access = No access
error-title-went-wrong = Something went wrong
error-title-form-expired = This form has expired
error-title-wait = Please wait a moment
error-title-too-large = That file is too large
entry-status-disqualified-label = Disqualified
title-idea-judging = { $name } – judging
