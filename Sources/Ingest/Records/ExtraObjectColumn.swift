import Storage

/// A figures file's `extra` column: the JSON object of `x_` members that `tipdb sql` exports from
/// `figures.extra`, read back as the `x_` columns it holds.
///
/// Why: the README's export was the documented way to hand a database to a colleague, and
/// `x_` columns had no way through it: `extra` was refused as a column tipdb keeps for itself,
/// and a file without it loaded into a second database without them, reported as a success (a
/// merging review, session 52). A cell is the object as `tipdb sql` writes it in every format
/// (`{"x_checked_on":"2026-11-30"}`, a text in JSON and NDJSON as well); an empty cell states
/// that the figure has no `x_` columns, as empty `x_` cells do.
enum ExtraObjectColumn {
    /// The column's name, as `figures` names it.
    static let name = "extra"

    /// Adds each member of `record`'s `extra` cell to it as an `x_` column kept as JSON, as a
    /// JSON object's `x_` members are (`JSONRecordSource.addExtraColumn`); refuses the cell, at
    /// its position, when it is not such an object or names a column the row also gives.
    static func expand(in record: inout InputRecord, file: String) {
        // A CSV file's rows share its header's index: lower-casing every name of every row to
        // look for this column was 2 % of a figures load's reading thread (`callgrind`, session 62).
        let found = record.fieldIndex.isEmpty ? record.fields.firstIndex { $0.name.lowercased() == name } : record.fieldIndex[name]
        guard let index = found, !record.refusedFields.contains(name) else { return }
        let cell = record.fields[index]
        guard let text = cell.value?.trimmingWhitespace(), !text.isEmpty else { return }
        guard let parsed = try? JSONParser.parse(Array(text.utf8)), case .object(let members) = parsed.value else {
            return refuse(cell, in: &record, file: file, "expected the JSON object of x_ columns that tipdb sql exports from figures.extra, "
                + "such as {\"x_checked_on\":\"2026-11-30\"}, or an empty cell")
        }
        var given = Set(record.fields.filter { FieldContract.isExtraColumn($0.name) }.map { $0.name.lowercased() })
        for member in members {
            guard FieldContract.isExtraColumn(member.key) else {
                return refuse(cell, in: &record, file: file, "member \"\(member.key)\" is not an x_ column; expected names starting with x_, "
                    + "as tipdb sql exports figures.extra")
            }
            guard given.insert(member.key.lowercased()).inserted else {
                return refuse(cell, in: &record, file: file, "\(member.key) is given both here and as a column of its own; expected it once: "
                    + "leave it out of one")
            }
        }
        keepColumnsAsJSON(in: &record)
        for member in members {
            var json = member.value.value.compactText
            if case .string(let string) = member.value.value {
                // A text is trimmed, and one of spaces is no value, as in an x_ cell.
                let trimmed = string.trimmingWhitespace()
                if trimmed.isEmpty { continue }
                json = JSONString.literal(trimmed)
            }
            if case .null = member.value.value { continue }
            record.extraJSON[member.key] = json
            record.fields.append(InputField(name: member.key, value: json, line: cell.line, column: cell.column))
        }
    }

    /// A CSV row's own `x_` cells, as JSON texts beside the members of its `extra` cell: once
    /// `extraJSON` holds anything, `RowReader.extraJSON()` reads the row's `x_` values from it.
    private static func keepColumnsAsJSON(in record: inout InputRecord) {
        guard record.extraJSON.isEmpty else { return }
        for field in record.fields where FieldContract.isExtraColumn(field.name) {
            if let value = field.value?.trimmingWhitespace(), !value.isEmpty { record.extraJSON[field.name] = JSONString.literal(value) }
        }
    }

    private static func refuse(_ cell: InputField, in record: inout InputRecord, file: String, _ message: String) {
        record.refuse(IngestIssue(file: file, line: cell.line, column: cell.column, message: RowReader.shortened("\(cell.name): \(message)")),
                      fields: [name])
    }
}
