/// Reads CSV or TSV files with a header row into input records.
final class CSVRecordSource: RecordSource {
    private let reader: CSVReader
    private let file: String
    /// The file's delimiter convention, to write a cell a delimiter split as it was written.
    private let dialect: CSVDialect
    let header: [InputField]?
    private(set) var headerIssues: [IngestIssue] = []
    private let names: [String]
    private let fieldIndex: FieldIndex
    /// The header names a column of `PrintedDigitColumns`.
    private let givesPrintedDigits: Bool
    /// Columns whose header cell is empty: a spreadsheet saves a column it once used, or a
    /// trailing delimiter, that way. They are read only to check that every cell is empty.
    private let unnamed: [Int]
    /// The columns up to the last named one: a row may leave out unnamed columns after it.
    private let namedWidth: Int

    var bytesRead: Int { reader.bytesRead }

    /// Opens the file and reads its header.
    ///
    /// - Throws: an `IngestIssue` for an empty file or an unreadable header. Names given twice
    ///   are all listed in ``headerIssues``; a column without a name is a problem only of the
    ///   rows that hold a value in it.
    init(path: String, displayName: String, dialect: CSVDialect) throws(IngestIssue) {
        file = displayName
        self.dialect = dialect
        do {
            reader = try CSVReader(path: path, dialect: dialect)
        } catch {
            throw IngestIssue(error, file: displayName)
        }
        let headerRecord: CSVRecord
        do {
            let empty = IngestIssue(file: displayName, line: 1, column: 1,
                                    message: dialect == .tsv
                                        ? "empty file; expected a tab-separated header row naming the columns, such as key, measure, value, place, period and source"
                                        : "empty file; expected a header row naming the columns, such as key,measure,value,place,period,source")
            guard let first = try reader.next() else { throw empty }
            if first.isBlankRow {
                // One line of spaces is not nothing to a user who sees a file of some bytes.
                guard try reader.next() != nil else {
                    throw IngestIssue(file: displayName, line: 1, column: 1,
                                      message: empty.message.replacingOccurrences(of: "empty file", with: "the file holds only white space (blank lines or spaces)"))
                }
                throw IngestIssue(file: displayName, line: 1, column: 1, message: Self.blankFirstLine)
            }
            if let problem = first.problem {
                // `"key";"measure";...`: the separator named, not the reader's complaint at the first `;`.
                if let quoted = HeaderSeparator.quotedNamesProblem(path: path, format: dialect == .tsv ? .tsv : .csv) {
                    throw IngestIssue(file: displayName, line: 1, column: 1, message: quoted)
                }
                throw problem
            }
            headerRecord = first
        } catch let error as CSVError {
            throw IngestIssue(error, file: displayName)
        } catch let issue as IngestIssue {
            throw issue
        } catch {
            throw IngestIssue(file: displayName, line: 1, column: 1, message: String(describing: error))
        }
        var fields: [InputField] = []
        var seen: [String: Int] = [:]
        var allNames: [String] = []
        var unnamed: [Int] = []
        for index in 0..<headerRecord.count {
            let name = headerRecord.string(at: index).trimmingWhitespace()
            let column = headerRecord.column(at: index)
            allNames.append(name)
            if name.isEmpty {
                unnamed.append(index)
                continue
            }
            if let first = seen[name.lowercased()] {
                headerIssues.append(IngestIssue(
                    file: displayName, line: headerRecord.line(at: index), column: column,
                    message: "duplicate column \"\(name)\" (also column \(first + 1)); expected each column once"))
            } else {
                seen[name.lowercased()] = index
            }
            fields.append(InputField(name: name, value: nil, line: headerRecord.line(at: index), column: column))
        }
        header = fields
        names = allNames
        fieldIndex = FieldIndex(seen)
        givesPrintedDigits = PrintedDigitColumns.names.contains { seen[$0] != nil }
        self.unnamed = unnamed
        namedWidth = (allNames.lastIndex { !$0.isEmpty } ?? -1) + 1
    }

    /// The error for a data line that is the header again.
    static let repeatedHeader = "this line repeats the header of line 1 (two files joined together?); delete it"

    /// Whether `fields` (a data line's) are the header's names again, as where two exports were
    /// joined (`cat a.csv b.csv`), the second perhaps with its byte order mark.
    ///
    /// Why: each of its cells was refused on its own (`unknown measure "measure"`, `"value" is not
    /// a number`, ...), six errors and a hint about sources for one stray line.
    private func repeatsHeader(_ fields: [InputField]) -> Bool {
        guard fields.count == names.count, fields.count >= 2, let first = fields.first?.value else { return false }
        func same(_ cell: String?, _ name: String) -> Bool {
            guard var cell else { return name.isEmpty }
            if cell.hasPrefix("\u{FEFF}") { cell.removeFirst() }
            return cell.trimmingWhitespace().lowercased() == name.lowercased()
        }
        // The first cell decides for nearly every line, before the others are compared.
        guard same(first, names[0]) else { return false }
        return zip(fields, names).allSatisfy { same($0.value, $1) }
    }

    /// Whether a data line is a note under (or within) the table, as spreadsheets carry them:
    /// words in the first cell (`Source: UNODC GLOTIP 2020`, `* provisional`) and every other cell
    /// empty. No key, code or number of a row holds a space, so a first cell with one beside
    /// nothing else is no row of the table.
    ///
    /// Why: each empty cell was refused on its own (`no measure given`, `no value given`, …), five
    /// errors with no hint that the line is a note (a user-review, session 42).
    private func isNoteLine(_ record: CSVRecord) -> Bool {
        guard names.count >= 3, record.count >= 1, !record.isBlank(at: 0),
              record.string(at: 0).trimmingWhitespace().utf8.contains(0x20) else { return false }
        return (1..<record.count).allSatisfy { record.isBlank(at: $0) }
    }

    /// The cell of a row that a comma split because it opens with a typographic quote (`“1,234”`,
    /// as a word processor or autocorrect writes one), which CSV does not read as quoting: the
    /// first field that opens with one and does not close it, and the fields up to the one that
    /// does (the cell as the row's author wrote it); nil when no field opens with one.
    ///
    /// Why: the comma inside such a cell splits it, and the row was refused as having one field
    /// too many, at a later cell, with the advice to quote the cell it already quoted, to the
    /// eye (a user-review, session 42). The first field opening with a typographic quote was named
    /// then, and in a row whose `“Table 2”` came before the split `“In 2019, 1234 victims”` the
    /// student fixed the cell named, which held no comma, and the row failed again (a review,
    /// session 49): a field closed by its own quote is whole, and is passed over.
    private func curlyQuoted(_ record: CSVRecord) -> (index: Int, cell: String)? {
        func opens(_ text: String) -> Bool {
            text.unicodeScalars.first.map { ["\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}"].contains($0) } ?? false
        }
        func closes(_ text: String) -> Bool {
            text.unicodeScalars.count > 1 && (text.unicodeScalars.last.map { ["\u{201D}", "\u{201C}", "\u{00BB}"].contains($0) } ?? false)
        }
        let cells = (0..<record.count).map { record.string(at: $0).trimmingWhitespace() }
        guard let first = cells.indices.first(where: { opens(cells[$0]) }) else { return nil }
        guard let split = cells.indices.first(where: { opens(cells[$0]) && !closes(cells[$0]) }) else {
            return (first, record.string(at: first))
        }
        let end = cells.indices.dropFirst(split + 1).first(where: { closes(cells[$0]) }) ?? split
        let delimiter = String(Character(Unicode.Scalar(dialect.delimiter)))
        return (split, (split...end).map { record.string(at: $0) }.joined(separator: delimiter))
    }

    /// The error for a cell that opens with a typographic quote (`curlyQuoted`), quoted whole.
    static func curlyQuote(_ cell: String, fields: Int, header: Int) -> String {
        let mark = cell.trimmingWhitespace().prefix(1)
        return "\"\(cell.prefix(60))\" opens with a typographic quote (\(mark)), which CSV does not read as quoting, so a comma inside "
            + "it splits the cell (the row has \(fields) fields, the header \(header)); expected straight double quotes (\") around a cell that holds the delimiter"
    }

    /// The error for a note line (`isNoteLine`).
    static func noteLine(_ text: String) -> String {
        "this line is a note, not a row of the table (\"\(text.trimmingWhitespace().prefix(60))\" in its first cell, every other cell empty); "
            + "expected a row of the table: delete the line, or put the note in the notes column of the rows it is about"
    }

    static let blankFirstLine = "the first line is blank; expected the header naming the columns on line 1 (remove the blank lines before it)"

    func next() throws -> InputRecord? {
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { return nil }
                record = next
            } catch {
                throw IngestIssue(error, file: file)
            }
            // A blank line or a row of empty cells carries no data: skipped rather than rejected.
            if record.isBlankRow { continue }
            var fields: [InputField] = []
            fields.reserveCapacity(names.count)
            for index in 0..<min(record.count, names.count) {
                fields.append(InputField(
                    name: names[index], value: record.string(at: index), line: record.line(at: index),
                    column: record.column(at: index)))
            }
            var input = InputRecord(line: record.line, column: 1, raw: record.rawText, fields: fields)
            input.fieldIndex = fieldIndex
            input.givesPrintedDigits = givesPrintedDigits
            input.rawLayout = .csv
            if let problem = record.problem {
                input.problem = IngestIssue(problem, file: file)
            } else if repeatsHeader(fields) {
                input.problem = IngestIssue(file: file, line: record.line, column: 1, message: Self.repeatedHeader)
            } else if isNoteLine(record) {
                input.problem = IngestIssue(file: file, line: record.line, column: 1, message: Self.noteLine(record.string(at: 0)))
            } else if record.count > names.count, let (index, cell) = curlyQuoted(record) {
                input.problem = IngestIssue(
                    file: file, line: record.line(at: index), column: record.column(at: index),
                    message: Self.curlyQuote(cell, fields: record.count, header: names.count))
            } else if record.count < namedWidth || record.count > names.count {
                // Too few: at the end of the row, where the missing field would go. Too many: at
                // the first field beyond the header.
                let at: (line: Int, column: Int) = record.count < names.count
                    ? record.end : (record.line(at: names.count), record.column(at: names.count))
                input.problem = IngestIssue(
                    file: file, line: at.line, column: at.column,
                    message: record.count < names.count
                        ? "row has \(record.count) field\(record.count == 1 ? "" : "s"); expected \(names.count) as in the header (missing: \(names[record.count...].filter { !$0.isEmpty }.joined(separator: ", ")))"
                        : record.tooManyFields(width: names.count, header: "the header"))
            } else if let index = unnamed.first(where: { $0 < record.count && !record.isBlank(at: $0) }) {
                input.problem = IngestIssue(
                    file: file, line: record.line(at: index), column: record.column(at: index),
                    message: "\"\(record.string(at: index).prefix(60))\" is in column \(index + 1), which has no name in the header; expected a name for the column on line 1, or the cell empty")
            }
            return input
        }
    }
}
