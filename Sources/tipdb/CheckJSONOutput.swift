import Storage

/// `tipdb check --format json`, written as the audit finds it: each finding and each of its rows
/// goes to standard output at once, so memory holds no list of keys and no copy of the report
/// (building `{"findings": [...]}` whole and encoding it peaked at 203 MB over 1,000,000 figures,
/// 34 MB of it the JSON text).
///
/// The bytes are those `JSONEncoder` wrote before, with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`: two-space indents, `"name" : value`, keys in order (check, message,
/// rows, severity), strings escaped as it escapes them (`literal(_:)`), and a final newline.
final class CheckJSONOutput: FindingSink {
    private let output = StandardOutput()
    private(set) var errors = 0
    private(set) var warnings = 0
    private var severity = Finding.Severity.warning
    private var rows = 0

    init() {
        output.write("{\n  \"findings\" : [")
    }

    func begin(severity: Finding.Severity, check: String, message: String) {
        output.write(errors + warnings == 0 ? "\n    {\n" : ",\n    {\n")
        if severity == .error { errors += 1 } else { warnings += 1 }
        self.severity = severity
        rows = 0
        output.write("      \"check\" : " + Self.literal(check) + ",\n      \"message\" : " + Self.literal(message) + ",\n      \"rows\" : [")
    }

    func row(_ text: String) {
        output.write((rows == 0 ? "\n        " : ",\n        ") + Self.literal(text))
        rows += 1
    }

    func end() {
        output.write((rows == 0 ? "\n\n      ],\n" : "\n      ],\n") + "      \"severity\" : " + Self.literal(severity.rawValue) + "\n    }")
    }

    /// Drops the part of the report not yet written, when the audit fails: a short report then
    /// leaves standard output to the failure alone, as when the report was printed whole.
    func abandon() {
        output.discard()
    }

    /// Closes the report and writes out what is left of it.
    func finish() {
        output.write(errors + warnings == 0 ? "\n\n  ]\n}\n" : "\n  ]\n}\n")
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
