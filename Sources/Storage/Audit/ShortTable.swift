/// Values by key, in the order their keys were first set: a list searched in order while it is
/// short, indexed by a dictionary once it is long.
///
/// Why: most groups a scan keeps hold a few entries (of the bench's 100,000 figures, no subgroup
/// group holds more than nine and most hold two), so comparing a few fields costs less than
/// hashing them, and no hash table is allocated per group. With dictionaries, hashing and
/// building them was most of a brief's subgroup scan (`valgrind --tool=callgrind`, see
/// BENCHMARKS.md). But a bulk export can give one place and year dozens of subgroups, and a count
/// broken down by thousands of sectors as many subjects, where a search in order costs the
/// square of their number (the brief's editions candidates: 1.7 s of a 2.8 s brief, session 60):
/// past `linearLimit` entries, the table keeps a dictionary of positions too. Callers that need
/// another order sort the keys, as they sorted a dictionary's keys.
public struct ShortTable<Key: Hashable, Value> {
    @usableFromInline var entries: [(key: Key, value: Value)] = []
    /// Each entry's position by its key, once there are more than `linearLimit` entries.
    @usableFromInline var positions: [Key: Int]?

    /// How many entries are searched in order before the table indexes them.
    @usableFromInline static var linearLimit: Int { 16 }

    @inlinable
    public init() {}

    @inlinable
    public var count: Int { entries.count }

    /// The keys set, in the order they were first set.
    @inlinable
    public var keys: [Key] { entries.map(\.key) }

    /// The entries, in the order their keys were first set.
    @inlinable
    public var pairs: [(key: Key, value: Value)] { entries }

    @inlinable
    func position(of key: Key) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    @inlinable
    public subscript(key: Key) -> Value? {
        get { position(of: key).map { entries[$0].value } }
        set {
            switch (position(of: key), newValue) {
            case let (index?, value?):
                entries[index].value = value
            case let (index?, nil):
                entries.remove(at: index)
                positions = nil
                buildPositionsIfLong()
            case let (nil, value?):
                append(key, value)
            case (nil, nil):
                break
            }
        }
    }

    /// Changes the value under `key` in place, set to `initial` first when the key is new: an
    /// array value grows without being copied out and back.
    @inlinable
    public mutating func update(_ key: Key, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        if let index = position(of: key) {
            change(&entries[index].value)
        } else {
            var value = initial()
            change(&value)
            append(key, value)
        }
    }

    /// Empties the table, keeping the list's room for the next group.
    @inlinable
    public mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        positions = nil
    }

    @inlinable
    mutating func append(_ key: Key, _ value: Value) {
        entries.append((key, value))
        if positions != nil {
            positions?[key] = entries.count - 1
        } else {
            buildPositionsIfLong()
        }
    }

    /// Builds `positions` when the entries have grown past `linearLimit`.
    @inlinable
    mutating func buildPositionsIfLong() {
        guard positions == nil, entries.count > Self.linearLimit else { return }
        var built: [Key: Int] = [:]
        built.reserveCapacity(entries.count * 2)
        for (index, entry) in entries.enumerated() { built[entry.key] = index }
        positions = built
    }
}

extension SubgroupTotals {
    /// Values of one group by subgroup fields (`Fields`).
    @usableFromInline
    typealias FieldsTable<Value> = ShortTable<Fields, Value>
}
