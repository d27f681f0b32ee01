/// One `params` entry: a URL parameter and its values.
public struct ScrapeParam: Hashable, Sendable {
  /// The parameter name.
  public var name: String
  /// Its values, in order.
  public var values: [String]

  /// Creates a parameter.
  public init(name: String, values: [String]) {
    self.name = name
    self.values = values
  }
}
