import Foundation
import Testing

/// Figures of a part of a country (a US state, a UK nation, a Nigerian state): tipdb has no
/// places smaller than a country, and until session 65 it advised filing England's count under
/// the United Kingdom with a note, which made it the United Kingdom's key figure; Texas and
/// Lagos State were refused with no advice at all. A part is now given as the country with the
/// part as the figure's breakdown (`subdivision: Texas`).
@Suite("figures of a state, province or nation: the country with a subdivision breakdown (built binary)")
struct SubdivisionBreakdownTests {
    static let sources = """
        key,title,authors,publisher,date
        hotline-2023,National Human Trafficking Hotline Data Report 2023,,Polaris Project,2024-06
        nrm-2023,"Modern Slavery: National Referral Mechanism statistics UK, end of year summary 2023",Home Office,Home Office,2024-03-07

        """

    static let listed = "in ISO 3166-2, and tipdb has no places smaller than a country: give"

    private func load(_ figures: String, in dir: URL, options: [String] = []) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(figures, "fig.csv", in: dir)
        return try Tipdb.run(["ingest"] + options + ["src.csv", "fig.csv"], in: dir)
    }

    private func lines(_ text: String, _ prefix: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map(String.init)
    }

    @Test("a state or nation in the place column is refused naming its country and the breakdown to give; a city gets the general advice")
    func placeColumn() throws {
        try withTemporaryDirectory { dir in
            let refused = try load("""
                key,measure,value,place,period,source
                tx,detected-trafficking-victims,500,Texas,2023,hotline-2023
                eng,detected-trafficking-victims,15000,England,2023,nrm-2023
                lagos,detected-trafficking-victims,40,Lagos State,2023,nrm-2023
                pb,detected-trafficking-victims,40,Punjab,2023,nrm-2023
                hou,detected-trafficking-victims,40,Houston,2023,hotline-2023
                list,detected-trafficking-victims,40,"Texas, USA",2023,hotline-2023
                ok,detected-trafficking-victims,9619,USA,2023,hotline-2023

                """, in: dir, options: ["--on-error", "skip"])
            #expect(refused.status == 1)
            let breakdown = "so that no brief takes it for the whole country"
            let expected = "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a "
                + "country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
            #expect(lines(refused.stderr, "fig.csv:") == [
                "fig.csv:2:37: place: unknown place \"Texas\"; Texas is listed under the United States (USA) \(Self.listed) USA, and Texas "
                    + "in the figure's breakdown column (subdivision: Texas), \(breakdown)",
                "fig.csv:3:40: place: unknown place \"England\"; England is listed under the United Kingdom (GBR) \(Self.listed) GBR, and "
                    + "England in the figure's breakdown column (subdivision: England), \(breakdown)",
                "fig.csv:4:39: place: unknown place \"Lagos State\"; Lagos is listed under Nigeria (NGA) \(Self.listed) NGA, and Lagos in "
                    + "the figure's breakdown column (subdivision: Lagos), \(breakdown)",
                "fig.csv:5:36: place: unknown place \"Punjab\"; Punjab is listed under India (IND) and under Pakistan (PAK) \(Self.listed) "
                    + "IND or PAK, whichever the figure covers, and Punjab in the figure's breakdown column (subdivision: Punjab), \(breakdown)",
                "fig.csv:6:37: place: unknown place \"Houston\"; \(expected); a part of a country (a state, province or city) is given as "
                    + "the country, with the part in the figure's breakdown column (subdivision: Houston)",
                "fig.csv:7:38: place: unknown place \"Texas, USA\"; \(expected)",
            ], "\(refused.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, place FROM figures"], in: dir)
            #expect(stored.stdout == "key,place\r\nok,USA\r\n", "\(stored.stdout)")
        }
    }

    @Test("Georgia and Niger load as the countries, warned once per file with the part they might be")
    func countryNamesakes() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load("""
                key,measure,value,place,period,source
                ga,detected-trafficking-victims,300,Georgia,2023,hotline-2023
                ga2,detected-trafficking-victims,310,georgia,2022,hotline-2023
                geo,detected-trafficking-victims,200,GEO,2021,hotline-2023
                ne,detected-trafficking-victims,30,Niger,2023,nrm-2023

                """, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(lines(loaded.stderr, "warning: fig.csv:") == [
                "warning: fig.csv:2:37: place: \"Georgia\" is read as the country Georgia (GEO); Georgia is listed under the United States "
                    + "(USA) in ISO 3166-2 too: a figure of that part is USA with breakdown subdivision: Georgia (said once per file)",
                "warning: fig.csv:5:36: place: \"Niger\" is read as the country Niger (NER); Niger is listed under Nigeria (NGA) in ISO "
                    + "3166-2 too: a figure of that part is NGA with breakdown subdivision: Niger (said once per file)",
            ], "\(loaded.stderr)")
        }
    }

    @Test("a state's count is stored as the country's with its part, never the country's key figure or latest estimate")
    func stored() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load("""
                key,measure,value,place,period,source,breakdown
                usa,detected-trafficking-victims,9619,USA,2023,hotline-2023,
                tx,detected-trafficking-victims,704,USA,2023,hotline-2023,subdivision: texas
                ga,detected-trafficking-victims,300,USA,2023,hotline-2023,state: Georgia
                hou,detected-trafficking-victims,120,USA,2023,hotline-2023,subdivision: Houston
                eng,detected-trafficking-victims,15000,GBR,2023,nrm-2023,Subdivision: ENGLAND
                sco,detected-trafficking-victims,500,GBR,2023,nrm-2023,nation: scotland
                lag,detected-trafficking-victims,40,NGA,2023,nrm-2023,subdivision: Lagos State
                col,detected-trafficking-victims,12,COL,2023,nrm-2023,province: Amazonas
                df,detected-trafficking-victims,12,MEX,2010,nrm-2023,subdivision: Distrito Federal
                ca,detected-trafficking-victims,900,USA,2023,hotline-2023,subdivision: CA
                edo,detected-trafficking-victims,70,GBR,2023,nrm-2023,state: Edo
                gb,detected-trafficking-victims,14000,GBR,2023,nrm-2023,subdivision: Great Britain

                """, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, dimension, category FROM figure_breakdowns ORDER BY figure"], in: dir)
            #expect(stored.stdout == """
                figure,dimension,category\r
                ca,subdivision,CA\r
                col,province,Amazonas\r
                df,subdivision,Distrito Federal\r
                edo,state,Edo\r
                eng,subdivision,England\r
                ga,state,Georgia\r
                gb,subdivision,Great Britain\r
                hou,subdivision,Houston\r
                lag,subdivision,Lagos\r
                sco,nation,scotland\r
                tx,subdivision,Texas\r

                """, "\(stored.stdout)")
            let latest = try Tipdb.run(["sql", "--format", "csv", "SELECT place, figure FROM latest_estimates WHERE measure = 'detected-trafficking-victims' ORDER BY place"], in: dir)
            #expect(latest.stdout == "place,figure\r\nUSA,usa\r\n", "\(latest.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--place", "USA", "--date", "2026-12-07"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Detected victims of trafficking | United States | 9,619 |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 704 |  | United States | 2023 | subdivision: Texas |"), "\(brief.stdout)")
            // England is not the United Kingdom's key figure: the brief has none for the whole country.
            let uk = try Tipdb.run(["report", "brief", "--place", "GBR", "--date", "2026-12-07", "--format", "json"], in: dir)
            #expect(uk.status == 0, "\(uk.stderr)")
            let document = try #require(JSONSerialization.jsonObject(with: Data(uk.stdout.utf8)) as? [String: Any])
            let keyFigures = try #require(document["keyFigures"] as? [[String: Any]], "\(uk.stdout)")
            #expect(keyFigures.isEmpty, "\(keyFigures)")
            #expect(uk.stdout.contains("\"subgroup\": \"subdivision: England\""), "\(uk.stdout)")
            // Loading the file again changes nothing.
            let again = try Tipdb.run(["ingest", "fig.csv"], in: dir)
            #expect(again.stdout.contains("fig.csv: 12 read, 0 inserted, 0 updated, 12 unchanged, 0 rejected"), "\(again.stdout)")
        }
    }

    @Test("a part of another listed country, one of tipdb's places, or the figure's own place is refused at the breakdown cell")
    func refusedSubdivision() throws {
        try withTemporaryDirectory { dir in
            let refused = try load("""
                key,measure,value,place,period,source,breakdown
                a,detected-trafficking-victims,10,GBR,2023,nrm-2023,subdivision: Texas
                b,detected-trafficking-victims,10,CHN,2023,nrm-2023,subdivision: Hong Kong
                c,detected-trafficking-victims,10,USA,2023,hotline-2023,subdivision: Ontario
                d,detected-trafficking-victims,10,GBR,2023,nrm-2023,subdivision: United Kingdom
                e,detected-trafficking-victims,10,GEO,2023,nrm-2023,subdivision: Georgia

                """, in: dir)
            #expect(refused.status == 1)
            #expect(lines(refused.stderr, "fig.csv:") == [
                "fig.csv:2:53: breakdown: subdivision \"Texas\": Texas is listed under the United States (USA) in ISO 3166-2, not under the "
                    + "figure's place, United Kingdom (GBR); expected a state, province or city of GBR, or USA in the place column",
                "fig.csv:3:53: breakdown: subdivision \"Hong Kong\" is one of tipdb's places (HKG), whose figures are filed under it; "
                    + "expected HKG in the place column, or a state, province or city of China (CHN)",
                "fig.csv:4:57: breakdown: subdivision \"Ontario\": Ontario is listed under Canada (CAN) in ISO 3166-2, not under the figure's "
                    + "place, United States (USA); expected a state, province or city of USA, or CAN in the place column",
                "fig.csv:5:53: breakdown: subdivision \"United Kingdom\" names the figure's own place, United Kingdom (GBR); expected a part of "
                    + "it (a state, province or city), or no breakdown for the whole of it",
                "fig.csv:6:53: breakdown: subdivision \"Georgia\" names the figure's own place, Georgia (GEO); expected a part of it (a "
                    + "state, province or city), or no breakdown for the whole of it",
            ], "\(refused.stderr)")
        }
    }

    @Test("check and ingest name a country's figure whose notes say it covers one part, as tipdb advised before: part-as-country")
    func partAsCountry() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load("""
                key,measure,value,place,period,source,notes,breakdown
                eng,detected-trafficking-victims,15000,GBR,2023,nrm-2023,Covers England only,
                eaw,detected-trafficking-victims,16000,GBR,2022,nrm-2023,England and Wales only,
                uk,detected-trafficking-victims,17004,GBR,2021,nrm-2023,"Referrals in England, Wales, Scotland and Northern Ireland",
                eng2,detected-trafficking-victims,15100,GBR,2020,nrm-2023,England only,subdivision: England
                tx,detected-trafficking-victims,704,USA,2023,hotline-2023,Texas only,
                tx2,detected-trafficking-victims,705,USA,2022,hotline-2023,Texas only,state: Texas
                agr,detected-trafficking-victims,40,GBR,2019,nrm-2023,England (only),sector: agriculture
                eng3,detected-trafficking-victims,14000,GBR,2018,nrm-2023,England (only),

                """, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            // Ingest warns of the same rows as it loads them, each at its notes cell (since session 66).
            let message = "figures filed under a country, with no breakdown, whose notes say they cover one part of it (England only), as "
                + "tipdb advised for a part of a country before session 65: briefs and latest_estimates take them for the whole country; "
                + "give the part as the figure's breakdown (subdivision: England) and ingest the file again"
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("part-as-country") } == [
                "warning: fig.csv:2:58: part-as-country: eng (GBR, notes: \"Covers England only\"; give subdivision: England): \(message)",
                "warning: fig.csv:3:58: part-as-country: eaw (GBR, notes: \"England and Wales only\"; give subdivision: England and Wales): \(message)",
                "warning: fig.csv:6:59: part-as-country: tx (USA, notes: \"Texas only\"; give subdivision: Texas): \(message)",
                "warning: fig.csv:9:59: part-as-country: eng3 (GBR, notes: \"England (only)\"; give subdivision: England): \(message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: part-as-country: figures filed under a country, with no breakdown, whose notes say they cover one part of it (England only), as tipdb advised for a part of a country before session 65: briefs and latest_estimates take them for the whole country; give the part as the figure's breakdown (subdivision: England) and ingest the file again (4)
                  eaw (GBR, notes: "England and Wales only"; give subdivision: England and Wales)
                  eng (GBR, notes: "Covers England only"; give subdivision: England)
                  eng3 (GBR, notes: "England (only)"; give subdivision: England)
                  tx (USA, notes: "Texas only"; give subdivision: Texas)

                """), "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let findings = try #require(document["findings"] as? [[String: Any]])
            let rule = try #require(findings.first { $0["check"] as? String == "part-as-country" }, "\(json.stdout)")
            let keys = (rule["rowKeys"] as? [[String: Any]] ?? []).map { ($0["keys"] as? [String] ?? []).joined() }
            #expect(keys == ["eaw", "eng", "eng3", "tx"], "\(json.stdout)")
        }
    }

    @Test("an Our World in Data Entity naming a nation is refused saying the file has no breakdown column, and where the figure goes")
    func owidEntity() throws {
        try withTemporaryDirectory { dir in
            #expect(try load("key,measure,value,place,period,source\nusa,detected-trafficking-victims,9619,USA,2023,hotline-2023\n", in: dir).status == 0)
            try IngestPartWarningTests.write("""
                Entity,Code,Year,Number of detected victims of human trafficking
                England,,2020,100
                United Kingdom,GBR,2020,200

                """, "owid.csv", in: dir)
            let refused = try Tipdb.run(["ingest", "--format", "owid", "--measure", "detected-trafficking-victims", "--source", "nrm-2023", "owid.csv"], in: dir)
            #expect(refused.status == 1)
            #expect(lines(refused.stderr, "owid.csv:") == [
                "owid.csv:2:1: Entity: unknown place \"England\"; England is listed under the United Kingdom (GBR) in ISO 3166-2, "
                    + "and tipdb has no places smaller than a country; this file has no breakdown column: leave the row out, or give its "
                    + "figure in a figures file as GBR with breakdown subdivision: England",
            ], "\(refused.stderr)")
        }
    }

    @Test("a report's --place naming a state says which country's brief shows its figures; a city gets the plain refusal")
    func reportOption() throws {
        try withTemporaryDirectory { dir in
            #expect(try load("key,measure,value,place,period,source\nusa,detected-trafficking-victims,9619,USA,2023,hotline-2023\n", in: dir).status == 0)
            let refused = try Tipdb.run(["report", "brief", "--place", "Texas"], in: dir)
            #expect(refused.status == 64)
            #expect(refused.stderr == "tipdb: error: unknown place \"Texas\"; Texas is listed under the United States (USA) in ISO 3166-2, "
                + "and tipdb has no places smaller than a country: give --place USA; its figures of Texas are those with breakdown "
                + "subdivision: Texas, shown under Subgroup\n", "\(refused.stderr)")
            let city = try Tipdb.run(["report", "brief", "--place", "Houston"], in: dir)
            #expect(city.status == 64)
            #expect(city.stderr == "tipdb: error: unknown place \"Houston\"; expected an ISO 3166-1 code, an M49 number, a region code "
                + "such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists "
                + "them)\n", "\(city.stderr)")
            let search = try Tipdb.run(["search", "Lagos", "State"], in: dir)
            #expect(search.stderr == "note: no source, study or figure has the word \"Lagos State\"; Lagos is listed under Nigeria "
                + "(NGA) in ISO 3166-2, and tipdb has no places smaller than a country: a figure of Lagos is filed under NGA with breakdown "
                + "subdivision: Lagos, and none matches; tipdb search Nigeria lists the country's figures\n", "\(search.stderr)")
        }
    }
}
