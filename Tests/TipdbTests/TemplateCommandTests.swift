import Foundation
import Testing

/// `tipdb report brief --template`: the README's example renders, and a template with a tag no
/// brief can fill is refused before anything is written.
@Suite("tipdb report brief --template (built binary, real Fixtures)")
struct TemplateCommandTests {
    /// The README's example template (its ```mustache block).
    private func readmeTemplate() throws -> String {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```mustache\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound])
    }

    @Test("the README's example template renders the Fixtures' brief")
    func readmeExample() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data(try readmeTemplate().utf8).write(to: dir.appendingPathComponent("brief.mustache"))
            let out = try Tipdb.run(["report", "brief", "--template", "brief.mustache", "--date", "2026-11-29", "-o", "brief.md"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stderr.isEmpty)
            let text = try String(contentsOf: dir.appendingPathComponent("brief.md"), encoding: .utf8)
            #expect(text.hasPrefix("# Trafficking in persons, forced labour, forced marriage and modern slavery: the published figures (2026-11-29)\n"))
            // The period belongs with the number (review W24): a key figure without it is the defect tipdb exists to prevent.
            #expect(text.contains("\n- Forced labour, World: 27.6 million in 2021 [1]\n"), "\(text)")
            #expect(text.contains("\n## References\n1. "))
            #expect(!text.contains("revised from"), "no figure of the Fixtures was revised")
        }
    }

    @Test("the README's example template says what a revised key figure was revised from")
    func readmeExampleRevised() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for (file, date, value) in [("glotip_v1.csv", "14/04/2024", "41"), ("glotip_v2.csv", "14/04/2025", "45")] {
                let export = GLOTIPFiles.top(date: date)
                    + "AUT,Austria,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,\(value),GLOTIP\n"
                try Data(export.utf8).write(to: dir.appendingPathComponent(file))
                let load = try Tipdb.run(["ingest", "--quiet", file], in: dir)
                #expect(load.status == 0, "\(load.stderr)")
            }
            try Data(try readmeTemplate().utf8).write(to: dir.appendingPathComponent("brief.mustache"))
            let out = try Tipdb.run(["report", "brief", "--template", "brief.mustache", "--date", "2026-11-29"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("\n- Detected victims of trafficking, Austria: 45 in 2019 (revised from 41) [1]\n"), "\(out.stdout)")
        }
    }

    @Test("a template with --format json or csv is a usage error: the output is the template's own text", arguments: ["json", "csv"])
    func templateWithDataFormat(format: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("# {{title}}\n".utf8).write(to: dir.appendingPathComponent("t.mustache"))
            let out = try Tipdb.run(["report", "brief", "--template", "t.mustache", "--format", format, "-o", "out.txt"], in: dir)
            #expect(out.status == 64)
            #expect(out.stderr.hasPrefix(
                "tipdb: error: --template writes the template's own text; expected --format md (values as they are) or html (values HTML-escaped), not \(format)\n"),
                "\(out.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.txt").path))
        }
    }

    @Test("every tag naming a field no brief has is listed with its line and column; exit 1; nothing is written")
    func unknownFields() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let template = try readmeTemplate()
                .replacingOccurrences(of: "# {{title}}", with: "# {{titel}}")
                .replacingOccurrences(of: "{{figure.text}}", with: "{{figure.txt}}")
                .replacingOccurrences(of: "{{#references}}", with: "{{#references}}{{> footer}}")
                + "{{#figurez}}{{text}}{{/figurez}}\n"
            try Data(template.utf8).write(to: dir.appendingPathComponent("brief.mustache"))
            let existing = dir.appendingPathComponent("brief.md")
            try Data("an earlier brief\n".utf8).write(to: existing)
            let out = try Tipdb.run(["report", "brief", "--template", "brief.mustache", "-o", "brief.md"], in: dir)
            #expect(out.status == 1)
            #expect(out.stdout.isEmpty)
            let brief = "title, date, scope, keyFigures, comparability, charts, unchartedSeries, lineage, studies, gaps, figureGroups, references, provenance, citizensElsewhere"
            #expect(out.stderr.components(separatedBy: "\n") == [
                "brief.mustache:1:5: unknown field \"titel\"; did you mean \"title\"? Expected a field of the brief: \(brief)",
                "brief.mustache:4:38: unknown field \"figure.txt\"; did you mean \"figure.text\"? Expected a field of keyFigures[].figure: key, measure, measureLabel, value, valueText, censored, low, high, ciLevel, unit, unitLabel, text, range, place, placeName, period, periodStart, periodEnd, periodBasis, sex, ageGroup, form, subgroup, breakdown, shareOf, method, studyMethod, source, sourceLabel, citation, study, locator, quote, notes, cites, primary, repeats, release, revised, revisedFrom, keyReused, history",
                "brief.mustache:8:20: partials are not supported: {{>footer}} would always be empty, since tipdb reads one template file; put the partial's text in this template",
                "brief.mustache:11:4: unknown field \"figurez\"; expected a field of the brief: \(brief)",
                "tipdb: error: template brief.mustache: 4 tags would always be empty, whatever the data; nothing was written (the brief's fields are listed under \"The brief's data model\" in the README; tipdb report brief --format json shows them with their values)",
                "",
            ])
            #expect(try String(contentsOf: existing, encoding: .utf8) == "an earlier brief\n")
        }
    }

    @Test("a template that does not parse is refused at FILE:LINE:COLUMN with what would close it; exit 1; no file is written")
    func parseErrors() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let cases = [
                // The README's template without the close of its last section.
                (try readmeTemplate().replacingOccurrences(of: "{{/references}}\n", with: ""),
                 "brief.mustache:8:4: the section {{#references}} opened here is never closed; expected {{/references}} to close it before the end of the template",
                 "line 8, column 4"),
                ("# {{title\n{{date}}\n", "brief.mustache:1:5: the tag {{title is not closed; expected }} after title, as in {{title}}", "line 1, column 5"),
                ("{{#keyFigures}}\n{{measure}}\n{{/keyFigure}}\n",
                 "brief.mustache:3:4: {{/keyFigure}} does not close the open section {{#keyFigures}} (opened at 1:4); expected {{/keyFigures}}",
                 "line 3, column 4"),
            ]
            for (template, issue, place) in cases {
                try Data(template.utf8).write(to: dir.appendingPathComponent("brief.mustache"))
                let out = try Tipdb.run(["report", "brief", "--template", "brief.mustache", "-o", "brief.md"], in: dir)
                #expect(out.status == 1)
                #expect(out.stdout.isEmpty)
                #expect(out.stderr == """
                    \(issue)
                    tipdb: error: template brief.mustache is not valid Mustache; nothing was written (fix the tag at \(place), then run the command again)

                    """)
                #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("brief.md").path), "no output for a template that does not parse")
            }
        }
    }

    @Test("fields that can be null, sections on them and swift-mustache's transforms are accepted")
    func nullableFields() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let template = """
                {{#scope}}{{#fromYear}}from {{.}}{{/fromYear}}{{^fromYear}}all years{{/fromYear}}{{/scope}}
                {{#keyFigures}}{{plusone(index())}}. {{uppercased(placeName)}}{{#figure}}{{^range}} (no range){{/range}}{{#studyMethod}}, {{.}}{{/studyMethod}}{{/figure}}
                {{/keyFigures}}
                """
            try Data(template.utf8).write(to: dir.appendingPathComponent("t.mustache"))
            let out = try Tipdb.run(["report", "brief", "--template", "t.mustache", "--measure", "forced-labour", "--place", "WLD"], in: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.hasPrefix("all years\n1. WORLD"))
        }
    }
}
