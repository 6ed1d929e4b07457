import ArgumentParser
import Storage

extension TipDB {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a database, or bring an existing one up to date.",
            discussion: "Applies every pending migration (schema and reference vocabularies). Running it again changes nothing, and on a database already up to date it answers at once, even while an ingest holds the write lock. It reads every table as `tipdb status` does: a damaged file is exit 2, and so is a current schema another program damaged (tipdb check's schema error), named as tipdb migrate names it, with what tipdb migrate --repair can and cannot make again. A database this process cannot write (the file or its folder read-only) gets the same answer either way: up to date is exit 0, a pending migration exit 2."
        )

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try ExitStatus.run(database: database.path) {
                if SchemaUpkeep.cannotWrite(database.path) {
                    let version = try SchemaUpkeep.versionWithoutWriting(database.path)
                    let db = try DatabaseFile.open(database.path, for: .inspect)
                    defer { db.close() }
                    try Migrate.reportDamage(db, path: database.path, version: version, applied: [])
                    print("\(database.path): schema version \(version), already up to date")
                    return
                }
                let db = try DatabaseFile.open(database.path, for: .create)
                defer { db.close() }
                let applied = try Migrator().migrate(db)
                // As `tipdb migrate` says it: a current schema another program damaged is not "ready".
                // A database this run created from its first migration has only tipdb's objects:
                // its schema is not compared again (a reference database costs every new file).
                if applied.first?.version != 1 {
                    try Migrate.reportDamage(db, path: database.path, version: Migration.latestVersion, applied: applied)
                }
                try SchemaUpkeep.checkReadable(db)
                for migration in applied {
                    print("applied migration \(migration.version) \(migration.name)")
                }
                let verb = applied.isEmpty ? "already up to date" : "ready"
                print("\(database.path): schema version \(Migration.latestVersion), \(verb)")
            }
        }
    }
}
