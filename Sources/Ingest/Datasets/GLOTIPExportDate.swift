/// The export date of a GLOTIP file, as its preamble gives it.
///
/// UNODC writes it day-first, `14/04/2025`, in the first field of the second preamble line. A
/// copy re-saved by a spreadsheet may write it otherwise: `14.04.2025` (dots are written
/// day-first in every locale that uses them) and `2025-04-14` are read too. Anything else in that
/// field is an error at its position, never passed over: a vintage dated by the file's
/// modification date instead would make the real export, loaded later, look older and be refused.
/// `4/14/2025` is refused as well, though 14 cannot be a month: a spreadsheet set to US dates
/// writes it so, and the same spreadsheet writes 5 April as `4/5/2025`, which would read as 4 May.
enum GLOTIPExportDate {
    /// The date as YYYY-MM-DD.
    case date(String)
    /// The preamble has no date line, or its first field is empty.
    case missing
    /// The date line's first field as written, and why it cannot be read.
    case unreadable(text: String, issue: IngestIssue)

    static let expected = "expected DD/MM/YYYY as in UNODC's export (14/04/2025), DD.MM.YYYY or YYYY-MM-DD; correct the line, or give the export date with --released YYYY-MM-DD"

    /// Reads `text`, the first field of the date line, at `line` and `column` of `file`.
    init(text: String, file: String, line: Int, column: Int) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            self = .missing
            return
        }
        do {
            self = .date(try Self.isoDate(trimmed))
        } catch {
            self = .unreadable(text: trimmed, issue: IngestIssue(file: file, line: line, column: column, message: "export date \(error.phrase); \(Self.expected)"))
        }
    }

    /// Why a date cannot be read: a phrase that follows "export date".
    struct Unreadable: Error {
        let phrase: String
    }

    /// `14/04/2025`, `14.04.2025` or `2025-04-14` as `2025-04-14`.
    ///
    /// - Throws: what is wrong with `text`.
    static func isoDate(_ text: String) throws(Unreadable) -> String {
        let notADate = Unreadable(phrase: "\"\(text)\" is not a date")
        let fields: (day: Substring, month: Substring, year: Substring)
        if let separator = ["/", "."].first(where: { text.contains($0) }) {
            let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4
            else { throw notADate }
            fields = (parts[0], parts[1], parts[2])
        } else {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { throw notADate }
            fields = (parts[2], parts[1], parts[0])
        }
        guard [fields.day, fields.month, fields.year].allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(fields.day), let month = Int(fields.month), let year = Int(fields.year)
        else { throw notADate }
        guard (1...12).contains(month) else {
            if text.contains("/"), (1...12).contains(day) {
                throw Unreadable(phrase: "\"\(text)\" has no month \(month): it is written month first, as a spreadsheet set to US dates writes it, where UNODC writes the day first")
            }
            throw Unreadable(phrase: "\"\(text)\" has no month \(month)")
        }
        guard (1...PeriodParser.days(inMonth: month, of: year)).contains(day) else {
            throw Unreadable(phrase: "\"\(text)\" has no day \(day) in that month")
        }
        guard DateKind.access.years.contains(year) else {
            throw Unreadable(phrase: "\"\(text)\" is dated \(year), outside \(DateKind.access.years.lowerBound) to next year")
        }
        let pad = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
