import Foundation

extension BackupDestination {
    /// A partial copy an earlier backup to this DEST left behind when it was killed (`kill -9`,
    /// a power cut): its files, and the process id in their name.
    struct StalePartial {
        let processID: Int32
        let files: [String]
    }

    /// Finds and removes the partial copies (with their `-wal`, `-shm` and `-journal`) of earlier
    /// backups to this DEST whose process is gone.
    ///
    /// Why: a killed backup cannot clean up after itself, and what it leaves is a copy of the
    /// team's data, case rows included, in a folder that may be synced or shared. A partial copy
    /// whose process still runs is another backup to the same DEST at work, and is left alone.
    /// - Returns: what was removed, for the one line the command prints.
    func removeStalePartials() -> [StalePartial] {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".partial-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var byProcess: [Int32: [String]] = [:]
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
            let suffix = rest.dropFirst(digits.count)
            guard let pid = Int32(digits), pid > 0, suffix.isEmpty || Self.companionSuffixes.contains(String(suffix)) else { continue }
            guard pid != ProcessInfo.processInfo.processIdentifier, !Self.isRunning(pid) else { continue }
            byProcess[pid, default: []].append((folder as NSString).appendingPathComponent(name))
        }
        return byProcess.keys.sorted().compactMap { pid in
            let removed = (byProcess[pid] ?? []).sorted().filter { unlink($0) == 0 }
            return removed.isEmpty ? nil : StalePartial(processID: pid, files: removed)
        }
    }

    /// The line that says what `removeStalePartials` removed.
    static func describe(_ stale: [StalePartial]) -> String? {
        guard !stale.isEmpty else { return nil }
        let files = stale.flatMap(\.files).map { URL(fileURLWithPath: $0).lastPathComponent }
        let processes = stale.map { String($0.processID) }.joined(separator: ", ")
        return "removed the partial copy of an interrupted earlier backup (process \(processes), no longer running): \(files.joined(separator: ", "))"
    }

    /// The suffixes SQLite gives the files it keeps beside a database.
    private static let companionSuffixes: Set<String> = ["-wal", "-shm", "-journal"]

    /// Whether a process with this id exists. EPERM means it does, run by another user.
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
