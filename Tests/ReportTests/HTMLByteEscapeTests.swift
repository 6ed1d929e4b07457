import Testing

@testable import Report

/// The HTML brief's notes and table cells are escaped byte by byte into the page
/// (`TextBuffer.append(xml:)`), and its note letters made as bytes (`TableNotes.marker`), where
/// both were built as strings: the page must stay byte-identical.
@Suite("HTML byte escaping and note letters give what the string-built ones gave")
struct HTMLByteEscapeTests {
    /// Texts of characters the escape changes or drops and characters beside them in UTF-8
    /// (U+FFFD, U+FFEF and U+FEFF start with 0xEF and are kept), drawn with a fixed seed.
    @Test("2,000 drawn texts escape into the buffer as XMLText.escaping escapes them")
    func drawnTexts() {
        let pool: [String] = ["a", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{7}", "\u{1F}", "\u{7F}",
                              "é", "’", "😀", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FFEF}", "\u{FEFF}", "\u{EFBF}", "[3]", "2.45 million"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let text = (0..<next(24)).map { _ in pool[next(pool.count)] }.joined()
            var buffer = TextBuffer(capacity: 8)
            buffer.append(xml: text)
            #expect(buffer.text == XMLText.escaping(text), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test("note letters a to z, then aa, ab ..., as spelled with Characters before")
    func letters() {
        func spelled(_ number: Int) -> String {
            var letters: [Character] = []
            var rest = number
            while rest > 0 {
                rest -= 1
                letters.append(Character(UnicodeScalar(UInt8(97 + rest % 26))))
                rest /= 26
            }
            return String(letters.reversed())
        }
        for number in [1, 2, 25, 26, 27, 52, 53, 702, 703, 18_278, 18_279, 100_000] {
            #expect(TableNotes.marker(number) == spelled(number), "\(number)")
        }
        #expect(TableNotes.marker(1) == "a" && TableNotes.marker(27) == "aa" && TableNotes.marker(703) == "aaa")
    }
}
