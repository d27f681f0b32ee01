/// One `params` entry: a URL parameter and its values.
package struct ScrapeParam: Hashable, Sendable {
  /// The parameter name.
  package var name: String
  /// Its values, in order.
  package var values: [String]

  /// Creates a parameter.
  package init(name: String, values: [String]) {
    self.name = name
    self.values = values
  }
}
