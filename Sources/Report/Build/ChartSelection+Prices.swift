import Storage

extension ChartSelection {
    /// A money chart's points of several years whose prices are not all one year's: they are not
    /// adjusted for inflation, said on the chart, which is pasted into slides without the
    /// brief's cautions (`ComparabilityCheck.priceWarnings` says it there, amount by amount).
    ///
    /// Why: US$150 billion (2012) and US$236 billion (2021) drawn on one "US dollars a year" axis
    /// read as growth, though the dollars were of different years (supply-chain review, session 53).
    static func priceCaution(_ series: [FigureRecord], catalog: Catalog) -> (sentence: String, short: String)? {
        guard let first = series.first, ComparabilityCheck.isMoney(first.unit, catalog) else { return nil }
        let years = Set(series.map { $0.periodEnd.prefix(4) })
        let prices = Set(series.map(\.priceYear))
        guard years.count > 1, prices.count > 1 || prices.contains(nil) else { return nil }
        let unknown = series.filter { $0.priceYear == nil }.count
        let recorded = prices.compactMap { $0 }.sorted().map(String.init)
        var basis: [String] = []
        if !recorded.isEmpty { basis.append("in " + Words.list(recorded) + " prices") }
        if unknown > 0 { basis.append(unknown == series.count ? "price basis not recorded" : "\(unknown) with no price basis recorded") }
        return ("Amounts not adjusted for inflation (\(basis.joined(separator: "; "))): dollars of different years are not the same money.",
                "not adjusted for inflation")
    }
}
