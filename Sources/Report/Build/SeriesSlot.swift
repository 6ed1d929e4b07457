/// A place in a headline series (`Headline.series`): one figure per source and period end, by
/// its last day (`2023` and `2023-01/2023-12` end on one day: as text, one slot took the year's
/// and its fourth quarter's counts apart and the other did not, session 55).
///
/// A struct of the two fields rather than the two joined into one string, which made a new
/// string for every figure of every series a brief draws or checks.
struct SeriesSlot: Hashable {
    let source: String
    let lastDay: Int
}
