import Foundation
import Testing

/// A CSL `interview` (and `hearing`, `personal_communication`) loaded as a statement, which is
/// cited under the organisation that issued it: the interviewee, the item's author, became a
/// contributor, and an interview on the BBC World Service was cited "BBC World Service 2021". Such
/// items are kind `other`, cited under their author, and exported as they came; a speech is still
/// a statement, cited under its issuer.
@Suite("A CSL interview is cited under its interviewee and exported as it came (built binary)")
struct CSLInterviewAuthorTests {
    @Test("Osei 2021, author Osei in CSL-JSON and BibTeX, no contributor; a speech stays under its issuer")
    func interviewAuthor() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id":"iv2","type":"interview","title":"Minister interview","author":[{"family":"Osei","given":"Kofi"}],"publisher":"BBC World Service","issued":{"date-parts":[[2021]]}},
                 {"id":"pc1","type":"personal_communication","title":"Letter","author":[{"family":"Adjei","given":"Ama"}],"publisher":"Ministry","issued":{"date-parts":[[2020]]}},
                 {"id":"sp1","type":"speech","title":"Opening remarks","author":[{"family":"Fedotov","given":"Yury"}],"publisher":"UNODC","issued":{"date-parts":[[2012]]}}]
                """.utf8).write(to: dir.appendingPathComponent("refs.json"))
            let load = try Tipdb.run(["ingest", "refs.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,short_label\r\niv2,Osei 2021\r\npc1,Adjei 2020\r\nsp1,UNODC 2012\r\n", "\(labels.stdout)")
            let kinds = try Tipdb.run(["sql", "--format", "csv", "SELECT key, kind, authors FROM sources ORDER BY key"], in: dir)
            #expect(kinds.stdout == "key,kind,authors\r\niv2,other,\"Osei, Kofi\"\r\npc1,other,\"Adjei, Ama\"\r\nsp1,statement,\"Fedotov, Yury\"\r\n", "\(kinds.stdout)")
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.stdout.contains("""
                  {
                    "id": "iv2",
                    "type": "interview",
                    "title": "Minister interview",
                    "author": [
                      {
                        "family": "Osei",
                        "given": "Kofi"
                      }
                    ],
                    "issued": {
                      "date-parts": [
                        [
                          2021
                        ]
                      ]
                    },
                    "publisher": "BBC World Service"
                  }
                """), "\(csl.stdout)")
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("@misc{iv2,\n  author = {Osei, Kofi},\n"), "\(bib.stdout)")
            #expect(!bib.stdout.contains("Delivered by Kofi Osei"), "\(bib.stdout)")
            // Exported and loaded again, nothing changes.
            #expect(try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "back.json"], in: dir).status == 0)
            let back = try Tipdb.run(["ingest", "back.json"], in: dir)
            #expect(back.stdout.contains("back.json: 3 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected (batch 2)"), "\(back.stdout)")
        }
    }

    @Test("an interview an older tipdb exported under its broadcaster, marked, loads back under its interviewee")
    func olderExportReadBack() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                [{"id":"iv2","type":"interview","title":"Minister interview","author":[{"literal":"BBC World Service"}],"contributor":[{"family":"Osei","given":"Kofi"}],
                  "issued":{"date-parts":[[2021]]},"publisher":"BBC World Service","custom":{"tipdb-author-is-publisher":true}}]
                """.utf8).write(to: dir.appendingPathComponent("old.json"))
            let load = try Tipdb.run(["ingest", "old.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let row = try Tipdb.run(["sql", "--format", "csv", "SELECT key, kind, authors, publisher, csl FROM sources"], in: dir)
            #expect(row.stdout == "key,kind,authors,publisher,csl\r\niv2,other,\"Osei, Kofi\",BBC World Service,\"{\"\"type\"\":\"\"interview\"\"}\"\r\n", "\(row.stdout)")
        }
    }
}
