//! Team invitations: each emailed invitation and each shared link has its own
//! token, so several can be pending at once and each can be cancelled.
//! (`teams.join_token_hash` is no longer read; links made before this
//! migration stop working.)

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

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
enum TeamInvitations {
    Table,
    Id,
    TeamId,
    Email,
    TokenHash,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    RevokedAt,
    UsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TeamInvitations::Table)
                    .col(pk_auto(TeamInvitations::Id))
                    .col(integer(TeamInvitations::TeamId))
                    .col(string_null(TeamInvitations::Email))
                    .col(string_uniq(TeamInvitations::TokenHash))
                    .col(integer_null(TeamInvitations::CreatedBy))
                    .col(timestamp_with_time_zone(TeamInvitations::CreatedAt))
                    .col(timestamp_with_time_zone(TeamInvitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(TeamInvitations::RevokedAt))
                    .col(timestamp_with_time_zone_null(TeamInvitations::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TeamInvitations::Table, TeamInvitations::TeamId)
                            .to(Teams::Table, Teams::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TeamInvitations::Table, TeamInvitations::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_team_invitations_team")
                    .table(TeamInvitations::Table)
                    .col(TeamInvitations::TeamId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(TeamInvitations::Table).to_owned()).await
    }
}
