//! Partner organizations of a challenge (#15 item 3): a library or a
//! neighbourhood association invited with the intermediary role. The
//! organizers name it and say how residents reach it when they invite it
//! (by the invited address); once the invitation is accepted, the
//! challenge page lists it as a place to get help.

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
enum ChallengePartners {
    Table,
    Id,
    ChallengeId,
    Email,
    Organization,
    Help,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChallengePartners::Table)
                    .col(pk_auto(ChallengePartners::Id))
                    .col(integer(ChallengePartners::ChallengeId))
                    .col(string_len(ChallengePartners::Email, 254))
                    .col(text(ChallengePartners::Organization))
                    .col(text(ChallengePartners::Help))
                    .col(timestamp_with_time_zone(ChallengePartners::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengePartners::Table, ChallengePartners::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_challenge_partners_email")
                    .table(ChallengePartners::Table)
                    .col(ChallengePartners::ChallengeId)
                    .col(ChallengePartners::Email)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ChallengePartners::Table).to_owned()).await
    }
}
