import Storage

extension RepeatChangeText {
    /// The number `repeating` took from `cited` when it is one `cited` had before a published
    /// revision (`link`'s `superseded`), with the source that gave it when the revision came with
    /// a newer publication (nil when `cited`'s own source gave it); nil when the repeat's number
    /// is no such number.
    ///
    /// Why apart from `link`'s sentence: a sentence that names the figure a chain goes back to
    /// wrote its number as it stands now, "41 ... repeats 45 for 2020", a number the repeat never
    /// quoted and its source never gave when the repeat quoted it (review of session 45).
    static func earlierQuote(
        _ repeating: FigureRecord, repeats cited: FigureRecord, context: BriefContext
    ) -> (number: String, source: String?)? {
        guard RepeatChange.between(repeating.claim, cites: cited.claim).contains(.value),
              let earlier = earlierNumber(repeating, of: cited, context: context)
        else { return nil }
        return (earlier.number, earlier.source == cited.source ? nil : earlier.source)
    }

    /// The number of the figure `lineage` ends at as the figure before it in the chain quoted it:
    /// "41, since revised to 45" (`earlierQuote`), nil when it quoted the number as it stands.
    static func earlierQuote(endOf lineage: Lineage<FigureRecord>, context: BriefContext) -> (number: String, source: String?)? {
        let steps = lineage.steps
        guard steps.count > 1, let last = steps.last else { return nil }
        return earlierQuote(steps[steps.count - 2], repeats: last, context: context)
    }
}
