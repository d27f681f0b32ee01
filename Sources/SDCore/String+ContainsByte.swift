extension String {
  /// True when the UTF-8 encoding contains `byte`; scans the contiguous bytes, which is several times
  /// cheaper than iterating the UTF-8 view of a short string.
  @inlinable package func containsByte(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
  }
}
