//! The language of a resident whose idea staff entered for them
//! (`ideas.contact_locale`), as staff chose it on the form: the emails to
//! that resident (the confirmation link, the results) are written in it.
//! Null for ideas from before, and for residents' own ideas (their
//! account's language is used): the site's default.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ideas {
    Table,
    ContactLocale,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Ideas::Table)
                    .add_column(ColumnDef::new(Ideas::ContactLocale).string_len(35).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.get_connection().execute_unprepared("ALTER TABLE ideas DROP COLUMN contact_locale").await?;
        Ok(())
    }
}
