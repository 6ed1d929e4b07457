import Foundation
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
        ("Detected victims of trafficking, over 18 years",
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
            #expect(refused.stderr.hasPrefix("\(twice):1:75: column \"Detected female victims of trafficking\" reads as the same figures as column 4 \"Detected victims of human trafficking, female (number)\" (detected-trafficking-victims, persons, female); expected each indicator once: load them from separate files, or leave one out\n"), "\(refused.stderr)")
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
}
