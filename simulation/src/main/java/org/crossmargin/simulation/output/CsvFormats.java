package org.crossmargin.simulation.output;

import org.apache.commons.csv.CSVFormat;

/** The CSV dialect of every output file, and number formatting shared by the writers. */
final class CsvFormats {
    private CsvFormats() {
    }

    /** RFC 4180 quoting with {@code \n} record ends (the same bytes on every machine) and the given header. */
    static CSVFormat withHeader(String... header) {
        return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get();
    }

    /** Full double precision ({@link Double#toString}), or the empty string for NaN and infinities. */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }
}
