import Foundation

/// The `-wal` and `-shm` files SQLite keeps beside a database in WAL mode, when this user cannot
/// write them.
///
/// Why: in a shared folder, a colleague who only reads the database leaves these two files
/// behind, owned by them (SQLite removes them only when a connection that can write closes
/// last). The owner's next write then fails as "read-only", though the database and its folder
/// are writable, and the sticky bit keeps the owner from deleting them (review K3). Naming the
/// files and their owner makes that error one the user can act on.
enum JournalFiles {
    /// `"team.sqlite-wal and team.sqlite-shm belong to user nobody"`, or nil when every such
    /// file this user cannot write is absent.
    static func blocking(_ database: String) -> String? {
        let blocked = ["-wal", "-shm"].map { database + $0 }.filter {
            FileManager.default.fileExists(atPath: $0) && access($0, W_OK) != 0
        }
        guard let first = blocked.first else { return nil }
        let owners = Set(blocked.map(owner))
        let names = blocked.joined(separator: " and ")
        return "\(names) \(blocked.count == 1 ? "belongs" : "belong") to "
            + (owners.count == 1 ? "user \(owner(first))" : "other users (\(owners.sorted().joined(separator: ", ")))")
    }

    private static func owner(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        guard let entry = getpwuid(info.st_uid), let name = entry.pointee.pw_name else { return String(info.st_uid) }
        return String(cString: name)
    }
}
