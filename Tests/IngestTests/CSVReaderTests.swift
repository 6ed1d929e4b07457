import Foundation
import Ingest
import TestSupport
import Testing

// Conformance tests for CSVReader.
//
// Every table case runs for CSV and for TSV (the TSV input is the CSV input with ',' and TAB
// exchanged) and through every way of feeding the reader: from memory, and from a real file read
// 1, 2, 3, 7 and 1 MiB bytes at a time. Besides the expected fields or error, each run must give
// exactly the same records, positions, raw text, progress and error as the in-memory run, so
// chunk boundaries cannot change any result.

// MARK: - Test types

extension CSVReaderTests {
    /// What a table case must produce.
    enum Expectation: Sendable {
        /// These records, and if given, these starting lines.
        case records([[String]], lines: [Int]? = nil)
        /// An error at this position whose message contains `message`.
        case failure(line: Int, column: Int, message: String, byteOffset: Int? = nil)
    }

    /// One row of the conformance table, for one dialect.
    struct ConformanceCase: Sendable, CustomTestStringConvertible {
        var name: String
        var dialect: CSVDialect
        var input: [UInt8]
        var expected: Expectation

        var testDescription: String { "\(dialect): \(name)" }
    }

    /// How a test hands its input to the reader.
    enum Source: Sendable, CustomTestStringConvertible, Hashable {
        case memory
        case file(chunkSize: Int)

        var testDescription: String {
            switch self {
            case .memory: "in memory"
            case .file(let chunkSize): "file, \(chunkSize)-byte chunks"
            }
        }

        static let all: [Source] = [
            .memory, .file(chunkSize: 1), .file(chunkSize: 2), .file(chunkSize: 3),
            .file(chunkSize: 7), .file(chunkSize: 1 << 20),
        ]
    }

    /// A table row written in CSV form. `input` uses `<HH>` for a raw byte (hex), so invalid UTF-8
    /// can be written inline.
    struct BaseCase {
        var name: String
        var input: String
        var expected: Expectation
        /// Dialects to run; a TSV run exchanges ',' and TAB in the input and the expected fields.
        var dialects: [CSVDialect] = [.csv, .tsv]
    }

    /// Everything observable about reading an input; two runs over the same bytes must agree on all
    /// of it, whatever the chunk size.
    struct Observation: Equatable {
        var records: [[String]] = []
        var lines: [Int] = []
        var fieldLines: [[Int]] = []
        var fieldColumns: [[Int]] = []
        var empty: [[Bool]] = []
        var rawTexts: [String] = []
        var bytesRead: [Int] = []
        var error: CSVError?
        var finalBytesRead = 0
    }

    /// Random records serialized with random (valid) quoting and line ends, with the positions an
    /// independent count over the emitted bytes gives for each record and field.
    struct GeneratedInput {
        var bytes: [UInt8] = []
        var records: [[String]] = []
        var lines: [Int] = []
        var fieldLines: [[Int]] = []
        var fieldColumns: [[Int]] = []
        var rawTexts: [String] = []

        init(seed: UInt64, dialect: CSVDialect) {
            var rng = SeededGenerator(seed: seed)
            let delimiter = dialect.delimiter
            let pieces = [
                "a", "b", "xyz", "0", "42", " ", "é", "日本", "🎉", "\u{FEFF}", ",", "\t", "\"", "\r", "\n", "\r\n", "'",
            ]
            var line = 1
            var column = 1
            var previous: UInt8 = 0
            func emit(_ bytes: [UInt8], into out: inout [UInt8]) {
                for byte in bytes {
                    if byte == 0x0D || (byte == 0x0A && previous != 0x0D) {
                        line += 1
                        column = 1
                    } else if byte != 0x0A && byte & 0xC0 != 0x80 {
                        // UTF-16 code units: a four-byte character (🎉) is two.
                        column += byte >= 0xF0 ? 2 : 1
                    }
                    previous = byte
                    out.append(byte)
                }
            }
            if Bool.random(using: &rng) { bytes = [0xEF, 0xBB, 0xBF] }
            let recordCount = Int.random(in: 1...12, using: &rng)
            for r in 0..<recordCount {
                let fieldCount = Int.random(in: 1...6, using: &rng)
                var fields: [String] = []
                for _ in 0..<fieldCount {
                    let length = Int.random(in: 0...5, using: &rng)
                    fields.append((0..<length).map { _ in pieces.randomElement(using: &rng) ?? "a" }.joined())
                }
                records.append(fields)
                lines.append(line)
                var raw: [UInt8] = []
                var starts: [Int] = []
                var columns: [Int] = []
                for (k, field) in fields.enumerated() {
                    if k > 0 { emit([delimiter], into: &raw) }
                    starts.append(line)
                    columns.append(column)
                    let utf8 = Array(field.utf8)
                    let mustQuote =
                        utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
                        // An unquoted lone empty field is an empty line, which a previous CR would
                        // absorb into a CRLF: quote it so each record survives.
                        || (fieldCount == 1 && utf8.isEmpty)
                        // A leading byte order mark in the first field would be stripped as a BOM.
                        || (r == 0 && k == 0 && bytes.isEmpty && field.hasPrefix("\u{FEFF}"))
                    if mustQuote || Int.random(in: 0..<4, using: &rng) == 0 {
                        emit([0x22] + utf8.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22], into: &raw)
                    } else {
                        emit(utf8, into: &raw)
                    }
                }
                fieldLines.append(starts)
                fieldColumns.append(columns)
                rawTexts.append(String(decoding: raw, as: UTF8.self))
                bytes += raw
                let isLast = r == recordCount - 1
                if !isLast || Bool.random(using: &rng) {
                    let ends: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D]]
                    var scratch: [UInt8] = []
                    emit(ends.randomElement(using: &rng) ?? [0x0A], into: &scratch)
                    bytes += scratch
                }
            }
        }
    }
}

// MARK: - Table

private typealias Expectation = CSVReaderTests.Expectation
private typealias ConformanceCase = CSVReaderTests.ConformanceCase
private typealias Source = CSVReaderTests.Source
private typealias BaseCase = CSVReaderTests.BaseCase
private typealias Observation = CSVReaderTests.Observation
private typealias GeneratedInput = CSVReaderTests.GeneratedInput

private func ok(
    _ name: String, _ input: String, _ records: [[String]], lines: [Int]? = nil, dialects: [CSVDialect] = [.csv, .tsv]
) -> BaseCase {
    BaseCase(name: name, input: input, expected: .records(records, lines: lines), dialects: dialects)
}

private func bad(
    _ name: String, _ input: String, _ line: Int, _ column: Int, _ message: String, offset: Int? = nil,
    dialects: [CSVDialect] = [.csv, .tsv]
) -> BaseCase {
    BaseCase(
        name: name, input: input, expected: .failure(line: line, column: column, message: message, byteOffset: offset),
        dialects: dialects)
}

/// The stray quote's error, quoting the field it is in.
private func unexpectedQuote(_ before: String) -> String {
    "unexpected quote inside an unquoted field, after '\(before)'; quote the whole field and double the quote"
}
private let afterQuote = "expected a delimiter or end of line after the closing quote, found"

private let baseCases: [BaseCase] = [
    // Records and line ends.
    ok("simple records", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]], lines: [1, 2]),
    ok("no final line break", "a,b\n1,2", [["a", "b"], ["1", "2"]], lines: [1, 2]),
    ok("CRLF", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]], lines: [1, 2]),
    ok("bare CR", "a,b\r1,2\r", [["a", "b"], ["1", "2"]], lines: [1, 2]),
    ok("mixed line ends", "a\r\nb\nc\rd", [["a"], ["b"], ["c"], ["d"]], lines: [1, 2, 3, 4]),
    ok("empty input", "", [], lines: []),
    ok("single LF", "\n", [[""]], lines: [1]),
    ok("single CRLF", "\r\n", [[""]], lines: [1]),
    ok("CR then CRLF", "a\r\r\nb", [["a"], [""], ["b"]], lines: [1, 2, 3]),
    ok("LF then CR is two line breaks", "a\n\rb", [["a"], [""], ["b"]], lines: [1, 2, 3]),
    ok("ten records", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10", (1...10).map { ["\($0)"] }, lines: Array(1...10)),
    // Empty fields and blank lines.
    ok("empty middle field", "a,,b\n", [["a", "", "b"]]),
    ok("trailing delimiter", "a,b,\n", [["a", "b", ""]]),
    ok("trailing delimiter at end of input", "a,b,", [["a", "b", ""]]),
    ok("trailing delimiter before CRLF", "a,\r\nb", [["a", ""], ["b"]], lines: [1, 2]),
    ok("leading delimiter", ",a\n", [["", "a"]]),
    ok("only delimiters", ",,\n", [["", "", ""]]),
    ok("blank line in the middle", "a\n\nb\n", [["a"], [""], ["b"]], lines: [1, 2, 3]),
    ok("blank line with CRLF", "a\r\n\r\nb", [["a"], [""], ["b"]], lines: [1, 2, 3]),
    ok("final blank line", "a\n\n", [["a"], [""]], lines: [1, 2]),
    ok("spaces are data", " a , b \n", [[" a ", " b "]]),
    // Quoting.
    ok("empty quoted field", "\"\"\n", [[""]]),
    ok("empty quoted fields among others", "a,\"\",b,\"\"", [["a", "", "b", ""]]),
    ok("quoted delimiter", "\"a,b\",c\n", [["a,b", "c"]]),
    ok("doubled quotes", "\"a\"\"b\",\"\"\"\"\n", [["a\"b", "\""]]),
    ok("only doubled quotes", "\"\"\"\"\"\"\"\"", [["\"\"\""]]),
    ok("quoted field then empty field", "\"a\",\n", [["a", ""]]),
    ok("closing quote at end of input", "\"a\"", [["a"]]),
    ok("closing quote then CR at end of input", "\"a\"\r", [["a"]]),
    ok("quoted LF", "\"a\nb\",c\nd,e\n", [["a\nb", "c"], ["d", "e"]], lines: [1, 3]),
    ok("quoted CRLF", "\"a\r\nb\",c\r\nd,e", [["a\r\nb", "c"], ["d", "e"]], lines: [1, 3]),
    ok("quoted bare CR", "\"a\rb\"\nx", [["a\rb"], ["x"]], lines: [1, 3]),
    ok("quoted CR and LF split by a quote", "\"\r\"\"\n\"\nz", [["\r\"\n"], ["z"]], lines: [1, 4]),
    ok("quoted line breaks only", "\"\n\n\",x\ny", [["\n\n", "x"], ["y"]], lines: [1, 4]),
    ok("quoted CRLF only", "\"\r\n\"", [["\r\n"]], lines: [1]),
    ok("apostrophe is data", "it's,b", [["it's", "b"]]),
    ok("typographic quotes are data", "“a”,b", [["“a”", "b"]]),
    // Encoding.
    ok("byte order mark", "\u{FEFF}a,b\n", [["a", "b"]]),
    ok("byte order mark only", "\u{FEFF}", []),
    ok("byte order mark before a quoted field", "\u{FEFF}\"a\"", [["a"]]),
    ok("only the first byte order mark is stripped", "\u{FEFF}\u{FEFF}a", [["\u{FEFF}a"]]),
    ok("byte order mark later is data", "a,\u{FEFF}b", [["a", "\u{FEFF}b"]]),
    ok("multi-byte characters", "é,日本,🎉\n", [["é", "日本", "🎉"]]),
    ok("quoted multi-byte with escapes", "\"é,\"\"日\"\"\"", [["é,\"日\""]]),
    ok(
        "boundary code points",
        "\u{80},\u{7FF},\u{800},\u{D7FF},\u{E000},\u{FFFD},\u{10000},\u{10FFFF}",
        [["\u{80}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{10FFFF}"]]),
    ok("tab is data in CSV (comma in TSV)", "a\tb,c", [["a\tb", "c"]]),

    // Unterminated quotes: reported where the quote opened.
    bad(
        "unterminated quote", "a,\"bc", 1, 3,
        "the quote opened at line 1, column 3 was never closed before the end of the input", offset: 2),
    bad(
        "unterminated quote spanning lines", "a,b\nc,\"d\ne\n", 2, 3,
        "the quote opened at line 2, column 3 was never closed",
        offset: 6),
    bad(
        "unterminated quote after a multi-byte character", "é,\"x", 1, 3, "the quote opened at line 1, column 3",
        offset: 3),
    bad("lone quote", "\"", 1, 1, "the quote opened at line 1, column 1 was never closed", offset: 0),
    bad("unterminated after a doubled quote", "\"a\"\"", 1, 1, "the quote opened at line 1, column 1"),
    bad("unterminated after a byte order mark", "\u{FEFF}\"x", 1, 1, "the quote opened at line 1, column 1", offset: 3),
    bad("unterminated after a CRLF record", "x\r\n\"a\r\nb", 2, 1, "the quote opened at line 2, column 1", offset: 3),
    bad("unterminated after valid records", "a\nb\n\"c", 3, 1, "the quote opened at line 3, column 1"),

    // Quotes inside unquoted fields: a defect of the row in CSV, text in TSV (which has no quoting
    // but for a field that starts with a quote, as spreadsheets write it).
    bad("stray quote", "ab\"c", 1, 3, unexpectedQuote("ab"), offset: 2, dialects: [.csv]),
    bad("stray quote on the second line", "x,y\nab,c\"d", 2, 5, unexpectedQuote("c"), offset: 8, dialects: [.csv]),
    bad("quote after a leading space", "a, \"b\"", 1, 4, "unexpected quote after a space at the start of an unquoted field: a quote opens a field only as its first character; expected the quote right after the delimiter (remove it)", dialects: [.csv]),
    bad("quote after two leading spaces", "a,  \"b,c\"", 1, 5, "unexpected quote after 2 spaces or tabs at the start of an unquoted field: a quote opens a field only as its first character; expected the quote right after the delimiter (remove them)", dialects: [.csv]),
    bad("quote ending an unquoted field", "ab\"", 1, 3, unexpectedQuote("ab"), dialects: [.csv]),
    bad("stray quote after a multi-line field", "\"a\nb\",c\"", 2, 5, unexpectedQuote("c"), dialects: [.csv]),
    ok("quote inside a field is text in TSV", "ab\"c", [["ab\"c"]], dialects: [.tsv]),
    ok("quoted words inside a TSV field", "said \"27.6 million\" people,x\ny", [["said \"27.6 million\" people", "x"], ["y"]],
       lines: [1, 2], dialects: [.tsv]),
    ok("quote ending a TSV field", "ab\",c\"\n", [["ab\"", "c\""]], dialects: [.tsv]),
    ok("quote after a leading space in TSV", "a, \"b\"", [["a", " \"b\""]], dialects: [.tsv]),
    ok("TSV quote inside a field after a multi-line field", "\"a\nb\",c\"", [["a\nb", "c\""]], lines: [1], dialects: [.tsv]),
    bad("TSV field that starts with a quote is quoted", "\"Quoted\" start", 1, 9,
        "\(afterQuote) ' ' (a TSV field that starts with a quote is read as quoted, as spreadsheets write it: quote the whole field and double the quotes inside it)",
        dialects: [.tsv]),

    // Characters after a closing quote.
    bad("letter after closing quote", "\"ab\"c", 1, 5, "\(afterQuote) 'c'", offset: 4),
    bad("space after closing quote", "\"ab\" ,c", 1, 5, "\(afterQuote) ' '"),
    bad("letter after a multi-line quoted field", "x\n\"a\nb\"c", 3, 3, "\(afterQuote) 'c'"),
    bad("letter after an escaped quote and closing quote", "\"a\"\"\"b", 1, 6, "\(afterQuote) 'b'"),
    bad("multi-byte character after closing quote", "\"a\"é", 1, 4, "\(afterQuote) 'é'"),
    bad("tab after closing quote in CSV", "\"a\"\tb", 1, 4, "\(afterQuote) '\\t'", dialects: [.csv]),
    BaseCase(
        name: "comma after closing quote in TSV", input: "\"a\",b",
        expected: .failure(line: 1, column: 4, message: "\(afterQuote) ','"), dialects: [.tsv]),

    // Invalid UTF-8: reported at the first byte of the bad sequence.
    bad("byte 0xFF", "ab,<FF>", 1, 4, "invalid UTF-8 byte 0xFF at byte offset 3 (this byte never occurs in UTF-8)"),
    bad(
        "lone continuation byte", "a<80>", 1, 2,
        "invalid UTF-8 byte 0x80 at byte offset 1 (a continuation byte without a lead byte)"),
    bad("overlong two-byte form", "<C0><AF>", 1, 1, "invalid UTF-8 byte 0xC0 at byte offset 0 (overlong encoding)"),
    bad("overlong lead 0xC1", "x<C1><BF>", 1, 2, "invalid UTF-8 byte 0xC1 at byte offset 1 (overlong encoding)"),
    bad(
        "overlong three-byte form", "x<E0><80><AF>", 1, 2,
        "invalid UTF-8 byte 0xE0 at byte offset 1 (overlong encoding)"),
    bad(
        "overlong four-byte form", "<F0><8F><BF><BF>", 1, 1,
        "invalid UTF-8 byte 0xF0 at byte offset 0 (overlong encoding)"),
    bad(
        "high surrogate", "<ED><A0><80>", 1, 1, "invalid UTF-8 byte 0xED at byte offset 0 (an encoded UTF-16 surrogate)"
    ),
    bad(
        "low surrogate on line 2", "ok\n<ED><BF><BF>", 2, 1,
        "invalid UTF-8 byte 0xED at byte offset 3 (an encoded UTF-16 surrogate)"),
    bad(
        "above U+10FFFF", "<F4><90><80><80>", 1, 1,
        "invalid UTF-8 byte 0xF4 at byte offset 0 (a code point above U+10FFFF)"),
    bad(
        "lead byte 0xF5", "<F5><80><80><80>", 1, 1,
        "invalid UTF-8 byte 0xF5 at byte offset 0 (this byte never occurs in UTF-8)"),
    bad(
        "two-byte sequence cut short", "a,<C3>b", 1, 3,
        "invalid UTF-8 byte 0xC3 at byte offset 2 (a multi-byte sequence cut short)"),
    bad(
        "three-byte sequence cut short by the end", "abc<E2><82>", 1, 4,
        "invalid UTF-8 byte 0xE2 at byte offset 3 (a multi-byte sequence cut short by the end of the input)"),
    bad(
        "four-byte sequence cut short by the end", "<F0><9F><8E>", 1, 1,
        "invalid UTF-8 byte 0xF0 at byte offset 0 (a multi-byte sequence cut short by the end of the input)"),
    bad(
        "sequence cut short by a line break", "<E2><82>\n", 1, 1,
        "invalid UTF-8 byte 0xE2 at byte offset 0 (a multi-byte sequence cut short)"),
    bad(
        "sequence cut short by another lead byte", "<E2><E2><82><AC>", 1, 1,
        "invalid UTF-8 byte 0xE2 at byte offset 0 (a multi-byte sequence cut short)"),
    bad(
        "Latin-1 text", "caf<E9>\n", 1, 4, "invalid UTF-8 byte 0xE9 at byte offset 3 (a multi-byte sequence cut short)"),
    bad(
        "invalid byte in a quoted field on a later line", "a\n\"b\nc<FF>\"", 3, 2,
        "invalid UTF-8 byte 0xFF at byte offset 6"),
    bad(
        "invalid byte right after the byte order mark", "\u{FEFF}<FF>", 1, 1, "invalid UTF-8 byte 0xFF at byte offset 3"
    ),
    bad(
        "UTF-16 byte order mark", "<FF><FE>a<00>", 1, 1,
        "invalid UTF-8 byte 0xFF at byte offset 0 (this byte never occurs in UTF-8; a file starting with it is probably UTF-16: convert it to UTF-8)"
    ),
    bad("invalid byte after a bare CR", "a\r<FF>", 2, 1, "invalid UTF-8 byte 0xFF at byte offset 2"),
    bad("invalid byte after CRLF", "a\r\n<FF>", 2, 1, "invalid UTF-8 byte 0xFF at byte offset 3"),

    // NUL.
    bad("NUL byte", "a,b<00>c", 1, 4, "NUL byte (0x00) at byte offset 3; text files must not contain NUL", offset: 3),
    bad("NUL in a quoted field", "\"<00>\"", 1, 2, "NUL byte (0x00) at byte offset 1; text files must not contain NUL"),
    bad("NUL after a quoted CRLF", "\"a\r\n<00>", 2, 1, "NUL byte (0x00) at byte offset 4"),

    // The first defect that stops the reader wins: a stray quote stays with its record, which an
    // invalid byte later in the same record keeps from ever being returned.
    bad("stray quote before an invalid byte", "a\"b<FF>", 1, 4, "invalid UTF-8 byte 0xFF at byte offset 3"),
    bad("stray quote before an invalid byte on the next line", "a\"b\n<FF>", 1, 2, unexpectedQuote("a"), dialects: [.csv]),
    bad("TSV quote before an invalid byte on the next line", "a\"b\n<FF>", 2, 1, "invalid UTF-8 byte 0xFF at byte offset 4", dialects: [.tsv]),
    bad("invalid byte before a stray quote", "<FF>\"", 1, 1, "invalid UTF-8 byte 0xFF at byte offset 0"),
]

/// Decodes the `<HH>` notation into bytes.
private func inputBytes(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    let utf8 = Array(text.utf8)
    var i = 0
    while i < utf8.count {
        if utf8[i] == UInt8(ascii: "<"), i + 3 < utf8.count, utf8[i + 3] == UInt8(ascii: ">"),
            let byte = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16)
        {
            out.append(byte)
            i += 4
        } else {
            out.append(utf8[i])
            i += 1
        }
    }
    return out
}

/// Exchanges ',' and TAB, turning a CSV case into the equivalent TSV case.
private func swapDelimiters(_ bytes: [UInt8]) -> [UInt8] {
    bytes.map { $0 == 0x2C ? 0x09 : $0 == 0x09 ? 0x2C : $0 }
}

private func swapDelimiters(_ text: String) -> String {
    String(decoding: swapDelimiters(Array(text.utf8)), as: UTF8.self)
}

private let conformanceCases: [ConformanceCase] = baseCases.flatMap { base in
    base.dialects.map { dialect in
        let bytes = inputBytes(base.input)
        switch (dialect, base.expected) {
        case (.csv, _):
            return ConformanceCase(name: base.name, dialect: .csv, input: bytes, expected: base.expected)
        case (.tsv, .records(let records, let lines)):
            return ConformanceCase(
                name: base.name, dialect: .tsv, input: swapDelimiters(bytes),
                expected: .records(records.map { $0.map(swapDelimiters) }, lines: lines))
        case (.tsv, .failure):
            // Positions and messages do not change: both delimiters are one byte wide.
            return ConformanceCase(
                name: base.name, dialect: .tsv, input: base.dialects == [.tsv] ? bytes : swapDelimiters(bytes),
                expected: base.expected)
        }
    }
}

// MARK: - Helpers

private func observe(_ reader: CSVReader) -> Observation {
    var seen = Observation()
    do {
        while let record = try reader.next() {
            // A quote out of place is reported on its record and reading goes on: the first one
            // is the observation's error, as a thrown one would be.
            if seen.error == nil, let problem = record.problem { seen.error = problem }
            let fields = 0..<record.count
            seen.records.append(fields.map { record.string(at: $0) })
            seen.lines.append(record.line)
            seen.fieldLines.append(fields.map { record.line(at: $0) })
            seen.fieldColumns.append(fields.map { record.column(at: $0) })
            seen.empty.append(fields.map { record.isEmpty(at: $0) })
            seen.rawTexts.append(record.rawText)
            seen.bytesRead.append(reader.bytesRead)
        }
    } catch {
        if seen.error == nil { seen.error = error }
    }
    seen.finalBytesRead = reader.bytesRead
    return seen
}

/// `bytes` in a temporary CSV file (`TemporaryFile`), removed when the body returns.
private func withTemporaryFile<R>(_ bytes: [UInt8], _ body: (String) throws -> R) throws -> R {
    let file = try TemporaryFile(bytes, extension: "csv")
    return try body(file.path)
}

/// Reads `bytes` through `source` and reports what was seen.
private func observe(_ bytes: [UInt8], dialect: CSVDialect, source: Source) throws -> Observation {
    switch source {
    case .memory:
        return observe(CSVReader(bytes: bytes, dialect: dialect))
    case .file(let chunkSize):
        return try withTemporaryFile(bytes) { path in
            observe(try CSVReader(path: path, dialect: dialect, chunkSize: chunkSize))
        }
    }
}

/// `records` as the reader gives them: a line break inside a quoted field (CRLF, CR or LF) is
/// stored as LF, so that a file checked out with CRLF line ends reads the same.
func storedLineBreaks(_ records: [[String]]) -> [[String]] {
    records.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") } }
}

// MARK: - Tests

@Suite("CSVReader")
struct CSVReaderTests {
    @Test("conformance table", arguments: conformanceCases, Source.all)
    func conformance(_ testCase: ConformanceCase, source: Source) throws {
        let seen = try observe(testCase.input, dialect: testCase.dialect, source: source)
        switch testCase.expected {
        case .records(let records, let lines):
            #expect(seen.error == nil)
            #expect(seen.records == storedLineBreaks(records))
            if let lines { #expect(seen.lines == lines) }
            #expect(seen.finalBytesRead == testCase.input.count)
        case .failure(let line, let column, let message, let byteOffset):
            let error = try #require(seen.error)
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(message), "message was: \(error.message)")
            if let byteOffset { #expect(error.byteOffset == byteOffset) }
        }
        if source != .memory {
            #expect(seen == (try observe(testCase.input, dialect: testCase.dialect, source: .memory)))
        }
    }

    @Test(
        "error kinds",
        arguments: [
            ("a,\"b", CSVError.Kind.unterminatedQuote),
            ("a\"b", .unexpectedQuote),
            ("\"a\"b", .unexpectedCharacterAfterQuote),
            ("a<FF>", .invalidUTF8),
            ("a<00>", .nulByte),
        ])
    func errorKinds(input: String, kind: CSVError.Kind) {
        let seen = observe(CSVReader(bytes: inputBytes(input)))
        #expect(seen.error?.kind == kind)
    }

    @Test("positions, raw text and progress of multi-line records", arguments: Source.all)
    func multiLinePositions(source: Source) throws {
        let input = Array("id,\"note\r\nsecond line\",x\nnext,\"é\"\"\",🎉\r\n\"\",\"a\rb\",c".utf8)
        let seen = try observe(input, dialect: .csv, source: source)
        #expect(seen.error == nil)
        // A line break inside quotes is stored as LF, whichever the file wrote; the raw text keeps it.
        #expect(seen.records == [["id", "note\nsecond line", "x"], ["next", "é\"", "🎉"], ["", "a\nb", "c"]])
        #expect(seen.lines == [1, 3, 4])
        #expect(seen.fieldLines == [[1, 1, 2], [3, 3, 3], [4, 4, 5]])
        #expect(seen.fieldColumns == [[1, 4, 14], [1, 6, 12], [1, 4, 4]])
        #expect(seen.rawTexts == ["id,\"note\r\nsecond line\",x", "next,\"é\"\"\",🎉", "\"\",\"a\rb\",c"])
        #expect(seen.bytesRead == [25, 43, input.count])
        #expect(seen.empty == [[false, false, false], [false, false, false], [true, false, false]])
    }

    @Test("columns count UTF-16 code units, not bytes (an emoji two, e and a combining accent two), and skip the byte order mark", arguments: CSVDialect.allCases)
    func characterColumns(dialect: CSVDialect) {
        let d = dialect == .csv ? "," : "\t"
        let reader = CSVReader(bytes: Array("\u{FEFF}日本\(d)\"x\"\(d)🎉\(d)é\(d)e\u{301}\(d)z\n".utf8), dialect: dialect)
        let record = try? reader.next()
        #expect(record.map { r in (0..<r.count).map { r.column(at: $0) } } == [1, 4, 8, 11, 13, 16])
        #expect(record?.rawText == "日本\(d)\"x\"\(d)🎉\(d)é\(d)e\u{301}\(d)z")
    }

    /// The reader examines eight bytes at a time when it can; shifting the structural bytes
    /// through every position in a word (with one- and two-byte characters) checks that path.
    @Test("structural bytes at every offset within a word", arguments: 0..<20)
    func wordOffsets(offset: Int) throws {
        let pad = String(repeating: "x", count: offset)
        let wide = String(repeating: "é", count: offset)
        let valid = Array("\(pad),\(wide),\"\(pad),\r\n\"\"\(pad)\",\(pad)\r\n\(wide)\n".utf8)
        let strayQuote = Array("a\(wide)\(pad)\"z,\(pad)".utf8)
        let afterQuote = Array("\(wide),\"\(pad)\"\(pad)x\n".utf8)
        for source in Source.all {
            let seen = try observe(valid, dialect: .csv, source: source)
            #expect(seen.error == nil)
            #expect(seen.records == [[pad, wide, "\(pad),\n\"\(pad)", pad], [wide]], "\(source)")
            #expect(seen.lines == [1, 3], "\(source)")
            #expect(seen.fieldLines.first == [1, 1, 1, 2], "\(source)")
            #expect(seen.fieldColumns.first == [1, offset + 2, 2 * offset + 3, offset + 5], "\(source)")

            let stray = try observe(strayQuote, dialect: .csv, source: source).error
            #expect(stray?.kind == .unexpectedQuote, "\(source)")
            #expect(stray?.column == 2 * offset + 2, "\(source)")
            #expect(stray?.byteOffset == 1 + 3 * offset, "\(source)")

            let after = try observe(afterQuote, dialect: .csv, source: source).error
            #expect(after?.kind == .unexpectedCharacterAfterQuote, "\(source)")
            #expect(after?.column == 2 * offset + 4, "\(source)")
            #expect(after?.message.hasSuffix("found 'x'") == true, "\(source)")
        }
    }

    @Test(
        "long quoted text with line breaks and escapes",
        arguments: [Source.memory, .file(chunkSize: 5), .file(chunkSize: 4096)])
    func longQuotedText(source: Source) throws {
        var text = ""
        for k in 0..<2_000 {
            text +=
                String(repeating: "word ", count: k % 13) + (k % 7 == 0 ? "\"quoted\"" : "")
                + (k % 5 == 0 ? "\r\n" : "\n")
        }
        let escaped = text.replacingOccurrences(of: "\"", with: "\"\"")
        let input = Array("id,text,after\n1,\"\(escaped)\",end\n2,x,y\n".utf8)
        let seen = try observe(input, dialect: .csv, source: source)
        let breaks = text.filter { $0 == "\n" || $0 == "\r\n" }.count
        #expect(seen.error == nil)
        #expect(seen.records == storedLineBreaks([["id", "text", "after"], ["1", text, "end"], ["2", "x", "y"]]))
        #expect(seen.lines == [1, 2, 3 + breaks])
        #expect(seen.fieldLines[1] == [2, 2, 2 + breaks])
        #expect(seen.fieldColumns[1] == [1, 3, 3])
    }

    @Test("random valid files round-trip with exact positions", arguments: 0..<150)
    func roundTrip(seed: Int) throws {
        for dialect in CSVDialect.allCases {
            let generated = GeneratedInput(seed: UInt64(seed), dialect: dialect)
            for source in [
                Source.memory, .file(chunkSize: 1), .file(chunkSize: 2), .file(chunkSize: 3),
                .file(chunkSize: 5), .file(chunkSize: 64), .file(chunkSize: 1 << 20),
            ] {
                let seen = try observe(generated.bytes, dialect: dialect, source: source)
                #expect(seen.error == nil, "\(dialect) \(source)")
                #expect(seen.records == storedLineBreaks(generated.records), "\(dialect) \(source)")
                #expect(seen.lines == generated.lines, "\(dialect) \(source)")
                #expect(seen.fieldLines == generated.fieldLines, "\(dialect) \(source)")
                #expect(seen.fieldColumns == generated.fieldColumns, "\(dialect) \(source)")
                #expect(seen.rawTexts == generated.rawTexts, "\(dialect) \(source)")
                #expect(seen.finalBytesRead == generated.bytes.count, "\(dialect) \(source)")
            }
        }
    }

    @Test("damaged files give the same result for every chunk size", arguments: 0..<150)
    func damagedConsistency(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 10_000)
        let dialect: CSVDialect = seed % 2 == 0 ? .csv : .tsv
        var bytes = GeneratedInput(seed: UInt64(seed) &+ 20_000, dialect: dialect).bytes
        let damage: [UInt8] = [0x22, 0x0D, 0x0A, 0x2C, 0x09, 0xFF, 0x00, 0xC3, 0xE2, 0x80, 0xED, 0xF0, 0xF4, 0x78]
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let at = Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: bytes.insert(damage.randomElement(using: &rng) ?? 0x22, at: at)
            case 1: if at < bytes.count { bytes.remove(at: at) }
            default: bytes = Array(bytes.prefix(at))
            }
        }
        let reference = try observe(bytes, dialect: dialect, source: .memory)
        for chunkSize in [1, 2, 3, 4, 5, 7, 11, 64] {
            #expect(
                try observe(bytes, dialect: dialect, source: .file(chunkSize: chunkSize)) == reference,
                "chunk size \(chunkSize)")
        }
    }

    @Test("a 10 MB field, quoted with escapes and unquoted")
    func tenMegabyteField() throws {
        let size = 10 << 20
        // Every 1000th character is a quote, written doubled: 10,485 blocks, then 760 more bytes.
        let block = [UInt8](repeating: UInt8(ascii: "x"), count: 999) + [0x22, 0x22]
        var bytes: [UInt8] = Array("a,b\n\"".utf8)
        bytes.reserveCapacity(2 * size + 64)
        for _ in 0..<(size / 1000) { bytes.append(contentsOf: block) }
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: size % 1000))
        bytes += Array("\",y\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "z"), count: size)
        bytes += Array(",end\n".utf8)
        for chunkSize in [4096, 1 << 20] {
            try withTemporaryFile(bytes) { path in
                let reader = try CSVReader(path: path, chunkSize: chunkSize)
                _ = try reader.next()
                let quoted = try #require(try reader.next())
                #expect(quoted.count == 2)
                #expect(quoted.line == 2)
                let (length, quotes) = quoted.withUTF8(at: 0) { field in
                    (field.count, field.filter { $0 == 0x22 }.count)
                }
                #expect(length == size)
                #expect(quotes == size / 1000)
                #expect(quoted.string(at: 1) == "y")
                let unquoted = try #require(try reader.next())
                #expect(unquoted.withUTF8(at: 0) { $0.count } == size)
                #expect(unquoted.withUTF8(at: 0) { $0.allSatisfy { $0 == UInt8(ascii: "z") } })
                #expect(unquoted.string(at: 1) == "end")
                #expect(try reader.next() == nil)
                #expect(reader.bytesRead == bytes.count)
            }
        }
    }

    @Test("a row of 10,000 columns", arguments: [Source.memory, .file(chunkSize: 1000), .file(chunkSize: 1 << 20)])
    func tenThousandColumns(source: Source) throws {
        let header = (0..<10_000).map { "column\($0)" }
        let values = (0..<10_000).map { $0 % 3 == 0 ? "\"v,\($0)\"" : "\($0)" }
        let text = header.joined(separator: ",") + "\r\n" + values.joined(separator: ",") + "\r\n"
        let seen = try observe(Array(text.utf8), dialect: .csv, source: source)
        #expect(seen.error == nil)
        #expect(seen.records.count == 2)
        #expect(seen.records.first == header)
        #expect(seen.records.last?.count == 10_000)
        #expect(seen.records.last?.last == "v,9999")
        #expect(seen.records.last?[9_998] == "9998")
        let lastColumn = values.dropLast().reduce(1) { $0 + $1.count + 1 }
        #expect(seen.fieldColumns.last?.last == lastColumn)
    }

    @Test("an unterminated quote in a 50 MB file is reported where it opened")
    func unterminatedQuoteInLargeFile() throws {
        let file = try TemporaryFile([], extension: "csv")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file.path))
        let chunk = Data((0..<(1 << 20)).map { $0 % 80 == 79 ? UInt8(ascii: "\n") : UInt8(ascii: "x") })
        try handle.write(contentsOf: Data("id,text\n1,\"".utf8))
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()

        let reader = try CSVReader(path: file.path)
        #expect(try reader.next()?.string(at: 1) == "text")
        #expect(
            throws: CSVError(
                kind: .unterminatedQuote, line: 2, column: 3, byteOffset: 10,
                message: "the quote opened at line 2, column 3 was never closed before the end of the input")
        ) {
            _ = try reader.next()
        }
        #expect(reader.bytesRead == 8)
    }

    @Test("a closed field just over the 64 MB record limit is refused where its record starts; one just under is read")
    func recordLimit() throws {
        for (megabytes, refused) in [(63, false), (65, true)] {
            let file = try TemporaryFile([], extension: "csv")
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file.path))
            try handle.write(contentsOf: Data("id,text\n1,\"".utf8))
            let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
            for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
            try handle.write(contentsOf: Data("\"\n2,short\n".utf8))
            try handle.close()

            let reader = try CSVReader(path: file.path)
            #expect(try reader.next()?.string(at: 1) == "text")
            if refused {
                #expect(
                    throws: CSVError(
                        kind: .recordTooLong, line: 2, column: 1, byteOffset: 8,
                        message: "the record starting here is longer than 64 MB; a quoted field is probably missing its closing quote")
                ) {
                    _ = try reader.next()
                }
            } else {
                #expect(try reader.next()?.string(at: 1).utf8.count == megabytes << 20)
                #expect(try reader.next()?.string(at: 1) == "short")
            }
        }
    }

    @Test("an unquoted field over the 64 MB record limit is refused without blaming a missing quote")
    func recordLimitUnquoted() throws {
        let file = try TemporaryFile([], extension: "csv")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file.path))
        try handle.write(contentsOf: Data("id,text\n1,".utf8))
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<65 { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data("\n2,short\n".utf8))
        try handle.close()

        let reader = try CSVReader(path: file.path)
        #expect(try reader.next()?.string(at: 1) == "text")
        #expect(
            throws: CSVError(
                kind: .recordTooLong, line: 2, column: 1, byteOffset: 8,
                message: "the record starting here is longer than 64 MB, with no quoted field left open; tipdb reads records of up to 64 MB: shorten the longest field")
        ) {
            _ = try reader.next()
        }
    }

    @Test("bytesRead follows the records, line terminators included")
    func progress() throws {
        let input = Array("\u{FEFF}a,b\r\nc,d\re,f\n\ng".utf8)
        for source in Source.all {
            let seen = try observe(input, dialect: .csv, source: source)
            #expect(seen.bytesRead == [8, 12, 16, 17, 18], "\(source)")
        }
        let reader = CSVReader(bytes: input)
        #expect(reader.bytesRead == 0)
    }

    @Test("an error is thrown again by every later call")
    func errorsAreSticky() throws {
        let reader = CSVReader(bytes: Array("a\nb\"c\nd\n\"e".utf8))
        #expect(try reader.next()?.string(at: 0) == "a")
        // A stray quote stays with its record; the unterminated quote after it stops the reader.
        let stray = try reader.next()
        #expect(stray?.problem?.kind == .unexpectedQuote && stray?.problem?.line == 2 && stray?.problem?.column == 2)
        #expect(stray?.string(at: 0) == "b\"c")
        let next = try reader.next()
        #expect(next?.string(at: 0) == "d" && next?.problem == nil)
        var errors: [CSVError] = []
        for _ in 0..<3 {
            do {
                _ = try reader.next()
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0 == errors.first })
        #expect(errors.first?.kind == .unterminatedQuote)
        #expect(errors.first?.line == 4)
        #expect(errors.first?.column == 1)
    }

    @Test("a quote out of place is reported on its record, read as data, and the records after it are read", arguments: Source.all)
    func quoteProblemsDoNotStopTheReader(source: Source) throws {
        let input = Array("k,v\n1,ab\"c\n2,\"x\"y,z\n3,\"multi\nline\"\n".utf8)
        let reader: CSVReader
        switch source {
        case .memory: reader = CSVReader(bytes: input)
        case .file(let chunkSize):
            // The reader opens the file here, so it reads it after the file's name is removed.
            reader = try withTemporaryFile(input) { try CSVReader(path: $0, chunkSize: chunkSize) }
        }
        var seen: [(fields: [String], problem: CSVError.Kind?, line: Int, raw: String)] = []
        while let record = try reader.next() {
            seen.append(((0..<record.count).map { record.string(at: $0) }, record.problem?.kind, record.line, record.rawText))
        }
        #expect(seen.map(\.fields) == [["k", "v"], ["1", "ab\"c"], ["2", "\"x\"y", "z"], ["3", "multi\nline"]], "\(source)")
        #expect(seen.map(\.problem) == [nil, .unexpectedQuote, .unexpectedCharacterAfterQuote, nil], "\(source)")
        #expect(seen.map(\.line) == [1, 2, 3, 4], "\(source)")
        #expect(seen.map(\.raw) == ["k,v", "1,ab\"c", "2,\"x\"y,z", "3,\"multi\nline\""], "\(source)")
    }

    @Test("a quote out of place in a record over several lines stops the reader: the valid row it swallowed is not hidden in a reject")
    func quoteProblemOverSeveralLines() throws {
        let reader = CSVReader(bytes: Array("a,\"x \"y\"\n\",1\nb,ok,2\nc,\"z\",3\n".utf8))
        let first = try reader.next()
        #expect(first?.problem?.kind == .unexpectedCharacterAfterQuote && first?.line == 1)
        let error = #expect(throws: CSVError.self) { _ = try reader.next() }
        #expect(error?.kind == .unexpectedCharacterAfterQuote && error?.line == 4, "\(String(describing: error))")
        #expect(throws: CSVError.self) { _ = try reader.next() }
    }

    @Test("errorDescription puts the position first")
    func errorDescription() {
        let seen = observe(CSVReader(bytes: Array("x\n\"ab\"c".utf8)))
        #expect(
            seen.error?.errorDescription
                == "line 2, column 5: expected a delimiter or end of line after the closing quote, found 'c'")
        #expect(seen.error?.localizedDescription == seen.error?.errorDescription)
    }

    @Test("a missing file is an I/O error naming the file")
    func missingFile() {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("CSVReaderTests-missing-\(UUID().uuidString).csv").path
        do {
            _ = try CSVReader(path: path)
            Issue.record("opening a missing file succeeded")
        } catch {
            #expect(error.kind == .io)
            #expect(error.line == 0 && error.column == 0)
            #expect(error.message.hasPrefix("cannot open '\(path)': "))
            #expect(error.errorDescription == error.message)
        }
    }

    @Test("reading a directory is an I/O error")
    func directory() throws {
        let reader = try CSVReader(path: FileManager.default.temporaryDirectory.path)
        do {
            _ = try reader.next()
            Issue.record("reading a directory succeeded")
        } catch {
            #expect(error.kind == .io)
            #expect(error.message.hasPrefix("cannot read '"))
        }
    }

    @Test("withUTF8 gives the decoded bytes of quoted, escaped and plain fields")
    func zeroCopyAccess() throws {
        let reader = CSVReader(bytes: Array("plain,\"quoted\",\"a \"\"b\"\"\",,\"\"".utf8))
        let record = try #require(try reader.next())
        let fields = (0..<record.count).map { i in record.withUTF8(at: i) { Array($0) } }
        #expect(fields == [Array("plain".utf8), Array("quoted".utf8), Array("a \"b\"".utf8), [], []])
        #expect((0..<record.count).map { record.isEmpty(at: $0) } == [false, false, false, true, true])
        let parsed = record.withUTF8(at: 0) { $0.count }
        #expect(parsed == 5)
    }

    @Test("using a record after the next read stops the program")
    func staleRecordTraps() async {
        // The child process only fails if the stale access traps: nothing else in it can fail.
        await #expect(processExitsWith: .failure) {
            let reader = CSVReader(bytes: Array("a\nb\n".utf8))
            guard let first = try? reader.next() else { return }
            _ = try? reader.next()
            _ = first.string(at: 0)
        }
    }
}
