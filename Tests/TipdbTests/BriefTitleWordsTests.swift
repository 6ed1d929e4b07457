import Foundation
import Testing

/// A brief's title reads as a sentence: places as sentences name them ("in the world", "in the
/// United Kingdom"), a sub-measure asked for beside its parent folded into it, and no capital in
/// the middle; a statement's speaker given first name first (review R7).
@Suite("Brief title and reference words (built binary)")
struct BriefTitleWordsTests {
    private func load(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("""
            key,kind,title,authors,publisher,date
            ilo-2022,report,Global Estimates,,International Labour Office,2022-09
            unodc-2012,statement,Statement at the thematic debate,"Fedotov, Yury",United Nations Office on Drugs and Crime,2012-04-03

            """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data("""
            key,measure,value,unit,place,period,source,method,locator
            fl-wld,forced-labour,27600000,persons,WLD,2021,ilo-2022,estimated,p. 2
            flp-wld,forced-labour-private,17300000,persons,WLD,2021,ilo-2022,estimated,p. 3
            fm-gbr,forced-marriage,1000,persons,GBR,2021,ilo-2022,estimated,p. 4
            tv-wld,trafficking-victims,2400000,persons,WLD,1995-2004,unodc-2012,estimated,

            """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func firstLine(_ arguments: [String], in dir: URL) throws -> String {
        let result = try Tipdb.run(["report", "brief", "--date", "2026-12-01"] + arguments, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return String(result.stdout.split(separator: "\n").first ?? "")
    }

    @Test("--place World is 'in the world', --place GBR 'in the United Kingdom'; the title names the concepts of the figures in scope")
    func places() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            #expect(try firstLine(["--place", "World"], in: dir)
                == "# Trafficking in persons, forced labour and forced marriage in the world: the published figures")
            // The one figure for the United Kingdom is of forced marriage (review W6).
            #expect(try firstLine(["--place", "GBR"], in: dir)
                == "# Forced marriage in the United Kingdom: the published figures")
        }
    }

    @Test("a sub-measure asked for beside its parent is folded into it; a second measure is in lower case")
    func measures() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let result = try Tipdb.run(
                ["report", "brief", "--measure", "forced-labour", "--measure", "forced-labour-private", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.first == "# Forced labour: the published figures")
            #expect(lines.contains("Scope: Forced labour (with its sub-measures, privately imposed forced labour exploitation among them); all places; all reference years  "), "\(lines.prefix(5))")
            #expect(try firstLine(["--measure", "forced-labour-private", "--measure", "forced-marriage", "--place", "WLD"], in: dir)
                == "# Privately imposed forced labour exploitation and forced marriage in the world: the published figures")
        }
    }

    @Test("a statement is 'Delivered by Yury Fedotov', its speaker first name first")
    func speaker() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let result = try Tipdb.run(["report", "brief", "--measure", "trafficking-victims", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\\[Statement\\]. Delivered by Yury Fedotov. 3 April 2012."), "\(result.stdout)")
            #expect(!result.stdout.contains("Fedotov, Yury"))
        }
    }
}
