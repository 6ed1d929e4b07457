import Foundation

/// What a message about a database path says of a path that is not absolute: the working
/// directory it was looked up in, and a `~` that no shell expanded.
///
/// Why `~` is not expanded: it is the shell's, done before tipdb starts, and SQLite, the
/// `sqlite3` shell and every other program given the path read it as tipdb does, a folder named
/// `~`; a tipdb that expanded it would name another file than they do. A `~` that reached tipdb
/// was quoted, or set where no shell reads it (a crontab's variables, a service's environment
/// file), and the message says so, with the absolute path to give instead.
enum PathWords {
    /// Whether `path` is looked up from the working directory (it does not start with `/`).
    static func isRelative(_ path: String) -> Bool {
        !path.hasPrefix("/")
    }

    /// The working directory, as the process sees it.
    static var workingDirectory: String {
        FileManager.default.currentDirectoryPath
    }

    /// What follows a relative path in `$TIPDB_DATABASE` that names nothing: the variable is to
    /// fix, not a database to create where the job happened to start.
    static let relativeAdvice = "a relative path is looked up in the directory tipdb is started in, which differs under cron "
        + "(it starts jobs in the home directory) and for another user; give the database's absolute path"

    /// For a path starting with `~` (`~/team.sqlite`, `~ana/team.sqlite`, `~`): that tipdb does
    /// not expand it, what it names instead, and the absolute path to give; nil for any other path.
    static func unexpandedTilde(_ path: String) -> String? {
        guard path.hasPrefix("~") else { return nil }
        let first = path.prefix { $0 != "/" }
        var instead = "give the absolute path"
        if first == "~", let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") {
            let rest = path.dropFirst(first.count)
            instead += ", such as \(rest.isEmpty ? home : home.hasSuffix("/") ? home + rest.dropFirst() : home + rest)"
        }
        return "tipdb does not expand \(first) (a shell does, before tipdb starts, and none did here: the path was quoted, "
            + "or set where no shell reads it, such as a crontab), so it names a \(first == path ? "file" : "folder") called \(first) in the working directory "
            + "\(workingDirectory); \(instead)"
    }
}
