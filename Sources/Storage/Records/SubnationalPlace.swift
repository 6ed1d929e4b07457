/// A part of a country that people write as if it were a place of its own: the nations of the
/// United Kingdom, whose trafficking statistics (the National Referral Mechanism's, Scotland's
/// and Northern Ireland's own) are published and quoted by nation.
///
/// Why a short list in code and not places in the database: tipdb has no sub-national places (a
/// brief's regions and data gaps count countries), and a figure for England filed as a country
/// would be counted as one. The list only turns a refusal into advice: give the country, and say
/// in the figure's notes (a study's summary) which part it covers. Other sub-national names get the general message,
/// which asks for "a country or region".
struct SubnationalPlace: Sendable {
    /// The name as the user wrote it, spelled as the list spells it.
    let name: String
    /// The code of the country it is part of.
    let country: String
    /// That country's name, as a sentence says it.
    let countryName: String

    private static let known: [String: SubnationalPlace] = {
        var known: [String: SubnationalPlace] = [:]
        for name in ["England", "Scotland", "Wales", "Northern Ireland", "England and Wales"] {
            known[Gazetteer.key(name)] = SubnationalPlace(name: name, country: "GBR", countryName: "the United Kingdom")
        }
        return known
    }()

    /// The part of a country `text` names (any case, spaces around it ignored), or nil.
    static func named(_ text: String) -> SubnationalPlace? {
        known[Gazetteer.key(text)]
    }

    /// What to write instead, as the end of a sentence that starts with the refusal, for a
    /// place written for `record`.
    func advice(for record: PlacedRecord) -> String {
        let part = name == "England and Wales" ? "\(name) are" : "\(name) is"
        return "\(part) part of \(countryName) (\(country)), and tipdb has no places smaller than a country: give \(country), and say in \(record.notes) that it covers \(name) only"
    }
}
