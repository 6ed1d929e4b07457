import Foundation
import Storage
import Testing

@Suite("CLI: Our World in Data grapher files")
struct OWIDCommandTests {
    /// Writes `name` in `dir` and returns its path.
    @discardableResult
    private func write(_ name: String, _ text: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Rows of `tipdb sql QUERY --format csv`, header first, without the line ends.
    private func rows(_ query: String, in dir: URL) throws -> [String] {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\r\n").map(String.init)
    }

    /// Titles of real Our World in Data indicators on trafficking, forced labour, forced marriage
    /// and modern slavery (the UN SDG 16.2.2 series, the ILO, Walk Free and IOM estimates) and
    /// variants of them → measure, unit, form, sex, age group as stored.
    static let readable: [(title: String, stored: String)] = [
        ("16.2.2 - Detected victims of human trafficking, by age and sex (number) - VC_HTF_DETV - under 18 years old - Female",
         "detected-trafficking-victims,persons,,female,children"),
        ("16.2.2 - Detected victims of human trafficking (per 100,000 population) - VC_HTF_DETVR - All age ranges or no breakdown by age - Both sexes",
         "detected-trafficking-victims,per-100000,,total,total"),
        ("16.2.2 - Detected victims of human trafficking for forced labour, servitude and slavery (number) - VC_HTF_DETVFL - 18 years old and over - Male",
         "detected-trafficking-victims,persons,forced-labour,male,adults"),
        ("16.2.2 - Detected victims of human trafficking for sexual exploitation (number) - VC_HTF_DETVSX - Female",
         "detected-trafficking-victims,persons,sexual-exploitation,female,total"),
        ("Detected victims of human trafficking for removal of organs", "detected-trafficking-victims,persons,organ-removal,total,total"),
        // The parenthesis lists what modern slavery is made of: the column is about modern slavery.
        ("Number of people in modern slavery (forced labour and forced marriage)", "modern-slavery,persons,,total,total"),
        ("Prevalence of modern slavery (per 1,000 population)", "modern-slavery,per-1000,,total,total"),
        ("Number of people in forced labour", "forced-labour,persons,,total,total"),
        ("Number of children in forced labour", "forced-labour,persons,,total,children"),
        ("Number of people in forced marriage, women and girls", "forced-marriage,persons,,female,total"),
        ("State-imposed forced labour", "state-imposed-forced-labour,persons,,total,total"),
        ("Forced commercial sexual exploitation of children", "forced-commercial-sexual-exploitation,persons,,total,children"),
        ("Illegal profits from forced labour", "forced-labour-profits,USD,,total,total"),
        ("Detected victims of human trafficking, female (number)", "detected-trafficking-victims,persons,,female,total"),
        ("Detected female victims of trafficking", "detected-trafficking-victims,persons,,female,total"),
        ("Detected victims of trafficking (girls)", "detected-trafficking-victims,persons,,female,children"),
        ("Detected victims of human trafficking (women)", "detected-trafficking-victims,persons,,female,adults"),
        ("Detected victims of trafficking - Male - 18 years old and over", "detected-trafficking-victims,persons,,male,adults"),
        ("Detected victims of trafficking aged 18 to 24 years", "detected-trafficking-victims,persons,,total,18-24"),
        // Bands are read by the rule a figures file's age_group is (AgeGroup.read): "over 18" is adults in both.
        ("Detected victims of trafficking, over 18 years", "detected-trafficking-victims,persons,,total,adults"),
        ("Detected victims of trafficking, over 18", "detected-trafficking-victims,persons,,total,adults"),
        ("Detected victims of trafficking younger than 5 years of age", "detected-trafficking-victims,persons,,total,0-4"),
        ("Detected victims of trafficking, 18 years or more - Female", "detected-trafficking-victims,persons,,female,adults"),
        ("Share of detected victims who are children (%)", "detected-trafficking-victims,percent,,total,children"),
        // A negated age group is the other one, never itself.
        ("Persons convicted of trafficking, not children", "persons-convicted,persons,,total,adults"),
        ("Persons convicted of trafficking, excluding adults", "persons-convicted,persons,,total,children"),
        ("Persons prosecuted for trafficking in persons, boys and girls", "persons-prosecuted,persons,,total,children"),
        ("Offences of trafficking in persons (number)", "trafficking-offences,cases,,total,total"),
        ("Estimated victims of human trafficking", "trafficking-victims,persons,,total,total"),
    ]

    /// Titles tipdb must refuse rather than read as one concept or subgroup they are not.
    static let refused: [(title: String, message: String)] = [
        ("Number of people in forced labour and forced marriage",
         "names more than one concept (forced-labour, forced-marriage), which tipdb keeps apart; pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"),
        ("Share of modern slavery in forced marriage (%)",
         "names more than one concept (modern-slavery, forced-marriage), which tipdb keeps apart; pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"),
        ("Detected victims of human trafficking in modern slavery",
         "names more than one concept (detected-trafficking-victims, modern-slavery), which tipdb keeps apart; pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"),
        ("Trafficking for forced labour (number)",
         "names more than one concept (trafficking, forced-labour), which tipdb keeps apart; pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"),
        ("Detected victims of trafficking and persons convicted",
         "names more than one measure (persons-convicted, detected-trafficking-victims); pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"),
        ("Number of people in modern slavery excluding forced marriage",
         "leaves out forced marriage (\"excluding forced marriage\"): tipdb cannot tell which measure is left; pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"),
        ("Victims of human trafficking (number)",
         "counts victims of trafficking but does not say whether they were detected or estimated; pass --measure detected-trafficking-victims (victims identified by authorities) or --measure trafficking-victims (estimates)"),
        ("Detected victims of trafficking for forced labour and sexual exploitation",
         "names more than one form of exploitation (forced-labour, sexual-exploitation); a figure has one form: expected a column for each"),
        ("Detected victims of trafficking, excluding girls",
         "leaves out girls (\"excluding girls\"), which is no subgroup tipdb keeps (sex total, female, male or other); expected female, male, women, men, girls, boys, children, adults, under 18, 18 years old and over or a band such as 15 to 24 years: edit the column title (or leave the column out), since storing it as another subgroup would mix subgroups"),
        ("Detected victims of trafficking (youth)",
         ": \"youth\" is no age group tipdb can tell; expected female, male, women, men, girls, boys, children, adults, under 18, 18 years old and over or a band such as 15 to 24 years: edit the column title (or leave the column out), since storing it as another subgroup would mix subgroups"),
        ("Detected victims of trafficking, 18 years",
         ": cannot tell the age group from \"18 years\"; expected female, male, women, men, girls, boys, children, adults, under 18, 18 years old and over or a band such as 15 to 24 years: edit the column title (or leave the column out), since storing it as another subgroup would mix subgroups"),
    ]

    @Test("an indicator title is read as the concept and subgroup it is about, or refused; never by the first phrase that matches")
    func titles() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            var files: [String] = []
            for (index, entry) in Self.readable.enumerated() {
                files.append(try write("t\(100 + index).csv", "Entity,Code,Year,\"\(entry.title)\"\nFrance,FRA,2019,1\n", in: dir))
            }
            let loaded = try Tipdb.run(["ingest"] + files, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try rows("SELECT source, measure, unit, form, sex, age_group FROM figures ORDER BY source", in: dir)
            #expect(stored.count == Self.readable.count + 1)
            for (index, entry) in Self.readable.enumerated() {
                #expect(stored.contains("owid-t\(100 + index),\(entry.stored)"), "\(entry.title)")
            }

            var refusedFiles: [String] = []
            for (index, entry) in Self.refused.enumerated() {
                refusedFiles.append(try write("r\(100 + index).csv", "Entity,Code,Year,\"\(entry.title)\"\nFrance,FRA,2019,1\n", in: dir))
            }
            let refused = try Tipdb.run(["ingest", "--on-error", "skip"] + refusedFiles, in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("note: ") && !$0.hasPrefix("tipdb: ") }
            #expect(errors.count == Self.refused.count, "\(refused.stderr)")
            for (index, entry) in Self.refused.enumerated() {
                let expected = "\(refusedFiles[index]):1:18: column \"\(entry.title)\"" + (entry.message.hasPrefix(":") ? "" : " ") + entry.message
                #expect(errors.contains(expected), "\(entry.title)\n\(refused.stderr)")
            }
            #expect(try rows("SELECT count(*) AS n FROM figures", in: dir) == ["n", "\(Self.readable.count)"])
        }
    }

    @Test("sex and age words in titles set the subgroup; two columns read as the same figures are refused at the header")
    func subgroups() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let header = #"Entity,Code,Year,"Detected victims of human trafficking, female (number)","Detected victims of trafficking (girls)","Detected victims of trafficking - Male - 18 years old and over","Detected victims of human trafficking, children","Persons convicted of trafficking, not children""#
            let file = try write("sex.csv", header + "\nFrance,FRA,2019,10,12,13,14,15\n", in: dir)
            let result = try Tipdb.run(["ingest", file], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try rows("SELECT value, measure, sex, age_group FROM figures ORDER BY value", in: dir) == [
                "value,measure,sex,age_group",
                "10.0,detected-trafficking-victims,female,total",
                "12.0,detected-trafficking-victims,female,children",
                "13.0,detected-trafficking-victims,male,adults",
                "14.0,detected-trafficking-victims,total,children",
                "15.0,persons-convicted,total,adults",
            ])
            let twice = try write("twice.csv", #"Entity,Code,Year,"Detected victims of human trafficking, female (number)",Detected female victims of trafficking"# + "\nFrance,FRA,2019,10,11\n", in: dir)
            let refused = try Tipdb.run(["ingest", twice], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("\(twice):1:75: column \"Detected female victims of trafficking\" reads as the same figures as column 4 \"Detected victims of human trafficking, female (number)\" (detected-trafficking-victims, persons, female); expected each indicator once: leave one out (a bound of the other is read as its low or high when its title is the other's followed by \" - lower bound\" or \" - upper bound\")\n"), "\(refused.stderr)")
        }
    }

    @Test("a column named by a code takes its subgroup from the metadata's title, with its measure; a subgroup in both titles must agree")
    func subgroupFromMetadata() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let chart = #""chart": {"originalChartUrl": "https://ourworldindata.org/grapher/detected-victims"}"#
            let file = try write("codes.csv", "Entity,Code,Year,VC_HTF_DETV_F,VC_HTF_DETV\nFrance,FRA,2019,10,30\n", in: dir)
            try write("codes.metadata.json", "{\(chart), \"columns\": {"
                + #""VC_HTF_DETV_F": {"titleLong": "Detected victims of human trafficking - Female"}, "VC_HTF_DETV": {"titleLong": "Detected victims of human trafficking"}}}"#, in: dir)
            let result = try Tipdb.run(["ingest", file], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try rows("SELECT value, measure, sex FROM figures ORDER BY value", in: dir) == [
                "value,measure,sex", "10.0,detected-trafficking-victims,female", "30.0,detected-trafficking-victims,total",
            ])
            let other = try write("clash.csv", "Entity,Code,Year,Victims (male)\nFrance,FRA,2019,10\n", in: dir)
            try write("clash.metadata.json", "{\(chart), \"columns\": {"
                + #""Victims (male)": {"titleLong": "Detected victims of human trafficking - Female"}}}"#, in: dir)
            let refused = try Tipdb.run(["ingest", other], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("column \"Victims (male)\" is for sex male, age total, but the metadata's titleLong \"Detected victims of human trafficking - Female\" is for sex female, age total; expected the two titles to name the same subgroup"), "\(refused.stderr)")
        }
    }

    @Test("modern slavery counted as forced labour plus forced marriage is stored as modern slavery; --measure still decides")
    func modernSlavery() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = try write("modern-slavery.csv", """
                Entity,Code,Year,Number of people in modern slavery (forced labour and forced marriage)
                World,OWID_WRL,2021,49600000

                """, in: dir)
            let result = try Tipdb.run(["ingest", file], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: \(file): column 4 \"Number of people in modern slavery (forced labour and forced marriage)\" → modern-slavery, persons\n"))
            #expect(try rows("SELECT key, measure, value FROM figures", in: dir) == [
                "key,measure,value", "owid-modern-slavery:modern-slavery:WLD:2021,modern-slavery,49600000.0",
            ])
            let both = try write("both.csv", "Entity,Code,Year,People in forced labour and forced marriage\nWorld,OWID_WRL,2021,49600000\n", in: dir)
            let given = try Tipdb.run(["ingest", "--measure", "modern-slavery", both], in: dir)
            #expect(given.status == 0, "\(given.stderr)")
            #expect(given.stderr.contains("column 4 \"People in forced labour and forced marriage\" → modern-slavery, persons\n"))
        }
    }

    /// Grapher metadata naming `producer` (and the chart at `chart`, a grapher URL, when given)
    /// for the column `title`.
    private func metadata(_ title: String, producer: String, chart: String? = nil) -> String {
        let chartPart = chart.map { #""chart": {"title": "A chart", "originalChartUrl": "\#($0)"}, "# } ?? ""
        return #"{\#(chartPart)"columns": {"\#(title)": {"origins": [{"producer": "\#(producer)", "title": "\#(producer) data"}]}}}"#
    }

    @Test("two charts saved under one file name stay apart: keyed by their chart, or the second refused when the metadata names no chart")
    func sameFileName() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let detected = "Detected victims of human trafficking (number)"
            let slavery = "Number of people in modern slavery"
            let x = try write("x/data.csv", "Entity,Code,Year,\(detected)\nFrance,FRA,2019,100\n", in: dir)
            try write("x/data.metadata.json", metadata(detected, producer: "UNODC", chart: "https://ourworldindata.org/grapher/detected-victims?tab=chart"), in: dir)
            let y = try write("y/data.csv", "Entity,Code,Year,\(slavery)\nFrance,FRA,2019,135000\n", in: dir)
            try write("y/data.metadata.json", metadata(slavery, producer: "Walk Free", chart: "https://ourworldindata.org/grapher/people-in-modern-slavery"), in: dir)
            #expect(try Tipdb.run(["ingest", x], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", y], in: dir).status == 0)
            #expect(try rows("SELECT f.key, f.value, s.publisher FROM figures f JOIN sources s ON s.key = f.source ORDER BY f.key", in: dir) == [
                "key,value,publisher",
                "owid-detected-victims:detected-trafficking-victims:FRA:2019,100.0,UNODC",
                "owid-people-in-modern-slavery:modern-slavery:FRA:2019,135000.0,Walk Free",
            ])

            // Without a chart in the metadata the file name is the key: another producer is refused.
            let a = try write("a/data.csv", "Entity,Code,Year,\(detected)\nFrance,FRA,2019,100\nGermany,DEU,2019,200\n", in: dir)
            try write("a/data.metadata.json", metadata(detected, producer: "UNODC"), in: dir)
            let b = try write("b/data.csv", "Entity,Code,Year,\(detected)\nFrance,FRA,2019,120\nSpain,ESP,2019,50\n", in: dir)
            try write("b/data.metadata.json", metadata(detected, producer: "Walk Free"), in: dir)
            let first = try Tipdb.run(["ingest", a], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stderr.contains("note: \(a): the metadata names no chart (no originalChartUrl): source and figure keys come from the file name (owid-data); another file of that name whose metadata names another producer is refused\n"))
            let stored = "SELECT f.key, f.value, f.source, s.publisher FROM figures f JOIN sources s ON s.key = f.source WHERE f.key LIKE 'owid-data:%' ORDER BY f.key"
            let before = try rows(stored, in: dir)
            #expect(before == [
                "key,value,source,publisher",
                "owid-data:detected-trafficking-victims:DEU:2019,200.0,owid-data,UNODC",
                "owid-data:detected-trafficking-victims:FRA:2019,100.0,owid-data,UNODC",
            ])
            let refused = try Tipdb.run(["ingest", "--on-error", "skip", b], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("\(b): source owid-data (loaded from data.csv, batch 3) holds figures from UNODC, and this file's metadata names Walk Free: another chart under the same key would take over and overwrite its figures; expected the same chart, or save this file under another name, whose key is its own\n"), "\(refused.stderr)")
            #expect(try rows(stored, in: dir) == before)
            // A file without metadata cannot say it is the same chart either.
            try FileManager.default.removeItem(atPath: dir.appendingPathComponent("b/data.metadata.json").path)
            let bare = try Tipdb.run(["ingest", b], in: dir)
            #expect(bare.status == 1)
            #expect(bare.stderr.hasPrefix("\(b): source owid-data (loaded from data.csv, batch 3) holds figures from UNODC, and this file has no metadata to tell whether it is the same chart; expected its metadata (data.metadata.json beside it, or --metadata FILE), or save this file under another name, whose key is its own\n"), "\(bare.stderr)")
            #expect(try rows(stored, in: dir) == before)
        }
    }

    @Test("the same chart downloaded again as 'dv (1).csv' updates its figures instead of copying them")
    func sameChartAgain() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let title = "Detected victims of human trafficking (number)"
            let chart = "https://ourworldindata.org/grapher/detected-victims"
            let dv = try write("dv.csv", "Entity,Code,Year,\(title)\nFrance,FRA,2019,100\nSpain,ESP,2019,40\n", in: dir)
            try write("dv.metadata.json", metadata(title, producer: "UNODC", chart: chart), in: dir)
            let again = try write("dv (1).csv", "Entity,Code,Year,\(title)\nFrance,FRA,2019,100\nSpain,ESP,2019,41\n", in: dir)
            try write("dv (1).metadata.json", metadata(title, producer: "UNODC", chart: chart + "?tab=table"), in: dir)
            #expect(try Tipdb.run(["ingest", dv], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", again], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("dv (1).csv: 2 read, 0 inserted, 1 updated, 1 unchanged, 0 rejected"), "\(result.stdout)")
            #expect(try rows("SELECT key, value FROM figures ORDER BY key", in: dir) == [
                "key,value",
                "owid-detected-victims:detected-trafficking-victims:ESP:2019,41.0",
                "owid-detected-victims:detected-trafficking-victims:FRA:2019,100.0",
            ])
            #expect(try rows("SELECT key FROM sources", in: dir) == ["key", "owid-detected-victims"])
        }
    }

    @Test("a chart stored under its file name's key before charts were keys keeps that key: loading it again copies nothing")
    func chartsLoadedBefore() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let title = "Detected victims of human trafficking (number)"
            let chart = "https://ourworldindata.org/grapher/detected-victims"
            // What an earlier tipdb stored for dv.csv: source and figures keyed by the file name,
            // the chart named only in the source's notes.
            let sources = try write("old-sources.json", #"[{"key": "owid-dv", "kind": "dataset", "title": "Global Report on Trafficking in Persons", "publisher": "UNODC", "notes": "Republished by Our World in Data as dv.csv (\#(chart)), sha256 00."}]"#, in: dir)
            let figures = try write("old-figures.csv", """
                key,measure,value,place,period,source,method,locator,notes
                owid-dv:detected-trafficking-victims:FRA:2019,detected-trafficking-victims,100,FRA,2019,owid-dv,detected,"column ""\(title)"", France, 2019",Our World in Data indicator: \(title)

                """, in: dir)
            #expect(try Tipdb.run(["ingest", sources, figures], in: dir).status == 0)
            let renamed = try write("dv (1).csv", "Entity,Code,Year,\(title)\nFrance,FRA,2019,100\n", in: dir)
            try write("dv (1).metadata.json", metadata(title, producer: "UNODC", chart: chart), in: dir)
            let result = try Tipdb.run(["ingest", renamed], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: \(renamed): chart detected-victims is in the database as owid-dv, keyed by the file name it was first loaded from (as tipdb did before it keyed charts by their URL): its figures keep that key\n"))
            #expect(result.stdout.contains("dv (1).csv: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(result.stdout)")
            #expect(try rows("SELECT key FROM figures", in: dir) == ["key", "owid-dv:detected-trafficking-victims:FRA:2019"])

            // Loaded without metadata (keyed by its name), then with metadata naming its chart.
            let bare = try write("victims.csv", "Entity,Code,Year,\(title)\nSpain,ESP,2019,40\n", in: dir)
            #expect(try Tipdb.run(["ingest", bare], in: dir).status == 0)
            try write("victims.metadata.json", metadata(title, producer: "UNODC", chart: "https://ourworldindata.org/grapher/victims-by-country"), in: dir)
            let described = try Tipdb.run(["ingest", bare], in: dir)
            #expect(described.status == 0, "\(described.stderr)")
            #expect(described.stderr.contains("chart victims-by-country is in the database as owid-victims"), "\(described.stderr)")
            #expect(try rows("SELECT key, source FROM figures WHERE key LIKE '%ESP%'", in: dir) == [
                "key,source", "owid-victims:detected-trafficking-victims:ESP:2019,owid-victims",
            ])
        }
    }

    @Test("the batch records the metadata file read and its sha256; a broken metadata file is reported at its line and column")
    func metadataProvenance() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let title = "Detected victims of human trafficking (number)"
            let csv = try write("dv.csv", "Entity,Code,Year,\(title)\nFrance,FRA,2019,100\n", in: dir)
            let sibling = try write("dv.metadata.json", metadata(title, producer: "UNODC"), in: dir)
            let other = try write("other.json", metadata(title, producer: "UNODC", chart: "https://ourworldindata.org/grapher/dv"), in: dir)
            #expect(try Tipdb.run(["ingest", csv], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--metadata", other, csv], in: dir).status == 0)
            let sha = { (path: String) in Checksum.sha256(try Data(contentsOf: URL(fileURLWithPath: path))) }
            #expect(try rows("SELECT id, json_extract(options, '$.metadata') AS metadata, json_extract(options, '$.metadata_sha256') AS sha256 FROM ingest_batches ORDER BY id", in: dir) == [
                "id,metadata,sha256", "1,\(sibling),\(try sha(sibling))", "2,\(other),\(try sha(other))",
            ])

            let broken = try write("broken.json", "{\"columns\": {\n", in: dir)
            let refused = try Tipdb.run(["ingest", "--metadata", broken, csv], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("\(broken):2:1: metadata of \(csv): expected a string key or '}', found end of input\n"), "\(refused.stderr)")
            let json = try Tipdb.run(["ingest", "--json", "--metadata", broken, csv], in: dir)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let error = try #require((report["errors"] as? [[String: Any]])?.first)
            #expect(error["file"] as? String == broken && error["line"] as? Int == 2 && error["column"] as? Int == 1)
            // A member named twice would make the source depend on which one a JSON tool keeps.
            let twice = try write("twice.json", #"{"columns": {},\#n "columns": {}}"#, in: dir)
            let repeated = try Tipdb.run(["ingest", "--metadata", twice, csv], in: dir)
            #expect(repeated.stderr.hasPrefix("\(twice):2:2: metadata of \(csv): duplicate member \"columns\", already on line 1, column 2 of this object; expected each name once\n"), "\(repeated.stderr)")
            let list = try write("list.json", "[]", in: dir)
            let notObject = try Tipdb.run(["ingest", "--metadata", list, csv], in: dir)
            #expect(notObject.stderr.hasPrefix("\(list):1:1: metadata of \(csv): expected a JSON object, Our World in Data's .metadata.json, found an array\n"), "\(notObject.stderr)")
            #expect(try rows("SELECT count(*) AS n FROM ingest_batches", in: dir) == ["n", "2"])
        }
    }

    @Test("a bad row is reported once per cause, however many indicator cells it has, and kept once in ingest_rejects")
    func oneErrorPerRow() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let girls = "16.2.2 - Detected victims of human trafficking - VC_HTF_DETV - under 18 years old - Female"
            let all = "Detected victims of human trafficking (number)"
            let file = try write("victims.csv", """
                Entity,Code,Year,\(girls),\(all)
                France,FRA,2019,12,100
                High-income countries,,2019,5,5
                North America,,2019,5,
                Atlantis,,2019,x,7
                ,,,,
                Spain,ESP,2019,3,40

                """, in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", file], in: dir)
            #expect(result.status == 1)
            // The gazetteer's words, with its suggestions, as a figures file gets them.
            let place = "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
            #expect(result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file) } == [
                "\(file):3:1: Entity: unknown place \"High-income countries\"; \(place)",
                "\(file):4:1: Entity: unknown place \"North America\"; did you mean \"North America (UNODC)\", \"South America\" or \"Northern America\"? E\(place.dropFirst())",
                "\(file):5:1: Entity: unknown place \"Atlantis\"; \(place)",
                "\(file):5:16: \(girls): \"x\" is the mark statistical tables (Statistics Canada, IBGE) print for a figure suppressed for confidentiality, not a number; expected the cell empty when the source gives none",
            ])
            #expect(result.stderr.contains("tipdb: 4 problems found; the rows concerned were skipped and kept in ingest_rejects\n"))
            // Counted by cell, each a figure: 9 read, 4 loaded, 5 refused.
            #expect(result.stdout.contains("victims.csv: 9 read, 4 inserted, 0 updated, 0 unchanged, 5 rejected"), "\(result.stdout)")
            #expect(try rows(#"SELECT line, "column", raw FROM ingest_rejects ORDER BY line"#, in: dir) == [
                "line,column,raw",
                "3,1,\"High-income countries,,2019,5,5\"",
                "4,1,\"North America,,2019,5,\"",
                "5,1,\"Atlantis,,2019,x,7\"",
            ])
            // The reason kept is the error's own text: no hint to use --on-error skip, which is on
            // (it said "; --on-error skip loads the other rows", here and on stderr).
            let reason = "Entity: unknown place \"High-income countries\"; \(place)"
            #expect(try rows("SELECT reason FROM ingest_rejects WHERE line = 3", in: dir) == [
                "reason", "\"" + reason.replacingOccurrences(of: "\"", with: "\"\"") + "\"",
            ])
            #expect(try rows("SELECT rows_read, rows_inserted, rows_rejected FROM ingest_batches", in: dir) == [
                "rows_read,rows_inserted,rows_rejected", "9,4,5",
            ])
        }
    }
}
