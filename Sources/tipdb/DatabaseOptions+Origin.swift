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

    /// The message of a `SchemaError`, naming where a missing database's path came from, the
    /// working directory a relative path was looked up in, and a `~` that no shell expanded.
    ///
    /// Why the origin: an analyst who gave no `--db` saw `/srv/teem.sqlite: no such database; create it with
    /// tipdb init --db /srv/teem.sqlite`, a path they never typed, with advice that made an empty
    /// database at an administrator's typo (an operator's review, session 46). A folder given
    /// in `$TIPDB_DATABASE` was already named so (`validate()`).
    ///
    /// Why the working directory: cron starts a job in the home directory, not where it was
    /// tested, and `data/team.sqlite` in `$TIPDB_DATABASE` then failed with advice to `mkdir -p
    /// data` and `tipdb init` there, a second, empty database the next night's ingest would have
    /// filled (a nightly-pipeline review, session 49). A relative path nobody typed is not offered
    /// to `tipdb init`: the variable is what to fix.
    static func describe(_ error: SchemaError) -> String {
        switch error {
        case .missing(let path):
            let origin = origin(of: path)
            if let tilde = PathWords.unexpandedTilde(path) { return "\(path): no such database\(named(origin)): \(tilde)" }
            guard PathWords.isRelative(path) else {
                return origin == .environment
                    ? "\(path): no such database (named by $TIPDB_DATABASE); check the variable, or create it with `tipdb init --db \(path)`"
                    : error.localizedDescription
            }
            let directory = PathWords.workingDirectory
            switch origin {
            case .environment:
                return "\(path): no such database (named by $TIPDB_DATABASE, relative to the working directory \(directory)); "
                    + "check the variable: \(PathWords.relativeAdvice)"
            case .defaultName:
                return "\(path): no such database in the working directory \(directory) (the default: no --db was given and $TIPDB_DATABASE is not set); "
                    + "give --db PATH or set $TIPDB_DATABASE, or create it here with `tipdb init`"
            case nil:
                return "\(path): no such database (relative to the working directory \(directory)); create it with `tipdb init --db \(path)`"
            }
        case .missingFolder(let path, let folder):
            let origin = origin(of: path)
            if let tilde = PathWords.unexpandedTilde(path) { return "\(path): no such database\(named(origin)): \(tilde)" }
            let relative = PathWords.isRelative(path)
            if origin == .environment {
                return relative
                    ? "\(path): no such database (named by $TIPDB_DATABASE, relative to the working directory \(PathWords.workingDirectory)): "
                        + "the folder \(folder) does not exist there; check the variable: \(PathWords.relativeAdvice)"
                    : "\(path): no such database (named by $TIPDB_DATABASE): the folder \(folder) does not exist; check the variable "
                        + "(a new database goes in an existing folder: mkdir -p \(folder), then `tipdb init --db \(path)`)"
            }
            guard relative else { return error.localizedDescription }
            return "\(path): no such database: the folder \(folder) does not exist in the working directory \(PathWords.workingDirectory); check the path "
                + "(a new database goes in an existing folder: mkdir -p \(folder), then `tipdb init --db \(path)`)"
        case .folderMissing(let path, let folder):
            let origin = origin(of: path)
            if let tilde = PathWords.unexpandedTilde(path) { return "\(path)\(named(origin)): \(tilde) (nothing was created)" }
            guard PathWords.isRelative(path) else { return error.localizedDescription }
            if origin == .environment {
                return "\(path) (named by $TIPDB_DATABASE, relative to the working directory \(PathWords.workingDirectory)): the folder \(folder) "
                    + "does not exist there; check the variable: \(PathWords.relativeAdvice) (nothing was created)"
            }
            return "\(path): the folder \(folder) does not exist in the working directory \(PathWords.workingDirectory), and tipdb creates no folders; "
                + "expected a path in an existing folder: create it first (mkdir -p \(folder)) or give another path (nothing was created)"
        default:
            return error.localizedDescription
        }
    }

    /// ` (named by $TIPDB_DATABASE)` for a path the variable gave, else nothing.
    private static func named(_ origin: Origin?) -> String {
        origin == .environment ? " (named by $TIPDB_DATABASE)" : ""
    }
}
