use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "track_judging")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub track_id: i32,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub criteria_json: Option<String>,
    pub min_reviews: i32,
    /// The organizers' number of judges per idea; none for the bundle's.
    pub judges_per_entry: Option<i32>,
    pub opened_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
