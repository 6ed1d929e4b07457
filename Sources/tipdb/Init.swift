import ArgumentParser
import Storage

extension TipDB {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a database, or bring an existing one up to date.",
            discussion: "Applies every pending migration (schema and reference vocabularies). Running it again changes nothing, and on a database already up to date it answers at once, even while an ingest holds the write lock."
        )

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try ExitStatus.run(database: database.path) {
                let db = try DatabaseFile.open(database.path, for: .create)
                defer { db.close() }
                let applied = try Migrator().migrate(db)
                for migration in applied {
                    print("applied migration \(migration.version) \(migration.name)")
                }
                let verb = applied.isEmpty ? "already up to date" : "ready"
                print("\(database.path): schema version \(Migration.latestVersion), \(verb)")
            }
        }
    }
}
