//! After the winners: implementation projects (with sub-projects), each for
//! a winning idea or a winning entry of a coding track, or other work; the
//! challenge's list of project statuses, dated milestones, the organizers'
//! updates, and residents' feedback on them (no account needed).

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
enum ProjectStatuses {
    Table,
    Id,
    ChallengeId,
    Position,
    Name,
    Progress,
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
    ChallengeId,
    ParentId,
    IdeaId,
    SubmissionId,
    Title,
    Owner,
    Summary,
    Question,
    StatusId,
    Progress,
    Weight,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Milestones {
    Table,
    Id,
    ProjectId,
    Title,
    DueOn,
    DoneOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ChallengeUpdates {
    Table,
    Id,
    ChallengeId,
    ProjectId,
    Title,
    BodyMd,
    Question,
    AuthorId,
    PublishedAt,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    Id,
    ChallengeId,
    UpdateId,
    ProjectId,
    Rating,
    Text,
    State,
    Reply,
    RepliedAt,
    CreatedAt,
}

fn cascade(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden)) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::Cascade).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProjectStatuses::Table)
                    .col(pk_auto(ProjectStatuses::Id))
                    .col(integer(ProjectStatuses::ChallengeId))
                    .col(integer(ProjectStatuses::Position))
                    .col(string(ProjectStatuses::Name))
                    .col(integer(ProjectStatuses::Progress))
                    .foreign_key(&mut cascade(
                        (ProjectStatuses::Table, ProjectStatuses::ChallengeId),
                        (Challenges::Table, Challenges::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Projects::Table)
                    .col(pk_auto(Projects::Id))
                    .col(integer(Projects::ChallengeId))
                    .col(integer_null(Projects::ParentId))
                    .col(integer_null(Projects::IdeaId))
                    .col(integer_null(Projects::SubmissionId))
                    .col(string(Projects::Title))
                    .col(string(Projects::Owner))
                    .col(text(Projects::Summary))
                    .col(string(Projects::Question))
                    .col(integer(Projects::StatusId))
                    .col(integer(Projects::Progress))
                    .col(integer(Projects::Weight))
                    .col(timestamp_with_time_zone(Projects::CreatedAt))
                    .col(timestamp_with_time_zone(Projects::UpdatedAt))
                    .foreign_key(&mut cascade(
                        (Projects::Table, Projects::ChallengeId),
                        (Challenges::Table, Challenges::Id),
                    ))
                    .foreign_key(&mut cascade((Projects::Table, Projects::ParentId), (Projects::Table, Projects::Id)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_projects_challenge")
                    .table(Projects::Table)
                    .col(Projects::ChallengeId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Milestones::Table)
                    .col(pk_auto(Milestones::Id))
                    .col(integer(Milestones::ProjectId))
                    .col(string(Milestones::Title))
                    .col(string_len(Milestones::DueOn, 10))
                    .col(string_len_null(Milestones::DoneOn, 10))
                    .col(timestamp_with_time_zone(Milestones::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Milestones::Table, Milestones::ProjectId),
                        (Projects::Table, Projects::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ChallengeUpdates::Table)
                    .col(pk_auto(ChallengeUpdates::Id))
                    .col(integer(ChallengeUpdates::ChallengeId))
                    .col(integer_null(ChallengeUpdates::ProjectId))
                    .col(string(ChallengeUpdates::Title))
                    .col(text(ChallengeUpdates::BodyMd))
                    .col(string(ChallengeUpdates::Question))
                    .col(integer(ChallengeUpdates::AuthorId))
                    .col(timestamp_with_time_zone(ChallengeUpdates::PublishedAt))
                    .foreign_key(&mut cascade(
                        (ChallengeUpdates::Table, ChallengeUpdates::ChallengeId),
                        (Challenges::Table, Challenges::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Feedback::Table)
                    .col(pk_auto(Feedback::Id))
                    .col(integer(Feedback::ChallengeId))
                    .col(integer_null(Feedback::UpdateId))
                    .col(integer_null(Feedback::ProjectId))
                    .col(integer_null(Feedback::Rating))
                    .col(text(Feedback::Text))
                    .col(string_len(Feedback::State, 16))
                    .col(text(Feedback::Reply))
                    .col(timestamp_with_time_zone_null(Feedback::RepliedAt))
                    .col(timestamp_with_time_zone(Feedback::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Feedback::Table, Feedback::ChallengeId),
                        (Challenges::Table, Challenges::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Feedback::Table, Feedback::UpdateId),
                        (ChallengeUpdates::Table, ChallengeUpdates::Id),
                    ))
                    .foreign_key(&mut cascade((Feedback::Table, Feedback::ProjectId), (Projects::Table, Projects::Id)))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_feedback_challenge")
                    .table(Feedback::Table)
                    .col(Feedback::ChallengeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Feedback::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ChallengeUpdates::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Milestones::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Projects::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ProjectStatuses::Table).to_owned()).await
    }
}
