import Storage

/// Amounts of money with the prices they are in (`figures.price_year`): each money measure's
/// amounts, with "in 2021 US dollars" or "price basis not recorded", and, when they are of
/// several years and not all in one year's prices, that they are not adjusted for inflation.
///
/// Why: US$150 billion a year (2012) and US$236 billion a year (2021) were charted on one axis
/// and listed side by side as plain "US dollars a year", with nothing to say that the dollars
/// are of different years; a board read the difference as growth (supply-chain review, session 53).
extension ComparabilityCheck {
    /// Amounts named in one caution; the rest are counted.
    static let priceListLimit = 6

    static func priceWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        var order: [String] = []
        var groups: [String: [FigureRecord]] = [:]
        // Reading order keeps a measure's figures together, and mostly a unit's: each is looked
        // up once per run, where hashing the unit of each of 100,000 figures was most of this
        // caution's 30 ms on the brief's main thread (`perf`, session 59).
        var dimensions = UnitDimensions(context.catalog)
        var run: [FigureRecord] = []
        func flush() {
            guard let first = run.first else { return }
            if groups[first.measure] == nil { order.append(first.measure) }
            groups[first.measure, default: []] += run
            run.removeAll(keepingCapacity: true)
        }
        for figure in ordered {
            guard isMoney(figure.unit, dimension: dimensions.of(figure)) else { continue }
            if let first = run.first, !first.sameMeasure(as: figure) { flush() }
            run.append(figure)
        }
        flush()
        return order.compactMap { measure -> ComparabilityWarning? in
            guard let figures = groups[measure], !figures.isEmpty else { return nil }
            var citations: [Int] = []
            var items: [CitedText] = []
            for figure in figures.prefix(priceListLimit) {
                let number = context.cite(figure)
                if !citations.contains(number) { citations.append(number) }
                let place = context.catalog.placeName(figure.place)
                items.append("\(context.text(figure)), \(basis(figure)) (\(place), \(figure.periodText), \(context.label(figure.source)) \(CitedText.citation(number)))")
            }
            var text = CitedText(plain: "\(context.catalog.measureLabel(measure)): ")
            text += CitedText.joined(items, separator: "; ")
            let rest = figures.dropFirst(priceListLimit)
            if !rest.isEmpty {
                let unknown = rest.filter { $0.priceYear == nil }.count
                let more = "; and \(rest.count) more \(rest.count == 1 ? "amount" : "amounts")"
                    + (unknown == 0 ? "" : " (\(unknown) with no price basis recorded)")
                text += CitedText(plain: more)
            }
            let sentence = inflationSentence(figures)
            text += CitedText(plain: sentence.isEmpty ? "." : ". " + sentence)
            return ComparabilityWarning(kind: "prices", text: text, figures: figures.map(\.key), citations: citations)
        }
    }

    /// `in 2021 US dollars`, or `price basis not recorded`.
    static func basis(_ figure: FigureRecord) -> String {
        guard let year = figure.priceYear else { return "price basis not recorded" }
        return figure.unit.hasPrefix("USD") ? "in \(year) US dollars" : "in \(year) prices"
    }

    /// What the amounts' prices allow: one year's prices compare as they stand; amounts of
    /// several years in different or unrecorded prices are not adjusted for inflation.
    static func inflationSentence(_ figures: [FigureRecord]) -> String {
        let years = Set(figures.map { String($0.periodEnd.prefix(4)) })
        let prices = Set(figures.map(\.priceYear))
        if prices.count == 1, let only = prices.first, let year = only {
            return figures.count == 1 ? "" : "All are in \(year) prices, so they compare without an adjustment for inflation."
        }
        guard years.count > 1 else {
            return prices.contains(nil) ? "Where the price basis is not recorded, check the source before comparing the amount with amounts of other years." : ""
        }
        return "The amounts are of \(years.count) different years and are not adjusted for inflation: "
            + (prices.contains(nil) ? "some have no price basis recorded, and " : "")
            + "dollars of different years are not the same money, so a difference between them is not growth in real terms; "
            + "compare them only in one year's prices (tipdb converts none; a figures file's price_year records the prices each is in)."
    }

    /// Whether `unit` is an amount of money (the units table's dimension money, or a change in US
    /// dollars).
    static func isMoney(_ unit: String, _ catalog: Catalog) -> Bool {
        isMoney(unit, dimension: catalog.units[unit]?.dimension)
    }

    /// `isMoney(_:_:)` for a unit whose dimension the caller has looked up (`UnitDimensions`).
    static func isMoney(_ unit: String, dimension: String?) -> Bool {
        dimension == "money" || unit.hasPrefix("USD")
    }
}
