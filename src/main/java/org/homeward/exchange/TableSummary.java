package org.homeward.exchange;

/** The outcome of reading a whole table without keeping its rows: what it is, its header and its data rows. */
public record TableSummary(TableDescription description, Header header, long dataRows, long lastRow) {}
