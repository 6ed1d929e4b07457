/// A unit as an Our World in Data column states it, in its metadata (`unit`, `shortUnit`) or in
/// its title (`(%)`, `per 100,000 population`, `(number)`): the kind of number the column holds
/// and the tipdb unit code for it.
///
/// Why read the metadata's `unit` itself: only a short unit `%` used to count, so a column whose
/// metadata said `"unit": "%"` (or `percent`, `% of victims`, `US dollars`) with an empty short
/// unit was stored in the measure's own unit, persons, and a brief printed 52 percent as 52
/// detected victims. A unit tipdb does not read is refused rather than passed over for the same
/// reason.
struct OWIDUnit: Equatable {
    enum Kind: String {
        case count, share, change, rate, money, index
    }

    let kind: Kind
    /// The unit code: `persons` for every count, which the measure's own count unit (persons or
    /// cases) replaces, since `victims` or `number` does not say which.
    let code: String
    /// The words it was read from, as written (`"% of victims"`, `(number)`), for messages.
    let written: String

    /// What a message calls the kind: `a share (percent)`, `a count`.
    var described: String {
        switch kind {
        case .count: "a count"
        case .share: "a share (percent)"
        case .change: "a change in percent"
        case .rate: "a rate (\(code))"
        case .money: "a sum of money (\(code))"
        case .index: "an index score"
        }
    }

    /// Words of a unit that count people or cases.
    private static let countWords: Set<String> = [
        "persons", "person", "people", "victims", "individuals", "number", "numbers", "count", "counts",
        "cases", "case", "offences", "children", "women", "men", "girls", "boys", "adults", "minors",
        "workers", "survivors", "prosecutions", "convictions", "arrests",
    ]

    /// Words that only scale a number (`thousand persons`): a unit of nothing else states no kind.
    private static let scaleWords: Set<String> = ["thousand", "thousands", "million", "millions", "billion", "billions"]

    /// Money in another currency than the US dollar, which tipdb does not convert.
    private static let otherCurrencies = ["€", "£", "¥", "euro", "pound", "yen", "international", "ppp", "local currency"]

    /// The reading of a metadata unit or short unit.
    enum Reading: Equatable {
        /// Empty, or only a scale (`thousand`, `k`): no kind stated.
        case unstated
        case read(OWIDUnit)
        /// Words tipdb does not read as a unit; `otherCurrency` when they name money in another currency.
        case unknown(otherCurrency: Bool)
    }

    /// Reads the metadata's `unit` text.
    static func reading(unit text: String?) -> Reading {
        let written = text?.trimmingWhitespace() ?? ""
        let lowered = written.lowercased()
        guard !lowered.isEmpty else { return .unstated }
        if otherCurrencies.contains(where: { lowered.contains($0) }) { return .unknown(otherCurrency: true) }
        if let found = rate(in: lowered) { return .read(OWIDUnit(kind: .rate, code: found, written: written)) }
        let words = OWIDTitleWords(lowered).words.map(\.text)
        if lowered.contains("%") || lowered.contains("percent") || lowered.contains("per cent") || words.contains("share") {
            let change = words.contains("change")
            return .read(OWIDUnit(kind: change ? .change : .share, code: change ? "percent-change" : "percent", written: written))
        }
        if lowered.contains("$") || lowered.contains("dollar") || words.contains("usd") {
            let perPerson = lowered.contains("per person") || lowered.contains("per victim") || lowered.contains("per capita")
            return .read(OWIDUnit(kind: .money, code: perPerson ? "USD-per-person" : "USD", written: written))
        }
        if words.contains("index") || words.contains("score") { return .read(OWIDUnit(kind: .index, code: "index", written: written)) }
        if words.contains(where: countWords.contains) { return .read(OWIDUnit(kind: .count, code: "persons", written: written)) }
        if words.allSatisfy(scaleWords.contains) { return .unstated }
        return .unknown(otherCurrency: false)
    }

    /// Reads the metadata's `shortUnit`: `%` and `$` state a kind; any other (`k`, `M`, empty)
    /// only a scale or nothing, which `OWIDIndicator.exponent(ofUnit:)` reads.
    static func reading(shortUnit text: String?) -> OWIDUnit? {
        let written = text?.trimmingWhitespace() ?? ""
        switch written.lowercased() {
        case "%": return OWIDUnit(kind: .share, code: "percent", written: written)
        case "$", "us$", "usd": return OWIDUnit(kind: .money, code: "USD", written: written)
        default: return nil
        }
    }

    /// The unit a column's titles state (the column's own, and the metadata's short and long
    /// titles, lower-cased and joined): a rate (`per 100,000`), a share (`(%)`, `share of`), money
    /// (`US$`) or a count (`(number)`, `number of`), in that order; nil when they state none.
    static func titled(_ words: String) -> OWIDUnit? {
        if let found = rate(in: words) { return OWIDUnit(kind: .rate, code: found, written: found == "per-1000" ? "per 1,000" : "per 100,000") }
        for marker in ["(%)", "share of", "percentage of", "(percent)", "in percent"] where words.contains(marker) {
            return OWIDUnit(kind: .share, code: "percent", written: marker)
        }
        for marker in ["us$", "us dollars", "(usd)"] where words.contains(marker) {
            return OWIDUnit(kind: .money, code: "USD", written: marker)
        }
        for marker in ["(number)", "number of"] where words.contains(marker) {
            return OWIDUnit(kind: .count, code: "persons", written: marker)
        }
        return nil
    }

    /// `per-100000` or `per-1000` when `text` (lower-cased) names that rate, else nil.
    private static func rate(in text: String) -> String? {
        if text.contains("per 100,000") || text.contains("per 100 000") || text.contains("per 100000") { return "per-100000" }
        if text.contains("per 1,000") || text.contains("per 1000") || text.contains("per thousand") { return "per-1000" }
        return nil
    }

    /// Whether two statements of a unit agree: counts always (the measure decides persons or
    /// cases), other kinds when they name the same unit.
    func agrees(with other: OWIDUnit) -> Bool {
        kind == other.kind && (kind == .count || code == other.code)
    }
}
