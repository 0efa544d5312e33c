//! A challenge's own words in other languages (`content_translations`):
//! what organizers translated of its title, brief, datasets and questions.
//! Checking what may be translated is `plaza_core::content`'s; this keeps it.

use std::collections::BTreeMap;

use chrono::Utc;
use plaza_core::UserId;
use plaza_core::content::Translations;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::Store;
use crate::challenge_edits::{AuditedEdit, record_edits};
use crate::challenges::id32;
use crate::entity::content_translations;
use crate::error::Result;

impl Store {
    /// What the organizers translated of a challenge into `language`.
    pub async fn content_translations(&self, challenge_id: i64, language: &str) -> Result<Translations> {
        Ok(content_translations::Entity::find()
            .filter(content_translations::Column::ChallengeId.eq(id32(challenge_id)?))
            .filter(content_translations::Column::Language.eq(language))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| (row.field, row.text))
            .collect())
    }

    /// A challenge's title in `language` (for an email to someone who reads
    /// it): its translation there is one, else as written.
    pub async fn challenge_title_in(&self, challenge: &plaza_core::Challenge, language: &str) -> Result<String> {
        if language == plaza_i18n::default_language() {
            return Ok(challenge.title.clone());
        }
        let row = content_translations::Entity::find()
            .filter(content_translations::Column::ChallengeId.eq(id32(challenge.id)?))
            .filter(content_translations::Column::Language.eq(language))
            .filter(content_translations::Column::Field.eq("challenge.title"))
            .one(&self.db)
            .await?;
        Ok(row.map_or_else(|| challenge.title.clone(), |row| row.text))
    }

    /// Every language a challenge has translations in, with how many pieces
    /// each has, by language tag.
    pub async fn content_languages(&self, challenge_id: i64) -> Result<Vec<(String, usize)>> {
        let rows = content_translations::Entity::find()
            .filter(content_translations::Column::ChallengeId.eq(id32(challenge_id)?))
            .order_by_asc(content_translations::Column::Language)
            .all(&self.db)
            .await?;
        let mut out: Vec<(String, usize)> = Vec::new();
        for row in rows {
            match out.last_mut() {
                Some((language, count)) if *language == row.language => *count += 1,
                _ => out.push((row.language, 1)),
            }
        }
        Ok(out)
    }

    /// Replaces a challenge's translations into `language` by `translations`
    /// (already checked with `plaza_core::content::check`): pieces missing
    /// from it are no longer translated. Each change is in the challenge's
    /// audit, saved with it or not at all. Returns how many pieces changed.
    pub async fn save_content_translations(
        &self,
        challenge_id: i64,
        language: &str,
        translations: &Translations,
        actor: UserId,
    ) -> Result<usize> {
        let txn = self.write_txn().await?;
        let challenge = id32(challenge_id)?;
        let existing = content_translations::Entity::find()
            .filter(content_translations::Column::ChallengeId.eq(challenge))
            .filter(content_translations::Column::Language.eq(language))
            .all(&txn)
            .await?;
        let now = Utc::now();
        let mut edits = Vec::new();
        for row in &existing {
            match translations.get(&row.field) {
                Some(text) if *text == row.text => {}
                Some(text) => {
                    edits.push(audited(language, &row.field, &row.text, text));
                    let mut active: content_translations::ActiveModel = row.clone().into();
                    active.text = Set(text.clone());
                    active.updated_at = Set(now);
                    active.update(&txn).await?;
                }
                None => {
                    edits.push(audited(language, &row.field, &row.text, ""));
                    content_translations::Entity::delete_by_id(row.id).exec(&txn).await?;
                }
            }
        }
        for (field, text) in translations {
            if existing.iter().any(|row| row.field == *field) {
                continue;
            }
            edits.push(audited(language, field, "", text));
            content_translations::ActiveModel {
                challenge_id: Set(challenge),
                language: Set(language.to_owned()),
                field: Set(field.clone()),
                text: Set(text.clone()),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        record_edits(&txn, challenge_id, actor, &edits, now).await?;
        txn.commit().await?;
        Ok(edits.len())
    }
}

/// A bundle's translations replace the challenge's in each language the
/// bundle carries, inside the import's transaction; other languages keep
/// theirs.
pub(crate) async fn replace_languages(
    txn: &impl sea_orm::ConnectionTrait,
    challenge_id: i32,
    translations: &BTreeMap<String, Translations>,
) -> Result<()> {
    let now = Utc::now();
    for (language, pieces) in translations {
        content_translations::Entity::delete_many()
            .filter(content_translations::Column::ChallengeId.eq(challenge_id))
            .filter(content_translations::Column::Language.eq(language.as_str()))
            .exec(txn)
            .await?;
        for (field, text) in pieces {
            content_translations::ActiveModel {
                challenge_id: Set(challenge_id),
                language: Set(language.clone()),
                field: Set(field.clone()),
                text: Set(text.clone()),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}

/// Every translation of a challenge, by language (for its bundle).
pub(crate) async fn all_translations(
    db: &impl sea_orm::ConnectionTrait,
    challenge_id: i64,
) -> Result<BTreeMap<String, Translations>> {
    let rows = content_translations::Entity::find()
        .filter(content_translations::Column::ChallengeId.eq(id32(challenge_id)?))
        .all(db)
        .await?;
    let mut out: BTreeMap<String, Translations> = BTreeMap::new();
    for row in rows {
        out.entry(row.language).or_default().insert(row.field, row.text);
    }
    Ok(out)
}

fn audited(language: &str, field: &str, before: &str, after: &str) -> AuditedEdit {
    AuditedEdit {
        field: format!("translations.{language}.{field}"),
        before: before.to_owned(),
        after: after.to_owned(),
    }
}
