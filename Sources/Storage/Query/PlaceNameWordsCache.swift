/// Where a `Search` keeps the `PlaceNameWords` it read, so that one search reads them once
/// (`Search.placeNameWords()`); a class, since `Search` is a value used without `mutating`.
final class PlaceNameWordsCache {
    var value: PlaceNameWords?
}
