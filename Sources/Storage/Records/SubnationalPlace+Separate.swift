extension SubnationalPlace {
    /// The listed parts made of other listed parts: ISO 3166-2:GB's England and Wales (GB-EAW) and
    /// Great Britain (GB-GBN), which statistics publish beside the nations they join.
    static let unions: Set<String> = ["England and Wales", "Great Britain"]

    /// The name of the one part of the country `code` that a `subdivision` category names, as a sum
    /// of parts counts it (`England` for `england`, `Ciudad de México` for Mexico's `Distrito
    /// Federal`), or nil for a category that is no listed part of that country, or a union of parts.
    ///
    /// Why: the parts of one country a sum may add must not overlap. A state or nation is one place,
    /// so England's, Wales's and Scotland's counts add up to no more than the United Kingdom's; but
    /// England and Wales holds England, and a city (`Houston`) or an unlisted name may lie in any
    /// part, so those are never added. Mexico City was the Distrito Federal until 2016: two
    /// spellings of one part are one part, not two that add up.
    public static func separatePart(_ category: String, of code: String) -> String? {
        guard let part = named(category), part.isPart(of: code), !unions.contains(part.name) else { return nil }
        return code == "MEX" && part.name == "Distrito Federal" ? "Ciudad de México" : part.name
    }
}
