/// The cells a record gives, in one text that two records with the same key are compared by:
/// each field with a value, by lower-case name, in name order.
///
/// Why: two colleagues' exports loaded in one command repeat most of their keys; a row that
/// repeats another cell for cell changes nothing, but it got the same "duplicate key" error as a
/// row that gives the key another value, and the one real conflict among 79 such errors could
/// not be told apart (a merging review, session 52). `KeyMemory` keeps a digest of each key's
/// first cells (`RowDigester`), so that a repeat is either set aside as identical or refused
/// naming what differs, after the first row is read again (`FirstRowReader`).
struct RowCells: Sendable, Equatable {
    /// `name` U+001F `value`, fields separated by U+001E: characters no header name holds and a
    /// cell almost never does, so that the text splits back into its fields.
    let text: String

    private static let nameEnd: Character = "\u{1F}"
    private static let fieldEnd: Character = "\u{1E}"

    /// The cells of `record`: each field with a value (trimmed, as the builders read it), and a
    /// CSL-JSON item's members that tipdb does not model.
    init(_ record: InputRecord) {
        var cells: [(String, String)] = []
        cells.reserveCapacity(record.fields.count + 1)
        for field in record.fields {
            guard let value = field.value?.trimmingWhitespace(), !value.isEmpty else { continue }
            cells.append((field.name.lowercased(), value))
        }
        if let csl = record.cslExtra { cells.append(("csl", csl)) }
        cells.sort { $0.0 < $1.0 }
        text = cells.map { $0.0 + String(Self.nameEnd) + $0.1 }.joined(separator: String(Self.fieldEnd))
    }

    /// The fields as name → value.
    var fields: [String: String] {
        var fields: [String: String] = [:]
        for cell in text.split(separator: Self.fieldEnd, omittingEmptySubsequences: true) {
            guard let end = cell.firstIndex(of: Self.nameEnd) else { continue }
            fields[String(cell[..<end])] = String(cell[cell.index(after: end)...])
        }
        return fields
    }

    /// How this row's cells differ from `first`'s, in the words of an error: `value 280 here, 300
    /// there; locator "p. 4" here, "p. 3" there`; at most `limit` fields, then how many more.
    func differences(from first: RowCells, limit: Int = 4) -> String {
        let here = fields, there = first.fields
        let names = Set(here.keys).union(there.keys).filter { here[$0] != there[$0] }.sorted {
            (Self.order($0), $0) < (Self.order($1), $1)
        }
        var words = names.prefix(limit).map { name in
            "\(name) \(Self.shown(here[name])) here, \(Self.shown(there[name])) there"
        }
        if names.count > limit { words.append("and \(names.count - limit) more field\(names.count - limit == 1 ? "" : "s")") }
        return words.joined(separator: "; ")
    }

    /// Numbers and where they were found first: the fields a reader most needs to choose by.
    private static func order(_ name: String) -> Int {
        ["value", "low", "high", "measure", "unit", "place", "period", "period_start", "period_end", "source", "locator", "title"]
            .firstIndex(of: name) ?? 100
    }

    private static func shown(_ value: String?) -> String {
        guard let value else { return "empty" }
        let short = value.count > 60 ? String(value.prefix(57)) + "..." : value
        return short.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } ? short : "\"\(short)\""
    }
}
