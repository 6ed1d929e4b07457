import Storage

/// A figures file's `breakdown` cell: what a figure is restricted to beyond its sex, age group
/// and form, as `dimension: category` pairs separated by semicolons (`sector: manufacturing`,
/// `citizenship: Viet Nam; sector: fishing`), stored in `figure_breakdowns` as the GLOTIP import
/// stores its own.
///
/// Why: a count of one nationality or a share of one sector written as a figure for everyone
/// became the country's key figure and was compared as a total (a figure of 1,000 Vietnamese
/// nationals shown as the United Kingdom's 2023 count), and only the GLOTIP import could say
/// otherwise (reviews of session 53). A breakdown keeps such a figure out of key figures and
/// totals, and the brief names its subgroup with it (`sector: manufacturing`).
///
/// A category of a dimension that names countries (`citizenship`, `country-of-exploitation`, ...)
/// is stored as the place's code when tipdb knows the place (`Viet Nam`, `VNM`, `704`), as the
/// GLOTIP import does; otherwise, and for any other dimension, as written (`Nationals`,
/// `manufacturing`).
enum BreakdownCell {
    struct Failure: Error, Equatable, Sendable {
        let message: String
    }

    /// The column's name in a figures file.
    static let column = "breakdown"

    /// The dimensions whose categories are places, as the GLOTIP import writes them.
    static let placeDimensions: Set<String> = [
        "citizenship", "country-of-repatriation", "country-of-exploitation", "country-of-origin", "country-of-birth",
    ]

    /// Other spellings of a dimension, by their normalised form.
    static let aliases: [String: String] = [
        "nationality": "citizenship", "country-of-citizenship": "citizenship", "country-of-nationality": "citizenship",
        "industry": "sector", "economic-sector": "sector",
    ]


    /// The figure columns a breakdown must not stand in for, by the dimension that names them.
    ///
    /// Not `gender`, `year`, `age-band` or `form`: figures derived from case data are broken down
    /// by those (`gender: not-recorded`, the cases whose sex was not recorded), and an export of
    /// them must load back.
    static let ownColumns: [String: String] = [
        "sex": "sex", "age-group": "age_group", "place": "place", "period": "period", "measure": "measure", "unit": "unit",
        "source": "source",
    ]

    static let expected = "expected dimension: category pairs separated by semicolons, such as sector: manufacturing or "
        + "citizenship: Viet Nam; sector: fishing (an empty cell: no breakdown)"

    /// The breakdowns `text` states, sorted by dimension.
    ///
    /// - Parameter place: the code of the figure's place, which a `subdivision` must be part of
    ///   (`subdivision(_:of:vocabulary:)`); nil when the row's place was not read.
    /// - Throws: `Failure` for a pair without a dimension or category, a dimension that is one
    ///   of the figure's own columns, a dimension given twice, or a subdivision of another place.
    static func parse(_ text: String, vocabulary: Vocabulary, place: String?) throws(Failure) -> [Breakdown] {
        var breakdowns: [Breakdown] = []
        for part in text.split(separator: ";") {
            let pair = part.trimmingWhitespace()
            if pair.isEmpty { continue }
            guard let colon = pair.firstIndex(of: ":") else {
                throw Failure(message: "\"\(pair)\" names no dimension; \(expected)")
            }
            let written = pair[..<colon].trimmingWhitespace()
            let category = pair[pair.index(after: colon)...].trimmingWhitespace()
            let normalised = Dashes.folded(written.lowercased()).split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
                .joined(separator: "-")
            let dimension = aliases[normalised] ?? normalised
            guard !dimension.isEmpty, !category.isEmpty else {
                throw Failure(message: "\"\(pair)\" has no \(dimension.isEmpty ? "dimension" : "category"); \(expected)")
            }
            guard dimension.first?.isLetter == true,
                  dimension.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                throw Failure(message: "dimension \"\(written)\" is not a name of letters, digits and hyphens (sector, citizenship, "
                    + "means-of-control); \(expected)")
            }
            if let column = ownColumns[dimension] {
                throw Failure(message: "dimension \"\(written)\" is the figure's own \(column) column; expected it there, and in "
                    + "breakdown only what no column says (sector, citizenship, means-of-control)")
            }
            guard !breakdowns.contains(where: { $0.dimension == dimension }) else {
                throw Failure(message: "dimension \(dimension) is given twice; expected one category per dimension (a figure of "
                    + "two sectors is a figure of their sum, or two figures)")
            }
            if dimension == SubnationalPlace.dimension {
                breakdowns.append(Breakdown(dimension: dimension, category: try subdivision(category, of: place, vocabulary: vocabulary)))
                continue
            }
            if placeDimensions.contains(dimension) {
                if let code = vocabulary.placeCode(category) {
                    breakdowns.append(Breakdown(dimension: dimension, category: code, place: code))
                    continue
                }
                // `Albanian`, `UK national`: the country, as its name would be (`nationality`, below).
                switch Demonyms.read(category, place: { vocabulary.placeCode($0) }) {
                case .country(let code):
                    breakdowns.append(Breakdown(dimension: dimension, category: code, place: code))
                    continue
                case .ambiguous(let names):
                    let quoted = names.map { "\"\($0)\"" }
                    let listed = quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
                    throw Failure(message: "\(dimension) \"\(category)\" is the nationality of \(names.count) countries; expected the "
                        + "country's name, \(listed), as the place column takes it")
                case nil:
                    break
                }
                try refuseMisspeltPlace(category, of: dimension, vocabulary: vocabulary)
            }
            breakdowns.append(Breakdown(dimension: dimension, category: category))
        }
        return breakdowns.sorted { $0.dimension < $1.dimension }
    }

    /// The part of the figure's place a `subdivision` category names, spelled as the list of
    /// parts spells it when the list names it (`texas`, `Lagos State`: `Texas`, `Lagos`), else as
    /// written (a city, a code such as `CA`, or a part of a country the list does not cover).
    ///
    /// Why refused: `subdivision: Texas` under the United Kingdom, or `subdivision: France`, files
    /// a figure of one place under another, which no brief of either would show for what it is.
    /// A part is judged only against a country the list names whole (`SubnationalPlace.lists`):
    /// Amazonas is a state of Brazil and a department of Colombia.
    private static func subdivision(_ category: String, of place: String?, vocabulary: Vocabulary) throws(Failure) -> String {
        let dimension = SubnationalPlace.dimension
        let part = SubnationalPlace.named(category)
        let spelled = part?.name ?? category
        guard let place else { return spelled }
        if let part, part.isPart(of: place) { return spelled }
        let placeName = vocabulary.placeName(place).map { "\($0) (\(place))" } ?? place
        // A code (`CA`, `NSW`) is a part's as often as a country's: only a name is read as a place.
        let isCode = category.count <= 3 && category.allSatisfy { $0.isUppercase || $0.isNumber }
        if !isCode, let code = vocabulary.placeCode(category) {
            if code == place {
                throw Failure(message: "\(dimension) \"\(category)\" names the figure's own place, \(placeName); expected a part of it "
                    + "(a state, province or city), or no breakdown for the whole of it")
            }
            // Hong Kong under China, Greenland under Denmark: tipdb's places say where its figures go.
            throw Failure(message: "\(dimension) \"\(category)\" is one of tipdb's places (\(code)), whose figures are filed under it; "
                + "expected \(code) in the place column, or a state, province or city of \(placeName)")
        }
        if let part, SubnationalPlace.lists(place) {
            throw Failure(message: "\(dimension) \"\(category)\": \(part.listedUnder), not under the figure's place, \(placeName); "
                + "expected a state, province or city of \(place), or \(part.codes) in the place column")
        }
        return spelled
    }

    /// The category words of a dimension of places that name no place, kept as written whatever
    /// place names they are near: GLOTIP's `Nationals` and `Abroad`, and the like (folded to lower
    /// case). A category starting `other` (`Other (Africa)`, `Other Europe`) and one that says it
    /// is unknown (`not recorded`: `UnknownCategory`'s marks) are no place either.
    static let noPlaceCategories: Set<String> = [
        "nationals", "non-nationals", "foreign nationals", "foreigners", "abroad", "domestic", "stateless", "total", "all",
    ]

    /// Refuses `category`, which names no place, when a place's name is near it (`Viet Nma`: `Viet
    /// Nam`), as the place column refuses a misspelt place; keeps it otherwise (a category that is
    /// no place, such as `Nationals`, or a former state such as `Serbia and Montenegro`, as GLOTIP
    /// publishes them).
    ///
    /// Why: `citizenship: Viet Nma` was stored as text, a breakdown of no place that neither a
    /// brief of Viet Nam nor a search for it would find, and that no comparison with
    /// `citizenship: Viet Nam` would match (session 54).
    private static func refuseMisspeltPlace(_ category: String, of dimension: String, vocabulary: Vocabulary) throws(Failure) {
        let folded = category.lowercased()
        if noPlaceCategories.contains(folded) || folded.hasPrefix("other") || UnknownCategory.isUnknown(category, in: .age) { return }
        let (found, glosses) = vocabulary.placeSuggestions(for: category)
        guard !found.isEmpty else { return }
        throw Failure(message: Suggestions.message(
            "\(dimension) \"\(category)\" names no place tipdb knows", suggesting: found, glosses: glosses,
            expected: "expected a place as the place column takes it (an English name, an ISO 3166-1 code, an M49 number), "
                + "or a category that is no place (Nationals, Abroad, Other (Africa), unknown) as its source writes it"))
    }

    /// What a figures file's `breakdown` cell wrote in a dimension of places that tipdb read
    /// otherwise than as a place's name or code: a nationality read as its country (`Albanian` as
    /// ALB), or a category kept as text that names no place and is none of the categories that are
    /// no place (`noPlaceCategories`, `Other ...`, unknown).
    ///
    /// Why: both were silent. A nationality read as its country is said once, so the file's author
    /// knows what was stored; a category kept as text is a breakdown no brief of a place, no search
    /// and no "citizens elsewhere" note will find (a government statistician's review, session 55).
    static func placeReadings(_ text: String, vocabulary: Vocabulary) -> [(dimension: String, written: String, code: String?)] {
        guard let breakdowns = try? parse(text, vocabulary: vocabulary, place: nil), breakdowns.contains(where: { placeDimensions.contains($0.dimension) }) else {
            return []
        }
        var found: [(dimension: String, written: String, code: String?)] = []
        for part in text.split(separator: ";") {
            let pair = part.trimmingWhitespace()
            guard let colon = pair.firstIndex(of: ":") else { continue }
            let normalised = Dashes.folded(pair[..<colon].trimmingWhitespace().lowercased())
                .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
            let dimension = aliases[normalised] ?? normalised
            let category = pair[pair.index(after: colon)...].trimmingWhitespace()
            guard placeDimensions.contains(dimension), vocabulary.placeCode(category) == nil else { continue }
            if case .country(let code) = Demonyms.read(category, place: { vocabulary.placeCode($0) }) {
                found.append((dimension, category, code))
                continue
            }
            let folded = category.lowercased()
            if noPlaceCategories.contains(folded) || folded.hasPrefix("other") || UnknownCategory.isUnknown(category, in: .age) { continue }
            found.append((dimension, category, nil))
        }
        return found
    }

    /// The breakdowns as a cell states them, as `tipdb sql` exports them and the brief's CSV
    /// writes them: `citizenship: VNM; sector: manufacturing`.
    static func text(_ breakdowns: [Breakdown]) -> String {
        breakdowns.map { "\($0.dimension): \($0.category)" }.joined(separator: "; ")
    }
}
