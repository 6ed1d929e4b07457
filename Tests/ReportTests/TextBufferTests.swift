import Testing

@testable import Report

/// `TextBuffer` keeps its bytes in a shared buffer (`ByteBuffer`) but behaves as a value: a copy
/// written to gets a buffer of its own.
@Suite("TextBuffer: bytes appended in every way, and copies that do not share what is written")
struct TextBufferTests {
    @Test("constants, strings, escaped text, numbers and other buffers append their exact bytes, growing past the capacity")
    func appends() {
        var buffer = TextBuffer(capacity: 0)
        buffer.append("<td>")
        buffer += "Côte d’Ivoire"
        buffer.append(xml: "a < b & c")
        buffer.append(markdown: "*x* | y")
        buffer.append(decimal: -120)
        var other = TextBuffer(capacity: 4)
        other += String(repeating: "z", count: 300)
        buffer.append(other)
        #expect(buffer.text == "<td>Côte d’Ivoirea &lt; b &amp; c\\*x\\* \\| y-120" + String(repeating: "z", count: 300))
        #expect(buffer.bytes == Array(buffer.text.utf8))
    }

    @Test("a copy is its own value: writing to either leaves the other as it was")
    func copies() {
        var first = TextBuffer(capacity: 8)
        first += "shared"
        var second = first
        second += " second"
        first += " first"
        #expect(first.text == "shared first")
        #expect(second.text == "shared second")
        let third = first
        first.append(decimal: 7)
        #expect(third.text == "shared first")
        #expect(first.text == "shared first7")
    }

    @Test("a large buffer appended is kept as a piece: the text reads in order, and neither buffer sees what is written to the other afterwards")
    func pieces() throws {
        let large = String(repeating: "a", count: TextBuffer.pieceSize)
        var slice = TextBuffer(capacity: 16)
        slice += large
        var other = TextBuffer(capacity: 16)
        other += "b"
        other.append(slice)
        other += "c"
        var buffer = TextBuffer(capacity: 16)
        buffer += "head "
        buffer.append(slice)
        buffer.append(other)
        buffer += " tail"
        slice += "slice written after"
        other += "other written after"
        #expect(buffer.text == "head " + large + "b" + large + "c tail")
        #expect(buffer.bytes == Array(buffer.text.utf8))
        // Written piece by piece, as a brief is written to its file: the same bytes, not copied into one array.
        let pieces = try buffer.withPieces { $0.map { Array($0) } }
        #expect(pieces.count > 2)
        #expect(pieces.flatMap { $0 } == buffer.bytes)
        #expect(slice.text == large + "slice written after")
        #expect(other.text == "b" + large + "cother written after")
        // Empty: nothing before it, no piece of its own.
        var fresh = TextBuffer(capacity: 0)
        fresh.append(slice)
        #expect(fresh.bytes.count == large.utf8.count + "slice written after".utf8.count)
    }
}
