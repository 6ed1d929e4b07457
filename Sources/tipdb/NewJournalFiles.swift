import Foundation

/// The `-wal` and `-shm` files that were not beside a database when a command started: removed
/// again when the command finds the database damaged, if SQLite made them and wrote nothing to
/// the `-wal`.
///
/// Why: opening a damaged file (a truncated copy, a bad page) in WAL mode makes SQLite create
/// both files before the damage is found, and a refused command left them behind, beside a
/// file the README promises is left exactly as it was, and in the way of the restore it advises
/// (a user restoring by hand had to ask whether an empty `-wal` mattered).
struct NewJournalFiles {
    private let database: String
    private let absent: [String]

    /// Notes which of `database`'s `-wal` and `-shm` files do not exist yet.
    init(database: String) {
        self.database = database
        absent = ["-wal", "-shm"].map { database + $0 }.filter { !FileManager.default.fileExists(atPath: $0) }
    }

    /// Removes the files that were absent at the start, when the `-wal` among them is empty: a
    /// `-wal` with frames holds someone's writes, and its `-shm` goes with it.
    func removeIfUnwritten() {
        let wal = database + "-wal"
        if absent.contains(wal), let size = (try? FileManager.default.attributesOfItem(atPath: wal))?[.size] as? NSNumber,
           size.intValue > 0 {
            return
        }
        for path in absent { try? FileManager.default.removeItem(atPath: path) }
    }
}
