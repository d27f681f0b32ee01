/// What a key's value must look like, as Prometheus's Go types decide it.
package indirect enum ValueKind: Hashable, Sendable {
  /// A YAML 1.1 boolean.
  case bool
  /// A signed integer (Go `int`); floats are truncated.
  case int
  /// A non-negative integer (Go `uint`).
  case uint
  /// A non-negative 64-bit integer (Go `uint64`).
  case uint64
  /// A float (Go `float64`).
  case float
  /// Any non-null scalar, read as its source text.
  case string
  /// A Prometheus duration (§5.1), read from the scalar's text.
  case duration
  /// A size such as `10MB` (§5.2), read from the scalar's text.
  case size
  /// A TLS version name: `TLS10`, `TLS11`, `TLS12` or `TLS13`.
  case tlsVersion
  /// A list of strings.
  case stringList
  /// A mapping of string to string (labels, headers).
  case stringMap
  /// A mapping of label names to label values, which must be valid UTF-8 (`external_labels`, `labels`).
  case labelMap
  /// A mapping of string to a list of strings (`params`).
  case stringListMap
  /// A nested block of known keys.
  case block(SchemaBlock)
  /// A list of nested blocks.
  case blockList(SchemaBlock)
  /// A section sdgen keeps as written without looking inside.
  case opaque

  /// The Go type Prometheus decodes into, as yaml.v2 names it in errors.
  package var goType: String {
    switch self {
    case .bool: "bool"
    case .int: "int"
    case .uint: "uint"
    case .uint64: "uint64"
    case .float: "float64"
    case .string, .duration, .size, .tlsVersion: "string"
    case .stringList: "[]string"
    case .stringMap, .labelMap: "map[string]string"
    case .stringListMap: "map[string][]string"
    case .block(let block): block.goType
    case .blockList(let block): "[]*\(block.goElementType)"
    case .opaque: "interface {}"
    }
  }

  /// What the value should be, for messages: "an integer", "a duration such as 30s".
  package var expectation: String {
    switch self {
    case .bool: "a boolean (true or false)"
    case .int: "an integer"
    case .uint, .uint64: "a non-negative integer"
    case .float: "a number"
    case .string: "a string"
    case .duration: "a duration such as 30s or 1m30s"
    case .size: "a size such as 10MB"
    case .tlsVersion: "a TLS version (TLS10, TLS11, TLS12 or TLS13)"
    case .stringList: "a list of strings"
    case .stringMap: "a mapping of names to strings"
    case .labelMap: "a mapping of label names to values"
    case .stringListMap: "a mapping of names to lists of strings"
    case .block: "a mapping"
    case .blockList: "a list of mappings"
    case .opaque: "a value"
    }
  }
}
