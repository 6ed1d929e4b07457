extension SubgroupTotals {
    /// Values of one group by subgroup fields (`Fields`): a list searched in order while it is
    /// short, indexed by a dictionary once it is long.
    ///
    /// Why: most groups hold a few figures (of the bench's 100,000 figures, no group holds more
    /// than nine and most hold two), so comparing a few fields costs less than hashing them, and no
    /// hash table is allocated per group. With dictionaries, hashing and building them was most of
    /// a brief's subgroup scan (`valgrind --tool=callgrind`, see BENCHMARKS.md). A bulk export can
    /// give one place and year dozens of subgroups (sexes by ages by forms), where a search in
    /// order would cost the square of their number: past `linearLimit` entries, the table keeps
    /// a dictionary of positions too. The keys keep the order they were first set in; callers that
    /// need an order sort them, as they sorted a dictionary's keys.
    @usableFromInline
    struct FieldsTable<Value> {
        @usableFromInline var entries: [(fields: Fields, value: Value)] = []
        /// Each entry's position by its fields, once there are more than `linearLimit` entries.
        @usableFromInline var positions: [Fields: Int]?

        /// How many entries are searched in order before the table indexes them.
        @usableFromInline static var linearLimit: Int { 16 }

        @inlinable
        init() {}

        @inlinable
        var count: Int { entries.count }

        /// The fields set, in the order they were first set.
        @inlinable
        var keys: [Fields] { entries.map(\.fields) }

        @inlinable
        func position(of fields: Fields) -> Int? {
            if let positions { return positions[fields] }
            return entries.firstIndex { $0.fields == fields }
        }

        @inlinable
        subscript(fields: Fields) -> Value? {
            get { position(of: fields).map { entries[$0].value } }
            set {
                switch (position(of: fields), newValue) {
                case let (index?, value?):
                    entries[index].value = value
                case let (index?, nil):
                    entries.remove(at: index)
                    positions = nil
                    buildPositionsIfLong()
                case let (nil, value?):
                    entries.append((fields, value))
                    if positions != nil {
                        positions?[fields] = entries.count - 1
                    } else {
                        buildPositionsIfLong()
                    }
                case (nil, nil):
                    break
                }
            }
        }

        /// Builds `positions` when the entries have grown past `linearLimit`.
        @inlinable
        mutating func buildPositionsIfLong() {
            guard positions == nil, entries.count > Self.linearLimit else { return }
            var built: [Fields: Int] = [:]
            built.reserveCapacity(entries.count * 2)
            for (index, entry) in entries.enumerated() { built[entry.fields] = index }
            positions = built
        }
    }
}
