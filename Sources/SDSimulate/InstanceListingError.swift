/// Why an instance listing could not be read, with what to do about it.
public enum InstanceListingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The input is empty (or only whitespace).
  case empty
  /// The input is not valid JSON; the position is 1-based.
  case syntax(line: Int, column: Int, message: String)
  /// The JSON is an API error response, not a listing.
  case apiError(message: String)
  /// The JSON is valid but not shaped like a listing; `path` says where (`$`, `$.items[3]`).
  case unexpectedShape(path: String, problem: String)

  static let howToList = "gcloud compute instances list --format=json"

  /// One sentence saying what is wrong and what to do.
  public var description: String {
    switch self {
    case .empty:
      return "the instance listing is empty; create it with \(Self.howToList)"
    case .syntax(let line, let column, let message):
      return
        "line \(line), column \(column): \(message); the instance listing must be the JSON that "
        + "\(Self.howToList) prints"
    case .apiError(let message):
      return
        "the file holds an API error response (\(message)), not instances; fix the request and list again"
    case .unexpectedShape(let path, let problem):
      return "at \(path): \(problem)"
    }
  }
}
