import Foundation

/// A `warning: ...` line on standard error: a problem in the data or the options that did not
/// stop the command, which is neither its result (standard output) nor a note of what it decided
/// (`Note`) nor an error (`tipdb: error:`).
///
/// Why one type: ingest, derive and export each wrote the line themselves; one printer keeps the prefix,
/// the stream and the line break the same for all, and `Note`'s beside it. Warnings are printed
/// with `--quiet` and `--json` too (which only drop results and notes): they concern the data
/// itself, and `--json` reports carry them as well.
enum Warning {
    /// Writes `warning: TEXT` and a line break to standard error, which is unbuffered: the
    /// warning appears where it falls among the other lines of standard error.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(text)\n".utf8))
    }
}
