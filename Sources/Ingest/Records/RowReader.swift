import Foundation
import Storage

/// Reads the fields of one input record by contract name and collects every problem in it, each
/// at the position of the field concerned.
struct RowReader: Sendable {
    let file: String
    let record: InputRecord
    private(set) var issues: [IngestIssue] = []
    private var index = FieldIndex()
    /// Fields the reader already refused (lower-cased names): they read as absent, and no
    /// second error is listed for them ("missing value" after "value: expected text").
    private var refused: Set<String> = []

    init(file: String, record: InputRecord) {
        self.file = file
        self.record = record
        if !record.fieldProblems.isEmpty {
            issues = record.fieldProblems
            refused = record.refusedFields
        }
        if !record.fieldIndex.isEmpty {
            index = record.fieldIndex
            return
        }
        for (offset, field) in record.fields.enumerated() {
            index.insert(field.name.allSatisfy { $0.isLowercase || !$0.isLetter } ? field.name : field.name.lowercased(), at: offset)
        }
    }

    /// The field named `name`, if the record has it.
    func field(_ name: String) -> InputField? {
        index[name].map { record.fields[$0] }
    }

    /// Whether the record gave `name` but the reader refused it (a JSON member written twice, a
    /// list where text was expected): the field was given, so it is not "missing".
    ///
    /// Why: a figure whose `key` was refused has a key; counting it among the rows without one,
    /// or naming a key derived from its fields, tells the user something the file does not say.
    func wasRefused(_ name: String) -> Bool {
        !refused.isEmpty && refused.contains(name.lowercased())
    }

    /// The trimmed text of `name`, or nil when absent or blank. Quotes, notes and summaries too:
    /// spaces around a value are never part of it, and keeping them made `" pop "` in a CSV file
    /// and `"pop"` in JSON two different values.
    func text(_ name: String) -> String? {
        guard let value = field(name)?.value else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The text of a required field; records an issue when it is missing or blank.
    mutating func required(_ name: String, what: String) -> String? {
        if let value = text(name) { return value }
        fail(name, "no \(name) given; expected \(what)")
        return nil
    }

    /// Records a problem at the position of field `name` (or of the record when it is absent).
    mutating func fail(_ name: String, _ message: String) {
        fail(name, labelled: name, message)
    }

    /// Records a problem at the position of field `name`, naming it `label`: a CSL-JSON file's
    /// `id` is read as the field `key`, and its errors name the member the file has.
    mutating func fail(_ name: String, labelled label: String, _ message: String) {
        if !refused.isEmpty && refused.contains(name.lowercased()) { return }
        let field = field(name)
        issues.append(IngestIssue(
            file: file, line: field?.line ?? record.line, column: field?.column ?? record.column,
            message: Self.shortened(field == nil ? message : "\(label): \(message)")))
    }

    /// Records, as `fail(_:_:)` does, that field `name` names a key of `kind` that neither the
    /// database nor the command holds, marking the issue so (`IngestIssue.unknownReference`).
    mutating func fail(_ name: String, unknownReference kind: RecordKind, _ message: String) {
        let listed = issues.count
        fail(name, message)
        if issues.count > listed { issues[issues.count - 1].unknownReference = kind }
    }

    /// A message that quotes a huge value (a 100 KB field pasted by mistake), cut in the middle
    /// so that each error stays one readable line and still shows what was expected at its end.
    static func shortened(_ message: String) -> String {
        guard message.utf8.count > 600 else { return message }
        let characters = Array(message)
        guard characters.count > 600 else { return message }
        return String(characters[..<300]) + " … (\(characters.count - 500) characters left out) … " + String(characters[(characters.count - 200)...])
    }

    /// Runs a parser on field `name`; records its failure message and returns nil on error.
    mutating func parse<T, E: Error>(_ name: String, _ body: (String) throws(E) -> T) -> T? {
        guard let value = text(name) else { return nil }
        do {
            return try body(value)
        } catch {
            fail(name, Self.message(of: error))
            return nil
        }
    }

    static func message(of error: any Error) -> String {
        switch error {
        case let e as NumberParser.Failure: e.message
        case let e as PeriodParser.Failure: e.message
        case let e as Vocabulary.Failure: e.message
        case let e as Terms.Failure: e.message
        case let e as BreakdownCell.Failure: e.message
        default: String(describing: error)
        }
    }

    /// The `x_` columns as a JSON object (sorted keys), or nil when there are none: texts from a
    /// CSV file, the values as written (numbers, lists, objects) from a JSON one. Names are stored
    /// in lower case, as header names compare (`X_Note` and `x_note` are one column).
    func extraJSON() -> String? {
        if !record.extraJSON.isEmpty {
            // Built from the values' own JSON text: no number passes through a Double.
            let members = record.extraJSON.map { (key: $0.key.lowercased(), value: $0.value) }.sorted { $0.key < $1.key }
                .map { JSONString.literal($0.key) + ":" + $0.value }
            return "{" + members.joined(separator: ",") + "}"
        }
        var extra: [String: String] = [:]
        for field in record.fields where FieldContract.isExtraColumn(field.name) {
            if let value = field.value?.trimmingWhitespace(), !value.isEmpty { extra[field.name.lowercased()] = value }
        }
        guard !extra.isEmpty else { return nil }
        // Names in byte order, as for JSON records: Foundation's sorted keys put x_9 before x_10
        // and ignore case, so the same figure from a CSV and a JSON file differed in `extra`.
        let members = extra.sorted { $0.key < $1.key }.map { JSONString.literal($0.key) + ":" + JSONString.literal($0.value) }
        return "{" + members.joined(separator: ",") + "}"
    }

    /// A `;`-separated list field, trimmed, without empties.
    func list(_ name: String) -> [String] {
        guard let value = text(name) else { return [] }
        return ListItemLocator.items(of: value)
    }

    /// Records a repeated key: at the `key` field, or for a figure whose key is derived (no key
    /// column, or a blank one), at the start of the row, where the fields that make the key begin.
    mutating func fail(duplicate issue: IngestIssue, kind: RecordKind) {
        if kind == .figures && text("key") == nil {
            issues.append(IngestIssue(file: file, line: record.line, column: record.column, message: issue.message))
        } else {
            fail("key", issue.message)
        }
    }

    /// Records a problem with element `index` of ``list(_:)``'s elements of `name`, at that
    /// element: its position is worked out from the record's text only now, when it is refused.
    mutating func fail(_ name: String, element index: Int, _ message: String) {
        guard let at = position(of: name, element: index) else { return fail(name, message) }
        issues.append(IngestIssue(file: file, line: at.line, column: at.column, message: Self.shortened("\(name): \(message)")))
    }

    /// Where element `index` of ``list(_:)``'s elements of `name` was written (the field's start
    /// when the record's text cannot be read again), or nil when the record has no such field:
    /// worked out from the record's text only when asked, for an element refused or warned of.
    func position(of name: String, element index: Int) -> (line: Int, column: Int)? {
        guard let field = field(name) else { return nil }
        let items = ListItemLocator.locate(field, in: record)
        let item = items.indices.contains(index) ? items[index] : ListItem(text: "", line: field.line, column: field.column)
        return (item.line, item.column)
    }
}
