extension Measure {
    /// The method `method-contradicts-measure` refuses under a measure of `contradictedCounts`.
    public static let contradictingMethod = "detected"
    /// The kind of measure (`measures.counts`) a figure of `contradictingMethod` contradicts.
    public static let contradictedCounts = "prevalence-estimate"

    /// Whether a figure of this measure whose method is `method` is a `method-contradicts-measure`
    /// error: a count from records (`detected`) under a prevalence estimate.
    ///
    /// Why one function: `tipdb check` lists such figures (binding these same constants in its
    /// query) and ingest refuses them at the method cell, so the two cannot name different rows.
    public func isContradicted(byMethod method: String) -> Bool {
        method == Self.contradictingMethod && counts == Self.contradictedCounts
    }
}
