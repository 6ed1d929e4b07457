/// What a load that changed a figure's number records, as ingest tells the analyst at the row:
/// the number it replaced and the batch (and file) that had written it, and, when the new number
/// is one the figure held before, the load that had replaced that one (`Database.writtenRevision`).
///
/// Why: a load without `--correction` records every changed number as its source's revision, and
/// briefs print "revised from". A colleague's export made before an erratum, or a colleague's typing
/// slip, was recorded so without a word, and the team brief told readers that UNODC revised its count
/// twice (review of session 52, merge 1).
public struct WrittenRevision: Sendable, Equatable {
    /// The number replaced (`Figure.numberText`), the batch that had written it and its file.
    public let replaced: String
    public let replacedLoadedBy: Int64?
    public let replacedFile: String?
    /// When the new number is one the figure held before the number it replaced: the load that had
    /// replaced it (its batch and file) and the number that load gave; nil otherwise.
    public let returnsTo: (batch: Int64, file: String?, gave: String)?

    public init(replaced: String, replacedLoadedBy: Int64?, replacedFile: String?, returnsTo: (batch: Int64, file: String?, gave: String)?) {
        (self.replaced, self.replacedLoadedBy, self.replacedFile, self.returnsTo) = (replaced, replacedLoadedBy, replacedFile, returnsTo)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.replaced == rhs.replaced && lhs.replacedLoadedBy == rhs.replacedLoadedBy && lhs.replacedFile == rhs.replacedFile
            && lhs.returnsTo?.batch == rhs.returnsTo?.batch && lhs.returnsTo?.file == rhs.returnsTo?.file
            && lhs.returnsTo?.gave == rhs.returnsTo?.gave
    }
}
