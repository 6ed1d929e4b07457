/// The figure errors of one audit, read once for the four checks that list them.
///
/// Why: `tipdb check` lists each of the four figure checks in its own turn, and each reading of
/// the figures table costs as much as all four checks' rules together.
final class FigureErrorScan {
    private var found: [FigureError]?

    /// The audit's figure errors, read on the first call.
    func errors(of audit: Audit) throws -> [FigureError] {
        if let found { return found }
        let errors = try audit.figureErrors()
        found = errors
        return errors
    }
}
