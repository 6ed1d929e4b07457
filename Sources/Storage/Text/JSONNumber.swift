import Foundation

/// A number in tipdb's JSON documents: a JSON number, or text where JSON has none.
///
/// Why one type for the brief, `tipdb search --json` and `tipdb report lineage --format json`: the
/// same figure was `9007199254740991.0` in the brief and `9007199254740991` in search, `0.000000123`
/// in the brief and `1.23e-07` in search and lineage (review of session 48), because the brief
/// wrote its numbers by hand and the other two through `JSONEncoder`. All three now spell a number
/// as `literal(_:)` does. An infinite value (which only another program can store) is the text
/// `"Infinity"` or `"-Infinity"`, as `tipdb sql --format json` writes it. A censored count has no
/// number: its `value` is null and its bounds are `low` and `high`, in every one of the three.
public enum JSONNumber: Encodable, Sendable, Equatable {
    case number(Double)
    case text(String)

    /// `value` as a number, or as `"Infinity"`/`"-Infinity"` when infinite.
    public init(_ value: Double) {
        self = value.isFinite ? .number(value) : .text(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity")
    }

    /// A number as tipdb's JSON writes it, the brief's rule: a whole number without a fraction or an
    /// exponent (`12300000`, `9007199254740991`), any other in the shortest digits that read back as
    /// the same Double, without an exponent (`0.000000123`, `2.5`); an infinite one as the quoted
    /// string `"Infinity"` or `"-Infinity"` (a NaN as `"NaN"`), since JSON has no such number.
    public static func literal(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "\"NaN\"" : value < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
        return NumberText.plain(value)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value):
            // `JSONEncoder` writes a Double in its own form (`1.23e-07`) but a Decimal as its digits:
            // the brief's spelling goes through a Decimal when one holds it exactly.
            let text = NumberText.plain(value)
            if let decimal = Decimal(string: text), decimal.description == text {
                try container.encode(decimal)
            } else {
                try container.encode(value)
            }
        case .text(let text): try container.encode(text)
        }
    }
}
