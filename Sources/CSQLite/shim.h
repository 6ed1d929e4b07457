#include <sqlite3.h>

/// Switches SQLite's memory statistics off. Swift cannot call the variadic sqlite3_config, so
/// this wrapper gives it one fixed signature. Must run before the first connection is opened;
/// afterwards SQLite refuses with SQLITE_MISUSE and keeps its default.
static inline int tipdb_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/// Stops this connection from checkpointing the WAL into the database when it closes. Used on
/// a file tipdb refuses: another program's uncommitted-to-file WAL frames must stay where they
/// are, and the file byte for byte as it was. sqlite3_db_config is variadic, hence the wrapper.
static inline int tipdb_sqlite3_no_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

/// Switches off the two-argument fts3_tokenizer(), which registers a tokenizer at an address
/// given in SQL: tipdb uses FTS5 only, and SQLite's documentation says to keep it off for SQL
/// from elsewhere (tipdb sql runs a user's). Debian's SQLite is built with it on.
static inline int tipdb_sqlite3_disable_fts3_tokenizer(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, (int *)0);
}
