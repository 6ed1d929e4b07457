/// The warning for a number of a CSV or TSV file written in a spreadsheet's scientific notation,
/// `1.23E+07`, with fewer digits than the number has: the form Excel saves a number in when it
/// is too wide for its column, keeping only the digits it shows.
///
/// Why: Excel saves a CSV cell as it displays it. A count of 12,345,678 in a column too narrow
/// for it (or of 12 digits or more in any column, under the General format) is saved as
/// `1.23E+07` and read back as 12,300,000: a number that looks as published but was rounded by
/// the spreadsheet, with nothing in the file to say so. The form is Excel's own (a capital E, a
/// plus sign, two exponent digits): `1.4e6`, as people and scripts write a number on purpose, is
/// read without a word, and so is a JSON file's number, which no spreadsheet wrote. Not an error:
/// the number may be exact (`1.5E+06` for 1,500,000), which only the source can tell.
///
/// Every number a spreadsheet saves is looked at: a figure's `value`, `low` and `high`, and a
/// study's `sample_size`, which a narrow column rounded to 12,300 without a word (a review of
/// students' exports, session 49). A figure's `ci_level` needs no look: 95 or 0.95 has too few
/// digits for Excel to shorten.
enum SpreadsheetExponentCheck {
    /// The fields of a row of `kind` that hold a number a spreadsheet may have shortened.
    static func numberFields(of kind: RecordKind) -> [String] {
        switch kind {
        case .figures: ["value", "low", "high"]
        case .studies: ["sample_size"]
        case .sources, .measures: []
        }
    }

    /// One warning for each number of `row`, a row of `kind`, written so.
    static func warnings(for row: RowReader, kind: RecordKind) -> [IngestIssue] {
        numberFields(of: kind).compactMap { name in
            guard let text = row.text(name), let read = rounded(text), let field = row.field(name) else { return nil }
            return IngestIssue(
                file: row.file, line: field.line, column: field.column,
                message: "\(name): \"\(text)\" is in the scientific notation a spreadsheet saves a number in when its column is "
                    + "too narrow, which keeps only the digits shown (\(read.shown) of \(read.digits): read as \(read.number)); "
                    + "check it against the source, and widen the column before saving (or format it as Number with no decimal places); loaded as written")
        }
    }

    /// For text such as `1.23E+07` whose digits are fewer than the number's (3 of 8): those counts
    /// and the number as read (`12,300,000`); nil for any other text, or one whose every digit is written.
    static func rounded(_ text: String) -> (shown: Int, digits: Int, number: String)? {
        // Most numbers have no E: looked for in place, before anything is copied.
        guard text.utf8.contains(UInt8(ascii: "E")) else { return nil }
        let bytes = Array(text.utf8)
        guard let e = bytes.firstIndex(of: UInt8(ascii: "E")), e + 1 < bytes.count, bytes[e + 1] == UInt8(ascii: "+") else { return nil }
        let mantissa = bytes[..<e], exponent = bytes[(e + 2)...]
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard exponent.count == 2, exponent.allSatisfy(isDigit),
              let power = Int(String(decoding: exponent, as: UTF8.self)) else { return nil }
        // One digit, then an optional point and more digits: `1.23`, `4`.
        guard let first = mantissa.first, isDigit(first), first != UInt8(ascii: "0") else { return nil }
        let fraction = mantissa.dropFirst()
        if !fraction.isEmpty {
            guard fraction.first == UInt8(ascii: "."), fraction.count > 1, fraction.dropFirst().allSatisfy(isDigit) else { return nil }
        }
        let written = mantissa.filter(isDigit)
        let shown = written.count
        let digits = power + 1
        guard digits > shown else { return nil }
        let number = Array(String(decoding: written, as: UTF8.self) + String(repeating: "0", count: digits - shown))
        // Grouped in thousands (12,300,000), as the row's author reads a count.
        let grouped = number.enumerated().map { index, digit in
            index > 0 && (number.count - index) % 3 == 0 ? ",\(digit)" : String(digit)
        }.joined()
        return (shown, digits, grouped)
    }
}
