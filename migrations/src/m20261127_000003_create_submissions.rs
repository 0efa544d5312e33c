//! Coding entries and the durable job queue that scores them.

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
enum Tracks {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Teams {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    ChallengeId,
    TrackId,
    TeamId,
    UserId,
    FileName,
    BlobSha256,
    SizeBytes,
    Status,
    Verdict,
    PublicScore,
    PrivateScore,
    Message,
    CasesJson,
    Selected,
    DisqualifiedReason,
    UtcDay,
    CreatedAt,
    ScoredAt,
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    Kind,
    SubmissionId,
    Status,
    Attempts,
    MaxAttempts,
    RunAfter,
    LeaseUntil,
    LockedBy,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let fk = |from: Submissions, table: DynIden, to: DynIden| {
            ForeignKey::create()
                .from(Submissions::Table, from)
                .to(table, to)
                .on_delete(ForeignKeyAction::Cascade)
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(pk_auto(Submissions::Id))
                    .col(integer(Submissions::ChallengeId))
                    .col(integer(Submissions::TrackId))
                    .col(integer(Submissions::TeamId))
                    .col(integer(Submissions::UserId))
                    .col(string(Submissions::FileName))
                    .col(string(Submissions::BlobSha256))
                    .col(big_integer(Submissions::SizeBytes))
                    .col(string(Submissions::Status))
                    .col(string_null(Submissions::Verdict))
                    .col(double_null(Submissions::PublicScore))
                    .col(double_null(Submissions::PrivateScore))
                    .col(text(Submissions::Message))
                    .col(text(Submissions::CasesJson))
                    .col(boolean(Submissions::Selected).default(false))
                    .col(text_null(Submissions::DisqualifiedReason))
                    .col(string(Submissions::UtcDay))
                    .col(timestamp_with_time_zone(Submissions::CreatedAt))
                    .col(timestamp_with_time_zone_null(Submissions::ScoredAt))
                    .foreign_key(&mut fk(
                        Submissions::ChallengeId,
                        Challenges::Table.into_iden(),
                        Challenges::Id.into_iden(),
                    ))
                    .foreign_key(&mut fk(Submissions::TrackId, Tracks::Table.into_iden(), Tracks::Id.into_iden()))
                    .foreign_key(&mut fk(Submissions::TeamId, Teams::Table.into_iden(), Teams::Id.into_iden()))
                    .foreign_key(&mut fk(Submissions::UserId, Users::Table.into_iden(), Users::Id.into_iden()))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_submissions_quota")
                    .table(Submissions::Table)
                    .col(Submissions::TeamId)
                    .col(Submissions::TrackId)
                    .col(Submissions::UtcDay)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_submissions_board")
                    .table(Submissions::Table)
                    .col(Submissions::TrackId)
                    .col(Submissions::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .col(pk_auto(Jobs::Id))
                    .col(string(Jobs::Kind))
                    .col(integer_null(Jobs::SubmissionId))
                    .col(string(Jobs::Status))
                    .col(integer(Jobs::Attempts).default(0))
                    .col(integer(Jobs::MaxAttempts).default(3))
                    .col(timestamp_with_time_zone(Jobs::RunAfter))
                    .col(timestamp_with_time_zone_null(Jobs::LeaseUntil))
                    .col(string(Jobs::LockedBy).default(""))
                    .col(text(Jobs::LastError))
                    .col(timestamp_with_time_zone(Jobs::CreatedAt))
                    .col(timestamp_with_time_zone(Jobs::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_jobs_due")
                    .table(Jobs::Table)
                    .col(Jobs::Status)
                    .col(Jobs::RunAfter)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Jobs::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Submissions::Table).to_owned()).await
    }
}
