import Foundation
import Storage

/// What tipdb says about a database of an older schema that a command reads as it is.
///
/// Why the commands name the file: run without `--db`, `tipdb backup` and `tipdb migrate` act on
/// `$TIPDB_DATABASE` or `./tipdb.sqlite`, so advice read from `tipdb status --db old.sqlite` copied
/// another database and then migrated it, irreversibly. Every command's advice names the file it
/// is about, as the refusal of the commands that need the current schema (`SchemaError`) does.
enum OlderSchemaAdvice {
    /// The two commands that bring the database at `path` up to date, in the order to run them.
    static func commands(for path: String) -> String {
        "back it up first with `tipdb backup --db \(path) DEST`, then run `tipdb migrate --db \(path)`"
    }

    /// Writes a note on standard error when the database at `path` has an older schema than this
    /// tipdb's: `tipdb sql` and `tipdb schema` read it as it is, and their output is about its
    /// tables and views, not those SCHEMA.md describes. Nothing is written for the current schema.
    static func noteIfOlder(_ db: Database, path: String) throws {
        let version = try Migrator().currentVersion(of: db)
        guard version < Migration.latestVersion else { return }
        Note.print(
            "\(path): schema version \(version), older than this tipdb's (\(Migration.latestVersion)); "
                + "read as it is, with the tables and views of version \(version). To update it, \(commands(for: path))")
    }
}
