use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "data_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub dataset_id: i32,
    pub reporter_id: i32,
    pub scope: String,
    pub row_number: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub column_name: String,
    #[sea_orm(column_type = "Text")]
    pub problem: String,
    #[sea_orm(column_type = "Text")]
    pub should_be: String,
    #[sea_orm(column_type = "Text")]
    pub how_known: String,
    pub photo_sha256: Option<String>,
    pub photo_type: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub credit_name: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub duplicate_of: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub correction: Option<String>,
    pub corrected_in: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub before_value: Option<String>,
    pub blob_sha256: String,
    pub locale: Option<String>,
    pub triaged_by: Option<i32>,
    pub triaged_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
