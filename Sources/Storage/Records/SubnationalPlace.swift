/// A part of a country that people write as if it were a place of its own: a nation of the
/// United Kingdom, a state of the United States or Nigeria, a province of Pakistan (`table`).
///
/// Why a list in code and not places in the database: tipdb has no sub-national places (a brief's
/// regions and data gaps count countries), and a figure for England filed as a country would be
/// counted as one. The list turns a refusal into advice: give the country, and the part as the
/// figure's breakdown (`subdivision: England`), which keeps it out of the country's key figures
/// and totals (a study, which has no breakdown, says so in its summary). Until session 65 the
/// advice for a figure was to say so in its notes, which left an England count as the United
/// Kingdom's key figure. Other sub-national names get the general message, which says the same.
public struct SubnationalPlace: Sendable {
    /// The name as the list spells it.
    public let name: String
    /// The countries it is part of: one, or two for a name two countries' parts share (Punjab).
    let countries: [Country]

    /// The breakdown dimension a part of a country is given in (ISO 3166-2's word for it), whose
    /// category ingest checks against the figure's place.
    ///
    /// Not `state`, `province` or `nation`, which files may already use and which ingest keeps as
    /// written, unchecked: a `state: Texas` or `state: CA` loaded before session 65 keeps its
    /// dimension and its text, so loading its file again changes nothing (a derived key holds
    /// both), and a UK count by Nigerian `state: Edo` of origin stays loadable.
    public static let dimension = "subdivision"

    private static let known: [String: SubnationalPlace] = {
        var countries: [String: (name: String, countries: [Country])] = [:]
        for (country, names) in table {
            for name in names {
                countries[Gazetteer.key(name), default: (name, [])].countries.append(country)
            }
        }
        var known = countries.mapValues { SubnationalPlace(name: $0.name, countries: $0.countries) }
        for (other, name) in otherNames {
            known[Gazetteer.key(other)] = known[Gazetteer.key(name)]
        }
        return known
    }()

    /// The places of tipdb named as a listed part is (`Georgia`, `Niger`): such a name in a place
    /// column is read as the country, and ingest says what the part would be (`SubnationalPlaceTests`
    /// keeps this list in step with the table).
    public static let countryNamesakes = Set(namesakeNames.keys)

    /// The name each of `countryNamesakes` and its part share, by the country's code.
    private static let namesakeNames = ["GEO": "Georgia", "NER": "Niger"]

    /// The part of a country `text` names (any case, accents and spaces around it ignored, `&`
    /// read as "and"; a trailing "State" or "Province", as in `Lagos State`, read as the name
    /// alone), or nil.
    public static func named(_ text: String) -> SubnationalPlace? {
        let key = folded(text)
        if let found = known[key] { return found }
        for suffix in [" state", " province"] where key.hasSuffix(suffix) {
            if let found = known[String(key.dropLast(suffix.count))] { return found }
        }
        return nil
    }

    /// The part of the country `code` that `text` says it covers alone: a listed part's name or
    /// other name with "only" after it (`Covers England only`, `Lagos State only`), or "only" or
    /// "only in" before it (`only in Texas`), as words in any case, whatever punctuation is between
    /// (`England (only)`); the longest name first, so `England and Wales only` is England and
    /// Wales. Not after "not" (`not only England`), nor after "the", "a" or "an" (`the only Texas
    /// shelter`). Nil when it names none so.
    public static func namedOnly(in text: String, partOf code: String) -> SubnationalPlace? {
        guard let names = namesByCountry[code] else { return nil }
        let words = Self.words(text)
        guard words.contains("only") else { return nil }
        for (name, spelled) in names where name.count <= words.count {
            for start in 0...(words.count - name.count) {
                guard words[start..<(start + name.count)].elementsEqual(name) else { continue }
                let end = start + name.count
                let suffixed = end < words.count && ["state", "province"].contains(words[end]) ? end + 1 : end
                let before = start > 0 ? words[start - 1] : ""
                let beforeOnly = before == "in" && start > 1 ? start - 2 : start - 1
                if suffixed < words.count, words[suffixed] == "only", before != "not" { return named(spelled) }
                if beforeOnly >= 0, words[beforeOnly] == "only" {
                    let ahead = beforeOnly > 0 ? words[beforeOnly - 1] : ""
                    if !["not", "the", "a", "an"].contains(ahead) { return named(spelled) }
                }
            }
        }
        return nil
    }

    /// `text` as `Gazetteer.key` folds a name, `&` read as "and": how `named` and `words` read a text.
    private static func folded(_ text: String) -> String {
        Gazetteer.key(text.contains("&") ? text.replacingOccurrences(of: "&", with: " and ") : text)
    }

    /// `text` folded (`folded`), split at everything but letters and digits.
    private static func words(_ text: String) -> [String] {
        folded(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Each listed country's part names and other names as `words`, with the name to look up,
    /// the longest first: `namedOnly`'s work, done once.
    private static let namesByCountry: [String: [(words: [String], name: String)]] = {
        var byCountry: [String: [(words: [String], name: String)]] = [:]
        for (country, names) in table {
            let others = otherNames.filter { names.contains($0.value) }.map(\.key)
            byCountry[country.code] = (names + others).map { (words($0), $0) }.sorted { $0.words.count > $1.words.count }
        }
        return byCountry
    }()

    /// The codes of its countries (`["IND", "PAK"]` for Punjab).
    public var countryCodes: [String] { countries.map(\.code) }

    /// Whether a country of tipdb's has its name (`Georgia`, `Niger`: `countryNamesakes`).
    public var isCountryNamesake: Bool { Self.namesakeNames.values.contains(name) }

    /// Whether it is a part of the country whose code is `code`.
    public func isPart(of code: String) -> Bool {
        countries.contains { $0.code == code }
    }

    /// Whether the list names the parts of the country whose code is `code`: only then can a
    /// breakdown's part be judged against it.
    public static func lists(_ code: String) -> Bool {
        table.contains { $0.country.code == code }
    }

    /// "England is listed under the United Kingdom (GBR) in ISO 3166-2"; "Punjab is listed under
    /// India (IND) and under Pakistan (PAK) in ISO 3166-2".
    ///
    /// Why the standard's words, not "is part of": the list holds parts whose sovereignty is
    /// disputed (Jammu and Kashmir, Azad Jammu and Kashmir), and tipdb files a figure where the
    /// standard lists its place, which takes no side.
    public var listedUnder: String {
        let verb = name == "England and Wales" ? "are" : "is"
        let each = countries.map { "\($0.name) (\($0.code))" }
        return "\(name) \(verb) listed under " + each.joined(separator: " and under ") + " in ISO 3166-2"
    }

    /// "Texas is listed under the United States (USA) in ISO 3166-2, and tipdb has no places
    /// smaller than a country": the start every message about the part shares (ingest's place
    /// column, a report's `--place`, search's note).
    public var noSmallerPlace: String {
        "\(listedUnder), and tipdb has no places smaller than a country"
    }

    /// The codes to give instead, as a sentence offers them: `GBR`, `IND or PAK`.
    public var codes: String {
        countries.map(\.code).joined(separator: " or ")
    }

    /// What to write instead, as the end of a sentence that starts with the refusal, for a
    /// place written for `record`.
    func advice(for record: PlacedRecord) -> String {
        let which = countries.count == 1 ? "" : ", whichever the \(record.noun) covers"
        let start = "\(noSmallerPlace): give \(codes)\(which)"
        switch record {
        case .figure:
            return start + ", and \(name) in the figure's breakdown column (\(Self.dimension): \(name)), so that no brief takes it "
                + "for the whole country"
        case .study:
            return start + ", and say in \(record.notes) that it covers \(name) only"
        }
    }

    /// The advice for a row of a dataset whose file has no breakdown column (an Our World in Data
    /// chart's Entity): the row's figure goes in a figures file instead, with the part as its breakdown.
    ///
    /// Why: the figure's advice (`advice(for:)`) named a breakdown column such a file does not
    /// have, so the analyst could not follow it (session 65's note).
    public var datasetAdvice: String {
        "\(noSmallerPlace); this file has no breakdown column: leave the row out, "
            + "or give its figure in a figures file as \(codes) with breakdown \(Self.dimension): \(name)"
    }

    /// The advice for a report's `--place`: the country, whose brief shows the part's figures
    /// under their subgroup.
    public var optionAdvice: String {
        "\(noSmallerPlace): give --place \(codes); its figures of \(name) are "
            + "those with breakdown \(Self.dimension): \(name), shown under Subgroup"
    }
}
