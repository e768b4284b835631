package org.homeward.exchange.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.exchange.ExportWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array of objects, one per row, keyed by column name; generated token by token, never held. */
public final class JsonExportWriter implements ExportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ExportColumn> columns;
    private final JsonGenerator generator;
    private long rows;

    public JsonExportWriter(List<ExportColumn> columns, OutputStream out) {
        this.columns = List.copyOf(columns);
        this.generator = JSON.createGenerator(new NonClosing(out));
        generator.writeStartArray();
    }

    @Override
    public void row(List<?> values) {
        Cells.requireWidth(columns, values);
        generator.writeStartObject();
        for (int i = 0; i < values.size(); i++) {
            generator.writeName(columns.get(i).name());
            write(values.get(i));
        }
        generator.writeEndObject();
        rows++;
    }

    private void write(Object value) {
        switch (value) {
            case null -> generator.writeNull();
            case Boolean flag -> generator.writeBoolean(flag);
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case BigDecimal number -> generator.writeNumber(number);
            case BigInteger number -> generator.writeNumber(number);
            case Number number when Cells.isNumber(number) -> generator.writeNumber(number.doubleValue());
            default -> generator.writeString(Cells.text(value));
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        generator.writeEndArray();
        generator.close();
    }
}
