//! Organizer notifications: each organizer's choice of emails about the
//! challenges they organize (each kind on or off, single emails or one daily
//! digest), the digest lines waiting to be sent, and which opening of a
//! track's judging has already been announced as complete.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Challenges {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Tracks {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OrganizerNoticePrefs {
    Table,
    UserId,
    IdeaSent,
    IdeaConfirmed,
    JudgeRecused,
    JudgingComplete,
    EntryFailed,
    Digest,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganizerDigestItems {
    Table,
    Id,
    UserId,
    ChallengeId,
    Kind,
    Line,
    Link,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum JudgingCompleteNotices {
    Table,
    Id,
    TrackId,
    OpenedAt,
    NotifiedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OrganizerNoticePrefs::Table)
                    .col(integer(OrganizerNoticePrefs::UserId).primary_key())
                    .col(boolean(OrganizerNoticePrefs::IdeaSent))
                    .col(boolean(OrganizerNoticePrefs::IdeaConfirmed))
                    .col(boolean(OrganizerNoticePrefs::JudgeRecused))
                    .col(boolean(OrganizerNoticePrefs::JudgingComplete))
                    .col(boolean(OrganizerNoticePrefs::EntryFailed))
                    .col(boolean(OrganizerNoticePrefs::Digest))
                    .col(timestamp_with_time_zone(OrganizerNoticePrefs::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizerNoticePrefs::Table, OrganizerNoticePrefs::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganizerDigestItems::Table)
                    .col(pk_auto(OrganizerDigestItems::Id))
                    .col(integer(OrganizerDigestItems::UserId))
                    .col(integer(OrganizerDigestItems::ChallengeId))
                    .col(string(OrganizerDigestItems::Kind))
                    .col(text(OrganizerDigestItems::Line))
                    .col(string(OrganizerDigestItems::Link))
                    .col(timestamp_with_time_zone(OrganizerDigestItems::CreatedAt))
                    .col(timestamp_with_time_zone_null(OrganizerDigestItems::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizerDigestItems::Table, OrganizerDigestItems::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizerDigestItems::Table, OrganizerDigestItems::ChallengeId)
                            .to(Challenges::Table, Challenges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organizer_digest_items_due")
                    .table(OrganizerDigestItems::Table)
                    .col(OrganizerDigestItems::SentAt)
                    .col(OrganizerDigestItems::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JudgingCompleteNotices::Table)
                    .col(pk_auto(JudgingCompleteNotices::Id))
                    .col(integer(JudgingCompleteNotices::TrackId))
                    .col(timestamp_with_time_zone(JudgingCompleteNotices::OpenedAt))
                    .col(timestamp_with_time_zone(JudgingCompleteNotices::NotifiedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(JudgingCompleteNotices::Table, JudgingCompleteNotices::TrackId)
                            .to(Tracks::Table, Tracks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_judging_complete_notices_opening")
                    .table(JudgingCompleteNotices::Table)
                    .col(JudgingCompleteNotices::TrackId)
                    .col(JudgingCompleteNotices::OpenedAt)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(JudgingCompleteNotices::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(OrganizerDigestItems::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(OrganizerNoticePrefs::Table).to_owned()).await
    }
}
