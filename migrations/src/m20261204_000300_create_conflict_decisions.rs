//! Organizers' decisions on judging: whether a name a judge declared that
//! looks like a name behind an idea is a conflict (`conflict_decisions`),
//! and judges' feedback held back from entrants (`feedback_holds`).

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
enum Ideas {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ConflictDecisions {
    Table,
    Id,
    ChallengeId,
    JudgeId,
    IdeaId,
    JudgeText,
    IdeaText,
    Conflict,
    DecidedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FeedbackHolds {
    Table,
    Id,
    IdeaId,
    JudgeId,
    Reason,
    HeldBy,
    CreatedAt,
}

fn fk(
    from_table: impl IntoIden,
    from: impl IntoIden,
    to_table: impl IntoIden,
    to: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from_table, from).to(to_table, to).on_delete(on_delete).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConflictDecisions::Table)
                    .col(pk_auto(ConflictDecisions::Id))
                    .col(integer(ConflictDecisions::ChallengeId))
                    .col(integer(ConflictDecisions::JudgeId))
                    .col(integer(ConflictDecisions::IdeaId))
                    .col(text(ConflictDecisions::JudgeText))
                    .col(text(ConflictDecisions::IdeaText))
                    .col(boolean(ConflictDecisions::Conflict))
                    .col(integer_null(ConflictDecisions::DecidedBy))
                    .col(timestamp_with_time_zone(ConflictDecisions::CreatedAt))
                    .foreign_key(&mut fk(
                        ConflictDecisions::Table,
                        ConflictDecisions::ChallengeId,
                        Challenges::Table,
                        Challenges::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        ConflictDecisions::Table,
                        ConflictDecisions::JudgeId,
                        Users::Table,
                        Users::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        ConflictDecisions::Table,
                        ConflictDecisions::IdeaId,
                        Ideas::Table,
                        Ideas::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        ConflictDecisions::Table,
                        ConflictDecisions::DecidedBy,
                        Users::Table,
                        Users::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_conflict_decisions_pair")
                    .table(ConflictDecisions::Table)
                    .col(ConflictDecisions::JudgeId)
                    .col(ConflictDecisions::IdeaId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FeedbackHolds::Table)
                    .col(pk_auto(FeedbackHolds::Id))
                    .col(integer(FeedbackHolds::IdeaId))
                    .col(integer(FeedbackHolds::JudgeId))
                    .col(text(FeedbackHolds::Reason))
                    .col(integer_null(FeedbackHolds::HeldBy))
                    .col(timestamp_with_time_zone(FeedbackHolds::CreatedAt))
                    .foreign_key(&mut fk(
                        FeedbackHolds::Table,
                        FeedbackHolds::IdeaId,
                        Ideas::Table,
                        Ideas::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        FeedbackHolds::Table,
                        FeedbackHolds::JudgeId,
                        Users::Table,
                        Users::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        FeedbackHolds::Table,
                        FeedbackHolds::HeldBy,
                        Users::Table,
                        Users::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_feedback_holds_unique")
                    .table(FeedbackHolds::Table)
                    .col(FeedbackHolds::IdeaId)
                    .col(FeedbackHolds::JudgeId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(FeedbackHolds::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ConflictDecisions::Table).to_owned()).await
    }
}
