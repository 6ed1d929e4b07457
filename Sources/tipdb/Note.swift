import Foundation

/// A `note: ...` line on standard error: what a command decided or found that the user should
/// know, which is neither its result (standard output) nor a problem (`warning:`, `tipdb: error:`).
///
/// Why one type: ingest, derive, backup and the brief each wrote the line themselves; one printer
/// keeps the prefix, the stream and the line break the same for all of them.
enum Note {
    /// Writes `note: TEXT` and a line break to standard error, which is unbuffered: the note
    /// appears where it falls among the other lines of standard error.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data("note: \(text)\n".utf8))
    }
}
