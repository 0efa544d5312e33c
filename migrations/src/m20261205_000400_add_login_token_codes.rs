//! A sign-in email also carries a short code, for the person to type into
//! the page that asked when the email is read on another device, and the
//! link can be used in another browser once the code shown by the browser
//! that asked is typed there. `code_hash` is the email's code (hashed with
//! the token), `code_attempts` counts codes of either kind tried (the token
//! is used up at the limit), `requested_from` says which kind of device and
//! browser asked, to show on the other one.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LoginTokens {
    Table,
    CodeHash,
    CodeAttempts,
    RequestedFrom,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds only one at a time.
        let columns = [
            ColumnDef::new(LoginTokens::CodeHash).text().null().to_owned(),
            ColumnDef::new(LoginTokens::CodeAttempts).integer().not_null().default(0).to_owned(),
            ColumnDef::new(LoginTokens::RequestedFrom).text().not_null().default("").to_owned(),
        ];
        for mut column in columns {
            manager.alter_table(Table::alter().table(LoginTokens::Table).add_column(&mut column).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        for column in ["requested_from", "code_attempts", "code_hash"] {
            manager
                .get_connection()
                .execute_unprepared(&format!("ALTER TABLE login_tokens DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
