import Storage

extension ChartSelection {
    /// For each measure without a chart, its series in another unit than the usual one: primary
    /// figures for everyone with a value, at two or more stated reference periods in one place,
    /// by unit in reading order (`UnchartedSeries`).
    ///
    /// Why only measures without a chart: a chart's description already names the other places
    /// with figures for its measure, and marks those "in another unit only".
    static func uncharted(_ ordered: [FigureRecord], charts: [Chart], context: BriefContext) -> [UnchartedSeries] {
        let catalog = context.catalog
        let charted = Set(charts.map(\.measure))
        var series: [String: [String: [FigureRecord]]] = [:]
        var order: [(measure: String, unit: String)] = []
        var places: [String: [String]] = [:]
        // Few figures pass the first test: a primary figure in another unit is rare.
        for figure in ordered where figure.isPrimaryInAnyUnit && !figure.isPrimaryEstimate {
            guard figure.value != nil, !figure.periodUnstated, !charted.contains(figure.measure),
                catalog.defaultUnits[figure.measure] != nil
            else { continue }
            let key = figure.measure + "\u{1F}" + figure.unit
            if series[key] == nil { order.append((figure.measure, figure.unit)) }
            if series[key]?[figure.place] == nil { places[key, default: []].append(figure.place) }
            series[key, default: [:]][figure.place, default: []].append(figure)
        }
        return order.compactMap { measure, unit in
            let key = measure + "\u{1F}" + unit
            let found = (places[key] ?? []).compactMap { place -> UnchartedPlace? in
                let figures = series[key]?[place] ?? []
                guard Set(figures.map(periodKey)).count >= 2 else { return nil }
                let first = figures.map(\.periodStart).min() ?? ""
                let last = figures.map(\.periodEnd).max() ?? ""
                return UnchartedPlace(
                    place: place, placeName: catalog.placeName(place),
                    period: ReferencePeriod(start: String(first.prefix(4)), end: String(last.prefix(4))).text,
                    figureCount: figures.count)
            }
            guard !found.isEmpty else { return nil }
            let usual = catalog.measures[measure]?.defaultUnit ?? "persons"
            let unitLabel = catalog.units[unit]?.label ?? unit
            return UnchartedSeries(
                measure: measure, measureLabel: catalog.measureLabel(measure), unit: unit, unitLabel: unitLabel,
                usualUnit: usual, places: found,
                text: text(measure: measure, unitLabel: unitLabel, usual: usual, places: found, catalog: catalog))
        }
    }

    /// "The series of detected victims of trafficking per 100,000 population in Thailand,
    /// 2019-2021, is not charted: a chart draws a measure only in its usual unit, persons; see the
    /// table."; of several places, "... in Thailand (2019-2021) and India (2017-2021) are not
    /// charted: ...", at most `namedPlaces` named.
    private static func text(
        measure: String, unitLabel: String, usual: String, places: [UnchartedPlace], catalog: Catalog
    ) -> String {
        // A rate reads "per 100,000 population"; another unit is named after "in" ("in percent").
        let unit = unitLabel.hasPrefix("per ") ? unitLabel : "in " + unitLabel
        let what = "The series of \(Words.midSentence(catalog.measureLabel(measure))) \(unit) in "
        let usualLabel = catalog.quantity(unit: usual, measure: measure).unitLabel
        let why = ": a chart draws a measure only in its usual unit, \(usualLabel); see the table."
        guard places.count > 1 else {
            let place = places.first.map { "\(Words.place($0.placeName)), \($0.period)," } ?? ""
            return what + place + " is not charted" + why
        }
        let names = places.prefix(namedPlaces).map { "\(Words.place($0.placeName)) (\($0.period))" }
        let more = places.count - names.count
        let listed = more > 0 ? names.joined(separator: ", ") + " and \(Words.count(more, "more place"))" : Words.list(names)
        return what + listed + " are not charted" + why
    }
}
