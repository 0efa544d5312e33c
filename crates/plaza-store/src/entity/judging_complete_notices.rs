use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "judging_complete_notices")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub track_id: i32,
    pub opened_at: DateTimeUtc,
    pub notified_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
