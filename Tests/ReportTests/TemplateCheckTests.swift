import Foundation
@testable import Report
import Testing

/// The check that a brief template names only fields the brief's data model has.
@Suite("template check: unknown fields, transforms, partials")
struct TemplateCheckTests {
    /// The issues `template` has, as the command prints them; empty when it is accepted.
    private func issues(_ template: String) throws -> [String] {
        do {
            try BriefRenderer.checkTemplate(template, path: "t.mustache", format: .md)
            return []
        } catch ReportError.templateFields(let path, let issues) {
            #expect(path == "t.mustache")
            return issues.map(\.description)
        }
    }

    private let briefFields = "title, date, scope, keyFigures, comparability, charts, unchartedSeries, lineage, studies, gaps, figureGroups, references, provenance, citizensElsewhere"
    private let figureFields = "key, measure, measureLabel, value, valueText, censored, low, high, ciLevel, unit, unitLabel, text, range, place, placeName, period, periodStart, periodEnd, periodBasis, sex, ageGroup, form, subgroup, breakdown, shareOf, method, studyMethod, source, sourceLabel, citation, study, locator, quote, notes, cites, primary, repeats, release, revised, revisedFrom, keyReused, history"

    /// The model's shape read from its Swift properties: what the check must know, field for field.
    private func declaredShape(_ value: Any) -> TemplateShape {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value { return declaredShape(wrapped) }
        switch value {
        case is Bool: return .flag
        case is String, is Int, is Double: return .text
        case let list as [Any]: return .list(of: list.first.map(declaredShape) ?? .text)
        default:
            // Where a text's citations are (`CitationMarks`) is how the renderers link it, not
            // part of the JSON a template reads. Nor is a field the sample leaves nil: the sample
            // decoder fills every optional Codable decodes, so a nil one is not in the JSON
            // (`FigureEntry.valueLastDigit`, which the renderers print through `text`).
            return .object(mirror.children.compactMap { child in
                guard !(child.value is CitationMarks || child.value is [CitationMarks]) else { return nil }
                let inner = Mirror(reflecting: child.value)
                guard !(inner.displayStyle == .optional && inner.children.isEmpty) else { return nil }
                return child.label.map { TemplateShape.Field(name: $0, shape: declaredShape(child.value)) }
            })
        }
    }

    /// `keyFigures[].figure.text` and the like: every place of a shape, for readable failures.
    private func paths(_ shape: TemplateShape, _ prefix: String = "") -> [String] {
        switch shape {
        case .object(let fields):
            fields.flatMap { field in
                let path = prefix.isEmpty ? field.name : prefix + "." + field.name
                return [path] + paths(field.shape, path)
            }
        case .list(let item): paths(item, prefix + "[]")
        case .text, .flag: []
        }
    }

    /// Every field, nested as it is in the model, named in a template: `{{title}}`,
    /// `{{#keyFigures}}{{measure}}...{{#figure}}{{key}}...{{/figure}}{{/keyFigures}}`, ...
    private func templateNamingEverything(_ shape: TemplateShape) -> String {
        guard case .object(let fields) = shape else { return "" }
        return fields.map { field in
            switch field.shape {
            case .text, .flag: "{{\(field.name)}}"
            case .list(.object(let inner)): "{{#\(field.name)}}\(templateNamingEverything(.object(inner))){{/\(field.name)}}"
            case .list: "{{#\(field.name)}}{{.}}{{/\(field.name)}}"
            case .object: "{{#\(field.name)}}\(templateNamingEverything(field.shape)){{/\(field.name)}}"
            }
        }.joined()
    }

    @Test("the check knows exactly the model's fields, in its order: a field added to the model is known, or this fails")
    func modelShape() throws {
        let sample = try SampleDecoder.sample(of: Brief.self)
        // Every optional present and every list with an item, so the sample shows every field...
        let declared = declaredShape(sample)
        let checked = try TemplateShape.brief(path: "t")
        let unknown = paths(declared).filter { !paths(checked).contains($0) }
        #expect(unknown.isEmpty, "fields of the model the template check does not know (is BriefJSON writing them?): \(unknown)")
        #expect(checked == declared)
        // ...and the JSON a template sees writes each of them, under Codable's names.
        let decoded = try JSONDecoder().decode(Brief.self, from: Data(try BriefRenderer.json(sample).utf8))
        #expect(decoded == sample, "BriefJSON does not write the whole model")
        let everything = templateNamingEverything(declared)
        #expect(everything.contains("{{#keyFigures}}{{measure}}") && everything.contains("{{release}}") && everything.contains("{{#vintages}}"))
        #expect(try issues(everything) == [])
    }

    @Test("the README's data model section names every field a template can use")
    func readmeListsEveryField() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### The brief's data model"))
        let end = try #require(readme.range(of: "**A template**", range: start.upperBound..<readme.endIndex))
        let section = readme[start.upperBound..<end.lowerBound]
        func names(_ shape: TemplateShape) -> [String] {
            switch shape {
            case .object(let fields): fields.flatMap { [$0.name] + names($0.shape) }
            case .list(let item): names(item)
            case .text, .flag: []
            }
        }
        let missing = Set(names(try TemplateShape.brief(path: "t"))).filter {
            !section.contains("`\($0)`") && !section.contains("`\($0)[]`")
        }
        #expect(missing.isEmpty, "not in the README's data model table: \(missing.sorted())")
    }

    @Test("a name no brief has is an error with its line and column, the nearest name and the fields expected there")
    func unknownFields() throws {
        let template = """
            # {{titel}}
            {{#keyFigures}}
            - {{placeNam}}: {{figure.txt}} {{titel}}
            {{/keyFigures}}
            {{#figurez}}{{anything}}{{/figurez}}
            """
        #expect(try issues(template) == [
            "t.mustache:1:5: unknown field \"titel\"; did you mean \"title\"? Expected a field of the brief: \(briefFields)",
            "t.mustache:3:5: unknown field \"placeNam\"; did you mean \"placeName\"? Expected a field of keyFigures[]: measure, measureLabel, place, placeName, figure, otherFigures; or of the brief",
            "t.mustache:3:19: unknown field \"figure.txt\"; did you mean \"figure.text\"? Expected a field of keyFigures[].figure: \(figureFields)",
            "t.mustache:3:34: unknown field \"titel\"; did you mean \"title\"? Expected a field of keyFigures[]: measure, measureLabel, place, placeName, figure, otherFigures; or of the brief",
            // Which section was meant decides what `anything` could be: it is checked once the name is fixed.
            "t.mustache:5:4: unknown field \"figurez\"; expected a field of the brief: \(briefFields)",
        ])
    }

    @Test("fields that can be null stay valid; dotted names, {{.}}, inverted sections and outer fields resolve as Mustache resolves them")
    func validNames() throws {
        let template = """
            {{#scope}}{{#fromYear}}from {{.}}{{/fromYear}}{{^toYear}}open{{/toYear}}{{description}}{{title}}{{/scope}}
            {{#keyFigures}}{{#figure}}{{text}}{{#range}} ({{.}}){{/range}}{{^range}}-{{/range}}{{measureLabel}}{{date}}{{/figure}}{{figure.release}}{{/keyFigures}}
            {{^keyFigures}}no key figures{{/keyFigures}}{{{title}}} {{& date}} {{! {{comment}} }}
            {{#lineage}}{{#flagged}}{{figure}} {{ending}}{{/flagged}}{{#steps}}{{key}}{{#inScope}}{{citation}}{{/inScope}}{{/steps}}{{/lineage}}
            {{#figureGroups}}{{#figures}}{{.key}}{{unitLabel}}{{/figures}}{{/figureGroups}}{{gaps.placesWithoutFigures.text}}
            {{=<% %>=}}<%title%><%={{ }}=%>{{$footer}}{{date}}{{/footer}}
            """
        #expect(try issues(template) == [])
    }

    @Test("a list's item, a field of text and a leading-dot name that the innermost value lacks are errors that say why")
    func wrongPlaces() throws {
        #expect(try issues("{{references.1.text}} {{title.size}} {{#scope}}{{.titel}}{{/scope}} {{#title}}{{.x}}{{/title}}") == [
            "t.mustache:1:3: unknown field \"references.1.text\": references is a list of objects, whose items a name cannot pick; name their fields inside {{#references}}...{{/references}}",
            "t.mustache:1:25: unknown field \"title.size\": title is text, which has no fields",
            "t.mustache:1:50: unknown field \".titel\"; expected a field of scope: description, filters, measures, places, fromYear, toYear, from, to, figureCount, sourceCount, studyCount, placeCount, measureCount",
            "t.mustache:1:81: unknown field \".x\"; the value here (title) is text, which has no fields",
        ])
    }

    @Test("swift-mustache's transforms are checked by running them on the field's shape; list transforms only inside a list")
    func transforms() throws {
        let valid = """
            {{uppercased(title)}}{{count(references)}}{{#reversed(keyFigures)}}{{placeName}}{{plusone(index())}}{{#first()}}{{figure.text}}{{/first()}}{{/reversed(keyFigures)}}
            """
        #expect(try issues(valid) == [])
        #expect(try issues("{{uppercase(title)}}\n{{sorted(scope.places)}} {{index()}}{{#keyFigures}}{{inde()}}{{/keyFigures}}{{#keyFigures}}{{plusone(inde())}}{{uppercased(index())}}{{/keyFigures}}") == [
            "t.mustache:1:3: transform \"uppercase\" does not apply to title (text); did you mean \"uppercased\"? Expected one of capitalized, lowercased, uppercased, reversed, empty",
            "t.mustache:2:3: transform \"sorted\" does not apply to scope.places (a list of text); expected one of reversed, empty, first, last, count",
            "t.mustache:2:28: index() is about the item of a list and is empty outside a list's section; use it inside one, such as {{#keyFigures}}...{{/keyFigures}}",
            "t.mustache:2:54: transform \"inde\" does not apply to the list item; did you mean \"index\"? Expected one of first, last, index, even, odd",
            "t.mustache:2:94: transform \"inde\" does not apply to the list item; did you mean \"index\"? Expected one of first, last, index, even, odd",
            "t.mustache:2:113: transform \"uppercased\" does not apply to index(); expected one of even, odd, plusone, minusone, equalzero",
        ])
    }

    @Test("every transform name the messages offer is one swift-mustache runs on some value of a brief")
    func transformNames() throws {
        // Text, a list, an object, and a number (what `count` and `index` give).
        let samples: [Any] = [TemplateShape.text.sample, TemplateShape.list(of: .text).sample, TemplateShape.object([]).sample, 1]
        for name in TemplateCheck.transformNames {
            let runs = samples.contains { TemplateCheck.applies(name, to: $0) } || TemplateCheck.rendersInList(name + "()")
            #expect(runs, "\(name) is not a transform swift-mustache runs")
        }
        #expect(!TemplateCheck.applies("uppercase", to: "x") && !TemplateCheck.rendersInList("inde()"))
    }

    @Test("partials are errors: tipdb reads one file, so they would always be empty")
    func partials() throws {
        #expect(try issues("{{>footer}}\n  {{<base}}{{$x}}y{{/x}}{{/base}}") == [
            "t.mustache:1:4: partials are not supported: {{>footer}} would always be empty, since tipdb reads one template file; put the partial's text in this template",
            "t.mustache:2:6: partials are not supported: {{<base}} would always be empty, since tipdb reads one template file; put the parent template's text in this template",
        ])
    }

    @Test("rendering refuses a template with an unknown field, and the summary counts the tags")
    func renderRefuses() throws {
        let brief = try SampleDecoder.sample(of: Brief.self)
        let error = try #require(throws: ReportError.self) {
            try BriefRenderer.render(brief, template: "{{titel}}{{dat}}", path: "org.mustache", format: .md)
        }
        #expect(error.errorDescription == "template org.mustache: 2 tags would always be empty, whatever the data; nothing was written (the brief's fields are listed under \"The brief's data model\" in the README; tipdb report brief --format json shows them with their values)")
        #expect(try BriefRenderer.render(brief, template: "{{title}}|{{#keyFigures}}{{index()}}{{/keyFigures}}", path: "t", format: .md).text == "|0")
    }

    @Test("a template checked once renders briefs as the template text does, values escaped with html only")
    func checkedOnce() throws {
        var brief = try SampleDecoder.sample(of: Brief.self)
        brief.title = "Forced labour & <debt>"
        let template = "{{title}}|{{#keyFigures}}{{index()}}{{/keyFigures}}"
        for format in ReportFormat.allCases {
            let checked = try BriefRenderer.checkTemplate(template, path: "t.mustache", format: format)
            #expect(checked.path == "t.mustache")
            let rendered = try BriefRenderer.render(brief, template: checked).text
            #expect(rendered == (try BriefRenderer.render(brief, template: template, path: "t.mustache", format: format).text))
            #expect(rendered == (format == .html ? "Forced labour &amp; &lt;debt&gt;|0" : "Forced labour & <debt>|0"))
        }
    }
}
