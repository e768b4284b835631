/**
 * Exchange: reading and writing the files partners send and receive. This package is the reading layer's public
 * face: {@link org.homeward.exchange.Tables} turns a CSV, XLSX or HXL JSON file into a {@link
 * org.homeward.exchange.RowSource} of rows under a {@link org.homeward.exchange.Header}, and {@link
 * org.homeward.exchange.KoboExports} turns KoboToolbox/ODK exports into {@link org.homeward.exchange.Submission}s.
 * Every reader streams, and every problem with a file is reported as one coded {@link
 * org.homeward.exchange.FileProblem} (E1xxx) naming the row and column.
 */
package org.homeward.exchange;
