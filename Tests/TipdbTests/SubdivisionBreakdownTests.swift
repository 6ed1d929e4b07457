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

    private func load(_ figures: String, in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(figures, "fig.csv", in: dir)
        return try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
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

                """, in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("fig.csv:") }.map(String.init)
            let advice = "and tipdb has no places smaller than a country: give"
            #expect(errors == [
                "fig.csv:2:37: place: unknown place \"Texas\"; Texas is part of the United States (USA), \(advice) USA, and Texas in the "
                    + "figure's breakdown column (subdivision: Texas), so that no brief takes it for the whole country",
                "fig.csv:3:40: place: unknown place \"England\"; England is part of the United Kingdom (GBR), \(advice) GBR, and England in "
                    + "the figure's breakdown column (subdivision: England), so that no brief takes it for the whole country",
                "fig.csv:4:39: place: unknown place \"Lagos State\"; Lagos is part of Nigeria (NGA), \(advice) NGA, and Lagos in the "
                    + "figure's breakdown column (subdivision: Lagos), so that no brief takes it for the whole country",
                "fig.csv:5:36: place: unknown place \"Punjab\"; Punjab is part of India (IND) and of Pakistan (PAK), \(advice) IND or PAK, "
                    + "whichever the figure covers, and Punjab in the figure's breakdown column (subdivision: Punjab), so that no brief "
                    + "takes it for the whole country",
                "fig.csv:6:37: place: unknown place \"Houston\"; expected an ISO 3166-1 code, an M49 number, a region code such as "
                    + "ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them); "
                    + "a part of a country (a state, province or city) is given as the country, with the part in the figure's breakdown "
                    + "column (subdivision: Houston)",
            ], "\(refused.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures"], in: dir).stdout.contains("0"))
        }
    }

    @Test("a state's count is stored as the country's with its subdivision, never the country's key figure or latest estimate")
    func stored() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load("""
                key,measure,value,place,period,source,breakdown
                usa,detected-trafficking-victims,9619,USA,2023,hotline-2023,
                tx,detected-trafficking-victims,704,USA,2023,hotline-2023,state: texas
                ga,detected-trafficking-victims,300,USA,2023,hotline-2023,subdivision: Georgia
                hou,detected-trafficking-victims,120,USA,2023,hotline-2023,subdivision: Houston
                eng,detected-trafficking-victims,15000,GBR,2023,nrm-2023,Subdivision: ENGLAND
                lag,detected-trafficking-victims,40,NGA,2023,nrm-2023,subdivision: Lagos State
                col,detected-trafficking-victims,12,COL,2023,nrm-2023,subdivision: Amazonas

                """, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, dimension, category FROM figure_breakdowns ORDER BY figure"], in: dir)
            #expect(stored.stdout == """
                figure,dimension,category\r
                col,subdivision,Amazonas\r
                eng,subdivision,England\r
                ga,subdivision,Georgia\r
                hou,subdivision,Houston\r
                lag,subdivision,Lagos\r
                tx,subdivision,Texas\r

                """, "\(stored.stdout)")
            let latest = try Tipdb.run(["sql", "--format", "csv", "SELECT place, figure FROM latest_estimates WHERE measure = 'detected-trafficking-victims' ORDER BY place"], in: dir)
            #expect(latest.stdout == "place,figure\r\nUSA,usa\r\n", "\(latest.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--place", "USA", "--date", "2026-12-07"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Detected victims of trafficking | United States | 9,619 |"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 704 |  | United States | 2023 | subdivision: Texas |"), "\(brief.stdout)")
            // England is not the United Kingdom's key figure: no figure of the whole country is.
            let uk = try Tipdb.run(["report", "brief", "--place", "GBR", "--date", "2026-12-07"], in: dir)
            #expect(uk.status == 0, "\(uk.stderr)")
            #expect(!uk.stdout.contains("| Detected victims of trafficking | United Kingdom | 15,000 |"), "\(uk.stdout)")
            #expect(uk.stdout.contains("subdivision: England"), "\(uk.stdout)")
        }
    }

    @Test("a subdivision of another listed country, or one that is a country, is refused at the breakdown cell")
    func refusedSubdivision() throws {
        try withTemporaryDirectory { dir in
            let refused = try load("""
                key,measure,value,place,period,source,breakdown
                a,detected-trafficking-victims,10,GBR,2023,nrm-2023,subdivision: Texas
                b,detected-trafficking-victims,10,GBR,2023,nrm-2023,subdivision: France
                c,detected-trafficking-victims,10,USA,2023,hotline-2023,state: Ontario

                """, in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("fig.csv:") }.map(String.init)
            #expect(errors == [
                "fig.csv:2:53: breakdown: subdivision \"Texas\": Texas is part of the United States (USA), not of the figure's place, "
                    + "United Kingdom (GBR); expected a state, province or city of GBR, or USA in the place column",
                "fig.csv:3:53: breakdown: subdivision \"France\" is a place of its own (FRA), not a part of the figure's place, United "
                    + "Kingdom (GBR); expected a state, province or city of GBR, or FRA in the place column",
                "fig.csv:4:57: breakdown: subdivision \"Ontario\": Ontario is part of Canada (CAN), not of the figure's place, United "
                    + "States (USA); expected a state, province or city of USA, or CAN in the place column",
            ], "\(refused.stderr)")
        }
    }

    @Test("a report's --place naming a state says which country's brief shows its figures")
    func reportOption() throws {
        try withTemporaryDirectory { dir in
            #expect(try load("key,measure,value,place,period,source\nusa,detected-trafficking-victims,9619,USA,2023,hotline-2023\n", in: dir).status == 0)
            let refused = try Tipdb.run(["report", "brief", "--place", "Texas"], in: dir)
            #expect(refused.status == 64)
            #expect(refused.stderr == "tipdb: error: unknown place \"Texas\"; Texas is part of the United States (USA), and tipdb has no "
                + "places smaller than a country: give --place USA; its figures of Texas are those with breakdown subdivision: Texas, "
                + "shown under Subgroup\n", "\(refused.stderr)")
            let city = try Tipdb.run(["report", "brief", "--place", "Houston"], in: dir)
            #expect(city.status == 64)
            #expect(!city.stderr.contains("breakdown column"), "\(city.stderr)")
        }
    }
}
