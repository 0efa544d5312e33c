//! The one reminder each person gets 24 hours before a challenge closes
//! when their team has sent nothing yet: one row per challenge and person,
//! written in the transaction that queues the email, so it is sent once.

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
enum DeadlineReminders {
    Table,
    Id,
    ChallengeId,
    UserId,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DeadlineReminders::Table)
                    .col(pk_auto(DeadlineReminders::Id))
                    .col(integer(DeadlineReminders::ChallengeId))
                    .col(integer(DeadlineReminders::UserId))
                    .col(timestamp_with_time_zone(DeadlineReminders::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DeadlineReminders::Table, DeadlineReminders::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DeadlineReminders::Table, DeadlineReminders::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_deadline_reminders_once")
                    .table(DeadlineReminders::Table)
                    .col(DeadlineReminders::ChallengeId)
                    .col(DeadlineReminders::UserId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DeadlineReminders::Table).to_owned()).await
    }
}
