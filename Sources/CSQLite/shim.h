#include <sqlite3.h>

/// Switches SQLite's memory statistics off. Swift cannot call the variadic sqlite3_config, so
/// this wrapper gives it one fixed signature. Must run before the first connection is opened;
/// afterwards SQLite refuses with SQLITE_MISUSE and keeps its default.
static inline int tipdb_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
