/// A figure's number in tipdb's JSON: a JSON number, or text where JSON has none.
///
/// Why text: a censored count has no number, only a bound, and is written as a figures file in
/// JSON gives it to ingest (`"<5"`), so a script can tell it from a value and load it back; an
/// infinite value (which only another program can store) is `"Infinity"` or `"-Infinity"`, as
/// `tipdb sql --format json` and the brief write it. `tipdb search --json` and `tipdb report
/// lineage --format json` both write numbers this way.
public enum JSONNumber: Encodable, Sendable, Equatable {
    case number(Double)
    case text(String)

    /// `value` as a number, or as `"Infinity"`/`"-Infinity"` when infinite.
    public init(_ value: Double) {
        self = value.isFinite ? .number(value) : .text(value < 0 ? "-Infinity" : "Infinity")
    }

    /// A figure's value: its number, or for a censored count `"<k"`, the bound its source printed
    /// (`FigureClaim.publishedBound`: `<5` is stored with high 4), spelt as check spells it;
    /// nil when there is neither.
    public static func value(_ value: Double?, censored: Bool, high: Double?) -> JSONNumber? {
        if censored, let high, high.isFinite { return .text("<" + Audit.number(FigureClaim.publishedBound(censoredHigh: high))) }
        return value.map(JSONNumber.init)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let text): try container.encode(text)
        }
    }
}
