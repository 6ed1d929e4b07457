extension SubgroupTotals {
    /// Values of one group by subgroup fields (`Fields`): a list searched in order, where a
    /// dictionary would hash three strings for every look-up.
    ///
    /// Why: a group holds a few figures (of the bench's 100,000 figures, no group holds more than
    /// nine and most hold two), so comparing a few fields costs less than hashing them, and no
    /// hash table is allocated per group. With dictionaries, hashing and building them was most of
    /// a brief's subgroup scan (`valgrind --tool=callgrind`, see BENCHMARKS.md). The keys keep the
    /// order they were first set in; callers that need an order sort them, as they sorted a
    /// dictionary's keys.
    @usableFromInline
    struct FieldsTable<Value> {
        @usableFromInline var entries: [(fields: Fields, value: Value)] = []

        @inlinable
        init() {}

        @inlinable
        var count: Int { entries.count }

        /// The fields set, in the order they were first set.
        @inlinable
        var keys: [Fields] { entries.map(\.fields) }

        @inlinable
        subscript(fields: Fields) -> Value? {
            get {
                for entry in entries where entry.fields == fields { return entry.value }
                return nil
            }
            set {
                let index = entries.firstIndex { $0.fields == fields }
                switch (index, newValue) {
                case let (index?, value?): entries[index].value = value
                case let (index?, nil): entries.remove(at: index)
                case let (nil, value?): entries.append((fields, value))
                case (nil, nil): break
                }
            }
        }
    }
}
