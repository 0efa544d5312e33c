//! Ideas keep the text judges scored: once an idea has a review, an edit
//! saves the text before it in `idea_versions` and counts up
//! `ideas.version` (1 for every idea so far); each review records the
//! version it scored in `reviews.idea_version` (1 for reviews so far).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ideas {
    Table,
    Id,
    Version,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    IdeaVersion,
}

#[derive(DeriveIden)]
enum IdeaVersions {
    Table,
    Id,
    IdeaId,
    Version,
    FieldsJson,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Ideas::Table)
                    .add_column(ColumnDef::new(Ideas::Version).integer().not_null().default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Reviews::Table)
                    .add_column(ColumnDef::new(Reviews::IdeaVersion).integer().not_null().default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IdeaVersions::Table)
                    .col(pk_auto(IdeaVersions::Id))
                    .col(integer(IdeaVersions::IdeaId))
                    .col(integer(IdeaVersions::Version))
                    .col(text(IdeaVersions::FieldsJson))
                    .col(timestamp_with_time_zone(IdeaVersions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(IdeaVersions::Table, IdeaVersions::IdeaId)
                            .to(Ideas::Table, Ideas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_idea_versions_idea_version")
                    .table(IdeaVersions::Table)
                    .col(IdeaVersions::IdeaId)
                    .col(IdeaVersions::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(IdeaVersions::Table).to_owned()).await?;
        // Both SQLite (3.35 and later) and PostgreSQL drop a column this way.
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE reviews DROP COLUMN idea_version").await?;
        db.execute_unprepared("ALTER TABLE ideas DROP COLUMN version").await?;
        Ok(())
    }
}
