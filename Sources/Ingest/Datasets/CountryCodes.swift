import Storage

/// ISO 3166-1 alpha-2 and alpha-3 codes → places codes, as flat tables indexed by the letters.
///
/// Case-level files repeat a country code in every row: looking one up must cost a few array
/// reads, not a query or a hashed `String`. Two letters index a 26×26 table, three letters a
/// 26×26×26 one; each entry points at the three bytes of the places code (alpha-3 for every
/// country), kept in one buffer that lives as long as the tables. The tables never change after
/// `init`, so the parsing thread may read them (hence `@unchecked Sendable`).
final class CountryCodes: @unchecked Sendable {
    private var alpha2 = [Int16](repeating: -1, count: 26 * 26)
    private var alpha3 = [Int16](repeating: -1, count: 26 * 26 * 26)
    /// Three bytes per country: its places code.
    private let codes: UnsafeMutableBufferPointer<UInt8>

    init(db: Database) throws {
        let countries = try Place.all(in: db).filter { $0.kind == "country" && $0.code.utf8.count == 3 }
        codes = .allocate(capacity: max(1, countries.count * 3))
        for (index, place) in countries.enumerated() {
            for (offset, byte) in place.code.utf8.enumerated() { codes[index * 3 + offset] = byte }
            if let code = place.alpha2, let slot = Self.slot(Array(code.utf8)) { alpha2[slot] = Int16(index) }
            if let code = place.alpha3, let slot = Self.slot(Array(code.utf8)) { alpha3[slot] = Int16(index) }
        }
    }

    deinit {
        codes.deallocate()
    }

    /// The places code for the letters in `bytes` (two or three, either case), or nil.
    ///
    /// The returned buffer points into this object's storage: use it before the object goes.
    func code(for bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard let slot = Self.slot(bytes) else { return nil }
        let index = bytes.count == 2 ? alpha2[slot] : alpha3[slot]
        guard index >= 0 else { return nil }
        return UnsafeBufferPointer(rebasing: codes[Int(index) * 3 ..< Int(index) * 3 + 3])
    }

    /// The table slot of two or three ASCII letters, or nil for anything else.
    private static func slot<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        guard bytes.count == 2 || bytes.count == 3 else { return nil }
        var slot = 0
        for byte in bytes {
            let upper = byte & 0xDF
            guard upper >= 0x41 && upper <= 0x5A else { return nil }
            slot = slot * 26 + Int(upper - 0x41)
        }
        return slot
    }
}
