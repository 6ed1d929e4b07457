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
}
