import Foundation
import Testing

/// No SQL is built by pasting values into its text: every value is bound. This test reads the
/// sources and fails on any string literal that looks like SQL and contains an interpolation,
/// unless the line says why the interpolated part is not a value (`// sql-constant:`).
@Suite("No SQL built from values")
struct NoSQLInterpolationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    @Test("no interpolation inside SQL string literals")
    func noInterpolatedSQL() throws {
        let keywords = try NSRegularExpression(pattern: #"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|PRAGMA|CREATE|DROP|BEGIN|SAVEPOINT|ATTACH)\b"#)
        var offenders: [String] = []
        var scanned = 0
        let files = FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            scanned += 1
            var inMultiline = false
            var multilineIsSQL = false
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let l = String(line)
                let quotes = l.components(separatedBy: "\"\"\"").count - 1
                if inMultiline {
                    // Only the part inside the literal counts: code may follow a closing """.
                    let l = quotes % 2 == 1 ? (l.components(separatedBy: "\"\"\"").first ?? "") : l
                    let range = NSRange(l.startIndex..., in: l)
                    if keywords.firstMatch(in: l, range: range) != nil { multilineIsSQL = true }
                    if multilineIsSQL && l.contains("\\(") && !String(line).contains("// sql-constant:") {
                        offenders.append("\(file):\(number + 1): \(l.trimmingCharacters(in: .whitespaces))")
                    }
                    if quotes % 2 == 1 { inMultiline = false; multilineIsSQL = false }
                    continue
                }
                if quotes % 2 == 1 { inMultiline = true; continue }
                // Single-line literals: find "..." segments holding both a keyword and an interpolation.
                for segment in l.split(separator: "\"", omittingEmptySubsequences: false).enumerated() where segment.offset % 2 == 1 {
                    let s = String(segment.element)
                    let range = NSRange(s.startIndex..., in: s)
                    if s.contains("\\(") && keywords.firstMatch(in: s, range: range) != nil && !l.contains("// sql-constant:") {
                        offenders.append("\(file):\(number + 1): \(l.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        #expect(scanned > 50)
        #expect(offenders.isEmpty, "SQL built by interpolation (bind the values instead):\n\(offenders.joined(separator: "\n"))")
    }
}
