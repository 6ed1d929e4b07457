import Foundation

/// Lower-cased field name → position in a record's fields: what `RowReader` finds each field
/// in, some fifty times for every figure a file gives.
///
/// Why not a `[String: Int]`: every look-up hashed the name with Swift's seeded SipHash, some
/// 340 instructions, 9 % of the reading thread of a figures load (`valgrind --tool=callgrind`,
/// session 62), and that thread is the one the load waits for. A header has a few dozen short
/// names: a table placed by an FNV-1a hash of each name's bytes, checked by comparing that
/// hash and the name itself only then, finds one in a probe or two at a third of the cost.
///
/// Names match as the dictionary matched them, by canonical equivalence: a name is placed by
/// the bytes of its NFC form (`é` written as one character or as `e` and an accent is one
/// name), and looked up by a name already in NFC, as every name the code asks for is (ASCII).
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

    /// The position of field `name` (in NFC), or nil when the record has no field so named.
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
        let name = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCanonicalMapping
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

    /// FNV-1a over the name's UTF-8 bytes, folded so that the low bits, which pick the slot, take
    /// in all of it. Every byte counts: a file's `x_` columns share their first bytes and often
    /// their length, and a hash of those alone put them all in one run of slots.
    private static func hash(_ name: String) -> Int {
        func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return hash
        }
        let hash = name.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(name.utf8)
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
