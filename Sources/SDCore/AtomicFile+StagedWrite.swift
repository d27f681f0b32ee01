#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

extension AtomicFile {
  /// A write prepared in full but not made yet: the bytes sit in a synced temporary file beside the
  /// target, or (for a file written through in place) the target was found writable.
  struct StagedWrite {
    /// How the write is made.
    enum Step {
      /// Rename the temporary file over the target.
      case rename(temporary: String)
      /// Write these bytes into the target itself (a device, FIFO, socket or hard-linked file).
      case writeThrough([UInt8])
    }

    /// The path as the user named it.
    let path: String
    /// The file the write lands on, symlinks resolved.
    let target: String
    let step: Step
    /// The target's bytes before the write, kept to undo it; nil when it did not exist, is not a
    /// regular file, or the write is the only one.
    let previous: [UInt8]?
    /// True when the target does not exist yet.
    let creates: Bool

    /// Makes the write.
    func commit() throws {
      switch step {
      case .rename(let temporary):
        guard rename(temporary, target) == 0 else {
          let failure = Failure(writing: path)
          unlink(temporary)
          throw failure
        }
      case .writeThrough(let bytes):
        try AtomicFile.writeThrough(target, bytes, named: path, restoring: previous)
      }
    }

    /// Drops a write that was staged but will not be made.
    func discard() {
      if case .rename(let temporary) = step { unlink(temporary) }
    }

    /// Takes back a write that was made: the old bytes go back, a file the write created goes away.
    func undo() {
      if let previous {
        try? AtomicFile.write(previous, to: path)
      } else if creates {
        unlink(target)
      }
    }
  }
}
