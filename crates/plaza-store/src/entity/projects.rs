use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "projects")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub parent_id: Option<i32>,
    pub idea_id: Option<i32>,
    pub submission_id: Option<i32>,
    pub title: String,
    pub owner: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub question: String,
    pub status_id: i32,
    pub progress: i32,
    pub weight: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
