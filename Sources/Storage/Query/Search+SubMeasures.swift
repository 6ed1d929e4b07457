extension Search {
    /// The measures below `named` in the vocabulary (`measures.parent`, at any depth), each with
    /// its label and the label of the named measure it is part of, depth first, by label then
    /// code; none named themselves.
    ///
    /// Why: `tipdb search modern slavery nigeria` printed "(0 results)" where `tipdb report brief
    /// --measure "modern slavery" --place Nigeria` lists Nigeria's 1.6 million in forced labour,
    /// since a brief's measure takes in its sub-measures and the search read the named measure
    /// alone (review of session 47). A parent loop in the vocabulary cannot hang this.
    static func subMeasures(
        of named: [(code: String, label: String)], among measures: [Measure]
    ) -> [(code: String, label: String, of: String)] {
        let codes = Set(named.map(\.code))
        var children: [String: [Measure]] = [:]
        for measure in measures {
            if let parent = measure.parent { children[parent, default: []].append(measure) }
        }
        var found: [(code: String, label: String, of: String)] = []
        var seen = codes
        for measure in named {
            var queue = (children[measure.code] ?? []).sorted { ($0.label, $0.code) < ($1.label, $1.code) }
            while !queue.isEmpty {
                let next = queue.removeFirst()
                guard seen.insert(next.code).inserted else { continue }
                found.append((next.code, next.label, measure.label))
                queue = (children[next.code] ?? []).sorted { ($0.label, $0.code) < ($1.label, $1.code) } + queue
            }
        }
        return found
    }
}
