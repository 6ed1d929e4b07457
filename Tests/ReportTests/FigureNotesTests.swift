@testable import Report
import Storage
import Testing

/// A figure's notes carry its caveats ("minimum estimate", "an upper bound, rounded"): the
/// Markdown and HTML briefs letter them in a Note column and list them under each table.
@Suite("figure notes in the Markdown and HTML tables")
struct FigureNotesTests {
    /// Two forced-labour figures share a note (numbered once), one has a note that looks like
    /// Markdown and HTML, and modern slavery has no note at all (its tables get no Note column).
    private func sample() throws -> ScratchDatabase {
        let scratch = try ScratchDatabase()
        try scratch.source("ilo", publisher: "International Labour Office", published: "2022")
        let shared = "Minimum estimate | at least <b>this</b> & *more*."
        try scratch.figure("fl-2021", value: 27_600_000, source: "ilo", notes: shared)
        try scratch.figure("fl-2016", value: 24_900_000, period: ("2016", "2016"), source: "ilo", notes: "- 5 % are children\nsee [2]")
        try scratch.figure("fl-fra", value: 1_000, place: "FRA", source: "ilo", notes: "  \(shared)  ")
        try scratch.figure("fl-blank", value: 2_000, place: "FRA", period: ("2016", "2016"), source: "ilo", notes: "  ")
        try scratch.figure("ms", measure: "modern-slavery", value: 49_600_000, source: "ilo")
        return scratch
    }

    @Test("Markdown: a Note column where a table has notes, lettered notes under it, escaped")
    func markdown() throws {
        let text = try BriefRenderer.render(try sample().brief(), as: .md, chartStem: nil).text
        #expect(text.contains("""
            | Measure | Place | Figure | Range | Reference period | Source | Note |
            | --- | --- | --- | --- | --- | --- | --- |
            | Modern slavery | World | 49.6 million |  | 2021 | ILO 2022 [1] |  |
            | Forced labour | World | 27.6 million |  | 2021 | ILO 2022 [1] | a |
            | Forced labour | France | 1,000 |  | 2021 | ILO 2022 [1] | a |

            Notes:

            - a. Minimum estimate \\| at least \\<b\\>this\\</b\\> & \\*more\\*.

            ## Comparability
            """))
        #expect(text.contains("""
            ### Modern slavery

            | Figure | Range | Place | Reference period | Subgroup | Method | Source | Key |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            | 49.6 million |  | World | 2021 | all | estimated | ILO 2022 [1] | ms |

            ### Forced labour

            | Figure | Range | Place | Reference period | Subgroup | Method | Source | Note | Key |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            | 24.9 million |  | World | 2016 | all | estimated | ILO 2022 [1] | a | fl-2016 |
            | 27.6 million |  | World | 2021 | all | estimated | ILO 2022 [1] | b | fl-2021 |
            | 2,000 |  | France | 2016 | all | estimated | ILO 2022 [1] |  | fl-blank |
            | 1,000 |  | France | 2021 | all | estimated | ILO 2022 [1] | b | fl-fra |

            Notes:

            - a. - 5 % are children see \\[2\\]
            - b. Minimum estimate \\| at least \\<b\\>this\\</b\\> & \\*more\\*.

            ## References
            """))
    }

    @Test("HTML: the Note column links each letter to its note under the table, escaped")
    func html() throws {
        let page = try BriefRenderer.render(try sample().brief(), as: .html, chartStem: nil).text
        #expect(page.contains("""
            <th scope="col">Range</th><th scope="col">Reference period</th><th scope="col">Source</th><th scope="col">Note</th></tr>
            """))
        #expect(page.contains("""
            <tr><th scope="row">Forced labour</th><th scope="row" class="place">France</th><td class="number"><strong>1,000</strong></td><td></td><td>2021</td><td><a href="#ref-1">ILO 2022 [1]</a></td><td class="note"><a href="#key-figures-note-a" aria-label="Note a">a</a></td></tr>
            </tbody>
            </table>
            <p class="notes-title">Notes:</p>
            <ol class="notes" type="a">
            <li id="key-figures-note-a">Minimum estimate | at least &lt;b&gt;this&lt;/b&gt; &amp; *more*. <a class="back" href="#key-figures-note-a-cite" aria-label="Back to the first row with note a">Back to table</a></li>
            </ol>
            </section>
            """))
        #expect(page.contains("""
            <th scope="col">Method</th><th scope="col">Source</th><th scope="col">Key</th></tr>
            </thead>
            <tbody>
            <tr><td class="number">49.6 million</td>
            """))
        #expect(page.contains("""
            <td><a href="#ref-1">ILO 2022 [1]</a></td><td class="note"></td><td class="key">fl-blank</td></tr>
            <tr><td class="number">1,000</td><td></td><th scope="row">France</th><th scope="row">2021</th><td>all</td><td>estimated</td><td><a href="#ref-1">ILO 2022 [1]</a></td><td class="note"><a href="#figures-forced-labour-note-b" aria-label="Note b">b</a></td><td class="key">fl-fra</td></tr>
            </tbody>
            </table>
            <p class="notes-title">Notes:</p>
            <ol class="notes" type="a">
            <li id="figures-forced-labour-note-a">- 5 % are children
            see [2] <a class="back" href="#figures-forced-labour-note-a-cite" aria-label="Back to the first row with note a">Back to table</a></li>
            <li id="figures-forced-labour-note-b">Minimum estimate | at least &lt;b&gt;this&lt;/b&gt; &amp; *more*. <a class="back" href="#figures-forced-labour-note-b-cite" aria-label="Back to the first row with note b">Back to table</a></li>
            </ol>
            """))
        let xml = try #require(XMLCollector.parse(page), "the HTML brief does not parse as XML")
        for href in xml.hrefs where href.hasPrefix("#") {
            #expect(xml.ids.contains(String(href.dropFirst())), "\(href) does not resolve")
        }
    }

    @Test("notes are lettered a to z, then aa, ab, ... as HTML's lower-alpha lists count", arguments: [
        (1, "a"), (2, "b"), (26, "z"), (27, "aa"), (28, "ab"), (52, "az"), (53, "ba"), (702, "zz"), (703, "aaa"),
    ])
    func letters(number: Int, marker: String) {
        #expect(TableNotes.marker(number) == marker)
    }
}
