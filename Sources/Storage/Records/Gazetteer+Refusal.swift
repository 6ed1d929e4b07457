/// What a user is told when a place they wrote names no single place: in a file (ingest) and on
/// the command line (a report's `--place`) alike, one wording, so that the same unknown place gets
/// the same way forward from both.
extension Gazetteer {
    /// What a place is expected to be, with the query that lists the places a database knows.
    ///
    /// Why "of a country or region": tipdb has no place smaller than a country, and a user who
    /// wrote a city or a province must learn that from the message rather than from the listing.
    public static let expectedPlace =
        "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"  // sql-constant: a message, never executed

    /// Why `text` names no single place, as a user can act on it: for a name two places share,
    /// each place with the code that names it alone; for an unknown one, the closest names
    /// (`unknownPlace(_:suggesting:glosses:record:)`), whose advice for a part of a country or a
    /// former state suits `record`, the kind of record the place was written for.
    public func refusal(for text: String, record: PlacedRecord = .figure) -> String {
        let shared = places(sharing: text)
        guard shared.isEmpty else {
            let each = shared.map { "\($0.name) (\(Self.kindWords($0.kind)), code \($0.code))" }
            let codes = shared.map(\.code)
            let listed = each.count == 2 ? each.joined(separator: " and ") : each.dropLast().joined(separator: ", ") + " and " + (each.last ?? "")
            let write = codes.dropLast().joined(separator: ", ") + " or " + (codes.last ?? "")
            return "place \"\(text)\" is ambiguous: it names \(listed); write \(write)"
        }
        let found = suggestions(for: text)
        return Self.unknownPlace(text, suggesting: found, glosses: glosses(of: found), record: record)
    }

    /// The message for `text`, a place no name, code or alias matches: for a part of a country
    /// tipdb knows as one (`England`), the country to give instead and where to say which part;
    /// else the closest names, if any, then what a place is expected to be (`expectedPlace`). A
    /// suggestion that looks the same as `text` has the characters that differ named by code point
    /// (`lookalikeNote(_:suggestions:)`).
    ///
    /// - Parameters:
    ///   - suggesting: the names `suggestions(for:)` found, in their order.
    ///   - glosses: the place name of each suggestion that is an M49 number (`glosses(of:)`).
    ///   - record: the kind of record the place was written for: where the advice asks to say
    ///     which part or which former state it covers (a figure's notes, a study's summary).
    public static func unknownPlace(
        _ text: String, suggesting found: [String], glosses: [String: String] = [:], record: PlacedRecord = .figure
    ) -> String {
        if let part = SubnationalPlace.named(text) {
            return "unknown place \"\(text)\"; \(part.advice(for: record))"
        }
        if let state = FormerState.named(text) {
            return "unknown place \"\(text)\"; \(state.advice(for: record))"
        }
        if let grouping = OtherGrouping.named(text) {
            return "unknown place \"\(text)\"; \(grouping.advice(for: text, record: record))"
        }
        let problem = "unknown place \"\(text)\"" + lookalikeNote(text, suggestions: found)
        return Suggestions.message(problem, suggesting: found, glosses: glosses, expected: expectedPlace)
    }

    /// `message`, the refusal of `text` as a figures file's place, with how such a file gives a
    /// part of a country when the place is a name near no place's (`Houston`): its country, with
    /// the part as the figure's breakdown, as `SubnationalPlace` advises for the parts it lists.
    /// Only for a text that reads as one name (letters, spaces, hyphens, apostrophes and full
    /// stops, some in lower case): not after suggestions (a misspelling), nor for a code or a
    /// number (`ZZ`, `-4`), a list or a qualified name (`Texas, USA`, `Houston; Texas`), or a word
    /// that says the place is unknown or many (`Not stated`, `Various`). Ingest calls it for a
    /// figures file's place only, the one record with a breakdown.
    ///
    /// Why: "expected ... the English name of a country or region" left the user of a state's or
    /// a city's figure to file it under the country as if it were the country's (session 65).
    public static func withPartOfCountryHint(_ message: String, for text: String) -> String {
        let name = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let oneName = name.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "." || apostrophes.contains($0.unicodeScalars.first ?? " ") }
        guard message.hasSuffix("; " + expectedPlace), oneName, name.contains(where: \.isLowercase),
              !UnknownCategory.isUnknown(name, in: .age), !notOnePlace.contains(name.lowercased()),
              !["multiple ", "several ", "various ", "many "].contains(where: name.lowercased().hasPrefix) else {
            return message
        }
        return message + "; a part of a country (a state, province or city) is given as the country, with the part in the "
            + "figure's breakdown column (\(SubnationalPlace.dimension): \(name))"
    }

    /// Words a place column holds for no one place, besides those for an unknown one.
    private static let notOnePlace: Set<String> = [
        "various", "several", "multiple", "many", "total", "all", "other", "others", "none", "n.a.", "at sea", "online",
        "international waters", "high seas", "in transit", "abroad", "overseas",
    ]

    /// True when `text` has a word only regions' names have (`Asia`, `Europe`, `Pacific`,
    /// `Middle East`, `Union`): one such word, not the whole name, since the text is a name that
    /// matched nothing. A compass word alone (`North`, `South`) is not one: `South Sudan` and
    /// `North Macedonia` are countries.
    static func readsAsRegion(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { regionWords.contains(String($0)) }
    }

    private static let regionWords: Set<String> = [
        "africa", "america", "americas", "asia", "europe", "pacific", "caribbean", "oceania", "middle", "union", "region",
    ]

    static func kindWords(_ kind: String) -> String {
        switch kind {
        case "country": "a country"
        case "world": "the world"
        case "m49-region": "an M49 region"
        case "m49-subregion": "an M49 sub-region"
        case "m49-intermediate-region": "an M49 intermediate region"
        case "ilo-region": "an ILO region"
        case "unodc-region": "a UNODC region"
        case "country-group": "a group of countries"
        default: kind
        }
    }
}
