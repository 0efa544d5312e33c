//! Questions and answers of a challenge (#15): anyone signed in asks; the
//! organizers publish a question (or decline it, with a reason the asker
//! reads), answer it, and may pin an answer under the brief. Nothing is
//! public before an organizer publishes it.

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
enum ChallengeQuestions {
    Table,
    Id,
    ChallengeId,
    AskerId,
    Body,
    Status,
    DeclineReason,
    Answer,
    AnsweredBy,
    AnsweredAt,
    Pinned,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChallengeQuestions::Table)
                    .col(pk_auto(ChallengeQuestions::Id))
                    .col(integer(ChallengeQuestions::ChallengeId))
                    .col(integer(ChallengeQuestions::AskerId))
                    .col(text(ChallengeQuestions::Body))
                    .col(string_len(ChallengeQuestions::Status, 16))
                    .col(text(ChallengeQuestions::DeclineReason))
                    .col(text(ChallengeQuestions::Answer))
                    .col(integer_null(ChallengeQuestions::AnsweredBy))
                    .col(timestamp_with_time_zone_null(ChallengeQuestions::AnsweredAt))
                    .col(boolean(ChallengeQuestions::Pinned))
                    .col(timestamp_with_time_zone(ChallengeQuestions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengeQuestions::Table, ChallengeQuestions::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengeQuestions::Table, ChallengeQuestions::AskerId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_challenge_questions_challenge")
                    .table(ChallengeQuestions::Table)
                    .col(ChallengeQuestions::ChallengeId)
                    .col(ChallengeQuestions::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ChallengeQuestions::Table).to_owned()).await
    }
}
