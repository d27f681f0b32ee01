internal import CLibYAML
import SDCore

/// Reads any YAML with libyaml's event API and feeds the events to a `YAMLDocumentBuilder`, turning
/// libyaml's errors into positioned diagnostics.
struct LibYAMLReader {
  let source: SourceText

  /// Parses the first document of `buffer` (the bytes of `source`) into `builder`; later documents are only noted.
  func read(_ buffer: UnsafeBufferPointer<UInt8>, into builder: inout YAMLDocumentBuilder) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      builder.report(.yamlLimits, "sdgen could not allocate a YAML parser", at: .fileStart)
      builder.stop()
      return
    }
    defer { yaml_parser_delete(&parser) }
    builder.reserveCapacity(nodes: buffer.count / 8)
    if let base = buffer.baseAddress {
      yaml_parser_set_input_string(&parser, base, buffer.count)
    } else {
      var empty: UInt8 = 0
      yaml_parser_set_input_string(&parser, &empty, 0)
    }
    var documents = 0
    var endedFirst = false
    while !builder.fatal {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        if endedFirst {
          reportLaterDocument(at: position(parser.problem_mark), into: &builder)
        } else {
          reportError(parser, into: &builder)
        }
        return
      }
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          reportLaterDocument(at: position(event.start_mark), into: &builder)
          return
        }
      case YAML_DOCUMENT_END_EVENT:
        endedFirst = true
      case YAML_STREAM_END_EVENT:
        return
      case YAML_SCALAR_EVENT:
        let data = event.data.scalar
        let tag = shortTag(data.tag)
        let anchor = optionalString(data.anchor)
        let range = range(event)
        let valueStart =
          tag != nil || anchor != nil ? min(valueStart(afterPropertiesAt: range.start), range.end) : nil
        builder.addScalar(
          string(data.value, count: data.length), style: scalarStyle(data.style), range: range, tag: tag,
          anchor: anchor, valueStart: valueStart)
      case YAML_ALIAS_EVENT:
        builder.addAlias(optionalString(event.data.alias.anchor) ?? "", range: range(event))
      case YAML_SEQUENCE_START_EVENT:
        let data = event.data.sequence_start
        builder.openCollection(
          .sequence, style: data.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block,
          start: position(event.start_mark), tag: shortTag(data.tag), anchor: optionalString(data.anchor))
      case YAML_MAPPING_START_EVENT:
        let data = event.data.mapping_start
        builder.openCollection(
          .mapping, style: data.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block,
          start: position(event.start_mark), tag: shortTag(data.tag), anchor: optionalString(data.anchor))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        builder.closeCollection(end: position(event.end_mark))
      default:
        break
      }
    }
  }

  // MARK: Errors

  private func reportError(_ parser: yaml_parser_t, into builder: inout YAMLDocumentBuilder) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    switch parser.error {
    case YAML_READER_ERROR:
      let at = source.position(ofByte: Int(parser.problem_offset))
      let what =
        problem == "control characters are not allowed"
        ? "the file contains a control character (such as a NUL byte) that YAML does not allow"
        : "the file is not valid UTF-8 (\(problem))"
      builder.report(
        .yamlEncoding, what, at: SourceRange(line: at.line, column: at.column, length: 1),
        help: "save the file as UTF-8 text; a binary file cannot be a Prometheus configuration")
    case YAML_MEMORY_ERROR:
      builder.report(.yamlLimits, "the YAML parser ran out of memory", at: .fileStart)
    default:
      let at = position(parser.problem_mark)
      var message = problem
      if let context = parser.context.map({ String(cString: $0) }) {
        let contextAt = position(parser.context_mark)
        message += " (\(context) started at line \(contextAt.line), column \(contextAt.column))"
      }
      let hint = IndentationHint(source: source).help(forProblem: problem, at: at)
      builder.report(
        .yamlSyntax, "invalid YAML: \(message)",
        at: SourceRange(line: at.line, column: at.column, length: 1),
        help: hint ?? "fix the YAML syntax at this position; Prometheus cannot load the file")
    }
    builder.stop()
  }

  private func reportLaterDocument(at position: SourcePosition, into builder: inout YAMLDocumentBuilder) {
    builder.report(
      .yamlSecondDocument,
      "Prometheus reads only the first YAML document; everything from here on is ignored",
      at: SourceRange(at: position), severity: .warning,
      help: "remove the '---' separator and what follows, or move it into the first document")
  }

  // MARK: Conversions

  private func scalarStyle(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  private func position(_ mark: yaml_mark_t) -> SourcePosition {
    SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private func range(_ event: yaml_event_t) -> SourceRange {
    SourceRange(start: position(event.start_mark), end: position(event.end_mark))
  }

  /// Where a scalar's own text starts when its event starts at an anchor or tag: past the properties,
  /// the whitespace, line breaks and comments after them, so an edit of the value keeps them.
  private func valueStart(afterPropertiesAt start: SourcePosition) -> SourcePosition {
    let bytes = source.bytes
    var offset = source.offset(of: start)
    var afterProperty = false
    while offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "&"), UInt8(ascii: "!"):
        guard !afterProperty else { return source.position(ofByte: offset) }
        while offset < bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        afterProperty = true
        continue
      case 0x20, 0x09, 0x0A, 0x0D:
        afterProperty = false
      case UInt8(ascii: "#") where !afterProperty:
        while offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
        continue
      default:
        return source.position(ofByte: offset)
      }
      offset += 1
    }
    return source.position(ofByte: offset)
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
    guard let pointer, count > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private func shortTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let tag = optionalString(pointer) else { return nil }
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
  }
}
