/// Whether `sdgen lint` recognises templating placeholders (`--placeholders`, `placeholders:` in `.sdgen.yml`).
public enum PlaceholderMode: String, CaseIterable, Sendable {
  /// Values that are or contain a placeholder are not checked where the placeholder could hide the value,
  /// and lines that hold only a template directive are read as blank.
  case auto
  /// Every value is checked as written.
  case off
}
