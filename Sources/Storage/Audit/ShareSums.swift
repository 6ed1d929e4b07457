/// The rule behind `tipdb check`'s `shares-above-whole` warning (also ingest's, and the brief's
/// caution): shares in percent of one breakdown of the same whole that add up to more than it.
///
/// Why: the shares of the sexes (female, male, other: a person is counted under one), or of age
/// groups whose ages do not overlap, are parts of one whole, and 60 percent women beside 50
/// percent men of the same detected victims cannot both be right: one is a share of another
/// whole (of women detected, of victims of one form) or wrong. Forms are never added (one person
/// may suffer several), nor figures with a breakdown, nor shares of a subgroup (girls as a share
/// of children): only shares of everyone, by sex with the age group total, or by age with the
/// sex total, the form unset in both.
///
/// Rounding is allowed for: a share published rounded may be half a point above its exact
/// number, so a sum is named only when it exceeds 100 by more than half a point per share
/// (`roundingPerShare`): 51 + 50 = 101 passes (50.5 and 49.5 rounded), 51 + 51 = 102 does not.
/// A share published as a range adds its low end, a censored one nothing; of several shares
/// for one part, the smallest is added.
public enum ShareSums {
    /// How far above its exact number one rounded share may be, in percentage points.
    public static let roundingPerShare = 0.5

    /// The unit shares are stored in.
    public static let unit = "percent"

    /// Shares of one breakdown that add up to more than the whole.
    public struct Sum<Member: SubgroupTotalMember> {
        /// `sex` or `age group`.
        public let breakdown: String
        /// The shares, sexes in the order female, male, other, age groups youngest first (age unknown last).
        public let parts: [Member]
        /// The number each share adds (`SubgroupSums.smallest`).
        public let amounts: [Double]

        /// What the shares add up to at least.
        public var sum: Double { amounts.reduce(0, +) }
    }

    /// Whether `figure` can be a share of everyone by sex or by age (`ShareSums`' fields).
    public static func isCandidate(_ figure: some SubgroupTotalMember) -> Bool {
        figure.unit == unit && figure.form == nil && !figure.hasBreakdown && (figure.sex == "total") != (figure.ageGroup == "total")
    }

    /// The sums above the whole among `group`: figures of one source and study (or of no study),
    /// measure, place and period (by its days); any figure that is no candidate (`isCandidate`) is passed over. By sex
    /// first, then by age.
    public static func above<Member: SubgroupTotalMember>(inGroup group: some Collection<Member>) -> [Sum<Member>] {
        var bySex: [String: (figure: Member, amount: Double)] = [:]
        var byAge: [String: (figure: Member, amount: Double)] = [:]
        for figure in group where isCandidate(figure) {
            let amount = SubgroupSums.smallest(figure)
            guard amount > 0 else { continue }
            let part = (figure: figure, amount: amount)
            func keep(_ current: (figure: Member, amount: Double)?) -> Bool {
                guard let current else { return false }
                return current.amount < amount || (current.amount == amount && current.figure.key.utf8.lexicographicallyPrecedes(figure.key.utf8))
            }
            if figure.ageGroup == "total" {
                if !keep(bySex[figure.sex]) { bySex[figure.sex] = part }
            } else if !keep(byAge[figure.ageGroup]) {
                byAge[figure.ageGroup] = part
            }
        }
        var sums: [Sum<Member>] = []
        let sexes = ["female", "male", "other"].compactMap { bySex[$0] } + bySex.filter { !["female", "male", "other"].contains($0.key) }
            .sorted { $0.key < $1.key }.map(\.value)
        if let sum = judged("sex", sexes) { sums.append(sum) }
        var inside: [(span: ClosedRange<Int>, part: (figure: Member, amount: Double))] = []
        for (ageGroup, part) in byAge where ageGroup != "unknown" {
            if let span = SubgroupSums.ageSpan(ageGroup) { inside.append((span, part)) }
        }
        let ages = SubgroupSums.heaviestDisjoint(inside) + (byAge["unknown"].map { [$0] } ?? [])
        if let sum = judged("age group", ages) { sums.append(sum) }
        return sums
    }

    /// A sum of two shares or more beyond 100 and its rounding, or nil.
    private static func judged<Member>(_ breakdown: String, _ parts: [(figure: Member, amount: Double)]) -> Sum<Member>? {
        guard parts.count >= 2 else { return nil }
        let sum = parts.reduce(0) { $0 + $1.amount }
        guard sum > 100 + roundingPerShare * Double(parts.count) else { return nil }
        return Sum(breakdown: breakdown, parts: parts.map(\.figure), amounts: parts.map(\.amount))
    }
}

/// A brief finds its sums as it builds its cautions.
extension ShareSums.Sum: Sendable where Member: Sendable {}
