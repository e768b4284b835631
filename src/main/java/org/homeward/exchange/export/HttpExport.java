package org.homeward.exchange.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.exchange.ExportFormat;
import org.homeward.exchange.ExportWriter;
import org.homeward.exchange.Exports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An export written straight into the HTTP response. Nothing is sent until the first row (or the end, for an empty
 * export): a bad parameter found while the query is prepared still gets its 400 problem instead of half a file. So
 * close it only when every row is written, not in a finally block: a failed export must not end as a valid file.
 */
final class HttpExport implements ExportWriter {

    private final HttpServletResponse response;
    private final ExportRequest request;
    private final List<ExportColumn> columns;
    private final String name;
    private ExportWriter writer;

    HttpExport(HttpServletResponse response, ExportRequest request, List<ExportColumn> columns, String name) {
        this.response = response;
        this.request = request;
        this.columns = List.copyOf(columns);
        this.name = name;
    }

    @Override
    public void row(List<?> values) {
        open().row(values);
    }

    @Override
    public long rows() {
        return writer == null ? 0 : writer.rows();
    }

    @Override
    public void close() {
        open().close();
    }

    private ExportWriter open() {
        if (writer == null) {
            ExportFormat format = request.format();
            String type = format == ExportFormat.XLSX ? format.mediaType() : format.mediaType() + ";charset=UTF-8";
            response.setContentType(type);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(request.filename(name))
                            .build()
                            .toString());
            try {
                writer = Exports.open(format, columns, response.getOutputStream(), request.bom());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return writer;
    }
}
