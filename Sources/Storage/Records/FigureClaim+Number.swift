extension FigureClaim {
    /// The same claim with another number, given as the figures table stores one (`value`,
    /// `censored`, `low`, `high`): what a figure claimed before a revision changed its number.
    ///
    /// Why one place: `tipdb check` and the brief both ask whether a repeat quotes a number its
    /// cited figure had before a revision, and must read a stored number into a claim alike.
    public func stating(value: Double?, censored: Bool, low: Double?, high: Double?) -> FigureClaim {
        var claim = self
        claim.value = censored ? nil : value
        claim.censoredHigh = censored ? high : nil
        claim.statedLow = censored ? nil : low
        claim.statedHigh = censored ? nil : high
        return claim
    }
}
