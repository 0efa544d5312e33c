use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub purpose: String,
    pub email: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub browser_hash: String,
    pub next_path: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
    pub identity_provider: Option<String>,
    pub identity_subject: Option<String>,
    pub code_hash: Option<String>,
    pub code_attempts: i32,
    pub requested_from: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
