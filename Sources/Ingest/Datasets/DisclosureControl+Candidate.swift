/// Which publishable count to suppress next, for a small count the audit finds narrowed.
///
/// Why it looks past the small count's own constraints: what narrows a count can come from far
/// away. In a country-by-form table where one country (PHL) has a single form, its form count
/// equals its total, and with the form's total and the number of all people published a reader
/// follows a chain — PHL's total, then Moldova's total, then Moldova's forced labour — to a `<11`
/// sexual-exploitation count of at least 3, with every count in the small count's own
/// constraints suppressed already. The first version looked only there, gave up, and refused
/// the table as one no suppression could protect, when suppressing the United States' forced
/// labour count, one step further along the chain, protects it (a privacy review, session 45).
/// So the search widens, one ring of constraints at a time, through the suppressed counts linked
/// to the small one: the count suppressed is the nearest that can break the chain, and the table
/// is refused only when every count linked to the small one is suppressed or locked.
extension DisclosureControl {
    /// The publishable count to suppress for the narrowed `cell`: the smallest in its own
    /// constraints (``candidate(in:besides:hidden:locked:)``), else in the constraints of the
    /// suppressed counts those hold, and so on outwards.
    ///
    /// - Throws: ``Failure`` when every count linked to `cell` through suppressed counts is
    ///   suppressed already or locked.
    func candidate(around cell: Int, hidden: [Bool], locked: [Bool]) throws(Failure) -> Int {
        var seenConstraints = Set<Int>()
        var seenCells: Set<Int> = [cell]
        var ring = constraintsOf[cell]
        while !ring.isEmpty {
            let fresh = ring.filter { seenConstraints.insert($0).inserted }
            if let pick = try? candidate(in: fresh.map(members(of:)), besides: cell, hidden: hidden, locked: locked) {
                return pick
            }
            var next: [Int] = []
            for constraint in fresh {
                for member in members(of: constraint) where hidden[member] && seenCells.insert(member).inserted {
                    next += constraintsOf[member].filter { !seenConstraints.contains($0) }
                }
            }
            ring = next
        }
        throw Failure(cell: cell)
    }

    /// The publishable count to suppress next to `cell`: the smallest cell (else total) in
    /// `relations` that is neither suppressed nor locked.
    func candidate(in relations: [[Int]], besides cell: Int, hidden: [Bool], locked: [Bool]) throws(Failure) -> Int {
        var best: Int?
        for relation in relations {
            for member in relation.dropFirst() where member != cell && !hidden[member] && !locked[member] {
                if best.map({ (values[member], member) < (values[$0], $0) }) ?? true { best = member }
            }
        }
        if best == nil {
            for relation in relations {
                let total = relation[0]
                if total != cell && !hidden[total] && !locked[total] {
                    best = total
                    break
                }
            }
        }
        guard let best else { throw Failure(cell: cell) }
        return best
    }
}
