import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/**
 * How many bytes of log a SQLite database's `-wal` file holds: its header and the frames of the
 * current log. The file's size says less: after a checkpoint SQLite writes the next log from the top
 * of the same file, and only cuts the file back (`journal_size_limit`) in the commit that starts it
 * over, on the serving thread, where cutting a 95 MB file took 27 ms. So the file is left as large as
 * it grew, and the log is measured instead.
 *
 * Each log has its own salts, written in the file's header and in every frame's header (the first
 * is one more than the last log's, so a frame of an older log never matches). A log always starts
 * at the top of the file, so its frames are the longest run of matching frames from the top, found
 * by binary search: about 15 reads of 24 bytes for a 100 MB file. A frame being written as we look
 * may count or not; this is a size, not a check of the log.
 *
 * Only the `-wal` file is opened. SQLite's locks are on the database and `-shm` files, and on Linux
 * closing any descriptor of a file drops every lock this process holds on it (POSIX `fcntl`
 * semantics): opening the `-shm` file here would quietly unlock it under SQLite's feet.
 */
export function walLogBytes(database: string): number {
  let fd: number;
  try {
    fd = openSync(`${database}-wal`, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    if (size < WAL_HEADER_BYTES || readSync(fd, header, 0, WAL_HEADER_BYTES, 0) < WAL_HEADER_BYTES) return 0;
    const pageSize = header.readUInt32BE(8);
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    const frameBytes = FRAME_HEADER_BYTES + pageSize;
    const frame = Buffer.alloc(FRAME_HEADER_BYTES);
    const inLog = (index: number): boolean => {
      const read = readSync(fd, frame, 0, FRAME_HEADER_BYTES, WAL_HEADER_BYTES + index * frameBytes);
      return (
        read === FRAME_HEADER_BYTES && frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2
      );
    };
    // Frames [0, low) are in the log; the first frame that is not lies in [low, high].
    let low = 0;
    let high = Math.floor((size - WAL_HEADER_BYTES) / frameBytes);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (inLog(middle)) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : WAL_HEADER_BYTES + low * frameBytes;
  } finally {
    closeSync(fd);
  }
}
