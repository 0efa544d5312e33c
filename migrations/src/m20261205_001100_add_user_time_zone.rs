//! A person may choose the time zone they read times in (an IANA name);
//! pages then show each time in the challenge's zone and in theirs. Null:
//! the challenge's zone only, as before.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(ColumnDef::new(Users::TimeZone).string_len(64).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        manager.get_connection().execute_unprepared("ALTER TABLE users DROP COLUMN time_zone").await?;
        Ok(())
    }
}
