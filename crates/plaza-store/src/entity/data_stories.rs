use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "data_stories")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub dataset_id: i32,
    pub author_id: i32,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub place: String,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub rows_text: String,
    #[sea_orm(column_type = "Text")]
    pub organization: String,
    pub picture_sha256: Option<String>,
    pub picture_type: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub picture_alt: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    #[sea_orm(column_type = "Text")]
    pub edit_note: String,
    pub moderated_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
