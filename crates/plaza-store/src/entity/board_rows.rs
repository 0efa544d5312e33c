use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "board_rows")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub track_id: i32,
    pub board: String,
    pub team_id: i32,
    pub submission_id: i32,
    pub score: f64,
    pub sort_key: f64,
    pub chosen_ns: i64,
    pub entries: i32,
    pub last_submitted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::teams::Entity",
        from = "Column::TeamId",
        to = "super::teams::Column::Id",
        on_update = "NoAction",
        on_delete = "Cascade"
    )]
    Teams,
}

impl Related<super::teams::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Teams.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
