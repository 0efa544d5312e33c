use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ideas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub track_id: i32,
    pub team_id: Option<i32>,
    pub author_id: Option<i32>,
    pub status: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub problem: String,
    #[sea_orm(column_type = "Text")]
    pub proposal: String,
    #[sea_orm(column_type = "Text")]
    pub datasets_json: String,
    #[sea_orm(column_type = "Text")]
    pub beneficiaries: String,
    #[sea_orm(column_type = "Text")]
    pub team_contact: String,
    #[sea_orm(column_type = "Text")]
    pub answers_json: String,
    #[sea_orm(column_type = "Text")]
    pub declared_json: String,
    pub contact_name: String,
    pub contact_email: String,
    pub assisted_by: Option<i32>,
    pub assisted_channel: String,
    pub confirmation: String,
    pub confirmation_hash: Option<String>,
    pub confirmed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub version: i32,
    /// Assisted ideas: the language of the resident's emails.
    pub contact_locale: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
