import mammoth from 'mammoth';

/**
 * The text of a minutes file as it arrives (a Teams attachment, a file on disk): a .docx through
 * mammoth, anything else as text, UTF-8 or UTF-16 when it starts with a byte-order mark.
 * Throws when a .docx cannot be read.
 */
export async function minutesFileText(bytes: Buffer, kind: 'docx' | 'text'): Promise<string> {
  if (kind === 'docx') return (await mammoth.extractRawText({ buffer: bytes })).value;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
