import Foundation
import Testing

/// Titles and place names that start with an accented letter sorted among the same letters
/// without, as a reader looks for them: year letters followed titles in byte order, so that
/// Ndiaye's `Zones frontalières` was 2019a and `Ébauche` 2019b, and the data gaps listed
/// "Curaçao, Côte d'Ivoire, Turkmenistan, Türkiye, Zambia and the Åland Islands" where the tables
/// list the Åland Islands first (review of session 47).
@Suite("accented titles and place names in dictionary order: year letters, reference list, data gaps (built binary)")
struct AccentedOrderTests {
    @Test("year letters follow titles in dictionary order (Ébauche a, Étude b, Zones c), in the brief, the reference list and source_labels alike")
    func yearLetters() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,kind,title,authors,publisher,date
                nd-a,report,Étude sur la traite des enfants,"Ndiaye, Awa",CNLTP,2019
                nd-b,report,Zones frontalières et mendicité,"Ndiaye, Awa",CNLTP,2019
                nd-c,report,Ébauche d’un plan national,"Ndiaye, Awa",CNLTP,2019

                """, "nd.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                n1,trafficking-victims,12,persons,Niger,2018,nd-a
                n2,trafficking-victims,13,persons,Niger,2017,nd-b
                n3,trafficking-victims,14,persons,Niger,2016,nd-c

                """, "ndf.csv", in: dir)
            let load = try Tipdb.run(["ingest", "nd.csv", "ndf.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let list = try Tipdb.run(["report", "sources", "--place", "NER"], in: dir)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout == """
                # Sources

                - Ndiaye, Awa (2019a). Ébauche d’un plan national. CNLTP. (key: nd-c)
                - Ndiaye, Awa (2019b). Étude sur la traite des enfants. CNLTP. (key: nd-a)
                - Ndiaye, Awa (2019c). Zones frontalières et mendicité. CNLTP. (key: nd-b)

                """, "\(list.stdout)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,label\r\nnd-a,Ndiaye 2019b\r\nnd-b,Ndiaye 2019c\r\nnd-c,Ndiaye 2019a\r\n", "\(labels.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--place", "NER", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            // The brief's letters are the reference list's and source_labels'.
            #expect(brief.stdout.contains("| 14 |  | Niger | 2016 | all | estimated | Ndiaye 2019a ["), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 12 |  | Niger | 2018 | all | estimated | Ndiaye 2019b ["), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 13 |  | Niger | 2017 | all | estimated | Ndiaye 2019c ["), "\(brief.stdout)")
            #expect(brief.stdout.contains("Ndiaye, Awa (2019a). Ébauche d’un plan national. CNLTP."), "\(brief.stdout)")
            #expect(brief.stdout.contains("Ndiaye, Awa (2019c). Zones frontalières et mendicité. CNLTP."), "\(brief.stdout)")
        }
    }

    @Test("the data gaps list places as the tables do: the Åland Islands, Côte d'Ivoire, Curaçao, Türkiye, Turkmenistan, Zambia")
    func gapList() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,kind,title,authors,date
                civ-2021,report,Rapport annuel,"Koné, Awa",2021

                """, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                gp1,trafficking-victims,7,persons,Curaçao,2021,civ-2021
                gp2,trafficking-victims,8,persons,Turkmenistan,2021,civ-2021
                gp3,trafficking-victims,9,persons,Åland Islands,2021,civ-2021
                gp4,trafficking-victims,10,persons,Zambia,2021,civ-2021
                gp5,trafficking-victims,11,persons,CIV,2021,civ-2021
                gp6,trafficking-victims,12,persons,TUR,2021,civ-2021

                """, "gp.csv", in: dir)
            let load = try Tipdb.run(["ingest", "src.csv", "gp.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let places = ["CIV", "CUW", "TUR", "TKM", "ALA", "ZMB"].flatMap { ["--place", $0] }
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"] + places, in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "have no study in the database that covers them: the Åland Islands, Côte d'Ivoire, Curaçao, Türkiye, Turkmenistan and Zambia."),
                "\(brief.stdout)")
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-05"] + places, in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.contains(#""names" : ["#) || json.stdout.contains(#""names": ["#), "\(json.stdout)")
            let compact = json.stdout.filter { !$0.isWhitespace }
            #expect(compact.contains(#""names":["ÅlandIslands","Côted'Ivoire","Curaçao","Türkiye","Turkmenistan","Zambia"]"#), "\(json.stdout)")
        }
    }
}
