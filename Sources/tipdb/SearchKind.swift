import ArgumentParser

/// What `tipdb search --kind` takes: the kinds of record the search index holds.
///
/// Why a type of its own, not `RecordKind`: ingest's `--kind` takes `measures` too, and listing
/// only these three in both commands' help and errors hid a measures file from `tipdb ingest
/// --help` (review of session 54: a survey researcher learnt from README alone that a measure of
/// one's own, the place to state a denominator, exists).
enum SearchKind: String, CaseIterable, ExpressibleByArgument {
    case sources
    case studies
    case figures
}
