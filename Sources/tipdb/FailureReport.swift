import Foundation
import Storage

/// What `--json` prints when a command fails before its report (an unusable database, a usage
/// error), so that a script reading JSON gets JSON whatever happened.
///
/// One line, unlike the reports: the object is small, it may follow a streamed output that
/// already wrote part of itself (`sql --format json`'s closed array, `check`'s partial report),
/// where `tail -n 1` picks it off, and `"exitCode": 64` can be found with `grep`, as README shows it.
struct FailureReport {
    let error: String
    let exitCode: Int32

    /// `{"error": "...", "exitCode": 2}` and a newline: members in sorted order, `": "` and `", "`
    /// between them, as `"name": value` is spelled in tipdb's other JSON (`JSONLayout`).
    var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // A message is a String, which JSONEncoder always encodes; the fallback only keeps the line valid JSON.
        let quoted = (try? encoder.encode(error)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        return "{\"error\": \(quoted), \"exitCode\": \(exitCode)}\n"
    }

    /// Prints `line` on standard output.
    func print() {
        Swift.print(line, terminator: "")
    }
}
