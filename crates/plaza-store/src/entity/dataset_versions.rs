use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dataset_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub dataset_id: i32,
    pub version: i32,
    pub blob_sha256: String,
    pub file_name: String,
    pub size_bytes: i64,
    pub row_count: i64,
    #[sea_orm(column_type = "Text")]
    pub change_note: String,
    pub created_at: DateTimeUtc,
    pub created_by: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
