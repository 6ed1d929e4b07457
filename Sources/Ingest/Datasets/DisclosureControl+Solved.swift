/// The audit's last check: the published counts solved together, as a linear program in whole
/// numbers (``LinearBounds``), for each small count.
///
/// Why: bounds propagated one constraint at a time, even with each end value tried in turn, miss
/// what a reader learns by adding constraints together (seed 323 of the flag tests: two
/// countries' covers and three totals pin a `<5` to 4). The program holds everything the reader
/// knows: each published count exactly, each small suppressed count between 1 and k-1, each other
/// suppressed count at least k, relations as equalities, covers as their inequalities, every
/// count whole. A value is left to the small count only when a whole-number table has it.
///
/// Why per component, and why bounded: a constraint whose members are all published says
/// nothing, so a count's program needs only the constraints linked to it through suppressed counts
/// (the rest share none of its unknowns), and that component is solved exactly. In a table with
/// thousands of suppressed counts the component can be most of the table (`--by country,year,form`
/// over 250,000 cases: 1,559 small counts), far too large to solve for each count and value; a small
/// count whose component holds more than ``solvedConstraints`` constraints keeps the bounds' and end
/// values' verdict alone, as README says.
extension DisclosureControl {
    /// The most constraints a small count's component may hold to be solved; beyond, the count is
    /// audited by bounds and end values only.
    static let solvedConstraints = 40

    /// The counts in `small` (suppressed, below the minimum) of which a reader who solves the
    /// program knows more than their `baseline` (what the table's shape alone tells), or their value.
    ///
    /// - Parameters:
    ///   - bounds: the audit's settled bounds with `hidden` suppressed (valid for the reader, so
    ///     they bound the program's variables without changing its whole-number points).
    ///   - shape: the audit's bounds with every count suppressed, for the same use in the baseline.
    ///   - seeded: whether `values` are known to be a whole-number solution (counted from cases).
    func solvedNarrowing(
        _ small: [Int], hidden: [Bool], bounds: (low: [Int], high: [Int]), shape: (low: [Int], high: [Int]),
        baseline: [Int: ClosedRange<Int>], seeded: Bool = true
    ) -> [Int] {
        // The real table is a solution: each count's own value is reachable (unless `seeded` is
        // false: numbers written by hand, which may not add up, are no proof of any value).
        var reached: [Int: Set<Int>] = [:]
        for cell in small { reached[cell] = seeded ? [values[cell]] : [] }
        var narrowed: [Int] = []
        var outsized = Set<Int>()
        for cell in small where !outsized.contains(cell) {
            guard let range = baseline[cell] else { continue }
            guard let constraints = component(around: cell, hidden: hidden, outsized: &outsized) else { continue }
            let everyCell = Array(Set(constraints.flatMap(members(of:))).union([cell])).sorted()
            let variables = everyCell.filter { hidden[$0] }
            let solved = program(of: constraints, variables: variables, low: bounds.low, high: bounds.high)
            var ends = [range.lowerBound, range.upperBound] + range.dropFirst().dropLast()
            if range.count == 1 { ends = [range.lowerBound] }
            var doubt = false
            for value in ends where reached[cell]?.contains(value) != true {
                guard let position = variables.firstIndex(of: cell), let point = solved.integerPoint(fixing: position, at: value) else {
                    doubt = true
                    break
                }
                if !point.isEmpty {
                    for (other, count) in zip(variables, point) where reached[other] != nil { reached[other, default: []].insert(count) }
                    continue
                }
                // No table has it: harmless only if the table's shape alone rules it out too (the
                // same constraints, every count in them suppressed).
                let shapeOnly = program(of: constraints, variables: everyCell, low: shape.low, high: shape.high)
                guard let position = everyCell.firstIndex(of: cell), shapeOnly.admits(position, at: value) == false else {
                    doubt = true
                    break
                }
            }
            let known = range.filter { reached[cell]?.contains($0) == true }
            // When the solver cannot tell, the count is taken as narrowed: one more suppression is
            // the safe mistake.
            if doubt || known.isEmpty || (known.count == 1 && minCell > 2) { narrowed.append(cell) }
        }
        return narrowed
    }

    /// The constraints linked to `cell` through suppressed counts: its own, and those of every
    /// suppressed count they hold, and so on; nil when they are more than ``solvedConstraints``,
    /// and the suppressed counts found so far (all in the same component) are added to `outsized`.
    private func component(around cell: Int, hidden: [Bool], outsized: inout Set<Int>) -> [Int]? {
        var found = Set<Int>()
        var seen = Set([cell])
        var pending = constraintsOf[cell]
        while let constraint = pending.popLast() {
            guard found.insert(constraint).inserted else { continue }
            guard found.count <= Self.solvedConstraints else {
                outsized.formUnion(seen)
                return nil
            }
            for member in members(of: constraint) where hidden[member] && seen.insert(member).inserted {
                pending += constraintsOf[member]
            }
        }
        return found.sorted()
    }

    /// The program of `constraints` over the counts in `variables` (the others are constants: the
    /// published values), each between `low` and `high`.
    private func program(of constraints: [Int], variables: [Int], low: [Int], high: [Int]) -> LinearBounds {
        let position = Dictionary(uniqueKeysWithValues: variables.enumerated().map { ($1, $0) })
        var program = LinearBounds(
            lower: variables.map { low[$0] }, upper: variables.map { high[$0] >= Self.unbounded ? nil : high[$0] })
        func add(_ terms: [(cell: Int, coefficient: Double)], equal: Bool) {
            var unknowns: [(variable: Int, coefficient: Double)] = []
            var constant = 0.0
            for term in terms {
                if let variable = position[term.cell] {
                    unknowns.append((variable, term.coefficient))
                } else {
                    constant += term.coefficient * Double(values[term.cell])
                }
            }
            // All published: it holds (the counts are the real ones) and says nothing.
            guard !unknowns.isEmpty else { return }
            program.constraints.append(LinearBounds.Constraint(terms: unknowns, equal: equal, right: -constant))
        }
        for constraint in constraints {
            if constraint < relations.count {
                let relation = relations[constraint]
                add([(relation[0], 1)] + relation.dropFirst().map { ($0, -1) }, equal: true)
            } else {
                let cover = covers[constraint - relations.count]
                // Everyone is unrecorded or holds a flag: total - unrecorded - flags <= 0.
                let unrecorded = cover.unrecorded.map { [$0] } ?? []
                add([(cover.total, 1)] + (unrecorded + cover.flags).map { ($0, -1) }, equal: false)
                // A flag's holders are recorded: flag + unrecorded - total <= 0.
                for flag in cover.flags {
                    add([(flag, 1), (cover.total, -1)] + unrecorded.map { ($0, 1) }, equal: false)
                }
            }
        }
        return program
    }
}
