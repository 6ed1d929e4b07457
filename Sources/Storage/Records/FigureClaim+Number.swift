extension FigureClaim {
    /// The same claim with another number, given as the figures table stores one (`value`,
    /// `censored`, `low`, `high`): what a figure claimed before a revision changed its number.
    ///
    /// Why one place: `tipdb check` and the brief both ask whether a repeat quotes a number its
    /// cited figure had before a revision, and must read a stored number into a claim alike.
    ///
    /// - Parameter unit: the unit the earlier number was in, when it was another (nil: this claim's).
    public func stating(value: Double?, censored: Bool, low: Double?, high: Double?, unit: String? = nil) -> FigureClaim {
        var claim = self
        if let unit { claim.unit = unit }
        claim.value = censored ? nil : value
        claim.censoredHigh = censored ? high : nil
        claim.statedLow = censored ? nil : low
        claim.statedHigh = censored ? nil : high
        return claim
    }
}
