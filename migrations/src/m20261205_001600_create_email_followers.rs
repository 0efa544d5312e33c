//! Residents who follow a challenge's news by email alone, without an
//! account: each address confirms first (double opt-in; the confirmation
//! secret is kept hashed) and can stop with one click from any news email
//! (the stop token, like an account's unsubscribe token, stays the same).

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
enum EmailFollowers {
    Table,
    Id,
    ChallengeId,
    Email,
    ConfirmHash,
    StopToken,
    ConfirmedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EmailFollowers::Table)
                    .col(pk_auto(EmailFollowers::Id))
                    .col(integer(EmailFollowers::ChallengeId))
                    .col(string(EmailFollowers::Email))
                    .col(string_len(EmailFollowers::ConfirmHash, 64))
                    .col(string_len(EmailFollowers::StopToken, 64))
                    .col(timestamp_with_time_zone_null(EmailFollowers::ConfirmedAt))
                    .col(timestamp_with_time_zone(EmailFollowers::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmailFollowers::Table, EmailFollowers::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_followers_address")
                    .table(EmailFollowers::Table)
                    .col(EmailFollowers::ChallengeId)
                    .col(EmailFollowers::Email)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EmailFollowers::Table).to_owned()).await
    }
}
