/// The M49 numbers a number that names no place was probably meant to be: `8400` → `840`
/// (United States) and `800` (Uganda), `841` → `840`.
///
/// Why a rule of its own: the suggestions for names compare letters, and a number is near no
/// name, so a mistyped M49 number got no suggestion at all. What counts as plausible is strict,
/// as for short codes: a number of three digits or more (M49 numbers are written in three;
/// `0` and `00` are near every region), one digit added, dropped or changed, and the first
/// digit kept (a typo seldom starts a number).
enum M49Suggestions {
    /// Up to `limit` of `numbers` (M49 numbers as stored, three digits) near `digits` (ASCII
    /// digits only): those sharing the longest start with it first, then the numerically
    /// nearest.
    static func closest(to digits: String, among numbers: some Sequence<String>, limit: Int = 3) -> [String] {
        let significant = digits.drop { $0 == "0" }
        // `0`, `00`, `000` are no number; `84` is Belize's `084`, found before any suggestion.
        guard digits.count >= 3, !significant.isEmpty, significant.count <= 4 else { return [] }
        let typed = Array(String(repeating: "0", count: max(0, 3 - significant.count)) + significant)
        let value = Int(String(typed.prefix(3))) ?? 0
        var found: [(number: String, shared: Int, gap: Int)] = []
        for number in numbers {
            let candidate = Array(number)
            guard candidate.first == typed.first, EditDistance.between(typed, candidate) == 1 else { continue }
            let shared = zip(typed, candidate).prefix { $0 == $1 }.count
            found.append((number, shared, abs((Int(number) ?? 0) - value)))
        }
        found.sort { ($0.shared, -$0.gap, $1.number) > ($1.shared, -$1.gap, $0.number) }
        return Array(found.prefix(limit).map(\.number))
    }
}
