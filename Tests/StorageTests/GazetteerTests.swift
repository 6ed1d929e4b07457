import Foundation
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

    @Test("accents are ignored both ways: the name as ISO writes it and as a keyboard without accents does", arguments: [
        ("Curaçao", "CUW"), ("Curacao", "CUW"), ("CURACAO", "CUW"), ("Åland Islands", "ALA"), ("Aland Islands", "ALA"),
        ("São Tomé and Príncipe", "STP"), ("Sao Tome and Principe", "STP"), ("Réunion", "REU"), ("Reunion", "REU"),
        ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"),
        ("Saint Barthelemy", "BLM"), ("saint barthélemy", "BLM"),
        // The same letters written decomposed (e + combining acute), as macOS file names and some exports do.
        ("Re\u{301}union", "REU"),
    ])
    func accents(text: String, code: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("World Bank, UN M49, OWID and common spellings of countries", arguments: [
        ("Korea, Rep.", "KOR"), ("Korea, Dem. People's Rep.", "PRK"), ("Korea, Dem. People\u{2019}s Rep.", "PRK"),
        ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("North Korea", "PRK"),
        ("Iran, Islamic Rep.", "IRN"), ("Iran", "IRN"), ("Egypt, Arab Rep.", "EGY"), ("Venezuela, RB", "VEN"),
        ("Venezuela", "VEN"), ("Yemen, Rep.", "YEM"), ("Gambia, The", "GMB"), ("The Gambia", "GMB"), ("Gambia", "GMB"),
        ("Bahamas, The", "BHS"), ("The Bahamas", "BHS"), ("Micronesia, Fed. Sts.", "FSM"), ("Micronesia (country)", "FSM"),
        ("Micronesia (Federated States of)", "FSM"), ("Lao PDR", "LAO"), ("Laos", "LAO"), ("Kyrgyz Republic", "KGZ"),
        ("Kyrgyzstan", "KGZ"), ("Slovak Republic", "SVK"), ("Slovakia", "SVK"), ("Turkey", "TUR"), ("Czechia", "CZE"),
        ("Czech Republic", "CZE"), ("Ivory Coast", "CIV"), ("Cabo Verde", "CPV"), ("Cape Verde", "CPV"), ("Eswatini", "SWZ"),
        ("Swaziland", "SWZ"), ("North Macedonia", "MKD"), ("Macedonia", "MKD"), ("Myanmar", "MMR"), ("Burma", "MMR"),
        ("Timor-Leste", "TLS"), ("East Timor", "TLS"), ("Holy See", "VAT"), ("Vatican", "VAT"), ("Vatican City", "VAT"),
        ("Brunei", "BRN"), ("Brunei Darussalam", "BRN"), ("Holland", "NLD"), ("The Netherlands", "NLD"),
        ("Netherlands", "NLD"), ("DRC", "COD"), ("Congo, Dem. Rep.", "COD"), ("Congo, Rep.", "COG"), ("Congo", "COG"),
        ("UK", "GBR"), ("Great Britain", "GBR"), ("United Kingdom", "GBR"), ("USA", "USA"), ("US", "USA"),
        ("United States of America", "USA"), ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Syria", "SYR"),
        ("Viet Nam", "VNM"), ("Bolivia", "BOL"), ("Tanzania", "TZA"), ("Moldova", "MDA"), ("Palestine", "PSE"),
        ("State of Palestine", "PSE"), ("West Bank and Gaza", "PSE"), ("St. Lucia", "LCA"), ("Saint Lucia", "LCA"),
        ("Hong Kong SAR, China", "HKG"), ("Virgin Islands (U.S.)", "VIR"), ("Kosovo", "XKX"),
    ])
    func spellings(text: String, code: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("what names no place, or two places, is refused with what to write instead", arguments: [
        ("Micronesia", "place \"Micronesia\" is ambiguous: it names Micronesia, Federated States of (a country, code FSM) and Micronesia (an M49 sub-region, code M49-057); write FSM or M49-057"),
        ("micronésia", "place \"micronésia\" is ambiguous: it names Micronesia, Federated States of (a country, code FSM) and Micronesia (an M49 sub-region, code M49-057); write FSM or M49-057"),
        ("Wrold", "unknown place \"Wrold\"; did you mean \"World\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("Korea", "unknown place \"Korea\"; did you mean \"Korea DPR\" or \"Korea Rep.\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("England", "unknown place \"England\"; England is listed under the United Kingdom (GBR) in ISO 3166-2, and tipdb has no places smaller than a country: give GBR, and England in the figure's breakdown column (subdivision: England), so that no brief takes it for the whole country"),
        ("East Asia", "unknown place \"East Asia\"; did you mean \"East Asia and Pacific\", \"Eastern Asia\" or \"South East Asia\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        // Short codes and numbers are near nothing they are not one letter from.
        ("0", "unknown place \"0\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("00", "unknown place \"00\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("-4", "unknown place \"-4\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("ZZ", "unknown place \"ZZ\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        // A former state is named with its successors, not near spellings of unrelated places.
        ("USSR", "unknown place \"USSR\"; the Soviet Union ended in 1991, and tipdb's places are today's: give the country the figure covers among its successors (ARM, AZE, BLR, EST, GEO, KAZ, KGZ, LVA, LTU, MDA, RUS, TJK, TKM, UKR or UZB), or a region, and say in the figure's notes that it counts the Soviet Union"),
        ("czechoslovakia", "unknown place \"czechoslovakia\"; Czechoslovakia ended in 1992, and tipdb's places are today's: give the country the figure covers among its successors (CZE or SVK), or a region, and say in the figure's notes that it counts Czechoslovakia"),
        ("Zaire", "unknown place \"Zaire\"; Zaire ended in 1997, and tipdb's places are today's: give the country that now covers it, COD, and say in the figure's notes that it counts Zaire"),
    ])
    func refusals(text: String, message: String) throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.code(for: text) == nil)
        #expect(gazetteer.refusal(for: text) == message)
    }

    @Test("a name written short is suggested its own place before a country a few letters away")
    func suggestionsPreferTheNameThatStartsWithTheText() {
        let gazetteer = Gazetteer(places: [], aliases: [
            ("Burundi", "BDI"), ("Brunei Darussalam", "BRN"), ("Poland", "POL"), ("Holland Islands", "XHI"),
        ])
        #expect(gazetteer.suggestions(for: "Brunei") == ["Brunei Darussalam", "Burundi"])
        #expect(gazetteer.suggestions(for: "Holland") == ["Holland Islands", "Poland"])
    }

    @Test("no name or alias names two places but Micronesia, which is refused as ambiguous (scans the whole place table)")
    func onlyMicronesiaIsAmbiguous() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        #expect(gazetteer.ambiguousNames == ["micronesia"])
        #expect(gazetteer.places(sharing: "MICRONESIA").map(\.code) == ["FSM", "M49-057"])
        #expect(gazetteer.places(sharing: "Micronesia, Fed. Sts.").isEmpty)
    }

    @Test("a hyphen and a space between words are alike, and so are repeated spaces", arguments: [
        ("Sub Saharan Africa", "M49-202"), ("sub-saharan africa", "M49-202"), ("Sub  Saharan   Africa", "M49-202"),
        ("Sub - Saharan Africa", "M49-202"), ("Sub Saharan Africa (UNODC)", "UNODC-SUB-SAHARAN-AFRICA"),
        ("South Eastern Asia", "M49-035"), ("Guinea Bissau", "GNB"), ("Timor Leste", "TLS"), ("Asia-Pacific", "ILO-ASIA-PACIFIC"),
        ("ILO ASIA PACIFIC", "ILO-ASIA-PACIFIC"), ("Viet\tNam", "VNM"), ("Sa\u{0303}o  Tome\u{0301} and Pri\u{0301}ncipe", "STP"),
    ])
    func hyphensAndSpaces(text: String, code: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    /// Word processors and spreadsheets write an en dash or a non-breaking hyphen where a hyphen was typed.
    @Test("a Unicode dash is a hyphen: Sub–Saharan Africa, Guinea‑Bissau, Timor—Leste; beside a digit it stays a dash", arguments: [
        ("Sub\u{2013}Saharan Africa", "M49-202"), ("Guinea\u{2011}Bissau", "GNB"), ("Timor\u{2014}Leste", "TLS"),
        ("South\u{2010}Eastern Asia", "M49-035"), ("Asia\u{2212}Pacific", "ILO-ASIA-PACIFIC"), ("Sub \u{2013} Saharan Africa", "M49-202"),
        ("Sa\u{0303}o Tome\u{0301}\u{2013}and Pri\u{0301}ncipe", "STP"), ("M49\u{2013}035", "M49-035"), ("\u{2212}4", nil),
    ] as [(String, String?)])
    func unicodeDashes(text: String, code: String?) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == code, "\(text)")
    }

    @Test("a hyphen beside a digit stays one: -4, -35 and M49 035 name nothing", arguments: ["-4", "-35", "- 35", "M49 035", "M49-", "Sub-"])
    func hyphensBesideDigits(text: String) throws {
        #expect(try Gazetteer(db: ReferenceDataTests.migrated()).code(for: text) == nil, "\(text)")
    }

    /// Why every spelling: reading a hyphen as a space could make two places' spellings one, and
    /// the lookup would then file one place's figures under the other, or refuse both as ambiguous.
    @Test("every code, name and alias, as written and with its hyphens as spaces, names its own place and no other (scans the whole place table)")
    func noTwoPlacesFoldAlike() throws {
        let db = try ReferenceDataTests.migrated()
        let gazetteer = try Gazetteer(db: db)
        let places = try Place.all(in: db)
        let aliases = try db.rows("SELECT alias, place FROM place_aliases").compactMap { row in
            row.string("alias").flatMap { alias in row.string("place").map { (alias, $0) } }
        }
        var spellings = aliases
        for place in places {
            spellings += [place.code, place.name, place.alpha2, place.alpha3].compactMap { $0 }.map { ($0, place.code) }
        }
        #expect(spellings.count > 500)
        var wrong: [String] = []
        for (spelling, code) in spellings where gazetteer.places(sharing: spelling).isEmpty {
            // A hyphen between letters only: one beside a digit (M49-035, EU-27) stays a hyphen.
            let spaced = spelling.replacingOccurrences(of: #"(?<=\p{L})-(?=\p{L})"#, with: " ", options: .regularExpression)
            for text in [spelling, spaced, spelling.replacingOccurrences(of: " ", with: "  ")]
            where gazetteer.code(for: text) != code {
                wrong.append("\(text) -> \(gazetteer.code(for: text) ?? "nothing"), expected \(code)")
            }
        }
        #expect(wrong == [])
        #expect(gazetteer.ambiguousNames == ["micronesia"])
    }

    @Test("what names no place is nil, with the names closest to it")
    func unknown() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        for text in ["", "Wrold", "9999", "-35", "3.5"] { #expect(gazetteer.code(for: text) == nil, "\(text)") }
        #expect(gazetteer.suggestions(for: "Wrold") == ["World"])
    }

    /// Texts written exactly as the places tables write them are found without being folded
    /// (`Gazetteer.exact`): the same code as the long way finds, which a trailing space takes.
    @Test("every code, number, name and alias as stored: the same place as written with a space after it, the long way")
    func exactSpellings() throws {
        let db = try ReferenceDataTests.migrated()
        let gazetteer = try Gazetteer(db: db)
        let places = try Place.all(in: db)
        let aliases = try db.rows("SELECT alias FROM place_aliases").compactMap { $0.string("alias") }
        let spellings = places.flatMap { [$0.code, $0.alpha2, $0.alpha3, $0.m49, $0.name].compactMap { $0 } } + aliases
        #expect(spellings.count > 500)
        for text in spellings {
            #expect(gazetteer.code(for: text) == gazetteer.code(for: text + " "), "\(text)")
        }
        // An alias two places share stays nobody's, as the long way has it.
        let shared = Gazetteer(places: [], aliases: [("Land", "AAA"), ("Land", "BBB"), ("Aland", "AAA")])
        #expect(shared.code(for: "Land") == nil)
        #expect(shared.code(for: "Aland") == "AAA")
    }
}
