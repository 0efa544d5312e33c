//! Who changed what in a challenge's details from the browser:
//! `challenge_edits` keeps one row per changed field (title, brief, dates,
//! team size...) with its text before and after, the person and the time.

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
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ChallengeEdits {
    Table,
    Id,
    ChallengeId,
    ActorId,
    Field,
    Before,
    After,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChallengeEdits::Table)
                    .col(pk_auto(ChallengeEdits::Id))
                    .col(integer(ChallengeEdits::ChallengeId))
                    .col(integer(ChallengeEdits::ActorId))
                    .col(string(ChallengeEdits::Field))
                    .col(text(ChallengeEdits::Before))
                    .col(text(ChallengeEdits::After))
                    .col(timestamp_with_time_zone(ChallengeEdits::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengeEdits::Table, ChallengeEdits::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengeEdits::Table, ChallengeEdits::ActorId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_challenge_edits_challenge")
                    .table(ChallengeEdits::Table)
                    .col(ChallengeEdits::ChallengeId)
                    .col(ChallengeEdits::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ChallengeEdits::Table).to_owned()).await
    }
}
