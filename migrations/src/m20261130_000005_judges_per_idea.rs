//! Organizers can change how many judges read each idea until judging opens,
//! as they can the rubric: `track_judging.judges_per_entry`, empty for the
//! bundle's number.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TrackJudging {
    Table,
    JudgesPerEntry,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(TrackJudging::Table)
                    .add_column(ColumnDef::new(TrackJudging::JudgesPerEntry).integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        manager.get_connection().execute_unprepared("ALTER TABLE track_judging DROP COLUMN judges_per_entry").await?;
        Ok(())
    }
}
