import GoRegex

/// A relabel `regex` compiled as Prometheus compiles it: `^(?:re)$` before 3.0 and `^(?s:re)$` from
/// 3.0, so it always matches the whole value (and from 3.0 `.` also matches a newline).
package struct RelabelRegex: Sendable {
  /// The pattern as the user wrote it.
  package let source: String
  /// The compiled, anchored expression.
  package let regex: GoRegex

  /// Compiles `source` as the given Prometheus version does, or throws Prometheus's error.
  package init(_ source: String, version: PrometheusVersion) throws(RelabelRegexError) {
    let prefix = Self.prefix(for: version)
    self.source = source
    do {
      regex = try GoRegex(prefix + source + ")$", acceptsAngleNames: Self.acceptsAngleNames(version))
    } catch {
      throw RelabelRegexError(
        error, source: source, prefixLength: prefix.unicodeScalars.count,
        acceptsAngleNames: Self.acceptsAngleNames(version))
    }
  }

  /// Prometheus 2.51 was the first built with Go 1.22, whose parser knows `(?<name>…)`.
  static func acceptsAngleNames(_ version: PrometheusVersion) -> Bool {
    version >= PrometheusVersion(2, 51)
  }

  /// `^(?:` before 3.0, `^(?s:` from 3.0.
  static func prefix(for version: PrometheusVersion) -> String {
    version >= .v3_0 ? "^(?s:" : "^(?:"
  }

  /// True when the whole value matches.
  package func matches(_ value: String) -> Bool { regex.matches(value) }

  /// The match with its groups, when the whole value matches.
  package func firstMatch(in value: String) -> GoRegexMatch? { regex.firstMatch(in: value) }
}

/// A relabel regex Prometheus refuses: its message as Prometheus prints it and where the problem is.
package struct RelabelRegexError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Go's error, about the anchored expression.
  package let underlying: GoRegexError
  /// 1-based column, in Unicode scalars, of the problem inside the user's pattern.
  package let column: Int

  init(_ underlying: GoRegexError, source: String, prefixLength: Int, acceptsAngleNames: Bool) {
    self.underlying = underlying
    let length = source.unicodeScalars.count
    var offset = underlying.offset - prefixLength
    if underlying.code == .missingParen || underlying.code == .unexpectedParen {
      // The anchoring wrapper shifts which parenthesis is unbalanced; ask the bare pattern.
      do {
        _ = try GoRegex(source, acceptsAngleNames: acceptsAngleNames)
      } catch  where error.code == underlying.code {
        offset = error.offset
      } catch {}
    }
    column = min(max(offset, 0), length) + 1
  }

  /// The message exactly as Prometheus prints it.
  package var message: String { underlying.message }

  /// The text printed for it.
  package var description: String { message }
}
