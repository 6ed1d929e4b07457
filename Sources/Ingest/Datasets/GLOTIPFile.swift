/// A GLOTIP export opened and read up to its header: the preamble, the export date and the
/// column layout, with the reader positioned at the first data row.
///
/// The export starts with two preamble lines, `UNODC,<contact>,,,...` and `DD/MM/YYYY,,,...`,
/// then the header. A copy whose preamble was deleted is read too (its export date is then
/// unknown), and so is one without the publisher's line; anything else in the first three lines
/// is an error. The date line's first field must be a date ``GLOTIPExportDate`` reads, or empty.
final class GLOTIPFile {
    let reader: CSVReader
    let layout: GLOTIPLayout
    let headerLine: Int
    /// The export date, as the preamble gives it.
    let exportDate: GLOTIPExportDate
    /// The line that holds the export date (the header's line when there is none).
    let exportDateLine: Int

    init(path: String) throws(IngestIssue) {
        do {
            reader = try CSVReader(path: path, dialect: .csv)
        } catch {
            throw IngestIssue(error, file: path)
        }
        var preamble: [(line: Int, column: Int, fields: [String])] = []
        var header: (line: Int, names: [String])?
        do {
            while header == nil, preamble.count < 3, let record = try reader.next() {
                if let problem = record.problem { throw problem }
                if record.isBlankRow { continue }  // as in any CSV file: not a line of the preamble
                let fields = (0..<record.count).map { record.string(at: $0) }
                if GLOTIPLayout.isHeader(fields.map { $0.trimmingWhitespace().lowercased() }) {
                    header = (record.line, fields)
                } else {
                    preamble.append((record.line, record.column(at: 0), fields))
                }
            }
        } catch {
            throw IngestIssue(error, file: path)
        }
        guard let header, preamble.count <= 2 else {
            throw IngestIssue(file: path, line: 1, column: 1,
                              message: "no GLOTIP header in the first three lines; expected the preamble (UNODC,<contact> and the export date DD/MM/YYYY) and then the header Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source")
        }
        layout = try GLOTIPLayout(names: header.names, file: path, line: header.line)
        headerLine = header.line
        // The date line is the second of two preamble lines (the first names the publisher), or
        // the only one when it starts with a digit (a copy without the publisher's line).
        let dateLine = preamble.count == 2 ? preamble[1]
            : preamble.first.flatMap { line in line.fields.first?.trimmingWhitespace().first?.isNumber == true ? line : nil }
        if let dateLine {
            exportDate = GLOTIPExportDate(text: dateLine.fields.first ?? "", file: path, line: dateLine.line, column: dateLine.column)
        } else {
            exportDate = .missing
        }
        exportDateLine = dateLine?.line ?? header.line
    }
}
