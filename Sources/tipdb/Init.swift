import ArgumentParser
import Foundation
import Storage

extension TipDB {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a database, or bring an existing one up to date.",
            discussion: "Applies every pending migration (schema and reference vocabularies). All pending migrations are applied in one transaction: a failure (a full disk, a file-size limit, Ctrl-C or SIGTERM) leaves the database as it was, and a new file is removed again. Running it again changes nothing, and on a database already up to date it answers at once, even while an ingest holds the write lock. It reads every table as `tipdb status` does: a damaged file is exit 2, and so is a current schema another program damaged (tipdb check's schema error), named as tipdb migrate names it, with what tipdb migrate --repair can and cannot make again. A database this process cannot write (the file or its folder read-only) gets the same answer either way: up to date is exit 0, a pending migration exit 2."
        )

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            // Before the file is opened and to the end, as ingest does: a signal only sets the flag
            // the migrations' transaction stops on (`SchemaUpkeep.applyPending`), or is noted as late.
            SignalStop.arm()
            try ExitStatus.run(database: database.path) {
                if SchemaUpkeep.cannotWrite(database.path) {
                    let version = try SchemaUpkeep.versionWithoutWriting(database.path)
                    let db = try DatabaseFile.open(database.path, for: .inspect)
                    defer { db.close() }
                    try Migrate.reportDamage(db, path: database.path, version: version)
                    print("\(database.path): schema version \(version), already up to date")
                    return
                }
                let created = !FileManager.default.fileExists(atPath: database.path)
                let db = try DatabaseFile.open(database.path, for: .create)
                defer { db.close() }
                let applied = try SchemaUpkeep.applyPending(db, command: "init", path: database.path, created: created)
                // As `tipdb migrate` says it: a current schema another program damaged is not "ready".
                // A database this run created from its first migration has only tipdb's objects:
                // its schema is not compared again (a reference database costs every new file).
                if applied.first?.version != 1 {
                    try Migrate.reportDamage(db, path: database.path, version: Migration.latestVersion)
                }
                try SchemaUpkeep.checkReadable(db)
                let verb = applied.isEmpty ? "already up to date" : "ready"
                print("\(database.path): schema version \(Migration.latestVersion), \(verb)")
                SignalStop.noteIfLate(committed: !applied.isEmpty)
            }
        }
    }
}
