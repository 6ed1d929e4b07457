extension RepeatChange {
    /// Whether a chain of repeats, the figure first and the figure it ends at last, drifts from
    /// that figure's number though no link changes the number: each repeat a rounding of the one
    /// before (2,449,000 → 2.45 million → 2.5 million), the end no rounding of the start.
    ///
    /// Why: each link is compared with the figure it cites, so a number rounded again at every
    /// step passed as faithful all the way, where domain.md's central pattern is exactly a number
    /// repeated until it no longer says what its evidence said (review of session 30). A link that
    /// changes the number, or the unit, is named at that link instead.
    public static func drifts(_ chain: [FigureClaim]) -> Bool {
        guard chain.count > 2, let first = chain.first, let last = chain.last,
              chain.allSatisfy({ $0.unit == first.unit })
        else { return false }
        for index in chain.indices.dropLast() where changesNumber(chain[index], cites: chain[index + 1]) {
            return false
        }
        return changesNumber(first, cites: last)
    }
}
