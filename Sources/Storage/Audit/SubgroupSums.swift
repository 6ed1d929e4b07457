/// The rule behind `tipdb check`'s `parts-above-total` warning and the brief's caution about
/// subgroups that together are larger than their total, kept in one place so that both name the
/// same sums.
///
/// Why: `SubgroupTotals` names a part larger than its whole, but women 3 and men 3 beside a total
/// of 5 are each below it, and still cannot both be right. Only parts that cannot overlap are
/// added: the sexes (female, male, other: a person is counted under one), and age groups whose
/// ages do not overlap (0-4 and 5-17 within children; children, adults and age unknown within
/// everyone). Forms of exploitation are never added (one person may be counted under several),
/// nor breakdowns (`SubgroupTotals` compares them with their totals one by one), but for the listed
/// parts of a country (`subdivision: England`, `subdivision: Wales`: `countryParts`). A total need not
/// be covered exactly by its parts: parts that cannot overlap can only add up to less than it or
/// to all of it, never more.
///
/// Only a certain excess is named: a censored part counts at its lower bound (a `<5` as 1), a range at its
/// low end, and the total at its largest possible number (the upper bound of its interval, a
/// censored `<5` as 4: `MeasureSums.largest`), as
/// `SubgroupTotals` has it; estimates may exceed their total by their rounding
/// (`roundingAllowance`), counts from records not at all (`Measure.isCountedFromRecords`). A sum
/// with a part that alone is larger than the total is left to `SubgroupTotals`, which names that part. Groups are as `SubgroupTotals.sameGroup` makes them
/// (measure, place, period, origin, study, unit; counts and money only), and of several figures with one
/// subgroup's fields, the smallest is added and the smallest total compared.
public enum SubgroupSums {
    /// Parts of one total that add up to more than it.
    public struct Sum<Member: SubgroupTotalMember> {
        /// The parts, sexes in the order female, male, other, age groups youngest first (age unknown
        /// last), parts of a country in the order of their names.
        public let parts: [Member]
        /// The number each part adds: its value, its lower bound for a range or a censored one.
        public let amounts: [Double]
        public let total: Member
        /// The total's largest possible number: its upper bound, else its value (`MeasureSums.largest`).
        public let totalAmount: Double

        /// What the parts add up to, each at its smallest number (`amounts`): a sum of lower bounds
        /// for parts with intervals, which is no minimum.
        public var sum: Double { amounts.reduce(0, +) }

        @usableFromInline
        init(parts: [Member], amounts: [Double], total: Member, totalAmount: Double) {
            self.parts = parts
            self.amounts = amounts
            self.total = total
            self.totalAmount = totalAmount
        }
    }

    /// The number a part adds for certain: its lower bound (an interval's, a censored count's, or
    /// the only numbers of an estimate published as a range), else its value.
    ///
    /// Why a censored count at its lower bound, not 0: a `<5` is 1 to 4 (tipdb stores `low` 1;
    /// a count of none is published as 0, not suppressed), so female 40 and male `<5` beside a total
    /// of 40 is a certain excess; counted as 0, the most common suppressed table passed without a
    /// word (a national statistician's review, session 53).
    @inlinable
    public static func smallest(_ figure: some SubgroupTotalMember) -> Double {
        figure.censored ? figure.low ?? 0 : figure.low ?? figure.value ?? 0
    }

    /// The subgroups of one group above a total (`SubgroupTotals.above`) and the sums above a
    /// total (`above`), judged together: the group's totals are looked up once for both, which
    /// a brief of 100,000 figures does for every group.
    ///
    /// - Parameters:
    ///   - group: figures all in one group (`SubgroupTotals.sameGroup`).
    ///   - dimension: the dimension of their unit (`units.dimension`).
    ///   - counts: what their measure counts (`measures.counts`): counts from records get no
    ///     rounding allowance (`Measure.isCountedFromRecords`).
    @inlinable
    public static func judge<Member: SubgroupTotalMember>(
        inGroup group: some Collection<Member>, dimension: String?, counts: String?
    ) -> (pairs: [SubgroupTotals.Pair<Member>], sums: [Sum<Member>]) {
        guard group.count >= 2, let dimension, SubgroupTotals.dimensions.contains(dimension) else { return ([], []) }
        // Most groups of a large brief hold totals only: nothing to compare, no look-up table made.
        guard group.contains(where: { !SubgroupTotals.Fields.isEveryone($0) }) else { return ([], []) }
        let totals = SubgroupTotals.smallestTotals(group)
        return (SubgroupTotals.pairs(in: group, smallest: totals),
                group.count >= 3 ? sums(in: group, totals: totals, counts: counts) : [])
    }

    /// The sums of one group that are larger than a total their parts are part of: by sex first,
    /// then by age, each in the order of its total's fields.
    ///
    /// - Parameters:
    ///   - group: figures all in one group (`SubgroupTotals.sameGroup`).
    ///   - dimension: the dimension of their unit (`units.dimension`).
    ///   - counts: what their measure counts (`measures.counts`), as `judge` takes it.
    @inlinable
    public static func above<Member: SubgroupTotalMember>(
        inGroup group: some Collection<Member>, dimension: String?, counts: String?
    ) -> [Sum<Member>] {
        guard group.count >= 3, let dimension, SubgroupTotals.dimensions.contains(dimension) else { return [] }
        guard group.contains(where: { !SubgroupTotals.Fields.isEveryone($0) }) else { return [] }
        return sums(in: group, totals: SubgroupTotals.smallestTotals(group), counts: counts)
    }

    /// How far above their total a sum of parts may be and still be the same people, rounded: for
    /// each number, the total's too, that shows a rounding, half a unit of its last significant
    /// digit (`RepeatChange.lastDigitUnit`), at most 5 % of it (`RepeatChange.roundingShare`).
    /// Callers pass the estimates only: a number counted from records (`Measure.isCountedFromRecords`)
    /// is exact, and adds nothing.
    ///
    /// Why: the ILO's 27.6 million in forced labour, 11.8 million female and 15.9 million male, add
    /// up to 27.7 million, each rounded to a hundred thousand; the rule called one of them wrong,
    /// and the brief said so (a review of session 43). A number shows a rounding when it has two
    /// significant digits or more and the last is in the tens or above (27.6 million, 3,350, 240):
    /// one with a single significant digit (20, 600, 2 million) may be exact to its last zero, and
    /// one to the unit (1,234) is exact; they add nothing, so that 600 + 700 beside 1,000, or
    /// 15 + 25 beside 39 counted victims, are still contradictions. Nor do counts from records,
    /// whatever their digits: 250 + 150 beside 390 detected victims is a mistake in the table, not
    /// three roundings to the ten (a statistics office's review, session 48), and the brief says
    /// of the same counts that they "are exact, not rounded".
    @usableFromInline
    static func roundingAllowance(_ numbers: [Double]) -> Double {
        numbers.reduce(0) { allowance, number in
            let unit = RepeatChange.lastDigitUnit(of: number), magnitude = abs(number)
            guard unit >= 10, magnitude / unit >= 10 else { return allowance }
            return allowance + min(unit / 2, magnitude * RepeatChange.roundingShare)
        }
    }

    /// `above(inGroup:dimension:counts:)` with the group's totals (`SubgroupTotals.smallestTotals`).
    @inlinable
    static func sums<Member: SubgroupTotalMember>(
        in group: some Collection<Member>, totals: SubgroupTotals.FieldsTable<(figure: Member, amount: Double)>, counts: String?
    ) -> [Sum<Member>] {
        guard totals.count >= 1 else { return [] }
        // The group's measure decides for all its figures, a figure's method for itself alone.
        let records = Measure.isCountedFromRecords(counts: counts, method: nil)
        func rounded(_ figure: Member) -> Bool { !records && figure.method != "detected" }
        var sums: [Sum<Member>] = []
        func judge(_ chosen: [(figure: Member, amount: Double)], against fields: SubgroupTotals.Fields) {
            guard chosen.count >= 2, let total = totals[fields] else { return }
            let sum = chosen.reduce(0) { $0 + $1.amount }
            let allowance = roundingAllowance((chosen + [total]).filter { rounded($0.figure) }.map(\.amount))
            guard sum - total.amount > allowance * (1 + 1e-9), chosen.allSatisfy({ $0.amount <= total.amount }) else { return }
            sums.append(Sum(parts: chosen.map(\.figure), amounts: chosen.map(\.amount), total: total.figure, totalAmount: total.amount))
        }
        // By part of the country, for each sex, age group and form: the total of its own fields, else
        // the smallest of the broader totals containing them (England's and Wales's women beside all
        // the United Kingdom's people, where no count of its women is given).
        for (fields, parts) in countryParts(in: group) {
            var against: (fields: SubgroupTotals.Fields, amount: Double)? = totals[fields].map { (fields, $0.amount) }
            if against == nil {
                _ = fields.firstTotal(brokenDown: false) { (broader: SubgroupTotals.Fields) -> Bool? in
                    if let total = totals[broader], total.amount < against?.amount ?? .infinity { against = (broader, total.amount) }
                    return nil
                }
            }
            if let against { judge(parts, against: against.fields) }
        }
        guard totals.count >= 3 else { return sums }
        // Of several figures with one subgroup's fields, the one that adds least.
        var parts = SubgroupTotals.FieldsTable<(figure: Member, amount: Double)>()
        for figure in group where !figure.hasBreakdown && !SubgroupTotals.Fields.isEveryone(figure) {
            let amount = smallest(figure)
            guard amount > 0 else { continue }
            let fields = SubgroupTotals.Fields(figure)
            if let current = parts[fields],
               current.amount < amount || (current.amount == amount && !figure.key.utf8.lexicographicallyPrecedes(current.figure.key.utf8)) {
                continue
            }
            parts[fields] = (figure, amount)
        }
        guard parts.count >= 2 else { return sums }
        let ordered = parts.keys.sorted { ($0.sex, $0.ageGroup, $0.form) < ($1.sex, $1.ageGroup, $1.form) }
        // By sex: for each age group and form, the sexes other than total.
        var bySex = SubgroupTotals.FieldsTable<[(figure: Member, amount: Double)]>()
        var sexTotals: [SubgroupTotals.Fields] = []
        for fields in ordered where fields.sex != "total" {
            guard let part = parts[fields] else { continue }
            let total = SubgroupTotals.Fields(sex: "total", ageGroup: fields.ageGroup, form: fields.form)
            if let earlier = bySex[total] {
                bySex[total] = earlier + [part]
            } else {
                sexTotals.append(total)
                bySex[total] = [part]
            }
        }
        for total in sexTotals.sorted(by: { ($0.ageGroup, $0.form) < ($1.ageGroup, $1.form) }) {
            judge(bySex[total] ?? [], against: total)
        }
        // By age: for each total of a sex and form (everyone, or an age group), the heaviest set of
        // its age groups that do not overlap.
        for total in totals.keys.sorted(by: { ($0.sex, $0.ageGroup, $0.form) < ($1.sex, $1.ageGroup, $1.form) }) {
            let container = total.ageGroup == "total" ? nil : ageSpan(total.ageGroup)
            guard total.ageGroup == "total" || container != nil else { continue }
            var inside: [(span: ClosedRange<Int>, part: (figure: Member, amount: Double))] = []
            var unknown: (figure: Member, amount: Double)?
            for fields in ordered where fields.sex == total.sex && fields.form == total.form && fields.ageGroup != "total" {
                guard let part = parts[fields] else { continue }
                if fields.ageGroup == "unknown" {
                    if container == nil { unknown = part }
                    continue
                }
                guard let span = ageSpan(fields.ageGroup) else { continue }
                if let container, !lies(span, within: container) { continue }
                inside.append((span, part))
            }
            judge(heaviestDisjoint(inside) + (unknown.map { [$0] } ?? []), against: total)
        }
        return sums
    }

    /// The figures of `group` of one listed part of their country each (`subdivision: England`,
    /// `SubnationalPlace.separatePart`), by their sex, age group and form, each part once (of
    /// several figures of one part, the one that adds least), in the order of their names; only
    /// fields with two parts or more, in the order of their fields.
    ///
    /// Why: a country's referrals by nation (England's, Wales's, Scotland's, Northern Ireland's)
    /// are places that do not overlap, so they add up to no more than the country's count, as
    /// `countries-above-region` adds countries; each was compared with the country alone
    /// (`SubgroupTotals`), and three parts each below it but above it together passed without a
    /// word. A union of parts (England and Wales), a city and an unlisted name are not added
    /// (`separatePart`).
    @inlinable
    static func countryParts<Member: SubgroupTotalMember>(
        in group: some Collection<Member>
    ) -> [(fields: SubgroupTotals.Fields, parts: [(figure: Member, amount: Double)])] {
        var byFields = SubgroupTotals.FieldsTable<[(name: String, part: (figure: Member, amount: Double))]>()
        for figure in group where figure.breakdownDimension == SubnationalPlace.dimension {
            guard let category = figure.breakdownCategory, let name = SubnationalPlace.separatePart(category, of: figure.place) else { continue }
            let amount = smallest(figure)
            guard amount > 0 else { continue }
            byFields.update(SubgroupTotals.Fields(figure), initial: []) { parts in
                guard let index = parts.firstIndex(where: { $0.name == name }) else {
                    parts.append((name, (figure, amount)))
                    return
                }
                let current = parts[index].part
                if amount < current.amount || (amount == current.amount && figure.key.utf8.lexicographicallyPrecedes(current.figure.key.utf8)) {
                    parts[index].part = (figure, amount)
                }
            }
        }
        return byFields.pairs.filter { $0.value.count >= 2 }
            .sorted { ($0.key.sex, $0.key.ageGroup, $0.key.form) < ($1.key.sex, $1.key.ageGroup, $1.key.form) }
            .map { ($0.key, $0.value.sorted { $0.name < $1.name }.map(\.part)) }
    }

    /// The ages a stored age group covers (`AgeGroup.read`'s forms), or nil for total, unknown or
    /// one it does not store.
    @inlinable
    public static func ageSpan(_ ageGroup: String) -> ClosedRange<Int>? {
        switch ageGroup {
        case "children": return 0...17
        case "adults": return 18...Int.max
        default: break
        }
        if ageGroup.hasSuffix("+") {
            return Int(ageGroup.dropLast()).map { $0...Int.max }
        }
        let bounds = ageGroup.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let from = Int(bounds[0]), let to = Int(bounds[1]), from <= to else { return nil }
        return from...to
    }

    /// Whether the ages of `span` lie within `container` and are not all of it: 12-17 within
    /// children, 0-4 within 0-11, 70+ within 65+ and within adults; children not within 0-17.
    /// One rule for the parts a sum adds up within an age group, and for the broader age groups a
    /// band is a subgroup of (`SubgroupTotals`: 12-17 above all children).
    @inlinable
    static func lies(_ span: ClosedRange<Int>, within container: ClosedRange<Int>) -> Bool {
        container.contains(span.lowerBound) && container.contains(span.upperBound) && container != span
    }

    /// The age groups of `groups` whose ages `ageGroup`'s lie within (`lies(_:within:)`), narrowest
    /// first (of two as wide, the younger first): the broader age groups an age band is part of,
    /// 0-4 of 0-11 and then of children. Empty for total, unknown or an age group tipdb does not store.
    ///
    /// - Parameter groups: age groups with their spans (`ageSpan`), such as those of a group's totals.
    @inlinable
    public static func broaderAgeGroups(of ageGroup: String, among groups: [(ageGroup: String, span: ClosedRange<Int>)]) -> [String] {
        guard !groups.isEmpty, let span = ageSpan(ageGroup) else { return [] }
        return groups.filter { lies(span, within: $0.span) }.sorted {
            ($0.span.upperBound - $0.span.lowerBound, $0.span.lowerBound, $0.ageGroup)
                < ($1.span.upperBound - $1.span.lowerBound, $1.span.lowerBound, $1.ageGroup)
        }.map(\.ageGroup)
    }

    /// The age groups among `ageGroups` that span ages (`ageSpan`), each once with its span:
    /// what `broaderAgeGroups` looks among.
    @inlinable
    public static func ageSpans(_ ageGroups: some Sequence<String>) -> [(ageGroup: String, span: ClosedRange<Int>)] {
        var spans: [(ageGroup: String, span: ClosedRange<Int>)] = []
        for ageGroup in ageGroups where ageGroup != "total" && ageGroup != "unknown" && !spans.contains(where: { $0.ageGroup == ageGroup }) {
            if let span = ageSpan(ageGroup) { spans.append((ageGroup, span)) }
        }
        return spans
    }

    /// The parts of the heaviest set whose spans do not overlap (weighted interval scheduling),
    /// youngest first. A group holds a few age groups, so the quadratic search costs nothing.
    @inlinable
    static func heaviestDisjoint<Part>(_ items: [(span: ClosedRange<Int>, part: (figure: Part, amount: Double))]) -> [(figure: Part, amount: Double)] {
        guard !items.isEmpty else { return [] }
        let sorted = items.sorted {
            ($0.span.upperBound, $0.span.lowerBound) < ($1.span.upperBound, $1.span.lowerBound)
        }
        // best[i]: the heaviest weight among the first i spans, and the index taken last (or nil).
        var best: [(weight: Double, taken: [Int])] = [(0, [])]
        for (index, item) in sorted.enumerated() {
            let before = sorted[..<index].lastIndex { $0.span.upperBound < item.span.lowerBound }.map { $0 + 1 } ?? 0
            let taking = best[before].weight + item.part.amount
            best.append(taking > best[index].weight ? (taking, best[before].taken + [index]) : best[index])
        }
        return (best.last?.taken ?? []).map { sorted[$0].part }
    }
}

/// A brief finds its sums on a background thread while it writes other sections.
extension SubgroupSums.Sum: Sendable where Member: Sendable {}
