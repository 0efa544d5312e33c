use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "challenges")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub description_md: String,
    pub host: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub time_zone: String,
    pub results_published_at: Option<DateTimeUtc>,
    pub bundle_sha256: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub max_team_size: i32,
    pub published_at: Option<DateTimeUtc>,
    pub contact: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::challenge_files::Entity")]
    ChallengeFiles,
    #[sea_orm(has_many = "super::datasets::Entity")]
    Datasets,
    #[sea_orm(has_many = "super::tracks::Entity")]
    Tracks,
}

impl Related<super::challenge_files::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ChallengeFiles.def()
    }
}

impl Related<super::datasets::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Datasets.def()
    }
}

impl Related<super::tracks::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Tracks.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
