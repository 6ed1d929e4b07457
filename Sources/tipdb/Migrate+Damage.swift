import Storage

extension TipDB.Migrate {
    /// Says, without `--repair`, that a current schema is damaged (`SchemaRepair.Damage`): what is
    /// missing or changed, what `tipdb migrate --repair` makes again and what it cannot.
    ///
    /// Why exit 2: "nothing to apply" and exit 0 on a database whose `series_figures` another
    /// program dropped told a script all was well, while tipdb's commands that read the table
    /// fail; the README's exit code for a damaged database is 2 (`init` and `migrate` read every
    /// table so that "a damaged file is exit 2 for them too, not already up to date").
    ///
    /// The migrations this run applied were listed when they were committed (`SchemaUpkeep.applyPending`).
    ///
    /// - Throws: `ExitStatus.databaseUnusable` after printing the message, when anything is damaged.
    static func reportDamage(_ db: Database, path: String, version: Int) throws {
        let damage = try SchemaRepair.damage(of: db)
        // Labels are read from `sources` and `source_labels`, which a damaged schema may lack.
        let labels = damage.isEmpty ? try sourcesToLabel(db) : (try? sourcesToLabel(db)) ?? []
        if !labels.isEmpty { Warning.print(labelsMessage(labels, path: path)) }
        guard !damage.isEmpty else { return }
        print("\(path): schema version \(version), current but damaged")
        ExitStatus.printError(damageMessage(damage, path: path))
        throw ExitStatus.databaseUnusable
    }

    /// The sources another program wrote without a label or changed after tipdb labelled them
    /// (`tipdb check`'s source-without-label and source-label-stale), "KEY (no label)" or "KEY:
    /// STORED, which its values now make LABEL", by key.
    ///
    /// Why here: a source edited with the `sqlite3` shell kept its old label in SQL while the
    /// brief cited the new one, and `tipdb migrate` said "nothing to apply" (review of session 44).
    /// Not the schema's damage (exit 2): the rows are all there, and `--repair` or the next ingest
    /// labels them again, so it is a warning.
    static func sourcesToLabel(_ db: Database) throws -> [String] {
        let missing = try db.unlabelledSources().map { "\($0) (no label)" }
        return (missing + (try db.staleSourceLabels())).sorted()
    }

    /// "FILE: 1 source whose label in source_labels is missing or not the one its values now give
    /// (...): rv-2020: Dupont 2020, which its values now make Zed 2020; tipdb migrate --repair
    /// labels ...".
    static func labelsMessage(_ labels: [String], path: String) -> String {
        let count = labels.count == 1 ? "1 source whose label" : "\(labels.count) sources whose labels"
        return "\(path): \(count) in source_labels \(labels.count == 1 ? "is" : "are") missing or not the one \(labels.count == 1 ? "its" : "their") values now give "
            + "(written or changed by another program than tipdb; tipdb check's source-without-label and source-label-stale), "
            + "so SQL by label disagrees with the brief: \(labels.prefix(5).joined(separator: "; "))\(labels.count > 5 ? "; and \(labels.count - 5) more (tipdb check lists them)" : ""); "
            + "tipdb migrate --repair labels \(labels.count == 1 ? "it" : "them") again (so does the next tipdb ingest)"
    }

    /// "FILE: the schema is current, but tipdb's index figures_by_place is missing (...): tipdb
    /// migrate --repair recreates index figures_by_place from tipdb's definitions without losing a
    /// row": every object named, as `tipdb check` names them, then what repair does about each.
    static func damageMessage(_ damage: SchemaRepair.Damage, path: String) -> String {
        func listed(_ names: [String]) -> String { names.joined(separator: ", ") }
        var states: [String] = []
        if !damage.missing.isEmpty { states.append("\(listed(damage.missing)) \(damage.missing.count == 1 ? "is" : "are") missing") }
        if !damage.changed.isEmpty { states.append("\(listed(damage.changed)) \(damage.changed.count == 1 ? "is" : "are") changed") }
        let text = "\(path): the schema is current, but tipdb's \(states.joined(separator: " and ")) "
            + "(\(damage.changed.isEmpty ? "dropped " : damage.missing.isEmpty ? "" : "dropped or changed ")by another program, such as the sqlite3 shell; tipdb check reports \(damage.missing.count + damage.changed.count == 1 ? "it" : "them") as its schema error)"
        var remedies: [String] = []
        if !damage.repairable.isEmpty {
            remedies.append("tipdb migrate --repair recreates \(listed(damage.repairable)) from tipdb's definitions without losing a row")
        }
        if !damage.lostTables.isEmpty {
            let tables = damage.lostTables.map { table in
                var notes = table.holds.isEmpty ? [] : [table.holds]
                if case .shownBy(let evidence) = table.shownBy { notes.append(evidence) }
                return "table \(table.name)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
            }
            let dependents = damage.lostTables.flatMap(\.dependents)
            let one = damage.lostTables.count == 1
            remedies.append("\(remedies.isEmpty ? "tipdb migrate --repair" : "it") cannot make \(listed(tables)) again\(dependents.isEmpty ? "" : ", nor \(listed(dependents)) on \(one ? "it" : "them")"): "
                + "\(one ? "it" : "they") may have held data, which no repair can make again; restore \(path) from a backup made before the drop: "
                + "tipdb backup --db BACKUP --force \(path) (first back up this file, tipdb backup --db \(path) DEST, if it holds ingests the backup lacks)")
        }
        if !damage.changedTables.isEmpty {
            let subject = remedies.isEmpty ? "tipdb migrate --repair cannot" : damage.lostTables.isEmpty ? "it cannot" : "nor can it"
            remedies.append("\(subject) recreate \(listed(damage.changedTables)) with \(damage.changedTables.count == 1 ? "its" : "their") rows: "
                + "restore \(damage.changedTables.count == 1 ? "it" : "them") from a backup made before the change (tipdb backup)")
        }
        return text + ": " + remedies.joined(separator: "; ")
    }
}
