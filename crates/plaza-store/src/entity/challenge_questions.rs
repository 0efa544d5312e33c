use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "challenge_questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub asker_id: i32,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub decline_reason: String,
    #[sea_orm(column_type = "Text")]
    pub answer: String,
    pub answered_by: Option<i32>,
    pub answered_at: Option<DateTimeUtc>,
    pub pinned: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
