import Report
import Storage
import Testing

@Suite("lineage: chains, missing primaries, loops")
struct LineageTests {
    /// ILO-like primary, a statement repeating it, a blog repeating the statement.
    private func chain() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2005")
        try scratch.source("un", kind: "statement", authors: "Fedotov, Yury", publisher: "United Nations Office on Drugs and Crime", published: "2012")
        try scratch.source("blog", kind: "blog-post", authors: "Francis, Kate", publisher: "The Asia Foundation", published: "2013")
        try scratch.figure("p", measure: "trafficking-victims", value: 2_450_000, period: ("1995", "2004"), source: "ilo")
        try scratch.figure("s", measure: "trafficking-victims", value: 2_400_000, period: ("1995", "2004"), source: "un", cites: "p", method: "reported")
        try scratch.figure("b", measure: "trafficking-victims", value: 2_400_000, period: ("1995", "2004"), source: "blog", cites: "s", method: "reported")
        return scratch
    }

    @Test("a chain is followed to its primary figure and said in one sentence")
    func chainToPrimary() throws {
        let scratch = try chain()
        let brief = try scratch.brief()
        let entry = try #require(brief.lineage.first { $0.figure == "b" })
        #expect(entry.ending == "primary")
        #expect(!entry.flagged)
        #expect(entry.steps.map(\.key) == ["b", "s", "p"])
        #expect(entry.text.hasPrefix("2.4 million (Francis 2013 ["))
        #expect(entry.text.contains("repeats UNODC 2012 ["))
        #expect(entry.text.contains("which repeats ILO 2005 ["))
        #expect(entry.text.hasSuffix("(2.45 million): an estimate for 1995-2004."))
        let figure = try #require(brief.figureGroups.flatMap(\.figures).first { $0.key == "b" })
        #expect(figure.primary == "p")
        #expect(figure.repeats == "repeats UNODC 2012, which repeats ILO 2005 (2.45 million, 1995-2004)")
    }

    @Test("the chain is resolved even when the primary figure is outside the filters")
    func primaryOutsideScope() throws {
        let scratch = try chain()
        try scratch.db.execute("UPDATE figures SET period_start = '1990', period_end = '1990' WHERE key = 'p'")
        let brief = try scratch.brief(BriefFilters(from: 1995))
        let entry = try #require(brief.lineage.first { $0.figure == "b" })
        #expect(entry.ending == "primary")
        #expect(entry.steps.last?.inScope == false)
        #expect(brief.references.map(\.key).contains("ilo"))
    }

    @Test("a chain ending at a figure reported without a source is flagged")
    func missingPrimary() throws {
        let scratch = try chain()
        try scratch.db.execute("UPDATE figures SET cites = NULL, method = 'reported' WHERE key = 's'")
        let brief = try scratch.brief()
        let entry = try #require(brief.lineage.first { $0.figure == "b" })
        #expect(entry.ending == "unsourced")
        #expect(entry.flagged)
        #expect(entry.text.contains("which reports it without a source: the chain ends without a primary estimate"))
        let alone = try #require(brief.lineage.first { $0.figure == "s" })
        #expect(alone.text.hasSuffix("is reported without a source: where it comes from is unknown, and no primary estimate backs it."))
        // With no chain to tell what it is, the figure says what it measures, where and when.
        #expect(alone.text.hasPrefix("Victims of trafficking in persons (estimated) in the world, 1995-2004: 2.4 million (UNODC 2012 ["),
                "\(alone.text)")
    }

    @Test("a cites key that is not in the database is flagged as missing")
    func danglingKey() throws {
        let scratch = try chain()
        try scratch.db.execute("PRAGMA foreign_keys = OFF")
        try scratch.db.execute("UPDATE figures SET cites = 'gone' WHERE key = 's'")
        let brief = try scratch.brief()
        let entry = try #require(brief.lineage.first { $0.figure == "b" })
        #expect(entry.ending == "missing")
        #expect(entry.text.contains("cites \"gone\", a figure not in the database"))
    }

    @Test("a loop is flagged and does not hang")
    func cycle() throws {
        let scratch = try chain()
        try scratch.db.transaction {
            try scratch.db.execute("UPDATE figures SET cites = 'b', method = 'reported' WHERE key = 'p'")
        }
        let lineage = Lineage.resolve("b", in: try figures(scratch))
        #expect(lineage.ending == .cycle)
        #expect(lineage.steps.map(\.key) == ["b", "s", "p"])
        let brief = try scratch.brief()
        let entry = try #require(brief.lineage.first { $0.figure == "b" })
        #expect(entry.flagged)
        #expect(entry.text.contains("the chain loops and never reaches a primary source"))
        #expect(brief.keyFigures.isEmpty)
    }

    @Test("figure_lineage: a straight chain is never a loop: past 100 repeats it is too-long (a check warning); a key holding \" > \" is no loop; a real loop is")
    func longChainInView() throws {
        let scratch = try ScratchDatabase()
        try scratch.source("s")
        try scratch.figure("c0", source: "s")
        for index in 1...120 {
            try scratch.figure("c\(index)", source: "s", cites: "c\(index - 1)", method: "reported")
        }
        let status = { (key: String) in try scratch.db.rows("SELECT hops, status, primary_figure FROM figure_lineage WHERE figure = ?", [key]).first }
        let reached = try #require(try status("c100"))
        #expect(reached.int("hops") == 100 && reached.string("status") == "repeats" && reached.string("primary_figure") == "c0")
        #expect(try status("c120")?.string("status") == "too-long")
        #expect(try scratch.db.integer("SELECT count(*) FROM figure_lineage WHERE status = 'too-long'") == 20)
        #expect(try scratch.db.integer("SELECT count(*) FROM figure_lineage WHERE status = 'loop'") == 0)
        var findings = try Audit(db: scratch.db).run()
        #expect(findings.contains { $0.check == "lineage-loop" } == false)
        #expect(findings.first { $0.check == "lineage-too-long" }?.rows.count == 20)

        // " > " separates keys in the chain column, but a key may hold it.
        try scratch.figure("q", source: "s")
        try scratch.figure("p > q", source: "s", cites: "q", method: "reported")
        try scratch.figure("x", source: "s", cites: "p > q", method: "reported")
        #expect(try status("x")?.string("status") == "repeats" && status("x")?.string("primary_figure") == "q")

        try scratch.db.execute("PRAGMA foreign_keys = OFF")
        try scratch.db.execute("UPDATE figures SET cites = 'x' WHERE key = 'q'")
        #expect(try scratch.db.rows("SELECT DISTINCT status FROM figure_lineage WHERE figure IN ('q', 'x', 'p > q')").compactMap { $0.string("status") } == ["loop"])
        findings = try Audit(db: scratch.db).run()
        #expect(findings.first { $0.check == "lineage-loop" }?.rows == ["p > q", "q", "x"])
    }

    @Test("report lineage prints the chain, its flags, who repeats it, and the references")
    func lineageReport() throws {
        let scratch = try chain()
        let text = try LineageReport(db: scratch.db).render(key: "b")
        #expect(text.hasPrefix("b\n  2.4 million: Victims of trafficking in persons (estimated), World, reference period 1995-2004\n"))
        #expect(text.contains("repeats s\n"))
        #expect(text.contains("repeats p\n"))
        #expect(text.contains("Primary source reached: p."))
        let primary = try LineageReport(db: scratch.db).render(key: "p")
        #expect(primary.contains("A primary figure: it repeats no other."))
        #expect(primary.contains("Repeated by:\n  s (UNODC 2012): 2.4 million, World, 1995-2004\n    b (Francis 2013): 2.4 million, World, 1995-2004\n"))
        #expect(throws: ReportError.unknownFigure("bb", suggestions: ["b"])) { try LineageReport(db: scratch.db).render(key: "bb") }
    }

    private func figures(_ scratch: ScratchDatabase) throws -> [String: Figure] {
        var figures: [String: Figure] = [:]
        for key in ["b", "s", "p"] { figures[key] = try scratch.db.figure(key: key) }
        return figures
    }
}
