import Foundation
import Storage

extension DatabaseOptions {
    /// Where the database path came from, when not from `--db`.
    enum Origin {
        /// `$TIPDB_DATABASE`, set by the user or an administrator.
        case environment
        /// `tipdb.sqlite` in the working directory: neither `--db` nor `$TIPDB_DATABASE`.
        case defaultName
    }

    /// Where `path` came from, if it is the database of this command and no `--db` gave it.
    ///
    /// Why from the command line and the environment and not from the parsed options: every
    /// command hands only the path to `ExitStatus.run`, and `--db` is either on the command line
    /// (before a `--`) or it is not; a path equal to `$TIPDB_DATABASE` or the default name then
    /// came from it.
    static func origin(of path: String) -> Origin? {
        let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
        if arguments.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") }) { return nil }
        if let environment = ProcessInfo.processInfo.environment["TIPDB_DATABASE"], !environment.isEmpty {
            return environment == path ? .environment : nil
        }
        return path == "tipdb.sqlite" ? .defaultName : nil
    }

    /// The message of a `SchemaError`, naming where a missing database's path came from.
    ///
    /// Why: an analyst who gave no `--db` saw `/srv/teem.sqlite: no such database; create it with
    /// tipdb init --db /srv/teem.sqlite`, a path they never typed, with advice that made an empty
    /// database at an administrator's typo (an operator's review, session 46). A folder given
    /// in `$TIPDB_DATABASE` was already named so (`validate()`).
    static func describe(_ error: SchemaError) -> String {
        switch error {
        case .missing(let path):
            switch origin(of: path) {
            case .environment:
                return "\(path): no such database (named by $TIPDB_DATABASE); check the variable, or create it with `tipdb init --db \(path)`"
            case .defaultName:
                return "\(path): no such database (the default: no --db was given and $TIPDB_DATABASE is not set); "
                    + "give --db PATH or set $TIPDB_DATABASE, or create it here with `tipdb init`"
            case nil:
                break
            }
        case .missingFolder(let path, let folder) where origin(of: path) == .environment:
            return "\(path): no such database (named by $TIPDB_DATABASE): the folder \(folder) does not exist; check the variable "
                + "(a new database goes in an existing folder: mkdir -p \(folder), then `tipdb init --db \(path)`)"
        default:
            break
        }
        return error.localizedDescription
    }
}
