/// Every way a person writes a place, to its code: the one rule by which ingest reads a place in
/// a file and a report's `--place` reads one on the command line.
///
/// Why one rule: a place that loads from a file (`035`, `Viet Nam`, `côte d’ivoire`) must also
/// select its figures in a report; two lookups drifted apart (reports refused M49 numbers
/// written without their leading zeros).
public struct Gazetteer: Sendable {
    /// Lower-cased code, alpha-2, alpha-3, M49 number (as stored and without leading zeros),
    /// name or alias → place code.
    private var codes: [String: String] = [:]
    /// Place names, then aliases as written: what "did you mean ...?" suggests from.
    public private(set) var names: [String] = []

    /// The places and aliases of the database.
    public init(db: Database) throws {
        let aliases = try db.rows("SELECT alias, place FROM place_aliases ORDER BY alias").compactMap { row in
            row.string("alias").flatMap { alias in row.string("place").map { (alias: alias, place: $0) } }
        }
        self.init(places: try Place.all(in: db), aliases: aliases)
    }

    /// - Parameters:
    ///   - places: every place, by code: of two places written alike, the later wins.
    ///   - aliases: other names; a place's own code, number or name wins over an alias.
    public init(places: [Place], aliases: [(alias: String, place: String)]) {
        for place in places {
            for name in [place.code, place.alpha2, place.alpha3, place.m49, place.name].compactMap({ $0 }) {
                codes[name.lowercased()] = place.code
            }
            if let m49 = place.m49, let number = Int(m49) { codes[String(number)] = place.code }
            names.append(place.name)
        }
        for (alias, place) in aliases {
            codes[alias.lowercased()] = codes[alias.lowercased()] ?? place
            names.append(alias)
        }
    }

    /// The code of the place `text` names, or nil: an ISO 3166-1 alpha-2 or alpha-3 code, an M49
    /// number with or without leading zeros (`035`, `35`), a place code (`ILO-ASIA-PACIFIC`), an
    /// English name or an alias, in any case, with spaces around it ignored and a typographic
    /// apostrophe (`Côte d’Ivoire`, as word processors write it) read as a straight one.
    public func code(for text: String) -> String? {
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed = trimmed.dropFirst() }
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        let key = trimmed.lowercased()
        if let code = codes[key] { return code }
        if key.contains("\u{2019}"), let code = codes[String(key.map { $0 == "\u{2019}" ? "'" : $0 })] { return code }
        if key.allSatisfy(\.isNumber), let number = Int(key), let code = codes[String(number)] { return code }
        return nil
    }

    /// The names and aliases closest to `text`, for "did you mean ...?".
    public func suggestions(for text: String) -> [String] {
        Suggestions.closest(to: text, among: names)
    }
}
