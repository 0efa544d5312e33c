use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub idea_id: i32,
    pub judge_id: i32,
    #[sea_orm(column_type = "Text")]
    pub scores_json: String,
    #[sea_orm(column_type = "Text")]
    pub feedback: String,
    #[sea_orm(column_type = "Text")]
    pub private_note: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub idea_version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
