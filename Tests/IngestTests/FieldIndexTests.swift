import Testing

@testable import Ingest

@Suite("FieldIndex: every name of a header found at its position, no other name found")
struct FieldIndexTests {
    /// The figure contract's names and some that share a length and first letter with them
    /// (`period_start`, `period_basis`), which start their probe at the same slot.
    static let names = [
        "key", "measure", "value", "low", "high", "unit", "place", "period", "period_start", "period_end", "period_basis",
        "sex", "age_group", "form", "source", "study", "locator", "quote", "cites", "method", "notes", "tags", "censored",
        "ci_level", "breakdown", "price_year", "value_last_digit", "x_note", "x_notf", "a", "b", "", "é", "mésure",
    ]

    @Test("a header of one name to sixty, added in order, reversed or shuffled: each found; names it lacks are not")
    func foundAndMissing() {
        let many = Self.names + (0..<26).map { "x_column_\($0)" }
        for count in [1, 2, 5, 15, many.count] {
            let header = Array(many.prefix(count))
            // In order, reversed, and a fixed shuffle (61 is a prime above 60).
            let shuffled = header.indices.sorted { ($0 * 37 + 11) % 61 < ($1 * 37 + 11) % 61 }
            for order in [Array(header.indices), header.indices.reversed(), shuffled] {
                var index = FieldIndex()
                for position in order { index.insert(header[position], at: position) }
                for (position, name) in header.enumerated() { #expect(index[name] == position, "\(name) of \(count)") }
                for name in many.dropFirst(count) { #expect(index[name] == nil, "\(name) is not among \(count)") }
                #expect(index["MEASURE"] == nil)  // names are looked up as given: RowReader lower-cases them first
            }
        }
    }

    @Test("a file's hundreds of x_ columns, alike but for a digit or two: each found at its own position")
    func manyExtraColumns() {
        let names = (0..<500).map { "x_q\($0)" }
        var index = FieldIndex()
        for (position, name) in names.enumerated() { index.insert(name, at: position) }
        for (position, name) in names.enumerated() { #expect(index[name] == position) }
        #expect(index["x_q500"] == nil)
    }

    @Test("an accented name written as one character or as a letter and its accent is one name, as in a dictionary")
    func canonicalEquivalence() {
        var index = FieldIndex()
        index.insert("me\u{301}sure", at: 0)  // e and a combining acute
        index.insert("m\u{E9}sure", at: 1)  // é as one character
        #expect(index["m\u{E9}sure"] == 0)
        var reversed = FieldIndex()
        reversed.insert("m\u{E9}sure", at: 4)
        reversed.insert("me\u{301}sure", at: 5)
        #expect(reversed["m\u{E9}sure"] == 4)
    }

    @Test("a name added twice keeps its first position, as the dictionary it replaces did")
    func firstKept() {
        var index = FieldIndex()
        index.insert("value", at: 3)
        index.insert("value", at: 7)
        #expect(index["value"] == 3)
        // And once the table has grown past its first size.
        for (position, name) in Self.names.enumerated() { index.insert(name, at: position + 10) }
        index.insert("value", at: 99)
        #expect(index["value"] == 3)
        #expect(index["key"] == 10)
    }

    @Test("built from a dictionary, the same positions; empty, finds nothing")
    func fromDictionary() {
        let positions = Dictionary(uniqueKeysWithValues: Self.names.enumerated().map { ($1, $0 * 2) })
        let index = FieldIndex(positions)
        for (name, position) in positions { #expect(index[name] == position) }
        #expect(!index.isEmpty)
        #expect(FieldIndex().isEmpty)
        #expect(FieldIndex()["key"] == nil)
    }
}
