use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conflict_decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub judge_id: i32,
    pub idea_id: i32,
    #[sea_orm(column_type = "Text")]
    pub judge_text: String,
    #[sea_orm(column_type = "Text")]
    pub idea_text: String,
    pub conflict: bool,
    pub decided_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
