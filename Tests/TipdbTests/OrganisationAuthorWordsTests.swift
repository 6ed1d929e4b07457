import Foundation
import Testing

/// French, Spanish and Portuguese organisations written as authors with a comma, cited whole as
/// their English namesakes are: `Ministère de la Femme, de la Famille et de l’Enfance` was cited
/// `Ministère de la Femme 2020`, written to BibTeX without the braces that keep it whole and to
/// CSL-JSON as a family `Ministère de la Femme` and a given `de la Famille et de l’Enfance`, where
/// `Ministry of Women, Family and Children` was cited whole (review of session 47). People whose
/// names hold particles (`de la Cruz, María`, `van der Berg, Jan`) or a family name that is such a
/// word (`Bureau, Jacques`) stay people.
@Suite("organisation authors in French, Spanish and Portuguese: cited whole, BibTeX braces, CSL literal; people with particles unchanged (built binary)")
struct OrganisationAuthorWordsTests {
    static let sources = """
        key,kind,title,authors,publisher,date
        fr-1,report,Plan national de lutte contre la traite,"Ministère de la Femme, de la Famille et de l’Enfance",République du Sénégal,2020
        en-1,report,National plan,"Ministry of Women, Family and Children",Republic of Senegal,2020
        ci-1,report,Rapport annuel,"Ministère de la Justice, République de Côte d'Ivoire",,2021
        es-1,report,Informe anual,"MINISTERIO DE LA MUJER, Dirección General contra la Trata",,2022
        pt-1,report,Relatório anual,"Ministério da Mulher, da Família e dos Direitos Humanos",,2021
        cruz-1,report,Estudio,"de la Cruz, María",,2019
        berg-1,report,Onderzoek,"van der Berg, Jan",,2018
        ndiaye-1,report,Étude,"Ndiaye, Awa",,2017
        bureau-1,report,Enquête,"Bureau, Jacques",,2016

        """
    static let figures = """
        key,measure,value,unit,place,period,source
        o1,trafficking-victims,55,persons,SEN,2020,fr-1
        o2,trafficking-victims,56,persons,GMB,2020,en-1

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "org.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "orgf.csv", in: dir)
        let load = try Tipdb.run(["ingest", "org.csv", "orgf.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(IngestPartWarningTests.warnings(load.stderr) == [], "\(load.stderr)")
    }

    @Test("labels, the brief's key figures and the reference list cite the organisations whole and the people by family name")
    func labels() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout == [
                "source,label",
                "berg-1,van der Berg 2018",
                "bureau-1,Bureau 2016",
                "ci-1,\"Ministère de la Justice, République de Côte d'Ivoire 2021\"",
                "cruz-1,de la Cruz 2019",
                "en-1,\"Ministry of Women, Family and Children 2020\"",
                "es-1,\"MINISTERIO DE LA MUJER, Dirección General contra la Trata 2022\"",
                "fr-1,\"Ministère de la Femme, de la Famille et de l’Enfance 2020\"",
                "ndiaye-1,Ndiaye 2017",
                "pt-1,\"Ministério da Mulher, da Família e dos Direitos Humanos 2021\"",
            ].map { $0 + "\r\n" }.joined(), "\(labels.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--place", "SEN", "--place", "GMB", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "| Victims of trafficking in persons (estimated) | Senegal | 55 |  | 2020 | Ministère de la Femme, de la Famille et de l’Enfance 2020 [2] |"),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("Ministère de la Femme 2020"), "\(brief.stdout)")
        }
    }

    @Test("BibTeX keeps each organisation whole in braces and CSL-JSON gives it as a literal; people keep family and given")
    func exports() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.status == 0, "\(bib.stderr)")
            for name in [
                "Ministère de la Femme, de la Famille et de l’Enfance", "Ministry of Women, Family and Children",
                "Ministère de la Justice, République de Côte d'Ivoire", "MINISTERIO DE LA MUJER, Dirección General contra la Trata",
                "Ministério da Mulher, da Família e dos Direitos Humanos",
            ] {
                #expect(bib.stdout.contains("author = {{\(name)}}"), "\(name)\n\(bib.stdout)")
            }
            for name in ["de la Cruz, María", "van der Berg, Jan", "Ndiaye, Awa", "Bureau, Jacques"] {
                #expect(bib.stdout.contains("author = {\(name)}"), "\(name)\n\(bib.stdout)")
            }
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.status == 0, "\(csl.stderr)")
            let items = try #require(try JSONSerialization.jsonObject(with: Data(csl.stdout.utf8)) as? [[String: Any]])
            var authors: [String: [String: String]] = [:]
            for item in items {
                if let id = item["id"] as? String, let first = (item["author"] as? [[String: Any]])?.first {
                    authors[id] = first.compactMapValues { $0 as? String }
                }
            }
            #expect(authors["fr-1"] == ["literal": "Ministère de la Femme, de la Famille et de l’Enfance"], "\(authors)")
            #expect(authors["ci-1"] == ["literal": "Ministère de la Justice, République de Côte d'Ivoire"], "\(authors)")
            #expect(authors["pt-1"] == ["literal": "Ministério da Mulher, da Família e dos Direitos Humanos"], "\(authors)")
            #expect(authors["ndiaye-1"] == ["family": "Ndiaye", "given": "Awa"], "\(authors)")
            #expect(authors["bureau-1"] == ["family": "Bureau", "given": "Jacques"], "\(authors)")
            #expect(authors["cruz-1"]?["literal"] == nil && authors["berg-1"]?["literal"] == nil, "\(authors)")
        }
    }

    @Test("organisations' names separated by commas, one of them French, are warned as read as one organisation; one organisation's name is not warned")
    func listWarning() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,title,authors,date
                u1,Enquête,"UNICEF, Fondation Scelles",2020
                u2,Plan,"Ministère de la Femme, de la Famille et de l’Enfance",2020

                """, "sources.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: sources.csv:2:12: authors: \"UNICEF, Fondation Scelles\" separates the names of 2 organisations with commas, so it is read as one organisation of that name (the source is cited as UNICEF, Fondation Scelles); separate authors with semicolons (UNICEF; Fondation Scelles); loaded as written",
            ], "\(loaded.stderr)")
        }
    }
}
