//! The language an entry was sent in (`submissions.locale`): the problems
//! found in its file and its verdict's details are written in it, so a
//! resident who reads the site in Spanish reads why their file was refused
//! in Spanish. Null for entries from before: the site's default.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Locale,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Submissions::Table)
                    .add_column(ColumnDef::new(Submissions::Locale).string_len(35).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.get_connection().execute_unprepared("ALTER TABLE submissions DROP COLUMN locale").await?;
        Ok(())
    }
}
