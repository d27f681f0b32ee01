/// One comparison `key op operand`, with where its key and operand are written.
/// Equality and hashing ignore the source spans, so reparsed filters compare equal.
package struct FilterRestriction: Sendable, Hashable {
  /// The field being compared.
  package var key: FilterKey
  /// The comparison.
  package var op: FilterOperator
  /// What the field is compared with.
  package var operand: FilterOperand
  /// Where the key is written.
  package var keySpan: FilterSpan
  /// Where the operand is written.
  package var operandSpan: FilterSpan

  /// Creates a restriction.
  package init(
    key: FilterKey, op: FilterOperator, operand: FilterOperand,
    keySpan: FilterSpan = FilterSpan(column: 1, length: 0),
    operandSpan: FilterSpan = FilterSpan(column: 1, length: 0)
  ) {
    self.key = key
    self.op = op
    self.operand = operand
    self.keySpan = keySpan
    self.operandSpan = operandSpan
  }

  /// The single literal operand, nil for presence and lists.
  package var value: FilterValue? {
    if case .value(let value) = operand { return value }
    return nil
  }

  /// `key op operand` as a printer writes it: regex words spaced (`name eq x`), symbols not (`name=x`),
  /// with the key and each literal written by the caller's dialect rules.
  func text(key: String, value: (FilterValue) -> String) -> String {
    let operandText: String
    switch operand {
    case .presence: operandText = "*"
    case .value(let literal): operandText = value(literal)
    case .list(let literals): operandText = "(" + literals.map(value).joined(separator: " ") + ")"
    }
    return op.isAPIRegex ? key + " " + op.rawValue + " " + operandText : key + op.rawValue + operandText
  }

  /// Compares key, operator and operand; spans are ignored.
  package static func == (lhs: FilterRestriction, rhs: FilterRestriction) -> Bool {
    lhs.key == rhs.key && lhs.op == rhs.op && lhs.operand == rhs.operand
  }

  /// Hashes key, operator and operand.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(op)
    hasher.combine(operand)
  }
}
