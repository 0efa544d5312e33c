//! Users and their API tokens; challenges with their files, datasets and tracks.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    IsAdmin,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Challenges {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    DescriptionMd,
    Host,
    OpensAt,
    ClosesAt,
    ResultsPublishedAt,
    BundleSha256,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ChallengeFiles {
    Table,
    Id,
    ChallengeId,
    Path,
    BlobSha256,
    SizeBytes,
    Hidden,
}

#[derive(DeriveIden)]
enum Datasets {
    Table,
    Id,
    ChallengeId,
    Slug,
    Position,
    Title,
    FileName,
    License,
    Source,
    Description,
    Caveats,
    ColumnsJson,
    BlobSha256,
    SizeBytes,
    RowCount,
}

#[derive(DeriveIden)]
enum Tracks {
    Table,
    Id,
    ChallengeId,
    Slug,
    Position,
    Kind,
    Title,
    Description,
    SettingsJson,
}

fn timestamp(name: impl IntoIden) -> ColumnDef {
    timestamp_with_time_zone(name)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(string_uniq(Users::Email))
                    .col(string(Users::DisplayName))
                    .col(boolean(Users::IsAdmin).default(false))
                    .col(timestamp(Users::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(pk_auto(ApiTokens::Id))
                    .col(integer(ApiTokens::UserId))
                    .col(string(ApiTokens::Name))
                    .col(string_uniq(ApiTokens::TokenHash))
                    .col(timestamp(ApiTokens::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiTokens::Table, ApiTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Challenges::Table)
                    .col(pk_auto(Challenges::Id))
                    .col(string_uniq(Challenges::Slug))
                    .col(string(Challenges::Title))
                    .col(text(Challenges::Summary))
                    .col(text(Challenges::DescriptionMd))
                    .col(string(Challenges::Host))
                    .col(timestamp(Challenges::OpensAt))
                    .col(timestamp(Challenges::ClosesAt))
                    .col(timestamp_with_time_zone_null(Challenges::ResultsPublishedAt))
                    .col(string(Challenges::BundleSha256))
                    .col(timestamp(Challenges::CreatedAt))
                    .col(timestamp(Challenges::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ChallengeFiles::Table)
                    .col(pk_auto(ChallengeFiles::Id))
                    .col(integer(ChallengeFiles::ChallengeId))
                    .col(string(ChallengeFiles::Path))
                    .col(string(ChallengeFiles::BlobSha256))
                    .col(big_integer(ChallengeFiles::SizeBytes))
                    .col(boolean(ChallengeFiles::Hidden))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ChallengeFiles::Table, ChallengeFiles::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_challenge_files_path")
                    .table(ChallengeFiles::Table)
                    .col(ChallengeFiles::ChallengeId)
                    .col(ChallengeFiles::Path)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Datasets::Table)
                    .col(pk_auto(Datasets::Id))
                    .col(integer(Datasets::ChallengeId))
                    .col(string(Datasets::Slug))
                    .col(integer(Datasets::Position))
                    .col(string(Datasets::Title))
                    .col(string(Datasets::FileName))
                    .col(text(Datasets::License))
                    .col(text(Datasets::Source))
                    .col(text(Datasets::Description))
                    .col(text(Datasets::Caveats))
                    .col(text(Datasets::ColumnsJson))
                    .col(string(Datasets::BlobSha256))
                    .col(big_integer(Datasets::SizeBytes))
                    .col(big_integer(Datasets::RowCount))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Datasets::Table, Datasets::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_datasets_slug")
                    .table(Datasets::Table)
                    .col(Datasets::ChallengeId)
                    .col(Datasets::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Tracks::Table)
                    .col(pk_auto(Tracks::Id))
                    .col(integer(Tracks::ChallengeId))
                    .col(string(Tracks::Slug))
                    .col(integer(Tracks::Position))
                    .col(string(Tracks::Kind))
                    .col(string(Tracks::Title))
                    .col(text(Tracks::Description))
                    .col(text(Tracks::SettingsJson))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Tracks::Table, Tracks::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_tracks_slug")
                    .table(Tracks::Table)
                    .col(Tracks::ChallengeId)
                    .col(Tracks::Slug)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Tracks::Table.into_iden(),
            Datasets::Table.into_iden(),
            ChallengeFiles::Table.into_iden(),
            Challenges::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
