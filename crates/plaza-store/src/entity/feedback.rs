use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub update_id: Option<i32>,
    pub project_id: Option<i32>,
    pub rating: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub state: String,
    #[sea_orm(column_type = "Text")]
    pub reply: String,
    pub replied_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
