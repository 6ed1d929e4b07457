import Foundation
import Testing

/// Authors written with commas between them (`Smith, Jane, Jones, Kate`), as most reference lists
/// print them, are one author to tipdb, which separates authors with semicolons: the source was
/// cited "Smith 2019" with no word at the load. Ingest loads it as written, with a warning at its
/// `authors` naming the family name it is cited by and the list written with semicolons; a name
/// with a suffix (`King, Martin Luther, Jr.`) and authors separated by semicolons get none. One
/// comma between two full names (`Jane Smith, Kate Jones`) is warned too; one inverted name
/// (`Smith, Jane`, `van der Berg, Anna Maria`) and an organisation's name are not.
@Suite("ingest: authors separated by commas are loaded with a warning naming how to separate them (built binary)")
struct AuthorListWarningTests {
    @Test("warned at authors, in text and --json, and at one comma between two full names; not for a suffix, semicolons, one inverted name or an organisation")
    func warnings() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,authors,date
                commas,Counting the hidden,"Smith, Jane, Jones, Kate",2019
                joined,Counting again,"Smith, J. and Jones, K.",2020
                suffix,A dream,"King, Martin Luther, Jr.",1963
                listed,Counting well,"Smith, Jane; Jones, Kate",2021
                one,Counting alone,"Smith, Jane",2022
                names,Counting together,"Jane Smith, Kate Jones",2023
                inverted,Counting in Leiden,"van der Berg, Anna Maria",2023
                middle,Counting twice,"Smith, Mary Jane",2023
                ministry,Counting in Accra,"Ministry of Labour, Government of Ghana",2023
                particle,Counting in Manila,"Maria de la Cruz, Ana Gomez",2024

                """, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: sources.csv:2:28: authors: \"Smith, Jane, Jones, Kate\" holds 3 commas, so it is read as one author, whose family name is \"Smith\" (the source is cited as Smith); separate authors with semicolons, each written Family, Given (Smith, Jane; Jones, Kate); loaded as written",
                "warning: sources.csv:3:23: authors: \"Smith, J. and Jones, K.\" holds 2 commas, so it is read as one author, whose family name is \"Smith\" (the source is cited as Smith); separate authors with semicolons, each written Family, Given (Smith, Jane; Jones, Kate); loaded as written",
                "warning: sources.csv:7:25: authors: \"Jane Smith, Kate Jones\" holds one comma between two names written Given Family, so it is read as one author, whose family name is \"Jane Smith\" (the source is cited as Jane Smith); separate authors with semicolons, each written Family, Given (Smith, Jane; Jones, Kate); loaded as written",
                "warning: sources.csv:11:29: authors: \"Maria de la Cruz, Ana Gomez\" holds one comma between two names written Given Family, so it is read as one author, whose family name is \"Maria de la Cruz\" (the source is cited as Maria de la Cruz); separate authors with semicolons, each written Family, Given (Smith, Jane; Jones, Kate); loaded as written",
            ], "\(loaded.stderr)")
            #expect(loaded.stdout.contains("sources.csv: 10 read, 10 inserted, 0 updated, 0 unchanged, 0 rejected, 4 warnings (batch 1)"), "\(loaded.stdout)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label FROM source_labels ORDER BY source"], in: dir)
            #expect(labels.stdout.contains("commas,Smith 2019\r\n") && labels.stdout.contains("listed,Smith and Jones 2021\r\n"), "\(labels.stdout)")

            let json = try Tipdb.run(["ingest", "--json", "sources.csv"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let warnings = try #require((object["files"] as? [[String: Any]])?.first?["warnings"] as? [[String: Any]])
            #expect(warnings.map { "\($0["line"] ?? ""):\($0["column"] ?? "")" } == ["2:28", "3:23", "7:25", "11:29"], "\(warnings)")
        }
    }

    @Test("Family Initials (Smith J, Jones K) is warned with Smith, J; Jones, K, and two names joined by and with Smith, Jane; Jones, Kate; organisations with and are not; organisations' names separated by commas are")
    func initialsAndJoined() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,authors,date
                v1,Counting in Leeds,"Smith J, Jones K",2019
                v2,Counting in Lagos,"Okafor CN, Tran TH",2019
                a1,Counting in York,Jane Smith and Kate Jones,2020
                a2,Counting in Delhi,Ministry of Labour and Employment,2020
                a3,Counting the world,Walk Free and ILO,2020
                a4,Counting the world again,"Walk Free, Anti-Slavery International",2020
                a5,Counting the world twice,"ILO, Walk Free, IOM",2022
                a6,Counting in Accra,"Free, Jane",2021

                """, "sources.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == [
                "warning: sources.csv:2:22: authors: \"Smith J, Jones K\" separates 2 names written Family Initials (as Vancouver and PubMed write them) with commas, so it is read as one author, whose family name is \"Smith J\" (the source is cited as Smith J); separate authors with semicolons, each written Family, Initials (Smith, J; Jones, K); loaded as written",
                "warning: sources.csv:3:22: authors: \"Okafor CN, Tran TH\" separates 2 names written Family Initials (as Vancouver and PubMed write them) with commas, so it is read as one author, whose family name is \"Okafor CN\" (the source is cited as Okafor CN); separate authors with semicolons, each written Family, Initials (Okafor, CN; Tran, TH); loaded as written",
                "warning: sources.csv:4:21: authors: \"Jane Smith and Kate Jones\" joins two names written Given Family with \"and\", so it is read as one author, an organisation of that name (the source is cited as Jane Smith and Kate Jones); separate authors with semicolons, each written Family, Given (Smith, Jane; Jones, Kate); loaded as written",
                "warning: sources.csv:7:29: authors: \"Walk Free, Anti-Slavery International\" separates the names of 2 organisations with commas, so it is read as one person, whose family name is \"Walk Free\" and given name \"Anti-Slavery International\" (the source is cited as Walk Free); separate authors with semicolons (Walk Free; Anti-Slavery International); loaded as written",
                "warning: sources.csv:8:29: authors: \"ILO, Walk Free, IOM\" separates the names of 3 organisations with commas, so it is read as one person, whose family name is \"ILO\" (the source is cited as ILO); separate authors with semicolons (ILO; Walk Free; IOM); loaded as written",
            ], "\(loaded.stderr)")
            let labels = try Tipdb.run(["sql", "--format", "csv", "SELECT source, short_label FROM source_labels WHERE source IN ('v1', 'a1') ORDER BY source"], in: dir)
            #expect(labels.stdout == "source,short_label\r\na1,Jane Smith and Kate Jones 2020\r\nv1,Smith J 2019\r\n", "\(labels.stdout)")
        }
    }
}
