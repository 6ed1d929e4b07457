/// R's mark for a missing value, `NA`, written alone in a text cell: refused, for every field of
/// the file contract at once, before any builder reads the record.
///
/// Why: R's `write.csv` writes `NA` in every empty cell, and a text field stored it as the text
/// "NA": a brief printed `NA` as a figure's locator, a study's population or a source's publisher
/// (a user-review, session 43). Nothing tipdb stores as text is plausibly the two capitals alone,
/// so the cell is refused at its position rather than guessed empty: the user's export is what
/// needs `na = ""`, and every other missing value in it is then written right too.
///
/// Not covered, each for its own reason: a place (`Vocabulary.typedPlace` refuses `NA` naming
/// Namibia's other codes, since `NA` is also Namibia's ISO code); a number (`NumberParser`
/// names `NA`, `NaN`, `#N/A` and the like as missing numbers); an `x_` column, kept as written,
/// since tipdb does not read it. A JSON `null` is already no value; a JSON string `"NA"` is the
/// same as the CSV cell.
enum RMissingValue {
    /// The contract fields with a refusal of their own for `NA`.
    static let ownRefusal: Set<String> = ["place", "places", "value", "low", "high", "sample_size"]

    static let message = "\"NA\" is the mark R writes for a missing value; expected an empty cell where there is none, "
        + "else the value (R's write.csv(..., na = \"\") writes empty cells instead of NA)"

    /// Refuses each field of `record` whose whole text is `NA`, as a problem of that field: it
    /// then reads as absent, and no second error ("no title given") is listed for it.
    ///
    /// Cheap on a large file: a value is looked at only when it is two to sixteen bytes long, and
    /// its name only when its text is `NA`.
    static func refuse(in record: inout InputRecord, file: String) {
        for index in record.fields.indices {
            guard let value = record.fields[index].value, (2...16).contains(value.utf8.count),
                  value.trimmingWhitespace() == "NA" else { continue }
            let field = record.fields[index]
            let name = field.name.lowercased()
            guard !ownRefusal.contains(name), !FieldContract.isExtraColumn(name), !record.refusedFields.contains(name) else { continue }
            record.refuse(IngestIssue(file: file, line: field.line, column: field.column, message: "\(field.name): \(message)"), fields: [name])
            record.fields[index].value = nil
        }
    }
}
