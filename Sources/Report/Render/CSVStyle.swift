/// Who a CSV file is written for: a program, which needs every cell as stored (`plain`), or a
/// person opening it in Excel or LibreOffice (`spreadsheet`, `--spreadsheet`).
///
/// Why two: a spreadsheet reads a UTF-8 file without a byte order mark as Windows-1252 (Excel on
/// Windows shows "Côte d'Ivoire" as "CÃ´te d'Ivoire"), and runs a cell that starts with `=`, `+`,
/// `-` or `@` as a formula: a note such as `=HYPERLINK("http://x","click")` that came with a
/// colleague's file becomes a live link (OWASP, "CSV Injection"). Guarding against both changes
/// the bytes a program reads (a BOM before the first column name, an apostrophe before such a
/// text), so it is asked for, never the default. Line ends are CRLF (RFC 4180) in both.
public enum CSVStyle: Sendable, Equatable {
    /// RFC 4180 with every cell as stored: what `tipdb ingest`, csvkit or pandas read back.
    case plain
    /// A UTF-8 byte order mark first, and a text that a spreadsheet would run as a formula
    /// written with an apostrophe before it (`'=HYPERLINK(...)`); numbers (`-5`, `+3.2`,
    /// `-1.5e6`) and empty cells as stored.
    case spreadsheet

    /// The UTF-8 byte order mark, which Excel and LibreOffice take to mean the file is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// What the file starts with, before the first column name.
    public var start: String {
        self == .spreadsheet ? Self.byteOrderMark : ""
    }

    /// A cell's text as this style writes it, before RFC 4180 quoting.
    public func cell(_ text: String) -> String {
        self == .spreadsheet ? Self.guarded(text) : text
    }

    /// The bytes a spreadsheet reads as the start of a formula: `=`, `+`, `-`, `@`, TAB and CR,
    /// as OWASP lists them (a TAB or CR before `=` is skipped by some spreadsheets).
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// `text` with an apostrophe before it when a spreadsheet would read it as a formula, else
    /// `text` as it is: an empty cell, a number written plainly (`-5`, `+3.2`, `-1.5e6`, which a
    /// spreadsheet reads as the number, no formula), and a text already starting with an
    /// apostrophe (which no spreadsheet runs) are left alone.
    ///
    /// The apostrophe is the mark spreadsheets themselves take for "text, not a formula". A
    /// program reading the file gets it as part of the text, which is why the style is asked for.
    public static func guarded(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        if first == 0x2B || first == 0x2D, isPlainNumber(text) { return text }
        return "'" + text
    }

    /// Whether `text` is a decimal number and nothing else: an optional sign, digits with at most
    /// one decimal point (at least one digit), and an optional exponent (`e6`, `E-05`).
    /// `-inf`, `-1,234`, `- 5` and `-0x1A` are not: a spreadsheet reads them as text or a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
        var digits = 0
        var point = false
        while let byte = bytes.first {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else if byte == 0x2E && !point {
                point = true
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        guard digits > 0 else { return false }
        guard let e = bytes.first else { return true }
        guard e == 0x65 || e == 0x45 else { return false }
        bytes = bytes.dropFirst()
        if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
