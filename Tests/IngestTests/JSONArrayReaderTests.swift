import Foundation
import TestSupport
import Testing

@testable import Ingest

/// What a JSON array file gives: its elements with their texts, the value it holds instead of an
/// array, or the error that refuses it.
private enum ArrayOutcome: Equatable, CustomStringConvertible {
    case elements([JSONNode], texts: [String])
    case notArray(JSONNode)
    case failed(JSONError)

    var description: String {
        switch self {
        case .elements(let nodes, _): "\(nodes.count) elements at \(nodes.map { "\($0.line):\($0.column)" })"
        case .notArray(let node): "not an array: \(node.value.kindName) at \(node.line):\(node.column)"
        case .failed(let error): "error \(error.line):\(error.column) (byte \(error.byteOffset)): \(error.message)"
        }
    }
}

/// The outcome of parsing `bytes` whole, as ingest did before it streamed arrays.
private func parsedWhole(_ bytes: [UInt8]) -> ArrayOutcome {
    do {
        let root = try JSONParser.parse(bytes)
        guard case .array(let items) = root.value else { return .notArray(root) }
        return .elements(items, texts: items.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) })
    } catch {
        return .failed(error)
    }
}

/// The outcome of reading `reader` element by element.
private func streamed(_ reader: inout JSONArrayReader) -> ArrayOutcome {
    do {
        if case .value(let root) = try reader.readStart() { return .notArray(root) }
        var nodes: [JSONNode] = []
        var texts: [String] = []
        while let node = try reader.next() {
            nodes.append(node)
            texts.append(reader.text(of: node))
        }
        return .elements(nodes, texts: texts)
    } catch {
        return .failed(error)
    }
}

private func streamed(_ bytes: [UInt8], chunkSize: Int) -> ArrayOutcome {
    var reader = JSONArrayReader(bytes: bytes, chunkSize: chunkSize)
    return streamed(&reader)
}

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite("JSONArrayReader: a JSON array read one element at a time")
struct JSONArrayReaderTests {
    static let chunkSizes = [1, 2, 3, 5, 7, 8, 13, 64, 4096]

    /// Valid and broken arrays, each with something that a chunk boundary could split.
    static let inputs: [[UInt8]] = [
        utf8("[]"), utf8(" [ ] \n"), utf8("[\n]\n\n"), [0xEF, 0xBB, 0xBF] + utf8("[{\"a\": 1}]"), [0xEF, 0xBB, 0xBF],
        [], utf8("   \r\n\t"), utf8("["), utf8("[ "), utf8("[1"), utf8("[1,"), utf8("[1, "), utf8("[1,]"), utf8("[1 , \r\n ]"),
        utf8("[{\"a\":1},]"), utf8("[{\"a\":1,}]"), utf8("[{\"a\":1}}"), utf8("[{\"a\" 1}]"), utf8("[{1: 2}]"), utf8("[{\"a\":1}] x"),
        utf8("[{\"a\":1}]\n{\"b\":2}"), utf8("[][]"), utf8("[] \u{0}"), utf8("]"), utf8("x"), utf8("'a'"), utf8("// note\n[]"),
        utf8("{\"a\": 1}"), utf8("{\"a\": 1}\n{\"a\": 2}\n"), utf8("\"text\""), utf8("123"), utf8("-1.5e3  "), utf8("true"), utf8("nul"),
        utf8("[1 2]"), utf8("[01]"), utf8("[{\"a\": 0123456789}]"), utf8("[-]"), utf8("[1.]"), utf8("[1e]"), utf8("[1e+]"), utf8("[.5]"),
        utf8("[truex, 1]"), utf8("[true, false, null, nul]"), utf8("[NaN]"), utf8("[Infinity]"), utf8("[\"abc"), utf8("[\"abc\\"),
        utf8("[\"\\x\"]"), utf8("[\"\\u12\"]"), utf8("[\"\\u12G4\"]"), utf8("[\"\\ud800\"]"), utf8("[\"\\udc00\"]"), utf8("[\"\\ud83d\\ude00\"]"),
        utf8("[\"tab\there\"]"), utf8("[\"a\"\u{0}]"), utf8("[\"") + [0x00] + utf8("\"]"), utf8("[\"") + [0xC3] + utf8("\"]"),
        utf8("[\"") + [0xE9, 0x74, 0xE9] + utf8("\"]"), utf8("[") + [0xC3, 0xA9] + utf8("]"), utf8("[") + [0xFF] + utf8("]"),
        utf8("[\"\\") + [0xC3, 0xA9] + utf8("\"]"), [0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00],
        utf8("[{\"country\": \"Côte d’Ivoire\", \"value\": 2450000, \"emoji\": \"😀\"},\r{\"x\": [1, {\"y\": \"\\u00e9\\n\"}]}]"),
        utf8("[\n  {\"key\": \"a\"},\n  {\"key\": \"b\", \"tags\": [\"x\", \"y\"]},\n  {\"key\": \"c\"}\n]\n"),
        utf8("[1, \"two\", [3], {\"four\": 4}, null, true, -0.5E-7]"),
        utf8("[" + String(repeating: " ", count: 300) + "1" + String(repeating: "\r\n", count: 100) + "]"),
        utf8("[\"" + String(repeating: "é", count: 100) + "\", \"" + String(repeating: "x", count: 200) + "\"]"),
        utf8(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)),
        utf8("[" + String(repeating: "[", count: 255) + String(repeating: "]", count: 255) + "]"),
        utf8("[" + String(repeating: "[", count: 256) + String(repeating: "]", count: 256) + "]"),
        utf8("{" + String(repeating: "[", count: 300)),
    ]

    @Test("every input gives what parsing the whole file gave: the same elements, texts and positions, or the same error", arguments: chunkSizes)
    func sameAsWholeFile(chunkSize: Int) {
        for input in Self.inputs {
            let expected = parsedWhole(input)
            let actual = streamed(input, chunkSize: chunkSize)
            #expect(actual == expected, "\(String(decoding: input.prefix(80), as: UTF8.self))")
        }
    }

    @Test("a thousand damaged copies of an array (bytes changed, inserted, deleted, the file cut short) give what parsing them whole gave")
    func damagedCopies() {
        let original = utf8("""
            [{"key": "ilo-2005", "value": 2450000, "ratio": -1.25e-3, "place": "Côte d’Ivoire", "quote": "a \\"quoted\\" \\u00e9 \\ud83d\\ude00 😀",\r
              "tags": ["forced-labour", "global"], "extra": {"n": [1, 2.5, true, false, null]}},
             {"key": "b", "period": "2016"}, 17, "text", [], {}
            ]\n
            """)
        let interesting = utf8(",]}[{\":\\ \r\n\t0123456789eE+-.utfnalrsx") + [0x00, 0xC3, 0xA9, 0xF0, 0x9F, 0xFF, 0xEF, 0xBB, 0xBF]
        var random = SeededGenerator(seed: 20)
        for round in 0..<1000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = interesting.randomElement(using: &random) ?? 0
                case 1: bytes.insert(interesting.randomElement(using: &random) ?? 0, at: at)
                case 2: bytes.remove(at: at)
                default: bytes.removeSubrange(at...)
                }
                if bytes.isEmpty { break }
            }
            let expected = parsedWhole(bytes)
            for chunkSize in [1, 7, 64] {
                let actual = streamed(bytes, chunkSize: chunkSize)
                #expect(actual == expected, "round \(round), chunks of \(chunkSize): \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    /// Each element is longer than the 64 bytes the reader holds ahead of where it stands, so that
    /// its first reading ends inside it and it is read again with more of the file.
    static let splitFile = utf8(
        "[{\"pad\": \"\(String(repeating: "p", count: 60))\", \"a\": \"x\\u00e9y\", \"b\": \"é😀\", \"n\": -12.5e3},\r\n"
            + " {\"pad\": \"\(String(repeating: "p", count: 60))\", \"c\": \"\\\"q\\\"\", \"n\": 123456789, \"d\": [\"ü\", 0.25]}]\n")

    @Test("elements read in 7-byte chunks keep their values and file positions")
    func positionsAcrossBoundaries() throws {
        var reader = JSONArrayReader(bytes: Self.splitFile, chunkSize: 7)
        #expect(try reader.readStart() == .array)
        let first = try #require(try reader.next())
        #expect(first.line == 1 && first.column == 2)
        #expect(first.byteRange == 1..<118)
        #expect(first["a"]?.value == .string("xéy"))
        #expect(first["b"]?.value == .string("é😀"))
        #expect(first["n"]?.value == .number("-12.5e3"))
        #expect(first["n"].map { [$0.line, $0.column] } == [1, 108])
        #expect(reader.text(of: first).hasSuffix(#""a": "x\u00e9y", "b": "é😀", "n": -12.5e3}"#))

        let second = try #require(try reader.next())
        #expect(second.line == 2 && second.column == 2)
        #expect(second.byteRange == 122..<242)
        #expect(second["c"]?.value == .string("\"q\""))
        #expect(second["n"]?.value == .number("123456789"))
        #expect(second["n"].map { [$0.line, $0.column] } == [2, 93])
        guard case .object(let members) = second.value, case .array(let list) = members.last?.value.value else {
            Issue.record("expected the member d to hold a list")
            return
        }
        #expect(members.map { [$0.key: [$0.keyLine, $0.keyColumn]] } == [["pad": [2, 3]], ["c": [2, 74]], ["n": [2, 88]], ["d": [2, 104]]])
        #expect(list.map { [$0.line, $0.column] } == [[2, 110], [2, 115]])
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
        #expect(reader.rereads >= 2)
        #expect(streamed(Self.splitFile, chunkSize: 7) == parsedWhole(Self.splitFile))
    }

    /// Where the bytes held end, the first time an element is read: the element starts at byte 1,
    /// and the reader holds 64 bytes ahead, read in 7-byte chunks, so the first 70 bytes.
    static let firstCut = 70

    @Test("a chunk boundary inside an escape, a UTF-8 character, a number, a word or a CRLF is not taken for the end of the file", arguments: [
        (utf8(#""a": "x\u00"#), utf8(#"e9y""#), "\"a\": \"xéy\""),
        (utf8(#""s": "\ud83d\u"#), utf8(#"de00""#), "\"s\": \"😀\""),
        (utf8(#""b": "é"#) + [0xF0, 0x9F], [0x98, 0x80, 0x22], "\"b\": \"é😀\""),
        (utf8(#""n": -12"#), utf8(".5e3"), "\"n\": -12.5e3"),
        (utf8(#""n": 0"#), utf8("12"), "error: number '012' has a leading zero"),
        (utf8(#""t": tr"#), utf8("ue"), "\"t\": true"),
        (utf8(#""t": tr"#), utf8("uth"), "error: expected a value, found 'truth'"),
        (utf8("\"n\": 1,\r"), utf8("\n \"m\": 2"), "\"n\": 1, \"m\": 2 (line 2)"),
    ])
    func cutInside(head: [UInt8], tail: [UInt8], expected: String) throws {
        let opening = utf8("[{\"pad\": \"")
        let pad = [UInt8](repeating: UInt8(ascii: "p"), count: Self.firstCut - opening.count - 3 - head.count)
        let bytes = opening + pad + utf8("\", ") + head + tail + utf8("}]")
        #expect(opening.count + pad.count + 3 + head.count == Self.firstCut)
        var reader = JSONArrayReader(bytes: bytes, chunkSize: 7)
        let outcome = streamed(&reader)
        #expect(outcome == parsedWhole(bytes), "\(expected)")
        #expect(reader.rereads == 1)
        switch outcome {
        case .elements(let nodes, _):
            guard case .object(let members) = nodes.first?.value, let last = members.last else {
                Issue.record("expected one object, found \(outcome)")
                return
            }
            let line = last.keyLine > 1 ? " (line \(last.keyLine))" : ""
            let shown = members.dropFirst().map { "\"\($0.key)\": \($0.value.value.compactText)" }
            #expect(shown.joined(separator: ", ") + line == expected)
        case .failed(let error):
            #expect("error: \(error.message)" == expected)
        case .notArray:
            Issue.record("expected an array")
        }
    }

    @Test("a file that holds another value than an array: readStart gives the value, then next gives nil and readStart the value again", arguments: [
        utf8("{\"a\": 1}"), utf8("123"), utf8("\"text\"\n"), [0xEF, 0xBB, 0xBF] + utf8("{\n\"a\": 1\n}"),
        utf8("{\"pad\": \"\(String(repeating: "p", count: 200))\"}\n"),
    ])
    func valueThenNext(bytes: [UInt8]) throws {
        guard case .notArray(let expected) = parsedWhole(bytes) else {
            Issue.record("expected a value that is not an array")
            return
        }
        for chunkSize in Self.chunkSizes {
            var reader = JSONArrayReader(bytes: bytes, chunkSize: chunkSize)
            #expect(try reader.readStart() == .value(expected))
            // It used to read the file again from where the value ended and throw "empty input".
            #expect(try reader.next() == nil, "chunks of \(chunkSize)")
            #expect(try reader.next() == nil)
            #expect(try reader.readStart() == .value(expected))
        }
    }

    @Test("an error in an element is at its place in the file, and every later call throws it again")
    func errorStops() throws {
        let bytes = utf8("[{\"a\":1},\n {\"b\":1.x}]")
        var reader = JSONArrayReader(bytes: bytes, chunkSize: 7)
        #expect(try reader.readStart() == .array)
        #expect(try reader.next()?.line == 1)
        let expected = JSONError(line: 2, column: 9, byteOffset: 18, message: "expected a digit after the decimal point in number '1.', found 'x'")
        #expect(throws: expected) { try reader.next() }
        #expect(throws: expected) { try reader.next() }
    }

    @Test("an element longer than the limit is an error at its start; one at the limit is read")
    func elementTooLong() throws {
        let long = "{\"k\": \"" + String(repeating: "x", count: 32) + "\"}"  // 41 bytes
        var reader = JSONArrayReader(bytes: utf8("[{\"a\": 1},\n\n  " + long + "]"), chunkSize: 7)
        reader.maxElementBytes = 40
        #expect(try reader.readStart() == .array)
        #expect(try reader.next() != nil)
        #expect(throws: JSONError(line: 3, column: 3, byteOffset: 14, message: "this element of the array is longer than 40 bytes; expected an array of objects of at most 40 bytes each")) {
            try reader.next()
        }

        var fits = JSONArrayReader(bytes: utf8("[" + long + "]"), chunkSize: 7)
        fits.maxElementBytes = 41
        #expect(try fits.readStart() == .array)
        #expect(try fits.next()?.byteRange == 1..<42)
        #expect(try fits.next() == nil)

        // Also when the file ends inside the element: the limit is reached before its end is.
        var cut = JSONArrayReader(bytes: utf8("[" + long.dropLast(2)), chunkSize: 4096)
        cut.maxElementBytes = 20
        #expect(try cut.readStart() == .array)
        #expect(throws: JSONError(line: 1, column: 2, byteOffset: 1, message: "this element of the array is longer than 20 bytes; expected an array of objects of at most 20 bytes each")) {
            try cut.next()
        }
    }

    @Test("memory holds about one element and a chunk, not the file")
    func boundedMemory() throws {
        var text = "[\n"
        for index in 0..<2_000 {
            text += (index == 0 ? "" : ",\n") + "{\"id\": \(index), \"pad\": \"\(String(repeating: "é", count: index % 50))\"}"
        }
        text += "\n]\n"
        let longest = text.split(separator: "\n").map(\.utf8.count).max() ?? 0
        let file = try TemporaryFile(utf8(text), extension: "json")
        var reader = try JSONArrayReader(path: file.path, chunkSize: 32)
        #expect(try reader.readStart() == .array)
        var count = 0
        var most = 0
        while let element = try reader.next() {
            #expect(element.line == count + 2)
            count += 1
            most = max(most, reader.bufferedByteCount)
        }
        #expect(count == 2_000)
        #expect(most <= 2 * (longest + JSONArrayReader.margin) + 32, "held \(most) bytes of a \(text.utf8.count)-byte file")
    }

    @Test("a file read from disk gives what its bytes give; one that cannot be opened or read throws with line 0")
    func files() throws {
        let bytes = Self.splitFile
        let file = try TemporaryFile(bytes, extension: "json")
        var fromFile = try JSONArrayReader(path: file.path, chunkSize: 5)
        #expect(streamed(&fromFile) == parsedWhole(bytes))

        #expect(throws: JSONError(line: 0, column: 0, byteOffset: 0, message: "cannot open '/nonexistent/tipdb/x.json': No such file or directory")) {
            try JSONArrayReader(path: "/nonexistent/tipdb/x.json")
        }
        let directory = FileManager.default.temporaryDirectory.path
        var reader = try JSONArrayReader(path: directory)
        #expect(throws: JSONError(line: 0, column: 0, byteOffset: 0, message: "cannot read '\(directory)': Is a directory")) {
            try reader.readStart()
        }
    }
}
