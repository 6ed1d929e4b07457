import Storage

/// A country's count above the count of a region that contains it, from the same source and study
/// (or both from none), for the same measure, subgroup and period: the pairs `tipdb check` warns
/// about as `place-above-region`, among the figures in scope.
///
/// Why a caution: a region's people or cases include its countries', so a source that gives
/// Nigeria 5,000 and Western Africa 3,000 for the same year contradicts itself; a brief that sets
/// the two side by side without a word passes the contradiction on as data.
extension ComparabilityCheck {
    /// Place-above-region cautions beyond this many are summed up in one sentence.
    static let placeWarningLimit = 20

    static func placeAboveRegionWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        /// What must be equal for a country's figure and its region's to be compared.
        func group(_ figure: FigureRecord) -> RegionGroup {
            // By the ranks the record carries when it has them: no long measure or source key hashed.
            let ranked = figure.measureRank != .max && figure.sourceIndex >= 0
            return RegionGroup(
                measureRank: figure.measureRank, sourceIndex: figure.sourceIndex, measure: ranked ? "" : figure.measure,
                source: ranked ? "" : figure.source, study: figure.study, unit: figure.unit, sex: figure.sex,
                ageGroup: figure.ageGroup, form: figure.form, firstDay: figure.firstDay, lastDay: figure.lastDay)
        }
        // Reading order keeps a place's figures together, and mostly a unit's: each is looked up
        // once per run rather than hashed for every figure.
        var place = (code: "", kind: String?.none), unit = (code: "", isCount: false)
        func kind(_ figure: FigureRecord) -> String? {
            if figure.place != place.code { place = (figure.place, catalog.places[figure.place]?.kind) }
            return place.kind
        }
        func counted(_ figure: FigureRecord) -> Bool {
            guard figure.value != nil && !figure.censored && !figure.hasBreakdown else { return false }
            if figure.unit != unit.code { unit = (figure.unit, catalog.units[figure.unit]?.dimension == "count") }
            return unit.isCount
        }
        var regions: [RegionGroup: [FigureRecord]] = [:]
        for figure in ordered where kind(figure).map({ $0 != "country" }) ?? false && counted(figure) {
            regions[group(figure), default: []].append(figure)
        }
        guard !regions.isEmpty else { return [] }
        var members: [String: Set<String>] = [:]
        var pairs: [(country: FigureRecord, region: FigureRecord)] = []
        for country in ordered where kind(country) == "country" && counted(country) {
            guard let candidates = regions[group(country)], let value = country.value else { continue }
            for region in candidates where value > region.value ?? .infinity {
                if members[region.place] == nil { members[region.place] = Set(catalog.members[region.place] ?? []) }
                if members[region.place]?.contains(country.place) ?? false { pairs.append((country, region)) }
            }
        }
        var warnings = pairs.prefix(placeWarningLimit).map { placeWarning($0.country, above: $0.region, context: context) }
        if pairs.count > placeWarningLimit {
            let more = pairs.count - placeWarningLimit
            warnings.append(summary(
                "places", "\(Words.count(more, "more country figure is", "more country figures are")) larger than the figure of a region "
                    + "that contains \(more == 1 ? "it" : "them"); the same caution applies to each (tipdb check lists them all as place-above-region)."))
        }
        return warnings
    }

    /// What a country's figure and its region's must share to be compared, as a key: its fields
    /// hashed as they are. Why not one joined string: made for each of 100,000 figures twice, the
    /// strings (and the days written out) were the caution's own cost in a large brief (`perf`).
    /// The measure and source by their ranks in the record, their keys only when it has none.
    private struct RegionGroup: Hashable {
        let measureRank: Int
        let sourceIndex: Int
        let measure: String
        let source: String
        let study: String?
        let unit: String
        let sex: String
        let ageGroup: String
        let form: String?
        let firstDay: Int
        let lastDay: Int
    }

    /// "Detected victims of trafficking, 2020, Report A 2020 [1]: the figure for Nigeria (5,000)
    /// is larger than the figure for Western Africa (3,000), a region that contains it. ..."
    private static func placeWarning(_ country: FigureRecord, above region: FigureRecord, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let subgroup = BriefContext.subgroup(country, catalog: catalog)
        let what = catalog.measureLabel(country.measure) + (subgroup == "all" ? "" : " (\(subgroup))")
        var text = CitedText(plain: "\(what), \(country.periodText), ")
        text += context.citedLabel(country.source)
        text += ": the figure for \(Words.place(catalog.placeName(country.place))) (\(context.boundedText(country))) is larger than the "
            + "figure for \(Words.place(catalog.placeName(region.place))) (\(context.boundedText(region))), a region that contains it."
            + "\(sameDaysSentence([country, region]))"
        text += " Both are kept as published, but a region's count includes the counts of its countries: one of the two counts "
            + "something else or is wrong. Say so when citing either."
        return ComparabilityWarning(
            kind: "places", text: text, figures: [country.key, region.key], citations: [context.cite(country.source)])
    }
}
