import Foundation
import Testing

/// One publication under two keys with the same DOI, as two colleagues' databases combined give
/// it (a merging review, session 52): moving the duplicate key's figures to the kept key, as
/// `same-doi` advises, never ended the warning, and `retract`'s error promised it would; one
/// figure typed under both keys was not flagged, and the brief told readers the two disagreed.
@Suite("one publication under two keys: moving its figures ends same-doi; one figure twice is flagged, not a disagreement (built binary)")
struct SamePublicationMergeTests {
    static let sources = """
        key,title,publisher,date,doi
        nhrc-2018,Trafficking in Persons in Nepal: National Report 2018,National Human Rights Commission,2018-10,10.9999/nhrc.2018
        nhrc-npl-2018,Trafficking in persons in Nepal - national report 2018,"National Human Rights Commission, Nepal",2018,10.9999/NHRC.2018

        """

    @Test("figures loaded again under the kept key leave the other key unnamed by check; retract's error says so")
    func movedFigures() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,locator,method
                a1,detected-trafficking-victims,1208,persons,NPL,2017,nhrc-2018,p. 12,detected
                b1,detected-trafficking-victims,805,persons,NPL,2016,nhrc-npl-2018,p. 13,detected

                """, "figures.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                b1,detected-trafficking-victims,805,persons,NPL,2016,nhrc-2018

                """, "moved.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.stderr.contains("same-doi: nhrc-2018 and nhrc-npl-2018"), "\(load.stderr)")
            #expect(load.stderr.contains("""
                keep one key and load the other's figures under it (as new figures, retracting the old, or as the same figures, naming \
                that key as their source): the warning ends once no figure, study or dataset names the other key; or correct the DOI
                """), "\(load.stderr)")
            #expect(try Tipdb.run(["check"], in: dir).stdout.contains("nhrc-2018 and nhrc-npl-2018: DOI 10.9999/nhrc.2018"))
            #expect(try Tipdb.run(["ingest", "moved.csv"], in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("same-doi"), "\(check.stdout)")
            let retract = try Tipdb.run(["retract", "nhrc-npl-2018", "--reason", "duplicate of nhrc-2018"], in: dir)
            #expect(retract.status == 1, "\(retract.stderr)")
            #expect(retract.stderr.contains("""
                once its figures are retracted or loaded with another source, and no study or dataset names it, tipdb check's same-doi \
                and same-source-twice no longer name it
                """), "\(retract.stderr)")
        }
    }

    @Test("a sources file loaded before its figures still warns: a key that never had a figure is not given up")
    func sourcesFirst() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "sources.csv"], in: dir).stderr.contains("same-doi: nhrc-2018 and nhrc-npl-2018"))
        }
    }

    @Test("one figure under a key of each is warned at load as same-figure-twice, and the brief calls it one figure entered twice")
    func oneFigureTwice() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,locator,method
                ana-npl-2017,detected-trafficking-victims,1250,persons,NPL,2017,nhrc-2018,p. 12,detected
                ben-npl-2017,detected-trafficking-victims,1208,persons,NPL,2017,nhrc-npl-2018,p. 13,detected

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let load = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains("""
                same-figure-twice: ana-npl-2017 (1250) and ben-npl-2017 (1208) from nhrc-2018 and nhrc-npl-2018, one publication \
                (the same DOI, 10.9999/nhrc.2018): two numbers for one figure
                """), "\(load.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("Say that the sources disagree"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Caution (disagreement)"), "\(brief.stdout)")
            #expect(brief.stdout.contains("- **Caution (duplicates).** Detected victims of trafficking in Nepal, 2017: "), "\(brief.stdout)")
            #expect(brief.stdout.contains("""
                are one publication under two keys, with the same DOI, 10.9999/nhrc.2018 (tipdb check's same-doi): these are one \
                figure entered twice, not sources that disagree; check the publication and withdraw the wrong one (tipdb retract KEY \
                --reason ...) before citing it.
                """), "\(brief.stdout)")
        }
    }
}
