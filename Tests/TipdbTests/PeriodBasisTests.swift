import Foundation
import Testing

/// A figure whose source does not state the period its number describes (ILO 2014's US$150
/// billion a year of illegal profits) is filed under its publication year with `period_basis`
/// publication, and a brief never presents that year as the one the number is about (walkthrough
/// of session 31).
@Suite("period_basis: a period the source does not state (built binary)")
struct PeriodBasisTests {
    static let sources = """
        key,title,publisher,date
        ilo2012,ILO global estimate of forced labour,International Labour Office,2012
        ilo2014,Profits and poverty,International Labour Office,2014
        ilo2024,Profits and poverty (second edition),International Labour Office,2024

        """
    static let figures = """
        key,measure,value,unit,place,period,period_basis,source
        profits-2011,forced-labour-profits,120 billion,USD,WLD,2011,,ilo2012
        profits-2014,forced-labour-profits,150 billion,USD,WLD,2014,publication,ilo2014
        profits-2021,forced-labour-profits,236 billion,USD,WLD,2021,stated,ilo2024

        """

    private func loaded(_ dir: URL) throws {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    private func lines(_ text: String) -> String { text.replacingOccurrences(of: "\r\n", with: "\n") }

    @Test("publication, stated and an empty cell are stored as publication, stated and stated, and figure_citations gives them")
    func stored() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            let view = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, reference_period, period_basis FROM figure_citations ORDER BY figure"], in: dir)
            #expect(lines(view.stdout) == """
                figure,reference_period,period_basis
                profits-2011,2011,stated
                profits-2014,period not stated (filed under 2014),publication
                profits-2021,2021,stated

                """, "\(view.stdout)\(view.stderr)")
        }
    }

    @Test("an unknown basis is refused at its cell with the two accepted values, and nothing is written")
    func unknownRefused() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            try Data("key,measure,value,unit,place,period,period_basis,source\nx,forced-labour-profits,1 billion,USD,WLD,2014,published,ilo2014\n".utf8)
                .write(to: dir.appendingPathComponent("bad.csv"))
            let load = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(load.status == 1)
            #expect(load.stderr.contains("""
                bad.csv:2:48: period_basis: unknown period basis "published"; expected stated (the source states the period the number describes) \
                or publication (it does not, and the period is the source's publication year standing in for it)
                """), "\(load.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("a file without the column keeps a stored basis; a cell that says stated changes it, and figure_changes shows it")
    func keptUnlessStated() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            try Data("key,measure,value,unit,place,period,source\nprofits-2014,forced-labour-profits,151 billion,USD,WLD,2014,ilo2014\n".utf8)
                .write(to: dir.appendingPathComponent("value.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "value.csv"], in: dir).status == 0)
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT value, period_basis FROM figures WHERE key = 'profits-2014'"], in: dir)
            #expect(lines(kept.stdout) == "value,period_basis\n151000000000.0,publication\n", "\(kept.stdout)\(kept.stderr)")

            try Data("key,measure,value,unit,place,period,period_basis,source\nprofits-2014,forced-labour-profits,151 billion,USD,WLD,2014,stated,ilo2014\n".utf8)
                .write(to: dir.appendingPathComponent("stated.csv"))
            let restate = try Tipdb.run(["ingest", "stated.csv"], in: dir)
            #expect(restate.stdout.contains("stated.csv: 1 read, 0 inserted, 1 updated, 0 unchanged, 0 rejected"), "\(restate.stdout)")
            let changes = try Tipdb.run(["sql", "--format", "csv", """
                SELECT field, old_value, new_value FROM figure_changes
                WHERE change = 'updated' AND batch_id = (SELECT max(id) FROM ingest_batches)
                """], in: dir)
            #expect(lines(changes.stdout) == "field,old_value,new_value\nperiod_basis,publication,stated\n", "\(changes.stdout)\(changes.stderr)")
        }
    }

    @Test("the brief writes the period as period not stated, claims no date for it, and leaves the figure out of the chart, naming it")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            let md = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("| US\\$150 billion a year |  | World | period not stated | all | estimated | ILO 2014 [3] |"), "\(md.stdout)")
            #expect(!md.stdout.contains("| World | 2014 |"), "\(md.stdout)")
            #expect(!md.stdout.contains("published 2014"), "\(md.stdout)")
            #expect(md.stdout.contains(
                "Not shown, its source does not state the period it describes: US\\$150 billion a year (ILO 2014 [3])."),
                "\(md.stdout)")

            let json = try Tipdb.run(["report", "brief", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let groups = try #require(document["figureGroups"] as? [[String: Any]])
            let entries = groups.flatMap { ($0["figures"] as? [[String: Any]]) ?? [] }
            let bases = Dictionary(uniqueKeysWithValues: entries.map { ($0["key"] as? String ?? "", "\($0["periodBasis"] ?? "") \($0["period"] ?? "")") })
            #expect(bases == ["profits-2011": "stated 2011", "profits-2014": "publication period not stated", "profits-2021": "stated 2021"])
            let charts = try #require(document["charts"] as? [[String: Any]])
            let points = charts.flatMap { ($0["points"] as? [[String: Any]]) ?? [] }.compactMap { $0["key"] as? String }
            #expect(points == ["profits-2011", "profits-2021"])

            let csv = try Tipdb.run(["report", "brief", "--format", "csv"], in: dir)
            let rows = lines(csv.stdout).split(separator: "\n").map(String.init)
            #expect(rows.first?.hasSuffix(",reference,period_basis,later_edition,breakdown,share_of") == true, "\(rows.first ?? "")")
            #expect(rows.contains { $0.hasPrefix("profits-2014,") && $0.hasSuffix(",publication,,,") && $0.contains(",period not stated,") },
                    "\(csv.stdout)")
        }
    }

    @Test("a publication-year period that is not the source's publication year gets check's warning at its period cell, and check lists it")
    func notPublicationYear() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            try Data("key,measure,value,unit,place,period,period_basis,source\nguessed,forced-labour-profits,99 billion,USD,WLD,2013,publication,ilo2014\n".utf8)
                .write(to: dir.appendingPathComponent("guess.csv"))
            let load = try Tipdb.run(["ingest", "guess.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stderr.contains(
                "warning: guess.csv:2:50: period-not-publication-year: guessed: period 2013, source ilo2014 published 2014: figures whose period_basis is publication"),
                "\(load.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("guessed: period 2013, source ilo2014 published 2014"), "\(check.stdout)")
            #expect(!check.stdout.contains("profits-2014: period"), "\(check.stdout)")
        }
    }

    @Test("report lineage says period not stated in its text and JSON")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            let text = try Tipdb.run(["report", "lineage", "profits-2014"], in: dir)
            #expect(text.stdout.contains("US$150 billion a year: Illegal profits from forced labour, World, period not stated\n"), "\(text.stdout)")
            let json = try Tipdb.run(["report", "lineage", "profits-2014", "--format", "json"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let chain = try #require(document["chain"] as? [[String: Any]])
            #expect(chain.first?["periodBasis"] as? String == "publication")
            #expect(chain.first?["period"] as? String == "period not stated")
            #expect(document["text"] as? String == "US$150 billion a year (ILO 2014 [1]): an estimate, period not stated.")
            let stated = try Tipdb.run(["report", "lineage", "profits-2021", "--format", "json"], in: dir)
            #expect(!stated.stdout.contains("periodBasis"), "\(stated.stdout)")
        }
    }

    @Test("the warning also names a month period, a period of several years and an undated source; a repeat keeping its original's period passes")
    func ruleCases() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            try Data("key,title,publisher\nngo,Some undated report,NGO\n".utf8).write(to: dir.appendingPathComponent("undated.csv"))
            try Data("""
                key,measure,value,unit,place,period,period_basis,source,cites
                month,forced-labour-profits,1 billion,USD,NPL,2014-03,publication,ilo2014,
                span,forced-labour-profits,2 billion,USD,AFG,2012-2014,publication,ilo2014,
                undated,forced-labour-profits,3 billion,USD,LKA,2014,publication,ngo,
                repeat,forced-labour-profits,150 billion,USD,WLD,2014,publication,ilo2024,profits-2014
                exact,forced-labour-profits,4 billion,USD,IND,2014,publication,ilo2014,

                """.utf8).write(to: dir.appendingPathComponent("cases.csv"))
            let load = try Tipdb.run(["ingest", "undated.csv", "cases.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let rows = load.stderr.split(separator: "\n").filter { $0.contains("period-not-publication-year:") }
                .map { $0.components(separatedBy: ": figures whose").first ?? "" }
            #expect(rows == [
                "warning: cases.csv:2:47: period-not-publication-year: month: period 2014-03, source ilo2014 published 2014",
                "warning: cases.csv:3:46: period-not-publication-year: span: period 2012-2014, source ilo2014 published 2014",
                "warning: cases.csv:4:49: period-not-publication-year: undated: period 2014, source ngo has no date",
            ], "\(load.stderr)")
        }
    }

    @Test("check's repeat-changed names a repeat that files as stated a period its original's source does not state, and the reverse")
    func repeatBasisChanged() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            try Data("key,title,publisher,date\nnews2016,Profits in the news,Daily News,2016\nblog2025,Profits blog,Blogger,2025\n".utf8)
                .write(to: dir.appendingPathComponent("news.csv"))
            try Data("""
                key,measure,value,unit,place,period,period_basis,source,cites,method
                news-2014,forced-labour-profits,150 billion,USD,WLD,2014,,news2016,profits-2014,reported
                news-2016,forced-labour-profits,150 billion,USD,WLD,2016,stated,news2016,profits-2014,reported
                kept-2014,forced-labour-profits,150 billion,USD,WLD,2014,publication,news2016,profits-2014,reported
                echo-2021,forced-labour-profits,236 billion,USD,WLD,2021,publication,blog2025,profits-2021,reported
                same-2021,forced-labour-profits,236 billion,USD,WLD,2021,stated,blog2025,profits-2021,reported

                """.utf8).write(to: dir.appendingPathComponent("repeats.csv"))
            let load = try Tipdb.run(["ingest", "news.csv", "repeats.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            // Ingest warns by the rules of the rows it loads: period-not-publication-year, and repeat-changed with check's rows.
            #expect(load.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }.map {
                $0.components(separatedBy: ": figures whose").first?.components(separatedBy: ": figures that repeat").first ?? ""
            } == [
                "warning: repeats.csv:5:53: period-not-publication-year: echo-2021: period 2021, source blog2025 published 2025",
                "warning: repeats.csv:2:68: repeat-changed: news-2014 repeats profits-2014 with period basis stated, not publication (the source of profits-2014 does not state the period the number describes)",
                "warning: repeats.csv:3:74: repeat-changed: news-2016 repeats profits-2014 with period 2016, not 2014; period basis stated, not publication (the source of profits-2014 does not state the period the number describes)",
                "warning: repeats.csv:5:79: repeat-changed: echo-2021 repeats profits-2021 with period basis publication, not stated (the source of profits-2021 states the period, 2021)",
            ], "\(load.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("""
                warning: repeat-changed: figures that repeat another (cites) but change what it says: the number beyond rounding, \
                the range dropped (a minimum or an interval passed on as a bare number) or changed (narrowed, widened, given \
                another confidence level, a minimum for an interval, or one the source never gave), the measure, place, unit, \
                subgroup or period, the period basis (a period the cited figure's source does not state filed as stated, or a \
                stated one as not stated: period_basis publication), or the number drifted through repeats that each round the \
                one before; a brief citing them passes the change on as the cited source's, so check the repeat against its \
                source, and say so when citing (3)
                  echo-2021 repeats profits-2021 with period basis publication, not stated (the source of profits-2021 states the period, 2021)
                  news-2014 repeats profits-2014 with period basis stated, not publication (the source of profits-2014 does not state \
                the period the number describes)
                  news-2016 repeats profits-2014 with period 2016, not 2014; period basis stated, not publication (the source of \
                profits-2014 does not state the period the number describes)

                """), "\(check.stdout)")
            #expect(!check.stdout.contains("kept-2014 repeats"), "\(check.stdout)")
            #expect(!check.stdout.contains("same-2021 repeats"), "\(check.stdout)")
        }
    }

    @Test("the brief's lineage names a period dated where the repeated figure's source states none, and the reverse, never as 'period not stated, not period not stated'")
    func repeatBasisInLineage() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            try Data("key,title,publisher,date\nnews2016,Profits in the news,Daily News,2016\nblog2025,Profits blog,Blogger,2025\n".utf8)
                .write(to: dir.appendingPathComponent("news.csv"))
            try Data("""
                key,measure,value,unit,place,period,period_basis,source,cites,method
                news-2016,forced-labour-profits,150 billion,USD,WLD,2016,stated,news2016,profits-2014,reported
                moved-2016,forced-labour-profits,150 billion,USD,WLD,2016,publication,news2016,profits-2014,reported
                kept-2014,forced-labour-profits,150 billion,USD,WLD,2014,publication,news2016,profits-2014,reported
                echo-2021,forced-labour-profits,236 billion,USD,WLD,2021,publication,blog2025,profits-2021,reported

                """.utf8).write(to: dir.appendingPathComponent("repeats.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "news.csv", "repeats.csv"], in: dir).status == 0)
            func flag(_ key: String) throws -> String {
                let text = try Tipdb.run(["report", "lineage", key], in: dir).stdout
                return text.split(separator: "\n").first { $0.hasPrefix("FLAG: ") }.map(String.init) ?? ""
            }
            #expect(try flag("news-2016") == "FLAG: Daily News 2016 changes what it repeats from ILO 2014: the period (2016, which ILO 2014 does not state).")
            #expect(try flag("moved-2016") == "FLAG: Daily News 2016 changes what it repeats from ILO 2014: the period (not stated, filed under 2016, not 2014).")
            #expect(try flag("echo-2021") == "FLAG: Blogger 2025 changes what it repeats from ILO 2024: the period (not stated, where ILO 2024 states 2021).")
            #expect(try flag("kept-2014") == "")
            let json = try Tipdb.run(["report", "lineage", "news-2016", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let changes = (object?["flags"] as? [[String: Any]])?.compactMap { $0["changes"] as? [String] }
            #expect(changes == [["period", "periodBasis"]], "\(json.stdout)")
        }
    }

    @Test("a figure filed under its publication year covers no year in the data gaps, is no later figure in an age caution, and a key figure so filed is cautioned")
    func gapsAndAge() throws {
        try withTemporaryDirectory { dir in
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,unit,place,period,period_basis,source
                npl-2005,forced-labour,100,persons,NPL,2005,,ilo2012
                npl-2014,forced-labour,150,persons,NPL,2014,publication,ilo2014
                npl-2017,forced-labour,170,persons,NPL,2017,,ilo2024

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir).status == 0)
            let gaps = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-01"], in: dir)
            #expect(gaps.stdout.contains("no figure for 11 reference years (2006-2016)"), "\(gaps.stdout)")

            let early = try Tipdb.run(["report", "brief", "--place", "NPL", "--to", "2010", "--date", "2029-01-01"], in: dir)
            #expect(early.stdout.contains("outside the years this brief covers (to 2010): 170 for 2017"), "\(early.stdout)")
            #expect(!early.stdout.contains("150 for 2014"), "\(early.stdout)")

            // Only the figure filed under its publication year: it is the key figure, and its age cannot be told; the
            // later figure whose period is stated, outside the brief's years, is named.
            let alone = try Tipdb.run(["report", "brief", "--place", "NPL", "--from", "2014", "--to", "2014", "--date", "2029-01-01"], in: dir)
            #expect(alone.stdout.contains(
                "Forced labour, Nepal: the key figure, 150 (ILO 2014 [1]), comes from a source that does not state the period it describes, "
                + "so how old it is cannot be told; a later figure of this measure and place is in the database, outside the years this "
                + "brief covers (to 2014): 170 for 2017 (ILO 2024 [2]). Say so wherever it is quoted, and do not present it as describing "
                + "the year its source was published."),
                "\(alone.stdout)")
            #expect(!alone.stdout.contains("a period that ended"), "\(alone.stdout)")
        }
    }

    @Test("tipdb search writes such a period as period not stated (filed under 2014), and its JSON gives periodBasis")
    func search() throws {
        try withTemporaryDirectory { dir in
            try loaded(dir)
            let text = try Tipdb.run(["search", "--kind", "figures", "profits", "World"], in: dir)
            #expect(text.stdout.contains("WLD (World), period not stated (filed under 2014): US$150 billion a year"), "\(text.stdout)")
            #expect(text.stdout.contains("WLD (World), 2021: US$236 billion a year"), "\(text.stdout)")
            let json = try Tipdb.run(["search", "--kind", "figures", "--json", "profits", "World"], in: dir)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let figures = ((document["results"] as? [[String: Any]]) ?? []).compactMap { result -> (String, [String: Any])? in
                guard let key = result["key"] as? String, let figure = result["figure"] as? [String: Any] else { return nil }
                return (key, figure)
            }
            let bases = Dictionary(uniqueKeysWithValues: figures.map { ($0.0, $0.1["periodBasis"] as? String ?? "-") })
            #expect(bases == ["profits-2011": "-", "profits-2014": "publication", "profits-2021": "-"], "\(json.stdout)")
            let year = try Tipdb.run(["search", "--kind", "figures", "profits", "World", "2014"], in: dir)
            #expect(year.stdout.contains("it is filed under [2014] (period not stated)"), "\(year.stdout)")
            #expect(!year.stdout.contains("its period is [2014]"), "\(year.stdout)")
        }
    }
}
