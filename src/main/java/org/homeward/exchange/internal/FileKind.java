package org.homeward.exchange.internal;

/** What the first bytes of a file say it is. */
enum FileKind {
    EMPTY("an empty file"),
    TEXT("text"),
    ZIP("a ZIP archive"),
    OLE2("a legacy Microsoft Office file (.xls or .doc)"),
    PDF("a PDF document"),
    PNG("a PNG image"),
    JPEG("a JPEG image"),
    GIF("a GIF image"),
    ELF("a Linux program (ELF)"),
    WINDOWS_PROGRAM("a Windows program"),
    GZIP("a gzip archive"),
    SEVEN_ZIP("a 7-Zip archive"),
    RAR("a RAR archive"),
    SQLITE("an SQLite database"),
    BINARY("binary data");

    final String description;

    FileKind(String description) {
        this.description = description;
    }
}
