/// A place in a headline series (`Headline.series`): one figure per source and period end.
///
/// A struct of the two fields rather than the two joined into one string, which made a new
/// string for every figure of every series a brief draws or checks.
struct SeriesSlot: Hashable {
    let source: String
    let periodEnd: String
}
