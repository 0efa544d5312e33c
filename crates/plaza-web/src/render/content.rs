//! A challenge's own words in the reader's language, where its organizers
//! translated them (`plaza_core::content`). A page loads the translations
//! once, passes the challenge, datasets and tracks it shows through them,
//! and puts [`Content::note`] in its context: when something had no
//! translation, the page says it is shown in the language it was written in.

use plaza_core::content::{self, Translations};
use plaza_core::{Challenge, Dataset, Track};

use crate::error::AppError;
use crate::extract::auth::PageContext;
use crate::state::AppState;

/// The translations of one challenge into the current language, and how
/// many pieces shown so far had none.
pub(crate) struct Content {
    /// `None` when the reader reads the language the challenge is written in.
    translations: Option<Translations>,
    missing: usize,
}

impl Content {
    /// The current language's translations of `challenge_id`. The site's
    /// default language is the one challenges are written in.
    pub(crate) async fn load(state: &AppState, challenge_id: i64) -> Result<Self, AppError> {
        let language = plaza_i18n::current();
        let translations = if language == plaza_i18n::default_language() {
            None
        } else {
            Some(state.store.content_translations(challenge_id, language).await?)
        };
        Ok(Content { translations, missing: 0 })
    }

    /// Title, summary and brief.
    pub(crate) fn challenge(&mut self, challenge: &mut Challenge) {
        if let Some(translations) = &self.translations {
            self.missing += content::translate_challenge(challenge, translations);
        }
    }

    /// Title and summary only, for a page that does not show the brief.
    pub(crate) fn heading(&mut self, challenge: &mut Challenge) {
        if let Some(translations) = &self.translations {
            self.missing += content::translate_challenge_heading(challenge, translations);
        }
    }

    pub(crate) fn dataset(&mut self, dataset: &mut Dataset) {
        if let Some(translations) = &self.translations {
            self.missing += content::translate_dataset(dataset, translations);
        }
    }

    /// A dataset's title only, for a list of datasets.
    pub(crate) fn dataset_title(&mut self, dataset: &mut Dataset) {
        if let Some(translations) = &self.translations {
            self.missing += content::translate_dataset_title(dataset, translations);
        }
    }

    pub(crate) fn track(&mut self, track: &mut Track) {
        if let Some(translations) = &self.translations {
            self.missing += content::translate_track(track, translations);
        }
    }

    /// A choice of a question as the reader reads it (the form still sends
    /// the choice as written: answers are kept as written).
    pub(crate) fn option_label(&self, track: &Track, question: &str, index: usize, original: &str) -> String {
        let key = format!("track.{}.question.{question}.option.{}", track.slug, index + 1);
        self.translations
            .as_ref()
            .and_then(|t| t.get(&key))
            .filter(|text| !text.trim().is_empty())
            .map_or_else(|| original.to_owned(), Clone::clone)
    }

    /// Puts the note on `page` when something shown was not translated.
    pub(crate) fn note_on(&self, page: &mut PageContext) {
        if self.missing > 0 {
            let written_in = plaza_i18n::default_language();
            let name = plaza_i18n::languages()
                .find(|l| l.code == written_in)
                .map_or_else(|| written_in.to_owned(), |l| l.name.clone());
            page.content_note = Some(plaza_i18n::tr_with("content-note-untranslated", &[("language", name.into())]));
        }
    }
}

/// A challenge's heading and one of its tracks in the reader's language,
/// for a track's pages, with what the page needs for its note.
pub(crate) async fn track_in_language(
    state: &AppState,
    challenge: &Challenge,
    track: &Track,
) -> Result<(Challenge, Track, Content), AppError> {
    let mut content = Content::load(state, challenge.id).await?;
    let (mut challenge, mut track) = (challenge.clone(), track.clone());
    content.heading(&mut challenge);
    content.track(&mut track);
    Ok((challenge, track, content))
}
