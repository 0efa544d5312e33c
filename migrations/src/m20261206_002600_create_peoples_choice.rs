//! People's choice (#15 item 4): organizers open a public vote on the ideas
//! of a track that passed their screening (`ballots`); one vote per account,
//! changeable until it closes (`votes`, unique by track and voter), with a
//! hash of the address it came from, keyed with the ballot's random salt, for the organizers' fraud signs,
//! and the reason a vote was set aside.

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
enum Ballots {
    Table,
    Id,
    ChallengeId,
    TrackId,
    IdeasJson,
    Salt,
    OpenedBy,
    OpenedAt,
    ClosesAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum Votes {
    Table,
    Id,
    TrackId,
    IdeaId,
    VoterId,
    AddressHash,
    CreatedAt,
    UpdatedAt,
    VoidReason,
    VoidedBy,
    VoidedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Ballots::Table)
                    .col(pk_auto(Ballots::Id))
                    .col(integer(Ballots::ChallengeId))
                    .col(integer(Ballots::TrackId).unique_key())
                    .col(text(Ballots::IdeasJson))
                    .col(string_len(Ballots::Salt, 64))
                    .col(integer(Ballots::OpenedBy))
                    .col(timestamp_with_time_zone(Ballots::OpenedAt))
                    .col(timestamp_with_time_zone(Ballots::ClosesAt))
                    .col(timestamp_with_time_zone_null(Ballots::ClosedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ballots::Table, Ballots::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ballots::Table, Ballots::TrackId)
                            .to(Tracks::Table, Tracks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Votes::Table)
                    .col(pk_auto(Votes::Id))
                    .col(integer(Votes::TrackId))
                    .col(integer(Votes::IdeaId))
                    .col(integer(Votes::VoterId))
                    .col(string_len(Votes::AddressHash, 64))
                    .col(timestamp_with_time_zone(Votes::CreatedAt))
                    .col(timestamp_with_time_zone(Votes::UpdatedAt))
                    .col(text_null(Votes::VoidReason))
                    .col(integer_null(Votes::VoidedBy))
                    .col(timestamp_with_time_zone_null(Votes::VoidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Votes::Table, Votes::TrackId)
                            .to(Tracks::Table, Tracks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Votes::Table, Votes::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Votes::Table, Votes::VoterId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_votes_one_per_voter")
                    .table(Votes::Table)
                    .col(Votes::TrackId)
                    .col(Votes::VoterId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Votes::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Ballots::Table).to_owned()).await
    }
}
