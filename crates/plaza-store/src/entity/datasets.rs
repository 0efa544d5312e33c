use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "datasets")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub challenge_id: i32,
    pub slug: String,
    pub position: i32,
    pub title: String,
    pub file_name: String,
    #[sea_orm(column_type = "Text")]
    pub license: String,
    #[sea_orm(column_type = "Text")]
    pub source: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    #[sea_orm(column_type = "Text")]
    pub caveats: String,
    #[sea_orm(column_type = "Text")]
    pub columns_json: String,
    pub blob_sha256: String,
    pub size_bytes: i64,
    pub row_count: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::challenges::Entity",
        from = "Column::ChallengeId",
        to = "super::challenges::Column::Id",
        on_update = "NoAction",
        on_delete = "Cascade"
    )]
    Challenges,
}

impl Related<super::challenges::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Challenges.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
