extension Database {
    /// Rewrites a stored figure's source, locator and notes in place, keeping no revision: for a
    /// newer release of a bulk series that gives the figure's number again and only words it
    /// otherwise (an Our World in Data column's title or an Entity spelled otherwise), which is no
    /// revision of that number (`FigureWriter`).
    ///
    /// Why here: the notes are in the search index, whose update trigger removes the old row's
    /// terms and needs them there; a figure inserted earlier in the same command may not be
    /// indexed yet (`indexBeforeRewriting(figure:)`).
    public func rewordFigure(key: String, source: String, locator: String?, notes: String?, batch: Int64, at now: String) throws {
        try indexBeforeRewriting(figure: key)
        try execute("UPDATE figures SET source = ?, locator = ?, notes = ?, batch_id = ?, updated_at = ? WHERE key = ?",
                    [source, locator, notes, batch, now, key])
    }
}
