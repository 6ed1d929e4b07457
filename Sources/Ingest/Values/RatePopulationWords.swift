/// The words reports write after a rate's base to say whom it is per: "3.5 per 1,000 people",
/// "6.4 per 1,000 population", "per 100,000 inhabitants".
///
/// Why: the Global Estimates of Modern Slavery write "per thousand people"; tipdb read only the
/// bare "per thousand", so the published wording was told it is "not a number" and pointed at
/// millions, away from the unit per-1000 it needed (a child-rights specialist's review, session 55).
/// Only words for everyone: a rate per 1,000 children is a rate of a subgroup, which the figure's
/// `age_group` says, so "per 1,000 children" is not read as these are.
enum RatePopulationWords {
    static let words = [
        "of the population", "of population", "population", "people", "persons", "inhabitants", "residents",
    ]

    /// `lower` (lowercased, trimmed) without a population word at its end, and trimmed again;
    /// `lower` itself when it has none.
    static func dropped(from lower: String) -> String {
        for word in words where lower.hasSuffix(" " + word) {
            return String(lower.dropLast(word.count)).trimmingWhitespace()
        }
        return lower
    }

    /// The spellings of `bases` followed by each population word ("per 1,000 people"), for the unit aliases.
    static func spellings(of bases: [String]) -> [String] {
        bases.flatMap { base in words.map { "\(base) \($0)" } }
    }
}
