import Storage

/// A figure in the tables that goes back, through its `cites`, to a figure of another kind of
/// count or another concept: an NGO's 1.162 million "detected victims" in Bangladesh that repeats
/// Walk Free's modern-slavery estimate.
///
/// Why: the counts and concepts cautions read the measures a brief's tables hold, and such a
/// repeat is filed under the measure it claims. A brief of detected victims listed that estimate
/// beside police counts and said "Nothing here mixes estimates with detected counts, different
/// concepts, ..." (review of session 39). The lineage section flags the change of measure; this
/// says, where comparisons are cautioned, that the number is not one of the figures beside it.
extension ComparabilityCheck {
    /// Cautions of this kind beyond this many are summed up in one sentence.
    static let repeatOriginLimit = 20

    /// One caution per figure of `ordered` whose chain of repeats ends at a figure of a measure
    /// that counts something else (`Measure.counts`) or belongs to another concept, in reading
    /// order: kind `counts` where what is counted differs, else `concepts`.
    static func repeatOriginWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var warnings: [ComparabilityWarning] = []
        var skipped = 0
        for figure in ordered where figure.cites != nil {
            guard let (original, changes) = context.scopeChange(figure), changes.contains(.measure),
                  let listed = catalog.measures[figure.measure], let origin = catalog.measures[original.measure] else { continue }
            let otherCounts = listed.counts != origin.counts
            let otherConcept = listed.concept != origin.concept && listed.concept != "other" && origin.concept != "other"
            guard otherCounts || otherConcept else { continue }
            guard warnings.count < repeatOriginLimit else {
                skipped += 1
                continue
            }
            // "a prevalence estimate, not a count of detected victims, and of another concept, modern slavery, not ..."
            var differences: [String] = []
            if otherCounts { differences.append("\(withArticle(Words.counts(origin.counts))), not \(withArticle(Words.counts(listed.counts)))") }
            if otherConcept {
                differences.append("\(otherCounts ? "of " : "")another concept, \(Words.concept(origin.concept)), not \(Words.concept(listed.concept))")
            }
            let citation = context.cite(figure.source), originCitation = context.cite(original.source)
            var text = CitedText(plain: "\(listed.label), \(Words.aroundComma(catalog.placeName(figure.place))): \(context.markedText(figure)) ")
            text += "(\(context.label(figure.source)) \(CitedText.citation(citation))) is listed under this measure but goes back to a figure of "
            text += CitedText(plain: "\(origin.label), \(context.markedText(original)) for \(original.periodText) ")
            text += "(\(context.label(original.source)) \(CitedText.citation(originCitation))): "
            text += CitedText(plain: differences.joined(separator: ", and ") + ". It must not be compared with the figures beside it as if it counted the same people.")
            warnings.append(ComparabilityWarning(
                kind: otherCounts ? "counts" : "concepts", text: text, figures: [figure.key, original.key], citations: [citation, originCitation]))
        }
        if skipped > 0 {
            warnings.append(summary(
                "counts",
                "\(Words.count(skipped, "more figure goes", "more figures go")) back to a figure of another kind of count or another "
                    + "concept than the measure it is listed under; the same caution applies to each (see How these numbers travel)."))
        }
        return warnings
    }

    /// "a prevalence estimate", "an amount of money", "an index score".
    private static func withArticle(_ phrase: String) -> String {
        (phrase.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + phrase
    }
}
