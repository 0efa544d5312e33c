use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub track_id: i32,
    pub team_id: i32,
    pub user_id: i32,
    pub file_name: String,
    pub blob_sha256: String,
    pub size_bytes: i64,
    pub status: String,
    pub verdict: Option<String>,
    #[sea_orm(column_type = "Double", nullable)]
    pub public_score: Option<f64>,
    #[sea_orm(column_type = "Double", nullable)]
    pub private_score: Option<f64>,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    #[sea_orm(column_type = "Text")]
    pub cases_json: String,
    pub selected: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub disqualified_reason: Option<String>,
    pub utc_day: String,
    pub created_at: DateTimeUtc,
    pub scored_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text")]
    pub stderr_log: String,
    /// The language the entry was sent in: its problems are written in it.
    pub locale: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::teams::Entity",
        from = "Column::TeamId",
        to = "super::teams::Column::Id",
        on_update = "NoAction",
        on_delete = "Restrict"
    )]
    Teams,
}

impl Related<super::teams::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Teams.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
