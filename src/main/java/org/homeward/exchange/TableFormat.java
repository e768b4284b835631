package org.homeward.exchange;

/** What a file turned out to be; recognised from its content, not from its name. */
public enum TableFormat {
    CSV,
    XLSX,
    JSON
}
