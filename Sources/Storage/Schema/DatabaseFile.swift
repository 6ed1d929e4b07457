import Foundation

/// Opens tipdb database files safely: checks what a file is before SQLite touches it, and
/// refuses files this binary must not change.
public enum DatabaseFile {
    /// What the caller is going to do with the database.
    public enum Access: Sendable {
        /// Create the file if needed (`tipdb init`, which then migrates it).
        case create
        /// Apply or list migrations: the file must exist, the schema may be behind.
        case migrate
        /// Write data: the file must exist with the current schema.
        case write
        /// Read data: opened read-only; the file must exist with the current schema.
        case read
        /// Read with SQL the user writes (`tipdb sql`, `tipdb schema`): read-only; the file must
        /// have a tipdb schema, which may be older than this binary's.
        ///
        /// Why an older one is read: these commands rely on no table or view of their own, only
        /// on what the file holds, and every tipdb schema so far is plain SQLite (no custom
        /// functions, collations or modules beyond FTS5), which the `sqlite3` shell reads too. So
        /// no older version is too old to read safely; the caller says which version it is and how
        /// to migrate. A newer tipdb's schema, or migrations another build applied, stay refused:
        /// this binary cannot vouch for what they hold.
        case query
        /// Read metadata only (`tipdb status`): read-only, any schema version this binary knows.
        case inspect
        /// Copy the file as it is (`tipdb backup`): read-only, any tipdb schema version, older or
        /// newer than this binary's, or applied from other migration files. A byte copy does not
        /// depend on the schema, and the copy before `tipdb migrate` is the one that matters most.
        case copy
    }

    /// The 16 bytes every SQLite 3 database file starts with.
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// Opens the database at `path` for `access`, after checking that it is a tipdb database
    /// this binary may use.
    ///
    /// - Throws: `SchemaError` for a file that is missing, not SQLite, or built by another
    ///   tipdb; `StorageError` when SQLite cannot open it. The file is unchanged in both cases.
    public static func open(_ path: String, for access: Access, busyTimeout: Double = 5) throws -> Database {
        let file = try checkFile(path, creating: access == .create)
        let exists = file.exists
        let mode: Database.OpenMode =
            switch access {
            case .create: .readWriteCreate
            case .migrate, .write: .readWrite
            case .read, .query, .inspect, .copy: .readOnly
            }
        // WAL waits until a command commits a write (`switchesToWALOnCommit`): switching rewrites
        // the header, and a refused file, or a command that writes nothing, must leave it exactly as it was.
        var immutable = false
        if mode == .readOnly && file.usesWAL && !folderIsWritable(path) {
            immutable = isComplete(path)
            if !immutable && !FileManager.default.fileExists(atPath: path + "-shm") {
                throw SchemaError.pendingWALInReadOnlyFolder(path: path)
            }
        }
        let db = try Database(path: path, mode: mode, busyTimeout: busyTimeout, usesWAL: false, immutable: immutable)
        do {
            if access == .write {
                // A bulk load touches many index pages: a 32 MB page cache keeps them in memory
                // instead of spilling them to the WAL mid-transaction (SQLite's default is 2 MB).
                try db.execute("PRAGMA cache_size = -32768")
            }
            // Reading the schema is the first access to the file's pages: corruption shows here.
            let migrator = Migrator()
            if access != .copy { try migrator.validate(db) }
            if access == .read {
                // A brief or check reads the same figures' pages in query after query: with SQLite's
                // 2 MB a database of 100,000 figures (40 MB) was read from the file again and again,
                // a quarter of tipdb check's time copying pages from the kernel. The cache grows only
                // as pages are read, so a small database costs no more. (After the schema is read,
                // so that a damaged file is still reported by `validate`.)
                try db.execute("PRAGMA cache_size = -65536")
            }
            let version = try migrator.currentVersion(of: db)
            // Not even tipdb init adds its tables to another program's database. (A schema_migrations
            // table alone is what an interrupted tipdb init leaves: that file is tipdb's.)
            if version == 0, try db.integer("SELECT count(*) FROM sqlite_schema WHERE name <> 'schema_migrations'") > 0 {
                throw SchemaError.otherProgram(path: path)
            }
            switch access {
            case .create, .migrate, .inspect:
                break
            case .write, .read, .query, .copy:
                if version == 0 {
                    throw exists ? SchemaError.notInitialised(path: path) : SchemaError.missing(path: path)
                }
                if version < Migration.latestVersion && access != .copy && access != .query {
                    throw SchemaError.outOfDate(path: path, version: version, latest: Migration.latestVersion)
                }
            }
            // A file in rollback mode (a backup copy) switches to WAL only once a command
            // commits a write: one that writes nothing leaves its header as it was.
            if mode != .readOnly, try db.scalar("PRAGMA journal_mode")?.textValue?.lowercased() != "wal" {
                db.switchesToWALOnCommit = true
            }
        } catch {
            // Another program's WAL may hold frames not yet in its database file: keep them there.
            db.leaveWALOnClose()
            db.close()
            throw error
        }
        return db
    }

    /// Checks the path before SQLite opens it; returns whether the file exists (an empty file
    /// exists too: SQLite opens it as an empty database, which has no tipdb schema yet) and
    /// whether its header says it uses the WAL journal.
    private static func checkFile(_ path: String, creating: Bool) throws -> (exists: Bool, usesWAL: Bool) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        try checkNotCompanion(path, exists: exists)
        guard exists else {
            guard creating else {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                    throw SchemaError.missingFolder(path: path, folder: folder)
                }
                throw SchemaError.missing(path: path)
            }
            try checkFolder(of: path)
            return (false, false)
        }
        if isDirectory.boolValue { throw SchemaError.isADirectory(path: path) }
        // Before reading the header: opening a pipe to read it waited for a writer forever.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG { throw SchemaError.notRegularFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StorageError(extendedCode: 14, message: "cannot open \(path): permission denied")
        }
        defer { try? handle.close() }
        // Bytes 18 and 19 of the header are the file format's write and read versions: 2 for WAL.
        let prefix = Array((try? handle.read(upToCount: 20)) ?? Data())
        if prefix.isEmpty { return (true, false) }
        if !prefix.starts(with: header) { throw SchemaError.notADatabase(path: path) }
        return (true, prefix.count == 20 && prefix[18] == 2)
    }

    /// Refuses a path that names the `-wal`, `-shm` or `-journal` file of a database beside it,
    /// or a new database whose name SQLite would take for one.
    ///
    /// Why: `--db team.sqlite-wal` once found no such file (SQLite deletes the WAL when the last
    /// connection closes) and advised `tipdb init --db team.sqlite-wal`; the database made there
    /// was deleted by the next write to team.sqlite, with everything loaded into it. An existing
    /// file of such a name with no database beside it is opened as any other file is.
    private static func checkNotCompanion(_ path: String, exists: Bool) throws {
        for suffix in ["-wal", "-shm", "-journal"] where path.hasSuffix(suffix) && path.count > suffix.count {
            let database = String(path.dropLast(suffix.count))
            let databaseExists = FileManager.default.fileExists(atPath: database)
            if databaseExists || !exists {
                throw SchemaError.companionFile(path: path, database: database, suffix: suffix, databaseExists: databaseExists)
            }
        }
    }

    /// Checks that the folder a new database goes in is there, and is a folder.
    ///
    /// Why: SQLite says only "unable to open database file" for `nodir/x.sqlite`, which reads as
    /// a permission problem; the user needs to know that the folder is missing (or a file).
    private static func checkFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }  // the working directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw SchemaError.folderMissing(path: path, folder: folder)
        }
        if !isDirectory.boolValue { throw SchemaError.folderIsAFile(path: path, folder: folder) }
    }

    /// Whether every committed change to the file is in the file itself: its WAL is missing or
    /// empty. A non-empty WAL holds commits that only SQLite's WAL index can find.
    private static func isComplete(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0 == 0
    }

    /// Whether this process may create files next to `path` (a read-only mount, a shared folder
    /// of another user, a published copy: not).
    ///
    /// Why it matters: reading a WAL file needs its `-shm` index, which SQLite creates in the
    /// same folder; where it cannot, every read fails with "read-only". A WAL file with no pending
    /// changes in a folder nobody here can write is then opened `immutable`, which needs no `-shm`.
    /// It assumes nobody changes the file meanwhile, as a folder this process cannot write suggests;
    /// the README says so.
    private static func folderIsWritable(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return FileManager.default.isWritableFile(atPath: folder)
    }
}
