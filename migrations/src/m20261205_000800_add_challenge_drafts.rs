//! Challenges made in the browser start as private drafts: `published_at`
//! stays empty until an organizer publishes one. Every challenge made before
//! was published when it was created. A challenge may name a contact for
//! residents' questions, and site admins may let a person create challenges.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Challenges {
    Table,
    PublishedAt,
    Contact,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    CanCreateChallenges,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Challenges::Table)
                    .add_column(ColumnDef::new(Challenges::PublishedAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Challenges::Table)
                    .add_column(ColumnDef::new(Challenges::Contact).string_len(300).not_null().default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(ColumnDef::new(Users::CanCreateChallenges).boolean().not_null().default(false))
                    .to_owned(),
            )
            .await?;
        manager.get_connection().execute_unprepared("UPDATE challenges SET published_at = created_at").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE users DROP COLUMN can_create_challenges").await?;
        db.execute_unprepared("ALTER TABLE challenges DROP COLUMN contact").await?;
        db.execute_unprepared("ALTER TABLE challenges DROP COLUMN published_at").await?;
        Ok(())
    }
}
