import Storage

/// Writes pretty-printed JSON straight into a string, members in the order they are given.
///
/// The brief's JSON can hold a hundred thousand figures; building it through `JSONEncoder`
/// took seconds. This writer does one pass with no intermediate values, and its output is the
/// same on every platform: two-space indentation, `"name": value`, numbers without locale.
struct JSONWriter {
    private var buffer: TextBuffer
    private var depth = 0
    /// Whether the container being written already has a member (so the next needs a comma).
    private var hasMember: [Bool] = []
    /// Inside a one-line value: members follow each other on the same line.
    private var inline = 0
    /// Indentation per depth, made once: a large brief has millions of lines.
    private var indents: [String] = [""]

    init(capacity: Int = 0) {
        buffer = TextBuffer(capacity: capacity)
    }

    /// A writer for a piece that will sit at `depth` in a larger document.
    private init(depth: Int, capacity: Int) {
        buffer = TextBuffer(capacity: capacity)
        self.depth = depth
    }

    /// A value written on one line (`{"key": "a", "value": 1}`): records such as figures, one
    /// per line, keep a large brief's JSON compact and easy to diff.
    mutating func inline(_ body: (inout JSONWriter) -> Void) {
        inline += 1
        body(&self)
        inline -= 1
    }

    /// An array of one-line items written on every core, in slices joined in order: the same
    /// bytes as writing them one by one, for the figures tables of large briefs.
    mutating func parallelArray<Item: Sendable>(_ items: [Item], _ body: @Sendable (inout JSONWriter, Item) -> Void) {
        open("[")
        let itemDepth = depth
        let slices = ParallelWork.slices(items.count, minimum: 5_000) { range -> TextBuffer in
            var writer = JSONWriter(depth: itemDepth, capacity: range.count * 1_100)
            for index in range {
                if index > 0 { writer.buffer += "," }
                writer.newline()
                writer.inline { body(&$0, items[index]) }
            }
            return writer.buffer
        }
        for slice in slices { buffer.append(slice) }
        if !items.isEmpty { hasMember[hasMember.count - 1] = true }
        close("]")
    }

    /// Everything written so far, in the pieces it was written in.
    var text: TextBuffer { buffer }

    /// Ends the document with a newline, as a text file does.
    mutating func newlineAtEnd() { buffer += "\n" }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array<C: Collection>(_ items: C, _ body: (inout JSONWriter, C.Element) -> Void) {
        open("[")
        for item in items {
            separate()
            body(&self, item)
        }
        close("]")
    }

    // MARK: Members

    mutating func member(_ name: String) {
        separate()
        string(name)
        buffer += ": "
    }

    mutating func member(_ name: String, _ value: String?) {
        member(name)
        if let value { string(value) } else { buffer += "null" }
    }

    mutating func member(_ name: String, _ value: Int?) {
        member(name)
        buffer += value.map(String.init) ?? "null"
    }

    mutating func member(_ name: String, _ value: Double?) {
        member(name)
        buffer += value.map(Self.number) ?? "null"
    }

    mutating func member(_ name: String, _ value: Bool) {
        member(name)
        buffer += value ? "true" : "false"
    }

    mutating func member(_ name: String, strings: [String]) {
        member(name)
        array(strings) { writer, text in writer.string(text) }
    }

    /// A member whose value is a JSON text already (a figure's `extra` object, as stored), written
    /// as it is: on one line, as the stored text is.
    mutating func member(_ name: String, json: String) {
        member(name)
        buffer += json
    }

    mutating func member(_ name: String, integers: [Int]) {
        member(name)
        array(integers) { writer, number in writer.buffer += String(number) }
    }

    /// A number that reads back as the same Double, as every JSON document of tipdb spells it
    /// (`JSONNumber.literal`): integers without a decimal point, no exponent; an infinite one as the
    /// string `"Infinity"` or `"-Infinity"` (a NaN as `"NaN"`).
    ///
    /// Why strings: JSON has no infinity, and `null` (written before) reads as "not published",
    /// which a censored value is; `tipdb sql --format json` writes these same strings. In a
    /// brief a number member (`value`, `low`, `high`) is never text otherwise, so they cannot be
    /// mistaken for a stored string.
    static func number(_ value: Double) -> String {
        JSONNumber.literal(value)
    }

    /// A JSON string; most need no escape and are copied whole.
    private mutating func string(_ value: String) {
        if !JSONString.needsEscaping(value) {
            buffer += "\""
            buffer += value
            buffer += "\""
            return
        }
        buffer += JSONString.literal(value)
    }

    // MARK: Layout

    private mutating func open(_ bracket: String) {
        buffer += bracket
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        let had = hasMember.popLast() ?? false
        if had && inline == 0 { newline() }
        buffer += bracket
    }

    /// Starts a member or array item: a comma after the previous one, then a new indented line.
    private mutating func separate() {
        if hasMember.last == true { buffer += inline > 0 ? ", " : "," }
        if !hasMember.isEmpty { hasMember[hasMember.count - 1] = true }
        if inline == 0 { newline() }
    }

    fileprivate mutating func newline() {
        while indents.count <= depth { indents.append(String(repeating: "  ", count: indents.count)) }
        buffer += "\n"
        buffer += indents[depth]
    }
}
