/// What writing one record did to the database.
public enum WriteOutcome: Sendable, Equatable {
    case inserted
    case updated
    case unchanged
}
