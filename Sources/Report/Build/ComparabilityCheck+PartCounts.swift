import Storage

/// A key figure of a count's part, for a later period than the key figure of the count it is part
/// of (`measures.parent`), in one place: CTDC's 441 victims in case-level data for 2022 beside
/// UNODC's up to 47,000 detected victims for 2020.
///
/// Why a caution: side by side in the key figures, the two read as detections falling from 47,000
/// to 441, when the part counts only the victims in one collection's records. Only the Definitions
/// said it was a part. Estimates are left to the age caution, which names a later figure of a
/// part (`KeyFigureAge`); counts from records come out yearly and are read as a series.
extension ComparabilityCheck {
    static func partCountWarnings(_ keyFigures: [KeyFigure], ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        let parts = keyFigures.filter { key in
            SeriesCaution.isDetected(key.measure, catalog: catalog) && catalog.measures[key.measure]?.parent != nil
        }
        guard !parts.isEmpty else { return [] }
        var byMeasureAndPlace: [String: KeyFigure] = [:]
        for key in keyFigures { byMeasureAndPlace[key.measure + "\u{0}" + key.place] = key }
        let pairs = parts.compactMap { part -> (part: KeyFigure, whole: KeyFigure)? in
            guard let parent = catalog.measures[part.measure]?.parent,
                  let whole = byMeasureAndPlace[parent + "\u{0}" + part.place] else { return nil }
            return (part, whole)
        }
        guard !pairs.isEmpty else { return [] }
        let wanted = Set(pairs.flatMap { [$0.part.figure.key, $0.whole.figure.key] })
        var records: [String: FigureRecord] = [:]
        for figure in ordered where wanted.contains(figure.key) { records[figure.key] = figure }
        return pairs.compactMap { pair in
            guard let part = records[pair.part.figure.key], let whole = records[pair.whole.figure.key],
                  part.lastDay > whole.lastDay else { return nil }
            return partCountWarning(part: part, whole: whole, placeName: pair.whole.placeName, context: context)
        }
    }

    /// "Detected victims of trafficking, World: Victims recorded in case-level data is a part of it,
    /// counted in another data collection: its key figure, 441 for 2022 (CTDC 2025 [2]), counts only
    /// that part, so it is neither a later nor a lower count than up to 47,000 for 2020 (UNODC 2023
    /// [1]). Do not set the two side by side as a change."
    private static func partCountWarning(part: FigureRecord, whole: FigureRecord, placeName: String, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let another = collection(of: part, catalog) != collection(of: whole, catalog)
        let partCitation = context.cite(part.source), wholeCitation = context.cite(whole.source)
        var text = CitedText(plain: "\(catalog.measureLabel(whole.measure)), \(Words.aroundComma(placeName)): "
            + "\(catalog.measureLabel(part.measure)) is a part of it\(another ? ", counted in another data collection" : ""): "
            + "its key figure, \(context.markedText(part)) for \(part.periodText) (\(context.label(part.source)) ")
        text += CitedText.citation(partCitation)
        text += CitedText(plain: "), counts only that part, so it is neither a later nor a lower count than "
            + "\(context.markedText(whole)) for \(whole.periodText) (\(context.label(whole.source)) ")
        text += CitedText.citation(wholeCitation)
        text += "). Do not set the two side by side as a change."
        return ComparabilityWarning(
            kind: "counts", text: text, figures: [part.key, whole.key],
            citations: partCitation == wholeCitation ? [partCitation] : [partCitation, wholeCitation])
    }
}
