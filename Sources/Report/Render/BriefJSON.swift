/// The brief's data model as JSON, fields in the order the model declares them.
///
/// Written by hand with `JSONWriter` rather than `JSONEncoder` because a brief over a large
/// database holds every figure; the test suite decodes this output with `JSONDecoder` and checks
/// it equals the model, so the two cannot drift apart.
enum BriefJSON {
    /// The JSON as UTF-8 bytes, ending with a newline, in the pieces it was written in (see `RenderedBrief.utf8`).
    static func render(_ brief: Brief) -> TextBuffer {
        var w = JSONWriter(capacity: brief.figureGroups.reduce(65_536) { $0 + $1.figures.count * 1_100 })
        w.object { w in
            w.member("title", brief.title)
            w.member("date", brief.date)
            w.member("scope")
            scope(brief.scope, &w)
            w.member("keyFigures")
            w.array(brief.keyFigures) { w, key in
                w.object { w in
                    w.member("measure", key.measure)
                    w.member("measureLabel", key.measureLabel)
                    w.member("place", key.place)
                    w.member("placeName", key.placeName)
                    // One line, as in the figures tables: each figure on one line, as the README says.
                    w.member("figure")
                    w.inline { figure(key.figure, &$0) }
                    w.member("otherFigures", key.otherFigures)
                }
            }
            w.member("comparability")
            comparability(brief.comparability, &w)
            w.member("charts")
            w.array(brief.charts) { w, chart in self.chart(chart, &w) }
            w.member("unchartedSeries")
            w.array(brief.unchartedSeries) { w, series in uncharted(series, &w) }
            w.member("lineage")
            w.array(brief.lineage) { w, entry in lineage(entry, &w) }
            w.member("studies")
            w.array(brief.studies) { w, study in self.study(study, &w) }
            w.member("gaps")
            gaps(brief.gaps, &w)
            w.member("figureGroups")
            figureGroups(brief.figureGroups, &w)
            w.member("references")
            w.array(brief.references) { w, reference in self.reference(reference, &w) }
            w.member("provenance")
            provenance(brief.provenance, &w)
            // Only in a brief that has the part: the JSON of any other brief stays as it was.
            if let part = brief.citizensElsewhere {
                w.member("citizensElsewhere")
                w.object { w in
                    w.member("heading", part.heading)
                    w.member("text", part.text)
                    w.member("figureGroups")
                    figureGroups(part.figureGroups, &w)
                }
            }
        }
        w.newlineAtEnd()
        return w.text
    }

    private static func figureGroups(_ groups: [FigureGroup], _ w: inout JSONWriter) {
        w.array(groups) { w, group in
            w.object { w in
                w.member("measure", group.measure)
                w.member("measureLabel", group.measureLabel)
                w.member("unitLabel", group.unitLabel)
                w.member("figures")
                w.parallelArray(group.figures) { w, entry in figure(entry, &w) }
            }
        }
    }

    private static func scope(_ scope: BriefScope, _ w: inout JSONWriter) {
        w.object { w in
            w.member("description", scope.description)
            w.member("filters", scope.filters)
            w.member("measures", strings: scope.measures)
            w.member("places", strings: scope.places)
            w.member("fromYear", scope.fromYear)
            w.member("toYear", scope.toYear)
            w.member("from", scope.from)
            w.member("to", scope.to)
            w.member("figureCount", scope.figureCount)
            w.member("sourceCount", scope.sourceCount)
            w.member("studyCount", scope.studyCount)
            w.member("placeCount", scope.placeCount)
            w.member("measureCount", scope.measureCount)
        }
    }

    static func figure(_ f: FigureEntry, _ w: inout JSONWriter) {
        w.object { w in
            w.member("key", f.key)
            w.member("measure", f.measure)
            w.member("measureLabel", f.measureLabel)
            w.member("value", f.value)
            // The value as its source printed it: `value`, a double, drops the zeros of "2.50 million".
            w.member("valueText", f.valueText)
            w.member("censored", f.censored)
            w.member("low", f.low)
            w.member("high", f.high)
            w.member("ciLevel", f.ciLevel)
            w.member("unit", f.unit)
            w.member("unitLabel", f.unitLabel)
            w.member("text", f.text)
            w.member("range", f.range)
            w.member("place", f.place)
            w.member("placeName", f.placeName)
            w.member("period", f.period)
            w.member("periodStart", f.periodStart)
            w.member("periodEnd", f.periodEnd)
            w.member("periodBasis", f.periodBasis)
            w.member("sex", f.sex)
            w.member("ageGroup", f.ageGroup)
            w.member("form", f.form)
            w.member("subgroup", f.subgroup)
            // Only on a figure with a breakdown, as a figures file's breakdown cell states it.
            if let breakdown = f.breakdown { w.member("breakdown", breakdown) }
            // Only on a share whose measure's definition names its whole: the JSON of other briefs stays as it was.
            if let shareOf = f.shareOf { w.member("shareOf", shareOf) }
            w.member("method", f.method)
            w.member("studyMethod", f.studyMethod)
            w.member("source", f.source)
            w.member("sourceLabel", f.sourceLabel)
            w.member("citation", f.citation)
            w.member("study", f.study)
            w.member("locator", f.locator)
            w.member("quote", f.quote)
            w.member("notes", f.notes)
            w.member("cites", f.cites)
            w.member("primary", f.primary)
            w.member("repeats", f.repeats)
            w.member("release", f.release)
            // Only on a revised figure: the JSON of a brief without revisions stays as it was.
            if let revised = f.revised { w.member("revised", revised) }
            // The same, briefly, as the key figures and cautions write it: "revised from 41".
            if let revisedFrom = f.revisedFrom { w.member("revisedFrom", revisedFrom) }
            // Only on a figure whose key held another figure: the sentence its note ends with.
            if let keyReused = f.keyReused { w.member("keyReused", keyReused) }
            // Only on a figure withdrawn and restored with another number, or cited elsewhere before.
            if let history = f.history { w.member("history", history) }
            // Only on a figure with x_ columns: their object as stored, its members' types kept.
            if let extra = f.extra { w.member("extra", json: extra) }
        }
    }
}
