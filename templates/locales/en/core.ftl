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
