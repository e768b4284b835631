package org.homeward.exchange.internal;

/**
 * Recognises what a file is from its first bytes: an archive, a document, an image or a program by its magic
 * number, binary data by NUL bytes or a density of control characters, else text.
 */
final class Sniffer {

    /** Share of control characters (other than tab, CR, LF) above which a file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private Sniffer() {}

    static FileKind kind(Sample sample) {
        if (sample.length() == 0) {
            return FileKind.EMPTY;
        }
        FileKind magic = byMagic(sample);
        if (magic != null) {
            return magic;
        }
        if (Bom.of(sample) != null) {
            return FileKind.TEXT; // UTF-16 text is full of NUL bytes
        }
        return looksBinary(sample.bytes()) ? FileKind.BINARY : FileKind.TEXT;
    }

    private static FileKind byMagic(Sample s) {
        if (s.startsWith(0x50, 0x4B, 0x03, 0x04) || s.startsWith(0x50, 0x4B, 0x05, 0x06)) {
            return FileKind.ZIP;
        }
        if (s.startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return FileKind.OLE2;
        }
        if (s.startsWith("%PDF-")) {
            return FileKind.PDF;
        }
        if (s.startsWith(0x89, 'P', 'N', 'G')) {
            return FileKind.PNG;
        }
        if (s.startsWith(0xFF, 0xD8, 0xFF)) {
            return FileKind.JPEG;
        }
        if (s.startsWith("GIF8")) {
            return FileKind.GIF;
        }
        if (s.startsWith(0x7F, 'E', 'L', 'F')) {
            return FileKind.ELF;
        }
        if (s.startsWith(0x1F, 0x8B)) {
            return FileKind.GZIP;
        }
        if (s.startsWith('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return FileKind.SEVEN_ZIP;
        }
        if (s.startsWith("Rar!")) {
            return FileKind.RAR;
        }
        if (s.startsWith("SQLite format 3")) {
            return FileKind.SQLITE;
        }
        if (s.startsWith("MZ") && looksBinary(s.bytes())) {
            return FileKind.WINDOWS_PROGRAM;
        }
        return null;
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                controls++;
            }
        }
        return controls > bytes.length * MAX_CONTROL_SHARE;
    }
}
