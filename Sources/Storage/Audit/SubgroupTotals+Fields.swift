extension SubgroupTotals {
    /// A figure's subgroup fields: sex, age group and form ("" for all forms).
    public struct Fields: Hashable, Sendable {
        @usableFromInline let sex: String
        @usableFromInline let ageGroup: String
        @usableFromInline let form: String

        @usableFromInline
        init(sex: String, ageGroup: String, form: String) {
            self.sex = sex
            self.ageGroup = ageGroup
            self.form = form
        }

        @inlinable
        init(_ figure: some SubgroupTotalMember) {
            self.init(sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form ?? "")
        }

        /// Whether a figure is for everyone: no sex, age group, form or breakdown. Such a figure is
        /// part of no total.
        @inlinable
        public static func isEveryone(_ figure: some SubgroupTotalMember) -> Bool {
            figure.sex == "total" && figure.ageGroup == "total" && figure.form == nil && !figure.hasBreakdown
        }

        /// The fields of the totals a figure with these fields is part of, whole total first, then
        /// with one field reset, then two. For a figure restricted by a breakdown, its breakdown is
        /// what the form field stands for here: its totals are those with the form reset too
        /// (nothing is known of other figures' breakdowns), and its own fields come first.
        @inlinable
        func totals(brokenDown: Bool) -> [Fields] {
            var result: [Fields] = []
            // Bits: 1 sex, 2 age group, 4 form (or breakdown) reset to "total".
            for mask in [7, 1, 2, 4, 3, 5, 6] where !brokenDown || mask & 4 != 0 {
                let total = Fields(
                    sex: mask & 1 != 0 ? "total" : sex, ageGroup: mask & 2 != 0 ? "total" : ageGroup,
                    form: mask & 4 != 0 ? "" : form)
                guard brokenDown || total != self, !result.contains(total) else { continue }
                result.append(total)
            }
            return result
        }
    }
}
