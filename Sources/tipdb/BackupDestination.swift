import Foundation

/// Where `tipdb backup` puts its copy, and what must hold there before and at the rename.
///
/// SQLite finds a database's `-wal` and `-journal` by name, not by content: one left beside DEST
/// by an earlier database there is applied to whatever file is next opened as DEST, so a copy
/// renamed over it would read as that earlier database (a `-wal`) or as damaged (a hot
/// `-journal`), and `PRAGMA integrity_check` could not tell. With `--force`, DEST is replaced
/// anyway, so its `-wal`, `-shm` and `-journal` go before the rename; without it, a leftover
/// beside a missing DEST is refused rather than deleted unasked. A `-shm` alone is harmless:
/// SQLite ignores it when there is no `-wal`.
struct BackupDestination {
    /// DEST as the user spelled it.
    let path: String
    /// Whether DEST and its leftovers may be replaced.
    let force: Bool
    /// Where the copy is written before it is renamed to DEST: beside it, so that the rename
    /// stays on one file system.
    var partial: String { path + ".partial-\(ProcessInfo.processInfo.processIdentifier)" }

    /// The files SQLite applies to a database when it opens it.
    private static let replayed = ["-wal", "-journal"]
    /// Everything SQLite keeps beside a database: removed with `--force`.
    private static let companions = ["-wal", "-shm", "-journal"]

    /// Refuses to replace DEST, or land beside a journal of another database, unless forced,
    /// and a folder the copy cannot be written to.
    func checkBeforeCopy() throws {
        try checkNothingInTheWay()
        if let problem = OutputTarget.folderProblem(of: path) { throw BackupError.cannotWrite(path, reason: problem) }
    }

    /// Removes the partial copy with its own `-wal`, `-shm` and `-journal`: before a copy starts,
    /// as an earlier run with this process id may have left them (SQLite would apply them to the
    /// new copy too), and after a copy failed, so that nothing is left behind.
    func removePartial() {
        for file in partialFiles { unlink(file) }
    }

    /// The partial copy and the files SQLite may keep beside it.
    var partialFiles: [String] { ([""] + Self.companions).map { partial + $0 } }

    /// Moves the finished copy at `partial` to DEST, after removing (with `--force`) what SQLite
    /// would apply to it; with `withWAL`, moves the partial copy's `-wal` to DEST's first (a
    /// byte copy of a damaged database carries its `-wal`).
    func replaceWithPartial(withWAL: Bool = false) throws {
        // Checked again: a file may have appeared there while the copy was made.
        try checkNothingInTheWay()
        if force {
            for companion in Self.companions.map({ path + $0 }) where unlink(companion) != 0 && errno != ENOENT {
                throw BackupError.cannotRemove(companion, destination: path, reason: String(cString: strerror(errno)))
            }
        }
        if withWAL, rename(partial + "-wal", path + "-wal") != 0 {
            throw BackupError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        // rename(2) replaces a file in one step, and fails rather than replace a directory.
        guard rename(partial, path) == 0 else {
            throw BackupError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
    }

    private func checkNothingInTheWay() throws {
        guard !force else { return }
        if exists(path) { throw BackupError.exists(path) }
        if let leftover = Self.replayed.map({ path + $0 }).first(where: exists) {
            throw BackupError.leftover(leftover, destination: path)
        }
    }

    /// Whether anything is there, a dangling link included (SQLite would create its target).
    private func exists(_ file: String) -> Bool {
        var info = stat()
        return lstat(file, &info) == 0
    }
}
