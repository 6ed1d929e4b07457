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
    /// (covers 28 of Asia's 51 countries) has 2 figures (forced labour and ...); ..."; before it,
    /// for the regions that hold every country in scope, "A region that contains India and
    /// Thailand has figures ...: Asia and the Pacific has 3 figures (...)."; none for no region.
    ///
    /// Why two sentences: a region holding both countries asked for was said to "overlap" them
    /// "without lying within them" and to cover "all 2 countries in scope", as if it held only part
    /// of the area; one country's brief always said "contains" (review of session 46).
    ///
    /// - Parameters:
    ///   - total: how many countries the data gaps check, the count each region's cover is of.
    ///   - inhabited: "inhabited " when places without a permanent population were left out of them.
    static func overlapSentences(_ regions: [OverlappingRegion], total: Int, inhabited: String, context: BriefContext) -> [String] {
        guard !regions.isEmpty else { return [] }
        let catalog = context.catalog
        let asked = outermost(context.scope.requestedPlaces, members: catalog.members)
        let names = Words.list(asked.map { Words.place(catalog.placeName($0)) })
        // Every country in scope, those without a permanent population too: a region that lacks
        // one of them does not contain the places asked for, whatever share of the others it holds.
        let countries = context.scope.countries
        let containing = regions.filter { region in
            let members = Set(catalog.members[region.place] ?? [])
            return countries.allSatisfy(members.contains)
        }
        let overlapping = regions.filter { region in !containing.contains { $0.place == region.place } }
        var sentences: [String] = []
        if !containing.isEmpty {
            let one = containing.count == 1
            let subject = one ? "A region that contains \(names) has" : "Regions that contain \(names) have"
            // No count of countries: each of them holds all.
            sentences.append("\(subject) figures for the measures in scope, not included because a figure for another area is not one for \(names): "
                + items(containing, cover: { _ in "" }, context: context))
        }
        if !overlapping.isEmpty {
            let one = overlapping.count == 1
            let subject = (one ? "A region that overlaps" : "Regions that overlap")
                + " \(names) without lying within \(asked.count == 1 ? "it" : "them") \(one ? "has" : "have")"
            let reason = containing.isEmpty
                ? "not included because a figure for another area is not one for \(names)" : "left out for the same reason"
            sentences.append("\(subject) figures for the measures in scope, \(reason): " + items(overlapping, cover: { region in
                " (" + coverPhrase(region.countriesCovered, of: total, inhabited: inhabited, asked: asked, names: names) + ")"
            }, context: context))
        }
        return sentences
    }

    /// "Asia and the Pacific (covers ...) has 2 figures (forced labour and ...); ...; and 3 more
    /// regions.", at most `listLimit` regions named.
    private static func items(_ regions: [OverlappingRegion], cover: (OverlappingRegion) -> String, context: BriefContext) -> String {
        let catalog = context.catalog
        let shown = regions.prefix(listLimit)
        let items = shown.map { region -> String in
            let measures = Words.list(region.measures.map { Words.midSentence(catalog.measureLabel($0)) })
            return "\(Words.place(region.placeName))\(cover(region)) has \(Words.count(region.figureCount, "figure")) (\(measures))"
        }
        let more = regions.count - shown.count
        return items.joined(separator: "; ") + (more > 0 ? "; and \(Words.count(more, "more region", "more regions"))" : "") + "."
    }

    /// The places asked for less those lying within another one asked for (`--place THA --place
    /// 035`: Thailand is one of South-eastern Asia's countries), in the order asked.
    ///
    /// Why: "overlaps India, Thailand and South-eastern Asia" named Thailand as if it lay outside
    /// South-eastern Asia, as the scope line does not (`ScopeResolver` names it among its members).
    static func outermost(_ asked: [String], members: [String: [String]]) -> [String] {
        func lies(_ place: String, within other: String) -> Bool {
            guard place != other, let outer = members[other], !outer.isEmpty else { return false }
            if let own = members[place], !own.isEmpty { return Set(outer).isSuperset(of: own) }
            return outer.contains(place)
        }
        return asked.filter { place in !asked.contains { lies(place, within: $0) && !lies($0, within: place) } }
    }

    /// "covers 28 of Asia's 51 countries", "covers all 11 of South-eastern Asia's countries";
    /// "covers 28 of the 102 countries in scope" when several places are asked for; "both" for
    /// two ("covers both inhabited countries in scope"), not "all 2".
    private static func coverPhrase(_ covered: Int, of total: Int, inhabited: String, asked: [String], names: String) -> String {
        let countries = inhabited + (total == 1 ? "country" : "countries")
        let all = total == 2 ? "both" : "all \(total)"
        if asked.count == 1 {
            let owner = names.hasSuffix("s") ? names + "'" : names + "'s"
            if total == 1 { return "covers \(owner) one \(countries)" }
            return covered == total ? "covers \(all) of \(owner) \(countries)" : "covers \(covered) of \(owner) \(total) \(countries)"
        }
        return covered == total ? "covers \(all) \(countries) in scope" : "covers \(covered) of the \(total) \(countries) in scope"
    }
}
