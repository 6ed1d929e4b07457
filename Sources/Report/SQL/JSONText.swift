import Foundation
import Storage

/// JSON text for query results, written by hand so that column order is kept and each SQLite
/// type maps to its JSON type (integers, reals, strings, null; blobs as base64 strings).
enum JSONText {
    /// One row as an object on one line, its members named by `keys` (`keys(_:)` of the columns):
    /// compact (`{"a":1,"b":2}`, as `jq -c` writes it) for an NDJSON line; `spaced`
    /// (`{"a": 1, "b": 2}`) for a row of a JSON array, which then reads as tipdb's other JSON does
    /// (`JSONLayout`; the brief's figures are one line each the same way).
    static func object(keys: [String], values: [DatabaseValue], spaced: Bool = false) -> String {
        let members = zip(keys, values).map { name, value in
            JSONString.literal(name) + (spaced ? ": " : ":") + literal(value)
        }
        return "{" + members.joined(separator: spaced ? ", " : ",") + "}"
    }

    /// One key per column: a name the result repeats (SELECT a.key, b.key) keeps its first use and
    /// is numbered after (`key:2`), skipping a number another column's own name takes, since
    /// `SELECT f.key, s.key, f.value AS "key:2"` gave two `key:2` and a JSON reader kept one.
    static func keys(_ columns: [String]) -> [String] {
        var taken = Set(columns)
        var seen: [String: Int] = [:]
        var names: [String] = []
        for column in columns {
            let occurrence = seen[column, default: 0]
            seen[column] = occurrence + 1
            guard occurrence > 0 else { names.append(column); continue }
            var number = occurrence + 1
            while taken.contains("\(column):\(number)") { number += 1 }
            let name = "\(column):\(number)"
            taken.insert(name)
            names.append(name)
        }
        return names
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
