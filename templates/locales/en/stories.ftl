# Data stories (plaza-core/src/story.rs, plaza-store/src/stories.rs, the
# data guide, the story form and the moderation page).

## plaza-core/src/story.rs
story-status-waiting = Waiting to be read
story-status-published = Published
story-status-declined = Not published
story-title-empty = Give your story a title.
story-body-empty = Write your story.
# $max: the most characters allowed; $count: how many were sent.
story-too-long = This can have at most { $max } characters; it has { $count }. Make it shorter.
story-date-unreadable = Write the date as year-month-day, like 2024-06-30.
# $rows: how many rows the file has.
story-rows-unreadable = Write row numbers from 1 to { $rows }, with commas, like 12, 40-45.
story-dates-backwards = The end date comes before the start date.
story-picture-alt = Say in a few words what the picture shows, for people who cannot see it.
story-note-empty = Say what you changed: readers see this note with the story.
story-reason-empty = Say why the story is not published: its author will read it.
story-no-such-story = There is no such story in this challenge.

## The data guide and the story form
story-heading = Stories behind the data
story-intro = People who live here know why the numbers look the way they do. Read their stories, or tell yours. We read each story before we show it.
story-none = No stories have been published yet.
# $name: the author; $organization: who they write for.
story-by-for = { $name }, for { $organization }
# $from and $to: dates.
story-dates = { $from } to { $to }
# $rows: row numbers.
story-rows = rows { $rows }
# $note: what the moderators changed.
story-edited = We fixed a small mistake: { $note }
# $link: the story's address.
story-cite = To use this story in an idea, copy its link: { $link }
story-yours-heading = Your stories
story-declined-because = Not published: { $reason }
story-tell = Tell a story about this data
story-documentation = Download this guide with its corrections and stories (Markdown)
story-sent = Thank you. We will read your story before we publish it here.
story-form-title = Tell a story about { $name }
story-form-heading = Tell a story about “{ $name }”
story-form-lead = What is behind the numbers? For example, why a street has so many trees, or why a sensor reads zero on Sundays. We read each story before we publish it.
story-problems-heading = { $count ->
    [one] There is a problem with your story
   *[other] There are { $count } problems with your story
}
story-title-label = Title
story-body-label = Your story
story-body-hint = Write it in your own words. Do not write other people's names or private details.
story-place-label = Where is it? (optional)
story-dates-legend = When? (optional)
story-date-from = From
story-date-to = To
story-rows-label = Which rows of the file? (optional)
# $rows: how many rows the file has, written out.
story-rows-hint = Row numbers, like 12, 40-45. The file has { $rows } rows.
story-organization-label = Do you write for a group or an organization? Its name (optional)
story-picture-label = A picture (optional)
story-picture-hint = JPEG, PNG, GIF or WebP, up to { $mb } MB. We remove the place and camera details from it.
story-picture-alt-label = What the picture shows (needed with a picture)
story-send = Send my story
story-sign-in = Sign in to tell a story
# $count: stories allowed in an hour.
story-too-many = You sent { $count } stories in the last hour. Please wait a little before you send another.

## Moderation (organizers and partner organizations)
story-manage-title = Stories about the data of { $name }
story-manage-link = Stories about the data
story-manage-lead = Residents and local groups tell what is behind the numbers. Publish a story, fix a small mistake (readers see your note), or decline it with a reason its author reads.
story-manage-waiting = { $count ->
    [0] No story is waiting.
    [one] 1 story is waiting.
   *[other] { $count } stories are waiting.
}
story-manage-go-to = Go to the story
story-manage-picture = See the picture
story-manage-publish = Publish
story-manage-edit-summary = Fix a small mistake and publish
story-manage-note-label = What you changed (shown with the story)
story-manage-edit = Save and publish
story-manage-reason-label = Why it is not published (its author reads this)
story-manage-decline = Do not publish
story-manage-none = Nobody has told a story about this challenge's data yet.
story-manage-unknown-action = Choose publish, fix or do not publish.
story-manage-notice-published = The story is published on the data guide.
story-manage-notice-edited = The story is fixed and published, with your note.
story-manage-notice-declined = The story is not published. Its author can read why.
# $count: how many; $shown: the same, written out.
story-attention = { $count ->
    [one] 1 story about the data is waiting to be read.
   *[other] { $shown } stories about the data are waiting to be read.
}

## The open-data export (plaza-web/src/public/open_data.rs)
open-data-link = Download the open data of this challenge: corrections, stories, questions and votes (zip)
open-data-readme-intro = What residents made public about this challenge's data, for anyone to reuse. Nobody who reported, asked or voted is named, except the people who asked to be thanked for a correction.
open-data-readme-datasets = each dataset: its file, rows, SHA-256 fingerprint, licence, source and where to download it.
open-data-readme-documentation = a dataset's guide: its data dictionary, caveats, corrections and stories.
open-data-readme-corrections = every correction published in a new version of a file, with the value before and after.
open-data-readme-stories = every published story behind the data.
open-data-readme-questions = every published question, with the organizers' answer.
open-data-readme-peoples-choice = the count of a closed people's choice vote, most votes first. It is separate from the judges' ranking.
open-data-readme-licence = Each dataset keeps its own licence (in datasets.csv). The stories, questions and corrections were written by residents and organizers for this challenge.
