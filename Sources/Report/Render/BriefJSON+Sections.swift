/// The sections of the brief's JSON after the key figures, one writer per model type.
extension BriefJSON {
    static func comparability(_ c: Comparability, _ w: inout JSONWriter) {
        w.object { w in
            w.member("definitions")
            w.array(c.definitions) { w, d in
                w.object { w in
                    w.member("measure", d.measure)
                    w.member("label", d.label)
                    w.member("counts", d.counts)
                    w.member("countsText", d.countsText)
                    w.member("concept", d.concept)
                    w.member("conceptText", d.conceptText)
                    w.member("definition", d.definition)
                    w.member("legalBasis", d.legalBasis)
                    w.member("parent", d.parent)
                    w.member("parentLabel", d.parentLabel)
                }
            }
            w.member("warnings")
            w.array(c.warnings) { w, warning in
                w.object { w in
                    w.member("kind", warning.kind)
                    w.member("text", warning.text)
                    w.member("figures", strings: warning.figures)
                    w.member("citations", integers: warning.citations)
                }
            }
        }
    }

    static func uncharted(_ s: UnchartedSeries, _ w: inout JSONWriter) {
        w.object { w in
            w.member("measure", s.measure)
            w.member("measureLabel", s.measureLabel)
            w.member("unit", s.unit)
            w.member("unitLabel", s.unitLabel)
            w.member("usualUnit", s.usualUnit)
            w.member("places")
            w.array(s.places) { w, p in
                w.object { w in
                    w.member("place", p.place)
                    w.member("placeName", p.placeName)
                    w.member("period", p.period)
                    w.member("figureCount", p.figureCount)
                }
            }
            w.member("text", s.text)
        }
    }

    static func chart(_ c: Chart, _ w: inout JSONWriter) {
        w.object { w in
            w.member("id", c.id)
            w.member("measure", c.measure)
            w.member("measureLabel", c.measureLabel)
            w.member("place", c.place)
            w.member("placeName", c.placeName)
            w.member("unit", c.unit)
            w.member("title", c.title)
            w.member("description", c.description)
            w.member("xAxisLabel", c.xAxisLabel)
            w.member("yAxisLabel", c.yAxisLabel)
            w.member("sourceLine", c.sourceLine)
            w.member("caution", c.caution)
            w.member("points")
            w.array(c.points) { w, p in
                w.object { w in
                    w.member("key", p.key)
                    w.member("period", p.period)
                    w.member("periodStart", p.periodStart)
                    w.member("periodEnd", p.periodEnd)
                    w.member("value", p.value)
                    w.member("low", p.low)
                    w.member("high", p.high)
                    w.member("text", p.text)
                    w.member("range", p.range)
                    w.member("ciLevel", p.ciLevel)
                    w.member("source", p.source)
                    w.member("sourceLabel", p.sourceLabel)
                    w.member("citation", p.citation)
                    // Only on a revised figure's point, as `revised` on figures.
                    if let revised = p.revised { w.member("revised", revised) }
                    w.member("marker", p.marker)
                    w.member("colour", p.colour)
                }
            }
            w.member("svg", c.svg)
        }
    }

    static func lineage(_ e: LineageEntry, _ w: inout JSONWriter) {
        w.object { w in
            w.member("figure", e.figure)
            w.member("text", e.text)
            w.member("ending", e.ending)
            w.member("flagged", e.flagged)
            w.member("changes", strings: e.changes)
            w.member("steps")
            w.array(e.steps) { w, s in
                w.object { w in
                    w.member("key", s.key)
                    w.member("text", s.text)
                    w.member("measureLabel", s.measureLabel)
                    w.member("placeName", s.placeName)
                    w.member("period", s.period)
                    w.member("method", s.method)
                    w.member("source", s.source)
                    w.member("sourceLabel", s.sourceLabel)
                    w.member("citation", s.citation)
                    w.member("inScope", s.inScope)
                    // Only on a step with one: the JSON of a brief whose chains hold none is as before.
                    if let release = s.release { w.member("release", release) }
                }
            }
        }
    }

    static func study(_ s: StudyEntry, _ w: inout JSONWriter) {
        w.object { w in
            w.member("key", s.key)
            w.member("title", s.title)
            w.member("method", s.method)
            w.member("methodText", s.methodText)
            w.member("population", s.population)
            w.member("sampleSize", s.sampleSize)
            w.member("period", s.period)
            w.member("places", strings: s.places)
            w.member("summary", s.summary)
            w.member("source", s.source)
            w.member("sourceLabel", s.sourceLabel)
            w.member("citation", s.citation)
            w.member("findings")
            w.array(s.findings) { w, f in
                w.object { w in
                    w.member("key", f.key)
                    w.member("text", f.text)
                    w.member("citation", f.citation)
                }
            }
            w.member("figureCount", s.figureCount)
        }
    }

    static func gaps(_ g: DataGaps, _ w: inout JSONWriter) {
        func list(_ l: GapList, _ w: inout JSONWriter) {
            w.object { w in
                w.member("count", l.count)
                w.member("total", l.total)
                w.member("names", strings: l.names)
                w.member("more", l.more)
                w.member("text", l.text)
            }
        }
        w.object { w in
            w.member("placesWithoutFigures")
            list(g.placesWithoutFigures, &w)
            w.member("yearsWithoutFigures")
            w.array(g.yearsWithoutFigures) { w, y in
                w.object { w in
                    w.member("measure", y.measure)
                    w.member("measureLabel", y.measureLabel)
                    w.member("years", y.years)
                    w.member("count", y.count)
                    w.member("unit", y.unit ?? "year")
                    if let repeats = y.repeats { w.member("repeats", strings: repeats) }
                    if let unstated = y.unstatedPeriodFigures { w.member("unstatedPeriodFigures", unstated) }
                }
            }
            w.member("singleSourceMeasures")
            w.array(g.singleSourceMeasures) { w, s in
                w.object { w in
                    w.member("measure", s.measure)
                    w.member("measureLabel", s.measureLabel)
                    w.member("source", s.source)
                    w.member("sourceLabel", s.sourceLabel)
                    w.member("citation", s.citation)
                    w.member("figureCount", s.figureCount)
                }
            }
            w.member("placesWithoutStudies")
            list(g.placesWithoutStudies, &w)
            w.member("withoutKeyFigure")
            list(g.withoutKeyFigure, &w)
            w.member("retracted")
            w.object { w in
                w.member("count", g.retracted.count)
                w.member("keys", strings: g.retracted.keys)
                w.member("batches")
                w.array(g.retracted.batches) { w, b in
                    w.object { w in
                        w.member("batch", b.batch)
                        w.member("date", b.date)
                        w.member("reason", b.reason)
                        w.member("figureCount", b.figureCount)
                    }
                }
                w.member("command", g.retracted.command)
            }
            // Only when some region has figures: a brief without them writes what it always wrote.
            if let regions = g.overlappingRegions {
                w.member("overlappingRegions")
                w.array(regions) { w, r in
                    w.object { w in
                        w.member("place", r.place)
                        w.member("placeName", r.placeName)
                        w.member("countriesCovered", r.countriesCovered)
                        w.member("figureCount", r.figureCount)
                        w.member("measures", strings: r.measures)
                    }
                }
            }
            // Only when some measure has no figure with a stated period, as the regions above.
            if let measures = g.unstatedPeriodMeasures {
                w.member("unstatedPeriodMeasures")
                w.array(measures) { w, m in
                    w.object { w in
                        w.member("measure", m.measure)
                        w.member("measureLabel", m.measureLabel)
                        w.member("figureCount", m.figureCount)
                    }
                }
            }
            w.member("sentences", strings: g.sentences)
        }
    }

    static func reference(_ r: Reference, _ w: inout JSONWriter) {
        w.object { w in
            w.member("number", r.number)
            w.member("key", r.key)
            w.member("kind", r.kind)
            w.member("label", r.label)
            w.member("text", r.text)
            w.member("authors", r.authors)
            w.member("publisher", r.publisher)
            w.member("container", r.container)
            w.member("published", r.published)
            w.member("title", r.title)
            w.member("url", r.url)
            w.member("doi", r.doi)
            w.member("accessed", r.accessed)
            w.member("parts")
            w.array(r.parts) { w, p in
                w.object { w in
                    w.member("kind", p.kind)
                    w.member("text", p.text)
                    w.member("url", p.url)
                    w.member("html", p.html)
                    w.member("markdown", p.markdown)
                }
            }
            w.member("html", r.html)
            w.member("markdown", r.markdown)
        }
    }

    static func provenance(_ p: Provenance, _ w: inout JSONWriter) {
        w.object { w in
            w.member("tipdbVersion", p.tipdbVersion)
            w.member("schemaVersion", p.schemaVersion)
            w.member("lastBatch", p.lastBatch)
            w.member("dataAsOf", p.dataAsOf)
            w.member("figuresSHA256", p.figuresSHA256)
            w.member("command", p.command)
            w.member("batches")
            w.array(p.batches) { w, b in
                w.object { w in
                    w.member("id", b.id)
                    w.member("file", b.file)
                    w.member("sha256", b.sha256)
                    w.member("kind", b.kind)
                    w.member("format", b.format)
                    w.member("date", b.date)
                    w.member("tipdbVersion", b.tipdbVersion)
                    w.member("figureCount", b.figureCount)
                    w.member("released", b.released)
                    w.member("releasedFrom", b.releasedFrom)
                }
            }
            w.member("vintages")
            w.array(p.vintages) { w, v in
                w.object { w in
                    w.member("series", v.series)
                    w.member("released", v.released)
                    w.member("source", v.source)
                    w.member("sha256", v.sha256)
                    w.member("isLatest", v.isLatest)
                    w.member("figureCount", v.figureCount)
                }
            }
        }
    }
}
