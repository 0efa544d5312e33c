//! Idea challenges and judging: entries with their files, judges' conflict
//! declarations, assignments, reviews, the judging audit log, winner
//! decisions, per-track judging settings and challenge followers. Also keeps
//! a program's stderr for organizers.

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
    StderrLog,
}

#[derive(DeriveIden)]
enum Ideas {
    Table,
    Id,
    ChallengeId,
    TrackId,
    TeamId,
    AuthorId,
    Status,
    Title,
    Summary,
    Problem,
    Proposal,
    DatasetsJson,
    Beneficiaries,
    TeamContact,
    AnswersJson,
    DeclaredJson,
    ContactName,
    ContactEmail,
    AssistedBy,
    AssistedChannel,
    Confirmation,
    ConfirmationHash,
    ConfirmedAt,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum IdeaFiles {
    Table,
    Id,
    IdeaId,
    QuestionKey,
    FileName,
    ContentType,
    BlobSha256,
    SizeBytes,
    CreatedAt,
}

#[derive(DeriveIden)]
enum JudgeDeclarations {
    Table,
    Id,
    ChallengeId,
    UserId,
    DeclaredJson,
    DeclaredAt,
}

#[derive(DeriveIden)]
enum Assignments {
    Table,
    Id,
    TrackId,
    IdeaId,
    JudgeId,
    Status,
    Reason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    IdeaId,
    JudgeId,
    ScoresJson,
    Feedback,
    PrivateNote,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum JudgingEvents {
    Table,
    Id,
    ChallengeId,
    TrackId,
    ActorId,
    Kind,
    IdeaId,
    JudgeId,
    DataJson,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrackJudging {
    Table,
    Id,
    TrackId,
    Status,
    CriteriaJson,
    MinReviews,
    OpenedAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    TrackId,
    IdeaId,
    Place,
    Reason,
    DecidedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Followers {
    Table,
    Id,
    ChallengeId,
    UserId,
    CreatedAt,
}

fn fk(
    from_table: DynIden,
    from: DynIden,
    to_table: DynIden,
    to: DynIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from_table, from).to(to_table, to).on_delete(on_delete).to_owned()
}

fn cascade(
    from_table: impl IntoIden,
    from: impl IntoIden,
    to_table: impl IntoIden,
    to: impl IntoIden,
) -> ForeignKeyCreateStatement {
    fk(from_table.into_iden(), from.into_iden(), to_table.into_iden(), to.into_iden(), ForeignKeyAction::Cascade)
}

fn set_null(
    from_table: impl IntoIden,
    from: impl IntoIden,
    to_table: impl IntoIden,
    to: impl IntoIden,
) -> ForeignKeyCreateStatement {
    fk(from_table.into_iden(), from.into_iden(), to_table.into_iden(), to.into_iden(), ForeignKeyAction::SetNull)
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    cols: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut index = Index::create().name(name).table(table).to_owned();
    if unique {
        index.unique();
    }
    for col in cols {
        index.col(col);
    }
    manager.create_index(index).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Submissions::Table)
                    .add_column(text(Submissions::StderrLog).default(""))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Ideas::Table)
                    .col(pk_auto(Ideas::Id))
                    .col(integer(Ideas::ChallengeId))
                    .col(integer(Ideas::TrackId))
                    .col(integer_null(Ideas::TeamId))
                    .col(integer_null(Ideas::AuthorId))
                    .col(string(Ideas::Status))
                    .col(string(Ideas::Title))
                    .col(text(Ideas::Summary))
                    .col(text(Ideas::Problem))
                    .col(text(Ideas::Proposal))
                    .col(text(Ideas::DatasetsJson))
                    .col(text(Ideas::Beneficiaries))
                    .col(text(Ideas::TeamContact))
                    .col(text(Ideas::AnswersJson))
                    .col(text(Ideas::DeclaredJson))
                    .col(string(Ideas::ContactName))
                    .col(string(Ideas::ContactEmail))
                    .col(integer_null(Ideas::AssistedBy))
                    .col(string(Ideas::AssistedChannel))
                    .col(string(Ideas::Confirmation))
                    .col(string_null(Ideas::ConfirmationHash))
                    .col(timestamp_with_time_zone_null(Ideas::ConfirmedAt))
                    .col(timestamp_with_time_zone(Ideas::CreatedAt))
                    .col(timestamp_with_time_zone(Ideas::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Ideas::SubmittedAt))
                    .foreign_key(&mut cascade(Ideas::Table, Ideas::ChallengeId, Challenges::Table, Challenges::Id))
                    .foreign_key(&mut cascade(Ideas::Table, Ideas::TrackId, Tracks::Table, Tracks::Id))
                    .foreign_key(&mut set_null(Ideas::Table, Ideas::TeamId, Teams::Table, Teams::Id))
                    .foreign_key(&mut set_null(Ideas::Table, Ideas::AuthorId, Users::Table, Users::Id))
                    .foreign_key(&mut set_null(Ideas::Table, Ideas::AssistedBy, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_ideas_track",
            Ideas::Table,
            vec![Ideas::TrackId.into_iden(), Ideas::Status.into_iden()],
            false,
        )
        .await?;
        index(manager, "idx_ideas_team", Ideas::Table, vec![Ideas::TeamId.into_iden()], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(IdeaFiles::Table)
                    .col(pk_auto(IdeaFiles::Id))
                    .col(integer(IdeaFiles::IdeaId))
                    .col(string(IdeaFiles::QuestionKey))
                    .col(string(IdeaFiles::FileName))
                    .col(string(IdeaFiles::ContentType))
                    .col(string(IdeaFiles::BlobSha256))
                    .col(big_integer(IdeaFiles::SizeBytes))
                    .col(timestamp_with_time_zone(IdeaFiles::CreatedAt))
                    .foreign_key(&mut cascade(IdeaFiles::Table, IdeaFiles::IdeaId, Ideas::Table, Ideas::Id))
                    .to_owned(),
            )
            .await?;
        index(manager, "idx_idea_files_idea", IdeaFiles::Table, vec![IdeaFiles::IdeaId.into_iden()], false).await?;

        manager
            .create_table(
                Table::create()
                    .table(JudgeDeclarations::Table)
                    .col(pk_auto(JudgeDeclarations::Id))
                    .col(integer(JudgeDeclarations::ChallengeId))
                    .col(integer(JudgeDeclarations::UserId))
                    .col(text(JudgeDeclarations::DeclaredJson))
                    .col(timestamp_with_time_zone(JudgeDeclarations::DeclaredAt))
                    .foreign_key(&mut cascade(
                        JudgeDeclarations::Table,
                        JudgeDeclarations::ChallengeId,
                        Challenges::Table,
                        Challenges::Id,
                    ))
                    .foreign_key(&mut cascade(
                        JudgeDeclarations::Table,
                        JudgeDeclarations::UserId,
                        Users::Table,
                        Users::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_judge_declarations_unique",
            JudgeDeclarations::Table,
            vec![JudgeDeclarations::ChallengeId.into_iden(), JudgeDeclarations::UserId.into_iden()],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Assignments::Table)
                    .col(pk_auto(Assignments::Id))
                    .col(integer(Assignments::TrackId))
                    .col(integer(Assignments::IdeaId))
                    .col(integer(Assignments::JudgeId))
                    .col(string(Assignments::Status))
                    .col(text(Assignments::Reason))
                    .col(timestamp_with_time_zone(Assignments::CreatedAt))
                    .col(timestamp_with_time_zone(Assignments::UpdatedAt))
                    .foreign_key(&mut cascade(Assignments::Table, Assignments::TrackId, Tracks::Table, Tracks::Id))
                    .foreign_key(&mut cascade(Assignments::Table, Assignments::IdeaId, Ideas::Table, Ideas::Id))
                    .foreign_key(&mut cascade(Assignments::Table, Assignments::JudgeId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_assignments_unique",
            Assignments::Table,
            vec![Assignments::IdeaId.into_iden(), Assignments::JudgeId.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "idx_assignments_judge",
            Assignments::Table,
            vec![Assignments::JudgeId.into_iden(), Assignments::TrackId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(pk_auto(Reviews::Id))
                    .col(integer(Reviews::IdeaId))
                    .col(integer(Reviews::JudgeId))
                    .col(text(Reviews::ScoresJson))
                    .col(text(Reviews::Feedback))
                    .col(text(Reviews::PrivateNote))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .col(timestamp_with_time_zone(Reviews::UpdatedAt))
                    .foreign_key(&mut cascade(Reviews::Table, Reviews::IdeaId, Ideas::Table, Ideas::Id))
                    .foreign_key(&mut cascade(Reviews::Table, Reviews::JudgeId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_reviews_unique",
            Reviews::Table,
            vec![Reviews::IdeaId.into_iden(), Reviews::JudgeId.into_iden()],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(JudgingEvents::Table)
                    .col(pk_auto(JudgingEvents::Id))
                    .col(integer(JudgingEvents::ChallengeId))
                    .col(integer(JudgingEvents::TrackId))
                    .col(integer_null(JudgingEvents::ActorId))
                    .col(string(JudgingEvents::Kind))
                    .col(integer_null(JudgingEvents::IdeaId))
                    .col(integer_null(JudgingEvents::JudgeId))
                    .col(text(JudgingEvents::DataJson))
                    .col(timestamp_with_time_zone(JudgingEvents::CreatedAt))
                    .foreign_key(&mut cascade(
                        JudgingEvents::Table,
                        JudgingEvents::ChallengeId,
                        Challenges::Table,
                        Challenges::Id,
                    ))
                    .foreign_key(&mut cascade(JudgingEvents::Table, JudgingEvents::TrackId, Tracks::Table, Tracks::Id))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_judging_events_track",
            JudgingEvents::Table,
            vec![JudgingEvents::TrackId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrackJudging::Table)
                    .col(pk_auto(TrackJudging::Id))
                    .col(integer(TrackJudging::TrackId))
                    .col(string(TrackJudging::Status))
                    .col(text_null(TrackJudging::CriteriaJson))
                    .col(integer(TrackJudging::MinReviews))
                    .col(timestamp_with_time_zone_null(TrackJudging::OpenedAt))
                    .col(timestamp_with_time_zone_null(TrackJudging::ClosedAt))
                    .foreign_key(&mut cascade(TrackJudging::Table, TrackJudging::TrackId, Tracks::Table, Tracks::Id))
                    .to_owned(),
            )
            .await?;
        index(manager, "idx_track_judging_track", TrackJudging::Table, vec![TrackJudging::TrackId.into_iden()], true)
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Decisions::Table)
                    .col(pk_auto(Decisions::Id))
                    .col(integer(Decisions::TrackId))
                    .col(integer(Decisions::IdeaId))
                    .col(string(Decisions::Place))
                    .col(text(Decisions::Reason))
                    .col(integer_null(Decisions::DecidedBy))
                    .col(timestamp_with_time_zone(Decisions::CreatedAt))
                    .foreign_key(&mut cascade(Decisions::Table, Decisions::TrackId, Tracks::Table, Tracks::Id))
                    .foreign_key(&mut cascade(Decisions::Table, Decisions::IdeaId, Ideas::Table, Ideas::Id))
                    .foreign_key(&mut set_null(Decisions::Table, Decisions::DecidedBy, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_decisions_unique",
            Decisions::Table,
            vec![Decisions::TrackId.into_iden(), Decisions::IdeaId.into_iden()],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Followers::Table)
                    .col(pk_auto(Followers::Id))
                    .col(integer(Followers::ChallengeId))
                    .col(integer(Followers::UserId))
                    .col(timestamp_with_time_zone(Followers::CreatedAt))
                    .foreign_key(&mut cascade(
                        Followers::Table,
                        Followers::ChallengeId,
                        Challenges::Table,
                        Challenges::Id,
                    ))
                    .foreign_key(&mut cascade(Followers::Table, Followers::UserId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_followers_unique",
            Followers::Table,
            vec![Followers::ChallengeId.into_iden(), Followers::UserId.into_iden()],
            true,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Followers::Table.into_iden(),
            Decisions::Table.into_iden(),
            TrackJudging::Table.into_iden(),
            JudgingEvents::Table.into_iden(),
            Reviews::Table.into_iden(),
            Assignments::Table.into_iden(),
            JudgeDeclarations::Table.into_iden(),
            IdeaFiles::Table.into_iden(),
            Ideas::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        manager.get_connection().execute_unprepared("ALTER TABLE submissions DROP COLUMN stderr_log").await?;
        Ok(())
    }
}
