# A challenge's own words in other languages (plaza-core/src/content.rs,
# the console's translation page and the note on public pages).

## plaza-core/src/content.rs
content-group-challenge = The challenge
# $name: the dataset's title.
content-group-dataset = Dataset “{ $name }”
# $name: the track's title.
content-group-track = Track “{ $name }”
content-label-title = Title
content-label-summary = Summary
content-label-brief = Brief (Markdown)
content-label-description = Description
content-label-caveats = Caveats (Markdown)
# $column: the column's name in the file.
content-label-column = Column { $column }
# $key: the question's key.
content-label-question = Question “{ $key }”
content-label-question-help = Help under question “{ $key }”
content-problem-unknown-key = “{ $key }” is not a part of this challenge that can be translated. Check its spelling, or remove it if that part was renamed or removed.
content-problem-too-long = The translation of “{ $key }” is longer than { $max } characters.

## Public pages
# $language: the name of the language the challenge was written in, in its own words ("English").
content-note-untranslated = Some of what the organizers wrote is not translated yet, so it is shown in { $language }.

## The console's translation pages (organize/translations.rs)
# $name: the challenge's title.
organize-translations-title = Translations of { $name }
organize-translations-heading = Translations
# $language: the language the challenge is written in, in its own words.
organize-translations-lead = This challenge is written in { $language }. Residents who read the site in another language see the parts you translate in their language, and the rest as you wrote it, with a note that says so.
organize-translations-count = { $translated } of { $total } parts translated
organize-translations-none = This site has no other language.
organize-translations-bundle = A challenge bundle can also carry translations: one file per language, translations/<language>.toml, with the same parts.
# $language: the language being translated into; $name: the challenge's title.
organize-translation-title = { $language } translation of { $name }
organize-translation-heading = Translation into { $language }
organize-translation-saved = The { $language } translation is saved. Residents who read the site in { $language } see it now.
organize-translation-problems-heading = { $count ->
    [one] 1 problem stopped the save
   *[other] { $count } problems stopped the save
}
organize-translation-lead = Under each part is what you wrote in { $written_in }. Write it in { $language } in the box. Leave a box empty to show that part as written.
organize-translation-original = As written in { $written_in }:
organize-translation-markdown = You can use Markdown here, as in the original.
organize-translation-save = Save the { $language } translation
organize-details-translations-link = Translate the challenge's words into other languages

## Translations in a bundle (plaza-core/src/bundle/mod.rs)
# $reason: what the TOML reader found wrong (in English).
content-problem-toml = This translations file is not valid TOML: { $reason }
content-problem-not-text = “{ $key }” must be text in quotes.
content-problem-file-too-large = This translations file is larger than { $max } MB.
content-problem-not-utf8 = This translations file is not UTF-8 text. Save it as UTF-8.

## More pieces (plaza-core/src/content.rs)
content-label-host = Organized by
content-label-license = Licence
content-label-source = Source
# $name: the criterion's name as written.
content-label-criterion = Judging criterion “{ $name }”
content-label-criterion-description = What “{ $name }” means
# $level: 1 (lowest) to 5 (highest).
content-label-criterion-level = “{ $name }”, level { $level }
# $key: the question's key; $n: the choice's number.
content-label-question-option = Choice { $n } of question “{ $key }”
