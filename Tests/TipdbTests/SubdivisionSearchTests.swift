import Foundation
import Testing

/// `tipdb search Texas`: a part of a country names no place of tipdb's, and its figures are the
/// country's with the part as their breakdown (`subdivision: Texas`, session 65). The search
/// index holds quotes and notes only, so until session 66 such a search found a state's figures
/// only by their text, and its note sent the reader to the whole country's search.
@Suite("tipdb search of a state, province or nation finds its country's figures with it as breakdown (built binary)")
struct SubdivisionSearchTests {
    static let figures = """
        key,measure,value,place,period,source,breakdown
        usa,detected-trafficking-victims,9619,USA,2023,hotline-2023,
        tx,detected-trafficking-victims,704,USA,2023,hotline-2023,subdivision: Texas
        cal,detected-trafficking-victims,1200,USA,2023,hotline-2023,subdivision: California
        tx-22,detected-trafficking-victims,650,USA,2022,hotline-2023,state: texas
        lagos,detected-trafficking-victims,40,NGA,2023,nrm-2023,subdivision: Lagos State
        cdmx,detected-trafficking-victims,90,MEX,2023,hotline-2023,subdivision: Mexico City
        df,detected-trafficking-victims,80,MEX,2015,hotline-2023,subdivision: Distrito Federal
        qc,detected-trafficking-victims,12,CAN,2023,hotline-2023,province: Québec
        ng-nat,detected-trafficking-victims,5,NGA,2023,nrm-2023,nation: Niger
        pb-pak,detected-trafficking-victims,70,PAK,2023,nrm-2023,subdivision: Punjab
        pb-ind,detected-trafficking-victims,60,IND,2023,nrm-2023,subdivision: Punjab

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(SubdivisionBreakdownTests.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "fig.csv", in: dir)
        let loaded = try Tipdb.run(["ingest", "--quiet", "src.csv", "fig.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    /// The keys of a search's hits, from its JSON.
    private func keys(_ words: [String], in dir: URL) throws -> [String] {
        let found = try Tipdb.run(["search", "--json"] + words, in: dir)
        #expect(found.status == 0, "\(found.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [String: Any], "\(found.stdout)")
        let hits = try #require(document["results"] as? [[String: Any]], "\(found.stdout)")
        return hits.compactMap { $0["key"] as? String }
    }

    @Test("a part's name finds the figures whose breakdown names it, in any dimension parts were given in, by any of its names")
    func findsByBreakdown() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            #expect(try keys(["Texas"], in: dir) == ["tx", "tx-22"])
            #expect(try keys(["texas", "2022"], in: dir) == ["tx-22"])
            #expect(try keys(["detected", "victims", "Texas", "2023"], in: dir) == ["tx"])
            #expect(try keys(["Lagos", "State"], in: dir) == ["lagos"])
            #expect(try keys(["Ciudad", "de", "México"], in: dir) == ["cdmx", "df"])
            #expect(try keys(["Ohio"], in: dir).isEmpty)
            // A province as an older file wrote it, accents and all; a nation that is a nationality is no part.
            #expect(try keys(["Quebec"], in: dir) == ["qc"])
            #expect(try keys(["Niger"], in: dir).isEmpty)
            // A part beside its country: that country's figures of it.
            #expect(try Set(keys(["Punjab"], in: dir)) == ["pb-pak", "pb-ind"])
            #expect(try keys(["Punjab", "Pakistan"], in: dir) == ["pb-pak"])
            #expect(try keys(["Texas", "USA"], in: dir) == ["tx", "tx-22"])
        }
    }

    @Test("each hit says it was found by its breakdown; a part without figures gets a note naming the country's search")
    func says() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let found = try Tipdb.run(["search", "Texas", "2023"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout.contains("its place is United States, with breakdown [subdivision: Texas]"), "\(found.stdout)")
            #expect(found.stderr.isEmpty, "\(found.stderr)")
            let none = try Tipdb.run(["search", "Ohio"], in: dir)
            #expect(none.stdout == "(0 results)\n", "\(none.stdout)")
            #expect(none.stderr == "note: no source, study or figure has the word \"Ohio\"; Ohio is listed under the United States (USA) "
                + "in ISO 3166-2, and tipdb has no places smaller than a country: a figure of Ohio is filed under USA with breakdown "
                + "subdivision: Ohio, and none matches; tipdb search United States lists the country's figures\n", "\(none.stderr)")
        }
    }

    @Test("Georgia is the country and the state: the country's figures, then the state's; with neither, the note names both")
    func namesake() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let none = try Tipdb.run(["search", "Georgia"], in: dir)
            #expect(none.stderr == "note: no figure in this database is for Georgia (GEO): tipdb knows the place, but no file loaded "
                + "gives a figure for it; Georgia is listed under the United States (USA) in ISO 3166-2 too, and no figure of USA with "
                + "breakdown subdivision: Georgia matches either\n", "\(none.stderr)")
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source,breakdown
                ga,detected-trafficking-victims,300,USA,2023,hotline-2023,subdivision: Georgia
                geo,detected-trafficking-victims,25,Georgia,2023,hotline-2023,

                """, "ga.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "ga.csv"], in: dir).status == 0)
            #expect(try keys(["Georgia"], in: dir) == ["geo", "ga"])
            #expect(try keys(["Georgia", "USA"], in: dir) == ["ga"])
        }
    }
}
