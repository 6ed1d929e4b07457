import Foundation
import Storage

/// `tipdb check --format json`, written as the audit finds it: each finding and each of its rows
/// goes to standard output at once, so memory holds no list of keys and no copy of the report
/// (building `{"findings": [...]}` whole and encoding it peaked at 203 MB over 1,000,000 figures,
/// 34 MB of it the JSON text).
///
/// The bytes are those `JSONLayout.document` writes for the same report built whole: keys in
/// order (findings, then totals; in a finding check, message, rowKeys, rows, severity), two-space
/// indents, `"name": value`, strings escaped as `JSONEncoder` escapes them (`literal(_:)`), and a
/// final newline. The totals come last, once every finding is counted: the numbers of the text
/// report's closing line, and each check's row count (at most one finding per check, so a few
/// dozen entries held).
///
/// `rowKeys`, what each row names as data (`FindingKeys`), comes before `rows` in key order but
/// arrives with it, row by row: the keys are written at once and the rows' text goes to a
/// temporary file until the finding ends, so that memory still holds no list of rows.
final class CheckJSONOutput: FindingSink {
    private let output = StandardOutput()
    private(set) var errors = 0
    private(set) var warnings = 0
    private var severity = Finding.Severity.warning
    private var check = ""
    private var rows = 0
    private var rowsByCheck: [String: Int] = [:]
    /// The current finding's rows as JSON text, written out once its `rowKeys` are closed.
    private var spool: UnsafeMutablePointer<FILE>?
    /// The rows held in memory instead, when no temporary file could be made.
    private var held: [String] = []

    init() {
        output.write("{\n  \"findings\": [")
    }

    func begin(severity: Finding.Severity, check: String, message: String) {
        output.write(errors + warnings == 0 ? "\n    {\n" : ",\n    {\n")
        if severity == .error { errors += 1 } else { warnings += 1 }
        self.severity = severity
        self.check = check
        rows = 0
        output.write("      \"check\": " + Self.literal(check) + ",\n      \"message\": " + Self.literal(message) + ",\n      \"rowKeys\": [")
        spool = tmpfile()
    }

    func row(_ text: String, keys: FindingKeys) {
        let separator = rows == 0 ? "\n        " : ",\n        "
        output.write(separator + Self.keysObject(keys))
        let line = separator + Self.literal(text)
        if let spool {
            fputs(line, spool)
        } else {
            held.append(line)
        }
        rows += 1
    }

    func end() {
        output.write((rows == 0 ? "],\n" : "\n      ],\n") + "      \"rows\": [")
        if let spool {
            rewind(spool)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            // Written up to the last line break read, which ends a whole character: a character
            // cut by the chunk's end waits for the next read.
            var pending: [UInt8] = []
            while true {
                let count = fread(&chunk, 1, chunk.count, spool)
                if count == 0 { break }
                pending += chunk[0..<count]
                if let last = pending.lastIndex(of: UInt8(ascii: "\n")) {
                    output.write(String(decoding: pending[..<last], as: UTF8.self))
                    pending.removeSubrange(..<last)
                }
            }
            output.write(String(decoding: pending, as: UTF8.self))
            fclose(spool)
            self.spool = nil
        }
        held.forEach(output.write)
        held.removeAll()
        output.write((rows == 0 ? "],\n" : "\n      ],\n") + "      \"severity\": " + Self.literal(severity.rawValue) + "\n    }")
        rowsByCheck[check, default: 0] += rows
    }

    /// One member of `rowKeys`, laid out at its depth: `{"keys": [...], "kind": "figure"}` over lines.
    static func keysObject(_ keys: FindingKeys) -> String {
        let list = keys.keys.isEmpty
            ? "[]" : "[\n" + keys.keys.map { "            " + literal($0) }.joined(separator: ",\n") + "\n          ]"
        return "{\n          \"keys\": " + list + ",\n          \"kind\": " + literal(keys.kind) + "\n        }"
    }

    /// Drops the part of the report not yet written, when the audit fails: a short report then
    /// leaves standard output to the failure alone, as when the report was printed whole.
    func abandon() {
        if let spool { fclose(spool) }
        spool = nil
        output.discard()
    }

    /// Closes the findings, writes the totals and what is left of the report.
    func finish() {
        output.write(errors + warnings == 0 ? "],\n" : "\n  ],\n")
        output.write("  \"totals\": {\n    \"errors\": \(errors),\n    \"rowsByCheck\": ")
        if rowsByCheck.isEmpty {
            output.write("{}")
        } else {
            let members = rowsByCheck.sorted { $0.key < $1.key }.map { "      " + Self.literal($0.key) + ": \($0.value)" }
            output.write("{\n" + members.joined(separator: ",\n") + "\n    }")
        }
        output.write(",\n    \"warnings\": \(warnings)\n  }\n}\n")
        output.flush()
    }

    /// `text` as `JSONEncoder` writes a string with `.withoutEscapingSlashes`: a quote and a
    /// backslash escaped, \b, \f, \n, \r and \t by name, other control characters as \u00XX
    /// (lower-case hex), everything else, DEL and non-ASCII included, as it is.
    static func literal(_ text: String) -> String {
        var out = ""
        JSONString.append(text, to: &out, shortBackspaceAndFormFeed: true)
        return out
    }
}
