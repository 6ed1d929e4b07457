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
        let blocked = unwritable(database).filter { ownerID($0) != geteuid() }
        guard let first = blocked.first else { return nil }
        let owners = Set(blocked.map(owner))
        let names = blocked.joined(separator: " and ")
        return "\(names) \(blocked.count == 1 ? "belongs" : "belong") to "
            + (owners.count == 1 ? "user \(owner(first))" : "other users (\(owners.sorted().joined(separator: ", ")))")
    }

    /// `"team.sqlite-shm"` when this user's own journal files are read-only, or nil.
    ///
    /// Why apart from `blocking`: SQLite gives the journal files it creates the database file's
    /// permissions, so a command run while the file was read-only (`chmod 444`) leaves read-only
    /// ones behind, owned by this very user; after `chmod u+w` on the file, every write still
    /// failed, blamed on "someone who only read the database" (review of session 31).
    static func ownReadOnly(_ database: String) -> String? {
        let own = unwritable(database).filter { ownerID($0) == geteuid() }
        return own.isEmpty ? nil : own.joined(separator: " and ")
    }

    /// Whether `database` is this user's own file, which its permissions keep this user from
    /// writing (`chmod 444`): one the user can make writable. Another user's file, or one in a
    /// folder published read-only, is not.
    static func isOwnReadOnlyFile(_ database: String) -> Bool {
        FileManager.default.fileExists(atPath: database) && access(database, W_OK) != 0 && ownerID(database) == geteuid()
    }

    /// The `-wal` and `-shm` files beside `database` that exist and this user cannot write.
    private static func unwritable(_ database: String) -> [String] {
        ["-wal", "-shm"].map { database + $0 }.filter { FileManager.default.fileExists(atPath: $0) && access($0, W_OK) != 0 }
    }

    private static func ownerID(_ path: String) -> uid_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_uid : nil
    }

    private static func owner(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        guard let entry = getpwuid(info.st_uid), let name = entry.pointee.pw_name else { return String(info.st_uid) }
        return String(cString: name)
    }
}
