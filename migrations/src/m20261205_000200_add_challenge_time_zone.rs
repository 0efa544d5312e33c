//! Each challenge has a time zone (an IANA name): its times are shown there
//! and its days (the daily entry limit) begin at its midnight. Challenges
//! made before keep UTC, which is what they used.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Challenges {
    Table,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Challenges::Table)
                    .add_column(ColumnDef::new(Challenges::TimeZone).string_len(64).not_null().default("UTC"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        manager.get_connection().execute_unprepared("ALTER TABLE challenges DROP COLUMN time_zone").await?;
        Ok(())
    }
}
