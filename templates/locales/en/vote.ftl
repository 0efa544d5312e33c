# People's choice (plaza-core/src/vote.rs, plaza-store/src/votes.rs, the
# public vote page and the organizers' page).

## plaza-core/src/vote.rs
# $votes: how many votes came from one address within an hour.
vote-signal-shared-address = { $votes } votes came from the same internet address within an hour.
vote-signal-new-account = The account was made after the vote opened.
vote-idea-not-eligible = Only ideas that were sent (and confirmed by their resident) can be on the ballot.
vote-too-few-ideas = Choose at least two ideas for the vote.
vote-void-reason-empty = Say why this vote is set aside: it is kept in the challenge's audit.
# $max: the most characters allowed.
vote-void-reason-too-long = The reason can have at most { $max } characters.

## plaza-store/src/votes.rs
vote-already-opened = This track already has a vote. A vote is opened once.
vote-none = This track has no vote.
vote-no-such-vote = There is no such vote on this track.
vote-already-void = This vote is already set aside.

## The public vote page
# $track: the track's title.
vote-title = People's choice: { $track }
vote-heading = People's choice: { $track }
vote-crumb = People's choice
# $closes: when the vote closes.
vote-lead-open = Which idea do you like best? Choose one. You can change your vote until { $closes }. We show the count when the vote closes.
vote-apart = This vote is separate from the judges' scores. It does not change how the judges rank the ideas.
vote-legend = Choose the idea you like best
vote-button = Vote for this idea
vote-change-button = Change my vote
vote-you-voted = You voted. The idea you chose is marked. You can change it until the vote closes.
vote-sign-in = Sign in to vote
vote-notice-voted = Thank you. Your vote is counted.
vote-choose-an-idea = Choose one of the ideas on the list.
vote-closed = The vote is closed. Your vote was not counted.
# $reason: why the organizers set the vote aside.
vote-set-aside = The organizers set your vote aside: { $reason }
vote-too-many = You changed your vote many times in the last hour. Please wait a little.
# $closed: when; $count: votes counted.
vote-lead-closed = The vote closed on { $closed }. { $count ->
    [one] One vote was counted.
   *[other] { $count } votes were counted.
}
vote-count = { $count ->
    [one] 1 vote
   *[other] { $count } votes
}

## The organizers' page
vote-manage-title = People's choice for { $track }
vote-manage-heading = People's choice for “{ $track }”
vote-manage-crumb = People's choice
vote-manage-lead = Let the public vote for the ideas that passed your screening: one vote per account, changeable until the vote closes. Nobody, you included, sees the count before it closes. The result is shown apart from the judges' ranking.
vote-manage-ideas-legend = Ideas on the ballot
vote-manage-ideas-hint = Untick the ideas that did not pass your screening. The ballot cannot change once the vote is open.
vote-manage-closes-label = The vote closes on
# $zone: the challenge's time zone.
vote-manage-closes-hint = Date and time, { $zone }.
vote-manage-open = Open the vote
vote-manage-no-ideas = No idea has been sent and confirmed on this track yet, so there is nothing to vote on.
vote-closes-in-past = Choose a closing time in the future.
vote-manage-unknown-action = Choose open or close.
vote-manage-state = State
vote-manage-open-until = Open until { $closes }
vote-manage-closed-on = Closed on { $closed }
vote-manage-votes = Votes
vote-manage-flagged = Votes with a warning sign
vote-manage-public = The public vote page
vote-manage-ballot-heading = On the ballot
vote-manage-close = Close the vote now
vote-manage-results-heading = Result
vote-manage-votes-heading = Votes and warning signs
vote-manage-votes-hint = Votes with a warning sign come first. A sign is not proof: look before you set a vote aside. Which idea each person chose is not shown.
vote-manage-voted-on = Voted on { $date }
vote-manage-set-aside = Set aside: { $reason }
vote-manage-reason-label = Why set this vote aside (kept in the audit)
vote-manage-void = Set this vote aside
vote-manage-no-votes = Nobody has voted yet.
vote-manage-notice-opened = The vote is open. Share the public vote page.
vote-manage-notice-closed = The vote is closed. The result is public.
vote-manage-notice-void = The vote is set aside and no longer counts. The reason is in the audit.
vote-manage-link = People's choice vote
vote-track-link = Vote for the idea you like best
vote-track-results-link = See the people's choice
# $title: the track; $count: votes; $shown: the same, written out.
vote-attention = { $count ->
    [one] 1 vote in the people's choice of “{ $title }” has a warning sign.
   *[other] { $shown } votes in the people's choice of “{ $title }” have a warning sign.
}
