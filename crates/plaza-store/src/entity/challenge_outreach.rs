use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "challenge_outreach")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub challenge_id: i32,
    pub short_code: String,
    pub phone: String,
    pub phone_hours: String,
    #[sea_orm(column_type = "Text")]
    pub drop_off_address: String,
    pub drop_off_hours: String,
    #[sea_orm(column_type = "Text")]
    pub partner_location: String,
    pub paper: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
