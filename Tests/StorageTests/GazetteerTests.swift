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
        ("Korea", "unknown place \"Korea\"; did you mean \"Korea, Rep.\" or \"Korea, Dem. Rep.\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("England", "unknown place \"England\"; England is part of the United Kingdom (GBR), and tipdb has no places smaller than a country: give GBR, and say in the figure's notes that it covers England only"),
        ("East Asia", "unknown place \"East Asia\"; did you mean \"East Asia and Pacific\", \"Eastern Asia\" or \"South East Asia\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        // Short codes and numbers are near nothing they are not one letter from.
        ("0", "unknown place \"0\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("00", "unknown place \"00\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("-4", "unknown place \"-4\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("ZZ", "unknown place \"ZZ\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
        ("USSR", "unknown place \"USSR\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),
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

    @Test("what names no place is nil, with the names closest to it")
    func unknown() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        for text in ["", "Wrold", "9999", "-35", "3.5"] { #expect(gazetteer.code(for: text) == nil, "\(text)") }
        #expect(gazetteer.suggestions(for: "Wrold") == ["World"])
    }
}
