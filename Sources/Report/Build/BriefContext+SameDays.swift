import Storage

extension BriefContext {
    /// Calls `body` with the figures of `ordered` (reading order) of each measure, place and
    /// reference period by the days it covers (`PeriodDays`: `2018`, `2018-01`/`2018-12` and
    /// `2018-01-01`/`2018-12-31` are one period), as the runs of `ordered`'s indices of each
    /// period as written, in reading order; the groups come in reading order of their first figure.
    ///
    /// Why: `tipdb check` groups by the days (`PeriodDays+SQL`), and a brief that grouped by the
    /// text would not set a subgroup for `2018-01/2018-12` beside its total for `2018`. Reading
    /// order sorts dates as written, so such periods need not be neighbours (`2018/2019` comes
    /// between `2018` and `2018-01/2018-12`). Figures are first split into runs of one period as
    /// written, which reading order does keep together, and only each measure and place with
    /// two periods or more, one of them not written as years alone, has its periods' days worked
    /// out and compared (`2018` and `2018/2019` are no other period's spelling): one pass of
    /// string comparisons, as the runs by the text were, and no array made per group.
    static func sameDaysRuns(_ ordered: ArraySlice<FigureRecord>, _ body: (ArraySlice<Range<Int>>) -> Void) {
        var runs: [Range<Int>] = []
        var days: [(first: Int, last: Int, run: Int)] = []
        // For each run, where its group starts in `days` (sorted by days, then run).
        var groupStart: [Int] = []
        var merged: [Range<Int>] = []
        // Whether a run of the measure and place writes a month or a day.
        var finer = false
        func finishPlace() {
            defer {
                runs.removeAll(keepingCapacity: true)
                finer = false
            }
            guard runs.count >= 2 && finer else {
                for index in runs.indices { body(runs[index...index]) }
                return
            }
            days.removeAll(keepingCapacity: true)
            for (index, run) in runs.enumerated() {
                let (first, last) = Self.days(ordered[run.lowerBound])
                days.append((first, last, index))
            }
            days.sort { ($0.first, $0.last, $0.run) < ($1.first, $1.last, $1.run) }
            groupStart.removeAll(keepingCapacity: true)
            groupStart.append(contentsOf: repeatElement(0, count: runs.count))
            var shared = false
            for slot in days.indices {
                if slot > 0, days[slot].first == days[slot - 1].first, days[slot].last == days[slot - 1].last {
                    groupStart[days[slot].run] = groupStart[days[slot - 1].run]
                    shared = true
                } else {
                    groupStart[days[slot].run] = slot
                }
            }
            // Every period's days its own, as nearly always: each run alone, in reading order.
            guard shared else {
                for index in runs.indices { body(runs[index...index]) }
                return
            }
            // Each group when its first run comes, its runs in reading order (`days` has them by run).
            for index in runs.indices where days[groupStart[index]].run == index {
                merged.removeAll(keepingCapacity: true)
                var slot = groupStart[index]
                while slot < days.count && groupStart[days[slot].run] == groupStart[index] {
                    merged.append(runs[days[slot].run])
                    slot += 1
                }
                body(merged[...])
            }
        }
        var start = ordered.startIndex
        for index in ordered.indices.dropFirst() {
            let (a, b) = (ordered[start], ordered[index])
            let samePlace = a.sameMeasure(as: b) && a.place == b.place
            if samePlace && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd { continue }
            runs.append(start..<index)
            finer = finer || !Self.isYears(a)
            if !samePlace { finishPlace() }
            start = index
        }
        if let last = ordered.last {
            runs.append(start..<ordered.endIndex)
            finer = finer || !Self.isYears(last)
        }
        finishPlace()
    }

    /// A figure's first and last days, as `PeriodDays` gives them (worked out as the record was made).
    static func days(_ figure: FigureRecord) -> (first: Int, last: Int) {
        (figure.firstDay, figure.lastDay)
    }

    /// Whether a figure's period is written as years alone (`2018`, `2018`/`2019`): four
    /// characters each end, the one spelling of its days.
    private static func isYears(_ figure: FigureRecord) -> Bool {
        figure.periodStart.utf8.count == 4 && figure.periodEnd.utf8.count == 4
    }
}
