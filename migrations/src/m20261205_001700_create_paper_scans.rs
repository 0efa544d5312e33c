//! A photo or scan of the paper form an idea was entered from, kept for
//! organizers only: judges and the public never see it (it carries the
//! resident's handwriting and name). One per idea; a new one replaces it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ideas {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PaperScans {
    Table,
    Id,
    IdeaId,
    FileName,
    ContentType,
    BlobSha256,
    SizeBytes,
    UploadedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PaperScans::Table)
                    .col(pk_auto(PaperScans::Id))
                    .col(integer(PaperScans::IdeaId).unique_key())
                    .col(string(PaperScans::FileName))
                    .col(string(PaperScans::ContentType))
                    .col(string_len(PaperScans::BlobSha256, 64))
                    .col(big_integer(PaperScans::SizeBytes))
                    .col(integer(PaperScans::UploadedBy))
                    .col(timestamp_with_time_zone(PaperScans::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PaperScans::Table, PaperScans::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(PaperScans::Table).to_owned()).await
    }
}
