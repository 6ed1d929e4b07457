import Foundation
import Testing

/// An organisation whose name holds a comma, given whole in a CSL record
/// (`{"literal": "Smith, Jones & Partners"}`), is cited, labelled and exported to BibTeX as that
/// organisation, not as a person called Smith (review S25): the authors column writes a person as
/// `Family, Given`, and the part before the comma was taken for a family name.
@Suite("an organisation author with a comma in its name: labels, briefs and BibTeX (built binary)")
struct OrganisationAuthorTests {
    private static let sources = #"""
        [
          {"id": "sjp-2019", "type": "report", "title": "Labour audit", "issued": {"date-parts": [[2019, 5]]},
           "author": [{"literal": "Smith, Jones & Partners"}]},
          {"id": "two-2020", "type": "report", "title": "Joint audit", "issued": {"date-parts": [[2020]]},
           "author": [{"literal": "Smith, Jones & Partners"}, {"family": "Lee", "given": "Al"}]},
          {"id": "lee-2021", "type": "report", "title": "Own audit", "issued": {"date-parts": [[2021]]},
           "author": [{"family": "Lee", "given": "Al"}, {"family": "Smith and Wesson", "given": "Jo"}]}
        ]
        """#

    private func database(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.json"))
        try Data("""
            key,measure,value,unit,place,period,source
            f1,forced-labour,1200,persons,FRA,2018,sjp-2019
            f2,forced-labour,1300,persons,FRA,2019,two-2020
            f3,forced-labour,1400,persons,FRA,2020,lee-2021

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let load = try Tipdb.run(["ingest", "sources.json", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("the brief cites the organisation by its whole name, as source_labels does; a person is still cited by family name")
    func labels() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| 1,200 |  | France | 2018 | all | estimated | Smith, Jones & Partners 2019 ["), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 1,300 |  | France | 2019 | all | estimated | Smith, Jones & Partners and Lee 2020 ["), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 1,400 |  | France | 2020 | all | estimated | Lee and Smith and Wesson 2021 ["), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Smith 2019"), "\(brief.stdout)")
            let sql = try Tipdb.run(["sql", "--format", "csv", "SELECT source, label FROM source_labels ORDER BY source"], in: dir)
            #expect(sql.stdout == """
                source,label\r
                lee-2021,Lee and Smith and Wesson 2021\r
                sjp-2019,"Smith, Jones & Partners 2019"\r
                two-2020,"Smith, Jones & Partners and Lee 2020"\r

                """, "\(sql.stdout)")
        }
    }

    @Test("BibTeX braces the organisation whole, so that BibTeX reads no given name in it, and braces a family name holding \"and\"")
    func bibTeX() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.status == 0, "\(bib.stderr)")
            #expect(bib.stdout.contains("@techreport{sjp-2019,\n  author = {{Smith, Jones \\& Partners}},\n"), "\(bib.stdout)")
            #expect(bib.stdout.contains("@techreport{two-2020,\n  author = {{Smith, Jones \\& Partners} and Lee, Al},\n"), "\(bib.stdout)")
            // BibTeX splits authors at " and " wherever it stands outside braces.
            // A report by people alone, without a publisher, has no institution: @misc, which requires none.
            #expect(bib.stdout.contains("@misc{lee-2021,\n  author = {Lee, Al and {Smith and Wesson}, Jo},\n"), "\(bib.stdout)")
        }
    }

    @Test("a source loaded from CSV keeps Family, Given: Smith, J. is Smith in the label and in BibTeX")
    func csvPerson() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,title,authors,date\ns1,T,\"Smith, J.\",2019\n".utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "sources.csv"], in: dir).status == 0)
            let sql = try Tipdb.run(["sql", "--format", "csv", "SELECT label FROM source_labels"], in: dir)
            #expect(sql.stdout == "label\r\nSmith 2019\r\n", "\(sql.stdout)")
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.stdout.contains("  author = {Smith, J.},\n"), "\(bib.stdout)")
        }
    }

    @Test("BibTeX writes <, > and | as LaTeX commands: a GLOTIP source's note \"published as <5\" would print as ¡5")
    func lessThan() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(GLOTIPFiles.export(date: "14/04/2025").utf8).write(to: dir.appendingPathComponent("data_glotip.csv"))
            #expect(try Tipdb.run(["ingest", "data_glotip.csv"], in: dir).status == 0)
            try Data("key,title,publisher,notes\nk,A <b> | c,P,x > y\n".utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "sources.csv"], in: dir).status == 0)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.status == 0, "\(bib.stderr)")
            #expect(bib.stdout.contains("Counts below 5 are published as \\textless{}5."), "\(bib.stdout)")
            #expect(bib.stdout.contains("  title = {{A \\textless{}b\\textgreater{} \\textbar{} c}},\n"), "\(bib.stdout)")
            #expect(bib.stdout.contains("  note = {x \\textgreater{} y}\n"), "\(bib.stdout)")
            #expect(!bib.stdout.contains("<"), "\(bib.stdout)")
        }
    }
}
