import Testing
@testable import Ingest

/// `x_` lists and objects read from JSON against the JSON text a CSV export writes for them
/// (`ExtraValues.same`).
@Suite("x_ values: JSON lists and objects and their text in a CSV cell")
struct ExtraListTests {
    @Test("a cell holding the same list or object is the same value; another list, a list not in JSON, or a text that only looks alike differs", arguments: [
        (#"{"x_a":["a","b"]}"#, #"{"x_a":"[\"a\",\"b\"]"}"#, true),
        (#"{"x_a":"[\"a\", \"b\"]"}"#, #"{"x_a":["a","b"]}"#, true),
        (#"{"x_m":{"n":1,"k":"v"}}"#, #"{"x_m":"{\"k\":\"v\",\"n\":1.0}"}"#, true),
        (#"{"x_a":["a","b"]}"#, #"{"x_a":"[\"a\",\"c\"]"}"#, false),
        (#"{"x_a":["a","b"]}"#, #"{"x_a":"[a,b]"}"#, false),
        (#"{"x_a":[1]}"#, #"{"x_a":"[\"1\"]"}"#, false),
        (#"{"x_m":{"n":1}}"#, #"{"x_m":"[1]"}"#, false),
    ])
    func same(a: String, b: String, expected: Bool) {
        #expect(ExtraValues.same(a, b) == expected)
    }
}
