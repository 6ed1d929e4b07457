/// The rule behind `tipdb check`'s `subgroup-above-total` warning and the brief's caution about a
/// subgroup larger than its total, kept in one place so that both name the same pairs.
///
/// Figures are grouped by measure, place, reference period, origin, study and unit (`sameGroup`);
/// the origin is the source, except that the releases of one bulk export (GLOTIP's vintages) are one
/// origin, since a brief shows a subgroup a later release dropped beside the total that release
/// revised, and the gaps already count such releases as one source. Two studies of one source (a
/// shelter survey and police records) count two samples, so girls of one are no subgroup of the
/// victims of the other; figures that name no study are a group of their source, apart from its
/// studies'. Only
/// counts and money add up to a total (a share, a rate, an index or a change of a subgroup can
/// exceed the whole's). In a group, a subgroup's totals are the figures with some of its fields
/// (sex, age group, form) set back to "total", a breakdown (nationals) counting as such a field
/// (`Fields`), and, for an age band, the figures of the broader age groups its ages lie within
/// (12-17 within children, 70+ within 65+: `SubgroupSums.broaderAgeGroups`, the containment the
/// sums of age groups use). A subgroup is above a total when its smallest possible number (its lower bound,
/// else its value) exceeds the largest possible number of the total (its upper bound, else its
/// value: `MeasureSums.largest`, so that a censored `<5` counts as 4 and an estimate of 8,000 with
/// a 95 % interval of 6,000 to 10,000 as 10,000); of several figures with a total's fields, the
/// smallest is compared, so a group costs one pass and a look-up per subgroup and total, not
/// every subgroup against every figure. Callers split their figures into groups (`sameGroup`)
/// and hand each to `above(inGroup:dimension:)`. Ingest's warning about a loaded table
/// (`SubgroupCheck`) compares the same totals in the same order.
///
/// Such figures are kept as published (a statistics office may publish a table whose parts do
/// not add up), but a brief that cites one without saying so passes on a contradiction.
public enum SubgroupTotals {
    /// The unit dimensions whose figures add up to a total.
    public static let dimensions: Set<String> = ["count", "money"]

    /// One subgroup above its group's smallest total.
    public struct Pair<Member: SubgroupTotalMember> {
        public let subgroup: Member
        public let total: Member

        @usableFromInline
        init(subgroup: Member, total: Member) {
            self.subgroup = subgroup
            self.total = total
        }

        /// The subgroup's number as shown: its value, else its upper bound.
        public var subgroupNumber: Double? { subgroup.value ?? subgroup.high }
        /// The total's number it was compared with: its upper bound, else its value (`SubgroupTotals.largest`).
        public var totalNumber: Double? { SubgroupTotals.largest(total) }
    }

    /// Whether two figures are in one group: the same measure, place, reference period, origin
    /// (`origin`: the source, or the series of a bulk export's release, as the caller knows it),
    /// study (or none) and unit.
    /// The period is compared as the members give it: `tipdb check`'s give its first and last days
    /// (`PeriodDays`), so that `2018` and `2018-01-01`/`2018-12-31` are one group.
    ///
    /// Inlinable, as `groupPrecedes`: a brief calls them for every figure, and specialised for its
    /// figure type they compare fields directly.
    @inlinable
    public static func sameGroup<Member: SubgroupTotalMember>(
        _ a: Member, _ b: Member, origin: (Member) -> String
    ) -> Bool {
        a.measure == b.measure && a.place == b.place && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd
            && a.unit == b.unit && a.study == b.study && (a.source == b.source || origin(a) == origin(b))
    }

    /// An order that puts the figures of a group next to each other (measure, place, period,
    /// origin, study, unit), for callers that split their figures into groups with `sameGroup`.
    @inlinable
    public static func groupPrecedes<Member: SubgroupTotalMember>(
        _ a: Member, _ b: Member, origin: (Member) -> String
    ) -> Bool {
        if a.measure != b.measure { return a.measure < b.measure }
        if a.place != b.place { return a.place < b.place }
        if a.periodStart != b.periodStart { return a.periodStart < b.periodStart }
        if a.periodEnd != b.periodEnd { return a.periodEnd < b.periodEnd }
        if a.source != b.source {
            let (x, y) = (origin(a), origin(b))
            if x != y { return x < y }
        }
        if a.study != b.study { return (a.study ?? "") < (b.study ?? "") }
        return a.unit < b.unit
    }

    /// The origin of a source for grouping: `series` prefixed so that it can never equal a
    /// source key, for a release of a bulk export (`series_vintages.series`); the source otherwise.
    public static func origin(source: String, series: String?) -> String {
        series.map { "series\u{0}" + $0 } ?? source
    }

    /// The subgroups of one group larger than a total they are part of, in the group's order.
    ///
    /// A subgroup's totals are the figures with some of its fields (sex, age group, form) set back
    /// to "total", compared whole total first, then with one field reset, then two (the order
    /// ingest's warning uses): women aged 0 to 17 are part of everyone aged 0 to 17 and of all
    /// women. An age band is part of the broader age groups of the group whose ages contain its
    /// own, tried after those (12-17 of children, 18-24 of adults, 0-4 of 0-11, 70+ of 65+),
    /// narrowest first. A figure restricted by a breakdown (nationals, a means of control) is part of the
    /// figures with its breakdown removed; breakdowns are not compared with each other. Each
    /// subgroup is named once, against the first total it exceeds; of several figures with a
    /// total's fields, the smallest is the one compared (of equal ones, the first key).
    ///
    /// - Parameters:
    ///   - group: figures all in one group (`sameGroup`).
    ///   - dimension: the dimension of their unit (`units.dimension`).
    @inlinable
    public static func above<Member: SubgroupTotalMember>(
        inGroup group: some Collection<Member>, dimension: String?
    ) -> [Pair<Member>] {
        guard group.count >= 2, let dimension, dimensions.contains(dimension) else { return [] }
        // Most groups of a large brief hold totals only: nothing to compare, no look-up table made.
        guard group.contains(where: { !Fields.isEveryone($0) }) else { return [] }
        return pairs(in: group, smallest: smallestTotals(group))
    }

    /// `above(inGroup:dimension:)` once its group is known to hold figures that add up and a
    /// subgroup, with the group's totals (`smallestTotals`), which `SubgroupSums` uses too.
    @inlinable
    static func pairs<Member: SubgroupTotalMember>(
        in group: some Collection<Member>, smallest: FieldsTable<(figure: Member, amount: Double)>
    ) -> [Pair<Member>] {
        let dimensionTotals = smallestDimensionTotals(group)
        guard smallest.count > 0 || !dimensionTotals.isEmpty else { return [] }
        // The age groups of the totals that span ages: the broader totals of an age band.
        let ages = SubgroupSums.ageSpans(smallest.keys.lazy.map { $0.ageGroup })
        return group.compactMap { figure in
            guard !Fields.isEveryone(figure), let amount = figure.low ?? figure.value else { return nil }
            let broader = SubgroupSums.broaderAgeGroups(of: figure.ageGroup, among: ages)
            let pair: Pair<Member>? = Fields(figure).firstTotal(brokenDown: figure.hasBreakdown, broaderAges: broader) { fields in
                guard let total = smallest[fields], amount > total.amount else { return nil }
                return Pair(subgroup: figure, total: total.figure)
            }
            if let pair { return pair }
            guard !dimensionTotals.isEmpty, let dimension = categoryDimension(figure) else { return nil }
            return firstDimensionTotal(dimension, sex: figure.sex, ageGroup: figure.ageGroup) { fields in
                guard let total = dimensionTotals[fields], amount > total.amount else { return nil }
                return Pair(subgroup: figure, total: total.figure)
            }
        }
    }

    /// The breakdown dimension GLOTIP gives forms of exploitation under (`by form of exploitation`):
    /// a figure of one form is a category of it, whose total is `form-of-exploitation: Total`.
    public static let formDimension = "form-of-exploitation"

    /// The dimension whose total a figure is a category of: its breakdown's (`citizenship` for
    /// nationals), `formDimension` for a form without one; nil for a dimension's total itself, a
    /// figure of several breakdowns, or none.
    @inlinable
    static func categoryDimension(_ figure: some SubgroupTotalMember) -> String? {
        guard !figure.isDimensionTotal else { return nil }
        if figure.hasBreakdown { return figure.form == nil ? figure.breakdownDimension : nil }
        return figure.form == nil ? nil : formDimension
    }

    /// A dimension's total's fields: the dimension, sex and age group (its form is always all forms).
    public struct DimensionFields: Hashable, Sendable {
        public let dimension: String
        public let sex: String
        public let ageGroup: String

        @inlinable
        public init(dimension: String, sex: String, ageGroup: String) {
            self.dimension = dimension
            self.sex = sex
            self.ageGroup = ageGroup
        }
    }

    /// The dimension totals a category with `sex` and `ageGroup` is part of, its own sex and age
    /// first, then with the sex reset, the age group, both, each passed to `body` until it returns a result.
    @inlinable
    public static func firstDimensionTotal<Result>(
        _ dimension: String, sex: String, ageGroup: String, _ body: (DimensionFields) -> Result?
    ) -> Result? {
        var tried: [DimensionFields] = []
        for (s, a) in [(sex, ageGroup), ("total", ageGroup), (sex, "total"), ("total", "total")] {
            let fields = DimensionFields(dimension: dimension, sex: s, ageGroup: a)
            guard !tried.contains(fields) else { continue }
            tried.append(fields)
            if let result = body(fields) { return result }
        }
        return nil
    }

    /// For each dimension, sex and age group, the dimension total (`isDimensionTotal`, all forms)
    /// whose largest possible number is the smallest (of equal ones, the first key): what a
    /// category of that dimension is compared with after the group's totals.
    ///
    /// Why: GLOTIP's `by form of exploitation, Total` of 30 beside sexual exploitation 34, and `by
    /// citizenship, Total` of 25 beside nationals 33, were stored and never compared: a category
    /// was compared with the country's overall total (41) only, while the share by form is taken
    /// over the dimension's total (a national statistician's review, session 53).
    @inlinable
    static func smallestDimensionTotals<Member: SubgroupTotalMember>(
        _ group: some Collection<Member>
    ) -> [DimensionFields: (figure: Member, amount: Double)] {
        var smallest: [DimensionFields: (figure: Member, amount: Double)] = [:]
        for figure in group where figure.isDimensionTotal && figure.form == nil {
            guard let dimension = figure.breakdownDimension, let amount = largest(figure) else { continue }
            let fields = DimensionFields(dimension: dimension, sex: figure.sex, ageGroup: figure.ageGroup)
            if let current = smallest[fields],
               current.amount < amount || (current.amount == amount && !figure.key.utf8.lexicographicallyPrecedes(current.figure.key.utf8)) {
                continue
            }
            smallest[fields] = (figure, amount)
        }
        return smallest
    }

    /// For each set of fields, the figure without a breakdown whose largest possible number is the
    /// smallest (of equal ones, the first key): the total a subgroup, or a sum of parts
    /// (`SubgroupSums`), is compared with.
    @inlinable
    static func smallestTotals<Member: SubgroupTotalMember>(
        _ group: some Collection<Member>
    ) -> FieldsTable<(figure: Member, amount: Double)> {
        var smallest = FieldsTable<(figure: Member, amount: Double)>()
        for figure in group where !figure.hasBreakdown {
            guard let amount = largest(figure) else { continue }
            let fields = Fields(figure)
            if let current = smallest[fields],
               current.amount < amount || (current.amount == amount && !figure.key.utf8.lexicographicallyPrecedes(current.figure.key.utf8)) {
                continue
            }
            smallest[fields] = (figure, amount)
        }
        return smallest
    }

    /// The largest number a figure can stand for (`MeasureSums.largest`): its upper bound, else its
    /// value (a censored `<5`: 4; 8,000 with a 95 % interval of 6,000 to 10,000: 10,000).
    @inlinable
    static func largest(_ figure: some SubgroupTotalMember) -> Double? {
        MeasureSums.largest(value: figure.value, high: figure.high)
    }
}

/// A brief finds its pairs on a background thread while it writes other sections.
extension SubgroupTotals.Pair: Sendable where Member: Sendable {}
