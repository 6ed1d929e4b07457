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

    @Test("a header of one name to sixty: each found, in any order of adding; names it lacks are not")
    func foundAndMissing() {
        let many = Self.names + (0..<26).map { "x_column_\($0)" }
        for count in [1, 2, 5, 15, many.count] {
            let header = Array(many.prefix(count))
            var index = FieldIndex()
            for (position, name) in header.enumerated() { index.insert(name, at: position) }
            for (position, name) in header.enumerated() { #expect(index[name] == position, "\(name) of \(count)") }
            for name in many.dropFirst(count) { #expect(index[name] == nil, "\(name) is not among \(count)") }
            #expect(index["MEASURE"] == nil)  // names are looked up as given: RowReader lower-cases them first
        }
    }

    @Test("a name added twice keeps its first position, as the dictionary it replaces did")
    func firstKept() {
        var index = FieldIndex()
        index.insert("value", at: 3)
        index.insert("value", at: 7)
        #expect(index["value"] == 3)
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
