import ArgumentParser
import Foundation

/// The `--db` option every subcommand shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file.", discussion: "Default: $TIPDB_DATABASE, else tipdb.sqlite in the working directory.",
        valueName: "path"))
    var db: String?

    /// An empty `--db ""` (an unset shell variable) is a usage error, not a database that is missing.
    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db is empty; expected the path of a database file") }
    }

    /// The database path after applying the defaults.
    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["TIPDB_DATABASE"], !environment.isEmpty {
            return environment
        }
        return "tipdb.sqlite"
    }
}
