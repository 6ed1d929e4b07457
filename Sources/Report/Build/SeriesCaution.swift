import Storage

/// The caution that successive figures of one measure and place from different data collections
/// are not a trend, in the words the brief's Comparability section and its charts share.
///
/// Why one type for both: a chart is pasted into slides on its own, away from the Comparability
/// section. Drawn on one axis, ILO's 2005, 2012, 2017 and 2022 estimates read as a rising trend;
/// the chart must say what the section says, in the same words, or it shows what the brief denies.
enum SeriesCaution {
    /// True for counts of detected victims and criminal-justice counts, whose differences follow
    /// each collection's reporting countries and detection capacity rather than its method.
    static func isDetected(_ measure: String, catalog: Catalog) -> Bool {
        Measure.recordCounts.contains(catalog.measures[measure]?.counts ?? "")
    }

    /// "4 different studies or sources", "2 different data collections".
    static func origins(_ count: Int, detected: Bool) -> String {
        "\(count) different \(detected ? "data collections" : "studies or sources")"
    }

    /// Why their differences are not a trend, as a sentence, for figures of `measure` and `place`.
    ///
    /// Why the place: a regional or world total of detections adds up the countries each
    /// collection has reports from, which differ; within one country there are no reporting
    /// countries, but each collection has its own reporting agencies and its own rules for what
    /// it counts (review of session 36: "its own reporting countries" said of Nigeria's counts).
    ///
    /// Why the measure: convictions, prosecutions and recorded offences follow the police,
    /// prosecutors and courts, not detection; "detections follow detection capacity" was said of a
    /// rapporteur's convictions (session 51).
    ///
    /// - Parameter editions: the figures are editions of one producer's series (`SeriesProducers`):
    ///   a national rapporteur's yearly monitors are not "data collections" each with its own
    ///   agencies and rules, though an edition may change which agencies report or what is counted.
    /// - Parameter mixed: the figures come from two producers or more, one of them in editions of
    ///   its series (`mixedEditions`): each data collection has its own agencies, and an edition
    ///   may change them.
    static func reason(measure: String, place: String, catalog: Catalog, editions: Bool = false, mixed: Bool = false) -> String {
        guard isDetected(measure, catalog: catalog) else {
            return "Their methods and coverage changed between editions, so the differences between them are not a trend."
        }
        let country = catalog.places[place]?.kind == "country"
        let follow = catalog.measures[measure]?.counts == "detected-count"
            ? "detections follow detection capacity and law"
            : "criminal-justice counts follow the capacity and priorities of police, prosecutors and courts, and the law"
        let coverage: String
        if mixed {
            coverage = "Each data collection has " + (country ? "its own reporting agencies and rules for what it counts" : "its own reporting countries")
                + ", an edition may change " + (country ? "them" : "its reporting countries")
        } else if editions {
            coverage = country ? "An edition may change which agencies report and what is counted" : "Each edition has its own reporting countries"
        } else {
            coverage = "Each data collection has " + (country ? "its own reporting agencies and rules for what it counts" : "its own reporting countries")
        }
        return "\(coverage), and \(follow), so the differences are not a trend in trafficking."
    }

    /// "2 editions of one producer's series": counts from records whose sources are all one
    /// producer's (`SeriesProducers`), or nil when they are not, or are estimates, whose editions
    /// the methods caution tells as it always has. Each edition is a source of its own: two named
    /// studies of one source are no editions, and their collections are told as before.
    static func editions(_ series: [FigureRecord], collections: Int, catalog: Catalog) -> String? {
        guard collections >= 2, let first = series.first, isDetected(first.measure, catalog: catalog),
              Set(series.map(\.source)).count == collections,
              !SeriesProducers(series, catalog: catalog).isIndependent else { return nil }
        return "\(collections) editions of one producer's series"
    }

    /// "2 different data collections: UNODC 2024 [2]; and U.S. Department of State 2023 [3] and
    /// U.S. Department of State 2024 [1], 2 editions of one producer's series": counts from records
    /// of two producers or more (`SeriesProducers`), one or more of them in editions of its series,
    /// each edition a source of its own; nil otherwise, for `origins` or `editions` to say.
    ///
    /// Why: beside a UNODC count, the U.S. Department of State's 2023 and 2024 reports were
    /// "3 different data collections", each with "its own reporting agencies", where alone they are
    /// rightly 2 editions of one producer's series; an expert witness's annex would have said so
    /// of the two reports under cross-examination (review of session 53). A producer's editions
    /// are one data collection, so the count is of producers.
    ///
    /// - Parameter label: a source as the text names it: cited in the Comparability section, plain on a chart.
    static func mixedEditions(_ series: [FigureRecord], catalog: Catalog, label: (String) -> CitedText) -> CitedText? {
        guard let first = series.first, isDetected(first.measure, catalog: catalog) else { return nil }
        let producers = SeriesProducers(series, catalog: catalog)
        guard producers.isIndependent, producers.collections.contains(where: { $0 >= 2 }) else { return nil }
        var parts: [CitedText] = []
        for (group, collections) in zip(producers.groups, producers.collections) {
            var sources: [String] = []
            for figure in group where !sources.contains(figure.source) { sources.append(figure.source) }
            // Two studies of one source are no editions: the collections are told as before.
            if collections >= 2 && sources.count != collections { return nil }
            let named = CitedText.list(sources.map(label))
            parts.append(collections >= 2 ? named + CitedText(plain: ", \(collections) editions of one producer's series") : named)
        }
        let listed = CitedText.joined(Array(parts.dropLast()), separator: "; ") + CitedText(plain: "; and ") + (parts.last ?? "")
        return CitedText(plain: origins(producers.groups.count, detected: true) + ": ") + listed
    }

    /// The number of data collections a series' figures come from, counted as the methods
    /// caution counts them (`ComparabilityCheck.collection(of:_:)`): a study, else a source's
    /// origin, so that the releases of one export and a copy of it count once.
    static func collections(_ series: [FigureRecord], catalog: Catalog) -> Int {
        Set(series.map { ComparabilityCheck.collection(of: $0, catalog) }).count
    }

    /// The caution a chart of `series` carries, or nil when its points are one comparable series
    /// (one study, or the releases of one export).
    ///
    /// - Returns: `sentence` for the chart's source line and SVG description ("The 4 figures
    ///   come from 4 different studies or sources. Their methods ... are not a trend."),
    ///   and `short` for its SVG title ("figures from 4 different studies or sources, not a trend").
    ///   Estimates of different producers are said to be independent, in the Comparability
    ///   section's words (`producers`), their sources named without citation numbers: the source
    ///   line cites them, and an SVG pasted alone has no reference list.
    static func chart(_ series: [FigureRecord], context: BriefContext) -> (sentence: String, short: String)? {
        let catalog = context.catalog
        let count = collections(series, catalog: catalog)
        guard count >= 2, let first = series.first else { return nil }
        let detected = isDetected(first.measure, catalog: catalog)
        let producers = detected ? nil : SeriesProducers(series, catalog: catalog)
        if let producers, producers.isIndependent {
            let said = Self.producers(producers, collections: count, context: context) { CitedText(plain: context.label($0)) }
            return ("The \(series.count) figures come from \(said.origins.text). \(said.reason.text)", said.short)
        }
        let oneProducer = Self.editions(series, collections: count, catalog: catalog)
        let plainLabel = { (source: String) in CitedText(plain: context.label(source)) }
        let mixed = oneProducer == nil ? mixedEditions(series, catalog: catalog, label: plainLabel) : nil
        let from = oneProducer ?? Self.origins(count, detected: detected)
        // No "drawn": a Markdown brief on standard output gives the series as a table, with the same words.
        let sentence = "The \(series.count) figures come from \(mixed?.text ?? from). "
            + reason(measure: first.measure, place: first.place, catalog: catalog, editions: oneProducer != nil, mixed: mixed != nil)
        let short = mixed == nil ? "figures from \(from), not a trend\(detected ? " in trafficking" : "")"
            : "figures from \(Self.origins(SeriesProducers(series, catalog: catalog).groups.count, detected: true)), not a trend in trafficking"
        return (sentence, short)
    }
}
