# Questions and answers of a challenge (plaza-core/src/qa.rs,
# plaza-store/src/questions.rs, the public and organizer pages, the email).

## plaza-core/src/qa.rs
qa-status-pending = Waiting for the organizers
qa-status-published = Published
qa-status-declined = Not published
qa-question-empty = Write your question.
# $max: the most characters allowed; $count: how many were sent.
qa-question-too-long = A question can have at most { $max } characters; this one has { $count }. Shorten it.
qa-answer-empty = Write the answer.
qa-answer-too-long = An answer can have at most { $max } characters; this one has { $count }.
qa-reason-empty = Say why the question is not published: the person who asked it will read it.
qa-reason-too-long = The reason can have at most { $max } characters; this one has { $count }.

## plaza-store/src/questions.rs
qa-no-such-question = There is no such question in this challenge.
qa-pin-unpublished = Publish the question before you pin it.

## Pages: the public questions and answers
# $name: the challenge's title.
qa-title = Questions about { $name }
qa-heading = Questions and answers
qa-lead = Ask the organizers about this challenge. They read every question before it is shown here, and answer in public so everyone can read the answer.
qa-none = No questions have been answered here yet.
qa-asked = Asked on { $date }
qa-answered = Answer from the organizers
qa-not-answered = The organizers have not answered yet.
qa-pinned = Pinned by the organizers
qa-ask-heading = Ask a question
qa-ask-label = Your question
qa-ask-hint = Do not write private details: once published, everyone can read it. At most { $max } characters.
qa-ask-button = Send the question
qa-sign-in = Sign in to ask a question
qa-yours-heading = Your questions
qa-yours-declined = Not published. The organizers said: { $reason }
qa-notice-asked = Thank you. Your question is waiting for the organizers. It shows here once they publish it, and we email you their answer.
qa-too-many = You have asked { $count } questions in the last hour. Please wait a while before you ask another.
qa-challenge-link = Questions and answers
qa-challenge-pinned-heading = Answers to common questions

## Pages: the organizers' questions page
qa-manage-title = Questions about { $name }
qa-manage-lead = Residents' questions wait here until you publish them. Publish a question to show it, answer it (answering also publishes it and emails the answer to the person who asked and to the challenge's followers), or decline it with a reason the person who asked will read.
qa-manage-none = Nobody has asked a question yet.
qa-manage-asked-by = Asked by { $name } on { $date }
qa-manage-status = Status: { $status }
qa-manage-publish = Publish without an answer
qa-manage-answer-label = Answer
qa-manage-answer-button = Publish the answer
qa-manage-decline-label = Why it is not published
qa-manage-decline-button = Decline
qa-manage-pin = Pin under the brief
qa-manage-unpin = Unpin
qa-manage-notice-published = The question is published.
qa-manage-notice-answered = The answer is published. { $emails ->
    [0] Nobody was emailed.
    [one] 1 email is on its way.
   *[other] { $emails } emails are on their way.
}
qa-manage-notice-declined = The question is declined. The person who asked will see your reason.
qa-manage-notice-pinned = The question is pinned under the brief.
qa-manage-notice-unpinned = The question is no longer pinned.
qa-manage-unknown-action = Choose what to do with the question.
qa-manage-link = Questions from residents

## The email
email-question-answered-subject = An answer about { $challenge_title }
email-question-answered-hello = Hello { $name },
email-question-answered-intro-yours = The organizers of “{ $challenge_title }” answered your question.
email-question-answered-intro = The organizers of “{ $challenge_title }” answered a question about it.
email-question-answered-question = The question:
email-question-answered-answer = The answer:
email-question-answered-all = Read all the questions and answers:
email-question-answered-button = Read all the answers

## Needs attention (plaza-core/src/attention.rs)
# $count: how many; $shown: the same, written with separators.
qa-attention = { $count ->
    [one] 1 question from residents is waiting for you.
   *[other] { $shown } questions from residents are waiting for you.
}
