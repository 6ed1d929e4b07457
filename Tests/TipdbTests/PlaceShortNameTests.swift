import Foundation
import Testing

/// m0039: the UN's short names of countries, and the other names GLOTIP's categories resolved
/// through a Swift table of their own, are rows of place_aliases, so a figures file and
/// `--place` read them as GLOTIP does.
@Suite("UN short country names in figures files and --place (m0039, built binary)")
struct PlaceShortNameTests {
    static let sources = """
        key,kind,title,publisher,date
        unodc-2024,report,Global Report on Trafficking in Persons 2024,UNODC,2024

        """

    /// Each name with the code it must resolve to.
    static let names: [(name: String, code: String)] = [
        ("Dem. Rep. of the Congo", "COD"), ("Congo DR", "COD"), ("DR Congo", "COD"), ("Congo", "COG"),
        ("Rep. of Korea", "KOR"), ("Dem. People's Rep. of Korea", "PRK"), ("Republic of Moldova", "MDA"),
        ("Rep. of Moldova", "MDA"), ("United Rep. of Tanzania", "TZA"), ("UK", "GBR"), ("North Macedonia", "MKD"),
        ("The former Yugoslav Republic of Macedonia", "MKD"), ("TFYR of Macedonia", "MKD"), ("Kosovo", "XKX"),
        ("Kosovo (under UNSCR 1244)", "XKX"), ("Libyan Arab Jamahiriya", "LBY"), ("Iran (Islamic Rep. of)", "IRN"),
        ("Lao People's Dem. Rep.", "LAO"),
    ]

    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    @Test("a figures file with UN short names ingests each to its ISO 3166-1 code")
    func figuresFile() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try write(Self.sources, to: "sources.csv", in: dir)
            var figures = "key,measure,value,unit,place,period,source,method\n"
            for (index, entry) in Self.names.enumerated() {
                figures += "f\(String(format: "%02d", index)),detected-trafficking-victims,\(index + 10),persons,\"\(entry.name)\",2022,unodc-2024,detected\n"
            }
            try write(figures, to: "figures.csv", in: dir)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("figures.csv: 18 read, 18 inserted, 0 updated, 0 unchanged, 0 rejected"), "\(load.stdout)")
            var expected = "key,place\n"
            for (index, entry) in Self.names.enumerated() { expected += "f\(String(format: "%02d", index)),\(entry.code)\n" }
            #expect(try sqlCSV(["SELECT key, place FROM figures ORDER BY key"], in: dir) == expected)
            // --place reads them by the same rule: before m0039, `unknown place "Dem. Rep. of the Congo"`.
            let brief = try Tipdb.run(["report", "brief", "--place", "Dem. Rep. of the Congo"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("Scope: All measures; the Democratic Republic of the Congo; all reference years"), "\(brief.stdout)")
        }
    }

    @Test("an unknown name is still refused with the nearest names; plain Korea names no place")
    func unknownNames() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try write(Self.sources, to: "sources.csv", in: dir)
            try write("""
                key,measure,value,unit,place,period,source,method
                a,detected-trafficking-victims,5,persons,Dem. Rep. of the Kongo,2022,unodc-2024,detected
                b,detected-trafficking-victims,5,persons,Korea,2022,unodc-2024,detected

                """, to: "figures.csv", in: dir)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 1)
            let expected = "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
            #expect(load.stderr.hasPrefix("""
                figures.csv:2:42: place: unknown place "Dem. Rep. of the Kongo"; did you mean "Dem. Rep. of the Congo" or "Rep. of the Congo"? E\(expected.dropFirst())
                figures.csv:3:42: place: unknown place "Korea"; did you mean "Korea DPR" or "Korea Rep."? E\(expected.dropFirst())

                """), "\(load.stderr)")
        }
    }
}
