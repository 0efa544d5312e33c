//! A challenge's own words in other languages: its title, summary and
//! brief, its datasets' descriptions and its tracks' questions, each
//! translated by the organizers (in the console or in a bundle's
//! `translations/<language>.toml`). `field` names what is translated
//! (`challenge.title`, `dataset.<slug>.description`,
//! `track.<slug>.question.<key>.label`...); a field with no row here is
//! shown in the language it was written in, with a note saying so.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Challenges {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ContentTranslations {
    Table,
    Id,
    ChallengeId,
    Language,
    Field,
    Text,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ContentTranslations::Table)
                    .col(pk_auto(ContentTranslations::Id))
                    .col(integer(ContentTranslations::ChallengeId))
                    .col(string_len(ContentTranslations::Language, 35))
                    .col(text(ContentTranslations::Field))
                    .col(text(ContentTranslations::Text))
                    .col(timestamp_with_time_zone(ContentTranslations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ContentTranslations::Table, ContentTranslations::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_content_translations_field")
                    .table(ContentTranslations::Table)
                    .col(ContentTranslations::ChallengeId)
                    .col(ContentTranslations::Language)
                    .col(ContentTranslations::Field)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ContentTranslations::Table).to_owned()).await
    }
}
