import Storage

extension OWIDLoader {
    /// The bound columns of the header (`X - lower bound`, `X (upper bound)`: `OWIDBoundColumn`),
    /// each with the field of the estimate column it names. A bound whose estimate is not in the
    /// file, or a second bound of one side, is a problem at its header cell.
    ///
    /// Why refused and not loaded: a bound alone is not an estimate, and tipdb's advice to load
    /// the columns from separate files stored each bound as the estimate under one key.
    func pairBounds(names: [String], columns: [Int], problems: inout [IngestIssue]) -> [Int: (bound: OWIDBoundColumn, estimate: Int)] {
        var bounds: [Int: (bound: OWIDBoundColumn, estimate: Int)] = [:]
        let read = Dictionary(uniqueKeysWithValues: (3..<names.count).compactMap { field in OWIDBoundColumn(title: names[field]).map { (field, $0) } })
        for field in read.keys.sorted() {
            guard let bound = read[field] else { continue }
            let name = "column \"\(names[field])\""
            guard let estimate = (3..<names.count).first(where: { read[$0] == nil && bound.bounds(names[$0]) }) else {
                problems.append(IngestIssue(
                    file: context.path, line: 1, column: columns[field],
                    message: "\(name) is the \(bound.side.word) bound of the indicator \"\(bound.indicatorTitle)\", which is not a column of this file; expected the indicator's own column beside its bounds: a bound is not an estimate, and tipdb never loads one as such (download the chart with its estimate, or give the estimate with its low and high in a figures file)"))
                continue
            }
            if let other = bounds.first(where: { $0.value.estimate == estimate && $0.value.bound.side == bound.side })?.key {
                problems.append(IngestIssue(
                    file: context.path, line: 1, column: columns[field],
                    message: "\(name) is a second \(bound.side.word) bound of column \(estimate + 1) \"\(names[estimate])\", after column \(other + 1) \"\(names[other])\"; expected one \(bound.side.word) bound: leave one out"))
                continue
            }
            bounds[field] = (bound, estimate)
        }
        return bounds
    }

    /// The interval of each indicator column that has bound columns, by the indicator's field,
    /// with a note per bound column saying how it is read. A bound column that reads as another
    /// unit or scale than its estimate is a problem at its header cell: its cells would be
    /// compared with the estimate's in the wrong unit.
    func readIntervals(_ bounds: [Int: (bound: OWIDBoundColumn, estimate: Int)], indicators: [(field: Int, indicator: OWIDIndicator)],
                       names: [String], columns: [Int], metadata: OWIDMetadata, given: Measure?,
                       summary: inout FileSummary, problems: inout [IngestIssue]) -> [Int: OWIDInterval] {
        var intervals: [Int: OWIDInterval] = [:]
        for (field, paired) in bounds.sorted(by: { $0.key < $1.key }) {
            // An estimate column refused has its error already; its bounds say nothing more.
            guard let estimate = indicators.first(where: { $0.field == paired.estimate })?.indicator else { continue }
            if let own = try? OWIDIndicator(title: names[field], metadata: metadata.column(named: names[field]), measure: given,
                                            vocabulary: context.vocabulary),
               own.unit != estimate.unit || own.multiplierExponent != estimate.multiplierExponent {
                let scale = { (reading: OWIDIndicator) in reading.scale.map { " in \($0.plural)" } ?? "" }
                problems.append(IngestIssue(
                    file: context.path, line: 1, column: columns[field],
                    message: "column \"\(names[field])\" is the \(paired.bound.side.word) bound of column \(paired.estimate + 1) \"\(names[paired.estimate])\", but reads as \(own.unit)\(scale(own)) where the estimate reads as \(estimate.unit)\(scale(estimate)); expected a bound in its estimate's unit and scale: correct the unit in the metadata, or pass a corrected copy with --metadata FILE"))
                continue
            }
            var interval = intervals[paired.estimate] ?? OWIDInterval()
            if paired.bound.side == .low { interval.low = field } else { interval.high = field }
            intervals[paired.estimate] = interval
        }
        for (estimate, var interval) in intervals.sorted(by: { $0.key < $1.key }) {
            // The level the bound titles state, else the one the metadata of the columns states.
            let titled = Set(interval.fields.compactMap { OWIDBoundColumn(title: names[$0.field])?.level })
            var stated = titled
            if stated.isEmpty {
                for field in [estimate] + interval.fields.map(\.field) {
                    guard let column = metadata.column(named: names[field]) else { continue }
                    let text = ([column.titleLong, column.description].compactMap { $0 } + column.caveats).joined(separator: " ")
                    stated.formUnion(OWIDBoundColumn.levels(in: text))
                }
            }
            interval.level = stated.count == 1 && interval.low != nil && interval.high != nil ? stated.first : nil
            intervals[estimate] = interval
            let level = interval.level.map { "at the \(FigureBuilder.format($0 * 100))% level \(titled.isEmpty ? "the metadata states" : "the title states")" }
                ?? (interval.low == nil || interval.high == nil ? "one bound only: ci_level left empty"
                    : stated.count > 1 ? "levels disagree (\(stated.sorted().map { FigureBuilder.format($0 * 100) + "%" }.joined(separator: ", "))): ci_level left empty"
                    : "no level stated: ci_level left empty")
            for (side, field) in interval.fields {
                summary.notes.append("column \(field + 1) \"\(names[field])\" → the \(side.field) of column \(estimate + 1)'s figures (\(side.word) bound, \(level))")
            }
        }
        return intervals
    }
}
