import ArgumentParser
import Storage

extension TipDB {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply pending schema migrations, or list them with --status.",
            discussion: "The pending migrations run in one transaction, each recorded in schema_migrations with its SHA-256: a failure (a full disk, a file-size limit, Ctrl-C or SIGTERM) applies none of them and leaves the file as it was. With nothing to apply, it answers at once, even while an ingest holds the write lock; without --repair, a current schema another program damaged (tipdb check's schema error) is exit 2, naming each object missing or changed and what --repair can and cannot make again; --status says so after its list, exit 2 too. With --repair, it then recreates the indexes, triggers and views of tipdb's schema that are missing or changed (what tipdb check reports as a schema error), in one transaction, rebuilds a search index whose trigger was missing, and labels the sources another program wrote or changed (source_labels; tipdb check's source-without-label and source-label-stale, which migrate without --repair names in a warning, exit 0), one line each; a search index (figures_fts and its shadow tables) or source_labels that was dropped is recreated and filled again from the rows it is made from, since it holds no data of its own; a dropped table of data cannot be recreated with its rows: that is exit 2, naming it and what it held (restore a backup), and a changed one exit 1. A migration cannot be undone: back the database up first with `tipdb backup DEST`, which copies a database of an older schema as it is. It reads every table as `tipdb status` does: a damaged file is exit 2. A database this process cannot write (the file or its folder read-only) gets the same answer either way: nothing to apply is exit 0, a pending migration exit 2."
        )

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "List applied and pending migrations without changing anything.")
        var status = false

        @Flag(help: "Also recreate tipdb's indexes, triggers and views that were dropped or changed and its search indexes and source_labels if dropped (tipdb check's schema error), from the migrations' definitions, and label sources another program wrote; no row is lost.")
        var repair = false

        func validate() throws {
            if status && repair { throw ValidationError("--status lists migrations and changes nothing; --repair changes the schema: give one of them") }
        }

        func run() throws {
            // Before the file is opened and to the end, as ingest does: a signal only sets the flag
            // the migrations' transaction stops on (`SchemaUpkeep.applyPending`), or is noted as late.
            if !status { SignalStop.arm() }
            try ExitStatus.run(database: database.path) {
                let migrator = Migrator()
                if !status && !repair && SchemaUpkeep.cannotWrite(database.path) {
                    let version = try SchemaUpkeep.versionWithoutWriting(database.path)
                    let db = try DatabaseFile.open(database.path, for: .inspect)
                    defer { db.close() }
                    try Self.reportDamage(db, path: database.path, version: version)
                    print("\(database.path): schema version \(version), nothing to apply")
                    return
                }
                let db = try DatabaseFile.open(database.path, for: status ? .inspect : .migrate)
                defer { db.close() }
                if status {
                    for state in try migrator.status(of: db) {
                        let name = "m\(String(format: "%04d", state.version))_\(state.name)"
                        print("\(state.appliedAt.map { "applied \($0)" } ?? "pending")  \(name)")
                    }
                    // "Is the schema all right?" is what --status is asked: a current schema another
                    // program damaged is exit 2 here too, as for migrate (an operator's review, session 46).
                    // An older schema lacks objects by design, and is not compared.
                    let version = try migrator.currentVersion(of: db)
                    if version == Migration.latestVersion { try Self.reportDamage(db, path: database.path, version: version) }
                    return
                }
                let applied = try SchemaUpkeep.applyPending(db, command: "migrate", path: database.path, created: false)
                let version = try migrator.currentVersion(of: db)
                // Before the tables are read: a dropped table is named with its remedy, not as SQLite's "no such table".
                if !repair { try Self.reportDamage(db, path: database.path, version: version) }
                try SchemaUpkeep.checkReadable(db)
                print("\(database.path): schema version \(version)\(applied.isEmpty ? ", nothing to apply" : "")")
                if repair { try Self.repair(db, path: database.path) }
                SignalStop.noteIfLate(committed: !applied.isEmpty || repair)
            }
        }
    }
}
