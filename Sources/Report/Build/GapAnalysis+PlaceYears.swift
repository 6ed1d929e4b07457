import Storage

/// The reference years each place of a brief over several places lacks, per measure.
///
/// Why: the years were counted over the whole scope, so one country's 2022 covered another's
/// missing 2022, and a three-country brief said only that every country had a figure while
/// Belgium had none for 2013 or 2022; a sum over the places then changes membership from year to
/// year, which is no trend (an evaluator's review, session 54).
extension GapAnalysis {
    /// "Detected victims of trafficking, place by place: Belgium has no figure for 2 reference
    /// years (2013, 2022); Germany for 1 (2024). ..."; nil when every place covers every year of
    /// the span the measure's gaps are looked for in (the filter's, else the years its figures are
    /// filed under). Places are in reading order, at most `listLimit`, then how many more.
    static func placeYearSentence(
        _ places: [(place: String, years: Set<Int>)], filed: FiledSpan, label: String, context: BriefContext
    ) -> String? {
        var parts: [String] = []
        var lacking = 0
        for (place, years) in places {
            guard let gap = yearGap(years, filed: filed, measure: "", label: label, scope: context.scope)?.gap else { continue }
            lacking += 1
            guard parts.count < listLimit else { continue }
            let name = Words.place(context.catalog.placeName(place))
            let what = parts.isEmpty ? "has no figure for \(Words.count(gap.count, "reference year"))" : "for \(gap.count)"
            parts.append("\(name.prefix(1).uppercased() + name.dropFirst()) \(what) (\(gap.years))")
        }
        guard !parts.isEmpty else { return nil }
        let more = lacking > parts.count ? "; and \(lacking - parts.count) more \(lacking - parts.count == 1 ? "place" : "places")" : ""
        return "\(label), place by place: " + parts.joined(separator: "; ") + more + ". A total or comparison over these places "
            + "takes in different places from year to year: compare years only over the places with figures for each."
    }
}
