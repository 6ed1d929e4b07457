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
        // `init --db teamdb/` made a file `teamdb`, which every other command then could not find by that name.
        if path.hasSuffix("/") {
            let named = db != nil ? "--db \(path)" : "$TIPDB_DATABASE (\(path))"
            throw ValidationError("\(named) names a folder; expected the name of a file, such as \(path)tipdb.sqlite")
        }
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
