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
    /// The unit code: `persons` for every count, which the measure's own count unit (persons or
    /// cases) replaces, since `victims` or `number` does not say which.
    let code: String
    /// The words it was read from, as written (`"% of victims"`, `(number)`), for messages.
    let written: String
    /// The kind of number `code` is, as the units table says (`Vocabulary.dimension(of:)`):
    /// count, share, change, rate, money or index; nil for a code the table lacks.
    ///
    /// Why not a kind of its own: the reading below names a code for every statement, and the
    /// table already says what each code counts; a second list could only drift from it.
    let dimension: String?

    init(code: String, written: String, vocabulary: Vocabulary) {
        self.code = code
        self.written = written
        dimension = vocabulary.dimension(of: code)
    }

    /// Whether it counts people or cases (`persons` read from `victims`, `number`).
    var isCount: Bool { dimension == "count" }

    /// What a message calls it: `a share (percent)`, `a count`.
    var described: String {
        switch dimension {
        case "count"?: "a count"
        case "share"?: "a share (percent)"
        case "change"?: "a change in percent"
        case "rate"?: "a rate (\(code))"
        case "money"?: "a sum of money (\(code))"
        case "index"?: "an index score"
        default: "a unit (\(code))"
        }
    }

    /// Words of a unit that count people or cases.
    private static let countWords: Set<String> = [
        "persons", "person", "people", "victims", "individuals", "number", "numbers", "count", "counts",
        "cases", "case", "offences", "children", "women", "men", "girls", "boys", "adults", "minors",
        "workers", "survivors", "prosecutions", "convictions", "arrests",
    ]

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
    static func reading(unit text: String?, vocabulary: Vocabulary) -> Reading {
        let written = text?.trimmingWhitespace() ?? ""
        let lowered = written.lowercased()
        guard !lowered.isEmpty else { return .unstated }
        if otherCurrencies.contains(where: { lowered.contains($0) }) { return .unknown(otherCurrency: true) }
        if let found = rate(in: lowered) { return .read(OWIDUnit(code: found, written: written, vocabulary: vocabulary)) }
        let words = OWIDTitleWords(lowered).words.map(\.text)
        if lowered.contains("%") || lowered.contains("percent") || lowered.contains("per cent") || words.contains("share") {
            let change = words.contains("change")
            return .read(OWIDUnit(code: change ? "percent-change" : "percent", written: written, vocabulary: vocabulary))
        }
        if lowered.contains("$") || lowered.contains("dollar") || words.contains("usd") {
            let perPerson = lowered.contains("per person") || lowered.contains("per victim") || lowered.contains("per capita")
            return .read(OWIDUnit(code: perPerson ? "USD-per-person" : "USD", written: written, vocabulary: vocabulary))
        }
        if words.contains("index") || words.contains("score") { return .read(OWIDUnit(code: "index", written: written, vocabulary: vocabulary)) }
        if words.contains(where: countWords.contains) { return .read(OWIDUnit(code: "persons", written: written, vocabulary: vocabulary)) }
        // Words that only scale a number (`thousand`, `OWIDScale`) state no kind.
        if words.allSatisfy({ OWIDScale.words[$0] != nil }) { return .unstated }
        return .unknown(otherCurrency: false)
    }

    /// Reads the metadata's `shortUnit`: `%` and `$` state a kind; any other (`k`, `M`, empty)
    /// only a scale or nothing, which `OWIDScale.stated(_:name:)` reads.
    static func reading(shortUnit text: String?, vocabulary: Vocabulary) -> OWIDUnit? {
        let written = text?.trimmingWhitespace() ?? ""
        switch written.lowercased() {
        case "%": return OWIDUnit(code: "percent", written: written, vocabulary: vocabulary)
        case "$", "us$", "usd": return OWIDUnit(code: "USD", written: written, vocabulary: vocabulary)
        default: return nil
        }
    }

    /// The unit a column's titles state (the column's own, and the metadata's short and long
    /// titles, lower-cased and joined): a rate (`per 100,000`), a share (`(%)`, `share of`), money
    /// (`US$`) or a count (`(number)`, `number of`), in that order; nil when they state none.
    static func titled(_ words: String, vocabulary: Vocabulary) -> OWIDUnit? {
        if let found = rate(in: words) { return OWIDUnit(code: found, written: found == "per-1000" ? "per 1,000" : "per 100,000", vocabulary: vocabulary) }
        for marker in ["(%)", "share of", "percentage of", "(percent)", "in percent"] where words.contains(marker) {
            return OWIDUnit(code: "percent", written: marker, vocabulary: vocabulary)
        }
        for marker in ["us$", "us dollars", "(usd)"] where words.contains(marker) {
            return OWIDUnit(code: "USD", written: marker, vocabulary: vocabulary)
        }
        for marker in ["(number)", "number of"] where words.contains(marker) {
            return OWIDUnit(code: "persons", written: marker, vocabulary: vocabulary)
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
        isCount && other.isCount || code == other.code
    }
}
