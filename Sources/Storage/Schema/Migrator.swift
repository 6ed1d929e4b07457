import Foundation

/// Applies the embedded migrations to a database, in order, each exactly once.
///
/// All the migrations a run applies share one IMMEDIATE transaction, each with its row in
/// `schema_migrations` and followed by `PRAGMA foreign_key_check`: a run is applied completely
/// or not at all.
///
/// Why one transaction and not one per migration: when migration N failed (a full disk, a
/// file-size limit, SIGTERM), migrations 1 to N-1 stayed committed, `tipdb init` left a
/// half-made database behind and `tipdb migrate` a database at a version nobody asked for,
/// while the message said nothing was changed (a nightly-pipeline review, session 49). No
/// migration's SQL needs a transaction of its own: none runs VACUUM or changes the journal mode
/// or `foreign_keys` (which SQLite ignores inside a transaction); the PRAGMAs they do run
/// (`writable_schema`, `legacy_alter_table`, `secure_delete`, `schema_version`) act inside one,
/// and `defer_foreign_keys`, which only a COMMIT used to reset, is reset after each migration.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration] = Migration.bundled) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    static let historyTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations ( -- Schema migrations applied to this database, in order.
            version INTEGER PRIMARY KEY, -- migration number, from the file name mNNNN_name.sql
            name TEXT NOT NULL, -- migration name, from the file name
            sha256 TEXT NOT NULL, -- SHA-256 of the migration file as applied; a mismatch means another tipdb build made this database
            applied_at TEXT NOT NULL -- when the migration was applied (UTC)
        ) STRICT
        """

    /// What a migration needs done in Swift after its SQL, in the same transaction: work SQL cannot
    /// do. `m0023` made `source_labels`, whose labels only tipdb's rule (`SourceLabel`) can write;
    /// `m0027`, `m0028` and `m0034` edited the figures table's text (m0034 adding a column),
    /// `m0029` two views', `m0032` ingest_rejects' and `m0033` ingest_batches' (a column added,
    /// filled for the retract batches already recorded once SQLite has parsed it), which takes a
    /// new schema version; `m0030`, `m0041`, `m0043`, `m0044`, `m0053` and `m0054` relabel the sources after SourceLabel's rule changed;
    /// `m0042` edits ingest_batches' text (file_identity) and ingest_rejects' comment, and makes a
    /// view, open_rejects, that reads the new column; `m0050` edits the figures table's text
    /// (value_last_digit) and remakes figure_changes, which reads it; `m0052` likewise
    /// (low_last_digit, high_last_digit); `m0053` edits source_labels' comment on `label`; `m0055`
    /// edits the sources table's text (container) and remakes figure_citations, which reads it;
    /// `m0056` edits the comments of ingest_batches' and datasets' `file` and shortens the paths
    /// stored there (`shortenStoredFilePaths`), and compiles the two views it remade; `m0061` edits
    /// the measures table's text (batch_id) and the figures table's (price_year), and compiles the
    /// two views it remade, which read the new column; `m0062` remakes figure_changes (breakdown),
    /// compiled after it; `m0063` edits figure_citations' text in place (a work in press, a
    /// version, a chapter's book), each piece checked here; `m0064` latest_estimates' (a work in
    /// press after every dated source) and figure_citations' (raw and forthcoming), each piece
    /// checked and the view compiled, and makes measure_revisions, which ingest fills; `m0066`
    /// figure_citations' and figure_changes' (past a row whose JSON is not valid), each piece
    /// checked and the views compiled.
    static let followUps: [Int: @Sendable (Database) throws -> Void] = [
        23: { db in _ = try db.relabelAllSources() },
        27: { db in try db.completeSchemaTextEdit(of: "figures") },
        28: { db in try db.completeSchemaTextEdit(of: "figures", expecting: "(censored = 0 AND value IS NULL AND low IS NOT NULL AND high IS NOT NULL)") },
        29: { db in
            let comment = "(NULL when censored, or published only as a range: see low and high)"
            try db.completeSchemaTextEdit(of: "figure_citations", expecting: "the number as published " + comment)
            try db.completeSchemaTextEdit(of: "latest_estimates", expecting: "its value " + comment)
        },
        30: { db in _ = try db.relabelAllSources() },
        41: { db in _ = try db.relabelAllSources() },
        43: { db in _ = try db.relabelAllSources() },
        44: { db in _ = try db.relabelAllSources() },
        53: { db in
            try db.completeSchemaTextEdit(of: "source_labels", expecting: "-- short_label made unique where other sources share it: by the first author's initials")
            _ = try db.relabelAllSources()
        },
        54: { db in _ = try db.relabelAllSources() },
        55: { db in
            try db.completeSchemaTextEdit(of: "sources", expecting: "(UTC)\n    container TEXT, -- the journal, book, website or series")
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            _ = try db.rows("SELECT * FROM pragma_table_info('figure_citations')")
        },
        56: { db in
            try db.completeSchemaTextEdit(of: "ingest_batches", expecting: "    file TEXT NOT NULL, -- the file loaded, as given on the command line when")
            try db.completeSchemaTextEdit(of: "ingest_batches", expecting: "m0056 gave one recorded by an absolute path the digest of that path")
            try db.completeSchemaTextEdit(of: "datasets", expecting: "    file TEXT NOT NULL, -- the file loaded, as ingest_batches.file keeps it")
            try db.shortenStoredFilePaths()
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            for view in ["open_rejects", "figure_citations"] { _ = try db.rows("SELECT * FROM pragma_table_info(?)", [view]) }
        },
        32: { db in try db.completeSchemaTextEdit(of: "ingest_rejects", expecting: "(1-based, in UTF-16 code units as editors count them") },
        33: { db in
            try db.completeSchemaTextEdit(of: "ingest_batches", expecting: "    rows_retracted INTEGER NOT NULL DEFAULT 0 -- rows about a figure withdrawn")
            // Only once its text is parsed does this connection know the column.
            try db.execute("""
                UPDATE ingest_batches SET rows_retracted = (SELECT count(*) FROM figure_retractions x WHERE x.batch_id = ingest_batches.id)
                WHERE id IN (SELECT batch_id FROM figure_retractions)
                """)
        },
        34: { db in
            try db.completeSchemaTextEdit(of: "figures", expecting: "-- when the row was last changed (UTC)\n    period_basis TEXT")
            // The two views the migration made read the new column: compiled now, against the new
            // text, so that a view SQLite cannot read fails the migration, not a later command.
            for view in ["figure_citations", "figure_changes"] { _ = try db.rows("SELECT * FROM pragma_table_info(?)", [view]) }
        },
        42: { db in
            try db.completeSchemaTextEdit(of: "ingest_batches", expecting: "    file_identity TEXT CHECK (length(file_identity) = 64")
            try db.completeSchemaTextEdit(of: "ingest_rejects", expecting: "open_rejects lists only those of each file's latest load")
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            _ = try db.rows("SELECT * FROM pragma_table_info('open_rejects')")
        },
        50: { db in
            try db.completeSchemaTextEdit(of: "figures", expecting: "standing in for it\n    value_last_digit INTEGER")
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            _ = try db.rows("SELECT * FROM pragma_table_info('figure_changes')")
        },
        61: { db in
            try db.completeSchemaTextEdit(of: "measures", expecting: "\n    batch_id INTEGER REFERENCES ingest_batches(id) -- the ingest batch that loaded the measure")
            try db.completeSchemaTextEdit(of: "figures", expecting: "\n    price_year INTEGER CHECK (price_year IS NULL OR price_year BETWEEN 1800 AND 2200)")
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            for view in ["figure_changes", "figure_citations"] { _ = try db.rows("SELECT * FROM pragma_table_info(?)", [view]) }
        },
        62: { db in
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            _ = try db.rows("SELECT * FROM pragma_table_info('figure_changes')")
        },
        63: { db in
            // Each of the migration's nine edits, found in the new text: a piece it did not find fails the migration.
            for expected in [
                "GLOB '* in press-' THEN 0 ELSE 1 END) ELSE '' END AS letter",
                "WHERE w.words GLOB 'in *press' AND replace(w.words, ' ', '') = 'inpress')) AS in_press",
                "(kind = 'book-chapter' AND container_title IS NOT NULL) AS is_chapter",
                "CASE WHEN in_press THEN 'in press' ELSE 'n.d.' END",
                "|| coalesce(', ' || version_text, ''), 3), '') AS about_text",
                "|| CASE WHEN is_chapter THEN '' ELSE coalesce(', ' || pages, '') END AS in_text",
                "|| coalesce(' (' || about_text || ')', '')",
                "CASE WHEN about_text IS NULL AND kind NOT IN",
                "since m0063 a work in press as in press (Okafor, Chiamaka (in press).)",
            ] {
                try db.completeSchemaTextEdit(of: "figure_citations", expecting: expected)
            }
        },
        64: { db in
            // Each of the migration's three edits, found in the new text: a piece it did not find fails the migration.
            for expected in [
                "THEN '~' ELSE coalesce(s.published, '') END AS published,",
                "since m0064 a work in press, whose sources.csl says \"in press\" or \"forthcoming\", after every dated source",
            ] {
                try db.completeSchemaTextEdit(of: "latest_estimates", expecting: expected)
            }
            try db.completeSchemaTextEdit(
                of: "figure_citations", expecting: "OR w.words = 'forthcoming')) AS in_press")
        },
        66: { db in
            // Each of the migration's two edits, found in the new text (and the view compiled): a piece
            // it did not find fails the migration.
            try db.completeSchemaTextEdit(
                of: "figure_citations", expecting: "(s.published IS NOT NULL AND CASE WHEN NOT json_valid(s.csl) THEN 0 ELSE CASE json_type(s.csl, '$.issued.circa')")
            try db.completeSchemaTextEdit(
                of: "figure_changes", expecting: "(SELECT CASE WHEN json_valid(r.previous) THEN r.previous ->> '$.batch_id' ELSE r.batch_id END FROM figure_revisions r")
        },
        52: { db in
            try db.completeSchemaTextEdit(
                of: "figures", expecting: "how it was printed\n    low_last_digit INTEGER CHECK (low_last_digit IS NULL OR low IS NOT NULL)")
            try db.completeSchemaTextEdit(of: "figures", expecting: "\n    high_last_digit INTEGER CHECK (high_last_digit IS NULL OR high IS NOT NULL)")
            // Compiled against the new text: a view SQLite cannot read fails the migration.
            _ = try db.rows("SELECT * FROM pragma_table_info('figure_changes')")
        },
    ]

    /// Applied and pending migrations. Reads only: never writes to the database.
    public func status(of db: Database) throws -> [MigrationState] {
        let applied = try appliedMigrations(db)
        var states = migrations.map { migration in
            MigrationState(version: migration.version, name: migration.name,
                           appliedAt: applied[migration.version]?.appliedAt)
        }
        for (version, row) in applied where !migrations.contains(where: { $0.version == version }) {
            states.append(MigrationState(version: version, name: row.name, appliedAt: row.appliedAt))
        }
        return states.sorted { $0.version < $1.version }
    }

    /// The highest applied version (0 for a database without tipdb's schema).
    public func currentVersion(of db: Database) throws -> Int {
        try appliedMigrations(db).keys.max() ?? 0
    }

    /// Refuses a database this binary must not touch: one migrated by a newer tipdb, or one whose
    /// applied migrations differ from this binary's.
    public func validate(_ db: Database) throws {
        let applied = try appliedMigrations(db)
        let known = migrations.last?.version ?? 0
        if let newest = applied.keys.max(), newest > known {
            throw SchemaError.newerSchema(path: db.path, version: newest, known: known)
        }
        for migration in migrations {
            if let row = applied[migration.version], row.sha256 != migration.sha256 {
                throw SchemaError.checksumMismatch(path: db.path, version: migration.version, name: migration.name)
            }
        }
    }

    /// Applies every pending migration, in one transaction, and returns the ones applied (empty
    /// when up to date).
    ///
    /// The applied versions are read first, without the write lock: a database already up to
    /// date (`tipdb init` run again) is answered at once, even while an ingest holds the lock
    /// for minutes. Only a pending migration takes the lock, and the versions are read again
    /// under it: another process may have just applied them.
    ///
    /// - Throws: `SchemaError` for a migration that fails on the database's content (nothing is
    ///   applied), `StorageError` when the file cannot be written (busy, disk full, a file-size
    ///   limit): the transaction is rolled back, so the database is as it was either way.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Migration] {
        try validate(db)
        let alreadyApplied = try appliedMigrations(db)
        guard migrations.contains(where: { alreadyApplied[$0.version] == nil }) else { return [] }
        // A migration may make a table or column tipdb asks for once per connection (source_labels, sources.container).
        defer { (db.hasSourceLabels, db.hasSourceContainer) = (nil, nil) }
        return try db.transaction(.immediate) { () throws -> [Migration] in
            try db.execute(Self.historyTable)
            // Read again inside the write lock: another process may have just applied some.
            let underLock = try appliedMigrations(db)
            var applied: [Migration] = []
            for migration in migrations where underLock[migration.version] == nil {
                try apply(migration, to: db)
                (db.hasSourceLabels, db.hasSourceContainer) = (nil, nil)
                applied.append(migration)
            }
            return applied
        }
    }

    /// Runs one migration's SQL and follow-up, checks the foreign keys and records it, inside the
    /// transaction `migrate(_:)` opened.
    private func apply(_ migration: Migration, to db: Database) throws {
        do {
            try db.execute(migration.sql)
            try Self.followUps[migration.version]?(db)
        } catch let error as StorageError where !error.isDatabaseUnusable {
            throw SchemaError.migrationFailed(path: db.path, version: migration.version, name: migration.name, reason: error.message)
        }
        if let violation = try db.rows("PRAGMA foreign_key_check").first {
            throw SchemaError.foreignKeyViolation(
                version: migration.version, table: violation.string("table") ?? "?")
        }
        // m0021 defers foreign keys for its own rebuild of `places`; a COMMIT used to end that.
        // The check above has just found no violation, so the deferred count it drops is zero.
        try db.execute("PRAGMA defer_foreign_keys = OFF")
        try db.execute(
            "INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)",
            [migration.version, migration.name, migration.sha256, Timestamp.now()])
    }

    private struct AppliedRow {
        let name: String
        let sha256: String
        let appliedAt: String
    }

    private func appliedMigrations(_ db: Database) throws -> [Int: AppliedRow] {
        guard try db.schemaContains("table", named: "schema_migrations") else { return [:] }
        var result: [Int: AppliedRow] = [:]
        for row in try db.rows("SELECT version, name, sha256, applied_at FROM schema_migrations") {
            guard let version = row.int("version") else { continue }
            result[Int(version)] = AppliedRow(
                name: row.string("name") ?? "", sha256: row.string("sha256") ?? "",
                appliedAt: row.string("applied_at") ?? "")
        }
        return result
    }
}
