//! Data-quality reports (#15): a resident says a row, a column or a whole
//! file of a dataset is wrong; the organizers (or partner organizations they
//! invite) confirm, reject with a reason, or mark a duplicate. A confirmed
//! correction of one cell is applied when the organizers publish the next
//! version of the file: `corrected_in` is the version it was made to and
//! `before_value` what the cell held, which together are the change log.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Challenges {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Datasets {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DataReports {
    Table,
    Id,
    ChallengeId,
    DatasetId,
    ReporterId,
    Scope,
    RowNumber,
    ColumnName,
    Problem,
    ShouldBe,
    HowKnown,
    PhotoSha256,
    PhotoType,
    CreditName,
    Status,
    Reason,
    DuplicateOf,
    Correction,
    CorrectedIn,
    BeforeValue,
    BlobSha256,
    Locale,
    TriagedBy,
    TriagedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DataReports::Table)
                    .col(pk_auto(DataReports::Id))
                    .col(integer(DataReports::ChallengeId))
                    .col(integer(DataReports::DatasetId))
                    .col(integer(DataReports::ReporterId))
                    .col(string_len(DataReports::Scope, 8))
                    .col(big_integer_null(DataReports::RowNumber))
                    .col(text(DataReports::ColumnName))
                    .col(text(DataReports::Problem))
                    .col(text(DataReports::ShouldBe))
                    .col(text(DataReports::HowKnown))
                    .col(string_len_null(DataReports::PhotoSha256, 64))
                    .col(string_len_null(DataReports::PhotoType, 32))
                    .col(text(DataReports::CreditName))
                    .col(string_len(DataReports::Status, 16))
                    .col(text(DataReports::Reason))
                    .col(integer_null(DataReports::DuplicateOf))
                    .col(text_null(DataReports::Correction))
                    .col(integer_null(DataReports::CorrectedIn))
                    .col(text_null(DataReports::BeforeValue))
                    .col(string_len(DataReports::BlobSha256, 64))
                    .col(string_len_null(DataReports::Locale, 16))
                    .col(integer_null(DataReports::TriagedBy))
                    .col(timestamp_with_time_zone_null(DataReports::TriagedAt))
                    .col(timestamp_with_time_zone(DataReports::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(DataReports::Table, DataReports::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DataReports::Table, DataReports::DatasetId)
                            .to(Datasets::Table, Datasets::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DataReports::Table, DataReports::ReporterId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_data_reports_dataset")
                    .table(DataReports::Table)
                    .col(DataReports::DatasetId)
                    .col(DataReports::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_data_reports_challenge")
                    .table(DataReports::Table)
                    .col(DataReports::ChallengeId)
                    .col(DataReports::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DataReports::Table).to_owned()).await
    }
}
