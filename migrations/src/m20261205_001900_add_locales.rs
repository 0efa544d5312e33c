//! The language a person reads Plaza in: chosen on their account page
//! (`users.locale`), or the one they asked in when they followed a
//! challenge by email alone (`email_followers.locale`). Their emails are
//! written in it. Null: the browser's language on pages, the site's
//! default in emails.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Locale,
}

#[derive(DeriveIden)]
enum EmailFollowers {
    Table,
    Locale,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(ColumnDef::new(Users::Locale).string_len(35).null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(EmailFollowers::Table)
                    .add_column(ColumnDef::new(EmailFollowers::Locale).string_len(35).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE email_followers DROP COLUMN locale").await?;
        db.execute_unprepared("ALTER TABLE users DROP COLUMN locale").await?;
        Ok(())
    }
}
