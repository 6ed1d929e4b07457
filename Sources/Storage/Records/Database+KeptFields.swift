import Foundation

extension Database {
    /// A figure's state as a revision (or a retraction) recorded it, or nil when it cannot be
    /// read: a revision written before a column existed lacks it, its state is unknown, and it
    /// ends the walk of `keptFields`.
    static func revisedState(_ json: String?) -> Figure? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return json.flatMap { try? decoder.decode(Figure.self, from: Data($0.utf8)) }
    }

    /// `merged` with each field kept as the last state of `states` has it, where the change that
    /// last set the field replaced exactly the value `merged` gives: a correction, or (when
    /// `otherLoad` names the file of that ordinary load) another file's later load.
    ///
    /// `states` are the figure's states, oldest first, the last one stored (or retracted); change
    /// `i` of `changes` took state `i` to state `i + 1`. One walk for a load over a stored figure
    /// (`keepingCorrections`) and for a retracted figure restored (`correctionsUndoneByRestore`).
    static func keptFields(
        _ merged: Figure, states: [Figure?], changes: [RevisionStep], otherLoad: (RevisionStep) throws -> (name: String, firstLoad: Bool)?
    ) rethrows -> (figure: Figure, kept: [KeptCorrection]) {
        guard let existing = states.last ?? nil else { return (merged, []) }
        var figure = merged
        var kept: [KeptCorrection] = []
        for field in FigureField.all where !field.same(merged, existing) {
            var index = changes.count - 1
            var last = true
            while index >= 0, let before = states[index], let after = states[index + 1] {
                defer { index -= 1 }
                // A load that put another figure under the key ends the walk: a correction made
                // before it fixed that other figure, and is no correction of this one.
                if FigureIdentity.reused(from: FigureIdentity(before), to: FigureIdentity(after), correction: changes[index].correction) {
                    break
                }
                if field.same(before, after) { continue }
                defer { last = false }
                guard changes[index].correction else {
                    // A copy loaded for the first time is held back only where the other load changed the number
                    // itself: one that only dropped printed digits (an export's 2.5 million over 2.50 million) is
                    // no later word of the source's, and a file typed from the source puts them back.
                    if last, field.same(before, merged), let other = try otherLoad(changes[index]),
                       !(other.firstLoad && field.name == FigureField.number.name && Self.sameNumber(before, after)) {
                        field.copy(existing, &figure)
                        kept.append(KeptCorrection(
                            figure: merged.key, field: field.name, kept: field.text(existing), given: field.text(merged),
                            batch: changes[index].batch, otherFile: other.name, firstLoad: other.firstLoad))
                    }
                    break
                }
                if field.same(before, merged) {
                    field.copy(existing, &figure)
                    kept.append(KeptCorrection(
                        figure: merged.key, field: field.name, kept: field.text(existing), given: field.text(merged),
                        batch: changes[index].batch))
                    break
                }
            }
        }
        // A copy loaded for the first time is held back only when its number is the stale one: a file
        // that puts back only a unit or a page another file changed is the user's word, written.
        let copies = kept.filter(\.firstLoad)
        if !copies.isEmpty, !copies.contains(where: { $0.field == FigureField.number.name }) {
            for field in FigureField.all where copies.contains(where: { $0.field == field.name }) { field.copy(merged, &figure) }
            kept.removeAll(where: \.firstLoad)
        }
        return (figure, kept)
    }

    /// Whether `a` and `b` give the same number (value, bounds, censoring, level), whatever digits
    /// they were printed with.
    static func sameNumber(_ a: Figure, _ b: Figure) -> Bool {
        a.value == b.value && a.censored == b.censored && a.low == b.low && a.high == b.high && a.ciLevel == b.ciLevel
    }
}
