/// Files that are no text at all, told from their first bytes: a spreadsheet workbook, a ZIP
/// archive or a PDF document, whatever their name.
///
/// Why: a workbook saved or renamed as `.csv` was read as text and refused for a NUL byte or
/// an invalid UTF-8 byte at some offset, which named neither what the file is nor how to get
/// the CSV out of it.
extension FilePlan {
    /// The summary's few words and the message for a file whose first bytes `head` say it is
    /// no text file, or nil.
    ///
    /// - Parameter format: the format given or named by the extension, for the message's noun
    ///   (`not a JSON text file`); CSV when there is none, or a dataset's, which are CSV files.
    static func notText(_ head: [UInt8], format: InputFormat?) -> (why: String, message: String)? {
        let noun = switch format {
        case .tsv: "TSV"
        case .json, .ndjson, .cslJSON: "JSON"
        default: "CSV"
        }
        let excel = "in Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\""
        func what(_ thing: String, _ fix: String) -> (why: String, message: String) {
            let expected = noun == "CSV" ? "expected CSV: \(fix)" : "expected \(noun), or the sheet as CSV: \(fix)"
            return ("not a text file", "this is \(thing), not a \(noun) text file; \(expected)")
        }
        if head.starts(with: Array("%PDF".utf8)) {
            return what("a PDF document", "tipdb does not read tables out of a PDF; copy the figures into a CSV file, or use the publisher's CSV download when there is one")
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return what("a spreadsheet workbook (Excel 97-2003 .xls)", excel)
        }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        // The names of the archive's first entries, which lie in the first bytes: an OpenDocument
        // file starts with its uncompressed `mimetype` entry, an Excel workbook has `xl/` parts.
        func holds(_ text: String) -> Bool {
            let needle = Array(text.utf8)
            guard head.count >= needle.count else { return false }
            return (0...(head.count - needle.count)).contains { head[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        if holds("application/vnd.oasis.opendocument.spreadsheet") {
            return what("a spreadsheet workbook (OpenDocument .ods)", "in LibreOffice Calc use File > Save As > \"Text CSV (.csv)\" with the character set Unicode (UTF-8)")
        }
        if holds("xl/") || holds("[Content_Types].xml") {
            return what("a spreadsheet workbook (Excel .xlsx)", excel)
        }
        if holds("Index/Document.iwa") || holds("Index/") {
            return what("a spreadsheet workbook (Apple Numbers)", "in Numbers use File > Export To > CSV with the text encoding Unicode (UTF-8)")
        }
        return what("a ZIP archive", "unzip it and ingest the CSV file inside")
    }
}
