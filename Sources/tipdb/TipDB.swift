import ArgumentParser
import Foundation
import Storage

/// The `tipdb` command: a thin shell over the Storage, Ingest and Report libraries.
@main
struct TipDB: ParsableCommand {
    /// Ignore SIGXFSZ so that a file-size limit (`ulimit -f`) makes writes fail with an error
    /// SQLite reports and rolls back, instead of killing the process.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        Self.main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "tipdb",
        abstract: "A research database of figures on human trafficking and forced labour, each with its source, definition, scope, uncertainty and lineage.",
        discussion: """
            The database is the file given with --db, else $TIPDB_DATABASE, else tipdb.sqlite in \
            the working directory.

            Exit codes: 0 ok; 1 input rejected or checks failed; 2 database unusable; 64 usage error.
            """,
        version: TipdbVersion.current,
        subcommands: [Init.self, Migrate.self, Status.self, IngestCommand.self, SQLCommand.self, SchemaCommand.self, SearchCommand.self, ExportCommand.self, CheckCommand.self, BackupCommand.self]
    )
}
