import Dispatch
import Storage

/// What the comparability section finds among a brief's figures before it writes a word about
/// them: subgroups above their totals and parts adding up to more than it (`SubgroupTotals`,
/// `SubgroupSums`), sub-measures above the measure they are part of, and counts over periods of
/// different length (whose cautions cite nothing, so they are written here too), figures
/// 10 or more times the one before them in their series (`seriesJumps`), figures one source
/// gives twice, and the cautions about units, denominators and region systems (which cite
/// nothing either).
///
/// Why apart from `ComparabilityCheck`: finding them reads only the figures and the catalog, and
/// is most of the section's time in a large brief, while writing the cautions names sources,
/// which numbers citations in reading order and so must stay on the thread that builds the
/// brief. `started` sets the finding going on other threads as soon as the figures are in
/// reading order; the section takes the results when it reaches them.
struct ComparabilityScan: Sendable {
    /// Subgroups above a total, in reading order of the subgroup.
    var pairs: [SubgroupTotals.Pair<FigureRecord>] = []
    /// Parts above their total, in reading order of the total.
    var sums: [SubgroupSums.Sum<FigureRecord>] = []
    /// Figures of a sub-measure above the figure of its parent measure, in reading order of the part.
    var partMeasures: [(part: FigureRecord, whole: FigureRecord)] = []
    /// The cautions about periods of different length (`ComparabilityCheck.periodWarnings`).
    var periods: [ComparabilityWarning] = []
    /// The first pairs of neighbours in a series that differ 10-fold (`ComparabilityCheck.seriesJumps`), and how many more.
    var jumps: [(later: FigureRecord, earlier: FigureRecord)] = []
    var moreJumps = 0
    /// Measures whose parts add up to more than the measure they are part of (`ComparabilityCheck.measureSums`).
    var measureSums: [MeasureSums.Sum<FigureRecord>] = []
    /// Counts over periods within a longer one that do not add up to its count (`ComparabilityCheck.subPeriodSums`).
    var subPeriods: [ComparabilityCheck.SubPeriodSum] = []
    /// Counts above a region that contains them, and counts beside their region's from another collection.
    var places = ComparabilityCheck.PlaceRegions()
    /// The cautions about measures given in several units, rates of different groups of people,
    /// and regions of several systems, which cite nothing: worded here in full.
    var units: [ComparabilityWarning] = []
    var denominators: [ComparabilityWarning] = []
    var regionSystems: [ComparabilityWarning] = []
    /// Figures of one source given twice (`ComparabilityCheck.sameFigures`), whose cautions cite.
    var sameFigures: [[FigureRecord]] = []

    /// Starts the scans on background threads and returns a function that waits for them.
    ///
    /// Five threads, the longest scans first, each about as long as another: when one thread
    /// ran five scans in a row, the brief's own thread waited a tenth of a second for its last
    /// one, the sub-periods caution, with the other core idle (`perf`, session 58).
    ///
    /// - Parameter scanning: entered for each scan and left when it is done, so that work the
    ///   brief needs later can wait for the scans rather than share the cores with them.
    static func started(
        _ ordered: [FigureRecord], catalog: Catalog, counting scanning: DispatchGroup, sameDays: SameDaysGroups
    ) -> () -> ComparabilityScan {
        func run<T>(_ work: BackgroundWork<T>, _ body: @escaping @Sendable () -> [T]) {
            scanning.enter()
            work.run {
                defer { scanning.leave() }
                return body()
            }
        }
        let places = BackgroundWork<ComparabilityCheck.PlaceRegions>()
        run(places) { [ComparabilityCheck.placesAboveRegions(ordered, catalog: catalog)] }
        let subPeriods = BackgroundWork<ComparabilityCheck.SubPeriodSum>()
        run(subPeriods) { ComparabilityCheck.subPeriodSums(ordered, catalog: catalog) }
        let worded = BackgroundWork<ComparabilityScan>()
        run(worded) {
            [ComparabilityScan(
                measureSums: ComparabilityCheck.measureSums(ordered, catalog: catalog),
                units: ComparabilityCheck.unitWarnings(ordered, catalog: catalog),
                denominators: ComparabilityCheck.denominatorWarnings(ordered, catalog: catalog),
                regionSystems: ComparabilityCheck.regionSystemWarnings(ordered, catalog: catalog),
                sameFigures: ComparabilityCheck.sameFigures(ordered, catalog: catalog))]
        }
        let subgroups = BackgroundWork<ComparabilityScan>()
        run(subgroups) { [ComparabilityCheck.subgroupsAboveTotals(ordered, catalog: catalog, sameDays: sameDays)] }
        let measures = BackgroundWork<ComparabilityScan>()
        run(measures) {
            let jumps = ComparabilityCheck.seriesJumps(ordered, catalog: catalog)
            return [ComparabilityScan(
                partMeasures: ComparabilityCheck.partsAboveWholes(ordered, catalog: catalog),
                periods: ComparabilityCheck.periodWarnings(ordered, catalog: catalog), jumps: jumps.pairs, moreJumps: jumps.more)]
        }
        return {
            var scan = subgroups.results().first ?? ComparabilityScan()
            let cautions = worded.results().first
            scan.measureSums = cautions?.measureSums ?? []
            scan.units = cautions?.units ?? []
            scan.denominators = cautions?.denominators ?? []
            scan.regionSystems = cautions?.regionSystems ?? []
            scan.sameFigures = cautions?.sameFigures ?? []
            let other = measures.results().first
            scan.partMeasures = other?.partMeasures ?? []
            scan.periods = other?.periods ?? []
            scan.jumps = other?.jumps ?? []
            scan.moreJumps = other?.moreJumps ?? 0
            scan.subPeriods = subPeriods.results()
            scan.places = places.results().first ?? ComparabilityCheck.PlaceRegions()
            return scan
        }
    }

    /// Lets go of `scan` on another thread once the cautions are worded.
    ///
    /// Why: its arrays hold the pairs and sums of every figure, and freeing them on the brief's
    /// thread, which nothing else runs beside at its end, was 20 ms of a 100,000-figure brief
    /// (`perf`, session 59). The caller's reference ends here (`consuming`), so the last one is
    /// nearly always the other thread's.
    static func release(_ scan: consuming ComparabilityScan) {
        let spent = scan
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(spent) {} }
    }
}
