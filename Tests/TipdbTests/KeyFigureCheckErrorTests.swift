import Foundation
import Storage
import Testing

/// Figures `tipdb check` calls errors on reading them with their measure or the figure they cite
/// (`method-contradicts-measure`, `repeat-before-original`) are treated in the brief as the row
/// errors are: passed over for a key figure where there is another, and named in an `errors`
/// caution. A count of 10,627 detected victims stored under the prevalence estimate was the key
/// "Victims of trafficking in persons (estimated)" for the United Kingdom, and the Comparability
/// section said "Nothing here mixes estimates with detected counts".
///
/// The rows are loaded sound and then changed with SQL, as a database loaded before ingest
/// refused them holds them.
@Suite("brief: key figures pass over detected counts under estimate measures and repeats before their original (built binary)")
struct KeyFigureCheckErrorTests {
    private func brief(_ sources: String?, _ figures: String, then sql: String, _ arguments: [String]) throws -> String {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            var files = ["more.csv"]
            if let sources {
                try Data(sources.utf8).write(to: dir.appendingPathComponent("more-sources.csv"))
                files.insert("more-sources.csv", at: 0)
            }
            try Data(figures.utf8).write(to: dir.appendingPathComponent("more.csv"))
            let load = try Tipdb.run(["ingest", "--quiet"] + files, in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            do {
                let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
                try db.execute(sql)
            }
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-03"] + arguments, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    private static let detectedAsEstimate =
        "nrm-gbr-2019,trafficking-victims,10627,persons,GBR,2019,unodc-2021-glotip-2020,estimated\n"
    private static let detected = "UPDATE figures SET method = 'detected' WHERE key = 'nrm-gbr-2019'"
    private static let errorCaution =
        "- **Caution (errors).** Victims of trafficking in persons (estimated), the United Kingdom, 2019 (all), UNODC 2021 [1]: "
        + "the figure 10,627 (nrm-gbr-2019) cannot be right as stored: it is a count of the victims an authority detected, "
        + "stored under a measure of estimated prevalence, so it is presented as an estimate of how many people are in the "
        + "situation, which it is not (method-contradicts-measure). The database's own checks flag it as an error. It is "
        + "shown as stored; do not cite it until the row is corrected against the source."

    @Test("alone, the detected count is still the key figure, with a caution; Comparability no longer says nothing is mixed")
    func alone() throws {
        let text = try brief(nil, "key,measure,value,unit,place,period,source,method\n" + Self.detectedAsEstimate, then: Self.detected, ["--place", "GBR"])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("| Victims of trafficking in persons (estimated) | United Kingdom | 10,627 |  | 2019 | UNODC 2021 [1] |"), "\(text)")
        #expect(lines.contains(Self.errorCaution), "\(text)")
        #expect(!text.contains("Nothing here mixes estimates with detected counts"), "\(text)")
    }

    @Test("beside a sound estimate, the key figure is the estimate")
    func besideAnEstimate() throws {
        let text = try brief(
            "key,kind,title,publisher,date\nho-2014,report,Modern slavery: an application of MSE,Home Office,2014\n",
            "key,measure,value,low,high,unit,place,period,source,method\n"
                + "ho-gbr-2013,trafficking-victims,,10000,13000,persons,GBR,2013,ho-2014,estimated\n"
                + "nrm-gbr-2019,trafficking-victims,10627,,,persons,GBR,2019,unodc-2021-glotip-2020,estimated\n",
            then: Self.detected, ["--place", "GBR"])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("| Victims of trafficking in persons (estimated) | United Kingdom | 10,000 to 13,000 |") }, "\(text)")
        #expect(!lines.contains { $0.hasPrefix("| Victims of trafficking in persons (estimated) | United Kingdom | 10,627 |") }, "\(text)")
        #expect(lines.contains { $0.hasPrefix("- **Caution (errors).** Victims of trafficking in persons (estimated), the United Kingdom, 2019 (all)") }, "\(text)")
    }

    @Test("a blog of 2010 repeating ILO 2012's estimate: named in a caution")
    func repeatBeforeOriginal() throws {
        let text = try brief(
            "key,kind,title,publisher,date\nblog-2010,report,Early numbers,A Blog,2013\n",
            "key,measure,value,unit,place,period,source,method,cites\n"
                + "blog-2010-fl,forced-labour,20.9 million,persons,WLD,2002-2011,blog-2010,reported,ilo-2012-forced-labour-wld\n",
            then: "UPDATE sources SET published = '2010' WHERE key = 'blog-2010'", ["--measure", "forced-labour", "--place", "World"])
        let caution = try #require(text.split(separator: "\n").first { $0.contains("(blog-2010-fl) cannot be right as stored") }, "\(text)")
        // The repeat's key first, as check's row names it (it was left out: "after it: (blog-2010, ...) cites").
        #expect(caution.contains(": it repeats a figure first published after it: blog-2010-fl (blog-2010, published 2010) cites ilo-2012-forced-labour-wld "), "\(caution)")
        #expect(caution.contains("(repeat-before-original)"), "\(caution)")
    }

    /// Check's row text is `KEY (detail)`; the brief reads the key from check's query itself, so a
    /// key that is another key followed by " (" is not taken for the shorter one (the text was
    /// split at the first " (" naming a figure in scope, which gave `nrm (2020)`'s error to `nrm`).
    @Test("a key holding ' (' gets its own caution, not that of the key it begins with")
    func keyHoldingParenthesis() throws {
        let text = try brief(
            nil,
            "key,measure,value,unit,place,period,source,method\n"
                + "nrm,trafficking-victims,10627,persons,GBR,2019,unodc-2021-glotip-2020,estimated\n"
                + "nrm (2020),trafficking-victims,10613,persons,GBR,2020,unodc-2021-glotip-2020,estimated\n",
            then: "UPDATE figures SET method = 'detected' WHERE key IN ('nrm', 'nrm (2020)')", ["--place", "GBR"])
        let cautions = text.split(separator: "\n").filter { $0.hasPrefix("- **Caution (errors).**") }
        #expect(cautions.count == 2, "\(text)")
        #expect(cautions.first?.contains("United Kingdom, 2019 (all), UNODC 2021 [1]: the figure 10,627 (nrm) cannot be right as stored") == true, "\(text)")
        #expect(cautions.last?.contains("United Kingdom, 2020 (all), UNODC 2021 [1]: the figure 10,613 (nrm (2020)) cannot be right as stored") == true, "\(text)")
        #expect(!text.contains("2020) (detected under"), "\(text)")
    }
}
