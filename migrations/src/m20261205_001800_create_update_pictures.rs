//! Pictures of an organizer's update (a few per update), each with the
//! words that describe it for people who cannot see it. The files are
//! cleaned of their metadata (a phone's location, say) before they are kept.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ChallengeUpdates {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum UpdatePictures {
    Table,
    Id,
    UpdateId,
    Position,
    ContentType,
    BlobSha256,
    SizeBytes,
    Alt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(UpdatePictures::Table)
                    .col(pk_auto(UpdatePictures::Id))
                    .col(integer(UpdatePictures::UpdateId))
                    .col(integer(UpdatePictures::Position))
                    .col(string(UpdatePictures::ContentType))
                    .col(string_len(UpdatePictures::BlobSha256, 64))
                    .col(big_integer(UpdatePictures::SizeBytes))
                    .col(text(UpdatePictures::Alt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UpdatePictures::Table, UpdatePictures::UpdateId)
                            .to(ChallengeUpdates::Table, ChallengeUpdates::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(UpdatePictures::Table).to_owned()).await
    }
}
