extension Figure {
    /// This figure with the fields its input did not state taken from `stored`, the figure with the
    /// same key already in the database.
    ///
    /// Every kept field is one no check ties to the fields the input did give (bounds aside, kept
    /// only with the very value they bound; and a kept value, which ingest checks against the
    /// bounds the row gives before it writes), so the result passes the schema's checks whenever
    /// this figure and `stored` do. A kept `cites` adds no lineage link that was not stored already.
    public func keeping(_ unstated: UnstatedFields, from stored: Figure) -> Figure {
        guard !unstated.isEmpty else { return self }
        var figure = self
        if unstated.contains(.study) { figure.study = stored.study }
        if unstated.contains(.locator) { figure.locator = stored.locator }
        if unstated.contains(.quote) { figure.quote = stored.quote }
        if unstated.contains(.cites) { figure.cites = stored.cites }
        if unstated.contains(.method) { figure.method = stored.method }
        if unstated.contains(.notes) { figure.notes = stored.notes }
        if unstated.contains(.tags) { figure.tags = stored.tags }
        if unstated.contains(.form) { figure.form = stored.form }
        if unstated.contains(.sex) { figure.sex = stored.sex }
        if unstated.contains(.ageGroup) { figure.ageGroup = stored.ageGroup }
        if unstated.contains(.extra) { figure.extra = stored.extra }
        if unstated.contains(.periodBasis) { figure.periodBasis = stored.periodBasis }
        if unstated.contains(.priceYear) { figure.priceYear = stored.priceYear }
        // The number is kept only within one estimate: the same unit, and neither side censored.
        let sameEstimate = !censored && !stored.censored && unit == stored.unit
        if unstated.contains(.value), sameEstimate { (figure.value, figure.valueLastDigit) = (stored.value, stored.valueLastDigit) }
        if sameEstimate, figure.value == stored.value {
            if unstated.contains(.low) { (figure.low, figure.lowLastDigit) = (stored.low, stored.lowLastDigit) }
            if unstated.contains(.high) { (figure.high, figure.highLastDigit) = (stored.high, stored.highLastDigit) }
            if unstated.contains(.ciLevel), figure.low != nil, figure.high != nil { figure.ciLevel = stored.ciLevel }
        }
        return figure
    }
}
