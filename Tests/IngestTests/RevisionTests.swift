import Foundation
import Ingest
import Storage
import Testing

/// Sources and studies keep their previous values as figures do, and every revision names the
/// batch that had written the values it keeps.
@Suite("Ingest: revisions of sources and studies, and partial updates of them")
struct RevisionTests {
    @Test("a changed source or study keeps its previous values, with the batch that wrote them; absent columns keep theirs")
    func sourceAndStudyRevisions() throws {
        let h = try IngestHarness()
        let first = try h.ingest([
            try h.write("sources.csv", IngestHarness.sources),
            try h.write("studies.csv", "key,title,source,method,period,places,population\ns1,First title,ilo-2005,survey,2016,KEN;UGA,adults\n"),
        ])
        let firstBatch = try #require(first.files[0].batch)
        let studyBatch = try #require(first.files[1].batch)

        // Only key and title: kind, publisher, date and url stay; the study keeps its method, period and places.
        let report = try h.ingest([
            try h.write("sources2.csv", "key,title\nilo-2005,A global alliance against forced labour (revised)\n"),
            try h.write("studies2.csv", "key,title\ns1,Second title\n"),
        ])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.map(\.updated) == [1, 1])
        let source = try #require(try h.db.source(key: "ilo-2005"))
        #expect(source.title == "A global alliance against forced labour (revised)")
        #expect(source.publisher == "International Labour Office" && source.published == "2005" && source.url == "https://www.ilo.org/")
        let study = try #require(try h.db.study(key: "s1"))
        #expect(study.title == "Second title" && study.method == "survey" && study.places == ["KEN", "UGA"] && study.population == "adults")

        let sourceRevision = try #require(try h.db.rows("SELECT source, batch_id, previous FROM source_revisions").first)
        #expect(sourceRevision.string("source") == "ilo-2005" && sourceRevision.int("batch_id") == report.files[0].batch)
        let previous = try #require(sourceRevision.string("previous"))
        #expect(previous.contains("\"title\":\"A global alliance against forced labour\"") && previous.contains("\"batch_id\":\(firstBatch)"))
        let studyRevision = try #require(try h.db.rows("SELECT previous FROM study_revisions WHERE study = 's1'").first?.string("previous"))
        #expect(studyRevision.contains("\"title\":\"First title\"") && studyRevision.contains("\"places\":[\"KEN\",\"UGA\"]"))
        #expect(studyRevision.contains("\"batch_id\":\(studyBatch)"))

        // Loading the partial files again changes nothing and adds no revision.
        let again = try h.ingest([try h.write("sources2.csv", "key,title\nilo-2005,A global alliance against forced labour (revised)\n")])
        #expect(again.files[0].unchanged == 1)
        #expect(try h.db.integer("SELECT count(*) FROM source_revisions") == 1)

        // An empty authors column with no publisher column keeps the stored publisher: valid.
        let emptied = try h.ingest([try h.write("sources4.csv", "key,title,authors\nilo-2005,Retitled,\n")])
        #expect(emptied.errors.isEmpty, "\(emptied.errors)")
        #expect(try h.db.source(key: "ilo-2005")?.publisher == "International Labour Office")
        let both = try h.ingest([try h.write("sources5.csv", "key,title,authors,publisher\nilo-2005,Retitled,,\n")])
        #expect(both.errors.map(\.message) == ["publisher: a source needs a publisher or authors; expected at least one of them"])

        // A new source still needs a publisher or authors, even from a file with neither column.
        let new = try h.ingest([try h.write("sources3.csv", "key,title\nbrand-new,New\n")])
        #expect(new.errors.map(\.message) == ["a source needs a publisher or authors; expected at least one of them"])
    }

    @Test("an update taken back by the lineage check (--on-error skip) points to the batch that wrote it before")
    func restoredUpdateKeepsItsBatch() throws {
        let h = try IngestHarness()
        let first = try h.ingest([try h.write("sources.csv", IngestHarness.sources), try h.write("figures.csv", IngestHarness.figures)])
        let loop = "key,measure,value,place,period,source,cites\nilo-2005-trafficked,trafficking-victims,\"2,450,000\",World,1995-2004,ilo-2005,francis-2013-trafficked\n"
        let report = try h.ingest([try h.write("loop.csv", loop)], IngestOptions(onError: .skip))
        #expect(report.committed && report.files[0].rejected == 1, "\(report.errors)")
        #expect(try h.db.integer("SELECT batch_id FROM figures WHERE key = 'ilo-2005-trafficked'") == first.files[1].batch)
        #expect(try h.db.figure(key: "ilo-2005-trafficked")?.cites == nil)
        #expect(try h.count("figure_revisions") == 0)
    }

    @Test("a figure revision names the batch that wrote the previous values")
    func figureRevisionBatch() throws {
        let h = try IngestHarness()
        let first = try h.ingest([try h.write("sources.csv", IngestHarness.sources), try h.write("figures.csv", IngestHarness.figures)])
        let changed = IngestHarness.figures.replacingOccurrences(of: "2.4 million,,WLD", with: "2.5 million,,WLD")
        _ = try h.ingest([try h.write("figures.csv", changed)])
        let previous = try #require(try h.db.rows("SELECT previous FROM figure_revisions").first?.string("previous"))
        #expect(previous.contains("\"batch_id\":\(first.files[1].batch ?? -1)"), "\(previous)")
    }

    @Test("a CSL-JSON file re-saved with other indentation loads as unchanged; an issued range keeps its end for export")
    func cslFormatting() throws {
        let h = try IngestHarness()
        let item = """
            [{"id": "a-2015", "type": "report", "title": "A report", "publisher": "Someone",
              "issued": {"date-parts": [[2015, 1], [2016, 2]]}, "container-title": "Series", "page": "1-20",
              "author": [{"family": "Doe", "given": "Jane"}]}]
            """
        let first = try h.ingest([try h.write("items.json", item)])
        #expect(first.files[0].inserted == 1, "\(first.errors)")
        let compact = item.replacingOccurrences(of: "\n  ", with: "").replacingOccurrences(of: ": ", with: ":").replacingOccurrences(of: ", ", with: ",")
        let again = try h.ingest([try h.write("items.json", compact)])
        #expect(again.files[0].unchanged == 1, "\(again.errors)")
        let stored = try #require(try h.db.source(key: "a-2015"))
        #expect(stored.published == "2015-01")
        #expect(stored.csl?.contains("\"issued\":{\"date-parts\":[[2015,1],[2016,2]]}") == true, "\(stored.csl ?? "")")
        #expect(stored.csl?.contains("\"container-title\":\"Series\"") == true)
    }
}
