import ArgumentParser
import Report
import Storage

extension TipDB.ReportCommand {
    /// `tipdb report lineage KEY`: where one figure comes from.
    struct LineageCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lineage",
            abstract: "Show the chain from a figure to its primary source, and the figures that repeat it.",
            discussion: "Each figure of the chain is shown with its value, its range (10,000 to 17,000 (95% interval), at least 30,000, up to 1.5 million), its measure, place, reference period and subgroup (a breakdown named: citizenship: Nationals), its source and quote. A figure of a second-hand copy (Our World in Data's download of UNODC's series) is said to be one, the producer's data as the site republished it, and so is a chain that ends at one. Chains that end without a primary source, or loop, are flagged, and so is each repeat that changes what it repeats (the number beyond rounding, the measure, place, unit, subgroup or period). The figures that repeat it are listed under \"Repeated by\", each with its value, place, period and subgroup, and a FLAG line under each one that changes the figure it repeats. An unknown key is a usage error (64), as an unknown --place is, with the nearest keys when any are close; so is an empty one."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The figure's key (figures.key).", valueName: "figure-key"))
        var key: String

        func validate() throws {
            if key.allSatisfy(\.isWhitespace) {
                throw ValidationError("the figure key is empty; give the key of a figure (tipdb sql 'SELECT key FROM figures' lists them)")
            }
        }

        func run() throws {
            try ExitStatus.run(database: database.path) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                try ReportOutput(path: nil, database: database.path).write(try LineageReport(db: db).render(key: key))
            }
        }
    }
}
