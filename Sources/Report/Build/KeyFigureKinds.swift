import Storage

/// A caution under the key figures table (kind `estimate-and-count`) where one place's key figures
/// set a prevalence estimate beside a count of detected victims or of criminal-justice cases of the
/// same concept: "World: at least 2.45 million is an estimate of everyone trafficked (Victims of
/// trafficking in persons (estimated), 1995-2004, ILO 2005 [1]); 47,000 counts only the victims
/// authorities and organisations identified (Detected victims of trafficking, 2020, UNODC 2023 [2]).
/// ..."
///
/// Why here and not only under Comparability: the key figures table is the part of a brief read
/// alone, and its rows of one place read down as a series. The estimate of 2.45 million above the
/// count of 47,000 read as trafficking falling by 98% (review of session 51, a parliamentary
/// researcher reading only the first section); the Comparability section's caution on counts
/// said it sections later, without the numbers. Measures of different concepts are left to that
/// section's concepts caution: the labels already say forced labour, not trafficking.
enum KeyFigureKinds {
    static let kind = "estimate-and-count"

    /// One caution per place and concept whose key figures hold both a prevalence estimate and a
    /// count from records, in the order of the key figures table; `KeyFigureAge.limit` of them,
    /// then one sentence.
    ///
    /// - Parameter ordered: the figures in scope, in reading order.
    static func build(_ keyFigures: [KeyFigure], ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var order: [String] = []
        var groups: [String: (estimates: [FigureRecord], counts: [FigureRecord])] = [:]
        for key in keyFigures {
            guard let measure = catalog.measures[key.measure], !measure.concept.isEmpty else { continue }
            let concept = measure.concept
            let isEstimate = measure.counts == "prevalence-estimate"
            guard isEstimate || Measure.peopleOrCasesCounts.contains(measure.counts) else { continue }
            guard let record = KeyFigureAge.record(of: key, in: ordered, context: context) else { continue }
            let group = key.place + "\u{0}" + concept
            if groups[group] == nil { order.append(group) }
            if isEstimate { groups[group, default: ([], [])].estimates.append(record) } else { groups[group, default: ([], [])].counts.append(record) }
        }
        let mixed = order.compactMap { group -> (estimates: [FigureRecord], counts: [FigureRecord])? in
            guard let found = groups[group], !found.estimates.isEmpty, !found.counts.isEmpty else { return nil }
            return found
        }
        var warnings = mixed.prefix(KeyFigureAge.limit).map { caution(estimates: $0.estimates, counts: $0.counts, context: context) }
        if mixed.count > warnings.count {
            let more = mixed.count - warnings.count
            warnings.append(ComparabilityCheck.summary(
                kind, "\(Words.count(more, "more place has", "more places have")) key figures that set an estimate beside a count "
                    + "of detected or criminal-justice cases; the same caution applies to each (see the key figures table)."))
        }
        return warnings
    }

    /// The caution for one place and concept: each figure with what it counts, then why the
    /// estimate and the count are no series.
    private static func caution(estimates: [FigureRecord], counts: [FigureRecord], context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        var citations: [Int] = []
        func described(_ figure: FigureRecord, _ what: String) -> CitedText {
            let number = context.cite(figure.source)
            if !citations.contains(number) { citations.append(number) }
            // With its interval (`statedText`): an estimate's bare "12,000" beside an exact count of
            // 3,805 read as two exact numbers, the comparison this caution exists to prevent (a
            // statistician's review, session 54).
            return CitedText(plain: "\(context.statedText(figure)) \(what) (\(catalog.measureLabel(figure.measure)), \(figure.periodText), "
                + "\(context.label(figure.source)) ") + CitedText.citation(number) + ")"
        }
        let place = estimates.first.map { catalog.placeName($0.place) } ?? ""
        var text = CitedText(plain: "\(Words.aroundComma(place)): ")
        let estimated = estimates.map { figure in
            described(figure, catalog.measures[figure.measure]?.concept == "trafficking"
                ? "is an estimate of everyone trafficked" : "is an estimate of everyone in the situation")
        }
        text += CitedText.list(estimated)
        text += "; "
        let counted = counts.map { figure in
            described(figure, catalog.measures[figure.measure]?.counts == "detected-count"
                ? "counts only the victims that authorities or organisations identified"
                : "counts only the cases, suspects or offenders that police and courts handled")
        }
        text += CitedText.list(counted)
        // Why not "neither ... nor a lower bound": the distinct people on the lists a multiple
        // systems estimate is built from are, by construction, part of it (the same review).
        text += ". A count is no later value of an estimate, and a lower bound of it only where the estimate was built from those "
            + "very records (as a multiple systems estimate is): do not read the rows as a rise or a fall, and cite each as what it is."
        return ComparabilityWarning(
            kind: kind, text: text, figures: estimates.map(\.key) + counts.map(\.key), citations: citations)
    }
}
