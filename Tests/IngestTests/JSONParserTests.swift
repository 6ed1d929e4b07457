import Foundation
import TestSupport
import Testing

@testable import Ingest

// MARK: - Helpers

private func parseJSON(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONError) -> JSONNode {
    try JSONParser.parse(Array(text.utf8), maxDepth: maxDepth)
}

/// The error parsing `bytes` throws, or `nil` when it parses.
private func jsonError(_ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONError? {
    do {
        _ = try JSONParser.parse(bytes, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

private func jsonError(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONError? {
    jsonError(Array(text.utf8), maxDepth: maxDepth)
}

/// A rejected input and exactly where and why it must be rejected.
struct JSONRejection: Sendable, CustomTestStringConvertible {
    var input: String
    var line: Int
    var column: Int
    var message: String

    init(_ input: String, _ line: Int, _ column: Int, _ message: String) {
        self.input = input
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { input.debugDescription }
}

/// A rejected byte sequence (invalid UTF-8, NUL bytes), with its byte offset.
struct JSONByteRejection: Sendable, CustomTestStringConvertible {
    var input: [UInt8]
    var line: Int
    var column: Int
    var byteOffset: Int
    var message: String

    init(_ input: [UInt8], _ line: Int, _ column: Int, _ byteOffset: Int, _ message: String) {
        self.input = input
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
    }

    var testDescription: String {
        input.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x\(String($0, radix: 16))" }.joined()
    }
}

/// The UTF-8 bytes of `text`.
private func jsonUTF8(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// The text of `range` in `bytes`.
private func jsonText(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
}

// MARK: - Values

@Suite("JSON parser: values")
struct JSONValueTests {
    @Test("a JSON number in one exact form: significant digits and a power of ten, no digit lost")
    func exactNumbers() {
        let cases = [
            ("1.50", "15e-1"), ("1.5", "15e-1"), ("15e-1", "15e-1"), ("150", "15e1"), ("1.5E2", "15e1"),
            ("0", "0"), ("-0.0", "0"), ("0e5", "0"), ("-1.50e+2", "-15e1"), ("0.000100", "1e-4"),
            ("123456789012345678901234567890", "12345678901234567890123456789e1"),
            ("1.0000000000000000000001", "10000000000000000000001e-22"),
        ]
        for (literal, exact) in cases {
            #expect(JSONValue.exactNumber(literal) == exact, "\(literal)")
        }
    }

    @Test("a number whose power of ten does not fit in an Int is kept as written: equal only to itself, and no crash")
    func hugeExponents() {
        // The exponent used to be read as 0, so that 1e99999999999999999999 equalled 1.
        #expect(JSONValue.exactNumber("1e99999999999999999999") == "1e99999999999999999999")
        #expect(!JSONValue.sameValues("[1e99999999999999999999]", "[1]"))
        #expect(JSONValue.sameValues("[1e99999999999999999999]", "[1e99999999999999999999]"))
        // Adding to an exponent at Int.max (a trailing zero, a fraction digit) stopped the program.
        #expect(JSONValue.exactNumber("10e9223372036854775807") == "10e9223372036854775807")
        #expect(JSONValue.exactNumber("-1.5e-9223372036854775808") == "-1.5e-9223372036854775808")
        #expect(JSONValue.exactNumber("1e9223372036854775807") == "1e9223372036854775807")
    }

    @Test("scalars parse to their values")
    func scalars() throws {
        #expect(try parseJSON("null").value == .null)
        #expect(try parseJSON("true").value == .bool(true))
        #expect(try parseJSON("false").value == .bool(false))
        #expect(try parseJSON("\"text\"").value == .string("text"))
        #expect(try parseJSON("\"\"").value == .string(""))
        #expect(try parseJSON("[]").value == .array([]))
        #expect(try parseJSON("{}").value == .object([]))
        #expect(try parseJSON(" \t\r\n 42 \t\r\n ").value == .number("42"))
    }

    @Test(
        "numbers keep their literal text exactly",
        arguments: ["0", "-0", "2450000", "1.4e6", "-0.5", "1E+2", "1e-7", "0.0", "-123.456E-789", "10", "0e0"])
    func numbersKeepText(literal: String) throws {
        let node = try parseJSON("[\(literal)]")
        let element = try #require(node.value.arrayElements?.first)
        #expect(element.value == .number(literal))
        #expect(element.byteRange == 1..<(1 + literal.utf8.count))
    }

    @Test("a 400-digit number is accepted as text; the caller decides its range")
    func longNumber() throws {
        let digits = "9" + String(repeating: "0123456789", count: 40) + ".5e-999"
        #expect(try parseJSON(digits).value == .number(digits))
    }

    @Test("every escape decodes, and a surrogate pair becomes one scalar")
    func escapes() throws {
        let node = try parseJSON(#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u20AC \ud83d\ude00 \uD83D\uDE00 nul\u0000""#)
        #expect(node.value == .string("q\" b\\ s/ \u{08}\u{0C}\n\r\t é€ 😀 😀 nul\u{0}"))
    }

    @Test("non-ASCII text and escapes mix in one string, in keys too")
    func mixedStrings() throws {
        let node = try parseJSON(#"{"Côte\td’Ivoire 😀": "é\n😀 \u00fc"}"#)
        guard case .object(let members) = node.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["Côte\td’Ivoire 😀"])
        #expect(members.first?.value.value == .string("é\n😀 ü"))
    }

    @Test("object members keep their order and duplicates; the subscript finds the first")
    func duplicatesAndOrder() throws {
        let node = try parseJSON(#"{"b": 1, "a": 2, "b": 3}"#)
        guard case .object(let members) = node.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a", "b"])
        #expect(members.map(\.value.value) == [.number("1"), .number("2"), .number("3")])
        #expect(node["b"]?.value == .number("1"))
        #expect(node["a"]?.value == .number("2"))
        #expect(node["missing"] == nil)
        #expect(try parseJSON("[1]")["b"] == nil)
    }

    @Test("nested arrays and objects")
    func nesting() throws {
        let node = try parseJSON(#"{"figures": [{"value": "2450000", "bounds": [1, null]}, []], "ok": false}"#)
        let figures = try #require(node["figures"]?.value.arrayElements)
        #expect(figures.count == 2)
        #expect(figures[0]["value"]?.value == .string("2450000"))
        #expect(figures[0]["bounds"]?.value.arrayElements?.map(\.value) == [.number("1"), .null])
        #expect(figures[1].value == .array([]))
        #expect(node["ok"]?.value == .bool(false))
    }
}

extension JSONValue {
    /// The elements when this is an array.
    fileprivate var arrayElements: [JSONNode]? {
        if case .array(let elements) = self { elements } else { nil }
    }
}

// MARK: - Positions

@Suite("JSON parser: positions")
struct JSONPositionTests {
    @Test("every value and key records its line, column and byte range")
    func positions() throws {
        let text = """
            {
              "id": 7,
              "name": "Côte d’Ivoire",
              "tags": ["a", {"k": null}],
              "ok": true
            }
            """
        let bytes = jsonUTF8(text)
        let root = try JSONParser.parse(bytes)
        #expect((root.line, root.column, root.byteRange) == (1, 1, 0..<bytes.count))
        guard case .object(let members) = root.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map { [$0.keyLine, $0.keyColumn] } == [[2, 3], [3, 3], [4, 3], [5, 3]])
        let id = try #require(root["id"])
        #expect((id.line, id.column) == (2, 9))
        #expect(jsonText(bytes, id.byteRange) == "7")
        let name = try #require(root["name"])
        #expect((name.line, name.column) == (3, 11))
        #expect(jsonText(bytes, name.byteRange) == "\"Côte d’Ivoire\"")
        let tags = try #require(root["tags"])
        #expect((tags.line, tags.column) == (4, 11))
        #expect(jsonText(bytes, tags.byteRange) == #"["a", {"k": null}]"#)
        let inner = try #require(tags.value.arrayElements?.last)
        #expect((inner.line, inner.column) == (4, 17))
        guard case .object(let innerMembers) = inner.value else {
            Issue.record("not an object")
            return
        }
        #expect(innerMembers.map { [$0.keyLine, $0.keyColumn] } == [[4, 18]])
        #expect((innerMembers[0].value.line, innerMembers[0].value.column) == (4, 23))
        let ok = try #require(root["ok"])
        #expect((ok.line, ok.column) == (5, 9))
    }

    @Test("columns count UTF-16 code units (😀 is two), byte ranges count bytes")
    func utf8Columns() throws {
        let bytes = jsonUTF8(#"["é😀", 1, "ü"]"#)
        let elements = try #require(JSONParser.parse(bytes).value.arrayElements)
        #expect(elements.map(\.column) == [2, 9, 12])
        #expect(elements.map(\.byteRange) == [1..<9, 11..<12, 14..<18])
    }

    @Test(
        "LF, CRLF and a lone CR each end one line",
        arguments: [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")])
    func lineEndings(separator: String, name: String) throws {
        let elements = try #require(parseJSON("[1,\(separator) 2,\(separator)\(separator)3]").value.arrayElements)
        #expect(elements.map { [$0.line, $0.column] } == [[1, 2], [2, 2], [4, 1]])
        let error = try #require(jsonError("[1,\(separator)\(separator) x]"))
        #expect((error.line, error.column) == (3, 2))
    }

    @Test("CR, CRLF and LF in a row are three line breaks")
    func mixedLineEndings() throws {
        let node = try parseJSON("\r\r\n\n  1")
        #expect((node.line, node.column, node.byteRange) == (4, 3, 6..<7))
    }

    @Test("a byte order mark at the start is skipped and does not shift columns")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + jsonUTF8(#"{"a": 1}"#)
        let root = try JSONParser.parse(bytes)
        #expect((root.line, root.column, root.byteRange) == (1, 1, 3..<11))
        #expect((root["a"]?.line, root["a"]?.column) == (1, 7))

        #expect(
            jsonError([0xEF, 0xBB, 0xBF] + jsonUTF8("x"))
                == JSONError(line: 1, column: 1, byteOffset: 3, message: "expected a value, found 'x'"))
        #expect(
            jsonError([0xEF, 0xBB, 0xBF])
                == JSONError(line: 1, column: 1, byteOffset: 3, message: "empty input; expected a JSON value"))
        #expect(
            jsonError("[1, \u{FEFF}2]")
                == JSONError(line: 1, column: 5, byteOffset: 4, message: "expected a value, found '\u{FEFF}' (U+FEFF)"))
    }

    @Test("an error's description leads with its position")
    func errorDescription() throws {
        let error = try #require(jsonError("{\n  \"a\": 1,\n  \"b\":\"xyz"))
        #expect(error.description == "line 3, column 11: unterminated string starting at line 3 column 7")
        #expect(error.localizedDescription == error.description)
        let noPosition = JSONError(line: 0, column: 0, byteOffset: 0, message: "cannot open 'x'")
        #expect(noPosition.description == "cannot open 'x'")
    }
}

// MARK: - Strictness

@Suite("JSON parser: strict RFC 8259")
struct JSONStrictnessTests {
    static let rejections: [JSONRejection] = [
        // Structure
        JSONRejection("", 1, 1, "empty input; expected a JSON value"),
        JSONRejection(" \n\t ", 2, 3, "empty input; expected a JSON value"),
        JSONRejection("[1,2,]", 1, 5, "a comma before ']' (a trailing comma), which JSON does not allow; expected a value after the comma, or delete it"),
        JSONRejection(#"{"a":1,}"#, 1, 7, "a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it"),
        JSONRejection("[1,\n\n  ]", 1, 3, "a comma before ']' (a trailing comma), which JSON does not allow; expected a value after the comma, or delete it"),
        JSONRejection(#"{"a":1]"#, 1, 7, "expected ',' or '}' after an object member, found ']'"),
        JSONRejection(#"{"a":}"#, 1, 6, "expected a value, found '}'"),
        JSONRejection("[1}", 1, 3, "expected ',' or ']' after an array element, found '}'"),
        JSONRejection("[1,,2]", 1, 4, "expected a value, found ','"),
        JSONRejection("[1 2]", 1, 4, "expected ',' or ']' after an array element, found '2'"),
        JSONRejection("[true false]", 1, 7, "expected ',' or ']' after an array element, found 'false'"),
        JSONRejection("[", 1, 2, "expected a value, found end of input"),
        JSONRejection("[1", 1, 3, "expected ',' or ']' after an array element, found end of input"),
        JSONRejection(#"{"a":1"#, 1, 7, "expected ',' or '}' after an object member, found end of input"),
        JSONRejection(#"{"a" 1}"#, 1, 6, "expected ':' after an object key, found '1'"),
        JSONRejection("{1:2}", 1, 2, "expected a string key or '}', found '1'"),
        JSONRejection("{a:1}", 1, 2, "expected a string key or '}', found 'a'"),
        JSONRejection(
            "{'a':1}", 1, 2, "expected a string key or '}', found a single quote (JSON strings use double quotes)"),
        JSONRejection("['a']", 1, 2, "expected a value, found a single quote (JSON strings use double quotes)"),
        JSONRejection("// note\n1", 1, 1, "expected a value, found '/' (JSON has no comments)"),
        JSONRejection(
            "[1 /* note */]", 1, 4, "expected ',' or ']' after an array element, found '/' (JSON has no comments)"),
        JSONRejection(#"{"a":1} x"#, 1, 9, "expected nothing but white space after the JSON object's closing }, found 'x'"),
        JSONRejection("[1][2]", 1, 4, "expected nothing but white space after the JSON array's closing ], found '[2]'"),
        JSONRejection("1 2", 1, 3, "expected nothing but white space after the JSON value, found '2'"),
        JSONRejection("[1] trailing junk\nmore", 1, 5, "expected nothing but white space after the JSON array's closing ], found 'trailing junk'"),
        JSONRejection("[1]\n  \(String(repeating: "ab", count: 30))", 2, 3, "expected nothing but white space after the JSON array's closing ], found '\(String(repeating: "ab", count: 20))…'"),
        JSONRejection("[\u{0C}]", 1, 2, "expected a value, found control character U+000C"),
        JSONRejection("[\u{A0}1]", 1, 2, "expected a value, found '\u{A0}' (U+00A0)"),
        // Literals
        JSONRejection("NaN", 1, 1, "expected a value, found 'NaN'"),
        JSONRejection("[Infinity]", 1, 2, "expected a value, found 'Infinity'"),
        JSONRejection("tru", 1, 1, "expected a value, found 'tru'"),
        JSONRejection("True", 1, 1, "expected a value, found 'True'"),
        JSONRejection("nullx", 1, 1, "expected a value, found 'nullx'"),
        JSONRejection("undefined", 1, 1, "expected a value, found 'undefined'"),
        // Numbers
        JSONRejection("01", 1, 1, "number '01' has a leading zero"),
        JSONRejection("[-012]", 1, 2, "number '-012' has a leading zero"),
        JSONRejection("00.5", 1, 1, "number '00' has a leading zero"),
        JSONRejection("-Infinity", 1, 2, "expected a digit after '-', found 'Infinity'"),
        JSONRejection("[-]", 1, 3, "expected a digit after '-', found ']'"),
        JSONRejection("+1", 1, 1, "expected a value, found '+'"),
        JSONRejection(".5", 1, 1, "expected a value, found '.'"),
        JSONRejection("1.", 1, 3, "expected a digit after the decimal point in number '1.', found end of input"),
        JSONRejection("[1.e5]", 1, 4, "expected a digit after the decimal point in number '1.', found 'e5'"),
        JSONRejection("1e", 1, 3, "expected a digit in the exponent of number '1e', found end of input"),
        JSONRejection("[1E+]", 1, 5, "expected a digit in the exponent of number '1E+', found ']'"),
        JSONRejection("1.5.3", 1, 4, "expected nothing but white space after the JSON value, found '.3'"),
        JSONRejection("0x1F", 1, 2, "expected nothing but white space after the JSON value, found 'x1F'"),
        // Strings
        JSONRejection("\"a\tb\"", 1, 3, "unescaped control character U+0009 (a tab) in string starting at line 1 column 1; expected it escaped, as \\t (JSON strings hold no raw control characters)"),
        JSONRejection(
            "[\n  \"ab\ncd\"]", 2, 6, "unescaped control character U+000A (a line break) in string starting at line 2 column 3; expected it escaped, as \\n (JSON strings hold no raw control characters)"),
        JSONRejection("\"abc", 1, 5, "unterminated string starting at line 1 column 1"),
        JSONRejection("\"abc\\", 1, 6, "unterminated string starting at line 1 column 1"),
        JSONRejection("{\n  \"a\": 1,\n  \"b\":\"xyz", 3, 11, "unterminated string starting at line 3 column 7"),
        JSONRejection("[\"😀\", \"éé", 1, 11, "unterminated string starting at line 1 column 8"),
        JSONRejection(
            "[\"😀\", \"éé\r\"]", 1, 11, "unescaped control character U+000D (a carriage return) in string starting at line 1 column 8; expected it escaped, as \\r (JSON strings hold no raw control characters)"),
        JSONRejection("\"a\u{01}b\"", 1, 3, "unescaped control character U+0001 in string starting at line 1 column 1; expected it escaped, as \\u0001 (JSON strings hold no raw control characters)"),
        JSONRejection(#""\x""#, 1, 2, #"invalid escape '\x' in string"#),
        JSONRejection(#"["ok", "a\'b"]"#, 1, 10, #"invalid escape '\'' in string"#),
        JSONRejection(#""\é""#, 1, 2, #"invalid escape '\é' in string"#),
        JSONRejection("\"\\\u{01}\"", 1, 2, #"invalid escape: '\' followed by U+0001 in string"#),
        JSONRejection(#""\U00e9""#, 1, 2, #"invalid escape '\U' in string"#),
        JSONRejection(#""\u12G4""#, 1, 2, #"invalid escape '\u12G4' in string: '\u' needs four hex digits"#),
        JSONRejection(#""\u00""#, 1, 2, #"invalid escape '\u00' in string: '\u' needs four hex digits"#),
        JSONRejection(#""\u""#, 1, 2, #"invalid escape '\u' in string: '\u' needs four hex digits"#),
        JSONRejection(
            #""😀 \ud83d""#, 1, 5,
            #"lone high surrogate '\ud83d' in string; it must be followed by a low surrogate \uDC00-\uDFFF"#),
        JSONRejection(
            #""\ud83d\u0041""#, 1, 2,
            #"lone high surrogate '\ud83d' in string; it must be followed by a low surrogate \uDC00-\uDFFF"#),
        JSONRejection(
            #""\uD83Dx""#, 1, 2,
            #"lone high surrogate '\uD83D' in string; it must be followed by a low surrogate \uDC00-\uDFFF"#),
        JSONRejection(#""\ud83d\u12""#, 1, 8, #"invalid escape '\u12' in string: '\u' needs four hex digits"#),
        JSONRejection(
            #""x\ude00""#, 1, 3,
            #"lone low surrogate '\ude00' in string; it must follow a high surrogate \uD800-\uDBFF"#),
        JSONRejection(
            #""\ude00\ud83d""#, 1, 2,
            #"lone low surrogate '\ude00' in string; it must follow a high surrogate \uD800-\uDBFF"#),
    ]

    @Test(
        "rejects what RFC 8259 does not allow, saying where, what was found and what was expected",
        arguments: rejections)
    func rejects(rejection: JSONRejection) throws {
        let error = try #require(jsonError(rejection.input))
        #expect(error.message == rejection.message)
        #expect(error.line == rejection.line)
        #expect(error.column == rejection.column)
    }

    @Test("an error's byte offset is the offset of the offending byte")
    func byteOffsets() {
        #expect(
            jsonError("[\n  \"é\", 1,]")
                == JSONError(line: 2, column: 9, byteOffset: 11, message: "a comma before ']' (a trailing comma), which JSON does not allow; expected a value after the comma, or delete it"))
        #expect(
            jsonError("\r\n01")
                == JSONError(line: 2, column: 1, byteOffset: 2, message: "number '01' has a leading zero"))
    }

    static let byteRejections: [JSONByteRejection] = [
        JSONByteRejection(
            jsonUTF8(#"{"country": "Cote"#) + [0xC3] + jsonUTF8(#""}"#), 1, 18, 17,
            "invalid UTF-8 byte 0xC3 at byte offset 17"),
        // Latin-1 "é" where UTF-8 was expected.
        JSONByteRejection(
            jsonUTF8(#"["caf"#) + [0xE9] + jsonUTF8(#""]"#), 1, 6, 5, "invalid UTF-8 byte 0xE9 at byte offset 5"),
        // A lone continuation byte, an overlong encoding, an encoded surrogate, a scalar above U+10FFFF.
        JSONByteRejection([0x22, 0x80, 0x22], 1, 2, 1, "invalid UTF-8 byte 0x80 at byte offset 1"),
        JSONByteRejection([0x22, 0xC0, 0xAF, 0x22], 1, 2, 1, "invalid UTF-8 byte 0xC0 at byte offset 1"),
        JSONByteRejection([0x22, 0xE0, 0x80, 0xAF, 0x22], 1, 2, 1, "invalid UTF-8 byte 0xE0 at byte offset 1"),
        JSONByteRejection([0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, 1, "invalid UTF-8 byte 0xED at byte offset 1"),
        JSONByteRejection([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, 2, 1, "invalid UTF-8 byte 0xF4 at byte offset 1"),
        JSONByteRejection([0x22, 0xFF, 0x22], 1, 2, 1, "invalid UTF-8 byte 0xFF at byte offset 1"),
        // Truncated at the end of the input.
        JSONByteRejection([0x22, 0xE2, 0x82], 1, 2, 1, "invalid UTF-8 byte 0xE2 at byte offset 1"),
        // Outside a string, and after multi-byte characters on a later line.
        JSONByteRejection([0x5B, 0xFF, 0x5D], 1, 2, 1, "invalid UTF-8 byte 0xFF at byte offset 1"),
        JSONByteRejection(
            jsonUTF8("[\"é\",\n \"😀ü") + [0xC3, 0x28, 0x22, 0x5D], 2, 6, 15, "invalid UTF-8 byte 0xC3 at byte offset 15"
        ),
        JSONByteRejection(jsonUTF8("\"ab\\") + [0xC3, 0x22], 1, 5, 4, "invalid UTF-8 byte 0xC3 at byte offset 4"),
        // NUL bytes, wherever they are.
        JSONByteRejection([0x22, 0x61, 0x00, 0x22], 1, 3, 2, "NUL byte (0x00) at byte offset 2; text files must not contain NUL"),
        JSONByteRejection([0x5B, 0x31, 0x2C, 0x00, 0x5D], 1, 4, 3, "NUL byte (0x00) at byte offset 3; text files must not contain NUL"),
        JSONByteRejection([0x31, 0x00], 1, 2, 1, "NUL byte (0x00) at byte offset 1; text files must not contain NUL"),
        JSONByteRejection([0x00], 1, 1, 0, "NUL byte (0x00) at byte offset 0; text files must not contain NUL"),
        JSONByteRejection([0x22, 0x5C, 0x00, 0x22], 1, 3, 2, "NUL byte (0x00) at byte offset 2; text files must not contain NUL"),
        JSONByteRejection([0x7B, 0x22, 0x61, 0x22, 0x00], 1, 5, 4, "NUL byte (0x00) at byte offset 4; text files must not contain NUL"),
    ]

    @Test("rejects invalid UTF-8 and NUL bytes with their byte offset", arguments: byteRejections)
    func rejectsBytes(rejection: JSONByteRejection) throws {
        let error = try #require(jsonError(rejection.input))
        let position: [Int] = [error.line, error.column, error.byteOffset]
        #expect(position == [rejection.line, rejection.column, rejection.byteOffset])
        // Invalid UTF-8 goes on with why, and the likely cause, as CSV says it (the same code).
        #expect(error.message == rejection.message || error.message.hasPrefix(rejection.message + " ("), "\(error.message)")
    }

    @Test("invalid UTF-8 names the likely cause as CSV does: Latin-1, or UTF-16 for a UTF-16 byte order mark")
    func encodingHints() throws {
        let latin1 = try #require(jsonError(jsonUTF8(#"[{"notes":"caf"#) + [0xE9] + jsonUTF8(#""}]"#)))
        #expect(latin1 == JSONError(
            line: 1, column: 15, byteOffset: 14,
            message: "invalid UTF-8 byte 0xE9 at byte offset 14 (a multi-byte sequence cut short); the file is probably Latin-1 or Windows-1252 (é there): save it as UTF-8"))
        let utf16 = try #require(jsonError([0xFF, 0xFE] + Array("[{}]".utf8).flatMap { [$0, 0] }))
        #expect(utf16 == JSONError(
            line: 1, column: 1, byteOffset: 0,
            message: "invalid UTF-8 byte 0xFF at byte offset 0 (this byte never occurs in UTF-8; a file starting with it is probably UTF-16: convert it to UTF-8)"))
        // The same words as the CSV reader's, for the same bytes; a CSV file, most often Excel's, is
        // also told the file type to save it as.
        let csv = CSVReader(bytes: [0xFF, 0xFE] + Array("a,b".utf8).flatMap { [$0, 0] })
        let excel = " (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"
        #expect(throws: CSVError(kind: .invalidUTF8, line: 1, column: 1, byteOffset: 0, message: utf16.message + excel)) { _ = try csv.next() }
    }

    @Test("well-formed UTF-8 at every length is accepted")
    func validUTF8() throws {
        let text = "\"\u{7F} \u{80} \u{7FF} \u{800} \u{D7FF} \u{E000} \u{FFFF} \u{10000} \u{10FFFF}\""
        #expect(try parseJSON(text).value == .string(String(text.dropFirst().dropLast())))
    }
}

// MARK: - Depth and size

@Suite("JSON parser: depth and size")
struct JSONLimitTests {
    @Test("100,000 nested '[' throw quickly instead of overflowing the stack")
    func hostileNesting() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let start = ContinuousClock.now
        let error = try #require(jsonError(bytes))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(
            error
                == JSONError(
                    line: 1, column: 257, byteOffset: 256, message: "nesting deeper than the maximum depth of 256; expected arrays and objects nested at most 256 deep"))

        let objects = Array(String(repeating: #"{"a":"#, count: 100_000).utf8)
        #expect(jsonError(objects)?.message == "nesting deeper than the maximum depth of 256; expected arrays and objects nested at most 256 deep")
    }

    @Test("maxDepth levels are allowed, one more is not")
    func depthLimit() throws {
        let deepest = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(throws: Never.self) { try parseJSON(deepest) }
        let tooDeep = "[" + deepest + "]"
        #expect(jsonError(tooDeep)?.column == 257)

        #expect(throws: Never.self) { try parseJSON("[{}]", maxDepth: 2) }
        #expect(
            jsonError(#"{"a": {"b": {}}}"#, maxDepth: 2)
                == JSONError(line: 1, column: 13, byteOffset: 12, message: "nesting deeper than the maximum depth of 2; expected arrays and objects nested at most 2 deep")
        )
        #expect(throws: Never.self) { try parseJSON("1", maxDepth: 0) }
        #expect(jsonError("[]", maxDepth: 0)?.message == "nesting deeper than the maximum depth of 0; expected arrays and objects nested at most 0 deep")
    }

    @Test("a generated document of many records parses with every position right")
    func manyRecords() throws {
        var text = "[\n"
        for index in 0..<20_000 {
            text += #"  {"id": \#(index), "name": "figure \#(index)", "value": \#(index).5e3, "tags": ["a", "b\n"]}"#
            text += index < 19_999 ? ",\n" : "\n"
        }
        text += "]"
        let elements = try #require(parseJSON(text).value.arrayElements)
        #expect(elements.count == 20_000)
        let last = try #require(elements.last)
        #expect((last.line, last.column) == (20_001, 3))
        #expect(last["id"]?.value == .number("19999"))
        #expect(last["value"]?.value == .number("19999.5e3"))
        #expect(last["tags"]?.value.arrayElements?.last?.value == .string("b\n"))
    }
}

// MARK: - NDJSON

/// What one call to `next()` gave.
enum NDJSONOutcome: Equatable, CustomStringConvertible {
    case record(line: Int, node: JSONNode, raw: String)
    case failure(JSONError)

    var description: String {
        switch self {
        case .record(let line, _, let raw): "line \(line): \(raw)"
        case .failure(let error): "error \(error) at byte \(error.byteOffset)"
        }
    }
}

/// Every outcome until the end, going on after errors.
private func readNDJSON(_ reader: inout NDJSONReader) -> [NDJSONOutcome] {
    var outcomes: [NDJSONOutcome] = []
    for _ in 0..<10_000 {
        do {
            guard let (line, node, raw) = try reader.next() else { return outcomes }
            outcomes.append(.record(line: line, node: node, raw: raw))
        } catch {
            outcomes.append(.failure(error))
            // A line that is not UTF-8 text stops the reader: every later call throws it again.
            if reader.stopped {
                #expect(throws: error) { _ = try reader.next() }
                return outcomes
            }
        }
    }
    Issue.record("the reader never reached the end")
    return outcomes
}

private func readNDJSON(_ text: String) -> [NDJSONOutcome] {
    var reader = NDJSONReader(bytes: jsonUTF8(text))
    return readNDJSON(&reader)
}

extension NDJSONOutcome {
    var line: Int? { if case .record(let line, _, _) = self { line } else { nil } }
    var raw: String? { if case .record(_, _, let raw) = self { raw } else { nil } }
    var node: JSONNode? { if case .record(_, let node, _) = self { node } else { nil } }
    var error: JSONError? { if case .failure(let error) = self { error } else { nil } }
}

@Suite("NDJSON reader")
struct NDJSONReaderTests {
    @Test("records are numbered by file line; blank and whitespace-only lines are skipped")
    func blankLines() {
        let outcomes = readNDJSON("{\"a\":1}\n\n   \n\t \n{\"b\":2}\n  \n\n")
        #expect(outcomes.map(\.line) == [1, 5])
        #expect(outcomes.map(\.raw) == [#"{"a":1}"#, #"{"b":2}"#])
        #expect(outcomes[1].node?["b"]?.value == .number("2"))
    }

    @Test("CRLF files: raw text has no CR, positions are in the file")
    func crlf() throws {
        let text = "{\"a\":1}\r\n{\"b\":\"x\"}\r\n\r\n  [3]\r\n"
        let outcomes = readNDJSON(text)
        #expect(outcomes.map(\.line) == [1, 2, 4])
        #expect(outcomes.map(\.raw) == [#"{"a":1}"#, #"{"b":"x"}"#, "  [3]"])
        let second = try #require(outcomes[1].node)
        #expect((second.line, second.column, second.byteRange) == (2, 1, 9..<18))
        #expect((second["b"]?.line, second["b"]?.column, second["b"]?.byteRange) == (2, 6, 14..<17))
        let third = try #require(outcomes[2].node)
        #expect((third.line, third.column, third.byteRange) == (4, 3, 24..<27))
    }

    @Test("a lone CR ends a line too, as it does for the parser's line numbers")
    func bareCR() {
        #expect(readNDJSON("1\r2\r\r3").map(\.line) == [1, 2, 4])
    }

    @Test("the last line needs no line terminator")
    func lastLineWithoutNewline() {
        let outcomes = readNDJSON("{\"a\":1}\n{\"b\":2}")
        #expect(outcomes.map(\.line) == [1, 2])
        #expect(outcomes.last?.raw == #"{"b":2}"#)
        #expect(readNDJSON("[1]\r").map(\.line) == [1])
    }

    @Test("empty and blank inputs hold no records, and the end stays the end")
    func emptyInputs() throws {
        #expect(readNDJSON("").isEmpty)
        #expect(readNDJSON("\n \r\n\t\r").isEmpty)
        var reader = NDJSONReader(bytes: jsonUTF8("[1]"))
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    @Test("an invalid record on line 3 throws at line 3, with its column and file byte offset, and reading goes on")
    func errorOnLine3() throws {
        var reader = NDJSONReader(bytes: jsonUTF8("{\"a\":1}\n{\"b\":2}\n{\"c\":3,}\n{\"d\":4}\n"))
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        #expect(
            throws: JSONError(line: 3, column: 7, byteOffset: 22, message: "a comma before '}' (a trailing comma), which JSON does not allow; expected a member after the comma, or delete it")
        ) {
            try reader.next()
        }
        let fourth = try #require(try reader.next())
        #expect(fourth.line == 4)
        #expect(fourth.node["d"]?.value == .number("4"))
        #expect(try reader.next() == nil)
    }

    @Test("errors inside a line: the end of the line, multi-byte characters, CRLF, bad bytes")
    func errorPositions() {
        #expect(
            readNDJSON("{\"a\":\n").map(\.error) == [
                JSONError(line: 1, column: 6, byteOffset: 5, message: "expected a value, found end of line")
            ])
        #expect(
            readNDJSON("\"abc\r\n").map(\.error) == [
                JSONError(line: 1, column: 5, byteOffset: 4, message: "unterminated string starting at line 1 column 1")
            ])
        // A record may not span lines.
        #expect(
            readNDJSON("{\n\"a\":1}\n").map(\.error) == [
                JSONError(
                    line: 1, column: 2, byteOffset: 1, message: "expected a string key or '}', found end of line"),
                JSONError(line: 2, column: 4, byteOffset: 5, message: "expected the end of the line after the JSON value (one JSON object per line), found ':'"),
            ])
        #expect(
            readNDJSON("1\r\n{\"é\": 01}\r\n").map(\.error) == [
                nil, JSONError(line: 2, column: 7, byteOffset: 10, message: "number '01' has a leading zero"),
            ])
        // A line that is not UTF-8 text stops the reader (the file is refused, as a CSV file is),
        // with the Latin-1 hint CSV gives; a syntax error earlier on that line does not hide it.
        let bytes = jsonUTF8("[1]\n  \"a") + [0xFF] + jsonUTF8("\"\n[0]\n") + [0x00] + jsonUTF8("\n")
        var reader = NDJSONReader(bytes: bytes)
        #expect(
            readNDJSON(&reader).map(\.error) == [
                nil,
                JSONError(
                    line: 2, column: 5, byteOffset: 8,
                    message: "invalid UTF-8 byte 0xFF at byte offset 8 (this byte never occurs in UTF-8); the file is probably Latin-1 or Windows-1252 (ÿ there): save it as UTF-8"),
            ])
        var nul = NDJSONReader(bytes: jsonUTF8("[1]\n[0]\n{,\"a\": \"") + [0x00] + jsonUTF8("\"}\n[2]\n"))
        #expect(
            readNDJSON(&nul).map(\.error) == [
                nil, nil, JSONError(line: 3, column: 9, byteOffset: 16, message: "NUL byte (0x00) at byte offset 16; text files must not contain NUL"),
            ])
    }

    @Test("a line longer than the limit stops the reader with the line's number, after the lines before it")
    func lineLimit() throws {
        var reader = NDJSONReader(bytes: jsonUTF8("{\"a\":1}\n[\"" + String(repeating: "x", count: 40) + "\"]\n"), chunkSize: 8)
        reader.maxLineBytes = 32
        #expect(try reader.next()?.raw == #"{"a":1}"#)
        #expect(throws: JSONError(line: 2, column: 1, byteOffset: 8, message: "this line is longer than 32 bytes; expected one JSON object per line, of at most 32 bytes")) {
            _ = try reader.next()
        }
        #expect(reader.stopped)
        var fits = NDJSONReader(bytes: jsonUTF8("[\"" + String(repeating: "x", count: 28) + "\"]\n"), chunkSize: 8)
        fits.maxLineBytes = 32
        #expect(try fits.next()?.raw.count == 32)
        // Exactly at the limit with CRLF, the CR the last byte of a chunk.
        var crlf = NDJSONReader(bytes: jsonUTF8("[\"" + String(repeating: "x", count: 28) + "\"]\r\n[1]\n"), chunkSize: 11)
        crlf.maxLineBytes = 32
        #expect(try crlf.next()?.raw.count == 32)
        #expect(try crlf.next()?.raw == "[1]")
        // One byte over, with its end in the chunk that took it past the limit.
        var over = NDJSONReader(bytes: jsonUTF8("[\"" + String(repeating: "x", count: 29) + "\"]\n"), chunkSize: 8)
        over.maxLineBytes = 32
        #expect(throws: JSONError.self) { _ = try over.next() }
    }

    @Test("a byte order mark at the start of the file is skipped")
    func byteOrderMark() throws {
        var reader = NDJSONReader(bytes: [0xEF, 0xBB, 0xBF] + jsonUTF8("{\"a\":1}\n{\"b\":2}"))
        let first = try #require(try reader.next())
        #expect(first.raw == #"{"a":1}"#)
        #expect((first.node.line, first.node.column, first.node.byteRange) == (1, 1, 3..<10))
        #expect(try reader.next()?.node.byteRange == 11..<18)

        var blankFirst = NDJSONReader(bytes: [0xEF, 0xBB, 0xBF] + jsonUTF8("\n[1]"))
        #expect(try blankFirst.next()?.line == 2)
    }

    @Test("every node's byte range quotes its text in the file")
    func byteRangesQuoteTheFile() throws {
        let bytes = jsonUTF8("{\"id\": 1, \"v\": [\"é\", 2]}\r\n\n  {\"id\": 2, \"v\": \"😀\"}  \n")
        var reader = NDJSONReader(bytes: bytes)
        let outcomes = readNDJSON(&reader)
        #expect(outcomes.map(\.line) == [1, 3])
        for outcome in outcomes {
            let node = try #require(outcome.node)
            let raw = try #require(outcome.raw)
            #expect(jsonText(bytes, node.byteRange) == raw.trimmingCharacters(in: .whitespaces))
        }
        let values = outcomes.compactMap { $0.node?["v"] }
        #expect(values.map { jsonText(bytes, $0.byteRange) } == [#"["é", 2]"#, #""😀""#])
        #expect(values.map { [$0.line, $0.column] } == [[1, 16], [3, 18]])
    }

    static let chunkSizes = [1, 2, 3, 4, 5, 7, 8, 13, 64, 4096]

    /// A file that exercises every boundary: a BOM, CRLF, lone CR, blank lines, multi-byte
    /// characters, long lines, bad lines and no final newline.
    static let awkwardFile: [UInt8] =
        [0xEF, 0xBB, 0xBF] + jsonUTF8("{\"country\": \"Côte d’Ivoire\", \"value\": 2450000}\r\n")
        + jsonUTF8("\r\n   \r\n")
        + jsonUTF8("[1, 2,\r")
        + jsonUTF8("{\"emoji\": \"😀😀😀\", \"escaped\": \"\\ud83d\\ude00\\n\"}\r")
        + jsonUTF8("\n\n\n")
        + jsonUTF8("{\"long\": \"\(String(repeating: "x", count: 300))\"}\n")
        + jsonUTF8("  \"é\u{0}\"\n")
        + [0x22, 0xC3] + jsonUTF8("\r\n")
        + jsonUTF8("[true, false, null, -1.5e-3]")

    @Test("reading in chunks of any size gives the same records, positions and errors", arguments: chunkSizes)
    func chunkBoundaries(chunkSize: Int) throws {
        var whole = NDJSONReader(bytes: Self.awkwardFile)
        let expected = readNDJSON(&whole)
        // The NUL on line 9 stops the reader: lines 10 and 11 are not read.
        #expect(expected.map(\.line) == [1, nil, 5, 8, nil])
        #expect(expected.compactMap(\.error?.line) == [4, 9])
        #expect(
            expected.compactMap(\.error?.message) == [
                "expected a value, found end of line",
                "NUL byte (0x00) at byte offset 444; text files must not contain NUL",
            ])

        var chunked = NDJSONReader(bytes: Self.awkwardFile, chunkSize: chunkSize)
        #expect(readNDJSON(&chunked) == expected)

        let file = try TemporaryFile(Self.awkwardFile, extension: "ndjson")
        var fromFile = try NDJSONReader(path: file.path, chunkSize: chunkSize)
        #expect(readNDJSON(&fromFile) == expected)
    }

    @Test("a CRLF split across two chunks is one line break")
    func crlfAcrossChunks() {
        // With 4-byte chunks, "[1]\r" and "\n[2]" arrive separately.
        var reader = NDJSONReader(bytes: jsonUTF8("[1]\r\n[2]"), chunkSize: 4)
        #expect(readNDJSON(&reader).map(\.line) == [1, 2])
    }

    @Test("memory holds the current line and one chunk, not the file")
    func boundedMemory() throws {
        var text = ""
        for index in 0..<2_000 {
            text += "{\"id\": \(index), \"pad\": \"\(String(repeating: "p", count: index % 50))\"}\n"
        }
        let longest = text.split(separator: "\n").map(\.utf8.count).max() ?? 0
        let file = try TemporaryFile(jsonUTF8(text), extension: "ndjson")
        var reader = try NDJSONReader(path: file.path, chunkSize: 32)
        var count = 0
        while let record = try reader.next() {
            count += 1
            #expect(record.line == count)
            #expect(reader.bufferedByteCount <= longest + 1 + 32)
        }
        #expect(count == 2_000)
    }

    @Test("reading a file gives what reading its bytes gives")
    func readsFiles() throws {
        let file = try TemporaryFile(Self.awkwardFile, extension: "ndjson")
        var fromFile = try NDJSONReader(path: file.path)
        var fromBytes = NDJSONReader(bytes: Self.awkwardFile)
        #expect(readNDJSON(&fromFile) == readNDJSON(&fromBytes))
    }

    @Test("a file that cannot be opened throws an error with line 0 that names it")
    func openFailure() {
        #expect(
            throws: JSONError(
                line: 0, column: 0, byteOffset: 0,
                message: "cannot open '/nonexistent/tipdb/x.ndjson': No such file or directory")
        ) {
            try NDJSONReader(path: "/nonexistent/tipdb/x.ndjson")
        }
    }

    @Test("a path that opens but cannot be read (a directory) throws an error with line 0 that names it")
    func readFailure() throws {
        let directory = FileManager.default.temporaryDirectory.path
        var reader = try NDJSONReader(path: directory)
        #expect(
            throws: JSONError(line: 0, column: 0, byteOffset: 0, message: "cannot read '\(directory)': Is a directory")
        ) {
            try reader.next()
        }
    }
}
