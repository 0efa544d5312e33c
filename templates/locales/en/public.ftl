# The site's frame (header, footer, language switch), the error page, and the
# public pages anyone can read: the list of challenges, a challenge, its
# tracks, data guides, leaderboards, winners, what happened next, the news by
# email, the poster, the paper form and the terms of use.
# (pages/message.html.tera and partials/card.html.tera write no text of their own.)

## base.html.tera
base-skip-link = Skip to main content
base-nav-label = Main
base-nav-challenges = Challenges
base-nav-manage = Manage
base-nav-admin = Admin
base-nav-account-hint = (your account)
base-sign-out = Sign out
base-nav-your-account = Your account
base-sign-in = Sign in
base-footer = { $site_name } hosts challenges on open civic data. Every dataset here is published with its licence and source.
base-language = Language

## error/error.html.tera
error-status = Error { $status }.
error-home-link = Go to the list of challenges

## pages/public/home.html.tera
public-home-heading = Civic data challenges
public-home-lead = Cities and community groups publish open data and ask for help. Pick a challenge, read the brief, download the data, and send in a prediction, a program or an idea.
public-home-open-heading = Open now
public-home-none-open = No challenge is open right now.
public-home-see-upcoming = See the ones opening soon below.
public-home-upcoming-heading = Opening soon
public-home-past-heading = Past challenges

## pages/public/challenge.html.tera
public-challenge-breadcrumb = Breadcrumb
public-challenge-breadcrumb-home = Challenges
public-challenge-just-published = The challenge is published: everyone can see it now.
public-challenge-draft = This challenge is a draft: only its organizers see it. <a href="{ $url }">Review and publish it</a>.
public-challenge-hosted-by = Hosted by
public-challenge-questions = Questions?
public-challenge-status = Status
public-challenge-enter = Enter this challenge, or see your team
public-challenge-choose-how = Choose how to take part
public-challenge-sign-in-to-take-part = Sign in to take part
public-challenge-see-winners = See the winners and final results
public-challenge-next-heading = What happened next
public-challenge-progress-link = See how the winning ideas are carried out, read the updates and tell us what you think
public-challenge-judging-queue = Your judging queue
public-challenge-people-link = Organizers and judges of this challenge
public-challenge-toc = On this page
public-challenge-brief-heading = The brief
public-challenge-timeline-heading = Timeline
public-challenge-tracks-heading = How to take part
public-challenge-toc-offline = Without a computer
public-challenge-data-heading = The data
public-challenge-opens = Opens:
public-challenge-closes = Closes:
public-challenge-send-entry = Send an entry
public-challenge-sample-file = Sample file
public-challenge-leaderboard = Leaderboard
public-challenge-all-entries = All entries (organizers)
# $metric: the name of the track's scoring method, such as "Mean absolute error".
public-challenge-scoring = Scoring: { $metric }.
# $time_zone: the challenge's time zone in words, such as "Toronto time".
public-challenge-daily-limit =
    You can have up to { $limit } { $limit ->
        [one] entry
       *[other] entries
    } scored per day (days run midnight to midnight, { $time_zone }).
# $time: a duration in words, such as "10 seconds".
public-challenge-code-limits = Each run of your program may use up to { $time }, { $memory_mb } MB of memory and print up to { $output_kb } KB.
public-challenge-send-idea = Send an idea
public-challenge-write-idea = Write an idea
public-challenge-about-track = About this track
public-challenge-sign-in-to-send-idea = Sign in to send an idea
public-challenge-all-ideas = All ideas (organizers)
public-challenge-judging = Judging (organizers)
public-challenge-judges-per-idea =
    Each idea is read and scored by { $judges } { $judges ->
        [one] judge
       *[other] judges
    }, who do not see who wrote it.
public-challenge-rubric-heading = How ideas are judged
public-challenge-rubric-label = Judging criteria of { $track }
public-challenge-rubric-caption = Judging criteria. A higher weight counts for more.
public-challenge-rubric-criterion = Criterion
public-challenge-rubric-weight = Weight
public-challenge-rubric-description = What judges look for
public-challenge-rubric-levels = Scores from 1 to 5
public-challenge-offline-heading = No computer? You can still take part
# Followed by a phone number.
public-challenge-offline-call = Call
public-challenge-offline-call-help = Staff write down your idea for you and read it back.
# Followed by an address.
public-challenge-offline-drop-off = Drop off a paper form at
# Followed by an address.
public-challenge-offline-partner = Get help at
public-challenge-poster = <a href="{ $url }">Print a poster about this challenge</a> to put up at a library, a community centre or a shop window.
public-challenge-poster-organizers = Organizers: <a href="{ $url }">set the phone line, drop-off address and paper size</a>.
# $rows: a number already written with its separators, such as "2,192".
public-challenge-data-rows = { $rows } rows
public-challenge-data-columns = { $columns } columns
public-challenge-data-guide = Read the data guide
# $size: such as "1.4 MB".
public-challenge-data-download = Download { $file } ({ $size })

## pages/public/dataset.html.tera
public-dataset-breadcrumb = Breadcrumb
public-dataset-breadcrumb-home = Challenges
public-dataset-lead = Data guide for <a href="{ $url }">{ $title }</a>.
public-dataset-download = Download { $file } ({ $size })
public-dataset-file = File
public-dataset-file-value = { $file }, a CSV file (comma-separated values) that opens in any spreadsheet program
public-dataset-size = Size
# $rows: a number already written with its separators, such as "2,192".
public-dataset-size-value = { $size }: { $rows } rows and { $columns } columns
public-dataset-licence = Licence
public-dataset-licence-missing = Not stated yet: ask the organizers before you reuse the data.
public-dataset-source = Source
public-dataset-source-missing = Not stated yet.
public-dataset-hash-hint = A fingerprint of the file, to check that your download is complete and unchanged.
public-dataset-caveats-heading = Before you use it
public-dataset-columns-heading = What each column means
public-dataset-column = Column
public-dataset-column-type = Type
public-dataset-column-meaning = Meaning
# Followed by a list of column names.
public-dataset-undescribed = The organizers did not describe these other columns of the file:
public-dataset-preview-heading = The first rows
public-dataset-versions-heading = Versions
public-dataset-versions-intro = The organizers replaced this file. The earlier files are still here, so work done with them can be checked.
public-dataset-version = Version
public-dataset-version-replaced = Replaced on
public-dataset-version-change = What changed after it
public-dataset-version-download = Download
public-dataset-version-link = { $file }, version { $version }
public-dataset-version-size = ({ $size }, { $rows } rows)

## pages/public/follow_email.html.tera
public-follow-email-sent = We sent an email to <strong>{ $email }</strong>.
public-follow-email-check = Open it and confirm, and you will get the news of “{ $title }”: updates on carrying out the winning ideas. If the email does not arrive in a few minutes, look in your spam folder.
public-follow-email-back = Back to what happened next
public-follow-email-label = Your email address
public-follow-email-send = Send me the news
public-follow-email-confirm = Do you want the news of “{ $title }” at <strong>{ $email }</strong>? You can stop at any time from any of the emails.
public-follow-email-confirm-button = Yes, send me the news
public-follow-email-confirmed = Done. You will get the news of “{ $title }” by email.
public-follow-email-see-next = See what happened next
public-follow-email-stop = Stop getting the news of this challenge by email?
public-follow-email-stop-button = Stop the news
public-follow-email-stopped = Done. { $email } will get no more news of this challenge.
public-follow-email-all-challenges = See all challenges
public-follow-email-invalid = The link may be incomplete, or it was replaced by a newer one. You can ask for the news again on the challenge's page.

## pages/public/leaderboard.html.tera
public-leaderboard-breadcrumb = Breadcrumb
public-leaderboard-breadcrumb-home = Challenges
public-leaderboard-breadcrumb-current = Leaderboard
public-leaderboard-heading = Leaderboard: { $track }
public-leaderboard-yours = Your team, { $team }, is ranked { $rank } of { $teams } with { $score }. <a href="{ $url }">See your team's row</a>
public-leaderboard-search-label = Find a team
public-leaderboard-search-button = Search
public-leaderboard-search-result =
    { $teams ->
        [one] 1 team matches
       *[other] { $teams } teams match
    } “{ $search }”. <a href="{ $url }">Show every team</a>
public-leaderboard-page = { $teams } teams. Page { $page } of { $pages }.
public-leaderboard-table-label = Leaderboard
# $board: "public" for the public leaderboard, else the final ranking; $metric: the scoring method.
public-leaderboard-caption =
    { $board ->
        [public] Public leaderboard
       *[other] Final ranking
    }, { $metric }
public-leaderboard-rank = Rank
public-leaderboard-team = Team
public-leaderboard-score = Score
public-leaderboard-entries = Entries
public-leaderboard-last-entry = Last entry
public-leaderboard-your-team = (your team)
public-leaderboard-pages-label = Leaderboard pages
public-leaderboard-previous = Previous 100 teams
public-leaderboard-next = Next 100 teams
# Followed by links named CSV and JSON.
public-leaderboard-download = Download this leaderboard (every team):
public-leaderboard-no-match = No team on this leaderboard has “{ $search }” in its name.
public-leaderboard-empty = No entry has been scored yet.

## pages/public/paper_form.html.tera
public-paper-form-skip-link = Skip to the form
public-paper-form-tools-label = Paper form
public-paper-form-back = Back to { $track }
public-paper-form-print-hint = Print this form for residents who would rather write by hand. Staff type each returned form into Plaza and read it back to the resident. Use your browser's Print command.
# Followed by the challenge's title.
public-paper-form-kicker = Your idea for
# The word “optional” must be the one of public-paper-form-optional.
public-paper-form-intro = <strong>Send it by { $closes }.</strong> Write clearly, in your own words. You do not need to answer every question marked “optional”.
public-paper-form-return-heading = How to send this form
# Followed by an address.
public-paper-form-return-drop-off = Drop it off or post it to:
# Followed by a phone number.
public-paper-form-return-phone = Or read it out on the phone:
# Followed by an address.
public-paper-form-return-partner = Get help filling it in at:
public-paper-form-return-online = Or enter it online at <strong>{ $link }</strong>.
public-paper-form-you-heading = About you
public-paper-form-name = Your name
public-paper-form-contact = How we can reach you: a phone number, an email address or a postal address
public-paper-form-contact-hint = We use it only to confirm your idea with you and to tell you the results.
public-paper-form-neighbourhood = Your neighbourhood (optional)
public-paper-form-idea-heading = Your idea
public-paper-form-optional = (optional)
public-paper-form-datasets = Which of the challenge's data does your idea use? (optional)
public-paper-form-datasets-hint = Tick any that apply.
# The quoted words are the names of a link and a choice on the organizers' pages.
public-paper-form-staff-hint = For staff: enter this form with “Enter an idea for a resident” on the track's list of ideas, choose “on a paper form”, and attach a scan of it.

## pages/public/poster.html.tera
public-poster-skip-link = Skip to the poster
public-poster-tools-label = Poster
public-poster-back = Back to { $title }
# $paper and $other_paper: paper sizes, such as "US Letter (8.5 x 11 in)".
public-poster-print-hint = This is a poster to print and put up where people will see it: a library, a community centre, a bus shelter. Use your browser's Print command; it prints on one { $paper } page. <a href="{ $url }">Print on { $other_paper } instead</a>.
public-poster-organizers = Organizers: <a href="{ $url }">change the phone line, drop-off address and paper</a>.
public-poster-no-offline = The poster has no way to take part without a computer yet.
# Followed by the challenge's title.
public-poster-results-kicker = The results of
public-poster-dates = Open from <strong>{ $opens }</strong> until <strong>{ $closes }</strong>.
public-poster-closed = Entries closed on { $closes }. The results will be announced soon.
public-poster-online-results = See what happens next and tell us what you think
public-poster-online-take-part = Take part online
public-poster-online-follow = Follow the results
public-poster-scan = Scan the code with your phone's camera, or type this address:
public-poster-projects-heading = Where the winning ideas stand
public-poster-winners-heading = Chosen ideas
public-poster-offline-heading = No computer? You can still take part
# Followed by a phone number.
public-poster-offline-call = Call
public-poster-offline-call-help = Staff write down your idea for you.
# Followed by an address.
public-poster-offline-drop-off = Drop off a paper form at
# Followed by an address.
public-poster-offline-partner = Get help at
# Followed by how to reach the organizers.
public-poster-questions = Questions?

## pages/public/progress.html.tera
public-progress-feed-title = Updates on { $title }
public-progress-breadcrumb = Breadcrumb
public-progress-breadcrumb-home = Challenges
public-progress-heading = What happened next
public-progress-not-published = Only organizers see this page until the results are published.
public-progress-prepare-projects = <a href="{ $url }">Prepare the projects</a>.
public-progress-lead = How the city is carrying out the ideas residents chose in “{ $title }”, and what people say about it. Tell us what you think: no account is needed.
public-progress-see-winners = See the winners and final results
public-progress-organizers = Organizers: <a href="{ $projects_url }">change the projects</a> · <a href="{ $updates_url }">post an update and read the answers</a>
public-progress-projects-heading = Where each winning idea stands
public-progress-owner = Carried out by { $owner }.
public-progress-done-label = { $title }: { $progress }% done
public-progress-parts = Its parts
public-progress-milestones = Steps
public-progress-milestone-done = done on { $date }
public-progress-milestone-due = planned for { $date }
public-progress-answer-sent = Thank you: the organizers will read your answer.
public-progress-answer-problem = Your answer was not sent:
public-progress-answer-text = Anything to add? (optional)
public-progress-answer-send = Send my answer<span class="visually-hidden"> about { $title }</span>
public-progress-replied = The organizers replied
public-progress-rating = An answer of { $rating } out of 5
public-progress-no-projects = The organizers have not started tracking the winning ideas here yet.
public-progress-updates-heading = Updates
public-progress-feed-link = Follow the updates in a news reader (Atom feed)
public-progress-update-about = about { $project }
public-progress-no-updates = No update yet.
public-progress-news-heading = Get the news by email
public-progress-news-intro = Get each update by email, without an account. We send a link to confirm first, and every email has a link to stop.
public-progress-news-email = Your email address
public-progress-news-send = Send me the news
public-progress-tell-us-heading = Tell us
public-progress-tell-us-intro = Anything to say about the winning ideas or how they are carried out? Write to the organizers here at any time.
public-progress-message-sent = Thank you: the organizers will read your message.
public-progress-message-problem = Your message was not sent:
public-progress-message-text = Your message
public-progress-message-send = Send my message

## pages/public/terms.html.tera
public-terms-heading = Terms of use
public-terms-intro = { $site_name } hosts challenges on open data published by cities, agencies and community groups. By creating an account you agree to the following.
public-terms-account-heading = Your account
public-terms-account-one = One account per person. Keep your sign-in links and API tokens to yourself.
public-terms-account-name = The name you choose is shown to organizers and, unless your team uses another name, on leaderboards. Your email address is never shown to other entrants or to judges.
public-terms-account-settings = You can change your email preferences, revoke API tokens or sign out everywhere from your account page.
public-terms-taking-part-heading = Taking part
public-terms-taking-part-rules = Each challenge has its own brief, timeline and limits; follow them. Organizers may disqualify entries that break a challenge's rules, and say why.
public-terms-taking-part-fair = Do not try to obtain a challenge's hidden answers, or to get around the sandbox that runs programs, or to overload the site.
public-terms-taking-part-licence = Use each dataset according to the licence shown in its data guide.
public-terms-taking-part-yours = What you send in stays yours. You allow the organizers to review it, score it, and publish results and winning entries as the challenge brief describes.
public-terms-data-heading = Your data
public-terms-data-kept = We keep your email address, your name, your teams, your entries and a record of judging decisions, to run the challenges you enter.
public-terms-data-email = We send you email only to sign you in, about invitations you receive, and the news and results you choose to receive.

## pages/public/track.html.tera
public-track-breadcrumb = Breadcrumb
public-track-breadcrumb-home = Challenges
public-track-scoring = Scoring: { $metric }.
public-track-see-leaderboard = See the leaderboard
public-track-start-heading = Where to start
public-track-start-predict-from = The rows to predict are in <a href="{ $guide_url }">{ $title }</a>: <a href="{ $download_url }" download>download { $file }</a>.
public-track-start-sample = <a href="{ $url }" download>Start from the sample file</a>. It has the right columns and one row for every id to predict, each with the same guess. Change the guesses, keep the rest, save it as CSV and send it below.
public-track-send-heading = Send an entry
# After a sentence about the challenge's dates.
public-track-closed = Entries are accepted only while the challenge is open.
public-track-sign-in = Sign in to send an entry
public-track-quota = Your team has <strong>{ $left } of { $limit }</strong> entries left today.
# $next: a date and time.
public-track-quota-next = Your team has <strong>{ $left } of { $limit }</strong> entries left today; new ones become available from { $next }.
public-track-quota-refused = A file that cannot be read as predictions (a wrong header, missing or unknown ids) does not use one of them: fix it and send it again, up to { $refused_left } more such files today. An entry Plaza itself fails to score, through a fault on our side, never counts.
public-track-quota-code = Every program Plaza runs counts, even one that fails its checks; an entry Plaza itself fails to score, through a fault on our side, does not.
public-track-file-code = Your program (a .wasm file)
public-track-file-predictions = Your predictions (a .csv file)
public-track-file-code-hint = A WebAssembly module built for WASI preview 1, up to 100 MB.
# The menu names are those of Excel.
public-track-file-predictions-hint = A CSV file with a header row and one prediction for every id, up to 100 MB. From Excel or another spreadsheet, save it as CSV first (File > Save As > CSV).
public-track-send-button = Send for scoring
public-track-entries-heading = Your team's entries
public-track-entries-final = Final?
public-track-entries-entry = Entry
public-track-entries-sent = Sent
public-track-entries-status = Status
public-track-entries-public-score = Public score
public-track-entries-select = Use entry { $id } for the final ranking
public-track-entries-disqualified = (disqualified)
public-track-entries-hint =
    Tick at most { $final_selections } { $final_selections ->
        [one] entry
       *[other] entries
    } to count for the final ranking: each is scored on the private part of the answers, and your best of them counts. If you tick none, your best public entry counts.
public-track-entries-save = Save final choice

## pages/public/winners.html.tera
public-winners-breadcrumb = Breadcrumb
public-winners-breadcrumb-home = Challenges
public-winners-breadcrumb-current = Winners
public-winners-heading = Winners of “{ $title }”
public-winners-published = Published { $date }.
public-winners-reason = Why the organizers chose it:
public-winners-none = The organizers chose no winner on this track.
public-winners-boards-heading = Final leaderboards
public-winners-not-published = The organizers have not published the results yet.
public-winners-follow-heading = Hear what happens next
public-winners-sign-in = <a href="{ $url }">Sign in</a> to follow this challenge: we will email you when the winners are announced.
public-winners-following = You follow this challenge: we email you when the winners are announced.
public-winners-unfollow = Stop following
public-winners-follow = Follow this challenge
