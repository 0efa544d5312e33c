//! Data stories (#15 item 2): residents and local organizations tell what
//! is behind a dataset's numbers. A story waits until the organizers (or
//! partner organizations) publish it; they may fix a typo with a note the
//! public reads, or decline it with a reason its author reads.

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
enum Datasets {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DataStories {
    Table,
    Id,
    ChallengeId,
    DatasetId,
    AuthorId,
    Title,
    Body,
    Place,
    DateFrom,
    DateTo,
    RowsText,
    Organization,
    PictureSha256,
    PictureType,
    PictureAlt,
    Status,
    Reason,
    EditNote,
    ModeratedBy,
    CreatedAt,
    PublishedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DataStories::Table)
                    .col(pk_auto(DataStories::Id))
                    .col(integer(DataStories::ChallengeId))
                    .col(integer(DataStories::DatasetId))
                    .col(integer(DataStories::AuthorId))
                    .col(text(DataStories::Title))
                    .col(text(DataStories::Body))
                    .col(text(DataStories::Place))
                    .col(string_len_null(DataStories::DateFrom, 10))
                    .col(string_len_null(DataStories::DateTo, 10))
                    .col(text(DataStories::RowsText))
                    .col(text(DataStories::Organization))
                    .col(string_len_null(DataStories::PictureSha256, 64))
                    .col(string_len_null(DataStories::PictureType, 32))
                    .col(text(DataStories::PictureAlt))
                    .col(string_len(DataStories::Status, 16))
                    .col(text(DataStories::Reason))
                    .col(text(DataStories::EditNote))
                    .col(integer_null(DataStories::ModeratedBy))
                    .col(timestamp_with_time_zone(DataStories::CreatedAt))
                    .col(timestamp_with_time_zone_null(DataStories::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DataStories::Table, DataStories::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DataStories::Table, DataStories::DatasetId)
                            .to(Datasets::Table, Datasets::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DataStories::Table, DataStories::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_data_stories_dataset")
                    .table(DataStories::Table)
                    .col(DataStories::DatasetId)
                    .col(DataStories::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DataStories::Table).to_owned()).await
    }
}
