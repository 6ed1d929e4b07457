import Foundation
import Testing

/// `tipdb search modern slavery nigeria` printed "(0 results)" with no note, where `tipdb report
/// brief --measure "modern slavery" --place Nigeria` lists Nigeria's 1.6 million in forced labour:
/// a brief's measure takes in its sub-measures (`measures.parent`), and search read the named
/// measure alone (review of session 47). A named measure now takes them in, after its own
/// figures, each saying which measure it is part of.
@Suite("tipdb search: a named measure finds its sub-measures' figures, as a brief's --measure does (built binary)")
struct SearchSubMeasureTests {
    @Test("modern slavery nigeria: Nigeria's forced labour, part of modern slavery; the brief for the same scope lists it too")
    func subMeasureOfNamedMeasure() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date
                thinktank-2023,report,Forced labour in global supply chains,"Smith, Jane; Jones, Kate",Policy Institute,2023-05-10

                """, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,method
                thinktank-2023-nga-fl,forced-labour,1.6 million,persons,NGA,2021,thinktank-2023,estimated

                """, "figures.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let found = try Tipdb.run(["search", "modern", "slavery", "nigeria"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == """
                figure  thinktank-2023-nga-fl  forced-labour (Forced labour), NGA (Nigeria), 2021: 1.6 million — Smith and Jones 2023
                    its measure, [Forced labour], is part of [Modern slavery] and its place is [Nigeria]
                (1 result)

                """, "\(found.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--measure", "modern slavery", "--place", "Nigeria", "--format", "md", "-o", "-"], in: dir)
            #expect(brief.stdout.contains("| Forced labour | Nigeria | 1.6 million |"), "\(brief.stdout)")
        }
    }

    @Test("modern slavery: the named measure's own world figures come before those of its sub-measures")
    func ownMeasureFirst() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "--kind", "figures", "--limit", "50", "modern", "slavery"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            let lines = SearchFigureOrderTests.figureLines(found.stdout)
            let firstPart = try #require(lines.firstIndex { !$0.contains(" modern-slavery (Modern slavery), ") }, "\(found.stdout)")
            #expect(firstPart > 0 && lines[firstPart...].allSatisfy { !$0.contains(" modern-slavery (Modern slavery), ") }, "\(found.stdout)")
            #expect(lines.first?.contains("WLD (World), 2021: 49.6 million — ILO et al. 2022") == true, "\(found.stdout)")
            #expect(found.stdout.contains("    its measure, [Forced labour], is part of [Modern slavery]\n"), "\(found.stdout)")
        }
    }
}
