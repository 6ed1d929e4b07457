import Storage
import Testing

@Suite("NaturalOrder: numbers in text by value")
struct NaturalOrderTests {
    @Test("age bands and years sort by their numbers, other text byte by byte")
    func order() {
        let keys = ["d:age-9-17", "d:age-48+", "d:age-0-8", "d:age-18-20", "d:age-21-23", "d:year-2020", "d:year-2019", "d:country-usa", "d:age-unknown"]
        #expect(keys.sorted(by: NaturalOrder.precedes) == [
            "d:age-0-8", "d:age-9-17", "d:age-18-20", "d:age-21-23", "d:age-48+", "d:age-unknown", "d:country-usa", "d:year-2019", "d:year-2020",
        ])
    }

    @Test("equal numbers: the shorter spelling first; a prefix before the longer text; no text before itself")
    func ties() {
        #expect(NaturalOrder.precedes("a7", "a07"))
        #expect(!NaturalOrder.precedes("a07", "a7"))
        #expect(NaturalOrder.precedes("age", "age-1"))
        #expect(!NaturalOrder.precedes("age-1", "age-1"))
        #expect(NaturalOrder.precedes("x99", "x100"))
    }
}
