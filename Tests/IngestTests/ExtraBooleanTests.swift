import Testing
@testable import Ingest

/// `x_` booleans read from JSON against the same words in a CSV cell (`ExtraValues.same`).
@Suite("x_ values: JSON booleans and their text spelling")
struct ExtraBooleanTests {
    @Test("true and false equal the cells true and false; TRUE, a padded cell, and 1.5 against 1.50 as two cells differ", arguments: [
        (#"{"x_a":true}"#, #"{"x_a":"true"}"#, true),
        (#"{"x_a":"false"}"#, #"{"x_a":false}"#, true),
        (#"{"x_a":true,"x_b":false}"#, #"{"X_B":"false","x_a":"true"}"#, true),
        (#"{"x_a":true}"#, #"{"x_a":"TRUE"}"#, false),
        (#"{"x_a":true}"#, #"{"x_a":"false"}"#, false),
        (#"{"x_a":true}"#, #"{"x_a":" true"}"#, false),
        (#"{"x_a":true}"#, #"{"x_a":1}"#, false),
        (#"{"x_a":"1.5"}"#, #"{"x_a":"1.50"}"#, false),
        (#"{"x_a":1.5}"#, #"{"x_a":"1.50"}"#, true),
    ])
    func same(a: String, b: String, expected: Bool) {
        #expect(ExtraValues.same(a, b) == expected)
    }
}
