import Storage

/// Garbled text (`Mojibake`) in the cells of a record, found for every field of every format at
/// once, before any builder reads the record: beside R's `NA` (`RMissingValue`), the one place
/// every text cell of a CSV, TSV, JSON, NDJSON or CSL-JSON file passes through.
///
/// A cell of the file contract is refused at its position, naming the text it was, and the field
/// then reads as absent, so no second error ("no title given", a place's "did you mean") follows.
/// Why refuse: the text goes into titles, authors and verbatim quotes, and a brief cites it; the
/// test is precise enough (`Mojibake`) that text which passes it was garbled. An `x_` column is
/// only warned about and loaded as written: tipdb keeps such columns without reading them, and
/// they may hold anything a user's workflow needs (an identifier, a copy of another system's
/// text), where refusing the whole row for a column tipdb never interprets would refuse good data.
/// A cell with one garbled word beside text that is not (`Côte dâ€™Ivoire`, a garbled file
/// edited by hand) is warned about too, in any field: a word alone is a weaker sign than a cell.
enum MojibakeCheck {
    /// Refuses each garbled field of `record`, and returns a warning for each garbled `x_` column.
    static func refuse(in record: inout InputRecord, file: String, format: InputFormat) -> [IngestIssue] {
        var warnings: [IngestIssue] = []
        for index in record.fields.indices {
            // One pass over the bytes of a cell without a lead character, as nearly every cell is.
            guard let value = record.fields[index].value, Mojibake.mayBeGarbled(value) else { continue }
            guard let original = Mojibake.original(of: value) else {
                if let (word, original) = Mojibake.garbledWord(in: value) {
                    let field = record.fields[index]
                    warnings.append(IngestIssue(
                        file: file, line: field.line, column: field.column,
                        message: "\(field.name): \"\(word)\" may be \"\(original)\" garbled: \(cause(format)); loaded as written, "
                            + "since the rest of the cell is not garbled (edited by hand since?): correct the cell if it is"))
                }
                continue
            }
            let field = record.fields[index]
            let name = field.name.lowercased()
            guard !record.refusedFields.contains(name) else { continue }
            let told = Mojibake.excerpt(of: value, original: original)
            let garbled = "\"\(told.garbled)\" reads as \"\(told.original)\" garbled: " + cause(format)
            if FieldContract.isExtraColumn(name) {
                warnings.append(IngestIssue(
                    file: file, line: field.line, column: field.column,
                    message: "\(field.name): \(garbled); loaded as written, as tipdb keeps x_ columns: \(fix(format)) if it is garbled"))
                continue
            }
            record.refuse(IngestIssue(file: file, line: field.line, column: field.column,
                                      message: "\(field.name): \(garbled); expected the text as written: \(fix(format))"), fields: [name])
            record.fields[index].value = nil
        }
        return warnings
    }

    /// How such text comes about: Excel for a spreadsheet's file, a program for JSON.
    private static func cause(_ format: InputFormat) -> String {
        format == .csv || format == .tsv
            ? "the file was opened as Windows-1252 and saved again as UTF-8 (Excel does so with a UTF-8 file opened by double-click)"
            : "the text was read as Windows-1252 and written again as UTF-8"
    }

    /// What to do: open the original file as UTF-8 (the garbled one is lost text), or correct it.
    private static func fix(_ format: InputFormat) -> String {
        format == .csv || format == .tsv
            ? "open the original file with Excel's Data > From Text/CSV, File origin \"65001: Unicode (UTF-8)\", or correct the cell"
            : "correct the value, or the program that wrote the file"
    }
}
