/// A GLOTIP export opened and read up to its header: the preamble, the export date and the
/// column layout, with the reader positioned at the first data row.
///
/// The export starts with two preamble lines, `UNODC,<contact>,,,...` and `DD/MM/YYYY,,,...`,
/// then the header. A copy whose preamble was deleted is read too (its export date is then
/// unknown); anything else in the first three lines is an error.
final class GLOTIPFile {
    let reader: CSVReader
    let layout: GLOTIPLayout
    let headerLine: Int
    /// The export date as YYYY-MM-DD, nil when there is no preamble, or the problem with it.
    let exportDate: Result<String?, IngestIssue>
    /// The line that holds the export date (the header's line when there is none).
    let exportDateLine: Int

    init(path: String) throws(IngestIssue) {
        do {
            reader = try CSVReader(path: path, dialect: .csv)
        } catch {
            throw IngestIssue(error, file: path)
        }
        var preamble: [(line: Int, fields: [String])] = []
        var header: (line: Int, names: [String])?
        do {
            while header == nil, preamble.count < 3, let record = try reader.next() {
                if let problem = record.problem { throw problem }
                let fields = (0..<record.count).map { record.string(at: $0) }
                if GLOTIPLayout.isHeader(fields.map { $0.trimmingWhitespace().lowercased() }) {
                    header = (record.line, fields)
                } else {
                    preamble.append((record.line, fields))
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
        // The date is the first field of the last preamble line that has one that looks like a date.
        let dated = preamble.last { line in line.fields.first.map { $0.contains("/") || $0.contains("-") } ?? false }
        exportDateLine = dated?.line ?? header.line
        if let dated, let text = dated.fields.first {
            exportDate = Self.isoDate(text).map { .success($0) }
                ?? .failure(IngestIssue(file: path, line: dated.line, column: 1,
                                        message: "export date \"\(text)\" is not a date; expected DD/MM/YYYY as in UNODC's export (or YYYY-MM-DD)"))
        } else {
            exportDate = .success(nil)
        }
    }

    /// `14/04/2025` (UNODC's day-first form) or `2025-04-14` as `2025-04-14`; nil for anything else.
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        var candidate = trimmed
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 3 {
            guard parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count) else { return nil }
            let pad = { (part: Substring) in part.count == 1 ? "0" + part : String(part) }
            candidate = "\(parts[2])-\(pad(parts[1]))-\(pad(parts[0]))"
        }
        guard candidate.count == 10, let date = try? PeriodParser.date(candidate, original: text) else { return nil }
        return date
    }
}
