/// A sentence of the brief as it is built, knowing which of its `[n]` are tipdb's citations.
///
/// Why: cautions, lineage lines, chart source lines and data gaps quote what users wrote (a
/// retraction's reason, a source's title, a figure's note), and a reason such as "duplicate of
/// row [3]" reads exactly like a citation. Guessing afterwards which brackets are tipdb's linked
/// the user's `[3]` to reference 3; recording each citation where the sentence is built leaves no
/// guess. `marks` are the UTF-8 offsets of each citation's `[`, which the renderers link and
/// leave unescaped; every other bracket is text.
struct CitedText: Sendable, Equatable, ExpressibleByStringInterpolation {
    private(set) var text: String
    /// UTF-8 offsets of the `[` of each citation tipdb wrote, in order.
    private(set) var marks: [Int]

    /// A text that cites nothing: whatever brackets it holds are text.
    ///
    /// Labelled, and no `+` or `+=` takes a `String`: Swift takes a literal as a `String` where
    /// it can, and a `String` literal that interpolates a `CitedText` compiles (it writes the
    /// struct's fields, its citations lost), so every literal next to a `CitedText` must be one.
    init(plain text: String) {
        self.text = text
        marks = []
    }

    init(stringLiteral text: String) { self.init(plain: text) }

    init(stringInterpolation: StringInterpolation) { self = stringInterpolation.result }

    /// `[3]`: tipdb's citation of reference 3.
    static func citation(_ number: Int) -> CitedText {
        var cited = CitedText(plain: "")
        cited.cite(number)
        return cited
    }

    mutating func cite(_ number: Int) {
        marks.append(text.utf8.count)
        text += "["
        text += String(number)
        text += "]"
    }

    mutating func append(_ other: CitedText) {
        let base = text.utf8.count
        text += other.text
        for mark in other.marks { marks.append(base + mark) }
    }

    static func + (lhs: CitedText, rhs: CitedText) -> CitedText {
        var out = lhs
        out.append(rhs)
        return out
    }

    static func += (lhs: inout CitedText, rhs: CitedText) { lhs.append(rhs) }

    /// `items` joined by `separator`, the marks of each kept.
    static func joined(_ items: [CitedText], separator: String) -> CitedText {
        var out = CitedText(plain: "")
        for (index, item) in items.enumerated() {
            if index > 0 { out.text += separator }
            out.append(item)
        }
        return out
    }

    /// "A, B and C", as `Words.list` writes plain texts.
    static func list(_ items: [CitedText]) -> CitedText {
        guard let last = items.last else { return CitedText(plain: "") }
        guard items.count > 1 else { return last }
        return joined(Array(items.dropLast()), separator: ", ") + " and " + last
    }

    /// Interpolating a `CitedText` into a literal of this type keeps its citations;
    /// interpolating a `String` adds text only, whatever brackets it holds.
    struct StringInterpolation: StringInterpolationProtocol {
        var result = CitedText(plain: "")

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: String) { result.text += literal }

        mutating func appendInterpolation(_ text: String) { result.text += text }

        mutating func appendInterpolation(_ text: Substring) { result.text += text }

        mutating func appendInterpolation(_ cited: CitedText) { result.append(cited) }

        mutating func appendInterpolation(_ number: Int) { result.text += String(number) }
    }
}
