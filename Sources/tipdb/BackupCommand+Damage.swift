import ArgumentParser
import Storage

extension TipDB.BackupCommand {
    /// How many of `PRAGMA quick_check`'s lines the message quotes: the first few say where the
    /// damage is; `tipdb check` lists them all.
    static let damageLinesShown = 3

    /// The first lines of `PRAGMA quick_check` on the database when it finds damage; nil when it
    /// says "ok".
    ///
    /// Why check at all: the online backup copies pages as they are, so a damaged file gave a
    /// damaged copy and exit 0, and the user kept it as the backup to restore from (a data
    /// manager's review, session 41). Why `quick_check` and not `integrity_check`: it reads every
    /// page and checks each b-tree's structure, which is where a damaged file shows, but not that
    /// every index matches its table; on 100,000 figures (a 41 MB file, warm) it took 0.16 s where
    /// `integrity_check` took 0.62 s and the copy itself 0.10 s (0.7, 3.1 and 0.5 s under heavy
    /// load): the check about doubles a backup's time, `integrity_check` would multiply it by 7. An index that
    /// disagrees with its table is `tipdb check`'s finding, and the copy is as good as the database there.
    ///
    /// - Returns: at most `damageLinesShown + 1` lines, so that the message can say there are more.
    static func damage(of db: Database) throws -> [String]? {
        var lines: [String] = []
        do {
            let check = try db.prepare("PRAGMA quick_check(\(damageLinesShown + 1))")  // sql-constant: a number from this file
            while try check.step() {
                // A row may hold several lines, headed by "*** in database main ***", which is no news.
                let text = check.string(at: 0) ?? ""
                lines += text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.hasPrefix("*** ") }
            }
        } catch let error as StorageError where [11, 26].contains(error.resultCode) {
            // A page that is not a b-tree page at all ends the pragma with SQLITE_CORRUPT after
            // the line that names it ("Page 139: btreeInitPage() returns error code 11").
            lines.append(error.message)
        }
        return lines == ["ok"] ? nil : lines
    }

    /// What the backup says of a damaged database: which file, the check's first lines, and what to do.
    static func damageReport(_ lines: [String], database: String, destination: String, copied: Bool) -> String {
        let shown = lines.prefix(damageLinesShown).joined(separator: "; ")
        let more = lines.count > damageLinesShown ? "; and more" : ""
        let check = "PRAGMA quick_check: \(shown)\(more)"  // sql-constant: a message, never executed
        if copied {
            return "\(database) is damaged (\(check)); copied as it is, damage included, to \(destination) because of --allow-damaged: "
                + "it is not a backup to restore from; `tipdb check --db \(database)` lists the damage"
        }
        return "\(database): the database file is damaged (\(check)); nothing was copied and \(destination) was not written, "
            + "since a copy would be damaged too. Restore \(database) from an earlier backup (tipdb backup --db BACKUP --force \(database)); "
            + "`tipdb check --db \(database)` lists the damage; to copy the damaged file as it is (to send it to someone who can recover it), pass --allow-damaged"
    }
}
