import Foundation
import Storage

/// Everything a format loader needs from the ingest command.
struct DatasetContext {
    let db: Database
    let options: IngestOptions
    let vocabulary: Vocabulary
    let now: String
    /// The file as given on the command line (used in every message).
    let path: String
    let batch: Int64
    /// SHA-256 of the file's bytes, computed once for the batch (empty for a CTDC file, which its
    /// loader hashes on another thread while the rows load).
    let sha256: String
    /// The file's size in bytes, for progress.
    let size: Int
    /// Keys withdrawn by `tipdb retract`: a row that would write one is skipped (`FigureWriter`).
    let retracted: RetractedKeys
    /// Claims figure `key` for the row on `line` among the keys of the whole command (those of
    /// figures files and of other bulk files), and returns where another file gave it first: that
    /// row keeps it and this one is refused, as the second of two figures files' rows with one key
    /// is. Nil when the key is this file's (a repeat inside the file is the loader's to judge).
    /// `column` is the value cell's: the warnings ingest gives about the figure afterwards
    /// (`LoadedFigureCheck`) are placed there, since a bulk file's cells are not read again.
    let claim: (_ key: String, _ line: Int, _ column: Int) -> (file: String, line: Int, refused: Bool)?

    /// The message for a row whose figure key another file of the command gave first (see `claim`).
    func duplicateKey(_ key: String, first: (file: String, line: Int, refused: Bool)) -> String {
        "duplicate figure key \"\(key)\" (derived from this row), already on line \(first.line) of \(first.file)\(first.refused ? ", which was refused (see its error there)" : ""); expected each key once in a command: the later file would silently replace that figure"
    }

    /// The `--source` key, checked to exist (in the database or loaded earlier in the command).
    ///
    /// - Throws: an `IngestIssue` naming the option when the key is unknown.
    func namedSource() throws -> String? {
        guard let key = options.source else { return nil }
        if try db.source(key: key) != nil { return key }
        let keys = try db.rows("SELECT key FROM sources ORDER BY key").compactMap { $0.string("key") }
        throw IngestIssue(
            file: path, line: 0, column: 0,
            message: Suggestions.message(
                "--source: unknown source \"\(key)\"", for: key, among: keys,
                expected: "expected the key of a source in the database or in a sources file of the same command"))
    }

    /// The day the file was last modified (UTC, YYYY-MM-DD): the date of an export or release
    /// that the file does not state and `--released` does not give, as the note then says.
    var modificationDay: String {
        let date = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
        return String(Timestamp.string(from: date).prefix(10))
    }

    /// The file's name without directories, for titles and notes.
    var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
