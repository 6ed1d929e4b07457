import Storage

/// Cautions on the key figures of one measure set side by side for different places (kind
/// `comparison`), printed under the key figures table with the age cautions: "Modern slavery: the
/// key figures of 2 places are not like for like. They describe different reference periods: 2021
/// (India) and 2016 (Nigeria). They come from 2 editions of one producer's series ..."
///
/// Why: the key figures table is what a board reads, and its rows read as a ranking. Within one
/// place, the methods caution says that successive estimates from different editions or
/// producers are no trend; across places the same mismatch (GSI 2023's 11 million for India in
/// 2021 beside GSI 2018's 1.4 million for Nigeria in 2016) went without a word, as did the
/// difference between estimated and detected figures of one measure (review of session 48, a
/// programme officer comparing countries). A count is no rate, so counts for places of
/// different size are said to be no ranking either.
///
/// A place whose only primary figures of the measure are in another unit (Thailand's 4.5 per
/// 1,000) has no key figure, by the rule `latest_estimates` keeps: it is named here, with the
/// latest figure in that unit of each place that has one (`Headline.best` in that unit), which
/// are often the only figures that compare places of different size, and whether they too mix
/// periods and data collections.
enum KeyFigurePlaces {
    static let kind = "comparison"
    /// Places, periods or sources named in a list before "and N more".
    static let namedLimit = 4

    /// One caution per measure whose key figures, or latest figures in another unit, for two
    /// places or more differ in reference period, data collection or method, or that has a place
    /// with figures in another unit only; `KeyFigureAge.limit` of them, then one sentence.
    ///
    /// - Parameter ordered: the figures in scope, in reading order.
    static func build(_ keyFigures: [KeyFigure], ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        var order: [String] = []
        var keys: [String: [FigureRecord]] = [:]
        for key in keyFigures {
            // The key figure's record, among its measure and place's (found by bisection).
            guard let record = KeyFigureAge.record(of: key, in: ordered, context: context) else { continue }
            if keys[key.measure] == nil { order.append(key.measure) }
            keys[key.measure, default: []].append(record)
        }
        let others = otherUnits(ordered, context: context)
        for measure in others.order where keys[measure] == nil { order.append(measure) }
        var warnings: [ComparabilityWarning] = []
        var more = 0
        for measure in order {
            let records = keys[measure] ?? []
            let units = others.best[measure] ?? []
            var places = Set(records.map(\.place))
            for unit in units { places.formUnion(unit.figures.map(\.place)) }
            guard places.count >= 2 else { continue }
            guard warnings.count < KeyFigureAge.limit else {
                if caution(measure, keys: records, units: units, context: context, wording: false) != nil { more += 1 }
                continue
            }
            if let warning = caution(measure, keys: records, units: units, context: context, wording: true) { warnings.append(warning) }
        }
        if more > 0 {
            warnings.append(ComparabilityCheck.summary(
                kind, "\(Words.count(more, "more measure has", "more measures have")) key figures for several places that differ in "
                    + "reference period, data collection or method; the same caution applies to each (see the key figures table)."))
        }
        return warnings
    }

    /// The latest primary figure (`Headline.best`) in each unit other than the measure's usual one
    /// (a change over years aside: it is no level), of each place: by measure, each unit's in
    /// reading order; and the measures in the order they were met.
    private static func otherUnits(
        _ ordered: [FigureRecord], context: BriefContext
    ) -> (order: [String], best: [String: [(unit: String, figures: [FigureRecord])]]) {
        let catalog = context.catalog
        var order: [String] = []
        var best: [String: [(unit: String, figures: [FigureRecord])]] = [:]
        for group in BriefContext.byMeasureAndPlace(ordered) {
            guard let first = group.first else { continue }
            let usual = catalog.defaultUnits[first.measure]
            var units: [String] = []
            for figure in group where figure.isPrimaryInAnyUnit && figure.unit != usual && !units.contains(figure.unit) {
                guard catalog.units[figure.unit]?.dimension != "change" else { continue }
                units.append(figure.unit)
            }
            guard !units.isEmpty else { continue }
            if best[first.measure] == nil { order.append(first.measure) }
            for unit in units.sorted() {
                guard let latest = Headline.best(of: group, catalog: catalog, unit: unit) else { continue }
                if let index = best[first.measure]?.firstIndex(where: { $0.unit == unit }) {
                    best[first.measure]?[index].figures.append(latest)
                } else {
                    best[first.measure, default: []].append((unit, [latest]))
                }
            }
        }
        return (order, best)
    }

    /// What sets figures of different places apart: their reference periods (by their days),
    /// data collections (`ComparabilityCheck.collection(of:_:)`) and methods, each when there are two or more.
    private struct Differences {
        let periods: Bool
        let collections: Int
        let methods: Bool

        init(_ figures: [FigureRecord], catalog: Catalog) {
            periods = Set(figures.map { $0.firstDay &* 100_000_000 &+ $0.lastDay }).count >= 2
            collections = Set(figures.map { ComparabilityCheck.collection(of: $0, catalog) }).count
            methods = Set(figures.map(\.method)).count >= 2
        }

        var any: Bool { periods || collections >= 2 || methods }
    }

    /// The caution for one measure, or nil when it has nothing to say. Without `wording`, only
    /// whether there is one (no citation is numbered): for the measures beyond the limit.
    private static func caution(
        _ measure: String, keys: [FigureRecord], units: [(unit: String, figures: [FigureRecord])], context: BriefContext, wording: Bool
    ) -> ComparabilityWarning? {
        let catalog = context.catalog
        let keyDifferences = keys.count >= 2 ? Differences(keys, catalog: catalog) : nil
        let keyPlaces = Set(keys.map(\.place))
        var missing: [String] = []
        for unit in units {
            for figure in unit.figures where !keyPlaces.contains(figure.place) && !missing.contains(figure.place) { missing.append(figure.place) }
        }
        // A unit is named when it holds figures of two places or more, or of a place without a key figure.
        let shown = units.filter { unit in unit.figures.count >= 2 || unit.figures.contains { !keyPlaces.contains($0.place) } }
        let unitDifferences = shown.map { Differences($0.figures, catalog: catalog) }
        let differ = (keyDifferences?.any ?? false) || unitDifferences.contains { $0.any }
        guard differ || !missing.isEmpty else { return nil }
        guard wording else { return ComparabilityWarning(kind: kind, text: "", figures: [], citations: []) }

        var text = CitedText(plain: "\(catalog.measureLabel(measure)): ")
        var figures: [String] = []
        var citations: [Int] = []
        func cite(_ source: String) -> CitedText {
            let number = context.cite(source)
            if !citations.contains(number) { citations.append(number) }
            return CitedText(plain: context.label(source) + " ") + CitedText.citation(number)
        }
        let keysSaid = keyDifferences?.any ?? false
        if let keyDifferences, keysSaid {
            figures += keys.map(\.key)
            text += CitedText(plain: "the key figures of \(Words.count(Set(keys.map(\.place)).count, "place")) are not like for like.")
            text += differences(keys, keyDifferences, measure: measure, context: context, cite: cite)
            if catalog.units[catalog.defaultUnits[measure] ?? ""]?.dimension == "count" {
                text += " As counts for places of different size, their order is no ranking."
            }
        }
        if !missing.isEmpty {
            let names = missing.map { Words.place(catalog.placeName($0)) }
            let has = missing.count == 1 ? "has" : "have"
            let usual = catalog.units[catalog.defaultUnits[measure] ?? ""]?.label ?? "the measure's usual unit"
            text += CitedText(plain: (text.text.hasSuffix(": ") ? "" : " ") + "\(named(names, limit: namedLimit, what: "place")) \(has) no key figure, "
                + "since the key figures are in \(usual) and \(missing.count == 1 ? "its" : "their") primary figures of this measure are all in another unit.")
        }
        for (unit, found) in zip(shown, unitDifferences) {
            let label = catalog.units[unit.unit]?.label ?? unit.unit
            let listed = unit.figures.prefix(namedLimit).map { figure -> CitedText in
                CitedText(plain: "\(context.boundedText(figure)) for \(Words.place(catalog.placeName(figure.place))) (\(figure.periodText), ")
                    + cite(figure.source) + ")"
            }
            figures += unit.figures.map(\.key)
            let rest = unit.figures.count - listed.count
            var items = CitedText.joined(Array(listed), separator: ", ")
            if rest > 0 { items += CitedText(plain: " and \(Words.count(rest, "more place"))") } else { items = CitedText.list(Array(listed)) }
            let inUnit = label.hasPrefix("per ") ? label : "in " + label
            text += CitedText(plain: (text.text.hasSuffix(": ") ? "the latest" : " The latest") + " figures \(inUnit): ") + items
            if unit.figures.count >= 2 && found.any {
                text += CitedText(plain: keysSaid ? ". They too are not like for like." : ". They are not like for like.")
                text += differences(unit.figures, found, measure: measure, context: context, cite: cite)
            } else {
                text += "."
            }
        }
        if differ { text += " Say so wherever these figures are set side by side." }
        return ComparabilityWarning(kind: kind, text: text, figures: figures, citations: citations)
    }

    /// The sentences on what sets `figures` apart, each led by a space: "They describe different
    /// reference periods: ... They come from 2 editions of one producer's series ... They were
    /// arrived at by different methods: ..."
    private static func differences(
        _ figures: [FigureRecord], _ found: Differences, measure: String, context: BriefContext, cite: (String) -> CitedText
    ) -> CitedText {
        let catalog = context.catalog
        var text = CitedText(plain: "")
        if found.periods {
            let periods = grouped(figures, catalog: catalog) { $0.periodText }.map { period, places in "\(period) (\(places))" }
            text += CitedText(plain: " They describe different reference periods: \(named(periods, limit: namedLimit, what: "period")); "
                + "they do not describe one point in time.")
        }
        if found.collections >= 2 {
            var sources: [String] = []
            for figure in figures where !sources.contains(figure.source) { sources.append(figure.source) }
            let listed = sources.prefix(namedLimit).map { source -> CitedText in
                let places = figures.filter { $0.source == source }.map { Words.place(catalog.placeName($0.place)) }
                return cite(source) + CitedText(plain: " (\(named(places, limit: 3, what: "place")))")
            }
            var cited = CitedText.list(Array(listed))
            if sources.count > listed.count {
                cited = CitedText.joined(Array(listed), separator: ", ") + CitedText(plain: " and \(Words.count(sources.count - listed.count, "more source"))")
            }
            let producers = SeriesCaution.isDetected(measure, catalog: catalog) ? nil : SeriesProducers(figures, catalog: catalog)
            let origins: String
            let reason: String
            if let producers, producers.isIndependent {
                let editions = producers.collections.contains { $0 >= 2 }
                origins = editions
                    ? "\(found.collections) different studies or sources by \(producers.groups.count) producers"
                    : "\(producers.groups.count) different producers"
                reason = editions
                    ? "methods and coverage changed between editions and differ between producers"
                    : "each producer has its own methods and coverage"
            } else if producers != nil {
                origins = "\(found.collections) editions of one producer's series"
                reason = "methods and coverage changed between editions"
            } else {
                origins = SeriesCaution.origins(found.collections, detected: true)
                reason = "each data collection has its own reporting agencies, countries and rules for what it counts"
            }
            text += CitedText(plain: " They come from \(origins): ") + cited + CitedText(plain: "; \(reason).")
        }
        if found.methods {
            let methods = grouped(figures, catalog: catalog) { $0.method }.map { method, places in "\(method) (\(places))" }
            text += CitedText(plain: " They were arrived at differently: \(named(methods, limit: namedLimit, what: "method")); "
                + "an estimate and a count of detected cases are not the same quantity.")
        }
        return text
    }

    /// The figures' values of `field`, each once in the order met, with the names of the places
    /// that have it (three named, then how many more).
    private static func grouped(_ figures: [FigureRecord], catalog: Catalog, _ field: (FigureRecord) -> String) -> [(String, String)] {
        var order: [String] = []
        var places: [String: [String]] = [:]
        for figure in figures {
            let value = field(figure)
            if places[value] == nil { order.append(value) }
            places[value, default: []].append(Words.place(catalog.placeName(figure.place)))
        }
        return order.map { value in (value, named(places[value] ?? [], limit: 3, what: "place")) }
    }

    /// "A, B and C"; beyond `limit`, "A, B, C and 4 more places".
    private static func named(_ items: [String], limit: Int, what: String) -> String {
        guard items.count > limit else { return Words.list(items) }
        return items.prefix(limit).joined(separator: ", ") + " and \(Words.count(items.count - limit, "more " + what))"
    }
}
