import SDCore

/// A part of a prometheus.yml that a spec cannot express exactly, so `sdgen import` refuses it.
struct ImportRefusal: Error {
  /// What cannot be kept, as a sentence that says what to do.
  var message: String
  /// Where it is written.
  var range: SourceRange

  /// The refusal as an error diagnostic.
  var diagnostic: Diagnostic {
    Diagnostic(rule: .importNotExact, severity: .error, message: message, range: range)
  }
}
