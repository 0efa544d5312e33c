//! Leaderboards kept in the database: each team's one row per board (its
//! best public entry; its final private entry), rewritten in the same
//! transaction as whatever changes the team's entries, and ranked by an
//! index. `board_builds` lists the tracks whose rows have been built from
//! their entries once; tracks from before this migration are built when the
//! store next starts.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

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
enum BoardRows {
    Table,
    Id,
    TrackId,
    Board,
    TeamId,
    SubmissionId,
    Score,
    SortKey,
    ChosenNs,
    Entries,
    LastSubmittedAt,
}

#[derive(DeriveIden)]
enum BoardBuilds {
    Table,
    TrackId,
    BuiltAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BoardRows::Table)
                    .col(pk_auto(BoardRows::Id))
                    .col(integer(BoardRows::TrackId))
                    .col(string_len(BoardRows::Board, 16))
                    .col(integer(BoardRows::TeamId))
                    .col(integer(BoardRows::SubmissionId))
                    .col(double(BoardRows::Score))
                    .col(double(BoardRows::SortKey))
                    .col(big_integer(BoardRows::ChosenNs))
                    .col(integer(BoardRows::Entries))
                    .col(timestamp_with_time_zone(BoardRows::LastSubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoardRows::Table, BoardRows::TrackId)
                            .to(Tracks::Table, Tracks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoardRows::Table, BoardRows::TeamId)
                            .to(Teams::Table, Teams::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_board_rows_team")
                    .table(BoardRows::Table)
                    .col(BoardRows::TrackId)
                    .col(BoardRows::Board)
                    .col(BoardRows::TeamId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_board_rows_order")
                    .table(BoardRows::Table)
                    .col(BoardRows::TrackId)
                    .col(BoardRows::Board)
                    .col(BoardRows::SortKey)
                    .col(BoardRows::ChosenNs)
                    .col(BoardRows::SubmissionId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BoardBuilds::Table)
                    .col(integer(BoardBuilds::TrackId).primary_key())
                    .col(timestamp_with_time_zone(BoardBuilds::BuiltAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BoardBuilds::Table, BoardBuilds::TrackId)
                            .to(Tracks::Table, Tracks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(BoardBuilds::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(BoardRows::Table).to_owned()).await
    }
}
