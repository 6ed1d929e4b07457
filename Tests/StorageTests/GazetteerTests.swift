import Storage
import Testing

@Suite("Gazetteer: every way a place is written, the one rule of ingest and report filters")
struct GazetteerTests {
    @Test("codes, M49 numbers with or without leading zeros, names and aliases, in any case", arguments: [
        ("035", "M49-035"), ("35", "M49-035"), ("M49-035", "M49-035"), ("south-eastern asia", "M49-035"),
        ("1", "WLD"), ("001", "WLD"), ("World", "WLD"), ("PH", "PHL"), ("phl", "PHL"), ("608", "PHL"),
        ("Vietnam", "VNM"), (" Viet Nam\t", "VNM"), ("\u{A0}VN\u{A0}", "VNM"), ("ILO-ASIA-PACIFIC", "ILO-ASIA-PACIFIC"),
        ("Côte d\u{2019}Ivoire", "CIV"), ("XKX", "XKX"),
    ])
    func resolves(text: String, code: String) throws {
        let db = try ReferenceDataTests.migrated()
        #expect(try Gazetteer(db: db).code(for: text) == code)
    }

    @Test("what names no place is nil, with the names closest to it")
    func unknown() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        for text in ["", "Wrold", "9999", "-35", "3.5"] { #expect(gazetteer.code(for: text) == nil, "\(text)") }
        #expect(gazetteer.suggestions(for: "Wrold") == ["World"])
    }
}
