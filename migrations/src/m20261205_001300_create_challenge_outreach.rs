//! Ways to take part without a computer, per challenge: the phone line, the
//! drop-off address and a partner location, the paper posters print on, and
//! the short code of the challenge's short link `/c/<code>`.

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
enum ChallengeOutreach {
    Table,
    ChallengeId,
    ShortCode,
    Phone,
    PhoneHours,
    DropOffAddress,
    DropOffHours,
    PartnerLocation,
    Paper,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChallengeOutreach::Table)
                    .col(integer(ChallengeOutreach::ChallengeId).primary_key())
                    .col(string_len(ChallengeOutreach::ShortCode, 16))
                    .col(string(ChallengeOutreach::Phone))
                    .col(string(ChallengeOutreach::PhoneHours))
                    .col(text(ChallengeOutreach::DropOffAddress))
                    .col(string(ChallengeOutreach::DropOffHours))
                    .col(text(ChallengeOutreach::PartnerLocation))
                    .col(string_len(ChallengeOutreach::Paper, 16))
                    .col(timestamp_with_time_zone(ChallengeOutreach::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengeOutreach::Table, ChallengeOutreach::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_challenge_outreach_short_code")
                    .table(ChallengeOutreach::Table)
                    .col(ChallengeOutreach::ShortCode)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ChallengeOutreach::Table).to_owned()).await
    }
}
