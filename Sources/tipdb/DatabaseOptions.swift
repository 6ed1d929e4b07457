import ArgumentParser
import Foundation

/// The `--db` option every subcommand shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file.", discussion: "Default: $TIPDB_DATABASE, else tipdb.sqlite in the working directory.",
        valueName: "path"))
    var db: String?

    /// The database path after applying the defaults.
    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["TIPDB_DATABASE"], !environment.isEmpty {
            return environment
        }
        return "tipdb.sqlite"
    }
}
