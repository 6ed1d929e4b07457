import Storage

/// Regions that overlap the places a brief asks for without lying within them, and have figures
/// the brief leaves out: "Asia and the Pacific (covers 28 of Asia's 51 countries) has 2 figures".
///
/// Why left out but named: a region's estimate is not one for another area (Asia and the Pacific
/// holds 28 of Asia's countries and 29 others; Asia's figure is no sum of them), so mixing it in
/// would pass it off as Asia's. Left out in silence, the data gaps read "51 of the 51 countries in
/// scope have no figure" as if nothing were known about the area; an analyst must learn that
/// overlapping regions have figures, and how far they cover it, to decide what to cite.
extension GapAnalysis {
    /// The regions with figures in `context.set.overlapping` that cover at least one of
    /// `countries` (the countries the data gaps check), the most countries covered first, then
    /// in reading order.
    static func overlappingRegions(countries: [String], context: BriefContext) -> [OverlappingRegion] {
        let catalog = context.catalog
        let checked = Set(countries)
        let regions = context.set.overlapping.compactMap { region, counts -> OverlappingRegion? in
            let covered = catalog.members[region]?.filter(checked.contains).count ?? 0
            guard covered > 0 else { return nil }
            return OverlappingRegion(
                place: region, placeName: catalog.placeName(region), countriesCovered: covered,
                figureCount: counts.values.reduce(0, +), measures: catalog.measureOrder.filter { counts[$0] != nil })
        }
        return regions.sorted {
            $0.countriesCovered != $1.countriesCovered
                ? $0.countriesCovered > $1.countriesCovered : catalog.placeSortKey($0.place) < catalog.placeSortKey($1.place)
        }
    }

    /// "Regions that overlap Asia without lying within it have figures for the measures in scope,
    /// not included because a figure for another area is not one for Asia: Asia and the Pacific
    /// (covers 28 of Asia's 51 countries) has 2 figures (forced labour and ...); ..."; nil for none.
    ///
    /// - Parameters:
    ///   - total: how many countries the data gaps check, the count each region's cover is of.
    ///   - inhabited: "inhabited " when places without a permanent population were left out of them.
    static func overlapSentence(_ regions: [OverlappingRegion], total: Int, inhabited: String, context: BriefContext) -> String? {
        guard !regions.isEmpty else { return nil }
        let catalog = context.catalog
        let asked = context.scope.requestedPlaces
        let names = Words.list(asked.map { Words.place(catalog.placeName($0)) })
        // A region cannot lie within a country: of one country asked for, the regions contain it.
        let oneCountry = asked.count == 1 && catalog.places[asked[0]]?.kind == "country"
        let one = regions.count == 1
        let subject = oneCountry
            ? (one ? "A region that contains \(names) has" : "Regions that contain \(names) have")
            : (one ? "A region that overlaps" : "Regions that overlap") + " \(names) without lying within \(asked.count == 1 ? "it" : "them") \(one ? "has" : "have")"
        let shown = regions.prefix(listLimit)
        let items = shown.map { region -> String in
            let measures = Words.list(region.measures.map { Words.midSentence(catalog.measureLabel($0)) })
            let cover = oneCountry ? "" : " (" + coverPhrase(region.countriesCovered, of: total, inhabited: inhabited, asked: asked, names: names) + ")"
            return "\(Words.place(region.placeName))\(cover) has \(Words.count(region.figureCount, "figure")) (\(measures))"
        }
        let more = regions.count - shown.count
        return "\(subject) figures for the measures in scope, not included because a figure for another area is not one for \(names): "
            + items.joined(separator: "; ") + (more > 0 ? "; and \(Words.count(more, "more region", "more regions"))" : "") + "."
    }

    /// "covers 28 of Asia's 51 countries", "covers all 11 of South-eastern Asia's countries";
    /// "covers 28 of the 102 countries in scope" when several places are asked for.
    private static func coverPhrase(_ covered: Int, of total: Int, inhabited: String, asked: [String], names: String) -> String {
        let countries = inhabited + (total == 1 ? "country" : "countries")
        if asked.count == 1 {
            let owner = names.hasSuffix("s") ? names + "'" : names + "'s"
            if total == 1 { return "covers \(owner) one \(countries)" }
            return covered == total ? "covers all \(total) of \(owner) \(countries)" : "covers \(covered) of \(owner) \(total) \(countries)"
        }
        return covered == total ? "covers all \(total) \(countries) in scope" : "covers \(covered) of the \(total) \(countries) in scope"
    }
}
