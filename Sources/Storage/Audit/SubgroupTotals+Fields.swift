extension SubgroupTotals {
    /// A figure's subgroup fields: sex, age group and form ("" for all forms).
    public struct Fields: Hashable, Sendable {
        public let sex: String
        public let ageGroup: String
        public let form: String

        public init(sex: String, ageGroup: String, form: String) {
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
        /// with one field reset, then two, each passed to `body` until it returns a result. For a
        /// figure restricted by a breakdown, its breakdown is what the form field stands for here:
        /// its totals are those with the form reset too (nothing is known of other figures'
        /// breakdowns), and its own fields come first.
        ///
        /// Then, for each of `broaderAges` in its order (the age groups whose ages contain this
        /// figure's: `SubgroupSums.broaderAgeGroups`), the fields with that age group, the sex and
        /// form kept, then the sex reset, the form, both: 12-17 girls are part of all children,
        /// after all 12-17 year olds and all girls.
        ///
        /// No list of totals is made: resetting a field that already reads "total" changes
        /// nothing, so two resets give the same fields exactly when they reset the same fields
        /// that are set, and those are remembered as bits.
        @inlinable
        public func firstTotal<Result>(brokenDown: Bool, broaderAges: [String] = [], _ body: (Fields) -> Result?) -> Result? {
            // Bits: 1 sex, 2 age group, 4 form (or breakdown) set, i.e. not "total".
            let set = (sex == "total" ? 0 : 1) | (ageGroup == "total" ? 0 : 2) | (form.isEmpty ? 0 : 4)
            var tried: UInt8 = 0
            // Bits of a mask: the fields reset to "total".
            for mask in [7, 1, 2, 4, 3, 5, 6] where !brokenDown || mask & 4 != 0 {
                let reset = mask & set
                // Resetting nothing gives the figure's own fields, a total only of a breakdown.
                guard brokenDown || reset != 0, tried & (1 << reset) == 0 else { continue }
                tried |= 1 << reset
                let total = Fields(
                    sex: reset & 1 != 0 ? "total" : sex, ageGroup: reset & 2 != 0 ? "total" : ageGroup,
                    form: reset & 4 != 0 ? "" : form)
                if let result = body(total) { return result }
            }
            for broader in broaderAges {
                var triedHere: UInt8 = 0
                // Bits of a mask as above; the age group is replaced, not reset.
                for mask in [0, 1, 4, 5] where !brokenDown || mask & 4 != 0 {
                    let reset = mask & set
                    guard triedHere & (1 << reset) == 0 else { continue }
                    triedHere |= 1 << reset
                    let total = Fields(sex: reset & 1 != 0 ? "total" : sex, ageGroup: broader, form: reset & 4 != 0 ? "" : form)
                    if let result = body(total) { return result }
                }
            }
            return nil
        }
    }
}
