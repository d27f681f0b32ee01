import SDCore
import SDYAML

/// The parts of a URL that Go's `url.Parse` finds and that Prometheus's discovery checks look at.
struct GoURL {
  /// The scheme, lower-cased; empty when there is none.
  let scheme: String
  /// The host (with port) after `//`; empty when there is no authority.
  let host: String

  /// Splits `text` as `url.Parse` does; nil when Go reports an error (such as a missing scheme before `:`).
  init?(parsing text: String) {
    var rest = Substring(text)
    var scheme = ""
    for (offset, character) in text.enumerated() {
      if character.isASCII, character.isLetter { continue }
      if offset > 0, character.isASCII, character.isNumber || "+-.".contains(character) { continue }
      if character == ":" {
        if offset == 0 { return nil }
        scheme = String(text.prefix(offset)).lowercased()
        rest = text.dropFirst(offset + 1)
      }
      break
    }
    self.scheme = scheme
    guard rest.hasPrefix("//") else {
      host = ""
      return
    }
    let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    host = String(authority.split(separator: "@", omittingEmptySubsequences: false).last ?? "")
  }
}
