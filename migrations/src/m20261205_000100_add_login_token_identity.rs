//! A sign-up link started from a sign-in provider remembers which account
//! there to link once the person has chosen a name: `identity_provider` and
//! `identity_subject` on `login_tokens`, where that pair used to travel as
//! JSON inside `next_path`. A sign-up link still unused when this runs keeps
//! its JSON in `next_path`, which the site treats as no path ("/"): the
//! person signs up, and links the provider at their next sign-in with it.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LoginTokens {
    Table,
    IdentityProvider,
    IdentitySubject,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds only one at a time.
        for column in [LoginTokens::IdentityProvider, LoginTokens::IdentitySubject] {
            manager
                .alter_table(
                    Table::alter()
                        .table(LoginTokens::Table)
                        .add_column(ColumnDef::new(column).text().null())
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        for column in ["identity_subject", "identity_provider"] {
            manager
                .get_connection()
                .execute_unprepared(&format!("ALTER TABLE login_tokens DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
