import Foundation
import Storage

/// A file of figures to withdraw, each with its reason (`tipdb retract --from FILE`): a CSV file
/// with a header naming `figure` (or `key`) and `reason`, as `tipdb sql --format csv "SELECT
/// figure, reason FROM figure_retractions"` exports them from another database.
///
/// Why: a figure one analyst withdrew stayed in, or came back into, the team's database, since
/// README's figures export leaves retracted figures out and nothing carried the withdrawal
/// (review of session 52, merge 7). A key this database does not hold (never loaded, or withdrawn
/// here already) is skipped with a note, since the other database's list names figures of its
/// own; every other check of `tipdb retract` applies.
public struct RetractionList: Sendable {
    /// The keys to withdraw, in file order, each with its reason.
    public var keys: [String] = []
    public var reasons: [String: String] = [:]
    /// `FILE:LINE:1: figure "k" is not in this database; skipped (...)`, one per key skipped.
    public var notes: [String] = []

    /// Reads `path`; rows without a reason take `fallback` (`--reason`).
    ///
    /// - Throws: `RetractionError` naming every row that cannot be read (`FILE:LINE:COLUMN`), and
    ///   `StorageError` when the database cannot be read.
    public static func read(path: String, fallback: String?, db: Database) throws -> RetractionList {
        let reader: CSVReader
        do { reader = try CSVReader(path: path) } catch {
            throw RetractionError(problems: ["\(path): \(error.message); expected a CSV file of figure and reason, as tipdb sql --format csv exports figure_retractions"])
        }
        var list = RetractionList()
        var problems: [String] = []
        var columns: (figure: Int, reason: Int)?
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch {
                problems.append("\(path):\(error.line):\(error.column): \(error.message)")
                break
            }
            let cells = (0..<record.count).map { record.string(at: $0) }
            guard let at = columns else {
                let names = cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let figure = names.firstIndex(of: "figure") ?? names.firstIndex(of: "key"), let reason = names.firstIndex(of: "reason") else {
                    problems.append("\(path):1:1: the header has no figure (or key) and reason columns; expected tipdb sql's export: "
                        + "tipdb sql --format csv \"SELECT figure, reason FROM figure_retractions\"")
                    break
                }
                columns = (figure, reason)
                continue
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            let key = at.figure < cells.count ? cells[at.figure] : ""
            let given = at.reason < cells.count ? cells[at.reason].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            guard !key.isEmpty else {
                problems.append("\(path):\(record.line):1: the figure cell is empty; expected the key of a figure to withdraw")
                continue
            }
            guard let reason = given.isEmpty ? fallback : given else {
                problems.append("\(path):\(record.line):1: figure \"\(key)\" has no reason; expected why it was withdrawn, or --reason for rows without one")
                continue
            }
            guard try db.integer("SELECT count(*) FROM figures WHERE key = ?1", [key]) > 0 else {
                let here = try db.retraction(of: key).map { "; it was retracted here already (\($0.particulars))" } ?? ""
                list.notes.append("\(path):\(record.line):1: figure \"\(key)\" is not in this database\(here); skipped (nothing to withdraw)")
                continue
            }
            if list.reasons[key] == nil { list.keys.append(key) }
            list.reasons[key] = reason
        }
        if !problems.isEmpty { throw RetractionError(problems: problems) }
        return list
    }
}
