/// Lower-cased field name → position in a record's fields: what `RowReader` finds each field
/// in, some fifty times for every figure a file gives.
///
/// Why not a `[String: Int]`: every look-up hashed the name with Swift's seeded SipHash, some
/// 340 instructions, 9 % of the reading thread of a figures load (`valgrind --tool=callgrind`,
/// session 62), and that thread is the one the load waits for. A header has a few dozen short
/// names at most: a table placed by each name's length and first byte, checked by comparing
/// that first and the name itself only then, finds one in a few compares.
struct FieldIndex: Sendable {
    private struct Entry {
        let name: String
        let hash: Int
        let position: Int
    }

    /// The names in the order they were added.
    private var entries: [Entry] = []
    /// Open addressing, linear probing: an index into `entries`, or -1 for an empty slot. Kept at
    /// most a quarter full, so that a miss ends at an empty slot after a probe or two.
    private var slots: [Int32] = []

    init() {}

    /// The index of a header's names, each name to its position.
    init(_ positions: [String: Int]) {
        // By position, so that the table is the same for the same header however the dictionary iterates.
        for (name, position) in positions.sorted(by: { $0.value < $1.value }) { insert(name, at: position) }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The position of field `name`, or nil when the record has no field so named.
    subscript(name: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let hash = Self.hash(name)
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash && entry.name == name { return entry.position }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `name` at `position`, unless the index has it already (the first of two fields so
    /// named is the one read).
    mutating func insert(_ name: String, at position: Int) {
        guard self[name] == nil else { return }
        entries.append(Entry(name: name, hash: Self.hash(name), position: position))
        if slots.count < entries.count * 4 {
            var size = 16
            while size < entries.count * 4 { size *= 2 }
            slots = Array(repeating: -1, count: size)
            for index in entries.indices { place(index) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = entries[index].hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    /// Where a name's probe starts: names of one header mostly differ in length or in their
    /// first letter, both read without going through the name (its last letter too cost twice
    /// the rest of a look-up). Multiplied so that the low bits, which pick the slot, take in both.
    private static func hash(_ name: String) -> Int {
        let utf8 = name.utf8
        let mixed = UInt64(truncatingIfNeeded: utf8.count << 8 | Int(utf8.first ?? 0)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}
