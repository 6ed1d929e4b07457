import Foundation

/// A rendered brief: the main text and, for Markdown written to a file, the chart files that go
/// next to it.
public struct RenderedBrief: Sendable {
    /// The main text as UTF-8 bytes, in the pieces the renderer wrote it in.
    ///
    /// Why bytes: a brief over 100,000 figures is 33 MB of HTML, and making a `String` of it
    /// (which validates every byte) and then bytes again to write it cost about 40 ms. Why
    /// pieces: the command writes them one after the other (`withUTF8Pieces`), not copied into
    /// one array first.
    let body: TextBuffer
    /// Files to write next to the output file: name (no directory) and content.
    public var files: [RenderedFile]
    /// What the user should know and the brief itself must not say, for the command to print on
    /// standard error as `note:` lines: a brief is sent on to readers who never run tipdb.
    public var notes: [String] = []

    init(body: TextBuffer, files: [RenderedFile]) {
        self.body = body
        self.files = files
    }

    init(text: String, files: [RenderedFile]) {
        var body = TextBuffer(capacity: text.utf8.count)
        body += text
        self.init(body: body, files: files)
    }

    /// The main text as UTF-8 bytes, copied into one array on every access.
    public var utf8: [UInt8] { body.bytes }

    /// Calls `body` with the main text's UTF-8 bytes, piece by piece in order: what the command
    /// writes, with no copy of a large brief made on the way.
    public func withUTF8Pieces<R>(_ body: ([UnsafeRawBufferPointer]) throws -> R) throws -> R {
        try self.body.withPieces(body)
    }

    /// The main text, decoded from `utf8` on every access: for tests and small outputs; the
    /// command writes `withUTF8Pieces` itself.
    public var text: String { body.text }
}

/// A file that belongs with a rendered brief, such as a chart as SVG.
public struct RenderedFile: Sendable, Equatable {
    public var name: String
    public var text: String
}

/// Turns a `Brief` into text in one of the formats, or through an organisation's Mustache template.
public enum BriefRenderer {
    /// - Parameters:
    ///   - format: md, html, json or csv.
    ///   - chartStem: for Markdown written to a file, the stem chart files are named after
    ///     (`brief` gives `brief-chart-forced-labour.svg`); nil when writing to standard output.
    ///   - chartsFor: the brief's file name (`brief.md`), which each chart file's mark names, so
    ///     that another brief of the same stem in the folder leaves these charts alone.
    ///   - csvStyle: how csv writes its cells (`--spreadsheet`); the other formats ignore it.
    public static func render(
        _ brief: Brief, as format: ReportFormat, chartStem: String?, chartsFor: String? = nil, csvStyle: CSVStyle = .plain
    ) throws -> RenderedBrief {
        switch format {
        case .md:
            let text = MarkdownRenderer(brief: brief, chartStem: chartStem).render()
            let files = chartStem.map { stem in
                brief.charts.map { RenderedFile(name: MarkdownRenderer.chartFile(stem: stem, chart: $0), text: standaloneSVG($0, brief: chartsFor)) }
            } ?? []
            var rendered = RenderedBrief(body: text, files: files)
            if chartStem == nil, !brief.charts.isEmpty {
                rendered.notes.append(chartsAsTables(brief.charts.count))
            }
            return rendered
        case .html:
            return RenderedBrief(body: HTMLRenderer(brief: brief).render(), files: [])
        case .json:
            return RenderedBrief(body: BriefJSON.render(brief), files: [])
        case .csv:
            return RenderedBrief(text: CSVRenderer.render(brief, style: csvStyle), files: [])
        }
    }

    /// Checks `template` (Mustache) before a brief is built: it parses, and every tag names
    /// something the brief's data model can hold there. The result renders briefs without
    /// parsing or checking the template again.
    ///
    /// - Parameters:
    ///   - path: the template file as given, for messages.
    ///   - format: the format the brief is rendered as: values are HTML-escaped with html only.
    /// - Returns: the template parsed and checked, for `render(_:template:)`.
    /// - Throws: `ReportError.templateSyntax` when it does not parse; `ReportError.templateFields`
    ///   with every tag that would always render as nothing (an unknown field, a transform that
    ///   does not apply, a partial).
    @discardableResult
    public static func checkTemplate(_ template: String, path: String, format: ReportFormat) throws -> BriefTemplate {
        let parsed = try TemplateRenderer(template: template, path: path, escapeHTML: format == .html).parse()
        return BriefTemplate(path: path, parsed: parsed)
    }

    /// Renders a checked template (`checkTemplate`) with the brief's data model, the same one
    /// the JSON format writes.
    ///
    /// - Throws: `ReportError.template` if the data model cannot be prepared for the template.
    public static func render(_ brief: Brief, template: BriefTemplate) throws -> RenderedBrief {
        let text = try TemplateRenderer.render(brief, with: template.parsed, path: template.path)
        return RenderedBrief(text: text, files: [])
    }

    /// Renders `template` (Mustache) with the brief's data model, the same one the JSON format writes.
    ///
    /// With `format` html, values are HTML-escaped (Mustache's default); with any other format
    /// they are written as they are. A template can still choose with `{{% CONTENT_TYPE: ... }}`.
    /// A template that does not parse, or has a tag no brief could fill, is refused, as
    /// `checkTemplate` says; to render several briefs, or after checking, use `checkTemplate`'s
    /// result with `render(_:template:)`.
    public static func render(_ brief: Brief, template: String, path: String, format: ReportFormat) throws -> RenderedBrief {
        try render(brief, template: checkTemplate(template, path: path, format: format))
    }

    /// The brief's data model as JSON: fields in the model's order, two-space indentation.
    public static func json(_ brief: Brief) throws -> String {
        BriefJSON.render(brief).text
    }

    /// The note for a Markdown brief written where no chart file can go beside it (standard
    /// output, a device, a pipe): said once, on standard error, not in the brief.
    static func chartsAsTables(_ count: Int) -> String {
        let one = count == 1
        return (one ? "the chart is given as a table" : "the \(count) charts are given as tables") + " of figures: chart files "
            + "are written only beside a Markdown file; write the brief with -o FILE.md (such as -o brief.md) to get "
            + (one ? "it as an SVG file" : "them as SVG files")
    }

    /// A chart as a file of its own, with the XML declaration an SVG file starts with and, on
    /// the next line, `ChartMark.comment`: the mark by which a later brief knows the file is its
    /// own to remove, and for which brief (`brief`, its file name).
    public static func standaloneSVG(_ chart: Chart, brief: String? = nil) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ChartMark.comment(brief: brief) + "\n" + chart.svg
    }
}
