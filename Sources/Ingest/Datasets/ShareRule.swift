/// CTDC's denominator rule for shares over multi-select flags, under disclosure control.
///
/// A person can have several forms of exploitation (or means of control), so a share is taken
/// over the people with at least one flag of the group recorded, not over everyone: of 5 people,
/// one with none recorded and 4 of whom 2 have flag A, 2 flag B and 1 flag C, the shares are
/// 50 %, 50 % and 25 % (they may add up to more than 100 %).
///
/// A share reveals its denominator (count ÷ share), and the denominator together with the
/// published total reveals how many had nothing recorded. So no share is computed when the
/// denominator is below the minimum cell size, or when the number with nothing recorded is
/// between 1 and the minimum cell size minus one.
struct ShareRule {
    let minCell: Int

    /// The people a share is taken over: those with at least one flag of the group recorded.
    static func denominator(total: Int, unrecorded: Int) -> Int {
        total - unrecorded
    }

    /// `count` as a percentage (one decimal) of the people in `total` with at least one flag
    /// recorded (`unrecorded` had none), or nil when disclosure control forbids it.
    func percent(count: Int, total: Int, unrecorded: Int) -> Double? {
        let denominator = Self.denominator(total: total, unrecorded: unrecorded)
        guard denominator > 0, denominator >= minCell, unrecorded == 0 || unrecorded >= minCell else { return nil }
        return (Double(count) * 1000 / Double(denominator)).rounded() / 10
    }
}
