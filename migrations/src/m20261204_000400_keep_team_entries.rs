//! A team's entries outlive the team row: deleting a team is refused while
//! coding entries or ideas point at it (RESTRICT), where it used to delete
//! the entries (submissions: CASCADE) or cut ideas loose from their team
//! (ideas: SET NULL).
//!
//! PostgreSQL swaps the constraint in place. SQLite cannot alter a foreign
//! key, so each table is rebuilt with SQLite's documented procedure
//! (<https://sqlite.org/lang_altertable.html#otheralter>): with foreign keys
//! off, on one connection and in one transaction, create the new table from
//! the stored definition with only the foreign key clause changed, copy the
//! rows, drop the old table, rename the new one, recreate its indexes, run
//! `PRAGMA foreign_key_check`, commit, and turn foreign keys back on. Keeping
//! the stored definition keeps every column (also those later migrations
//! added) in its place and type.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::sqlx::{self, Row};
use sea_orm_migration::sea_orm::{DatabaseBackend, DatabaseExecutor, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose `team_id` changes, with the rule before this migration.
const TABLES: [(&str, &str); 2] = [("submissions", "CASCADE"), ("ideas", "SET NULL")];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, old) in TABLES {
            set_team_rule(manager, table, old, "RESTRICT").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, old) in TABLES {
            set_team_rule(manager, table, "RESTRICT", old).await?;
        }
        Ok(())
    }
}

async fn set_team_rule(manager: &SchemaManager<'_>, table: &str, from: &str, to: &str) -> Result<(), DbErr> {
    match manager.get_database_backend() {
        DatabaseBackend::Postgres => set_team_rule_postgres(manager, table, to).await,
        DatabaseBackend::Sqlite => set_team_rule_sqlite(manager, table, from, to).await,
        other => Err(DbErr::Migration(format!("unsupported database {other:?}"))),
    }
}

async fn set_team_rule_postgres(manager: &SchemaManager<'_>, table: &str, to: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let find = Statement::from_sql_and_values(
        DatabaseBackend::Postgres,
        "SELECT c.conname AS name FROM pg_constraint c \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) \
         WHERE c.contype = 'f' AND c.conrelid = $1::regclass AND c.confrelid = 'teams'::regclass \
         AND a.attname = 'team_id'",
        [table.into()],
    );
    let rows = db.query_all_raw(find).await?;
    for row in rows {
        let name: String = row.try_get("", "name")?;
        db.execute_unprepared(&format!(r#"ALTER TABLE "{table}" DROP CONSTRAINT "{name}""#)).await?;
    }
    db.execute_unprepared(&format!(
        r#"ALTER TABLE "{table}" ADD CONSTRAINT "fk_{table}_team" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE {to}"#
    ))
    .await?;
    Ok(())
}

async fn set_team_rule_sqlite(manager: &SchemaManager<'_>, table: &str, from: &str, to: &str) -> Result<(), DbErr> {
    // The rebuild needs foreign keys off, which SQLite only allows outside a
    // transaction and per connection: take one connection from the pool.
    let DatabaseExecutor::Connection(db) = manager.get_connection() else {
        return Err(DbErr::Migration(
            "rebuilding a SQLite table needs its own connection, not an open transaction".into(),
        ));
    };
    let mut conn = db.get_sqlite_connection_pool().acquire().await.map_err(sqlx_err)?;
    sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await.map_err(sqlx_err)?;
    let rebuilt = rebuild_sqlite(&mut conn, table, from, to).await;
    if rebuilt.is_err() {
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    let restored = sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await.map_err(sqlx_err);
    rebuilt?;
    restored?;
    Ok(())
}

async fn rebuild_sqlite(conn: &mut sqlx::SqliteConnection, table: &str, from: &str, to: &str) -> Result<(), DbErr> {
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await.map_err(sqlx_err)?;
    let definition: String = sqlx::query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
        .bind(table)
        .fetch_one(&mut *conn)
        .await
        .map_err(sqlx_err)?
        .try_get("sql")
        .map_err(sqlx_err)?;
    let new_definition = change_team_rule(&definition, table, from, to)?;
    let indexes: Vec<String> =
        sqlx::query("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
            .bind(table)
            .fetch_all(&mut *conn)
            .await
            .map_err(sqlx_err)?
            .iter()
            .map(|row| row.try_get::<String, _>("sql"))
            .collect::<Result<_, _>>()
            .map_err(sqlx_err)?;
    let steps = [
        new_definition,
        format!(r#"INSERT INTO "{table}_rebuilt" SELECT * FROM "{table}""#),
        format!(r#"DROP TABLE "{table}""#),
        format!(r#"ALTER TABLE "{table}_rebuilt" RENAME TO "{table}""#),
    ];
    // The statements are built from this file's constant table names and the
    // database's own stored schema; nothing of a user's comes in.
    for step in steps.iter().chain(indexes.iter()) {
        sqlx::query(sqlx::AssertSqlSafe(step.as_str())).execute(&mut *conn).await.map_err(sqlx_err)?;
    }
    let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *conn).await.map_err(sqlx_err)?;
    if !broken.is_empty() {
        return Err(DbErr::Migration(format!("{} rows break a foreign key after rebuilding {table}", broken.len())));
    }
    sqlx::query("COMMIT").execute(&mut *conn).await.map_err(sqlx_err)?;
    Ok(())
}

/// The stored `CREATE TABLE` of `table`, renamed to `<table>_rebuilt`, with
/// the `ON DELETE` rule of its `team_id` foreign key changed from `from` to `to`.
fn change_team_rule(definition: &str, table: &str, from: &str, to: &str) -> Result<String, DbErr> {
    let head = format!(r#"CREATE TABLE "{table}""#);
    let Some(rest) = definition.strip_prefix(&head) else {
        return Err(DbErr::Migration(format!("unexpected definition of {table}: {definition}")));
    };
    let old = format!(r#"FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE {from}"#);
    if rest.matches(&old).count() != 1 {
        return Err(DbErr::Migration(format!("{table} has no foreign key `{old}` to change")));
    }
    let new = format!(r#"FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE {to}"#);
    Ok(format!(r#"CREATE TABLE "{table}_rebuilt"{}"#, rest.replace(&old, &new)))
}

fn sqlx_err(err: sqlx::Error) -> DbErr {
    DbErr::Migration(err.to_string())
}
