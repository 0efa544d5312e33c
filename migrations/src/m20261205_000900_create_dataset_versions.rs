//! Earlier files of a dataset: when an organizer replaces a dataset's file
//! in the browser, the file it replaces is kept as a numbered version with
//! the change note, so entrants can still download what they trained on.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

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
enum DatasetVersions {
    Table,
    Id,
    DatasetId,
    Version,
    BlobSha256,
    FileName,
    SizeBytes,
    RowCount,
    ChangeNote,
    CreatedAt,
    CreatedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DatasetVersions::Table)
                    .col(pk_auto(DatasetVersions::Id))
                    .col(integer(DatasetVersions::DatasetId))
                    .col(integer(DatasetVersions::Version))
                    .col(string(DatasetVersions::BlobSha256))
                    .col(string(DatasetVersions::FileName))
                    .col(big_integer(DatasetVersions::SizeBytes))
                    .col(big_integer(DatasetVersions::RowCount))
                    .col(text(DatasetVersions::ChangeNote))
                    .col(timestamp_with_time_zone(DatasetVersions::CreatedAt))
                    .col(integer(DatasetVersions::CreatedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DatasetVersions::Table, DatasetVersions::DatasetId)
                            .to(Datasets::Table, Datasets::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DatasetVersions::Table, DatasetVersions::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_dataset_versions_number")
                    .table(DatasetVersions::Table)
                    .col(DatasetVersions::DatasetId)
                    .col(DatasetVersions::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DatasetVersions::Table).to_owned()).await
    }
}
