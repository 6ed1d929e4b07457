import Foundation
import Storage

/// JSON text for query results, written by hand so that column order is kept and each SQLite
/// type maps to its JSON type (integers, reals, strings, null; blobs as base64 strings).
enum JSONText {
    /// One row as an object on one line: compact (`{"a":1,"b":2}`, as `jq -c` writes it) for an
    /// NDJSON line; `spaced` (`{"a": 1, "b": 2}`) for a row of a JSON array, which then reads as
    /// tipdb's other JSON does (`JSONLayout`; the brief's figures are one line each the same way).
    static func object(columns: [String], values: [DatabaseValue], spaced: Bool = false) -> String {
        var seen: [String: Int] = [:]
        var members: [String] = []
        for (column, value) in zip(columns, values) {
            // Duplicate column names (SELECT a.key, b.key) would collide in an object: number them.
            let occurrence = seen[column, default: 0]
            seen[column] = occurrence + 1
            let name = occurrence == 0 ? column : "\(column):\(occurrence + 1)"
            members.append(JSONString.literal(name) + (spaced ? ": " : ":") + literal(value))
        }
        return "{" + members.joined(separator: spaced ? ", " : ",") + "}"
    }

    static func literal(_ value: DatabaseValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let v): String(v)
        case .real(let v): v.isFinite ? (v == v.rounded() && abs(v) < 1e15 ? String(format: "%.1f", v) : "\(v)") : "null"
        case .text(let v): JSONString.literal(v)
        case .blob(let v): JSONString.literal(v.base64EncodedString())
        }
    }
}
