//! Accounts: browser sessions, one-time sign-in links, linked identities,
//! per-challenge roles and invitations, teams, the email outbox and the
//! counters behind rate limits.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    NotifyResults,
    NotifyNews,
    UnsubscribeToken,
    TermsAcceptedAt,
}

#[derive(DeriveIden)]
enum Challenges {
    Table,
    Id,
    MaxTeamSize,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Scope,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    TokenHash,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum LoginTokens {
    Table,
    Id,
    Purpose,
    Email,
    TokenHash,
    BrowserHash,
    NextPath,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Identities {
    Table,
    Id,
    UserId,
    Provider,
    Subject,
    Email,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ChallengeRoles {
    Table,
    Id,
    ChallengeId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    ChallengeId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    AcceptedBy,
}

#[derive(DeriveIden)]
enum Teams {
    Table,
    Id,
    ChallengeId,
    Name,
    Alias,
    ShowAlias,
    JoinTokenHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TeamMembers {
    Table,
    Id,
    TeamId,
    ChallengeId,
    UserId,
    JoinedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToEmail,
    Subject,
    BodyText,
    BodyHtml,
    ListUnsubscribe,
    Status,
    Attempts,
    NextAttemptAt,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum RateEvents {
    Table,
    Id,
    Bucket,
    CreatedAt,
}

fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from_table, from_col).to(to_table, to_col).on_delete(ForeignKeyAction::Cascade).to_owned()
}

async fn unique_index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    cols: Vec<DynIden>,
) -> Result<(), DbErr> {
    let mut index = Index::create().name(name).table(table).unique().to_owned();
    for col in cols {
        index.col(col);
    }
    manager.create_index(index).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            boolean(Users::NotifyResults).default(true).to_owned(),
            boolean(Users::NotifyNews).default(true).to_owned(),
            string(Users::UnsubscribeToken).default("").to_owned(),
            timestamp_with_time_zone_null(Users::TermsAcceptedAt),
        ] {
            manager.alter_table(Table::alter().table(Users::Table).add_column(column).to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Challenges::Table)
                    .add_column(integer(Challenges::MaxTeamSize).default(5))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter().table(ApiTokens::Table).add_column(string(ApiTokens::Scope).default("read")).to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(pk_auto(Sessions::Id))
                    .col(string_uniq(Sessions::TokenHash))
                    .col(integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(&mut fk(Sessions::Table, Sessions::UserId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginTokens::Table)
                    .col(pk_auto(LoginTokens::Id))
                    .col(string(LoginTokens::Purpose))
                    .col(string(LoginTokens::Email))
                    .col(string_uniq(LoginTokens::TokenHash))
                    .col(string(LoginTokens::BrowserHash))
                    .col(string(LoginTokens::NextPath))
                    .col(timestamp_with_time_zone(LoginTokens::CreatedAt))
                    .col(timestamp_with_time_zone(LoginTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(LoginTokens::UsedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Identities::Table)
                    .col(pk_auto(Identities::Id))
                    .col(integer(Identities::UserId))
                    .col(string(Identities::Provider))
                    .col(string(Identities::Subject))
                    .col(string(Identities::Email))
                    .col(timestamp_with_time_zone(Identities::CreatedAt))
                    .foreign_key(&mut fk(Identities::Table, Identities::UserId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        unique_index(
            manager,
            "idx_identities_subject",
            Identities::Table,
            vec![Identities::Provider.into_iden(), Identities::Subject.into_iden()],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(ChallengeRoles::Table)
                    .col(pk_auto(ChallengeRoles::Id))
                    .col(integer(ChallengeRoles::ChallengeId))
                    .col(integer(ChallengeRoles::UserId))
                    .col(string(ChallengeRoles::Role))
                    .col(timestamp_with_time_zone(ChallengeRoles::CreatedAt))
                    .foreign_key(&mut fk(
                        ChallengeRoles::Table,
                        ChallengeRoles::ChallengeId,
                        Challenges::Table,
                        Challenges::Id,
                    ))
                    .foreign_key(&mut fk(ChallengeRoles::Table, ChallengeRoles::UserId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        unique_index(
            manager,
            "idx_challenge_roles_unique",
            ChallengeRoles::Table,
            vec![
                ChallengeRoles::ChallengeId.into_iden(),
                ChallengeRoles::UserId.into_iden(),
                ChallengeRoles::Role.into_iden(),
            ],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(pk_auto(Invitations::Id))
                    .col(integer(Invitations::ChallengeId))
                    .col(string(Invitations::Email))
                    .col(string(Invitations::Role))
                    .col(string_uniq(Invitations::TokenHash))
                    .col(integer(Invitations::InvitedBy))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::AcceptedAt))
                    .col(integer_null(Invitations::AcceptedBy))
                    .foreign_key(&mut fk(
                        Invitations::Table,
                        Invitations::ChallengeId,
                        Challenges::Table,
                        Challenges::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Teams::Table)
                    .col(pk_auto(Teams::Id))
                    .col(integer(Teams::ChallengeId))
                    .col(string(Teams::Name))
                    .col(string(Teams::Alias))
                    .col(boolean(Teams::ShowAlias).default(false))
                    .col(string_uniq(Teams::JoinTokenHash))
                    .col(timestamp_with_time_zone(Teams::CreatedAt))
                    .foreign_key(&mut fk(Teams::Table, Teams::ChallengeId, Challenges::Table, Challenges::Id))
                    .to_owned(),
            )
            .await?;
        unique_index(
            manager,
            "idx_teams_name",
            Teams::Table,
            vec![Teams::ChallengeId.into_iden(), Teams::Name.into_iden()],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(TeamMembers::Table)
                    .col(pk_auto(TeamMembers::Id))
                    .col(integer(TeamMembers::TeamId))
                    .col(integer(TeamMembers::ChallengeId))
                    .col(integer(TeamMembers::UserId))
                    .col(timestamp_with_time_zone(TeamMembers::JoinedAt))
                    .foreign_key(&mut fk(TeamMembers::Table, TeamMembers::TeamId, Teams::Table, Teams::Id))
                    .foreign_key(&mut fk(TeamMembers::Table, TeamMembers::UserId, Users::Table, Users::Id))
                    .to_owned(),
            )
            .await?;
        // One team per person per challenge, enforced by the database.
        unique_index(
            manager,
            "idx_team_members_one_team",
            TeamMembers::Table,
            vec![TeamMembers::ChallengeId.into_iden(), TeamMembers::UserId.into_iden()],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(pk_auto(Outbox::Id))
                    .col(string(Outbox::ToEmail))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::BodyText))
                    .col(text(Outbox::BodyHtml))
                    .col(string(Outbox::ListUnsubscribe))
                    .col(string(Outbox::Status))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                    .col(text(Outbox::LastError))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateEvents::Table)
                    .col(pk_auto(RateEvents::Id))
                    .col(string(RateEvents::Bucket))
                    .col(timestamp_with_time_zone(RateEvents::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_events_bucket")
                    .table(RateEvents::Table)
                    .col(RateEvents::Bucket)
                    .col(RateEvents::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            RateEvents::Table.into_iden(),
            Outbox::Table.into_iden(),
            TeamMembers::Table.into_iden(),
            Teams::Table.into_iden(),
            Invitations::Table.into_iden(),
            ChallengeRoles::Table.into_iden(),
            Identities::Table.into_iden(),
            LoginTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager.alter_table(Table::alter().table(ApiTokens::Table).drop_column(ApiTokens::Scope).to_owned()).await?;
        manager
            .alter_table(Table::alter().table(Challenges::Table).drop_column(Challenges::MaxTeamSize).to_owned())
            .await?;
        for column in [Users::NotifyResults, Users::NotifyNews, Users::UnsubscribeToken, Users::TermsAcceptedAt] {
            manager.alter_table(Table::alter().table(Users::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}
