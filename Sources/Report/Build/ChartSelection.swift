import Storage

/// Section 4 of a brief: which figures each chart draws.
///
/// One chart per measure, for the place in scope whose headline series has the most reference
/// periods (on a tie, the first in reading order: the world, then regions, then countries by
/// name). Only headline figures are drawn (primary, default unit, everyone): mixing subgroups,
/// units or repeated figures in one chart would draw as a trend what is not one. The table under
/// each measure still lists every figure, and the chart's description names the other places with
/// figures for the measure (in any unit, those in another unit only marked so), so that a region's
/// brief does not seem to hold one country alone.
enum ChartSelection {
    /// The last words of every chart's source line, which only a drawn chart may say: a Markdown
    /// brief on standard output, which gives the chart's figures as a table, leaves them out.
    static let credit = " Drawn by tipdb."

    /// The Charts section without a chart, when no series is left out for its unit either.
    static let noSeries = "No measure has primary figures for everyone at two or more reference periods in one place."

    /// The Charts section without a chart, before the series left out for their unit
    /// (`Brief.unchartedSeries`): without "in its usual unit" it denied them.
    static let noSeriesInUsualUnit =
        "No measure has primary figures for everyone at two or more reference periods in one place in its usual unit."

    /// What the Charts section says besides its charts: `noSeries` when it has neither a chart nor
    /// a series left out for its unit, else the sentences naming those series, after
    /// `noSeriesInUsualUnit` when no chart is drawn; nil for charts alone.
    ///
    /// Why here: Markdown and HTML print the same words.
    static func note(_ brief: Brief) -> String? {
        let uncharted = brief.unchartedSeries.map(\.text)
        if brief.charts.isEmpty { return ([uncharted.isEmpty ? noSeries : noSeriesInUsualUnit] + uncharted).joined(separator: " ") }
        return uncharted.isEmpty ? nil : uncharted.joined(separator: " ")
    }

    /// - Parameter withFigures: `placesWithFigures(ordered, catalog:)`, which the brief makes on another thread.
    static func build(
        _ ordered: [FigureRecord], context: BriefContext, placesWithFigures withFigures: [String: [PlaceWithFigures]]
    ) -> [Chart] {
        var byMeasure: [String: [String: [FigureRecord]]] = [:]
        var measures: [String] = []
        // Primary figures published only as "<k" or as a range: in the series, but with no value to draw.
        var censored: [String: [String: [FigureRecord]]] = [:]
        // Primary figures whose source does not state the period they describe: a chart's x axis
        // is the reference period, and their publication year is not one.
        var undated: [String: [String: [FigureRecord]]] = [:]
        // Counts a later edition of their producer's series gives again (`EditionRevisions`): not
        // drawn beside the revised number as a second point for their period, named under the chart.
        var revised: [String: [String: [FigureRecord]]] = [:]
        let editions = context.editions
        let earlier = context.earlierReleaseOnly
        for figure in ordered where context.isSeriesFigure(figure) {
            if editions.isApart(figure) {
                revised[figure.measure, default: [:]][figure.place, default: []].append(figure)
                continue
            }
            if figure.periodUnstated {
                undated[figure.measure, default: [:]][figure.place, default: []].append(figure)
                continue
            }
            guard figure.value != nil else {
                censored[figure.measure, default: [:]][figure.place, default: []].append(figure)
                continue
            }
            if byMeasure[figure.measure] == nil { measures.append(figure.measure) }
            byMeasure[figure.measure, default: [:]][figure.place, default: []].append(figure)
        }
        var charts: [Chart] = []
        for measure in measures {
            guard let places = byMeasure[measure] else { continue }
            let bounds = censored[measure] ?? [:]
            let ranked = places.keys.sorted(by: { (context.placeRank[$0] ?? Int.max) < (context.placeRank[$1] ?? Int.max) })
            var best: (place: String, periods: Int)?
            for place in ranked {
                let periods = Set((places[place] ?? []).map(periodKey)).count
                if periods >= 2, periods > (best?.periods ?? 0) { best = (place, periods) }
            }
            if let best {
                let series = Headline.series(places[best.place] ?? [], earlier: earlier)
                guard Set(series.map(periodKey)).count >= 2 else { continue }
                let others = ranked.filter { $0 != best.place }.compactMap { place in
                    boundSeries(drawable: places[place] ?? [], bounds: bounds[place] ?? [], context: context)
                }
                charts.append(chart(measure: measure, place: best.place, series: series, notDrawn: bounds[best.place] ?? [],
                                    undated: undated[measure]?[best.place] ?? [], revised: revised[measure]?[best.place] ?? [], otherSeries: others,
                                    passedOver: Headline.passedOver(places[best.place] ?? [], series: series),
                                    otherPlaces: (withFigures[measure] ?? []).filter { $0.place != best.place }, context: context))
                continue
            }
            // No place has two periods with a value, but one may have a value and later (or
            // earlier) figures published only as a bound (250, then <5): a series all the same,
            // drawn with its one point, and its bounds said in the source line.
            var withBounds: (place: String, periods: Int)?
            for place in ranked {
                let periods = Set((places[place] ?? []).map(periodKey) + (bounds[place] ?? []).map(periodKey)).count
                if periods >= 2, periods > (withBounds?.periods ?? 0) { withBounds = (place, periods) }
            }
            guard let withBounds else { continue }
            let series = Headline.series(places[withBounds.place] ?? [], earlier: earlier)
            guard !series.isEmpty else { continue }
            let others = ranked.filter { $0 != withBounds.place }.compactMap { place in
                boundSeries(drawable: places[place] ?? [], bounds: bounds[place] ?? [], context: context)
            }
            charts.append(chart(measure: measure, place: withBounds.place, series: series, notDrawn: bounds[withBounds.place] ?? [],
                                undated: undated[measure]?[withBounds.place] ?? [], revised: revised[measure]?[withBounds.place] ?? [], otherSeries: others,
                                passedOver: Headline.passedOver(places[withBounds.place] ?? [], series: series),
                                otherPlaces: (withFigures[measure] ?? []).filter { $0.place != withBounds.place }, context: context))
        }
        return charts
    }

    static func periodKey(_ figure: FigureRecord) -> String { figure.periodStart + "/" + figure.periodEnd }

    /// What a point's title and table cell say beside its number: what it was revised from, and
    /// that only an earlier release of its series gives it (`BriefContext.earlierReleaseNote`).
    private static func pointNote(_ figure: FigureRecord, context: BriefContext) -> String? {
        let notes = [context.revisedFrom(figure), context.earlierReleaseNote(figure)].compactMap { $0 }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// Every place in scope with a figure of each measure, in reading order, and whether one of its
    /// figures is in the measure's usual unit (the unit a chart draws).
    ///
    /// Why every figure, not only those a chart could draw: the description tells the reader which
    /// other places the table holds, and a Forced labour chart of the world said "1 other place ...
    /// Asia and the Pacific" while the table also held the Arab States' 5.3 per 1,000, a rate.
    /// Reading order keeps a measure's places together: the dictionary is touched once per run.
    ///
    /// It reads the figures and the catalog alone, so a brief makes it on another thread: on the
    /// brief's main thread, reading every record was some 10 ms with the other core idle (`perf`,
    /// session 61).
    static func placesWithFigures(_ ordered: [FigureRecord], catalog: Catalog) -> [String: [PlaceWithFigures]] {
        var places: [String: [PlaceWithFigures]] = [:]
        // The run's places are appended in place: a copy of the run made per figure (to update
        // it) copied its array each time, 4 % of a 100,000-figure brief's main thread.
        // A run of one measure is found by the rank each record carries (`sameMeasure`): measure
        // codes are too long to compare inline, 12 ms over 100,000 figures (`perf`, session 59).
        var last: FigureRecord?, unit: String?
        var current: [PlaceWithFigures] = []
        for figure in ordered {
            if !(last.map { $0.sameMeasure(as: figure) } ?? false) {
                if let measure = last?.measure { places[measure, default: []] += current }
                (unit, current) = (catalog.defaultUnits[figure.measure], [])
            }
            last = figure
            if current.last?.place != figure.place { current.append((figure.place, false)) }
            if figure.unit == unit, !current.isEmpty { current[current.count - 1].inUnit = true }
        }
        if let measure = last?.measure { places[measure, default: []] += current }
        return places
    }

    /// A place with figures of a measure, and whether one of them is in the measure's usual unit.
    typealias PlaceWithFigures = (place: String, inUnit: Bool)

    /// The other places a chart's description names before "and N more".
    static let namedPlaces = 10

    /// The caution a chart carries when its points count over periods of different length (a
    /// month's count beside years'), in the Comparability section's words
    /// (`ComparabilityCheck.mixedPeriods`); nil for prevalence estimates, which count people at a
    /// point in time, and for a series of one length.
    ///
    /// Why on the chart: drawn on one axis, December's 110 after the years' 1,150 and 1,200 reads
    /// as a fall of 91%, and a chart pasted alone into slides leaves the section behind.
    private static func periodCaution(
        _ series: [FigureRecord], measure: String, unit: String, catalog: Catalog
    ) -> (sentence: String, short: String)? {
        guard catalog.measures[measure]?.counts != "prevalence-estimate" else { return nil }
        let dimension = catalog.units[unit]?.dimension
        guard dimension == "count" || dimension == "money" else { return nil }
        var lengths: [PeriodLength: [String]] = [:]
        for figure in series {
            let period = ReferencePeriod(start: figure.periodStart, end: figure.periodEnd).text
            let length = PeriodLength(start: figure.periodStart, end: figure.periodEnd)
            if !(lengths[length]?.contains(period) ?? false) { lengths[length, default: []].append(period) }
        }
        guard lengths.count >= 2, ComparabilityCheck.needsCaution(lengths, money: dimension == "money") else { return nil }
        let words = ComparabilityCheck.mixedPeriods(lengths, money: dimension == "money")
        return (words.prefix(1).uppercased() + words.dropFirst(), "periods of different length, not comparable")
    }

    /// A place's series that is not drawn because all but one of its periods are published only
    /// as bounds, in words for the chart's source line ("<5 (2020, BMI 2021 [1]) in Austria,
    /// whose only value is 250 (2019, BMI 2021 [1])"); nil when the place has no bound, or bounds
    /// only for the periods it has a value for (nothing the reader would miss), or two periods
    /// with values (a place the chart could have drawn; the description counts those).
    ///
    /// Why: without it a measure whose only series ends in a bound (250 in 2019, `<5` in 2020)
    /// seemed to have no series at all: no chart, and no word of it.
    ///
    /// A figure published only as a range (the Home Office's 10,000 to 13,000) is an estimate of
    /// its own, not a bound: the place's value is then "its only figure published as one number",
    /// not "its only value", and `isRange` says so for the source line's "a bound or range"
    /// (review of session 48: the chart called the range a bound).
    private static func boundSeries(
        drawable: [FigureRecord], bounds: [FigureRecord], context: BriefContext
    ) -> (text: CitedText, isRange: Bool)? {
        guard !drawable.isEmpty, !bounds.isEmpty else { return nil }
        let drawn = Headline.series(drawable, earlier: context.earlierReleaseOnly)
        let drawnPeriods = Set(drawn.map(periodKey))
        guard drawnPeriods.count == 1 else { return nil }
        let boundOnly = bounds.filter { !drawnPeriods.contains(periodKey($0)) }
        guard !boundOnly.isEmpty else { return nil }
        func described(_ figure: FigureRecord) -> CitedText {
            "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)))"
        }
        let place = drawable.first.map { Words.place(context.catalog.placeName($0.place)) } ?? ""
        let value = drawn.first.map(described) ?? CitedText(plain: "")
        let isRange = boundOnly.contains { !$0.censored }
        let only = isRange ? "whose only figure published as one number is" : "whose only value is"
        return (CitedText.joined(boundOnly.map(described), separator: "; ") + " in \(place), \(only) \(value)", isRange)
    }

    private static func chart(
        measure: String, place: String, series: [FigureRecord], notDrawn: [FigureRecord], undated: [FigureRecord],
        revised: [FigureRecord] = [], otherSeries: [(text: CitedText, isRange: Bool)], passedOver: [FigureRecord] = [], otherPlaces: [(place: String, inUnit: Bool)],
        context: BriefContext
    ) -> Chart {
        let catalog = context.catalog
        let unit = catalog.measures[measure]?.defaultUnit ?? "persons"
        let quantity = catalog.quantity(unit: unit, measure: measure)
        var sources: [String] = []
        for figure in series where !sources.contains(figure.source) { sources.append(figure.source) }
        let points = series.map { figure -> ChartPoint in
            let style = ChartStyle.marker(sources.firstIndex(of: figure.source) ?? 0)
            return ChartPoint(
                key: figure.key, period: figure.periodText,
                periodStart: figure.periodStart, periodEnd: figure.periodEnd, value: figure.value ?? 0,
                low: figure.censored ? nil : figure.low, high: figure.censored ? nil : figure.high,
                text: context.text(figure), range: BriefContext.rangeText(figure, quantity: context.quantity(figure)),
                ciLevel: figure.censored ? nil : figure.ciLevel, source: figure.source, sourceLabel: context.label(figure.source),
                citation: context.cite(figure.source), revised: pointNote(figure, context: context), marker: style.shape,
                colour: style.colour)
        }
        let first = series.map(\.periodStart).min() ?? ""
        let last = series.map(\.periodEnd).max() ?? ""
        let span = ReferencePeriod(start: String(first.prefix(4)), end: String(last.prefix(4))).text
        let label = catalog.measureLabel(measure)
        let placeName = catalog.placeName(place)
        // A measure charted in percent (one of one's own) says what its shares are of, as its tables do.
        let whole = unit == "percent" ? catalog.shareWholes[measure].map { " of " + $0 } ?? "" : ""
        var description = "\(label) in \(Words.place(placeName)), \(Words.count(points.count, "primary figure")) in \(quantity.unitLabel)\(whole) "
            + "for everyone (no subgroup), by reference period; \(ChartBars.described(points))."
        if !otherPlaces.isEmpty {
            // Named, not only counted: a region's brief charts one country, and the reader must
            // know which others the table holds (at most `namedPlaces`, then how many more).
            // A place whose figures are all in another unit (a rate beside counts) is marked: no
            // chart of this unit could draw it.
            let names = otherPlaces.prefix(namedPlaces).map { other in
                Words.place(catalog.placeName(other.place)) + (other.inUnit ? "" : " (in another unit only)")
            }
            let more = otherPlaces.count - names.count
            let listed = more > 0 ? names.joined(separator: ", ") + " and \(more) more" : Words.list(names)
            description += " \(Words.count(otherPlaces.count, "other place")) in scope \(otherPlaces.count == 1 ? "has" : "have") "
                + "figures for this measure, not drawn here: \(listed); see the table."
        }
        // Points from different studies or editions are not a trend, and counts over a month and
        // over a year are not comparable: said on the chart itself, which is pasted into slides
        // without the Comparability section. The figures its source line names as published only
        // as a bound count, as the methods caution counts them.
        let studies = SeriesCaution.chart(
            notDrawn.isEmpty ? series : Headline.series(series + notDrawn, includingBounds: true, earlier: context.earlierReleaseOnly), context: context)
        let cautions = [studies, periodCaution(series, measure: measure, unit: unit, catalog: catalog), priceCaution(series, catalog: catalog)]
            .compactMap { $0 }
        let caution = cautions.isEmpty
            ? nil : (sentence: cautions.map(\.sentence).joined(separator: " "), short: cautions.map(\.short).joined(separator: "; "))
        var sourceLine = "Source\(sources.count == 1 ? "" : "s"): " + CitedText.joined(sources.map(context.citedLabel), separator: "; ") + "."
        if let caution { sourceLine += CitedText(plain: " " + caution.sentence) }
        sourceLine += " Reference periods, not publication years."
        // Said where the chart is read: a series that seems to end at its last drawn point may
        // have a later figure published only as "<5", and so may another place's one value.
        let texts = notDrawn.map { figure -> CitedText in
            "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)))"
        } + otherSeries.map(\.text)
        if !texts.isEmpty {
            // A range without a value (`10,000 to 13,000`) has no point to draw either; it is
            // named, not drawn at a midpoint its source never published. Another place's range too.
            let what = notDrawn.contains { !$0.censored } || otherSeries.contains(where: \.isRange) ? "a bound or range" : "a bound"
            sourceLine += " Not shown, published only as \(what): " + CitedText.joined(texts, separator: "; ") + "."
        }
        if !passedOver.isEmpty {
            // A source's other period ending as its drawn one does (`Headline.passedOver`, `isPreferred`): named, not dropped unsaid.
            let texts = passedOver.map { figure -> CitedText in
                "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)))"
            }
            sourceLine += " Not shown, one point is drawn per source and period end: " + CitedText.joined(texts, separator: "; ") + "."
        }
        let restated = revised.filter { context.editions.restated[$0.key] != nil }
        if !restated.isEmpty {
            // "1,300 (2016, Nationaal Rapporteur ... 2024 [3]; 952 in ... 2017 [2])": a series break, kept apart.
            let texts = restated.map { figure -> CitedText in
                let earlier = (context.editions.restated[figure.key] ?? []).map { other -> CitedText in
                    "\(context.boundedText(other)) in \(context.citedLabel(other.source))"
                }
                return "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)); "
                    + CitedText.joined(earlier, separator: "; ") + ")"
            }
            sourceLine += " Not shown, a later edition's re-count under another definition (tagged \(Figure.seriesBreakTag): a series "
                + "break, not a revision), beside the earlier editions' number drawn: " + CitedText.joined(texts, separator: "; ") + "."
        }
        let breaks = series.filter { context.set.seriesBreaks.contains($0.key) }
        if !breaks.isEmpty {
            // An untagged point of a series its edition's tag broke says so: the caution says why.
            let implied = context.set.impliedSeriesBreaks
            let texts = breaks.map { figure -> CitedText in
                let untagged = implied.isEmpty || implied[figure.key] == nil ? "" : "; untagged"
                return "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source))\(untagged))"
            }
            let tagged = breaks.contains { !implied.isEmpty && implied[$0.key] != nil }
                ? "tagged \(Figure.seriesBreakTag), or of an edition's series so tagged" : "tagged \(Figure.seriesBreakTag)"
            sourceLine += " A series break: counted under another definition than earlier editions' (\(tagged)), "
                + "so not comparable with the points counted under the earlier one: " + CitedText.joined(texts, separator: "; ") + "."
        }
        if !revised.isEmpty {
            // "910 (2022, National Rapporteur ... 2023 [2]; 925 in National Rapporteur ... 2024 [1])".
            let texts = revised.compactMap { figure -> CitedText? in
                guard let later = context.editions.laterEdition(of: figure) else { return nil }
                return "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)); "
                    + "\(context.boundedText(later)) in \(context.citedLabel(later.source)))"
            }
            if !texts.isEmpty {
                sourceLine += " Not shown, given again by a later edition of the same producer's series, whose number is drawn: "
                    + CitedText.joined(texts, separator: "; ") + "."
            }
        }
        // Drawn, not left out unsaid: the latest release (or download of a chart) does not repeat them, nor withdraw them.
        for release in ["release", "download"] {
            let earlierOnly = series.filter {
                context.earlierReleaseOnly.contains($0.key) && BriefContext.releaseWord($0, set: context.set) == release
            }
            guard !earlierOnly.isEmpty else { continue }
            let released = Set(earlierOnly.compactMap { context.set.droppedFromLatest[$0.key] }).sorted()
            let texts = earlierOnly.map { figure -> CitedText in
                "\(context.boundedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)))"
            }
            sourceLine += " Drawn though only an earlier \(release) gives \(earlierOnly.count == 1 ? "it" : "them") "
                + "(not the latest, \(Words.list(released))), marked so in the table; no key figure: "
                + CitedText.joined(texts, separator: "; ") + "."
        }
        if !undated.isEmpty {
            let texts = undated.map { figure -> CitedText in
                "\(context.boundedText(figure)) (" + context.citedLabel(figure.source) + ")"
            }
            sourceLine += " Not shown, \(undated.count == 1 ? "its source does" : "their sources do") not state the period "
                + "\(undated.count == 1 ? "it describes" : "they describe"): " + CitedText.joined(texts, separator: "; ") + "."
        }
        sourceLine += CitedText(plain: credit)
        var chart = Chart(
            id: "chart-" + measure, measure: measure, measureLabel: label, place: place, placeName: placeName,
            unit: unit, title: "\(label), \(Words.aroundComma(placeName)), \(span)", description: description,
            xAxisLabel: ChartScale.isMonthly(points.map { ReferencePeriod(start: $0.periodStart, end: $0.periodEnd) })
                ? "Reference period (month)" : "Reference period (year)", yAxisLabel: quantity.axisTitle, sourceLine: sourceLine.text,
            caution: caution?.sentence, points: points, svg: "", sourceLineMarks: CitationMarks(sourceLine.marks))
        if unit == "percent" { chart.shareOf = catalog.shareWholes[measure] }
        chart.svg = ChartRenderer(chart: chart, quantity: quantity, shortCaution: caution?.short).svg()
        return chart
    }
}
